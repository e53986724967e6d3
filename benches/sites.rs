//! `cargo bench --bench sites`: one campaign at many sites (issue 16), on a
//! generated sites table of 50 sites for the seed project (every layout and
//! locale of flyer.toml at each: about 10,000 PDFs). Times, as `flyer build
//! --no-previews` runs them (each site's session, its outputs on all cores, the
//! output record):
//! - a full build, into an empty folder;
//! - a rebuild with nothing changed;
//! - a rebuild after one row of the table changed;
//!
//! and the peak memory of the process (VmHWM, Linux), next to today's cost of
//! one site's outputs.

use flyer::{BuildOptions, Builder, Project, Session};
use std::path::{Path, PathBuf};
use std::time::Instant;

const SITES: usize = 50;

/// A copy of the seed project with a sites table of `SITES` rows.
fn project() -> PathBuf {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = std::env::temp_dir().join(format!("flyer-bench-sites-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).unwrap();
    copy(&seed.join("locales"), &root.join("locales"));
    copy(&seed.join("layouts"), &root.join("layouts"));
    // Fonts hard-linked (flyer refuses a linked folder that leads outside).
    std::fs::create_dir_all(root.join("fonts")).unwrap();
    for font in std::fs::read_dir(seed.join("fonts")).unwrap().flatten() {
        let to = root.join("fonts").join(font.file_name());
        if std::fs::hard_link(font.path(), &to).is_err() {
            std::fs::copy(font.path(), &to).unwrap();
        }
    }
    let manifest = std::fs::read_to_string(seed.join("flyer.toml")).unwrap();
    std::fs::write(
        root.join("flyer.toml"),
        format!("{manifest}\n[sites]\nfile = \"sites.csv\"\n"),
    )
    .unwrap();
    write_table(&root, "Hotline");
    root
}

/// The sites table; `name` is the 7th site's hotline name (a changed row).
fn write_table(root: &Path, name: &str) {
    let mut csv = String::from("id,organization,hotline,hotline-dial,hotline-name\n");
    for i in 0..SITES {
        let hotline = if i == 7 { name } else { "Hotline" };
        csv.push_str(&format!(
            "site-{i:02},Center {i:02},(617) 555-01{i:02},+161755501{i:02},Center {i:02} {hotline}\n"
        ));
    }
    std::fs::write(root.join("sites.csv"), csv).unwrap();
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            copy(&path, &to.join(entry.file_name()));
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).unwrap();
        }
    }
}

/// Opens the project and builds every site, as the command does; returns the
/// outputs written and those left unchanged, and the seconds it took.
fn build_all(root: &Path) -> (usize, usize, f64) {
    let start = Instant::now();
    let session = Session::open(Project::load(root).unwrap()).unwrap();
    let sites = session.sites.clone().unwrap();
    let opts = BuildOptions::default();
    let (mut written, mut unchanged) = (0, 0);
    for site in sites.valid() {
        let site_session = session.for_site(site);
        let jobs = site_session.jobs(&opts).unwrap();
        let outcomes = Builder::new(&site_session, &opts)
            .build_jobs(&jobs, &|_| {})
            .unwrap();
        for o in &outcomes {
            assert!(o.result.is_ok(), "{}/{}", o.layout, o.locale);
        }
        let same = outcomes.iter().filter(|o| o.unchanged).count();
        unchanged += same;
        written += outcomes.len() - same;
    }
    (written, unchanged, start.elapsed().as_secs_f64())
}

/// The process's peak resident memory, in MiB (Linux).
fn peak_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn main() {
    let root = project();
    let (written, _, full) = build_all(&root);
    println!(
        "full build, {SITES} sites, {written} outputs        {full:8.2} s  ({:.2} ms an output)",
        full * 1000.0 / written as f64
    );
    let (written, unchanged, again) = build_all(&root);
    println!("rebuild, nothing changed ({unchanged} unchanged, {written} written)  {again:8.2} s");
    write_table(&root, "Help Line");
    let (written, unchanged, one) = build_all(&root);
    println!("rebuild, one row changed ({written} written, {unchanged} unchanged)  {one:8.2} s");
    if let Some(mib) = peak_mib() {
        println!("peak memory (VmHWM)                         {mib:8.1} MiB");
    }
    // Today's cost of one site's outputs: the seed project's own build.
    let seed = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = root.join("single");
    let opts = BuildOptions {
        out: Some(out),
        force: true,
        ..BuildOptions::default()
    };
    let session = Session::open(Project::load(seed).unwrap()).unwrap();
    let jobs = session.jobs(&opts).unwrap();
    let start = Instant::now();
    Builder::new(&session, &opts)
        .build_jobs(&jobs, &|_| {})
        .unwrap();
    let single = start.elapsed().as_secs_f64();
    println!(
        "one site (the seed), {} outputs               {single:8.2} s  ({:.2} ms an output)",
        jobs.len(),
        single * 1000.0 / jobs.len() as f64
    );
    let _ = std::fs::remove_dir_all(&root);
}
