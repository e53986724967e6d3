//! Bad input gives a clear error naming where the problem is, a non-zero exit, and
//! no PDF for the output it concerns; the other outputs still build.

mod common;

use common::{stderr, Scratch};

fn exit_code(out: &std::process::Output) -> i32 {
    out.status.code().expect("flyer exits, it does not crash")
}

/// Everything a run printed, stdout (`flyer check`) and stderr (`flyer build`).
fn printed(out: &std::process::Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(out))
}

/// Asserts that each of `lines` is a whole line of `text` exactly once: a
/// problem is reported once, with exactly this message, place and hint.
fn once(text: &str, lines: &[&str]) {
    let text = &without_fit_warnings(text);
    for line in lines {
        let n = text.lines().filter(|l| l == line).count();
        assert_eq!(n, 1, "{line:?} printed {n} times in:\n{text}");
    }
}

/// `text` with `flyer check`'s summary counting no `type-shrunk` or
/// `fit-moves` warning: the shipped tabloid posters set their body text below
/// 90% of its largest size in some languages, and the shipped posters fit some
/// languages with a second page, which every test of another rule would
/// otherwise have to count.
fn without_fit_warnings(text: &str) -> String {
    let shrunk = text
        .lines()
        .filter(|l| l.starts_with("warning[type-shrunk]") || l.starts_with("warning[fit-moves]"))
        .count();
    let mut out = String::new();
    for line in text.lines() {
        let adjusted = match line.split_once(" error(s), ") {
            Some((head, rest)) if line.starts_with("checked ") && shrunk > 0 => {
                let (count, tail) = rest.split_once(' ').unwrap_or((rest, ""));
                let count: usize = count.parse().unwrap_or(0);
                format!("{head} error(s), {} {tail}", count.saturating_sub(shrunk))
            }
            _ => line.to_string(),
        };
        out.push_str(&adjusted);
        out.push('\n');
    }
    out
}

/// The 1-based number of the first line of `rel` that contains `needle`.
fn line_of(p: &Scratch, rel: &str, needle: &str) -> usize {
    let text = p.read(rel);
    let i = text.lines().position(|l| l.contains(needle));
    i.unwrap_or_else(|| panic!("{rel} has no line with {needle:?}")) + 1
}

/// The locales of the shipped flyer.toml, in its order.
const LOCALES: &str =
    "en, es, pt-BR, ht, kea, fr, vi, zh-Hans, zh-Hant, ko, km, ru, ar, fa-AF, gu, so";

#[test]
fn a_broken_manifest_names_its_line_and_column() {
    let p = Scratch::new("manifest");
    p.edit("flyer.toml", "phone = \"911\"", "phone = 911 oops");
    let line = line_of(&p, "flyer.toml", "phone = 911 oops");
    let out = p.flyer(&["build"]);
    assert_eq!(exit_code(&out), 1);
    let err = stderr(&out);
    assert!(err.contains(&format!("flyer.toml:{line}:")), "{err}");
    assert!(err.contains("hint:"), "{err}");
    assert!(!p.path("out").exists(), "nothing may be written");
}

#[test]
fn an_unknown_layout_key_names_its_line_and_column_and_only_that_layout_fails() {
    let p = Scratch::new("layout");
    p.edit(
        "layouts/poster-a4.toml",
        "column-gap = \"0.25in\"",
        "column-gap = \"0.25in\"\ncolour = \"red\"",
    );
    let out = p.flyer(&["build", "--locale", "en"]);
    assert_eq!(exit_code(&out), 1);
    let err = stderr(&out);
    assert!(err.contains("unknown field `colour`"), "{err}");
    assert!(err.contains("layouts/poster-a4.toml:12:1"), "{err}");
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
    once(
        &err,
        &["   = hint: the variables flyer.toml's contacts supply are $emergency, $hotline, $hotline_name (a new one is a [contacts.<name>] table there); terms must be defined in the same locale"],
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
fn text_that_cannot_fit_says_by_how_much() {
    let p = Scratch::new("overflow");
    p.edit(
        "layouts/poster-letter.toml",
        "size = [12, 11]",
        "size = [30, 30]",
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
    fn subtype<'a>(s: &&'a lopdf::Stream) -> Option<&'a [u8]> {
        s.dict.get(b"Subtype").and_then(|t| t.as_name()).ok()
    }
    let streams: Vec<_> = (doc.objects.values())
        .filter_map(|o| o.as_stream().ok())
        .collect();
    // Drawn as vectors: a form of paths in a unit square, no image.
    assert!(!streams.iter().any(|s| subtype(s) == Some(&b"Image"[..])));
    let forms: Vec<_> = (streams.iter())
        .filter(|s| subtype(s) == Some(&b"Form"[..]) && s.dict.has(b"Matrix"))
        .collect();
    assert_eq!(forms.len(), 1, "one form XObject for the logo");
    let bbox: Vec<f32> = (forms[0]
        .dict
        .get(b"BBox")
        .unwrap()
        .as_array()
        .unwrap()
        .iter())
    .map(|v| v.as_float().unwrap())
    .collect();
    assert_eq!(
        bbox,
        [0.0, 0.0, 96.0, 48.0],
        "the SVG's own size, in points"
    );
    let [[_, _, w, h]] = image_places(&p.path("out/poster-letter/en.pdf"))[..] else {
        panic!("the logo is placed once");
    };
    assert_eq!(
        (w, h),
        (72.0, 36.0),
        "1 in wide, as tall as its aspect makes it"
    );
}

/// Where each image is drawn on the first page of a PDF: (x, y, width,
/// height) in PDF points, from the `cm` that places it before its `Do`.
fn image_places(pdf: &std::path::Path) -> Vec<[f32; 4]> {
    let doc = lopdf::Document::load(pdf).unwrap();
    let page = *doc.get_pages().values().next().unwrap();
    let content = lopdf::content::Content::decode(&doc.get_page_content(page)).unwrap();
    let number = |o: &lopdf::Object| {
        o.as_float()
            .or_else(|_| o.as_i64().map(|i| i as f32))
            .unwrap()
    };
    let mut matrix = None;
    let mut places = Vec::new();
    for op in content.operations {
        match op.operator.as_str() {
            "cm" => {
                let m: Vec<f32> = op.operands.iter().map(number).collect();
                matrix = Some([m[4], m[5], m[0], m[3]]);
            }
            // Images are /I0, /I1, ... (other XObjects draw no picture).
            "Do" if op.operands[0].as_name().is_ok_and(|n| n.starts_with(b"I")) => {
                places.extend(matrix.take())
            }
            _ => {}
        }
    }
    places
}

#[test]
fn a_logo_in_the_title_banner_sits_at_its_start_in_the_reading_direction() {
    let p = Scratch::new("banner-logo");
    p.write("logo.svg", LOGO);
    p.edit(
        "layouts/poster-letter.toml",
        "role = \"title\", color = \"on-accent\" }]",
        "role = \"title\", color = \"on-accent\" }]\nimage = { path = \"logo.svg\", width = \"1in\", alt = \"poster-title\" }",
    );
    let out = p.flyer(&["build", "--locale", "en,ar", "--layout", "poster-letter"]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    // The logo is 1 in wide and, like the SVG, half as tall; the page's margin
    // is 0.3 in, and the band (whose colour stops at the safe line on this
    // office-printer page) insets its content by 0.6 times the title's size,
    // 24 to 26 pt: at the left in English, at the right in Arabic, and in the
    // band at the top (a letter page is 792 pt tall).
    let inset = 21.6 + 0.6 * 24.0 - 0.01..=21.6 + 0.6 * 26.0 + 0.01;
    let [[x, y, w, h]] = image_places(&p.path("out/poster-letter/en.pdf"))[..] else {
        panic!("not one image");
    };
    assert!(inset.contains(&x), "{x}");
    assert_eq!((w, h), (72.0, 36.0));
    assert!(y > 792.0 - 120.0 && y + h < 792.0 - 21.6, "{y}");
    let [[x, y_ar, ..]] = image_places(&p.path("out/poster-letter/ar.pdf"))[..] else {
        panic!("not one image");
    };
    assert!(inset.contains(&(612.0 - 72.0 - x)), "{x}");
    assert!(y_ar > 792.0 - 120.0, "{y_ar}");
    // The title is still there, beside it.
    let text = common::pdf_text(&std::fs::read(p.path("out/poster-letter/en.pdf")).unwrap());
    assert!(text.contains("What is commercial sexual"), "{text}");
}

#[test]
fn a_banner_logo_wider_than_half_the_page_is_refused() {
    let p = Scratch::new("banner-logo-wide");
    p.write("logo.svg", LOGO);
    let image = "image = { path = \"logo.svg\", width = \"5in\", alt = \"poster-title\" }";
    p.edit(
        "layouts/poster-letter.toml",
        "role = \"title\", color = \"on-accent\" }]",
        &format!("role = \"title\", color = \"on-accent\" }}]\n{image}"),
    );
    let line = line_of(&p, "layouts/poster-letter.toml", image);
    once(
        &printed(&p.flyer(&["check"])),
        &[
            "error[layout-value]: the banner's image is 360.00 pt wide, more than half the 568.80 pt between the margins",
            &format!("  --> layouts/poster-letter.toml:{line}:19"),
            "   = hint: make it at most 284.40 pt wide, so the band's lines keep room beside it",
        ],
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
    // --force: the outputs are written again (else they are unchanged).
    let verbose = p.flyer(&[&args[..], &["--verbose", "--force"]].concat());
    let text = String::from_utf8_lossy(&verbose.stdout);
    let lines: Vec<&str> = text.lines().filter(|l| l.starts_with("ok ")).collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].contains("out/card-us/vi.pdf  2 pages,") && lines[0].contains("pt, draft"));
    assert!(lines[1].contains("out/poster-a4/vi.pdf  1 page,"));
    assert!(text.contains("built 2 of 2 outputs into out in "));
    assert!(text.contains(": 0 failed, 2 drafts"));
    // Again, nothing changed: each output said to be the same, none written.
    let again = p.flyer(&[&args[..], &["--verbose"]].concat());
    let text = String::from_utf8_lossy(&again.stdout);
    assert_eq!(
        text.lines().filter(|l| l.starts_with("same ")).count(),
        2,
        "{text}"
    );
    assert!(
        text.contains("built 0 of 2 outputs into out in ") && text.contains("(2 unchanged)"),
        "{text}"
    );
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

    // A real CMYK profile (a header alone cannot convert colours).
    let cmyk =
        std::fs::read(common::repo().join("tests/fixtures/print/FOGRA39L-argyll.icc")).unwrap();
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

#[test]
fn an_unknown_key_in_the_third_block_points_at_that_key_with_a_guess() {
    let p = Scratch::new("key-in-block");
    let layout = "layouts/poster-letter.toml";
    // The third [[block]] is the heading with poster-examples-heading.
    p.edit(
        layout,
        "message = \"poster-examples-heading\"\n",
        "message = \"poster-examples-heading\"\ncolum = 1\n",
    );
    let line = line_of(&p, layout, "colum = 1");
    assert_eq!(line, line_of(&p, layout, "poster-examples-heading") + 1);
    let out = p.flyer(&["build", "--locale", "en", "--layout", "poster-letter"]);
    assert_eq!(exit_code(&out), 1);
    once(
        &printed(&out),
        &[
            "error[toml-syntax]: unknown field `colum`, expected one of `message`, `role`, `align`, `column`, `page`, `lang`",
            &format!("  --> {layout}:{line}:1"),
            "   = hint: did you mean `column`?",
        ],
    );

    // A key of a table, and one that resembles nothing allowed.
    let q = Scratch::new("key-in-role");
    q.edit(layout, "[roles.body]\n", "[roles.body]\ncolour = \"ink\"\n");
    q.edit(
        "layouts/poster-a4.toml",
        "column-gap = \"0.25in\"",
        "column-gap = \"0.25in\"\nwidth = \"8in\"",
    );
    let out = q.flyer(&["check"]);
    once(
        &printed(&out),
        &[
            "error[toml-syntax]: unknown field `colour`, expected one of `font`, `size`, `leading`, `color`, `script-size`",
            &format!("  --> {layout}:{}:1", line_of(&q, layout, "colour = ")),
            "   = hint: did you mean `color`?",
            "error[toml-syntax]: unknown field `width`, expected one of `size`, `margin`, `bleed`, `safe`, `gap`, `paragraph-spacing`, `hyphenate`, `column-gap`, `background`, `pages`",
            "   = hint: check the spelling of the key; the message lists the keys allowed here",
        ],
    );
}

#[test]
fn a_wrong_block_type_and_a_missing_key_point_at_their_block() {
    let p = Scratch::new("block-type");
    let layout = "layouts/poster-letter.toml";
    p.edit(layout, "type = \"paragraph\"", "type = \"paragrph\"");
    let out = p.flyer(&["check"]);
    once(
        &printed(&out),
        &[
            "error[toml-syntax]: unknown variant `paragrph`, expected one of `banner`, `heading`, `paragraph`, `list`, `callout`, `image`, `photo`, `qr`",
            &format!("  --> {layout}:{}:9", line_of(&p, layout, "paragrph")),
            "   = hint: did you mean `paragraph`?",
        ],
    );

    let q = Scratch::new("block-missing");
    q.edit(layout, "message = \"poster-examples-heading\"\n", "");
    let third = line_of(&q, layout, "type = \"heading\"") - 1;
    let out = q.flyer(&["check"]);
    once(
        &printed(&out),
        &[
            "error[toml-syntax]: missing field `message`",
            &format!("  --> {layout}:{third}:1"),
            "   = hint: add `message = ...` to the 3rd [[block]]",
        ],
    );
}

#[test]
fn a_mistyped_message_id_in_a_layout_is_one_error_with_a_guess() {
    let p = Scratch::new("message");
    let layout = "layouts/poster-letter.toml";
    p.edit(
        layout,
        "\"poster-examples-heading\"",
        "\"poster-exmaples-heading\"",
    );
    let at = format!(
        "  --> {layout}:{}:12",
        line_of(&p, layout, "poster-exmaples")
    );
    let lines = [
        "error[layout-message]: layout names message `poster-exmaples-heading`, which locales/en/ does not define",
        &at,
        "   = hint: did you mean `poster-examples-heading`? Check the spelling, or add the message to the source locale",
    ];
    // Once for the run, not once per locale: the mistake is the layout's.
    let out = p.flyer(&["build", "--layout", "poster-letter", "--no-previews"]);
    assert_eq!(exit_code(&out), 1);
    let err = stderr(&out);
    once(&err, &lines);
    once(
        &err,
        &[&format!(
            "   = in 16 outputs of layout poster-letter: {LOCALES}"
        )],
    );
    // The message, the line shown and the context line name it; nothing else.
    assert_eq!(err.matches("poster-exmaples-heading").count(), 3, "{err}");
    once(&printed(&p.flyer(&["check"])), &lines);
}

#[test]
fn a_mistyped_locale_or_layout_on_the_command_line_gets_a_guess() {
    let p = Scratch::new("usage-guess");
    let out = p.flyer(&["build", "--locale", "pt-br"]);
    assert_eq!(exit_code(&out), 2);
    once(
        &stderr(&out),
        &[
            "error[unknown-locale]: locale `pt-br` is not in flyer.toml",
            &format!("   = hint: did you mean `pt-BR`? Locales in flyer.toml: {LOCALES}"),
        ],
    );
    let out = p.flyer(&["build", "--locale", "en-US"]);
    once(
        &stderr(&out),
        &[&format!(
            "   = hint: did you mean `en`? Locales in flyer.toml: {LOCALES}"
        )],
    );
    let out = p.flyer(&["build", "--layout", "poster-leter"]);
    assert_eq!(exit_code(&out), 2);
    once(
        &stderr(&out),
        &[
            "error[unknown-layout]: there is no layout `poster-leter`",
            "   = hint: did you mean `poster-letter`? Layouts in layouts/: card-eu, card-us, card-us-bilingual, poster-a4, poster-letter, poster-tabloid, poster-tabloid-bilingual, sheet-avery-5371, sheet-avery-5371-bilingual, sheet-avery-8373, sheet-avery-c32011, sheet-print-shop-a4, sheet-print-shop-letter",
        ],
    );
    // A guess only when one name is close: `xx` is no typo of any locale.
    let out = p.flyer(&["build", "--locale", "xx"]);
    once(
        &stderr(&out),
        &[&format!("   = hint: locales in flyer.toml: {LOCALES}")],
    );
    // The source locale named in flyer.toml.
    p.edit(
        "flyer.toml",
        "source-locale = \"en\"",
        "source-locale = \"EN\"",
    );
    let out = p.flyer(&["check"]);
    once(
        &printed(&out),
        &[
            "error[manifest-value]: the source locale `EN` has no [[locale]] entry",
            &format!("  --> flyer.toml:{}:18", line_of(&p, "flyer.toml", "source-locale")),
            "   = hint: did you mean `en`? Add a [[locale]] entry for it, with status = \"reviewed\"",
        ],
    );
    // A message named to `flyer confirm`.
    let q = Scratch::new("confirm-guess");
    let out = q.flyer(&["confirm", "es", "poster-fre"]);
    once(
        &stderr(&out),
        &[
            "error[unknown-message]: the source locale has no message `poster-fre`",
            "   = hint: did you mean `poster-free`? Name messages by their ids in locales/en/, or none to confirm them all",
        ],
    );
}

#[test]
fn an_unknown_role_colour_or_page_size_is_one_error_at_its_name_with_a_guess() {
    let p = Scratch::new("role");
    let layout = "layouts/card-us.toml";
    p.edit(
        layout,
        "column = 1\nitems",
        "column = 1\nrole = \"bodyy\"\nitems",
    );
    let lines = [
        "error[layout-value]: block uses role `bodyy`, which [roles] does not define",
        &format!("  --> {layout}:{}:9", line_of(&p, layout, "bodyy")),
        "   = hint: did you mean `body`? Define [roles.bodyy] or use one of: body, emergency, heading, label, number, title",
    ];
    // One error, naming the 64 outputs that print the card (on its own and on sheets).
    let out = p.flyer(&["build", "--no-previews"]);
    assert_eq!(exit_code(&out), 1);
    let err = stderr(&out);
    once(&err, &lines);
    once(
        &err,
        &[&format!(
            "   = in 64 outputs: card-us, sheet-avery-5371, sheet-avery-8373, sheet-print-shop-letter in 16 locales: {LOCALES}"
        )],
    );
    assert_eq!(err.matches("FAILED ").count(), 64);
    assert_eq!(err.matches("bodyy").count(), 3, "{err}");
    once(&printed(&p.flyer(&["check"])), &lines);

    let q = Scratch::new("colour");
    q.edit(layout, "fill = \"soft\"", "fill = \"sfot\"");
    q.edit(
        "layouts/poster-letter.toml",
        "size = \"letter\"",
        "size = \"us-letter\"",
    );
    // A paper colour that is not in the palette was once ignored without a word.
    q.edit(
        "layouts/card-eu.toml",
        "gap = \"2.5pt\"",
        "gap = \"2.5pt\"\nbackground = \"papr\"",
    );
    let out = printed(&q.flyer(&["check"]));
    once(
        &out,
        &[
            "error[layout-value]: no colour `sfot` in [palette]",
            &format!("  --> {layout}:{}:9", line_of(&q, layout, "sfot")),
            "   = hint: did you mean `soft`? Use a name from [palette]: accent, alert, ink, on-accent, on-alert, paper, soft",
            "error[layout-value]: unknown page size `us-letter`",
            "  --> layouts/poster-letter.toml:5:9",
            "   = hint: did you mean `letter`? Use one of letter, tabloid, a4, a3, card-us, card-eu or { width = \"8.5in\", height = \"11in\" }",
            "error[layout-value]: no colour `papr` in [palette]",
            &format!(
                "  --> layouts/card-eu.toml:{}:15",
                line_of(&q, "layouts/card-eu.toml", "papr")
            ),
            "   = hint: did you mean `paper`? Use a name from [palette]: accent, alert, ink, on-accent, on-alert, paper, soft",
        ],
    );
    assert!(!out.contains("Named("), "{out}");
}

#[test]
fn a_size_for_a_script_names_an_iso_15924_code_and_a_band_largest_first() {
    let layout = "layouts/poster-letter.toml";
    let p = Scratch::new("script-size");
    p.edit(layout, "Khmr = [22, 20]", "Khmer = [22, 20]");
    let out = printed(&p.flyer(&["check"]));
    once(
        &out,
        &[
            "error[layout-value]: role `title` has a size for `Khmer`, which is no script",
            &format!("  --> {layout}:{}:17", line_of(&p, layout, "Khmer =")),
            "   = hint: name the script by its ISO 15924 code, capitalised: Khmr, Arab, Gujr, Hani, Latn",
        ],
    );
    let q = Scratch::new("script-band");
    q.edit(layout, "Khmr = [22, 20]", "Khmr = [20, 22]");
    let out = q.flyer(&["build", "--no-previews", "--layout", "poster-letter"]);
    assert_eq!(exit_code(&out), 1);
    once(
        &stderr(&out),
        &[
            "error[layout-value]: role `title` has size [20, 22] for Khmr",
            &format!("  --> {layout}:{}:17", line_of(&q, layout, "Khmr =")),
            "   = hint: write Khmr = [largest, smallest], largest first, each from 1 to 400 pt",
        ],
    );
    assert!(!q.path("out/poster-letter/km.pdf").exists());
}

#[test]
fn a_sheet_names_its_paper_template_and_card_with_a_guess() {
    let p = Scratch::new("sheet-guess");
    p.edit(
        "layouts/sheets/avery-8373.toml",
        "paper = \"letter\"",
        "paper = \"leter\"",
    );
    p.edit(
        "layouts/sheet-avery-5371.toml",
        "sheet = \"avery-5371\"",
        "sheet = \"avery-537\"",
    );
    p.edit(
        "layouts/sheet-avery-c32011.toml",
        "card = \"card-eu\"",
        "card = \"cardeu\"",
    );
    let out = printed(&p.flyer(&["check"]));
    once(
        &out,
        &[
            "error[sheet-value]: unknown paper `leter`",
            "  --> layouts/sheets/avery-8373.toml:2:10",
            "   = hint: did you mean `letter`? Use letter, a4, tabloid, a3 or { width = \"8.5in\", height = \"11in\" }",
            "error[sheet-value]: there is no sheet template `avery-537` in layouts/sheets/",
            "  --> layouts/sheet-avery-5371.toml:2:10",
            "   = hint: did you mean `avery-5371`? Sheet templates in layouts/sheets/: avery-5371, avery-8373, avery-c32011, print-shop-a4, print-shop-letter",
            "error[sheet-value]: sheet layout names card layout `cardeu`, which is not a card layout in layouts/",
            "   = hint: did you mean `card-eu`? Use card = \"card-us\" or another page layout with the card's size",
        ],
    );
}

#[test]
fn a_typed_phone_number_is_one_error_naming_the_outputs_it_stops() {
    let p = Scratch::new("typed-once");
    p.set_message(
        "locales/es/flyer.ftl",
        "poster-hotline-number",
        "1-800-555-0100",
    );
    let line = line_of(&p, "locales/es/flyer.ftl", "poster-hotline-number =");
    let lines = [
        "error[contact-data]: a phone number typed into message `poster-hotline-number`",
        &format!("  --> locales/es/flyer.ftl:{line}:25"),
        "   = hint: phone numbers come from flyer.toml's contacts ({ $emergency }, { $hotline }): add one there as [contacts.<name>] phone = \"...\" and use its variable; a phone number cannot be allowed as typed text",
    ];
    let out = p.flyer(&["build", "--no-previews"]);
    assert_eq!(exit_code(&out), 1);
    let err = stderr(&out);
    once(&err, &lines);
    once(
        &err,
        &["   = in 13 outputs of locale es: poster-letter, poster-a4, poster-tabloid, card-us, card-eu, poster-tabloid-bilingual, card-us-bilingual, sheet-avery-5371-bilingual, sheet-avery-5371, sheet-avery-8373, sheet-avery-c32011, sheet-print-shop-letter, sheet-print-shop-a4"],
    );
    // Each failed output is listed by name and rule; the text is printed once.
    once(&err, &["FAILED card-us/es: contact-data"]);
    assert_eq!(err.matches("typed into message").count(), 1, "{err}");
    once(&printed(&p.flyer(&["check"])), &lines);
}

#[test]
fn a_missing_translation_is_one_error_at_the_text_to_translate() {
    let p = Scratch::new("untranslated");
    let es = p.read("locales/es/flyer.ftl");
    let kept: Vec<&str> = es
        .lines()
        .filter(|l| !l.starts_with("poster-hotline-label ="))
        .collect();
    p.write("locales/es/flyer.ftl", &(kept.join("\n") + "\n"));
    let line = line_of(&p, "locales/en/flyer.ftl", "poster-hotline-label =");
    let lines = [
        "error[ftl-missing]: message `poster-hotline-label` is missing from locale es",
        &format!("  --> locales/en/flyer.ftl:{line}:1"),
        "   = in 4 outputs of locale es: poster-letter, poster-a4, poster-tabloid, poster-tabloid-bilingual",
        "   = hint: translate it in locales/es/ (copy it from locales/en/); --allow-fallback prints the en text instead",
    ];
    once(&printed(&p.flyer(&["check"])), &lines);
    let out = p.flyer(&["build", "--locale", "es", "--no-previews"]);
    assert_eq!(exit_code(&out), 1);
    once(&stderr(&out), &lines);
}

#[test]
fn a_logo_that_is_not_there_gets_a_hint_for_a_missing_file() {
    let p = Scratch::new("logo-missing");
    p.write("Logo.svg", LOGO);
    add_logo(&p, "logo.svg");
    let out = p.flyer(&["build", "--locale", "en", "--layout", "poster-letter"]);
    assert_eq!(exit_code(&out), 1);
    once(
        &stderr(&out),
        &[
            "error[file-unreadable]: cannot read image logo.svg: No such file or directory (os error 2)",
            &format!("  --> layouts/poster-letter.toml:{}:9", line_of(&p, "layouts/poster-letter.toml", "path = \"logo.svg\"")),
            "   = hint: did you mean `Logo.svg`? There is no file by this name: paths are relative to the project folder (where flyer.toml is); check the spelling",
        ],
    );

    // An SVG that links to a file that is not there: no image viewer helps.
    let q = Scratch::new("logo-link");
    q.write(
        "logo.svg",
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="96" height="48"><image href="mark.svg" width="96" height="48"/></svg>"#,
    );
    add_logo(&q, "logo.svg");
    let out = q.flyer(&["build", "--locale", "en", "--layout", "poster-letter"]);
    assert_eq!(exit_code(&out), 1);
    once(
        &stderr(&out),
        &[
            "error[image-unreadable]: cannot use image logo.svg: its <image href=\"mark.svg\">: cannot read image mark.svg: No such file or directory (os error 2)",
            "   = hint: an SVG may link only to other SVG files of the project, by a path from its own folder: check that the linked file is there, or save the logo as one self-contained SVG or a PNG",
        ],
    );
}

#[test]
fn text_that_cannot_fit_at_the_smallest_sizes_allowed_says_so() {
    let p = Scratch::new("overflow-floor");
    let long = "Call if you notice a change. ".repeat(40);
    p.set_message("locales/en/flyer.ftl", "card-action-suspicion", &long);
    let out = p.flyer(&["build", "--locale", "en", "--layout", "card-us"]);
    assert_eq!(exit_code(&out), 1);
    let err = stderr(&out);
    // The card's body text may already shrink to the 7 pt a card allows:
    // lowering it further is no fix.
    once(
        &err,
        &["   = hint: block 6 of layouts/card-us.toml: a card's front and back are fixed: shorten its messages or use a larger card (the body text's smallest size is already the 7 pt this page needs)"],
    );
    assert!(!err.contains("lower the smallest sizes"), "{err}");
    let message = err
        .lines()
        .find(|l| l.starts_with("error[text-overflow]: "))
        .unwrap();
    assert!(
        message.starts_with("error[text-overflow]: the text is taller than the page even at the smallest type sizes and spacing: ")
            && message.ends_with("% over)"),
        "{message}"
    );
}

#[test]
fn a_qr_code_target_gets_a_guess() {
    let p = Scratch::new("qr-guess");
    p.edit(
        "layouts/card-us.toml",
        "target = \"hotline\"",
        "target = \"hotlne\"",
    );
    once(
        &printed(&p.flyer(&["check"])),
        &[
            "error[qr-target]: the QR code's target `hotlne` is not a contact in flyer.toml",
            &format!("  --> layouts/card-us.toml:{}:11", line_of(&p, "layouts/card-us.toml", "hotlne")),
            "   = hint: did you mean `hotline`? Use target = the name of a phone, url or email contact in flyer.toml (\"emergency\", \"hotline\"), or a URL like \"https://example.org\"",
        ],
    );
}

#[test]
fn a_value_of_the_wrong_kind_is_asked_for_in_quotes() {
    let p = Scratch::new("wrong-kind");
    p.edit("flyer.toml", "phone = \"911\"", "phone = 911");
    let out = p.flyer(&["build"]);
    once(
        &stderr(&out),
        &[
            "error[toml-syntax]: invalid type: integer `911`, expected a string",
            &format!(
                "  --> flyer.toml:{}:9",
                line_of(&p, "flyer.toml", "phone = 911")
            ),
            "   = hint: write the value as a string, in double quotes",
        ],
    );
    let q = Scratch::new("missing-key");
    q.edit(
        "flyer.toml",
        "[build]",
        "[[check.allow]]\nrule = \"identical-to-source\"\nmessage = \"poster-title\"\n\n[build]",
    );
    once(
        &stderr(&q.flyer(&["build"])),
        &[
            "error[toml-syntax]: missing field `reason`",
            "   = hint: add `reason = ...` to the 1st [[check.allow]]",
        ],
    );
}

/// The shipped flyer.toml's contacts written in the old form instead.
fn old_form(p: &Scratch) {
    let text = p.read("flyer.toml");
    let start = text.find("[contacts.hotline]").unwrap();
    let end = text.find("# [contacts.website]").unwrap();
    let old = "[campaign.hotline]\nname = \"Child-at-Risk Hotline\"\nnumber = \"1-800-792-5200\"\n\
               dial = \"+18007925200\"\n\n[campaign.emergency]\nnumber = \"911\"\n\n";
    p.write(
        "flyer.toml",
        &format!("{}{old}{}", &text[..start], &text[end..]),
    );
}

#[test]
fn the_old_form_of_contacts_loads_with_one_warning_that_shows_the_new_tables() {
    let old = Scratch::new("old-form");
    old_form(&old);
    let line = line_of(&old, "flyer.toml", "[campaign.hotline]");
    let out = printed(&old.flyer(&["check"]));
    once(
        &out,
        &[
            "warning[manifest-old-form]: [campaign.hotline] and [campaign.emergency] are the old form of flyer.toml's contacts",
            &format!("  --> flyer.toml:{line}:11"),
            "   = hint: flyer reads them as before; replace [campaign.hotline] and [campaign.emergency] with these tables, which give the messages the same variables:",
            "           [contacts.hotline]",
            "           name = \"Child-at-Risk Hotline\"",
            "           phone = \"1-800-792-5200\"",
            "           dial = \"+18007925200\"",
            "           [contacts.emergency]",
            "           phone = \"911\"",
            "checked 16 locales and 7 layouts: 0 error(s), 1 warning(s)",
        ],
    );
    // The same variables, QR payload and names: the same bytes.
    let new = Scratch::new("new-form");
    let args = [
        "build",
        "--locale",
        "ar",
        "--layout",
        "card-us",
        "--no-previews",
    ];
    assert_eq!(exit_code(&old.flyer(&args)), 0);
    assert_eq!(exit_code(&new.flyer(&args)), 0);
    assert_eq!(
        std::fs::read(old.path("out/card-us/ar.pdf")).unwrap(),
        std::fs::read(new.path("out/card-us/ar.pdf")).unwrap()
    );
    once(
        &printed(&new.flyer(&["check"])),
        &["checked 16 locales and 7 layouts: 0 error(s), 0 warning(s)"],
    );
}

#[test]
fn a_number_that_is_not_contact_data_passes_when_listed_with_its_reason() {
    let p = Scratch::new("allow-numbers");
    p.set_message(
        "locales/es/flyer.ftl",
        "poster-free",
        "Casas construidas antes de 1978.",
    );
    p.set_message(
        "locales/ar/flyer.ftl",
        "poster-free",
        "المنازل المبنية قبل عام ١٩٧٨.",
    );
    let es = line_of(&p, "locales/es/flyer.ftl", "poster-free =");
    let hint = "   = hint: if it is not contact data (a year, an age, a room), list it in flyer.toml with its reason: [check] allow-numbers = [{ number = \"1978\", reason = \"...\" }]; phone numbers come from flyer.toml's contacts ({ $emergency }, { $hotline })";
    let out = printed(&p.flyer(&["check"]));
    once(
        &out,
        &[
            &format!("  --> locales/es/flyer.ftl:{es}:42"),
            "checked 16 locales and 7 layouts: 2 error(s), 0 warning(s)",
        ],
    );
    // Both scripts' digits read as 1978: one hint, twice.
    assert_eq!(out.lines().filter(|l| *l == hint).count(), 2, "{out}");

    let allow = |number: &str| {
        format!("[check]\nallow-numbers = [\n  {{ number = \"{number}\", reason = \"homes built before 1978 may have lead paint\" }},\n]\n\n[build]")
    };
    let text = p.read("flyer.toml");
    p.write("flyer.toml", &text.replacen("[build]", &allow("1978"), 1));
    once(
        &printed(&p.flyer(&["check"])),
        &["checked 16 locales and 7 layouts: 0 error(s), 0 warning(s)"],
    );
    let out = p.flyer(&["build", "--locale", "ar", "--layout", "poster-letter"]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    let pdf = std::fs::read(p.path("out/poster-letter/ar.pdf")).unwrap();
    assert!(common::pdf_text(&pdf).contains("١٩٧٨"));

    // A phone number is refused in the list, saying so.
    p.write(
        "flyer.toml",
        &text.replacen("[build]", &allow("555-0142"), 1),
    );
    let line = line_of(&p, "flyer.toml", "555-0142");
    once(
        &printed(&p.flyer(&["check"])),
        &[
            "error[manifest-value]: `555-0142` in [check] allow-numbers has 7 digits, like a phone number; phone numbers are refused even when listed",
            &format!("  --> flyer.toml:{line}:15"),
            "   = hint: make it a contact, [contacts.<name>] phone = \"555-0142\", and use its variable in the translations",
        ],
    );
    // A listed number no translation types is stale.
    p.write("flyer.toml", &text.replacen("[build]", &allow("1978"), 1));
    p.set_message("locales/ar/flyer.ftl", "poster-free", "قبل عام ١٩٧٩");
    p.set_message("locales/es/flyer.ftl", "poster-free", "Antes de 1979.");
    once(
        &printed(&p.flyer(&["check"])),
        &[
            "warning[allow-stale]: allowed number `1978` is typed in no translation",
            &format!("  --> flyer.toml:{line}:15"),
            "   = hint: remove it from [check] allow-numbers, or check that it is written with the same digits",
            "checked 16 locales and 7 layouts: 2 error(s), 1 warning(s)",
        ],
    );
}

#[test]
fn a_warning_is_silenced_per_message_with_its_reason_and_an_error_never_is() {
    let p = Scratch::new("silence");
    let english = "All services are free of charge.";
    p.set_message("locales/fr/flyer.ftl", "poster-free", english);
    let warning = "warning[identical-to-source]: message `poster-free` in locale fr is the same as the source text";
    let out = printed(&p.flyer(&["check"]));
    once(
        &out,
        &[
            warning,
            "   = hint: translate it; if it rightly reads the same in fr (a name, a word every language spells alike), silence this with the reason: `# flyer-allow: identical-to-source (the reason)` above the source message, or [[check.allow]] in flyer.toml",
            "checked 16 locales and 7 layouts: 0 error(s), 1 warning(s)",
        ],
    );

    // In the source file, above the message: every locale.
    let en = p.read("locales/en/flyer.ftl");
    p.edit(
        "locales/en/flyer.ftl",
        "poster-free = ",
        "# flyer-allow: identical-to-source (French posters of this clinic are in English)\nposter-free = ",
    );
    let out = printed(&p.flyer(&["check"]));
    assert!(!out.contains(warning), "{out}");
    once(
        &out,
        &["checked 16 locales and 7 layouts: 0 error(s), 0 warning(s), 1 silenced with a reason (--format json lists them)"],
    );
    let json: serde_json::Value =
        serde_json::from_slice(&p.flyer(&["check", "--format", "json"]).stdout).unwrap();
    let silenced: Vec<&serde_json::Value> = (json.as_array().unwrap().iter())
        .filter(|d| d.get("silenced").is_some())
        .collect();
    assert_eq!(silenced.len(), 1, "{json}");
    assert_eq!(silenced[0]["rule"], "identical-to-source");
    assert_eq!(
        silenced[0]["silenced"],
        serde_json::json!({
            "reason": "French posters of this clinic are in English",
            "file": "locales/en/flyer.ftl",
            "line": line_of(&p, "locales/en/flyer.ftl", "flyer-allow"),
            "col": 3,
        })
    );
    // No translation is asked to copy the allow line into its note.
    assert!(!out.contains("translator-note"), "{out}");

    // Without a reason it silences nothing, and says so.
    p.edit(
        "locales/en/flyer.ftl",
        " (French posters of this clinic are in English)",
        "",
    );
    let line = line_of(&p, "locales/en/flyer.ftl", "flyer-allow");
    once(
        &printed(&p.flyer(&["check"])),
        &[
            warning,
            "warning[allow-reason]: the flyer-allow line above `poster-free` gives no reason, so it silences nothing",
            &format!("  --> locales/en/flyer.ftl:{line}:3"),
            "   = hint: write the warning's rule and, in parentheses, why it does not apply: # flyer-allow: identical-to-source (the reason)",
        ],
    );

    // In flyer.toml, for one locale; another locale's allow is stale.
    p.write("locales/en/flyer.ftl", &en);
    let allow = |locale: &str| {
        format!("[[check.allow]]\nrule = \"identical-to-source\"\nmessage = \"poster-free\"\nlocale = \"{locale}\"\nreason = \"the clinic's French posters are in English\"\n\n[build]")
    };
    let text = p.read("flyer.toml");
    p.write("flyer.toml", &text.replacen("[build]", &allow("fr"), 1));
    once(
        &printed(&p.flyer(&["check"])),
        &["checked 16 locales and 7 layouts: 0 error(s), 0 warning(s), 1 silenced with a reason (--format json lists them)"],
    );
    p.write("flyer.toml", &text.replacen("[build]", &allow("es"), 1));
    let line = line_of(&p, "flyer.toml", "locale = \"es\"") - 2;
    once(
        &printed(&p.flyer(&["check"])),
        &[
            warning,
            "warning[allow-stale]: [[check.allow]] `identical-to-source` on message `poster-free` in locale es silences nothing",
            &format!("  --> flyer.toml:{line}:9"),
            "   = hint: remove it: no such warning is found now",
            "checked 16 locales and 7 layouts: 0 error(s), 2 warning(s)",
        ],
    );

    // An error is never silenced; the allow that names it is stale.
    p.set_message("locales/fr/flyer.ftl", "poster-free", "Appelez le 911.");
    let silence_error = text.replacen(
        "[build]",
        "[[check.allow]]\nrule = \"contact-data\"\nmessage = \"poster-free\"\nreason = \"it is 911\"\n\n[build]",
        1,
    );
    p.write("flyer.toml", &silence_error);
    let line = line_of(&p, "flyer.toml", "rule = \"contact-data\"");
    once(
        &printed(&p.flyer(&["check"])),
        &[
            "error[contact-data]: a number of 3 or more digits typed into message `poster-free`",
            "   = hint: this is contact `emergency`'s number in flyer.toml: use { $emergency } instead",
            "warning[allow-stale]: [[check.allow]] `contact-data` on message `poster-free` matches only errors, which are never silenced",
            &format!("  --> flyer.toml:{line}:9"),
            "   = hint: fix the error, then remove the allow",
        ],
    );
}

#[test]
fn an_allow_line_out_of_place_is_a_warning() {
    let p = Scratch::new("allow-misplaced");
    p.edit(
        "locales/fr/flyer.ftl",
        "\nposter-free = ",
        "\n# flyer-allow: identical-to-source (a word French shares)\nposter-free = ",
    );
    let line = line_of(&p, "locales/fr/flyer.ftl", "flyer-allow");
    p.edit(
        "locales/en/flyer.ftl",
        "\nposter-free = ",
        "\n# flyer-allow: identical-to-source (a name)\n\nposter-free = ",
    );
    let en = line_of(&p, "locales/en/flyer.ftl", "flyer-allow");
    once(
        &printed(&p.flyer(&["check"])),
        &[
            "warning[allow-misplaced]: flyer-allow lines are read in the source locale's files, not in locale fr",
            &format!("  --> locales/fr/flyer.ftl:{line}:3"),
            "   = hint: remove it, and silence the warning for this locale in flyer.toml: [[check.allow]] with locale = \"fr\"",
            "warning[allow-misplaced]: a flyer-allow line that is not in the comment directly above a message silences nothing",
            &format!("  --> locales/en/flyer.ftl:{en}:3"),
            "   = hint: move it into the comment directly above the message whose warning it silences (no blank line between)",
            "checked 16 locales and 7 layouts: 0 error(s), 2 warning(s)",
        ],
    );
}

#[test]
fn a_qr_code_cannot_target_an_address() {
    let p = Scratch::new("qr-address");
    p.edit(
        "flyer.toml",
        "[build]",
        "[contacts.clinic]\naddress = \"12 Main St, Fall River, MA 02720\"\n\n[build]",
    );
    p.edit(
        "layouts/card-us.toml",
        "target = \"hotline\"",
        "target = \"clinic\"",
    );
    once(
        &printed(&p.flyer(&["check"])),
        &[
            "error[qr-target]: the QR code's target `clinic` is contact `clinic`'s address, which a QR code cannot open",
            "   = hint: use target = the name of a phone, url or email contact in flyer.toml (\"emergency\", \"hotline\"), or a URL like \"https://example.org\"",
        ],
    );
}

/// Keeps only the first `[[locale]]` of flyer.toml (English), so that every
/// output `flyer check` lays out is an English one.
fn english_only(p: &Scratch) {
    let manifest = p.read("flyer.toml");
    let first = manifest.find("[[locale]]").unwrap();
    let second = manifest[first + 1..].find("[[locale]]").unwrap() + first + 1;
    p.write("flyer.toml", &manifest[..second]);
}

#[test]
fn running_text_set_below_90_percent_of_its_largest_size_is_one_warning_with_its_size() {
    let p = Scratch::new("shrunk");
    english_only(&p);
    // The shipped card's body text has a narrow range, [7.5, 7]: give it a
    // wide one, and a longer text on the back of the card: it shrinks.
    p.edit(
        "layouts/card-us.toml",
        "[roles.body]\nfont = \"regular\"\nsize = [7.5, 7]",
        "[roles.body]\nfont = \"regular\"\nsize = [9, 7]",
    );
    p.set_message(
        "locales/en/flyer.ftl",
        "card-action-suspicion",
        "You do not need proof. A reasonable suspicion is enough to call, by day or by night, from anywhere in the state.",
    );
    let out = p.flyer(&[
        "build",
        "--layout",
        "card-us,sheet-avery-5371",
        "--verbose",
        "--no-previews",
    ]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    // The size the build reports for the card, and its share of the largest 9 pt.
    let report = String::from_utf8_lossy(&out.stdout);
    let size: f32 = report
        .lines()
        .find(|l| l.contains("out/card-us/en.pdf"))
        .and_then(|l| l.split("body text ").nth(1))
        .and_then(|l| l.split(" pt").next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no body text size in:\n{report}"));
    assert!(size < 9.0 * 0.9, "{size} pt is not small enough to warn");
    let share = (100.0 * size / 9.0).round();
    let line = line_of(&p, "layouts/card-us.toml", "[roles.body]");
    let problem = [
        &format!("warning[type-shrunk]: body text set at {size:.1} pt, {share}% of its largest 9 pt") as &str,
        &format!("  --> layouts/card-us.toml:{line}:8"),
        "   = in layout card-us, locale en",
        &format!("   = hint: shorten the text, or give it more room (a larger page, or fewer blocks on it); if {size:.1} pt reads well, lower the largest size in [roles.body] nearer to it"),
    ];
    // Once for the card and the sheet that places it, naming both.
    let err = stderr(&out);
    once(&err, &problem);
    once(
        &err,
        &["   = in 2 outputs of locale en: card-us, sheet-avery-5371"],
    );
    assert_eq!(err.matches("warning[").count(), 1, "{err}");
    // `flyer check` says the same, once, for every output that places the card.
    let check = printed(&p.flyer(&["check"]));
    once(&check, &problem);
    once(&check, &["   = in 4 outputs of locale en: card-us, sheet-avery-5371, sheet-avery-8373, sheet-print-shop-letter"]);
    // (The EU card prints the same message, but its body text may shrink
    // only from 7.5 to 7 pt: never below 90%.)
    assert!(check.contains("0 error(s), "), "{check}");
    assert_eq!(check.matches("warning[type-shrunk]").count(), 1, "{check}");
    // --quiet prints errors only.
    let quiet = p.flyer(&["build", "--layout", "card-us", "--quiet", "--no-previews"]);
    assert!(quiet.stderr.is_empty(), "{}", stderr(&quiet));
}

#[test]
fn a_poster_that_would_fit_on_two_pages_says_how_to_allow_them() {
    let p = Scratch::new("overflow-next-move");
    p.edit("layouts/poster-letter.toml", "pages = [1, 2]", "pages = 1");
    let long =
        "Call if you notice a change in how a child dresses, talks or spends money. ".repeat(25);
    p.set_message("locales/en/flyer.ftl", "poster-action-report", &long);
    let out = p.flyer(&["build", "--locale", "en", "--layout", "poster-letter"]);
    assert_eq!(exit_code(&out), 1);
    once(
        &stderr(&out),
        &["   = hint: block 8 of layouts/poster-letter.toml: allow a second page: `pages = [1, 2]` in [page] at layouts/poster-letter.toml:4"],
    );
    // As shipped, the layout allows it: the poster builds on two pages and
    // says so.
    p.edit("layouts/poster-letter.toml", "pages = 1", "pages = [1, 2]");
    let out = p.flyer(&[
        "build",
        "--locale",
        "en",
        "--layout",
        "poster-letter",
        "--verbose",
    ]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    let report = printed(&out);
    assert!(
        report.contains("2 pages") && report.contains("continued on a second page"),
        "{report}"
    );
    once(
        &report,
        &["warning[fit-moves]: the text fits only with more than smaller type and spacing: continued on a second page"],
    );
}

#[test]
fn a_safe_zone_too_small_for_a_card_or_an_office_printer_is_an_error_at_safe() {
    let p = Scratch::new("print-safety");
    let (card, poster) = ("layouts/card-eu.toml", "layouts/poster-letter.toml");
    p.edit(card, "safe = \"0.1875in\"", "safe = \"0.125in\"");
    p.edit(poster, "safe = \"0.25in\"", "safe = \"0.2in\"");
    // A perforated sheet's inset that would cut into the cards' text.
    let template = "layouts/sheets/avery-8373.toml";
    p.edit(template, "gap = ", "inset = \"0.25in\"\ngap = ");
    let out = p.flyer(&["check"]);
    assert_eq!(exit_code(&out), 1);
    once(
        &printed(&out),
        &[
            "error[card-safe]: a card's safe zone is 0.125 in, under the 0.1875 in a card needs: a cut that wanders takes text with it",
            &format!("  --> {card}:{}:1", line_of(&p, card, "safe = ")),
            "   = hint: write safe = \"0.1875in\" (3/16 in, 4.8 mm) and a margin at least as large; to fit the text, show fewer items on the card or make its QR code smaller",
            "error[office-margin]: a page without bleed is for office printers, which cannot print its outer 0.25 in; its safe zone is 0.2 in",
            &format!("  --> {poster}:{}:1", line_of(&p, poster, "safe = ")),
            "   = hint: add bleed for a print shop (bleed = \"0.125in\", or \"3mm\"), or write safe = \"0.25in\" and a margin at least as large",
            "error[sheet-value]: an inset of 0.25 in would clip the cards' text, which keeps 0.1875 in from the card's edge",
            &format!("  --> {template}:{}:1", line_of(&p, template, "inset = ")),
            "   = hint: write inset = \"0.0625in\" (1/16 in), enough to keep colour off the perforation",
        ],
    );
    // The card with bleed is refused for its cut, not for office printers.
    assert!(!printed(&out).contains("its safe zone is 0.125 in"));
    // The build stops those outputs and names the rule.
    let built = stderr(&p.flyer(&[
        "build",
        "--no-previews",
        "--layout",
        "card-eu",
        "--locale",
        "en",
    ]));
    once(&built, &["FAILED card-eu/en: card-safe"]);
}

#[test]
fn a_qr_code_wider_than_its_column_with_its_quiet_zone_says_the_size_that_fits() {
    let p = Scratch::new("qr-quiet-zone");
    let card = "layouts/card-us.toml";
    p.edit(card, "size = \"0.6in\"", "size = \"1.2in\"");
    // The card's column: (3.5 in - 2 x 0.225 in margin - 0.1 in gap) / 2 =
    // 1.475 in; the hotline's code is 21 modules, so 8 more of 1.2/21 in.
    let out = p.flyer(&["check"]);
    assert_eq!(exit_code(&out), 1);
    once(
        &printed(&out),
        &[
            "error[qr-quiet-zone]: the QR code is 1.2 in wide and keeps a quiet zone of 4 modules (0.23 in) on each side: 1.66 in in all, wider than its column of 1.48 in",
            &format!("  --> {card}:{}:1", line_of(&p, card, "size = \"1.2in\"")),
            "   = hint: make size at most \"1.06in\", or give the code a wider column (fewer columns in its row, or none)",
        ],
    );
    assert!(!printed(&out).contains("wider than its box"));
    // The size the hint gives fits across (the card is then too full, which
    // is another error).
    p.edit(card, "size = \"1.2in\"", "size = \"1.06in\"");
    assert!(!printed(&p.flyer(&["check"])).contains("qr-quiet-zone"));
}

/// `flyer list | head` and `flyer check | less` closed early: the command ends
/// there, without a panic's message on the terminal.
#[cfg(unix)]
#[test]
fn a_reader_that_goes_away_ends_the_command_without_a_panic() {
    use std::os::unix::process::ExitStatusExt;
    use std::process::Stdio;
    for command in ["list", "check"] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_flyer"))
            .args(["--project", common::repo().to_str().unwrap(), command])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The reader is gone before flyer writes its first line.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "flyer {command}: {err}");
        assert_eq!(
            out.status.signal(),
            Some(libc::SIGPIPE),
            "flyer {command} should end by the closed pipe: {:?} {err}",
            out.status
        );
    }
}
