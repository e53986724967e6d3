//! Rules on a translation's own text: contact data typed into a message (it must
//! come from flyer.toml) and forbidden characters.
//!
//! - `contact-data`: a phone number, URL, e-mail address or run of 3+ digits typed
//!   into a message instead of coming from a variable (error): found in the source
//!   text (text and string literals, with their exact column), and in the
//!   formatted text minus flyer.toml's values (whatever route it took there);
//! - `forbidden-char`: U+FFFD, tabs, or bidi controls typed into a message (error).

use crate::diag::Diagnostic;
use crate::l10n::{Catalog, CatalogFile, Localizer, MAX_NESTING};
use fluent_syntax::ast;
use std::collections::BTreeSet;

/// Checks of one translation's own text: contact data and forbidden characters.
pub fn translation_checks(catalog: &Catalog) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for file in &catalog.files {
        for (id, element) in text_elements(file) {
            let at = |offset: usize| file.location_of(&element[offset..]);
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
fn text_elements(file: &CatalogFile) -> Vec<(String, &str)> {
    let mut out = Vec::new();
    for entry in file.entries() {
        let (id, patterns): (String, Vec<&ast::Pattern<&str>>) = match entry {
            ast::Entry::Message(m) => (
                m.id.name.to_string(),
                m.value
                    .iter()
                    .chain(m.attributes.iter().map(|a| &a.value))
                    .collect(),
            ),
            ast::Entry::Term(t) => (
                format!("-{}", t.id.name),
                std::iter::once(&t.value)
                    .chain(t.attributes.iter().map(|a| &a.value))
                    .collect(),
            ),
            _ => continue,
        };
        let mut texts = Vec::new();
        for p in patterns {
            collect_text(p, &mut texts);
        }
        out.extend(texts.into_iter().map(|t| (id.clone(), t)));
    }
    out
}

/// The text a pattern types: its text elements, its string literals (`{ "…" }`,
/// which print as typed), and those of select variants and nested placeables.
fn collect_text<'s>(pattern: &ast::Pattern<&'s str>, out: &mut Vec<&'s str>) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push(value),
            ast::PatternElement::Placeable { expression } => collect_expression(expression, out, 0),
        }
    }
}

fn collect_expression<'s>(
    expression: &ast::Expression<&'s str>,
    out: &mut Vec<&'s str>,
    depth: usize,
) {
    if depth > MAX_NESTING {
        return;
    }
    match expression {
        ast::Expression::Select { variants, .. } => {
            for v in variants {
                collect_text(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => match inline {
            ast::InlineExpression::StringLiteral { value } => out.push(value),
            ast::InlineExpression::Placeable { expression } => {
                collect_expression(expression, out, depth + 1)
            }
            _ => {}
        },
    }
}

/// Contact data in a formatted message, whatever route it took there (a string
/// literal, a message or term reference): the text with flyer.toml's own values
/// taken out must hold none. Returns what was found.
pub fn contact_data_in_formatted(text: &str, allowed: &[&str]) -> Option<&'static str> {
    let mut rest = crate::l10n::strip_isolates(text);
    for value in allowed.iter().filter(|v| !v.is_empty()) {
        rest = rest.replace(value, " ");
    }
    find_contact_data(&rest).map(|(_, what)| what)
}

/// Contact data in the formatted text of every message of a catalog, except
/// those the source-level rule already reports (`reported`).
pub fn formatted_checks(
    catalog: &Catalog,
    variables: &[(&'static str, String)],
    allowed: &[&str],
    reported: &BTreeSet<String>,
) -> Vec<Diagnostic> {
    let own = Localizer::new(vec![catalog], variables.to_vec(), false);
    let mut out = Vec::new();
    for id in catalog.message_ids() {
        if reported.contains(&id) || !catalog.has_message(&id) {
            continue;
        }
        let Ok(text) = own.format(&id) else { continue };
        if let Some(what) = contact_data_in_formatted(&text.text, allowed) {
            out.push(formatted_contact_data_error(catalog, &id, what));
        }
    }
    out
}

/// The diagnostic for contact data that reached a formatted message by a route
/// the source-level rule cannot see.
pub fn formatted_contact_data_error(catalog: &Catalog, id: &str, what: &str) -> Diagnostic {
    let mut d = Diagnostic::error(
        "contact-data",
        format!("{what} reaches message `{id}` through a reference or a string literal"),
    )
    .locale(&catalog.code)
    .message_id(id)
    .hint("phone numbers, 911, e-mail addresses and web addresses come from flyer.toml: use { $hotline }, { $emergency } or { $website } in every message the text comes from");
    if let Some(loc) = catalog.definitions.get(crate::l10n::base_id(id)) {
        d = d.at(loc.clone());
    }
    d
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
