//! The workspace behind `flyer serve`, without HTTP: what the pages show
//! (languages, each message with its source, note, checks and review state), a
//! translation tried with unsaved edits (checked and rendered by the build's own
//! path), and the three writes: a saved translation, a confirmation, a status.
//!
//! Every write reads the file, checks, and writes atomically under one lock, so
//! concurrent requests never interleave on a file; a page that loaded an older
//! file than the one on disk is refused as a conflict.

use crate::build::Builder;
use crate::check::{check_locale, check_translation_of};
use crate::diag::{Diagnostic, SourceFile};
use crate::document::{Document, Item};
use crate::l10n::edit::{self, Edit, Field};
use crate::l10n::provenance::{stale_sources, StaleSource};
use crate::l10n::{base_id, entry_id, Catalog, ORG_TERM};
use crate::manifest::{LocaleEntry, Manifest, StatusChange};
use crate::outputs::write_atomically;
use crate::project::{Input, Project};
use crate::session::{BuildOptions, Session};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};
use std::time::SystemTime;

/// Width in pixels of the live preview.
pub const PREVIEW_WIDTH: f32 = 900.0;

/// The project a server serves: its session, reloaded when a file under it
/// changes (a save here, or an edit in a text editor).
pub struct Workspace {
    root: PathBuf,
    loaded: RwLock<Loaded>,
    /// One write at a time: read, compare, check, write.
    writes: Mutex<()>,
}

struct Loaded {
    session: Arc<Session>,
    stamp: Vec<(PathBuf, u64, Option<SystemTime>)>,
    /// `flyer check` over everything, for the home page; made when first asked.
    checks: Option<Arc<Vec<Diagnostic>>>,
}

/// One message of the editor.
pub struct Row {
    pub id: String,
    /// The source language's text, as chips and text, and its translator note.
    pub source: Option<Field>,
    pub note: Vec<String>,
    /// The translation as it is on disk (empty chips if missing).
    pub field: Field,
    pub missing: bool,
    pub stale: Option<StaleSource>,
    pub diagnostics: Vec<Diagnostic>,
}

/// A locale's editor: its rows, the checks that belong to no message, and the
/// hash of its files (a save names it, so a stale page cannot overwrite).
pub struct Editor {
    pub locale: LocaleEntry,
    pub source_locale: String,
    pub rows: Vec<Row>,
    pub general: Vec<Diagnostic>,
    pub base: String,
    /// Layouts a preview can show, with their page counts unknown until rendered.
    pub layouts: Vec<String>,
    /// The font book's faces the page uses for the locale's text, in order
    /// (see [`Workspace::font`]).
    pub fonts: Vec<usize>,
}

/// A translation tried with unsaved edits.
pub struct Trial {
    pub diagnostics: Vec<Diagnostic>,
    /// The page as PNG; `None` if it could not be laid out.
    pub preview: Option<Vec<u8>>,
    pub pages: usize,
    /// Where each message's lines are, as fractions of the page: x, y, w, h.
    pub boxes: BTreeMap<String, Vec<[f32; 4]>>,
}

/// Why a save did not happen.
pub enum Refusal {
    /// The file changed since the page loaded it.
    Conflict(String),
    /// The edits would fail `flyer check`; these are the new errors.
    Invalid(Vec<Diagnostic>),
    /// A request that names something the project does not have.
    BadRequest(Diagnostic),
    /// Reading or writing failed.
    Failed(Diagnostic),
}

impl Workspace {
    pub fn open(root: PathBuf) -> Result<Workspace, Diagnostic> {
        let loaded = load(&root)?;
        Ok(Workspace {
            root,
            loaded: RwLock::new(loaded),
            writes: Mutex::new(()),
        })
    }

    /// The current session, reloaded first if a project file changed.
    pub fn session(&self) -> Result<Arc<Session>, Diagnostic> {
        let stamp = stamp(&self.root);
        {
            let loaded = self.loaded.read().unwrap_or_else(|e| e.into_inner());
            if loaded.stamp == stamp {
                return Ok(loaded.session.clone());
            }
        }
        let fresh = load(&self.root)?;
        let session = fresh.session.clone();
        *self.loaded.write().unwrap_or_else(|e| e.into_inner()) = fresh;
        Ok(session)
    }

    /// `flyer check` over the whole project, kept until a file changes.
    pub fn checks(&self) -> Result<(Arc<Session>, Arc<Vec<Diagnostic>>), Diagnostic> {
        let session = self.session()?;
        let mut loaded = self.loaded.write().unwrap_or_else(|e| e.into_inner());
        if !Arc::ptr_eq(&loaded.session, &session) {
            return Ok((
                session.clone(),
                Arc::new(crate::check::check_project(&session)),
            ));
        }
        let checks = loaded
            .checks
            .get_or_insert_with(|| Arc::new(crate::check::check_project(&session)))
            .clone();
        Ok((session, checks))
    }

    /// The editor of one locale.
    pub fn editor(&self, code: &str) -> Result<Editor, Refusal> {
        let session = self.session().map_err(Refusal::Failed)?;
        let locale = locale_entry(&session, code)?;
        let files = Catalog::read_files(&session.project, code).map_err(Refusal::Failed)?;
        let base = files_hash(&files);
        let session = Arc::new(session.with_translation(code, files));
        let catalog = session.catalog(code).map_err(Refusal::Failed)?;
        let source_code = session.project.manifest.build.source_locale.clone();
        let source = session.catalog(&source_code).map_err(Refusal::Failed)?;
        let mut diagnostics = check_locale(&session, code, &[]);
        let stale = stale_sources(&session.project, catalog, source);
        let notes = crate::rules::notes::translator_notes(source);
        let rows = message_order(&session, source)
            .into_iter()
            .map(|id| {
                let source_field = source.entry(&id).and_then(edit::field);
                let note = notes.get(&id).cloned().unwrap_or_default();
                let field = catalog.entry(&id).and_then(edit::field);
                let mine: Vec<Diagnostic>;
                (mine, diagnostics) = diagnostics
                    .drain(..)
                    .partition(|d| d.message_id.as_deref().map(base_id) == Some(id.as_str()));
                Row {
                    missing: field.is_none(),
                    field: field.unwrap_or(Field::Chips { parts: Vec::new() }),
                    stale: stale.get(&id).cloned(),
                    id,
                    source: source_field,
                    note,
                    diagnostics: mine,
                }
            })
            .collect();
        Ok(Editor {
            locale,
            source_locale: source_code,
            rows,
            general: diagnostics,
            base,
            layouts: preview_layouts(&session),
            fonts: web_fonts(&session, code),
        })
    }

    /// Every face the page can load (for the languages' own names).
    pub fn web_fonts(&self) -> Vec<usize> {
        self.session().map_or_else(
            |_| Vec::new(),
            |session| {
                let faces = session.book.faces.iter().enumerate();
                faces
                    .filter(|(_, face)| is_web_font(face) && face.weight < 500.0)
                    .map(|(n, _)| n)
                    .collect()
            },
        )
    }

    /// A font the project has, by its number in the font book, for the page's
    /// fields; only whole single-face files small enough to send (collections
    /// like the CJK ones, which browsers cannot load, are left to the system).
    pub fn font(&self, n: usize) -> Option<crate::text::fonts::FontData> {
        let session = self.session().ok()?;
        let face = session.book.faces.get(n)?;
        is_web_font(face).then(|| face.data.clone())
    }

    /// The translation of `code` with `edits`, checked, and `layout`'s page
    /// `page` (from 0) rendered by the build's path.
    pub fn try_edits(
        &self,
        code: &str,
        layout: &str,
        page: usize,
        edits: &BTreeMap<String, Edit>,
    ) -> Result<Trial, Refusal> {
        let session = self.session().map_err(Refusal::Failed)?;
        locale_entry(&session, code)?;
        if !preview_layouts(&session).iter().any(|l| l == layout) {
            return Err(Refusal::BadRequest(Diagnostic::error(
                "unknown-layout",
                format!("there is no page layout `{layout}` to preview"),
            )));
        }
        let files = session_files(&session, code)?;
        let (files, mut diagnostics) = apply_edits(&session, code, files, edits)?;
        let trial = session.with_translation(code, files);
        diagnostics.extend(check_translation_of(&trial, code));
        let builder = Builder::new(&trial, &BuildOptions::default());
        let mut out = Trial {
            diagnostics: Vec::new(),
            preview: None,
            pages: 0,
            boxes: BTreeMap::new(),
        };
        match builder.document(layout, code) {
            Err(diags) => diagnostics.extend(diags),
            Ok((doc, built)) => {
                out.pages = doc.pages.len();
                out.boxes = message_boxes(&doc, page.min(out.pages.saturating_sub(1)));
                match builder.render_document(&doc, built, layout, code) {
                    Err(diags) => diagnostics.extend(diags),
                    Ok((pdf, _)) => out.preview = Some(render_png(&pdf, page, out.pages)?),
                }
            }
        }
        out.diagnostics = crate::diag::merge_repeats(diagnostics);
        Ok(out)
    }

    /// Writes the edits to the locale's files if the page saw the files as they
    /// are (`base`) and the edits add no error to `flyer check`. Returns the new hash.
    pub fn save(
        &self,
        code: &str,
        base: &str,
        edits: &BTreeMap<String, Edit>,
    ) -> Result<(String, Vec<Diagnostic>), Refusal> {
        let _one_at_a_time = self.writes.lock().unwrap_or_else(|e| e.into_inner());
        let session = self.session().map_err(Refusal::Failed)?;
        locale_entry(&session, code)?;
        let on_disk = Catalog::read_files(&session.project, code).map_err(Refusal::Failed)?;
        if files_hash(&on_disk) != base {
            return Err(Refusal::Conflict(format!(
                "locales/{code}/ changed since this page loaded it (another tab, or an editor); reload the page to see the new text, then make your change again"
            )));
        }
        let (edited, composition) = apply_edits(&session, code, on_disk.clone(), edits)?;
        if !composition.is_empty() {
            return Err(Refusal::Invalid(composition));
        }
        let before = check_locale(&session.with_translation(code, on_disk.clone()), code, &[]);
        let after_session = session.with_translation(code, edited.clone());
        let after = check_locale(&after_session, code, &[]);
        let known: BTreeSet<String> = before.iter().filter(|d| d.is_error()).map(key).collect();
        let new_errors: Vec<Diagnostic> = after
            .iter()
            .filter(|d| d.is_error() && !known.contains(&key(d)))
            .cloned()
            .collect();
        if !new_errors.is_empty() {
            return Err(Refusal::Invalid(new_errors));
        }
        let dir = session.project.locales_dir().join(code);
        for (old, new) in on_disk.iter().zip(&edited) {
            if old.text == new.text {
                continue;
            }
            // A file's path as read is for messages (relative to the project);
            // the one written is the locale's folder and that file's own name.
            let name = old.path.file_name().ok_or_else(|| {
                Refusal::Failed(Diagnostic::error("save", "a translation file has no name"))
            })?;
            write_atomically(&dir.join(name), new.text.as_bytes()).map_err(Refusal::Failed)?;
        }
        Ok((files_hash(&edited), after))
    }

    /// Records that the translation of `ids` (all if empty), as saved, was
    /// checked against the current source text (`flyer confirm`).
    pub fn confirm(&self, code: &str, ids: &[String]) -> Result<usize, Refusal> {
        let _one_at_a_time = self.writes.lock().unwrap_or_else(|e| e.into_inner());
        let session = self.session().map_err(Refusal::Failed)?;
        locale_entry(&session, code)?;
        session.confirm(code, ids).map_err(Refusal::BadRequest)
    }

    /// Sets a locale's status in flyer.toml, keeping the file's comments and layout.
    pub fn set_status(&self, code: &str, change: &StatusChange) -> Result<(), Refusal> {
        let _one_at_a_time = self.writes.lock().unwrap_or_else(|e| e.into_inner());
        let session = self.session().map_err(Refusal::Failed)?;
        locale_entry(&session, code)?;
        let project = &session.project;
        let path = project.root.join(crate::project::MANIFEST_FILE);
        let file = project
            .read_source(&path, Input::MANIFEST)
            .map_err(Refusal::Failed)?;
        let text = crate::manifest::with_status(&file.text, code, change).map_err(|why| {
            Refusal::BadRequest(Diagnostic::error("review-status", why).locale(code))
        })?;
        Manifest::parse(&SourceFile::new(file.path.clone(), text.clone()))
            .map_err(Refusal::BadRequest)?;
        write_atomically(&path, text.as_bytes()).map_err(Refusal::Failed)
    }
}

fn load(root: &std::path::Path) -> Result<Loaded, Diagnostic> {
    let stamp = stamp(root);
    let session = Session::open(Project::load(root)?)?;
    Ok(Loaded {
        session: Arc::new(session),
        stamp,
        checks: None,
    })
}

/// Size and time of every file the session reads from the project's own
/// folders: a change to any of them reloads it.
fn stamp(root: &std::path::Path) -> Vec<(PathBuf, u64, Option<SystemTime>)> {
    let mut files = vec![root.join(crate::project::MANIFEST_FILE)];
    for dir in ["locales", "layouts", "layouts/sheets"] {
        for entry in std::fs::read_dir(root.join(dir))
            .into_iter()
            .flatten()
            .flatten()
        {
            files.push(entry.path());
            if dir == "locales" {
                let inner = std::fs::read_dir(entry.path())
                    .into_iter()
                    .flatten()
                    .flatten();
                files.extend(inner.map(|e| e.path()));
            }
        }
    }
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let meta = std::fs::symlink_metadata(&path).ok();
            let len = meta.as_ref().map_or(0, |m| m.len());
            let time = meta.and_then(|m| m.modified().ok());
            (path, len, time)
        })
        .collect()
}

/// The locale's entry in flyer.toml: the only way a request's locale reaches a path.
fn locale_entry(session: &Session, code: &str) -> Result<LocaleEntry, Refusal> {
    session
        .project
        .manifest
        .locale(code)
        .cloned()
        .ok_or_else(|| Refusal::BadRequest(session.unknown_locale(code)))
}

/// The locale's files as the session read them.
fn session_files(session: &Session, code: &str) -> Result<Vec<SourceFile>, Refusal> {
    let catalog = session.catalog(code).map_err(Refusal::Failed)?;
    Ok(catalog.files.iter().map(|f| f.file.clone()).collect())
}

/// The files with each edit spliced into the file that defines the message (a
/// missing one goes to `flyer.ftl`, or the first file). Edits that are not
/// Fluent, or break a chip that was not theirs, become diagnostics.
fn apply_edits(
    session: &Session,
    code: &str,
    mut files: Vec<SourceFile>,
    edits: &BTreeMap<String, Edit>,
) -> Result<(Vec<SourceFile>, Vec<Diagnostic>), Refusal> {
    let source = session
        .catalog(&session.project.manifest.build.source_locale)
        .map_err(Refusal::Failed)?;
    let translation = session.catalog(code).map_err(Refusal::Failed)?;
    if files.is_empty() {
        return Err(Refusal::BadRequest(
            Diagnostic::error(
                "locale-missing",
                format!("locales/{code}/ has no .ftl file"),
            )
            .locale(code),
        ));
    }
    let mut problems = Vec::new();
    for (id, change) in edits {
        let chips: Vec<String> = [source.entry(id), translation.entry(id)]
            .into_iter()
            .flatten()
            .flat_map(edit::chips_of)
            .collect();
        if source.entry(id).is_none() || id.trim_start_matches('-') == ORG_TERM {
            return Err(Refusal::BadRequest(
                Diagnostic::error(
                    "unknown-message",
                    format!("the source has no message `{id}`"),
                )
                .locale(code),
            ));
        }
        let at = files
            .iter()
            .position(|f| defines(f, id))
            .or_else(|| files.iter().position(|f| f.path.ends_with("flyer.ftl")))
            .unwrap_or(0);
        let spliced = edit::compose(id, change, &chips)
            .and_then(|entry| edit::splice(&files[at].text, id, &entry));
        match spliced {
            Ok(text) => files[at] = SourceFile::new(files[at].path.clone(), text),
            Err(why) => problems.push(
                Diagnostic::error("ftl-syntax", why)
                    .locale(code)
                    .message_id(id)
                    .hint("placeables like { $hotline } come from the chips; type braces only inside Fluent text"),
            ),
        }
    }
    Ok((files, problems))
}

fn defines(file: &SourceFile, id: &str) -> bool {
    fluent_syntax::parser::parse(file.text.as_str())
        .unwrap_or_else(|(res, _)| res)
        .body
        .iter()
        .filter_map(entry_id)
        .any(|(key, _)| key == id)
}

/// A stable name of a set of files and their texts.
fn files_hash(files: &[SourceFile]) -> String {
    let mut hasher = Sha256::new();
    for f in files {
        hasher.update(f.path.to_string_lossy().as_bytes());
        hasher.update([0]);
        hasher.update(f.text.as_bytes());
        hasher.update([0]);
    }
    crate::outputs::hex(&hasher.finalize()[..16])
}

/// What makes two errors the same one, before and after an edit.
fn key(d: &Diagnostic) -> String {
    format!(
        "{}\0{:?}\0{:?}\0{}",
        d.rule, d.message_id, d.layout, d.message
    )
}

/// Messages in the order the layouts use them, then the rest of the source's
/// entries in file order (terms included; the organization's name is not
/// translated).
fn message_order(session: &Session, source: &Catalog) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let from_layouts = preview_layouts(session).into_iter().flat_map(|name| {
        session
            .layout(&name)
            .map(|l| {
                l.message_ids()
                    .into_iter()
                    .map(|id| base_id(id).to_string())
                    .collect()
            })
            .unwrap_or_else(|_| Vec::<String>::new())
    });
    let from_source = source
        .files
        .iter()
        .flat_map(|f| f.entries().filter_map(entry_id).map(|(id, _)| id))
        .collect::<Vec<_>>();
    from_layouts
        .chain(from_source)
        .filter(|id| source.entry(id).is_some() && id.trim_start_matches('-') != ORG_TERM)
        .filter(|id| seen.insert(id.clone()))
        .collect()
}

/// The largest font file the page loads.
const MAX_WEB_FONT: usize = 4 * 1024 * 1024;

fn is_web_font(face: &crate::text::fonts::Face) -> bool {
    face.index == 0 && face.bytes().len() <= MAX_WEB_FONT && !face.bytes().starts_with(b"ttcf")
}

/// The regular faces of a locale's font chain that a browser can load.
fn web_fonts(session: &Session, code: &str) -> Vec<usize> {
    let book = &session.book;
    book.chain(code, "", crate::spec::Weight::Regular)
        .iter()
        .filter(|id| is_web_font(book.face(**id)))
        .map(|id| id.0)
        .collect()
}

/// The manifest's layouts that are pages (not sheets of cards), which a
/// preview shows.
fn preview_layouts(session: &Session) -> Vec<String> {
    session
        .project
        .default_layouts()
        .into_iter()
        .filter(|l| session.layouts.get(l).is_some_and(Result::is_ok))
        .collect()
}

/// Where each message's lines are on a page, as fractions of the rendered page
/// (trim and bleed).
fn message_boxes(doc: &Document, page: usize) -> BTreeMap<String, Vec<[f32; 4]>> {
    let mut out: BTreeMap<String, Vec<[f32; 4]>> = BTreeMap::new();
    let Some(model) = doc.pages.get(page) else {
        return out;
    };
    let (w, h) = (
        model.trim.width.0 + 2.0 * model.bleed,
        model.trim.height.0 + 2.0 * model.bleed,
    );
    for item in &model.items {
        if let Item::Text(t) = item {
            let top = t.baseline - t.line.ascent * t.size;
            let height = (t.line.ascent + t.line.descent.abs()) * t.size;
            let rect = [
                (t.x + model.bleed) / w,
                (top + model.bleed) / h,
                t.line.width * t.size / w,
                height / h,
            ];
            out.entry(base_id(&t.message_id).to_string())
                .or_default()
                .push(rect);
        }
    }
    out
}

fn render_png(pdf: &[u8], page: usize, pages: usize) -> Result<Vec<u8>, Refusal> {
    crate::preview::page(pdf, page.min(pages.saturating_sub(1)), PREVIEW_WIDTH)
        .map_err(|why| Refusal::Failed(Diagnostic::error("preview", why)))
}
