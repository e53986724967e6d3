//! Tagged PDF: the structure tree a screen reader walks. Read back with lopdf,
//! independently of the code that wrote it.

mod common;

use common::long::{long_project, Script};
use common::{notdef_count, pdf_marked_texts, repo, side_texts as texts, squeeze};
use flyer::spec::{Block, Side};
use flyer::{BuildOptions, Builder, Project, Session};
use lopdf::{Dictionary, Document, Object};
use std::collections::BTreeMap;

/// A structure element as read back: its type, language, alternative text, and
/// the text of its marked content and its descendants'.
#[derive(Debug)]
struct Element {
    kind: String,
    lang: Option<String>,
    alt: Option<String>,
    text: String,
    depth: usize,
}

fn name(d: &Dictionary, key: &[u8]) -> Option<String> {
    d.get(key)
        .ok()
        .and_then(|o| o.as_name().ok())
        .map(|n| String::from_utf8_lossy(n).into_owned())
}

fn text_string(d: &Dictionary, key: &[u8]) -> Option<String> {
    let bytes = d.get(key).ok()?.as_str().ok()?;
    Some(match bytes.strip_prefix(&[0xFE, 0xFF]) {
        Some(body) => String::from_utf16_lossy(
            &body
                .chunks(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect::<Vec<_>>(),
        ),
        None => String::from_utf8_lossy(bytes).into_owned(),
    })
}

/// The elements in reading order, and the MCIDs on each page no element claims.
fn structure(bytes: &[u8]) -> (Vec<Element>, String, usize) {
    let doc = Document::load_mem(bytes).unwrap();
    let pages: Vec<_> = doc.get_pages().values().copied().collect();
    let marked: BTreeMap<(usize, i64), String> = pdf_marked_texts(bytes)
        .into_iter()
        .filter_map(|(p, m, t)| Some(((p, m?), t)))
        .fold(BTreeMap::new(), |mut acc, (k, t)| {
            acc.entry(k).or_insert_with(String::new).push_str(&t);
            acc
        });
    let catalog = doc.catalog().unwrap();
    let lang = text_string(catalog, b"Lang").unwrap_or_default();
    let root = doc
        .get_dictionary(
            catalog
                .get(b"StructTreeRoot")
                .unwrap()
                .as_reference()
                .unwrap(),
        )
        .unwrap();
    let mut out = Vec::new();
    let mut claimed = std::collections::BTreeSet::new();
    fn walk(
        doc: &Document,
        node: &Object,
        depth: usize,
        pages: &[lopdf::ObjectId],
        marked: &BTreeMap<(usize, i64), String>,
        claimed: &mut std::collections::BTreeSet<(usize, i64)>,
        out: &mut Vec<Element>,
    ) -> String {
        let node = match node {
            Object::Reference(id) => doc.get_object(*id).unwrap(),
            other => other,
        };
        let Ok(d) = node.as_dict() else {
            return String::new();
        };
        if name(d, b"Type").as_deref() == Some("MCR") {
            let page = d.get(b"Pg").unwrap().as_reference().unwrap();
            let page = pages.iter().position(|p| *p == page).unwrap();
            let mcid = d.get(b"MCID").unwrap().as_i64().unwrap();
            claimed.insert((page, mcid));
            return marked.get(&(page, mcid)).cloned().unwrap_or_default();
        }
        let index = out.len();
        out.push(Element {
            kind: name(d, b"S").unwrap_or_default(),
            lang: text_string(d, b"Lang"),
            alt: text_string(d, b"Alt"),
            text: String::new(),
            depth,
        });
        let mut text = String::new();
        if let Ok(kids) = d.get(b"K") {
            let kids = match kids {
                Object::Array(a) => a.clone(),
                other => vec![other.clone()],
            };
            for k in &kids {
                if let Object::Integer(mcid) = k {
                    // A bare MCID is on the element's own page (/Pg).
                    let page = d.get(b"Pg").unwrap().as_reference().unwrap();
                    let page = pages.iter().position(|p| *p == page).unwrap();
                    claimed.insert((page, *mcid));
                    text.push_str(marked.get(&(page, *mcid)).map_or("", String::as_str));
                    continue;
                }
                text.push_str(&walk(doc, k, depth + 1, pages, marked, claimed, out));
            }
        }
        out[index].text = text.clone();
        text
    }
    walk(
        &doc,
        root.get(b"K").unwrap(),
        0,
        &pages,
        &marked,
        &mut claimed,
        &mut out,
    );
    let unclaimed = marked.keys().filter(|k| !claimed.contains(k)).count();
    (out, lang, unclaimed)
}

#[test]
fn a_poster_is_tagged_as_a_heading_paragraphs_and_lists_in_reading_order() {
    let s = Session::open(Project::load(&repo()).unwrap()).unwrap();
    for locale in ["en", "km", "ar"] {
        let (bytes, _) = Builder::new(&s, &BuildOptions::default())
            .render("poster-letter", locale)
            .unwrap();
        let (elements, lang, unclaimed) = structure(&bytes);
        assert_eq!(lang, locale);
        assert_eq!(unclaimed, 0, "{locale}: marked content no element claims");
        let count = |k: &str| elements.iter().filter(|e| e.kind == k).count();
        let layout = s.layout("poster-letter").unwrap();
        let blocks = || layout.spec.blocks.iter().map(|b| b.get_ref());
        let items: usize = blocks()
            .map(|b| match b {
                Block::List { items, .. } => items.len(),
                _ => 0,
            })
            .sum();
        let lists = blocks().filter(|b| matches!(b, Block::List { .. })).count();
        let headings = blocks()
            .filter(|b| matches!(b, Block::Heading { .. }))
            .count();
        assert_eq!(elements[0].kind, "Document");
        assert_eq!(count("H1"), 1, "{locale}");
        assert_eq!(count("H2"), headings, "{locale}");
        assert_eq!(count("L"), lists, "{locale}");
        assert_eq!(count("LI"), items, "{locale}");
        assert_eq!(count("LBody"), items, "{locale}");
        let messages = texts(&s, "poster-letter", Side::Main, locale);
        // The heading's text is the title; reading order is the layout's, so the
        // title comes first and the emergency line last, in Arabic too.
        let h1 = elements.iter().find(|e| e.kind == "H1").unwrap();
        assert_eq!(squeeze(&h1.text), squeeze(&messages["poster-title"]));
        let leaves: Vec<&Element> = elements
            .iter()
            .filter(|e| ["H1", "H2", "P", "LBody"].contains(&e.kind.as_str()))
            .collect();
        assert_eq!(leaves[0].kind, "H1");
        {
            let emergency = squeeze(&messages["poster-emergency"]);
            let at = leaves.iter().position(|e| squeeze(&e.text) == emergency);
            assert!(at.is_some(), "{locale}: the emergency line is one P");
            // The draft marking is decoration: on the page, not in the tree.
            let all: String = elements[0].text.clone();
            assert!(!squeeze(&all).contains(&squeeze("Draft translation")) || locale == "en");
        }
    }
}

#[test]
fn a_cards_qr_code_is_a_figure_with_its_alternative_text() {
    let s = Session::open(Project::load(&repo()).unwrap()).unwrap();
    let (bytes, _) = Builder::new(&s, &BuildOptions::default())
        .render("card-us", "es")
        .unwrap();
    let (elements, _, _) = structure(&bytes);
    let figures: Vec<&Element> = elements.iter().filter(|e| e.kind == "Figure").collect();
    assert_eq!(figures.len(), 1);
    let alt = &texts(&s, "card-us", Side::Main, "es")["qr-hotline-alt"];
    assert_eq!(
        figures[0].alt.as_deref(),
        Some(flyer::l10n::strip_isolates(alt).as_str())
    );
    assert!(figures[0].alt.as_ref().unwrap().contains("1-800-792-5200"));
    // The same text lies invisibly over the code (rendering mode 3), inside the
    // figure, so a search finds the code and a copy of it gives the number.
    let figure_text = squeeze(&figures[0].text);
    assert_eq!(figure_text, squeeze(alt));
    let doc = Document::load_mem(&bytes).unwrap();
    let page = doc.get_pages()[&2];
    let ops = doc.get_and_decode_page_content(page).unwrap().operations;
    let modes: Vec<i64> = ops
        .iter()
        .filter(|op| op.operator == "Tr")
        .map(|op| op.operands[0].as_i64().unwrap())
        .collect();
    assert!(
        !modes.is_empty() && modes.chunks(2).all(|m| m == [3, 0]),
        "{modes:?}"
    );
}

#[test]
fn the_second_language_of_a_bilingual_card_is_tagged_with_its_own_lang() {
    let s = Session::open(Project::load(&repo()).unwrap()).unwrap();
    let (bytes, _) = Builder::new(&s, &BuildOptions::default())
        .render("card-us-bilingual", "km")
        .unwrap();
    let (elements, lang, unclaimed) = structure(&bytes);
    assert_eq!((lang.as_str(), unclaimed), ("km", 0));
    let english = texts(&s, "card-us-bilingual", Side::Pair, "en");
    let khmer = texts(&s, "card-us-bilingual", Side::Main, "km");
    // Every element is in the language its text is in: an English element (or an
    // element inside one) carries /Lang en, a Khmer one inherits km.
    let mut current: Vec<Option<String>> = Vec::new();
    let (mut en, mut km) = (0, 0);
    for e in &elements {
        current.truncate(e.depth);
        let inherited = e
            .lang
            .clone()
            .or_else(|| current.iter().flatten().last().cloned());
        current.push(e.lang.clone());
        if !["P", "LBody", "H1"].contains(&e.kind.as_str()) {
            continue;
        }
        let text = squeeze(&e.text);
        let in_khmer = khmer.values().any(|t| squeeze(t) == text);
        if in_khmer && english.values().any(|t| squeeze(t) == text) {
            continue; // the hotline number reads the same in both
        }
        if !in_khmer {
            assert!(english.values().any(|t| squeeze(t) == text), "{text}");
            assert_eq!(inherited.as_deref(), Some("en"), "{text}");
            en += 1;
        } else {
            assert_eq!(inherited, None, "{text}");
            km += 1;
        }
    }
    assert!(en >= 5 && km >= 5, "en {en}, km {km}");
}

/// The /Lang of every `/Span` marked-content sequence in a PDF's pages.
fn span_langs(bytes: &[u8]) -> Vec<String> {
    let doc = Document::load_mem(bytes).unwrap();
    let mut langs = Vec::new();
    for page in doc.get_pages().values() {
        for op in doc.get_and_decode_page_content(*page).unwrap().operations {
            let props = op.operands.get(1).and_then(|o| o.as_dict().ok());
            if op.operator == "BDC" {
                if let Some(lang) = props.and_then(|d| text_string(d, b"Lang")) {
                    langs.push(lang);
                }
            }
        }
    }
    langs
}

#[test]
fn an_english_name_inside_a_translation_is_marked_as_english() {
    let s = Session::open(Project::load(&repo()).unwrap()).unwrap();
    let opts = BuildOptions::default();
    let hotline = s
        .project
        .manifest
        .contacts
        .get("hotline")
        .unwrap()
        .name
        .as_ref()
        .unwrap();
    for locale in ["ar", "es", "km"] {
        let (bytes, _) = Builder::new(&s, &opts)
            .render("poster-letter", locale)
            .unwrap();
        // Every message that names the hotline gives at least one English span.
        let naming = texts(&s, "poster-letter", Side::Main, locale)
            .values()
            .filter(|t| t.contains(hotline.as_str()))
            .count();
        let langs = span_langs(&bytes);
        assert!(naming >= 2, "{locale}: {naming}");
        assert!(langs.len() >= naming, "{locale}: {langs:?}");
        assert!(langs.iter().all(|l| l == "en"), "{locale}: {langs:?}");
    }
    // In English, nothing is in another language.
    let (bytes, _) = Builder::new(&s, &opts)
        .render("poster-letter", "en")
        .unwrap();
    assert!(span_langs(&bytes).is_empty());
}

/// The operators of every page's content, as strings.
fn operators(doc: &Document) -> Vec<String> {
    doc.get_pages()
        .values()
        .flat_map(|id| doc.get_and_decode_page_content(*id).unwrap().operations)
        .map(|op| op.operator)
        .collect()
}

#[test]
fn pdfa_adds_an_srgb_output_intent_and_its_identification_and_drops_device_cmyk() {
    let s = Session::open(Project::load(&repo()).unwrap()).unwrap();
    let pdfa = BuildOptions {
        pdfa: true,
        ..BuildOptions::default()
    };
    for (opts, is_pdfa) in [(&pdfa, true), (&BuildOptions::default(), false)] {
        let (bytes, _) = Builder::new(&s, opts)
            .render("sheet-print-shop-letter", "km")
            .unwrap();
        let doc = Document::load_mem(&bytes).unwrap();
        let catalog = doc.catalog().unwrap();
        let xmp = doc
            .get_object(catalog.get(b"Metadata").unwrap().as_reference().unwrap())
            .unwrap()
            .as_stream()
            .unwrap()
            .content
            .clone();
        let xmp = String::from_utf8(xmp).unwrap();
        let ops = operators(&doc);
        if !is_pdfa {
            assert!(common::output_intents(&doc).is_empty());
            assert!(!xmp.contains("pdfaid"));
            // Crop marks in registration colour: all four inks.
            assert!(ops.iter().any(|o| o == "K"));
            continue;
        }
        let intents = common::output_intents(&doc);
        let (subtype, _, components, icc) = &intents[0];
        assert_eq!((subtype.as_str(), *components), ("GTS_PDFA1", 3));
        assert_eq!(&icc[16..20], b"RGB ");
        assert_eq!(&icc[36..40], b"acsp");
        assert_eq!(&icc[8..10], &[4, 0x20], "ICC 4.2");
        assert!(xmp.contains("<pdfaid:part>2</pdfaid:part>"));
        assert!(xmp.contains("<pdfaid:conformance>U</pdfaid:conformance>"));
        assert!(xmp.contains("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"));
        assert!(!ops.iter().any(|o| o == "K" || o == "k"), "no device CMYK");
    }
}

// A translation 1.6 times the English length gets every poster, in Latin and in
// scripts flyer does not ship (Malayalam, Sinhala, Lao, from the fixture fonts):
// on one page where any fit move allows it, on two otherwise, every message
// tagged once, in reading order across the pages, with no missing glyph. (No two
// lines collide: the build refuses an output whose lines do, and
// tests/line_collisions.rs measures these projects too.)

const LONG_POSTERS: [&str; 4] = [
    "poster-letter",
    "poster-a4",
    "poster-tabloid",
    "poster-tabloid-bilingual",
];

/// The text of a PDF's structure tree in reading order (artifacts such as
/// page 2's running title left out), without white space.
fn tagged_text(pdf: &[u8]) -> String {
    let (elements, _, unclaimed) = structure(pdf);
    assert_eq!(unclaimed, 0, "marked content no element claims");
    squeeze(&elements[0].text)
}

/// Where each of `side`'s messages of `layout` is found in `text`: the first
/// one missing or out of reading order, if any. Reading order is the blocks'
/// within each column (full-width blocks are one more): a row of columns reads
/// down its first column, then its second.
fn out_of_order(
    session: &Session,
    layout: &str,
    side: Side,
    locale: &str,
    text: &str,
) -> Option<String> {
    let texts = texts(session, layout, side, locale);
    let spec = session.layout(layout).unwrap();
    let mut at: BTreeMap<Option<usize>, usize> = BTreeMap::new();
    for block in spec.spec.blocks.iter().map(|b| b.get_ref()) {
        let column = at.entry(block.column()).or_default();
        for (id, _) in block
            .message_sides()
            .into_iter()
            .filter(|(_, s)| *s == side)
        {
            let Some(message) = texts.get(id.as_str()) else {
                continue;
            };
            let want = squeeze(&flyer::l10n::strip_isolates(message));
            match text[*column..].find(&want) {
                Some(found) => *column += found + want.len(),
                None => return Some(format!("{id} ({want:?}) after byte {column}")),
            }
        }
    }
    None
}

#[test]
fn a_translation_sixty_percent_longer_gets_every_poster_in_every_script() {
    for script in Script::ALL {
        let project = long_project(script, 1.6);
        let session = project.session();
        let locale = project.locale();
        let opts = BuildOptions::default();
        for layout in LONG_POSTERS {
            let output = format!("{layout}/{locale}");
            let (pdf, built) = Builder::new(&session, &opts)
                .render(layout, locale)
                .unwrap_or_else(|d| panic!("{output} failed:\n{}", flyer::diag::render_all(&d)));
            // One page, or two when the text continued, and said so.
            assert!(
                matches!(built.pages, 1 | 2),
                "{output}: {} pages",
                built.pages
            );
            assert_eq!(
                built.moves.continued,
                built.pages == 2,
                "{output}: {:?}",
                built.moves
            );
            assert_eq!(notdef_count(&pdf), 0, "{output}");
            let text = tagged_text(&pdf);
            let sides: &[Side] = match session.layout(layout).unwrap().is_bilingual() {
                true => &[Side::Main, Side::Pair],
                false => &[Side::Main],
            };
            for &side in sides {
                let locale = if side == Side::Main { locale } else { "en" };
                if let Some(wrong) = out_of_order(&session, layout, side, locale, &text) {
                    panic!("{output}: {wrong} is missing or out of reading order");
                }
            }
        }
    }
}
