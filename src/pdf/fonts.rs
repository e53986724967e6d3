//! Font embedding. printpdf without its `text_layout` feature embeds fonts whole (a
//! CJK face is 16 MB), and `text_layout` pulls in an HTML engine. So this module
//! subsets each face with the `subsetter` crate first and hands printpdf the
//! subset, addressing glyphs by their new ids. This is the one workaround for that
//! printpdf gap.
//!
//! Each occurrence of a glyph is shown under a code (a CID) that carries the text
//! it stands for ([`super::text::read_group`]): the same glyph can have several
//! codes, one per text. printpdf writes Identity maps (code = glyph id), so
//! [`write_codes`] rewrites each font's ToUnicode, /W and CIDToGIDMap after it:
//! the second workaround for printpdf, and the one place these are written.

use super::text::{CodeKey, GlyphTexts};
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
    /// (original glyph id, text, unseen) → code, and per code its subset glyph
    /// id, text and whether it is an unseen code (of no width).
    codes: BTreeMap<CodeKey, u16>,
    by_code: BTreeMap<u16, CodeKey>,
    /// A CFF font: printpdf's own maps stay (one code per glyph, see [`Self::code`]).
    cff: bool,
}

impl EmbeddedFont {
    pub fn gid(&self, original: u16) -> u16 {
        self.remap.get(&original).copied().unwrap_or(0)
    }

    /// The /W width of a subset glyph, in 1/1000 em.
    pub fn width(&self, subset_gid: u16) -> f32 {
        self.widths.get(&subset_gid).copied().unwrap_or(0) as f32
    }

    /// The code showing glyph `original` read as `text`, if the font has one: a
    /// CFF font (CIDFontType0, no CIDToGIDMap) has one code per glyph, with the
    /// glyph's first text.
    pub fn code(&self, original: u16, text: &str, unseen: bool) -> Option<u16> {
        self.codes
            .get(&(original, text.to_string(), unseen))
            .copied()
    }

    /// The text a code reads as.
    pub fn code_text(&self, code: u16) -> &str {
        self.by_code.get(&code).map_or("", |(_, text, _)| text)
    }

    /// The /W width of a code, in 1/1000 em: its glyph's, none for an unseen
    /// one (shown in the invisible rendering mode only, which PDF/A-2 exempts
    /// from agreeing with the font: veraPDF's rule 6.2.11.5-1).
    pub fn code_width(&self, code: u16) -> f32 {
        match self.by_code.get(&code) {
            Some(&(_, _, true)) => 0.0,
            Some(&(gid, _, false)) => self.width(gid),
            None => self.width(code),
        }
    }

    /// The glyph's first code: what a CFF font shows it with whatever its text.
    pub fn first_code(&self, original: u16) -> u16 {
        self.gid(original)
    }
}

/// Codes for each (glyph, text, unseen) in order of first use: a glyph's first
/// text gets the glyph's subset id as its code (so the map is mostly
/// identity), later ones and unseen ones codes after the last glyph id; a CFF
/// font gets no second code.
fn assign_codes(
    face: &Face,
    remap: &BTreeMap<u16, u16>,
    glyph_count: u16,
    cff: bool,
    texts: &[CodeKey],
) -> Result<BTreeMap<CodeKey, u16>, Diagnostic> {
    let mut codes = BTreeMap::new();
    let mut taken = std::collections::BTreeSet::new();
    let mut next = u32::from(glyph_count.max(1));
    for key @ (gid, _, unseen) in texts {
        let subset_gid = remap.get(gid).copied().unwrap_or(0);
        let code = if !unseen && taken.insert(subset_gid) {
            subset_gid
        } else if cff {
            continue;
        } else {
            let code = u16::try_from(next).map_err(|_| {
                Diagnostic::error(
                    "font-subset",
                    format!(
                        "{} is shown with more than 65,536 different glyph texts",
                        face.path.display()
                    ),
                )
                .hint("split the document into smaller ones")
            })?;
            next += 1;
            code
        };
        codes.insert(key.clone(), code);
    }
    Ok(codes)
}

/// Subsets and registers every face used, under stable ids (`F0`, `F1`, … in face
/// order), so the same input gives the same bytes. The faces are subset on all
/// cores: a CJK face's subset is most of a Chinese poster's PDF work.
pub fn embed(
    doc: &mut PdfDocument,
    book: &FontBook,
    used: &BTreeMap<FaceId, BTreeSet<u16>>,
    texts: &GlyphTexts,
) -> Result<BTreeMap<FaceId, EmbeddedFont>, Diagnostic> {
    let faces: Vec<(usize, (&FaceId, &BTreeSet<u16>))> = used.iter().enumerate().collect();
    let embedded = crate::outputs::on_all_cores(&faces, |&(n, (&face_id, glyphs))| {
        embed_face(n, book.face(face_id), glyphs, texts.get(&face_id))
    });
    let mut out = BTreeMap::new();
    for (&(_, (&face_id, _)), embedded) in faces.iter().zip(embedded) {
        let (parsed, font) = embedded?;
        (doc.resources.fonts.map).insert(font.id.clone(), printpdf::font::PdfFont::new(parsed));
        out.insert(face_id, font);
    }
    Ok(out)
}

/// Face `face`, the `n`th embedded, subset to `glyphs`: the subset read back,
/// and its codes for `texts`.
fn embed_face(
    n: usize,
    face: &Face,
    glyphs: &BTreeSet<u16>,
    texts: Option<&Vec<CodeKey>>,
) -> Result<(ParsedFont, EmbeddedFont), Diagnostic> {
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
    let cff = bytes.starts_with(b"OTTO");
    use read_fonts::TableProvider;
    let glyph_count = read_fonts::FontRef::new(&bytes)
        .ok()
        .and_then(|f| f.maxp().ok())
        .map_or(0, |m| m.num_glyphs());
    let codes = assign_codes(
        face,
        &remap,
        glyph_count,
        cff,
        texts.map_or(&[][..], Vec::as_slice),
    )?;
    let by_code = codes
        .iter()
        .map(|((gid, text, unseen), &code)| {
            (
                code,
                (remap.get(gid).copied().unwrap_or(0), text.clone(), *unseen),
            )
        })
        .collect();
    let font = EmbeddedFont {
        id: FontId(format!("F{n}")),
        name: format!("{}+{}", subset_tag(&bytes), postscript_name(face)),
        remap,
        widths,
        codes,
        by_code,
        cff,
    };
    Ok((parsed, font))
}

/// Rewrites each embedded font's ToUnicode, /W and (TrueType) CIDToGIDMap for its
/// codes, on the document printpdf wrote (see the module's doc).
pub fn write_codes(pdf: &mut lopdf::Document, fonts: &BTreeMap<FaceId, EmbeddedFont>) {
    use lopdf::{Dictionary, Object, Stream};
    let by_name: BTreeMap<&[u8], &EmbeddedFont> =
        fonts.values().map(|f| (f.id.0.as_bytes(), f)).collect();
    let type0: Vec<(lopdf::ObjectId, &EmbeddedFont)> = pdf
        .objects
        .iter()
        .filter_map(|(&id, object)| {
            let dict = object.as_dict().ok()?;
            if dict.get(b"Subtype").and_then(Object::as_name).ok()? != b"Type0" {
                return None;
            }
            let name = dict.get(b"BaseFont").and_then(Object::as_name).ok()?;
            let font = *by_name.get(name)?;
            (!font.cff).then_some((id, font))
        })
        .collect();
    for (id, font) in type0 {
        let cmap = printpdf::cmap::ToUnicodeCMap {
            mappings: font
                .by_code
                .iter()
                .map(|(&code, (_, text, _))| {
                    (u32::from(code), text.chars().map(u32::from).collect())
                })
                .collect(),
        };
        let to_unicode = pdf.add_object(Stream::new(
            Dictionary::new(),
            cmap.to_cmap_string(&font.id.0).into_bytes(),
        ));
        let mut map = Vec::new();
        for (&code, &(gid, ..)) in &font.by_code {
            let at = usize::from(code) * 2;
            if map.len() < at + 2 {
                map.resize(at + 2, 0);
            }
            map[at..at + 2].copy_from_slice(&gid.to_be_bytes());
        }
        let cid_to_gid = pdf.add_object(Stream::new(Dictionary::new(), map));
        let widths = widths_array(font);
        let Ok(dict) = pdf.get_object_mut(id).and_then(Object::as_dict_mut) else {
            continue;
        };
        dict.set("ToUnicode", Object::Reference(to_unicode));
        let Ok(Object::Array(descendants)) = dict.get_mut(b"DescendantFonts") else {
            continue;
        };
        if let Some(Object::Dictionary(cid_font)) = descendants.first_mut() {
            cid_font.set("W", widths);
            cid_font.set("CIDToGIDMap", Object::Reference(cid_to_gid));
        }
    }
}

/// The /W array: each run of consecutive codes with its glyphs' widths (none
/// for an unseen code).
fn widths_array(font: &EmbeddedFont) -> lopdf::Object {
    use lopdf::Object;
    let mut out = Vec::new();
    let mut run: Option<(u16, Vec<Object>)> = None;
    for (&code, &(gid, _, unseen)) in &font.by_code {
        let width = match unseen {
            true => 0,
            false => font.widths.get(&gid).copied().unwrap_or(0),
        };
        let width = Object::Integer(width);
        match &mut run {
            Some((first, ws)) if usize::from(*first) + ws.len() == usize::from(code) => {
                ws.push(width)
            }
            _ => {
                if let Some((first, ws)) = run.take() {
                    out.extend([Object::Integer(first.into()), Object::Array(ws)]);
                }
                run = Some((code, vec![width]));
            }
        }
    }
    if let Some((first, ws)) = run {
        out.extend([Object::Integer(first.into()), Object::Array(ws)]);
    }
    Object::Array(out)
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
