//! Hostile and careless input that once panicked, printed a wrong PDF with exit
//! 0, or misled: empty text, numbers typed by another route, insane numbers,
//! unscannable QR codes, damaged fonts and profiles, debris of failed and killed
//! runs, and errors repeated or unreadable by machines. Each case asserts the exit
//! code, a message naming the file or field, and no PDF for the output it stops,
//! under a memory and time limit (1 GiB of address space, a deadline).

#![cfg(unix)]

mod common;

use common::Scratch;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// flyer under 1 GiB of address space, killed after `seconds`: its exit code
/// (never a signal) and everything it printed.
fn run(p: &Scratch, args: &[&str], seconds: u64) -> (i32, String) {
    p.flyer_limited(args, seconds)
}

/// Every message id of a .ftl file.
fn message_ids(p: &Scratch, file: &str) -> Vec<String> {
    p.read(file)
        .lines()
        .filter_map(|l| l.split_once(" = ").map(|(id, _)| id))
        .filter(|id| id.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        .map(str::to_string)
        .collect()
}

#[test]
fn empty_blank_and_lone_mark_text_draws_nothing_in_every_block_kind() {
    // Banners, headings, paragraphs, lists, callouts, QR and image alt texts: the
    // bilingual tabloid, the letter poster and the card hold every kind.
    for value in ["{ \"\" }", "{ \"   \" }", "\u{0301}"] {
        let p = Scratch::new("empty-text");
        for id in message_ids(&p, "locales/es/flyer.ftl") {
            p.set_message("locales/es/flyer.ftl", &id, value);
        }
        let layouts = "poster-letter,card-us,poster-tabloid-bilingual,sheet-avery-5371";
        let (code, out) = run(&p, &["build", "--locale", "es", "--layout", layouts], 30);
        assert_eq!(code, 0, "{value:?}: {out}");
        assert!(p.path("out/poster-letter/es.pdf").exists());
        assert!(!out.contains("panicked"), "{out}");
    }
}

#[test]
fn a_number_typed_as_a_literal_or_through_a_reference_stops_the_output() {
    let p = Scratch::new("typed-number");
    p.set_message(
        "locales/es/flyer.ftl",
        "poster-free",
        "Llame al { \"1-800-555-0199\" }.",
    );
    let fr = "locales/fr/flyer.ftl";
    p.set_message(fr, "poster-free", "Appelez { my-number }.");
    p.write(fr, &format!("{}\nmy-number = 1-800-555-0199\n", p.read(fr)));
    let (code, out) = run(
        &p,
        &["build", "--locale", "es,fr", "--layout", "poster-letter"],
        20,
    );
    assert_eq!(code, 1, "{out}");
    // The literal at its exact column; the reference by the message it reaches.
    assert!(out.contains("locales/es/flyer.ftl:"), "{out}");
    assert!(
        out.contains("a phone number typed into message `poster-free`"),
        "{out}"
    );
    assert!(
        out.contains("reaches message `poster-free` through a reference"),
        "{out}"
    );
    assert!(!p.path("out/poster-letter/es.pdf").exists());
    assert!(!p.path("out/poster-letter/fr.pdf").exists());
    let (code, out) = run(&p, &["check"], 20);
    assert_eq!(code, 1);
    assert!(out.contains("error[contact-data]"), "{out}");
}

#[test]
fn empty_or_malformed_contact_data_in_flyer_toml_is_refused_by_field() {
    for (from, to, field) in [
        (
            "name = \"Child-at-Risk Hotline\"",
            "name = \"\"",
            "contact `hotline`'s name is empty",
        ),
        (
            "phone = \"911\"",
            "phone = \" \"",
            "contact `emergency`'s phone is empty",
        ),
        (
            "dial = \"+18007925200\"",
            "dial = \"+++\"",
            "must be digits",
        ),
        (
            "# [contacts.website]\n# url = \"https://example.org\"",
            "[contacts.website]\nurl = \"example.org\"",
            "not a web address",
        ),
        (
            "organization = \"Children's Cove\"",
            "organization = \"\"",
            "organization's name is empty",
        ),
    ] {
        let p = Scratch::new("contact");
        p.edit("flyer.toml", from, to);
        let (code, out) = run(&p, &["build", "--locale", "en", "--layout", "card-us"], 20);
        assert_eq!(code, 1, "{to}: {out}");
        assert!(
            out.contains(field) && out.contains("flyer.toml:"),
            "{to}: {out}"
        );
        assert!(!p.path("out/card-us/en.pdf").exists());
    }
}

#[test]
fn insane_numbers_in_layouts_are_refused_at_their_key() {
    for (from, to, says) in [
        ("size = [12, 11]", "size = [1e30, 11]", "has size"),
        (
            "margin = \"0.3in\"",
            "margin = \"100000in\"",
            "longer than 200 in",
        ),
        ("margin = \"0.3in\"", "margin = \"4.2in\"", "leave no room"),
        ("pages = [1, 2]", "pages = 100000000", "pages"),
    ] {
        let p = Scratch::new("numbers");
        p.edit("layouts/poster-letter.toml", from, to);
        let (code, out) = run(
            &p,
            &["build", "--locale", "en", "--layout", "poster-letter"],
            20,
        );
        assert_eq!(code, 1, "{to}: {out}");
        assert!(out.contains(says), "{to}: {out}");
        assert!(out.contains("layouts/poster-letter.toml:"), "{to}: {out}");
        assert!(!out.contains("% over"), "{to}: {out}");
        assert!(!p.path("out/poster-letter/en.pdf").exists());
    }
    let p = Scratch::new("grid");
    p.edit(
        "layouts/sheets/avery-5371.toml",
        "columns = 2",
        "columns = 0",
    );
    let (code, out) = run(
        &p,
        &["build", "--locale", "en", "--layout", "sheet-avery-5371"],
        20,
    );
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("columns = 0") && !out.contains("0 x 5"),
        "{out}"
    );
    // Billions of tiny cards once took 24 GB: refused by arithmetic, in 1 GiB.
    let sheet = "layouts/sheets/avery-5371.toml";
    p.edit(sheet, "columns = 0", "columns = 2000000000");
    p.edit(sheet, "rows = 5", "rows = 2000000000");
    let args = ["build", "--locale", "en", "--layout", "sheet-avery-5371"];
    let (code, out) = run(&p, &args, 20);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("do not fit on the paper"), "{out}");
    assert!(!p.path("out/sheet-avery-5371/en.pdf").exists());
}

#[test]
fn a_qr_code_that_would_say_nothing_or_not_scan_is_refused() {
    let long = format!("https://example.org/{}", "a".repeat(3000));
    for (to, says) in [
        (
            "target = \"website\"".to_string(),
            "is not a contact in flyer.toml",
        ),
        (format!("target = \"{long}\""), "more than a QR code holds"),
        (
            format!("target = \"https://example.org/{}\"", "a".repeat(300)),
            "too small for its",
        ),
    ] {
        let p = Scratch::new("qr");
        p.edit("layouts/card-us.toml", "target = \"hotline\"", &to);
        let (code, out) = run(&p, &["build", "--locale", "en", "--layout", "card-us"], 20);
        assert_eq!(code, 1, "{out}");
        assert!(
            out.contains(says) && out.contains("layouts/card-us.toml:"),
            "{out}"
        );
        assert!(!p.path("out/card-us/en.pdf").exists());
    }
}

#[test]
fn a_truncated_font_or_a_header_only_profile_is_refused_by_name() {
    let p = Scratch::new("font");
    let font = p.path("fonts/NotoSans-Regular.ttf");
    let bytes = std::fs::read(&font).unwrap();
    // The scratch fonts are hard links to the repository's: replace, never write.
    std::fs::remove_file(&font).unwrap();
    std::fs::write(&font, &bytes[..bytes.len() / 2]).unwrap();
    let (code, out) = run(
        &p,
        &["build", "--locale", "en", "--layout", "poster-letter"],
        20,
    );
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("fonts/NotoSans-Regular.ttf") && out.contains("truncated"),
        "{out}"
    );
    assert!(!p.path("out/poster-letter/en.pdf").exists());

    let p = Scratch::new("icc");
    let mut header = vec![0u8; 132];
    header[16..20].copy_from_slice(b"CMYK");
    header[36..40].copy_from_slice(b"acsp");
    std::fs::write(p.path("shop.icc"), header).unwrap();
    p.edit(
        "flyer.toml",
        "[build]",
        "[print]\ncondition = \"FOGRA39\"\nprofile = \"shop.icc\"\n\n[build]",
    );
    let (code, out) = run(&p, &["build", "--locale", "en", "--layout", "card-us"], 20);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("not a CMYK ICC profile"), "{out}");
}

#[test]
fn deep_nesting_and_many_bad_lines_are_errors_in_bounded_time() {
    let p = Scratch::new("deep");
    let deep = format!("deep = {}x{}\n", "{ ".repeat(100_000), " }".repeat(100_000));
    p.write("locales/es/deep.ftl", &deep);
    let (code, out) = run(&p, &["check"], 20);
    assert_eq!(code, 1, "{}", &out[..out.len().min(2000)]);
    assert!(out.contains("nested more than 16 deep"));
    // A short \U escape before a non-ASCII letter, which panics fluent-syntax 0.12.
    p.write("locales/es/deep.ftl", "m = {\"\\U\u{E8C}\" }\n");
    let (code, out) = run(&p, &["check"], 20);
    assert_eq!(code, 1);
    assert!(out.contains("escape needs 6 hex digits"), "{out}");

    let p = Scratch::new("many");
    let bad: String = (0..100_000).map(|i| format!("bad line {i} {{\n")).collect();
    p.write("locales/es/bad.ftl", &bad);
    let started = Instant::now();
    let (code, _) = run(&p, &["check", "--format", "json"], 20);
    assert_eq!(code, 1);
    assert!(started.elapsed() < Duration::from_secs(20));
}

#[test]
fn one_problem_is_printed_once_and_json_is_json_whatever_fails() {
    let p = Scratch::new("once");
    p.set_message("locales/fr/flyer.ftl", "poster-free", "{ ");
    let (code, out) = run(&p, &["build", "--locale", "fr"], 30);
    assert_eq!(code, 1);
    let syntax = out.matches("error[ftl-syntax]").count();
    assert_eq!(syntax, 1, "{out}");

    p.edit("flyer.toml", "[campaign]", "[campaign");
    let (code, out) = run(&p, &["check", "--format", "json"], 20);
    assert_eq!(code, 1);
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON on stdout");
    assert_eq!(json[0]["rule"], "toml-syntax");
    assert_eq!(json[0]["file"], "flyer.toml");
}

#[test]
fn a_build_leaves_no_debris_of_killed_failed_or_removed_outputs() {
    let p = Scratch::new("debris");
    let (code, out) = run(&p, &["build", "--pages", "20", "--no-previews"], 120);
    assert_eq!(code, 0, "{out}");
    // A killed run's temporary file, from a process that is long gone.
    let stale = p.path("out/card-us/.es.pdf.4000000.tmp");
    std::fs::write(&stale, "half a PDF").unwrap();
    // A translation that breaks, and a locale that leaves flyer.toml.
    p.set_message("locales/fr/flyer.ftl", "card-title", "{ ");
    let toml = p.read("flyer.toml");
    let start = toml.find("[[locale]]\ncode = \"so\"").unwrap();
    let end = toml[start + 1..]
        .find("[[locale]]")
        .map_or(toml.len(), |i| start + 1 + i);
    p.write("flyer.toml", &format!("{}{}", &toml[..start], &toml[end..]));
    assert!(p.path("out/pages/card-us/fr-1.png").exists());
    let (code, out) = run(&p, &["build", "--no-previews"], 120);
    assert_eq!(code, 1, "{out}");
    assert!(!stale.exists(), "a killed run's temporary file stays");
    assert!(!p.path("out/card-us/fr.pdf").exists());
    assert!(
        !p.path("out/pages/card-us/fr-1.png").exists(),
        "page images of a failed output stay"
    );
    assert!(
        !p.path("out/card-us/so.pdf").exists(),
        "a removed locale's PDF stays"
    );
    assert!(!p.path("out/pages/card-us/so-1.png").exists());
    assert!(out.contains("no longer in flyer.toml"), "{out}");
    assert!(p.path("out/card-us/es.pdf").exists());
}

#[test]
fn a_full_disk_fails_the_outputs_that_do_not_fit_and_leaves_no_temporary_file() {
    // A 300 KiB tmpfs holds a few PDFs, not nine. Mounting needs root (as CI has);
    // where it cannot be done, say so rather than pass silently.
    let p = Scratch::new("full-disk");
    let disk = p.path("small-disk");
    std::fs::create_dir_all(&disk).unwrap();
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=300k", "tmpfs"])
        .arg(&disk)
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!("skipped: cannot mount a tmpfs on this machine (CI runs it as root)");
        return;
    }
    let out_dir = disk.join("out");
    let args = [
        "build",
        "--no-previews",
        "--out",
        out_dir.to_str().unwrap(),
        "--locale",
        "en,es,km",
        "--layout",
        "poster-letter,card-us,poster-tabloid",
    ];
    let (code, out) = run(&p, &args, 60);
    let mut leftovers = Vec::new();
    for dir in std::fs::read_dir(&out_dir).unwrap().flatten() {
        if dir.path().is_file() {
            // The output record (flyer::fresh), whole if it is there at all.
            let whole = dir.file_name() == ".flyer-outputs.json"
                && serde_json::from_slice::<serde_json::Value>(&std::fs::read(dir.path()).unwrap())
                    .is_ok();
            if !whole {
                leftovers.push(dir.path());
            }
            continue;
        }
        for file in std::fs::read_dir(dir.path()).unwrap().flatten() {
            let bytes = std::fs::read(file.path()).unwrap();
            if !(bytes.starts_with(b"%PDF-") && bytes.trim_ascii_end().ends_with(b"%%EOF")) {
                leftovers.push(file.path());
            }
        }
    }
    let _ = Command::new("umount").arg(&disk).status();
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("No space left on device"), "{out}");
    assert!(
        leftovers.is_empty(),
        "half-written or temporary files: {leftovers:?}"
    );
}
