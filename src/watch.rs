//! `flyer watch`: for translators working beside a PDF viewer. Watches the
//! project's inputs and says which outputs a change affects, so only those are
//! rebuilt.
//!
//! Polling, not OS notifications: the inputs are a few hundred small files, a
//! scan takes well under a millisecond, and it behaves the same on every system
//! and network drive. The scan skips dot-files (editors' swap files), the output
//! folder (a build must not trigger the next one), and folders reached through
//! a symbolic link (`ln -s .. locales/loop` would make it recurse without end).

use crate::build::{BuildOptions, Session};
use crate::diag::Diagnostic;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// When each watched file last changed, and its size.
type Snapshot = BTreeMap<PathBuf, (SystemTime, u64)>;

pub struct Watcher {
    root: PathBuf,
    roots: Vec<PathBuf>,
    /// The output folder, as given and as resolved: what a build writes is never
    /// an input, even when it lies inside a watched folder.
    out: Vec<PathBuf>,
    seen: Snapshot,
}

impl Watcher {
    /// Watches flyer.toml, locales/, layouts/, the font folders and the images
    /// the layouts place, except what lies in the output folder `out`.
    pub fn new(session: &Session, out: &Path) -> Watcher {
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
            out: path_forms(out),
            seen: Snapshot::new(),
        };
        watcher.seen = watcher.scan();
        watcher
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
