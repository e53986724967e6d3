//! Bad input of every kind: a clear error, a non-zero exit, never a panic, never a
//! half-written PDF; the other outputs of the batch still build.

mod common;

use common::{stderr, Scratch};

/// Runs a command and insists that it ended with an exit code, not a crash.
fn run(p: &Scratch, args: &[&str]) -> (i32, String) {
    let out = p.flyer(args);
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "flyer panicked:\n{err}");
    let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), err);
    (out.status.code().expect("an exit code, not a signal"), all)
}

/// Every file in out/ is whole: PDFs, thumbnails under previews/, the gallery,
/// the proof sheets and their images.
fn no_partial_pdfs(p: &Scratch) {
    for entry in std::fs::read_dir(p.path("out"))
        .into_iter()
        .flatten()
        .flatten()
    {
        match entry.file_name().to_string_lossy().as_ref() {
            "index.html" => {
                let html = std::fs::read_to_string(entry.path()).unwrap();
                assert!(
                    html.trim_end().ends_with("</html>"),
                    "index.html is not whole"
                );
                continue;
            }
            // The record of what each output is made from (flyer::fresh): whole.
            ".flyer-outputs.json" => {
                let record = std::fs::read(entry.path()).unwrap();
                let parsed: Result<serde_json::Value, _> = serde_json::from_slice(&record);
                assert!(parsed.is_ok(), "the output record is not whole JSON");
                continue;
            }
            "previews" => {
                for layout in std::fs::read_dir(entry.path()).unwrap().flatten() {
                    for file in std::fs::read_dir(layout.path()).unwrap().flatten() {
                        let name = file.file_name().to_string_lossy().into_owned();
                        assert!(name.ends_with(".png"), "stray file {name}");
                        let bytes = std::fs::read(file.path()).unwrap();
                        assert!(
                            bytes.starts_with(b"\x89PNG") && bytes.ends_with(b"IEND\xaeB`\x82")
                        );
                    }
                }
                continue;
            }
            "proof" => {
                // Proof sheets, and each layout's page images and fit records.
                for item in std::fs::read_dir(entry.path()).unwrap().flatten() {
                    let name = item.file_name().to_string_lossy().into_owned();
                    if item.path().is_dir() {
                        for file in std::fs::read_dir(item.path()).unwrap().flatten() {
                            let bytes = std::fs::read(file.path()).unwrap();
                            let name = file.file_name().to_string_lossy().into_owned();
                            let whole = match name.rsplit_once('.').map_or("", |(_, e)| e) {
                                "png" => bytes.ends_with(b"IEND\xaeB`\x82"),
                                "json" => bytes.trim_ascii_end().ends_with(b"}"),
                                _ => false,
                            };
                            assert!(whole, "stray or partial file proof/{name}");
                        }
                    } else {
                        assert!(name.ends_with(".html"), "stray file proof/{name}");
                        let html = std::fs::read_to_string(item.path()).unwrap();
                        assert!(html.trim_end().ends_with("</html>"), "{name} is not whole");
                    }
                }
                continue;
            }
            _ => {}
        }
        let layout = entry;
        for file in std::fs::read_dir(layout.path()).unwrap().flatten() {
            let name = file.file_name().to_string_lossy().into_owned();
            assert!(name.ends_with(".pdf"), "stray file {name}");
            let bytes = std::fs::read(file.path()).unwrap();
            assert!(
                bytes.starts_with(b"%PDF-") && bytes.trim_ascii_end().ends_with(b"%%EOF"),
                "{name} is not a whole PDF"
            );
        }
    }
}

#[test]
fn planted_problems_fail_check_and_the_build_of_their_output() {
    // A paragraph taller than a whole page: no fit move, a second page
    // included, can place it (blocks stay whole).
    let taller_than_a_page = format!("poster-free = {}", "아동 ".repeat(3000));
    // (what to plant, file, from, to, what check must say)
    let cases: [(&str, &str, &str, &str, &str); 6] = [
        (
            "character no font has",
            "locales/ko/flyer.ftl",
            "poster-free = ",
            "poster-free = ሰላም ",
            "U+1230 ETHIOPIC SYLLABLE SA",
        ),
        (
            "attribute the source lacks",
            "locales/ko/flyer.ftl",
            "서비스는 무료입니다.\n",
            "서비스는 무료입니다.\n    .hint = 힌트\n",
            "has an attribute .hint the source does not",
        ),
        (
            "missing message",
            "locales/ko/flyer.ftl",
            "poster-free =",
            "poster-fre =",
            "message `poster-free` is missing from locale ko",
        ),
        (
            "variable nothing supplies",
            "locales/ko/flyer.ftl",
            "{ $emergency }",
            "{ $emergncy }",
            "error[ftl-unresolved]",
        ),
        (
            "low contrast",
            "layouts/poster-letter.toml",
            "soft = \"#e8f0f7\"",
            "soft = \"#6a8db0\"",
            "error[contrast]",
        ),
        (
            "overflow",
            "locales/ko/flyer.ftl",
            "poster-free = ",
            &taller_than_a_page,
            "error[text-overflow]",
        ),
    ];
    for (what, file, from, to, expect) in cases {
        let p = Scratch::new("planted");
        p.edit(file, from, to);
        let (code, report) = run(&p, &["check"]);
        assert_eq!(code, 1, "{what}: check should fail:\n{report}");
        assert!(
            report.contains(expect),
            "{what}: check should say {expect:?}:\n{report}"
        );
        if what.starts_with("attribute") {
            continue; // a translation error, but nothing on the page is wrong
        }
        let (code, report) = run(
            &p,
            &["build", "--locale", "ko,en", "--layout", "poster-letter"],
        );
        assert_eq!(code, 1, "{what}: build should fail:\n{report}");
        assert!(
            !p.path("out/poster-letter/ko.pdf").exists(),
            "{what}: no PDF for the broken output"
        );
        no_partial_pdfs(&p);
    }
}

#[test]
fn every_kind_of_bad_input_is_an_error_not_a_crash() {
    // (what, file to write or edit, edit, what the error must say)
    type Setup = fn(&Scratch);
    let cases: Vec<(&str, Setup, &str)> = vec![
        (
            "malformed TOML",
            |p| p.edit("flyer.toml", "[campaign]", "[campaign"),
            "flyer.toml:",
        ),
        (
            "wrong type",
            |p| {
                p.edit(
                    "layouts/poster-a4.toml",
                    "margin = \"0.3in\"",
                    "margin = \"wide\"",
                )
            },
            "not a length",
        ),
        (
            "unknown page size",
            |p| p.edit("layouts/poster-a4.toml", "size = \"a4\"", "size = \"a9\""),
            "unknown page size",
        ),
        (
            "malformed FTL",
            |p| p.edit("locales/fr/flyer.ftl", "poster-free =", "poster-free = {{ "),
            "error[ftl-syntax]",
        ),
        (
            "missing locale folder",
            |p| std::fs::remove_dir_all(p.path("locales/so")).unwrap(),
            "cannot read locales/so/",
        ),
        (
            "locale that is not a BCP 47 tag",
            |p| p.edit("flyer.toml", "code = \"so\"", "code = \"somali language\""),
            "is not a BCP 47 language tag",
        ),
        (
            "missing layout file",
            |p| std::fs::remove_file(p.path("layouts/poster-a4.toml")).unwrap(),
            "there is no layout `poster-a4`",
        ),
        (
            "not a font",
            |p| {
                std::fs::create_dir_all(p.path("myfonts")).unwrap();
                p.write("myfonts/broken.ttf", "definitely not a font");
                p.edit("flyer.toml", "folders = []", "folders = [\"myfonts\"]");
            },
            "cannot use font file myfonts/broken.ttf",
        ),
        (
            "a 10 MB message",
            |p| {
                let huge = "word ".repeat(2_000_000);
                p.edit(
                    "locales/es/flyer.ftl",
                    "poster-free = ",
                    &format!("poster-free = {huge}"),
                );
            },
            "error[message-too-long]",
        ),
        (
            "a file that is not UTF-8",
            |p| {
                std::fs::write(
                    p.path("locales/fr/flyer.ftl"),
                    b"poster-free = \xff\xfe caf\xe9\n",
                )
                .unwrap()
            },
            "is not valid UTF-8",
        ),
        (
            "a path outside the project",
            |p| p.edit("flyer.toml", "out = \"out\"", "out = \"../../elsewhere\""),
            "leaves the project folder",
        ),
        (
            "hotline numbers that disagree",
            |p| {
                p.edit(
                    "flyer.toml",
                    "dial = \"+18007925200\"",
                    "dial = \"+18007925201\"",
                )
            },
            "does not match its dial number",
        ),
    ];
    for (what, setup, expect) in cases {
        let p = Scratch::new("bad");
        setup(&p);
        let (code, report) = run(&p, &["build"]);
        assert_ne!(code, 0, "{what}: build should fail");
        assert!(
            report.contains(expect),
            "{what}: expected {expect:?} in:\n{}",
            &report[..report.len().min(3000)]
        );
        assert!(
            report.contains("hint:"),
            "{what}: every error carries a hint:\n{}",
            &report[..report.len().min(3000)]
        );
        no_partial_pdfs(&p);
        let (code, _) = run(&p, &["check"]);
        assert_ne!(code, 0, "{what}: check should fail too");
    }
}
