//! Rules comparing a translation with its source: messages missing or extra,
//! their shape (value, attributes, variant keys) and variables, messages that do
//! not format, and text left identical to the source.
//!
//! - `ftl-missing` / `ftl-obsolete`: messages missing from or extra to a translation
//!   (error where a layout uses the message, warning otherwise);
//! - `ftl-shape`: a value or attribute the source has and the translation lacks, or
//!   the reverse; a variant key given twice;
//! - `variable-mismatch`: a variable the source uses that the translation dropped,
//!   or one it uses that the source does not (error);
//! - `identical-to-source`: translated text the same as the source (warning).

use crate::diag::Diagnostic;
use crate::l10n::{untranslated, Catalog, Localizer};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// Formats every message of a catalog on its own, so an error in a message no
/// layout uses yet is found too; and notes text left identical to the source.
pub fn trial_format(
    variables: &[(String, String)],
    catalog: &Catalog,
    source: Option<&Catalog>,
) -> Vec<Diagnostic> {
    let own = Localizer::new(vec![catalog], variables.to_vec(), false);
    let theirs = source.map(|s| Localizer::new(vec![s], variables.to_vec(), false));
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
                        RULE,
                        format!(
                            "message `{id}` in locale {} is the same as the source text",
                            catalog.code
                        ),
                    )
                    .locale(&catalog.code)
                    .message_id(&id)
                    .hint(format!(
                        "translate it; if it rightly reads the same in {} (a name, a word every language spells alike), silence this with the reason: `# {} {RULE} (the reason)` above the source message, or [[check.allow]] in flyer.toml",
                        catalog.code,
                        crate::rules::allow::ALLOW_LINE
                    ));
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

/// The rule id of text left identical to the source.
const RULE: &str = "identical-to-source";

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
pub fn compare_with_source(
    catalog: &Catalog,
    source: &Catalog,
    used: &BTreeSet<String>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let ours: BTreeSet<String> = catalog.definitions.keys().cloned().collect();
    let theirs: BTreeSet<String> = source.definitions.keys().cloned().collect();
    for id in theirs.difference(&ours) {
        if used.contains(id) {
            // The same error as each output that prints it, so they are one.
            out.push(untranslated(catalog, source, id));
            continue;
        }
        out.push(
            Diagnostic::warning(
                "ftl-missing",
                format!(
                    "message `{id}` is missing from locale {} (no layout uses it yet)",
                    catalog.code
                ),
            )
            .locale(&catalog.code)
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
    out.extend(compare_shapes(catalog, source));
    out
}

/// Each translated message's value, attributes, variant keys and variables
/// against its source message.
fn compare_shapes(catalog: &Catalog, source: &Catalog) -> Vec<Diagnostic> {
    let mut out = Vec::new();
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

/// The variables each message of a catalog prints (its attributes' included).
pub fn message_variables(catalog: &Catalog) -> BTreeMap<String, BTreeSet<String>> {
    (message_shapes(catalog).into_iter())
        .map(|(id, shape)| (id, shape.variables))
        .collect()
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
        for entry in file.entries() {
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
