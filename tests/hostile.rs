//! Hostile projects: links out of the project, special files, files without end
//! and images that cost more than they show. Each is refused with an error naming
//! the file or field, exit code 1, no PDF for its output, nothing outside the
//! project folder read into an error or changed, and within bounded memory and
//! time.

#![cfg(unix)]

mod common;

use common::Scratch;
use std::collections::BTreeMap;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Time a refusal may take.
const SECONDS: u64 = 10;

/// A folder beside the project, outside it, with a file whose text must never
/// show up in flyer's output, and a way to tell that nothing in it changed.
struct Outside {
    dir: PathBuf,
    before: BTreeMap<PathBuf, Vec<u8>>,
}

const SECRET: &str = "SECRET-LINE-not-for-flyer";

impl Outside {
    fn new(p: &Scratch) -> Outside {
        let dir = PathBuf::from(format!("{}-outside", p.root.display()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("poster-letter")).unwrap();
        std::fs::write(dir.join("secret.toml"), format!("{SECRET} = 1\n")).unwrap();
        std::fs::write(dir.join("poster-letter/en.pdf"), "not flyer's").unwrap();
        std::fs::write(
            dir.join("logo.svg"),
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="96" height="48"><rect width="96" height="48" fill="#ff0000"/></svg>"##,
        )
        .unwrap();
        let before = snapshot(&dir);
        Outside { dir, before }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.join(rel)
    }

    fn assert_untouched(&self) {
        assert_eq!(
            snapshot(&self.dir),
            self.before,
            "something outside the project changed"
        );
    }
}

impl Drop for Outside {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Every file under `dir` with its bytes (links not followed).
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        let meta = std::fs::symlink_metadata(&path).unwrap();
        if meta.is_dir() {
            files.extend(snapshot(&path));
            files.insert(path, b"(folder)".to_vec());
        } else {
            files.insert(path.clone(), std::fs::read(&path).unwrap_or_default());
        }
    }
    files
}

/// Runs flyer on the project under a memory limit; its exit code and all it
/// printed. Fails if it runs longer than [`SECONDS`] or dies of a signal.
fn run(p: &Scratch, args: &[&str]) -> (i32, String) {
    let (code, all) = p.flyer_limited(args, SECONDS);
    assert!(!all.contains("panicked"), "flyer panicked:\n{all}");
    assert!(
        !all.contains(SECRET),
        "an error shows a file outside the project:\n{all}"
    );
    (code, all)
}

/// Asserts a refusal: exit code 1 and every one of `expect` in the report.
fn refused(p: &Scratch, args: &[&str], expect: &[&str]) -> String {
    let (code, report) = run(p, args);
    assert_eq!(code, 1, "{args:?} should fail:\n{report}");
    for e in expect {
        assert!(report.contains(e), "{args:?}: expected {e:?} in:\n{report}");
    }
    report
}

const BUILD_LETTER_EN: [&str; 6] = [
    "build",
    "--layout",
    "poster-letter",
    "--locale",
    "en",
    "--no-previews",
];

/// Places an image block on the US Letter poster.
fn add_logo(p: &Scratch, path: &str) {
    p.edit(
        "layouts/poster-letter.toml",
        "# The emergency band",
        &format!("[[block]]\ntype = \"image\"\npath = \"{path}\"\nwidth = \"1in\"\nalt = \"poster-title\"\n\n# The emergency band"),
    );
}

fn no_pdf(p: &Scratch, rel: &str) {
    assert!(!p.path(rel).exists(), "{rel} was written");
}

#[test]
fn an_output_path_through_a_link_to_a_folder_that_does_not_exist_yet_is_refused() {
    let p = Scratch::new("out-link-new");
    let outside = Outside::new(&p);
    symlink(&outside.dir, p.path("link")).unwrap();
    p.edit("flyer.toml", "out = \"out\"", "out = \"link/new\"");
    refused(
        &p,
        &BUILD_LETTER_EN,
        &[
            "error[path-outside-project]",
            "output folder",
            "flyer.toml:",
        ],
    );
    assert!(!outside.path("new").exists());
    outside.assert_untouched();
}

#[test]
fn a_linked_output_folder_is_neither_written_into_nor_cleaned() {
    let p = Scratch::new("out-linked");
    let outside = Outside::new(&p);
    // The whole output folder a link: from flyer.toml, and from --out.
    symlink(&outside.dir, p.path("out")).unwrap();
    refused(
        &p,
        &BUILD_LETTER_EN,
        &["error[output-symlink]", "output folder out", "flyer.toml:"],
    );
    let out = p.path("out").display().to_string();
    let args = [&BUILD_LETTER_EN[..], &["--out", &out]].concat();
    refused(&p, &args, &["error[output-symlink]", "is a symbolic link"]);
    outside.assert_untouched();

    // A layout's folder inside a real output folder a link, with an output that
    // fails (whose old PDF flyer removes): nothing is written or removed there.
    std::fs::remove_file(p.path("out")).unwrap();
    std::fs::create_dir(p.path("out")).unwrap();
    symlink(outside.path("poster-letter"), p.path("out/poster-letter")).unwrap();
    p.set_message("locales/en/flyer.ftl", "poster-free", "{ $nothing }");
    refused(
        &p,
        &BUILD_LETTER_EN,
        &[
            "error[output-symlink]",
            "poster-letter in it is a symbolic link",
        ],
    );
    outside.assert_untouched();

    // A PDF that is a link.
    std::fs::remove_file(p.path("out/poster-letter")).unwrap();
    std::fs::create_dir(p.path("out/poster-letter")).unwrap();
    symlink(
        outside.path("poster-letter/en.pdf"),
        p.path("out/poster-letter/en.pdf"),
    )
    .unwrap();
    refused(
        &p,
        &BUILD_LETTER_EN,
        &["error[output-symlink]", "poster-letter/en.pdf in it"],
    );
    outside.assert_untouched();

    // The release builds' folder a link: refused by a release build, and by a
    // normal one, which owns it too.
    std::fs::remove_file(p.path("out/poster-letter/en.pdf")).unwrap();
    symlink(&outside.dir, p.path("out/release")).unwrap();
    let release = [&BUILD_LETTER_EN[..], &["--release"]].concat();
    refused(
        &p,
        &release,
        &["error[output-symlink]", "output folder out/release"],
    );
    refused(
        &p,
        &BUILD_LETTER_EN,
        &["error[output-symlink]", "release in it is a symbolic link"],
    );
    outside.assert_untouched();
}

#[test]
fn a_sheet_template_outside_layouts_sheets_is_refused_without_showing_it() {
    let p = Scratch::new("sheet-escape");
    let outside = Outside::new(&p);
    let secret = outside.path("secret");
    let up = format!("../../../{}", secret.file_name().unwrap().to_str().unwrap());
    let outside_name = format!(
        "../../../{}/secret",
        outside.dir.file_name().unwrap().to_str().unwrap()
    );
    let sheet_layout = p.read("layouts/sheet-avery-5371.toml");
    let with_sheet = |name: &str| {
        let text = sheet_layout.replace("sheet = \"avery-5371\"", &format!("sheet = \"{name}\""));
        p.write("layouts/sheet-avery-5371.toml", &text);
    };
    for name in [
        up.as_str(),
        outside_name.as_str(),
        "/etc/hostname",
        ".hidden",
    ] {
        with_sheet(name);
        let args = [
            "build",
            "--layout",
            "sheet-avery-5371",
            "--locale",
            "en",
            "--no-previews",
        ];
        refused(
            &p,
            &args,
            &[
                "error[sheet-value]",
                "is not a plain name",
                "layouts/sheet-avery-5371.toml:2:1",
            ],
        );
        no_pdf(&p, "out/sheet-avery-5371/en.pdf");
    }
    // A template that is a link out of the project.
    symlink(
        outside.path("secret.toml"),
        p.path("layouts/sheets/evil.toml"),
    )
    .unwrap();
    with_sheet("evil");
    let args = [
        "build",
        "--layout",
        "sheet-avery-5371",
        "--locale",
        "en",
        "--no-previews",
    ];
    refused(
        &p,
        &args,
        &[
            "error[path-outside-project]",
            "sheet template layouts/sheets/evil.toml",
            "leads outside the project folder",
        ],
    );
    no_pdf(&p, "out/sheet-avery-5371/en.pdf");
    outside.assert_untouched();
}

#[test]
fn an_svg_may_embed_only_files_of_the_project() {
    let p = Scratch::new("svg-href");
    let outside = Outside::new(&p);
    let logo = |href: &str| {
        format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="96" height="48"><image xlink:href="{href}" width="96" height="48"/></svg>"##
        )
    };
    add_logo(&p, "logo.svg");
    let absolute = outside.path("logo.svg").display().to_string();
    let up = format!(
        "../{}/logo.svg",
        outside.dir.file_name().unwrap().to_str().unwrap()
    );
    for href in [absolute.as_str(), up.as_str(), "file:///etc/hostname"] {
        p.write("logo.svg", &logo(href));
        refused(
            &p,
            &BUILD_LETTER_EN,
            &[
                "error[image-unreadable]",
                "cannot use image logo.svg",
                &format!("<image href=\"{href}\">"),
            ],
        );
        no_pdf(&p, "out/poster-letter/en.pdf");
    }
    // A link inside the project that leads out of it.
    symlink(outside.path("logo.svg"), p.path("inner.svg")).unwrap();
    p.write("logo.svg", &logo("inner.svg"));
    refused(
        &p,
        &BUILD_LETTER_EN,
        &[
            "cannot use image logo.svg",
            "<image href=\"inner.svg\"> leaves the project folder",
        ],
    );
    no_pdf(&p, "out/poster-letter/en.pdf");
    // A file of the project is drawn.
    std::fs::remove_file(p.path("inner.svg")).unwrap();
    std::fs::copy(outside.path("logo.svg"), p.path("inner.svg")).unwrap();
    let (code, report) = run(&p, &BUILD_LETTER_EN);
    assert_eq!(code, 0, "{report}");
    outside.assert_untouched();
}

/// A one-shot command resolves each input folder once (not every path from
/// `/`): a file that is no link itself, in a folder that is one leading out
/// of the project, is still refused; and so is a link inside a real folder.
#[test]
fn an_image_in_a_linked_folder_outside_the_project_is_refused() {
    let p = Scratch::new("linked-folder");
    let outside = Outside::new(&p);
    add_logo(&p, "art/logo.svg");
    symlink(&outside.dir, p.path("art")).unwrap();
    refused(
        &p,
        &BUILD_LETTER_EN,
        &["art/logo.svg", "leaves the project folder"],
    );
    no_pdf(&p, "out/poster-letter/en.pdf");
    // The folder is real, the file a link out of it.
    std::fs::remove_file(p.path("art")).unwrap();
    std::fs::create_dir(p.path("art")).unwrap();
    symlink(outside.path("logo.svg"), p.path("art/logo.svg")).unwrap();
    refused(
        &p,
        &BUILD_LETTER_EN,
        &["art/logo.svg", "leaves the project folder"],
    );
    no_pdf(&p, "out/poster-letter/en.pdf");
    // A font, which no path in a project file names: read from its folder.
    let font = outside.dir.join("font.ttf");
    std::fs::copy(p.path("fonts/NotoSans-Regular.ttf"), &font).unwrap();
    symlink(&font, p.path("fonts/Extra.ttf")).unwrap();
    refused(
        &p,
        &BUILD_LETTER_EN,
        &["fonts/Extra.ttf", "it leads outside the project folder"],
    );
    no_pdf(&p, "out/poster-letter/en.pdf");
    std::fs::remove_file(p.path("fonts/Extra.ttf")).unwrap();
    std::fs::remove_file(&font).unwrap();
    // A real file in a real folder is drawn.
    std::fs::remove_file(p.path("art/logo.svg")).unwrap();
    std::fs::copy(outside.path("logo.svg"), p.path("art/logo.svg")).unwrap();
    let (code, report) = run(&p, &BUILD_LETTER_EN);
    assert_eq!(code, 0, "{report}");
    outside.assert_untouched();
}

#[test]
fn inputs_linked_to_an_endless_device_are_refused_before_reading() {
    if !Path::new("/dev/zero").exists() {
        eprintln!("skipped: no /dev/zero on this machine");
        return;
    }
    type Setup = fn(&Scratch);
    // (what, setup, arguments, what the error names)
    let cases: [(&str, Setup, &[&str], &str); 5] = [
        (
            "a translation file",
            |p| symlink("/dev/zero", p.path("locales/en/zero.ftl")).unwrap(),
            &BUILD_LETTER_EN,
            "translation file locales/en/zero.ftl",
        ),
        (
            "a layout",
            |p| symlink("/dev/zero", p.path("layouts/zero.toml")).unwrap(),
            &[
                "build",
                "--layout",
                "zero",
                "--locale",
                "en",
                "--no-previews",
            ],
            "layout layouts/zero.toml",
        ),
        (
            "a font",
            |p| symlink("/dev/zero", p.path("fonts/zero.ttf")).unwrap(),
            &["list"],
            "font file fonts/zero.ttf",
        ),
        (
            "an image",
            |p| {
                symlink("/dev/zero", p.path("logo.png")).unwrap();
                add_logo(p, "logo.png");
            },
            &BUILD_LETTER_EN,
            "image path `logo.png` leaves",
        ),
        (
            "an SVG's image",
            |p| {
                symlink("/dev/zero", p.path("zero.svg")).unwrap();
                p.write("logo.svg", r##"<svg xmlns="http://www.w3.org/2000/svg" width="96" height="48"><image href="zero.svg" width="96" height="48"/></svg>"##);
                add_logo(p, "logo.svg");
            },
            &BUILD_LETTER_EN,
            "<image href=\"zero.svg\">",
        ),
    ];
    for (what, setup, args, names) in cases {
        let p = Scratch::new("dev-zero");
        let outside = Outside::new(&p);
        setup(&p);
        let report = refused(&p, args, &[names, "the project folder"]);
        assert!(
            !report.contains('\0'),
            "{what}: the device's bytes were shown"
        );
        no_pdf(&p, "out/poster-letter/en.pdf");
        outside.assert_untouched();
    }
}

#[test]
fn special_and_oversized_files_inside_the_project_are_refused() {
    let p = Scratch::new("special");
    // A sparse file past the cap takes no disk and no time to make.
    let big = std::fs::File::create(p.path("locales/en/big.ftl")).unwrap();
    big.set_len(11 << 20).unwrap();
    refused(
        &p,
        &BUILD_LETTER_EN,
        &[
            "error[file-too-large]",
            "translation file locales/en/big.ftl",
            "more than the 10 MiB",
        ],
    );
    no_pdf(&p, "out/poster-letter/en.pdf");
    std::fs::remove_file(p.path("locales/en/big.ftl")).unwrap();

    // A FIFO would make a plain read wait for a writer forever.
    let made = Command::new("mkfifo")
        .arg(p.path("locales/en/fifo.ftl"))
        .status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped the FIFO case: mkfifo is not available");
        return;
    }
    refused(
        &p,
        &BUILD_LETTER_EN,
        &[
            "error[file-special]",
            "translation file locales/en/fifo.ftl",
            "not a regular file",
        ],
    );
    no_pdf(&p, "out/poster-letter/en.pdf");
}

/// A PNG of `width` x `height` pixels whose pixel data is a few bytes (it could
/// not be decoded, but flyer must refuse it from its header first).
fn png_header_only(width: u32, height: u32) -> Vec<u8> {
    fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
        out.extend((data.len() as u32).to_be_bytes());
        out.extend(kind);
        out.extend(data);
        let mut crc = flate2::Crc::new();
        crc.update(kind);
        crc.update(data);
        out.extend(crc.sum().to_be_bytes());
    }
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend(width.to_be_bytes());
    ihdr.extend(height.to_be_bytes());
    ihdr.extend([8, 6, 0, 0, 0]); // 8-bit RGBA
    chunk(&mut png, b"IHDR", &ihdr);
    chunk(
        &mut png,
        b"IDAT",
        &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
    );
    chunk(&mut png, b"IEND", &[]);
    png
}

#[test]
fn a_small_png_with_huge_dimensions_is_refused_from_its_header() {
    let p = Scratch::new("png-bomb");
    add_logo(&p, "logo.png");
    for (w, h) in [(60_000, 60_000), (5_000, 5_000)] {
        std::fs::write(p.path("logo.png"), png_header_only(w, h)).unwrap();
        refused(
            &p,
            &BUILD_LETTER_EN,
            &[
                "error[image-unreadable]",
                "cannot use image logo.png",
                &format!("{w} x {h} pixels"),
                "megapixels",
            ],
        );
        no_pdf(&p, "out/poster-letter/en.pdf");
    }
}

#[test]
fn a_costly_svg_is_refused_quickly_and_only_where_it_is_used() {
    let p = Scratch::new("svg-bomb");
    add_logo(&p, "logo.svg");
    let svgs = [
        // A filter whose kernel covers the whole picture at every pixel.
        (r##"<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><filter id="f"><feMorphology radius="300"/></filter><rect width="600" height="600" fill="#0b4a7d" filter="url(#f)"/></svg>"##.to_string(), "drawing it would take"),
        // Ten levels of ten copies: ten billion elements.
        (
            {
                let mut s = String::from(r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="96" height="48"><defs><rect id="l0" width="1" height="1"/>"##);
                for level in 1..=10 {
                    s.push_str(&format!("<g id=\"l{level}\">"));
                    for _ in 0..10 {
                        s.push_str(&format!("<use xlink:href=\"#l{}\"/>", level - 1));
                    }
                    s.push_str("</g>");
                }
                s.push_str("</defs><use xlink:href=\"#l10\"/></svg>");
                s
            },
            "elements flyer draws",
        ),
        // Entities that expand to gigabytes.
        (
            {
                let mut s = String::from("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">]>");
                s.push_str(r##"<svg xmlns="http://www.w3.org/2000/svg" width="96" height="48"><desc>"##);
                s.push_str(&"&a;".repeat(200_000));
                s.push_str("</desc></svg>");
                s
            },
            "entities expand to",
        ),
        // Many shapes, each the size of the picture.
        (
            format!(
                r##"<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600">{}</svg>"##,
                r##"<rect width="600" height="600" fill="#0b4a7d" opacity="0.5"/>"##.repeat(20_000)
            ),
            "drawing it would take",
        ),
    ];
    for (svg, expect) in svgs {
        p.write("logo.svg", &svg);
        let (code, report) = run(&p, &["list"]);
        assert_eq!(code, 0, "flyer list does not draw images:\n{report}");
        let card = [
            "build",
            "--layout",
            "card-us",
            "--locale",
            "en",
            "--no-previews",
        ];
        let (code, report) = run(&p, &card);
        assert_eq!(code, 0, "an output without the image is built:\n{report}");
        refused(&p, &BUILD_LETTER_EN, &["cannot use image logo.svg", expect]);
        no_pdf(&p, "out/poster-letter/en.pdf");
    }
}
