//! One campaign, many sites (issue 16): the sites table of flyer.toml `[sites]`,
//! each row's values on its own outputs, and a bad row reported at its cell
//! while the other sites build.

mod common;

use common::{copy_dir, pdf_text, squeeze, stderr, Scratch};
use std::path::Path;

/// A copy of `examples/statewide` (twelve sites), its fonts the repository's.
fn statewide() -> Scratch {
    let scratch = Scratch::empty("sites");
    copy_dir(&common::repo().join("examples/statewide"), &scratch.root);
    let _ = std::fs::remove_dir_all(scratch.path("out"));
    scratch
}

fn text_of(path: &Path) -> String {
    squeeze(&pdf_text(&std::fs::read(path).unwrap()))
}

fn site_folders(out: &Path) -> Vec<String> {
    let mut ids: Vec<String> = std::fs::read_dir(out)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    ids.sort();
    ids
}

#[test]
fn every_site_is_built_into_its_own_folder_with_its_own_values() {
    let project = statewide();
    let out = project.flyer(&["build", "--no-previews"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let dir = project.path("out");
    assert_eq!(site_folders(&dir).len(), 12);
    // Harbor: its name, hotline name and number; not the network's.
    let harbor = text_of(&dir.join("harbor/poster-tabloid/en.pdf"));
    for own in [
        "Harbor Children's Center",
        "Harbor Help Line",
        "(617) 555-0102",
    ] {
        assert!(harbor.contains(&squeeze(own)), "harbor lacks {own}");
    }
    assert!(
        !harbor.contains("555-0100"),
        "the network's number on harbor's poster"
    );
    assert!(!harbor.contains("BayStateCACNetwork"));
    // A site without a hotline name keeps the campaign's.
    let berkshire = text_of(&dir.join("berkshire/card-us/es.pdf"));
    assert!(berkshire.contains("Child-at-RiskHotline") && berkshire.contains("(413)555-0103"));
    // A site's own locales and layouts: cape-islands is English only,
    // worcester prints cards only.
    assert!(dir.join("cape-islands/poster-tabloid/en.pdf").is_file());
    assert!(!dir.join("cape-islands/poster-tabloid/es.pdf").exists());
    assert!(dir.join("worcester/card-us/es.pdf").is_file());
    assert!(!dir.join("worcester/poster-tabloid").exists());
    // The sites page lists every site.
    let index = std::fs::read_to_string(dir.join("index.html")).unwrap();
    assert_eq!(index.matches("/index.html\">").count(), 12, "{index}");
}

#[test]
fn a_broken_row_is_reported_at_its_cell_and_the_other_sites_build() {
    let project = statewide();
    // Harbor's dial string is not its printed number's.
    project.edit("sites.csv", "+16175550102", "+16175550199");
    let out = project.flyer(&["build", "--no-previews"]);
    assert_eq!(out.status.code(), Some(1), "a bad row fails the build");
    let err = stderr(&out);
    let line = 3; // the header, north-shore, then harbor
    let col = project
        .read("sites.csv")
        .lines()
        .nth(line - 1)
        .unwrap()
        .find("(617)")
        .unwrap()
        + 1;
    assert!(err.contains(&format!("sites.csv:{line}:{col}")), "{err}");
    assert!(err.contains("does not match its dial number"), "{err}");
    let dir = project.path("out");
    let built = site_folders(&dir);
    assert_eq!(built.len(), 11, "{built:?}");
    assert!(!built.contains(&"harbor".to_string()));
    let index = std::fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(index.contains("Rows not built"), "{index}");
}

#[test]
fn the_sites_table_is_checked_cell_by_cell() {
    // (edit of sites.csv, the message, the line, the cell the error points at)
    let cases = [
        (
            "north-shore,",
            "North Shore,",
            "site id `North Shore` is not a folder name",
            2,
            "North Shore",
        ),
        (
            "berkshire,",
            "harbor,",
            "site id `harbor` is given twice",
            4,
            "harbor",
        ),
        (
            "https://harbor.example.org",
            "harbor.example.org",
            "is not a web address",
            3,
            "harbor.example.org",
        ),
        (
            "images/hills.svg,en es,\ncape",
            "images/hill.svg,en es,\ncape",
            "there is no logo file",
            4,
            "images/hill.svg",
        ),
        (
            "en es ar,\npioneer",
            "en es fr,\npioneer",
            "site locale `fr` is not one of the project's",
            6,
            "en es fr",
        ),
    ];
    for (from, to, message, line, cell) in cases {
        let project = statewide();
        project.edit("sites.csv", from, to);
        let out = project.flyer(&[
            "build",
            "--no-previews",
            "--layout",
            "card-us",
            "--locale",
            "en",
        ]);
        assert_eq!(out.status.code(), Some(1), "{to}");
        let err = stderr(&out);
        assert!(err.contains(message), "{to}: {err}");
        let row = project
            .read("sites.csv")
            .lines()
            .nth(line - 1)
            .unwrap()
            .to_string();
        let col = row
            .find(cell)
            .unwrap_or_else(|| panic!("{cell:?} not in {row:?}"))
            + 1;
        assert!(
            err.contains(&format!("sites.csv:{line}:{col}")),
            "{to}: {err}"
        );
        // The other eleven sites are built.
        assert_eq!(site_folders(&project.path("out")).len(), 11, "{to}");
    }
}

#[test]
fn an_unknown_column_stops_the_table_with_the_columns_it_knows() {
    let project = statewide();
    project.edit("sites.csv", "hotline-name,website", "hotline-nmae,website");
    let out = project.flyer(&["build", "--no-previews"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let col = "id,organization,hotline,hotline-dial,".len() + 1;
    assert!(err.contains(&format!("sites.csv:1:{col}")), "{err}");
    assert!(
        err.contains("hotline-nmae") && err.contains("hotline-name"),
        "{err}"
    );
    assert!(!project.path("out").exists(), "nothing built");
}

#[test]
fn site_builds_only_the_sites_named_and_list_shows_them() {
    let project = statewide();
    let out = project.flyer(&["build", "--no-previews", "--site", "boston,harbor"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(site_folders(&project.path("out")), ["boston", "harbor"]);
    let out = project.flyer(&["build", "--no-previews", "--site", "bostn"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("boston"), "a guess: {}", stderr(&out));
    let list = project.flyer(&["list"]);
    let text = String::from_utf8_lossy(&list.stdout);
    assert!(
        text.contains("Sites:") && text.contains("cape-islands") && text.contains("locales: en;"),
        "{text}"
    );
}

/// Each output's bytes and modification time, by its path under the folder.
type Snapshot = std::collections::BTreeMap<String, (Vec<u8>, std::time::SystemTime)>;

/// Each PDF under the output folder with its bytes and modification time.
fn snapshot(out: &Path) -> Snapshot {
    let mut files = std::collections::BTreeMap::new();
    let mut stack = vec![out.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "pdf") {
                let rel = path
                    .strip_prefix(out)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                let modified = entry.metadata().unwrap().modified().unwrap();
                files.insert(rel, (std::fs::read(&path).unwrap(), modified));
            }
        }
    }
    files
}

/// The outputs a rebuild wrote again (their modification time moved), and a
/// check that every other output kept its bytes.
fn rebuilt(project: &Scratch, before: &Snapshot) -> Vec<String> {
    let out = project.flyer(&["build", "--no-previews"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let after = snapshot(&project.path("out"));
    assert_eq!(
        after.keys().collect::<Vec<_>>(),
        before.keys().collect::<Vec<_>>()
    );
    let mut written = Vec::new();
    for (file, (bytes, modified)) in &after {
        let (old_bytes, old_modified) = &before[file];
        if modified != old_modified {
            written.push(file.clone());
        } else {
            assert_eq!(bytes, old_bytes, "{file} changed without being written");
        }
    }
    written
}

/// `written` is exactly the outputs of `snapshot` that `which` picks (some).
fn written_exactly(written: &[String], snapshot: &Snapshot, which: impl Fn(&str) -> bool) {
    let expected: Vec<String> = snapshot.keys().filter(|k| which(k)).cloned().collect();
    assert!(!expected.is_empty());
    assert_eq!(written, expected);
}

#[test]
fn a_rebuild_writes_only_the_outputs_whose_inputs_changed() {
    let project = statewide();
    // Arabic from a font file of the project's own, so that it can change.
    std::fs::create_dir_all(project.path("fonts")).unwrap();
    for face in ["NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"] {
        std::fs::copy(
            common::repo().join("fonts").join(face),
            project.path("fonts").join(face),
        )
        .unwrap();
    }
    let first = project.flyer(&["build", "--no-previews"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let all = snapshot(&project.path("out"));

    // Nothing changed: nothing written, and the summary says so.
    assert_eq!(rebuilt(&project, &all), Vec::<String>::new());
    let again = project.flyer(&["build", "--no-previews"]);
    assert!(String::from_utf8_lossy(&again.stdout).contains("(6 unchanged)"));

    // One site's row: only that site's outputs.
    let all = snapshot(&project.path("out"));
    project.edit("sites.csv", "Harbor Help Line", "Harbor Family Line");
    let written = rebuilt(&project, &all);
    written_exactly(&written, &all, |k| k.starts_with("harbor/"));

    // One translation: that locale in every site.
    let all = snapshot(&project.path("out"));
    project.set_message(
        "locales/es/flyer.ftl",
        "card-title",
        "Conozca las señales de la explotación sexual infantil",
    );
    let written = rebuilt(&project, &all);
    written_exactly(&written, &all, |k| k.ends_with("/es.pdf"));

    // One layout: its outputs in every site.
    let all = snapshot(&project.path("out"));
    project.edit(
        "layouts/card-us.toml",
        "[[block]]",
        "# the card's blocks\n[[block]]",
    );
    let written = rebuilt(&project, &all);
    written_exactly(&written, &all, |k| k.contains("/card-us/"));

    // One font file: the outputs whose text it draws (Arabic), and no other.
    let all = snapshot(&project.path("out"));
    let font = std::fs::File::options()
        .write(true)
        .open(project.path("fonts/NotoNaskhArabic-Regular.ttf"))
        .unwrap();
    font.set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(5))
        .unwrap();
    let written = rebuilt(&project, &all);
    written_exactly(&written, &all, |k| k.ends_with("/ar.pdf"));

    // --force: everything.
    let all = snapshot(&project.path("out"));
    let out = project.flyer(&["build", "--no-previews", "--force"]);
    assert!(out.status.success());
    let after = snapshot(&project.path("out"));
    assert!(
        after.iter().all(|(k, (_, m))| *m != all[k].1),
        "--force writes every output"
    );
}

#[test]
fn a_site_without_a_value_its_layouts_print_is_an_error_of_its_row() {
    let project = statewide();
    project.edit("sites.csv", "(617) 555-0112,+16175550112,", ",,");
    let out = project.flyer(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout).into_owned() + &stderr(&out);
    assert!(
        text.contains("site `boston` has no `hotline`, and layout `card-us` prints it"),
        "{text}"
    );
    // At the empty cell: boston's third, after "boston,Boston Children's Advocacy Center,".
    let col = "boston,Boston Children's Advocacy Center,".len() + 1;
    assert!(text.contains(&format!("sites.csv:13:{col}")), "{text}");
    // The build says so too, and writes none of boston's outputs that print it.
    let out = project.flyer(&["build", "--no-previews", "--site", "boston"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("site `boston` has no `hotline`"));
    assert!(!project.path("out/boston/card-us/en.pdf").exists());
}

#[test]
fn a_site_taken_out_of_the_table_loses_its_folder_but_not_files_of_others() {
    let project = statewide();
    let out = project.flyer(&["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        project.path("out/metro-west/index.html").is_file(),
        "a site's own gallery"
    );
    let gallery = project.read("out/harbor/index.html");
    assert!(gallery.contains("Harbor Children's Center: posters and cards"));
    assert!(
        gallery.contains("href=\"../index.html\""),
        "a way back to the sites page"
    );
    // plymouth's folder holds a file flyer did not make.
    project.write("out/plymouth/notes.txt", "print 200 of each");
    let table = project.read("sites.csv");
    let kept: Vec<&str> = table
        .lines()
        .filter(|l| !l.starts_with("metro-west,") && !l.starts_with("plymouth,"))
        .collect();
    project.write("sites.csv", &(kept.join("\n") + "\n"));
    let out = project.flyer(&["build", "--no-previews"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("no longer in the sites table: metro-west"),
        "{said}"
    );
    assert!(!project.path("out/metro-west").exists());
    // What flyer made is gone; the user's file and its folder stay.
    assert!(project.path("out/plymouth/notes.txt").is_file());
    assert!(!project.path("out/plymouth/card-us").exists());
    assert_eq!(site_folders(&project.path("out")).len(), 11);
}
