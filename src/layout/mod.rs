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
//! what is drawn; `draft.rs` marks the pages of a draft translation, or with
//! text that fell back to another language.

mod draft;
mod fit;
mod frame;
mod input;
mod lines;
mod pager;
mod prepare;

use crate::diag::Diagnostic;
use crate::document::Document;
use draft::Markings;
use frame::{size_at, Overflow};
pub use input::{Language, LayoutInput};
use pager::Pager;

/// Lays out one output: its blocks on pages, every role at the largest size at
/// which all pages fit.
pub fn lay_out(input: &LayoutInput) -> Result<Document, Diagnostic> {
    let layout = input.layout;
    let prepared = prepare::prepare(input)?;
    let markings = Markings::shape(input)?;
    let pager = Pager {
        input,
        prepared: &prepared,
        markings: markings.as_ref(),
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

/// The error for text that does not fit even at the smallest sizes: where, by how
/// much, and what to change.
fn overflow_error(input: &LayoutInput, o: &Overflow) -> Diagnostic {
    let percent = 100.0 * o.amount / o.available.max(1.0);
    let (what, fix) = if o.horizontal {
        (
            "a word or name is wider than its box",
            "shorten the word, allow a break in it, or give the block a wider column".to_string(),
        )
    } else {
        let fix = match crate::rules::layout::body_at_minimum(input.layout) {
            Some(least) => format!("shorten the text or use a larger page (the body text's smallest size is already the {least} pt this page needs)"),
            None => "shorten the text, use a larger page, or lower the smallest sizes in [roles]".into(),
        };
        let fix = if input.fallback.is_some() {
            // The marking takes room at the bottom that a complete
            // translation would not need.
            format!("{fix}; the marking of text not translated yet takes room too: translate the missing messages")
        } else {
            fix
        };
        ("the text is taller than the page", fix)
    };
    let message = if o.available < 1.0 {
        // A percentage of nothing means nothing: say there is no room.
        format!(
            "there is no room for the text: its box is {:.1} pt {}",
            o.available.max(0.0),
            if o.horizontal { "wide" } else { "tall" }
        )
    } else {
        format!(
            "{what} even at the smallest type sizes: {:.1} pt too {} ({percent:.1}% over)",
            o.amount,
            if o.horizontal { "wide" } else { "tall" }
        )
    };
    let mut d = Diagnostic::error("text-overflow", message)
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
