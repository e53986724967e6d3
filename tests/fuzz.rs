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

/// 64 cases in `cargo test`; CI's longer pass sets PROPTEST_CASES.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(64)
}

/// Numbers a careless or hostile file may give: zero, negative, huge, tiny,
/// not a number, and the units flyer knows, quoted or bare.
fn extreme_number() -> impl Strategy<Value = String> {
    let value = prop_oneof![
        Just("0".to_string()),
        Just("-1".to_string()),
        Just("1e30".to_string()),
        Just("1e-30".to_string()),
        Just("nan".to_string()),
        Just("inf".to_string()),
        Just("99999999999".to_string()),
        (0u32..100_000).prop_map(|n| n.to_string()),
    ];
    let unit = prop_oneof![Just(""), Just("pt"), Just("in"), Just("mm")];
    (value, unit, any::<bool>()).prop_map(
        |(v, u, quoted)| {
            if quoted {
                format!("\"{v}{u}\"")
            } else {
                v
            }
        },
    )
}

/// Path-like and empty strings, for names and files.
fn path_like() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("../../etc/passwd".to_string()),
        Just("/dev/zero".to_string()),
        Just("+++".to_string()),
        Just("a/../../b".to_string()),
        Just("\u{0}".to_string()),
        "\\PC{0,20}",
    ]
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
        Just(String::new()),
        Just("   ".to_string()),
        Just("\u{0301}".to_string()),
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(pieces, 0..12).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

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
        // What flyer refuses before parsing is what would break fluent-syntax.
        if flyer::l10n::unparseable(&file.text).is_none() {
            let _ = fluent_bundle::FluentResource::try_new(file.text.clone());
        }
        let _ = flyer::rules::text::find_contact_data(&text, &Default::default());
        for offset in [0, text.len() / 2, text.len() + 5] {
            let _ = file.location(offset);
        }
    }

    #[test]
    fn layouts_with_extreme_numbers_load_or_fail_with_a_place(
        key in prop::sample::select(vec!["margin", "safe", "bleed", "gap", "pages", "size = [", "leading"]),
        value in extreme_number(),
    ) {
        let original = std::fs::read_to_string(common::repo().join("layouts/poster-letter.toml")).unwrap();
        let text = original
            .lines()
            .map(|l| if l.starts_with(key) {
                if key == "size = [" { format!("size = [{value}, {value}]") } else { format!("{key} = {value}") }
            } else { l.to_string() })
            .collect::<Vec<_>>()
            .join("\n");
        if let Err(d) = Layout::parse("poster-letter", SourceFile::new("layouts/poster-letter.toml", text)) {
            prop_assert!(d.location.is_some(), "{}", d);
        }
    }

    #[test]
    fn sheet_grids_with_extreme_numbers_are_refused_at_once(
        columns in extreme_number(), rows in extreme_number(), width in extreme_number(),
    ) {
        let text = format!("description = \"x\"\npaper = \"letter\"\ncard = {{ width = {width}, height = \"2in\" }}\ncolumns = {columns}\nrows = {rows}\norigin = {{ x = \"0.75in\", y = \"0.5in\" }}\n");
        let started = std::time::Instant::now();
        if let Ok(t) = flyer::impose::SheetTemplate::parse(&SourceFile::new("t.toml", text)) {
            // Whatever loads is a grid a sheet can hold.
            prop_assert!(t.columns * t.rows <= 10_000);
        }
        prop_assert!(started.elapsed().as_secs() < 2);
    }

    #[test]
    fn manifests_with_hostile_contact_data_load_or_fail_with_a_place(
        key in prop::sample::select(vec!["name", "phone", "dial", "organization", "url", "email", "address", "text", "out"]),
        value in path_like(),
    ) {
        let original = std::fs::read_to_string(common::repo().join("flyer.toml")).unwrap();
        let value = value.replace(['"', '\\'], "");
        let mut text: Vec<String> = original.lines().map(str::to_string).collect();
        if let Some(line) = text.iter_mut().find(|l| l.starts_with(&format!("{key} ="))) {
            *line = format!("{key} = \"{value}\"");
        } else {
            // A contact of that kind, at the end (a table of its own).
            text.push(format!("[contacts.fuzzed]\n{key} = \"{value}\""));
        }
        if let Err(d) = Manifest::parse(&SourceFile::new("flyer.toml", text.join("\n"))) {
            prop_assert!(d.location.is_some(), "{}", d);
        }
    }
}
