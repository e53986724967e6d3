//! The draft marking: a small boxed label at the bottom of every page of a draft
//! translation, outside the content.

use super::pager::Pager;
use crate::document::{Item, Role, TextLine};
use crate::spec::Color;
use crate::text::ShapedParagraph;
use std::sync::Arc;

impl Pager<'_, '_> {
    /// The draft marking: small, at the bottom edge inside the safe zone, outside the content.
    /// Height of the draft marking's label, in pt.
    pub(super) fn draft_height(&self, para: &ShapedParagraph) -> f32 {
        let (ascent, descent, _) = para.metrics(self.input.book);
        (ascent + descent) * draft_size(self.input.layout.spec.page.safe.0) * 1.5
    }

    pub(super) fn draft_marking(
        &self,
        para: &ShapedParagraph,
        locale: &str,
        items: &mut Vec<Item>,
    ) {
        let layout = self.input.layout;
        let page = &layout.spec.page;
        // A label at the bottom edge, just inside the safe zone: small, but boxed in
        // paper white with an alert border so it shows on any background.
        let size = draft_size(page.safe.0);
        let (ascent, descent, _) = para.metrics(self.input.book);
        let line = para.single_line(self.input.book);
        let h = self.draft_height(para);
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
            lang: locale.to_string(),
            foreign: Arc::from([]),
            role: Role::Artifact,
            block: usize::MAX,
            paragraph: 0,
            message_id: crate::l10n::DRAFT_MESSAGE.into(),
        }));
    }
}

/// The draft marking's type size: 7 pt, smaller only on pages with a tiny safe zone.
pub(super) fn draft_size(safe: f32) -> f32 {
    7.0f32.min(safe * 0.6).max(5.0)
}

/// Space between the content and the draft marking.
pub(super) fn page_gap_for_label(safe: f32) -> f32 {
    (safe * 0.25).max(2.0)
}
