//! Imposition: cards placed on sheets, as data.
//!
//! A sheet template (`layouts/sheets/<name>.toml`) says the paper, the grid, where
//! the first card sits and the gaps: the numbers printed on the box of Avery card
//! stock, or a print shop's sheet with bleed and crop marks. A sheet layout
//! (`layouts/sheet-<name>.toml`) names a template and a card layout. Fronts go on odd
//! pages, backs on even pages, each back behind its own front after a duplex flip.
//!
//! On perforated stock each card is clipped to its slot inset by the template's
//! `inset` (1/16 in unless it says otherwise), so the perforation falls on white
//! paper and one card's colour never touches the next card's.

use crate::diag::{suggest, Diagnostic, SourceFile};
use crate::document::{Document, Item, PageModel};
use crate::manifest::toml_error;
use crate::spec::PaperSpec;
use crate::units::{Pt, Size};
use serde::Deserialize;

/// A sheet layout: which template, which card, how the sheet is turned over.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SheetLayout {
    pub description: String,
    /// Template name, a file stem under `layouts/sheets/`.
    pub sheet: String,
    /// The card layout placed in every slot.
    pub card: String,
    #[serde(default)]
    pub duplex: Duplex,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Duplex {
    /// The sheet turns over like a book page: backs mirror the columns.
    #[default]
    LongEdge,
    /// The sheet turns over like a notepad: backs mirror the rows.
    ShortEdge,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Xy {
    pub x: Pt,
    pub y: Pt,
}

/// The smallest card side a template may give: 0.5 in.
const MIN_CARD_SIDE: f32 = 36.0;

/// A sheet template.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct SheetTemplate {
    pub description: String,
    pub paper: PaperSpec,
    /// The size of one slot (the card as cut).
    pub card: CardSize,
    pub columns: usize,
    pub rows: usize,
    /// The top-left corner of the first slot, from the top-left of the sheet.
    pub origin: Xy,
    /// Space between slots.
    #[serde(default = "no_gap")]
    pub gap: Xy,
    /// Print the card's bleed around each slot and crop marks (print-shop sheets).
    #[serde(default)]
    pub crop_marks: bool,
    /// On perforated stock (no crop marks): how far inside each slot's edge the
    /// card is clipped, so colour stays off the perforation.
    #[serde(default = "default_inset")]
    pub inset: Pt,
}

/// A card on perforated stock is clipped 1/16 in inside its slot: perforations
/// wander by about that much, and the card's text keeps 3/16 in from its edge.
fn default_inset() -> Pt {
    Pt::from_in(0.0625)
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardSize {
    pub width: Pt,
    pub height: Pt,
}

fn no_gap() -> Xy {
    Xy {
        x: Pt::ZERO,
        y: Pt::ZERO,
    }
}

/// A slot on a sheet: its trim rectangle, from the sheet's top-left, in pt.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Slot {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl SheetTemplate {
    pub fn parse(file: &SourceFile) -> Result<SheetTemplate, Diagnostic> {
        let t: SheetTemplate = toml::from_str(&file.text).map_err(|e| toml_error(file, &e))?;
        let paper = t.paper_size().ok_or_else(|| {
            let written = match &t.paper {
                PaperSpec::Named(written) => written.as_str(),
                PaperSpec::Custom { .. } => "",
            };
            Diagnostic::error("sheet-value", format!("unknown paper `{written}`"))
                .at(file
                    .toml_string_location(&["paper"], written)
                    .unwrap_or_else(|| file.toml_location(&["paper"])))
                .hint(suggest(
                    written,
                    ["letter", "a4", "tabloid", "a3"],
                    "use letter, a4, tabloid, a3 or { width = \"8.5in\", height = \"11in\" }",
                ))
        })?;
        t.check_grid(file, paper)?;
        t.check_inset(file)?;
        Ok(t)
    }

    /// The grid on the paper: whole cards of a real size, at least one column and
    /// row, and the last card inside the paper; checked by arithmetic, before a
    /// slot is made.
    fn check_grid(&self, file: &SourceFile, paper: Size) -> Result<(), Diagnostic> {
        let error = |path: &[&str], message: String, hint: &str| {
            Diagnostic::error("sheet-value", message)
                .at(file.toml_location(path))
                .hint(hint.to_string())
        };
        for (key, n) in [("columns", self.columns), ("rows", self.rows)] {
            if n == 0 {
                return Err(error(
                    &[key],
                    format!("a sheet needs at least one card across and down; {key} = 0"),
                    "write the numbers printed on the card stock's box, e.g. columns = 2, rows = 5",
                ));
            }
        }
        let (w, h) = (self.card.width.0, self.card.height.0);
        if w < MIN_CARD_SIDE || h < MIN_CARD_SIDE {
            return Err(error(
                &["card"],
                format!(
                    "cards of {} x {} are too small to print text on",
                    self.card.width, self.card.height
                ),
                "give the card's trim size, e.g. { width = \"3.5in\", height = \"2in\" }",
            ));
        }
        let right =
            self.origin.x.0 + self.columns as f32 * w + (self.columns - 1) as f32 * self.gap.x.0;
        let bottom = self.origin.y.0 + self.rows as f32 * h + (self.rows - 1) as f32 * self.gap.y.0;
        if right > paper.width.0 + 0.01 || bottom > paper.height.0 + 0.01 {
            return Err(error(
                &[],
                format!(
                    "{} x {} cards of {} x {} do not fit on the paper from the origin given",
                    self.columns, self.rows, self.card.width, self.card.height
                ),
                "check columns, rows, origin and gap against the template printed on the card stock's box",
            ));
        }
        Ok(())
    }

    /// The inset of perforated stock clips colour only: a card's text keeps
    /// [`CARD_SAFE`](crate::rules::layout::CARD_SAFE) from its edge, so an
    /// inset up to that never cuts into it.
    fn check_inset(&self, file: &SourceFile) -> Result<(), Diagnostic> {
        use crate::rules::layout::{inches, CARD_SAFE};
        if self.inset.0 <= CARD_SAFE.0 + 0.01 {
            return Ok(());
        }
        Err(Diagnostic::error(
            "sheet-value",
            format!(
                "an inset of {} would clip the cards' text, which keeps {} from the card's edge",
                inches(self.inset),
                inches(CARD_SAFE)
            ),
        )
        .at(file.toml_location(&["inset"]))
        .hint("write inset = \"0.0625in\" (1/16 in), enough to keep colour off the perforation"))
    }

    pub fn paper_size(&self) -> Option<Size> {
        self.paper.size()
    }

    /// The slots, row by row from the top; on the back of the sheet (`back`), each
    /// at the place where its front's slot lands after the duplex flip.
    pub fn slots(&self, duplex: Duplex, back: bool) -> Vec<Slot> {
        let paper = self.paper_size().unwrap_or(Size {
            width: Pt(612.0),
            height: Pt(792.0),
        });
        let (w, h) = (self.card.width.0, self.card.height.0);
        let mut out = Vec::new();
        for row in 0..self.rows {
            for col in 0..self.columns {
                let x = self.origin.x.0 + col as f32 * (w + self.gap.x.0);
                let y = self.origin.y.0 + row as f32 * (h + self.gap.y.0);
                out.push(match (back, duplex) {
                    (false, _) => Slot { x, y, w, h },
                    (true, Duplex::LongEdge) => Slot {
                        x: paper.width.0 - x - w,
                        y,
                        w,
                        h,
                    },
                    (true, Duplex::ShortEdge) => Slot {
                        x,
                        y: paper.height.0 - y - h,
                        w,
                        h,
                    },
                });
            }
        }
        out
    }
}

/// Places a laid-out card (front and back pages) in every slot of a sheet.
pub fn impose(card: &Document, template: &SheetTemplate, duplex: Duplex) -> Document {
    let paper = template.paper_size().unwrap_or(Size {
        width: Pt(612.0),
        height: Pt(792.0),
    });
    let pages = card
        .pages
        .iter()
        .enumerate()
        .map(|(side, card_page)| {
            let back = side % 2 == 1;
            let mut items = Vec::new();
            for (n, slot) in template.slots(duplex, back).into_iter().enumerate() {
                // The card is centred in its slot (card-eu is 55 mm tall, Avery
                // C32011 slots 54 mm).
                let dx = slot.x + (slot.w - card_page.trim.width.0) / 2.0;
                let dy = slot.y + (slot.h - card_page.trim.height.0) / 2.0;
                // Print-shop sheets show the bleed around the slot; perforated
                // stock clips inside it (a negative reach), off the perforation.
                let reach = if template.crop_marks {
                    card_page.bleed
                } else {
                    -template.inset.0
                };
                items.push(Item::Section(n));
                items.push(Item::ClipBegin {
                    x: slot.x - reach,
                    y: slot.y - reach,
                    w: slot.w + 2.0 * reach,
                    h: slot.h + 2.0 * reach,
                });
                items.extend(card_page.items.iter().map(|item| item.translated(dx, dy)));
                items.push(Item::ClipEnd);
                if template.crop_marks {
                    items.extend(crop_marks(slot, card_page.bleed));
                }
            }
            PageModel {
                trim: paper,
                bleed: 0.0,
                items,
            }
        })
        .collect();
    Document {
        pages,
        ..card.clone()
    }
}

/// Crop marks at the four corners of a slot, about 6 mm long, starting outside the
/// bleed (at least 3 mm from the trim); the PDF stage draws them 0.25 pt wide in
/// registration colour.
fn crop_marks(slot: Slot, bleed: f32) -> Vec<Item> {
    let offset = bleed.max(Pt::from_mm(3.0).0);
    let length = Pt::from_mm(6.0).0;
    let mut marks = Vec::new();
    for (cx, sx) in [(slot.x, -1.0f32), (slot.x + slot.w, 1.0)] {
        for (cy, sy) in [(slot.y, -1.0f32), (slot.y + slot.h, 1.0)] {
            // A horizontal mark in line with the edge at cy, and a vertical one at cx.
            let hx = if sx < 0.0 {
                cx - offset - length
            } else {
                cx + offset
            };
            marks.push(Item::CropMark {
                x1: hx,
                y1: cy,
                x2: hx + length,
                y2: cy,
            });
            let vy = if sy < 0.0 {
                cy - offset - length
            } else {
                cy + offset
            };
            marks.push(Item::CropMark {
                x1: cx,
                y1: vy,
                x2: cx,
                y2: vy + length,
            });
        }
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn template(text: &str) -> SheetTemplate {
        SheetTemplate::parse(&SourceFile::new("t.toml", text.to_string())).unwrap()
    }

    #[test]
    fn a_grid_that_does_not_fit_the_paper_is_refused() {
        let text = "description = \"x\"\npaper = \"letter\"\ncard = { width = \"3.5in\", height = \"2in\" }\ncolumns = 3\nrows = 5\norigin = { x = \"0.75in\", y = \"0.5in\" }\n";
        let err = SheetTemplate::parse(&SourceFile::new("t.toml", text.to_string())).unwrap_err();
        assert!(err.message.contains("do not fit"), "{err}");
    }

    #[test]
    fn empty_tiny_and_huge_grids_are_refused_by_name_before_any_slot_is_made() {
        let grid = |card: &str, columns: &str| {
            let text = format!("description = \"x\"\npaper = \"letter\"\ncard = {card}\ncolumns = {columns}\nrows = 5\norigin = {{ x = \"0.75in\", y = \"0.5in\" }}\n");
            SheetTemplate::parse(&SourceFile::new("t.toml", text)).unwrap_err()
        };
        let card = "{ width = \"3.5in\", height = \"2in\" }";
        let none = grid(card, "0");
        assert!(none.message.contains("columns = 0"), "{none}");
        assert_eq!(none.location.unwrap().line, 4);
        let tiny = grid("{ width = \"0.01in\", height = \"0.01in\" }", "2");
        assert!(tiny.message.contains("too small"), "{tiny}");
        // Ten billion slots would take gigabytes: refused by arithmetic, at once.
        let huge = grid(card, "2000000000");
        assert!(huge.message.contains("do not fit"), "{huge}");
    }

    #[test]
    fn long_edge_backs_mirror_columns_and_short_edge_backs_mirror_rows() {
        let t = template("description = \"x\"\npaper = \"letter\"\ncard = { width = \"3.5in\", height = \"2in\" }\ncolumns = 2\nrows = 5\norigin = { x = \"0.75in\", y = \"0.5in\" }\n");
        let front = t.slots(Duplex::LongEdge, false);
        let long = t.slots(Duplex::LongEdge, true);
        let short = t.slots(Duplex::ShortEdge, true);
        // Slot 0 (top left) has its back at the top right after a long-edge flip,
        // and at the bottom left after a short-edge flip.
        assert_eq!((front[0].x, front[0].y), (54.0, 36.0));
        assert_eq!((long[0].x, long[0].y), (306.0, 36.0));
        assert_eq!((short[0].x, short[0].y), (54.0, 612.0));
    }
}
