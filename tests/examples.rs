//! Every project under `examples/` passes `flyer check` with no problem and builds
//! every output, with its own text on the page and no empty box.

mod common;

use common::{notdef_count, pdf_text, squeeze, stderr};
use std::path::{Path, PathBuf};
use std::process::Command;

fn examples() -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(common::repo().join("examples"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("flyer.toml").is_file())
        .collect();
    found.sort();
    found
}

/// Every PDF under `dir`, at any depth, sorted.
fn pdfs_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(pdfs_under(&path));
        } else if path.extension().is_some_and(|e| e == "pdf") {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn flyer(project: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_flyer"))
        .arg("--project")
        .arg(project)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn every_example_passes_flyer_check_cleanly() {
    assert!(!examples().is_empty(), "examples/ holds no project");
    for example in examples() {
        let out = flyer(&example, &["check"]);
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{}: {text}", example.display());
        assert!(
            text.trim_end().ends_with("0 error(s), 0 warning(s)"),
            "{}: {text}",
            example.display()
        );
    }
}

#[test]
fn every_example_builds_with_its_title_on_every_page_one() {
    for example in examples() {
        let name = example.file_name().unwrap().to_string_lossy().into_owned();
        let out_dir =
            std::env::temp_dir().join(format!("flyer-example-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&out_dir);
        let out = flyer(
            &example,
            &["build", "--no-previews", "--out", out_dir.to_str().unwrap()],
        );
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        let mut built = 0;
        // <layout>/<locale>.pdf, or <site>/<layout>/<locale>.pdf with a sites table.
        for pdf in pdfs_under(&out_dir) {
            {
                let bytes = std::fs::read(&pdf).unwrap();
                let code = pdf.file_stem().unwrap().to_string_lossy().into_owned();
                let layout = pdf.parent().unwrap().file_name().unwrap().to_string_lossy();
                let ftl = example.join("locales").join(&code).join("flyer.ftl");
                let source = std::fs::read_to_string(&ftl).unwrap();
                // The title: the first message the layout names (its banner's).
                let spec = std::fs::read_to_string(example.join(format!("layouts/{layout}.toml")))
                    .unwrap();
                let id = spec
                    .split("message = \"")
                    .nth(1)
                    .unwrap()
                    .split('"')
                    .next()
                    .unwrap();
                let title = source
                    .lines()
                    .find_map(|l| l.strip_prefix(&format!("{id} = ")))
                    .unwrap_or_else(|| panic!("{name}: no message {id} in {}", ftl.display()))
                    .to_string();
                assert_eq!(notdef_count(&bytes), 0, "{}", pdf.display());
                assert!(
                    squeeze(&pdf_text(&bytes)).contains(&squeeze(&title)),
                    "{} lacks its title {title:?}",
                    pdf.display()
                );
                built += 1;
            }
        }
        assert!(built > 0, "{name} built nothing");
        let _ = std::fs::remove_dir_all(&out_dir);
    }
}
