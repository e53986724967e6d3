//! An SVG logo as vectors: the one-page PDF svg2pdf made of it becomes a Form
//! XObject, its page's content and resources copied in (references resolved),
//! drawn in a unit square like an image. For a print shop its sRGB colours are
//! converted to the shop's CMYK, as the palette's are.
//!
//! Workaround: printpdf takes an external XObject as a dictionary of its own
//! values, not as objects of another PDF, so svg2pdf's objects are copied into
//! them here (what printpdf's own `svg` feature does, without the HTML engine
//! that feature brings).

use crate::press::Press;
use lopdf::content::{Content, Operation};
use lopdf::{Document, Object};
use printpdf::{DictItem, ExternalStream, ExternalXObject};
use std::collections::BTreeMap;

/// How deep svg2pdf's objects may nest: each group with opacity, clip or mask
/// adds a few levels, and usvg's element budget bounds the rest; this bounds a
/// damaged file.
const MAX_DEPTH: usize = 512;

/// The drawing of `pdf` (`width` x `height` points) as a Form XObject in a unit
/// square; `None` if svg2pdf's PDF cannot be read (a bug, reported by the caller).
pub fn form(pdf: &[u8], width: f32, height: f32, press: Option<&Press>) -> Option<ExternalXObject> {
    let doc = Document::load_mem(pdf).ok()?;
    let page = doc.page_iter().next()?;
    let content = doc.get_page_content(page);
    let page_dict = doc.get_dictionary(page).ok()?;
    let resources = match page_dict.get(b"Resources") {
        Ok(r) => copy(&doc, r, 0)?,
        Err(_) => DictItem::Dict {
            map: BTreeMap::new(),
        },
    };
    let mut form = Form { content, resources };
    if let Some(press) = press {
        form.convert(press, 0);
    }
    let real = |v: f32| DictItem::Real(v);
    let dict = BTreeMap::from([
        ("Type".to_string(), DictItem::Name(b"XObject".to_vec())),
        ("Subtype".to_string(), DictItem::Name(b"Form".to_vec())),
        (
            "BBox".to_string(),
            DictItem::Array(vec![real(0.0), real(0.0), real(width), real(height)]),
        ),
        // The drawing in a unit square, placed like an image.
        (
            "Matrix".to_string(),
            DictItem::Array(vec![
                real(1.0 / width),
                real(0.0),
                real(0.0),
                real(1.0 / height),
                real(0.0),
                real(0.0),
            ]),
        ),
        ("Resources".to_string(), form.resources),
    ]);
    Some(ExternalXObject {
        stream: ExternalStream {
            dict,
            content: form.content,
            compress: true,
        },
        width: None,
        height: None,
        dpi: None,
    })
}

/// svg2pdf's object as printpdf's value, references resolved.
fn copy(doc: &Document, object: &Object, depth: usize) -> Option<DictItem> {
    if depth > MAX_DEPTH {
        return None;
    }
    let copy_dict = |d: &lopdf::Dictionary| -> Option<BTreeMap<String, DictItem>> {
        d.iter()
            .map(|(k, v)| {
                Some((
                    String::from_utf8_lossy(k).into_owned(),
                    copy(doc, v, depth + 1)?,
                ))
            })
            .collect()
    };
    Some(match object {
        Object::Null => DictItem::Null,
        Object::Boolean(b) => DictItem::Bool(*b),
        Object::Integer(i) => DictItem::Int(*i),
        Object::Real(r) => DictItem::Real(*r),
        Object::Name(n) => DictItem::Name(n.clone()),
        Object::String(s, format) => DictItem::String {
            data: s.clone(),
            literal: matches!(format, lopdf::StringFormat::Literal),
        },
        Object::Array(items) => DictItem::Array(
            (items.iter())
                .map(|i| copy(doc, i, depth + 1))
                .collect::<Option<_>>()?,
        ),
        Object::Dictionary(d) => DictItem::Dict { map: copy_dict(d)? },
        Object::Stream(s) => DictItem::Stream {
            stream: ExternalStream {
                dict: copy_dict(&s.dict)?,
                content: s.content.clone(),
                // An encoded stream (svg2pdf's ICC profile) stays as it is.
                compress: s.dict.get(b"Filter").is_err(),
            },
        },
        Object::Reference(id) => copy(doc, doc.get_object(*id).ok()?, depth + 1)?,
    })
}

/// A content stream and its resources: the page's, a group's Form XObject's,
/// or a tiling pattern's.
struct Form {
    content: Vec<u8>,
    resources: DictItem,
}

impl Form {
    /// Paints in the press's CMYK instead of sRGB: colours set in an sRGB
    /// (ICC-based, three component) space, and shadings (gradients) in one;
    /// the same for every form and pattern it draws.
    fn convert(&mut self, press: &Press, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        let rgb_spaces = rgb_space_names(&self.resources);
        if let Ok(mut content) = Content::decode(&self.content) {
            convert_operations(&mut content.operations, &rgb_spaces, press);
            if let Ok(bytes) = content.encode() {
                self.content = bytes;
            }
        }
        convert_resources(&mut self.resources, press, depth);
    }
}

/// Names of the resources' colour spaces that are RGB (svg2pdf's sRGB).
fn rgb_space_names(resources: &DictItem) -> Vec<Vec<u8>> {
    let Some(spaces) = entry(resources, "ColorSpace") else {
        return Vec::new();
    };
    let DictItem::Dict { map } = spaces else {
        return Vec::new();
    };
    (map.iter())
        .filter(|(_, space)| is_rgb_space(space))
        .map(|(name, _)| name.as_bytes().to_vec())
        .collect()
}

fn entry<'a>(dict: &'a DictItem, key: &str) -> Option<&'a DictItem> {
    match dict {
        DictItem::Dict { map } => map.get(key),
        _ => None,
    }
}

/// `/DeviceRGB`, or `[/ICCBased <stream with /N 3>]`.
fn is_rgb_space(space: &DictItem) -> bool {
    match space {
        DictItem::Name(n) => n == b"DeviceRGB",
        DictItem::Array(items) => match items.as_slice() {
            [DictItem::Name(kind), DictItem::Stream { stream }] if kind == b"ICCBased" => {
                matches!(stream.dict.get("N"), Some(DictItem::Int(3)))
            }
            _ => false,
        },
        _ => false,
    }
}

/// `cs`/`CS` naming an RGB space become DeviceCMYK, and the colours set in it
/// (`sc`, `scn`, `rg` and their stroking twins) are converted.
fn convert_operations(operations: &mut [Operation], rgb_spaces: &[Vec<u8>], press: &Press) {
    let (mut fill_rgb, mut stroke_rgb) = (false, false);
    for op in operations {
        let stroking = op.operator.chars().all(|c| c.is_ascii_uppercase());
        match op.operator.as_str() {
            "cs" | "CS" => {
                let rgb = matches!(op.operands.first(), Some(Object::Name(n)) if rgb_spaces.contains(n) || n == b"DeviceRGB");
                if rgb {
                    op.operands = vec![Object::Name(b"DeviceCMYK".to_vec())];
                }
                *(if stroking {
                    &mut stroke_rgb
                } else {
                    &mut fill_rgb
                }) = rgb;
            }
            "sc" | "scn" | "SC" | "SCN" if (if stroking { stroke_rgb } else { fill_rgb }) => {
                if let Some(cmyk) = cmyk_of(&op.operands, press) {
                    op.operands = cmyk;
                }
            }
            "rg" | "RG" => {
                if let Some(cmyk) = cmyk_of(&op.operands, press) {
                    op.operator = if stroking { "K" } else { "k" }.into();
                    op.operands = cmyk;
                }
            }
            _ => {}
        }
    }
}

/// Three numbers (sRGB) as four (the press's CMYK).
fn cmyk_of(operands: &[Object], press: &Press) -> Option<Vec<Object>> {
    let rgb: Vec<f32> = operands
        .iter()
        .map(|o| o.as_float().ok())
        .collect::<Option<_>>()?;
    let [r, g, b] = rgb[..] else {
        return None;
    };
    Some(
        press
            .cmyk([r, g, b])
            .into_iter()
            .map(Object::Real)
            .collect(),
    )
}

/// Every form and tiling pattern among the resources drawn in CMYK too, and
/// every shading's colours.
fn convert_resources(resources: &mut DictItem, press: &Press, depth: usize) {
    let DictItem::Dict { map } = resources else {
        return;
    };
    for kind in ["XObject", "Pattern", "Shading"] {
        let Some(DictItem::Dict { map: named }) = map.get_mut(kind) else {
            continue;
        };
        for item in named.values_mut() {
            convert_item(item, press, depth + 1);
        }
    }
}

/// A Form XObject or tiling pattern (a stream with content and resources), a
/// shading pattern, or a shading.
fn convert_item(item: &mut DictItem, press: &Press, depth: usize) {
    match item {
        DictItem::Stream { stream } => {
            let is_form =
                matches!(stream.dict.get("Subtype"), Some(DictItem::Name(n)) if n == b"Form");
            let is_tiling = matches!(stream.dict.get("PatternType"), Some(DictItem::Int(1)));
            if is_form || is_tiling {
                let resources = stream.dict.remove("Resources").unwrap_or(DictItem::Dict {
                    map: BTreeMap::new(),
                });
                let mut form = Form {
                    content: std::mem::take(&mut stream.content),
                    resources,
                };
                form.convert(press, depth);
                stream.content = form.content;
                stream.dict.insert("Resources".into(), form.resources);
                // A group blended in sRGB would mix its CMYK back into four inks.
                if let Some(DictItem::Dict { map: group }) = stream.dict.get_mut("Group") {
                    if group.get("CS").is_some_and(is_rgb_space) {
                        group.insert("CS".into(), DictItem::Name(b"DeviceCMYK".to_vec()));
                    }
                }
            } else {
                convert_shading(&mut stream.dict, press);
            }
        }
        DictItem::Dict { map } => {
            // A shading pattern holds its shading.
            if let Some(DictItem::Dict { map: shading }) = map.get_mut("Shading") {
                convert_shading(shading, press);
            }
            convert_shading(map, press);
        }
        _ => {}
    }
}

/// A shading in an RGB space: DeviceCMYK, its functions' colours converted
/// (svg2pdf's gradients are exponential functions, stitched).
fn convert_shading(shading: &mut BTreeMap<String, DictItem>, press: &Press) {
    if !shading.get("ColorSpace").is_some_and(is_rgb_space) {
        return;
    }
    shading.insert("ColorSpace".into(), DictItem::Name(b"DeviceCMYK".to_vec()));
    if let Some(function) = shading.get_mut("Function") {
        convert_function(function, press, 0);
    }
}

fn convert_function(function: &mut DictItem, press: &Press, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    let DictItem::Dict { map } = function else {
        if let DictItem::Array(items) = function {
            for f in items {
                convert_function(f, press, depth + 1);
            }
        }
        return;
    };
    for key in ["C0", "C1"] {
        if let Some(DictItem::Array(values)) = map.get_mut(key) {
            let rgb: Option<Vec<f32>> = values.iter().map(number).collect();
            if let Some([r, g, b]) = rgb.as_deref().and_then(|v| <[f32; 3]>::try_from(v).ok()) {
                *values = press
                    .cmyk([r, g, b])
                    .into_iter()
                    .map(DictItem::Real)
                    .collect();
            }
        }
    }
    if let Some(DictItem::Array(parts)) = map.get_mut("Functions") {
        for f in parts {
            convert_function(f, press, depth + 1);
        }
    }
    if map.contains_key("C0") || map.contains_key("Functions") {
        // Four outputs now: the range, if given, grows to match.
        if map.contains_key("Range") {
            let range = [0.0, 1.0]
                .repeat(4)
                .into_iter()
                .map(DictItem::Real)
                .collect();
            map.insert("Range".into(), DictItem::Array(range));
        }
    }
}

fn number(item: &DictItem) -> Option<f32> {
    match item {
        DictItem::Real(r) => Some(*r),
        DictItem::Float(f) => Some(*f),
        DictItem::Int(i) => Some(*i as f32),
        _ => None,
    }
}
