//! The gallery: `out/index.html`, one self-contained offline page to see every
//! output and hand out: languages as rows, formats as columns, each cell a
//! thumbnail linking to its PDF, a filter by language and format, and for card
//! sheets the paper to buy and the printer's duplex setting.
//!
//! No external requests: styles and the filter script are inline, links are
//! relative. Every language's own name carries its `lang` and `dir`.

use crate::diag::Diagnostic;
use crate::impose::Duplex;
use crate::manifest::Status;
use crate::session::{BuildOptions, Session};
use crate::spec::PaperSpec;
use crate::units::NAMED_SIZES;
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

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
}

/// Writes `index.html` into the output folder for the outputs present there, for
/// the manifest's layouts and locales and any others this run built.
pub fn write(session: &Session, opts: &BuildOptions) -> Result<PathBuf, Diagnostic> {
    let out_dir = session.out_dir(opts)?;
    let mut jobs: BTreeSet<(String, String)> = session.jobs(opts)?.into_iter().collect();
    let everything = BuildOptions {
        layouts: Vec::new(),
        locales: Vec::new(),
        ..opts.clone()
    };
    jobs.extend(session.jobs(&everything)?);
    let html = page(session, opts, &out_dir, &jobs);
    let path = out_dir.join("index.html");
    crate::outputs::write_atomically(&path, html.as_bytes())?;
    Ok(path)
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

fn formats(session: &Session, jobs: &BTreeSet<(String, String)>) -> Vec<Format> {
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
                layout,
            },
            _ => Format {
                description: session
                    .layouts
                    .get(&layout)
                    .and_then(|l| l.as_ref().ok())
                    .map_or(String::new(), |l| l.spec.description.clone()),
                printing: None,
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

fn page(
    session: &Session,
    opts: &BuildOptions,
    out_dir: &Path,
    jobs: &BTreeSet<(String, String)>,
) -> String {
    let languages = languages(session, jobs);
    let formats = formats(session, jobs);
    let org = &session.project.manifest.campaign.organization;
    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n\
         <h1>{title}</h1>\n<p>Every poster and card in every language. Select a \
         thumbnail to open its PDF. Drafts are translations not yet reviewed: check \
         them before printing.</p>\n",
        title = esc(&format!("{org}: posters and cards")),
    );
    filters(&mut h, &languages, &formats);
    let _ = write!(
        h,
        "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Outputs\">\n\
         <table>\n<caption>Outputs by language (rows) and format (columns)</caption>\n\
         <thead><tr><th scope=\"col\">Language</th>"
    );
    for f in &formats {
        let _ = write!(
            h,
            "<th scope=\"col\" data-layout=\"{l}\"><code>{l}</code><br><span class=\"desc\">{d}</span></th>",
            l = esc(&f.layout),
            d = esc(&f.description)
        );
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    for lang in &languages {
        row(&mut h, session, opts, out_dir, jobs, lang, &formats);
    }
    h.push_str("</tbody>\n</table>\n</div>\n");
    printing(&mut h, &formats);
    let _ = write!(h, "</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n");
    h
}

fn filters(h: &mut String, languages: &[Language], formats: &[Format]) {
    h.push_str(
        "<form class=\"filters\" aria-label=\"Filter\" onsubmit=\"return false\">\n\
         <label>Language <select id=\"language\"><option value=\"\">All languages</option>",
    );
    for l in languages {
        let _ = write!(
            h,
            "<option value=\"{}\">{}</option>",
            esc(&l.code),
            esc(&l.name)
        );
    }
    h.push_str(
        "</select></label>\n<label>Format <select id=\"format\"><option value=\"\">All formats</option>",
    );
    for f in formats {
        let _ = write!(h, "<option value=\"{0}\">{0}</option>", esc(&f.layout));
    }
    h.push_str("</select></label>\n</form>\n");
}

#[allow(clippy::too_many_arguments)]
fn row(
    h: &mut String,
    session: &Session,
    opts: &BuildOptions,
    out_dir: &Path,
    jobs: &BTreeSet<(String, String)>,
    lang: &Language,
    formats: &[Format],
) {
    let dir = if lang.rtl { "rtl" } else { "ltr" };
    let _ = write!(
        h,
        "<tr data-locale=\"{code}\"><th scope=\"row\">{name} \
         <span class=\"native\" lang=\"{code}\" dir=\"{dir}\">{native}</span><br>\
         <span class=\"meta\">{code} · {script} · {direction} · <span class=\"{status}\">{status}</span></span></th>",
        code = esc(&lang.code),
        name = esc(&lang.name),
        native = esc(&lang.native),
        script = esc(&lang.script),
        direction = if lang.rtl {
            "right to left"
        } else {
            "left to right"
        },
        status = if lang.reviewed { "reviewed" } else { "draft" },
    );
    for f in formats {
        let _ = write!(h, "<td data-layout=\"{}\">", esc(&f.layout));
        let file = session.output_file(&f.layout, &lang.code, opts);
        let preview = crate::preview::preview_file(&file);
        let job = jobs.contains(&(f.layout.clone(), lang.code.clone()));
        if !job {
            // A bilingual layout in its own pair language.
            h.push_str("<span class=\"none\">not made</span>");
        } else if out_dir.join(&file).is_file() && out_dir.join(&preview).is_file() {
            let _ = write!(
                h,
                "<a href=\"{pdf}\"><img src=\"{png}\" alt=\"{alt}\" loading=\"lazy\"></a>",
                pdf = esc(&url(&file)),
                png = esc(&url(&preview)),
                alt = esc(&format!("{}, {} (PDF)", lang.name, f.layout)),
            );
        } else {
            h.push_str("<span class=\"none\">not built yet</span>");
        }
        h.push_str("</td>");
    }
    h.push_str("</tr>\n");
}

fn printing(h: &mut String, formats: &[Format]) {
    let sheets: Vec<&Format> = formats.iter().filter(|f| f.printing.is_some()).collect();
    if sheets.is_empty() {
        return;
    }
    h.push_str("<h2>Printing the card sheets</h2>\n<dl class=\"printing\">\n");
    for f in sheets {
        let _ = writeln!(
            h,
            "<dt data-layout=\"{l}\"><code>{l}</code></dt><dd data-layout=\"{l}\">{d}<br><strong>Buy and print:</strong> {p}</dd>",
            l = esc(&f.layout),
            d = esc(&f.description),
            p = esc(f.printing.as_deref().unwrap_or("")),
        );
    }
    h.push_str("</dl>\n");
}

/// A relative URL for a path under the output folder (`+` and spaces escaped).
fn url(path: &Path) -> String {
    let mut out = String::new();
    for (i, part) in path.iter().enumerate() {
        if i > 0 {
            out.push('/');
        }
        for c in part.to_string_lossy().chars() {
            match c {
                'A'..='Z' | 'a'..='z' | '0'..='9' | '-' | '_' | '.' | '~' => out.push(c),
                _ => {
                    let mut buf = [0; 4];
                    for b in c.encode_utf8(&mut buf).bytes() {
                        let _ = write!(out, "%{b:02X}");
                    }
                }
            }
        }
    }
    out
}

fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
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
.desc,.meta{font-weight:normal;font-size:.8rem;color:#444}.native{font-weight:normal}\
.draft{color:#a51d2d}.reviewed{color:#26a269}.none{color:#767676;font-size:.8rem}\
img{display:block;width:120px;height:auto;border:1px solid #999;background:#fff}\
[hidden]{display:none}";

/// The filter: hides rows and columns that do not match the two selects.
const SCRIPT: &str = "\
const language=document.getElementById('language'),format=document.getElementById('format');\
function apply(){const l=language.value,f=format.value;\
document.querySelectorAll('tr[data-locale]').forEach(r=>{r.hidden=!!l&&r.dataset.locale!==l;});\
document.querySelectorAll('[data-layout]').forEach(c=>{c.hidden=!!f&&c.dataset.layout!==f;});}\
language.addEventListener('change',apply);format.addEventListener('change',apply);";
