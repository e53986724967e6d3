//! Images in the PDF: one XObject per image file, however many pages place it.

use crate::document::{Document, Item};
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

    /// The images as XObjects: RGB (printpdf's), or in the print shop's CMYK.
    pub fn into_xobjects(
        self,
        press: Option<&Press>,
    ) -> impl Iterator<Item = (XObjectId, XObject)> + '_ {
        self.images.into_values().map(move |(id, image)| {
            if let Some(press) = press {
                return (id, XObject::External(cmyk_image(&image, press)));
            }
            let raw = RawImage {
                pixels: RawImageData::U8(image.rgba.clone()),
                width: image.width as usize,
                height: image.height as usize,
                data_format: RawImageFormat::RGBA8,
                tag: Vec::new(),
            };
            (id, XObject::Image(raw))
        })
    }
}

/// An image in the print shop's CMYK, its transparency as a soft mask. printpdf
/// writes images in RGB or grey only, so the XObject is written here.
fn cmyk_image(image: &crate::image::Image, press: &Press) -> ExternalXObject {
    let (cmyk, alpha) = press.cmyk_pixels(&image.rgba);
    let sample = |space: &str, data: Vec<u8>, extra: Option<(&str, DictItem)>| {
        let mut dict = BTreeMap::from([
            ("Type".to_string(), DictItem::Name(b"XObject".to_vec())),
            ("Subtype".to_string(), DictItem::Name(b"Image".to_vec())),
            ("Width".to_string(), DictItem::Int(image.width.into())),
            ("Height".to_string(), DictItem::Int(image.height.into())),
            (
                "ColorSpace".to_string(),
                DictItem::Name(space.as_bytes().to_vec()),
            ),
            ("BitsPerComponent".to_string(), DictItem::Int(8)),
        ]);
        dict.extend(extra.map(|(k, v)| (k.to_string(), v)));
        ExternalStream {
            dict,
            content: data,
            compress: true,
        }
    };
    let opaque = alpha.iter().all(|&a| a == 255);
    let mask = (!opaque).then(|| {
        let stream = sample("DeviceGray", alpha, None);
        ("SMask", DictItem::Stream { stream })
    });
    ExternalXObject {
        stream: sample("DeviceCMYK", cmyk, mask),
        width: None,
        height: None,
        dpi: None,
    }
}
