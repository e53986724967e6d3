//! A block's messages set as lines: stacked one below the other, broken at the
//! frame's width (headings into lines of even length), with bullets for list items
//! and line heights that leave room for tall marks.

use super::frame::{leading_at, paragraph_spacing_at, size_at, Fit, Frame, Overflow, Pass};
use super::input::LayoutInput;
use super::prepare::{Prepared, Rhythm, Unit};
use crate::document::{Item, Role, TextLine};
use crate::spec::{Align, RoleSpec};
use crate::text::ShapedParagraph;
use std::ops::Range;
use std::sync::Arc;

/// How a block stacks its paragraphs: aligned how, with what space between them (a
/// fraction of the type size, as designed: spacing may lower it), and whether
/// they are list items.
pub(super) struct Stack {
    pub(super) align: Align,
    pub(super) spacing: f32,
    pub(super) bullets: bool,
}

/// Where lines go across: from `x`, `w` wide, aligned so, at `size` pt.
#[derive(Clone, Copy)]
struct Span {
    x: f32,
    w: f32,
    align: Align,
    size: f32,
}

/// Sets a block's messages as lines for one output.
pub(super) struct Lines<'i, 'a> {
    pub(super) input: &'i LayoutInput<'a>,
}

impl Lines<'_, '_> {
    /// A block's paragraphs (or list items) one below the other in `at`, the first
    /// `top` below its top. Returns `top` plus their height.
    pub(super) fn stack(
        &self,
        p: &Prepared,
        stack: &Stack,
        at: Frame,
        top: f32,
        pass: Pass,
    ) -> Result<f32, Overflow> {
        self.stack_range(p, stack, at, top, 0..p.units.len(), pass)
    }

    /// The block's paragraphs `range` one below the other in `at`, the first
    /// `top` below its top. Returns `top` plus their height.
    pub(super) fn stack_range(
        &self,
        p: &Prepared,
        stack: &Stack,
        at: Frame,
        top: f32,
        range: Range<usize>,
        mut pass: Pass,
    ) -> Result<f32, Overflow> {
        let page = &self.input.layout.spec.page;
        let spacing = paragraph_spacing_at(page, pass.fit, stack.spacing);
        let first = range.start;
        let mut h = top;
        for (i, unit) in p.units.iter().enumerate().take(range.end).skip(first) {
            if i > first {
                h += size_at(unit.size, pass.fit.t_of(unit.pair)) * spacing + pass.stretch;
            }
            let below = Frame { y: at.y + h, ..at };
            h += if stack.bullets {
                self.list_item(p, i, below, pass.again())?
            } else {
                self.unit(p, i, below, stack.align, pass.again())?
            };
        }
        Ok(h)
    }

    /// The block's paragraph `index` in `at`. Returns its height.
    pub(super) fn unit(
        &self,
        p: &Prepared,
        index: usize,
        at: Frame,
        align: Align,
        pass: Pass,
    ) -> Result<f32, Overflow> {
        let unit = &p.units[index];
        let role = self.input.layout.role(&unit.role);
        let size = size_at(unit.size, pass.fit.t_of(unit.pair));
        let Frame { x, y, w } = at;
        let para = unit.paragraph(pass.fit, self.input.book);
        let ranges = match unit.tag {
            Role::Title | Role::Heading => balanced_lines(para, w / size),
            // Rebalancing a lone last word keeps the count of lines and never
            // widens one past the column, so measuring needs first fit only.
            _ if pass.out.is_none() => para.first_fit_lines(w / size),
            _ => para.break_lines(w / size),
        };
        for r in &ranges {
            let lw = para.width(r.clone()) * size;
            if lw > w + 0.01 {
                return Err(Overflow {
                    block: p.index,
                    message_id: unit.message_id.clone(),
                    amount: lw - w,
                    available: w,
                    horizontal: true,
                });
            }
        }
        let lh = line_height(role, size, unit, pass.fit);
        if let Some(items) = pass.out {
            let across = Span { x, w, align, size };
            let baseline = |i: usize| y + i as f32 * lh + baseline_in(lh, size, unit);
            self.push_lines(items, p, index, para, &ranges, across, baseline);
        }
        Ok(lh * ranges.len() as f32)
    }

    /// The block's list item `index`: the bullet in the start margin, the text
    /// indented beside it.
    fn list_item(
        &self,
        p: &Prepared,
        index: usize,
        at: Frame,
        mut pass: Pass,
    ) -> Result<f32, Overflow> {
        let unit = &p.units[index];
        let role = self.input.layout.role(&unit.role);
        let size = size_at(unit.size, pass.fit.t_of(unit.pair));
        let Frame { x, y, w } = at;
        let indent = size * 1.1;
        let text_x = if unit.rtl { x } else { x + indent };
        // The bullet first: it is read before the item (the list label).
        if let (Some(items), Some(bullet)) = (pass.out.as_deref_mut(), &unit.bullet) {
            let line = bullet.single_line(self.input.book);
            let lh = line_height(role, size, unit, pass.fit);
            let baseline = y + baseline_in(lh, size, unit);
            let bw = line.width * size;
            let bx = if unit.rtl {
                x + w - indent + (indent - bw) / 2.0
            } else {
                x + (indent - bw) / 2.0 - size * 0.15
            };
            items.push(Item::Text(TextLine {
                x: bx,
                baseline,
                size,
                color: unit.color,
                line,
                text: Arc::from(bullet.text.as_str()),
                lang: unit.locale.clone(),
                foreign: Arc::from([]),
                role: Role::ListLabel,
                block: p.index,
                paragraph: index,
                message_id: unit.message_id.clone(),
            }));
        }
        let text = Frame {
            x: text_x,
            y,
            w: w - indent,
        };
        self.unit(p, index, text, Align::Start, pass)
    }

    /// A figure's alternative text (its block's one unit, tagged
    /// [`Role::FigureText`]) as invisible lines inside its square: small enough
    /// that a few lines fit.
    pub(super) fn figure_lines(&self, p: &Prepared, square: Frame, items: &mut Vec<Item>) {
        let Some(unit) = p.units.first() else {
            return;
        };
        let Frame { x, y, w: side } = square;
        let size = (side / 12.0).clamp(2.0, 6.0);
        let ranges = unit.para.first_fit_lines(side / size);
        let across = Span {
            x,
            w: side,
            align: Align::Start,
            size,
        };
        let baseline = |i: usize| y + (i as f32 + 1.0) * size * 1.2;
        self.push_lines(items, p, 0, &unit.para, &ranges, across, baseline);
    }

    /// The lines `ranges` of the block's paragraph `paragraph` (shaped as
    /// `para`), placed across as `across` says, tagged as the paragraph is;
    /// `baseline` gives each line's.
    #[allow(clippy::too_many_arguments)]
    fn push_lines(
        &self,
        items: &mut Vec<Item>,
        p: &Prepared,
        paragraph: usize,
        para: &ShapedParagraph,
        ranges: &[Range<usize>],
        across: Span,
        baseline: impl Fn(usize) -> f32,
    ) {
        let unit = &p.units[paragraph];
        let text: Arc<str> = Arc::from(para.text.as_str());
        let lines = para.lines(ranges, self.input.book);
        for (i, line) in lines.into_iter().enumerate() {
            let lw = line.width * across.size;
            items.push(Item::Text(TextLine {
                x: aligned_x(across.align, unit.rtl, across.x, across.w, lw),
                baseline: baseline(i),
                size: across.size,
                color: unit.color,
                line,
                text: text.clone(),
                lang: unit.locale.clone(),
                foreign: unit.foreign.clone(),
                role: unit.tag,
                block: p.index,
                paragraph,
                message_id: unit.message_id.clone(),
            }));
        }
    }
}

/// Heading lines of even length: the narrowest width that still needs no more lines
/// than the full width does, so a heading never ends on a lone word.
fn balanced_lines(para: &ShapedParagraph, width: f32) -> Vec<Range<usize>> {
    // Counting lines needs no rebalancing: it never changes how many there are.
    let lines = para.first_fit_lines(width);
    if lines.len() < 2 {
        return lines;
    }
    let (mut lo, mut hi) = (width * 0.4, width);
    for _ in 0..12 {
        let mid = (lo + hi) / 2.0;
        if para.first_fit_lines(mid).len() <= lines.len() {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    para.break_lines(hi)
}

/// Where a box `inner` wide starts in a box `w` wide at `x`, aligned as asked;
/// `Start` is the right edge in right-to-left pages.
pub(super) fn aligned_x(align: Align, rtl: bool, x: f32, w: f32, inner: f32) -> f32 {
    match (align, rtl) {
        (Align::Center, _) => x + (w - inner) / 2.0,
        (Align::Start, false) | (Align::End, true) => x,
        _ => x + w - inner,
    }
}

/// How much more than its ink spans a line is set in, so that stacked marks
/// of two lines never touch.
const INK_CLEARANCE: f32 = 1.1;

/// The line height of `unit`'s role, one for all its lines in this output:
/// the role's leading (as spacing has set it), grown where its faces' line
/// metrics disagree, or more for text whose glyphs reach far above or below
/// (Khmer, Arabic, Malayalam), so stacked marks never touch the next line
/// (see [`Rhythm`](super::prepare::Rhythm)).
pub(super) fn line_height(role: &RoleSpec, size: f32, unit: &Unit, fit: Fit) -> f32 {
    let rhythm = &unit.rhythm;
    size * (leading_at(role, fit) + rhythm.spread).max(rhythm.ink * INK_CLEARANCE)
}

/// Where the baseline of a line `lh` high sits below its top: the role's
/// ascent and descent centred in it.
fn baseline_in(lh: f32, size: f32, unit: &Unit) -> f32 {
    let Rhythm {
        ascent, descent, ..
    } = unit.rhythm;
    (lh - (ascent + descent) * size) / 2.0 + ascent * size
}
