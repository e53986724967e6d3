//! What the layout stage is given for one output: the layout, its languages and
//! their formatted messages, the fonts, images and QR payloads.

use crate::spec::{Layout, Side};
use crate::text::fonts::FontBook;
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
    /// QR payloads by contact name (a phone's → `tel:+1…`).
    pub qr_targets: &'a BTreeMap<String, String>,
    /// Decoded images by the path the layout gives.
    pub images: &'a BTreeMap<String, Arc<crate::image::Image>>,
    /// The draft marking's text and its language, when a locale is a draft.
    pub draft: Option<(String, Side)>,
    /// The marking's text and language when some text fell back to another
    /// language (a message missing from a translation, printed in the source).
    pub fallback: Option<(String, Side)>,
    /// The title message id.
    pub title_id: &'a str,
    /// Names that stay in one language wherever they are printed (contacts'
    /// names, addresses and texts, the organization's, as flyer.toml gives
    /// them), with that language.
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
