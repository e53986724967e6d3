//! Previews and the gallery: what `flyer build` leaves beside the PDFs.

mod common;

use common::Scratch;
use sha2::{Digest, Sha256};

/// Width, height, RGB pixels and the recorded source hash of a thumbnail.
fn read_png(path: &std::path::Path) -> (u32, u32, Vec<u8>, String) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let source = reader
        .info()
        .uncompressed_latin1_text
        .iter()
        .find(|t| t.keyword == "flyer-source-sha256")
        .map(|t| t.text.clone())
        .unwrap_or_default();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let frame = reader.next_frame(&mut buf).unwrap();
    buf.truncate(frame.buffer_size());
    assert_eq!(frame.color_type, png::ColorType::Rgb);
    (frame.width, frame.height, buf, source)
}

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn every_output_gets_a_thumbnail_of_its_first_page_and_a_place_in_the_gallery() {
    let p = Scratch::new("gallery");
    let out = p.flyer(&[
        "build",
        "--layout",
        "poster-letter,card-us",
        "--locale",
        "en,ar,km",
    ]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("6 previews rendered"));
    let index = p.read("out/index.html");
    for (layout, locale, page_w, page_h) in [
        ("poster-letter", "ar", 612.0, 792.0),
        ("card-us", "km", 252.0 + 18.0, 144.0 + 18.0),
    ] {
        let pdf = std::fs::read(p.path(&format!("out/{layout}/{locale}.pdf"))).unwrap();
        let png = p.path(&format!("out/previews/{layout}/{locale}.png"));
        let (w, h, pixels, source) = read_png(&png);
        assert_eq!(
            source,
            sha256(&pdf),
            "{layout}/{locale}: made from this PDF"
        );
        assert_eq!(w, 240);
        let want_h = 240.0 * page_h / page_w;
        assert!(
            (h as f32 - want_h).abs() <= 1.0,
            "{layout}/{locale}: {w}x{h}"
        );
        // The title band is the palette's dark blue, not a blank page.
        let dark = pixels.chunks(3).filter(|p| p[2] > 80 && p[0] < 60).count();
        assert!(
            dark > pixels.len() / 3 / 20,
            "{layout}/{locale}: {dark} blue pixels"
        );
        assert!(index.contains(&format!(
            "<a href=\"{layout}/{locale}.pdf\"><img src=\"previews/{layout}/{locale}.png\""
        )));
    }
    // Each language's own name carries its language and direction.
    assert!(index.contains("lang=\"ar\" dir=\"rtl\">العربية</span>"));
    assert!(index.contains("lang=\"km\" dir=\"ltr\">ខ្មែរ</span>"));
    assert!(index.contains("Khmer · left to right · <span class=\"draft\">draft</span>"));
    assert!(!index.contains("http"), "no external requests");
    // What to buy for each card sheet, and how to print it.
    assert!(index.contains(
        "<strong>Buy and print:</strong> Avery 5371 (also 8371, 5376, 5377, 5871-5878, 28371): \
         10 business cards, 2 x 5, on US Letter (US Letter, 8.5 x 11 in). \
         Print both sides, flipping on the long edge."
    ));
}

#[test]
fn unchanged_outputs_are_not_rendered_again() {
    let p = Scratch::new("gallery-cache");
    let args = ["build", "--layout", "poster-letter", "--locale", "es,vi"];
    assert!(p.flyer(&args).status.success());
    let again = p.flyer(&args);
    assert!(
        String::from_utf8_lossy(&again.stdout).contains("(0 previews rendered"),
        "{}",
        String::from_utf8_lossy(&again.stdout)
    );
    let file = "locales/es/flyer.ftl";
    let text = p.read(file);
    let title = text
        .lines()
        .find(|l| l.starts_with("poster-title ="))
        .unwrap()
        .to_string();
    p.edit(file, &title, "poster-title = ¿Qué es la explotación?");
    let edited = p.flyer(&args);
    assert!(
        String::from_utf8_lossy(&edited.stdout).contains("(1 preview rendered"),
        "{}",
        String::from_utf8_lossy(&edited.stdout)
    );
    let pdf = std::fs::read(p.path("out/poster-letter/es.pdf")).unwrap();
    let (.., source) = read_png(&p.path("out/previews/poster-letter/es.png"));
    assert_eq!(source, sha256(&pdf));
}

#[test]
fn no_previews_skips_thumbnails_and_the_gallery() {
    let p = Scratch::new("gallery-off");
    let out = p.flyer(&[
        "build",
        "--layout",
        "card-eu",
        "--locale",
        "fr",
        "--no-previews",
    ]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert!(p.path("out/card-eu/fr.pdf").is_file());
    assert!(!p.path("out/previews").exists() && !p.path("out/index.html").exists());
}

#[test]
fn pages_renders_every_page_at_the_asked_resolution() {
    let p = Scratch::new("pages");
    let out = p.flyer(&[
        "build",
        "--layout",
        "card-eu",
        "--locale",
        "ko",
        "--no-previews",
        "--pages",
        "100",
    ]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("pages: 2 page images at 100 dpi"));
    let pdf = std::fs::read(p.path("out/card-eu/ko.pdf")).unwrap();
    for n in [1, 2] {
        let (w, h, pixels, source) = read_png(&p.path(&format!("out/pages/card-eu/ko-{n}.png")));
        assert_eq!(source, sha256(&pdf));
        // 85 x 55 mm plus 3 mm of bleed on each side, at 100 dpi.
        let (want_w, want_h) = (91.0 / 25.4 * 100.0, 61.0 / 25.4 * 100.0);
        assert!(
            (w as f32 - want_w).abs() <= 1.0 && (h as f32 - want_h).abs() <= 1.0,
            "{w}x{h}"
        );
        assert!(pixels.iter().any(|&v| v < 100), "page {n} is not blank");
    }
    assert!(!p.path("out/pages/card-eu/ko-3.png").exists());
}

#[test]
fn a_failed_output_loses_its_thumbnail_and_its_place_in_the_gallery() {
    let p = Scratch::new("gallery-failed");
    let args = ["build", "--layout", "card-eu", "--locale", "so"];
    assert!(p.flyer(&args).status.success());
    assert!(p.path("out/previews/card-eu/so.png").is_file());
    p.edit("locales/so/flyer.ftl", "card-title =", "card-title = {");
    let out = p.flyer(&args);
    assert_eq!(out.status.code(), Some(1));
    assert!(!p.path("out/card-eu/so.pdf").exists());
    assert!(!p.path("out/previews/card-eu/so.png").exists());
    let index = p.read("out/index.html");
    assert!(!index.contains("card-eu/so.pdf"));
}

#[test]
fn names_and_descriptions_are_escaped_in_the_gallery() {
    let p = Scratch::new("gallery-escape");
    p.edit(
        "flyer.toml",
        "name = \"Khmer\"\nnative = \"ខ្មែរ\"",
        "name = \"Khmer \\\"K\\\" & co\"\nnative = \"ខ្មែរ <script>alert(\\\"x & y\\\")</script>\"",
    );
    p.edit(
        "layouts/card-us.toml",
        "description = \"Wallet card, US",
        "description = \"<script>alert(1)</script> Wallet card & \\\"US\\\"",
    );
    let out = p.flyer(&["build", "--layout", "card-us", "--locale", "km"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let index = p.read("out/index.html");
    // Text content.
    assert!(index.contains(
        "lang=\"km\" dir=\"ltr\">ខ្មែរ &lt;script&gt;alert(&quot;x &amp; y&quot;)&lt;/script&gt;</span>"
    ));
    assert!(index.contains(
        "<span class=\"desc\">&lt;script&gt;alert(1)&lt;/script&gt; Wallet card &amp; &quot;US&quot;"
    ));
    assert!(index.contains("<option value=\"km\">Khmer &quot;K&quot; &amp; co</option>"));
    // An attribute value.
    assert!(index.contains(
        "<img src=\"previews/card-us/km.png\" alt=\"Khmer &quot;K&quot; &amp; co, card-us (PDF)\""
    ));
    // The only script is the page's own filter.
    assert_eq!(index.matches("<script").count(), 1, "{index}");
    assert!(index.contains("<script>const language="));
    assert!(!index.contains("<script>alert") && !index.contains("\"x & y\""));
}

/// The attributes of every `<tag ...>` in flyer's own HTML (values quoted).
fn tags(html: &str, tag: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    html.split(&format!("<{tag} "))
        .skip(1)
        .map(|rest| {
            let mut attrs = std::collections::BTreeMap::new();
            let mut text = &rest[..rest.find('>').unwrap()];
            while let Some(eq) = text.find("=\"") {
                let name = text[..eq].trim().rsplit(' ').next().unwrap().to_string();
                let value_end = text[eq + 2..].find('"').unwrap();
                attrs.insert(name, text[eq + 2..eq + 2 + value_end].to_string());
                text = &text[eq + 2 + value_end + 1..];
            }
            attrs
        })
        .collect()
}

/// Each `<figure>` of a proof sheet: its locale and its markup.
fn figures(html: &str) -> Vec<(String, String)> {
    html.split("<figure ")
        .skip(1)
        .map(|rest| {
            let body = &rest[..rest.find("</figure>").unwrap()];
            let locale = tags(&format!("<figure {body}"), "figure")[0]["data-locale"].clone();
            (locale, body.to_string())
        })
        .collect()
}

#[test]
fn every_page_layout_gets_a_proof_sheet_of_every_language_at_one_scale() {
    let p = Scratch::new("proof");
    let out = p.flyer(&[
        "build",
        "--verbose",
        "--layout",
        "poster-letter,card-us-bilingual,sheet-avery-5371",
        "--locale",
        "en,ar,km",
    ]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let index = p.read("out/index.html");
    let manifest_locales = p.read("flyer.toml").matches("[[locale]]").count();
    assert_eq!(manifest_locales, 16);
    // (layout, its files' names for en, ar, km, pages per output, page size in
    // px at the scale the README gives: US Letter at 42 ppi, a US card with
    // its 1/8 in bleed, 3.75 x 2.25 in, at 96 ppi.)
    let bilingual = ["ar+en", "km+en"];
    for (layout, built, pages, (w, h), locales) in [
        ("poster-letter", &["en", "ar", "km"][..], 1, (357, 462), 16),
        ("card-us-bilingual", &bilingual[..], 2, (360, 216), 15),
    ] {
        let sheet = p.read(&format!("out/proof/{layout}.html"));
        assert!(index.contains(&format!(
            "<a class=\"proof\" href=\"proof/{layout}.html\">Proof</a>"
        )));
        let ppi = if layout == "poster-letter" { 42 } else { 96 };
        assert!(sheet.contains(&format!("<strong>{ppi} pixels per inch</strong>")));
        // Every locale of the layout, the built ones with every page at one size.
        let figures = figures(&sheet);
        assert_eq!(figures.len(), locales, "{layout}");
        for name in built {
            let locale = name.split('+').next().unwrap();
            let (_, figure) = figures.iter().find(|(l, _)| l == locale).unwrap();
            let images = tags(figure, "img");
            // A poster's longer translation may continue on a second page.
            let report = (stdout.lines())
                .find(|l| l.contains(&format!("out/{layout}/{name}.pdf")))
                .unwrap_or_else(|| panic!("{layout}/{name} not in:\n{stdout}"));
            let built_pages = match report.contains("2 pages") {
                true => 2,
                false => 1,
            };
            assert!(built_pages >= pages, "{report}");
            assert_eq!(images.len(), built_pages, "{layout}/{name}");
            for (n, img) in images.iter().enumerate() {
                let src = format!("{layout}/{name}-{}.png", n + 1);
                assert_eq!(img["src"], src.replace('+', "%2B"));
                assert_eq!(
                    (img["width"].as_str(), img["height"].as_str()),
                    (&*w.to_string(), &*h.to_string())
                );
                let (pw, ph, pixels, _) = read_png(&p.path(&format!("out/proof/{src}")));
                assert_eq!((pw, ph), (w, h), "{src}");
                assert!(pixels.iter().any(|&v| v < 100), "{src} is not blank");
            }
            for a in tags(figure, "a") {
                assert_eq!(
                    a["href"],
                    format!("../{layout}/{}.pdf", name.replace('+', "%2B"))
                );
                assert!(p.path(&format!("out/{layout}/{name}.pdf")).is_file());
            }
            // The fit the build reported for this output, and its status.
            let line = stdout
                .lines()
                .find(|l| l.contains(&format!("out/{layout}/{name}.pdf")))
                .unwrap();
            let body = &line[line.find("body text").unwrap()..];
            let body = &body[..body.find(" pt").unwrap() + 3];
            assert!(figure.contains(body), "{layout}/{name}: {body} in {figure}");
            let status = if locale == "en" { "reviewed" } else { "draft" };
            assert!(figure.contains(&format!("<span class=\"{status}\">{status}</span>")));
        }
        // The others are listed as not built; nothing comes from elsewhere.
        assert_eq!(sheet.matches("not built").count(), locales - built.len());
        assert!(!sheet.contains("http") && !sheet.contains("src=\"/"));
        assert!(sheet.contains("<a href=\"../index.html\">"));
    }
    assert!(figures(&p.read("out/proof/poster-letter.html"))
        .iter()
        .any(|(l, f)| l == "ar" && f.contains("lang=\"ar\" dir=\"rtl\">العربية</span>")));
    // A card sheet has no proof sheet of its own: it links to its card's.
    assert!(!p.path("out/proof/sheet-avery-5371.html").exists());
    assert!(index.contains("<a class=\"proof\" href=\"proof/card-us.html\">Proof of its cards</a>"));
    assert!(p.path("out/proof/card-us.html").is_file());
}
