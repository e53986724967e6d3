//! Rules on translator notes: the comment above each source message is its
//! note, and every translation keeps it, so a reviewer reads the same guidance
//! beside every language (in the file and in `flyer serve`).
//!
//! - `translator-note-missing` (warning): a translated message whose comment
//!   does not begin with the source note, word for word; a translator's own
//!   remark goes after it, on lines starting with `Translator:`;
//! - `note-requires` (warning): a note line `Requires: TEXT` (e.g. `Requires:
//!   ({ $hotline_name })`) that the translation's Fluent text does not contain,
//!   white space aside (full-width parentheses count as parentheses).
//!
//! A comment's `flyer-allow:` lines ([`crate::rules::allow`]) are not part of
//! the note.

use crate::diag::Diagnostic;
use crate::l10n::Catalog;
use crate::rules::allow::ALLOW_LINE;
use fluent_syntax::ast::{self, Entry};
use std::collections::BTreeMap;

/// What starts a requirement line of a note.
const REQUIRES: &str = "Requires:";

/// What starts a translator's own remark after the note.
const TRANSLATOR: &str = "Translator:";

/// One message's or term's comment and its Fluent text, from one full parse
/// (fluent-bundle's runtime parse, which the catalogs keep, drops comments).
struct Noted {
    comment: Vec<String>,
    /// The entry as the serializer writes it, without its comment.
    text: String,
}

fn noted_entries(catalog: &Catalog) -> BTreeMap<String, Noted> {
    let mut out = BTreeMap::new();
    for file in &catalog.files {
        let resource = fluent_syntax::parser::parse(file.file.text.as_str())
            .unwrap_or_else(|(resource, _)| resource);
        for entry in resource.body {
            let (id, comment) = match &entry {
                Entry::Message(m) => (m.id.name.to_string(), m.comment.as_ref()),
                Entry::Term(t) => (format!("-{}", t.id.name), t.comment.as_ref()),
                _ => continue,
            };
            // Allow lines are for flyer check, not the translator: no
            // translation copies them.
            let comment = comment.map_or_else(Vec::new, |c| {
                (c.content.iter())
                    .filter(|l| !l.trim_start().starts_with(ALLOW_LINE))
                    .map(|l| l.trim_end().to_string())
                    .collect()
            });
            let text = entry_text(entry);
            // The first definition counts, as in fluent-bundle.
            out.entry(id).or_insert(Noted { comment, text });
        }
    }
    out
}

/// The translator note (comment lines) of each message and term of a catalog
/// that has one: what the rules compare, and what `flyer serve` shows.
pub fn translator_notes(catalog: &Catalog) -> BTreeMap<String, Vec<String>> {
    noted_entries(catalog)
        .into_iter()
        .filter(|(_, n)| !n.comment.is_empty())
        .map(|(id, n)| (id, n.comment))
        .collect()
}

/// An entry's Fluent text without its comment.
fn entry_text(mut entry: Entry<&str>) -> String {
    match &mut entry {
        Entry::Message(m) => m.comment = None,
        Entry::Term(t) => t.comment = None,
        _ => {}
    }
    fluent_syntax::serializer::serialize(&ast::Resource { body: vec![entry] })
}

/// Text compared white space aside, with full-width parentheses as ASCII ones
/// (Chinese typesetting uses them around a Latin name).
fn folded(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            c => c,
        })
        .collect()
}

/// The note checks of one translation against its source.
pub fn note_checks(catalog: &Catalog, source: &Catalog) -> Vec<Diagnostic> {
    let theirs = noted_entries(source);
    let ours = noted_entries(catalog);
    let mut out = Vec::new();
    for (id, mine) in &ours {
        let Some(note) = theirs.get(id).filter(|n| !n.comment.is_empty()) else {
            continue;
        };
        let at = catalog.definitions.get(id).cloned();
        let source_at = source.definitions.get(id);
        let where_note = source_at.map_or_else(String::new, |l| {
            format!(" (above {}:{})", l.file.display(), l.line)
        });
        if let Some(problem) = note_problem(&note.comment, &mine.comment) {
            let mut d = Diagnostic::warning(
                "translator-note-missing",
                format!("`{id}` in locale {}: {problem}", catalog.code),
            )
            .locale(&catalog.code)
            .message_id(id)
            .hint(format!(
                "copy the {} note{where_note} word for word into the comment above it; put your own remark after it, on lines starting with `# {TRANSLATOR}`",
                source.code
            ));
            if let Some(at) = at.clone() {
                d = d.at(at);
            }
            out.push(d);
        }
        for line in &note.comment {
            let Some(required) = line.strip_prefix(REQUIRES).map(str::trim) else {
                continue;
            };
            if required.is_empty() || folded(&mine.text).contains(&folded(required)) {
                continue;
            }
            let mut d = Diagnostic::warning(
                "note-requires",
                format!(
                    "`{id}` in locale {} lacks `{required}`, which its note requires",
                    catalog.code
                ),
            )
            .locale(&catalog.code)
            .message_id(id)
            .hint(format!(
                "the note{where_note} explains why; write `{required}` into the translation as it is"
            ));
            if let Some(at) = at.clone() {
                d = d.at(at);
            }
            out.push(d);
        }
    }
    out
}

/// Why a translation's comment does not keep the source note, if it does not.
fn note_problem(note: &[String], comment: &[String]) -> Option<String> {
    if comment.is_empty() {
        return Some("the translator note is missing".into());
    }
    if !comment.starts_with(note) {
        return Some("the translator note differs from the source note".into());
    }
    let unmarked = comment[note.len()..]
        .iter()
        .any(|l| !l.trim_start().starts_with(TRANSLATOR));
    unmarked
        .then(|| format!("a remark after the translator note does not start with `{TRANSLATOR}`"))
}

#[cfg(test)]
mod tests {
    use super::{folded, note_problem};

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn a_note_must_lead_the_comment_word_for_word() {
        let note = lines("Heading.\nRequires: (CSEC)");
        assert_eq!(note_problem(&note, &note), None);
        assert_eq!(
            note_problem(
                &note,
                &lines("Heading.\nRequires: (CSEC)\nTranslator: kept short")
            ),
            None
        );
        assert!(note_problem(&note, &[]).unwrap().contains("missing"));
        assert!(note_problem(&note, &lines("Heading"))
            .unwrap()
            .contains("differs"));
        assert!(
            note_problem(&note, &lines("Heading.\nRequires: (CSEC)\nmy remark"))
                .unwrap()
                .contains("Translator:")
        );
    }

    #[test]
    fn requirements_fold_white_space_and_full_width_parentheses() {
        assert!(folded("热线（{$hotline_name}）").contains(&folded("({ $hotline_name })")));
        assert!(!folded("línea { $hotline_name }").contains(&folded("({ $hotline_name })")));
    }
}
