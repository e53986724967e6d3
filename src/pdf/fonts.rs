//! Font embedding. printpdf without its `text_layout` feature embeds fonts whole (a
//! CJK face is 16 MB), and `text_layout` pulls in an HTML engine. So this module
//! subsets each face with the `subsetter` crate first and hands printpdf the
//! subset, addressing glyphs by their new ids. This is the one workaround for that
//! printpdf gap.

use crate::diag::Diagnostic;
use crate::text::fonts::{Face, FaceId, FontBook};
use printpdf::{FontId, ParsedFont, PdfDocument};
use std::collections::{BTreeMap, BTreeSet};

/// A face as embedded in one PDF.
pub struct EmbeddedFont {
    pub id: FontId,
    /// The PDF font name: a subset tag and the PostScript name, `ABCDEF+NotoSans-Regular`.
    pub name: String,
    /// Original glyph id → glyph id in the subset.
    remap: BTreeMap<u16, u16>,
    /// Advance width per subset glyph id as printpdf writes it to /W (1/1000 em,
    /// truncated), so positioning is computed against what viewers will use.
    widths: BTreeMap<u16, i64>,
}

impl EmbeddedFont {
    pub fn gid(&self, original: u16) -> u16 {
        self.remap.get(&original).copied().unwrap_or(0)
    }

    /// The /W width of a subset glyph, in 1/1000 em.
    pub fn width(&self, subset_gid: u16) -> f32 {
        self.widths.get(&subset_gid).copied().unwrap_or(0) as f32
    }
}

/// Subsets and registers every face used, under stable ids (`F0`, `F1`, … in face
/// order), so the same input gives the same bytes.
pub fn embed(
    doc: &mut PdfDocument,
    book: &FontBook,
    used: &BTreeMap<FaceId, BTreeSet<u16>>,
) -> Result<BTreeMap<FaceId, EmbeddedFont>, Diagnostic> {
    let mut out = BTreeMap::new();
    for (n, (&face_id, glyphs)) in used.iter().enumerate() {
        let face = book.face(face_id);
        let (bytes, remap) = subset(face, glyphs)?;
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(&bytes, 0, &mut warnings).ok_or_else(|| {
            Diagnostic::error(
                "font-subset",
                format!(
                    "the subset of {} could not be read back",
                    face.path.display()
                ),
            )
            .hint("the font file may be damaged; try another copy of it")
        })?;
        let upem = parsed.pdf_font_metrics.units_per_em as f32;
        let widths = remap
            .values()
            .map(|&new| {
                let raw = parsed.get_glyph_width(new).unwrap_or(0) as f32;
                (new, (raw * 1000.0 / upem) as i64)
            })
            .collect();
        let id = FontId(format!("F{n}"));
        let name = format!("{}+{}", subset_tag(&bytes), postscript_name(face));
        doc.resources
            .fonts
            .map
            .insert(id.clone(), printpdf::font::PdfFont::new(parsed));
        out.insert(
            face_id,
            EmbeddedFont {
                id,
                name,
                remap,
                widths,
            },
        );
    }
    Ok(out)
}

fn subset(
    face: &Face,
    glyphs: &BTreeSet<u16>,
) -> Result<(Vec<u8>, BTreeMap<u16, u16>), Diagnostic> {
    let mut remapper = subsetter::GlyphRemapper::new();
    let mut remap = BTreeMap::new();
    for &g in glyphs {
        remap.insert(g, remapper.remap(g));
    }
    let bytes = subsetter::subset(face.bytes(), face.index, &remapper).map_err(|e| {
        Diagnostic::error(
            "font-subset",
            format!("cannot subset font {}: {e:?}", face.path.display()),
        )
        .hint("the font may use outlines flyer cannot embed; try a TrueType (.ttf) version of it")
    })?;
    Ok((bytes, remap))
}

/// Six capital letters derived from the subset, as PDF names subset fonts.
fn subset_tag(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .take(6)
        .map(|b| char::from(b'A' + b % 26))
        .collect()
}

/// The face's PostScript name (name id 6), or its family without spaces.
fn postscript_name(face: &Face) -> String {
    use read_fonts::types::NameId;
    let name = face
        .font
        .names()
        .get(NameId::POSTSCRIPT_NAME)
        .and_then(|n| n.english_or_first())
        .map(|n| n.name().to_string())
        .unwrap_or_else(|| face.family.clone());
    name.chars()
        .filter(|c| c.is_ascii_graphic() && !"()<>[]{}/%#".contains(*c))
        .collect()
}
