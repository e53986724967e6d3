//! The gallery: `out/index.html`, one self-contained offline page to see every
//! output and hand out: languages as rows, formats as columns, each cell a
//! thumbnail linking to its PDF, a filter by language and format, and for card
//! sheets the paper to buy and the printer's duplex setting. Each page layout
//! links to its proof sheet ([`crate::proof`]), each card sheet to its card's.
//!
//! No external requests: styles and the filter script are inline, links are
//! relative. Every language's own name carries its `lang` and `dir`.
//!
//! Why maud: compile-checked markup, escaped by default with the page's usual entities (`&amp;`, not askama's `&#38;`).

use crate::build::Outcome;
use crate::diag::Diagnostic;
use crate::impose::Duplex;
use crate::manifest::Status;
use crate::outputs::relative_url;
use crate::session::{BuildOptions, Session};
use crate::spec::PaperSpec;
use crate::units::NAMED_SIZES;
use maud::{html, Markup, PreEscaped, DOCTYPE};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A site of the sites table, as the sites page lists it.
pub struct SiteSummary {
    pub id: String,
    pub organization: String,
    /// Outputs built, failed and drafts, for a site this run built.
    pub counts: Option<(usize, usize, usize)>,
}

/// Writes the sites page, `index.html` of the output folder when the project
/// has a sites table: each site with its outputs counted, linking to its own
/// gallery (`<id>/index.html`); the rows that could not be read, with why.
pub fn write_sites(
    dir: &Path,
    campaign: &str,
    sites: &[SiteSummary],
    errors: &[Diagnostic],
) -> Result<PathBuf, Diagnostic> {
    let main = html! {
        h1 { (campaign) ": " (sites.len()) " sites" } "\n"
        p { "Each site's posters and cards, in its own languages. Drafts are translations not yet reviewed: check them before printing." } "\n"
        table {
            "\n"
            tr { th { "Site" } th { "Organization" } th { "Outputs" } th { "Failed" } th { "Drafts" } } "\n"
            @for site in sites {
                tr {
                    td { a href=(format!("{}/index.html", site.id)) { (site.id) } }
                    td { (site.organization) }
                    @match site.counts {
                        Some((built, failed, drafts)) => {
                            td { (built) } td { (failed) } td { (drafts) }
                        }
                        None => { td colspan="3" { "not built in this run" } }
                    }
                }
                "\n"
            }
        }
        "\n"
        @if !errors.is_empty() {
            h2 { "Rows not built" } "\n"
            ul {
                @for e in errors {
                    li { (e.to_string()) }
                    "\n"
                }
            }
            "\n"
        }
    };
    let html = shell(&format!("{campaign}: sites"), main, None);
    let path = dir.join("index.html");
    crate::outputs::write_atomically(&path, html.into_string().as_bytes())?;
    Ok(path)
}

/// One language row.
struct Language {
    code: String,
    name: String,
    native: String,
    script: String,
    rtl: bool,
    reviewed: bool,
}

/// One format column.
struct Format {
    layout: String,
    description: String,
    /// For card sheets: the paper to buy and how to print both sides.
    printing: Option<String>,
    /// The proof sheet of its pages (of its cards, for a card sheet), as a
    /// relative URL.
    proof: Option<String>,
}

/// Writes `index.html` and the proof sheets into the output folder for the
/// outputs present there, for the manifest's layouts and locales and any others
/// this run built (`built`, whose fit the proof sheets record).
pub fn write(
    session: &Session,
    opts: &BuildOptions,
    built: &[Outcome],
) -> Result<PathBuf, Diagnostic> {
    let dir = session.out_dir(opts)?;
    let mut jobs: BTreeSet<(String, String)> = session.jobs(opts)?.into_iter().collect();
    let everything = BuildOptions {
        layouts: Vec::new(),
        locales: Vec::new(),
        ..opts.clone()
    };
    jobs.extend(session.jobs(&everything)?);
    let proofs = crate::proof::write_all(session, opts, &dir, &jobs, built)?;
    let outputs = Outputs {
        session,
        opts,
        dir,
        jobs,
    };
    let html = page(&outputs, &proofs).into_string();
    let path = outputs.dir.join("index.html");
    crate::outputs::write_atomically(&path, html.as_bytes())?;
    Ok(path)
}

/// The outputs the gallery shows: (layout, locale) jobs, and where they are.
struct Outputs<'a> {
    session: &'a Session,
    opts: &'a BuildOptions,
    dir: PathBuf,
    jobs: BTreeSet<(String, String)>,
}

/// What one language shows in one format.
enum Cell {
    /// A bilingual layout in its own pair language.
    NotMade,
    NotBuiltYet,
    /// The PDF and its thumbnail, as relative URLs, and whether its text
    /// continued on more pages than the layout has.
    Built {
        pdf: String,
        png: String,
        continued: bool,
    },
}

impl Outputs<'_> {
    fn cell(&self, layout: &str, locale: &str) -> Cell {
        let file = self.session.output_file(layout, locale, self.opts);
        let preview = crate::outputs::preview_file(&file);
        let job = (layout.to_string(), locale.to_string());
        if !self.jobs.contains(&job) {
            Cell::NotMade
        } else if self.dir.join(&file).is_file() && self.dir.join(&preview).is_file() {
            Cell::Built {
                pdf: relative_url(&file),
                png: relative_url(&preview),
                continued: self.continued(layout, &self.dir.join(&file)),
            }
        } else {
            Cell::NotBuiltYet
        }
    }
}

impl Outputs<'_> {
    /// Whether the PDF at `path` has more pages than `layout` has: its text
    /// continued on a second page (never so for a sheet, which is no page
    /// layout). Only the PDF's page tree is read.
    fn continued(&self, layout: &str, path: &Path) -> bool {
        let Ok(layout) = self.session.layout(layout) else {
            return false;
        };
        let fixed = layout.spec.page.pages.fixed();
        lopdf::Document::load_metadata(path).is_ok_and(|m| m.page_count as usize > fixed)
    }
}

fn languages(session: &Session, jobs: &BTreeSet<(String, String)>) -> Vec<Language> {
    let wanted: BTreeSet<&str> = jobs.iter().map(|(_, l)| l.as_str()).collect();
    session
        .project
        .manifest
        .locales
        .iter()
        .filter(|l| wanted.contains(l.code.as_str()))
        .map(|l| Language {
            code: l.code.clone(),
            name: l.name.clone(),
            native: l.native.clone(),
            script: script_of(&l.native),
            rtl: crate::l10n::is_rtl(&l.code),
            reviewed: l.status == Status::Reviewed,
        })
        .collect()
}

/// The full name of the script a language's own name is written in ("Khmer").
fn script_of(native: &str) -> String {
    let code = crate::text::itemize::script_of(native);
    unicode_script::Script::from_short_name(code)
        .map_or(code, |s| s.full_name())
        .replace('_', " ")
}

fn formats(
    session: &Session,
    jobs: &BTreeSet<(String, String)>,
    proofs: &BTreeMap<String, PathBuf>,
) -> Vec<Format> {
    let wanted: BTreeSet<&str> = jobs.iter().map(|(l, _)| l.as_str()).collect();
    let mut order = session.project.default_layouts();
    order.extend(wanted.iter().map(|l| l.to_string()));
    let mut seen = BTreeSet::new();
    order.retain(|l| wanted.contains(l.as_str()) && seen.insert(l.clone()));
    order
        .into_iter()
        .map(|layout| match session.sheets.get(&layout) {
            Some(Ok((sheet, template))) => Format {
                description: sheet.description.clone(),
                printing: Some(format!(
                    "{} ({}). Print both sides, flipping on the {} edge.",
                    template.description.trim_end_matches('.'),
                    paper_name(&template.paper),
                    match sheet.duplex {
                        Duplex::LongEdge => "long",
                        Duplex::ShortEdge => "short",
                    }
                )),
                proof: proofs.get(&sheet.card).map(|p| relative_url(p)),
                layout,
            },
            _ => Format {
                description: session
                    .layouts
                    .get(&layout)
                    .and_then(|l| l.as_ref().ok())
                    .map_or(String::new(), |l| l.spec.description.clone()),
                printing: None,
                proof: proofs.get(&layout).map(|p| relative_url(p)),
                layout,
            },
        })
        .collect()
}

fn paper_name(paper: &PaperSpec) -> String {
    match paper {
        PaperSpec::Named(name) => NAMED_SIZES
            .iter()
            .find(|(n, ..)| n.eq_ignore_ascii_case(name))
            .map_or(name.clone(), |(.., label)| label.to_string()),
        PaperSpec::Custom { width, height } => {
            format!("{:.2} x {:.2} in", width.0 / 72.0, height.0 / 72.0)
        }
    }
}

fn page(outputs: &Outputs, proofs: &BTreeMap<String, PathBuf>) -> Markup {
    let languages = languages(outputs.session, &outputs.jobs);
    let formats = formats(outputs.session, &outputs.jobs, proofs);
    let org = &outputs.session.project.manifest.campaign.organization;
    // The newlines are written where the page had them: a diff between two
    // builds stays readable, line by line.
    let title = format!("{org}: posters and cards");
    let main = html! {
        h1 { (org) ": posters and cards" } "\n"
        @if outputs.session.site.is_some() {
            p { a href="../index.html" { "All the campaign's sites" } } "\n"
        }
        p {
            "Every poster and card in every language. Select a thumbnail to open \
             its PDF. Drafts are translations not yet reviewed: check them before \
             printing."
        }
        "\n"
        (proof_links(&formats))
        (filters(&languages, &formats))
        div class="scroll" tabindex="0" role="region" aria-label="Outputs" {
            "\n"
            table {
                "\n"
                caption { "Outputs by language (rows) and format (columns)" } "\n"
                thead {
                    tr {
                        th scope="col" { "Language" }
                        @for f in &formats {
                            th scope="col" data-layout=(f.layout) {
                                code { (f.layout) } br;
                                span class="desc" { (f.description) }
                                @if let Some(proof) = &f.proof {
                                    br;
                                    a class="proof" href=(proof) {
                                        @if f.printing.is_some() { "Proof of its cards" } @else { "Proof" }
                                    }
                                }
                            }
                        }
                    }
                }
                "\n"
                tbody {
                    "\n"
                    @for lang in &languages {
                        (row(outputs, lang, &formats))
                    }
                }
                "\n"
            }
            "\n"
        }
        "\n"
        (printing(&formats))
    };
    shell(&title, main, Some(SCRIPT))
}

/// A page of the gallery: its head (the title, the inline style), its `main`,
/// and an inline script after it.
fn shell(title: &str, main: Markup, script: Option<&str>) -> Markup {
    html! {
        (DOCTYPE) "\n"
        html lang="en" dir="ltr" {
            "\n"
            head {
                "\n"
                meta charset="utf-8"; "\n"
                meta name="viewport" content="width=device-width, initial-scale=1"; "\n"
                title { (title) } "\n"
                style { (PreEscaped(STYLE)) } "\n"
            }
            "\n"
            body {
                "\n"
                main {
                    "\n"
                    (main)
                }
                "\n"
                @if let Some(script) = script {
                    script { (PreEscaped(script)) } "\n"
                }
            }
            "\n"
        }
        "\n"
    }
}

/// The proof sheets, one per page layout.
fn proof_links(formats: &[Format]) -> Markup {
    let proofed: Vec<&Format> = (formats.iter())
        .filter(|f| f.printing.is_none() && f.proof.is_some())
        .collect();
    html! {
        @if !proofed.is_empty() {
            p class="proofs" {
                "Proof sheets, every language of one layout side by side at one scale: "
                @for (i, f) in proofed.iter().enumerate() {
                    @if i > 0 { ", " }
                    a href=(f.proof.as_deref().unwrap_or_default()) { (f.layout) }
                }
                "."
            }
            "\n"
        }
    }
}

fn filters(languages: &[Language], formats: &[Format]) -> Markup {
    html! {
        form class="filters" aria-label="Filter" onsubmit="return false" {
            "\n"
            label {
                "Language "
                select id="language" {
                    option value="" { "All languages" }
                    @for l in languages {
                        option value=(l.code) { (l.name) }
                    }
                }
            }
            "\n"
            label {
                "Format "
                select id="format" {
                    option value="" { "All formats" }
                    @for f in formats {
                        option value=(f.layout) { (f.layout) }
                    }
                }
            }
            "\n"
        }
        "\n"
    }
}

fn row(outputs: &Outputs, lang: &Language, formats: &[Format]) -> Markup {
    let dir = if lang.rtl { "rtl" } else { "ltr" };
    let direction = if lang.rtl {
        "right to left"
    } else {
        "left to right"
    };
    let status = if lang.reviewed { "reviewed" } else { "draft" };
    html! {
        tr data-locale=(lang.code) {
            th scope="row" {
                (lang.name) " "
                span class="native" lang=(lang.code) dir=(dir) { (lang.native) }
                br;
                span class="meta" {
                    (lang.code) " · " (lang.script) " · " (direction) " · "
                    span class=(status) { (status) }
                }
            }
            @for f in formats {
                td data-layout=(f.layout) {
                    @match outputs.cell(&f.layout, &lang.code) {
                        Cell::NotMade => span class="none" { "not made" },
                        Cell::NotBuiltYet => span class="none" { "not built yet" },
                        Cell::Built { pdf, png, continued } => {
                            a href=(pdf) {
                                img src=(png) alt=(format!("{}, {} (PDF)", lang.name, f.layout))
                                    loading="lazy";
                            }
                            @if continued {
                                br;
                                span class="pages" { "2 pages: the text continues on the back" }
                            }
                        },
                    }
                }
            }
        }
        "\n"
    }
}

fn printing(formats: &[Format]) -> Markup {
    let sheets: Vec<&Format> = formats.iter().filter(|f| f.printing.is_some()).collect();
    html! {
        @if !sheets.is_empty() {
            h2 { "Printing the card sheets" } "\n"
            dl class="printing" {
                "\n"
                @for f in sheets {
                    dt data-layout=(f.layout) { code { (f.layout) } }
                    dd data-layout=(f.layout) {
                        (f.description) br;
                        strong { "Buy and print:" } " " (f.printing.as_deref().unwrap_or(""))
                    }
                    "\n"
                }
            }
            "\n"
        }
    }
}

const STYLE: &str = "\
body{font-family:system-ui,sans-serif;margin:0;color:#1c1c1c;background:#fafafa}\
main{padding:1rem 1.5rem}h1{margin:.2rem 0 .5rem;font-size:1.6rem}\
.filters{display:flex;gap:1.5rem;margin:1rem 0}.filters select{font-size:1rem;margin-left:.4rem}\
.scroll{overflow:auto;max-height:80vh;border:1px solid #ccc;background:#fff}\
.scroll:focus,a:focus,select:focus{outline:3px solid #1a5fb4;outline-offset:2px}\
table{border-collapse:collapse}caption{text-align:left;padding:.4rem;font-weight:600}\
th,td{border:1px solid #ddd;padding:.4rem;vertical-align:top;text-align:left}\
thead th{position:sticky;top:0;background:#f0f0f0;z-index:1;min-width:9rem}\
tbody th{position:sticky;left:0;background:#fff;min-width:11rem}\
.desc,.meta{font-weight:normal;font-size:.8rem;color:#444}.native,.proof{font-weight:normal}\
.pages{color:#a51d2d;font-size:.8rem}.draft{color:#a51d2d}.reviewed{color:#26a269}.none{color:#767676;font-size:.8rem}\
img{display:block;width:120px;height:auto;border:1px solid #999;background:#fff}\
[hidden]{display:none}";

/// The filter: hides rows and columns that do not match the two selects.
const SCRIPT: &str = "\
const language=document.getElementById('language'),format=document.getElementById('format');\
function apply(){const l=language.value,f=format.value;\
document.querySelectorAll('tr[data-locale]').forEach(r=>{r.hidden=!!l&&r.dataset.locale!==l;});\
document.querySelectorAll('[data-layout]').forEach(c=>{c.hidden=!!f&&c.dataset.layout!==f;});}\
language.addEventListener('change',apply);format.addEventListener('change',apply);";
