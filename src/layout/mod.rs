//! Page layout and auto-fit: blocks of shaped text placed on pages.
//!
//! Every role's size lies in its `[largest, smallest]` range. One number `t` (1 =
//! every role at its largest, 0 = at its smallest) sets all of them at once, so the
//! hierarchy and the look stay the same in every language; a binary search
//! (`fit.rs`) finds the largest `t` at which every page fits.
//!
//! The parts, in order: `prepare.rs` shapes every block's messages once; the
//! pager (`pager.rs`) places blocks on pages at a given `t` and `lines.rs` sets
//! their text, measuring and drawing with the same code, so what was measured is
//! what is drawn; `draft.rs` marks the pages of a draft translation.

mod draft;
mod fit;
mod lines;
mod pager;
mod prepare;

use crate::diag::Diagnostic;
use crate::document::{Document, Item};
use crate::spec::{Layout, RoleSpec, Side};
use crate::text::fonts::FontBook;
use draft::Draft;
use pager::Pager;
use std::collections::BTreeMap;
use std::sync::Arc;

/// One language of an output: its locale, direction and formatted messages.
#[derive(Clone, Copy)]
pub struct Language<'a> {
    pub locale: &'a str,
    pub rtl: bool,
    /// Formatted text of every message id the layout has in this language.
    pub texts: &'a BTreeMap<String, String>,
}

/// Everything the layout stage needs for one output.
pub struct LayoutInput<'a> {
    pub layout: &'a Layout,
    /// The output's locale: the page's direction, title and document language.
    pub main: Language<'a>,
    /// The second language of a bilingual layout (`lang = "pair"` blocks).
    pub pair: Option<Language<'a>>,
    pub book: &'a FontBook,
    /// QR payloads by target name (`hotline` → `tel:+1…`).
    pub qr_targets: &'a BTreeMap<String, String>,
    /// Decoded images by the path the layout gives.
    pub images: &'a BTreeMap<String, Arc<crate::image::Image>>,
    /// The draft marking's text and its language, when a locale is a draft.
    pub draft: Option<(String, Side)>,
    /// The title message id.
    pub title_id: &'a str,
    /// Names that stay in one language wherever they are printed (the hotline's
    /// name, the organization's, as flyer.toml gives them), with that language.
    pub names: &'a [(String, String)],
}

impl<'a> LayoutInput<'a> {
    /// The language of one side (the main one if the layout has no pair).
    pub fn language(&self, side: Side) -> Language<'a> {
        match side {
            Side::Pair => self.pair.unwrap_or(self.main),
            Side::Main => self.main,
        }
    }
}

/// Where a block or paragraph goes: its left edge `x` and top `y`, `w` wide, in pt
/// (shared by the [`pager`] and [`lines`], like [`Pass`]).
#[derive(Clone, Copy)]
struct Frame {
    x: f32,
    y: f32,
    w: f32,
}

/// One pass over a page at scale `t`: measuring only (`out` is `None`), or drawing
/// into `out` too.
struct Pass<'o> {
    t: f32,
    out: Option<&'o mut Vec<Item>>,
}

impl Pass<'_> {
    /// The same pass, lent to one block or paragraph of several.
    fn again(&mut self) -> Pass<'_> {
        Pass {
            t: self.t,
            out: self.out.as_deref_mut(),
        }
    }

    /// A pass at the same scale that only measures.
    fn measuring(&self) -> Pass<'static> {
        Pass {
            t: self.t,
            out: None,
        }
    }
}

/// Where a text block overflows: for error messages.
#[derive(Debug, Clone)]
struct Overflow {
    block: usize,
    message_id: String,
    amount: f32,
    available: f32,
    horizontal: bool,
}

/// Lays out one output: its blocks on pages, every role at the largest size at
/// which all pages fit.
pub fn lay_out(input: &LayoutInput) -> Result<Document, Diagnostic> {
    let layout = input.layout;
    let prepared = prepare::prepare(input)?;
    let draft = Draft::shape(input)?;
    let pager = Pager {
        input,
        prepared: &prepared,
        draft: draft.as_ref(),
    };
    let t = fit::largest_fit(|t| pager.pages(t, false).map(|_| ()))
        .map_err(|o| overflow_error(input, &o))?;
    let pages = pager
        .pages(t, true)
        .map_err(|o| overflow_error(input, &o))?;
    let sizes = layout
        .spec
        .roles
        .iter()
        .map(|(name, role)| (name.clone(), size_at(role, t)))
        .collect();
    let title = input
        .main
        .texts
        .get(input.title_id)
        .map(|t| crate::l10n::strip_isolates(t))
        .unwrap_or_default();
    Ok(Document {
        title,
        lang: input.main.locale.to_string(),
        pages,
        fit: t,
        sizes,
    })
}

/// A role's size at scale `t`.
fn size_at(role: &RoleSpec, t: f32) -> f32 {
    role.min() + (role.max() - role.min()) * t
}

/// The error for text that does not fit even at the smallest sizes: where, by how
/// much, and what to change.
fn overflow_error(input: &LayoutInput, o: &Overflow) -> Diagnostic {
    let percent = 100.0 * o.amount / o.available.max(1.0);
    let (what, fix) = if o.horizontal {
        (
            "a word or name is wider than its box",
            "shorten the word, allow a break in it, or give the block a wider column",
        )
    } else {
        (
            "the text is taller than the page",
            "shorten the text, use a larger page, or lower the smallest sizes in [roles]",
        )
    };
    let mut d = Diagnostic::error(
        "text-overflow",
        format!(
            "{what} even at the smallest type sizes: {:.1} pt too {} ({percent:.1}% over)",
            o.amount,
            if o.horizontal { "wide" } else { "tall" }
        ),
    )
    .layout(&input.layout.name)
    .locale(input.main.locale)
    .hint(format!(
        "block {} of layouts/{}.toml: {fix}",
        o.block + 1,
        input.layout.name
    ));
    if !o.message_id.is_empty() {
        d = d.message_id(&o.message_id);
    }
    if let Some(block) = input.layout.spec.blocks.get(o.block) {
        d = d.at(input.layout.file.location(block.span().start));
    }
    d
}
