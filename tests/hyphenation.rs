//! Hyphenation (issue 20's fit move): a hyphenated paragraph breaks long words at
//! their patterns' points only when they do not fit, measures and draws the
//! hyphen, never breaks a placeable, a number or an address, leaves languages
//! and scripts without hyphenation alone, and its PDF extracts the words whole.

mod common;

use common::{pdf_text, repo, squeeze};
use flyer::document::{Document, Item, PageModel, Role, TextLine};
use flyer::spec::{Color, Weight};
use flyer::text::fonts::FontBook;
use flyer::text::{Line, ShapedParagraph};
use flyer::units::{Pt, Size};
use std::ops::Range;
use std::sync::{Arc, OnceLock};

/// The project's fonts, as the flyers are printed in.
fn book() -> &'static FontBook {
    static BOOK: OnceLock<FontBook> = OnceLock::new();
    BOOK.get_or_init(|| {
        let root = repo();
        let project = flyer::Project::load(&root).expect("flyer.toml loads");
        let folders = [(root.join("fonts"), std::path::PathBuf::from("fonts"))];
        FontBook::load(&project, &folders, &project.manifest.fonts).expect("fonts load")
    })
}

fn shaped(text: &str, locale: &str) -> ShapedParagraph {
    let rtl = locale == "ar";
    ShapedParagraph::new(text, locale, rtl, Weight::Regular, book()).unwrap()
}

/// From the English poster (locales/en/flyer.ftl), the organization's name a placeable.
const ENGLISH: &str = "\u{2068}Children's Cove\u{2069} provides a coordinated and \
    victim-centered response to all victims of child sexual exploitation and \
    trafficking in partnership with state agencies and community providers.";

/// From the Russian poster.
const RUSSIAN: &str = "Вам не нужно знать, кто может быть виновен, или иметь \
    подтверждённые доказательства эксплуатации — достаточно обоснованного подозрения.";

/// Whether a line ending at `end` ends inside a word (between two letters).
fn inside_word(text: &str, end: usize) -> bool {
    let before = text[..end].chars().next_back();
    let after = text[end..].chars().next();
    before.is_some_and(char::is_alphabetic) && after.is_some_and(char::is_alphabetic)
}

/// The word of `text` around byte `at` (letters only).
fn word_at(text: &str, at: usize) -> Range<usize> {
    let start = text[..at]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(at, |(i, _)| i);
    let end = text[at..]
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(text.len(), |(i, _)| at + i);
    start..end
}

/// The glyph a hyphen is drawn with in `line`'s last run, if it ends with one:
/// a glyph that stands for no text.
fn drawn_hyphen(line: &Line) -> Option<u16> {
    let last = line.runs.last()?.glyphs.last()?;
    last.cluster.is_empty().then_some(last.gid)
}

/// The glyph id of `c` in the face `line`'s last run is set in.
fn glyph_of(line: &Line, c: char) -> u16 {
    let face = book().face(line.runs.last().unwrap().face);
    let text = c.to_string();
    let glyphs = flyer::text::shape::shape_run(&text, 0..text.len(), face, false, "Latn", "en");
    glyphs[0].gid
}

/// Checks a hyphenated paragraph broken at `width` em, first fit alone and
/// with its last lines rebalanced, and returns the words it broke, as (before
/// the hyphen, after it).
fn check_hyphenated(p: &ShapedParagraph, width: f32, lang: hypher::Lang) -> Vec<(String, String)> {
    let h = p
        .hyphenated(book())
        .expect("the paragraph has hyphenation points");
    let first_fit = h.first_fit_lines(width);
    // First fit ends a line with a hyphen only where the word (up to the next
    // space) does not fit on it.
    for range in first_fit.iter().filter(|r| inside_word(&h.text, r.end)) {
        let space = h.text[range.end..].find(char::is_whitespace);
        let word_end = space.map_or(h.text.len(), |i| range.end + i);
        let text = &h.text[range.clone()];
        assert!(
            p.width(range.start..word_end) > width + 1e-4,
            "{text:?}: the whole word fitted"
        );
    }
    let mut broken = check_lines(p, &h, &first_fit, width, lang);
    broken.extend(check_lines(p, &h, &h.break_lines(width), width, lang));
    broken
}

/// Checks the lines `ranges` of `h`, the hyphenated `p`, at `width` em: each
/// fits, is drawn as wide as measured, and ends with a hyphen exactly when it
/// ends inside a word, at a point of `lang`'s patterns.
fn check_lines(
    p: &ShapedParagraph,
    h: &ShapedParagraph,
    ranges: &[Range<usize>],
    width: f32,
    lang: hypher::Lang,
) -> Vec<(String, String)> {
    // Nothing lost or added: the lines, joined, are the paragraph.
    let joined: String = ranges.iter().map(|r| &h.text[r.clone()]).collect();
    assert_eq!(joined, p.text);
    let mut broken = Vec::new();
    for (range, line) in ranges.iter().zip(h.lines(ranges, book())) {
        let text = &h.text[range.clone()];
        let measured = h.width(range.clone());
        assert!(measured <= width + 1e-4, "{text:?} wider than {width} em");
        assert!(
            (line.width - measured).abs() < 1e-3,
            "{text:?}: drawn {} em, measured {measured} em",
            line.width
        );
        if !inside_word(&h.text, range.end) {
            assert_eq!(drawn_hyphen(&line), None, "{text:?} ends with no hyphen");
            continue;
        }
        // A hyphen, U+2010 in these faces, is drawn at the end and measured.
        assert_eq!(
            drawn_hyphen(&line),
            Some(glyph_of(&line, '\u{2010}')),
            "{text:?}"
        );
        let hyphen = measured - p.width(range.clone());
        assert!(hyphen > 0.1, "{text:?}: the hyphen adds {hyphen} em");
        // At a point of the language's patterns (hypher's own syllables).
        let word = word_at(&h.text, range.end);
        let syllables: Vec<&str> = hypher::hyphenate(&h.text[word.clone()], lang).collect();
        let mut at = word.start;
        let points: Vec<usize> = syllables
            .iter()
            .map(|s| {
                at += s.len();
                at
            })
            .collect();
        assert!(
            points.contains(&range.end),
            "{text:?} breaks {:?} off its syllables {syllables:?}",
            &h.text[word.clone()]
        );
        broken.push((
            h.text[word.start..range.end].to_string(),
            h.text[range.end..word.end].to_string(),
        ));
    }
    broken
}

/// Column widths in em, by half an em, from the narrowest every line of the
/// hyphenated `p` fits in (its widest piece that cannot break: "victim-centered")
/// to 10 em wider.
fn columns(p: &ShapedParagraph) -> impl Iterator<Item = f32> {
    let narrowest = p.hyphenated(book()).unwrap().widest_line(0.0);
    (0..=20).map(move |step| narrowest + step as f32 * 0.5)
}

#[test]
fn a_narrow_english_paragraph_breaks_long_words_at_their_pattern_points() {
    let p = shaped(ENGLISH, "en");
    let mut broken = Vec::new();
    for width in columns(&p) {
        broken.extend(check_hyphenated(&p, width, hypher::Lang::English));
    }
    assert!(broken.len() >= 5, "{broken:?}");
    for (before, after) in &broken {
        assert!(
            before.chars().count() >= 2 && after.chars().count() >= 3,
            "{before}-{after}"
        );
        // Never a word of fewer than 6 letters.
        assert!(
            before.chars().count() + after.chars().count() >= 6,
            "{before}-{after}"
        );
    }
}

#[test]
fn the_unhyphenated_paragraph_is_untouched() {
    let p = shaped(ENGLISH, "en");
    let h = p.hyphenated(book()).unwrap();
    for step in 0..=16 {
        let width = 6.0 + step as f32 * 0.5;
        let plain = p.break_lines(width);
        assert!(plain.iter().all(|r| !inside_word(&p.text, r.end)));
        assert!(p
            .lines(&plain, book())
            .iter()
            .all(|l| drawn_hyphen(l).is_none()));
        // Never more lines with hyphens than without.
        assert!(h.break_lines(width).len() <= plain.len(), "{width} em");
    }
    // On one line, nothing is hyphenated.
    let one_line = p.natural_width();
    let whole = 0..p.text.len();
    assert_eq!(h.break_lines(one_line), vec![whole]);
    assert_eq!(h.widest_line(one_line), p.widest_line(one_line));
}

#[test]
fn russian_hyphenates_with_its_own_patterns() {
    let p = shaped(RUSSIAN, "ru");
    let mut broken = Vec::new();
    for width in columns(&p) {
        broken.extend(check_hyphenated(&p, width, hypher::Lang::Russian));
    }
    assert!(!broken.is_empty());
    assert!(
        broken.iter().all(|(b, a)| (b.clone() + a)
            .chars()
            .all(|c| ('а'..='я').contains(&c) || c == 'ё')),
        "{broken:?}"
    );
}

#[test]
fn no_hyphen_inside_a_placeable_a_number_or_an_address() {
    let text = "Visit \u{2068}Massachusetts Commonwealth Administration\u{2069} or \
        https://example.org/exploitation-information or call \u{2068}18007925200\u{2069} \
        about COVID19vaccinations and information.";
    let p = shaped(text, "en");
    let h = p
        .hyphenated(book())
        .expect("\"information\" can be hyphenated");
    let protected = [
        "\u{2068}Massachusetts Commonwealth Administration\u{2069}",
        "https://example.org/exploitation-information",
        "COVID19vaccinations",
    ]
    .map(|s| {
        let start = text.find(s).unwrap();
        start..start + s.len()
    });
    for step in 0..=24 {
        let width = 2.0 + step as f32 * 0.5;
        let ranges = h.break_lines(width);
        for (range, line) in ranges.iter().zip(h.lines(&ranges, book())) {
            if drawn_hyphen(&line).is_some() {
                assert!(
                    !protected
                        .iter()
                        .any(|s| s.start < range.end && range.end < s.end),
                    "{width} em: {:?} ends with a hyphen",
                    &text[range.clone()]
                );
                assert_eq!(&text[word_at(text, range.end)], "information");
            }
        }
    }
}

#[test]
fn languages_and_scripts_without_hyphenation_are_never_hyphenated() {
    for (locale, text) in [
        ("vi", "Quý vị không cần biết ai có thể chịu trách nhiệm, hoặc có bằng chứng xác thực về việc bóc lột"),
        ("so", "Uma baahnid inaad ogaato cidda masuuliyadda leh ama inaad haysato caddeyn la xaqiijiyay"),
        ("ht", "Ou pa bezwen konnen kiyès ki ka responsab, ni gen prèv konfime sou eksplwatasyon"),
        ("km", "លោកអ្នកមិនចាំបាច់ដឹងថាអ្នកណាជាអ្នកទទួលខុសត្រូវ ឬមានភស្តុតាងច្បាស់លាស់ថាការកេងប្រវ័ញ្ចកំពុងកើតឡើងនោះទេ"),
        ("ar", "من خلال \u{2068}Children's Cove\u{2069}، تُقدَّم استجابة منسّقة تضع احتياجات الضحية أولًا"),
        ("zh-Hant", "您不需要知道誰可能是責任人，也不需要有確鑿證據證明剝削正在發生"),
        ("zh-Hans", "您不需要知道谁可能是责任人，也不需要有确凿证据证明剥削正在发生"),
    ] {
        assert!(shaped(text, locale).hyphenated(book()).is_none(), "{locale}");
    }
}

/// The names flyer.toml gives the messages (the organization, the hotline) reach
/// the text as placeables, in every hyphenated locale's poster: no hyphenation
/// point falls inside one.
#[test]
fn names_from_flyer_toml_are_never_hyphenated() {
    let session = flyer::Session::open(flyer::Project::load(&repo()).unwrap()).unwrap();
    let layout = session.layout("poster-letter").unwrap();
    let names = ["Children's Cove", "Child-at-Risk Hotline"];
    let mut seen = 0;
    for locale in ["en", "es", "fr", "pt-BR", "ru"] {
        let localizer = session.localizer(locale, false).unwrap();
        let (texts, _) =
            flyer::build::layout_texts(layout, flyer::spec::Side::Main, &localizer).unwrap();
        for (id, text) in &texts {
            let keep = flyer::text::linebreak::opportunities(text, locale).keep;
            let points = flyer::text::hyphenate::points(text, locale, &keep);
            for name in names {
                for (at, _) in text.match_indices(name) {
                    seen += 1;
                    assert!(
                        text[..at].ends_with('\u{2068}'),
                        "{locale} {id}: {name} is no placeable"
                    );
                    let inside = at..at + name.len();
                    assert!(
                        !points.iter().any(|p| inside.contains(p)),
                        "{locale} {id}: {name} hyphenated"
                    );
                }
            }
        }
    }
    assert!(seen >= 10, "only {seen} names found");
}

/// A page of `p`'s lines at `width` em, 10 pt type, as the layout would place them.
fn page_of(p: &ShapedParagraph, width: f32) -> Document {
    let ranges = p.break_lines(width);
    let text: Arc<str> = Arc::from(p.text.as_str());
    let items = p
        .lines(&ranges, book())
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            Item::Text(TextLine {
                x: 36.0,
                baseline: 48.0 + i as f32 * 13.0,
                size: 10.0,
                color: Color::BLACK,
                line,
                text: text.clone(),
                lang: p.locale.clone(),
                foreign: Vec::new().into(),
                role: Role::Paragraph,
                block: 0,
                paragraph: 0,
                message_id: "about".into(),
            })
        })
        .collect();
    Document {
        title: "Hyphenation".into(),
        lang: p.locale.clone(),
        pages: vec![PageModel {
            trim: Size {
                width: Pt(200.0),
                height: Pt(400.0),
            },
            bleed: 0.0,
            items,
        }],
        fit: 1.0,
        sizes: Default::default(),
        moves: Default::default(),
    }
}

#[test]
fn a_hyphenated_paragraph_extracts_to_its_words_whole() {
    let p = shaped(ENGLISH, "en").hyphenated(book()).unwrap();
    let width = 9.0;
    let ranges = p.break_lines(width);
    let hyphens = ranges
        .iter()
        .filter(|r| inside_word(&p.text, r.end))
        .count();
    assert!(
        hyphens >= 2,
        "{:?}",
        ranges
            .iter()
            .map(|r| &p.text[r.clone()])
            .collect::<Vec<_>>()
    );
    let pdf = flyer::pdf::render(&page_of(&p, width), book(), &Default::default()).unwrap();
    // Read as a reader honouring /ActualText does: each line's text as written,
    // a hyphenated word's part with no hyphen.
    let text = pdf_text(&pdf);
    // (A space after a placeable ending a line is drawn, as before hyphenation.)
    let read: Vec<&str> = text.lines().map(str::trim_end).collect();
    let written: Vec<String> = ranges
        .iter()
        .map(|r| flyer::l10n::strip_isolates(p.text[r.clone()].trim_end()))
        .collect();
    assert_eq!(read, written);
    assert!(read.iter().any(|l| l.ends_with("coordi")), "{read:?}");
    assert_eq!(squeeze(&text), squeeze(ENGLISH));
    // Kept to be looked at (pdftoppm) and read by other tools (pdftotext, PDFium).
    let kept = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("hyphenated-en.pdf");
    std::fs::write(kept, &pdf).unwrap();
}
