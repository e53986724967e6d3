//! Whole-flyer tests of the shipped posters: what a school printing them, a print
//! shop, or a parent copying the hotline number would notice.

mod common;

use common::{notdef_count, pdf_text, repo, squeeze};
use flyer::{BuildOptions, Builder, Project, Session};
use std::collections::BTreeMap;
use std::sync::OnceLock;

const POSTERS: [(&str, f32, f32); 3] = [
    ("poster-letter", 612.0, 792.0),
    ("poster-a4", 595.276, 841.89),
    ("poster-tabloid", 792.0, 1224.0),
];

fn session() -> &'static Session {
    static SESSION: OnceLock<Session> = OnceLock::new();
    SESSION.get_or_init(|| Session::open(Project::load(&repo()).unwrap()).unwrap())
}

/// Every poster in every locale, rendered once for all tests.
fn outputs() -> &'static BTreeMap<(String, String), Vec<u8>> {
    static OUT: OnceLock<BTreeMap<(String, String), Vec<u8>>> = OnceLock::new();
    OUT.get_or_init(|| {
        let s = session();
        let mut out = BTreeMap::new();
        for (layout, ..) in POSTERS {
            for locale in s.project.locale_codes() {
                let (bytes, _) = Builder::new(s, &BuildOptions::default())
                    .render(layout, &locale)
                    .unwrap_or_else(|d| {
                        panic!("{layout}/{locale} failed:\n{}", flyer::diag::render_all(&d))
                    });
                out.insert((layout.to_string(), locale), bytes);
            }
        }
        out
    })
}

fn pdf(layout: &str, locale: &str) -> &'static [u8] {
    &outputs()[&(layout.to_string(), locale.to_string())]
}

fn number(o: &lopdf::Object) -> f32 {
    o.as_float()
        .or_else(|_| o.as_i64().map(|i| i as f32))
        .unwrap()
}

#[test]
fn every_poster_is_one_page_of_its_paper_size_or_two_for_a_longer_translation() {
    for (layout, w, h) in POSTERS {
        for locale in session().project.locale_codes() {
            let doc = lopdf::Document::load_mem(pdf(layout, &locale)).unwrap();
            let pages = doc.get_pages();
            // The source fits as designed; a longer translation may continue.
            let most = if locale == "en" { 1 } else { 2 };
            assert!((1..=most).contains(&pages.len()), "{layout}/{locale}");
            for id in pages.values() {
                let page = doc.get_dictionary(*id).unwrap();
                for key in [&b"MediaBox"[..], b"TrimBox"] {
                    let b: Vec<f32> = page
                        .get(key)
                        .unwrap()
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(number)
                        .collect();
                    assert!(
                        (b[2] - b[0] - w).abs() < 0.01 && (b[3] - b[1] - h).abs() < 0.01,
                        "{layout}/{locale} {b:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn english_posters_print_every_sentence_of_the_seed_flyer() {
    let seed = std::fs::read_to_string(repo().join("tests/fixtures/seed-en.txt")).unwrap();
    for (layout, ..) in POSTERS {
        let text = squeeze(&pdf_text(pdf(layout, "en")));
        for sentence in seed
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            assert!(
                text.contains(&squeeze(sentence)),
                "{layout}: missing {sentence:?}"
            );
        }
        assert!(
            text.contains("1-800-792-5200") && text.contains("911"),
            "{layout}: hotline or 911 missing"
        );
    }
}

#[test]
fn every_message_extracts_exactly_in_reading_order() {
    // Content order is reading order, right-to-left locales included: what a
    // tagged-PDF reader or `pdftotext -raw` gets.
    let s = session();
    for (layout_name, ..) in POSTERS {
        let layout = s.layout(layout_name).unwrap();
        for locale in s.project.locale_codes() {
            let localizer = s.localizer(&locale, false).unwrap();
            let (texts, _) =
                flyer::build::layout_texts(layout, flyer::spec::Side::Main, &localizer).unwrap();
            let extracted = squeeze(&pdf_text(pdf(layout_name, &locale)));
            for (id, text) in &texts {
                assert!(
                    extracted.contains(&squeeze(text)),
                    "{layout_name}/{locale}: message {id} not extracted: {text:?}"
                );
            }
            assert!(
                !extracted.contains('{') && !extracted.contains('\u{FFFD}'),
                "{layout_name}/{locale}: placeholder or U+FFFD"
            );
        }
    }
}

#[test]
fn no_glyph_is_drawn_as_notdef() {
    for ((layout, locale), bytes) in outputs() {
        assert_eq!(notdef_count(bytes), 0, "{layout}/{locale}");
    }
}

#[test]
fn fonts_are_embedded_and_subset() {
    for ((layout, locale), bytes) in outputs() {
        let doc = lopdf::Document::load_mem(bytes).unwrap();
        let mut fonts = 0;
        for object in doc.objects.values() {
            let Ok(dict) = object.as_dict() else { continue };
            if dict.get(b"Type").and_then(|t| t.as_name()).ok() != Some(b"FontDescriptor") {
                continue;
            }
            fonts += 1;
            let name = String::from_utf8_lossy(dict.get(b"FontName").unwrap().as_name().unwrap())
                .into_owned();
            let (tag, _) = name
                .split_once('+')
                .unwrap_or_else(|| panic!("{layout}/{locale}: {name} has no subset tag"));
            assert!(
                tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase()),
                "{name}"
            );
            let file = dict
                .get(b"FontFile2")
                .or_else(|_| dict.get(b"FontFile3"))
                .unwrap_or_else(|_| panic!("{name} is not embedded"));
            let stream = doc
                .get_object(file.as_reference().unwrap())
                .unwrap()
                .as_stream()
                .unwrap();
            let program = stream
                .decompressed_content()
                .unwrap_or_else(|_| stream.content.clone());
            assert!(
                program.len() < 150_000,
                "{layout}/{locale}: {name} is {} bytes: not subset",
                program.len()
            );
        }
        assert!(fonts >= 2, "{layout}/{locale}: {fonts} fonts");
    }
}

#[test]
fn posters_stay_small() {
    for ((layout, locale), bytes) in outputs() {
        let cjk = matches!(locale.as_str(), "zh-Hans" | "zh-Hant" | "ko");
        let limit = if cjk { 300_000 } else { 100_000 };
        assert!(
            bytes.len() <= limit,
            "{layout}/{locale}: {} bytes",
            bytes.len()
        );
    }
}

#[test]
fn the_same_inputs_give_the_same_bytes() {
    let again = Session::open(Project::load(&repo()).unwrap()).unwrap();
    for locale in ["en", "ar", "km", "zh-Hant"] {
        let (bytes, _) = Builder::new(&again, &BuildOptions::default())
            .render("poster-letter", locale)
            .unwrap();
        assert!(
            bytes == pdf("poster-letter", locale),
            "{locale} differs between two builds"
        );
    }
}

#[test]
fn a_pdfa_build_gives_the_same_bytes_a_second_later() {
    // The sRGB profile of PDF/A is generated; nothing in it may follow the clock.
    let opts = BuildOptions {
        pdfa: true,
        ..BuildOptions::default()
    };
    let render = || {
        Builder::new(session(), &opts)
            .render("card-us", "ar")
            .unwrap()
            .0
    };
    let first = render();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert!(first == render(), "two PDF/A builds differ");
}

#[test]
fn the_pdf_says_its_title_and_language() {
    let doc = lopdf::Document::load_mem(pdf("poster-letter", "fa-AF")).unwrap();
    let catalog = doc.catalog().unwrap();
    assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), b"fa-AF");
    let prefs = catalog
        .get(b"ViewerPreferences")
        .unwrap()
        .as_dict()
        .unwrap();
    assert!(prefs.get(b"DisplayDocTitle").unwrap().as_bool().unwrap());
    let info = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let title = doc
        .get_dictionary(info)
        .unwrap()
        .get(b"Title")
        .unwrap()
        .as_str()
        .unwrap();
    let title = String::from_utf16(
        &title[2..]
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect::<Vec<_>>(),
    )
    .unwrap();
    assert_eq!(title, "استثمار جنسی تجارتی اطفال چیست؟");
}

#[test]
fn cmyk_palette_colours_print_as_process_colours_and_as_srgb_in_pdfa() {
    let p = common::Scratch::new("cmyk");
    p.edit(
        "layouts/poster-letter.toml",
        "accent = \"#0b4a7d\"",
        "accent = \"cmyk(100, 60, 0, 20)\"",
    );
    let fills = |pdfa: bool| {
        let mut args = vec![
            "build",
            "--layout",
            "poster-letter",
            "--locale",
            "en",
            "--no-previews",
        ];
        if pdfa {
            args.push("--pdfa");
        }
        let out = p.flyer(&args);
        assert!(out.status.success(), "{}", common::stderr(&out));
        let doc = lopdf::Document::load(p.path("out/poster-letter/en.pdf")).unwrap();
        let page = *doc.get_pages().values().next().unwrap();
        let ops = doc.get_and_decode_page_content(page).unwrap().operations;
        ops.into_iter()
            .filter(|op| op.operator == "k" || op.operator == "rg")
            .map(|op| {
                let values: Vec<String> = op
                    .operands
                    .iter()
                    .map(|o| format!("{:.2}", o.as_float().unwrap()))
                    .collect();
                format!("{} {}", values.join(" "), op.operator)
            })
            .collect::<Vec<String>>()
    };
    let print = fills(false);
    assert!(
        print.contains(&"1.00 0.60 0.00 0.20 k".to_string()),
        "{print:?}"
    );
    // The naive sRGB look of the same colour, never device CMYK, in PDF/A.
    let archive = fills(true);
    assert!(archive.iter().all(|f| f.ends_with("rg")), "{archive:?}");
    assert!(
        archive.contains(&"0.00 0.32 0.80 rg".to_string()),
        "{archive:?}"
    );
}
