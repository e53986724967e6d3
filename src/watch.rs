//! `flyer watch`: for translators working beside a PDF viewer. Watches the
//! project's inputs and says which outputs a change affects, so only those are
//! rebuilt.
//!
//! Polling, not OS notifications: the inputs are a few hundred small files, a
//! scan takes well under a millisecond, and it behaves the same on every system
//! and network drive.

use crate::diag::Diagnostic;
use crate::session::{BuildOptions, Session};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// When each watched file last changed, and its size.
type Snapshot = BTreeMap<PathBuf, (SystemTime, u64)>;

pub struct Watcher {
    root: PathBuf,
    roots: Vec<PathBuf>,
    seen: Snapshot,
}

impl Watcher {
    /// Watches flyer.toml, locales/, layouts/, the font folders and the images
    /// the layouts place.
    pub fn new(session: &Session) -> Watcher {
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
        let mut watcher = Watcher {
            root: project.root.clone(),
            roots,
            seen: Snapshot::new(),
        };
        watcher.seen = watcher.scan();
        watcher
    }

    fn scan(&self) -> Snapshot {
        let mut snapshot = Snapshot::new();
        for root in &self.roots {
            add_files(root, &mut snapshot);
        }
        snapshot
    }

    /// Waits until a watched file is added, changed or removed; returns those
    /// paths, relative to the project.
    pub fn wait(&mut self, interval: Duration) -> Vec<PathBuf> {
        loop {
            std::thread::sleep(interval);
            let now = self.scan();
            if now != self.seen {
                let mut changed: Vec<PathBuf> = now
                    .iter()
                    .filter(|(p, v)| self.seen.get(*p) != Some(v))
                    .map(|(p, _)| p.clone())
                    .chain(self.seen.keys().filter(|p| !now.contains_key(*p)).cloned())
                    .collect();
                changed.sort();
                changed.dedup();
                self.seen = now;
                return changed
                    .into_iter()
                    .map(|p| {
                        p.strip_prefix(&self.root)
                            .map_or(p.clone(), Path::to_path_buf)
                    })
                    .collect();
            }
        }
    }
}

fn add_files(path: &Path, snapshot: &mut Snapshot) {
    let Ok(meta) = std::fs::metadata(path) else {
        return;
    };
    if meta.is_dir() {
        for entry in std::fs::read_dir(path).into_iter().flatten().flatten() {
            let name = entry.file_name();
            // Editors' swap and backup files are not inputs.
            if !name.to_string_lossy().starts_with('.') {
                add_files(&entry.path(), snapshot);
            }
        }
    } else {
        let modified = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
        snapshot.insert(path.to_path_buf(), (modified, meta.len()));
    }
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
