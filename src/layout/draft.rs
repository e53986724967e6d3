//! The draft marking: a small boxed label at the bottom of every page of a draft
//! translation, outside the content, so a draft is never taken for a final print.

use super::input::LayoutInput;
use crate::diag::Diagnostic;
use crate::document::{Item, Role, TextLine};
use crate::l10n::DRAFT_MESSAGE;
use crate::spec::{Color, Weight};
use crate::text::ShapedParagraph;
use std::sync::Arc;

/// The marking's text, shaped once in its language.
pub(super) struct Draft<'a> {
    para: ShapedParagraph,
    locale: &'a str,
}

impl<'a> Draft<'a> {
    /// The marking of a draft output (`None` when the output is not a draft).
    pub(super) fn shape(input: &LayoutInput<'a>) -> Result<Option<Draft<'a>>, Diagnostic> {
        let Some((text, side)) = input.draft.as_ref() else {
            return Ok(None);
        };
        let lang = input.language(*side);
        let para = ShapedParagraph::new(text, lang.locale, lang.rtl, Weight::Bold, input.book)
            .map_err(|m| {
                m.to_diagnostic()
                    .message_id(DRAFT_MESSAGE)
                    .in_output(&input.layout.name, lang.locale)
            })?;
        Ok(Some(Draft {
            para,
            locale: lang.locale,
        }))
    }

    /// The height the marking takes from the content: its label and the space above it.
    pub(super) fn reserved(&self, input: &LayoutInput) -> f32 {
        self.height(input) + gap_above(input.layout.spec.page.safe.0)
    }

    /// Height of the label, in pt.
    fn height(&self, input: &LayoutInput) -> f32 {
        let (ascent, descent, _) = self.para.metrics(input.book);
        (ascent + descent) * type_size(input.layout.spec.page.safe.0) * 1.5
    }

    /// The label at the bottom edge, just inside the safe zone: small, but boxed in
    /// paper white with an alert border so it shows on any background.
    pub(super) fn mark(&self, input: &LayoutInput, items: &mut Vec<Item>) {
        let layout = input.layout;
        let page = &layout.spec.page;
        let para = &self.para;
        let size = type_size(page.safe.0);
        let (ascent, descent, _) = para.metrics(input.book);
        let line = para.single_line(input.book);
        let h = self.height(input);
        let (pad_x, pad_y) = (size * 0.6, (h - (ascent + descent) * size) / 2.0);
        let w = (line.width * size + 2.0 * pad_x).min(layout.size.width.0 - 2.0 * page.safe.0);
        let x = (layout.size.width.0 - w) / 2.0;
        let y = layout.size.height.0 - page.safe.0 - h;
        let alert = layout
            .color("alert")
            .or_else(|_| layout.color("ink"))
            .unwrap_or(Color::BLACK);
        let paper = layout.color("paper").unwrap_or(Color::WHITE);
        items.push(Item::Rect {
            x,
            y,
            w,
            h,
            fill: Some(paper),
            stroke: Some((alert, 0.75)),
        });
        items.push(Item::Text(TextLine {
            x: x + pad_x,
            baseline: y + pad_y + ascent * size,
            size,
            color: layout.color("ink").unwrap_or(Color::BLACK),
            line,
            text: Arc::from(para.text.as_str()),
            lang: self.locale.to_string(),
            foreign: Arc::from([]),
            role: Role::Artifact,
            // Belongs to no block: it is decoration, not content.
            block: usize::MAX,
            paragraph: 0,
            message_id: DRAFT_MESSAGE.into(),
        }));
    }
}

/// The marking's type size: 7 pt, smaller only on pages with a tiny safe zone.
fn type_size(safe: f32) -> f32 {
    7.0f32.min(safe * 0.6).max(5.0)
}

/// Space between the content and the marking.
fn gap_above(safe: f32) -> f32 {
    (safe * 0.25).max(2.0)
}
