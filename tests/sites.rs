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
