//! Text: from a formatted message to shaped, broken, visually ordered lines.
//!
//! The stages, in order (see text-pipeline notes in the README):
//! 1. bidi analysis of the paragraph with the locale's base direction (`unicode-bidi`);
//! 2. itemizing into runs of one level, script and face, faces chosen by coverage
//!    ([`itemize`]);
//! 3. shaping each run once, at 1 em ([`shape`]);
//! 4. line breaking at ICU opportunities ([`linebreak`]), never inside the stretches
//!    [`nobreak`] keeps whole, first fit with the last line rebalanced when it would
//!    be a lone word ([`wrap`]); the same shaped paragraph is broken again at every
//!    size auto-fit tries; [`ShapedParagraph::hyphenated`] adds the hyphenation
//!    points of [`hyphenate`] as breaks a line takes only when a word does not fit;
//! 5. per line: reshaping where a break was not safe to break, then visual reordering.

pub mod builtin_fonts;
pub mod fonts;
pub mod hyphenate;
pub mod itemize;
pub mod linebreak;
pub mod nobreak;
pub mod shape;
pub mod wrap;

use crate::spec::Weight;
use fonts::{FaceId, FontBook};
use itemize::{base_level, MissingGlyph};
use linebreak::Opportunities;
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
    breaks: Opportunities,
    /// `advance_before[i]`: the advance of all clusters starting before byte `i`.
    advance_before: Vec<f32>,
    /// How far the ink of any glyph reaches above and below the baseline, in em:
    /// Khmer subscripts and stacked Vietnamese marks reach beyond the line metrics.
    pub ink_top: f32,
    pub ink_bottom: f32,
    /// The hyphens a line may end with, by offset: empty but on the paragraph
    /// [`ShapedParagraph::hyphenated`] returns.
    hyphens: Vec<Hyphen>,
}

/// A hyphenation point in use: where a line may end with a hyphen, and the
/// hyphen drawn there, in the face of the text it ends.
#[derive(Debug, Clone)]
struct Hyphen {
    offset: usize,
    face: FaceId,
    gid: u16,
    /// Its advance in em. Kerning with the letter before it is not applied:
    /// the hyphen is shaped alone, so measuring and drawing agree.
    advance: f32,
    /// What a line ending here adds to the width of its text: the hyphen, and
    /// the kerning across the point that reshaping the line's end undoes.
    line_end: f32,
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

impl Line {
    /// Whether the line ends in a hyphen that breaks a word (see
    /// [`ShapedParagraph::hyphenated`]): its last glyph stands for no text.
    pub fn ends_with_hyphen(&self) -> bool {
        let last = self.runs.last().and_then(|r| r.glyphs.last());
        last.is_some_and(|g| g.cluster.is_empty())
    }
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
            let inks = book
                .face(run.face)
                .ink_boxes(run.glyphs.iter().map(|g| g.gid));
            for (g, ink) in run.glyphs.iter().zip(inks) {
                if let Some(ink) = ink {
                    ink_top = ink_top.max(ink.top + g.y_offset);
                    ink_bottom = ink_bottom.min(ink.bottom + g.y_offset);
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
            breaks: linebreak::opportunities(text, locale),
            advance_before,
            hyphens: Vec::new(),
        })
    }

    /// The same paragraph with hyphenation points as extra break opportunities, or
    /// None when its language has no patterns or no word in it can be hyphenated
    /// ([`hyphenate`]). Its lines may end inside a word: such a line is measured
    /// ([`Self::width`]) and drawn ([`Self::lines`]) with a hyphen at its end, in
    /// the face of the word, U+2010 HYPHEN where the face has it, else U+002D.
    ///
    /// A hyphen is a worse break than a space: first fit takes the furthest break
    /// that fits, so a line ends inside a word only when the whole word does not
    /// fit on it; the rebalancing of a lone last line ([`wrap`]) counts a hyphen
    /// as a line ending inside a word.
    pub fn hyphenated(&self, book: &FontBook) -> Option<ShapedParagraph> {
        // Right-to-left paragraphs' languages have no patterns; the hyphen is
        // appended at the line's right end, which is only its end left to right.
        if self.rtl || !hyphenate::hyphenates(&self.locale) {
            return None;
        }
        let points = hyphenate::points(&self.text, &self.locale, &self.breaks.keep);
        let mut hyphen_glyphs: Vec<(FaceId, Option<(u16, f32)>)> = Vec::new();
        let hyphens: Vec<Hyphen> = points
            .into_iter()
            .filter_map(|offset| {
                let run = self.run_ending_at(offset)?;
                let known = hyphen_glyphs.iter().find(|(face, _)| *face == run.face);
                let glyph = match known {
                    Some(&(_, glyph)) => glyph,
                    None => {
                        let glyph = hyphen_glyph(book, run, &self.locale);
                        hyphen_glyphs.push((run.face, glyph));
                        glyph
                    }
                };
                let (gid, advance) = glyph?;
                Some(Hyphen {
                    offset,
                    face: run.face,
                    gid,
                    advance,
                    line_end: advance + self.unkerned_end(run, offset, book),
                })
            })
            .collect();
        if hyphens.is_empty() {
            return None;
        }
        let offsets: Vec<usize> = hyphens.iter().map(|h| h.offset).collect();
        Some(ShapedParagraph {
            text: self.text.clone(),
            locale: self.locale.clone(),
            rtl: self.rtl,
            runs: self.runs.clone(),
            breaks: self.breaks.with_hyphens(&offsets),
            advance_before: self.advance_before.clone(),
            ink_top: self.ink_top,
            ink_bottom: self.ink_bottom,
            hyphens,
        })
    }

    /// The run of the word a hyphenation point at `offset` is in, when a line
    /// may end there: a left-to-right run with a glyph cluster starting at
    /// `offset` (never inside a ligature).
    fn run_ending_at(&self, offset: usize) -> Option<&Run> {
        let run = self
            .runs
            .iter()
            .find(|r| r.range.start < offset && offset < r.range.end)?;
        let boundary = run.glyphs.iter().any(|g| g.cluster.start == offset);
        (!run.rtl && boundary).then_some(run)
    }

    /// How much wider the text of `run` before `offset` is, on a line ending
    /// there, than in the paragraph: [`Self::cut`] reshapes a line's end where
    /// it is unsafe to break, which undoes a kerning pair across `offset`.
    fn unkerned_end(&self, run: &Run, offset: usize, book: &FontBook) -> f32 {
        let unsafe_cut = run
            .glyphs
            .iter()
            .any(|g| g.cluster.start == offset && g.unsafe_to_break);
        if !unsafe_cut {
            return 0.0;
        }
        // The word's part before the point, from the break before it.
        let before = self.breaks.breaks.iter().map(|b| b.offset);
        let from = before
            .take_while(|&b| b < offset)
            .last()
            .unwrap_or(0)
            .max(run.range.start);
        let face = book.face(run.face);
        let alone = shape::shape_run(
            &self.text,
            from..offset,
            face,
            run.rtl,
            run.script,
            &self.locale,
        );
        let alone: f32 = alone.iter().map(|g| g.x_advance).sum();
        alone - (self.advance_before[offset] - self.advance_before[from])
    }

    /// The hyphen a line ending at `end` is drawn with, if it ends at a hyphenation point.
    fn hyphen_at(&self, end: usize) -> Option<&Hyphen> {
        if self.hyphens.is_empty() {
            return None;
        }
        let i = self.hyphens.binary_search_by_key(&end, |h| h.offset).ok()?;
        Some(&self.hyphens[i])
    }

    /// The width in em of `range` without its trailing white space; with the
    /// hyphen when it ends at a hyphenation point (see [`Self::hyphenated`]).
    pub fn width(&self, range: Range<usize>) -> f32 {
        let end = self.trim_end(range.clone());
        let hyphen = self.hyphen_at(end).map_or(0.0, |h| h.line_end);
        (self.advance_before[end] - self.advance_before[range.start]).max(0.0) + hyphen
    }

    /// The width of the whole paragraph on one line, in em.
    pub fn natural_width(&self) -> f32 {
        self.width(0..self.text.len())
    }

    fn trim_end(&self, range: Range<usize>) -> usize {
        let trimmed = self.text[range.clone()].trim_end_matches(char::is_whitespace);
        range.start + trimmed.len()
    }

    /// The paragraph's lines at `max_width` em: first fit, with a lone last word
    /// rebalanced away where the paragraph allows ([`wrap`]). A piece that cannot
    /// fit alone gets a line of its own (and the caller sees the overflow).
    pub fn break_lines(&self, max_width: f32) -> Vec<Range<usize>> {
        self.wrap(max_width, |p| p.pretty(max_width))
    }

    /// First fit alone, for text whose look does not matter (invisible text).
    pub fn first_fit_lines(&self, max_width: f32) -> Vec<Range<usize>> {
        self.wrap(max_width, |p| p.first_fit(max_width))
    }

    /// `how` applied to the paragraph with the breaks a line may take at
    /// `max_width` em: none inside a kept stretch, unless it has letters and is
    /// wider than the line ([`nobreak`]).
    fn wrap<T>(&self, max_width: f32, how: impl FnOnce(&wrap::Paragraph) -> T) -> T {
        let breaks = self
            .breaks
            .usable(|keep| self.width(keep.range.clone()) > max_width + 1e-4);
        let width = |r: Range<usize>| self.width(r);
        how(&wrap::Paragraph {
            text: &self.text,
            breaks: &breaks,
            width: &width,
        })
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

    /// Every face the paragraph's runs are set in, each once.
    pub fn faces(&self) -> Vec<FaceId> {
        let mut faces: Vec<FaceId> = self.runs.iter().map(|r| r.face).collect();
        faces.sort();
        faces.dedup();
        faces
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
        if let (Some(hyphen), Some(last)) = (self.hyphen_at(range.end), runs.last_mut()) {
            // The line's logical end is its right end: the paragraph and the
            // hyphenated word are left to right (see `hyphenated`).
            debug_assert_eq!(last.face, hyphen.face);
            last.glyphs.push(Glyph {
                gid: hyphen.gid,
                // It stands for no text of the paragraph (see pdf/text.rs).
                cluster: range.end..range.end,
                x_advance: hyphen.advance,
                x_offset: 0.0,
                y_offset: 0.0,
                unsafe_to_break: false,
            });
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

/// The hyphen of `run`'s face for `locale`: U+2010 HYPHEN where the face has
/// it, else U+002D; its glyph id and advance in em, shaped alone.
fn hyphen_glyph(book: &FontBook, run: &Run, locale: &str) -> Option<(u16, f32)> {
    let face = book.face(run.face);
    ['\u{2010}', '-'].into_iter().find_map(|c| {
        let text = c.to_string();
        let glyphs = shape::shape_run(&text, 0..text.len(), face, false, run.script, locale);
        match glyphs[..] {
            [ref g] if g.gid != 0 => Some((g.gid, g.x_advance)),
            _ => None,
        }
    })
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
    fn a_name_wider_than_the_line_breaks_at_its_spaces_a_number_overflows_whole() {
        let p = shaped(TEXT);
        let width = width_through(&p, "Please");
        let lines = broken(&p, width);
        assert_eq!(
            lines,
            [
                "Please ",
                "call ",
                "\u{2068}Children's ",
                "Cove\u{2069} ",
                "at ",
                "\u{2068}+1 617 555 0100\u{2069} ",
                "today.",
            ]
        );
        // Wider than the line: the word "Children's", as any long word would be,
        // and the whole phone number.
        let over: Vec<&str> = p
            .break_lines(width)
            .into_iter()
            .filter(|r| p.width(r.clone()) > width + 1e-4)
            .map(|r| &p.text[r])
            .collect();
        assert_eq!(
            over,
            ["\u{2068}Children's ", "\u{2068}+1 617 555 0100\u{2069} "]
        );
    }

    /// Sentences of the shipped translations, in each script the rule covers.
    const PARAGRAPHS: [(&str, &str); 6] = [
        ("en", "\u{2068}Children's Cove\u{2069} provides a coordinated and victim-centered response to all victims of child sexual exploitation and trafficking in partnership with state agencies and community providers."),
        ("ru", "Вам не нужно знать, кто может быть виновен, или иметь подтверждённые доказательства эксплуатации — достаточно обоснованного подозрения."),
        ("ar", "من خلال \u{2068}Children's Cove\u{2069}، تُقدَّم استجابة منسّقة تضع احتياجات الضحية أولًا لجميع ضحايا الاستغلال الجنسي للأطفال والاتجار بهم، وذلك بالشراكة مع الجهات الحكومية في الولاية ومقدّمي الخدمات في المجتمع."),
        ("zh-Hant", "\u{2068}Children's Cove\u{2069} 與州政府機構及社區服務機構合作，為所有兒童性剝削及性販運的受害者提供協調一致、以受害者為中心的服務。"),
        ("zh-Hant", "您不需要知道誰可能是責任人，也不需要有確鑿證據證明剝削正在發生——只要有合理懷疑就可以。"),
        ("km", "លោកអ្នកមិនចាំបាច់ដឹងថាអ្នកណាជាអ្នកទទួលខុសត្រូវ ឬមានភស្តុតាងច្បាស់លាស់ថាការកេងប្រវ័ញ្ចកំពុងកើតឡើងនោះទេ – គ្រាន់តែមានការសង្ស័យដែលសមហេតុផលប៉ុណ្ណោះ។"),
    ];

    /// A last line a reader sees as lone: one word (for Khmer, one segmenter word),
    /// or in Chinese one or two characters.
    fn lone(p: &ShapedParagraph, line: &str) -> bool {
        let line = line.trim();
        if p.locale.starts_with("zh") {
            return line.chars().filter(|c| c.is_alphanumeric()).count() <= 2;
        }
        !line.contains(' ')
            && linebreak::opportunities(line, &p.locale)
                .usable(|_| false)
                .len()
                <= 1
    }

    /// Whether the lone last line of `lines` can be mended by moving the end of
    /// the line above down: some break inside that line leaves a last line that
    /// fits and is not lone.
    fn mendable(p: &ShapedParagraph, lines: &[Range<usize>], width: f32) -> bool {
        let above = &lines[lines.len() - 2];
        let breaks = p.breaks.usable(|k| p.width(k.range.clone()) > width + 1e-4);
        breaks
            .iter()
            .filter(|b| b.offset > above.start && b.offset < above.end)
            .map(|b| b.offset..p.text.len())
            .any(|r| p.width(r.clone()) <= width + 1e-4 && !lone(p, &p.text[r]))
    }

    #[test]
    fn a_last_line_is_never_a_lone_word_where_the_paragraph_can_be_rebalanced() {
        for (locale, text) in PARAGRAPHS {
            let p = ShapedParagraph::new(text, locale, is_rtl(locale), Weight::Regular, book())
                .unwrap();
            let mut mended = 0;
            // Every column from 6 em (a word or two) to 40 em wide, by 0.25 em.
            for step in 0..=136 {
                let width = 6.0 + step as f32 * 0.25;
                let first = p.first_fit_lines(width);
                let pretty = p.break_lines(width);
                let texts: Vec<&str> = pretty.iter().map(|r| &p.text[r.clone()]).collect();
                assert_eq!(pretty.len(), first.len(), "{locale} at {width}: {texts:?}");
                assert_eq!(texts.concat().trim(), text.trim(), "{locale} at {width}");
                let fits = |lines: &[Range<usize>]| {
                    lines.iter().all(|r| p.width(r.clone()) <= width + 1e-4)
                };
                assert!(
                    !fits(&first) || fits(&pretty),
                    "{locale} at {width}: {texts:?}"
                );
                let last_lone = |lines: &[Range<usize>]| {
                    lines.len() > 1 && lone(&p, &p.text[lines[lines.len() - 1].clone()])
                };
                if last_lone(&first) && mendable(&p, &first, width) {
                    assert!(!last_lone(&pretty), "{locale} at {width}: {texts:?}");
                    mended += 1;
                }
                // A paragraph that does not end on a lone word is left as it was.
                assert!(last_lone(&first) || pretty == first, "{locale} at {width}");
            }
            assert!(mended >= 3, "{locale}: only {mended} widths mended");
        }
    }

    fn is_rtl(locale: &str) -> bool {
        locale == "ar"
    }

    #[test]
    fn a_chinese_sentence_never_ends_on_one_character() {
        // "為。" alone on the tabloid's last line (issue 22). Words stay whole
        // now ("服務"), so the shortest last line first fit leaves is a word
        // of two characters: still too little, and mended.
        let p = ShapedParagraph::new(PARAGRAPHS[3].1, "zh-Hant", false, Weight::Regular, book())
            .unwrap();
        let text = |r: Range<usize>| &p.text[r];
        let widths = || (40..160).map(|quarter| quarter as f32 / 4.0);
        assert!(widths().all(|w| {
            let last = p
                .first_fit_lines(w)
                .last()
                .map(|r| text(r.clone()))
                .unwrap();
            last != "務。"
        }));
        let width = widths()
            .find(|&w| p.first_fit_lines(w).last().map(|r| text(r.clone())) == Some("服務。"))
            .expect("a width that leaves one word alone");
        let first = p.first_fit_lines(width);
        let pretty = p.break_lines(width);
        assert_eq!(pretty.len(), first.len());
        let last = text(pretty.last().unwrap().clone());
        assert!(
            last.chars().count() >= 4 && last.ends_with("的服務。"),
            "{last:?}"
        );
    }
}
