//! Images in the PDF: one XObject per image file, however many pages place it.

use crate::document::{Document, Item};
use crate::image::{CmykPixels, Content, Jpeg};
use crate::press::Press;
use printpdf::{
    DictItem, ExternalStream, ExternalXObject, RawImage, RawImageData, RawImageFormat, XObject,
    XObjectId,
};
use std::collections::BTreeMap;

/// One image XObject per image file, with stable ids (`I0`, `I1`, … in path order).
pub struct ImageIds {
    images: BTreeMap<String, (XObjectId, std::sync::Arc<crate::image::Image>)>,
}

impl ImageIds {
    pub fn collect(doc: &Document) -> ImageIds {
        let mut images = BTreeMap::new();
        for item in doc.pages.iter().flat_map(|p| &p.items) {
            if let Item::Image { path, image, .. } = item {
                images.entry(path.clone()).or_insert_with(|| image.clone());
            }
        }
        let images = images
            .into_iter()
            .enumerate()
            .map(|(n, (path, image))| (path, (XObjectId(format!("I{n}")), image)))
            .collect();
        ImageIds { images }
    }

    pub fn id(&self, path: &str) -> XObjectId {
        self.images[path].0.clone()
    }

    /// The images as XObjects: pixels (printpdf's RGB, or the print shop's
    /// CMYK), a JPEG as it is, an SVG as vectors ([`super::vector`]).
    pub fn into_xobjects(
        self,
        press: Option<&Press>,
        pdfa: bool,
    ) -> impl Iterator<Item = (XObjectId, XObject)> + '_ {
        self.images.into_values().map(move |(id, image)| {
            let (w, h) = (image.width, image.height);
            let cmyk = press.and_then(|press| image.cmyk(press));
            let pixels = |rgba: &[u8]| match cmyk {
                Some(cmyk) => XObject::External(cmyk_image(w, h, cmyk)),
                None => XObject::Image(RawImage {
                    pixels: RawImageData::U8(rgba.to_vec()),
                    width: w as usize,
                    height: h as usize,
                    data_format: RawImageFormat::RGBA8,
                    tag: Vec::new(),
                }),
            };
            let xobject = match &image.content {
                Content::Pixels(rgba) => pixels(rgba),
                // PDF/A's sRGB intent allows no device CMYK: a CMYK photo's
                // pixels, as RGB.
                Content::Jpeg(jpeg) if pdfa && jpeg.components == 4 => {
                    pixels(&jpeg.rgba().unwrap_or_default())
                }
                // An RGB photo for a print shop: its pixels, in the shop's CMYK.
                Content::Jpeg(jpeg) => match cmyk.filter(|_| jpeg.components == 3) {
                    Some(cmyk) => XObject::External(cmyk_image(w, h, cmyk)),
                    None => XObject::External(jpeg_image(w, h, jpeg)),
                },
                Content::Vector { pdf, width, height } => {
                    match super::vector::form(pdf, *width, *height, press) {
                        Some(form) => XObject::External(form),
                        // svg2pdf's own PDF unreadable: a bug; an empty drawing
                        // rather than the output lost.
                        None => XObject::External(ExternalXObject {
                            stream: ExternalStream {
                                dict: BTreeMap::from([
                                    ("Type".into(), DictItem::Name(b"XObject".to_vec())),
                                    ("Subtype".into(), DictItem::Name(b"Form".to_vec())),
                                    (
                                        "BBox".into(),
                                        DictItem::Array(vec![
                                            DictItem::Int(0),
                                            DictItem::Int(0),
                                            DictItem::Int(1),
                                            DictItem::Int(1),
                                        ]),
                                    ),
                                ]),
                                content: Vec::new(),
                                compress: false,
                            },
                            width: None,
                            height: None,
                            dpi: None,
                        }),
                    }
                }
            };
            (id, xobject)
        })
    }
}

/// An image XObject's dictionary: `w` x `h` samples of 8 bits in `space`.
fn image_dict(w: u32, h: u32, space: &str) -> BTreeMap<String, DictItem> {
    BTreeMap::from([
        ("Type".to_string(), DictItem::Name(b"XObject".to_vec())),
        ("Subtype".to_string(), DictItem::Name(b"Image".to_vec())),
        ("Width".to_string(), DictItem::Int(w.into())),
        ("Height".to_string(), DictItem::Int(h.into())),
        (
            "ColorSpace".to_string(),
            DictItem::Name(space.as_bytes().to_vec()),
        ),
        ("BitsPerComponent".to_string(), DictItem::Int(8)),
    ])
}

/// A JPEG: its file as the stream, decoded by the reader (DCT). A CMYK JPEG
/// from Adobe software is stored inverted; /Decode turns it back.
fn jpeg_image(w: u32, h: u32, jpeg: &Jpeg) -> ExternalXObject {
    let external = |stream| ExternalXObject {
        stream,
        width: None,
        height: None,
        dpi: None,
    };
    let space = match jpeg.components {
        1 => "DeviceGray",
        3 => "DeviceRGB",
        _ => "DeviceCMYK",
    };
    let mut dict = image_dict(w, h, space);
    dict.insert("Filter".into(), DictItem::Name(b"DCTDecode".to_vec()));
    if jpeg.components == 4 && jpeg.adobe {
        let decode = [1, 0].repeat(4).into_iter().map(DictItem::Int).collect();
        dict.insert("Decode".into(), DictItem::Array(decode));
    }
    external(ExternalStream {
        dict,
        content: jpeg.bytes.clone(),
        compress: false,
    })
}

/// An image in the print shop's CMYK, its transparency as a soft mask. printpdf
/// writes images in RGB or grey only, so the XObject is written here.
fn cmyk_image(w: u32, h: u32, (cmyk, alpha): &CmykPixels) -> ExternalXObject {
    let sample = |space: &str, data: Vec<u8>, extra: Option<(&str, DictItem)>| {
        let mut dict = image_dict(w, h, space);
        dict.extend(extra.map(|(k, v)| (k.to_string(), v)));
        ExternalStream {
            dict,
            content: data,
            compress: true,
        }
    };
    let opaque = alpha.iter().all(|&a| a == 255);
    let mask = (!opaque).then(|| {
        let stream = sample("DeviceGray", alpha.clone(), None);
        ("SMask", DictItem::Stream { stream })
    });
    ExternalXObject {
        stream: sample("DeviceCMYK", cmyk.clone(), mask),
        width: None,
        height: None,
        dpi: None,
    }
}
