//! Writing outputs: each file atomically (a reader never sees half of one), the
//! work of a run spread over all cores, where an output's thumbnail and page
//! images go, and the temporaries of killed runs removed.

use crate::diag::Diagnostic;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::hash::Hash;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// `work` applied to every item on all cores (rayon's pool, started once a
/// run); the results in the items' order. Inside such work (an output of a
/// full build), work is not spread again: every core is busy already, and
/// more threads would only add their memory.
pub fn on_all_cores<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    use rayon::prelude::*;
    if free_cores().min(items.len()) <= 1 {
        // One output (or one core): no thread to wake, and its allocations
        // stay in the main arena (a thread's own grows by a system call a page).
        return items.iter().map(work).collect();
    }
    // One item a task: the cores stay busy to the last one.
    (items.par_iter().with_max_len(1))
        .map(|item| {
            let _busy = Busy::enter();
            work(item)
        })
        .collect()
}

/// The cores a piece of work may spread over: all of them, or one inside
/// work that [`on_all_cores`] already spreads.
pub fn free_cores() -> usize {
    match IN_WORKER.get() {
        true => 1,
        false => std::thread::available_parallelism().map_or(2, |n| n.get()),
    }
}

thread_local! {
    /// Whether this thread is one of [`on_all_cores`]'s workers.
    static IN_WORKER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// This thread marked as one of [`on_all_cores`]'s workers while it takes
/// turns.
struct Busy(bool);

impl Busy {
    fn enter() -> Busy {
        Busy(IN_WORKER.replace(true))
    }
}

impl Drop for Busy {
    fn drop(&mut self) {
        IN_WORKER.set(self.0);
    }
}

/// Where a path really leads now: its deepest existing ancestor with every
/// symbolic link resolved, then the rest as written (a path that does not exist
/// yet still cannot hide a link in its existing part). A dangling link is an
/// error, and so is `..` after the existing part, which cannot be resolved.
pub fn real_path(path: &Path) -> std::io::Result<PathBuf> {
    // Relative paths start at the working folder, which the system gives resolved.
    let path = std::path::absolute(path)?;
    let mut existing = path.as_path();
    let mut rest = Vec::new();
    while std::fs::symlink_metadata(existing).is_err() {
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name);
                existing = parent;
            }
            _ => {
                return Err(std::io::Error::other(
                    "`..` in a folder that does not exist",
                ))
            }
        }
    }
    let mut real = existing.canonicalize()?;
    real.extend(rest.iter().rev());
    Ok(real)
}

/// Removes the temporary files (`.<name>.<pid>.tmp`, see [`write_atomically`])
/// that a killed run left in the output folder and its subfolders. A file of a
/// run that is still going (its process alive) is left alone.
pub fn remove_stale_temporaries(out_dir: &Path) {
    fn walk(dir: &Path, depth: usize) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            let name = entry.file_name().to_string_lossy().into_owned();
            if kind.is_dir() && depth < 3 {
                walk(&entry.path(), depth + 1);
            } else if kind.is_file() && is_stale_temporary(&name) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    walk(out_dir, 0);
}

/// `.<name>.<pid>.tmp` of a process that is not running (on Linux, by its
/// /proc entry; elsewhere any such file not of this process).
fn is_stale_temporary(name: &str) -> bool {
    let Some(pid) = name
        .strip_prefix('.')
        .and_then(|n| n.strip_suffix(".tmp"))
        .and_then(|n| n.rsplit_once('.'))
        .map(|(_, pid)| pid)
    else {
        return false;
    };
    let Ok(pid) = pid.parse::<u32>() else {
        return false;
    };
    let proc = Path::new("/proc");
    let alive = if proc.join("self").exists() {
        proc.join(pid.to_string()).exists()
    } else {
        pid == std::process::id()
    };
    !alive
}

/// Writes next to the target and renames over it, so a reader never sees half a
/// file. Never through a symbolic link: the target, its folder and the folders
/// above it must be where the path says (the path is absolute and resolved, as
/// the output folder is), or the write is refused.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    let fail = |e: std::io::Error| {
        Diagnostic::error(
            "output-write",
            format!("cannot write {}: {e}", path.display()),
        )
        .hint("check that the output folder is writable and the disk is not full")
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("out");
    let through_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
        || std::path::absolute(path).map_err(fail)? != real_path(path).map_err(fail)?;
    if through_link {
        return Err(Diagnostic::error(
            "output-symlink",
            format!(
                "refusing to write {}: it or a folder on its way is a symbolic link",
                path.display()
            ),
        )
        .hint("flyer writes only into real folders; remove the link, or pass --out with a real folder"));
    }
    std::fs::create_dir_all(dir).map_err(fail)?;
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    // A leftover from a crashed run (or a planted link) goes; `create_new` then
    // makes a fresh file and never follows a link.
    let _ = std::fs::remove_file(&tmp);
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .and_then(|mut f| f.write_all(bytes));
    written
        .and_then(|_| std::fs::rename(&tmp, path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            fail(e)
        })
}

/// A relative URL for a path under the output folder (`+` and spaces escaped).
pub fn relative_url(path: &Path) -> String {
    let mut out = String::new();
    for (i, part) in path.iter().enumerate() {
        if i > 0 {
            out.push('/');
        }
        for c in part.to_string_lossy().chars() {
            match c {
                'A'..='Z' | 'a'..='z' | '0'..='9' | '-' | '_' | '.' | '~' => out.push(c),
                _ => {
                    let mut buf = [0; 4];
                    for b in c.encode_utf8(&mut buf).bytes() {
                        let _ = write!(out, "%{b:02X}");
                    }
                }
            }
        }
    }
    out
}

/// Where an output's thumbnail goes, under the output folder:
/// `previews/<layout>/<name>.png` for `<layout>/<name>.pdf`.
pub fn preview_file(output_file: &Path) -> std::path::PathBuf {
    Path::new("previews")
        .join(output_file)
        .with_extension("png")
}

/// The page images `--pages` wrote for an output (path under the output folder),
/// as they are on disk now: `pages/<layout>/<stem>-<n>.png`.
pub fn page_files(out_dir: &Path, output_file: &Path) -> Vec<std::path::PathBuf> {
    let stem = output_file
        .file_stem()
        .map_or(String::new(), |s| s.to_string_lossy().into_owned());
    let dir = out_dir
        .join("pages")
        .join(output_file.parent().unwrap_or(Path::new("")));
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p
                .file_name()
                .map_or(String::new(), |n| n.to_string_lossy().into_owned());
            name.strip_prefix(&format!("{stem}-"))
                .and_then(|rest| rest.strip_suffix(".png"))
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::real_path;

    #[test]
    fn a_path_that_does_not_exist_yet_is_resolved_through_its_existing_part() {
        let dir = std::env::temp_dir().join(format!("flyer-real-path-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("real")).unwrap();
        let real = dir.canonicalize().unwrap().join("real");
        assert_eq!(
            real_path(&dir.join("real/new/a.pdf")).unwrap(),
            real.join("new/a.pdf")
        );
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.join("real"), dir.join("link")).unwrap();
            assert_eq!(
                real_path(&dir.join("link/new/a.pdf")).unwrap(),
                real.join("new/a.pdf")
            );
        }
        assert!(real_path(&dir.join("missing/../a.pdf")).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// Values worked out once per key in a run and shared by its threads. Each is
/// worked out outside the lock, so work for other keys need not wait; if two
/// threads work out one key at once, the first value kept is the one given.
#[derive(Debug)]
pub struct Memo<K, V>(Mutex<HashMap<K, V>>);

impl<K, V> Default for Memo<K, V> {
    fn default() -> Self {
        Memo(Mutex::default())
    }
}

impl<K: Hash + Eq, V: Clone> Memo<K, V> {
    /// The value for `key`, worked out by `compute` the first time.
    pub fn get(&self, key: K, compute: impl FnOnce() -> V) -> V {
        match self.try_get(key, || Ok::<V, std::convert::Infallible>(compute())) {
            Ok(value) => value,
        }
    }

    /// [`Memo::get`] for work that can fail: a failure is not kept, and the
    /// next question works the value out again.
    pub fn try_get<E>(&self, key: K, compute: impl FnOnce() -> Result<V, E>) -> Result<V, E> {
        let known = || self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(value) = known().get(&key) {
            return Ok(value.clone());
        }
        let value = compute()?;
        Ok(known().entry(key).or_insert(value).clone())
    }
}

/// Digests of files' bytes, each file read once: what a run's outputs are made
/// from, shared by the sessions of every site ([`crate::fresh`]).
#[derive(Default)]
pub struct FileDigests(Memo<PathBuf, String>);

impl FileDigests {
    /// The digest of a file's bytes (of its absence, if it cannot be read).
    pub fn of(&self, path: &Path) -> String {
        self.0
            .get(path.to_path_buf(), || match std::fs::read(path) {
                Ok(bytes) => hex_sha256(&bytes),
                Err(_) => "missing".to_string(),
            })
    }
}

/// Bytes as lower-case hexadecimal.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The SHA-256 of some bytes in hex: how thumbnails record their source and
/// output records their inputs.
pub fn hex_sha256(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex(&sha2::Sha256::digest(bytes))
}
