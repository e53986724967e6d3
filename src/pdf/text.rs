//! How glyphs map back to text (ToUnicode and /ActualText): the one place that
//! decides what a reader, a search or a copy-paste gets.
//!
//! The rule (krilla's): each glyph of a face keeps ONE ToUnicode string, the first
//! text it stood alone for, never overwritten. A cluster its glyphs cannot express
//! that way (several glyphs, a reordered or ligated cluster, a glyph already mapped
//! to other text, or several characters in right-to-left text) is shown inside a
//! `/Span` with `/ActualText`.
//!
//! Right-to-left text is written in visual order, and readers put it back in
//! logical order themselves. Two things follow, measured with PDFium (Chrome's
//! reader, the one to satisfy for Arabic and Dari):
//! - a mirrored character (a parenthesis) maps to the glyph it looks like, since
//!   readers mirror it back;
//! - the /ActualText of a multi-character cluster (a letter with harakat) is wrapped
//!   in RLE ... PDF (U+202B, U+202C): without them PDFium moves the cluster's first
//!   letter to the start of the word. poppler instead reverses the characters of any
//!   multi-character cluster; its right-to-left figures are reported, not relied on.

use crate::layout::TextLine;
use crate::text::fonts::{is_default_ignorable, FaceId};
use std::collections::BTreeMap;
use std::ops::Range;

/// The text a cluster extracts to: its characters without bidi controls,
/// isolates and other default-ignorable characters; in right-to-left runs, a
/// single mirrored character as the glyph shows it.
pub fn cluster_text(text: &str, cluster: &Range<usize>, rtl: bool) -> String {
    let chars: Vec<char> = text[cluster.clone()]
        .chars()
        .filter(|&c| !is_default_ignorable(c))
        .collect();
    match chars[..] {
        [c] if rtl => mirrored(c).to_string(),
        _ => chars.into_iter().collect(),
    }
}

/// The /ActualText of a cluster its glyphs cannot express (see the module docs).
pub fn actual_text(text: &str, cluster: &Range<usize>, rtl: bool) -> String {
    let logical: String = text[cluster.clone()]
        .chars()
        .filter(|&c| !is_default_ignorable(c))
        .collect();
    if rtl && logical.chars().count() > 1 {
        format!("\u{202B}{logical}\u{202C}")
    } else {
        logical
    }
}

fn mirrored(c: char) -> char {
    use icu_properties::props::BidiMirroringGlyph;
    use icu_properties::CodePointMapData;
    CodePointMapData::<BidiMirroringGlyph>::new()
        .get(c)
        .mirroring_glyph
        .unwrap_or(c)
}

/// ToUnicode strings per face and original glyph id.
#[derive(Default)]
pub struct UnicodeMap {
    map: BTreeMap<(FaceId, u16), String>,
}

impl UnicodeMap {
    /// Pass one: every single-glyph cluster claims its glyph's mapping, first come.
    pub fn build<'a>(lines: impl Iterator<Item = &'a TextLine>) -> UnicodeMap {
        let mut map = BTreeMap::new();
        for line in lines {
            for run in &line.line.runs {
                for cluster in clusters(&run.glyphs) {
                    if cluster.len() == 1 {
                        let g = &run.glyphs[cluster.start];
                        let text = cluster_text(&line.text, &g.cluster, run.rtl);
                        if !text.is_empty() {
                            map.entry((run.face, g.gid)).or_insert(text);
                        }
                    }
                }
            }
        }
        UnicodeMap { map }
    }

    pub fn get(&self, face: FaceId, gid: u16) -> &str {
        self.map.get(&(face, gid)).map_or("", String::as_str)
    }

    /// Whether the glyphs of a cluster extract to its text without help.
    pub fn expresses(&self, face: FaceId, gids: &[u16], text: &str, rtl: bool) -> bool {
        match gids {
            [] => true,
            [gid] => self.get(face, *gid) == text && !(rtl && text.chars().count() > 1),
            _ => false,
        }
    }
}

/// Index ranges of consecutive glyphs that share a cluster, in the order given.
pub fn clusters(glyphs: &[crate::text::Glyph]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for (i, g) in glyphs.iter().enumerate() {
        match out.last_mut() {
            Some(last) if glyphs[last.start].cluster == g.cluster => last.end = i + 1,
            _ => out.push(i..i + 1),
        }
    }
    out
}

/// A PDF text string: UTF-16BE with a byte order mark.
pub fn utf16be(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    bytes
}
