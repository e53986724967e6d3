//! Glyphs drawn as vector outlines instead of text.
//!
//! Used for the marks of a cluster that sit above or below the cluster's baseline
//! (Khmer subscripts, Arabic harakat): PDF text can change its baseline only between
//! text operators, and PDF readers (PDFium, poppler) garble an /ActualText span that
//! holds more than one operator on more than one baseline. The span keeps the
//! cluster's text; these marks are pure drawing. Each distinct mark is one form
//! XObject in em units, placed wherever it is used, so a page of Khmer stays small.

use crate::text::fonts::{FaceId, FontBook};
use lopdf::content::{Content, Operation};
use lopdf::Object;
use printpdf::{DictItem, ExternalStream, Op, Pt as PdfPt, XObject, XObjectId, XObjectTransform};
use read_fonts::model::glyph::outline::{DrawMemory, DrawOptions, PathElement};
use std::collections::BTreeMap;

/// Units per em of the forms: the outline is drawn at 1000 "points" per em.
const FORM_EM: f32 = 1000.0;

/// The mark forms of one document, made as they are first used.
#[derive(Default)]
pub struct MarkForms {
    /// Faces by their number in this document, in order of first use: names and
    /// order then do not depend on where a face sits in the font book (a project
    /// with the built-in fonts vendored gets the same bytes).
    faces: Vec<FaceId>,
    forms: BTreeMap<(usize, u16), Option<(XObjectId, XObject)>>,
}

impl MarkForms {
    /// The operation placing glyph `gid` of `face` at `size` pt with its origin at
    /// (x, y) in PDF coordinates, or none for an empty glyph.
    pub fn place(
        &mut self,
        book: &FontBook,
        face: FaceId,
        gid: u16,
        size: f32,
        x: f32,
        y: f32,
    ) -> Option<Op> {
        let number = match self.faces.iter().position(|&f| f == face) {
            Some(n) => n,
            None => {
                self.faces.push(face);
                self.faces.len() - 1
            }
        };
        let entry = self.forms.entry((number, gid)).or_insert_with(|| {
            let form = glyph_form(book, face, gid)?;
            Some((XObjectId(format!("M{number}g{gid}")), form))
        });
        let (id, _) = entry.as_ref()?;
        let scale = size / FORM_EM;
        Some(Op::UseXobject {
            id: id.clone(),
            transform: XObjectTransform {
                translate_x: Some(PdfPt(x)),
                translate_y: Some(PdfPt(y)),
                scale_x: Some(scale),
                scale_y: Some(scale),
                no_auto_scale: true,
                ..Default::default()
            },
        })
    }

    /// Every form made, for the document's resources.
    pub fn into_xobjects(self) -> impl Iterator<Item = (XObjectId, XObject)> {
        self.forms.into_values().flatten()
    }
}

/// A form XObject filling the glyph's outline, in units of 1/1000 em.
fn glyph_form(book: &FontBook, face: FaceId, gid: u16) -> Option<XObject> {
    let outlines = book.face(face).font.outline_glyphs();
    let glyph = outlines.get(harfrust::GlyphId::new(gid as u32))?;
    let mut path: Vec<PathElement> = Vec::new();
    glyph
        .draw(
            &DrawOptions::new().with_ppem(Some(FORM_EM)),
            DrawMemory::Scratch,
            &mut path,
        )
        .ok()?;
    if path.is_empty() {
        return None;
    }
    let (ops, [x0, y0, x1, y1]) = fill_path(path);
    let content = Content { operations: ops }.encode().ok()?;
    let bbox = [x0.floor(), y0.floor(), x1.ceil(), y1.ceil()]
        .map(DictItem::Real)
        .to_vec();
    let dict = BTreeMap::from([
        ("Type".to_string(), DictItem::Name(b"XObject".to_vec())),
        ("Subtype".to_string(), DictItem::Name(b"Form".to_vec())),
        ("BBox".to_string(), DictItem::Array(bbox)),
    ]);
    Some(XObject::External(printpdf::ExternalXObject {
        stream: ExternalStream {
            dict,
            content,
            compress: true,
        },
        width: None,
        height: None,
        dpi: None,
    }))
}

/// The operations filling `path` (quadratic curves as cubic ones), and the box
/// around every point and control point, `[x0, y0, x1, y1]`.
fn fill_path(path: Vec<PathElement>) -> (Vec<Operation>, [f32; 4]) {
    let n = |v: f32| Object::Real((v * 10.0).round() / 10.0);
    let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    let mut seen = |x: f32, y: f32| {
        x0 = x0.min(x);
        y0 = y0.min(y);
        x1 = x1.max(x);
        y1 = y1.max(y);
    };
    let mut ops = Vec::new();
    let mut last = (0.0f32, 0.0f32);
    for element in path {
        match element {
            PathElement::MoveTo { x, y } => {
                seen(x, y);
                ops.push(Operation::new("m", vec![n(x), n(y)]));
                last = (x, y);
            }
            PathElement::LineTo { x, y } => {
                seen(x, y);
                ops.push(Operation::new("l", vec![n(x), n(y)]));
                last = (x, y);
            }
            PathElement::QuadTo { cx0, cy0, x, y } => {
                // A quadratic curve is the cubic with controls 2/3 of the way to its control point.
                let c1 = (
                    last.0 + 2.0 / 3.0 * (cx0 - last.0),
                    last.1 + 2.0 / 3.0 * (cy0 - last.1),
                );
                let c2 = (x + 2.0 / 3.0 * (cx0 - x), y + 2.0 / 3.0 * (cy0 - y));
                seen(cx0, cy0);
                seen(x, y);
                ops.push(Operation::new(
                    "c",
                    vec![n(c1.0), n(c1.1), n(c2.0), n(c2.1), n(x), n(y)],
                ));
                last = (x, y);
            }
            PathElement::CurveTo {
                cx0,
                cy0,
                cx1,
                cy1,
                x,
                y,
            } => {
                seen(cx0, cy0);
                seen(cx1, cy1);
                seen(x, y);
                ops.push(Operation::new(
                    "c",
                    vec![n(cx0), n(cy0), n(cx1), n(cy1), n(x), n(y)],
                ));
                last = (x, y);
            }
            PathElement::Close => ops.push(Operation::new("h", vec![])),
        }
    }
    ops.push(Operation::new("f", vec![]));
    (ops, [x0, y0, x1, y1])
}
