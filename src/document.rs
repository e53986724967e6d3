//! The page model: what the layout stage produces and the PDF, imposition and
//! preview stages consume. Pages of placed items (text lines, boxes, images, QR
//! codes), in trim coordinates, with no knowledge of how they were placed.

use crate::spec::Color;
use crate::text::Line;
use crate::units::Size;
use std::collections::BTreeMap;
use std::sync::Arc;

/// What the text stands for, for the structure tree and for checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Title,
    Heading,
    Paragraph,
    ListLabel,
    ListBody,
    /// The draft marking: decoration, not content.
    Artifact,
    /// A figure's alternative text (a QR code's), drawn invisibly over it so a
    /// search finds it and a copy of the code gives the number; read as the figure.
    FigureText,
}

/// A line of text placed on a page. Coordinates are from the trim's top-left, in pt.
#[derive(Debug, Clone)]
pub struct TextLine {
    /// Left edge of the line's first glyph.
    pub x: f32,
    pub baseline: f32,
    pub size: f32,
    pub color: Color,
    pub line: Line,
    /// The paragraph the line's glyph clusters index into.
    pub text: Arc<str>,
    pub lang: String,
    /// Byte ranges of `text` in another language than `lang` (an English name in
    /// an Arabic sentence), with that language.
    pub foreign: Arc<[(std::ops::Range<usize>, String)]>,
    pub role: Role,
    /// The block (index in the layout) and paragraph within it, for grouping.
    pub block: usize,
    pub paragraph: usize,
    /// The message the text came from.
    pub message_id: String,
}

/// Something drawn on a page, in trim coordinates (y down, may be negative into the bleed).
#[derive(Debug, Clone)]
pub enum Item {
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Color>,
        stroke: Option<(Color, f32)>,
    },
    Text(TextLine),
    Image {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        image: Arc<crate::image::Image>,
        /// Where it came from (one XObject per file).
        path: String,
        alt: String,
        block: usize,
    },
    /// Everything up to the matching `ClipEnd` is clipped to this rectangle.
    ClipBegin {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
    },
    ClipEnd,
    /// A print-shop crop mark.
    CropMark {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
    },
    Qr {
        x: f32,
        y: f32,
        module: f32,
        modules: Vec<Vec<bool>>,
        color: Color,
        alt: String,
        block: usize,
    },
    /// What follows, up to the next `Section`, is one card on a sheet (numbered the
    /// same on the front and the back): its own part of the structure tree.
    Section(usize),
}

impl Item {
    /// The item moved by (dx, dy), for imposition.
    pub fn translated(&self, dx: f32, dy: f32) -> Item {
        let mut item = self.clone();
        match &mut item {
            Item::Rect { x, y, .. }
            | Item::Image { x, y, .. }
            | Item::Qr { x, y, .. }
            | Item::ClipBegin { x, y, .. } => {
                *x += dx;
                *y += dy;
            }
            Item::Text(line) => {
                line.x += dx;
                line.baseline += dy;
            }
            Item::CropMark { x1, y1, x2, y2 } => {
                *x1 += dx;
                *x2 += dx;
                *y1 += dy;
                *y2 += dy;
            }
            Item::ClipEnd | Item::Section(_) => {}
        }
        item
    }
}

#[derive(Debug, Clone)]
pub struct PageModel {
    pub trim: Size,
    pub bleed: f32,
    pub items: Vec<Item>,
}

/// A laid-out document, ready for the PDF stage.
#[derive(Debug, Clone)]
pub struct Document {
    /// Plain text title (the translated heading).
    pub title: String,
    pub lang: String,
    pub pages: Vec<PageModel>,
    /// The auto-fit scale reached, 0..=1, and each role's size in pt.
    pub fit: f32,
    pub sizes: BTreeMap<String, f32>,
    /// The fit moves beyond type sizes that it took to fit.
    pub moves: FitMoves,
}

/// What auto-fit did beyond setting type sizes, for reports.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FitMoves {
    /// Spacing between blocks, paragraphs and lines: 1 as designed, 0 at the
    /// layout's smallest.
    pub spacing: f32,
    /// Words were hyphenated.
    pub hyphenated: bool,
    /// How many lists were set in two columns.
    pub list_columns: usize,
    /// The text continued on a second page.
    pub continued: bool,
    /// A band or box outgrew the fixed `height` it has in other languages.
    pub grown: bool,
}

impl Default for FitMoves {
    fn default() -> Self {
        FitMoves {
            spacing: 1.0,
            hyphenated: false,
            list_columns: 0,
            continued: false,
            grown: false,
        }
    }
}

impl FitMoves {
    /// Whether auto-fit needed more than type sizes.
    pub fn any(&self) -> bool {
        *self != FitMoves::default()
    }

    /// The moves taken that change the page's structure (hyphens, list
    /// columns, a second page), in words: tighter spacing, like smaller type,
    /// stays inside the bounds the layout designed and is not among them.
    pub fn structural(&self) -> Vec<String> {
        let as_designed = FitMoves {
            spacing: 1.0,
            ..*self
        };
        as_designed.described()
    }

    /// The moves taken, in the order the fit search tries them, in words.
    pub fn described(&self) -> Vec<String> {
        let mut moves = Vec::new();
        if self.spacing < 1.0 {
            let tighter = (1.0 - self.spacing) * 100.0;
            moves.push(format!(
                "spacing tightened {tighter:.0}% of the way to its smallest"
            ));
        }
        if self.hyphenated {
            moves.push("words hyphenated".to_string());
        }
        match self.list_columns {
            0 => {}
            1 => moves.push("a list set in two columns".to_string()),
            n => moves.push(format!("{n} lists set in two columns")),
        }
        if self.continued {
            moves.push("continued on a second page".to_string());
        }
        if self.grown {
            moves.push("a box made taller than its `height`".to_string());
        }
        moves
    }
}
