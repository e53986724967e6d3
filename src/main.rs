//! The `flyer` command: flags, then a call into the library.

#![allow(clippy::result_large_err)] // see lib.rs

use clap::{Args, Parser, Subcommand};
use flyer::build::{Builder, Outcome};
use flyer::diag::{merge_repeats, render_all};
use flyer::session::{BuildOptions, Session};
use flyer::{Diagnostic, Project};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "flyer",
    version,
    about = "Print-ready multilingual posters and wallet cards"
)]
struct Cli {
    /// The project folder (the one with flyer.toml).
    #[arg(long, global = true, default_value = ".")]
    project: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build every layout in every locale (or those named) into PDFs.
    Build(BuildArgs),
    /// Build, then rebuild what each saved .ftl, layout or manifest change affects,
    /// printing its problems; for translators working beside a PDF viewer.
    Watch(BuildArgs),
    /// Show the layouts and locales of the project, and the fonts each locale uses.
    List,
    /// Make a new project that builds at once: flyer.toml, a poster and a card
    /// layout, the English text and a first-draft translation per locale.
    New {
        /// The folder to create (absent or empty).
        dir: PathBuf,
        /// The pieces, comma separated: poster (US Letter), card (US wallet
        /// card), sheet (US cards on Avery 5371 sheets); poster-a4, card-eu,
        /// sheet-a4 (EU cards on Avery C32011 sheets).
        #[arg(long, value_delimiter = ',', default_value = "poster,card")]
        pieces: Vec<String>,
        /// Languages besides English, comma separated, e.g. es,ar,zh-Hans,km.
        #[arg(long, value_delimiter = ',')]
        locales: Vec<String>,
    },
    /// Show the font files the project uses; with --vendor, copy the built-in
    /// ones it uses into fonts/, so a newer flyer cannot change them.
    Fonts {
        #[arg(long)]
        vendor: bool,
    },
    /// Find everything that would print wrong, without writing any PDF.
    Check {
        /// `text` for people, `json` for machines.
        #[arg(long, default_value = "text", value_parser = ["text", "json"])]
        format: String,
    },
    /// Record that a translation matches the current source text (after checking it).
    Confirm {
        /// The locale whose translation was checked.
        locale: String,
        /// Only these messages (default: all).
        messages: Vec<String>,
    },
    /// Open the translators' and reviewers' workspace: a local web page to edit,
    /// preview, check and sign off translations.
    Serve {
        /// The port on 127.0.0.1 and ::1 (default: any free port).
        #[arg(long, default_value_t = 0)]
        port: u16,
        /// Open the workspace in the default web browser.
        #[arg(long)]
        open: bool,
    },
}

#[derive(Args)]
struct BuildArgs {
    /// Only these locales (comma separated or repeated).
    #[arg(long, value_delimiter = ',')]
    locale: Vec<String>,
    /// Only these layouts (comma separated or repeated).
    #[arg(long, value_delimiter = ',')]
    layout: Vec<String>,
    /// Only these sites of the sites table (flyer.toml [sites]; comma separated
    /// or repeated).
    #[arg(long, value_delimiter = ',')]
    site: Vec<String>,
    /// Rebuild every output, even those whose inputs have not changed.
    #[arg(long)]
    force: bool,
    /// Write outputs here instead of the manifest's output folder.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Refuse draft translations.
    #[arg(long)]
    release: bool,
    /// Print the source-language text where a translation lacks a message.
    #[arg(long)]
    allow_fallback: bool,
    /// The second language of bilingual layouts (default: flyer.toml's
    /// `[build] pair`, else the source locale).
    #[arg(long, value_name = "LOCALE")]
    pair: Option<String>,
    /// Write PDF/A-2u, for archives and posting online (also flyer.toml
    /// `[build] pdfa = true`).
    #[arg(long, conflicts_with = "pdfx")]
    pdfa: bool,
    /// Convert every colour and image to the print shop's CMYK profile
    /// (flyer.toml [print]; also `[print] convert = true`).
    #[arg(long)]
    print: bool,
    /// Write PDF/X-4 for the print shop, colours converted to its profile (also
    /// `[print] pdfx = true`).
    #[arg(long)]
    pdfx: bool,
    /// Skip the PNG thumbnails, out/index.html and the proof sheets.
    #[arg(long)]
    no_previews: bool,
    /// Also render every page at this resolution (default 150 dpi) into
    /// out/pages/<layout>/<locale>-<page>.png, to check print detail.
    #[arg(long, value_name = "DPI", num_args = 0..=1, default_missing_value = "150")]
    pages: Option<f32>,
    /// Print errors only.
    #[arg(long, short, conflicts_with = "verbose")]
    quiet: bool,
    /// Print a line for every output (pages, size, fit, draft).
    #[arg(long, short)]
    verbose: bool,
}

impl BuildArgs {
    fn options(&self) -> BuildOptions {
        BuildOptions {
            layouts: self.layout.clone(),
            locales: self.locale.clone(),
            out: self.out.clone(),
            release: self.release,
            allow_fallback: self.allow_fallback,
            pair: self.pair.clone(),
            pdfa: self.pdfa,
            print: self.print,
            pdfx: self.pdfx,
            force: self.force,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if !matches!(cli.command, Command::Serve { .. }) {
        end_quietly_on_closed_output();
    }
    let result = match cli.command {
        Command::Build(args) => build(&cli.project, &args),
        Command::Watch(args) => watch(&cli.project, &args),
        Command::List => list(&cli.project),
        Command::New {
            dir,
            pieces,
            locales,
        } => new(&dir, pieces, locales),
        Command::Fonts { vendor } => fonts(&cli.project, vendor),
        Command::Check { format } => check(&cli.project, &format),
        Command::Confirm { locale, messages } => confirm(&cli.project, &locale, &messages),
        Command::Serve { port, open } => flyer::serve::serve(
            cli.project.clone(),
            flyer::serve::ServeOptions { port, open },
        )
        .map(|()| ExitCode::SUCCESS),
    };
    match result {
        Ok(code) => code,
        Err(d) => {
            eprint!("{d}");
            exit_code(&d)
        }
    }
}

/// A command whose reader goes away (`flyer list | head`) ends there, as Unix
/// tools do: Rust ignores SIGPIPE, and `println!` then panics on the closed
/// pipe. `serve` keeps ignoring it: a browser that drops a connection must not
/// stop the server. Outputs are written atomically, so an interrupted build
/// leaves no half-written PDF.
fn end_quietly_on_closed_output() {
    #[cfg(unix)]
    // SAFETY: sets the signal's disposition to the default, at start-up,
    // before any thread is started.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// 2 for a usage error (a name on the command line or in the environment that
/// does not exist or parse), 1 for everything else that stops the command.
fn exit_code(d: &Diagnostic) -> ExitCode {
    match d.rule {
        "unknown-layout" | "unknown-locale" | "usage" => ExitCode::from(2),
        _ => ExitCode::from(1),
    }
}

/// The project's session, for a command that ends when its work is done: its
/// font files are mapped, not read ([`Project::map_input`]).
fn open(project: &std::path::Path) -> Result<Session, Diagnostic> {
    let mut project = Project::load(project)?;
    project.map_inputs = true;
    Session::open(project)
}

/// The project's session for `flyer watch`, which runs while the user replaces
/// files: everything read, nothing mapped.
fn open_to_watch(project: &std::path::Path) -> Result<Session, Diagnostic> {
    Session::open(Project::load(project)?)
}

fn build(project: &std::path::Path, args: &BuildArgs) -> Result<ExitCode, Diagnostic> {
    let session = open(project)?;
    if let Some(sites) = session.sites.clone() {
        return build_sites(&session, &sites, args);
    }
    if !args.site.is_empty() {
        return Err(Diagnostic::error(
            "usage",
            "--site needs a sites table, and flyer.toml names none",
        )
        .hint("add [sites] file = \"sites.csv\" to flyer.toml, or build without --site"));
    }
    build_session(&session, args)
}

/// Builds a session's outputs into its output folder; a build of everything
/// also clears what is no longer wanted.
fn build_session(session: &Session, args: &BuildArgs) -> Result<ExitCode, Diagnostic> {
    let report = build_and_clear(session, args)?;
    Ok(if report.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Builds a session's outputs; a build of everything in flyer.toml also clears
/// what is no longer there.
fn build_and_clear(session: &Session, args: &BuildArgs) -> Result<Report, Diagnostic> {
    let opts = args.options();
    let jobs = session.jobs(&opts)?;
    let report = run(session, &opts, &jobs, args)?;
    if opts.layouts.is_empty() && opts.locales.is_empty() && opts.pair.is_none() {
        let removed = Builder::new(session, &opts).remove_orphans(&report.outcomes)?;
        if !removed.is_empty() && !args.quiet {
            let names: Vec<String> = removed.iter().map(|p| p.display().to_string()).collect();
            println!(
                "removed {} output{} no longer in flyer.toml: {}",
                removed.len(),
                if removed.len() == 1 { "" } else { "s" },
                names.join(", ")
            );
        }
    }
    Ok(report)
}

/// Builds every site of the sites table (or those of `--site`) into its own
/// folder, `<out>/<id>/`, with its own gallery, then the sites page,
/// `<out>/index.html`. A row that cannot be read is reported and its site not
/// built; the others are.
fn build_sites(
    session: &Session,
    sites: &flyer::sites::Sites,
    args: &BuildArgs,
) -> Result<ExitCode, Diagnostic> {
    let known: Vec<&str> = sites.valid().map(|s| s.id.as_str()).collect();
    if let Some(unknown) = args.site.iter().find(|id| !known.contains(&id.as_str())) {
        return Err(no_such_site(unknown, &known));
    }
    let errors: Vec<Diagnostic> = sites.errors().cloned().collect();
    eprint!("{}", render_all(&errors));
    // A site without a value its layouts print: said once, in its terms.
    eprint!("{}", render_all(&flyer::check::check_sites(session)));
    let mut summaries = Vec::new();
    let mut failed = errors.len();
    let mut built = 0;
    for site in sites.valid() {
        let mut summary = flyer::gallery::SiteSummary {
            id: site.id.clone(),
            organization: site.organization.clone(),
            counts: None,
        };
        if args.site.is_empty() || args.site.contains(&site.id) {
            let report = build_and_clear(&session.for_site(site), args)?;
            failed += report.failed;
            built += 1;
            summary.counts = Some((report.built, report.failed, report.drafts));
        }
        summaries.push(summary);
    }
    let out_dir = session.out_dir(&args.options())?;
    // A build of every site also removes the folders of sites no longer there.
    let everything = args.site.is_empty() && args.layout.is_empty() && args.locale.is_empty();
    if everything && args.pair.is_none() {
        let keep = sites.ids.iter().cloned().collect();
        let removed = flyer::build::remove_gone_sites(&out_dir, &keep);
        if !removed.is_empty() && !args.quiet {
            let names: Vec<String> = removed.iter().map(|p| p.display().to_string()).collect();
            println!(
                "removed the folders of sites no longer in the sites table: {}",
                names.join(", ")
            );
        }
    }
    let campaign = &session.project.manifest.campaign.organization;
    let index = flyer::gallery::write_sites(&out_dir, campaign, &summaries, &errors)?;
    if !args.quiet {
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        println!(
            "{built} site{} built, {} row{} of the sites table not built; sites page: {}",
            plural(built),
            errors.len(),
            plural(errors.len()),
            index.display()
        );
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn no_such_site(id: &str, known: &[&str]) -> Diagnostic {
    let rest = format!("the sites: {}", known.join(", "));
    Diagnostic::error(
        "usage",
        format!("there is no site `{id}` in the sites table"),
    )
    .hint(flyer::diag::suggest(id, known.iter().copied(), &rest))
}

/// What a run of jobs came to.
struct Report {
    outcomes: Vec<Outcome>,
    built: usize,
    failed: usize,
    drafts: usize,
}

/// Builds the jobs, refreshes previews and the gallery, and reports: progress on a
/// terminal, a line per failure (and per output with --verbose), a summary.
fn run(
    session: &Session,
    opts: &BuildOptions,
    jobs: &[(String, String)],
    args: &BuildArgs,
) -> Result<Report, Diagnostic> {
    let started = std::time::Instant::now();
    let progress = progress_bar(jobs.len(), args.quiet);
    if let Some(site) = &session.site {
        progress.set_prefix(format!("{} ", site.id));
    }
    let outcomes = Builder::new(session, opts).build_jobs(jobs, &|_| progress.inc(1))?;
    progress.finish_and_clear();
    let out_dir = session.out_dir(opts)?;
    let shown = |path: &std::path::Path| {
        let root = &session.project.root;
        path.strip_prefix(root)
            .unwrap_or(path)
            .display()
            .to_string()
    };
    let Tally {
        failed,
        drafts,
        fallbacks,
    } = tally(&outcomes, args.verbose, &shown);
    if !args.quiet {
        // Warnings about what was built, each once, naming the outputs.
        let built = outcomes.iter().filter_map(|o| {
            let built = o.result.as_ref().ok()?;
            Some((o.layout.as_str(), o.locale.as_str(), built))
        });
        let mut warnings = flyer::build::shrink_warnings(session, built.clone());
        warnings.extend(flyer::build::fit_warnings(session, built.clone()));
        warnings.extend(flyer::build::resolution_warnings(session, built));
        eprint!("{}", render_all(&warnings));
    }
    let built_in = started.elapsed().as_secs_f32();
    let unchanged = outcomes.iter().filter(|o| o.unchanged).count();
    // The outputs written, relative to the output folder.
    let files: Vec<_> = outcomes
        .iter()
        .filter(|o| o.result.is_ok())
        .filter_map(|o| o.path.strip_prefix(&out_dir).ok().map(Path::to_path_buf))
        .collect();
    let gallery = if args.no_previews {
        None
    } else {
        let (rendered, errors) = flyer::preview::refresh_all(&out_dir, &files);
        eprint!("{}", render_all(&errors));
        Some((rendered, flyer::gallery::write(session, opts, &outcomes)?))
    };
    let pages = args.pages.map(|dpi| {
        let (written, errors) =
            flyer::preview::write_pages(&out_dir, &files, dpi.clamp(10.0, 600.0));
        eprint!("{}", render_all(&errors));
        (written, dpi)
    });
    if !args.quiet {
        println!(
            "built {} of {} outputs into {} in {:.2} s{}: {failed} failed, {} draft{}{}",
            outcomes.len() - failed - unchanged,
            outcomes.len(),
            shown(&out_dir),
            built_in,
            match unchanged {
                0 => String::new(),
                n => format!(" ({n} unchanged)"),
            },
            drafts,
            if drafts == 1 { "" } else { "s" },
            if fallbacks > 0 {
                format!(", {fallbacks} with source-language fallback text")
            } else {
                String::new()
            },
        );
        print_stale(session, &outcomes);
        if let Some((written, dpi)) = pages {
            println!(
                "pages: {written} page image{} at {dpi} dpi in {}",
                if written == 1 { "" } else { "s" },
                shown(&out_dir.join("pages"))
            );
        }
        if let Some((rendered, index)) = &gallery {
            println!(
                "gallery: {} ({rendered} preview{} rendered, the rest unchanged)",
                shown(index),
                if *rendered == 1 { "" } else { "s" },
            );
        }
    }
    Ok(Report {
        built: outcomes.len() - failed - unchanged,
        failed,
        drafts,
        outcomes,
    })
}

/// What became of a run's outputs.
struct Tally {
    failed: usize,
    drafts: usize,
    fallbacks: usize,
}

/// Counts the outcomes and prints the failed outputs' errors, each problem once,
/// then one line per failure (and per output with --verbose).
fn tally(outcomes: &[Outcome], verbose: bool, shown: &dyn Fn(&Path) -> String) -> Tally {
    let mut t = Tally {
        failed: 0,
        drafts: 0,
        fallbacks: 0,
    };
    let mut errors = Vec::new();
    for outcome in outcomes {
        match &outcome.result {
            Ok(built) => {
                t.drafts += usize::from(built.draft);
                t.fallbacks += usize::from(built.fallback_used);
                if verbose {
                    let moves: String = (built.moves.described().iter())
                        .map(|m| format!(", {m}"))
                        .collect();
                    println!(
                        "{}  {}  {} page{}, {:.1} KB{}{moves}{}",
                        if outcome.unchanged { "same " } else { "ok   " },
                        shown(&outcome.path),
                        built.pages,
                        if built.pages == 1 { "" } else { "s" },
                        built.bytes as f32 / 1024.0,
                        built
                            .body_pt
                            .map_or(String::new(), |pt| format!(", body text {pt:.1} pt")),
                        if built.draft { ", draft" } else { "" },
                    );
                }
            }
            Err(diags) => {
                t.failed += 1;
                let stopped = |d: &Diagnostic| d.clone().stops(&outcome.layout, &outcome.locale);
                errors.extend(diags.iter().map(stopped));
            }
        }
    }
    // A problem that stops several outputs is printed once, naming them.
    eprint!("{}", render_all(&merge_repeats(errors)));
    // Then each failed output with the rules that stopped it (each problem's
    // text is above, once).
    for outcome in outcomes.iter().filter(|o| o.result.is_err()) {
        let mut rules: Vec<&str> = Vec::new();
        for d in outcome.result.as_ref().err().into_iter().flatten() {
            if !rules.contains(&d.rule) {
                rules.push(d.rule);
            }
        }
        eprintln!(
            "FAILED {}/{}: {}",
            outcome.layout,
            outcome.locale,
            if rules.is_empty() {
                "unknown error".to_string()
            } else {
                rules.join(", ")
            }
        );
    }
    t
}

/// A progress bar on stderr, only on a terminal (never in CI or a pipe) and only
/// for runs long enough to need one.
fn progress_bar(total: usize, quiet: bool) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    let shown = !quiet
        && total >= 20
        && std::io::stderr().is_terminal()
        && std::env::var_os("CI").is_none();
    if !shown {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(total as u64);
    let template = "{prefix}[{bar:30}] {pos}/{len} outputs, {per_sec}, about {eta} left";
    if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
        bar.set_style(style.progress_chars("= "));
    }
    bar
}

/// Builds once, then rebuilds what each change affects until interrupted.
fn watch(project: &std::path::Path, args: &BuildArgs) -> Result<ExitCode, Diagnostic> {
    let opts = args.options();
    let mut session = open_site(project, args)?;
    run(&session, &opts, &session.jobs(&opts)?, args)?;
    let mut watcher = flyer::watch::Watcher::new(&session, &session.out_dir(&opts)?);
    let interval = std::time::Duration::from_millis(150);
    println!("watching locales/, layouts/, flyer.toml and fonts/ (Ctrl-C to stop)");
    if let Some(why) = watcher.polling_reason() {
        println!(
            "(no file notifications: {why}; looking every {} ms)",
            interval.as_millis()
        );
    }
    loop {
        let changed = watcher.wait(interval);
        let names: Vec<String> = changed.iter().map(|p| p.display().to_string()).collect();
        println!("changed: {}", names.join(", "));
        session = match open_site(project, args) {
            Ok(s) => s,
            Err(d) => {
                eprint!("{d}");
                continue;
            }
        };
        watcher = match session.out_dir(&opts) {
            Ok(out) => flyer::watch::Watcher::new(&session, &out),
            Err(d) => {
                eprint!("{d}");
                continue;
            }
        };
        let jobs = match flyer::watch::affected(&session, &opts, &changed) {
            Ok(jobs) => jobs,
            Err(d) => {
                eprint!("{d}");
                continue;
            }
        };
        // The problems of what changed, as `flyer check` reports them (the build
        // below reports those of laying out each output).
        eprint!(
            "{}",
            render_all(&flyer::check::check_sources_of(&session, &jobs))
        );
        let report = run(&session, &opts, &jobs, args)?;
        println!(
            "rebuilt {} output{} ({} failed); watching",
            report.built,
            if report.built == 1 { "" } else { "s" },
            report.failed
        );
    }
}

/// The project's session, or with a sites table the session of the one site
/// `--site` names (`flyer watch` follows one site).
fn open_site(project: &std::path::Path, args: &BuildArgs) -> Result<Session, Diagnostic> {
    let session = open_to_watch(project)?;
    let Some(sites) = &session.sites else {
        return Ok(session);
    };
    let ids: Vec<&str> = sites.valid().map(|s| s.id.as_str()).collect();
    match &args.site[..] {
        [id] => match sites.valid().find(|s| &s.id == id) {
            Some(site) => Ok(session.for_site(site)),
            None => Err(no_such_site(id, &ids)),
        },
        _ => Err(
            Diagnostic::error("usage", "flyer watch follows one site of the sites table")
                .hint(format!("name it with --site, one of: {}", ids.join(", "))),
        ),
    }
}

fn list(project: &std::path::Path) -> Result<ExitCode, Diagnostic> {
    let session = open(project)?;
    println!("Layouts:");
    for (name, layout) in session.layouts.iter() {
        match layout {
            Ok(l) => println!("  {name:<20} {}", l.spec.description),
            Err(d) => println!("  {name:<20} (broken: {})", d.message),
        }
    }
    println!("Card sheets:");
    for (name, sheet) in session.sheets.iter() {
        match sheet {
            Ok((s, t)) => println!("  {name:<26} {}; {}", s.card, t.description),
            Err(d) => println!("  {name:<26} (broken: {})", d.message),
        }
    }
    println!("Locales:");
    for entry in &session.project.manifest.locales {
        let dir = if flyer::l10n::is_rtl(&entry.code) {
            "rtl"
        } else {
            "ltr"
        };
        let status = match entry.status {
            flyer::manifest::Status::Reviewed => "reviewed",
            flyer::manifest::Status::Draft => "draft",
        };
        let script = flyer::text::itemize::script_of(&entry.native);
        println!(
            "  {:<8} {:<22} {} {script:<5} {dir}  {status}",
            entry.code,
            entry.name,
            pad_to_columns(&entry.native, 20)
        );
    }
    if let Some(sites) = &session.sites {
        list_sites(sites);
    }
    list_fonts(&session);
    Ok(ExitCode::SUCCESS)
}

/// `text` padded with spaces to `columns` terminal columns: a Chinese or
/// Korean character takes two, a combining mark none (Unicode's East Asian
/// Width and general category), so the columns after a native name line up.
fn pad_to_columns(text: &str, columns: usize) -> String {
    use icu_properties::props::{EastAsianWidth, GeneralCategory};
    use icu_properties::CodePointMapData;
    let (widths, categories) = (
        CodePointMapData::<EastAsianWidth>::new(),
        CodePointMapData::<GeneralCategory>::new(),
    );
    let width: usize = (text.chars())
        .map(|c| match (widths.get(c), categories.get(c)) {
            (_, GeneralCategory::NonspacingMark | GeneralCategory::EnclosingMark) => 0,
            (_, GeneralCategory::Format) => 0,
            (EastAsianWidth::Wide | EastAsianWidth::Fullwidth, _) => 2,
            _ => 1,
        })
        .sum();
    format!("{text}{}", " ".repeat(columns.saturating_sub(width)))
}

/// The sites of the sites table: id, organization, and their own subsets.
fn list_sites(sites: &flyer::sites::Sites) {
    println!("Sites:");
    let all = |subset: &Option<Vec<String>>| subset.as_ref().map_or("all".into(), |n| n.join(" "));
    for row in &sites.rows {
        match row {
            Ok(site) => println!(
                "  {:<20} {:<36} locales: {}; layouts: {}",
                site.id,
                site.organization,
                all(&site.locales),
                all(&site.layouts)
            ),
            Err(d) => println!(
                "  (line {}: not built: {})",
                d.location.as_ref().map_or(0, |l| l.line),
                d.message
            ),
        }
    }
}

/// The fonts each locale's text is drawn with, and every font file with its version.
fn list_fonts(session: &Session) {
    let book = &session.book;
    println!(
        "Fonts by locale (* built into flyer; `flyer fonts --vendor` copies them into fonts/):"
    );
    for (code, faces) in session.faces_by_locale() {
        let mut families: Vec<String> = Vec::new();
        for face in faces.iter().map(|&f| book.face(f)) {
            let name = format!("{}{}", face.family, if face.built_in { "*" } else { "" });
            if !families.contains(&name) {
                families.push(name);
            }
        }
        println!("  {code:<8} {}", families.join(", "));
    }
    println!("Font files:");
    for (path, faces) in flyer::text::fonts::files(book) {
        let version = faces[0].version();
        let families: Vec<String> = faces.iter().map(|f| f.family.clone()).collect();
        let shown = if families.len() > 3 {
            format!(
                "{} and {} more",
                families[..3].join(", "),
                families.len() - 3
            )
        } else {
            families.join(", ")
        };
        println!("  {:<40} {shown}; version {version}", path.display());
    }
}

fn new(dir: &Path, pieces: Vec<String>, locales: Vec<String>) -> Result<ExitCode, Diagnostic> {
    let wanted = flyer::scaffold::NewProject { pieces, locales };
    let files = flyer::scaffold::new_project(dir, &wanted)?;
    println!("made {} with {} files:", dir.display(), files.len());
    for file in files {
        println!("  {}", file.display());
    }
    println!(
        "next: cd {} && flyer build   (then edit flyer.toml and locales/en/flyer.ftl; `flyer serve` for translators)",
        dir.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn fonts(project: &Path, vendor: bool) -> Result<ExitCode, Diagnostic> {
    let session = open(project)?;
    if vendor {
        let files = flyer::scaffold::vendor_fonts(&session)?;
        if files.is_empty() {
            println!("the project uses no built-in font: nothing to copy");
        }
        for file in files {
            println!("  {}", file.display());
        }
        return Ok(ExitCode::SUCCESS);
    }
    list_fonts(&session);
    Ok(ExitCode::SUCCESS)
}

/// The built locales whose translations were made from an older source text:
/// printed after the summary, since such a PDF says something the source no
/// longer says.
fn print_stale(session: &Session, outcomes: &[Outcome]) {
    let source = &session.project.manifest.build.source_locale;
    let mut locales: Vec<&str> = outcomes.iter().map(|o| o.locale.as_str()).collect();
    locales.sort();
    locales.dedup();
    let stale: Vec<(String, usize)> = (locales.into_iter())
        .filter(|code| code != source)
        .filter_map(|code| {
            let count = session.stale_sources(code).ok()?.len();
            (count > 0).then(|| (code.to_string(), count))
        })
        .collect();
    if stale.is_empty() {
        return;
    }
    let total: usize = stale.iter().map(|(_, n)| n).sum();
    let each: Vec<String> = stale.iter().map(|(c, n)| format!("{c} {n}")).collect();
    println!(
        "stale: {total} translated message{} made from an older {source} text ({}); `flyer check` lists them, `flyer serve` shows what changed",
        if total == 1 { "" } else { "s" },
        each.join(", ")
    );
}

fn check(project: &std::path::Path, format: &str) -> Result<ExitCode, Diagnostic> {
    let session = match open(project) {
        Ok(session) => session,
        // Machines reading --format json get JSON whatever fails.
        Err(d) if format == "json" => {
            println!("{}", flyer::check::to_json(std::slice::from_ref(&d)));
            return Ok(ExitCode::from(1));
        }
        Err(d) => return Err(d),
    };
    let report = flyer::check::check_report(&session);
    let diags = &report.diagnostics;
    let errors = diags.iter().filter(|d| d.is_error()).count();
    if format == "json" {
        // Silenced warnings too, each with its reason under `silenced`.
        let all: Vec<Diagnostic> = diags.iter().chain(&report.silenced).cloned().collect();
        println!("{}", flyer::check::to_json(&all));
    } else {
        print!("{}", render_all(diags));
        let silenced = match report.silenced.len() {
            0 => String::new(),
            n => format!(", {n} silenced with a reason (--format json lists them)"),
        };
        println!(
            "{}checked {} locales and {} layouts: {errors} error(s), {} warning(s){silenced}",
            if diags.is_empty() { "" } else { "\n" },
            session.catalogs.len(),
            session.layouts.len(),
            diags.len() - errors
        );
    }
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn confirm(
    project: &std::path::Path,
    locale: &str,
    messages: &[String],
) -> Result<ExitCode, Diagnostic> {
    let session = open(project)?;
    let count = session.confirm(locale, messages)?;
    println!("recorded the source text of {count} message(s) for locale {locale}");
    Ok(ExitCode::SUCCESS)
}
