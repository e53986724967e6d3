//! Proof sheets: for each page layout, `proof/<layout>.html`, every language's
//! pages side by side at one scale (the same pixels per inch for every locale,
//! a second page beside the first), so a designer sees at a glance where one
//! language differs from the others: a band lower, smaller type, a hole under a
//! column, a second page. Guide lines at a fixed interval run across each row,
//! and each page shows its trim and safe lines; both can be turned off.
//!
//! Each output's pages are rendered once at the proof's scale, back from the PDF
//! with hayro (as the thumbnails are), into `proof/<layout>/<name>-<n>.png`, and
//! again only when the PDF changed. What auto-fit did is known only while
//! building, so the build's facts are recorded beside them (`<name>.json`, with
//! the hash of the PDF they describe); facts about another PDF are not shown.
//!
//! Card sheets get no proof sheet: their cards are the card layout's, proofed
//! side by side there, and the imposition is the same in every language, so a
//! row of 16 identical grids of tiny cards would show nothing a designer could
//! compare. The gallery links each sheet to its card's proof instead.

use crate::build::{Built, Outcome};
use crate::diag::Diagnostic;
use crate::manifest::{LocaleEntry, Status};
use crate::outputs::{relative_url, write_atomically};
use crate::session::{BuildOptions, Session};
use crate::spec::Layout;
use crate::units::PT_PER_IN;
use maud::{html, Markup, PreEscaped, DOCTYPE};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The width a proof aims each page at, in pixels: about four letter posters,
/// or two cards' fronts and backs, side by side on a laptop's screen.
const TARGET_PAGE_WIDTH: f32 = 360.0;

/// Guide lines are at least this far apart, in pixels.
const MIN_GUIDE_GAP: f32 = 20.0;

/// The folder of proof sheets and their images, under the output folder.
const FOLDER: &str = "proof";

/// The scale of one layout's proof sheet, the same for every language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    /// Pixels per inch.
    pub ppi: u32,
    /// The whole page (trim and bleed) in pixels, as rendered.
    pub page_px: (u32, u32),
    /// From the page's edge to the trim line, and to the safe line, in pixels.
    pub bleed_px: f32,
    pub safe_px: f32,
    /// Between two guide lines, in inches.
    pub guide_in: f32,
}

impl Scale {
    /// The scale of `layout`'s pages; `None` for a page size that does not
    /// resolve (the layout's own check reports it).
    pub fn of(layout: &Layout) -> Option<Scale> {
        let page = &layout.spec.page;
        let trim = page.size.size()?;
        let (width, height) = (
            trim.width.0 + 2.0 * page.bleed.0,
            trim.height.0 + 2.0 * page.bleed.0,
        );
        let ppi = (TARGET_PAGE_WIDTH * PT_PER_IN / width).round().max(1.0) as u32;
        let px = |pt: f32| pt * ppi as f32 / PT_PER_IN;
        let guide_in = [0.125, 0.25, 0.5, 1.0, 2.0]
            .into_iter()
            .find(|inches| inches * ppi as f32 >= MIN_GUIDE_GAP)
            .unwrap_or(2.0);
        Some(Scale {
            ppi,
            // As hayro sizes its pixmap: whole pixels, rounded down.
            page_px: (px(width) as u32, px(height) as u32),
            bleed_px: px(page.bleed.0),
            safe_px: px(page.bleed.0 + page.safe.0),
            guide_in,
        })
    }

    /// The guide interval in words: "1/2 in".
    fn guide_label(&self) -> String {
        match self.guide_in {
            0.125 => "1/8 in".to_string(),
            0.25 => "1/4 in".to_string(),
            0.5 => "1/2 in".to_string(),
            inches => format!("{inches} in"),
        }
    }
}

/// What the build knew about an output, recorded beside its proof images.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Facts {
    /// The SHA-256 of the PDF these facts describe.
    pdf_sha256: String,
    /// Auto-fit's type scale, 1 at the largest sizes and 0 at the smallest.
    fit: f32,
    body_pt: Option<f32>,
    /// The fit moves beyond type sizes, in words.
    moves: Vec<String>,
    draft: bool,
    /// Some text is in another language than its side's (`--allow-fallback`).
    fallback: bool,
}

impl Facts {
    fn of(built: &Built, pdf_sha256: String) -> Facts {
        Facts {
            pdf_sha256,
            fit: built.fit,
            body_pt: built.body_pt,
            moves: built.moves.described(),
            draft: built.draft,
            fallback: built.fallback_used,
        }
    }
}

/// One language's output on a proof sheet.
struct Entry<'a> {
    locale: &'a LocaleEntry,
    /// The PDF, under the output folder.
    file: PathBuf,
    shown: Shown,
}

/// What a proof shows of one output.
enum Shown {
    /// No PDF: not built yet, or it failed.
    NotBuilt,
    /// Its pages could not be rendered (the thumbnail pass reports why).
    Unrendered(String),
    Pages {
        /// Each page's image: URL relative to the proof sheet, width, height.
        images: Vec<(String, u32, u32)>,
        /// The build's facts, when they describe this PDF.
        facts: Option<Facts>,
    },
}

/// Writes `proof/<layout>.html` for every page layout among `jobs` (the
/// gallery's), rendering the pages that changed and recording the facts of the
/// outputs built in `built`. Returns the proof sheets written, by layout,
/// relative to the output folder.
pub fn write_all(
    session: &Session,
    opts: &BuildOptions,
    out_dir: &Path,
    jobs: &BTreeSet<(String, String)>,
    built: &[Outcome],
) -> Result<BTreeMap<String, PathBuf>, Diagnostic> {
    let built: BTreeMap<(&str, &str), &Built> = built
        .iter()
        .filter_map(|o| {
            Some((
                (o.layout.as_str(), o.locale.as_str()),
                o.result.as_ref().ok()?,
            ))
        })
        .collect();
    let proofed: Vec<(&String, &String, Scale)> = jobs
        .iter()
        .filter_map(|(layout, locale)| {
            let scale = Scale::of(session.layouts.get(layout)?.as_ref().ok()?)?;
            Some((layout, locale, scale))
        })
        .collect();
    let shown = crate::outputs::on_all_cores(&proofed, |(layout, locale, scale)| {
        let file = session.output_file(layout, locale, opts);
        let facts = built.get(&(layout.as_str(), locale.as_str())).copied();
        refresh(out_dir, &file, scale, facts)
    });
    let mut sheets = BTreeMap::new();
    let mut by_layout: BTreeMap<&String, Vec<Entry>> = BTreeMap::new();
    for ((layout, locale, _), shown) in proofed.iter().zip(shown) {
        let Some(entry) = session
            .project
            .manifest
            .locales
            .iter()
            .find(|l| &l.code == *locale)
        else {
            continue;
        };
        by_layout.entry(*layout).or_default().push(Entry {
            locale: entry,
            file: session.output_file(layout, locale, opts),
            shown,
        });
    }
    for (name, mut entries) in by_layout {
        // In flyer.toml's order: the source language first, as the reference.
        let locales = &session.project.manifest.locales;
        entries.sort_by_key(|e| locales.iter().position(|l| l.code == e.locale.code));
        let Ok(layout) = session.layout(name) else {
            continue;
        };
        let Some(scale) = Scale::of(layout) else {
            continue;
        };
        let html = sheet(session, opts, layout, &scale, &entries).into_string();
        let path = sheet_file(name);
        write_atomically(&out_dir.join(&path), html.as_bytes())?;
        sheets.insert(name.clone(), path);
    }
    Ok(sheets)
}

/// Where a layout's proof sheet goes, under the output folder.
pub fn sheet_file(layout: &str) -> PathBuf {
    Path::new(FOLDER).join(format!("{layout}.html"))
}

/// Where an output's proof images and facts go, under the output folder:
/// `proof/<layout>/<name>-<n>.png` and `<name>.json` for `<layout>/<name>.pdf`.
fn image_file(output_file: &Path, page: usize) -> PathBuf {
    Path::new(FOLDER).join(output_file.with_file_name(format!(
        "{}-{page}.png",
        output_file.file_stem().unwrap_or_default().to_string_lossy()
    )))
}

fn facts_file(output_file: &Path) -> PathBuf {
    Path::new(FOLDER).join(output_file.with_extension("json"))
}

/// Brings one output's proof images up to date with its PDF (rendering them
/// only when it changed), records the build's facts if it was built now, and
/// says what its proof shows.
fn refresh(out_dir: &Path, file: &Path, scale: &Scale, built: Option<&Built>) -> Shown {
    let Ok(pdf) = std::fs::read(out_dir.join(file)) else {
        return Shown::NotBuilt;
    };
    let hash = crate::outputs::hex_sha256(&pdf);
    let current = |page: usize| {
        crate::preview::source_hash(&out_dir.join(image_file(file, page))).as_ref() == Some(&hash)
    };
    // Rendered again when the PDF changed, or the proof's scale.
    let at_scale = png_size(&out_dir.join(image_file(file, 1))) == Some(scale.page_px);
    if !current(1) || !at_scale {
        // hayro rounds its pixmap's size down from an f32 product (792 pt at 42
        // ppi came to 461 px, not 462): a thousandth of a pixel per inch more
        // keeps the exact size, and never adds a pixel.
        let pages = match crate::preview::pages(&pdf, scale.ppi as f32 + 0.001) {
            Ok(pages) => pages,
            Err(why) => return Shown::Unrendered(why),
        };
        for (n, png) in pages.iter().enumerate() {
            if let Err(d) = write_atomically(&out_dir.join(image_file(file, n + 1)), png) {
                return Shown::Unrendered(d.message);
            }
        }
        // A page the PDF no longer has.
        let _ = std::fs::remove_file(out_dir.join(image_file(file, pages.len() + 1)));
    }
    let facts_path = out_dir.join(facts_file(file));
    if let Some(built) = built {
        let facts = Facts::of(built, hash.clone());
        if let Ok(json) = serde_json::to_vec_pretty(&facts) {
            // Without its facts the proof still shows the pages.
            let _ = write_atomically(&facts_path, &json);
        }
    }
    let facts = std::fs::read(&facts_path)
        .ok()
        .and_then(|json| serde_json::from_slice::<Facts>(&json).ok())
        .filter(|f| f.pdf_sha256 == hash);
    let images = (1..)
        .take_while(|&n| current(n))
        .filter_map(|n| {
            let (w, h) = png_size(&out_dir.join(image_file(file, n)))?;
            let url = relative_url(image_file(file, n).strip_prefix(FOLDER).ok()?);
            Some((url, w, h))
        })
        .collect();
    Shown::Pages { images, facts }
}

/// A PNG's width and height, from its header.
fn png_size(path: &Path) -> Option<(u32, u32)> {
    let file = std::fs::File::open(path).ok()?;
    let reader = png::Decoder::new(std::io::BufReader::new(file))
        .read_info()
        .ok()?;
    Some((reader.info().width, reader.info().height))
}

/// One layout's proof sheet.
fn sheet(
    session: &Session,
    opts: &BuildOptions,
    layout: &Layout,
    scale: &Scale,
    entries: &[Entry],
) -> Markup {
    let org = &session.project.manifest.campaign.organization;
    let pair = session.pair_for(&layout.name, opts);
    let pair_name = pair.as_ref().map(|code| {
        (session.project.manifest.locales.iter())
            .find(|l| &l.code == code)
            .map_or(code.clone(), |l| l.name.clone())
    });
    let (w_in, h_in) = (
        scale.page_px.0 as f32 / scale.ppi as f32,
        scale.page_px.1 as f32 / scale.ppi as f32,
    );
    // The scale's lengths, for the overlays (numbers only: nothing to escape).
    let lengths = format!(
        ":root{{--guide:{:.2}px;--bleed:{:.2}px;--safe:{:.2}px}}",
        scale.guide_in * scale.ppi as f32,
        scale.bleed_px,
        scale.safe_px
    );
    html! {
        (DOCTYPE) "\n"
        html lang="en" dir="ltr" {
            "\n"
            head {
                "\n"
                meta charset="utf-8"; "\n"
                meta name="viewport" content="width=device-width, initial-scale=1"; "\n"
                title { (org) ": proof of " (layout.name) } "\n"
                style { (PreEscaped(STYLE)) (PreEscaped(lengths)) } "\n"
            }
            "\n"
            body {
                "\n"
                main {
                    "\n"
                    p { a href="../index.html" { "All posters and cards" } } "\n"
                    h1 { "Proof: " code { (layout.name) } } "\n"
                    p class="desc" { (layout.spec.description) } "\n"
                    p {
                        "Every language's pages at the same scale, "
                        strong { (scale.ppi) " pixels per inch" }
                        (format!(" ({w_in:.2} x {h_in:.2} in pages: {} x {} px)", scale.page_px.0, scale.page_px.1))
                        @if scale.bleed_px > 0.0 { ", with their bleed" }
                        ". A second page sits beside the first. Select a page to open its PDF."
                        @if let Some(name) = &pair_name {
                            " Each language is printed with " (name) "."
                        }
                    }
                    "\n"
                    form class="overlays" aria-label="Overlays" onsubmit="return false" {
                        label { input type="checkbox" id="guides" checked; " Guide lines every " (scale.guide_label()) }
                        label { input type="checkbox" id="trim" checked; " Trim (solid) and safe (dashed) lines" }
                    }
                    "\n"
                    div class="proof" role="list" {
                        "\n"
                        @for entry in entries {
                            (figure(entry, layout, pair.as_deref()))
                        }
                    }
                    "\n"
                }
                "\n"
            }
            "\n"
        }
        "\n"
    }
}

/// One language's pages and what the build did to fit them.
fn figure(entry: &Entry, layout: &Layout, pair: Option<&str>) -> Markup {
    let locale = entry.locale;
    let dir = if crate::l10n::is_rtl(&locale.code) {
        "rtl"
    } else {
        "ltr"
    };
    let pdf = format!("../{}", relative_url(&entry.file));
    html! {
        figure id=(locale.code) data-locale=(locale.code) role="listitem" {
            div class="pages" {
                @match &entry.shown {
                    Shown::NotBuilt => span class="none" { "not built" },
                    Shown::Unrendered(why) => span class="none" { "not rendered: " (why) },
                    Shown::Pages { images, .. } => {
                        @for (n, (src, w, h)) in images.iter().enumerate() {
                            a class="page" href=(pdf) {
                                img src=(src) width=(w) height=(h)
                                    alt=(format!("{}, page {} of {}", locale.name, n + 1, images.len()));
                                span class="trim" {} span class="safe" {}
                            }
                        }
                    },
                }
            }
            figcaption {
                strong { (locale.code) @if let Some(pair) = pair { " + " (pair) } }
                " " (locale.name) " "
                span class="native" lang=(locale.code) dir=(dir) { (locale.native) }
                br;
                (fit_caption(entry, locale, layout))
            }
        }
        "\n"
    }
}

/// Draft or reviewed, fallback text, type scale, body size, fit moves, pages.
fn fit_caption(entry: &Entry, locale: &LocaleEntry, layout: &Layout) -> Markup {
    let (facts, pages) = match &entry.shown {
        Shown::Pages { images, facts } => (facts.as_ref(), images.len()),
        _ => (None, 0),
    };
    let draft = facts.map_or(locale.status != Status::Reviewed, |f| f.draft);
    let continued = pages > layout.spec.page.pages.fixed();
    html! {
        @if draft { span class="draft" { "draft" } } @else { span class="reviewed" { "reviewed" } }
        @if facts.is_some_and(|f| f.fallback) {
            " · " span class="draft" { "English where not translated" }
        }
        @if continued { " · " span class="draft" { (pages) " pages: continued" } }
        br;
        @match facts {
            Some(f) => {
                span class="fit" {
                    (format!("type scale {:.2}", f.fit))
                    @if let Some(pt) = f.body_pt { (format!(" · body text {pt:.1} pt")) }
                }
                br;
                @if f.moves.is_empty() {
                    span class="moves" { "no other fit moves" }
                } @else {
                    span class="moves moved" { (f.moves.join("; ")) }
                }
            },
            None => span class="none" { "fit not recorded: build this output again" },
        }
    }
}

const STYLE: &str = "\
body{font-family:system-ui,sans-serif;margin:0;color:#1c1c1c;background:#f4f4f4}\
main{padding:1rem 1.5rem}h1{margin:.2rem 0 .3rem;font-size:1.5rem}.desc{color:#444;margin:0 0 .5rem}\
a:focus,input:focus{outline:3px solid #1a5fb4;outline-offset:2px}\
.overlays{display:flex;gap:1.5rem;margin:.8rem 0 1.2rem}\
.proof{display:flex;flex-wrap:wrap;align-items:flex-start;row-gap:1.2rem}\
figure{margin:0;padding:0 12px;max-width:min-content}\
.pages{position:relative;display:flex;gap:8px;margin:0 -12px;padding:0 12px}\
.page{position:relative;display:block;line-height:0;outline:1px solid #999}\
.page img{display:block;background:#fff}\
.trim,.safe{position:absolute;pointer-events:none}\
.trim{inset:var(--bleed);outline:1px solid rgba(0,150,200,.8)}\
.safe{inset:var(--safe);outline:1px dashed rgba(200,0,160,.7)}\
.pages::after{content:'';position:absolute;inset:0;pointer-events:none;\
background:repeating-linear-gradient(to bottom,transparent 0,transparent calc(var(--guide) - 1px),\
rgba(230,90,0,.45) calc(var(--guide) - 1px),rgba(230,90,0,.45) var(--guide));\
background-position:0 var(--bleed)}\
body:not(:has(#guides:checked)) .pages::after{display:none}\
body:not(:has(#trim:checked)) .trim,body:not(:has(#trim:checked)) .safe{display:none}\
figcaption{font-size:.8rem;margin-top:.4rem;min-width:14rem}\
.draft{color:#a51d2d}.reviewed{color:#26a269}.none{color:#767676}.moved{color:#865e00}";
