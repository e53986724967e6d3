//! Wallet cards: size, front and back, bleed for print shops, and every locale's
//! text on them.

mod common;

use common::{pdf_text, repo, side_texts, squeeze};
use flyer::{BuildOptions, Builder, Project, Session};

fn boxes(bytes: &[u8]) -> Vec<(Vec<f32>, Vec<f32>)> {
    let doc = lopdf::Document::load_mem(bytes).unwrap();
    let num = |o: &lopdf::Object| {
        o.as_float()
            .or_else(|_| o.as_i64().map(|i| i as f32))
            .unwrap()
    };
    doc.get_pages()
        .values()
        .map(|id| {
            let page = doc.get_dictionary(*id).unwrap();
            let get = |k: &[u8]| {
                page.get(k)
                    .unwrap()
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(num)
                    .collect::<Vec<f32>>()
            };
            (get(b"TrimBox"), get(b"BleedBox"))
        })
        .collect()
}

#[test]
fn cards_have_two_pages_with_trim_and_bleed_boxes_of_the_card_size() {
    let s = Session::open(Project::load(&repo()).unwrap()).unwrap();
    for (layout, w, h, bleed) in [
        ("card-us", 252.0, 144.0, 9.0),
        ("card-eu", 240.94, 155.91, 8.504),
    ] {
        for locale in s.project.locale_codes() {
            let (bytes, _) = Builder::new(&s, &BuildOptions::default())
                .render(layout, &locale)
                .unwrap_or_else(|d| panic!("{layout}/{locale}: {}", flyer::diag::render_all(&d)));
            let pages = boxes(&bytes);
            assert_eq!(pages.len(), 2, "{layout}/{locale}: front and back");
            for (trim, bleed_box) in pages {
                assert!(
                    (trim[2] - trim[0] - w).abs() < 0.01 && (trim[3] - trim[1] - h).abs() < 0.01,
                    "{layout}/{locale} trim {trim:?}"
                );
                assert!(
                    (trim[0] - bleed).abs() < 0.01 && (trim[1] - bleed).abs() < 0.01,
                    "{layout}/{locale}: trim sits inside the bleed"
                );
                assert!(
                    (bleed_box[2] - w - 2.0 * bleed).abs() < 0.01,
                    "{layout}/{locale} bleed {bleed_box:?}"
                );
            }
            {
                let layout_spec = s.layout(layout).unwrap();
                let localizer = s.localizer(&locale, false).unwrap();
                let (texts, _) =
                    flyer::build::layout_texts(layout_spec, flyer::spec::Side::Main, &localizer)
                        .unwrap();
                let extracted = squeeze(&pdf_text(&bytes));
                // The QR code's alternative text too: it lies invisibly over the code.
                for (id, text) in &texts {
                    assert!(
                        extracted.contains(&squeeze(text)),
                        "{layout}/{locale}: {id} not extracted"
                    );
                }
            }
        }
    }
}

#[test]
fn a_bilingual_card_has_the_locale_on_the_front_and_the_pair_on_the_back() {
    use flyer::spec::Side;
    let s = Session::open(Project::load(&repo()).unwrap()).unwrap();
    let opts = BuildOptions::default();
    // English is the pair by default, so no English-only bilingual card is built.
    let jobs = s.jobs(&opts).unwrap();
    assert!(jobs.contains(&("card-us-bilingual".into(), "km".into())));
    assert!(!jobs.contains(&("card-us-bilingual".into(), "en".into())));
    assert_eq!(
        s.output_file("card-us-bilingual", "km", &opts),
        std::path::Path::new("card-us-bilingual/km+en.pdf")
    );
    for (locale, pair) in [
        ("pt-BR", "en"),
        ("km", "en"),
        ("en", "es"),
        ("ar", "zh-Hant"),
    ] {
        let opts = BuildOptions {
            pair: Some(pair.into()),
            ..BuildOptions::default()
        };
        let (bytes, _) = Builder::new(&s, &opts)
            .render("card-us-bilingual", locale)
            .unwrap_or_else(|d| panic!("{locale}+{pair}: {}", flyer::diag::render_all(&d)));
        let pages: Vec<String> = common::pdf_page_texts(&bytes)
            .iter()
            .map(|t| squeeze(t))
            .collect();
        assert_eq!(pages.len(), 2);
        let front = side_texts(&s, "card-us-bilingual", Side::Main, locale);
        let back = side_texts(&s, "card-us-bilingual", Side::Pair, pair);
        for (page, texts, lang) in [(&pages[0], &front, locale), (&pages[1], &back, pair)] {
            assert!(texts.contains_key("card-title") && texts.contains_key("card-emergency"));
            for (id, text) in texts {
                assert!(
                    page.contains(&squeeze(text)),
                    "{locale}+{pair}: {id} ({lang}) not on its side"
                );
            }
        }
        // Each side is in its own language only.
        let english_title =
            squeeze(&side_texts(&s, "card-us-bilingual", Side::Main, "en")["card-title"]);
        assert_eq!(pages[1].contains(&english_title), pair == "en");
        assert_eq!(pages[0].contains(&english_title), locale == "en");
    }
}

#[test]
fn every_line_of_a_bilingual_poster_carries_its_own_language() {
    let s = Session::open(Project::load(&repo()).unwrap()).unwrap();
    let (doc, _) = Builder::new(&s, &BuildOptions::default())
        .lay_out("poster-tabloid-bilingual", "ar")
        .unwrap();
    assert_eq!(doc.lang, "ar");
    let mut langs = std::collections::BTreeMap::new();
    let width = doc.pages[0].trim.width.0;
    for item in &doc.pages[0].items {
        if let flyer::document::Item::Text(line) = item {
            let entry = langs
                .entry(line.lang.clone())
                .or_insert((f32::MAX, 0.0f32, 0));
            entry.0 = entry.0.min(line.x);
            entry.2 += 1;
            if line.message_id == "poster-definition" {
                // Arabic reads first, so its column is on the right; English on the left.
                let right_half = line.x > width / 2.0;
                assert_eq!(right_half, line.lang == "ar", "{}: x {}", line.lang, line.x);
            }
        }
    }
    assert_eq!(langs.keys().collect::<Vec<_>>(), ["ar", "en"]);
    assert!(langs.values().all(|v| v.2 > 10), "{langs:?}");
}

/// A box on the page: left, top, right, bottom, in pt from the trim's top left.
type Area = (f32, f32, f32, f32);

fn overlaps(a: Area, b: Area) -> bool {
    a.0 < b.2 - 0.01 && b.0 < a.2 - 0.01 && a.1 < b.3 - 0.01 && b.1 < a.3 - 0.01
}

#[test]
fn a_cards_qr_code_keeps_a_quiet_zone_of_four_modules() {
    use flyer::document::{Item, Role};
    let s = Session::open(Project::load(&repo()).unwrap()).unwrap();
    let opts = BuildOptions::default();
    let builder = Builder::new(&s, &opts);
    let mut checked = 0;
    for layout in ["card-us", "card-eu", "card-us-bilingual"] {
        for locale in s.project.locale_codes() {
            let Ok((doc, _)) = builder.document(layout, &locale) else {
                continue; // a bilingual card in its own pair language
            };
            for page in &doc.pages {
                let qr = page.items.iter().find_map(|item| match item {
                    Item::Qr {
                        x,
                        y,
                        module,
                        modules,
                        ..
                    } => Some((*x, *y, *module * modules.len() as f32, *module)),
                    _ => None,
                });
                let Some((x, y, side, module)) = qr else {
                    continue;
                };
                let quiet = 4.0 * module;
                let zone = (x - quiet, y - quiet, x + side + quiet, y + side + quiet);
                for item in &page.items {
                    let area = match item {
                        Item::Rect {
                            x, y, w, h, fill, ..
                        } if fill.is_some() => (*x, *y, x + w, y + h),
                        Item::Text(t) if t.role != Role::FigureText => (
                            t.x,
                            t.baseline - t.line.ascent * t.size,
                            t.x + t.line.width * t.size,
                            t.baseline + t.line.descent * t.size,
                        ),
                        _ => continue,
                    };
                    assert!(
                        !overlaps(zone, area),
                        "{layout}/{locale}: {area:?} inside the QR code's quiet zone {zone:?}"
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 16 * 2, "only {checked} QR codes");
}
