//! For the print shop: colours converted to its CMYK profile, black text on the
//! black plate alone and overprinting, PDF/X-4, vector logos, photos embedded as
//! they are, and the resolution and gamut checks.

mod common;

use common::{copy_dir, repo, stderr, Scratch};
use lopdf::{Document, Object};
use sha2::{Digest, Sha256};

/// The flu-clinic example (a vector logo, a JPEG photo, the shop's profile) in
/// a scratch folder.
fn clinic() -> Scratch {
    let s = Scratch::empty("print");
    copy_dir(&repo().join("examples/flu-clinic"), &s.root);
    s
}

fn build(s: &Scratch, extra: &[&str]) -> std::path::PathBuf {
    let out = s.path("out");
    let mut args = vec!["build", "--no-previews", "--out", out.to_str().unwrap()];
    args.extend(extra);
    let run = s.flyer(&args);
    assert!(run.status.success(), "{}", stderr(&run));
    out
}

/// The clinic's photo replaced by a test fixture.
fn use_photo(s: &Scratch, fixture: &str) {
    let from = repo().join("tests/fixtures/print").join(fixture);
    std::fs::copy(from, s.path("images/clinic.jpg")).unwrap();
}

/// `flyer check`: its exit code and everything it printed.
fn check(s: &Scratch) -> (Option<i32>, String) {
    let run = s.flyer(&["check"]);
    let text = stderr(&run) + &String::from_utf8_lossy(&run.stdout);
    (run.status.code(), text)
}

/// Every content stream of the document (pages and Form XObjects), decoded.
fn contents(doc: &Document) -> Vec<lopdf::content::Content> {
    let mut out = Vec::new();
    for object in doc.objects.values() {
        let Object::Stream(s) = object else { continue };
        let is_form = s.dict.get(b"Subtype").and_then(|o| o.as_name()).ok() == Some(&b"Form"[..]);
        let is_image = s.dict.get(b"Subtype").and_then(|o| o.as_name()).ok() == Some(&b"Image"[..]);
        let is_page_content = !is_image
            && !is_form
            && s.dict.get(b"Type").is_err()
            && s.dict.get(b"Length1").is_err()
            && s.dict.get(b"N").is_err();
        if !(is_form || is_page_content) {
            continue;
        }
        let data = s
            .decompressed_content()
            .unwrap_or_else(|_| s.content.clone());
        if let Ok(c) = lopdf::content::Content::decode(&data) {
            out.push(c);
        }
    }
    out
}

fn images(doc: &Document) -> Vec<&lopdf::Stream> {
    (doc.objects.values())
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| s.dict.get(b"Subtype").and_then(|o| o.as_name()).ok() == Some(&b"Image"[..]))
        .filter(|s| {
            s.dict.get(b"SMask").is_ok()
                || s.dict.get(b"ColorSpace").and_then(|c| c.as_name()).ok()
                    != Some(&b"DeviceGray"[..])
                || s.dict.get(b"Filter").is_ok()
        })
        .collect()
}

#[test]
fn pdfx_converts_every_colour_and_prints_black_text_on_black_alone() {
    let s = clinic();
    let out = build(&s, &["--pdfx"]);
    let bytes = std::fs::read(out.join("poster-letter/en.pdf")).unwrap();
    assert!(bytes.starts_with(b"%PDF-1.6"));
    let doc = Document::load_mem(&bytes).unwrap();
    let info = doc
        .trailer
        .get_deref(b"Info", &doc)
        .unwrap()
        .as_dict()
        .unwrap();
    assert_eq!(
        info.get(b"GTS_PDFXVersion").unwrap().as_str().unwrap(),
        b"PDF/X-4"
    );
    assert_eq!(info.get(b"Trapped").unwrap().as_name().unwrap(), b"False");

    let mut black_text = 0;
    for content in contents(&doc) {
        let mut overprinting = false;
        let mut fill = Vec::new();
        for op in &content.operations {
            match op.operator.as_str() {
                "rg" | "RG" => panic!("device RGB left: {op:?}"),
                "cs" | "CS" => assert_ne!(op.operands[0].as_name().unwrap(), b"DeviceRGB"),
                "gs" => overprinting = op.operands[0].as_name().unwrap() == b"GSop",
                "Q" => overprinting = false,
                "k" => fill = op.operands.iter().map(|o| o.as_float().unwrap()).collect(),
                "TJ" | "Tj" if fill == [0.0, 0.0, 0.0, 1.0] => {
                    assert!(overprinting, "black text without overprint");
                    black_text += 1;
                }
                _ => {}
            }
        }
        // The ink limit: no colour set over the profile's (about 294%).
        for op in content.operations.iter().filter(|o| o.operator == "k") {
            let ink: f32 = op.operands.iter().map(|o| o.as_float().unwrap()).sum();
            assert!(ink <= 2.95, "{op:?}");
        }
    }
    assert!(black_text > 10, "{black_text} black text operators");
    // The overprinting state: /OP, /op and /OPM 1.
    fn find_opm(o: &Object) -> Option<&lopdf::Dictionary> {
        match o {
            Object::Dictionary(d) if d.has(b"OPM") => Some(d),
            Object::Dictionary(d) => d.iter().find_map(|(_, v)| find_opm(v)),
            Object::Stream(s) => s.dict.iter().find_map(|(_, v)| find_opm(v)),
            Object::Array(items) => items.iter().find_map(find_opm),
            _ => None,
        }
    }
    let gs = (doc.objects.values())
        .find_map(find_opm)
        .expect("an overprinting graphics state");
    assert!(gs.get(b"OP").unwrap().as_bool().unwrap());
    assert!(gs.get(b"op").unwrap().as_bool().unwrap());
    assert_eq!(gs.get(b"OPM").unwrap().as_i64().unwrap(), 1);
}

#[test]
fn an_svg_logo_is_drawn_as_paths_and_a_jpeg_photo_is_embedded_as_it_is() {
    let s = clinic();
    let out = build(&s, &[]);
    let bytes = std::fs::read(out.join("poster-letter/en.pdf")).unwrap();
    let doc = Document::load_mem(&bytes).unwrap();
    // One image: the photo. The logo is a form of paths.
    let pictures = images(&doc);
    assert_eq!(pictures.len(), 1, "{pictures:?}");
    let photo = pictures[0];
    assert_eq!(
        photo.dict.get(b"Filter").unwrap().as_name().unwrap(),
        b"DCTDecode"
    );
    let file = std::fs::read(s.path("images/clinic.jpg")).unwrap();
    assert_eq!(Sha256::digest(&photo.content), Sha256::digest(&file));
    let forms = (doc.objects.values())
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| s.dict.get(b"Subtype").and_then(|o| o.as_name()).ok() == Some(&b"Form"[..]))
        .filter(|s| s.dict.get(b"Matrix").is_ok())
        .count();
    assert!(forms >= 1, "the logo is no form");
    // The text is still there to find.
    assert!(common::pdf_text(&bytes).contains("Free flu shots"));
}

#[test]
fn a_cmyk_jpeg_is_embedded_unchanged_even_for_the_press() {
    let s = clinic();
    use_photo(&s, "photo-cmyk.jpg");
    // 300 pixels across at 1.8 in: 167 ppi.
    s.edit(
        "layouts/poster-letter.toml",
        "width = \"7.5in\"\nheight = \"2.2in\"",
        "width = \"1.8in\"\nheight = \"0.9in\"",
    );
    let out = build(&s, &["--pdfx"]);
    let doc =
        Document::load_mem(&std::fs::read(out.join("poster-letter/es.pdf")).unwrap()).unwrap();
    let file = std::fs::read(s.path("images/clinic.jpg")).unwrap();
    let photo = images(&doc)
        .into_iter()
        .find(|i| i.dict.get(b"Filter").is_ok())
        .unwrap();
    assert_eq!(
        photo.dict.get(b"ColorSpace").unwrap().as_name().unwrap(),
        b"DeviceCMYK"
    );
    assert_eq!(Sha256::digest(&photo.content), Sha256::digest(&file));
}

#[test]
fn a_photo_placed_at_low_resolution_is_a_warning_then_an_error_with_its_figure() {
    let s = clinic();
    // 1500 pixels over 7.5 in: 200 ppi, fine.
    let (code, text) = check(&s);
    assert_eq!(code, Some(0), "{text}");
    assert!(!text.contains("image-resolution"), "{text}");
    // A photo of 300 x 150 pixels instead, covering a box 2.4 in by 1 in: it
    // is scaled to the box's width, 125 ppi.
    use_photo(&s, "photo-cmyk.jpg");
    let layout = "layouts/poster-letter.toml";
    s.edit(
        layout,
        "width = \"7.5in\"\nheight = \"2.2in\"",
        "width = \"2.4in\"\nheight = \"1in\"",
    );
    let (code, text) = check(&s);
    assert_eq!(code, Some(0), "{text}");
    assert!(
        text.contains(
            "warning[image-resolution]: `images/clinic.jpg` is printed at 125 pixels per inch"
        ),
        "{text}"
    );
    assert!(text.contains(&format!("--> {layout}:")), "{text}");
    // 3.6 in wide: 83 ppi, an error, and no such poster is written.
    s.edit(layout, "width = \"2.4in\"", "width = \"3.6in\"");
    let (code, text) = check(&s);
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains(
            "error[image-resolution]: `images/clinic.jpg` is printed at 83 pixels per inch"
        ),
        "{text}"
    );
    let run = s.flyer(&[
        "build",
        "--no-previews",
        "--layout",
        "poster-letter",
        "--locale",
        "en",
    ]);
    assert!(!run.status.success());
    assert!(!s.path("out/poster-letter/en.pdf").exists());
}

#[test]
fn check_reports_palette_colours_the_press_cannot_print() {
    let s = clinic();
    s.edit(
        "layouts/poster-letter.toml",
        "[palette]",
        "[palette]\nneon = \"#00ff00\"\nrich = \"cmyk(80, 70, 70, 100)\"",
    );
    let (_, text) = check(&s);
    assert!(
        text.contains("warning[print-gamut]: palette colour `neon` cannot be printed on FOGRA39"),
        "{text}"
    );
    assert!(!text.contains("print-ink-black"), "{text}");
    assert!(text.contains("CIEDE2000"), "{text}");
    assert!(
        text.contains("warning[print-ink-limit]: palette colour `rich` is 320% ink"),
        "{text}"
    );
}

#[test]
fn pdfx_needs_the_shops_profile_and_excludes_pdfa() {
    let s = Scratch::new("pdfx-none");
    let run = s.flyer(&["build", "--pdfx", "--layout", "card-us", "--locale", "en"]);
    assert!(!run.status.success());
    let text = stderr(&run);
    assert!(
        text.contains("PDF/X needs the print shop's CMYK profile"),
        "{text}"
    );
    assert!(text.contains("hint: add [print]"), "{text}");
    assert!(!s.path("out/card-us/en.pdf").exists());
    let s = clinic();
    s.edit("flyer.toml", "[build]", "[build]\npdfa = true");
    let run = s.flyer(&["build", "--print"]);
    assert!(!run.status.success());
    assert!(
        stderr(&run).contains("exclude each other"),
        "{}",
        stderr(&run)
    );
}

#[test]
fn a_text_colour_that_is_not_a_dark_grey_is_reported_for_the_press() {
    let s = clinic();
    let layout = "layouts/poster-letter.toml";
    let ink = s
        .read(layout)
        .lines()
        .find(|l| l.starts_with("ink = "))
        .unwrap()
        .to_string();
    s.edit(layout, &ink, "ink = \"#1c2f5a\"");
    let (_, text) = check(&s);
    assert!(
        text.contains("warning[print-ink-black]: the text colour `ink` is not a dark grey"),
        "{text}"
    );
    assert!(
        text.contains("hint: make `ink` a neutral dark grey"),
        "{text}"
    );
}

#[test]
fn a_damaged_photo_is_an_error_naming_it() {
    let s = clinic();
    let photo = std::fs::read(s.path("images/clinic.jpg")).unwrap();
    std::fs::write(s.path("images/clinic.jpg"), &photo[..photo.len() / 3]).unwrap();
    let run = s.flyer(&[
        "build",
        "--no-previews",
        "--layout",
        "poster-letter",
        "--locale",
        "en",
    ]);
    assert_eq!(run.status.code(), Some(1));
    let text = stderr(&run);
    assert!(
        text.contains(
            "error[image-unreadable]: cannot use image images/clinic.jpg: not a readable JPEG"
        ),
        "{text}"
    );
    assert!(text.contains("hint:"), "{text}");
    assert!(!s.path("out/poster-letter/en.pdf").exists());
}

#[test]
fn a_photo_stored_turned_is_refused_with_how_to_fix_it() {
    let s = clinic();
    use_photo(&s, "photo-rotated.jpg");
    let (code, text) = check(&s);
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains("cannot use image images/clinic.jpg: it is stored turned or mirrored"),
        "{text}"
    );
    assert!(text.contains("EXIF orientation (6)"), "{text}");
    assert!(
        text.contains("hint: open it in an image editor, turn it"),
        "{text}"
    );
}

#[test]
fn a_cmyk_photo_in_pdfa_is_embedded_as_rgb_and_a_box_of_no_height_is_an_error() {
    let s = clinic();
    use_photo(&s, "photo-cmyk.jpg");
    let layout = "layouts/poster-letter.toml";
    s.edit(
        layout,
        "width = \"7.5in\"\nheight = \"2.2in\"",
        "width = \"1.8in\"\nheight = \"0.9in\"",
    );
    // PDF/A allows no device CMYK (the print profile is for --print, not PDF/A).
    s.edit("flyer.toml", "[print]", "[unused-print]");
    s.edit("flyer.toml", "[unused-print]\n", "");
    s.edit(
        "flyer.toml",
        "condition = \"FOGRA39\"\nprofile = \"print/FOGRA39L-argyll.icc\"\n",
        "",
    );
    let out = build(&s, &["--pdfa"]);
    let doc =
        Document::load_mem(&std::fs::read(out.join("poster-letter/en.pdf")).unwrap()).unwrap();
    for image in images(&doc) {
        let space = image.dict.get(b"ColorSpace").and_then(|c| c.as_name()).ok();
        assert_ne!(space, Some(&b"DeviceCMYK"[..]));
    }
    s.edit(layout, "height = \"0.9in\"", "height = \"0in\"");
    let (_, text) = check(&s);
    assert!(
        text.contains("an image's height must be more than 0"),
        "{text}"
    );
    assert!(text.contains(&format!("--> {layout}:")), "{text}");
}
