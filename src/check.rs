//! `flyer check`: everything that would print wrong, found before anything is
//! printed, like a compiler: the rules of [`crate::rules`] on every translation
//! and layout, stale translations ([`crate::l10n::provenance`]), and every output
//! of the default build laid out without being written (missing glyphs, text that
//! cannot fit, unresolved references).

use crate::build::Builder;
use crate::diag::{merge_repeats, Diagnostic};
use crate::l10n::provenance::stale_translations;
use crate::l10n::Catalog;
use crate::rules;
use crate::rules::allow::{Allows, Silenced};
use crate::session::{BuildOptions, Session};
use std::collections::BTreeSet;

/// What a whole `flyer check` found: the diagnostics to show, and the
/// warnings an allow silenced (each with its reason).
pub struct CheckReport {
    pub diagnostics: Vec<Diagnostic>,
    pub silenced: Vec<Diagnostic>,
}

/// Every check over the whole project, silenced warnings left out.
pub fn check_project(session: &Session) -> Vec<Diagnostic> {
    check_report(session).diagnostics
}

/// Every check over the whole project: what to show, what was silenced, and
/// allows that silence nothing.
pub fn check_report(session: &Session) -> CheckReport {
    let mut found = source_findings(session);
    found.extend(check_outputs(session));
    found.extend(check_sites(session));
    if let Some(sites) = &session.sites {
        found.extend(sites.errors().cloned());
    }
    let found = dedup(found);
    let allows = allows(session);
    let mut stale = allows.stale(&found, &source_messages(session));
    stale.extend(stale_numbers(session));
    let Silenced {
        mut shown,
        silenced,
    } = allows.apply(found);
    shown.extend(allows.problems);
    // Stale allows only when every catalog loaded: one that did not may hold
    // what they silence.
    if session.catalogs.values().all(|c| c.is_ok()) {
        shown.extend(stale);
    }
    CheckReport {
        diagnostics: dedup(shown),
        silenced,
    }
}

/// The checks of the inputs themselves: translations against their source,
/// layouts, sheets, fonts; everything short of laying out every output.
/// Silenced warnings are left out.
pub fn check_sources(session: &Session) -> Vec<Diagnostic> {
    let allows = allows(session);
    let mut out = allows.apply(source_findings(session)).shown;
    out.extend(allows.problems);
    dedup(out)
}

/// The allows of flyer.toml and the source's comments.
fn allows(session: &Session) -> Allows {
    let catalogs: Vec<&Catalog> = (session.catalogs.values())
        .filter_map(|c| c.as_ref().ok())
        .collect();
    let project = &session.project;
    Allows::of(&project.manifest, &project.manifest_file, &catalogs)
}

/// The source locale's message ids (what an allow may name).
fn source_messages(session: &Session) -> Vec<String> {
    let source = session.catalog(&session.project.manifest.build.source_locale);
    source.map(|c| c.message_ids()).unwrap_or_default()
}

/// Numbers `[check] allow-numbers` lists that no translation types.
fn stale_numbers(session: &Session) -> Vec<Diagnostic> {
    let manifest = &session.project.manifest;
    let policy = rules::text::ContactPolicy::of(manifest);
    let typed: BTreeSet<String> = (session.catalogs.values())
        .filter_map(|c| c.as_ref().ok())
        .flat_map(|c| rules::text::allowed_numbers_typed(c, &policy))
        .collect();
    let file = &session.project.manifest_file;
    let mut out = Vec::new();
    for (i, entry) in manifest.check.allow_numbers.iter().enumerate() {
        let digits = crate::contacts::digits_of(&entry.number);
        if typed.contains(&digits) {
            continue;
        }
        let path = ["check", "allow-numbers", &i.to_string(), "number"];
        let at = (file.toml_string_location(&path, &entry.number))
            .unwrap_or_else(|| file.toml_location(&path));
        let hint = if digits.len() < 3 {
            "remove it: numbers of fewer than 3 digits are never refused"
        } else {
            "remove it from [check] allow-numbers, or check that it is written with the same digits"
        };
        out.push(
            Diagnostic::warning(
                "allow-stale",
                format!(
                    "allowed number `{}` is typed in no translation",
                    entry.number
                ),
            )
            .at(at)
            .hint(hint),
        );
    }
    out
}

/// Every finding of the inputs themselves, before silencing.
fn source_findings(session: &Session) -> Vec<Diagnostic> {
    let source_code = &session.project.manifest.build.source_locale;
    let source = match session.catalogs.get(source_code) {
        Some(Ok(c)) => Some(c),
        _ => None,
    };
    let mut out = session.project.manifest.warnings.clone();
    out.extend(check_translations(session, source));
    out.extend(check_layouts(session, source));
    for sheet in session.sheets.values() {
        if let Err(d) = sheet {
            out.push(d.clone());
        }
    }
    for family in session.book.unknown_families() {
        out.push(
            Diagnostic::warning(
                "font-family",
                format!("flyer.toml names font family `{family}`, which no font file has"),
            )
            .hint(format!(
                "families found: {}",
                session.book.families().join(", ")
            )),
        );
    }
    dedup(out)
}

/// The source checks that concern these outputs (layout, locale): what `flyer
/// watch` shows after a change, beside the problems of building them.
pub fn check_sources_of(session: &Session, jobs: &[(String, String)]) -> Vec<Diagnostic> {
    let touches = |d: &Diagnostic| {
        jobs.iter().any(|(layout, locale)| {
            d.locale.as_deref().is_none_or(|l| l == locale)
                && d.layout.as_deref().is_none_or(|l| l == layout)
        })
    };
    check_sources(session).into_iter().filter(touches).collect()
}

/// Every translation's own rules, and its comparison with the source.
fn check_translations(session: &Session, source: Option<&Catalog>) -> Vec<Diagnostic> {
    let used = used_messages(session);
    let mut out = Vec::new();
    for catalog in session.catalogs.values() {
        match catalog {
            Err(d) => out.push(d.clone()),
            Ok(catalog) => out.extend(check_translation(session, catalog, source, &used)),
        }
    }
    out
}

/// One translation's own rules, and its comparison with the source.
fn check_translation(
    session: &Session,
    catalog: &Catalog,
    source: Option<&Catalog>,
    used: &BTreeSet<String>,
) -> Vec<Diagnostic> {
    let source_code = &session.project.manifest.build.source_locale;
    let manifest = &session.project.manifest;
    let variables = crate::l10n::campaign_variables(manifest);
    let values = crate::l10n::campaign_values(manifest);
    let policy = rules::text::ContactPolicy::of(manifest);
    let mut out = catalog.problems.clone();
    let own_text = rules::text::translation_checks(catalog, &policy);
    let reported: BTreeSet<String> = own_text
        .iter()
        .filter(|d| d.rule == "contact-data")
        .filter_map(|d| d.message_id.clone())
        .collect();
    out.extend(own_text);
    let values: Vec<&str> = values.iter().map(String::as_str).collect();
    out.extend(rules::text::formatted_checks(
        catalog, &variables, &values, &policy, &reported,
    ));
    let other_source = source.filter(|_| &catalog.code != source_code);
    out.extend(rules::source::trial_format(
        &variables,
        catalog,
        other_source,
    ));
    if let Some(source) = other_source {
        out.extend(rules::source::compare_with_source(catalog, source, used));
        out.extend(rules::notes::note_checks(catalog, source));
        out.extend(stale_translations(&session.project, catalog, source));
    }
    out
}

/// What `flyer check` says about one locale: its translation's checks, and,
/// for the layouts given, its outputs laid out (text that cannot fit, missing
/// glyphs). For `flyer serve`, on every edit and before every save.
pub fn check_locale(session: &Session, code: &str, layouts: &[String]) -> Vec<Diagnostic> {
    let mut out = check_translation_of(session, code);
    let opts = BuildOptions {
        layouts: layouts.to_vec(),
        locales: vec![code.to_string()],
        ..BuildOptions::default()
    };
    let builder = Builder::new(session, &opts);
    for (layout, locale) in session.jobs(&opts).unwrap_or_default() {
        if let Err(diags) = builder.document(&layout, &locale) {
            let own = diags.into_iter().filter(|d| !is_input_error(d));
            out.extend(own.map(|d| d.stops(&layout, &locale)));
        }
    }
    dedup(allows(session).apply(out).shown)
}

/// One locale's translation checks (no layout).
pub fn check_translation_of(session: &Session, code: &str) -> Vec<Diagnostic> {
    let source = session
        .catalog(&session.project.manifest.build.source_locale)
        .ok();
    match session.catalog(code) {
        Ok(catalog) => {
            let found = check_translation(session, catalog, source, &used_messages(session));
            allows(session).apply(found).shown
        }
        Err(d) => vec![d],
    }
}

/// Errors in the inputs themselves, which their own checks report once; a
/// layout that stops on one would only repeat it (for `flyer serve`, which
/// shows a locale's problems, not the outputs they stop).
fn is_input_error(d: &Diagnostic) -> bool {
    matches!(
        d.rule,
        "ftl-syntax" | "ftl-duplicate" | "toml-syntax" | "layout-value"
    )
}

/// Every layout's own rules, and the messages it names against the source.
fn check_layouts(session: &Session, source: Option<&Catalog>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let source_code = &session.project.manifest.build.source_locale;
    for layout in session.layouts.values() {
        let layout = match layout {
            Err(d) => {
                out.push(d.clone());
                continue;
            }
            Ok(layout) => layout,
        };
        if let Some(source) = source {
            let ids = source.message_ids();
            for id in layout.message_ids() {
                if !source.has_message(id) {
                    let known = ids.iter().map(String::as_str);
                    out.push(layout.unknown_message(id, source_code, known));
                }
            }
        }
        out.extend(rules::layout::layout_checks(layout));
        if let Some(intent) = &session.print_intent {
            out.extend(rules::layout::print_colours(
                layout,
                &intent.press,
                &intent.condition,
            ));
        }
    }
    out
}

/// Every output of the default build, laid out but not written.
fn check_outputs(session: &Session) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let opts = BuildOptions::default();
    if let Err(d) = session.out_dir(&opts) {
        out.push(d);
    }
    let jobs = session.jobs(&opts).unwrap_or_else(|d| {
        out.push(d);
        Vec::new()
    });
    let builder = Builder::new(session, &opts);
    // A problem that stops several outputs (an error in a layout, or in a
    // translation that many layouts print) is merged with its own check's
    // report of it by `dedup`, naming the outputs it stops.
    let mut built = Vec::new();
    for (layout, locale) in jobs {
        match builder.document(&layout, &locale) {
            Ok((_, b)) => built.push((layout, locale, b)),
            Err(diags) => out.extend(diags.into_iter().map(|d| d.stops(&layout, &locale))),
        }
    }
    let built = built
        .iter()
        .map(|(ly, lc, b)| (ly.as_str(), lc.as_str(), b));
    out.extend(crate::build::shrink_warnings(session, built.clone()));
    out.extend(crate::build::fit_warnings(session, built.clone()));
    out.extend(crate::build::resolution_warnings(session, built));
    dedup(out)
}

/// Every site of the sites table against the messages its layouts print: a
/// site without a contact (an empty cell) cannot build a layout whose messages
/// print it.
pub fn check_sites(session: &Session) -> Vec<Diagnostic> {
    let Some(sites) = &session.sites else {
        return Vec::new();
    };
    let campaign: BTreeSet<String> = (crate::l10n::campaign_variables(&session.project.manifest))
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    let mut out = Vec::new();
    for site in sites.valid() {
        let own: BTreeSet<String> = (site.contacts.variables().into_iter())
            .map(|(name, _)| name)
            .collect();
        let missing: BTreeSet<&String> = campaign.difference(&own).collect();
        if missing.is_empty() {
            continue;
        }
        let site_session = session.for_site(site);
        let Ok(jobs) = site_session.jobs(&BuildOptions::default()) else {
            continue;
        };
        let mut reported = BTreeSet::new();
        for (layout, locale) in jobs {
            let Some(Ok(spec)) = session.layouts.get(session.page_layout(&layout)) else {
                continue;
            };
            let Ok(catalog) = site_session.catalog(&locale) else {
                continue;
            };
            let variables = crate::rules::source::message_variables(catalog);
            for id in spec.message_ids() {
                for variable in variables.get(id).into_iter().flatten() {
                    if !missing.contains(variable)
                        || !reported.insert((layout.clone(), variable.clone()))
                    {
                        continue;
                    }
                    out.push(
                        Diagnostic::error(
                            "site-value-missing",
                            format!(
                                "site `{}` has no `{variable}`, and layout `{layout}` prints it (message `{id}`)",
                                site.id
                            ),
                        )
                        .at(site.at(variable))
                        .layout(&layout)
                        .hint(format!(
                            "give {} its {variable} in the sites table, or leave `{layout}` out of its `layouts` column",
                            site.id
                        )),
                    );
                }
            }
        }
    }
    out
}

/// Messages any layout names.
fn used_messages(session: &Session) -> BTreeSet<String> {
    session
        .layouts
        .values()
        .flatten()
        .flat_map(|l| l.message_ids().into_iter().map(str::to_string))
        .collect()
}

/// Each problem once (see [`merge_repeats`]), errors first, by locale.
fn dedup(diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut merged = merge_repeats(diags);
    merged.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| a.locale.cmp(&b.locale))
    });
    merged
}

/// Diagnostics as JSON, one array (a silenced warning with its `silenced`
/// reason and place).
pub fn to_json(diags: &[Diagnostic]) -> String {
    format!(
        "[{}]",
        diags
            .iter()
            .map(Diagnostic::to_json)
            .collect::<Vec<_>>()
            .join(",\n ")
    )
}
