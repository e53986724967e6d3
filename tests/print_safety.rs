//! Print safety on every shipped output (issue 22), measured on the PDFs
//! rendered back at one pixel per point: no ink within 1/4 in of the trim of a
//! page without bleed, which office printers cannot print; white paper along
//! every perforation of card stock; and every card's text 3/16 in inside its
//! trim.

mod common;

use common::repo;
use flyer::document::{Document, Item, Role};
use flyer::{BuildOptions, Builder, Project, Session};

/// What office printers cannot print, from each edge: 1/4 in.
const OFFICE_MARGIN: f32 = 18.0;
/// What a card's text keeps from its trim: 3/16 in.
const CARD_SAFE: f32 = 13.5;
/// Anti-aliasing and hairline strokes (the draft marking's border is 0.75 pt,
/// centred on its box) may grey the pixel beside a line: 1 pt of tolerance.
const AA: f32 = 1.0;

/// A page rendered at 72 dpi: one pixel per point, RGB.
struct Raster {
    w: usize,
    h: usize,
    rgb: Vec<u8>,
}

impl Raster {
    fn pages(pdf: &[u8]) -> Vec<Raster> {
        let pngs = flyer::preview::pages(pdf, 72.0).unwrap();
        pngs.iter().map(|png| Raster::decode(png)).collect()
    }

    fn decode(png: &[u8]) -> Raster {
        let decoder = png::Decoder::new(std::io::Cursor::new(png));
        let mut reader = decoder.read_info().unwrap();
        let mut rgb = vec![0; reader.output_buffer_size().unwrap()];
        let frame = reader.next_frame(&mut rgb).unwrap();
        assert_eq!(frame.color_type, png::ColorType::Rgb);
        rgb.truncate(frame.buffer_size());
        Raster {
            w: frame.width as usize,
            h: frame.height as usize,
            rgb,
        }
    }

    /// Whether the pixel whose top left is at (x, y) pt carries ink: anything
    /// visibly darker than white paper.
    fn inked(&self, x: usize, y: usize) -> bool {
        let i = 3 * (y * self.w + x);
        self.rgb[i..i + 3].iter().any(|&c| c < 245)
    }

    /// The inked pixels, as their centres, for which `inside` holds.
    fn ink_where(&self, inside: impl Fn(f32, f32) -> bool) -> Vec<(f32, f32)> {
        let mut out = Vec::new();
        for y in 0..self.h {
            for x in 0..self.w {
                let centre = (x as f32 + 0.5, y as f32 + 0.5);
                if inside(centre.0, centre.1) && self.inked(x, y) {
                    out.push(centre);
                }
            }
        }
        out
    }
}

/// Every output of the shipped project's default build: its laid-out pages and
/// the PDF's pages rendered back.
fn every_output(mut check: impl FnMut(&str, &str, &Document, &[Raster])) {
    let s = Session::open(Project::load(&repo()).unwrap()).unwrap();
    let opts = BuildOptions::default();
    let builder = Builder::new(&s, &opts);
    let jobs = s.jobs(&opts).unwrap();
    assert!(jobs.len() > 150, "{} outputs", jobs.len());
    for (layout, locale) in jobs {
        let (doc, built) = builder
            .document(&layout, &locale)
            .unwrap_or_else(|d| panic!("{layout}/{locale}: {}", flyer::diag::render_all(&d)));
        let (pdf, _) = builder
            .render_document(&doc, built, &layout, &locale)
            .unwrap();
        check(&layout, &locale, &doc, &Raster::pages(&pdf));
    }
}

/// Whether (x, y) lies on a crop mark (a hairline in registration colour that
/// print-shop sheets draw outside each card's bleed, where the shop cuts).
fn on_crop_mark(items: &[Item], x: f32, y: f32) -> bool {
    items.iter().any(|item| match item {
        Item::CropMark { x1, y1, x2, y2 } => {
            let near = 1.5;
            x >= x1.min(*x2) - near
                && x <= x1.max(*x2) + near
                && y >= y1.min(*y2) - near
                && y <= y1.max(*y2) + near
        }
        _ => false,
    })
}

#[test]
fn no_ink_lies_within_a_quarter_inch_of_the_edge_of_a_page_without_bleed() {
    let band = OFFICE_MARGIN - AA;
    let (mut pages, mut at_the_line) = (0, 0);
    every_output(|layout, locale, doc, rasters| {
        for (n, (page, raster)) in doc.pages.iter().zip(rasters).enumerate() {
            if page.bleed > 0.0 {
                continue; // a print shop's page: its colour runs into the bleed
            }
            let (w, h) = (page.trim.width.0, page.trim.height.0);
            let size = (raster.w as f32, raster.h as f32);
            assert!(
                (size.0 - w).abs() <= 1.0 && (size.1 - h).abs() <= 1.0,
                "{size:?}"
            );
            let in_band = |x: f32, y: f32| x < band || y < band || x > w - band || y > h - band;
            let ink: Vec<_> = raster
                .ink_where(in_band)
                .into_iter()
                .filter(|&(x, y)| !on_crop_mark(&page.items, x, y))
                .collect();
            assert!(
                ink.is_empty(),
                "{layout}/{locale} page {}: ink within 1/4 in of the edge at {:?} (of {})",
                n + 1,
                &ink[..ink.len().min(5)],
                ink.len()
            );
            pages += 1;
            // A banner of a poster runs to the safe line (1/4 in), no further.
            let beside_line = |x: f32, _y: f32| (OFFICE_MARGIN..OFFICE_MARGIN + 2.0).contains(&x);
            if layout.starts_with("poster-") && !raster.ink_where(beside_line).is_empty() {
                at_the_line += 1;
            }
        }
    });
    assert!(pages > 200, "only {pages} pages without bleed");
    assert!(
        at_the_line >= 60,
        "only {at_the_line} poster pages with colour at the safe line"
    );
}

#[test]
fn perforated_card_stock_has_white_paper_along_every_perforation() {
    let s = Session::open(Project::load(&repo()).unwrap()).unwrap();
    let mut sheets = 0;
    every_output(|layout, locale, _doc, rasters| {
        let Some(Ok((sheet, template))) = s.sheets.get(layout) else {
            return;
        };
        if template.crop_marks {
            return; // cut by a print shop, through the bleed
        }
        let clear = template.inset.0 - AA;
        assert!(clear >= 3.0, "{layout}: inset {}", template.inset);
        for (side, raster) in rasters.iter().enumerate() {
            let slots = template.slots(sheet.duplex, side % 2 == 1);
            // Within `d` of a slot's edge (the perforation), along that slot.
            let near_edge = |x: f32, y: f32, d: f32| {
                slots.iter().any(|s| {
                    let along_x = x > s.x - d && x < s.x + s.w + d;
                    let along_y = y > s.y - d && y < s.y + s.h + d;
                    (along_y && ((x - s.x).abs() < d || (x - s.x - s.w).abs() < d))
                        || (along_x && ((y - s.y).abs() < d || (y - s.y - s.h).abs() < d))
                })
            };
            let ink = raster.ink_where(|x, y| near_edge(x, y, clear));
            assert!(
                ink.is_empty(),
                "{layout}/{locale} page {}: ink on a perforation at {:?}",
                side + 1,
                &ink[..ink.len().min(5)]
            );
            // The bands still come up to the inset, not short of it.
            let at_inset = |x: f32, y: f32| {
                near_edge(x, y, template.inset.0 + 2.0) && !near_edge(x, y, template.inset.0)
            };
            assert!(
                !raster.ink_where(at_inset).is_empty(),
                "{layout}/{locale} page {}: no colour reaches the inset",
                side + 1
            );
        }
        sheets += 1;
    });
    assert!(sheets >= 4 * 16 - 1, "only {sheets} perforated sheets");
}

#[test]
fn every_cards_text_lies_three_sixteenths_of_an_inch_inside_its_trim() {
    let mut lines = 0;
    // (how far past the safe line, where): all of them, the worst reported.
    let mut outside: Vec<(f32, String)> = Vec::new();
    every_output(|layout, locale, doc, _| {
        for (n, page) in doc.pages.iter().enumerate() {
            let (w, h) = (page.trim.width.0, page.trim.height.0);
            if w.max(h) > 306.0 {
                continue; // not a card (a sheet's cards are these same cards)
            }
            for item in &page.items {
                let Item::Text(t) = item else { continue };
                // The draft marking is not the card's text: it is printed
                // only on proofs of translations not yet reviewed.
                if t.role == Role::Artifact {
                    continue;
                }
                // The line's box: its faces' ascent and descent, its width.
                let (left, right) = (t.x, t.x + t.line.width * t.size);
                let top = t.baseline - t.line.ascent * t.size;
                let bottom = t.baseline + t.line.descent * t.size;
                let past = [
                    CARD_SAFE - left,
                    CARD_SAFE - top,
                    right - (w - CARD_SAFE),
                    bottom - (h - CARD_SAFE),
                ]
                .into_iter()
                .fold(f32::MIN, f32::max);
                if past > 0.01 {
                    let text = t.text.get(t.line.range.clone()).unwrap_or_default();
                    outside.push((
                        past,
                        format!("{layout}/{locale} page {}: {text:?} at ({left:.2}, {top:.2}, {right:.2}, {bottom:.2}) of {w} x {h}", n + 1),
                    ));
                }
                lines += 1;
            }
        }
    });
    outside.sort_by(|a, b| b.0.total_cmp(&a.0));
    let worst: Vec<String> = (outside.iter().take(8))
        .map(|(past, at)| format!("{past:.2} pt past the safe line: {at}"))
        .collect();
    assert!(
        outside.is_empty(),
        "{} lines of card text outside the 3/16 in safe zone, the worst:\n{}",
        outside.len(),
        worst.join("\n")
    );
    assert!(lines > 1000, "only {lines} lines of card text");
}
