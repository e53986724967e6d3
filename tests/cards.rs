//! Wallet cards: size, front and back, bleed for print shops, and every locale's
//! text on them.

mod common;

use common::{pdf_text, repo, squeeze};
use flyer::{BuildOptions, Project, Session};

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
            let (bytes, _) = s
                .render(layout, &locale, &BuildOptions::default())
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
            if !flyer::build::is_rtl(&locale) {
                let layout_spec = s.layout(layout).unwrap();
                let localizer = s.localizer(&locale, false).unwrap();
                let (texts, _) = s.texts(layout_spec, &localizer).unwrap();
                let extracted = squeeze(&pdf_text(&bytes));
                for (id, text) in texts.iter().filter(|(id, _)| !id.starts_with("qr-")) {
                    assert!(
                        extracted.contains(&squeeze(text)),
                        "{layout}/{locale}: {id} not extracted"
                    );
                }
            }
        }
    }
}
