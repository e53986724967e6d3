//! The line-collision check: the ink of every text line on a laid-out page,
//! measured from its glyphs' outlines, and the pairs of lines whose ink overlaps.
//! Line metrics say where a line should end; a stacked Malayalam conjunct, a
//! Khmer subscript or a Lao tone mark over a vowel can reach past them, and only
//! the outlines tell.

use crate::document::{Document, Item, Role, TextLine};
use crate::text::fonts::{FaceId, FontBook, InkBox};
use std::fmt;

/// Overlaps smaller than this (in pt, either way) are rounding, not a collision.
const TOLERANCE: f32 = 0.01;

/// Two lines on one page whose ink overlaps.
#[derive(Debug, Clone, PartialEq)]
pub struct Collision {
    /// The page, counted from 0.
    pub page: usize,
    /// The line set higher on the page (the smaller baseline), and the other.
    pub upper: CollidingLine,
    pub lower: CollidingLine,
    /// How far the two ink boxes overlap, in pt: vertically (how far the lower
    /// line would have to move down) and horizontally.
    pub overlap: f32,
    pub width: f32,
}

/// One line of a [`Collision`].
#[derive(Debug, Clone, PartialEq)]
pub struct CollidingLine {
    pub message_id: String,
    /// The line's own text (not its whole paragraph's).
    pub text: String,
    pub baseline: f32,
}

impl fmt::Display for Collision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "on page {}, the ink of `{}` (\"{}\", baseline {:.1} pt) overlaps the ink of `{}` (\"{}\", baseline {:.1} pt) by {:.2} pt",
            self.page + 1,
            self.upper.message_id,
            self.upper.text,
            self.upper.baseline,
            self.lower.message_id,
            self.lower.text,
            self.lower.baseline,
            self.overlap
        )
    }
}

/// A rectangle in page coordinates (pt, y down).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Rect {
    left: f32,
    right: f32,
    top: f32,
    bottom: f32,
}

impl Rect {
    fn union(self, other: Rect) -> Rect {
        Rect {
            left: self.left.min(other.left),
            right: self.right.max(other.right),
            top: self.top.min(other.top),
            bottom: self.bottom.max(other.bottom),
        }
    }
}

/// Every pair of lines on a page whose glyphs' ink overlaps. Lines that share a
/// baseline within one block (a bullet and its item) are pieces of one line and
/// not compared; invisible lines (a QR code's text) have no ink.
pub fn collisions(doc: &Document, book: &FontBook) -> Vec<Collision> {
    let mut glyphs = GlyphBoxes::new(book);
    let mut found = Vec::new();
    for (page, model) in doc.pages.iter().enumerate() {
        let mut inked: Vec<(&TextLine, Rect)> = (model.items.iter())
            .filter_map(|item| match item {
                Item::Text(line) if line.role != Role::FigureText => {
                    glyphs.line_ink(line).map(|ink| (line, ink))
                }
                _ => None,
            })
            .collect();
        // Sorted by the top of their ink: a line can only collide with the ones
        // after it whose ink starts above its bottom.
        inked.sort_by(|a, b| a.1.top.total_cmp(&b.1.top));
        for (i, &(a, a_ink)) in inked.iter().enumerate() {
            for &(b, b_ink) in &inked[i + 1..] {
                if b_ink.top >= a_ink.bottom - TOLERANCE {
                    break;
                }
                if let Some(collision) = collision(page, (a, a_ink), (b, b_ink)) {
                    found.push(collision);
                }
            }
        }
    }
    found
}

/// The collision of two inked lines, if their ink overlaps and they are not
/// pieces of one line.
fn collision(page: usize, a: (&TextLine, Rect), b: (&TextLine, Rect)) -> Option<Collision> {
    let ((a, a_ink), (b, b_ink)) = (a, b);
    let same_line = (a.baseline - b.baseline).abs() <= TOLERANCE && a.block == b.block;
    let overlap = a_ink.bottom.min(b_ink.bottom) - a_ink.top.max(b_ink.top);
    let width = a_ink.right.min(b_ink.right) - a_ink.left.max(b_ink.left);
    if same_line || overlap <= TOLERANCE || width <= TOLERANCE {
        return None;
    }
    let (upper, lower) = if a.baseline <= b.baseline {
        (a, b)
    } else {
        (b, a)
    };
    Some(Collision {
        page,
        upper: colliding(upper),
        lower: colliding(lower),
        overlap,
        width,
    })
}

fn colliding(line: &TextLine) -> CollidingLine {
    let text = line.text.get(line.line.range.clone()).unwrap_or_default();
    CollidingLine {
        message_id: line.message_id.clone(),
        text: crate::l10n::strip_isolates(text),
        baseline: line.baseline,
    }
}

/// Glyph ink boxes read from the fonts once per (face, glyph): a page repeats
/// the same few hundred glyphs. Indexed by face, then glyph id; `None` for a
/// glyph not read yet.
struct GlyphBoxes<'b> {
    book: &'b FontBook,
    cache: Vec<Vec<Option<Option<InkBox>>>>,
}

impl<'b> GlyphBoxes<'b> {
    fn new(book: &'b FontBook) -> GlyphBoxes<'b> {
        GlyphBoxes {
            book,
            cache: vec![Vec::new(); book.faces.len()],
        }
    }

    fn ink_box(&mut self, face: FaceId, gid: u16) -> Option<InkBox> {
        let glyphs = &mut self.cache[face.0];
        let i = usize::from(gid);
        if glyphs.len() <= i {
            glyphs.resize(i + 1, None);
        }
        *glyphs[i].get_or_insert_with(|| self.book.face(face).ink_box(gid))
    }

    /// The union of a line's glyph ink boxes on the page, placed as the PDF
    /// stage places them: from the line's x, each glyph at the pen plus its
    /// offset, raised by its y offset. `None` for a line without ink.
    fn line_ink(&mut self, line: &TextLine) -> Option<Rect> {
        let size = line.size;
        let mut pen = line.x;
        let mut ink: Option<Rect> = None;
        for run in &line.line.runs {
            for g in &run.glyphs {
                if let Some(b) = self.ink_box(run.face, g.gid) {
                    let x = pen + g.x_offset * size;
                    let rise = g.y_offset * size;
                    let placed = Rect {
                        left: x + b.left * size,
                        right: x + b.right * size,
                        top: line.baseline - rise - b.top * size,
                        bottom: line.baseline - rise - b.bottom * size,
                    };
                    ink = Some(ink.map_or(placed, |i| i.union(placed)));
                }
                pen += g.x_advance * size;
            }
        }
        ink
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::PageModel;
    use crate::spec::{Color, Weight};
    use crate::text::tests::book;
    use crate::text::ShapedParagraph;
    use crate::units::Size;

    const SIZE: f32 = 20.0;

    /// `text` shaped with the project's fonts as one line at 20 pt, from x = 36,
    /// on `baseline`, as the layout would place it.
    fn line(text: &str, locale: &str, baseline: f32, block: usize) -> (TextLine, ShapedParagraph) {
        let para = ShapedParagraph::new(text, locale, false, Weight::Regular, book()).unwrap();
        let line = TextLine {
            x: 36.0,
            baseline,
            size: SIZE,
            color: Color::BLACK,
            line: para.single_line(book()),
            text: text.into(),
            lang: locale.into(),
            foreign: Vec::new().into(),
            role: Role::Paragraph,
            block,
            paragraph: 0,
            message_id: format!("{locale}-line"),
        };
        (line, para)
    }

    fn page(lines: Vec<TextLine>) -> Document {
        Document {
            title: String::new(),
            lang: "en".into(),
            pages: vec![PageModel {
                trim: Size::named("letter").unwrap(),
                bleed: 0.0,
                items: lines.into_iter().map(Item::Text).collect(),
            }],
            fit: 1.0,
            sizes: Default::default(),
            moves: Default::default(),
        }
    }

    // Khmer with subscript consonants (below the baseline) over Vietnamese with
    // stacked marks (above the cap height).
    const KHMER: &str = "ស្ត្រី និង កុមារ";
    const VIETNAMESE: &str = "Ở ẪNG Ặ Ễ";

    /// How deep the Khmer ink goes plus how high the Vietnamese ink reaches,
    /// in pt, as the shaper's paragraphs measure it: the baseline distance
    /// below which the two must touch.
    fn ink_span(khmer: &ShapedParagraph, vietnamese: &ShapedParagraph) -> f32 {
        (vietnamese.ink_top - khmer.ink_bottom) * SIZE
    }

    #[test]
    fn lines_set_closer_than_their_ink_collide_by_the_difference() {
        let (km, km_para) = line(KHMER, "km", 100.0, 0);
        let (vi, vi_para) = line(VIETNAMESE, "vi", 100.0, 1);
        let span = ink_span(&km_para, &vi_para);
        // The subscripts and the stacked marks really are tall: together they
        // span more than the type size.
        assert!(span > SIZE, "{span}");
        let gap = span - 5.0;
        let vi = TextLine {
            baseline: 100.0 + gap,
            ..vi
        };
        let found = collisions(&page(vec![vi, km]), book());
        assert_eq!(found.len(), 1, "{found:?}");
        let c = &found[0];
        assert_eq!(c.page, 0);
        assert_eq!(c.upper.message_id, "km-line");
        assert_eq!(c.upper.text, KHMER);
        assert_eq!(c.lower.message_id, "vi-line");
        assert_eq!(c.lower.baseline, 100.0 + gap);
        assert!((c.overlap - 5.0).abs() < 0.01, "{c:?}");
        // The shorter (Vietnamese) line lies all under the Khmer one.
        let vi_width = vi_para.natural_width() * SIZE;
        assert!(
            c.width > 0.9 * vi_width && c.width < vi_width + 1.0,
            "{c:?}"
        );
        let said = c.to_string();
        assert!(
            said.starts_with("on page 1, the ink of `km-line` (\"ស្ត្រី និង កុមារ\", baseline 100.0 pt) overlaps the ink of `vi-line`"),
            "{said}"
        );
        assert!(said.ends_with("by 5.00 pt"), "{said}");
    }

    #[test]
    fn lines_just_far_enough_apart_do_not_collide() {
        let (km, km_para) = line(KHMER, "km", 100.0, 0);
        let (vi, vi_para) = line(VIETNAMESE, "vi", 100.0, 1);
        let gap = ink_span(&km_para, &vi_para) + 0.05;
        let vi = TextLine {
            baseline: 100.0 + gap,
            ..vi
        };
        assert_eq!(collisions(&page(vec![km, vi]), book()), vec![]);
    }

    #[test]
    fn lines_side_by_side_do_not_collide_however_close_their_baselines() {
        let (left, _) = line(KHMER, "km", 100.0, 0);
        let (right, _) = line(VIETNAMESE, "vi", 104.0, 1);
        let right = TextLine { x: 400.0, ..right };
        assert_eq!(collisions(&page(vec![left, right]), book()), vec![]);
    }

    #[test]
    fn pieces_of_one_line_are_not_compared_but_two_blocks_on_one_baseline_are() {
        // A bullet and its item: one block, one baseline, ink side by side.
        let (bullet, _) = line("•", "en", 100.0, 3);
        let (item, _) = line("Gang based trafficking", "en", 100.0, 3);
        let item = TextLine { x: 38.0, ..item };
        let one_block = vec![bullet.clone(), item.clone()];
        assert_eq!(collisions(&page(one_block), book()), vec![]);
        // The same ink from two blocks: text printed over text.
        let other = TextLine { block: 4, ..item };
        assert_eq!(collisions(&page(vec![bullet, other]), book()).len(), 1);
    }

    #[test]
    fn invisible_text_has_no_ink() {
        let (km, _) = line(KHMER, "km", 100.0, 0);
        let (alt, _) = line(VIETNAMESE, "vi", 105.0, 1);
        let alt = TextLine {
            role: Role::FigureText,
            ..alt
        };
        assert_eq!(
            collisions(&page(vec![km.clone(), alt.clone()]), book()),
            vec![]
        );
        let visible = TextLine {
            role: Role::Paragraph,
            ..alt
        };
        assert_eq!(collisions(&page(vec![km, visible]), book()).len(), 1);
    }
}
