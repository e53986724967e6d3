//! Where a paragraph's lines end: first fit at the column's width, then, when the
//! last line would hold one lone word (in a script without spaces, one word of its
//! segmenter or one or two characters), the paragraph's last lines set again so
//! that it does not, as CSS `text-wrap: pretty` does. Never more lines, never a
//! line wider than the column.

use super::linebreak::Break;
use std::ops::Range;
use unicode_script::{Script, UnicodeScript};

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
        let words = 1 + self
            .breaks
            .iter()
            .filter(|b| b.offset > range.start && b.offset < end)
            .filter(|b| self.between_words(b.offset))
            .count();
        let letters = line.chars().filter(|c| c.is_alphanumeric()).count();
        let ideographic = line.chars().any(|c| {
            matches!(
                c.script(),
                Script::Han | Script::Hiragana | Script::Katakana
            )
        });
        words == 1 || (ideographic && letters <= 2)
    }

    /// Whether a break at `at` separates words: after a space, or beside a letter
    /// of a script written without spaces (Chinese, Japanese, Khmer, Thai, Lao,
    /// Burmese), where a break is a word boundary. A break after a slash or a
    /// dash inside a word does not.
    fn between_words(&self, at: usize) -> bool {
        let unspaced = |c: Option<char>| {
            c.is_some_and(|c| {
                matches!(
                    c.script(),
                    Script::Han
                        | Script::Hiragana
                        | Script::Katakana
                        | Script::Khmer
                        | Script::Thai
                        | Script::Lao
                        | Script::Myanmar
                )
            })
        };
        let before = self.text[..at].chars().next_back();
        let after = self.text[at..].chars().next();
        before.is_some_and(char::is_whitespace) || unspaced(before) || unspaced(after)
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

    /// What a line that is not the last costs: the square of its spare width (a
    /// fraction of the column), more if it ends inside a word.
    fn cost(&self, line: Range<usize>, max: f32) -> f32 {
        let spare = (max - (self.width)(line.clone())) / max;
        let inside = !self.between_words(line.end);
        spare * spare + if inside { INSIDE_WORD } else { 0.0 }
    }

    /// The best `count` lines from `start` to the end of the text whose last is
    /// not lone, by dynamic programming over the break positions.
    fn tail_lines(&self, start: usize, count: usize, max: f32) -> Option<Vec<Range<usize>>> {
        let end = self.text.len();
        let mut points = vec![start];
        points.extend(self.breaks.iter().map(|b| b.offset).filter(|&o| o > start));
        let n = points.len();
        // cost[j][p]: the least cost of j lines from `start` to points[p], with
        // the point each came from.
        let mut cost = vec![vec![(f32::INFINITY, 0usize); n]; count];
        cost[0][0] = (0.0, 0);
        for j in 1..count {
            for p in 1..n {
                for q in 0..p {
                    let (before, _) = cost[j - 1][q];
                    let line = points[q]..points[p];
                    if before.is_infinite()
                        || !self.fits(line.clone(), max)
                        || self.blank(line.clone())
                    {
                        continue;
                    }
                    let total = before + self.cost(line, max);
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
