//! `cargo bench`: how long flyer takes, so speed can be tracked from commit to commit.
//!
//! Reports the median of several runs for: loading the project as the command
//! line does (manifest, fonts mapped, layouts; catalogs wait for an output); shaping and laying out one letter poster per script; rendering one
//! letter poster to PDF bytes; the full default build (every layout x locale,
//! in parallel, written to a temporary folder); and the line-collision check
//! over every output.

use flyer::{BuildOptions, Builder, Project, Session};
use std::path::Path;
use std::time::{Duration, Instant};

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(f());
                start.elapsed()
            })
            .collect(),
    )
}

fn ms(d: Duration) -> String {
    format!("{:8.2} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // As the command line opens it: font files mapped, catalogs parsed when
    // an output first needs them.
    let open = || {
        let mut project = Project::load(root).unwrap();
        project.map_inputs = true;
        Session::open(project).unwrap()
    };
    let load = time(5, open);
    println!("load project (manifest, fonts, layouts)      {}", ms(load));

    let session = open();
    let opts = BuildOptions::default();
    println!("shape + lay out one letter poster, per script:");
    for (locale, script) in [
        ("en", "Latin"),
        ("vi", "Latin (Vietnamese)"),
        ("ru", "Cyrillic"),
        ("ar", "Arabic"),
        ("fa-AF", "Arabic (Dari)"),
        ("km", "Khmer"),
        ("gu", "Gujarati"),
        ("zh-Hans", "Han (Simplified)"),
        ("zh-Hant", "Han (Traditional)"),
        ("ko", "Hangul"),
    ] {
        let d = time(15, || {
            Builder::new(&session, &opts)
                .lay_out("poster-letter", locale)
                .unwrap()
        });
        println!("  {script:<22} {locale:<8}            {}", ms(d));
    }
    for locale in ["en", "km", "zh-Hant"] {
        let mut size = 0;
        let d = time(15, || {
            let (bytes, _) = Builder::new(&session, &opts)
                .render("poster-letter", locale)
                .unwrap();
            size = bytes.len();
        });
        println!(
            "render letter poster {locale:<8} to PDF         {}  ({} bytes)",
            ms(d),
            size
        );
    }
    let out = std::env::temp_dir().join(format!("flyer-bench-{}", std::process::id()));
    // Every run writes every output (a rebuild would skip them: flyer::fresh).
    let full = BuildOptions {
        out: Some(out.clone()),
        force: true,
        ..BuildOptions::default()
    };
    let jobs = session.jobs(&full).unwrap().len();
    let mut sizes = Vec::new();
    let d = time(5, || {
        let outcomes = Builder::new(&session, &full).build().unwrap();
        sizes = outcomes
            .iter()
            .map(|o| o.result.as_ref().map(|b| b.bytes).unwrap())
            .collect();
    });
    println!(
        "full build, {jobs} outputs, {} threads          {}",
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        ms(d)
    );
    println!(
        "  PDF sizes: {:.1} MB in all, {:.1} KB on average, {:.1} KB the largest",
        sizes.iter().sum::<usize>() as f64 / 1e6,
        sizes.iter().sum::<usize>() as f64 / sizes.len().max(1) as f64 / 1024.0,
        sizes.iter().max().copied().unwrap_or(0) as f64 / 1024.0
    );
    let _ = std::fs::remove_dir_all(out);

    // The line-collision check alone, over every output laid out beforehand:
    // what it would add to a build, on one thread.
    let builder = Builder::new(&session, &full);
    let docs: Vec<_> = (session.jobs(&full).unwrap().iter())
        .map(|(layout, locale)| builder.document(layout, locale).unwrap().0)
        .collect();
    let mut found = 0;
    let d = time(5, || {
        found = (docs.iter())
            .map(|doc| flyer::layout::collisions(doc, &session.book).len())
            .sum::<usize>();
    });
    println!(
        "line-collision check, {} outputs, 1 thread     {}  ({found} collisions)",
        docs.len(),
        ms(d)
    );
}
