//! Glyphs drawn as vector outlines instead of text.
//!
//! Used for the marks of a cluster that sit above or below the cluster's baseline
//! (Khmer subscripts, Arabic harakat): PDF text can change its baseline only between
//! text operators, and PDF readers (PDFium, poppler) garble an /ActualText span that
//! holds more than one operator on more than one baseline. The span keeps the
//! cluster's text; these marks are pure drawing.

use crate::text::fonts::Face;
use printpdf::{LinePoint, Op, PaintMode, Point, Polygon, PolygonRing, Pt as PdfPt, WindingOrder};
use read_fonts::model::glyph::outline::{DrawMemory, DrawOptions, PathElement};

/// The fill operation drawing `gid` of `face` at `size` pt with its origin at
/// (x, y) in PDF coordinates, or none for an empty glyph.
pub fn glyph_path(face: &Face, gid: u16, size: f32, x: f32, y: f32) -> Option<Op> {
    let outlines = face.font.outline_glyphs();
    let glyph = outlines.get(harfrust::GlyphId::new(gid as u32))?;
    let mut path: Vec<PathElement> = Vec::new();
    glyph
        .draw(
            &DrawOptions::new().with_ppem(Some(size)),
            DrawMemory::Scratch,
            &mut path,
        )
        .ok()?;
    let mut rings = Vec::new();
    let mut points: Vec<LinePoint> = Vec::new();
    let mut last = (0.0f32, 0.0f32);
    let point = |px: f32, py: f32, bezier: bool| LinePoint {
        p: Point {
            x: PdfPt(x + px),
            y: PdfPt(y + py),
        },
        bezier,
    };
    for element in path {
        match element {
            PathElement::MoveTo { x: px, y: py } => {
                if points.len() > 1 {
                    rings.push(PolygonRing {
                        points: std::mem::take(&mut points),
                    });
                }
                points.clear();
                points.push(point(px, py, false));
                last = (px, py);
            }
            PathElement::LineTo { x: px, y: py } => {
                points.push(point(px, py, false));
                last = (px, py);
            }
            PathElement::QuadTo {
                cx0,
                cy0,
                x: px,
                y: py,
            } => {
                // A quadratic curve is the cubic with controls 2/3 of the way to its control point.
                let c1 = (
                    last.0 + 2.0 / 3.0 * (cx0 - last.0),
                    last.1 + 2.0 / 3.0 * (cy0 - last.1),
                );
                let c2 = (px + 2.0 / 3.0 * (cx0 - px), py + 2.0 / 3.0 * (cy0 - py));
                points.extend([
                    point(c1.0, c1.1, true),
                    point(c2.0, c2.1, true),
                    point(px, py, false),
                ]);
                last = (px, py);
            }
            PathElement::CurveTo {
                cx0,
                cy0,
                cx1,
                cy1,
                x: px,
                y: py,
            } => {
                points.extend([
                    point(cx0, cy0, true),
                    point(cx1, cy1, true),
                    point(px, py, false),
                ]);
                last = (px, py);
            }
            PathElement::Close => {}
        }
    }
    if points.len() > 1 {
        rings.push(PolygonRing { points });
    }
    (!rings.is_empty()).then(|| Op::DrawPolygon {
        polygon: Polygon {
            rings,
            mode: PaintMode::Fill,
            winding_order: WindingOrder::NonZero,
        },
    })
}
