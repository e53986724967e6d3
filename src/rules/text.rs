//! Rules on a translation's own text: contact data typed into a message (it must
//! come from flyer.toml) and forbidden characters.
//!
//! - `contact-data`: a phone number, URL, e-mail address or run of 3+ digits typed
//!   into a message instead of coming from a variable (error): found in the source
//!   text (text and string literals, with their exact column), and in the
//!   formatted text minus flyer.toml's values (whatever route it took there). A
//!   number flyer.toml lists in `[check] allow-numbers` passes, in any script's
//!   digits; a phone number or a contact's own digits never do;
//! - `forbidden-char`: U+FFFD, tabs, or bidi controls typed into a message (error).

use crate::contacts::{digits_of, ContactKind};
use crate::diag::Diagnostic;
use crate::l10n::{Catalog, CatalogFile, Localizer, MAX_NESTING};
use crate::manifest::Manifest;
use fluent_syntax::ast;
use std::collections::BTreeSet;

/// What the contact-data rule knows of the project: the numbers flyer.toml
/// allows as typed text, and the contacts a hint can point to.
#[derive(Debug, Clone, Default)]
pub struct ContactPolicy {
    /// The digits (as ASCII) of each number `[check] allow-numbers` lists.
    allowed: BTreeSet<String>,
    /// Each contact's variable with the digits of its number, for phones.
    phones: Vec<(String, String)>,
    /// The variables of web and e-mail address contacts.
    addresses: Vec<String>,
}

/// What the contact-data rule found in typed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContactData {
    WebAddress,
    Email,
    /// A run of 7 or more digits, with the digits (as ASCII).
    Phone(String),
    /// A run of 3 to 6 digits, with the digits (as ASCII).
    Number(String),
}

impl ContactData {
    pub fn describe(&self) -> &'static str {
        match self {
            ContactData::WebAddress => "a web address",
            ContactData::Email => "an e-mail address",
            ContactData::Phone(_) => "a phone number",
            ContactData::Number(_) => "a number of 3 or more digits",
        }
    }
}

impl ContactPolicy {
    pub fn of(manifest: &Manifest) -> ContactPolicy {
        let allowed = (manifest.check.allow_numbers.iter())
            .map(|n| digits_of(&n.number))
            .collect();
        let mut policy = ContactPolicy {
            allowed,
            ..ContactPolicy::default()
        };
        for c in manifest.contacts.iter() {
            match &c.kind {
                ContactKind::Phone { dial, .. } => {
                    policy.phones.push((c.key.clone(), digits_of(dial)))
                }
                ContactKind::Url(_) | ContactKind::Email(_) => policy.addresses.push(c.key.clone()),
                _ => {}
            }
        }
        policy
    }

    /// Whether a run of digits (as ASCII) is a number flyer.toml allows.
    pub fn allows(&self, digits: &str) -> bool {
        self.allowed.contains(digits)
    }

    /// How to fix contact data found in a translation: the contact whose
    /// number it is, or where contact data comes from and, for a short number
    /// that is not one, how to allow it.
    pub fn hint(&self, found: &ContactData) -> String {
        let vars = |names: &[&String]| {
            let list: Vec<String> = names.iter().map(|n| format!("{{ ${n} }}")).collect();
            match list.len() {
                0 => String::new(),
                _ => format!(" ({})", list.join(", ")),
            }
        };
        let phones: Vec<&String> = self.phones.iter().map(|(v, _)| v).collect();
        let digits = match found {
            ContactData::Phone(d) | ContactData::Number(d) => d,
            ContactData::WebAddress | ContactData::Email => {
                let addresses: Vec<&String> = self.addresses.iter().collect();
                return format!(
                    "web and e-mail addresses come from flyer.toml's contacts{}: add one there as [contacts.<name>] url = \"...\" or email = \"...\" and use its variable",
                    vars(&addresses)
                );
            }
        };
        // The whole number, or (7 digits or more) the number without its
        // country code.
        let theirs =
            |d: &String| d == digits || (digits.len() >= 7 && d.ends_with(digits.as_str()));
        if let Some((var, _)) = self.phones.iter().find(|(_, d)| theirs(d)) {
            return format!(
                "this is contact `{var}`'s number in flyer.toml: use {{ ${var} }} instead"
            );
        }
        match found {
            ContactData::Phone(_) => format!(
                "phone numbers come from flyer.toml's contacts{}: add one there as [contacts.<name>] phone = \"...\" and use its variable; a phone number cannot be allowed as typed text",
                vars(&phones)
            ),
            _ => format!(
                "if it is not contact data (a year, an age, a room), list it in flyer.toml with its reason: [check] allow-numbers = [{{ number = \"{digits}\", reason = \"...\" }}]; phone numbers come from flyer.toml's contacts{}",
                vars(&phones)
            ),
        }
    }
}

/// Checks of one translation's own text: contact data and forbidden characters.
pub fn translation_checks(catalog: &Catalog, policy: &ContactPolicy) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for file in &catalog.files {
        for (id, element) in text_elements(file) {
            let at = |offset: usize| file.location_of(&element[offset..]);
            if let Some((offset, found)) = find_contact_data(element, policy) {
                let mut d = Diagnostic::error(
                    "contact-data",
                    format!("{} typed into message `{id}`", found.describe()),
                )
                .locale(&catalog.code)
                .message_id(&id)
                .hint(policy.hint(&found));
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

/// The numbers of `[check] allow-numbers` (their digits) that some text of
/// the catalog types: an allowed number no translation types is stale.
pub fn allowed_numbers_typed(catalog: &Catalog, policy: &ContactPolicy) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for file in &catalog.files {
        for (_, element) in text_elements(file) {
            for (_, run) in digit_runs(element) {
                let digits = digits_of(run);
                if policy.allows(&digits) {
                    out.insert(digits);
                }
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
pub fn contact_data_in_formatted(
    text: &str,
    values: &[&str],
    policy: &ContactPolicy,
) -> Option<ContactData> {
    let mut rest = crate::l10n::strip_isolates(text);
    for value in values.iter().filter(|v| !v.is_empty()) {
        rest = rest.replace(value, " ");
    }
    find_contact_data(&rest, policy).map(|(_, found)| found)
}

/// Contact data in the formatted text of every message of a catalog, except
/// those the source-level rule already reports (`reported`).
pub fn formatted_checks(
    catalog: &Catalog,
    variables: &[(String, String)],
    values: &[&str],
    policy: &ContactPolicy,
    reported: &BTreeSet<String>,
) -> Vec<Diagnostic> {
    let own = Localizer::new(vec![catalog], variables.to_vec(), false);
    let mut out = Vec::new();
    for id in catalog.message_ids() {
        if reported.contains(&id) || !catalog.has_message(&id) {
            continue;
        }
        let Ok(text) = own.format(&id) else { continue };
        if let Some(found) = contact_data_in_formatted(&text.text, values, policy) {
            out.push(formatted_contact_data_error(catalog, &id, &found, policy));
        }
    }
    out
}

/// The diagnostic for contact data that reached a formatted message by a route
/// the source-level rule cannot see.
pub fn formatted_contact_data_error(
    catalog: &Catalog,
    id: &str,
    found: &ContactData,
    policy: &ContactPolicy,
) -> Diagnostic {
    let mut d = Diagnostic::error(
        "contact-data",
        format!(
            "{} reaches message `{id}` through a reference or a string literal",
            found.describe()
        ),
    )
    .locale(&catalog.code)
    .message_id(id)
    .hint(format!(
        "{}, in every message the text comes from",
        policy.hint(found)
    ));
    if let Some(loc) = catalog.definitions.get(crate::l10n::base_id(id)) {
        d = d.at(loc.clone());
    }
    d
}

/// Finds a phone number, URL, e-mail address or run of 3+ digits in typed
/// text, except a number the policy allows.
pub fn find_contact_data(text: &str, policy: &ContactPolicy) -> Option<(usize, ContactData)> {
    let lower = text.to_lowercase();
    for marker in ["http://", "https://", "www.", "mailto:", "tel:"] {
        if let Some(at) = lower.find(marker) {
            return Some((at.min(text.len()), ContactData::WebAddress));
        }
    }
    for (at, word) in split_words(text) {
        if let Some(i) = word.find('@') {
            if i > 0 && word[i..].contains('.') {
                return Some((at, ContactData::Email));
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
                return Some((at, ContactData::WebAddress));
            }
        }
    }
    for (at, run) in digit_runs(text) {
        let count = run.chars().filter(|c| c.is_numeric()).count();
        // Digits of scripts `digits_of` does not read stay as typed: no allowed
        // number matches them.
        let folded = digits_of(run);
        let digits = if folded.len() == count {
            folded
        } else {
            run.to_string()
        };
        if count >= 7 {
            return Some((at, ContactData::Phone(digits)));
        }
        if !policy.allows(&digits) {
            return Some((at, ContactData::Number(digits)));
        }
    }
    None
}

/// Runs of 3 or more digits, with the separators phone numbers are written
/// with between them: each with its byte offset.
fn digit_runs(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut run_start = None;
    let mut digits = 0;
    let mut close = |start: Option<usize>, end: usize, digits: usize| {
        if let Some(start) = start.filter(|_| digits >= 3) {
            let run = text[start..end].trim_end_matches(|c: char| !c.is_numeric());
            out.push((start, run));
        }
    };
    for (i, c) in text.char_indices() {
        if c.is_numeric() {
            run_start.get_or_insert(i);
            digits += 1;
        } else if !(digits > 0 && matches!(c, '-' | '.' | ' ' | '(' | ')' | '/' | '\u{00A0}')) {
            close(run_start.take(), i, digits);
            digits = 0;
        }
    }
    close(run_start, text.len(), digits);
    out
}

fn split_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace()
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

#[cfg(test)]
mod tests {
    use super::{find_contact_data, ContactData, ContactPolicy};

    fn found(text: &str) -> Option<ContactData> {
        find_contact_data(text, &ContactPolicy::default()).map(|(_, f)| f)
    }

    #[test]
    fn typed_contact_data_is_found() {
        assert_eq!(
            found("llame al 1-800-792-5200"),
            Some(ContactData::Phone("18007925200".into()))
        );
        assert!(found("call 800.792.5200 now").is_some());
        assert_eq!(
            found("اتصل بالرقم ٩١١"),
            Some(ContactData::Number("911".into()))
        );
        assert_eq!(
            found("visit www.example.org"),
            Some(ContactData::WebAddress)
        );
        assert!(found("see example.org.").is_some());
        assert_eq!(found("write to help@example.org"), Some(ContactData::Email));
        assert!(found("ឆ្នាំ ២០២៦").is_some());
    }

    #[test]
    fn ordinary_text_is_not_contact_data() {
        assert!(found("a child under the age of 18.").is_none());
        assert!(found("Direct/in person sexual acts").is_none());
        assert!(found("LGBTQ+ youth, e.g. at school").is_none());
        assert!(found("Massachusetts (DCF).").is_none());
    }

    fn policy() -> ContactPolicy {
        ContactPolicy {
            allowed: ["1978".to_string()].into(),
            phones: vec![
                ("emergency".into(), "911".into()),
                ("hotline".into(), "18007925200".into()),
            ],
            addresses: vec!["website".into()],
        }
    }

    #[test]
    fn an_allowed_number_passes_in_every_shipped_script_and_nothing_else_does() {
        let p = policy();
        for text in [
            "homes built before 1978.",
            "قبل عام ١٩٧٨",
            "پیش از ۱۹۷۸",
            "មុនឆ្នាំ ១៩៧៨",
            "૧૯૭૮ પહેલાં",
            "１９７８年以前",
            "(1978)",
        ] {
            assert_eq!(find_contact_data(text, &p), None, "{text}");
        }
        let at = |text: &str| find_contact_data(text, &p);
        assert_eq!(
            at("before 1978, call 911"),
            Some((18, ContactData::Number("911".into())))
        );
        assert_eq!(
            at("before 1979"),
            Some((7, ContactData::Number("1979".into())))
        );
        // Phone-shaped: refused whatever is allowed.
        assert_eq!(
            at("1978 555 0142"),
            Some((0, ContactData::Phone("19785550142".into())))
        );
    }

    #[test]
    fn hints_point_to_the_contact_or_to_allow_numbers() {
        let p = policy();
        assert_eq!(
            p.hint(&ContactData::Number("911".into())),
            "this is contact `emergency`'s number in flyer.toml: use { $emergency } instead"
        );
        assert_eq!(
            p.hint(&ContactData::Phone("8007925200".into())),
            "this is contact `hotline`'s number in flyer.toml: use { $hotline } instead"
        );
        assert_eq!(
            p.hint(&ContactData::Number("1979".into())),
            "if it is not contact data (a year, an age, a room), list it in flyer.toml with its reason: \
             [check] allow-numbers = [{ number = \"1979\", reason = \"...\" }]; phone numbers come from \
             flyer.toml's contacts ({ $emergency }, { $hotline })"
        );
        assert_eq!(
            ContactPolicy::default().hint(&ContactData::Phone("5550142".into())),
            "phone numbers come from flyer.toml's contacts: add one there as [contacts.<name>] phone = \"...\" \
             and use its variable; a phone number cannot be allowed as typed text"
        );
        assert_eq!(
            p.hint(&ContactData::Email),
            "web and e-mail addresses come from flyer.toml's contacts ({ $website }): add one there as \
             [contacts.<name>] url = \"...\" or email = \"...\" and use its variable"
        );
    }
}
