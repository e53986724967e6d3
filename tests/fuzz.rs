//! Property tests (proptest, bounded case counts): loading manifests, layouts and
//! Fluent files, and the text pipeline, on arbitrary input never panic.

mod common;

use flyer::diag::SourceFile;
use flyer::manifest::Manifest;
use flyer::spec::{Layout, Weight};
use flyer::text::ShapedParagraph;
use flyer::{Project, Session};
use proptest::prelude::*;
use std::sync::OnceLock;

fn session() -> &'static Session {
    static S: OnceLock<Session> = OnceLock::new();
    S.get_or_init(|| Session::open(Project::load(&common::repo()).unwrap()).unwrap())
}

/// Text mixing every script flyer ships fonts for, with spaces, digits, marks,
/// bidi controls, isolates, newlines and the odd unassigned code point.
fn mixed_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("Hello world ".to_string()),
        Just("طفلًا يقوم ".to_string()),
        Just("کودکان‌ ".to_string()),
        Just("ការកេងប្រវ័ញ្ច".to_string()),
        Just("બાળકોનું ".to_string()),
        Just("兒童商業性剝削，".to_string()),
        Just("아동 ".to_string()),
        Just("Tiếng Việt ".to_string()),
        Just("\u{2068}1-800-792-5200\u{2069}".to_string()),
        Just("\u{202E}\u{200F}\u{200D}\u{0301}".to_string()),
        Just("\n\t ".to_string()),
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(pieces, 0..12).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn the_text_pipeline_never_panics(text in mixed_text(), width in 0.5f32..60.0, rtl: bool) {
        let book = &session().book;
        let locale = if rtl { "ar" } else { "km" };
        match ShapedParagraph::new(&text, locale, rtl, Weight::Regular, book) {
            Ok(para) => {
                let ranges = para.break_lines(width);
                // Lines are in order and never overlap.
                for pair in ranges.windows(2) {
                    prop_assert!(pair[0].end <= pair[1].start);
                }
                let lines = para.lines(&ranges, book);
                prop_assert_eq!(lines.len(), ranges.len());
            }
            Err(missing) => {
                // Only characters no font has may fail, and the error names them.
                prop_assert!(missing.to_diagnostic().message.contains("U+"));
            }
        }
    }

    #[test]
    fn any_manifest_text_loads_or_fails_cleanly(text in "\\PC{0,400}") {
        let _ = Manifest::parse(&SourceFile::new("flyer.toml", text));
    }

    #[test]
    fn any_layout_text_loads_or_fails_cleanly(text in "\\PC{0,400}") {
        let _ = Layout::parse("fuzz", SourceFile::new("layouts/fuzz.toml", text));
    }

    #[test]
    fn mangled_real_files_fail_cleanly(cut in 0usize..4000, insert in "\\PC{0,8}") {
        for (name, file) in [("flyer.toml", "flyer.toml"), ("layout", "layouts/poster-letter.toml")] {
            let original = std::fs::read_to_string(common::repo().join(file)).unwrap();
            let mut at = cut.min(original.len());
            while !original.is_char_boundary(at) {
                at -= 1;
            }
            let text = format!("{}{}{}", &original[..at], insert, &original[at..]);
            let source = SourceFile::new(file, text);
            if name == "layout" {
                let _ = Layout::parse("poster-letter", source);
            } else if let Err(d) = Manifest::parse(&source) {
                prop_assert!(d.location.is_some(), "{}", d);
            }
        }
    }

    #[test]
    fn any_fluent_text_is_checked_without_panicking(text in "\\PC{0,300}") {
        let file = SourceFile::new("locales/xx/flyer.ftl", format!("m = {text}\n"));
        let _ = fluent_bundle::FluentResource::try_new(file.text.clone());
        let _ = flyer::rules::text::find_contact_data(&text);
        for offset in [0, text.len() / 2, text.len() + 5] {
            let _ = file.location(offset);
        }
    }
}
