//! The font book: every face in `fonts/` (and the manifest's extra folders), then
//! the built-in faces the project lacks, loaded once per process; and the fallback
//! chain that picks faces for a run of text.

use super::builtin_fonts::{BUILTIN_FONTS, DEFAULT_FALLBACK, DEFAULT_PREFER};
use crate::diag::{file_location, Diagnostic};
use crate::manifest::FontSettings;
use crate::outputs::Memo;
use crate::project::{Input, Project};
use crate::spec::Weight;
use harfrust::font::Font;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

/// Index of a face in the font book.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FaceId(pub usize);

/// One face of a font file (a `.ttc` holds several).
pub struct Face {
    pub family: String,
    /// OS/2 weight class (400 regular, 700 bold).
    pub weight: f32,
    /// The file, as shown to users.
    pub path: PathBuf,
    /// The whole file, shared by all its faces: read from disk, or built in.
    pub data: FontData,
    /// Built into flyer, not one of the project's files.
    pub built_in: bool,
    pub index: u32,
    pub font: Font,
    pub units_per_em: f32,
    /// Height above the baseline, in em.
    pub ascent: f32,
    /// Depth below the baseline, in em (positive).
    pub descent: f32,
    /// Which of U+0000..U+00FF the face has, found on the first question about
    /// one: spaces, digits and Latin letters are most of what itemizing asks.
    latin1: OnceLock<[u64; 4]>,
    /// Glyphs' ink boxes found so far: a CFF glyph's is its outline run
    /// (23,000 instructions in a CJK face), and text repeats glyphs.
    inks: Mutex<HashMap<u16, Option<InkBox>>>,
}

/// A glyph's ink bounding box, from its origin, in em; y is up, so `top` is
/// above the baseline when positive and `bottom` below it when negative.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct InkBox {
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
}

/// A font file's bytes.
pub type FontData = Arc<dyn AsRef<[u8]> + Send + Sync>;

/// Where built-in faces say they come from, in messages and `flyer list`.
pub const BUILTIN_FOLDER: &str = "<built-in>";

impl Face {
    /// The whole font file.
    pub fn bytes(&self) -> &[u8] {
        (*self.data).as_ref()
    }

    /// The font's version (name id 5's number), e.g. `2.013`: which fonts
    /// a build used, for reproducing it.
    pub fn version(&self) -> String {
        let names = self.font.names();
        (names.get(read_fonts::types::NameId::VERSION_STRING))
            .and_then(|n| n.english_or_first())
            .map(|n| {
                // "Version 2.004; ttfautohint (…)": the number is what tells fonts apart.
                let full = n.name().to_string();
                let first = full.split(';').next().unwrap_or_default().trim();
                first.trim_start_matches("Version ").to_string()
            })
            .unwrap_or_default()
    }

    pub fn has_char(&self, c: char) -> bool {
        let Ok(low @ 0..=0xFF) = u8::try_from(c as u32).map(usize::from) else {
            return self.maps(c);
        };
        let bits = self.latin1.get_or_init(|| {
            let mut bits = [0u64; 4];
            for (i, c) in (0..=0xFFu8).map(char::from).enumerate() {
                if self.maps(c) {
                    bits[i / 64] |= 1 << (i % 64);
                }
            }
            bits
        });
        bits[low / 64] & (1 << (low % 64)) != 0
    }

    /// Whether the face's `cmap` maps `c` to a glyph.
    fn maps(&self, c: char) -> bool {
        self.font.charmap().map_unicode(c).is_some()
    }

    /// How far a glyph's ink reaches above and below the baseline, in em (top, bottom).
    pub fn ink(&self, gid: u16) -> Option<(f32, f32)> {
        self.ink_box(gid).map(|b| (b.top, b.bottom))
    }

    /// The bounding box of a glyph's outline, from its origin, in em (y up);
    /// `None` for a glyph without ink (a space).
    pub fn ink_box(&self, gid: u16) -> Option<InkBox> {
        self.ink_boxes([gid]).pop().flatten()
    }

    /// [`Face::ink_box`] of each glyph, in order: those not asked for before
    /// measured together (a CFF face's outline set-up is then made once).
    pub fn ink_boxes(&self, gids: impl IntoIterator<Item = u16>) -> Vec<Option<InkBox>> {
        let inks = || self.inks.lock().unwrap_or_else(|e| e.into_inner());
        let gids: Vec<u16> = gids.into_iter().collect();
        let mut new: Vec<u16> = {
            let known = inks();
            gids.iter()
                .copied()
                .filter(|g| !known.contains_key(g))
                .collect()
        };
        new.sort_unstable();
        new.dedup();
        if !new.is_empty() {
            let mut found: Vec<Option<InkBox>> = vec![None; new.len()];
            let em = self.units_per_em;
            let to_box = |e: Option<
                read_fonts::model::metrics::GlyphExtents<read_fonts::types::F48Dot16>,
            >| {
                let e = e?;
                let (x, y, w, h): (f32, f32, f32, f32) = (
                    e.x_bearing.to_f32(),
                    e.y_bearing.to_f32(),
                    e.width.to_f32(),
                    e.height.to_f32(),
                );
                (h > 0.0).then(|| InkBox {
                    left: x / em,
                    right: (x + w) / em,
                    top: y / em,
                    bottom: (y - h) / em,
                })
            };
            let slots = new
                .iter()
                .map(|&g| harfrust::GlyphId::new(g as u32))
                .zip(&mut found);
            // Measured without the lock: another core may shape with this face.
            self.font.glyph_metrics().extents_batched(to_box, slots);
            inks().extend(new.into_iter().zip(found));
        }
        let known = inks();
        gids.iter()
            .map(|g| known.get(g).copied().flatten())
            .collect()
    }

    /// A glyph's advance in em.
    pub fn advance(&self, gid: u16) -> f32 {
        self.font
            .glyph_metrics()
            .h_advance(harfrust::GlyphId::new(gid as u32))
            / self.units_per_em
    }
}

pub struct FontBook {
    pub faces: Vec<Face>,
    /// Families tried in order for any text.
    fallback: Vec<String>,
    /// Families tried first for a locale or a script.
    prefer: BTreeMap<String, Vec<String>>,
    /// [`FontBook::chain`]'s answers: itemizing asks once per paragraph and
    /// script, and working one out compares every face's family name.
    chains: Memo<ChainKey, Arc<[FaceId]>>,
}

/// A chain's locale, script and weight.
type ChainKey = (String, String, Weight);

impl FontBook {
    /// Loads every .ttf, .otf and .ttc file directly inside `folders` (each
    /// inside the project), in name order, each read by the project's rule; then,
    /// unless the settings turn them off, the built-in faces whose family and
    /// weight no project face has.
    pub fn load(
        project: &Project,
        folders: &[(PathBuf, PathBuf)],
        settings: &FontSettings,
    ) -> Result<FontBook, Diagnostic> {
        let mut faces = Vec::new();
        for (folder, shown_folder) in folders {
            for path in font_files(project, folder, shown_folder)? {
                let shown = shown_folder.join(path.file_name().unwrap_or_default());
                let bytes = project.map_input(&path, Input::FONT)?;
                faces.extend(load_file(Arc::new(bytes), &shown, false)?);
            }
        }
        if settings.built_in {
            for font in BUILTIN_FONTS {
                let shown = Path::new(BUILTIN_FOLDER).join(font.file);
                let built_in = load_file(Arc::new(font.data), &shown, true)?;
                let missing: Vec<Face> = built_in
                    .into_iter()
                    .filter(|b| {
                        !faces
                            .iter()
                            .any(|f| f.family == b.family && f.weight == b.weight)
                    })
                    .collect();
                faces.extend(missing);
            }
        }
        if faces.is_empty() {
            return Err(Diagnostic::error("font-missing", "no fonts found").hint(
                "put .ttf, .otf or .ttc files in fonts/, or remove `built-in = false` from [fonts] in flyer.toml",
            ));
        }
        let owned = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let prefer = settings.prefer.clone().unwrap_or_else(|| {
            DEFAULT_PREFER
                .iter()
                .map(|(key, family)| (key.to_string(), vec![family.to_string()]))
                .collect()
        });
        Ok(FontBook {
            faces,
            fallback: (settings.fallback.clone()).unwrap_or_else(|| owned(DEFAULT_FALLBACK)),
            prefer,
            chains: Memo::default(),
        })
    }

    pub fn face(&self, id: FaceId) -> &Face {
        &self.faces[id.0]
    }

    /// Faces to try, in order, for text of `script` (ISO 15924) in `locale` at `weight`:
    /// the manifest's preferences for the locale, its language and the script, then its
    /// fallback list, then every other family in the book.
    pub fn chain(&self, locale: &str, script: &str, weight: Weight) -> Arc<[FaceId]> {
        let key = (locale.to_string(), script.to_string(), weight);
        (self.chains).get(key, || self.work_out_chain(locale, script, weight).into())
    }

    fn work_out_chain(&self, locale: &str, script: &str, weight: Weight) -> Vec<FaceId> {
        let language = locale.split('-').next().unwrap_or(locale);
        let mut families: Vec<&str> = Vec::new();
        for key in [locale, language, script] {
            if let Some(list) = self.prefer.get(key) {
                families.extend(list.iter().map(String::as_str));
            }
        }
        families.extend(self.fallback.iter().map(String::as_str));
        families.extend(self.faces.iter().map(|f| f.family.as_str()));
        let mut seen = Vec::new();
        let mut chain = Vec::new();
        for family in families {
            if seen.contains(&family) {
                continue;
            }
            seen.push(family);
            if let Some(face) = self.best_face(family, weight) {
                chain.push(face);
            }
        }
        chain
    }

    /// The face of `family` that CSS would draw text of `weight` with (see
    /// [`weight_rank`]): bold text gets the family's bold, or a heavier face,
    /// before a lighter one.
    fn best_face(&self, family: &str, weight: Weight) -> Option<FaceId> {
        let want = match weight {
            Weight::Regular => 400.0,
            Weight::Bold => 700.0,
        };
        let faces = self.faces.iter().enumerate();
        let of_family = faces.filter(|(_, f)| f.family.eq_ignore_ascii_case(family));
        best_weight(want, of_family.map(|(i, f)| (FaceId(i), f.weight)))
    }

    /// Families known to the book, for error messages.
    pub fn families(&self) -> Vec<String> {
        let mut names: Vec<String> = self.faces.iter().map(|f| f.family.clone()).collect();
        names.dedup();
        names
    }

    /// Families named in the settings that no face has: reported by `flyer check`.
    pub fn unknown_families(&self) -> Vec<String> {
        let known = self.families();
        let named = self.fallback.iter().chain(self.prefer.values().flatten());
        let mut unknown: Vec<String> = named
            .filter(|n| !known.iter().any(|k| k.eq_ignore_ascii_case(n)))
            .cloned()
            .collect();
        unknown.sort();
        unknown.dedup();
        unknown
    }
}

/// The candidate whose weight serves text of weight `want` best ([`weight_rank`]).
fn best_weight<T>(want: f32, candidates: impl Iterator<Item = (T, f32)>) -> Option<T> {
    let best = candidates.min_by(|(_, a), (_, b)| {
        let (a, b) = (weight_rank(want, *a), weight_rank(want, *b));
        a.0.cmp(&b.0).then(a.1.total_cmp(&b.1))
    });
    best.map(|(candidate, _)| candidate)
}

/// How well a face of weight `have` serves text of weight `want`, lower is
/// better: the CSS font matching rule (CSS Fonts 4, 5.2, font-weight). Above
/// 500 the heavier faces come first, nearest first, then the lighter ones;
/// from 400 to 500 the faces up to 500, then the lighter, then the heavier;
/// below 400 the lighter, then the heavier. Nearest distance alone takes a
/// 500 over a 900 for bold, which CSS (and a reader) would not.
fn weight_rank(want: f32, have: f32) -> (u8, f32) {
    let distance = (have - want).abs();
    let tier = if want > 500.0 {
        u8::from(have < want)
    } else if want >= 400.0 {
        match have {
            h if h >= want && h <= 500.0 => 0,
            h if h < want => 1,
            _ => 2,
        }
    } else {
        u8::from(have > want)
    };
    (tier, distance)
}

/// The font files directly inside `folder`, in name order.
fn font_files(project: &Project, folder: &Path, shown: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    project.input_dir(folder, "font folder")?;
    let mut paths: Vec<PathBuf> = std::fs::read_dir(folder)
        .map_err(|e| {
            Diagnostic::error(
                "font-folder",
                format!("cannot read font folder {}: {e}", shown.display()),
            )
            .hint("check [fonts] folders in flyer.toml")
        })?
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.extension().and_then(|x| x.to_str()).is_some_and(|x| {
                matches!(
                    x.to_ascii_lowercase().as_str(),
                    "ttf" | "otf" | "ttc" | "otc"
                )
            })
        })
        .collect();
    paths.sort();
    Ok(paths)
}

fn load_file<T: AsRef<[u8]> + Send + Sync + 'static>(
    data: Arc<T>,
    shown: &Path,
    built_in: bool,
) -> Result<Vec<Face>, Diagnostic> {
    let bad = |why: String| {
        Diagnostic::error(
            "font-unreadable",
            format!("cannot use font file {}: {why}", shown.display()),
        )
        .at(file_location(shown))
        .hint("replace it with a valid .ttf, .otf or .ttc file, or remove it from the font folder")
    };
    let data: FontData = data;
    let bytes = (*data).as_ref();
    let mut faces = Vec::new();
    for index in 0u32.. {
        complete(bytes, index).map_err(bad)?;
        let source = data.clone();
        let Some(font) = Font::new(harfrust::font::Blob::from(source), index) else {
            break;
        };
        let metrics = font.metrics();
        let units_per_em = metrics.units_per_em as f32;
        let line = metrics
            .typo_line
            .filter(|_| metrics.use_typo_metrics)
            .or(metrics.hhea_line);
        let (ascent, descent) = line
            .map(|l| {
                (
                    l.ascender.to_f32() / units_per_em,
                    -l.descender.to_f32() / units_per_em,
                )
            })
            .unwrap_or((0.9, 0.25));
        let family = family_name(&font).unwrap_or_else(|| {
            shown
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("unnamed")
                .to_string()
        });
        let weight = font.default_attributes().weight.value();
        faces.push(Face {
            family,
            weight,
            path: shown.to_path_buf(),
            data: data.clone(),
            built_in,
            index,
            font,
            units_per_em,
            ascent,
            descent,
            latin1: OnceLock::new(),
            inks: Mutex::default(),
        });
        if !bytes.starts_with(b"ttcf") {
            break;
        }
    }
    if faces.is_empty() {
        return Err(bad("not a TrueType or OpenType font".into()));
    }
    Ok(faces)
}

/// Whether face `index` of a font file is whole: every table its directory lists
/// lies inside the file, and the tables shaping and drawing need are there. A
/// truncated file otherwise loads, and its text silently falls to another face.
fn complete(data: &[u8], index: u32) -> Result<(), String> {
    let Ok(font) = read_fonts::FontRef::from_index(data, index) else {
        // Not a font (or no such face in a collection): the caller says so.
        return Ok(());
    };
    for record in font.table_directory().table_records() {
        let end = u64::from(record.offset()) + u64::from(record.length());
        if end > data.len() as u64 {
            return Err(format!(
                "its `{}` table ends at byte {end}, past the end of the file ({} bytes): the file is truncated or damaged",
                record.tag(),
                data.len()
            ));
        }
    }
    let has = |tag: &[u8; 4]| font.table_data(read_fonts::types::Tag::new(tag)).is_some();
    let missing: Vec<&str> = [
        ("cmap", b"cmap"),
        ("head", b"head"),
        ("hhea", b"hhea"),
        ("hmtx", b"hmtx"),
        ("maxp", b"maxp"),
    ]
    .into_iter()
    .filter(|(_, tag)| !has(tag))
    .map(|(name, _)| name)
    .collect();
    if !missing.is_empty() || !(has(b"glyf") || has(b"CFF ") || has(b"CFF2")) {
        return Err(format!(
            "it lacks tables every font needs ({})",
            if missing.is_empty() {
                "outlines".to_string()
            } else {
                missing.join(", ")
            }
        ));
    }
    Ok(())
}

/// The face's family name: typographic family (name id 16) if present, else id 1.
fn family_name(font: &Font) -> Option<String> {
    use read_fonts::types::NameId;
    let names = font.names();
    for id in [NameId::TYPOGRAPHIC_FAMILY_NAME, NameId::FAMILY_NAME] {
        if let Some(name) = names.get(id).and_then(|n| n.english_or_first()) {
            return Some(name.name().to_string());
        }
    }
    None
}

/// Characters that never need a glyph: bidi controls, joiners, variation selectors.
pub fn is_default_ignorable(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{FFF0}'..='\u{FFF8}' | '\u{E0000}'..='\u{E0FFF}')
}

/// The font files of the book, each once, with their faces: for `flyer list`.
pub fn files(book: &FontBook) -> Vec<(&Path, Vec<&Face>)> {
    let mut files: Vec<(&Path, Vec<&Face>)> = Vec::new();
    for face in &book.faces {
        match files.last_mut() {
            Some((path, faces)) if *path == face.path.as_path() => faces.push(face),
            _ => files.push((&face.path, vec![face])),
        }
    }
    files
}

#[cfg(test)]
mod tests {
    use super::best_weight;

    /// The weight of the face CSS picks for `want` among faces of `weights`.
    fn picked(want: f32, weights: &[f32]) -> f32 {
        best_weight(want, weights.iter().map(|&w| (w, w))).unwrap()
    }

    #[test]
    fn bold_text_takes_the_bold_face_or_a_heavier_one_before_a_lighter() {
        assert_eq!(picked(700.0, &[400.0, 700.0]), 700.0);
        // 500 and 900 are as far from 700: CSS takes the heavier.
        assert_eq!(picked(700.0, &[400.0, 500.0, 900.0]), 900.0);
        assert_eq!(picked(700.0, &[400.0, 600.0, 800.0]), 800.0);
        // A family with no face at or above bold: the heaviest it has.
        assert_eq!(picked(700.0, &[300.0, 400.0, 600.0]), 600.0);
        assert_eq!(picked(700.0, &[400.0]), 400.0);
    }

    #[test]
    fn regular_text_takes_the_regular_face_then_a_lighter_then_a_heavier() {
        assert_eq!(picked(400.0, &[400.0, 700.0]), 400.0);
        assert_eq!(picked(400.0, &[500.0, 700.0]), 500.0);
        // 300 and 500 are as far from 400: CSS takes 500 (up to 500 first).
        assert_eq!(picked(400.0, &[300.0, 500.0]), 500.0);
        assert_eq!(picked(400.0, &[300.0, 600.0]), 300.0);
        assert_eq!(picked(400.0, &[700.0, 900.0]), 700.0);
    }
}
