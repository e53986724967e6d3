//! Images a layout places (a logo, a photo): PNG decoded with `png`, SVG drawn as
//! vectors by `svg2pdf`, JPEG kept as it is (its header read by `zune-jpeg`).
//! Read by the project's rule for files, decoded when an output first needs
//! them, and bounded: a PNG's or JPEG's size is checked from its header before
//! decoding, and an SVG may load only files of the project and must stay within
//! an element count and an estimate of its drawing work.

use crate::diag::{file_location, Diagnostic};
use crate::project::{Input, Project};
use resvg::usvg::{self, roxmltree};
use std::collections::HashMap;
use std::path::{Component, Path};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

/// An image ready for the PDF stage: its size in pixels (an SVG's in its own
/// units), and what is drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    pub width: u32,
    pub height: u32,
    pub content: Content,
    /// Its pixels in the print shop's CMYK and their alpha, converted the first
    /// time an output asks ([`Image::cmyk`]).
    cmyk: OnceLock<Option<CmykPixels>>,
}

/// 8-bit CMYK samples and 8-bit alpha.
pub type CmykPixels = (Vec<u8>, Vec<u8>);

#[derive(Debug, Clone, PartialEq)]
pub enum Content {
    /// 8-bit RGBA pixels, not premultiplied (a PNG).
    Pixels(Vec<u8>),
    /// An SVG as vectors: the one-page PDF svg2pdf made of it, `width` by
    /// `height` points.
    Vector {
        pdf: Vec<u8>,
        width: f32,
        height: f32,
    },
    /// A JPEG file, embedded as it is (DCT).
    Jpeg(Jpeg),
}

/// A JPEG file and what its header says.
#[derive(Debug, Clone, PartialEq)]
pub struct Jpeg {
    pub bytes: Vec<u8>,
    /// 1 grey, 3 colour (YCbCr or RGB), 4 CMYK.
    pub components: u8,
    /// Written by Adobe software with its APP14 marker: its CMYK is stored
    /// inverted (PDF readers undo it with a /Decode array).
    pub adobe: bool,
}

impl Image {
    pub fn new(width: u32, height: u32, content: Content) -> Image {
        Image {
            width,
            height,
            content,
            cmyk: OnceLock::new(),
        }
    }

    /// Its pixels in `press`'s CMYK, converted once: an image belongs to one
    /// session, as does its print shop's profile. None for vectors, and for a
    /// JPEG that does not decode (refused when loaded).
    pub fn cmyk(&self, press: &crate::press::Press) -> Option<&CmykPixels> {
        let convert = || match &self.content {
            Content::Pixels(rgba) => Some(press.cmyk_pixels(rgba)),
            Content::Jpeg(jpeg) => jpeg.rgba().ok().map(|rgba| press.cmyk_pixels(&rgba)),
            Content::Vector { .. } => None,
        };
        self.cmyk.get_or_init(convert).as_ref()
    }

    /// Height over width.
    pub fn aspect(&self) -> f32 {
        match &self.content {
            Content::Vector { width, height, .. } => height / width.max(f32::MIN_POSITIVE),
            _ => self.height as f32 / self.width.max(1) as f32,
        }
    }

    /// Pixels per inch when placed `width_pt` wide; none for vectors.
    pub fn ppi_at(&self, width_pt: f32) -> Option<f32> {
        match self.content {
            Content::Vector { .. } => None,
            _ => Some(self.width as f32 / (width_pt / 72.0)),
        }
    }
}

/// SVG is drawn this many pixels per inch of its own size (a print-shop resolution).
const SVG_DPI: f32 = 600.0;
/// Larger rasters than this are refused: a logo needs no more (4 x 4 in at 1000
/// dpi), and decoding, embedding and previewing it stays within a few hundred MB.
pub const MAX_PIXELS: u64 = 16_000_000;
/// Elements of an SVG and of the SVGs it embeds, counted as usvg expands them:
/// each `<use>` is a copy of what it names and each marker is drawn at every
/// vertex, so a few kilobytes could otherwise become billions.
pub const MAX_SVG_ELEMENTS: u64 = 100_000;
/// The work of drawing an SVG, in plain fills of a pixel, estimated from its tree
/// (see [`Cost`]): a few seconds on one core.
pub const MAX_SVG_WORK: f64 = 8e9;
/// Pixels of the layers an SVG needs at once (groups with opacity, clips, masks,
/// filter steps), 4 bytes each.
const MAX_SVG_LAYER_PIXELS: f64 = 100e6;
/// Text that entities expand to, and an embedded `data:` image, in bytes.
const MAX_ENTITY_TEXT: u64 = 1_000_000;
const MAX_DATA_URL: usize = 1_000_000;

/// An image file of the project: `written` as a layout gives it.
pub fn load(project: &Project, written: &str) -> Result<Image, Diagnostic> {
    let shown = Path::new(written);
    let fail = |why: String| {
        let hint = hint_for(&why);
        Diagnostic::error(
            "image-unreadable",
            format!("cannot use image {}: {why}", shown.display()),
        )
        .at(file_location(shown))
        .hint(hint)
    };
    let path = project.resolve(written, "image")?;
    let extension = |e: &str| (path.extension()).is_some_and(|x| x.eq_ignore_ascii_case(e));
    let is_svg = extension("svg");
    let is_jpeg = extension("jpg") || extension("jpeg");
    let kind = if is_svg {
        Input::SVG
    } else if is_jpeg {
        Input::JPEG
    } else {
        Input::PNG
    };
    let bytes = project.open_input(&path, kind)?;
    let image = if is_svg {
        let folder = shown.parent().unwrap_or(Path::new(""));
        svg(&bytes, &|href| linked_svg(project, folder, href)).map_err(fail)?
    } else if is_jpeg {
        jpeg(bytes).map_err(fail)?
    } else {
        png(&bytes).map_err(fail)?
    };
    if image.width == 0 || image.height == 0 {
        return Err(fail("it has no pixels".into()));
    }
    Ok(image)
}

/// What to do about why an image cannot be used: a file the SVG links to, a
/// file that does not decode, or one too large or complex for a logo.
fn hint_for(why: &str) -> &'static str {
    if why.starts_with("its <image href=") {
        "an SVG may link only to other SVG files of the project, by a path from its own folder: check that the linked file is there, or save the logo as one self-contained SVG or a PNG"
    } else if why.starts_with("it is stored turned") {
        "open it in an image editor, turn it as it should look, and save it again (or export it without EXIF orientation)"
    } else if why.starts_with("not a readable")
        || why.starts_with("an SVG it embeds: not a readable")
    {
        "use a PNG or SVG file; open it in an image viewer to check that it is not damaged"
    } else {
        "export the logo again, simpler or smaller (at its printed size a logo needs no more than 1000 dpi), or as a PNG"
    }
}

fn png(bytes: &[u8]) -> Result<Image, String> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder
        .read_info()
        .map_err(|e| format!("not a readable PNG ({e})"))?;
    // From the header, before a pixel is decoded or a buffer allocated.
    let (w, h) = (reader.info().width, reader.info().height);
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(too_many_pixels(w, h, ""));
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
    Ok(Image::new(frame.width, frame.height, Content::Pixels(rgba)))
}

/// A JPEG's header: its size (checked before anything else is read) and its
/// components. The file is embedded unchanged; it is decoded only to convert
/// its colours for a print shop ([`Jpeg::rgba`]).
fn jpeg(bytes: Vec<u8>) -> Result<Image, String> {
    use zune_jpeg::zune_core::colorspace::ColorSpace;
    let mut decoder = zune_jpeg::JpegDecoder::new(std::io::Cursor::new(&bytes));
    decoder
        .decode_headers()
        .map_err(|e| format!("not a readable JPEG ({e:?})"))?;
    let info = decoder
        .info()
        .ok_or("not a readable JPEG (no frame header)")?;
    let (w, h) = (u32::from(info.width), u32::from(info.height));
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(too_many_pixels(w, h, ""));
    }
    let components = match decoder.input_colorspace() {
        Some(ColorSpace::Luma) => 1,
        Some(ColorSpace::YCbCr | ColorSpace::RGB) => 3,
        Some(ColorSpace::CMYK | ColorSpace::YCCK) => 4,
        other => return Err(format!("its colours ({other:?}) are not grey, RGB or CMYK")),
    };
    // Adobe's APP14 marker ("Adobe" after the marker and its length), among
    // the markers before the image data (an embedded thumbnail has its own).
    let header = bytes
        .windows(2)
        .position(|w| w == [0xFF, 0xDA])
        .unwrap_or(bytes.len());
    let adobe = bytes[..header]
        .windows(9)
        .any(|w| w[..2] == [0xFF, 0xEE] && &w[4..9] == b"Adobe");
    // A camera's "rotate when shown" would be lost in the PDF.
    let orientation = exif::Reader::new()
        .read_from_container(&mut std::io::Cursor::new(&bytes))
        .ok()
        .and_then(|e| {
            let field = e.get_field(exif::Tag::Orientation, exif::In::PRIMARY)?;
            field.value.get_uint(0)
        });
    if let Some(turn) = orientation.filter(|&o| o != 1) {
        return Err(format!(
            "it is stored turned or mirrored and shown upright only by its EXIF orientation ({turn}), which PDF has no place for"
        ));
    }
    let jpeg = Jpeg {
        bytes,
        components,
        adobe,
    };
    // Decoded once, to refuse a damaged file here rather than print it so.
    jpeg.rgba()?;
    Ok(Image::new(w, h, Content::Jpeg(jpeg)))
}

impl Jpeg {
    /// Its pixels as 8-bit RGBA (for colour conversion).
    pub fn rgba(&self) -> Result<Vec<u8>, String> {
        use zune_jpeg::zune_core::{colorspace::ColorSpace, options::DecoderOptions};
        // Strict: a file cut short is an error, not pixels made up.
        let options = DecoderOptions::default()
            .set_strict_mode(true)
            .jpeg_set_out_colorspace(ColorSpace::RGBA);
        let mut decoder =
            zune_jpeg::JpegDecoder::new_with_options(std::io::Cursor::new(&self.bytes), options);
        decoder
            .decode()
            .map_err(|e| format!("not a readable JPEG ({e:?})"))
    }
}

fn too_many_pixels(w: u32, h: u32, how: &str) -> String {
    format!(
        "{how}{w} x {h} pixels is more than the {} megapixels flyer takes for a logo",
        MAX_PIXELS / 1_000_000
    )
}

/// Reads what an SVG's `<image href>` names: another SVG of the project, by a
/// path relative to the SVG's folder, read by the project's rule. Other raster
/// files are not read (resvg is built without raster images: it would not draw
/// them); a URL, an absolute path or `..` is refused.
type Linked<'a> = dyn Fn(&str) -> Result<Option<Vec<u8>>, String> + Sync + 'a;

fn linked_svg(project: &Project, folder: &Path, href: &str) -> Result<Option<Vec<u8>>, String> {
    let relative = Path::new(href);
    let plain = !href.contains(':')
        && relative
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
    let written = folder.join(relative);
    let path = (project.resolve(&written.to_string_lossy(), "image"))
        .ok()
        .filter(|_| plain)
        .ok_or_else(|| {
            format!("its <image href=\"{href}\"> leaves the project folder (flyer reads only files inside it, by relative paths)")
        })?;
    if !path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("svg"))
    {
        return Ok(None);
    }
    match project.open_input(&path, Input::SVG) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(d) => Err(format!("its <image href=\"{href}\">: {}", d.message)),
    }
}

/// An SVG as vectors: parsed by usvg within flyer's bounds, then converted to a
/// one-page PDF by svg2pdf (which rasterizes only filters, at 1.5 x its size's
/// pixels: the work bounds below still apply to them).
fn svg(bytes: &[u8], linked: &Linked) -> Result<Image, String> {
    let budget = AtomicU64::new(MAX_SVG_ELEMENTS);
    let refused = Mutex::new(None);
    let parsed = parse_svg(bytes, &svg_options(linked, &budget, &refused), &budget);
    // A refused link is the reason, even if the drawing parsed without it.
    if let Some(why) = refused.into_inner().unwrap_or_else(|e| e.into_inner()) {
        return Err(why);
    }
    let tree = parsed?;
    let size = tree.size();
    let scale = SVG_DPI / 96.0; // SVG user units are CSS pixels, 96 per inch
    let (w, h) = (
        (size.width() * scale).ceil() as u32,
        (size.height() * scale).ceil() as u32,
    );
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(too_many_pixels(
            w,
            h,
            &format!("at {SVG_DPI} dpi it would be "),
        ));
    }
    Cost::of(&tree, scale, f64::from(w) * f64::from(h))?;
    let options = svg2pdf::ConversionOptions {
        // Streams stay plain: the PDF stage converts their colours for a
        // print shop, then compresses everything.
        compress: false,
        embed_text: false,
        ..Default::default()
    };
    // At 72 dpi a user unit is a point, and svg2pdf's patterns and shadings
    // (drawn in the page's space) line up with its paths.
    let page = svg2pdf::PageOptions { dpi: 72.0 };
    let pdf = svg2pdf::to_pdf(&tree, options, page)
        .map_err(|e| format!("svg2pdf cannot convert it ({e})"))?;
    let (width, height) = (size.width(), size.height());
    Ok(Image::new(w, h, Content::Vector { pdf, width, height }))
}

/// usvg's options with flyer's resolver for `<image href>`: linked files through
/// `linked`, `data:` URLs up to a size, every SVG among them parsed against the
/// shared element budget. A refusal is kept in `refused` (the resolver can only
/// skip an image; flyer refuses the whole SVG).
fn svg_options<'a>(
    linked: &'a Linked,
    budget: &'a AtomicU64,
    refused: &'a Mutex<Option<String>>,
) -> usvg::Options<'a> {
    let refuse = move |why: String| {
        (refused.lock().unwrap_or_else(|e| e.into_inner())).get_or_insert(why);
        None
    };
    let nested = move |data: &[u8], opts: &usvg::Options| match nested_svg(data, opts, budget) {
        Ok(tree) => Some(usvg::ImageKind::SVG(tree)),
        Err(why) => refuse(format!("an SVG it embeds: {why}")),
    };
    usvg::Options {
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: Box::new(move |_: &str, data: Arc<Vec<u8>>, opts: &usvg::Options| {
                if data.len() > MAX_DATA_URL {
                    return refuse(format!(
                        "it embeds a data: image of {} bytes, more than the {MAX_DATA_URL} flyer reads",
                        data.len()
                    ));
                }
                // Raster images are not drawn by this build of resvg; skipped.
                let svg = data.trim_ascii_start().starts_with(b"<");
                svg.then(|| nested(&data, opts)).flatten()
            }),
            resolve_string: Box::new(move |href: &str, opts: &usvg::Options| match linked(href) {
                Ok(data) => data.and_then(|data| nested(&data, opts)),
                Err(why) => refuse(why),
            }),
        },
        ..usvg::Options::default()
    }
}

/// An SVG embedded in another, as usvg's own `from_data_nested` would parse it
/// (its `data:` images resolved as the outer file's, no linked files), but
/// counted against the shared budget first.
fn nested_svg(
    data: &[u8],
    outer: &usvg::Options,
    budget: &AtomicU64,
) -> Result<usvg::Tree, String> {
    let opts = usvg::Options {
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: Box::new(|mime: &str, data: Arc<Vec<u8>>, opts: &usvg::Options| {
                (outer.image_href_resolver.resolve_data)(mime, data, opts)
            }),
            resolve_string: Box::new(|_: &str, _: &usvg::Options| None),
        },
        ..usvg::Options::default()
    };
    parse_svg(data, &opts, budget)
}

/// Parses an SVG after checking what it expands to: entities, then elements
/// (taken from the shared budget).
fn parse_svg(data: &[u8], opts: &usvg::Options, budget: &AtomicU64) -> Result<usvg::Tree, String> {
    let unreadable = |e: &dyn std::fmt::Display| format!("not a readable SVG ({e})");
    let text = std::str::from_utf8(data).map_err(|e| unreadable(&e))?;
    check_entities(text)?;
    let xml_options = roxmltree::ParsingOptions {
        allow_dtd: true,
        nodes_limit: 10 * MAX_SVG_ELEMENTS as u32,
    };
    let xml =
        roxmltree::Document::parse_with_options(text, xml_options).map_err(|e| unreadable(&e))?;
    let left = budget.load(Ordering::Relaxed);
    let elements = expanded_elements(&xml, left)?;
    budget.store(left - elements, Ordering::Relaxed);
    usvg::Tree::from_xmltree(&xml, opts).map_err(|e| unreadable(&e))
}

/// Refuses a DTD whose entities could expand to more text than a logo has:
/// an entity that names another, or uses of entities that add up to more than
/// [`MAX_ENTITY_TEXT`] (XML's "billion laughs"). Illustrator's namespace
/// entities pass.
fn check_entities(text: &str) -> Result<(), String> {
    let mut total = 0u64;
    for declaration in text.split("<!ENTITY").skip(1) {
        let declaration = declaration.trim_start();
        let name_end = declaration
            .find(|c: char| c.is_whitespace())
            .unwrap_or(declaration.len());
        let (name, rest) = declaration.split_at(name_end);
        let rest = rest.trim_start();
        let Some(quote) = rest.chars().next().filter(|q| matches!(q, '"' | '\'')) else {
            continue; // an external entity, which is never loaded
        };
        let value = rest[1..].split(quote).next().unwrap_or("");
        if name == "%" || value.replace("&#", "").contains('&') {
            return Err("its DTD has entities that refer to other entities".into());
        }
        let uses = text.matches(&format!("&{name};")).count() as u64;
        total = total.saturating_add(uses.saturating_mul(value.len() as u64));
    }
    if total > MAX_ENTITY_TEXT {
        return Err(format!(
            "its entities expand to {total} bytes, more than the {MAX_ENTITY_TEXT} flyer takes"
        ));
    }
    Ok(())
}

/// How many elements usvg makes of an XML document: each element, plus a copy of
/// what each `<use>` names, plus each marker's elements at every vertex of a
/// shape (numbers in its data, an upper bound). `Err` past `limit`, or when
/// `<use>` elements nest too deep (or loop).
fn expanded_elements(xml: &roxmltree::Document, limit: u64) -> Result<u64, String> {
    let ids: HashMap<&str, roxmltree::Node> = (xml.descendants())
        .filter_map(|n| Some((n.attribute("id")?, n)))
        .collect();
    let markers = (xml.descendants())
        .filter(|n| n.has_tag_name((SVG_NS, "marker")))
        .map(|m| m.descendants().filter(|d| d.is_element()).count() as u64)
        .sum();
    let mut count = ElementCount {
        ids,
        markers,
        limit,
        memo: HashMap::new(),
    };
    count.of(xml.root_element(), 0)
}

const SVG_NS: &str = "http://www.w3.org/2000/svg";
const XLINK_NS: &str = "http://www.w3.org/1999/xlink";

struct ElementCount<'a, 'input> {
    ids: HashMap<&'a str, roxmltree::Node<'a, 'input>>,
    markers: u64,
    limit: u64,
    memo: HashMap<roxmltree::NodeId, u64>,
}

impl<'a, 'input> ElementCount<'a, 'input> {
    fn of(&mut self, node: roxmltree::Node<'a, 'input>, depth: usize) -> Result<u64, String> {
        if let Some(&n) = self.memo.get(&node.id()) {
            return Ok(n);
        }
        if depth > 256 {
            return Err(
                "its elements nest too deep, or its <use> elements refer to each other in a loop"
                    .into(),
            );
        }
        let mut n = 1u64;
        let vertices = match node.tag_name().name() {
            "path" => node.attribute("d"),
            "polyline" | "polygon" => node.attribute("points"),
            "line" => Some("x1 y1"),
            _ => None,
        };
        if let Some(data) = vertices.filter(|_| self.markers > 0) {
            let numbers = data
                .split(|c: char| !(c.is_ascii_digit() || c == '.'))
                .filter(|t| !t.is_empty());
            n = n.saturating_add(self.markers.saturating_mul(numbers.count() as u64));
        }
        for child in node.children().filter(|c| c.is_element()) {
            n = n.saturating_add(self.of(child, depth + 1)?);
        }
        let href = (node
            .attribute((XLINK_NS, "href"))
            .or(node.attribute("href")))
        .and_then(|h| h.strip_prefix('#'));
        if let Some(&target) = href
            .filter(|_| node.has_tag_name((SVG_NS, "use")))
            .and_then(|id| self.ids.get(id))
        {
            n = n.saturating_add(self.of(target, depth + 1)?);
        }
        if n > self.limit {
            return Err(format!(
                "it expands to more than the {MAX_SVG_ELEMENTS} elements flyer draws in a logo (counting each <use> and marker copy)"
            ));
        }
        self.memo.insert(node.id(), n);
        Ok(n)
    }
}

/// What drawing an SVG costs, estimated from usvg's tree at the drawing scale:
/// `work` in plain fills of a pixel (every shape over its box; a layer, its clip,
/// its mask and each filter step over the group's box, weighted by what each
/// costs resvg; what clip paths, masks, patterns and embedded SVGs draw), and
/// `layers`, the most pixels held in layers at once. Boxes are clipped as resvg
/// clips them (5 x 5 canvases).
#[derive(Default)]
struct Cost {
    work: f64,
    layers: f64,
}

/// A group drawn on a layer of its own and composited, or a clip or mask pixmap,
/// per pixel, in plain fills (measured with resvg 0.49).
const LAYER_COST: f64 = 12.0;
/// A filter's own work per pixel (its layer, colour space conversions).
const FILTER_COST: f64 = 40.0;

impl Cost {
    fn of(tree: &usvg::Tree, scale: f32, canvas: f64) -> Result<(), String> {
        let mut cost = Cost::default();
        cost.group(tree.root(), scale, canvas, 0.0);
        if cost.work > MAX_SVG_WORK {
            return Err(format!(
                "drawing it would take about {:.1} billion pixel operations, more than the {:.0} billion flyer spends on a logo; simplify it (fewer large shapes, layers, masks, filters) or make it smaller",
                cost.work / 1e9,
                MAX_SVG_WORK / 1e9
            ));
        }
        if cost.layers > MAX_SVG_LAYER_PIXELS {
            return Err(format!(
                "its groups with opacity, clips, masks or filters would need {:.0} million pixels at once, more than the {:.0} million flyer allows; flatten them or make it smaller",
                cost.layers / 1e6,
                MAX_SVG_LAYER_PIXELS / 1e6
            ));
        }
        Ok(())
    }

    /// `held`: the layer pixels the groups above this one hold.
    fn group(&mut self, group: &usvg::Group, scale: f32, canvas: f64, held: f64) {
        for node in group.children() {
            let area = node.abs_layer_bounding_box().map_or(0.0, |r| {
                f64::from(r.width() * scale) * f64::from(r.height() * scale)
            });
            let area = area.min(25.0 * canvas);
            let mut held = held;
            match node {
                usvg::Node::Group(g) if g.should_isolate() => {
                    let extra = [g.clip_path().is_some(), g.mask().is_some()];
                    let pixmaps = 1.0 + extra.iter().filter(|&&b| b).count() as f64;
                    let (sx, sy) = g.abs_transform().get_scale();
                    let steps = (g.filters().iter()).flat_map(|f| f.primitives());
                    let filters = FILTER_COST * g.filters().len() as f64;
                    let per_step: f64 = (steps.clone())
                        .map(|p| step_cost(p.kind(), scale * sx.max(sy)))
                        .sum();
                    self.work += area * (LAYER_COST * pixmaps + filters + per_step);
                    // Each filter step keeps its result until the filter ends.
                    held += area * (pixmaps + steps.count() as f64);
                    self.layers = self.layers.max(held);
                }
                usvg::Node::Group(_) => {}
                // resvg draws an embedded SVG on a canvas-sized pixmap of its own.
                usvg::Node::Image(_) => self.work += area + LAYER_COST * canvas,
                _ => self.work += area,
            }
            if let usvg::Node::Group(g) = node {
                self.group(g, scale, canvas, held);
            }
            node.subroots(|root| self.group(root, scale, canvas, held));
        }
    }
}

/// A filter step's work per pixel, in plain fills (measured with resvg 0.49: a
/// blur about 250, a turbulence octave about 180, a morphology or convolution
/// a few per pixel of its window); `scale`: pixels per user unit.
fn step_cost(kind: &usvg::filter::Kind, scale: f32) -> f64 {
    use usvg::filter::Kind;
    match kind {
        Kind::Morphology(m) => {
            let side = |r: f32| f64::from(2.0 * r * scale + 1.0);
            3.0 * side(m.radius_x().get()) * side(m.radius_y().get())
        }
        Kind::ConvolveMatrix(c) => {
            15.0 * f64::from(c.matrix().columns()) * f64::from(c.matrix().rows())
        }
        Kind::Turbulence(t) => 180.0 * f64::from(t.num_octaves().max(1)),
        Kind::GaussianBlur(_) | Kind::DropShadow(_) => 250.0,
        Kind::DiffuseLighting(_)
        | Kind::SpecularLighting(_)
        | Kind::ColorMatrix(_)
        | Kind::ComponentTransfer(_)
        | Kind::DisplacementMap(_) => 50.0,
        _ => 10.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn svg(bytes: &[u8]) -> Result<Image, String> {
        super::svg(bytes, &|_| Err("no files here".into()))
    }

    #[test]
    fn svg_logos_become_vector_drawings_of_their_size() {
        let svg = br##"<svg xmlns="http://www.w3.org/2000/svg" width="96" height="48"><rect width="96" height="48" fill="#0b4a7d"/></svg>"##;
        let image = self::svg(svg).unwrap();
        let Content::Vector { pdf, width, height } = &image.content else {
            panic!("not vectors: {:?}", image.content);
        };
        assert_eq!((*width, *height), (96.0, 48.0));
        assert_eq!(image.aspect(), 0.5);
        let doc = lopdf::Document::load_mem(pdf).unwrap();
        let page = doc.page_iter().next().unwrap();
        let content = String::from_utf8_lossy(&doc.get_page_content(page)).into_owned();
        // The rectangle is a path filled in the logo's colour, not an image.
        assert!(
            content.contains(" re") || content.contains(" l"),
            "{content}"
        );
        assert!(
            content.contains("0.043137256 0.2901961 0.49019608 sc") || content.contains(" sc"),
            "{content}"
        );
        assert!(!content.contains(" Do"), "{content}");
    }

    #[test]
    fn jpeg_headers_give_size_and_components() {
        let bytes = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/print/photo-cmyk.jpg"
        ))
        .unwrap();
        let image = jpeg(bytes.clone()).unwrap();
        let Content::Jpeg(j) = &image.content else {
            panic!("not a JPEG")
        };
        assert_eq!(j.components, 4);
        assert_eq!(j.bytes, bytes);
        assert!(jpeg(b"\xFF\xD8 not a jpeg".to_vec())
            .unwrap_err()
            .contains("not a readable JPEG"));
        // Cut short: the header reads, the pixels do not.
        let cut = bytes[..bytes.len() / 2].to_vec();
        let refused = jpeg(cut).map(|_| ()).unwrap_err();
        assert!(refused.contains("not a readable JPEG"), "{refused}");
    }

    #[test]
    fn damaged_images_are_refused_with_a_reason() {
        assert!(png(b"not a png")
            .unwrap_err()
            .contains("not a readable PNG"));
        assert!(self::svg(b"<svg")
            .unwrap_err()
            .contains("not a readable SVG"));
    }
}
