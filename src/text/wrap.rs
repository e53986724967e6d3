//! Where a paragraph's lines end: first fit at the column's width, then, when the
//! last line would hold one lone word (in a script without spaces, one word of its
//! segmenter or one or two characters), the paragraph's last lines set again so
//! that it does not, as CSS `text-wrap: pretty` does. Never more lines, never a
//! line wider than the column.

use super::linebreak::Break;
use std::ops::Range;
use unicode_script::{Script, UnicodeScript};

/// Whether `text` has at most `n` letters or digits.
fn letters_at_most(text: &str, n: usize) -> bool {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .nth(n)
        .is_none()
}

/// Whether `text` has Chinese or Japanese letters.
fn ideographic(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(
            c.script(),
            Script::Han | Script::Hiragana | Script::Katakana
        )
    })
}

/// How many of a paragraph's last lines the rebalancing may reset.
const TAIL_LINES: usize = 4;

/// What a line that ends inside a word costs the rebalancing (a Korean word
/// between two syllables, a word after its slash), against the square of its
/// spare width: as much as a line half empty, so words move whole where they can.
const INSIDE_WORD: f32 = 0.25;

/// What the breaker needs of a paragraph: its text, the breaks a line may end
/// at (the text's length last), and the width of a stretch without its trailing
/// space, in the same unit as the column's width.
pub struct Paragraph<'p> {
    pub text: &'p str,
    pub breaks: &'p [Break],
    pub width: &'p dyn Fn(Range<usize>) -> f32,
}

impl Paragraph<'_> {
    /// First fit, then the last line rebalanced if it is lone (see the module's doc).
    pub fn pretty(&self, max: f32) -> Vec<Range<usize>> {
        let mut lines = self.first_fit(max);
        if let Some(tail) = self.rebalanced_tail(&lines, max) {
            let keep = lines.len() - tail.len();
            lines.truncate(keep);
            lines.extend(tail);
        }
        lines
    }

    /// First-fit line breaking at `max`. A piece that cannot fit alone gets a
    /// line of its own (and the caller sees the overflow in its width).
    pub fn first_fit(&self, max: f32) -> Vec<Range<usize>> {
        let mut lines = Vec::new();
        let mut start = 0;
        let mut best: Option<usize> = None;
        let mut i = 0;
        while i < self.breaks.len() {
            let b = self.breaks[i];
            if self.fits(start..b.offset, max) {
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
        lines.retain(|r| !self.blank(r.clone()));
        lines
    }

    fn fits(&self, range: Range<usize>, max: f32) -> bool {
        (self.width)(range) <= max + 1e-4
    }

    fn blank(&self, range: Range<usize>) -> bool {
        self.text[range].trim().is_empty()
    }

    /// Whether a last line `range` is lone: one word ("suspicion.",
    /// "privadu/striptease", a Khmer word, "為。"), or in Chinese or Japanese at
    /// most two letters ("興趣"). A name kept whole ("Child-at-Risk Hotline") is
    /// words, not one.
    fn lone(&self, range: Range<usize>) -> bool {
        let line = self.text[range.clone()].trim();
        if line.contains(char::is_whitespace) {
            return false;
        }
        let end = range.start + self.text[range.clone()].trim_end().len();
        let from = self.breaks.partition_point(|b| b.offset <= range.start);
        let one_word = !self.breaks[from..]
            .iter()
            .take_while(|b| b.offset < end)
            .any(|b| !b.inside_word);
        one_word || (letters_at_most(line, 2) && ideographic(line))
    }

    /// The last lines of `lines` set again so the last is not lone: the same
    /// number of lines, each within `max`, their ragged edge as even as it can be
    /// (least sum of squared spare widths). `None` when the last line is not lone
    /// or nothing better fits.
    fn rebalanced_tail(&self, lines: &[Range<usize>], max: f32) -> Option<Vec<Range<usize>>> {
        let last = lines.last()?;
        if lines.len() < 2 || !self.lone(last.clone()) {
            return None;
        }
        // Reset no line before a mandatory break: only the paragraph's last part.
        let after_mandatory = self
            .breaks
            .iter()
            .filter(|b| b.mandatory)
            .map(|b| b.offset)
            .max()
            .unwrap_or(0);
        let first = lines.len().saturating_sub(TAIL_LINES);
        let first = (first..lines.len()).find(|&i| lines[i].start >= after_mandatory)?;
        let count = lines.len() - first;
        if count < 2 {
            return None;
        }
        self.tail_lines(lines[first].start, count, max)
    }

    /// The best `count` lines from `start` to the end of the text whose last is
    /// not lone, by dynamic programming over the break positions. A line that is
    /// not the last costs the square of its spare width (a fraction of the
    /// column), more if it ends inside a word.
    fn tail_lines(&self, start: usize, count: usize, max: f32) -> Option<Vec<Range<usize>>> {
        let end = self.text.len();
        let after: Vec<&Break> = self.breaks.iter().filter(|b| b.offset > start).collect();
        let points: Vec<usize> = std::iter::once(start)
            .chain(after.iter().map(|b| b.offset))
            .collect();
        let ending_cost: Vec<f32> = std::iter::once(0.0)
            .chain(
                after
                    .iter()
                    .map(|b| if b.inside_word { INSIDE_WORD } else { 0.0 }),
            )
            .collect();
        let n = points.len();
        // cost[j][p]: the least cost of j lines from `start` to points[p], with
        // the point each came from.
        let mut cost = vec![vec![(f32::INFINITY, 0usize); n]; count];
        cost[0][0] = (0.0, 0);
        for j in 1..count {
            for p in 1..n {
                // From the shortest line back: once one is too wide, so are the rest.
                for q in (0..p).rev() {
                    let line = points[q]..points[p];
                    let width = (self.width)(line.clone());
                    if width > max + 1e-4 {
                        break;
                    }
                    let (before, _) = cost[j - 1][q];
                    // Only a line of nothing but spaces has no width.
                    if before.is_infinite() || (width == 0.0 && self.blank(line)) {
                        continue;
                    }
                    let spare = (max - width) / max;
                    let total = before + spare * spare + ending_cost[p];
                    if total < cost[j][p].0 {
                        cost[j][p] = (total, q);
                    }
                }
            }
        }
        let (_, from) = (0..n)
            .filter(|&p| points[p] < end)
            .filter(|&p| {
                let line = points[p]..end;
                self.fits(line.clone(), max) && !self.blank(line.clone()) && !self.lone(line)
            })
            .map(|p| (cost[count - 1][p].0, p))
            .filter(|(c, _)| c.is_finite())
            .min_by(|a, b| a.0.total_cmp(&b.0))?;
        let mut ends = vec![end];
        let mut p = from;
        for j in (1..count).rev() {
            ends.push(points[p]);
            p = cost[j][p].1;
        }
        ends.push(start);
        ends.reverse();
        Some(ends.windows(2).map(|w| w[0]..w[1]).collect())
    }
}
