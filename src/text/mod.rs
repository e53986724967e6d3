//! Text: from a formatted message to shaped, broken, visually ordered lines.
//!
//! The stages, in order (see text-pipeline notes in the README):
//! 1. bidi analysis of the paragraph with the locale's base direction (`unicode-bidi`);
//! 2. itemizing into runs of one level, script and face, faces chosen by coverage
//!    ([`itemize`]);
//! 3. shaping each run once, at 1 em ([`shape`]);
//! 4. line breaking at ICU opportunities, first fit ([`linebreak`]); the same shaped
//!    paragraph is broken again at every size auto-fit tries;
//! 5. per line: reshaping where a break was not safe to break, then visual reordering.

pub mod builtin_fonts;
pub mod fonts;
pub mod itemize;
pub mod linebreak;
pub mod shape;

use crate::spec::Weight;
use fonts::{FaceId, FontBook};
use itemize::{base_level, MissingGlyph};
use linebreak::Break;
pub use shape::Glyph;
use std::ops::Range;
use unicode_bidi::{Level, ParagraphBidiInfo};

/// Glyphs of one face, one direction, in visual order.
#[derive(Debug, Clone)]
pub struct Run {
    pub range: Range<usize>,
    pub face: FaceId,
    pub rtl: bool,
    pub script: &'static str,
    pub glyphs: Vec<Glyph>,
}

impl Run {
    pub fn width(&self) -> f32 {
        self.glyphs.iter().map(|g| g.x_advance).sum()
    }
}

/// A paragraph shaped once at 1 em, ready to be broken at any width.
pub struct ShapedParagraph {
    pub text: String,
    pub locale: String,
    pub rtl: bool,
    runs: Vec<Run>,
    breaks: Vec<Break>,
    /// `advance_before[i]`: the advance of all clusters starting before byte `i`.
    advance_before: Vec<f32>,
    /// How far the ink of any glyph reaches above and below the baseline, in em:
    /// Khmer subscripts and stacked Vietnamese marks reach beyond the line metrics.
    pub ink_top: f32,
    pub ink_bottom: f32,
}

/// One line, ready to draw: runs in visual order, from the left.
#[derive(Debug, Clone)]
pub struct Line {
    pub range: Range<usize>,
    pub runs: Vec<Run>,
    /// The paragraph's direction is right to left.
    pub rtl: bool,
    /// Width in em.
    pub width: f32,
    /// Tallest ascent and deepest descent of the faces used, in em.
    pub ascent: f32,
    pub descent: f32,
}

impl ShapedParagraph {
    /// Shapes `text` (one paragraph) for `locale` in the given weight.
    pub fn new(
        text: &str,
        locale: &str,
        rtl: bool,
        weight: Weight,
        book: &FontBook,
    ) -> Result<ShapedParagraph, MissingGlyph> {
        let bidi = ParagraphBidiInfo::new(text, Some(base_level(rtl)));
        let items = itemize::itemize(text, &bidi, book, locale, weight)?;
        let runs: Vec<Run> = items
            .into_iter()
            .map(|item| {
                let rtl = item.level.is_rtl();
                let glyphs = shape::shape_run(
                    text,
                    item.range.clone(),
                    book.face(item.face),
                    rtl,
                    item.script,
                    locale,
                );
                Run {
                    range: item.range,
                    face: item.face,
                    rtl,
                    script: item.script,
                    glyphs,
                }
            })
            .collect();
        for run in &runs {
            if let Some(g) = run.glyphs.iter().find(|g| g.gid == 0) {
                let ch = text[g.cluster.clone()].chars().next().unwrap_or('\u{FFFD}');
                return Err(MissingGlyph {
                    ch,
                    offset: g.cluster.start,
                    tried: vec![book.face(run.face).family.clone()],
                });
            }
        }
        let mut advance_at = vec![0.0f32; text.len() + 1];
        for glyph in runs.iter().flat_map(|r| &r.glyphs) {
            advance_at[glyph.cluster.start] += glyph.x_advance;
        }
        let mut advance_before = Vec::with_capacity(text.len() + 1);
        let mut sum = 0.0;
        for a in &advance_at {
            advance_before.push(sum);
            sum += a;
        }
        let (mut ink_top, mut ink_bottom) = (0.0f32, 0.0f32);
        for run in &runs {
            let face = book.face(run.face);
            for g in &run.glyphs {
                if let Some((top, bottom)) = face.ink(g.gid) {
                    ink_top = ink_top.max(top + g.y_offset);
                    ink_bottom = ink_bottom.min(bottom + g.y_offset);
                }
            }
        }
        Ok(ShapedParagraph {
            ink_top,
            ink_bottom,
            text: text.to_string(),
            locale: locale.to_string(),
            rtl,
            runs,
            breaks: linebreak::opportunities(text),
            advance_before,
        })
    }

    /// The width in em of `range` without its trailing white space.
    pub fn width(&self, range: Range<usize>) -> f32 {
        let end = self.trim_end(range.clone());
        (self.advance_before[end] - self.advance_before[range.start]).max(0.0)
    }

    /// The width of the whole paragraph on one line, in em.
    pub fn natural_width(&self) -> f32 {
        self.width(0..self.text.len())
    }

    fn trim_end(&self, range: Range<usize>) -> usize {
        let trimmed = self.text[range.clone()].trim_end_matches(char::is_whitespace);
        range.start + trimmed.len()
    }

    /// First-fit line breaking at `max_width` em. A piece that cannot fit alone
    /// gets a line of its own (and the caller sees the overflow in its width).
    pub fn break_lines(&self, max_width: f32) -> Vec<Range<usize>> {
        let mut lines = Vec::new();
        let mut start = 0;
        let mut best: Option<usize> = None;
        let mut i = 0;
        while i < self.breaks.len() {
            let b = self.breaks[i];
            let fits = self.width(start..b.offset) <= max_width + 1e-4;
            if fits {
                best = Some(b.offset);
                if b.mandatory {
                    lines.push(start..b.offset);
                    start = b.offset;
                    best = None;
                }
                i += 1;
            } else if let Some(end) = best.take() {
                lines.push(start..end);
                start = end;
            } else {
                // Not even one piece fits: it overflows on its own line.
                lines.push(start..b.offset);
                start = b.offset;
                i += 1;
            }
        }
        if start < self.text.len() {
            lines.push(start..self.text.len());
        }
        lines.retain(|r| !self.text[r.clone()].trim().is_empty());
        lines
    }

    /// The widest line, in em, when broken at `max_width`.
    pub fn widest_line(&self, max_width: f32) -> f32 {
        self.break_lines(max_width)
            .into_iter()
            .map(|r| self.width(r))
            .fold(0.0, f32::max)
    }

    /// Turns line ranges into drawable lines: trailing space dropped, runs cut (and
    /// reshaped where the cut was not safe), then put in visual order.
    pub fn lines(&self, ranges: &[Range<usize>], book: &FontBook) -> Vec<Line> {
        let bidi = ParagraphBidiInfo::new(&self.text, Some(base_level(self.rtl)));
        ranges
            .iter()
            .map(|r| self.line(r.start..self.trim_end(r.clone()), &bidi, book))
            .collect()
    }

    /// The whole paragraph as one line (bullets, measurements).
    pub fn single_line(&self, book: &FontBook) -> Line {
        let bidi = ParagraphBidiInfo::new(&self.text, Some(base_level(self.rtl)));
        self.line(0..self.trim_end(0..self.text.len()), &bidi, book)
    }

    /// The paragraph's ascent and descent (the larger of its faces' line metrics
    /// and its glyphs' ink), and the height its ink spans, in em.
    pub fn metrics(&self, book: &FontBook) -> (f32, f32, f32) {
        let line = self.single_line(book);
        let (ascent, descent) = (line.ascent, line.descent);
        (
            ascent.max(self.ink_top),
            descent.max(-self.ink_bottom),
            self.ink_top - self.ink_bottom,
        )
    }

    fn line(&self, range: Range<usize>, bidi: &ParagraphBidiInfo, book: &FontBook) -> Line {
        // unicode-bidi indexes a line's first byte: an empty line has no runs.
        let (levels, visual_runs) = if range.is_empty() {
            (Vec::new(), Vec::new())
        } else {
            bidi.visual_runs(range.clone())
        };
        let mut runs = Vec::new();
        for vr in visual_runs {
            let level: Level = levels[vr.start];
            let mut pieces: Vec<Run> = self
                .runs
                .iter()
                .filter_map(|run| {
                    let sub = run.range.start.max(vr.start)..run.range.end.min(vr.end);
                    (sub.start < sub.end).then(|| self.cut(run, sub, book))
                })
                .collect();
            if level.is_rtl() {
                pieces.reverse();
            }
            runs.extend(pieces.into_iter().filter(|p| !p.glyphs.is_empty()));
        }
        let width = runs.iter().map(Run::width).sum();
        let faces = runs.iter().map(|r| book.face(r.face));
        let (ascent, descent) = faces.fold((0.0f32, 0.0f32), |(a, d), f| {
            (a.max(f.ascent), d.max(f.descent))
        });
        Line {
            range,
            runs,
            rtl: self.rtl,
            width,
            ascent,
            descent,
        }
    }

    /// The part `sub` of `run`, reshaped if a cut falls where breaking is unsafe.
    fn cut(&self, run: &Run, sub: Range<usize>, book: &FontBook) -> Run {
        if sub == run.range {
            return run.clone();
        }
        let cuts = [sub.start, sub.end]
            .into_iter()
            .filter(|&c| c > run.range.start && c < run.range.end);
        let unsafe_cut = cuts.into_iter().any(|c| {
            run.glyphs
                .iter()
                .any(|g| g.cluster.start == c && g.unsafe_to_break)
        });
        let glyphs = if unsafe_cut {
            shape::shape_run(
                &self.text,
                sub.clone(),
                book.face(run.face),
                run.rtl,
                run.script,
                &self.locale,
            )
        } else {
            run.glyphs
                .iter()
                .filter(|g| sub.contains(&g.cluster.start))
                .cloned()
                .collect()
        };
        Run {
            range: sub,
            face: run.face,
            rtl: run.rtl,
            script: run.script,
            glyphs,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::sync::OnceLock;

    /// The project's fonts (fonts/ with flyer.toml's settings), loaded once per test
    /// binary: the tests shape real text with the faces the flyers are printed in.
    pub(crate) fn book() -> &'static FontBook {
        static BOOK: OnceLock<FontBook> = OnceLock::new();
        BOOK.get_or_init(|| {
            let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
            let project = crate::project::Project::load(root).expect("flyer.toml loads");
            let folders = [(root.join("fonts"), std::path::PathBuf::from("fonts"))];
            FontBook::load(&project, &folders, &project.manifest.fonts).expect("fonts load")
        })
    }

    fn shaped(text: &str) -> ShapedParagraph {
        ShapedParagraph::new(text, "en", false, Weight::Regular, book()).unwrap()
    }

    /// The lines' texts when `p` is broken at `max_width` em.
    fn broken(p: &ShapedParagraph, max_width: f32) -> Vec<&str> {
        p.break_lines(max_width)
            .into_iter()
            .map(|r| &p.text[r])
            .collect()
    }

    /// The width of `p` from its start to the end of `needle`.
    fn width_through(p: &ShapedParagraph, needle: &str) -> f32 {
        p.width(0..p.text.find(needle).unwrap() + needle.len())
    }

    const TEXT: &str =
        "Please call \u{2068}Children's Cove\u{2069} at \u{2068}+1 617 555 0100\u{2069} today.";

    #[test]
    fn a_line_breaks_before_or_after_a_placeable_never_inside() {
        let p = shaped(TEXT);
        // Wide enough to end the first line inside the name, were it plain text.
        let width = width_through(&p, "Children's");
        let plain = shaped(&TEXT.replace(['\u{2068}', '\u{2069}'], ""));
        assert_eq!(broken(&plain, width)[0], "Please call Children's ");
        assert_eq!(
            broken(&p, width),
            [
                "Please call ",
                "\u{2068}Children's Cove\u{2069} at ",
                // "today." does not fit after the number: the line ends after all of it.
                "\u{2068}+1 617 555 0100\u{2069} ",
                "today.",
            ]
        );
    }

    #[test]
    fn a_placeable_wider_than_the_line_overflows_whole_and_spaces_outside_still_break() {
        let p = shaped(TEXT);
        let width = width_through(&p, "Please");
        let lines = broken(&p, width);
        assert_eq!(
            lines,
            [
                "Please ",
                "call ",
                "\u{2068}Children's Cove\u{2069} ",
                "at ",
                "\u{2068}+1 617 555 0100\u{2069} ",
                "today.",
            ]
        );
        // Only the placeables are wider than the line.
        for (range, text) in p.break_lines(width).into_iter().zip(lines) {
            let over = p.width(range) > width + 1e-4;
            assert_eq!(over, text.starts_with('\u{2068}'), "{text:?}");
        }
    }
}
