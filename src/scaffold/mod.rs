//! Writing projects: `flyer new`, a minimal project that builds at once, and
//! `flyer fonts --vendor`, the built-in fonts a project uses copied into it.
//!
//! The starter's files are in `scaffold/starter/`, embedded in the binary; its
//! translations are first drafts, written as drafts for a native speaker.

use crate::diag::{suggest, Diagnostic};
use crate::outputs::write_atomically;
use crate::project::Project;
use crate::session::Session;
use crate::text::builtin_fonts::{BUILTIN_FONTS, BUILTIN_LICENSE};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const STARTER_MANIFEST: &str = include_str!("starter/flyer.toml");
const STARTER_SOURCE: &str = include_str!("starter/en.ftl");
const STARTER_TRANSLATIONS: &str = include_str!("starter/translations.toml");

/// The pieces `flyer new` can write, with the layout files each needs.
const PIECES: &[(&str, &[(&str, &str)])] = &[
    (
        "poster",
        &[("poster-letter", include_str!("starter/poster-letter.toml"))],
    ),
    ("card", &[("card-us", include_str!("starter/card-us.toml"))]),
    (
        "sheet",
        &[
            ("card-us", include_str!("starter/card-us.toml")),
            (
                "sheet-avery-5371",
                include_str!("starter/sheet-avery-5371.toml"),
            ),
            // The sheet's template, as the seed project has it.
            (
                "sheets/avery-5371",
                include_str!("../../layouts/sheets/avery-5371.toml"),
            ),
        ],
    ),
];

/// The starter text of one shipped language.
#[derive(Deserialize)]
struct StarterLocale {
    name: String,
    native: String,
    text: BTreeMap<String, String>,
}

/// What `flyer new` makes.
pub struct NewProject {
    /// Piece names: `poster`, `card`, `sheet`.
    pub pieces: Vec<String>,
    /// Locales besides the source (English), as BCP 47 tags.
    pub locales: Vec<String>,
}

/// Writes a new project into `dir` (absent or empty) and returns the files
/// written, relative to it. Its translations are recorded as made from the
/// starter's English, so editing the English marks them stale.
pub fn new_project(dir: &Path, wanted: &NewProject) -> Result<Vec<PathBuf>, Diagnostic> {
    let starters: BTreeMap<String, StarterLocale> =
        toml::from_str(STARTER_TRANSLATIONS).map_err(|e| {
            Diagnostic::error(
                "new-project",
                format!("flyer's starter text is damaged: {e}"),
            )
            .hint("this is a bug in flyer: please report it")
        })?;
    let layouts = chosen_layouts(&wanted.pieces)?;
    let locales = chosen_locales(&wanted.locales, &starters)?;
    refuse_non_empty(dir)?;
    let mut files: Vec<(PathBuf, String)> = vec![(
        PathBuf::from("flyer.toml"),
        manifest_text(&layouts, &locales, &starters),
    )];
    for (name, text) in &layouts {
        files.push((
            Path::new("layouts").join(format!("{name}.toml")),
            text.to_string(),
        ));
    }
    files.push((
        PathBuf::from("locales/en/flyer.ftl"),
        STARTER_SOURCE.to_string(),
    ));
    for code in &locales {
        let path = Path::new("locales").join(code).join("flyer.ftl");
        files.push((path, translation_text(code, &starters[code])));
    }
    for (path, text) in &files {
        let target = dir.join(path);
        std::fs::create_dir_all(target.parent().unwrap_or(dir))
            .map_err(|e| cannot_create(dir, &e))?;
        write_atomically(
            &std::path::absolute(&target).map_err(|e| cannot_create(dir, &e))?,
            text.as_bytes(),
        )?;
    }
    let session = Session::open(Project::load(dir)?)?;
    for code in &locales {
        session.confirm(code, &[])?;
    }
    Ok(files.into_iter().map(|(path, _)| path).collect())
}

/// The layout files of the chosen pieces, each once, in the pieces' order.
fn chosen_layouts(pieces: &[String]) -> Result<Vec<(&'static str, &'static str)>, Diagnostic> {
    let mut layouts: Vec<(&str, &str)> = Vec::new();
    for piece in pieces {
        let Some((_, files)) = PIECES.iter().find(|(name, _)| name == piece) else {
            let names: Vec<&str> = PIECES.iter().map(|(name, _)| *name).collect();
            return Err(
                Diagnostic::error("new-project", format!("there is no piece `{piece}`")).hint(
                    suggest(
                        piece,
                        names.iter().copied(),
                        &format!("the pieces are {}", names.join(", ")),
                    ),
                ),
            );
        };
        for file in files.iter() {
            if !layouts.iter().any(|(name, _)| *name == file.0) {
                layouts.push(*file);
            }
        }
    }
    Ok(layouts)
}

/// The chosen locales besides English, each once, each one flyer has a starter for.
fn chosen_locales(
    wanted: &[String],
    starters: &BTreeMap<String, StarterLocale>,
) -> Result<Vec<String>, Diagnostic> {
    let mut locales: Vec<String> = Vec::new();
    for code in wanted.iter().filter(|c| c.as_str() != "en") {
        if !starters.contains_key(code) {
            return Err(Diagnostic::error(
                "new-project",
                format!("flyer has no starter text in `{code}`"),
            )
            .hint(suggest(
                code,
                starters.keys().map(String::as_str),
                &format!(
                    "choose among {}; add other languages afterwards (README: \"Add a locale\")",
                    starters.keys().cloned().collect::<Vec<_>>().join(", ")
                ),
            )));
        }
        if !locales.contains(code) {
            locales.push(code.clone());
        }
    }
    Ok(locales)
}

fn refuse_non_empty(dir: &Path) -> Result<(), Diagnostic> {
    let has_files = std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some());
    if has_files || dir.is_file() {
        return Err(Diagnostic::error(
            "new-project",
            format!("{} already exists and is not empty", dir.display()),
        )
        .hint("name a new folder; flyer new never writes over files"));
    }
    Ok(())
}

fn cannot_create(dir: &Path, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error(
        "new-project",
        format!("cannot create the project in {}: {e}", dir.display()),
    )
    .hint("check that the folder above it exists and is writable")
}

/// The starter manifest with the chosen layouts and a `[[locale]]` entry each.
fn manifest_text(
    layouts: &[(&str, &str)],
    locales: &[String],
    starters: &BTreeMap<String, StarterLocale>,
) -> String {
    let names: Vec<String> = (layouts.iter())
        .filter(|(name, _)| !name.contains('/'))
        .map(|(name, _)| format!("\"{name}\""))
        .collect();
    let mut text = STARTER_MANIFEST.replace("@LAYOUTS@", &names.join(", "));
    text.push_str(
        "\n[[locale]]\ncode = \"en\"\nname = \"English\"\nnative = \"English\"\nstatus = \"reviewed\"\nreviewed-by = \"the source text\"\n",
    );
    for code in locales {
        let starter = &starters[code];
        text.push_str(&format!(
            "\n[[locale]]\ncode = \"{code}\"\nname = \"{}\"\nnative = \"{}\"\nstatus = \"draft\"\n",
            starter.name, starter.native
        ));
    }
    text
}

/// A locale's file: the English file's notes above each message, the starter's
/// translation as its text.
fn translation_text(code: &str, starter: &StarterLocale) -> String {
    let mut text = format!(
        "### The starter text in {} ({code}): a first draft, for a native speaker to\n### review and to translate again when the English changes.\n",
        starter.name
    );
    let body = STARTER_SOURCE.lines().skip_while(|l| l.starts_with("###"));
    for line in body {
        let id = line.split_once(" = ").map(|(id, _)| id);
        match id.and_then(|id| starter.text.get(id).map(|t| (id, t))) {
            Some((id, translation)) => text.push_str(&format!("{id} = {translation}\n")),
            None => text.push_str(&format!("{line}\n")),
        }
    }
    text
}

/// Copies the built-in fonts that draw the project's locales into its `fonts/`,
/// with their licence; returns the files written. The font book then finds the
/// same faces in fonts/, so the PDFs do not change.
pub fn vendor_fonts(session: &Session) -> Result<Vec<PathBuf>, Diagnostic> {
    let book = &session.book;
    let mut families: Vec<&str> = Vec::new();
    for faces in session.faces_by_locale().values() {
        families.extend(faces.iter().map(|&f| book.face(f).family.as_str()));
    }
    let mut files: Vec<&str> = Vec::new();
    for face in book
        .faces
        .iter()
        .filter(|f| f.built_in && families.contains(&f.family.as_str()))
    {
        let file = face
            .path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if !files.contains(&file) {
            files.push(file);
        }
    }
    let dir = session.project.root.join("fonts");
    std::fs::create_dir_all(&dir).map_err(|e| cannot_create(&dir, &e))?;
    let mut written = Vec::new();
    for font in BUILTIN_FONTS.iter().filter(|f| files.contains(&f.file)) {
        written.push(vendor_file(&dir, font.file, font.data)?);
    }
    if !written.is_empty() && !dir.join("OFL.txt").exists() {
        written.push(vendor_file(&dir, "OFL.txt", BUILTIN_LICENSE.as_bytes())?);
    }
    Ok(written)
}

/// Writes one file into fonts/, unless a different file has its name.
fn vendor_file(dir: &Path, name: &str, data: &[u8]) -> Result<PathBuf, Diagnostic> {
    let path = dir.join(name);
    if std::fs::symlink_metadata(&path).is_ok() {
        if std::fs::read(&path).is_ok_and(|old| old == data) {
            return Ok(Path::new("fonts").join(name));
        }
        return Err(Diagnostic::error(
            "font-vendor",
            format!("fonts/{name} exists and differs from flyer's built-in {name}"),
        )
        .hint(
            "flyer never overwrites a font: rename or remove yours, or keep it and skip --vendor",
        ));
    }
    let absolute = std::path::absolute(&path).map_err(|e| cannot_create(dir, &e))?;
    write_atomically(&absolute, data)?;
    Ok(Path::new("fonts").join(name))
}
