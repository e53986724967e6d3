//! Images a layout places (a logo): PNG decoded with `png`, SVG rasterized with
//! `resvg` at print resolution. Loaded once per run and shared by every output.

use crate::diag::{file_location, Diagnostic};
use crate::project::{Input, Project};
use std::path::Path;

/// Pixels, 8-bit RGBA (not premultiplied), ready for the PDF stage.
#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    pub width: u32,
    pub height: u32,
    pub rgba: Vec<u8>,
}

impl Image {
    /// Height over width.
    pub fn aspect(&self) -> f32 {
        self.height as f32 / self.width.max(1) as f32
    }
}

/// SVG is drawn this many pixels per inch of its own size (a print-shop resolution).
const SVG_DPI: f32 = 600.0;
/// Larger rasters than this are refused: a logo needs no more.
const MAX_PIXELS: u64 = 40_000_000;

/// An image file of the project: `written` as a layout gives it, read by the
/// project's rule for files.
pub fn load(project: &Project, written: &str) -> Result<Image, Diagnostic> {
    let shown = Path::new(written);
    let fail = |why: String| {
        Diagnostic::error(
            "image-unreadable",
            format!("cannot use image {}: {why}", shown.display()),
        )
        .at(file_location(shown))
        .hint("use a PNG or SVG file; open it in an image viewer to check that it is not damaged")
    };
    let path = project.resolve(written, "image")?;
    let is_svg = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("svg"));
    let kind = if is_svg { Input::SVG } else { Input::PNG };
    let bytes = project.open_input(&path, kind)?;
    let image = if is_svg {
        svg(&bytes).map_err(fail)?
    } else {
        png(&bytes).map_err(fail)?
    };
    if image.width == 0 || image.height == 0 {
        return Err(fail("it has no pixels".into()));
    }
    Ok(image)
}

fn png(bytes: &[u8]) -> Result<Image, String> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder
        .read_info()
        .map_err(|e| format!("not a readable PNG ({e})"))?;
    let (w, h) = (reader.info().width, reader.info().height);
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(format!("{w} x {h} pixels is too large for a logo"));
    }
    let mut buf = vec![0; reader.output_buffer_size().ok_or("its size overflows")?];
    let frame = reader
        .next_frame(&mut buf)
        .map_err(|e| format!("not a readable PNG ({e})"))?;
    let data = &buf[..frame.buffer_size()];
    let rgba: Vec<u8> = match frame.color_type {
        png::ColorType::Rgba => data.to_vec(),
        png::ColorType::Rgb => data
            .chunks_exact(3)
            .flat_map(|p| [p[0], p[1], p[2], 255])
            .collect(),
        png::ColorType::GrayscaleAlpha => data
            .chunks_exact(2)
            .flat_map(|p| [p[0], p[0], p[0], p[1]])
            .collect(),
        png::ColorType::Grayscale => data.iter().flat_map(|&g| [g, g, g, 255]).collect(),
        png::ColorType::Indexed => return Err("indexed colours were not expanded".into()),
    };
    Ok(Image {
        width: frame.width,
        height: frame.height,
        rgba,
    })
}

fn svg(bytes: &[u8]) -> Result<Image, String> {
    use resvg::{tiny_skia, usvg};
    let tree = usvg::Tree::from_data(bytes, &usvg::Options::default())
        .map_err(|e| format!("not a readable SVG ({e})"))?;
    let size = tree.size();
    let scale = SVG_DPI / 96.0; // SVG user units are CSS pixels, 96 per inch
    let (w, h) = (
        (size.width() * scale).ceil() as u32,
        (size.height() * scale).ceil() as u32,
    );
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(format!(
            "at {SVG_DPI} dpi it would be {w} x {h} pixels, too large for a logo"
        ));
    }
    let mut pixmap = tiny_skia::Pixmap::new(w, h).ok_or("it has no size")?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    let rgba = pixmap
        .pixels()
        .iter()
        .flat_map(|p| {
            let c = p.demultiply();
            [c.red(), c.green(), c.blue(), c.alpha()]
        })
        .collect();
    Ok(Image {
        width: w,
        height: h,
        rgba,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_logos_are_rasterized_at_print_resolution() {
        let svg = br##"<svg xmlns="http://www.w3.org/2000/svg" width="96" height="48"><rect width="96" height="48" fill="#0b4a7d"/></svg>"##;
        let image = super::svg(svg).unwrap();
        assert_eq!((image.width, image.height), (600, 300));
        assert_eq!(&image.rgba[..4], &[0x0b, 0x4a, 0x7d, 255]);
    }

    #[test]
    fn damaged_images_are_refused_with_a_reason() {
        assert!(png(b"not a png")
            .unwrap_err()
            .contains("not a readable PNG"));
        assert!(super::svg(b"<svg")
            .unwrap_err()
            .contains("not a readable SVG"));
    }
}
