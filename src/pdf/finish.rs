//! What printpdf cannot set, set on its lopdf document: the document language,
//! DisplayDocTitle, print boxes, the document info, and a document id derived from
//! the content (printpdf writes random ids, which would make builds differ).

use crate::diag::Diagnostic;
use crate::document::Document;
use crate::pdf::meta::Metadata;
use crate::pdf::text::text_string as text;
use lopdf::{Dictionary, Object, StringFormat};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// `font_names` maps printpdf's font ids (`F0`) to the names to write
/// (`ABCDEF+NotoSans-Regular`): printpdf names fonts by id, and without a subset tag
/// tools cannot tell that a font is subset.
pub fn finish(
    mut pdf: lopdf::Document,
    doc: &Document,
    meta: &Metadata,
    font_names: &BTreeMap<String, String>,
    tags: &super::tags::Tags,
) -> Result<Vec<u8>, Diagnostic> {
    let catalog_id = pdf
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(|_| broken("catalog"))?;
    let catalog = pdf
        .get_object_mut(catalog_id)
        .and_then(Object::as_dict_mut)
        .map_err(|_| broken("catalog"))?;
    catalog.set("Lang", Object::string_literal(doc.lang.as_str()));
    catalog.set(
        "ViewerPreferences",
        Dictionary::from_iter([("DisplayDocTitle", Object::Boolean(true))]),
    );
    catalog.remove(b"PageLayout");
    catalog.remove(b"PageMode");

    let page_ids = set_print_boxes(&mut pdf, doc)?;
    rename_fonts(&mut pdf, font_names);
    super::tags::write(&mut pdf, &page_ids, tags, &doc.lang);

    let mut info = info(doc, meta);
    if meta.pdfa {
        add_output_intent(&mut pdf, catalog_id)?;
    } else if let Some(intent) = &meta.print_intent {
        add_print_intent(&mut pdf, catalog_id, intent);
        info.set("Trapped", Object::Name(b"False".to_vec()));
        if meta.pdfx {
            info.set("GTS_PDFXVersion", Object::string_literal(PDFX_VERSION));
        }
    }
    let info_id = pdf.add_object(info);
    pdf.trailer.set("Info", Object::Reference(info_id));
    add_xmp(&mut pdf, catalog_id, doc, meta);

    compress(&mut pdf);
    pdf.prune_objects();
    // PDF/X-4 is PDF 1.6 (ISO 15930-7); everything else is written as 1.7.
    pdf.version = if meta.pdfx { "1.6" } else { "1.7" }.into();
    // The id is a hash of the document's objects: the same content, the same id.
    let id = Object::String(content_hash(&pdf).to_vec(), StringFormat::Hexadecimal);
    pdf.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    save(&mut pdf)
}

/// printpdf's document lacks a part it always writes.
fn broken(what: &str) -> Diagnostic {
    Diagnostic::error("pdf-internal", format!("the PDF writer produced no {what}"))
        .hint("this is a bug in flyer; please report it with the layout and locale")
}

/// Print boxes: the trim (set by printpdf) and the bleed (the whole media box).
/// Returns the page ids, in page order.
fn set_print_boxes(
    pdf: &mut lopdf::Document,
    doc: &Document,
) -> Result<Vec<lopdf::ObjectId>, Diagnostic> {
    let page_ids: Vec<_> = pdf.get_pages().values().copied().collect();
    for (page_id, model) in page_ids.iter().zip(&doc.pages) {
        let page = pdf
            .get_object_mut(*page_id)
            .and_then(Object::as_dict_mut)
            .map_err(|_| broken("page"))?;
        let (w, h) = (
            model.trim.width.0 + 2.0 * model.bleed,
            model.trim.height.0 + 2.0 * model.bleed,
        );
        let media = Object::Array(vec![0.into(), 0.into(), Object::Real(w), Object::Real(h)]);
        // printpdf writes its TrimBox as [x y width height]; PDF wants corners.
        let b = model.bleed;
        let trim = vec![b, b, b + model.trim.width.0, b + model.trim.height.0];
        page.set(
            "TrimBox",
            Object::Array(trim.into_iter().map(Object::Real).collect()),
        );
        page.set("BleedBox", media.clone());
        page.set("CropBox", media);
    }
    Ok(page_ids)
}

/// The document information dictionary.
fn info(doc: &Document, meta: &Metadata) -> Dictionary {
    let mut info = Dictionary::new();
    info.set("Title", text(&doc.title));
    if !meta.author.is_empty() {
        info.set("Author", text(&meta.author));
    }
    if !meta.subject.is_empty() {
        info.set("Subject", text(&meta.subject));
    }
    if !meta.keywords.is_empty() {
        info.set("Keywords", text(&meta.keywords.join(", ")));
    }
    info.set(
        "Creator",
        text(concat!("flyer ", env!("CARGO_PKG_VERSION"))),
    );
    info.set("Producer", text("flyer with printpdf"));
    if let Some(seconds) = meta.date {
        let date = Object::string_literal(pdf_date(seconds));
        info.set("CreationDate", date.clone());
        info.set("ModDate", date);
    }
    info
}

/// The same facts as the information dictionary, as XMP, which PDF/UA requires
/// (and where it is claimed).
fn add_xmp(
    pdf: &mut lopdf::Document,
    catalog_id: lopdf::ObjectId,
    doc: &Document,
    meta: &Metadata,
) {
    let mut xmp = lopdf::Stream::new(
        Dictionary::from_iter([
            ("Type", Object::Name(b"Metadata".to_vec())),
            ("Subtype", Object::Name(b"XML".to_vec())),
        ]),
        xmp(doc, meta).into_bytes(),
    );
    // Left uncompressed, so tools that do not parse PDF can still find it.
    xmp.allows_compression = false;
    let xmp_id = pdf.add_object(xmp);
    if let Ok(catalog) = pdf.get_object_mut(catalog_id).and_then(Object::as_dict_mut) {
        catalog.set("Metadata", Object::Reference(xmp_id));
    }
}

/// PDF/A's output intent: the colours are sRGB (all flyer paints with, but crop
/// marks, which PDF/A mode draws in black).
fn add_output_intent(
    pdf: &mut lopdf::Document,
    catalog_id: lopdf::ObjectId,
) -> Result<(), Diagnostic> {
    let mut srgb = moxcms::ColorProfile::new_srgb();
    // Workaround: moxcms labels its profiles ICC 4.3 (4.4 with a cicp tag);
    // PDF/A-2 is written against ICC.1:2004-10, version 4.2. Without the cicp
    // tag every tag left is a 4.2 one, so the header says 4.2 (bytes 8-11; the
    // profile id is left zero, "not computed", so no checksum changes).
    srgb.cicp = None;
    let mut icc = srgb.encode().map_err(|e| {
        Diagnostic::error(
            "pdf-internal",
            format!("cannot make the sRGB profile: {e:?}"),
        )
        .hint("this is a bug in flyer; please report it")
    })?;
    icc[8..12].copy_from_slice(&[4, 0x20, 0, 0]);
    // Workaround: moxcms's encoder dates the profile with the clock (bytes 24-35,
    // six big-endian u16: year, month, day, hour, minute, second). A fixed date
    // keeps the same inputs giving byte-identical PDFs.
    let date: Vec<u8> = [2024u16, 1, 1, 0, 0, 0]
        .iter()
        .flat_map(|v| v.to_be_bytes())
        .collect();
    icc[24..36].copy_from_slice(&date);
    let profile = pdf.add_object(lopdf::Stream::new(
        Dictionary::from_iter([("N", Object::Integer(3))]),
        icc,
    ));
    let intent = Dictionary::from_iter([
        ("Type", Object::Name(b"OutputIntent".to_vec())),
        ("S", Object::Name(b"GTS_PDFA1".to_vec())),
        (
            "OutputConditionIdentifier",
            Object::string_literal("sRGB IEC61966-2.1"),
        ),
        ("Info", Object::string_literal("sRGB IEC61966-2.1")),
        ("DestOutputProfile", Object::Reference(profile)),
    ]);
    if let Ok(catalog) = pdf.get_object_mut(catalog_id).and_then(Object::as_dict_mut) {
        catalog.set(
            "OutputIntents",
            Object::Array(vec![Object::Dictionary(intent)]),
        );
    }
    Ok(())
}

/// The PDF/X version `--pdfx` writes.
const PDFX_VERSION: &str = "PDF/X-4";

/// A print shop's printing condition (PDF/X style): its name, in the ICC
/// registry, and its CMYK profile. A PDF/X version is claimed only with
/// `--pdfx`, where every colour is converted to the profile; otherwise RGB
/// artwork stays RGB, for the shop's RIP to convert.
fn add_print_intent(
    pdf: &mut lopdf::Document,
    catalog_id: lopdf::ObjectId,
    intent: &super::meta::PrintIntent,
) {
    let profile = pdf.add_object(lopdf::Stream::new(
        Dictionary::from_iter([("N", Object::Integer(4))]),
        intent.icc.to_vec(),
    ));
    let name = Object::string_literal(intent.condition.as_str());
    let dict = Dictionary::from_iter([
        ("Type", Object::Name(b"OutputIntent".to_vec())),
        ("S", Object::Name(b"GTS_PDFX".to_vec())),
        ("OutputConditionIdentifier", name.clone()),
        ("Info", name),
        (
            "RegistryName",
            Object::string_literal("http://www.color.org"),
        ),
        ("DestOutputProfile", Object::Reference(profile)),
    ]);
    if let Ok(catalog) = pdf.get_object_mut(catalog_id).and_then(Object::as_dict_mut) {
        catalog.set(
            "OutputIntents",
            Object::Array(vec![Object::Dictionary(dict)]),
        );
    }
}

/// Flate-compresses every stream not marked otherwise, on all cores (each
/// stream on its own: the bytes do not depend on which core compressed it).
/// Workaround: lopdf's own `Document::compress` always uses the best
/// (slowest) level; the default level makes files about 1% larger and builds
/// markedly faster.
fn compress(pdf: &mut lopdf::Document) {
    let mut streams: Vec<&mut lopdf::Stream> = (pdf.objects.values_mut())
        .filter_map(|object| match object {
            Object::Stream(s) if s.allows_compression && s.dict.get(b"Filter").is_err() => Some(s),
            _ => None,
        })
        .collect();
    // Shared out largest first, each to the core with the least so far.
    streams.sort_by_key(|s| std::cmp::Reverse(s.content.len()));
    // A small document is compressed on this core: a second costs a thread
    // and another encoder's tables, about what half of an English letter
    // poster's 50 KB takes.
    let total: usize = streams.iter().map(|s| s.content.len()).sum();
    let cores = match total {
        0..PARALLEL_BYTES => 1,
        _ => crate::outputs::free_cores(),
    };
    let mut shares: Vec<(usize, Vec<&mut lopdf::Stream>)> =
        (0..cores).map(|_| (0, Vec::new())).collect();
    for stream in streams {
        if let Some(least) = shares.iter_mut().min_by_key(|(bytes, _)| *bytes) {
            least.0 += stream.content.len();
            least.1.push(stream);
        }
    }
    let shares = shares.into_iter().map(|(_, share)| share);
    match cores {
        1 => shares.for_each(|mut share| compress_streams(&mut share)),
        _ => rayon::scope(|scope| {
            for mut share in shares.filter(|share| !share.is_empty()) {
                scope.spawn(move |_| compress_streams(&mut share));
            }
        }),
    }
}

/// Compresses these streams with one encoder, reset between them: setting
/// one up clears about 300 KB of tables, which cost more than compressing a
/// small stream.
fn compress_streams(streams: &mut [&mut lopdf::Stream]) {
    use std::io::Write;
    let new = || flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(LEVEL));
    let mut encoder = new();
    for stream in streams {
        // `reset` finishes the stream into the old output and starts afresh.
        let compressed =
            (encoder.write_all(&stream.content)).and_then(|_| encoder.reset(Vec::new()));
        match compressed {
            Ok(compressed) if compressed.len() < stream.content.len() => {
                stream
                    .dict
                    .set("Filter", Object::Name(b"FlateDecode".to_vec()));
                stream.set_content(compressed);
            }
            Ok(_) => {}
            // A failed stream leaves the encoder mid-stream: start a new one.
            Err(_) => encoder = new(),
        }
    }
}

/// The bytes of streams from which compressing them is shared among cores.
const PARALLEL_BYTES: usize = 64 * 1024;

/// The flate level for streams (0-9).
const LEVEL: u32 = 6;

/// A hash of every object (numbers, dictionaries, stream bytes), without writing
/// the file: serializing it twice (with object streams) cost a fifth of a build.
fn content_hash(pdf: &lopdf::Document) -> [u8; 16] {
    // Each object written out on all cores, then hashed in order.
    let objects: Vec<_> = pdf.objects.iter().collect();
    let written = crate::outputs::on_all_cores(&objects, |(id, object)| match object {
        Object::Stream(stream) => format!("{id:?}{:?}", stream.dict),
        other => format!("{id:?}{other:?}"),
    });
    let mut hasher = Sha256::new();
    for ((_, object), written) in objects.iter().zip(written) {
        hasher.update(written.as_bytes());
        if let Object::Stream(stream) = object {
            hasher.update(&stream.content);
        }
    }
    let hash = hasher.finalize();
    let mut id = [0; 16];
    id.copy_from_slice(&hash[..16]);
    id
}

/// The XMP packet: title, language, author, subject, keywords, tools, date, and
/// the PDF/UA-1 identification (`pdfuaid:part`).
fn xmp(doc: &Document, meta: &Metadata) -> String {
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let mut fields = vec![
        format!(
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:title>",
            esc(&doc.title)
        ),
        format!(
            "<dc:language><rdf:Bag><rdf:li>{}</rdf:li></rdf:Bag></dc:language>",
            esc(&doc.lang)
        ),
        "<dc:format>application/pdf</dc:format>".to_string(),
    ];
    if !meta.author.is_empty() {
        fields.push(format!(
            "<dc:creator><rdf:Seq><rdf:li>{}</rdf:li></rdf:Seq></dc:creator>",
            esc(&meta.author)
        ));
    }
    if !meta.subject.is_empty() {
        fields.push(format!(
            "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:description>",
            esc(&meta.subject)
        ));
    }
    if !meta.keywords.is_empty() {
        fields.push(format!(
            "<pdf:Keywords>{}</pdf:Keywords>",
            esc(&meta.keywords.join(", "))
        ));
    }
    fields.push("<pdf:Producer>flyer with printpdf</pdf:Producer>".into());
    fields.push(format!(
        "<xmp:CreatorTool>flyer {}</xmp:CreatorTool>",
        env!("CARGO_PKG_VERSION")
    ));
    if let Some(seconds) = meta.date {
        let d = pdf_date(seconds);
        let iso = format!(
            "{}-{}-{}T{}:{}:{}Z",
            &d[2..6],
            &d[6..8],
            &d[8..10],
            &d[10..12],
            &d[12..14],
            &d[14..16]
        );
        fields.push(format!("<xmp:CreateDate>{iso}</xmp:CreateDate>"));
        fields.push(format!("<xmp:ModifyDate>{iso}</xmp:ModifyDate>"));
    }
    fields.push("<pdfuaid:part>1</pdfuaid:part>".into());
    if meta.pdfx {
        fields.extend(pdfx_fields(doc, meta));
    }
    if meta.pdfa {
        fields.push("<pdfaid:part>2</pdfaid:part>".into());
        fields.push("<pdfaid:conformance>U</pdfaid:conformance>".into());
        // PDF/A-2 accepts only properties of its predefined schemas, or of
        // schemas described in the file: pdfuaid is not predefined.
        fields.push(PDFUA_EXTENSION_SCHEMA.into());
    }
    format!(
        "<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n\
         <x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n\
         <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n\
         <rdf:Description rdf:about=\"\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
         xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" \
         xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" \
         xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"{}>\n{}\n\
         </rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>",
        if meta.pdfa {
            PDFA_NAMESPACES
        } else if meta.pdfx {
            PDFX_NAMESPACES
        } else {
            ""
        },
        fields.join("\n")
    )
}

/// PDF/X-4's XMP: its identification, Trapped, and the document and version
/// ids (xmpMM) it requires. The document id is a hash of what names the output
/// (title, language, layout and locale), so a rebuild keeps it.
fn pdfx_fields(doc: &Document, meta: &Metadata) -> Vec<String> {
    let mut h = Sha256::new();
    for part in [&doc.title, &doc.lang].into_iter().chain(&meta.keywords) {
        h.update(part.as_bytes());
        h.update([0]);
    }
    let hex: String = h.finalize()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let uuid = format!(
        "uuid:{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    );
    vec![
        format!("<pdfxid:GTS_PDFXVersion>{PDFX_VERSION}</pdfxid:GTS_PDFXVersion>"),
        "<pdf:Trapped>False</pdf:Trapped>".into(),
        format!("<xmpMM:DocumentID>{uuid}</xmpMM:DocumentID>"),
        "<xmpMM:VersionID>1</xmpMM:VersionID>".into(),
        "<xmpMM:RenditionClass>default</xmpMM:RenditionClass>".into(),
    ]
}

const PDFX_NAMESPACES: &str = " xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\" \
    xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"";

const PDFA_NAMESPACES: &str = " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" \
    xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" \
    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" \
    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"";

/// The PDF/A extension schema that declares `pdfuaid:part` (as ISO 14289-1 gives it).
const PDFUA_EXTENSION_SCHEMA: &str = "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\
<pdfaProperty:name>part</pdfaProperty:name>\
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\
<pdfaProperty:category>internal</pdfaProperty:category>\
<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\
</rdf:li></rdf:Seq></pdfaSchema:property>\
</rdf:li></rdf:Bag></pdfaExtension:schemas>";

fn rename_fonts(pdf: &mut lopdf::Document, names: &BTreeMap<String, String>) {
    for object in pdf.objects.values_mut() {
        let Ok(dict) = object.as_dict_mut() else {
            continue;
        };
        for key in [&b"BaseFont"[..], &b"FontName"[..]] {
            let new = dict
                .get(key)
                .ok()
                .and_then(|v| v.as_name().ok())
                .and_then(|n| names.get(std::str::from_utf8(n).ok()?));
            if let Some(new) = new.cloned() {
                dict.set(key, Object::Name(new.into_bytes()));
            }
        }
    }
}

fn save(pdf: &mut lopdf::Document) -> Result<Vec<u8>, Diagnostic> {
    let mut bytes = Vec::new();
    // Object streams: the structure tree is many small dictionaries, which
    // compress well together (PDF 1.5).
    let options = lopdf::SaveOptions::builder()
        .use_object_streams(true)
        .use_xref_streams(true)
        .build();
    pdf.save_with_options(&mut bytes, options).map_err(|e| {
        Diagnostic::error("pdf-internal", format!("cannot serialize the PDF: {e}"))
            .hint("this is a bug in flyer; please report it")
    })?;
    Ok(bytes)
}

/// `D:YYYYMMDDHHmmSSZ` for seconds since 1970 (UTC).
fn pdf_date(seconds: i64) -> String {
    let days = seconds.div_euclid(86_400);
    let secs = seconds.rem_euclid(86_400);
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "D:{year:04}{month:02}{day:02}{:02}{:02}{:02}Z",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates_are_pdf_dates() {
        assert_eq!(super::pdf_date(0), "D:19700101000000Z");
        assert_eq!(super::pdf_date(1_795_000_000), "D:20261118110640Z");
    }
}
