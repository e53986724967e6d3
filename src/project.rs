//! A flyer project on disk: the manifest, the layouts and the locales it names.
//!
//! Every path a user writes is resolved here, and none may leave the project folder.

use crate::diag::{file_location, read_source, Diagnostic, SourceFile};
use crate::manifest::Manifest;
use std::path::{Component, Path, PathBuf};

pub const MANIFEST_FILE: &str = "flyer.toml";

#[derive(Debug, Clone)]
pub struct Project {
    /// The project folder (canonical).
    pub root: PathBuf,
    pub manifest: Manifest,
    pub manifest_file: SourceFile,
}

impl Project {
    pub fn load(root: &Path) -> Result<Project, Diagnostic> {
        let root = root.canonicalize().map_err(|e| {
            Diagnostic::error(
                "project-missing",
                format!("cannot open project folder {}: {e}", root.display()),
            )
            .hint("run flyer inside a project folder (one with flyer.toml), or pass --project DIR")
        })?;
        let path = root.join(MANIFEST_FILE);
        if !path.is_file() {
            return Err(Diagnostic::error(
                "project-missing",
                format!("no {MANIFEST_FILE} in {}", root.display()),
            )
            .at(file_location(Path::new(MANIFEST_FILE)))
            .hint(
                "run flyer inside a project folder (one with flyer.toml), or pass --project DIR",
            ));
        }
        let manifest_file = read_source(&path, Path::new(MANIFEST_FILE), "manifest")?;
        let manifest = Manifest::parse(&manifest_file)?;
        Ok(Project {
            root,
            manifest,
            manifest_file,
        })
    }

    /// Resolves a path written in a project file, refusing any that leaves the project.
    pub fn resolve(&self, written: &str, what: &str) -> Result<PathBuf, Diagnostic> {
        let relative = Path::new(written);
        let escapes = relative.is_absolute()
            || relative
                .components()
                .any(|c| matches!(c, Component::ParentDir | Component::Prefix(_)));
        let joined = self.root.join(relative);
        let inside = !escapes
            && match joined.canonicalize() {
                Ok(real) => real.starts_with(&self.root),
                // A path that does not exist yet (an output) is inside if its text is.
                Err(_) => true,
            };
        if inside {
            Ok(joined)
        } else {
            Err(Diagnostic::error(
                "path-outside-project",
                format!("{what} path `{written}` leaves the project folder"),
            )
            .hint("use a path relative to the project folder, without `..`; copy the file into the project if needed"))
        }
    }

    pub fn layouts_dir(&self) -> PathBuf {
        self.root.join("layouts")
    }

    pub fn locales_dir(&self) -> PathBuf {
        self.root.join("locales")
    }

    /// Layout names (file stems) found under `layouts/`, sorted.
    pub fn available_layouts(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.layouts_dir())
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| {
                let p = e.path();
                (p.extension()? == "toml").then(|| p.file_stem()?.to_str().map(str::to_string))?
            })
            .collect();
        names.sort();
        names
    }

    /// The layouts to build: the manifest's list, or every layout found.
    pub fn default_layouts(&self) -> Vec<String> {
        if self.manifest.build.layouts.is_empty() {
            self.available_layouts()
        } else {
            self.manifest.build.layouts.clone()
        }
    }

    pub fn locale_codes(&self) -> Vec<String> {
        self.manifest
            .locales
            .iter()
            .map(|l| l.code.clone())
            .collect()
    }

    /// A path relative to the project root, for messages.
    pub fn shown(&self, path: &Path) -> PathBuf {
        path.strip_prefix(&self.root)
            .map(Path::to_path_buf)
            .unwrap_or_else(|_| path.to_path_buf())
    }
}
