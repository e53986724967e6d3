//! What every step of placing blocks shares: the frame a block goes in, the pass
//! (the fit state, and whether it draws), where a block overflows, and what a
//! role's size, a leading or a space comes to in a fit state.

use crate::document::Item;
use crate::spec::{gap_floor, leading_floor, PageSpec, RoleSpec};

/// Where a block or paragraph goes: its left edge `x` and top `y`, `w` wide, in pt
/// (shared by the pager and the line setter, like [`Pass`]).
#[derive(Clone, Copy)]
pub(super) struct Frame {
    pub(super) x: f32,
    pub(super) y: f32,
    pub(super) w: f32,
}

/// One state of the fit search: how far each move has gone (see
/// [`crate::spec::Bounds`] for the moves and their order).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Fit {
    /// Type sizes: 1 = every role at its largest, 0 = at its smallest.
    pub(super) t: f32,
    /// The type sizes of a bilingual layout's second language, when they are
    /// set apart from the first's (so that the English half of every pair is
    /// the same); `None`: `t` sets both.
    pub(super) t_pair: Option<f32>,
    /// Spacing: 1 = as designed, 0 = every space at its smallest.
    pub(super) s: f32,
    /// Words may be hyphenated.
    pub(super) hyphens: bool,
    /// Lists that allow it are set in two columns.
    pub(super) list_columns: bool,
    /// The text continues on a second page.
    pub(super) second_page: bool,
}

impl Fit {
    /// Everything as designed: the largest sizes and spaces, no other move.
    pub(super) const DESIGNED: Fit = Fit {
        t: 1.0,
        t_pair: None,
        s: 1.0,
        hyphens: false,
        list_columns: false,
        second_page: false,
    };
}

impl Fit {
    /// The type scale of text in the second language (`pair`) or the first.
    pub(super) fn t_of(&self, pair: bool) -> f32 {
        match (pair, self.t_pair) {
            (true, Some(t)) => t,
            _ => self.t,
        }
    }
}

/// One pass over a page in a fit state: measuring only (`out` is `None`), or
/// drawing into `out` too.
pub(super) struct Pass<'o> {
    pub(super) fit: Fit,
    pub(super) out: Option<&'o mut Vec<Item>>,
    /// Extra space, in pt, at each place a column may open up (between
    /// paragraphs and list items, twice that between blocks) so that a shorter
    /// column ends level with its neighbours: 0 but in a balanced column.
    pub(super) stretch: f32,
    /// Whether columns end level: on a page that closes with a band. The last
    /// page of a continued poster ends where its text does, as an article's.
    pub(super) level: bool,
}

impl<'o> Pass<'o> {
    /// A pass over a page in fit state `fit`, drawing into `out` if given.
    pub(super) fn new(fit: Fit, out: Option<&'o mut Vec<Item>>) -> Pass<'o> {
        Pass {
            fit,
            out,
            stretch: 0.0,
            level: true,
        }
    }

    /// The same pass, lent to one block or paragraph of several.
    pub(super) fn again(&mut self) -> Pass<'_> {
        Pass {
            fit: self.fit,
            out: self.out.as_deref_mut(),
            stretch: self.stretch,
            level: self.level,
        }
    }

    /// A pass in the same state that only measures.
    pub(super) fn measuring(&self) -> Pass<'static> {
        Pass {
            fit: self.fit,
            out: None,
            stretch: self.stretch,
            level: self.level,
        }
    }

    /// The same pass with `stretch` at each opening (see [`Pass::stretch`]).
    pub(super) fn stretched(&mut self, stretch: f32) -> Pass<'_> {
        Pass {
            stretch,
            ..self.again()
        }
    }
}

/// Where a text block overflows: for error messages.
#[derive(Debug, Clone)]
pub(super) struct Overflow {
    pub(super) block: usize,
    pub(super) message_id: String,
    pub(super) amount: f32,
    pub(super) available: f32,
    pub(super) horizontal: bool,
}

/// The size at scale `t` in a `[largest, smallest]` band (a role's, or its
/// size for one script: [`Unit::size`](super::prepare::Unit::size)).
pub(super) fn size_at([largest, smallest]: [f32; 2], t: f32) -> f32 {
    smallest + (largest - smallest) * t
}

/// A role's line height as a multiple of its size: its leading, lowered by
/// spacing toward its smallest.
pub(super) fn leading_at(role: &RoleSpec, fit: Fit) -> f32 {
    let (largest, smallest) = (role.leading.largest(), role.leading.smallest(leading_floor));
    tightened(largest, smallest, fit.s)
}

/// The space between blocks: it shrinks with the type to half the designed gap
/// (never below the smallest), then with spacing to the smallest.
pub(super) fn gap_at(page: &PageSpec, fit: Fit) -> f32 {
    let largest = page.gap.largest().0;
    let smallest = page.gap.smallest(gap_floor).0;
    let with_type = (largest * (0.5 + 0.5 * fit.t)).max(smallest);
    tightened(with_type, smallest, fit.s)
}

/// The paragraph spacing the layout's blocks were designed with, as a fraction
/// of the type size: [`paragraph_spacing_at`] scales a block's own from it.
const DESIGNED_PARAGRAPH_SPACING: f32 = 0.35;

/// The space between a block's paragraphs (or list items, or a box's lines),
/// as a fraction of their type size: `designed` (what the block has at the
/// default paragraph spacing) scaled to the layout's, lowered by spacing.
pub(super) fn paragraph_spacing_at(page: &PageSpec, fit: Fit, designed: f32) -> f32 {
    let spacing = &page.paragraph_spacing;
    let (largest, smallest) = (spacing.largest(), spacing.smallest(|v| v));
    let scale = largest / DESIGNED_PARAGRAPH_SPACING;
    designed * scale * tightened(1.0, smallest / largest.max(f32::EPSILON), fit.s)
}

/// `largest` lowered toward `smallest` by spacing `s` (1 = not at all), exactly
/// `largest` at 1, so a layout that fits as designed is set as it always was.
fn tightened(largest: f32, smallest: f32, s: f32) -> f32 {
    largest - (largest - smallest) * (1.0 - s)
}
