//! Itemizing: split a paragraph into runs of one bidi level, one script and one face.
//!
//! Faces are chosen per grapheme by coverage along the font book's chain, so a
//! character no face has is found here, before anything is drawn.

use super::fonts::{is_default_ignorable, FaceId, FontBook};
use crate::diag::Diagnostic;
use crate::spec::Weight;
use std::ops::Range;
use std::sync::Arc;
use unicode_bidi::{Level, ParagraphBidiInfo};
use unicode_script::{Script, UnicodeScript};

/// A run of text with one bidi level, script and face.
#[derive(Debug, Clone)]
pub struct Item {
    pub range: Range<usize>,
    pub level: Level,
    /// ISO 15924 code, e.g. `Arab`.
    pub script: &'static str,
    pub face: FaceId,
}

/// A character that no face in the chain has.
#[derive(Debug, Clone)]
pub struct MissingGlyph {
    pub ch: char,
    pub offset: usize,
    pub tried: Vec<String>,
}

impl MissingGlyph {
    pub fn to_diagnostic(&self) -> Diagnostic {
        Diagnostic::error(
            "glyph-missing",
            format!(
                "no font has the character {:?} (U+{:04X} {})",
                self.ch,
                self.ch as u32,
                char_name(self.ch)
            ),
        )
        .hint(format!(
            "fonts tried: {}. Add a font that covers it to fonts/ (or a folder in [fonts] folders), or remove the character",
            self.tried.join(", ")
        ))
    }
}

/// The character's Unicode name, e.g. `KHMER SIGN COENG`.
pub fn char_name(c: char) -> String {
    unicode_names2::name(c).map_or_else(|| "(unnamed character)".to_string(), |n| n.to_string())
}

/// Splits `text` into items. `bidi` is the paragraph's bidi analysis.
pub fn itemize(
    text: &str,
    bidi: &ParagraphBidiInfo,
    book: &FontBook,
    locale: &str,
    weight: Weight,
) -> Result<Vec<Item>, MissingGlyph> {
    Analysis::of(text).items(&bidi.levels, book, locale, weight)
}

/// What itemizing needs to know of a text besides its fonts and bidi levels:
/// each byte's script, and the grapheme boundaries.
struct Analysis<'t> {
    text: &'t str,
    scripts: Vec<&'static str>,
    graphemes: Vec<usize>,
}

impl<'t> Analysis<'t> {
    fn of(text: &'t str) -> Analysis<'t> {
        Analysis {
            text,
            scripts: resolve_scripts(text),
            graphemes: grapheme_bounds(text),
        }
    }

    /// The text's items at `weight` ([`itemize`]); `levels` are its bytes' bidi levels.
    fn items(
        &self,
        levels: &[Level],
        book: &FontBook,
        locale: &str,
        weight: Weight,
    ) -> Result<Vec<Item>, MissingGlyph> {
        let Analysis {
            text,
            scripts,
            graphemes,
        } = self;
        let mut items: Vec<Item> = Vec::new();
        // Each script's font chain, worked out once per paragraph.
        let mut chains: Vec<(&str, Arc<[FaceId]>)> = Vec::new();
        for pair in graphemes.windows(2) {
            let (start, end) = (pair[0], pair[1]);
            let level = levels[start];
            let script = scripts[start];
            let cluster = &text[start..end];
            let chain = match chains.iter().position(|(s, _)| same_script(s, script)) {
                Some(i) => &chains[i].1,
                None => {
                    chains.push((script, book.chain(locale, script, weight)));
                    &chains[chains.len() - 1].1
                }
            };
            let needs = || cluster.chars().filter(|&c| needs_glyph(c));
            let covers = |f: &FaceId| needs().all(|c| book.face(*f).has_char(c));
            // Keep the previous face when it covers this grapheme: spaces and punctuation
            // stay in the run they sit in.
            let previous = items
                .last()
                .filter(|it| it.level == level && same_script(it.script, script))
                .map(|it| it.face);
            let face = if needs().next().is_none() {
                previous.or_else(|| chain.first().copied())
            } else {
                (previous.filter(covers)).or_else(|| chain.iter().copied().find(covers))
            };
            let Some(face) = face else {
                let ch = needs()
                    .find(|&c| !chain.iter().any(|f| book.face(*f).has_char(c)))
                    .or_else(|| needs().next())
                    .unwrap_or('\u{FFFD}');
                let mut tried: Vec<String> =
                    chain.iter().map(|f| book.face(*f).family.clone()).collect();
                tried.dedup();
                return Err(MissingGlyph {
                    ch,
                    offset: start,
                    tried,
                });
            };
            match items.last_mut() {
                Some(last)
                    if last.level == level
                        && same_script(last.script, script)
                        && last.face == face =>
                {
                    last.range.end = end;
                }
                _ => items.push(Item {
                    range: start..end,
                    level,
                    script,
                    face,
                }),
            }
        }
        Ok(items)
    }

    /// The faces [`Analysis::items`] picks at `weight` when the first face of
    /// each grapheme's script chain covers it, found without bidi levels or
    /// items; `None` when one grapheme needs a later face.
    ///
    /// Exact: `items` gives a grapheme the run's previous face or the chain's
    /// first that covers it, and here every run's previous face is its
    /// script's first, so every grapheme gets its script's first face at any
    /// level. Most paragraphs are this case; the Latin words in an Arabic or
    /// Khmer text are drawn by their own script's chain.
    fn first_faces(&self, book: &FontBook, locale: &str, weight: Weight) -> Option<Vec<FaceId>> {
        let mut firsts: Vec<(&str, FaceId)> = Vec::new();
        for pair in self.graphemes.windows(2) {
            let script = self.scripts[pair[0]];
            let first = match firsts.iter().find(|(s, _)| same_script(s, script)) {
                Some(&(_, face)) => face,
                None => {
                    let face = *book.chain(locale, script, weight).first()?;
                    firsts.push((script, face));
                    face
                }
            };
            let face = book.face(first);
            let cluster = &self.text[pair[0]..pair[1]];
            if !(cluster.chars().filter(|&c| needs_glyph(c))).all(|c| face.has_char(c)) {
                return None;
            }
        }
        Some(firsts.into_iter().map(|(_, face)| face).collect())
    }
}

/// Whether a character is drawn with a glyph: default-ignorable characters
/// (joiners, isolates) and controls are not, so any face may carry them.
fn needs_glyph(c: char) -> bool {
    !is_default_ignorable(c) && !c.is_control()
}

/// The faces that draw `text` in `locale`, in regular and in bold: the same
/// choices a layout makes, for `flyer list` and `flyer fonts --vendor`.
/// Characters no face has are skipped here; the build reports them.
pub fn faces_drawing(text: &str, book: &FontBook, locale: &str) -> Vec<FaceId> {
    // Analysed once for both weights; bidi levels only when a weight needs items.
    let analysis = Analysis::of(text);
    let mut bidi = None;
    let mut faces = Vec::new();
    for weight in [Weight::Regular, Weight::Bold] {
        if let Some(firsts) = analysis.first_faces(book, locale, weight) {
            faces.extend(firsts);
            continue;
        }
        let bidi = bidi.get_or_insert_with(|| ParagraphBidiInfo::new(text, None));
        if let Ok(items) = analysis.items(&bidi.levels, book, locale, weight) {
            faces.extend(items.iter().map(|item| item.face));
        }
    }
    faces.sort();
    faces.dedup();
    faces
}

/// The script of every byte's character, with Common and Inherited characters
/// (spaces, digits, punctuation, marks) given the script of the text around them.
fn resolve_scripts(text: &str) -> Vec<&'static str> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut resolved: Vec<Option<Script>> = chars
        .iter()
        .map(|&(_, c)| match c.script() {
            Script::Common | Script::Inherited | Script::Unknown => None,
            s => Some(s),
        })
        .collect();
    // Forward: inherit from the previous real script; then backward for a leading run.
    let mut last = None;
    for s in resolved.iter_mut() {
        match s {
            Some(real) => last = Some(*real),
            None => *s = last,
        }
    }
    let first_real = resolved
        .iter()
        .flatten()
        .next()
        .copied()
        .unwrap_or(Script::Latin);
    let mut by_byte = vec!["Latn"; text.len()];
    for (i, &(offset, c)) in chars.iter().enumerate() {
        let script = resolved[i].unwrap_or(first_real);
        for b in by_byte.iter_mut().skip(offset).take(c.len_utf8()) {
            *b = iso_code(script);
        }
    }
    by_byte
}

/// Whether two ISO 15924 codes are the same. They come from one static
/// table, so the same code is usually the same pointer.
fn same_script(a: &str, b: &str) -> bool {
    std::ptr::eq(a, b) || a == b
}

fn iso_code(script: Script) -> &'static str {
    script.short_name()
}

/// Byte offsets of grapheme cluster boundaries, including 0 and the end.
pub fn grapheme_bounds(text: &str) -> Vec<usize> {
    use icu_segmenter::GraphemeClusterSegmenter;
    GraphemeClusterSegmenter::new().segment_str(text).collect()
}

/// The paragraph level for a direction.
pub fn base_level(rtl: bool) -> Level {
    if rtl {
        Level::rtl()
    } else {
        Level::ltr()
    }
}

/// The ISO 15924 code of the script most of `text`'s letters are in (the
/// first of them on a tie), Latin for text without letters of a script.
pub fn main_script(text: &str) -> &'static str {
    let mut counts: Vec<(Script, usize)> = Vec::new();
    for script in text.chars().map(|c| c.script()) {
        if matches!(script, Script::Common | Script::Inherited | Script::Unknown) {
            continue;
        }
        match counts.iter_mut().find(|(s, _)| *s == script) {
            Some((_, n)) => *n += 1,
            None => counts.push((script, 1)),
        }
    }
    // `max_by_key` keeps the last of equals: reversed, the first seen wins.
    let main = counts.into_iter().rev().max_by_key(|&(_, n)| n);
    main.map_or("Latn", |(s, _)| iso_code(s))
}

/// The ISO 15924 code of the first letter of `text` that has a script of its own
/// (`flyer list` shows each locale's script from its native name).
pub fn script_of(text: &str) -> &'static str {
    text.chars()
        .map(|c| c.script())
        .find(|s| !matches!(s, Script::Common | Script::Inherited | Script::Unknown))
        .map_or("Zyyy", iso_code)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The faces `items` picks for `text` at `weight`, sorted.
    fn faces_of_items(text: &str, locale: &str, weight: Weight) -> Option<Vec<FaceId>> {
        let bidi = ParagraphBidiInfo::new(text, None);
        let book = crate::text::tests::book();
        let items = Analysis::of(text).items(&bidi.levels, book, locale, weight);
        let mut faces: Vec<FaceId> = items.ok()?.iter().map(|item| item.face).collect();
        faces.sort();
        faces.dedup();
        Some(faces)
    }

    #[test]
    fn the_first_faces_shortcut_picks_what_items_pick() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        // Every line of every translation, in its own locale and in two others,
        // and mixtures where a grapheme's script chain must go past its first face.
        let mut texts: Vec<(String, String)> = Vec::new();
        let dirs = std::fs::read_dir(&root).unwrap().map(|e| e.unwrap().path());
        for dir in dirs.filter(|d| d.is_dir()) {
            let code = dir.file_name().unwrap().to_string_lossy().to_string();
            for file in std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()) {
                for line in std::fs::read_to_string(file).unwrap().lines() {
                    for locale in [code.as_str(), "en", "zh-Hans"] {
                        texts.push((line.to_string(), locale.to_string()));
                    }
                }
            }
        }
        let mixtures = [
            "A\u{17B6} ka", // a Latin letter carrying a Khmer vowel sign
            "ខ្មែរ CSEC 1-800 ខ្មែរ",
            "الخط الساخن 1-800-792-5200 (Children's Cove)",
            "\u{0301}leading mark",
            "简体中文 and ភាសា and ગુજરાતી",
            "\u{200D}\u{2068}\u{2069}",
            "",
        ];
        for text in mixtures {
            for locale in ["en", "km", "ar", "zh-Hans", "gu"] {
                texts.push((text.to_string(), locale.to_string()));
            }
        }
        let book = crate::text::tests::book();
        let (mut short, mut long) = (0, 0);
        for (text, locale) in &texts {
            let analysis = Analysis::of(text);
            for weight in [Weight::Regular, Weight::Bold] {
                let Some(mut firsts) = analysis.first_faces(book, locale, weight) else {
                    long += 1;
                    continue;
                };
                short += 1;
                firsts.sort();
                firsts.dedup();
                let items = faces_of_items(text, locale, weight);
                assert_eq!(Some(firsts), items, "{text:?} in {locale} at {weight:?}");
            }
        }
        // Both ways were taken: the shortcut for most text, items for the rest.
        assert!(short > 1000 && long > 10, "shortcut {short}, items {long}");
    }

    #[test]
    fn the_main_script_is_the_one_most_letters_are_in() {
        // A Khmer sentence with the English abbreviation it keeps.
        assert_eq!(main_script("ការកេងប្រវ័ញ្ច (CSEC) លើកុមារ"), "Khmr");
        // An English name in a short Arabic phrase does not outweigh it.
        assert_eq!(
            main_script("خط Children's Cove الساخن للأطفال المعرضين"),
            "Arab"
        );
        assert_eq!(main_script("Children's Cove"), "Latn");
        // Digits and punctuation have no script of their own.
        assert_eq!(main_script("1-800-792-5200"), "Latn");
        assert_eq!(main_script("ab гд"), "Latn");
    }
}
