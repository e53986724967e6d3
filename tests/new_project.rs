//! `flyer new` makes a project that builds at once, in every script flyer ships,
//! with no font files of its own; `flyer fonts --vendor` pins the built-in fonts
//! it uses without changing a byte of its PDFs.

mod common;

use common::{notdef_count, pdf_text, squeeze, stderr};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A fresh, absent folder under the system's temporary folder.
fn fresh(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "flyer-new-{name}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn flyer(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_flyer"))
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn new_project(name: &str, args: &[&str]) -> PathBuf {
    let dir = fresh(name);
    let mut all = vec!["new", dir.to_str().unwrap()];
    all.extend(args);
    let out = flyer(&std::env::temp_dir(), &all);
    assert!(out.status.success(), "flyer new: {}", stderr(&out));
    dir
}

/// The PDFs under `out/`, by path relative to it, with their bytes.
fn pdfs(out: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut found = Vec::new();
    for layout in std::fs::read_dir(out).unwrap().flatten() {
        if !layout.path().is_dir() {
            continue;
        }
        for file in std::fs::read_dir(layout.path()).unwrap().flatten() {
            if file.path().extension().is_some_and(|x| x == "pdf") {
                let rel = file.path().strip_prefix(out).unwrap().to_path_buf();
                found.push((rel, std::fs::read(file.path()).unwrap()));
            }
        }
    }
    found.sort();
    found
}

#[test]
fn a_new_project_builds_a_poster_and_a_card_in_four_scripts_without_fonts_of_its_own() {
    let dir = new_project("scripts", &["--locales", "es,ar,zh-Hans,km"]);
    assert!(!dir.join("fonts").exists(), "flyer new copies no fonts");
    let out = flyer(&dir, &["build", "--no-previews"]);
    assert!(out.status.success(), "build: {}", stderr(&out));
    let built = pdfs(&dir.join("out"));
    let names: Vec<String> = built.iter().map(|(p, _)| p.display().to_string()).collect();
    assert_eq!(names.len(), 10, "{names:?}");
    for (code, title) in [
        ("en", "Free help for families"),
        ("es", "Ayuda gratuita para familias"),
        ("ar", "مساعدة مجانية للأسر"),
        ("zh-Hans", "为家庭提供免费帮助"),
        ("km", "ជំនួយឥតគិតថ្លៃសម្រាប់គ្រួសារ"),
    ] {
        for layout in ["poster-letter", "card-us"] {
            let bytes =
                std::fs::read(dir.join("out").join(layout).join(format!("{code}.pdf"))).unwrap();
            assert_eq!(
                notdef_count(&bytes),
                0,
                "{layout}/{code} draws an empty box"
            );
            assert!(
                squeeze(&pdf_text(&bytes)).contains(&squeeze(title)),
                "{layout}/{code} lacks its title"
            );
        }
    }
}

#[test]
fn every_starter_translation_passes_flyer_check_with_no_warning() {
    let all = "es,pt-BR,ht,kea,fr,vi,zh-Hans,zh-Hant,ko,km,ru,ar,fa-AF,gu,so";
    let dir = new_project("all", &["--locales", all, "--pieces", "poster,card,sheet"]);
    let out = flyer(&dir, &["check"]);
    assert!(out.status.success(), "check: {}", stdout(&out));
    assert_eq!(
        stdout(&out).trim(),
        "checked 16 locales and 2 layouts: 0 error(s), 0 warning(s)"
    );
    let list = stdout(&flyer(&dir, &["list"]));
    assert!(list.contains("sheet-avery-5371"), "{list}");
    assert!(
        list.contains("  km       Noto Sans*, Noto Sans Khmer*"),
        "{list}"
    );
    // The script column lines up in a terminal after native names of every
    // width: a Chinese or Korean character takes two columns.
    let script_column = |code: &str, script: &str| {
        let line = (list.lines())
            .find(|l| l.starts_with(&format!("  {code} ")))
            .unwrap_or_else(|| panic!("no {code} in {list}"));
        let before = &line[..line.find(&format!(" {script} ")).unwrap()];
        let wide = before
            .chars()
            .filter(|c| ('\u{3000}'..='\u{D7FF}').contains(c));
        before.chars().count() + wide.count()
    };
    let latin = script_column("en", "Latn");
    for (code, script) in [
        ("zh-Hans", "Hani"),
        ("zh-Hant", "Hani"),
        ("ko", "Hang"),
        ("ru", "Cyrl"),
    ] {
        assert_eq!(script_column(code, script), latin, "{code} in\n{list}");
    }
}

#[test]
fn a_folder_with_files_is_never_written_over() {
    let dir = fresh("full");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("notes.txt"), "mine").unwrap();
    let out = flyer(&std::env::temp_dir(), &["new", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "error[new-project]: {} already exists and is not empty",
            dir.display()
        )),
        "{err}"
    );
    assert!(
        err.contains("hint: name a new folder; flyer new never writes over files"),
        "{err}"
    );
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
}

#[test]
fn an_unknown_locale_or_piece_is_refused_with_a_guess() {
    let dir = fresh("guess");
    let out = flyer(
        &std::env::temp_dir(),
        &["new", dir.to_str().unwrap(), "--locales", "pt-br"],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("error[new-project]: flyer has no starter text in `pt-br`"),
        "{err}"
    );
    assert!(err.contains("hint: did you mean `pt-BR`?"), "{err}");
    let out = flyer(
        &std::env::temp_dir(),
        &["new", dir.to_str().unwrap(), "--pieces", "postr"],
    );
    assert!(stderr(&out).contains("there is no piece `postr`"));
    assert!(stderr(&out).contains("did you mean `poster`?"));
    assert!(
        !dir.exists(),
        "nothing is written when the request is refused"
    );
}

#[test]
fn vendored_fonts_are_the_ones_the_locales_use_and_change_no_pdf() {
    let dir = new_project("vendor", &["--locales", "km,zh-Hant"]);
    assert!(flyer(&dir, &["build", "--no-previews"]).status.success());
    let before = pdfs(&dir.join("out"));
    let out = flyer(&dir, &["fonts", "--vendor"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut vendored: Vec<String> = std::fs::read_dir(dir.join("fonts"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    vendored.sort();
    assert_eq!(
        vendored,
        [
            "NotoSans-Bold.ttf",
            "NotoSans-Regular.ttf",
            "NotoSansCJK-Bold.ttc",
            "NotoSansCJK-Regular.ttc",
            "NotoSansKhmer-Bold.ttf",
            "NotoSansKhmer-Regular.ttf",
            "OFL.txt",
        ]
    );
    assert!(flyer(&dir, &["build", "--no-previews"]).status.success());
    assert!(before == pdfs(&dir.join("out")), "vendoring changed a PDF");
    let list = stdout(&flyer(&dir, &["fonts"]));
    assert!(
        list.contains("  km       Noto Sans, Noto Sans Khmer\n"),
        "{list}"
    );
    assert!(list.contains("fonts/NotoSansKhmer-Regular.ttf"), "{list}");
    // A second run finds them in place; a different file of the same name is kept.
    let mine = std::fs::read(dir.join("fonts/NotoSans-Regular.ttf")).unwrap();
    std::fs::write(dir.join("fonts/NotoSans-Bold.ttf"), &mine).unwrap();
    let out = flyer(&dir, &["fonts", "--vendor"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("fonts/NotoSans-Bold.ttf exists and differs"));
    assert!(std::fs::read(dir.join("fonts/NotoSans-Bold.ttf")).unwrap() == mine);
}

#[test]
fn a_build_says_which_translations_were_made_from_an_older_source_text() {
    let dir = new_project("stale", &["--locales", "es,km"]);
    let en = dir.join("locales/en/flyer.ftl");
    let text = std::fs::read_to_string(&en).unwrap();
    let text = text.replace(
        "flyer-title = Free help for families",
        "flyer-title = Is there lead in your home?",
    );
    std::fs::write(&en, text).unwrap();
    let out = flyer(&dir, &["build", "--no-previews"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains(
            "stale: 2 translated messages made from an older en text (es 1, km 1); `flyer check` lists them, `flyer serve` shows what changed"
        ),
        "{}",
        stdout(&out)
    );
}

/// The first page's MediaBox of a PDF, in points (width, height).
fn page_size(bytes: &[u8]) -> (f32, f32) {
    let doc = lopdf::Document::load_mem(bytes).unwrap();
    let (_, page) = doc.get_pages().into_iter().next().unwrap();
    let dict = doc.get_dictionary(page).unwrap();
    let media = dict.get(b"MediaBox").unwrap().as_array().unwrap();
    let n = |i: usize| media[i].as_float().unwrap();
    (n(2) - n(0), n(3) - n(1))
}

#[test]
fn the_a4_pieces_are_an_a4_poster_an_eu_card_and_its_sheet() {
    let dir = new_project(
        "a4",
        &["--pieces", "poster-a4,card-eu,sheet-a4", "--locales", "fr"],
    );
    let out = flyer(&dir, &["build", "--no-previews"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let read = |rel: &str| std::fs::read(dir.join("out").join(rel)).unwrap();
    let (w, h) = page_size(&read("poster-a4/fr.pdf"));
    assert!(
        (w - 595.3).abs() < 0.5 && (h - 841.9).abs() < 0.5,
        "{w} x {h}"
    );
    // 85 x 55 mm plus a 3 mm bleed on each side.
    let (w, h) = page_size(&read("card-eu/fr.pdf"));
    assert!(
        (w - 91.0 * 72.0 / 25.4).abs() < 0.5 && (h - 61.0 * 72.0 / 25.4).abs() < 0.5,
        "{w} x {h}"
    );
    let (w, h) = page_size(&read("sheet-avery-c32011/fr.pdf"));
    assert!(
        (w - 595.3).abs() < 0.5 && (h - 841.9).abs() < 0.5,
        "{w} x {h}"
    );
}
