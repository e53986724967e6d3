//! `flyer watch`: for translators working beside a PDF viewer. Watches the
//! project's inputs and says which outputs a change affects, so only those are
//! rebuilt.
//!
//! The system says when a file changes (the `notify` crate: inotify, FSEvents,
//! ReadDirectoryChangesW); what changed is then found by comparing snapshots of
//! the inputs (modification time and size), so a mere read or a temporary file
//! that came and went is no change. An editor's save is often several events (a
//! temporary file written, then renamed over the file): the watcher waits until
//! they have been quiet for [`SETTLE`] and reports each changed file once.
//!
//! Fallback: when the system's watcher cannot be created or reports a failure
//! (no inotify watches left, a file system without notifications), the watcher
//! polls: the same snapshot, taken every `interval` and again [`SETTLE`] later
//! until two agree. It is this scan rather than notify's `PollWatcher`, since
//! the scan is needed anyway to tell changes from events, and it knows what to
//! skip. With notifications too a scan runs every [`SAFETY_SCAN`], for network
//! drives, where a change made on another machine raises no event.
//!
//! Events and scans skip dot-files (editors' swap files), the output folder (a
//! build must not trigger the next one), and folders reached through a symbolic
//! link (`ln -s .. locales/loop` would make the scan recurse without end).

use crate::diag::Diagnostic;
use crate::session::{BuildOptions, Session};
use notify::{EventKind, RecursiveMode, Watcher as _};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant, SystemTime};

/// How long the events of a save must have been quiet before it counts as done.
pub const SETTLE: Duration = Duration::from_millis(100);
/// The longest a change waits for its events to settle (a long copy).
const SETTLE_AT_MOST: Duration = Duration::from_secs(1);
/// How often the inputs are scanned even though the system notifies.
pub const SAFETY_SCAN: Duration = Duration::from_secs(1);

/// When each watched file last changed, and its size.
type Snapshot = BTreeMap<PathBuf, (SystemTime, u64)>;

pub struct Watcher {
    root: PathBuf,
    roots: Vec<PathBuf>,
    /// The roots as given and, where a link makes them differ, as resolved (the
    /// paths events may name).
    root_forms: Vec<PathBuf>,
    /// The output folder, as given and as resolved: what a build writes is never
    /// an input, even when it lies inside a watched folder.
    out: Vec<PathBuf>,
    seen: Snapshot,
    /// The system's notifications; none when polling.
    notifications: Option<Notifications>,
    /// Why the watcher polls, when it does.
    polling: Option<String>,
}

struct Notifications {
    events: Receiver<notify::Result<notify::Event>>,
    /// Kept for as long as the events are wanted.
    _watcher: notify::RecommendedWatcher,
}

/// What ended a wait for an event.
enum Wake {
    /// An event that may be a change to an input.
    Event,
    /// Time to scan.
    Tick,
    /// The system's watcher failed: poll from now on.
    Failed(String),
}

impl Watcher {
    /// Watches flyer.toml, locales/, layouts/, the font folders and the images
    /// the layouts place, except what lies in the output folder `out`: notified
    /// by the system, or polling when it cannot notify.
    pub fn new(session: &Session, out: &Path) -> Watcher {
        let mut watcher = Watcher::unstarted(session, out);
        // Notified first, then the snapshot: a change in between is not lost.
        match watcher.notify() {
            Ok(notifications) => watcher.notifications = Some(notifications),
            Err(e) => watcher.polling = Some(e.to_string()),
        }
        watcher.seen = watcher.scan();
        watcher
    }

    /// [`Watcher::new`] that polls, without asking the system.
    pub fn polling(session: &Session, out: &Path) -> Watcher {
        let mut watcher = Watcher::unstarted(session, out);
        watcher.polling = Some("polling was asked for".to_string());
        watcher.seen = watcher.scan();
        watcher
    }

    /// Why changes are found by polling; `None` while the system notifies.
    pub fn polling_reason(&self) -> Option<&str> {
        self.polling.as_deref()
    }

    fn unstarted(session: &Session, out: &Path) -> Watcher {
        let project = &session.project;
        let mut roots = vec![
            project.root.join(crate::project::MANIFEST_FILE),
            project.locales_dir(),
            project.layouts_dir(),
            project.root.join("fonts"),
        ];
        roots.extend(
            (project.manifest.fonts.folders.iter()).filter_map(|f| project.resolve(f, "").ok()),
        );
        roots.extend((session.images.keys()).filter_map(|p| project.resolve(p, "").ok()));
        roots.sort();
        roots.dedup();
        let mut root_forms = roots.clone();
        root_forms.extend(roots.iter().flat_map(|r| path_forms(r).into_iter().skip(1)));
        Watcher {
            root: project.root.clone(),
            roots,
            root_forms,
            out: path_forms(out),
            seen: Snapshot::new(),
            notifications: None,
            polling: None,
        }
    }

    /// Asks the system to notify changes: in each watched folder and all it
    /// holds, and for a watched file in its folder (an editor that saves by
    /// renaming replaces the file, which would end a watch on the file itself).
    fn notify(&self) -> notify::Result<Notifications> {
        let (send, events) = std::sync::mpsc::channel();
        let config = notify::Config::default().with_follow_symlinks(false);
        let mut watcher = notify::RecommendedWatcher::new(send, config)?;
        let folders: Vec<&PathBuf> = self.roots.iter().filter(|r| r.is_dir()).collect();
        let mut watched: Vec<(&Path, RecursiveMode)> = Vec::new();
        for folder in &folders {
            if !folders.iter().any(|f| f != folder && folder.starts_with(f)) {
                watched.push((folder, RecursiveMode::Recursive));
            }
        }
        for file in self.roots.iter().filter(|r| !r.is_dir()) {
            let Some(parent) = file.parent().filter(|p| p.is_dir()) else {
                continue;
            };
            let covered = watched.iter().any(|(w, mode)| {
                parent == *w || (*mode == RecursiveMode::Recursive && parent.starts_with(w))
            });
            if !covered {
                watched.push((parent, RecursiveMode::NonRecursive));
            }
        }
        for (path, mode) in watched {
            watcher.watch(path, mode)?;
        }
        Ok(Notifications {
            events,
            _watcher: watcher,
        })
    }

    fn scan(&self) -> Snapshot {
        let mut snapshot = Snapshot::new();
        for root in &self.roots {
            self.add_files(root, true, &mut snapshot);
        }
        snapshot
    }

    /// Adds the files under `path`. A symbolic link counts for the file it
    /// names, but a linked folder is not entered (it may lead back up, a loop,
    /// or out of the project); a root is followed, since the project names it.
    fn add_files(&self, path: &Path, is_root: bool, snapshot: &mut Snapshot) {
        if self.is_output(path) {
            return;
        }
        let meta = if is_root {
            std::fs::metadata(path)
        } else {
            std::fs::symlink_metadata(path)
        };
        let meta = match meta {
            Ok(m) if m.file_type().is_symlink() => match std::fs::metadata(path) {
                Ok(target) if !target.is_dir() => target,
                _ => return,
            },
            Ok(m) => m,
            Err(_) => return,
        };
        if meta.is_dir() {
            for entry in std::fs::read_dir(path).into_iter().flatten().flatten() {
                // Editors' swap and backup files are not inputs.
                if !entry.file_name().to_string_lossy().starts_with('.') {
                    self.add_files(&entry.path(), false, snapshot);
                }
            }
        } else {
            let modified = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
            snapshot.insert(path.to_path_buf(), (modified, meta.len()));
        }
    }

    /// Whether `path` lies in the output folder. When the output folder holds
    /// watched folders (`--out .`), those stay inputs.
    fn is_output(&self, path: &Path) -> bool {
        self.out.iter().any(|out| {
            path.starts_with(out)
                && !(self.roots.iter())
                    .any(|r| r != out && r.starts_with(out) && path.starts_with(r))
        })
    }

    /// Whether an event may be a change to an input: not a mere read, and about
    /// a watched path that is neither a dot-file nor in the output folder.
    fn matters(&self, event: &notify::Event) -> bool {
        if event.need_rescan() {
            return true;
        }
        if matches!(event.kind, EventKind::Access(_)) {
            return false;
        }
        event.paths.is_empty() || event.paths.iter().any(|p| self.is_input(p))
    }

    fn is_input(&self, path: &Path) -> bool {
        !self.is_output(path)
            && self.root_forms.iter().any(|root| {
                path.strip_prefix(root)
                    .is_ok_and(|rest| !rest.iter().any(|c| c.to_string_lossy().starts_with('.')))
            })
    }

    /// Waits until watched files are added, changed or removed, and their events
    /// have settled; returns those paths relative to the project, sorted, each
    /// once. `interval`: how often to look when polling.
    pub fn wait(&mut self, interval: Duration) -> Vec<PathBuf> {
        loop {
            if let Some(changed) = self.wait_timeout(interval, Duration::from_secs(3600)) {
                return changed;
            }
        }
    }

    /// [`Watcher::wait`] for at most about `timeout`; `None` if nothing changed.
    pub fn wait_timeout(&mut self, interval: Duration, timeout: Duration) -> Option<Vec<PathBuf>> {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return None;
            }
            let now = match self.next_wake(interval, left) {
                Wake::Event => {
                    self.settle_events();
                    self.scan()
                }
                Wake::Tick => {
                    let now = self.scan();
                    if now == self.seen {
                        continue;
                    }
                    self.settle_scans(now)
                }
                Wake::Failed(why) => {
                    self.fall_back(why);
                    continue;
                }
            };
            let changed = self.changes(now);
            if !changed.is_empty() {
                return Some(changed);
            }
        }
    }

    /// Waits for an event that matters, or until it is time to scan.
    fn next_wake(&self, interval: Duration, left: Duration) -> Wake {
        let Some(notifications) = &self.notifications else {
            std::thread::sleep(interval.min(left));
            return Wake::Tick;
        };
        let until = Instant::now() + SAFETY_SCAN.min(left);
        loop {
            let now = Instant::now();
            if now >= until {
                return Wake::Tick;
            }
            match notifications.events.recv_timeout(until - now) {
                Ok(Ok(event)) if self.matters(&event) => return Wake::Event,
                Ok(Ok(_)) => {}
                Ok(Err(e)) => return Wake::Failed(e.to_string()),
                Err(RecvTimeoutError::Timeout) => return Wake::Tick,
                Err(RecvTimeoutError::Disconnected) => {
                    return Wake::Failed("the system's watcher stopped".to_string())
                }
            }
        }
    }

    /// Lets the events of a save pass: returns once none that matters has come
    /// for [`SETTLE`], or after [`SETTLE_AT_MOST`].
    fn settle_events(&mut self) {
        let Some(notifications) = &self.notifications else {
            return;
        };
        let start = Instant::now();
        let mut last = start;
        let failure = loop {
            let now = Instant::now();
            let until = (last + SETTLE).min(start + SETTLE_AT_MOST);
            if now >= until {
                break None;
            }
            match notifications.events.recv_timeout(until - now) {
                Ok(Ok(event)) if self.matters(&event) => last = Instant::now(),
                Ok(Ok(_)) => {}
                Ok(Err(e)) => break Some(e.to_string()),
                Err(RecvTimeoutError::Timeout) => break None,
                Err(RecvTimeoutError::Disconnected) => {
                    break Some("the system's watcher stopped".to_string())
                }
            }
        };
        if let Some(why) = failure {
            self.fall_back(why);
        }
    }

    /// Polling: scans again [`SETTLE`] later until two scans agree (or for at
    /// most [`SETTLE_AT_MOST`]).
    fn settle_scans(&self, mut now: Snapshot) -> Snapshot {
        let start = Instant::now();
        while start.elapsed() < SETTLE_AT_MOST {
            std::thread::sleep(SETTLE);
            let again = self.scan();
            if again == now {
                break;
            }
            now = again;
        }
        now
    }

    fn fall_back(&mut self, why: String) {
        self.notifications = None;
        self.polling = Some(why);
    }

    /// The files that differ between the last snapshot and `now` (which becomes
    /// the last), relative to the project, sorted, each once.
    fn changes(&mut self, now: Snapshot) -> Vec<PathBuf> {
        let mut changed: Vec<PathBuf> = (now.iter())
            .filter(|(p, v)| self.seen.get(*p) != Some(v))
            .map(|(p, _)| p)
            .chain(self.seen.keys().filter(|p| !now.contains_key(*p)))
            .map(|p| p.strip_prefix(&self.root).unwrap_or(p).to_path_buf())
            .collect();
        changed.sort();
        changed.dedup();
        self.seen = now;
        changed
    }
}

/// `path` made absolute as written, and with its links and `..` resolved (as far
/// as it exists), so it can be compared with the paths under either spelling.
fn path_forms(path: &Path) -> Vec<PathBuf> {
    let written = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut existing = written.as_path();
    let mut rest = Vec::new();
    let resolved = loop {
        if let Ok(real) = existing.canonicalize() {
            break Some(rest.iter().rev().fold(real, |p: PathBuf, c| p.join(c)));
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            _ => break None,
        }
    };
    let mut forms = vec![written];
    forms.extend(resolved.filter(|r| *r != forms[0]));
    forms
}

/// What a changed file (relative to the project) can affect.
#[derive(Debug, PartialEq)]
enum Scope {
    Locale(String),
    Layout(String),
    SheetTemplate(String),
    Everything,
}

fn scope(path: &Path) -> Scope {
    let parts: Vec<String> = path
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let stem = || {
        Path::new(parts.last().map_or("", String::as_str))
            .file_stem()
            .map_or(String::new(), |s| s.to_string_lossy().into_owned())
    };
    match parts.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["locales", code, ..] if parts.len() > 2 => Scope::Locale(code.to_string()),
        ["layouts", "sheets", _] => Scope::SheetTemplate(stem()),
        ["layouts", _] => Scope::Layout(stem()),
        _ => Scope::Everything,
    }
}

/// The jobs of `opts` that the changed files affect, in build order.
pub fn affected(
    session: &Session,
    opts: &BuildOptions,
    changed: &[PathBuf],
) -> Result<Vec<(String, String)>, Diagnostic> {
    let scopes: Vec<Scope> = changed.iter().map(|p| scope(p)).collect();
    let card_of = |layout: &str| match session.sheets.get(layout) {
        Some(Ok((sheet, _))) => Some(sheet.card.clone()),
        _ => None,
    };
    let template_of = |layout: &str| match session.sheets.get(layout) {
        Some(Ok((sheet, _))) => Some(sheet.sheet.clone()),
        _ => None,
    };
    let jobs = session.jobs(opts)?;
    Ok(jobs
        .into_iter()
        .filter(|(layout, locale)| {
            let pair = session.pair_for(layout, opts);
            scopes.iter().any(|s| match s {
                Scope::Everything => true,
                Scope::Locale(code) => code == locale || pair.as_ref() == Some(code),
                Scope::Layout(name) => name == layout || card_of(layout).as_ref() == Some(name),
                Scope::SheetTemplate(name) => template_of(layout).as_ref() == Some(name),
            })
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_output_folder_is_no_input_but_the_inputs_inside_it_are() {
        let watcher = |out: &str| {
            let roots: Vec<PathBuf> = ["/p/flyer.toml", "/p/locales", "/p/layouts"]
                .map(PathBuf::from)
                .to_vec();
            Watcher {
                root: "/p".into(),
                root_forms: roots.clone(),
                roots,
                out: vec![out.into()],
                seen: Snapshot::new(),
                notifications: None,
                polling: None,
            }
        };
        let inside = watcher("/p/locales/out");
        assert!(inside.is_output(Path::new("/p/locales/out/poster-letter/es.pdf")));
        assert!(!inside.is_input(Path::new("/p/locales/out/index.html")));
        assert!(inside.is_input(Path::new("/p/locales/es/flyer.ftl")));
        assert!(!inside.is_input(Path::new("/p/locales/es/.flyer.ftl.swp")));
        assert!(!inside.is_input(Path::new("/p/README.md")));
        // `--out .`: the outputs sit beside the inputs.
        let here = watcher("/p");
        assert!(here.is_input(Path::new("/p/locales/es/flyer.ftl")));
        assert!(here.is_input(Path::new("/p/flyer.toml")));
        assert!(here.is_output(Path::new("/p/poster-letter/es.pdf")));
        assert!(here.is_output(Path::new("/p/index.html")));
    }

    #[test]
    fn a_changed_file_says_what_it_can_affect() {
        assert_eq!(
            scope(Path::new("locales/km/flyer.ftl")),
            Scope::Locale("km".into())
        );
        assert_eq!(
            scope(Path::new("layouts/card-us.toml")),
            Scope::Layout("card-us".into())
        );
        assert_eq!(
            scope(Path::new("layouts/sheets/avery-5371.toml")),
            Scope::SheetTemplate("avery-5371".into())
        );
        assert_eq!(scope(Path::new("flyer.toml")), Scope::Everything);
        assert_eq!(
            scope(Path::new("fonts/NotoSans-Regular.ttf")),
            Scope::Everything
        );
    }
}
