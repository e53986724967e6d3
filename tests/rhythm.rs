//! Vertical rhythm and weight (issue 22, item 6): every line of a role on a
//! page is set at one pitch, within a paragraph and from one paragraph of a
//! block to the next, whatever glyphs each paragraph has; and a bold line
//! that mixes scripts is bold in every script (by the font names in the PDF).

mod common;

use flyer::document::{Document, Item, Role, TextLine};
use flyer::spec::Block;
use flyer::{BuildOptions, Builder, Project, Session};
use std::collections::BTreeMap;

/// Baselines closer than this (pt) are the same.
const SAME: f32 = 0.01;

fn session() -> Session {
    Session::open(Project::load(&common::repo()).unwrap()).unwrap()
}

fn document(session: &Session, layout: &str, locale: &str) -> Document {
    let opts = BuildOptions::default();
    let built = Builder::new(session, &opts).document(layout, locale);
    built
        .unwrap_or_else(|e| panic!("{layout}/{locale}: {e:?}"))
        .0
}

/// The layout role of paragraph `paragraph` of block `block` (a box's line
/// has its own); `None` for what no block of the spec sets (a running title).
fn role_of(session: &Session, layout: &str, block: usize, paragraph: usize) -> Option<String> {
    let layout = session.layout(layout).unwrap();
    match layout.spec.blocks.get(block)?.get_ref() {
        Block::Heading { role, .. } | Block::Paragraph { role, .. } | Block::List { role, .. } => {
            Some(role.clone())
        }
        Block::Banner { lines, .. } | Block::Callout { lines, .. } => {
            lines.get(paragraph).map(|l| l.role.clone())
        }
        _ => None,
    }
}

/// A kind of block and the half of the page its column is in (`None`: a
/// block of full width).
type BlockPlace = (&'static str, Option<bool>);

/// The pitches of one role on one page, in pt: from each line to the next in
/// a paragraph, and from the last line of a paragraph to the first of the
/// next in the same block, by the kind of block (paragraphs and list items
/// are spaced apart differently).
#[derive(Default, Debug)]
struct Pitches {
    within: Vec<(f32, String)>,
    between: BTreeMap<BlockPlace, Vec<(f32, String)>>,
}

/// The kind of block `block` of `layout` is.
fn kind_of(session: &Session, layout: &str, block: usize) -> &'static str {
    let layout = session.layout(layout).unwrap();
    match layout.spec.blocks[block].get_ref() {
        Block::List { .. } => "list",
        Block::Paragraph { .. } => "paragraph",
        _ => "box",
    }
}

/// Every role's pitches on every page of `layout` in `locale`, by (page, role).
fn pitches(session: &Session, layout: &str, locale: &str) -> BTreeMap<(usize, String), Pitches> {
    let doc = document(session, layout, locale);
    let mut found: BTreeMap<(usize, String), Pitches> = BTreeMap::new();
    for (page, model) in doc.pages.iter().enumerate() {
        // The text lines of each paragraph, in order; bullets share their
        // item's first baseline and are not lines of their own.
        let mut paragraphs: Vec<Vec<&TextLine>> = Vec::new();
        for item in &model.items {
            let Item::Text(line) = item else { continue };
            if matches!(
                line.role,
                Role::ListLabel | Role::FigureText | Role::Artifact
            ) {
                continue;
            }
            match paragraphs.last_mut() {
                Some(p) if p[0].block == line.block && p[0].paragraph == line.paragraph => {
                    p.push(line)
                }
                _ => paragraphs.push(vec![line]),
            }
        }
        for (i, lines) in paragraphs.iter().enumerate() {
            let first = lines[0];
            let Some(role) = role_of(session, layout, first.block, first.paragraph) else {
                continue;
            };
            let pitches = found.entry((page, role.clone())).or_default();
            for pair in lines.windows(2) {
                let pitch = pair[1].baseline - pair[0].baseline;
                pitches.within.push((pitch, line_text(pair[1])));
            }
            // The next paragraph of the block in the same role, when it follows
            // below in the same column (a list in two columns starts a column again).
            let last = lines[lines.len() - 1];
            let next = (paragraphs.get(i + 1).map(|p| p[0])).filter(|next| {
                next.block == first.block
                    && next.baseline > last.baseline
                    && role_of(session, layout, next.block, next.paragraph).as_ref() == Some(&role)
            });
            if let Some(next) = next {
                let pitch = next.baseline - last.baseline;
                // By kind and column: a balanced column opens up the space
                // between its paragraphs evenly, by its own amount. The column
                // is the half of the page the block is drawn in (a continued
                // page may flow one column's blocks over two).
                let kind = kind_of(session, layout, first.block);
                let spec = session.layout(layout).unwrap();
                let in_column = spec.spec.blocks[first.block].get_ref().column().is_some();
                let half = first.x >= spec.size.width.0 / 2.0;
                let between = (pitches.between)
                    .entry((kind, in_column.then_some(half)))
                    .or_default();
                between.push((pitch, line_text(next)));
            }
        }
    }
    found
}

fn line_text(line: &TextLine) -> String {
    line.text[line.line.range.clone()]
        .chars()
        .take(30)
        .collect()
}

/// Whether all `values` are within [`SAME`] of the first.
fn all_equal(values: &[(f32, String)]) -> bool {
    values.iter().all(|(v, _)| (v - values[0].0).abs() <= SAME)
}

#[test]
fn every_line_of_a_role_on_a_page_is_set_at_one_pitch() {
    let session = session();
    for locale in ["ar", "km", "en"] {
        let found = pitches(&session, "poster-letter", locale);
        // Enough to tell, over the poster's pages (a longer translation
        // continues on a second): several paragraphs of several lines.
        let body = || {
            (found.iter())
                .filter(|((_, role), _)| role == "body")
                .map(|(_, p)| p)
        };
        let within = body().map(|p| p.within.len()).sum::<usize>();
        assert!(within >= 4, "{locale}: {within} line pitches");
        let between = body()
            .flat_map(|p| p.between.values())
            .map(Vec::len)
            .sum::<usize>();
        assert!(between >= 4, "{locale}: {between} paragraph pitches");
        for ((page, role), p) in &found {
            let at = format!("poster-letter/{locale}, page {}, role {role}", page + 1);
            assert!(
                all_equal(&p.within),
                "{at}: line pitches differ: {:?}",
                p.within
            );
            for (kind, between) in &p.between {
                assert!(
                    all_equal(between),
                    "{at}: pitches between {kind:?}s differ: {between:?}"
                );
                // Paragraph spacing adds to the pitch, never takes from it.
                if let Some(w) = p.within.first() {
                    assert!(between[0].0 >= w.0 - SAME, "{at}: {p:?}");
                }
            }
        }
    }
}

/// The fonts (base names, subset tag dropped) of the text drawn on page 1 of
/// `pdf` at `size` pt with its baseline `baseline` pt below the trim's top.
fn fonts_drawing_at(pdf: &[u8], size: f32, baseline: f32) -> Vec<String> {
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let page = *doc.get_pages().values().next().unwrap();
    let dict = doc.get_dictionary(page).unwrap();
    let trim = (dict.get(b"TrimBox").or_else(|_| dict.get(b"MediaBox")))
        .and_then(|b| b.as_array())
        .unwrap();
    let y = trim[3]
        .as_float()
        .or_else(|_| trim[3].as_i64().map(|i| i as f32))
        .unwrap()
        - baseline;
    let names: BTreeMap<Vec<u8>, String> = (doc.get_page_fonts(page).unwrap().into_iter())
        .map(|(key, font)| {
            let base = font.get(b"BaseFont").unwrap().as_name().unwrap();
            let base = String::from_utf8_lossy(base).to_string();
            let without_tag = base.split_once('+').map_or(base.clone(), |(_, n)| n.into());
            (key, without_tag)
        })
        .collect();
    let content = lopdf::content::Content::decode(&doc.get_page_content(page)).unwrap();
    let number = |o: &lopdf::Object| o.as_float().or_else(|_| o.as_i64().map(|i| i as f32));
    let (mut font, mut font_size, mut line_y) = (None, 0.0, f32::NAN);
    let mut found = Vec::new();
    for op in content.operations {
        match op.operator.as_str() {
            "Tf" => {
                font = op.operands[0]
                    .as_name()
                    .ok()
                    .and_then(|n| names.get(n))
                    .cloned();
                font_size = number(&op.operands[1]).unwrap();
            }
            "Tm" => line_y = number(&op.operands[5]).unwrap(),
            "Tj" | "TJ" if (font_size - size).abs() < SAME && (line_y - y).abs() < 0.5 => {
                found.extend(font.clone())
            }
            _ => {}
        }
    }
    found.sort();
    found.dedup();
    found
}

/// The hotline box's label in Arabic and Dari holds the hotline's English
/// name: a bold role, set in Noto Naskh Arabic and Noto Sans, bold in both.
#[test]
fn a_bold_line_that_mixes_scripts_is_bold_in_every_script() {
    let session = session();
    let opts = BuildOptions::default();
    let builder = Builder::new(&session, &opts);
    for locale in ["ar", "fa-AF"] {
        let (doc, built) = builder.document("poster-letter", locale).unwrap();
        let label = (doc.pages[0].items.iter())
            .find_map(|item| match item {
                Item::Text(l) if l.message_id == "poster-hotline-label" => Some(l.clone()),
                _ => None,
            })
            .expect("the hotline label on page 1");
        assert!(
            label.text.contains("Hotline")
                && label
                    .text
                    .chars()
                    .any(|c| c.is_alphabetic() && !c.is_ascii()),
            "{locale}: the label mixes scripts: {:?}",
            label.text
        );
        let (pdf, _) = builder
            .render_document(&doc, built, "poster-letter", locale)
            .unwrap();
        let fonts = fonts_drawing_at(&pdf, label.size, label.baseline);
        assert_eq!(
            fonts,
            ["NotoNaskhArabic-Bold", "NotoSans-Bold"],
            "{locale}: the fonts of {:?}",
            label.text
        );
    }
}
