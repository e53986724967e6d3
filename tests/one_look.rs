//! One look in every language (issue 22, items 2 to 4), measured on the shipped
//! posters' document models: the bands and boxes with a fixed height sit in the
//! same place in every locale, every role stays within 10% of its largest size,
//! the columns of a page end level, and the hotline and 911 close the page as a
//! full-width action band, 911 at least as large as the number.

mod common;

use flyer::document::{Document, Item, TextLine};
use flyer::spec::{Block, Color, Layout};
use flyer::{BuildOptions, Builder, Project, Session};

const POSTERS: [&str; 3] = ["poster-letter", "poster-a4", "poster-tabloid"];

/// Positions closer than this (pt) are the same.
const SAME: f32 = 0.5;

fn session() -> Session {
    Session::open(Project::load(&common::repo()).unwrap()).unwrap()
}

fn document(session: &Session, layout: &str, locale: &str) -> (Document, flyer::build::Built) {
    let opts = BuildOptions::default();
    Builder::new(session, &opts)
        .document(layout, locale)
        .unwrap_or_else(|e| panic!("{layout}/{locale}: {e:?}"))
}

/// The filled boxes of `page` in colour `fill`, as (top, height) in pt.
fn boxes(doc: &Document, page: usize, fill: Color) -> Vec<(f32, f32)> {
    let items = doc.pages[page].items.iter();
    items
        .filter_map(|item| match item {
            Item::Rect {
                y,
                h,
                fill: Some(f),
                ..
            } if *f == fill => Some((*y, *h)),
            _ => None,
        })
        .collect()
}

fn color(layout: &Layout, name: &str) -> Color {
    layout.color(name).unwrap()
}

#[test]
fn the_bands_and_the_hotline_box_sit_in_the_same_place_in_every_locale() {
    let session = session();
    for name in POSTERS {
        let layout = session.layout(name).unwrap();
        let (header, hotline, alert) = (
            color(layout, "accent"),
            color(layout, "soft"),
            color(layout, "alert"),
        );
        let (en, _) = document(&session, name, "en");
        // All on page 1: a poster that continues keeps its action band there.
        let geometry = |d: &Document| {
            (
                boxes(d, 0, header),
                boxes(d, 0, hotline),
                boxes(d, 0, alert),
            )
        };
        let reference = geometry(&en);
        assert!(
            reference.0.len() == 1 && reference.1.len() == 1 && reference.2.len() == 1,
            "{name}/en: {reference:?}"
        );
        for locale in session.project.locale_codes() {
            let (doc, built) = document(&session, name, &locale);
            // The last resort, said in the fit-moves warning: not taken here.
            assert!(!built.moves.grown, "{name}/{locale}: a box made taller");
            let (head, box_, band) = geometry(&doc);
            for (what, ours, theirs) in [
                ("header band", &head, &reference.0),
                ("hotline box", &box_, &reference.1),
                ("911 band", &band, &reference.2),
            ] {
                let same = ours.len() == theirs.len()
                    && (ours.iter().zip(theirs.iter()))
                        .all(|(a, b)| (a.0 - b.0).abs() < SAME && (a.1 - b.1).abs() < SAME);
                assert!(
                    same,
                    "{name}/{locale}: {what} at {ours:?}, in en {theirs:?}"
                );
            }
        }
    }
}

#[test]
fn every_role_stays_within_ten_percent_of_its_largest_size() {
    let session = session();
    for name in POSTERS {
        let layout = session.layout(name).unwrap();
        for locale in session.project.locale_codes() {
            let (doc, _) = document(&session, name, &locale);
            for (role, size) in &doc.sizes {
                let largest = layout.role(role).max();
                assert!(
                    *size >= 0.9 * largest - 0.01,
                    "{name}/{locale}: {role} at {size} pt, its largest {largest} pt"
                );
            }
        }
    }
}

/// The title as drawn, not only its role's scale: a script with a size of its
/// own (Khmer, `script-size`) stays within 10% of that size's largest.
#[test]
fn every_title_is_drawn_within_ten_percent_of_its_scripts_largest_size() {
    let session = session();
    for name in POSTERS {
        let role = session.layout(name).unwrap().role("title");
        for locale in session.project.locale_codes() {
            let (doc, _) = document(&session, name, &locale);
            let lines = (doc.pages[0].items.iter()).filter_map(|item| match item {
                Item::Text(line) if line.block == 0 => Some(line),
                _ => None,
            });
            let mut seen = 0;
            for line in lines {
                let script = flyer::text::itemize::main_script(&line.text);
                let [largest, _] = role.band(script);
                assert!(
                    line.size >= 0.9 * largest - 0.01 && line.size <= largest + 0.01,
                    "{name}/{locale}: a {script} title line at {} pt, its largest {largest} pt",
                    line.size
                );
                seen += 1;
            }
            assert!(seen > 0, "{name}/{locale}: no title on page 1");
        }
    }
}

/// The text lines of `page` in blocks that have a column, split by column:
/// (column, the lowest baseline in it).
fn column_bottoms(session: &Session, name: &str, doc: &Document, page: usize) -> Vec<f32> {
    let layout = session.layout(name).unwrap();
    let mut bottoms = vec![f32::MIN; 2];
    let lines = doc.pages[page].items.iter().filter_map(|item| match item {
        Item::Text(line) => Some(line),
        _ => None,
    });
    let width = layout.size.width.0;
    for line in lines.filter(|l: &&TextLine| {
        (layout.spec.blocks.get(l.block)).is_some_and(|b| b.get_ref().column().is_some())
    }) {
        // Which half of the page the line is in (a column's list may itself
        // take two columns, inside its half).
        let half = usize::from(line.x >= width / 2.0);
        bottoms[half] = bottoms[half].max(line.baseline);
    }
    bottoms.into_iter().filter(|b| *b > f32::MIN).collect()
}

#[test]
fn the_columns_of_every_shipped_poster_are_both_filled_and_end_level() {
    let session = session();
    for name in POSTERS {
        for locale in session.project.locale_codes() {
            let (doc, _) = document(&session, name, &locale);
            for page in 0..doc.pages.len() {
                let bottoms = column_bottoms(&session, name, &doc, page);
                // A continued page flows what it has of one column over
                // both: no page is half empty.
                assert!(
                    bottoms.len() != 1,
                    "{name}/{locale} page {}: one column only, ending at {bottoms:?}",
                    page + 1
                );
                // Level on page 1, above the action band; a continued
                // poster's second page ends where its text does.
                if let ([a, b], 0) = (&bottoms[..], page) {
                    // A quarter inch, as the issue asks.
                    assert!(
                        (a - b).abs() <= 18.0,
                        "{name}/{locale} page {}: columns end at {a} and {b} pt",
                        page + 1
                    );
                }
            }
        }
    }
}

#[test]
fn the_hotline_and_911_close_the_page_and_911_is_as_large_as_the_number() {
    let session = session();
    for name in POSTERS {
        let layout = session.layout(name).unwrap();
        let blocks: Vec<&Block> = layout.spec.blocks.iter().map(|b| b.get_ref()).collect();
        let n = blocks.len();
        // The last two blocks: a full-width callout, then a banner.
        assert!(
            matches!(blocks[n - 2], Block::Callout { column: None, .. })
                && matches!(blocks[n - 1], Block::Banner { .. }),
            "{name}: the action band is not last"
        );
        let number = layout.role("hotline-number").max();
        let emergency = layout.role("emergency").max();
        assert!(
            emergency >= number,
            "{name}: 911 at {emergency} pt, the number at {number} pt"
        );
        // On the page: the 911 band's bottom is the page's bottom edge (the
        // colour's reach), and the hotline box is right above it.
        let (doc, _) = document(&session, name, "en");
        let page = &doc;
        let alert = boxes(page, 0, color(layout, "alert"));
        let soft = boxes(page, 0, color(layout, "soft"));
        let (band, hotline) = (alert[0], soft[0]);
        let height = layout.size.height.0;
        assert!(
            band.0 + band.1 >= height - layout.spec.page.safe.0 - SAME,
            "{name}: {band:?}"
        );
        let between = band.0 - (hotline.0 + hotline.1);
        assert!(
            (0.0..=20.0).contains(&between),
            "{name}: {between} pt between the box and the band"
        );
    }
}
