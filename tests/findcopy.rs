//! Text every reader can find and copy (issue 21): lines of the shipped posters,
//! extracted as pdf.js reads them (ToUnicode only) and as PDFium and poppler read
//! them (with /ActualText), against the translator's text.

mod common;

use common::{pdf_text_read_by, repo, side_texts, squeeze, Reader};
use flyer::{BuildOptions, Builder, Project, Session};
use std::sync::OnceLock;

fn session() -> &'static Session {
    static SESSION: OnceLock<Session> = OnceLock::new();
    SESSION.get_or_init(|| Session::open(Project::load(&repo()).unwrap()).unwrap())
}

fn poster(locale: &str) -> Vec<u8> {
    Builder::new(session(), &BuildOptions::default())
        .render("poster-letter", locale)
        .unwrap_or_else(|d| panic!("{locale}: {}", flyer::diag::render_all(&d)))
        .0
}

/// The message's text as the reader extracts it, white space aside.
fn message(locale: &str, id: &str) -> String {
    let texts = side_texts(session(), "poster-letter", flyer::spec::Side::Main, locale);
    squeeze(&texts[id])
}

fn controls(text: &str) -> usize {
    text.chars()
        .filter(|c| matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}'))
        .count()
}

/// Every message of `ids` is in the text `reader` extracts from the poster.
fn reads(locale: &str, ids: &[&str], reader: Reader) -> String {
    let text = pdf_text_read_by(&poster(locale), reader);
    let squeezed = squeeze(&text);
    for id in ids {
        let want = message(locale, id);
        assert!(
            squeezed.contains(&want),
            "{locale}: {id} not read: {want:?}"
        );
    }
    text
}

#[test]
fn a_khmer_poster_reads_right_by_tounicode_alone_and_with_actualtext() {
    let ids = ["poster-definition", "poster-victims"];
    for reader in [Reader::ToUnicodeOnly, Reader::WithActualText] {
        let text = reads("km", &ids, reader);
        assert_eq!(controls(&text), 0);
    }
}

#[test]
fn a_gujarati_poster_reads_right_by_tounicode_alone_and_with_actualtext() {
    let ids = ["poster-definition", "poster-emergency"];
    for reader in [Reader::ToUnicodeOnly, Reader::WithActualText] {
        let text = reads("gu", &ids, reader);
        assert_eq!(controls(&text), 0);
    }
}

#[test]
fn arabic_and_dari_with_an_english_name_read_right_by_both_readers_without_controls() {
    // poster-action-call holds the hotline's English name; poster-definition
    // a word ending in tanwin (ar "شخصٌ"), Dari words with a zero-width
    // non-joiner, which their spelling needs.
    for locale in ["ar", "fa-AF"] {
        for reader in [Reader::ToUnicodeOnly, Reader::WithActualText] {
            let text = reads(locale, &["poster-action-call", "poster-definition"], reader);
            assert!(text.contains("Child-at-Risk Hotline"), "{locale}");
            let joiners = text.matches('\u{200C}').count();
            assert_eq!(controls(&text) - joiners, 0, "{locale} {reader:?}");
        }
    }
    let text = pdf_text_read_by(&poster("fa-AF"), Reader::ToUnicodeOnly);
    assert!(
        text.contains("می\u{200C}گیرد"),
        "the word with its non-joiner"
    );
}

/// Scripts flyer does not ship, with their Noto fonts from Debian (Malayalam's
/// conjuncts and split vowels, Sinhala's, Lao's marks above and below), read
/// as well as the shipped ones: by ToUnicode alone, and with /ActualText.
#[test]
fn scripts_the_project_does_not_ship_read_right_by_both_readers() {
    use common::long::{long_project, Script};
    for script in [Script::Malayalam, Script::Sinhala, Script::Lao] {
        let project = long_project(script, 1.0);
        let session = project.session();
        let locale = project.locale();
        let bytes = Builder::new(&session, &BuildOptions::default())
            .render("poster-letter", locale)
            .unwrap_or_else(|d| panic!("{locale}: {}", flyer::diag::render_all(&d)))
            .0;
        let texts = side_texts(&session, "poster-letter", flyer::spec::Side::Main, locale);
        for reader in [Reader::ToUnicodeOnly, Reader::WithActualText] {
            let text = pdf_text_read_by(&bytes, reader);
            assert_eq!(controls(&text), 0, "{locale}");
            let squeezed = squeeze(&text);
            for id in ["poster-definition", "poster-victims", "poster-emergency"] {
                let want = squeeze(&texts[id]);
                assert!(
                    squeezed.contains(&want),
                    "{locale} ({reader:?}): {id} not read: {want:?}"
                );
            }
        }
    }
}
