//! Card sheets: every slot of every shipped template where the card stock's box
//! says it is, and each back behind its own front after the duplex flip.

mod common;

use common::{pdf_text, repo, squeeze};
use flyer::diag::SourceFile;
use flyer::impose::{Duplex, SheetTemplate, Slot};

const IN: f32 = 72.0;
const MM: f32 = 72.0 / 25.4;

fn template(name: &str) -> SheetTemplate {
    let path = repo().join(format!("layouts/sheets/{name}.toml"));
    SheetTemplate::parse(&SourceFile::new(
        path.clone(),
        std::fs::read_to_string(path).unwrap(),
    ))
    .unwrap()
}

/// Slots written out from the sheet's printed numbers: (columns, rows, card w, h,
/// first x, first y, gap x, gap y), top-left origin.
#[allow(clippy::too_many_arguments)] // the sheet's printed numbers, in their order
fn grid(c: usize, r: usize, w: f32, h: f32, x0: f32, y0: f32, gx: f32, gy: f32) -> Vec<Slot> {
    (0..r)
        .flat_map(|row| {
            (0..c).map(move |col| Slot {
                x: x0 + col as f32 * (w + gx),
                y: y0 + row as f32 * (h + gy),
                w,
                h,
            })
        })
        .collect()
}

fn assert_slots(name: &str, got: &[Slot], want: &[Slot]) {
    assert_eq!(got.len(), want.len(), "{name}: slot count");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        for (a, b) in [(g.x, w.x), (g.y, w.y), (g.w, w.w), (g.h, w.h)] {
            assert!(
                (a - b).abs() < 0.01,
                "{name}: slot {i} is {g:?}, want {w:?}"
            );
        }
    }
}

#[test]
fn every_slot_of_every_shipped_template_matches_the_sheet() {
    // Avery 5371, from its PDF corner coordinates (origin bottom left):
    // x = 54 or 306; y = 612, 468, 324, 180, 36.
    let mut avery_5371 = Vec::new();
    for y in [612.0, 468.0, 324.0, 180.0, 36.0] {
        for x in [54.0, 306.0] {
            avery_5371.push(Slot {
                x,
                y: 792.0 - y - 144.0,
                w: 252.0,
                h: 144.0,
            });
        }
    }
    assert_slots(
        "avery-5371",
        &template("avery-5371").slots(Duplex::LongEdge, false),
        &avery_5371,
    );
    assert_slots(
        "avery-8373",
        &template("avery-8373").slots(Duplex::LongEdge, false),
        &grid(
            2,
            4,
            3.5 * IN,
            2.0 * IN,
            0.5 * IN,
            0.75 * IN,
            0.5 * IN,
            0.5 * IN,
        ),
    );
    assert_slots(
        "avery-c32011",
        &template("avery-c32011").slots(Duplex::LongEdge, false),
        &grid(
            2,
            5,
            85.0 * MM,
            54.0 * MM,
            15.0 * MM,
            13.5 * MM,
            10.0 * MM,
            0.0,
        ),
    );
    assert_slots(
        "print-shop-letter",
        &template("print-shop-letter").slots(Duplex::LongEdge, false),
        &grid(
            2,
            4,
            3.5 * IN,
            2.0 * IN,
            0.5 * IN,
            0.75 * IN,
            0.5 * IN,
            0.5 * IN,
        ),
    );
    assert_slots(
        "print-shop-a4",
        &template("print-shop-a4").slots(Duplex::LongEdge, false),
        &grid(
            2,
            4,
            85.0 * MM,
            55.0 * MM,
            14.0 * MM,
            20.5 * MM,
            12.0 * MM,
            12.0 * MM,
        ),
    );
}

#[test]
fn each_back_lands_behind_its_own_front() {
    for name in [
        "avery-5371",
        "avery-8373",
        "avery-c32011",
        "print-shop-letter",
        "print-shop-a4",
    ] {
        let t = template(name);
        let paper = t.paper_size().unwrap();
        let (pw, ph) = (paper.width.0, paper.height.0);
        let front = t.slots(Duplex::LongEdge, false);
        // Flipped on the long edge, a point (x, y) of the back lies behind (W - x, y)
        // of the front; on the short edge, behind (x, H - y).
        let long: Vec<Slot> = front
            .iter()
            .map(|s| Slot {
                x: pw - s.x - s.w,
                ..*s
            })
            .collect();
        let short: Vec<Slot> = front
            .iter()
            .map(|s| Slot {
                y: ph - s.y - s.h,
                ..*s
            })
            .collect();
        assert_slots(name, &t.slots(Duplex::LongEdge, true), &long);
        assert_slots(name, &t.slots(Duplex::ShortEdge, true), &short);
    }
}

#[test]
fn a_sheet_holds_the_card_in_every_slot_front_and_back() {
    let p = common::Scratch::new("sheet");
    let out = p.flyer(&["build", "--layout", "sheet-avery-5371", "--locale", "en"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let bytes = std::fs::read(p.path("out/sheet-avery-5371/en.pdf")).unwrap();
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    assert_eq!(
        doc.get_pages().len(),
        2,
        "fronts on page 1, backs on page 2"
    );
    let text = squeeze(&pdf_text(&bytes));
    assert_eq!(
        text.matches(&squeeze("Know the signs of child sexual exploitation"))
            .count(),
        10,
        "ten fronts"
    );
    // Each back shows the number, and its QR code carries it in its text.
    assert_eq!(
        text.matches("1-800-792-5200").count(),
        20,
        "ten backs with the hotline"
    );
    assert_eq!(text.matches(&squeeze("QR code: scan to call")).count(), 10);
}
