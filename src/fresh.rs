//! Incremental builds: an output is rebuilt only when something it is made from
//! changed. Each output folder keeps a record, `.flyer-outputs.json`, of the
//! outputs in it: for each, a fingerprint of its inputs and the facts of its
//! build (for the report and the gallery, which an unchanged output still
//! appears in).
//!
//! The fingerprint covers, by their bytes: flyer.toml, the site's values and
//! logo, the layout (a sheet's template and card layout too) and the images it
//! places, every file of the output's locales (its pair's and the source
//! locale's included), the font files its locales' text is drawn with (path,
//! size and modification time), the build's options and `SOURCE_DATE_EPOCH`,
//! and flyer itself (the program file's size and modification time, so a new
//! flyer rebuilds everything). Files are read once per run, however many sites.

use crate::outputs::{hex, write_atomically, Memo};
use crate::session::{BuildOptions, Session};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The record's file name in an output folder.
pub const RECORD: &str = ".flyer-outputs.json";

/// What an output folder holds: each output (`<layout>/<file>.pdf`) with what
/// it was made from and the facts of its build (`B`, the builder's).
#[derive(Debug, Serialize, Deserialize)]
#[serde(bound = "B: Serialize + DeserializeOwned")]
pub struct Record<B> {
    pub outputs: BTreeMap<String, Entry<B>>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(bound = "B: Serialize + DeserializeOwned")]
pub struct Entry<B> {
    pub inputs: String,
    /// The output's size in bytes, checked against the file on disk.
    pub bytes: u64,
    pub built: B,
}

impl<B: Serialize + DeserializeOwned + Clone> Record<B> {
    /// The folder's record; none (everything is built) if it is missing or
    /// unreadable.
    pub fn read(out_dir: &Path) -> Record<B> {
        std::fs::read(out_dir.join(RECORD))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or(Record {
                outputs: BTreeMap::new(),
            })
    }

    /// The facts of output `file` if it is still there as built from `inputs`.
    pub fn unchanged(&self, out_dir: &Path, file: &str, inputs: &str) -> Option<B> {
        let entry = self.outputs.get(file)?;
        (entry.inputs == inputs && self.has(out_dir, file)).then(|| entry.built.clone())
    }

    /// Whether output `file` is recorded and still on disk as recorded: if not,
    /// it is built whatever its fingerprint.
    pub fn has(&self, out_dir: &Path, file: &str) -> bool {
        (self.outputs.get(file)).is_some_and(|entry| {
            std::fs::metadata(out_dir.join(file)).is_ok_and(|m| m.len() == entry.bytes)
        })
    }

    /// Writes the record, keeping only the outputs still in the folder.
    pub fn write(mut self, out_dir: &Path) -> Result<(), crate::Diagnostic> {
        self.outputs.retain(|file, _| out_dir.join(file).is_file());
        let json = serde_json::to_vec_pretty(&self).unwrap_or_default();
        if std::fs::read(out_dir.join(RECORD)).is_ok_and(|old| old == json) {
            return Ok(());
        }
        write_atomically(&out_dir.join(RECORD), &json)
    }
}

/// Fingerprints of one run's outputs: what every output of the run shares,
/// computed once, then each output's own inputs.
pub struct Fingerprints<'s> {
    session: &'s Session,
    opts: &'s BuildOptions,
    common: String,
    /// Each layout's and each locale's part, found once per run.
    layouts: Memo<String, String>,
    locales: Memo<String, String>,
}

impl<'s> Fingerprints<'s> {
    pub fn new(session: &'s Session, opts: &'s BuildOptions) -> Fingerprints<'s> {
        let mut h = Sha256::new();
        let program = std::env::current_exe()
            .ok()
            .and_then(|p| std::fs::metadata(p).ok());
        h.update(format!("flyer {}\n", env!("CARGO_PKG_VERSION")));
        h.update(program.map(|m| stamp(&m)).unwrap_or_default());
        h.update(format!(
            "pdfa {} print {} pdfx {} release {} fallback {} pair {:?} date {:?}\n",
            opts.pdfa,
            opts.print,
            opts.pdfx,
            opts.release,
            opts.allow_fallback,
            opts.pair,
            std::env::var("SOURCE_DATE_EPOCH").ok()
        ));
        h.update(&session.project.manifest_file.text);
        // The shop's profile: every converted colour depends on it.
        if let Some(profile) = &session.project.manifest.print.profile {
            h.update(session.file_digests.of(&session.project.root.join(profile)));
        }
        if let Some(site) = &session.site {
            // The site's values as the outputs print them.
            h.update(format!("site {} {}\n", site.id, site.organization));
            for (name, value) in session.project.manifest.contacts.variables() {
                h.update(format!("{name}={value}\n"));
            }
        }
        Fingerprints {
            session,
            opts,
            common: hex(&h.finalize()),
            layouts: Memo::default(),
            locales: Memo::default(),
        }
    }

    /// The fingerprint of output (`layout`, `locale`).
    pub fn of(&self, layout: &str, locale: &str) -> String {
        let mut h = Sha256::new();
        h.update(&self.common);
        h.update(
            self.layouts
                .get(layout.to_string(), || self.layout_inputs(layout)),
        );
        let mut locales = vec![locale.to_string()];
        locales.extend(self.session.pair_for(layout, self.opts));
        locales.push(self.session.project.manifest.build.source_locale.clone());
        for code in &locales {
            h.update(self.locales.get(code.clone(), || self.locale_inputs(code)));
        }
        hex(&h.finalize())
    }

    /// The digest of a layout's files ([`Self::layout_files`]).
    fn layout_inputs(&self, layout: &str) -> String {
        let mut h = Sha256::new();
        for file in self.layout_files(layout) {
            h.update(self.session.file_digests.of(&file));
        }
        hex(&h.finalize())
    }

    /// The digest of a locale's files and of the font files its text is drawn
    /// with (path, size and modification time).
    fn locale_inputs(&self, code: &str) -> String {
        let session = self.session;
        let mut h = Sha256::new();
        for file in files_in(&session.project.locales_dir().join(code)) {
            h.update(session.file_digests.of(&file));
        }
        for face in session.faces_of_once(code).iter() {
            let face = &session.book.faces[face.0];
            h.update(face.path.to_string_lossy().as_bytes());
            if !face.built_in {
                let meta = std::fs::metadata(session.project.root.join(&face.path));
                h.update(meta.map(|m| stamp(&m)).unwrap_or_default());
            }
        }
        hex(&h.finalize())
    }

    /// The files a layout is made from: its own, a sheet's template and card
    /// layout, and the images it places.
    fn layout_files(&self, name: &str) -> Vec<PathBuf> {
        let session = self.session;
        let dir = session.project.layouts_dir();
        let mut files = vec![dir.join(format!("{name}.toml"))];
        if let Some(Ok((sheet, _))) = session.sheets.get(name) {
            files.push(dir.join("sheets").join(format!("{}.toml", sheet.sheet)));
            files.push(dir.join(format!("{}.toml", sheet.card)));
        }
        if let Some(Ok(layout)) = session.layouts.get(session.page_layout(name)) {
            for block in &layout.spec.blocks {
                let Some(path) = block.get_ref().image_path() else {
                    continue;
                };
                // The logo's path names the organization's or the site's file.
                let file = session.images.file(path).unwrap_or(path);
                files.push(session.project.root.join(file));
            }
        }
        files
    }
}

/// A file's size and modification time, as text.
fn stamp(meta: &std::fs::Metadata) -> String {
    let modified = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    format!("{} {modified}\n", meta.len())
}

/// The files of a folder, sorted; none if it cannot be read.
fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}
