//! The `flyer` command: flags, then a call into the library.

#![allow(clippy::result_large_err)] // see lib.rs

use clap::{Args, Parser, Subcommand};
use flyer::build::{remove_stale, BuildOptions, Session};
use flyer::diag::render_all;
use flyer::{Diagnostic, Project};
use std::path::PathBuf;
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
    /// Show the layouts and locales of the project.
    List,
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
}

#[derive(Args)]
struct BuildArgs {
    /// Only these locales (comma separated or repeated).
    #[arg(long, value_delimiter = ',')]
    locale: Vec<String>,
    /// Only these layouts (comma separated or repeated).
    #[arg(long, value_delimiter = ',')]
    layout: Vec<String>,
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
    /// Skip the PNG thumbnails and out/index.html.
    #[arg(long)]
    no_previews: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => build(&cli.project, args),
        Command::List => list(&cli.project),
        Command::Check { format } => check(&cli.project, &format),
        Command::Confirm { locale, messages } => confirm(&cli.project, &locale, &messages),
    };
    match result {
        Ok(code) => code,
        Err(d) => {
            eprint!("{d}");
            ExitCode::from(1)
        }
    }
}

fn open(project: &std::path::Path) -> Result<Session, Diagnostic> {
    Session::open(Project::load(project)?)
}

fn build(project: &std::path::Path, args: BuildArgs) -> Result<ExitCode, Diagnostic> {
    let session = open(project)?;
    let opts = BuildOptions {
        layouts: args.layout,
        locales: args.locale,
        out: args.out,
        release: args.release,
        allow_fallback: args.allow_fallback,
        pair: args.pair,
    };
    let started = std::time::Instant::now();
    let outcomes = session.build(&opts)?;
    let mut failed = 0;
    let (mut drafts, mut fallbacks) = (0, 0);
    for outcome in &outcomes {
        remove_stale(outcome);
        match &outcome.result {
            Ok(built) => {
                drafts += usize::from(built.draft);
                fallbacks += usize::from(built.fallback_used);
            }
            Err(diags) => {
                failed += 1;
                eprint!("{}", render_all(diags));
            }
        }
    }
    let root = &session.project.root;
    for outcome in outcomes.iter().filter(|o| o.result.is_err()) {
        let first = outcome.result.as_ref().err().and_then(|d| d.first());
        eprintln!(
            "FAILED {}/{}: {}",
            outcome.layout,
            outcome.locale,
            first.map_or("unknown error".to_string(), |d| format!(
                "[{}] {}",
                d.rule, d.message
            ))
        );
    }
    let out_dir = session.out_dir(&opts)?;
    let built_in = started.elapsed().as_secs_f32();
    let gallery = if args.no_previews {
        None
    } else {
        let files: Vec<_> = outcomes
            .iter()
            .filter(|o| o.result.is_ok())
            .map(|o| {
                o.path
                    .strip_prefix(&out_dir)
                    .unwrap_or(&o.path)
                    .to_path_buf()
            })
            .collect();
        let (rendered, errors) = flyer::preview::refresh_all(&out_dir, &files);
        eprint!("{}", render_all(&errors));
        failed += errors.len();
        let index = flyer::gallery::write(&session, &opts)?;
        Some((rendered, index))
    };
    println!(
        "built {} of {} outputs into {} in {:.2} s ({} draft{}{})",
        outcomes.len() - failed,
        outcomes.len(),
        out_dir.strip_prefix(root).unwrap_or(&out_dir).display(),
        built_in,
        drafts,
        if drafts == 1 { "" } else { "s" },
        if fallbacks > 0 {
            format!(", {fallbacks} with source-language fallback text")
        } else {
            String::new()
        },
    );
    if let Some((rendered, index)) = gallery {
        println!(
            "gallery: {} ({rendered} preview{} rendered, the rest unchanged)",
            index.strip_prefix(root).unwrap_or(&index).display(),
            if rendered == 1 { "" } else { "s" },
        );
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn list(project: &std::path::Path) -> Result<ExitCode, Diagnostic> {
    let session = open(project)?;
    println!("Layouts:");
    for (name, layout) in &session.layouts {
        match layout {
            Ok(l) => println!("  {name:<20} {}", l.spec.description),
            Err(d) => println!("  {name:<20} (broken: {})", d.message),
        }
    }
    println!("Card sheets:");
    for (name, sheet) in &session.sheets {
        match sheet {
            Ok((s, t)) => println!("  {name:<26} {}; {}", s.card, t.description),
            Err(d) => println!("  {name:<26} (broken: {})", d.message),
        }
    }
    println!("Locales:");
    for entry in &session.project.manifest.locales {
        let dir = if flyer::build::is_rtl(&entry.code) {
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
            "  {:<8} {:<22} {:<20} {script:<5} {dir}  {status}",
            entry.code, entry.name, entry.native
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn check(project: &std::path::Path, format: &str) -> Result<ExitCode, Diagnostic> {
    let session = open(project)?;
    let diags = flyer::check::check_project(&session);
    let errors = diags.iter().filter(|d| d.is_error()).count();
    if format == "json" {
        println!("{}", flyer::check::to_json(&diags));
    } else {
        print!("{}", render_all(&diags));
        println!(
            "{}checked {} locales and {} layouts: {errors} error(s), {} warning(s)",
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
    let count = flyer::check::confirm(&session, locale, messages)?;
    println!("recorded the source text of {count} message(s) for locale {locale}");
    Ok(ExitCode::SUCCESS)
}
