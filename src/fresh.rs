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

use crate::outputs::{hex, write_atomically};
use crate::session::{BuildOptions, Session, LOGO};
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
        let on_disk = std::fs::metadata(out_dir.join(file)).ok()?;
        (entry.inputs == inputs && on_disk.len() == entry.bytes).then(|| entry.built.clone())
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
            "pdfa {} release {} fallback {} pair {:?} date {:?}\n",
            opts.pdfa,
            opts.release,
            opts.allow_fallback,
            opts.pair,
            std::env::var("SOURCE_DATE_EPOCH").ok()
        ));
        h.update(&session.project.manifest_file.text);
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
        }
    }

    /// The fingerprint of output (`layout`, `locale`).
    pub fn of(&self, layout: &str, locale: &str) -> String {
        let session = self.session;
        let digests = &session.file_digests;
        let mut h = Sha256::new();
        h.update(&self.common);
        for file in self.layout_files(layout) {
            h.update(digests.of(&file));
        }
        let mut locales = vec![locale.to_string()];
        locales.extend(session.pair_for(layout, self.opts));
        locales.push(session.project.manifest.build.source_locale.clone());
        let faces = session.faces_by_locale_once();
        for code in &locales {
            for file in files_in(&session.project.locales_dir().join(code)) {
                h.update(digests.of(&file));
            }
            for face in faces.get(code).into_iter().flatten() {
                let face = &session.book.faces[face.0];
                h.update(face.path.to_string_lossy().as_bytes());
                if !face.built_in {
                    let meta = std::fs::metadata(session.project.root.join(&face.path));
                    h.update(meta.map(|m| stamp(&m)).unwrap_or_default());
                }
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
        let mut page_layout = name.to_string();
        if let Some(Ok((sheet, _))) = session.sheets.get(name) {
            files.push(dir.join("sheets").join(format!("{}.toml", sheet.sheet)));
            files.push(dir.join(format!("{}.toml", sheet.card)));
            page_layout = sheet.card.clone();
        }
        if let Some(Ok(layout)) = session.layouts.get(&page_layout) {
            for block in &layout.spec.blocks {
                let Some(path) = block.get_ref().image_path() else {
                    continue;
                };
                let logo = match &session.site {
                    Some(site) => site.logo.clone(),
                    None => session.project.manifest.campaign.logo.clone(),
                };
                let path = match (path, logo) {
                    (LOGO, Some(logo)) => logo,
                    _ => path.to_string(),
                };
                files.push(session.project.root.join(path));
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
