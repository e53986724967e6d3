//! The markings: small boxed labels at the bottom of every page, outside the
//! content, so a proof is never taken for a final print: one that some text fell
//! back to another language, one that the translation is a draft.

use super::input::LayoutInput;
use crate::diag::Diagnostic;
use crate::document::{Item, Role, TextLine};
use crate::l10n::{DRAFT_MESSAGE, FALLBACK_MESSAGE};
use crate::spec::{Color, Weight};
use crate::text::ShapedParagraph;
use std::cell::OnceCell;
use std::sync::Arc;

/// An output's markings, each shaped once in its language, top to bottom.
pub(super) struct Markings<'a> {
    labels: Vec<Label<'a>>,
}

/// One marking's text, shaped, with the message it stands for.
struct Label<'a> {
    para: ShapedParagraph,
    locale: &'a str,
    message_id: &'static str,
    /// Its type size and width, found once: the fit search asks for them
    /// on every try, and each is a line of the label laid out.
    size_and_width: OnceCell<(f32, f32)>,
}

impl<'a> Markings<'a> {
    /// The markings of an output (`None` when it has none).
    pub(super) fn shape(input: &LayoutInput<'a>) -> Result<Option<Markings<'a>>, Diagnostic> {
        let marks = [
            (input.fallback.as_ref(), FALLBACK_MESSAGE),
            (input.draft.as_ref(), DRAFT_MESSAGE),
        ];
        let mut labels = Vec::new();
        for (mark, message_id) in marks {
            let Some((text, side)) = mark else { continue };
            let lang = input.language(*side);
            let para = ShapedParagraph::new(text, lang.locale, lang.rtl, Weight::Bold, input.book)
                .map_err(|m| {
                    m.to_diagnostic()
                        .message_id(message_id)
                        .in_output(&input.layout.name, lang.locale)
                })?;
            labels.push(Label {
                para,
                locale: lang.locale,
                message_id,
                size_and_width: OnceCell::new(),
            });
        }
        Ok((!labels.is_empty()).then_some(Markings { labels }))
    }

    /// The height the markings take from the content: the page's marking
    /// strip (see [`strip`]), or more if these labels must stack.
    pub(super) fn reserved(&self, input: &LayoutInput) -> f32 {
        let strip = strip(input);
        if self.row(input).is_some() {
            return strip;
        }
        // Each label above the next: the first in the strip (or the safe zone).
        let above = (self.labels.len() - 1) as f32 * (label_height(input) + gap_above(input));
        strip + above
    }

    /// The labels at the bottom edge, just inside the safe zone: side by side
    /// if they fit across the page, else each above the next.
    pub(super) fn mark(&self, input: &LayoutInput, items: &mut Vec<Item>) {
        let page = &input.layout.spec.page;
        let width = input.layout.size.width.0;
        let bottom = match in_safe_zone(input) {
            // Centred between the trim edge and the safe line.
            true => input.layout.size.height.0 - (page.safe.0 - label_height(input)) / 2.0,
            false => input.layout.size.height.0 - page.safe.0,
        };
        if let Some(h) = self.row(input) {
            let widths: Vec<f32> = self.labels.iter().map(|l| l.width(input)).collect();
            let apart = type_size(input);
            let across = widths.iter().sum::<f32>() + apart * (widths.len() - 1) as f32;
            let mut x = (width - across) / 2.0;
            let mut labels: Vec<_> = self.labels.iter().zip(widths).collect();
            if input.main.rtl {
                // The first label is read first: on the right.
                labels.reverse();
            }
            for (label, w) in labels {
                label.mark(input, (x, bottom - h), (w, h), items);
                x += w + apart;
            }
            return;
        }
        let mut bottom = bottom;
        for label in self.labels.iter().rev() {
            let (w, h) = (label.width(input), label_height(input));
            label.mark(input, ((width - w) / 2.0, bottom - h), (w, h), items);
            bottom -= h + gap_above(input);
        }
    }

    /// The height of the labels side by side, when they fit between the safe
    /// lines with a type size between them; `None` when they must stack.
    fn row(&self, input: &LayoutInput) -> Option<f32> {
        let safe = input.layout.spec.page.safe.0;
        let room = input.layout.size.width.0 - 2.0 * safe;
        let widths = self.labels.iter().map(|l| l.width(input));
        let across = widths.sum::<f32>() + type_size(input) * (self.labels.len() - 1) as f32;
        (across <= room).then(|| label_height(input))
    }
}

impl Label<'_> {
    /// The label's type size: the page's, smaller if the script's marks
    /// reach too far above or below for the label's box.
    fn size(&self, input: &LayoutInput) -> f32 {
        self.size_and_width(input).0
    }

    /// Width of the label (at most the width between the safe lines), in pt.
    fn width(&self, input: &LayoutInput) -> f32 {
        self.size_and_width(input).1
    }

    fn size_and_width(&self, input: &LayoutInput) -> (f32, f32) {
        *self.size_and_width.get_or_init(|| {
            let (ascent, descent, _) = self.para.metrics(input.book);
            let size = type_size(input).min(label_height(input) / ((ascent + descent) * 1.3));
            let layout = input.layout;
            let line = self.para.single_line(input.book);
            let width = (line.width * size + 2.0 * (size * 0.6))
                .min(layout.size.width.0 - 2.0 * layout.spec.page.safe.0);
            (size, width)
        })
    }

    /// The label `(w, h)` in size with its top left corner at `(x, y)`: small,
    /// but boxed in paper white with an alert border so it shows on any
    /// background.
    fn mark(
        &self,
        input: &LayoutInput,
        (x, y): (f32, f32),
        (w, h): (f32, f32),
        items: &mut Vec<Item>,
    ) {
        let layout = input.layout;
        let para = &self.para;
        let size = self.size(input);
        let (ascent, descent, _) = para.metrics(input.book);
        let line = para.single_line(input.book);
        let (pad_x, pad_y) = (size * 0.6, (h - (ascent + descent) * size) / 2.0);
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
            message_id: self.message_id.into(),
        }));
    }
}

/// The marking's type size: 7 pt on a letter page, larger on larger pages
/// (at most 12 pt), never under 5 pt.
fn type_size(input: &LayoutInput) -> f32 {
    let size = input.layout.size;
    let short_side = size.width.0.min(size.height.0);
    (7.0 * short_side / 612.0).clamp(5.0, 12.0)
}

/// The height of a marking's box.
fn label_height(input: &LayoutInput) -> f32 {
    type_size(input) * 2.0
}

/// Space between the content and the marking.
fn gap_above(input: &LayoutInput) -> f32 {
    (input.layout.spec.page.safe.0 * 0.25).max(2.0)
}

/// Whether the markings go in the safe zone, between the trim edge and the
/// safe line, where no content goes: on a page for a print shop (with bleed)
/// whose safe zone holds them. An office printer cannot print there.
fn in_safe_zone(input: &LayoutInput) -> bool {
    let page = &input.layout.spec.page;
    page.bleed.0 > 0.0 && page.safe.0 >= label_height(input) + 1.0
}

/// The strip above the safe line that every page of the layout keeps for the
/// markings, drafts or not, so that a draft is laid out exactly as its final
/// print will be: none where they go in the safe zone.
pub(super) fn strip(input: &LayoutInput) -> f32 {
    match in_safe_zone(input) {
        true => 0.0,
        false => label_height(input) + gap_above(input),
    }
}
