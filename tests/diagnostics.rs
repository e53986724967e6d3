//! Bad input gives a clear error naming where the problem is, a non-zero exit, and
//! no PDF for the output it concerns; the other outputs still build.

mod common;

use common::{stderr, Scratch};

fn exit_code(out: &std::process::Output) -> i32 {
    out.status.code().expect("flyer exits, it does not crash")
}

#[test]
fn a_broken_manifest_names_its_line_and_column() {
    let p = Scratch::new("manifest");
    p.edit("flyer.toml", "number = \"911\"", "number = 911 oops");
    let out = p.flyer(&["build"]);
    assert_eq!(exit_code(&out), 1);
    let err = stderr(&out);
    assert!(err.contains("flyer.toml:15:"), "{err}");
    assert!(err.contains("hint:"), "{err}");
    assert!(!p.path("out").exists(), "nothing may be written");
}

#[test]
fn an_unknown_layout_key_names_its_line_and_column_and_only_that_layout_fails() {
    let p = Scratch::new("layout");
    p.edit(
        "layouts/poster-a4.toml",
        "gap = \"10pt\"",
        "gap = \"10pt\"\ncolour = \"red\"",
    );
    let out = p.flyer(&["build", "--locale", "en"]);
    assert_eq!(exit_code(&out), 1);
    let err = stderr(&out);
    assert!(err.contains("unknown field `colour`"), "{err}");
    assert!(err.contains("layouts/poster-a4.toml:9:1"), "{err}");
    assert!(err.contains("FAILED poster-a4/en"), "{err}");
    assert!(!p.path("out/poster-a4/en.pdf").exists());
    assert!(
        p.path("out/poster-letter/en.pdf").exists(),
        "the other layouts still build"
    );
}

#[test]
fn a_character_no_font_has_fails_the_build_and_names_it() {
    let p = Scratch::new("glyph");
    p.edit(
        "locales/es/flyer.ftl",
        "poster-free = ",
        "poster-free = ሰላም ",
    );
    let out = p.flyer(&["build", "--locale", "es", "--layout", "poster-letter"]);
    assert_eq!(exit_code(&out), 1);
    let err = stderr(&out);
    for needle in [
        "U+1230",
        "ETHIOPIC SYLLABLE SA",
        "fonts tried: Noto Sans",
        "locale es",
        "message poster-free",
    ] {
        assert!(err.contains(needle), "missing {needle:?} in:\n{err}");
    }
    assert!(!p.path("out/poster-letter/es.pdf").exists());
}

#[test]
fn a_variable_nothing_supplies_is_an_error_not_a_placeholder() {
    let p = Scratch::new("variable");
    p.edit(
        "locales/fr/flyer.ftl",
        "poster-free = ",
        "poster-free = { $fax } ",
    );
    let out = p.flyer(&["build", "--locale", "fr,en", "--layout", "poster-letter"]);
    assert_eq!(exit_code(&out), 1);
    let err = stderr(&out);
    assert!(
        err.contains("error[ftl-unresolved]") && err.contains("poster-free"),
        "{err}"
    );
    assert!(err.contains("locales/fr/flyer.ftl:"), "{err}");
    assert!(!p.path("out/poster-letter/fr.pdf").exists());
    assert!(p.path("out/poster-letter/en.pdf").exists());
}

#[test]
fn a_fluent_syntax_error_names_file_line_and_column() {
    let p = Scratch::new("ftl");
    p.edit("locales/ru/flyer.ftl", "poster-free = ", "poster-free = { ");
    let out = p.flyer(&["build", "--locale", "ru", "--layout", "poster-letter"]);
    assert_eq!(exit_code(&out), 1);
    let err = stderr(&out);
    assert!(err.contains("error[ftl-syntax]"), "{err}");
    let line = p
        .read("locales/ru/flyer.ftl")
        .lines()
        .position(|l| l.starts_with("poster-free"))
        .unwrap()
        + 1;
    assert!(
        err.contains(&format!("locales/ru/flyer.ftl:{line}:")),
        "{err}"
    );
}

#[test]
fn a_message_the_layout_names_but_no_locale_has_is_reported_at_the_layout() {
    let p = Scratch::new("message");
    p.edit(
        "layouts/poster-letter.toml",
        "\"poster-free\"",
        "\"poster-fre\"",
    );
    let out = p.flyer(&["build", "--locale", "en", "--layout", "poster-letter"]);
    assert_eq!(exit_code(&out), 1);
    let err = stderr(&out);
    assert!(err.contains("message `poster-fre` is missing"), "{err}");
    assert!(err.contains("layouts/poster-letter.toml:"), "{err}");
}

#[test]
fn text_that_cannot_fit_says_by_how_much() {
    let p = Scratch::new("overflow");
    p.edit(
        "layouts/poster-letter.toml",
        "size = [12.5, 11]",
        "size = [20, 20]",
    );
    let out = p.flyer(&["build", "--locale", "en", "--layout", "poster-letter"]);
    assert_eq!(exit_code(&out), 1);
    let err = stderr(&out);
    assert!(
        err.contains("error[text-overflow]")
            && err.contains("pt too tall")
            && err.contains("% over"),
        "{err}"
    );
    assert!(
        err.contains("layout poster-letter, locale en, message"),
        "{err}"
    );
}

#[test]
fn usage_errors_and_unknown_names_exit_with_2() {
    let p = Scratch::new("usage");
    assert_eq!(exit_code(&p.flyer(&["build", "--no-such-flag"])), 2);
    let out = p.flyer(&["build", "--locale", "xx"]);
    assert_eq!(exit_code(&out), 2);
    assert!(stderr(&out).contains("locale `xx` is not in flyer.toml"));
    let out = p.flyer(&["build", "--layout", "poster-legal"]);
    assert_eq!(exit_code(&out), 2);
    assert!(stderr(&out).contains("there is no layout `poster-legal`"));
    let out = p.flyer_env(&["build", "--layout", "card-us"], "SOURCE_DATE_EPOCH", "-5");
    assert_eq!(exit_code(&out), 2);
    assert!(stderr(&out).contains("SOURCE_DATE_EPOCH is `-5`"));
    assert!(!p.path("out/card-us/en.pdf").exists());
}

#[test]
fn a_font_folder_outside_the_project_is_refused() {
    let p = Scratch::new("escape");
    p.edit("flyer.toml", "folders = []", "folders = [\"../../etc\"]");
    let out = p.flyer(&["build"]);
    assert_eq!(exit_code(&out), 1);
    let err = stderr(&out);
    assert!(
        err.contains("error[path-outside-project]") && err.contains("flyer.toml:"),
        "{err}"
    );
}

const LOGO: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="96" height="48"><rect width="96" height="48" fill="#0b4a7d"/><circle cx="24" cy="24" r="16" fill="#ffffff"/></svg>"##;

fn add_logo(p: &Scratch, path: &str) {
    p.edit(
        "layouts/poster-letter.toml",
        "# The emergency band",
        &format!("[[block]]\ntype = \"image\"\npath = \"{path}\"\nwidth = \"1in\"\nalt = \"poster-title\"\nalign = \"center\"\n\n# The emergency band"),
    );
}

#[test]
fn a_logo_is_placed_at_its_width() {
    let p = Scratch::new("logo");
    p.write("logo.svg", LOGO);
    add_logo(&p, "logo.svg");
    let out = p.flyer(&["build", "--locale", "en", "--layout", "poster-letter"]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    let doc = lopdf::Document::load(p.path("out/poster-letter/en.pdf")).unwrap();
    let images: Vec<_> = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| s.dict.get(b"Subtype").and_then(|t| t.as_name()).ok() == Some(b"Image"))
        .filter(|s| s.dict.has(b"SMask"))
        .collect();
    assert_eq!(
        images.len(),
        1,
        "one image XObject (with its alpha as a soft mask)"
    );
    assert_eq!(
        images[0].dict.get(b"Width").unwrap().as_i64().unwrap(),
        600,
        "SVG drawn at 600 dpi for a 1 in logo"
    );
}

#[test]
fn a_damaged_or_outside_image_is_an_error_naming_it() {
    let p = Scratch::new("bad-logo");
    p.write("logo.png", "this is not a PNG");
    add_logo(&p, "logo.png");
    let out = p.flyer(&["build", "--locale", "en", "--layout", "poster-letter"]);
    assert_eq!(exit_code(&out), 1);
    let err = stderr(&out);
    assert!(
        err.contains("error[image-unreadable]: cannot use image logo.png: not a readable PNG"),
        "{err}"
    );
    assert!(err.contains("layouts/poster-letter.toml:"), "{err}");

    let q = Scratch::new("outside-logo");
    add_logo(&q, "../../etc/passwd");
    let err = stderr(&q.flyer(&["build", "--locale", "en", "--layout", "poster-letter"]));
    assert!(
        err.contains(
            "error[path-outside-project]: image path `../../etc/passwd` leaves the project folder"
        ),
        "{err}"
    );
}

#[test]
fn quiet_prints_nothing_on_success_and_verbose_a_line_per_output() {
    let p = Scratch::new("modes");
    let args = [
        "build",
        "--layout",
        "card-us,poster-a4",
        "--locale",
        "vi",
        "--no-previews",
    ];
    let quiet = p.flyer(&[&args[..], &["--quiet"]].concat());
    assert!(quiet.status.success());
    assert!(quiet.stdout.is_empty() && quiet.stderr.is_empty());
    let verbose = p.flyer(&[&args[..], &["--verbose"]].concat());
    let text = String::from_utf8_lossy(&verbose.stdout);
    let lines: Vec<&str> = text.lines().filter(|l| l.starts_with("ok ")).collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].contains("out/card-us/vi.pdf  2 pages,") && lines[0].contains("pt, draft"));
    assert!(lines[1].contains("out/poster-a4/vi.pdf  1 page,"));
    assert!(text.contains("built 2 of 2 outputs into out in "));
    assert!(text.contains(": 0 failed, 2 drafts"));
}

/// The 132-byte header (and empty tag table) of an ICC profile of this colour space.
fn icc_header(space: &[u8; 4]) -> Vec<u8> {
    let mut icc = vec![0u8; 132];
    icc[0..4].copy_from_slice(&132u32.to_be_bytes());
    icc[8..12].copy_from_slice(&[4, 0x20, 0, 0]);
    icc[12..16].copy_from_slice(b"prtr");
    icc[16..20].copy_from_slice(space);
    icc[20..24].copy_from_slice(b"Lab ");
    icc[36..40].copy_from_slice(b"acsp");
    icc
}

#[test]
fn a_print_shops_profile_becomes_the_output_intent_and_a_wrong_one_is_an_error() {
    let p = Scratch::new("print-intent");
    let build = |p: &Scratch, extra: &[&str]| {
        let mut args = vec![
            "build",
            "--layout",
            "card-us",
            "--locale",
            "es",
            "--no-previews",
        ];
        args.extend_from_slice(extra);
        p.flyer(&args)
    };
    let manifest = p.read("flyer.toml");
    let with = |print: &str| p.write("flyer.toml", &format!("{manifest}\n[print]\n{print}\n"));

    with("condition = \"FOGRA39\"");
    let out = build(&p, &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("error[print-intent]") && err.contains("`profile` is missing"),
        "{err}"
    );
    assert!(err.contains("flyer.toml:"), "{err}");

    std::fs::write(p.path("rgb.icc"), icc_header(b"RGB ")).unwrap();
    with("condition = \"FOGRA39\"\nprofile = \"rgb.icc\"");
    let err = stderr(&build(&p, &[]));
    assert!(err.contains("`rgb.icc` is not a CMYK ICC profile"), "{err}");

    with("condition = \"FOGRA39\"\nprofile = \"../shop.icc\"");
    let err = stderr(&build(&p, &[]));
    assert!(err.contains("error[path-outside-project]"), "{err}");

    let cmyk = icc_header(b"CMYK");
    std::fs::write(p.path("shop.icc"), &cmyk).unwrap();
    with("condition = \"FOGRA39\"\nprofile = \"shop.icc\"");
    for (extra, kind) in [(&[][..], "GTS_PDFX"), (&["--pdfa"][..], "GTS_PDFA1")] {
        let out = build(&p, extra);
        assert!(out.status.success(), "{}", stderr(&out));
        let doc = lopdf::Document::load(p.path("out/card-us/es.pdf")).unwrap();
        let intents = common::output_intents(&doc);
        assert_eq!(intents.len(), 1);
        let (subtype, condition, components, profile) = &intents[0];
        assert_eq!(subtype, kind);
        if kind == "GTS_PDFX" {
            assert_eq!(condition, "FOGRA39");
            assert_eq!((*components, profile), (4, &cmyk));
        }
    }
}

/// A translation that keeps every English note (the English file itself, as
/// Spanish), then one note dropped, one remark unmarked and one requirement
/// broken: each gives its own warning, with its exact text, and nothing else does.
#[test]
fn translator_notes_are_kept_and_their_requirements_checked() {
    let p = Scratch::new("notes");
    let english = p.read("locales/en/flyer.ftl");
    p.write("locales/es/flyer.ftl", &english);
    p.edit(
        "locales/es/flyer.ftl",
        "# The main heading at the top of the poster. Also the PDF's document title.\n",
        "",
    );
    p.edit(
        "locales/es/flyer.ftl",
        "# Heading of the list of warning signs.\n",
        "# Heading of the list of warning signs.\n# kept short to fit\n",
    );
    p.edit(
        "locales/es/flyer.ftl",
        "please call the { $hotline_name } at",
        "please call the hotline { $hotline_name } at",
    );
    let out = p.flyer(&["check", "--format", "json"]);
    let all: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let notes: Vec<(String, String, String)> = all
        .iter()
        .filter(|d| d["locale"] == "es")
        .filter(|d| d["rule"] == "translator-note-missing" || d["rule"] == "note-requires")
        .map(|d| {
            (
                d["message"].as_str().unwrap().to_string(),
                d["hint"].as_str().unwrap().to_string(),
                format!("{}:{}", d["file"].as_str().unwrap_or(""), d["line"]),
            )
        })
        .collect();
    let line_of = |id: &str| {
        1 + english
            .lines()
            .position(|l| l.starts_with(&format!("{id} =")))
            .unwrap()
    };
    let expected = vec![
        (
            "`poster-action-call` in locale es lacks `({ $hotline_name })`, which its note requires".to_string(),
            format!("the note (above locales/en/flyer.ftl:{}) explains why; write `({{ $hotline_name }})` into the translation as it is", line_of("poster-action-call")),
            // One comment line gone above it, one added: the same line.
            format!("locales/es/flyer.ftl:{}", line_of("poster-action-call")),
        ),
        (
            "`poster-signs-heading` in locale es: a remark after the translator note does not start with `Translator:`".to_string(),
            format!("copy the en note (above locales/en/flyer.ftl:{}) word for word into the comment above it; put your own remark after it, on lines starting with `# Translator:`", line_of("poster-signs-heading")),
            format!("locales/es/flyer.ftl:{}", line_of("poster-signs-heading")),
        ),
        (
            "`poster-title` in locale es: the translator note is missing".to_string(),
            format!("copy the en note (above locales/en/flyer.ftl:{}) word for word into the comment above it; put your own remark after it, on lines starting with `# Translator:`", line_of("poster-title")),
            format!("locales/es/flyer.ftl:{}", line_of("poster-title") - 1),
        ),
    ];
    let mut notes = notes;
    notes.sort();
    assert_eq!(notes, expected);
}
