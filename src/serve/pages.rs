//! The workspace's HTML, with maud (escaped by default): the home page
//! (languages x formats, with each language's review state and problems) and a
//! locale's editor. Styles and the script are served from the binary.
//!
//! Every text in a language carries its `lang` and `dir`; every field has a label.

use super::workspace::{Editor, Row};
use crate::diag::Diagnostic;
use crate::l10n::edit::{Field, Part};
use crate::l10n::is_rtl;
use crate::l10n::provenance::{word_diff, DiffOp, StaleSource};
use crate::manifest::{LocaleEntry, Status};
use crate::session::Session;
use maud::{html, Markup, DOCTYPE};
use std::collections::BTreeSet;

fn shell(title: &str, token: &str, body: Markup) -> Markup {
    shell_with(title, token, html! {}, body)
}

fn shell_with(title: &str, token: &str, head: Markup, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" dir="ltr" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="flyer-token" content=(token);
                title { (title) }
                link rel="stylesheet" href="/static/workspace.css";
                (head)
            }
            body {
                (body)
                script src="/static/workspace.js" {}
            }
        }
    }
}

fn dir_of(code: &str) -> &'static str {
    if is_rtl(code) {
        "rtl"
    } else {
        "ltr"
    }
}

/// Counts of one language's problems, from `flyer check`.
struct Counts {
    stale: usize,
    missing: usize,
    errors: usize,
}

fn counts(code: &str, checks: &[Diagnostic]) -> Counts {
    let ids = |rule: Option<&str>, errors: bool| {
        checks
            .iter()
            .filter(|d| d.locale.as_deref() == Some(code))
            .filter(|d| rule.is_none_or(|r| d.rule == r) && (!errors || d.is_error()))
            .map(|d| d.message_id.clone().unwrap_or_default())
            .collect::<BTreeSet<_>>()
            .len()
    };
    Counts {
        stale: ids(Some("stale-translation"), false),
        missing: ids(Some("ftl-missing"), false),
        errors: ids(None, true),
    }
}

fn status_text(locale: &LocaleEntry) -> String {
    match locale.status {
        Status::Draft => "Draft".into(),
        Status::Reviewed => format!(
            "Reviewed{}{}",
            locale
                .reviewed_by
                .as_ref()
                .map_or(String::new(), |b| format!(" by {b}")),
            locale
                .reviewed_on
                .as_ref()
                .map_or(String::new(), |d| format!(" on {d}"))
        ),
    }
}

/// Languages x formats: each language's status and problems, and each output's.
pub fn home(session: &Session, checks: &[Diagnostic], web_fonts: &[usize], token: &str) -> Markup {
    let manifest = &session.project.manifest;
    let org = &manifest.campaign.organization;
    // Page layouts: a sheet holds the same text as its card.
    let layouts: Vec<String> = session
        .project
        .default_layouts()
        .into_iter()
        .filter(|l| session.layouts.get(l).is_some_and(Result::is_ok))
        .collect();
    let body = html! {
        header class="top" {
            h1 { (org) ": translations" }
            p { "Choose a language to edit its text beside the printed page, check it, and sign it off." }
        }
        main id="home" {
            div class="scroll" role="region" aria-label="Languages" tabindex="0" {
                table {
                    caption { "Languages (rows) and formats (columns). A number is the problems that output has; card sheets print the cards' text." }
                    thead {
                        tr {
                            th scope="col" { "Language" }
                            th scope="col" { "Status" }
                            th scope="col" { "Stale" }
                            th scope="col" { "Missing" }
                            th scope="col" { "With errors" }
                            @for layout in &layouts { th scope="col" { code { (layout) } } }
                        }
                    }
                    tbody {
                        @for locale in &manifest.locales {
                            @let c = counts(&locale.code, checks);
                            tr data-locale=(locale.code) {
                                th scope="row" {
                                    a href={ "/locale/" (locale.code) } {
                                        (locale.name) " · "
                                        span lang=(locale.code) dir=(dir_of(&locale.code)) { (locale.native) }
                                    }
                                }
                                td class={ "status " (format!("{:?}", locale.status).to_lowercase()) } { (status_text(locale)) }
                                td class="count" { (c.stale) }
                                td class="count" { (c.missing) }
                                td class="count" { (c.errors) }
                                @for layout in &layouts {
                                    @let n = checks.iter().filter(|d| d.locale.as_deref() == Some(&locale.code) && d.layout.as_deref() == Some(layout.as_str())).count();
                                    td class={ "cell" @if n > 0 { " bad" } } {
                                        a href={ "/locale/" (locale.code) "?layout=" (layout) }
                                          aria-label={ (locale.name) ", " (layout) ": " @if n == 0 { "no problems" } @else { (n) " problems" } } {
                                            @if n == 0 { "✓" } @else { (n) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    shell_with(
        &format!("{org}: translations"),
        token,
        font_faces(web_fonts),
        body,
    )
}

/// One locale's messages, each with its source, note, checks and review state,
/// beside the live preview.
pub fn editor(editor: &Editor, layout: Option<&str>, token: &str) -> Markup {
    let locale = &editor.locale;
    let layout = layout
        .filter(|l| editor.layouts.iter().any(|x| x == l))
        .or(editor.layouts.first().map(String::as_str))
        .unwrap_or_default();
    let body = html! {
        header class="top" {
            nav { a href="/" { "← All languages" } }
            h1 { (locale.name) " · " span lang=(locale.code) dir=(dir_of(&locale.code)) { (locale.native) } }
            p class={ "status " (format!("{:?}", locale.status).to_lowercase()) } id="status" { (status_text(locale)) }
            form id="review" class="review" aria-label="Review" {
                label { "Reviewer's name " input id="reviewer" name="reviewer" autocomplete="name" value=(locale.reviewed_by.clone().unwrap_or_default()); }
                button type="button" id="mark-reviewed" { "Mark " (locale.name) " reviewed" }
                button type="button" id="mark-draft" { "Back to draft" }
                button type="button" id="confirm-all" { "Confirm every message" }
            }
        }
        main id="editor" data-locale=(locale.code) data-base=(editor.base) data-layout=(layout) {
            section class="rows" aria-label="Messages" {
                @for row in &editor.rows { (message_row(row, editor)) }
            }
            aside class="preview" aria-label="Preview" {
                div class="preview-controls" {
                    label { "Layout "
                        select id="layout" {
                            @for l in &editor.layouts {
                                option value=(l) selected[l == layout] { (l) }
                            }
                        }
                    }
                    label { "Page " select id="page" { option value="0" { "1" } } }
                }
                div class="page" id="page-box" {
                    img id="preview" alt={ "The " (layout) " in " (locale.name) ", as it prints" };
                    div id="outline" aria-hidden="true" {}
                }
                p id="preview-status" role="status" {}
                // Problems of the whole locale or page, beside the page, in view while typing.
                ul class="diags general" id="general" aria-live="polite" aria-label="Problems of the whole page" {
                    @for d in &editor.general { (diagnostic(d)) }
                }
            }
        }
        footer class="savebar" {
            button type="button" id="save" { "Save" }
            span id="save-status" role="status" aria-live="polite" { "No unsaved changes." }
        }
    };
    shell_with(
        &format!("{}: translation", locale.name),
        token,
        font_faces(&editor.fonts),
        body,
    )
}

/// The project's own fonts for the fields and the English, in the locale's
/// order, so a translator sees their script as it prints even where the
/// computer has no font for it. Only face numbers appear in the CSS: nothing
/// from a font file is written into the page.
fn font_faces(faces: &[usize]) -> Markup {
    let mut css = String::new();
    for n in faces {
        css.push_str(&format!(
            "@font-face {{ font-family: \"flyer-face-{n}\"; src: url(/font/{n}); }}\n"
        ));
    }
    let families: Vec<String> = faces
        .iter()
        .map(|n| format!("\"flyer-face-{n}\""))
        .collect();
    css.push_str(&format!(
        ".field.chips, .source, [lang] {{ font-family: {}, system-ui, sans-serif; }}\n",
        families.join(", ")
    ));
    html! { style { (maud::PreEscaped(css)) } }
}

fn message_row(row: &Row, editor: &Editor) -> Markup {
    let code = &editor.locale.code;
    let id = &row.id;
    let field_id = format!("f-{id}");
    let diags_id = format!("d-{id}");
    html! {
        article class="row" id={ "row-" (id) } data-id=(id) {
            h2 {
                code { (id) }
                @if row.missing { " " span class="flag missing" { "missing" } }
                @if row.stale.is_some() { " " span class="flag stale" { "English changed" } }
            }
            div class="source" lang=(editor.source_locale) dir=(dir_of(&editor.source_locale)) {
                @if let Some(field) = &row.source { (field_view(field, false)) }
            }
            @if !row.note.is_empty() {
                p class="note" { span class="label" { "Note: " } (row.note.join(" ")) }
            }
            @if let Some(stale) = &row.stale { (stale_view(stale, &editor.source_locale)) }
            label for=(field_id) { "Translation (" (editor.locale.name) ")" }
            @match &row.field {
                Field::Chips { parts } => {
                    div id=(field_id) class="field chips" contenteditable="true" role="textbox"
                        aria-multiline="false" aria-describedby=(diags_id) spellcheck="true"
                        lang=(code) dir=(dir_of(code)) data-kind="chips" {
                        (field_view(&Field::Chips { parts: parts.clone() }, true))
                    }
                    (chip_palette(row))
                }
                Field::Fluent { text } => {
                    textarea id=(field_id) class="field fluent" rows=(text.lines().count().max(2))
                        aria-describedby=(diags_id) lang=(code) dir=(dir_of(code)) data-kind="fluent"
                        spellcheck="false" { (text) }
                }
            }
            ul class="diags" id=(diags_id) aria-live="polite" {
                @for d in &row.diagnostics { (diagnostic(d)) }
            }
            button type="button" class="confirm" data-id=(id) disabled[row.missing] {
                "Confirm: this translation says what the English says"
            }
        }
    }
}

/// Buttons to put back a placeable of the source message.
fn chip_palette(row: &Row) -> Markup {
    let chips: Vec<(&str, &str)> = match &row.source {
        Some(Field::Chips { parts }) => parts
            .iter()
            .filter_map(|p| match p {
                Part::Chip { source, label } => Some((source.as_str(), label.as_str())),
                Part::Text { .. } => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    html! {
        @if !chips.is_empty() {
            div class="palette" {
                span class="label" { "Insert: " }
                @for (source, label) in chips {
                    button type="button" class="insert" data-source=(source) data-label=(label)
                        aria-label={ "Insert " (label) } { (label) }
                }
            }
        }
    }
}

fn field_view(field: &Field, editable: bool) -> Markup {
    match field {
        Field::Fluent { text } => html! { pre class="fluent" { (text) } },
        Field::Chips { parts } => html! {
            @for part in parts {
                @match part {
                    Part::Text { text } => (text),
                    Part::Chip { source, label } => {
                        span class="chip" contenteditable=[editable.then_some("false")]
                            data-source=(source) title={ "Filled in by flyer: " (source) } { (label) }
                    }
                }
            }
        },
    }
}

fn stale_view(stale: &StaleSource, source_locale: &str) -> Markup {
    html! {
        div class="stale" {
            p { "The English changed after this translation was confirmed:" }
            @match &stale.old {
                Some(old) => {
                    p class="diff" lang=(source_locale) {
                        @for (op, text) in word_diff(old, &stale.new) {
                            @match op {
                                DiffOp::Same => (text),
                                DiffOp::Removed => del { (text) },
                                DiffOp::Added => ins { (text) },
                            }
                        }
                    }
                }
                None => p class="diff" lang=(source_locale) {
                    "(the old English was not recorded) " ins { (stale.new) }
                },
            }
        }
    }
}

fn diagnostic(d: &Diagnostic) -> Markup {
    html! {
        li class=(if d.is_error() { "error" } else { "warning" }) {
            strong { (if d.is_error() { "Error" } else { "Warning" }) ": " }
            (d.message)
            @if let Some(layout) = &d.layout { " (" (layout) ")" }
            @if let Some(hint) = &d.hint { br; span class="hint" { (hint) } }
        }
    }
}

/// A page for a request that failed, with what went wrong.
pub fn failure(diags: &[Diagnostic]) -> Markup {
    shell(
        "flyer: problem",
        "",
        html! {
            main {
                h1 { "This page cannot be shown" }
                ul class="diags" { @for d in diags { (diagnostic(d)) } }
                p { a href="/" { "Back to all languages" } }
            }
        },
    )
}
