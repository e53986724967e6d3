//! How glyphs map back to text (ToUnicode and /ActualText), and in what order the
//! glyphs of a line are written: the one place that decides what a reader, a
//! search or a copy-paste gets.
//!
//! ToUnicode (krilla's rule): each glyph of a face keeps ONE string, the first text
//! it stood alone for, never overwritten; a glyph that never stands alone maps to
//! the first letter of a cluster it draws, so every glyph maps to something. A group
//! of glyphs that cannot be read that way (several glyphs, a ligature, a glyph
//! already mapped to other text, several characters in right-to-left text) is shown
//! inside a `/Span` with `/ActualText`.
//!
//! Left-to-right lines are written run by run, one text operator per run. A line
//! of a right-to-left paragraph is written in logical (reading) order, each cluster
//! its own text operator at its own absolute position, because the two readers
//! that matter read such lines differently, and this is what both read right
//! (measured on the ar and fa-AF posters; engine facts from their sources):
//! - poppler (`pdftotext -raw`) keeps content order, and reverses the
//!   right-to-left part of a word only up to its first left-to-right character;
//! - PDFium (Chrome) sorts a line's text objects by where each starts, then runs
//!   its own bidi over the line, mirroring what it reverses.
//!
//! So, for right-to-left runs: a cluster of several characters (a letter with
//! harakat, lam-alef) reads as RLE + its characters joined by LRM + PDF, which
//! neither engine reorders; a mirrored character (a parenthesis) as RLM + the
//! character + RLM; clusters drawn at the same x (a zero-advance glyph) go in one
//! operator with one /ActualText, so no reader has to guess their order.
//! Left-to-right runs inside (numbers, Latin names) keep their visual order.

use crate::document::TextLine;
use crate::text::fonts::{is_default_ignorable, FaceId};
use crate::text::{Glyph, Run};
use std::collections::BTreeMap;
use std::ops::Range;

const RLE: char = '\u{202B}';
const PDF: char = '\u{202C}';
const LRM: char = '\u{200E}';
const RLM: char = '\u{200F}';

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

fn mirrored(c: char) -> char {
    use icu_properties::props::BidiMirroringGlyph;
    use icu_properties::CodePointMapData;
    CodePointMapData::<BidiMirroringGlyph>::new()
        .get(c)
        .mirroring_glyph
        .unwrap_or(c)
}

/// The characters, in logical order, of the clusters the glyphs stand for.
fn logical_chars(text: &str, glyphs: &[Glyph]) -> Vec<char> {
    let mut clusters: Vec<&Range<usize>> = glyphs.iter().map(|g| &g.cluster).collect();
    clusters.sort_by_key(|c| c.start);
    clusters.dedup();
    clusters
        .into_iter()
        .flat_map(|c| text[c.clone()].chars())
        .filter(|&c| !is_default_ignorable(c))
        .collect()
}

/// ToUnicode strings per face and original glyph id.
#[derive(Default)]
pub struct UnicodeMap {
    map: BTreeMap<(FaceId, u16), String>,
}

impl UnicodeMap {
    /// Pass one: every single-glyph cluster claims its glyph's mapping, first come.
    /// Pass two: a glyph still without one maps to its cluster's first character.
    pub fn build<'a>(lines: impl Iterator<Item = &'a TextLine> + Clone) -> UnicodeMap {
        let mut map = BTreeMap::new();
        for line in lines.clone() {
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
        for line in lines {
            for run in &line.line.runs {
                for g in &run.glyphs {
                    let first = logical_chars(&line.text, std::slice::from_ref(g));
                    if let Some(&c) = first.first() {
                        map.entry((run.face, g.gid)).or_insert(c.to_string());
                    }
                }
            }
        }
        UnicodeMap { map }
    }

    pub fn get(&self, face: FaceId, gid: u16) -> &str {
        self.map.get(&(face, gid)).map_or("", String::as_str)
    }

    /// The /ActualText a group of glyphs of `run` needs, or none when their
    /// ToUnicode strings already read as the text. `rtl_line`: the line is written
    /// in logical order (see the module docs).
    pub fn actual_text(
        &self,
        text: &str,
        run: &Run,
        glyphs: &[Glyph],
        rtl_line: bool,
    ) -> Option<String> {
        let chars = logical_chars(text, glyphs);
        let logical: String = chars.iter().collect();
        let alone = |shown: &str| match glyphs {
            [g] => self.get(run.face, g.gid) == shown,
            _ => false,
        };
        match chars[..] {
            [] => None,
            // Measured: PDFium reads a parenthesis right only with the RLMs inside
            // the embedding.
            [c] if run.rtl && rtl_line && mirrored(c) != c => Some(embedded(&[RLM, c, RLM])),
            [c] if run.rtl => (!alone(&mirrored(c).to_string())).then(|| c.to_string()),
            _ if run.rtl => Some(embedded(&chars)),
            _ => (!alone(&logical)).then_some(logical),
        }
    }
}

/// Right-to-left characters that no reader reorders: RLE + each joined by LRM + PDF.
fn embedded(chars: &[char]) -> String {
    let mut out = String::from(RLE);
    for (i, &c) in chars.iter().enumerate() {
        if i > 0 {
            out.push(LRM);
        }
        out.push(c);
    }
    out.push(PDF);
    out
}

/// Glyphs written by one text operator from one text position: a run of a
/// left-to-right line, or a cluster (or clusters at one x) of a right-to-left one.
pub struct Segment {
    pub run: usize,
    /// Where the shaper's pen is before the segment's first glyph, in points.
    pub pen: f32,
    /// Glyph index ranges in the run, each one unit of extraction (its glyphs
    /// either read by ToUnicode or covered by one /ActualText).
    pub groups: Vec<Range<usize>>,
}

/// The segments of a line, in the order they are written (see the module docs).
pub fn segments(line: &TextLine, rtl_line: bool) -> Vec<Segment> {
    let mut pen = line.x;
    let mut out = Vec::new();
    for (r, run) in line.line.runs.iter().enumerate() {
        let start = pen;
        let mut groups: Vec<(f32, Range<usize>)> = Vec::new();
        // The rightmost x a glyph of the last group is drawn at.
        let mut last_x = f32::NEG_INFINITY;
        for cluster in clusters(&run.glyphs) {
            let mut drawn = Vec::new();
            let cluster_pen = pen;
            for g in &run.glyphs[cluster.clone()] {
                drawn.push(pen + g.x_offset * line.size);
                pen += g.x_advance * line.size;
            }
            let first_x = drawn.iter().copied().fold(f32::INFINITY, f32::min);
            match groups.last_mut() {
                // Drawn where (or left of where) the group before it is: one
                // operator, so no reader has to guess the order of the two.
                Some((_, g)) if rtl_line && first_x <= last_x + 0.01 => g.end = cluster.end,
                _ => {
                    groups.push((cluster_pen, cluster.clone()));
                    last_x = f32::NEG_INFINITY;
                }
            }
            last_x = drawn.into_iter().fold(last_x, f32::max);
        }
        if rtl_line {
            out.extend(groups.into_iter().map(|(pen, g)| Segment {
                run: r,
                pen,
                groups: vec![g],
            }));
        } else {
            out.push(Segment {
                run: r,
                pen: start,
                groups: groups.into_iter().map(|(_, g)| g).collect(),
            });
        }
    }
    if rtl_line {
        logical_order(&mut out, &line.line.runs);
    }
    out
}

/// Visual to logical order for a line at paragraph level 1: everything reversed,
/// except that stretches of left-to-right runs (level 2) keep their visual order.
fn logical_order(segments: &mut [Segment], runs: &[Run]) {
    segments.reverse();
    let mut i = 0;
    while i < segments.len() {
        let ltr = |s: &Segment| !runs[s.run].rtl;
        if ltr(&segments[i]) {
            let end = (i..segments.len())
                .find(|&j| !ltr(&segments[j]))
                .unwrap_or(segments.len());
            segments[i..end].reverse();
            i = end;
        } else {
            i += 1;
        }
    }
}

/// Index ranges of consecutive glyphs that share a cluster, in the order given.
pub fn clusters(glyphs: &[Glyph]) -> Vec<Range<usize>> {
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

/// A PDF text string object (document information, structure attributes).
pub fn text_string(text: &str) -> lopdf::Object {
    lopdf::Object::String(utf16be(text), lopdf::StringFormat::Hexadecimal)
}
