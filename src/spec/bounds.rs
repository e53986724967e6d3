//! How far auto-fit may go: the bounds a layout gives each fit move.
//!
//! Type sizes are the first move (`[roles] size`). The others, tried in this
//! order when type at its smallest sizes is not enough: spacing (`[page] gap`,
//! `paragraph-spacing`, and each role's `leading`, each a `[largest, smallest]`
//! pair), hyphenation (`[page] hyphenate`), a list in two columns (a list's
//! `columns = [1, 2]`) and a second page (`[page] pages = [1, 2]`). Where a
//! layout is silent, spacing and hyphenation have modest defaults, and the two
//! moves that change the design, columns and pages, are off.

use crate::units::Pt;
use serde::Deserialize;

/// A value auto-fit may lower: one value, which it lowers to a default floor,
/// or `[largest, smallest]`.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Bounds<T> {
    One(T),
    Two([T; 2]),
}

impl<T: Copy> Bounds<T> {
    /// The value as designed: the largest.
    pub fn largest(&self) -> T {
        match *self {
            Bounds::One(v) => v,
            Bounds::Two([largest, _]) => largest,
        }
    }

    /// The least it may become: as given, or `floor` of the one value.
    pub fn smallest(&self, floor: impl Fn(T) -> T) -> T {
        match *self {
            Bounds::One(v) => floor(v),
            Bounds::Two([_, smallest]) => smallest,
        }
    }
}

/// The space between blocks when the layout gives one value: it shrinks with
/// the type to half (as it always did), and spacing may take it to 3/10.
pub fn gap_floor(gap: Pt) -> Pt {
    Pt(gap.0 * 0.3)
}

/// A role's least leading when the layout gives one value: 9/10 of it, never
/// below solid (1.0). Lines never come closer than their glyphs' ink allows.
pub fn leading_floor(leading: f32) -> f32 {
    (leading * 0.9).max(1.0).min(leading)
}

/// The space between paragraphs, as a fraction of the type size, when the
/// layout does not say: 0.35 as designed, 0.15 at the tightest.
pub fn default_paragraph_spacing() -> Bounds<f32> {
    Bounds::Two([0.35, 0.15])
}

/// How many pages a layout has: a fixed number (a card's front and back), or
/// `[1, 2]`: one, continued on a second where nothing else makes the text fit.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum PageCount {
    Fixed(usize),
    Range([usize; 2]),
}

impl PageCount {
    /// The pages the layout's blocks are placed on before any continuation.
    pub fn fixed(&self) -> usize {
        match *self {
            PageCount::Fixed(n) => n,
            PageCount::Range([least, _]) => least,
        }
    }

    /// Whether the text may continue on a second page.
    pub fn continues(&self) -> bool {
        matches!(self, PageCount::Range([1, 2]))
    }
}

impl Default for PageCount {
    fn default() -> Self {
        PageCount::Fixed(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Page {
        gap: Bounds<Pt>,
        pages: PageCount,
    }

    #[test]
    fn one_value_or_a_pair() {
        let one: Page = toml::from_str("gap = \"10pt\"\npages = 2").unwrap();
        assert_eq!(one.gap.largest(), Pt(10.0));
        assert_eq!(one.gap.smallest(gap_floor), Pt(3.0));
        assert_eq!((one.pages.fixed(), one.pages.continues()), (2, false));
        let two: Page = toml::from_str("gap = [\"10pt\", \"4pt\"]\npages = [1, 2]").unwrap();
        assert_eq!(two.gap.largest(), Pt(10.0));
        assert_eq!(two.gap.smallest(gap_floor), Pt(4.0));
        assert_eq!((two.pages.fixed(), two.pages.continues()), (1, true));
    }

    #[test]
    fn leading_floors_at_solid() {
        assert!((leading_floor(1.25) - 1.125).abs() < 1e-6);
        assert_eq!(leading_floor(1.05), 1.0);
        assert_eq!(leading_floor(0.9), 0.9);
    }
}
