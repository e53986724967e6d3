//! `flyer watch`, driven as a translator would: save an .ftl, see the poster change.

mod common;

use common::{pdf_text, squeeze, Scratch};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::Duration;

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
    p.edit(file, "poster-title = ¿Qué", "poster-title = { ¿Qué");
    let lines = watch.until("rebuilt");
    let all = lines.join("\n");
    assert!(all.contains("locales/es/flyer.ftl:"), "{all}");
    assert!(all.contains("rebuilt 0 outputs (1 failed)"), "{all}");
    assert!(!p.path("out/poster-letter/es.pdf").exists());
}
