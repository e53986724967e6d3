//! Localization: Fluent catalogs per locale, the fallback chain, and formatting.
//!
//! Each .ftl file is parsed once, by fluent-bundle's `FluentResource` (which is
//! fluent-syntax's parser); definitions, the rules' text pieces and message shapes,
//! and the source hashes of [`provenance`] all read that one AST.
//!
//! A formatting error is never printed: `format_pattern` writes `{$x}` for a missing
//! variable, so every resolver error here becomes a diagnostic and no text.

pub mod edit;
pub mod provenance;

use crate::diag::{Diagnostic, Location, SourceFile};
use crate::manifest::Manifest;
use crate::project::{Input, Project};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use std::collections::BTreeMap;
use std::sync::Arc;
use unic_langid::LanguageIdentifier;

/// One .ftl file: its text (for locations) and its one parse.
pub struct CatalogFile {
    pub file: SourceFile,
    resource: Arc<FluentResource>,
}

impl CatalogFile {
    /// The file's messages, terms and comments, as fluent-syntax parsed them.
    pub fn entries(&self) -> impl Iterator<Item = &ast::Entry<&str>> {
        self.resource.entries()
    }

    /// The byte offset of a slice of the parsed AST in the file's text.
    pub fn offset_of(&self, slice: &str) -> Option<usize> {
        let start = self.resource.source().as_ptr() as usize;
        let at = slice.as_ptr() as usize;
        (at >= start && at <= start + self.resource.source().len()).then(|| at - start)
    }

    /// The location of a slice of the parsed AST.
    pub fn location_of(&self, slice: &str) -> Option<Location> {
        self.offset_of(slice).map(|at| self.file.location(at))
    }
}

/// One locale's messages, loaded and parsed once per process.
pub struct Catalog {
    pub code: String,
    pub langid: LanguageIdentifier,
    pub files: Vec<CatalogFile>,
    /// Where each message and term is defined (`id` or `-term`).
    pub definitions: BTreeMap<String, Location>,
    bundle: FluentBundle<Arc<FluentResource>>,
    /// Parse errors, duplicates and other problems found while loading.
    pub problems: Vec<Diagnostic>,
}

/// Longer messages are refused before layout: a whole tabloid poster holds
/// about 6,000 characters.
pub const MAX_MESSAGE_CHARS: usize = 20_000;

/// The name of the term that the manifest's organization name becomes.
pub const ORG_TERM: &str = "org-name";

/// The message every locale has for the draft marking.
pub const DRAFT_MESSAGE: &str = "draft-marking";

/// The message for the marking of text printed in the source language because
/// a translation lacks it (`--allow-fallback`); a locale may lack it too.
pub const FALLBACK_MESSAGE: &str = "fallback-marking";

/// Whether two locale tags are of the same language (`pt-BR` and `pt`).
pub fn same_language(a: &str, b: &str) -> bool {
    match (
        a.parse::<LanguageIdentifier>(),
        b.parse::<LanguageIdentifier>(),
    ) {
        (Ok(a), Ok(b)) => a.language == b.language,
        _ => a == b,
    }
}

/// Whether a locale is written right to left (from its script, via unic-langid).
pub fn is_rtl(locale: &str) -> bool {
    locale
        .parse::<LanguageIdentifier>()
        .is_ok_and(|id| id.character_direction() == unic_langid::CharacterDirection::RTL)
}

impl Catalog {
    /// Loads `locales/<code>/*.ftl`. Problems are kept in `problems`, not returned as
    /// errors, so `flyer check` can report all of them at once.
    pub fn load(project: &Project, code: &str) -> Result<Catalog, Diagnostic> {
        let files = Self::read_files(project, code)?;
        Self::from_files(project, code, files)
    }

    /// The .ftl files of `locales/<code>/`, read by the project's rule, in name order.
    pub fn read_files(project: &Project, code: &str) -> Result<Vec<SourceFile>, Diagnostic> {
        let dir = project.locales_dir().join(code);
        project
            .input_dir(&dir, "locale folder")
            .map_err(|d| d.locale(code))?;
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .map_err(|e| {
                Diagnostic::error("locale-missing", format!("cannot read locales/{code}/: {e}"))
                    .locale(code)
                    .hint(format!("create locales/{code}/flyer.ftl, starting from a copy of the source locale's file"))
            })?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        paths.sort();
        paths
            .iter()
            .map(|path| project.read_source(path, Input::TRANSLATION))
            .collect()
    }

    /// A catalog of files already read (from disk, or edited in `flyer serve`).
    pub fn from_files(
        project: &Project,
        code: &str,
        files: Vec<SourceFile>,
    ) -> Result<Catalog, Diagnostic> {
        let langid: LanguageIdentifier = code.parse().map_err(|_| {
            Diagnostic::error(
                "locale-tag",
                format!("`{code}` is not a BCP 47 language tag"),
            )
            .locale(code)
            .hint("locale folders are named by tags like `es`, `pt-BR`, `zh-Hant`")
        })?;
        let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
        // A new bundle and one escaped entry: nothing to clash with, whatever the
        // organization's name (its characters are escaped by `org_term`).
        bundle
            .add_resource(Arc::new(org_term(&project.manifest.campaign.organization)))
            .expect("the organization term is one entry");
        let mut catalog = Catalog {
            code: code.to_string(),
            langid,
            files: Vec::new(),
            definitions: BTreeMap::new(),
            bundle,
            problems: Vec::new(),
        };
        for file in files {
            catalog.add_file(file);
        }
        Ok(catalog)
    }

    fn add_file(&mut self, file: SourceFile) {
        if let Some((at, why)) = unparseable(&file.text) {
            // Refused before fluent-syntax would overflow its stack or panic; the
            // file's messages are left out.
            self.problems.push(
                Diagnostic::error("ftl-syntax", format!("Fluent syntax error: {why}"))
                    .at(file.location(at))
                    .locale(&self.code)
                    .hint("a message needs a placeable or two, never nested ones; check for stray { characters and escapes like \\u00E9"),
            );
            return;
        }
        let resource = match FluentResource::try_new(file.text.clone()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    self.problems.push(
                        Diagnostic::error("ftl-syntax", format!("Fluent syntax error: {}", e.kind))
                            .at(file.location(e.pos.start))
                            .locale(&self.code)
                            .hint("fix the line shown; a message that does not parse is left out of every output"),
                    );
                }
                r
            }
        };
        let file = CatalogFile {
            file,
            resource: Arc::new(resource),
        };
        self.record_definitions(&file);
        if let Err(errors) = self.bundle.add_resource(file.resource.clone()) {
            for e in errors {
                let id = overriding_id(&e);
                let location = id
                    .as_ref()
                    .and_then(|id| Self::second_definition(&file, id));
                let mut d = Diagnostic::error("ftl-duplicate", format!("{e}"))
                    .locale(&self.code)
                    .hint("each id may be defined once per locale; remove or rename one of them");
                if id.as_deref() == Some(&format!("-{ORG_TERM}")) {
                    d.message = format!("-{ORG_TERM} is defined in a translation");
                    d.hint = Some("the organization's name comes from flyer.toml ([campaign] organization); remove this term".into());
                }
                if let Some(loc) = location {
                    d = d.at(loc);
                }
                self.problems.push(d);
            }
        }
        self.files.push(file);
    }

    fn record_definitions(&mut self, file: &CatalogFile) {
        for entry in file.entries() {
            let Some((key, ident)) = entry_id(entry) else {
                continue;
            };
            if let Some(loc) = file.location_of(ident) {
                self.definitions.entry(key).or_insert(loc);
            }
        }
    }

    /// Where the second definition of `id` in `file` is (the one Fluent ignores),
    /// at the start of its line (a term's `-` included).
    fn second_definition(file: &CatalogFile, id: &str) -> Option<Location> {
        let mut hits = file
            .entries()
            .filter_map(entry_id)
            .filter(|(key, _)| key == id)
            .filter_map(|(_, ident)| file.offset_of(ident));
        let first = hits.next()?;
        let at = hits.next().unwrap_or(first);
        let line_start = file.file.text[..at].rfind('\n').map_or(0, |i| i + 1);
        Some(file.file.location(line_start))
    }

    pub fn has_message(&self, id: &str) -> bool {
        let (msg, attr) = split_id(id);
        self.bundle
            .get_message(msg)
            .is_some_and(|m| attr.map_or(m.value().is_some(), |a| m.get_attribute(a).is_some()))
    }

    /// The entry (message, or term as `-id`) that defines `id`, as parsed.
    pub fn entry(&self, id: &str) -> Option<&ast::Entry<&str>> {
        self.files
            .iter()
            .flat_map(CatalogFile::entries)
            .find(|e| entry_id(e).is_some_and(|(key, _)| key == id))
    }

    /// Ids of every message (not terms), sorted.
    pub fn message_ids(&self) -> Vec<String> {
        self.definitions
            .keys()
            .filter(|k| !k.starts_with('-'))
            .cloned()
            .collect()
    }

    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Diagnostic::is_error)
    }
}

/// How deep placeables may nest in a .ftl file; real messages use one or two.
pub const MAX_NESTING: usize = 16;

/// Why fluent-syntax could not parse a .ftl text without failing, and where:
/// placeables nested deeper than [`MAX_NESTING`] (its parser recurses once per
/// level), or a short `\\u`/`\\U` escape in a string literal followed by a
/// non-ASCII character (fluent-syntax 0.12 then slices inside that character
/// and panics). Workaround, in this one place: such a file is refused before it
/// is parsed. Braces are counted outside string literals.
pub fn unparseable(text: &str) -> Option<(usize, String)> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (i, c) in text.char_indices() {
        match c {
            'u' | 'U' if escaped => {
                escaped = false;
                let wanted = if c == 'u' { 4 } else { 6 };
                let rest = &text[i + 1..];
                let hex = rest
                    .bytes()
                    .take(wanted)
                    .take_while(u8::is_ascii_hexdigit)
                    .count();
                if hex < wanted && rest.as_bytes().get(hex).is_some_and(|b| !b.is_ascii()) {
                    return Some((i - 1, format!("a \\{c} escape needs {wanted} hex digits")));
                }
            }
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' if depth > 0 => in_string = !in_string,
            '\n' if in_string => in_string = false,
            '{' if !in_string => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some((i, format!("placeables nested more than {MAX_NESTING} deep")));
                }
            }
            '}' if !in_string => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// A message's id, or a term's as `-id`, with the id's slice of the source.
pub fn entry_id<'s>(entry: &ast::Entry<&'s str>) -> Option<(String, &'s str)> {
    match entry {
        ast::Entry::Message(m) => Some((m.id.name.to_string(), m.id.name)),
        ast::Entry::Term(t) => Some((format!("-{}", t.id.name), t.id.name)),
        _ => None,
    }
}

/// A message id without its attribute (`qr-alt.title` → `qr-alt`).
pub fn base_id(id: &str) -> &str {
    split_id(id).0
}

fn split_id(id: &str) -> (&str, Option<&str>) {
    match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    }
}

fn overriding_id(e: &fluent_bundle::FluentError) -> Option<String> {
    match e {
        // EntryKind is not exported; its Display names the kind.
        fluent_bundle::FluentError::Overriding { kind, id } => {
            Some(if kind.to_string() == "term" {
                format!("-{id}")
            } else {
                id.clone()
            })
        }
        _ => None,
    }
}

/// The manifest's organization name as a Fluent term, escaped so that no
/// character of the name is read as Fluent syntax.
fn org_term(organization: &str) -> FluentResource {
    let mut escaped = String::new();
    for c in organization.chars() {
        match c {
            '{' => escaped.push_str("{\"{\"}"),
            '}' => escaped.push_str("{\"}\"}"),
            '\n' | '\r' => escaped.push(' '),
            c => escaped.push(c),
        }
    }
    // Wrapped in the isolates Fluent puts around variables (it leaves term
    // references bare), so the name is a placeable like them: kept on one line
    // and set as one unit by bidi. The marks never reach the page or the
    // extracted text, as for variables.
    let source = format!("-{ORG_TERM} = {{\"\"}}\u{2068}{escaped}\u{2069}\n");
    FluentResource::try_new(source).unwrap_or_else(|(r, _)| r)
}

/// Variables every message may use: the manifest's contacts.
pub fn campaign_variables(manifest: &Manifest) -> Vec<(String, String)> {
    manifest.contacts.variables()
}

/// Every value flyer.toml puts into the text (the contacts' values and names,
/// and the organization's name): what a formatted message may contain that a
/// translator did not type.
pub fn campaign_values(manifest: &Manifest) -> Vec<String> {
    let mut values: Vec<String> = campaign_variables(manifest)
        .into_iter()
        .map(|(_, v)| v)
        .collect();
    values.push(manifest.campaign.organization.clone());
    // Longest first, so a value inside another is not taken out of it first.
    values.sort_by_key(|v| std::cmp::Reverse(v.len()));
    values
}

/// Fluent isolates placeables only inside a longer pattern; a message that is
/// one placeable alone (`{ $phone }`) would take the paragraph's direction, and
/// "(555) 010-0100" would print as "010-0100 (555)" on an Arabic page. Isolated
/// like every other placeable, it keeps its own direction.
fn isolate_lone_placeable(pattern: &ast::Pattern<&str>, text: String) -> String {
    match pattern.elements.as_slice() {
        [ast::PatternElement::Placeable { .. }] if !text.starts_with('\u{2068}') => {
            format!("\u{2068}{text}\u{2069}")
        }
        _ => text,
    }
}

/// A formatted message: its text (placeables still wrapped in U+2068/U+2069 for
/// bidi) and the locale it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Formatted {
    pub text: String,
    pub locale: String,
}

/// Formats messages for one locale through its fallback chain.
pub struct Localizer<'a> {
    /// The locale itself first, then less specific tags, then the source locale.
    chain: Vec<&'a Catalog>,
    variables: Vec<(String, String)>,
    /// Whether a message found only in the source locale may be used.
    allow_source_fallback: bool,
}

impl<'a> Localizer<'a> {
    pub fn new(
        chain: Vec<&'a Catalog>,
        variables: Vec<(String, String)>,
        allow_source_fallback: bool,
    ) -> Self {
        Localizer {
            chain,
            variables,
            allow_source_fallback,
        }
    }

    pub fn locale(&self) -> &str {
        &self.chain[0].code
    }

    pub fn primary(&self) -> &Catalog {
        self.chain[0]
    }

    /// The last catalog of the chain: the source locale's.
    pub fn source(&self) -> &Catalog {
        self.chain[self.chain.len() - 1]
    }

    /// Formats `id` (or `id.attribute`), or says exactly why it cannot.
    pub fn format(&self, id: &str) -> Result<Formatted, Diagnostic> {
        let (msg_id, attr) = split_id(id);
        let primary = self.chain[0];
        let last = self.chain.len() - 1;
        for (depth, catalog) in self.chain.iter().enumerate() {
            let Some(message) = catalog.bundle.get_message(msg_id) else {
                continue;
            };
            let pattern = match attr {
                Some(a) => message.get_attribute(a).map(|a| a.value()),
                None => message.value(),
            };
            let Some(pattern) = pattern else { continue };
            let is_source_fallback = depth > 0
                && depth == last
                && catalog.code != primary.code
                && catalog.langid.language != primary.langid.language;
            if is_source_fallback && !self.allow_source_fallback {
                break;
            }
            return self.format_in(catalog, pattern, id);
        }
        Err(self.missing(id))
    }

    /// Formats one pattern of `catalog` with the campaign's variables; a resolver
    /// error, or a text too long for any page, is a diagnostic.
    fn format_in(
        &self,
        catalog: &Catalog,
        pattern: &ast::Pattern<&str>,
        id: &str,
    ) -> Result<Formatted, Diagnostic> {
        let at = |d: Diagnostic| match catalog.definitions.get(split_id(id).0) {
            Some(loc) => d.at(loc.clone()),
            None => d,
        };
        let mut args = FluentArgs::new();
        for (name, value) in &self.variables {
            args.set(name.as_str(), FluentValue::from(value.as_str()));
        }
        let mut errors = Vec::new();
        let text = catalog
            .bundle
            .format_pattern(pattern, Some(&args), &mut errors);
        if let Some(first) = errors.first() {
            let names: Vec<String> = self
                .variables
                .iter()
                .map(|(n, _)| format!("${n}"))
                .collect();
            return Err(at(Diagnostic::error(
                "ftl-unresolved",
                format!("message `{id}` cannot be formatted: {first}"),
            )
            .locale(&catalog.code)
            .message_id(id)
            .hint(format!(
                "the variables flyer.toml's contacts supply are {} (a new one is a [contacts.<name>] table there); terms must be defined in the same locale",
                if names.is_empty() { "none".to_string() } else { names.join(", ") }
            ))));
        }
        let text = isolate_lone_placeable(pattern, text.into_owned());
        let chars = text.chars().count();
        if chars > MAX_MESSAGE_CHARS {
            return Err(at(Diagnostic::error(
                "message-too-long",
                format!(
                    "message `{id}` is {chars} characters long; no poster or card holds that much"
                ),
            )
            .locale(&catalog.code)
            .message_id(id)
            .hint("check the .ftl file for text pasted by mistake")));
        }
        Ok(Formatted {
            text,
            locale: catalog.code.clone(),
        })
    }

    /// Why `id` has no text in this locale: missing from the translation (and the
    /// source fallback not allowed), or from every locale.
    fn missing(&self, id: &str) -> Diagnostic {
        let primary = self.chain[0];
        let source = self.chain[self.chain.len() - 1];
        if source.has_message(id) && primary.code != source.code {
            return untranslated(primary, source, id);
        }
        Diagnostic::error(
            "ftl-missing",
            format!("message `{id}` is missing from locale {}", primary.code),
        )
        .locale(&primary.code)
        .message_id(id)
        .hint("check the message id in the layout against the source locale's .ftl files")
    }
}

/// The error for message `id` (or `id.attribute`), which `source` defines and
/// translation `catalog` lacks, at the source text to translate: one problem
/// of the translation, however many layouts print the message.
pub fn untranslated(catalog: &Catalog, source: &Catalog, id: &str) -> Diagnostic {
    let d = Diagnostic::error(
        "ftl-missing",
        format!("message `{id}` is missing from locale {}", catalog.code),
    )
    .locale(&catalog.code)
    .message_id(id)
    .hint(format!(
        "translate it in locales/{}/ (copy it from locales/{}/); --allow-fallback prints the {} text instead",
        catalog.code, source.code, source.code
    ));
    match source.definitions.get(split_id(id).0) {
        Some(at) => d.at(at.clone()),
        None => d,
    }
}

/// The fallback chain of locale codes for `code`: `pt-BR` → `pt` → source.
/// Only codes that have a catalog are kept.
pub fn fallback_chain(code: &str, source: &str, available: &[String]) -> Vec<String> {
    let mut chain = vec![code.to_string()];
    if let Ok(mut id) = code.parse::<LanguageIdentifier>() {
        while id.variants().next().is_some() || id.region.is_some() || id.script.is_some() {
            if id.variants().next().is_some() {
                id.clear_variants();
            } else if id.region.is_some() {
                id.region = None;
            } else {
                id.script = None;
            }
            let tag = id.to_string();
            if available.contains(&tag) && !chain.contains(&tag) {
                chain.push(tag);
            }
        }
    }
    if !chain.iter().any(|c| c == source) {
        chain.push(source.to_string());
    }
    chain
}

/// Removes the bidi isolation marks Fluent wraps placeables in: for text that is
/// not laid out (PDF metadata, file names, console output).
pub fn strip_isolates(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fallback_goes_from_region_to_language_to_source() {
        let available = vec!["pt".to_string(), "en".to_string(), "pt-BR".to_string()];
        assert_eq!(
            fallback_chain("pt-BR", "en", &available),
            ["pt-BR", "pt", "en"]
        );
        assert_eq!(
            fallback_chain("zh-Hant", "en", &available),
            ["zh-Hant", "en"]
        );
        assert_eq!(fallback_chain("en", "en", &available), ["en"]);
    }

    #[test]
    fn nesting_is_counted_outside_string_literals() {
        let deep = |n: usize| format!("a = {}x{}", "{ ".repeat(n), " }".repeat(n));
        assert_eq!(
            unparseable("a = { { $x } }\nb = { \"{{{{{{{{{{{{{{{{{{{{\" }\n"),
            None
        );
        assert_eq!(unparseable(&deep(16)), None);
        assert_eq!(unparseable(&deep(17)).map(|(at, _)| at), Some(4 + 2 * 16));
    }

    #[test]
    fn short_unicode_escapes_before_non_ascii_are_refused_before_parsing() {
        // fluent-syntax 0.12 panics on this one (found by the fuzz pass).
        let (at, why) = unparseable("m = {\"\\U\u{E8C}\" }\n").unwrap();
        assert_eq!(at, 6);
        assert!(why.contains("6 hex digits"), "{why}");
        // Whole escapes, and backslashes in plain text, are fine.
        assert_eq!(
            unparseable("m = {\"\\u00E9\\U01F600\" } C:\\Users\\ñ\n"),
            None
        );
        assert_eq!(unparseable("m = \\uñ outside a placeable\n"), None);
    }

    #[test]
    fn a_message_that_is_one_placeable_is_isolated_like_any_other() {
        let resource =
            fluent_syntax::parser::parse("a = { $phone }\nb = Call { $phone }.\n").unwrap();
        let pattern = |i: usize| match &resource.body[i] {
            ast::Entry::Message(m) => m.value.clone().unwrap(),
            _ => unreachable!(),
        };
        let phone = "(555) 010-0100".to_string();
        assert_eq!(
            isolate_lone_placeable(&pattern(0), phone.clone()),
            "\u{2068}(555) 010-0100\u{2069}"
        );
        // Fluent already isolated it inside a longer pattern: left alone.
        let formatted = "Call \u{2068}(555) 010-0100\u{2069}.".to_string();
        assert_eq!(
            isolate_lone_placeable(&pattern(1), formatted.clone()),
            formatted
        );
    }

    #[test]
    fn the_organizations_name_is_isolated_like_a_variable() {
        let mut bundle = FluentBundle::new_concurrent(vec!["en".parse().unwrap()]);
        bundle.add_resource(org_term("Children's {Cove}")).unwrap();
        let message = FluentResource::try_new("m = Call { -org-name } today.\n".into()).unwrap();
        bundle.add_resource(message).unwrap();
        let pattern = bundle.get_message("m").unwrap().value().unwrap();
        let text = bundle.format_pattern(pattern, None, &mut Vec::new());
        // Kept whole by the line breaker; the marks never reach the page.
        assert_eq!(text, "Call \u{2068}Children's {Cove}\u{2069} today.");
        assert_eq!(strip_isolates(&text), "Call Children's {Cove} today.");
    }

    #[test]
    fn isolates_are_stripped_for_metadata() {
        assert_eq!(strip_isolates("call \u{2068}911\u{2069}."), "call 911.");
    }
}
