//! How glyphs map back to text (ToUnicode and /ActualText), and in what order the
//! glyphs of a line are written: the one place that decides what a reader, a
//! search or a copy-paste gets.
//!
//! Each occurrence of a glyph has its own text ([`read_group`]): the font shows it
//! under a code whose ToUnicode entry is that text (several codes can draw one
//! glyph, `fonts::write_codes`), so readers that know only ToUnicode (pdf.js,
//! Firefox) read clusters right. In a left-to-right cluster of several glyphs,
//! each glyph reads a slice of its characters, in written order (a Khmer or
//! Gujarati vowel drawn before its consonant reads the consonant), and no glyph
//! with an advance reads a non-spacing mark: that mark is shown unseen, by an
//! invisible code of no width at the pen ([`read_ltr_unit`]). Marks moved off
//! the baseline are drawn as outlines, their text shown unseen; a glyph left
//! with no character is an outline too. Every glyph shown as text maps to
//! Unicode (PDF/UA-1, PDF/A-2u). Right-to-left glyphs carry their characters in
//! drawn order, which PDFium and pdf.js reverse with the line's bidi.
//!
//! A hyphen a line break added
//! ([`ShapedParagraph::hyphenated`](crate::text::ShapedParagraph::hyphenated): a glyph that
//! stands for no text, its cluster empty) is shown in one group with the part
//! of the word before it, whose /ActualText is that part alone. Measured on a
//! hyphenated English paragraph: poppler (`pdftotext`, `-raw`) and PDFium both
//! read "coordi" and "nated" on two lines, no hyphen. A hyphen read as "-" or
//! U+00AD (as ToUnicode or /ActualText) ends PDFium's line with its internal
//! U+FFFE (Chrome's copy removes it, its raw text and find-in-page do not); one
//! read as U+2010 stays in both engines' text; an empty /ActualText PDFium
//! ignores.
//!
//! Left-to-right lines are written run by run, one text operator per run. A
//! right-to-left line is written in reading order, a word at a time: each word
//! (its letters' glyphs, as drawn, left to right), each punctuation mark and
//! each space is its own text operator at its own position. Each reader then
//! gets it right without any /ActualText or bidi control character (measured
//! on every ar and fa-AF output; docs/rtl-text-extraction.md has the figures and
//! the engines' code):
//! - PDFium (Chrome) sorts a line's text objects by x and reverses each
//!   right-to-left stretch of the line, so a glyph's text is in drawn order
//!   ("ال" for lam-alef);
//! - pdf.js (Firefox) runs its bidi over each text item: a word drawn left to
//!   right is one item, reversed into reading order;
//! - poppler `-raw` keeps content order, one word at a time, and reverses a
//!   word's right-to-left stretch from its first right-to-left character on: so
//!   words go in reading order, punctuation ("،", ".") is not part of the word
//!   before it, and a mark a word's drawn text would begin with (a last letter
//!   with tanwin) is shown after the word ([`GroupReading::trailing`]).
//!
//! A Dari word keeps its zero-width non-joiner, which its spelling needs, on the
//! glyph after it in drawn order (pdf.js drops a glyph whose text ends with one).

use crate::document::TextLine;
use crate::text::fonts::{is_default_ignorable, FaceId};
use crate::text::{Glyph, Run};
use std::collections::BTreeMap;
use std::ops::Range;

/// Whether `glyph` is a hyphen a line break added (see the module's doc).
fn break_hyphen(glyph: &Glyph) -> bool {
    glyph.cluster.is_empty()
}

/// The characters, in logical order, of the clusters the glyphs stand for,
/// without the default-ignorable ones.
fn logical_chars(text: &str, glyphs: &[Glyph]) -> Vec<char> {
    cluster_chars(text, glyphs, |c| !is_default_ignorable(c))
}

/// The characters of right-to-left glyphs, in logical order: as
/// [`logical_chars`], with the joiners kept.
fn rtl_chars(text: &str, glyphs: &[Glyph]) -> Vec<char> {
    cluster_chars(text, glyphs, |c| !is_default_ignorable(c) || is_joiner(c))
}

fn cluster_chars(text: &str, glyphs: &[Glyph], keep: impl Fn(char) -> bool) -> Vec<char> {
    if let [glyph] = glyphs {
        // Most clusters are one glyph: nothing to order.
        return text[glyph.cluster.clone()]
            .chars()
            .filter(|&c| keep(c))
            .collect();
    }
    let mut clusters: Vec<&Range<usize>> = glyphs.iter().map(|g| &g.cluster).collect();
    clusters.sort_by_key(|c| c.start);
    clusters.dedup();
    clusters
        .into_iter()
        .flat_map(|c| text[c.clone()].chars())
        .filter(|&c| keep(c))
        .collect()
}

/// Zero-width non-joiner and joiner: invisible, but part of a word's spelling
/// (Dari "می‌گیرد"): a copied word needs them, and a search for it holds them.
fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}')
}

/// The text a group of glyphs stands for, in logical order.
pub fn group_chars(text: &str, glyphs: &[Glyph]) -> String {
    logical_chars(text, glyphs).into_iter().collect()
}

/// What one occurrence of a glyph reads as.
#[derive(Debug, Clone, PartialEq)]
pub enum Reading {
    /// Shown as text, under a code whose ToUnicode entry is this string.
    Text(String),
    /// Drawn as an outline, not text: its characters, if any, are read from
    /// another glyph of its cluster or from unseen codes (see the module's doc).
    Outline,
}

/// How a group of glyphs (one unit of extraction) is read.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupReading {
    /// One reading per glyph, in the order the glyphs are written.
    pub glyphs: Vec<Reading>,
    /// Text shown by invisible codes of no width (see [`read_ltr_unit`]), each
    /// at the shaper's pen before the glyph of its index (`glyphs.len()`: after
    /// the last), in the order written.
    pub unseen: Vec<(usize, String)>,
    /// The group's /ActualText: only a line break's hyphen needs one.
    pub actual: Option<String>,
    /// Right to left, the group a word begins with in drawn order (its last
    /// letter): the marks its text would begin with, which are shown unseen
    /// after the word instead (see [`read_rtl_unit`]).
    pub trailing: Option<String>,
}

/// How the glyphs of a group read (see the module's doc): each glyph its own
/// text, so that the texts in written order are the group's characters.
pub fn read_group(
    text: &str,
    run: &Run,
    glyphs: &[Glyph],
    rtl_line: bool,
    opens_word: bool,
) -> GroupReading {
    let hyphen = glyphs.last().is_some_and(break_hyphen);
    let body = if hyphen {
        &glyphs[..glyphs.len() - 1]
    } else {
        glyphs
    };
    let mut readings = Vec::with_capacity(glyphs.len());
    let mut unseen = Vec::new();
    let mut trailing = None;
    if run.rtl && rtl_line {
        // One cluster, or clusters drawn at one x (lam-alef): one unit.
        let (read, marks) = read_rtl_unit(text, body, opens_word);
        readings.extend(read);
        trailing = marks;
    } else {
        for cluster in clusters(body) {
            let offset = cluster.start;
            if run.rtl {
                readings.extend(read_rtl_unit(text, &body[cluster], false).0);
                continue;
            }
            let (glyphs, more) =
                read_ltr_unit(&logical_chars(text, &body[cluster.clone()]), &body[cluster]);
            readings.extend(glyphs);
            unseen.extend(more.into_iter().map(|(i, t)| (offset + i, t)));
        }
    }
    let actual = if hyphen {
        // For readers without /ActualText: a hyphen, as drawn.
        readings.push(Reading::Text("\u{2010}".into()));
        // The word's part before a line break's hyphen, without it.
        Some(group_chars(text, glyphs))
    } else {
        None
    };
    GroupReading {
        glyphs: readings,
        unseen,
        actual,
        trailing,
    }
}

/// The readings of the glyphs of one right-to-left cluster (or of clusters
/// drawn at one x), in written order, and the marks shown after its word when
/// it `opens_word` ([`GroupReading::trailing`]).
///
/// The glyphs read the characters in drawn order, which PDFium, pdf.js and
/// poppler reverse with the line's bidi. poppler `-raw` reverses the
/// right-to-left stretch of a word from its first right-to-left character on,
/// so a word whose drawn text began with a mark (a last letter with tanwin,
/// "شخصٌ") would read with the mark first; that mark is shown after the word.
fn read_rtl_unit(text: &str, glyphs: &[Glyph], opens_word: bool) -> (Vec<Reading>, Option<String>) {
    let mut chars = drawn_order(&rtl_chars(text, glyphs));
    let marks = chars.iter().take_while(|&&c| is_nonspacing_mark(c)).count();
    let trailing = (opens_word && marks > 0 && marks < chars.len())
        .then(|| chars.drain(..marks).rev().collect::<String>());
    // Marks moved off the cluster's baseline are drawn as outlines (text cannot
    // change its baseline inside one operator); the glyphs on it carry the text:
    // one character each in written order, the rest on the last one. Of glyphs
    // drawn at one x (lam-alef), the one with an advance carries the text:
    // poppler ends a word at a glyph drawn where the one before it starts.
    let base_rise = base_rise(glyphs);
    let on_base = |i: &usize| glyphs[*i].y_offset == base_rise;
    let mut carriers: Vec<usize> = (0..glyphs.len()).filter(on_base).collect();
    if carriers.iter().any(|&i| glyphs[i].x_advance > 0.0) {
        carriers.retain(|&i| glyphs[i].x_advance > 0.0);
    }
    let mut readings = vec![Reading::Outline; glyphs.len()];
    let mut rest = &chars[..];
    for (n, &i) in carriers.iter().enumerate() {
        let take = if n + 1 == carriers.len() {
            rest.len()
        } else {
            rest.len().min(1)
        };
        if take == 0 {
            break;
        }
        readings[i] = Reading::Text(rest[..take].iter().collect());
        rest = &rest[take..];
    }
    (readings, trailing)
}

/// The readings of a left-to-right cluster's glyphs, and the text it shows
/// unseen: each glyph reads a slice of the characters, the slices in written
/// order making up the cluster's text (a prefix vowel drawn first reads the
/// consonant).
///
/// pdf.js takes a glyph whose text holds a non-spacing mark (Mn) for a
/// diacritic of no width, does not advance over it, and splits the word with
/// a space (its `SpecialCharRegExp`, measured in docs/rtl-text-extraction.md).
/// So a glyph with an advance reads no mark: the marks of its slice, before
/// and after its other characters, are shown unseen, by invisible codes of no
/// width at the pen. Marks drawn off the baseline are outlines (PDFium puts
/// text with a rise where it is drawn, often left of its base, and scrambles
/// the word: measured "សនើផ្ ្ដល់" for "ស្នើផ្ដល់"); their slices are shown
/// unseen after them. A glyph with no character is an outline.
fn read_ltr_unit(chars: &[char], glyphs: &[Glyph]) -> (Vec<Reading>, Vec<(usize, String)>) {
    let n = glyphs.len();
    let base_rise = base_rise(glyphs);
    let advances = |i: usize| glyphs[i].x_advance > 0.0;
    // What a slice costs on glyph `i`: an advancing glyph that reads nothing
    // leaves a gap pdf.js fills with a space (500); each unseen piece 2; each
    // character past the first 1, so characters spread one to a glyph.
    let cost = |i: usize, slice: &[char]| -> u32 {
        let extra = slice.len().saturating_sub(1) as u32;
        if !advances(i) {
            return if slice.is_empty() { 1 } else { extra };
        }
        match split_marks(slice) {
            (_, [], _) => 500,
            (before, _, after) => {
                extra + 2 * (!before.is_empty() as u32 + !after.is_empty() as u32)
            }
        }
    };
    let (mut readings, mut unseen) = (Vec::with_capacity(n), Vec::new());
    let mut j = 0;
    for (i, len) in cheapest_slices(n, chars, cost).into_iter().enumerate() {
        let slice = &chars[j..j + len];
        j += len;
        let text = |cs: &[char]| cs.iter().collect::<String>();
        let off_baseline = glyphs[i].y_offset != base_rise;
        match split_marks(slice) {
            (before, shown, after) if advances(i) && !shown.is_empty() => {
                if !before.is_empty() {
                    unseen.push((i, text(before)));
                }
                readings.push(Reading::Text(text(shown)));
                if !after.is_empty() {
                    unseen.push((i + 1, text(after)));
                }
            }
            _ if slice.is_empty() => readings.push(Reading::Outline),
            _ if advances(i) || off_baseline => {
                readings.push(Reading::Outline);
                unseen.push((i + 1, text(slice)));
            }
            _ => readings.push(Reading::Text(text(slice))),
        }
    }
    (readings, unseen)
}

/// How many of `chars`, in order, each of `n` glyphs reads, at the least
/// total `cost(glyph, slice)`: every character read once, in written order.
fn cheapest_slices(n: usize, chars: &[char], cost: impl Fn(usize, &[char]) -> u32) -> Vec<usize> {
    let m = chars.len();
    if n == 1 {
        // One glyph reads them all (most clusters): no choice to weigh.
        return vec![m];
    }
    // best[i][j]: the least cost of glyphs[i..] reading chars[j..], and the
    // length of glyph i's slice that reaches it.
    let mut best = vec![vec![(u32::MAX, 0usize); m + 1]; n + 1];
    best[n][m] = (0, 0);
    for i in (0..n).rev() {
        for j in 0..=m {
            for k in 0..=(m - j) {
                let (rest, _) = best[i + 1][j + k];
                if rest == u32::MAX {
                    continue;
                }
                let total = rest + cost(i, &chars[j..j + k]);
                if total < best[i][j].0 {
                    best[i][j] = (total, k);
                }
            }
        }
    }
    let mut lengths = Vec::with_capacity(n);
    let mut j = 0;
    for row in &best[..n] {
        lengths.push(row[j].1);
        j += row[j].1;
    }
    lengths
}

/// A slice of characters as its leading marks, what follows up to the next
/// mark, and the rest (which starts with a mark).
fn split_marks(slice: &[char]) -> (&[char], &[char], &[char]) {
    let lead = slice.iter().take_while(|&&c| is_nonspacing_mark(c)).count();
    let body = slice[lead..]
        .iter()
        .take_while(|&&c| !is_nonspacing_mark(c))
        .count();
    (
        &slice[..lead],
        &slice[lead..lead + body],
        &slice[lead + body..],
    )
}

/// Whether `c` is a non-spacing mark (general category Mn).
fn is_nonspacing_mark(c: char) -> bool {
    use icu_properties::props::GeneralCategory;
    use icu_properties::CodePointMapData;
    CodePointMapData::<GeneralCategory>::new().get(c) == GeneralCategory::NonspacingMark
}

/// Right-to-left characters in drawn order, as pdf.js (which reads ToUnicode
/// only) and PDFium reverse them with the line's bidi (measured,
/// docs/rtl-text-extraction.md).
fn drawn_order(chars: &[char]) -> Vec<char> {
    chars.iter().rev().copied().collect()
}

/// The rise of a group's baseline: the base letter's, which is on the line
/// (marks are the glyphs moved off it).
pub fn base_rise(glyphs: &[Glyph]) -> f32 {
    if glyphs.iter().any(|g| g.y_offset == 0.0) {
        0.0
    } else {
        glyphs[0].y_offset
    }
}

/// A glyph shown as a text: the glyph id, the text, and whether the code is an
/// unseen one, of no width ([`GroupReading::unseen`]).
pub type CodeKey = (u16, String, bool);

/// Every text each glyph is shown with, per face, in order of first use: what the
/// fonts' codes are made of.
pub type GlyphTexts = BTreeMap<FaceId, Vec<CodeKey>>;

/// The glyph that shows the unseen text at `index` of a group's `glyphs`
/// ([`GroupReading::unseen`]): its neighbour, invisible, under a code of no
/// width. PDFium places a character by its glyph's ink: a mark's reaches back
/// over its base, and a glyph without ink is misplaced, either scrambling
/// Khmer words; a neighbour with its own width moved back after it scrambles
/// Gujarati conjuncts (all measured). The neighbour's ink is where the text
/// belongs.
pub fn unseen_glyph(glyphs: &[Glyph], index: usize) -> u16 {
    glyphs[index.min(glyphs.len() - 1)].gid
}

/// The glyph that shows a word's trailing marks ([`GroupReading::trailing`]):
/// the letter they belong to, whose ink is where they are (PDFium places a
/// character by its glyph's ink).
pub fn trailing_glyph(glyphs: &[Glyph], readings: &[Reading]) -> u16 {
    let carrier = readings.iter().position(|r| matches!(r, Reading::Text(_)));
    glyphs[carrier.unwrap_or(0)].gid
}

/// A line's segments and the reading of each of their groups, worked out once:
/// the fonts' codes are made from them, and the painter shows them.
pub struct LineReading {
    pub segments: Vec<Segment>,
    /// Per segment, each group's reading.
    pub groups: Vec<Vec<GroupReading>>,
}

/// Every line's reading, by the line's place in memory (a card's lines are
/// the same on every copy of it on a sheet).
#[derive(Default)]
pub struct Readings(std::collections::HashMap<usize, LineReading>);

impl Readings {
    pub fn of(&self, line: &TextLine) -> Option<&LineReading> {
        self.0.get(&line_key(line))
    }
}

/// The glyph texts of these lines (every text each glyph is shown with) and
/// their readings, as [`read_group`] reads them.
pub fn glyph_texts<'a>(lines: impl Iterator<Item = &'a TextLine>) -> (GlyphTexts, Readings) {
    // Each line once (a card's lines are painted on every copy of it), read
    // on all cores; the texts then gathered in order.
    let mut unique = std::collections::HashSet::new();
    let lines: Vec<&TextLine> = lines.filter(|l| unique.insert(line_key(l))).collect();
    let read = crate::outputs::on_all_cores(&lines, |line| read_line(line));
    // Each glyph text once per face, compared borrowed: copied only when new.
    let mut seen = std::collections::HashSet::new();
    let mut out = GlyphTexts::new();
    for (line, reading) in lines.iter().zip(&read) {
        for (segment, read) in reading.segments.iter().zip(&reading.groups) {
            let run = &line.line.runs[segment.run];
            for (group, reading) in segment.groups.iter().zip(read) {
                let glyphs = &run.glyphs[group.clone()];
                let trailing = (reading.trailing.as_deref())
                    .map(|t| (trailing_glyph(glyphs, &reading.glyphs), t, true));
                let shown = glyphs
                    .iter()
                    .zip(&reading.glyphs)
                    .filter_map(|(g, r)| match r {
                        Reading::Text(t) => Some((g.gid, t.as_str(), false)),
                        Reading::Outline => None,
                    });
                let unseen = (reading.unseen.iter())
                    .map(|(i, t)| (unseen_glyph(glyphs, *i), t.as_str(), true));
                for (gid, text, unseen) in shown.chain(unseen).chain(trailing) {
                    if seen.insert((run.face, gid, text, unseen)) {
                        out.entry(run.face)
                            .or_default()
                            .push((gid, text.to_string(), unseen));
                    }
                }
            }
        }
    }
    let readings = (lines.iter().map(|line| line_key(line))).zip(read);
    (out, Readings(readings.collect()))
}

/// A line's key in [`Readings`]: where it is in memory.
fn line_key(line: &TextLine) -> usize {
    line as *const TextLine as usize
}

/// A line's segments and their groups' readings ([`read_group`]).
pub fn read_line(line: &TextLine) -> LineReading {
    let rtl_line = line.line.rtl;
    let segments = segments(line, rtl_line);
    let groups = (segments.iter())
        .map(|segment| {
            let run = &line.line.runs[segment.run];
            (segment.groups.iter().enumerate())
                .map(|(k, group)| {
                    // Whether it opens a word matters on a right-to-left line only.
                    let opens_word = rtl_line && k == 0;
                    read_group(
                        &line.text,
                        run,
                        &run.glyphs[group.clone()],
                        rtl_line,
                        opens_word,
                    )
                })
                .collect()
        })
        .collect();
    LineReading { segments, groups }
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
                // group, so no reader has to guess the order of the two. A
                // group that a joiner ends (in drawn order) goes with the next,
                // whose glyph then reads the joiner first: pdf.js drops a glyph
                // whose text ends with a format character.
                Some((_, g))
                    if rtl_line
                        && (first_x <= last_x + 0.01
                            || rtl_chars(&line.text, &run.glyphs[g.clone()])
                                .first()
                                .is_some_and(|&c| is_joiner(c))) =>
                {
                    g.end = cluster.end
                }
                _ => {
                    groups.push((cluster_pen, cluster.clone()));
                    last_x = f32::NEG_INFINITY;
                }
            }
            last_x = drawn.into_iter().fold(last_x, f32::max);
        }
        if !rtl_line && run.glyphs.last().is_some_and(break_hyphen) {
            with_word_before(&mut groups, &line.text, run);
        }
        if rtl_line {
            out.extend(word_units(groups, &line.text, run, r));
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

/// The groups of a run on a right-to-left line as segments: one per word (its
/// letters' groups, in drawn order), one per punctuation mark and one per white
/// space, so that they can be written in reading order (see the module's doc).
fn word_units(groups: Vec<(f32, Range<usize>)>, text: &str, run: &Run, r: usize) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    let mut open = false;
    for (pen, g) in groups {
        let letters = rtl_chars(text, &run.glyphs[g.clone()])
            .into_iter()
            .any(|c| is_strong_rtl(c) || is_joiner(c));
        match out.last_mut() {
            Some(word) if open && letters => word.groups.push(g),
            _ => out.push(Segment {
                run: r,
                pen,
                groups: vec![g],
            }),
        }
        open = letters;
    }
    out
}

/// Whether `c` is a right-to-left letter (bidi class R or AL).
fn is_strong_rtl(c: char) -> bool {
    use unicode_bidi::BidiClass::{AL, R};
    matches!(unicode_bidi::bidi_class(c), R | AL)
}

/// The last group of `groups`, a line break's hyphen, joined with the groups of
/// the word's part before it in `run` (back to a space), so that one /ActualText
/// covers both (see the module's doc).
fn with_word_before(groups: &mut Vec<(f32, Range<usize>)>, text: &str, run: &Run) {
    while let [.., (_, before), (_, hyphen)] = &groups[..] {
        let letters = logical_chars(text, &run.glyphs[before.clone()]);
        if letters.is_empty() || letters.iter().any(|c| c.is_whitespace()) {
            return;
        }
        let joined = before.start..hyphen.end;
        groups.pop();
        if let Some(last) = groups.last_mut() {
            last.1 = joined;
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Role;
    use crate::spec::{Color, Weight};
    use crate::text::tests::book;
    use crate::text::ShapedParagraph;

    /// `text` shaped with the project's fonts, as one line at 10 pt from x = 10.
    fn shaped_line(text: &str, locale: &str, rtl: bool) -> TextLine {
        let para = ShapedParagraph::new(text, locale, rtl, Weight::Regular, book()).unwrap();
        TextLine {
            x: 10.0,
            baseline: 20.0,
            size: 10.0,
            color: Color::BLACK,
            line: para.single_line(book()),
            text: text.into(),
            lang: locale.into(),
            foreign: Vec::new().into(),
            role: Role::Paragraph,
            block: 0,
            paragraph: 0,
            message_id: "test".into(),
        }
    }

    /// One group of glyphs as the PDF writes it.
    struct Written {
        /// The first byte of the text its glyphs stand for.
        start: usize,
        /// The segment it is written in.
        segment: usize,
        rtl_run: bool,
        glyphs: usize,
        readings: Vec<Reading>,
        actual: Option<String>,
        /// Its glyphs' texts (ToUnicode), with the unseen texts, in the order written.
        to_unicode: String,
        /// The marks shown unseen after its segment.
        trailing: Option<String>,
    }

    /// The groups of a line in the order they are written.
    fn written(line: &TextLine) -> Vec<Written> {
        let mut out = Vec::new();
        for (n, segment) in segments(line, line.line.rtl).into_iter().enumerate() {
            let run = &line.line.runs[segment.run];
            for (k, group) in segment.groups.iter().enumerate() {
                let glyphs = &run.glyphs[group.clone()];
                let reading = read_group(&line.text, run, glyphs, line.line.rtl, k == 0);
                let mut to_unicode = String::new();
                for i in 0..=reading.glyphs.len() {
                    let unseen = reading.unseen.iter().filter(|(at, _)| *at == i);
                    to_unicode.extend(unseen.map(|(_, t)| t.as_str()));
                    if let Some(Reading::Text(t)) = reading.glyphs.get(i) {
                        to_unicode.push_str(t);
                    }
                }
                out.push(Written {
                    start: glyphs.iter().map(|g| g.cluster.start).min().unwrap(),
                    segment: n,
                    rtl_run: run.rtl,
                    glyphs: glyphs.len(),
                    to_unicode,
                    readings: reading.glyphs,
                    actual: reading.actual,
                    trailing: reading.trailing,
                });
            }
        }
        out
    }

    /// A right-to-left line's text as the readers put it together: each
    /// segment's glyph texts (drawn order) reversed, then its trailing marks,
    /// segments in the order written.
    fn read_rtl_line(written: &[Written]) -> String {
        let mut out = String::new();
        for segment in written.chunk_by(|a, b| a.segment == b.segment) {
            let drawn: String = segment.iter().map(|w| w.to_unicode.as_str()).collect();
            if segment[0].rtl_run {
                out.extend(drawn.chars().rev());
            } else {
                out.push_str(&drawn);
            }
            out.extend(segment.iter().filter_map(|w| w.trailing.as_deref()));
        }
        out
    }

    /// Invisible controls: bidi marks, embeddings, isolates, ALM, zero-width ones.
    fn has_control(text: &str) -> bool {
        text.chars().any(|c| {
            matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}')
        })
    }

    fn strictly_increasing<T: PartialOrd>(values: &[T]) -> bool {
        values.windows(2).all(|w| w[0] < w[1])
    }

    #[test]
    fn a_latin_line_is_one_segment_in_reading_order() {
        let line = shaped_line("Call the hotline", "en", false);
        let segs = segments(&line, false);
        assert_eq!(segs.len(), 1, "one run, one text operator");
        assert_eq!(segs[0].pen, line.x);
        let run = &line.line.runs[segs[0].run];
        let expected: Vec<Range<usize>> = (0..run.glyphs.len()).map(|i| i..i + 1).collect();
        assert_eq!(segs[0].groups, expected);
        let written = written(&line);
        assert!(written.iter().all(|w| w.actual.is_none()));
        let text: String = written.iter().map(|w| w.to_unicode.as_str()).collect();
        assert_eq!(text, "Call the hotline");
    }

    const ARABIC: &str = "من خلال \u{2068}Children's Cove\u{2069}، تُقدَّم شخصٌ الاتصال";

    #[test]
    fn an_arabic_line_is_written_word_by_word_in_reading_order_each_word_as_drawn() {
        let line = shaped_line(ARABIC, "ar", true);
        let written = written(&line);
        let starts: Vec<usize> = written.iter().map(|w| w.start).collect();
        let segments: Vec<Vec<usize>> = written
            .chunk_by(|a, b| a.segment == b.segment)
            .map(|s| s.iter().map(|w| w.start).collect())
            .collect();
        // Segments in reading order; inside a right-to-left word, groups as
        // drawn, left to right (its last letter first).
        let firsts: Vec<usize> = segments.iter().map(|s| *s.iter().min().unwrap()).collect();
        assert!(strictly_increasing(&firsts), "{starts:?}");
        let word = written
            .iter()
            .find(|w| w.start == ARABIC.find("خلال").unwrap())
            .unwrap();
        let in_word: Vec<&Written> = written
            .iter()
            .filter(|w| w.segment == word.segment)
            .collect();
        let drawn: String = in_word.iter().map(|w| w.to_unicode.as_str()).collect();
        assert_eq!(
            drawn.chars().rev().collect::<String>(),
            "خلال",
            "one segment, the whole word"
        );
        assert!(
            in_word.windows(2).all(|p| p[0].start > p[1].start),
            "drawn order"
        );
        // No /ActualText, no control character; read back as the readers do.
        assert!(written
            .iter()
            .all(|w| w.actual.is_none() && !has_control(&w.to_unicode)));
        let plain = ARABIC.replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(read_rtl_line(&written), plain);
    }

    #[test]
    fn an_arabic_glyph_of_several_letters_carries_them_in_drawn_order() {
        let line = shaped_line(ARABIC, "ar", true);
        let written = written(&line);
        let at = |letters: &str| {
            let start = ARABIC.find(letters).unwrap();
            written.iter().find(|w| w.start == start).unwrap()
        };
        // Lam-alef: two glyphs at one x; the one with the advance carries both
        // letters, in drawn order, so that poppler reads one word.
        let lam_alef = at("\u{644}\u{627}\u{62A}");
        assert_eq!(lam_alef.glyphs, 2);
        assert_eq!(lam_alef.to_unicode, "\u{627}\u{644}");
        assert_eq!(
            lam_alef
                .readings
                .iter()
                .filter(|r| **r == Reading::Outline)
                .count(),
            1
        );
        // Teh + damma (glyphs in visual order, the mark first): the damma drawn
        // as an outline, the teh carries both, in drawn order.
        let teh = at("\u{62A}\u{64F}");
        assert_eq!(
            teh.readings,
            vec![Reading::Outline, Reading::Text("\u{64F}\u{62A}".into())]
        );
        // A word's last letter with tanwin: its mark is shown after the word.
        let sad = at("\u{635}\u{64C}");
        assert_eq!(sad.to_unicode, "\u{635}");
        assert_eq!(sad.trailing.as_deref(), Some("\u{64C}"));
    }

    #[test]
    fn a_dari_word_keeps_its_zero_width_non_joiner_inside_a_glyphs_text() {
        let text = "کودکان می\u{200C}گیرد";
        let line = shaped_line(text, "fa-AF", true);
        let written = written(&line);
        assert_eq!(read_rtl_line(&written), text);
        // pdf.js drops a glyph whose text ends with a format character.
        for w in &written {
            for r in &w.readings {
                if let Reading::Text(t) = r {
                    assert!(!t.ends_with('\u{200C}'), "{t:?}");
                }
            }
        }
    }

    #[test]
    fn a_line_breaks_hyphen_reads_as_nothing_with_the_words_part_before_it() {
        let text = "a coordinated response";
        let para = ShapedParagraph::new(text, "en", false, Weight::Regular, book())
            .unwrap()
            .hyphenated(book())
            .unwrap();
        let end = text.find("nated").unwrap();
        let mut line = shaped_line(text, "en", false);
        let first = 0..end;
        line.line = para.lines(&[first], book()).remove(0);
        let written = written(&line);
        let last = written.last().unwrap();
        assert_eq!(last.glyphs, 7);
        assert_eq!(last.actual.as_deref(), Some("coordi"));
        assert_eq!(
            last.readings.last(),
            Some(&Reading::Text("\u{2010}".into()))
        );
        // What PDFium and poppler read: the /ActualText, or else the glyphs' texts.
        let read: String = written
            .iter()
            .map(|w| w.actual.as_deref().unwrap_or(&w.to_unicode))
            .collect();
        assert_eq!(read, "a coordi");
    }

    #[test]
    fn a_khmer_line_reads_back_by_its_glyphs_texts_alone() {
        // "(not always) money", from the Khmer poster.
        reads_back_by_its_glyphs_texts_alone("ជាប្រាក់នោះទេ", "km");
        // Words pdf.js split when a consonant carried its vowel's or its
        // subscript's mark ("ទិ ញ"): "offers, buys", "18 years", "health",
        // "sexual ... on", "recruiting".
        reads_back_by_its_glyphs_texts_alone("ស្នើផ្ដល់ ទិញ 18 ឆ្នាំ សុខភាព ផ្លូវភេទលើ ការជ្រើសរើស", "km");
    }

    /// A left-to-right line of `text` reads back, glyph by glyph through its
    /// ToUnicode alone (as pdf.js reads), exactly as written: no /ActualText;
    /// and no glyph with an advance reads a non-spacing mark, which pdf.js
    /// would take for a diacritic of no width and follow with a space.
    fn reads_back_by_its_glyphs_texts_alone(text: &str, locale: &str) {
        let line = shaped_line(text, locale, false);
        let written = written(&line);
        assert!(written.iter().all(|w| w.actual.is_none()), "no /ActualText");
        let read: String = written.iter().map(|w| w.to_unicode.as_str()).collect();
        assert_eq!(read, text);
        for run in &line.line.runs {
            for cluster in clusters(&run.glyphs) {
                let glyphs = &run.glyphs[cluster];
                let reading = read_group(&line.text, run, glyphs, false, false);
                for (g, r) in glyphs.iter().zip(&reading.glyphs) {
                    if let Reading::Text(t) = r {
                        assert!(
                            g.x_advance == 0.0 || !t.chars().any(is_nonspacing_mark),
                            "glyph {} with an advance reads {t:?} in {text:?}",
                            g.gid
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn a_gujarati_line_with_a_prefix_vowel_reads_back_by_its_glyphs_texts_alone() {
        // "children" and "call": the i-matra drawn before its consonant.
        reads_back_by_its_glyphs_texts_alone("બાળકોની કૉલ કરો, કિંમતી", "gu");
        // Conjuncts with a virama and marks above and below, which pdf.js
        // split: "when", "person", "clear", "acts", "age", "interests".
        reads_back_by_its_glyphs_texts_alone("ત્યારે વ્યક્તિ સ્પષ્ટ કૃત્યો ઉંમરના રુચિઓ", "gu");
    }
}
