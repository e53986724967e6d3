//! `flyer check`: everything that would print wrong, found before anything is
//! printed. Translation checks read the Fluent source (fluent-syntax's AST, with
//! positions from its string slices); output checks lay out every output without
//! writing it.
//!
//! Rules (ids as they appear in diagnostics):
//! - `contact-data`: a phone number, URL, e-mail address or run of 3+ digits typed
//!   into a message instead of coming from a variable (error);
//! - `forbidden-char`: U+FFFD, tabs, or bidi controls typed into a message (error);
//! - `ftl-missing` / `ftl-obsolete`: messages missing from or extra to a translation
//!   (error where a layout uses the message, warning otherwise);
//! - `variable-mismatch`: a variable the source uses that the translation dropped,
//!   or one it uses that the source does not (error);
//! - `stale-translation`: the source text changed after the translation was made;
//! - `layout-message`: a layout names a message the source locale lacks;
//! - `contrast`: text colour against its background below WCAG 4.5:1 (3:1 large);
//! - plus everything a build reports: syntax, unresolved references, missing
//!   glyphs, text that cannot fit.

use crate::build::{BuildOptions, Session};
use crate::diag::{Diagnostic, SourceFile};
use crate::l10n::Catalog;
use crate::spec::{Block, Layout};
use fluent_syntax::ast;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};

/// The file beside a translation that records which source text each message was
/// translated from.
pub const SOURCES_FILE: &str = "translated-from.toml";

/// Every check over the whole project.
pub fn check_project(session: &Session) -> Vec<Diagnostic> {
    let mut out = check_sources(session);
    out.extend(check_outputs(session));
    dedup(out)
}

/// The checks of the inputs themselves: translations against their source,
/// layouts, sheets, fonts; everything short of laying out every output.
pub fn check_sources(session: &Session) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let source_code = &session.project.manifest.build.source_locale;
    let used = used_messages(session);
    let source = match session.catalogs.get(source_code) {
        Some(Ok(c)) => Some(c),
        _ => None,
    };
    for (code, catalog) in &session.catalogs {
        match catalog {
            Err(d) => out.push(d.clone()),
            Ok(catalog) => {
                out.extend(catalog.problems.iter().cloned());
                out.extend(translation_checks(catalog));
                out.extend(trial_format(
                    session,
                    catalog,
                    source.filter(|_| code != source_code),
                ));
                if let (Some(source), false) = (source, code == source_code) {
                    out.extend(compare_with_source(catalog, source, &used));
                    out.extend(stale_translations(session, catalog, source));
                }
            }
        }
    }
    for layout in session.layouts.values() {
        match layout {
            Err(d) => out.push(d.clone()),
            Ok(layout) => {
                if let Some(source) = source {
                    for id in layout.message_ids() {
                        if !source.has_message(id) {
                            out.push(
                                Diagnostic::error("layout-message", format!("layout names message `{id}`, which locales/{source_code}/ does not define"))
                                    .at(layout.id_location(id))
                                    .layout(&layout.name)
                                    .message_id(id)
                                    .hint("check the spelling, or add the message to the source locale"),
                            );
                        }
                    }
                }
                out.extend(layout_checks(layout));
            }
        }
    }
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
    {
        for (layout, locale) in jobs {
            if let Err(diags) = session.document(&layout, &locale, &opts) {
                out.extend(diags.into_iter().filter(|d| {
                    !matches!(
                        d.rule,
                        "ftl-syntax" | "ftl-duplicate" | "toml-syntax" | "layout-value"
                    )
                }));
            }
        }
    }
    dedup(out)
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

fn dedup(diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut seen = Vec::new();
    for d in diags {
        if !seen.contains(&d) {
            seen.push(d);
        }
    }
    seen.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| a.locale.cmp(&b.locale))
    });
    seen
}

/// Checks of one translation's own text: contact data and forbidden characters.
pub fn translation_checks(catalog: &Catalog) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for file in &catalog.files {
        for (id, element) in text_elements(file) {
            let at = |offset: usize| file.location_of_slice(&element[offset..]);
            if let Some((offset, what)) = find_contact_data(element) {
                let mut d = Diagnostic::error("contact-data", format!("{what} typed into message `{id}`"))
                    .locale(&catalog.code)
                    .message_id(&id)
                    .hint("phone numbers, 911, e-mail addresses and web addresses come from flyer.toml: use { $hotline }, { $emergency } or { $website } instead");
                if let Some(loc) = at(offset) {
                    d = d.at(loc);
                }
                out.push(d);
            }
            if let Some((offset, c)) = element.char_indices().find(|(_, c)| is_forbidden(*c)) {
                let mut d = Diagnostic::error(
                    "forbidden-char",
                    format!("message `{id}` contains U+{:04X} {}", c as u32, crate::text::itemize::char_name(c)),
                )
                .locale(&catalog.code)
                .message_id(&id)
                .hint("remove it: flyer isolates numbers and names itself, and U+FFFD means text was damaged");
                if let Some(loc) = at(offset) {
                    d = d.at(loc);
                }
                out.push(d);
            }
        }
    }
    out
}

fn is_forbidden(c: char) -> bool {
    matches!(c, '\u{FFFD}' | '\t' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The text elements of every message and term in a file, with the entry's id.
fn text_elements(file: &SourceFile) -> Vec<(String, &str)> {
    let resource = match fluent_syntax::parser::parse(file.text.as_str()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut out = Vec::new();
    for entry in resource.body {
        let (id, patterns): (String, Vec<ast::Pattern<&str>>) = match entry {
            ast::Entry::Message(m) => (
                m.id.name.to_string(),
                m.value
                    .into_iter()
                    .chain(m.attributes.into_iter().map(|a| a.value))
                    .collect(),
            ),
            ast::Entry::Term(t) => (
                format!("-{}", t.id.name),
                std::iter::once(t.value)
                    .chain(t.attributes.into_iter().map(|a| a.value))
                    .collect(),
            ),
            _ => continue,
        };
        let mut texts = Vec::new();
        for p in &patterns {
            collect_text(p, &mut texts);
        }
        out.extend(texts.into_iter().map(|t| (id.clone(), t)));
    }
    out
}

fn collect_text<'s>(pattern: &ast::Pattern<&'s str>, out: &mut Vec<&'s str>) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push(value),
            ast::PatternElement::Placeable { expression } => {
                if let ast::Expression::Select { variants, .. } = expression {
                    for v in variants {
                        collect_text(&v.value, out);
                    }
                }
            }
        }
    }
}

/// Variables a pattern uses (including inside select expressions).
fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            match expression {
                ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                    out.insert(id.name.to_string());
                }
                ast::Expression::Select { selector, variants } => {
                    if let ast::InlineExpression::VariableReference { id } = selector {
                        out.insert(id.name.to_string());
                    }
                    for v in variants {
                        variables(&v.value, out);
                    }
                }
                _ => {}
            }
        }
    }
}

/// Finds a phone number, URL, e-mail address or run of 3+ digits in typed text.
pub fn find_contact_data(text: &str) -> Option<(usize, &'static str)> {
    let lower = text.to_lowercase();
    for marker in ["http://", "https://", "www.", "mailto:", "tel:"] {
        if let Some(at) = lower.find(marker) {
            return Some((at.min(text.len()), "a web address"));
        }
    }
    for (at, word) in split_words(text) {
        if let Some(i) = word.find('@') {
            if i > 0 && word[i..].contains('.') {
                return Some((at, "an e-mail address"));
            }
        }
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if let Some((_, tld)) = bare.rsplit_once('.') {
            let has_name = bare
                .split('.')
                .next()
                .is_some_and(|n| n.chars().count() > 1);
            if has_name
                && matches!(
                    tld.to_ascii_lowercase().as_str(),
                    "org" | "com" | "gov" | "net" | "edu" | "us" | "info" | "io"
                )
            {
                return Some((at, "a web address"));
            }
        }
    }
    // Digits, allowing the separators phone numbers are written with.
    let classify = |digits: usize| {
        if digits >= 7 {
            "a phone number"
        } else {
            "a number of 3 or more digits"
        }
    };
    let mut run_start = None;
    let mut digits = 0;
    for (i, c) in text.char_indices() {
        if c.is_numeric() {
            run_start.get_or_insert(i);
            digits += 1;
        } else if !(digits > 0 && matches!(c, '-' | '.' | ' ' | '(' | ')' | '/' | '\u{00A0}')) {
            if digits >= 3 {
                return run_start.map(|at| (at, classify(digits)));
            }
            run_start = None;
            digits = 0;
        }
    }
    if digits >= 3 {
        return run_start.map(|at| (at, classify(digits)));
    }
    None
}

fn split_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace()
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

/// Formats every message of a catalog on its own, so an error in a message no
/// layout uses yet is found too; and notes text left identical to the source.
fn trial_format(session: &Session, catalog: &Catalog, source: Option<&Catalog>) -> Vec<Diagnostic> {
    let variables = crate::l10n::campaign_variables(&session.project.manifest.campaign);
    let own = crate::l10n::Localizer::new(vec![catalog], variables.clone(), false);
    let theirs = source.map(|s| crate::l10n::Localizer::new(vec![s], variables, false));
    let mut out = Vec::new();
    for id in catalog.message_ids() {
        if !catalog.has_message(&id) {
            continue; // attributes only
        }
        match own.format(&id) {
            Err(d) => out.push(d),
            Ok(text) => {
                let Some(theirs) = &theirs else { continue };
                let Ok(original) = theirs.format(&id) else {
                    continue;
                };
                let letters = crate::l10n::strip_isolates(&text.text);
                let typed = letters.chars().filter(|c| c.is_alphabetic()).count();
                let from_variables = variables_only(&original.text);
                if text.text == original.text && typed > 3 && !from_variables {
                    let mut d = Diagnostic::warning(
                        "identical-to-source",
                        format!(
                            "message `{id}` in locale {} is the same as the source text",
                            catalog.code
                        ),
                    )
                    .locale(&catalog.code)
                    .message_id(&id)
                    .hint(
                        "translate it, unless it is a name that stays the same in every language",
                    );
                    if let Some(loc) = catalog.definitions.get(&id) {
                        d = d.at(loc.clone());
                    }
                    out.push(d);
                }
            }
        }
    }
    out
}

/// Whether formatted text is only placeables (Fluent wraps each in U+2068/U+2069).
fn variables_only(text: &str) -> bool {
    let mut depth = 0;
    text.chars().all(|c| match c {
        '\u{2068}' => {
            depth += 1;
            true
        }
        '\u{2069}' => {
            depth -= 1;
            true
        }
        c => depth > 0 || c.is_whitespace(),
    })
}

/// Messages missing from or extra to a translation, and their shape and variables
/// against the source.
fn compare_with_source(
    catalog: &Catalog,
    source: &Catalog,
    used: &BTreeSet<String>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let ours: BTreeSet<String> = catalog.definitions.keys().cloned().collect();
    let theirs: BTreeSet<String> = source.definitions.keys().cloned().collect();
    for id in theirs.difference(&ours) {
        let d = if used.contains(id) {
            Diagnostic::error(
                "ftl-missing",
                format!("message `{id}` is missing from locale {}", catalog.code),
            )
        } else {
            Diagnostic::warning(
                "ftl-missing",
                format!(
                    "message `{id}` is missing from locale {} (no layout uses it yet)",
                    catalog.code
                ),
            )
        };
        out.push(
            d.locale(&catalog.code)
                .message_id(id)
                .at(source.definitions[id].clone())
                .hint(format!("translate it in locales/{}/", catalog.code)),
        );
    }
    for id in ours.difference(&theirs) {
        out.push(
            Diagnostic::warning(
                "ftl-obsolete",
                format!("message `{id}` is not in the source locale {}", source.code),
            )
            .locale(&catalog.code)
            .message_id(id)
            .at(catalog.definitions[id].clone())
            .hint("remove it, or check whether the source renamed it"),
        );
    }
    let (source_shapes, our_shapes) = (message_shapes(source), message_shapes(catalog));
    for (id, ours) in &our_shapes {
        let Some(theirs) = source_shapes.get(id) else {
            continue;
        };
        let at = catalog.definitions.get(id).cloned();
        let mut report = |rule: &'static str, message: String, hint: String| {
            let mut d = Diagnostic::error(rule, message)
                .locale(&catalog.code)
                .message_id(id)
                .hint(hint);
            if let Some(loc) = at.clone() {
                d = d.at(loc);
            }
            out.push(d);
        };
        if ours.has_value != theirs.has_value {
            report(
                "ftl-shape",
                format!(
                    "message `{id}` {} a value, unlike the source",
                    if ours.has_value { "has" } else { "lacks" }
                ),
                "give it a value exactly when the source message has one".into(),
            );
        }
        for attr in theirs.attributes.difference(&ours.attributes) {
            report(
                "ftl-shape",
                format!("message `{id}` lacks the attribute .{attr} the source has"),
                "translate every attribute of the source message".into(),
            );
        }
        for attr in ours.attributes.difference(&theirs.attributes) {
            report(
                "ftl-shape",
                format!("message `{id}` has an attribute .{attr} the source does not"),
                "remove it, or check the source for a renamed attribute".into(),
            );
        }
        for key in &ours.duplicate_variant_keys {
            report(
                "ftl-shape",
                format!("message `{id}` has two variants [{key}]"),
                "each variant key may appear once in a select expression".into(),
            );
        }
        for v in theirs.variables.difference(&ours.variables) {
            report(
                "variable-mismatch",
                format!("message `{id}` drops the variable ${v} the source uses"),
                format!("put {{ ${v} }} back: it carries contact data or a name from flyer.toml"),
            );
        }
        for v in ours.variables.difference(&theirs.variables) {
            report(
                "variable-mismatch",
                format!("message `{id}` uses ${v}, which the source does not"),
                "use only the variables of the source message (see its # Variables: comment)"
                    .into(),
            );
        }
    }
    out
}

/// What a message is made of, to compare a translation with its source.
#[derive(Default)]
struct Shape {
    has_value: bool,
    attributes: BTreeSet<String>,
    duplicate_variant_keys: Vec<String>,
    variables: BTreeSet<String>,
}

fn message_shapes(catalog: &Catalog) -> BTreeMap<String, Shape> {
    fn duplicates(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } = element
            {
                let mut seen = BTreeSet::new();
                for v in variants {
                    let key = match &v.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    };
                    if !seen.insert(key.clone()) {
                        out.push(key);
                    }
                    duplicates(&v.value, out);
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    for file in &catalog.files {
        let resource = match fluent_syntax::parser::parse(file.text.as_str()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut shape = Shape {
                    has_value: m.value.is_some(),
                    ..Shape::default()
                };
                for a in &m.attributes {
                    shape.attributes.insert(a.id.name.to_string());
                    duplicates(&a.value, &mut shape.duplicate_variant_keys);
                    variables(&a.value, &mut shape.variables);
                }
                if let Some(v) = &m.value {
                    duplicates(v, &mut shape.duplicate_variant_keys);
                    variables(v, &mut shape.variables);
                }
                out.insert(m.id.name.to_string(), shape);
            }
        }
    }
    out
}

/// A short hash of a message's source text (its lines in the .ftl file, white
/// space folded), to notice when the source changes.
pub fn source_hashes(catalog: &Catalog) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for file in &catalog.files {
        let lines: Vec<&str> = file.text.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            let line = lines[i];
            let id = line
                .split_once(" =")
                .or_else(|| line.split_once('='))
                .map(|(id, _)| id.trim());
            let is_entry = !line.starts_with([' ', '#', '\t'])
                && id.is_some_and(|id| {
                    !id.is_empty()
                        && id
                            .chars()
                            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
                });
            if !is_entry {
                i += 1;
                continue;
            }
            let mut text = line.to_string();
            i += 1;
            while i < lines.len() && lines[i].starts_with([' ', '\t']) {
                text.push(' ');
                text.push_str(lines[i].trim());
                i += 1;
            }
            let folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let hash = Sha256::digest(folded.as_bytes());
            let hex: String = hash.iter().take(6).map(|b| format!("{b:02x}")).collect();
            out.insert(id.unwrap_or_default().to_string(), hex);
        }
    }
    out
}

/// The recorded source hashes of a translation, and where the file is.
fn recorded(
    session: &Session,
    code: &str,
) -> (std::path::PathBuf, Option<BTreeMap<String, String>>) {
    let path = session.project.locales_dir().join(code).join(SOURCES_FILE);
    #[derive(serde::Deserialize)]
    struct Record {
        messages: BTreeMap<String, String>,
    }
    let record = std::fs::read_to_string(&path)
        .ok()
        .and_then(|t| toml::from_str::<Record>(&t).ok())
        .map(|r| r.messages);
    (path, record)
}

/// Translations made from an older source text.
fn stale_translations(session: &Session, catalog: &Catalog, source: &Catalog) -> Vec<Diagnostic> {
    let current = source_hashes(source);
    let (path, record) = recorded(session, &catalog.code);
    let shown = session.project.shown(&path);
    let Some(record) = record else {
        return vec![Diagnostic::warning(
            "stale-translation",
            format!(
                "locale {} has no record of the source text it was translated from",
                catalog.code
            ),
        )
        .locale(&catalog.code)
        .hint(format!(
            "after checking the translation, run `flyer confirm {}` to write {}",
            catalog.code,
            shown.display()
        ))];
    };
    let mut out = Vec::new();
    for (id, hash) in &current {
        if !catalog.definitions.contains_key(id) {
            continue;
        }
        if record.get(id) != Some(hash) {
            let mut d = Diagnostic::warning(
                "stale-translation",
                format!(
                    "the {} text of `{id}` changed after locale {} translated it",
                    source.code, catalog.code
                ),
            )
            .locale(&catalog.code)
            .message_id(id)
            .hint(format!(
                "update the translation, then run `flyer confirm {} {id}`",
                catalog.code
            ));
            if let Some(loc) = catalog.definitions.get(id) {
                d = d.at(loc.clone());
            }
            out.push(d);
        }
    }
    out
}

/// Records the current source text of `ids` (all messages if empty) as the one
/// `code` was translated from. Returns how many entries were written.
pub fn confirm(session: &Session, code: &str, ids: &[String]) -> Result<usize, Diagnostic> {
    let source_code = &session.project.manifest.build.source_locale;
    let source = match session.catalogs.get(source_code) {
        Some(Ok(c)) => c,
        Some(Err(d)) => return Err(d.clone()),
        None => {
            return Err(Diagnostic::error(
                "unknown-locale",
                format!("no source locale {source_code}"),
            ))
        }
    };
    let catalog = match session.catalogs.get(code) {
        Some(Ok(c)) => c,
        Some(Err(d)) => return Err(d.clone()),
        None => {
            return Err(Diagnostic::error(
                "unknown-locale",
                format!("locale `{code}` is not in flyer.toml"),
            ))
        }
    };
    let current = source_hashes(source);
    let (path, record) = recorded(session, code);
    let mut record = record.unwrap_or_default();
    let mut count = 0;
    for (id, hash) in &current {
        if catalog.definitions.contains_key(id) && (ids.is_empty() || ids.contains(id)) {
            record.insert(id.clone(), hash.clone());
            count += 1;
        }
    }
    for id in ids {
        if !current.contains_key(id) {
            return Err(Diagnostic::error(
                "unknown-message",
                format!("the source locale has no message `{id}`"),
            )
            .locale(code));
        }
    }
    let mut text = format!(
        "# Which {source_code} text each message of locales/{code}/ was translated from: a hash of\n\
         # the source message. `flyer check` reports messages whose source changed since.\n\
         # Written by `flyer confirm {code}` after a translator checked the translation.\n\n[messages]\n"
    );
    for (id, hash) in &record {
        text.push_str(&format!("{id} = \"{hash}\"\n"));
    }
    crate::outputs::write_atomically(&path, text.as_bytes())?;
    Ok(count)
}

/// Checks of a layout on its own, which `flyer build` also runs: contrast, the
/// smallest type sizes for the kind of page, and text inside the safe zone.
pub fn layout_checks(layout: &Layout) -> Vec<Diagnostic> {
    let mut out = contrast(layout);
    out.extend(minimum_sizes(layout));
    let page = &layout.spec.page;
    if page.margin.0 + 0.01 < page.safe.0 {
        let at = layout.file.text.find("margin").unwrap_or(0);
        out.push(
            Diagnostic::error(
                "safe-zone",
                format!(
                    "the margin ({}) is inside the safe zone ({}): text could be trimmed off",
                    page.margin, page.safe
                ),
            )
            .at(layout.file.location(at))
            .layout(&layout.name)
            .hint("make margin at least as large as safe (1/8 in, better 1/4 in, from the trim)"),
        );
    }
    out
}

/// The smallest body text a page may have: 16 pt on tabloid posters (as hotline-
/// poster laws ask), 11 pt on letter and A4, 7 pt on cards.
pub fn minimum_body_size(layout: &Layout) -> f32 {
    let short_side = layout.size.width.0.min(layout.size.height.0);
    if short_side >= 780.0 {
        16.0
    } else if short_side >= 400.0 {
        11.0
    } else {
        7.0
    }
}

/// Body text (paragraphs and lists) below the page's minimum size.
fn minimum_sizes(layout: &Layout) -> Vec<Diagnostic> {
    let least = minimum_body_size(layout);
    let mut reported = BTreeSet::new();
    let mut out = Vec::new();
    for block in &layout.spec.blocks {
        let role = match block.get_ref() {
            Block::Paragraph { role, .. } | Block::List { role, .. } => role,
            _ => continue,
        };
        if layout.role(role).min() + 0.001 < least && reported.insert(role.clone()) {
            let at = layout
                .file
                .text
                .find(&format!("[roles.{role}]"))
                .unwrap_or(block.span().start);
            out.push(
                Diagnostic::error("min-size", format!("role `{role}` may shrink to {} pt; body text on this page must stay at {least} pt or more", layout.role(role).min()))
                    .at(layout.file.location(at))
                    .layout(&layout.name)
                    .hint(format!("raise the smallest size of [roles.{role}] to {least}, and shorten text or enlarge the page if it then does not fit")),
            );
        }
    }
    out
}

/// Text against its background: WCAG 2.1 contrast, 4.5:1 (3:1 for large text).
fn contrast(layout: &Layout) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let paper = layout
        .spec
        .page
        .background
        .as_ref()
        .and_then(|b| layout.color(b).ok())
        .or_else(|| layout.color("paper").ok())
        .unwrap_or(crate::spec::Color::WHITE);
    for block in &layout.spec.blocks {
        let (background, lines): (_, Vec<(Option<&String>, &str)>) = match block.get_ref() {
            Block::Banner { fill, lines, .. } | Block::Callout { fill, lines, .. } => (
                layout.color(fill).unwrap_or(paper),
                lines
                    .iter()
                    .map(|l| (l.color.as_ref(), l.role.as_str()))
                    .collect(),
            ),
            other => (
                paper,
                other.roles().into_iter().map(|r| (None, r)).collect(),
            ),
        };
        for (color, role_name) in lines {
            let role = layout.role(role_name);
            let name = color.or(role.color.as_ref()).map_or("ink", String::as_str);
            let Ok(fg) = layout.color(name) else { continue };
            let ratio = fg.contrast(background);
            let large = role.min() >= 18.0
                || (role.min() >= 14.0 && role.font == crate::spec::Weight::Bold);
            let need = if large { 3.0 } else { 4.5 };
            if ratio < need {
                out.push(Diagnostic::error("contrast", format!("text colour `{name}` on its background has contrast {ratio:.2}:1, below {need}:1"))
                    .at(layout.file.location(block.span().start))
                    .layout(&layout.name)
                    .hint("darken the text or lighten the background in [palette] (WCAG 2.1 asks 4.5:1, 3:1 for large text)"));
            }
        }
    }
    out
}

/// Diagnostics as JSON, one array.
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

#[cfg(test)]
mod tests {
    use super::find_contact_data;

    #[test]
    fn typed_contact_data_is_found() {
        assert!(find_contact_data("llame al 1-800-792-5200").is_some());
        assert!(find_contact_data("call 800.792.5200 now").is_some());
        assert!(find_contact_data("اتصل بالرقم ٩١١").is_some());
        assert!(find_contact_data("visit www.example.org").is_some());
        assert!(find_contact_data("see example.org.").is_some());
        assert!(find_contact_data("write to help@example.org").is_some());
        assert!(find_contact_data("ឆ្នាំ ២០២៦").is_some());
    }

    #[test]
    fn ordinary_text_is_not_contact_data() {
        assert!(find_contact_data("a child under the age of 18.").is_none());
        assert!(find_contact_data("Direct/in person sexual acts").is_none());
        assert!(find_contact_data("LGBTQ+ youth, e.g. at school").is_none());
        assert!(find_contact_data("Massachusetts (DCF).").is_none());
    }
}
