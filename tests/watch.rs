//! `flyer watch`, driven as a translator would: save an .ftl, see the poster change.

mod common;

use common::{pdf_text, squeeze, Scratch};
use flyer::watch::{Watcher, SAFETY_SCAN};
use flyer::{Project, Session};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

/// A running `flyer watch`, killed when dropped.
struct Watch {
    child: Child,
    lines: Receiver<String>,
}

impl Watch {
    fn start(p: &Scratch, args: &[&str]) -> Watch {
        let mut child = Command::new(env!("CARGO_BIN_EXE_flyer"))
            .arg("--project")
            .arg(&p.root)
            .arg("watch")
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (send, lines) = channel();
        for stream in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn std::io::Read + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let send = send.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    let _ = send.send(line);
                }
            });
        }
        Watch { child, lines }
    }

    /// The lines printed until one contains `marker` (a generous limit: this
    /// checks behaviour, not speed, which the benchmark measures).
    fn until(&self, marker: &str) -> Vec<String> {
        let mut seen = Vec::new();
        loop {
            match self.lines.recv_timeout(Duration::from_secs(60)) {
                Ok(line) => {
                    let done = line.contains(marker);
                    seen.push(line);
                    if done {
                        return seen;
                    }
                }
                Err(_) => panic!("no line with {marker:?}; saw:\n{}", seen.join("\n")),
            }
        }
    }

    /// The lines printed in the next `time` (none, when all is quiet).
    fn quiet_for(&self, time: Duration) -> Vec<String> {
        let until = std::time::Instant::now() + time;
        let mut seen = Vec::new();
        loop {
            let left = until.saturating_duration_since(std::time::Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => seen.push(line),
                Err(RecvTimeoutError::Timeout) => return seen,
                Err(RecvTimeoutError::Disconnected) => panic!("watch ended: {seen:?}"),
            }
        }
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn watch_rebuilds_only_the_outputs_an_ftl_edit_affects() {
    let p = Scratch::new("watch");
    let watch = Watch::start(
        &p,
        &[
            "--layout",
            "poster-letter",
            "--locale",
            "es,fr",
            "--no-previews",
        ],
    );
    watch.until("watching");
    let fr_before = std::fs::read(p.path("out/poster-letter/fr.pdf")).unwrap();
    let fr_modified = std::fs::metadata(p.path("out/poster-letter/fr.pdf"))
        .unwrap()
        .modified()
        .unwrap();

    let file = "locales/es/flyer.ftl";
    let title = p
        .read(file)
        .lines()
        .find(|l| l.starts_with("poster-title ="))
        .unwrap()
        .to_string();
    p.edit(
        file,
        &title,
        "poster-title = ¿Qué es la explotación infantil?",
    );
    let lines = watch.until("rebuilt");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("changed: locales/es/flyer.ftl")),
        "{lines:?}"
    );
    assert!(
        lines
            .last()
            .unwrap()
            .starts_with("rebuilt 1 output (0 failed)"),
        "{lines:?}"
    );
    let es = std::fs::read(p.path("out/poster-letter/es.pdf")).unwrap();
    assert!(squeeze(&pdf_text(&es)).contains(&squeeze("¿Qué es la explotación infantil?")));
    // The French poster was not touched.
    assert_eq!(
        std::fs::read(p.path("out/poster-letter/fr.pdf")).unwrap(),
        fr_before
    );
    let modified = std::fs::metadata(p.path("out/poster-letter/fr.pdf"))
        .unwrap()
        .modified()
        .unwrap();
    assert_eq!(modified, fr_modified);

    // A mistake is reported with its place, and the poster is not left wrong.
    p.set_message(file, "poster-title", "{ ¿Qué es la explotación infantil?");
    let lines = watch.until("rebuilt");
    let all = lines.join("\n");
    assert!(all.contains("locales/es/flyer.ftl:"), "{all}");
    assert!(all.contains("rebuilt 0 outputs (1 failed)"), "{all}");
    assert!(!p.path("out/poster-letter/es.pdf").exists());
}

/// The session `flyer watch` opens on a scratch project.
fn session(p: &Scratch) -> Session {
    Session::open(Project::load(&p.root).unwrap()).unwrap()
}

/// `work` done on another thread, failing the test if it takes more than `limit`.
fn within<T: Send + 'static>(limit: Duration, work: impl FnOnce() -> T + Send + 'static) -> T {
    let (send, done) = channel();
    std::thread::spawn(move || {
        let _ = send.send(work());
    });
    done.recv_timeout(limit)
        .unwrap_or_else(|e| panic!("not done within {limit:?}: {e:?}"))
}

/// Changes the first line of the Spanish poster title, as an editor's save would.
fn save_es(p: &Scratch, title: &str) {
    let file = "locales/es/flyer.ftl";
    let line = p
        .read(file)
        .lines()
        .find(|l| l.starts_with("poster-title ="))
        .unwrap()
        .to_string();
    p.edit(file, &line, &format!("poster-title = {title}"));
}

#[test]
fn writing_into_an_output_folder_inside_locales_triggers_no_rebuild() {
    let p = Scratch::new("watch-out-inside");
    let out = p.path("locales/out");
    let watch = Watch::start(
        &p,
        &[
            "--layout",
            "poster-letter",
            "--locale",
            "es",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    watch.until("watching");
    assert!(out.join("poster-letter/es.pdf").exists());
    // Building wrote the PDF, its thumbnail and index.html into locales/out:
    // none of that is a change.
    let lines = watch.quiet_for(Duration::from_millis(1500));
    assert!(lines.is_empty(), "{lines:?}");

    save_es(&p, "¿Qué es la explotación infantil?");
    let lines = watch.until("rebuilt");
    assert!(
        lines.iter().any(|l| l == "changed: locales/es/flyer.ftl"),
        "{lines:?}"
    );
    // One rebuild, not one after another.
    let lines = watch.quiet_for(Duration::from_millis(1500));
    assert!(lines.is_empty(), "{lines:?}");
}

/// How often the polling watcher looks, in these tests.
const POLL: Duration = Duration::from_millis(50);

/// Both ways of watching: notified by the system, and polling.
fn both(s: &Session, out: &Path) -> [Watcher; 2] {
    let notified = Watcher::new(s, out);
    #[cfg(target_os = "linux")]
    assert_eq!(notified.polling_reason(), None, "inotify is there on Linux");
    [notified, Watcher::polling(s, out)]
}

fn es_ftl() -> Option<Vec<PathBuf>> {
    Some(vec![PathBuf::from("locales/es/flyer.ftl")])
}

/// An editor's save of `file`, as vim or a JetBrains editor makes it: a swap
/// file, the new text written to a temporary file and renamed over the file a
/// moment later, the swap file removed.
fn editor_save(file: &Path, text: &str) {
    let dir = file.parent().unwrap();
    let name = file.file_name().unwrap().to_string_lossy();
    let swap = dir.join(format!(".{name}.swp"));
    let temporary = dir.join(format!("{name}.tmp"));
    std::fs::write(&swap, "swap").unwrap();
    std::fs::write(&temporary, text).unwrap();
    std::thread::sleep(Duration::from_millis(20));
    std::fs::rename(&temporary, file).unwrap();
    std::fs::remove_file(&swap).unwrap();
}

#[test]
fn a_saved_ftl_is_reported_once_as_one_path_relative_to_the_project() {
    let p = Scratch::new("watch-save");
    let file = p.path("locales/es/flyer.ftl");
    for (n, mut watcher) in both(&session(&p), &p.path("out")).into_iter().enumerate() {
        // Saved while the watcher waits.
        let text = p.read("locales/es/flyer.ftl") + &format!("\n# saved {n}\n");
        let editor = std::thread::spawn({
            let file = file.clone();
            move || {
                std::thread::sleep(Duration::from_millis(100));
                editor_save(&file, &text);
            }
        });
        let started = Instant::now();
        let changed = watcher.wait_timeout(POLL, Duration::from_secs(20));
        editor.join().unwrap();
        assert_eq!(changed, es_ftl());
        if watcher.polling_reason().is_none() {
            // Told by the system, not found by the scan that runs every second.
            assert!(started.elapsed() < SAFETY_SCAN, "{:?}", started.elapsed());
        }
        // Once: nothing more to report.
        assert_eq!(watcher.wait_timeout(POLL, Duration::from_secs(1)), None);
    }
}

#[test]
fn a_change_in_an_output_folder_inside_locales_is_not_reported() {
    let p = Scratch::new("watch-out-ignored");
    let out = p.path("locales/out");
    std::fs::create_dir_all(out.join("poster-letter")).unwrap();
    let watchers = both(&session(&p), &out);
    std::fs::write(out.join("poster-letter/es.pdf"), "%PDF").unwrap();
    std::fs::write(out.join("index.html"), "<html>").unwrap();
    save_es(&p, "Hola");
    for mut watcher in watchers {
        assert_eq!(
            watcher.wait_timeout(POLL, Duration::from_secs(20)),
            es_ftl()
        );
        std::fs::create_dir_all(out.join("previews/poster-letter")).unwrap();
        std::fs::write(out.join("previews/poster-letter/es.png"), "png").unwrap();
        std::fs::write(out.join("poster-letter/es.pdf"), "%PDF again").unwrap();
        assert_eq!(watcher.wait_timeout(POLL, Duration::from_secs(1)), None);
    }
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_under_locales_does_not_hang_the_watcher() {
    let p = Scratch::new("watch-loop");
    // Two ways back up: followed, they would make the scan branch without end.
    std::os::unix::fs::symlink("..", p.path("locales/loop")).unwrap();
    std::os::unix::fs::symlink("../..", p.path("locales/es/up")).unwrap();
    let s = session(&p);
    let out = p.path("out");
    let watchers = within(Duration::from_secs(30), move || both(&s, &out));
    save_es(&p, "Hola");
    for mut watcher in watchers {
        let changed = within(Duration::from_secs(30), move || {
            watcher.wait_timeout(POLL, Duration::from_secs(20))
        });
        // The file once, not again through the loop.
        assert_eq!(changed, es_ftl());
    }
}
