//! Previews: a PNG thumbnail of each output's first page, rendered back from the
//! PDF's own bytes with hayro (pure Rust, no system tools), so the preview shows
//! what the PDF holds, not what flyer meant to draw.
//!
//! A thumbnail records the SHA-256 of the PDF it was made from in a PNG text
//! chunk; while that still matches, it is not rendered again.

use crate::diag::Diagnostic;
use hayro::hayro_interpret::InterpreterSettings;
use hayro::hayro_syntax::Pdf;
use hayro::vello_cpu::color::palette::css::WHITE;
use hayro::{PixmapSettings, RenderCache, RenderSettings};
use std::path::Path;
use std::sync::Arc;

/// The text chunk keyword that holds the source PDF's hash.
const SOURCE_KEY: &str = "flyer-source-sha256";

/// Thumbnail width in pixels (height follows the page).
pub const THUMBNAIL_WIDTH: f32 = 240.0;

/// The PNG preview of page 1, `width` pixels wide, tagged with the PDF's hash.
pub fn thumbnail(pdf: &[u8], width: f32) -> Result<Vec<u8>, String> {
    page(pdf, 0, width)
}

/// The PNG of page `index` (from 0), `width` pixels wide, tagged with the PDF's
/// hash: thumbnails, and the live preview of `flyer serve`.
pub fn page(pdf: &[u8], index: usize, width: f32) -> Result<Vec<u8>, String> {
    let hash = crate::outputs::hex_sha256(pdf);
    let doc = Pdf::new(Arc::new(pdf.to_vec())).map_err(|e| format!("unreadable PDF: {e:?}"))?;
    let pages = doc.pages();
    let page = pages.get(index).ok_or("the PDF has no such page")?;
    let (page_w, _) = page.render_dimensions();
    render_page(page, &RenderCache::new(), width / page_w, &hash)
}

/// One page as a PNG, `scale` pixels per point, on white.
fn render_page<'a>(
    page: &'a hayro::hayro_syntax::page::Page<'a>,
    cache: &RenderCache<'a>,
    scale: f32,
    hash: &str,
) -> Result<Vec<u8>, String> {
    let pixmap = hayro::render(
        page,
        cache,
        &InterpreterSettings::default(),
        &RenderSettings::default(),
        &PixmapSettings {
            x_scale: scale,
            y_scale: scale,
            bg_color: WHITE,
        },
    );
    // The background is opaque, so premultiplied RGBA is plain RGBA.
    let rgb: Vec<u8> = pixmap
        .data_as_u8_slice()
        .chunks_exact(4)
        .flat_map(|p| [p[0], p[1], p[2]])
        .collect();
    encode_png(&rgb, pixmap.width().into(), pixmap.height().into(), hash)
        .map_err(|e| format!("cannot encode the PNG: {e}"))
}

/// Every page at `dpi`, as PNGs (for checking print detail: hairlines, marks,
/// small type).
pub fn pages(pdf: &[u8], dpi: f32) -> Result<Vec<Vec<u8>>, String> {
    let hash = crate::outputs::hex_sha256(pdf);
    let doc = Pdf::new(Arc::new(pdf.to_vec())).map_err(|e| format!("unreadable PDF: {e:?}"))?;
    let cache = RenderCache::new();
    doc.pages()
        .iter()
        .map(|page| render_page(page, &cache, dpi / 72.0, &hash))
        .collect()
}

/// Writes every page of each output at `dpi` to `pages/<layout>/<name>-<n>.png`
/// under `out_dir`; returns how many pages were written, and the errors.
pub fn write_pages(
    out_dir: &Path,
    outputs: &[std::path::PathBuf],
    dpi: f32,
) -> (usize, Vec<Diagnostic>) {
    let results = crate::outputs::on_all_cores(outputs, |file| {
        let pdf_path = out_dir.join(file);
        let fail = |what: String| {
            Diagnostic::error(
                "preview",
                format!("no page images for {}: {what}", pdf_path.display()),
            )
            .hint("the PDF itself is fine to print; report this with the file attached")
        };
        let pdf = std::fs::read(&pdf_path).map_err(|e| fail(e.to_string()))?;
        let pngs = pages(&pdf, dpi).map_err(fail)?;
        let stem = file
            .file_stem()
            .map_or(String::new(), |s| s.to_string_lossy().into_owned());
        let dir = out_dir
            .join("pages")
            .join(file.parent().unwrap_or(Path::new("")));
        for (n, png) in pngs.iter().enumerate() {
            crate::outputs::write_atomically(&dir.join(format!("{stem}-{}.png", n + 1)), png)?;
        }
        Ok(pngs.len())
    });
    let written = results.iter().flatten().sum();
    let errors = results.into_iter().filter_map(Result::err).collect();
    (written, errors)
}

fn encode_png(
    rgb: &[u8],
    width: u32,
    height: u32,
    hash: &str,
) -> Result<Vec<u8>, png::EncodingError> {
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.add_text_chunk(SOURCE_KEY.to_string(), hash.to_string())?;
    let mut writer = encoder.write_header()?;
    writer.write_image_data(rgb)?;
    writer.finish()?;
    Ok(bytes)
}

/// Writes the thumbnail of `pdf_path` to `png_path` unless the one there was made
/// from the same bytes. Returns whether it rendered.
pub fn refresh(pdf_path: &Path, png_path: &Path) -> Result<bool, Diagnostic> {
    let fail = |what: String| {
        Diagnostic::error(
            "preview",
            format!("no preview for {}: {what}", pdf_path.display()),
        )
        .hint("the PDF itself is fine to print; report this with the file attached")
    };
    let pdf = std::fs::read(pdf_path).map_err(|e| fail(e.to_string()))?;
    if source_hash(png_path).as_deref() == Some(crate::outputs::hex_sha256(&pdf).as_str()) {
        return Ok(false);
    }
    let png = thumbnail(&pdf, THUMBNAIL_WIDTH).map_err(fail)?;
    crate::outputs::write_atomically(png_path, &png)?;
    Ok(true)
}

/// The source hash recorded in an existing thumbnail, if any.
pub fn source_hash(png_path: &Path) -> Option<String> {
    let file = std::fs::File::open(png_path).ok()?;
    let reader = png::Decoder::new(std::io::BufReader::new(file))
        .read_info()
        .ok()?;
    reader
        .info()
        .uncompressed_latin1_text
        .iter()
        .find(|t| t.keyword == SOURCE_KEY)
        .map(|t| t.text.clone())
}

/// Refreshes the thumbnails of these outputs (paths under `out_dir`) on all
/// cores. Returns how many were rendered, and the errors.
pub fn refresh_all(out_dir: &Path, outputs: &[std::path::PathBuf]) -> (usize, Vec<Diagnostic>) {
    let results = crate::outputs::on_all_cores(outputs, |file| {
        refresh(
            &out_dir.join(file),
            &out_dir.join(crate::outputs::preview_file(file)),
        )
    });
    let rendered = results.iter().filter(|r| matches!(r, Ok(true))).count();
    let errors = results.into_iter().filter_map(Result::err).collect();
    (rendered, errors)
}
