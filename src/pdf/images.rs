//! Images in the PDF: one XObject per image file, however many pages place it.

use crate::document::{Document, Item};
use printpdf::{RawImage, RawImageData, RawImageFormat, XObject, XObjectId};
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

    pub fn into_xobjects(self) -> impl Iterator<Item = (XObjectId, XObject)> {
        self.images.into_values().map(|(id, image)| {
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
