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

const POSTER_LETTER: &str = include_str!("starter/poster-letter.toml");
const CARD_US: &str = include_str!("starter/card-us.toml");

/// The pieces `flyer new` can write.
const PIECES: &[&str] = &[
    "poster",
    "card",
    "sheet",
    "poster-a4",
    "card-eu",
    "sheet-a4",
];

/// The layout files piece `piece` needs (name under layouts/, text); the A4 and
/// EU pieces are the US ones on another page, and the sheets are the shipped ones.
fn piece_files(piece: &str) -> Option<Vec<(&'static str, String)>> {
    let poster_a4 = || {
        derived(
            POSTER_LETTER,
            &[
                ("US Letter (8.5 x 11 in)", "A4 (210 x 297 mm)"),
                ("on US Letter", "on A4"),
                ("size = \"letter\"", "size = \"a4\""),
            ],
        )
    };
    let card_eu = || {
        derived(
            CARD_US,
            &[
                ("US (3.5 x 2 in)", "EU (85 x 55 mm)"),
                ("3.5 x 2 in", "85 x 55 mm"),
                ("size = \"card-us\"", "size = \"card-eu\""),
                ("bleed = \"0.125in\"", "bleed = \"3mm\""),
            ],
        )
    };
    Some(match piece {
        "poster" => vec![("poster-letter", POSTER_LETTER.to_string())],
        "card" => vec![("card-us", CARD_US.to_string())],
        "sheet" => vec![
            ("card-us", CARD_US.to_string()),
            (
                "sheet-avery-5371",
                include_str!("../../layouts/sheet-avery-5371.toml").to_string(),
            ),
            (
                "sheets/avery-5371",
                include_str!("../../layouts/sheets/avery-5371.toml").to_string(),
            ),
        ],
        "poster-a4" => vec![("poster-a4", poster_a4())],
        "card-eu" => vec![("card-eu", card_eu())],
        "sheet-a4" => vec![
            ("card-eu", card_eu()),
            (
                "sheet-avery-c32011",
                include_str!("../../layouts/sheet-avery-c32011.toml").to_string(),
            ),
            (
                "sheets/avery-c32011",
                include_str!("../../layouts/sheets/avery-c32011.toml").to_string(),
            ),
        ],
        _ => return None,
    })
}

/// `template` with each `(from, to)` replaced (a test checks every `from` is there).
fn derived(template: &str, changes: &[(&str, &str)]) -> String {
    let mut text = template.to_string();
    for (from, to) in changes {
        text = text.replace(from, to);
    }
    text
}

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
            text.clone(),
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
fn chosen_layouts(pieces: &[String]) -> Result<Vec<(&'static str, String)>, Diagnostic> {
    let mut layouts: Vec<(&str, String)> = Vec::new();
    for piece in pieces {
        let Some(files) = piece_files(piece) else {
            return Err(
                Diagnostic::error("new-project", format!("there is no piece `{piece}`")).hint(
                    suggest(
                        piece,
                        PIECES.iter().copied(),
                        &format!("the pieces are {}", PIECES.join(", ")),
                    ),
                ),
            );
        };
        for (name, text) in files {
            if !layouts.iter().any(|(known, _)| *known == name) {
                layouts.push((name, text));
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
    layouts: &[(&str, String)],
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_derived_layout_changes_what_it_means_to() {
        let eu = piece_files("card-eu").unwrap().remove(0).1;
        assert!(eu.contains("size = \"card-eu\"") && eu.contains("bleed = \"3mm\""));
        assert!(
            eu.contains("EU (85 x 55 mm)") && !eu.contains("3.5 x 2"),
            "{eu}"
        );
        let a4 = piece_files("poster-a4").unwrap().remove(0).1;
        assert!(a4.contains("size = \"a4\"") && a4.contains("A4 (210 x 297 mm)"));
        assert!(!a4.contains("letter") && !a4.contains("Letter"), "{a4}");
    }
}
