//! One message of a .ftl file edited for the web editor: how its translation is
//! shown (text with placeables as chips, or Fluent text), the entry an edit makes,
//! and the file with that one entry replaced and every other byte kept.
//!
//! fluent-syntax's parser reads all Fluent here and its serializer writes it; this
//! module only finds the lines an entry spans, and parses every text it returns to
//! check that it says what was meant and changes nothing else.

use super::entry_id;
use fluent_syntax::ast;
use fluent_syntax::parser::{parse, ParserError};
use fluent_syntax::serializer::serialize;
use std::ops::Range;

/// How the editor shows a message's translation.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Field {
    /// A plain pattern (text and inline placeables, no select expression, no
    /// attributes): text the translator types, and placeables as chips that typing
    /// cannot break.
    Chips { parts: Vec<Part> },
    /// Anything else (select expressions, attributes, a message without value): its
    /// Fluent text after `id =`.
    Fluent { text: String },
}

/// A piece of a plain pattern as the editor shows it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Part {
    /// Text as the reader sees it (braces and escaped line starts included).
    Text { text: String },
    /// A placeable: its Fluent text (`{ $hotline }`) and a short label (`$hotline`).
    Chip { source: String, label: String },
}

/// An edit from the browser: what the translator typed, in the field's form.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind", deny_unknown_fields)]
pub enum Edit {
    /// The chips editor's text and chips.
    Chips { parts: Vec<EditPart> },
    /// Fluent text after `id =`, for what the chips editor cannot show.
    Fluent { text: String },
}

/// A piece of a chips edit; a chip is named by its source, which must be allowed.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind", deny_unknown_fields)]
pub enum EditPart {
    Text { text: String },
    Chip { source: String },
}

/// How a message or term is shown for editing; None for comments and junk.
pub fn field(entry: &ast::Entry<&str>) -> Option<Field> {
    entry_id(entry)?;
    Some(match plain_value(entry) {
        Some(pattern) => Field::Chips {
            parts: parts_of(pattern),
        },
        None => Field::Fluent {
            text: fluent_text(entry)?,
        },
    })
}

/// The chip sources of a message or term, in order, each once: every placeable of
/// its value, attributes and variants, and every selector. Brace escapes are text.
pub fn chips_of(entry: &ast::Entry<&str>) -> Vec<String> {
    let mut out = Vec::new();
    for pattern in patterns(entry) {
        collect_chips(pattern, &mut out);
    }
    out
}

/// The new Fluent text of entry `id` (a message, or a term as `-id`) from an edit,
/// ending in a newline; or why not, in a sentence for the translator.
pub fn compose(id: &str, edit: &Edit, allowed_chips: &[String]) -> Result<String, String> {
    check_id(id)?;
    let text = match edit {
        Edit::Chips { parts } => compose_chips(id, parts, allowed_chips)?,
        Edit::Fluent { text } => compose_fluent(id, text)?,
    };
    check_entry(id, &text)?;
    Ok(text)
}

/// `file_text` with entry `id` (its id line and continuation lines; not its
/// comment, not the blank lines after it) replaced by `entry`, or `entry` appended
/// when the file has no `id`. Refused unless parsing the result gives the old
/// file's entries with only that one changed.
pub fn splice(file_text: &str, id: &str, entry: &str) -> Result<String, String> {
    check_id(id)?;
    // Checked with the file's line endings: the parser makes a CRLF line's text and
    // its line break two text elements, so the same entry parses differently.
    let crlf = uses_crlf(file_text);
    let entry = with_line_endings(entry, crlf);
    check_entry(id, &entry)?;
    let old = parse_any(file_text);
    let new_text = match entry_lines(file_text, &old, id) {
        Some(lines) => replace(file_text, lines, &entry),
        None => append(file_text, &entry, crlf),
    };
    verify(&old, &new_text, id, &entry)?;
    Ok(new_text)
}

// --- Showing an entry -------------------------------------------------------

/// The value of an entry that the chips editor can show: a pattern alone, without
/// attributes or select expressions.
fn plain_value<'e, 's>(entry: &'e ast::Entry<&'s str>) -> Option<&'e ast::Pattern<&'s str>> {
    let pattern = match entry {
        ast::Entry::Message(m) if m.attributes.is_empty() => m.value.as_ref()?,
        ast::Entry::Term(t) if t.attributes.is_empty() => &t.value,
        _ => return None,
    };
    let plain = pattern.elements.iter().all(|e| match e {
        ast::PatternElement::TextElement { .. } => true,
        ast::PatternElement::Placeable { expression } => !has_select(expression),
    });
    plain.then_some(pattern)
}

fn has_select(expression: &ast::Expression<&str>) -> bool {
    match expression {
        ast::Expression::Select { .. } => true,
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            has_select(expression)
        }
        ast::Expression::Inline(_) => false,
    }
}

/// A plain pattern as text and chips. A string literal that `compose` would have
/// written to protect a brace or a line start shows as the text it stands for.
fn parts_of(pattern: &ast::Pattern<&str>) -> Vec<Part> {
    let multiline = is_multiline(pattern);
    let (mut parts, mut line, mut at_start) = (Vec::new(), 0, true);
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                push_part_text(&mut parts, value);
                line += value.matches('\n').count();
                at_start = value.ends_with('\n');
            }
            ast::PatternElement::Placeable { expression } => {
                let start = at_start.then_some(line);
                match escaped_text(expression, start, multiline) {
                    Some(text) => push_part_text(&mut parts, text),
                    None => parts.push(chip(expression)),
                }
                at_start = false;
            }
        }
    }
    parts
}

fn is_multiline(pattern: &ast::Pattern<&str>) -> bool {
    pattern.elements.iter().any(|e| match e {
        ast::PatternElement::TextElement { value } => value.contains('\n'),
        ast::PatternElement::Placeable { .. } => false,
    })
}

fn push_part_text(parts: &mut Vec<Part>, text: &str) {
    match parts.last_mut() {
        Some(Part::Text { text: last }) => last.push_str(text),
        _ => parts.push(Part::Text {
            text: text.to_string(),
        }),
    }
}

/// The text a string-literal placeable protects, if it is one `compose` writes:
/// a brace anywhere, or a protected line start (`line` is Some at a line's start).
fn escaped_text<'s>(
    expression: &ast::Expression<&'s str>,
    line: Option<usize>,
    multiline: bool,
) -> Option<&'s str> {
    let ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) = expression else {
        return None;
    };
    let protects_start = line.is_some_and(|line| {
        !value.is_empty() && protected_start(value, line, multiline) == value.len()
    });
    (matches!(*value, "{" | "}") || protects_start).then_some(*value)
}

fn chip(expression: &ast::Expression<&str>) -> Part {
    let source = placeable_source(expression);
    Part::Chip {
        label: label_of(&source),
        source,
    }
}

/// A placeable's Fluent text as the serializer writes it: `{ $hotline }`.
fn placeable_source(expression: &ast::Expression<&str>) -> String {
    let message = ast::Message {
        id: ast::Identifier { name: "x" },
        value: Some(ast::Pattern {
            elements: vec![ast::PatternElement::Placeable {
                expression: expression.clone(),
            }],
        }),
        attributes: Vec::new(),
        comment: None,
    };
    let text = serialize(&ast::Resource {
        body: vec![ast::Entry::Message(message)],
    });
    let text = text.strip_prefix("x = ").unwrap_or(&text);
    text.trim_end_matches('\n').to_string()
}

/// A chip's label: its source without the braces.
fn label_of(source: &str) -> String {
    let inner = source.strip_prefix('{').and_then(|s| s.strip_suffix('}'));
    inner.unwrap_or(source).trim().to_string()
}

/// An entry's Fluent text after `id =`, as the serializer writes it (without its
/// comment, which the editor shows apart and never changes).
fn fluent_text(entry: &ast::Entry<&str>) -> Option<String> {
    let (id, _) = entry_id(entry)?;
    let mut bare = entry.clone();
    match &mut bare {
        ast::Entry::Message(m) => m.comment = None,
        ast::Entry::Term(t) => t.comment = None,
        _ => return None,
    }
    let text = tidy(&serialize(&ast::Resource { body: vec![bare] }));
    let after = text.strip_prefix(&format!("{id} ="))?;
    let after = after.strip_prefix(' ').unwrap_or(after);
    Some(after.trim_end_matches('\n').to_string())
}

fn patterns<'e, 's>(entry: &'e ast::Entry<&'s str>) -> Vec<&'e ast::Pattern<&'s str>> {
    let (value, attributes) = match entry {
        ast::Entry::Message(m) => (m.value.as_ref(), &m.attributes),
        ast::Entry::Term(t) => (Some(&t.value), &t.attributes),
        _ => return Vec::new(),
    };
    value
        .into_iter()
        .chain(attributes.iter().map(|a| &a.value))
        .collect()
}

fn collect_chips(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        let ast::PatternElement::Placeable { expression } = element else {
            continue;
        };
        match expression {
            ast::Expression::Select { selector, variants } => {
                let selector = ast::Expression::Inline(selector.clone());
                push_unique(out, placeable_source(&selector));
                for variant in variants {
                    collect_chips(&variant.value, out);
                }
            }
            _ if escaped_text(expression, None, false).is_some() => {}
            _ => push_unique(out, placeable_source(expression)),
        }
    }
}

fn push_unique(out: &mut Vec<String>, source: String) {
    if !out.contains(&source) {
        out.push(source);
    }
}

// --- Composing an entry -----------------------------------------------------

/// How many bytes at the start of a pattern's line the parser would not keep as
/// text, so `compose` writes them as a string literal: leading spaces after the
/// first line (the parser takes them as indentation), and a leading `[`, `*` or
/// `.` (a variant or an attribute) on any line the serializer indents, which is
/// every line of a multiline pattern.
///
/// Serializer quirk: a pattern whose first text starts with `.` stays on the `id =`
/// line, and its later lines are then written unindented (read back as new
/// entries). Protecting that `.` too makes the serializer indent the whole value.
fn protected_start(text: &str, line: usize, multiline: bool) -> usize {
    let spaces = text.len() - text.trim_start_matches(' ').len();
    if line > 0 && spaces > 0 {
        spaces
    } else if (line > 0 || multiline) && text.starts_with(['[', '*', '.']) {
        1
    } else {
        0
    }
}

enum Piece<'e> {
    Text(String),
    Chip(&'e str),
}

/// A chips edit's text and chips, line endings made `\n`, white space at either
/// end dropped (Fluent drops it too).
fn pieces(parts: &[EditPart]) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    for part in parts {
        match part {
            EditPart::Text { text } => {
                let text = text.replace("\r\n", "\n").replace('\r', "\n");
                match pieces.last_mut() {
                    Some(Piece::Text(last)) => last.push_str(&text),
                    _ => pieces.push(Piece::Text(text)),
                }
            }
            EditPart::Chip { source } => pieces.push(Piece::Chip(source)),
        }
    }
    if let Some(Piece::Text(first)) = pieces.first_mut() {
        *first = first.trim_start_matches([' ', '\n']).to_string();
    }
    if let Some(Piece::Text(last)) = pieces.last_mut() {
        *last = last.trim_end_matches([' ', '\n']).to_string();
    }
    pieces.retain(|p| !matches!(p, Piece::Text(t) if t.is_empty()));
    pieces
}

fn compose_chips(id: &str, parts: &[EditPart], allowed: &[String]) -> Result<String, String> {
    let pieces = pieces(parts);
    if pieces.is_empty() {
        return Err("The translation is empty.".to_string());
    }
    let entry = entry_with(id, pattern_of(&pieces, allowed)?);
    let text = tidy(&serialize(&ast::Resource {
        body: vec![entry.clone()],
    }));
    // What the serializer wrote must read back as the pattern built, or the
    // translator would save something other than what they typed.
    match parse(text.clone()) {
        Ok(back) if back.body == [entry] => Ok(text),
        _ => Err("flyer could not write this text as Fluent without changing it.".to_string()),
    }
}

/// The pattern of a chips edit, one text element per line run as the parser makes
/// them. The serializer indents only after the `\n`s between elements, not inside
/// one, so a text element must never hold a line break before its end.
fn pattern_of(pieces: &[Piece], allowed: &[String]) -> Result<ast::Pattern<String>, String> {
    let multiline = pieces
        .iter()
        .any(|p| matches!(p, Piece::Text(t) if t.contains('\n')));
    let (mut elements, mut line, mut at_start) = (Vec::new(), 0, true);
    for piece in pieces {
        match piece {
            Piece::Chip(source) => {
                let expression = chip_expression(source, allowed)?;
                elements.push(ast::PatternElement::Placeable { expression });
                at_start = false;
            }
            Piece::Text(text) => {
                for (i, segment) in text.split('\n').enumerate() {
                    if i > 0 {
                        push_text(&mut elements, "\n");
                        (line, at_start) = (line + 1, true);
                    }
                    let protect = if at_start {
                        protected_start(segment, line, multiline)
                    } else {
                        0
                    };
                    push_line_text(&mut elements, segment, protect);
                    at_start = at_start && segment.is_empty();
                }
            }
        }
    }
    Ok(ast::Pattern { elements })
}

/// A line's text (no `\n`): its first `protect` bytes and every brace as string
/// literals, the rest as text.
fn push_line_text(elements: &mut Vec<ast::PatternElement<String>>, text: &str, protect: usize) {
    if protect > 0 {
        push_literal(elements, &text[..protect]);
    }
    let mut rest = &text[protect..];
    while let Some(at) = rest.find(['{', '}']) {
        push_text(elements, &rest[..at]);
        push_literal(elements, &rest[at..at + 1]);
        rest = &rest[at + 1..];
    }
    push_text(elements, rest);
}

/// Text joins the text element before it unless that one ended its line.
fn push_text(elements: &mut Vec<ast::PatternElement<String>>, text: &str) {
    if text.is_empty() {
        return;
    }
    match elements.last_mut() {
        Some(ast::PatternElement::TextElement { value }) if !value.ends_with('\n') => {
            value.push_str(text);
        }
        _ => elements.push(ast::PatternElement::TextElement {
            value: text.to_string(),
        }),
    }
}

fn push_literal(elements: &mut Vec<ast::PatternElement<String>>, value: &str) {
    let literal = ast::InlineExpression::StringLiteral {
        value: value.to_string(),
    };
    elements.push(ast::PatternElement::Placeable {
        expression: ast::Expression::Inline(literal),
    });
}

/// The expression of an allowed chip, read by the parser.
fn chip_expression(source: &str, allowed: &[String]) -> Result<ast::Expression<String>, String> {
    let label = label_of(source);
    if !allowed.iter().any(|a| a == source) {
        return Err(format!(
            "{label} cannot be used here: it is not in this message or its source."
        ));
    }
    let not_one = || format!("{label} is not a single placeable.");
    let resource = parse(format!("x = {source}\n")).map_err(|_| not_one())?;
    let [ast::Entry::Message(ast::Message {
        value: Some(pattern),
        attributes,
        ..
    })] = resource.body.as_slice()
    else {
        return Err(not_one());
    };
    match pattern.elements.as_slice() {
        [ast::PatternElement::Placeable {
            expression: expression @ ast::Expression::Inline(_),
        }] if attributes.is_empty() => Ok(expression.clone()),
        _ => Err(not_one()),
    }
}

fn entry_with(id: &str, pattern: ast::Pattern<String>) -> ast::Entry<String> {
    match id.strip_prefix('-') {
        Some(name) => ast::Entry::Term(ast::Term {
            id: ast::Identifier {
                name: name.to_string(),
            },
            value: pattern,
            attributes: Vec::new(),
            comment: None,
        }),
        None => ast::Entry::Message(ast::Message {
            id: ast::Identifier {
                name: id.to_string(),
            },
            value: Some(pattern),
            attributes: Vec::new(),
            comment: None,
        }),
    }
}

/// Serializer quirk: a blank line inside a pattern is written with the pattern's
/// indentation (`"    \n"`). The parser reads the line the same without it, so the
/// trailing spaces are dropped rather than written into the file.
fn tidy(serialized: &str) -> String {
    serialized
        .split_inclusive('\n')
        .map(|l| {
            if l.trim_start_matches(' ') == "\n" {
                "\n"
            } else {
                l
            }
        })
        .collect()
}

fn compose_fluent(id: &str, text: &str) -> Result<String, String> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.trim_start_matches(' ').trim_end_matches([' ', '\n']);
    if text.is_empty() {
        return Err("The translation is empty.".to_string());
    }
    // A value on lines of its own starts right after `=`, without a trailing space.
    let gap = if text.starts_with('\n') { "" } else { " " };
    Ok(format!("{id} ={gap}{text}\n"))
}

/// A message id (`poster-title`) or a term id (`-child-welfare-agency`).
fn check_id(id: &str) -> Result<(), String> {
    let name = id.strip_prefix('-').unwrap_or(id);
    let mut chars = name.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if valid {
        Ok(())
    } else {
        Err(format!("“{id}” is not a Fluent message or term id."))
    }
}

/// The parser reads `text` as exactly the entry `id`, with no comment, junk or
/// other entry.
fn check_entry(id: &str, text: &str) -> Result<(), String> {
    let resource = parse(text).map_err(|(_, errors)| parse_error(text, &errors))?;
    match resource.body.as_slice() {
        [entry] if entry_id(entry).is_some_and(|(found, _)| found == id) => {
            if comment_of(entry).is_some() {
                Err("The entry must not start with a comment.".to_string())
            } else {
                Ok(())
            }
        }
        [entry] => Err(format!("This text defines {}, not {id}.", describe(entry))),
        _ => Err(format!(
            "This text holds {} entries; it must be the one message {id}.",
            resource.body.len()
        )),
    }
}

/// The parser's first complaint, with its line in the entry's text.
fn parse_error(text: &str, errors: &[ParserError]) -> String {
    let Some(error) = errors.first() else {
        return "This is not valid Fluent.".to_string();
    };
    let at = error.pos.start.min(text.len());
    let line = text.as_bytes()[..at]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1;
    format!("This is not valid Fluent: {error} (line {line} of the entry).")
}

fn comment_of<'e, 's>(entry: &'e ast::Entry<&'s str>) -> Option<&'e ast::Comment<&'s str>> {
    match entry {
        ast::Entry::Message(m) => m.comment.as_ref(),
        ast::Entry::Term(t) => t.comment.as_ref(),
        _ => None,
    }
}

fn describe(entry: &ast::Entry<&str>) -> String {
    match entry {
        ast::Entry::Message(_) | ast::Entry::Term(_) => {
            entry_id(entry).map_or_else(String::new, |(id, _)| id)
        }
        ast::Entry::Comment(_) => "a comment".to_string(),
        ast::Entry::GroupComment(_) => "a group comment".to_string(),
        ast::Entry::ResourceComment(_) => "the file's header comment".to_string(),
        ast::Entry::Junk { .. } => "lines that are not valid Fluent".to_string(),
    }
}

// --- Splicing an entry into a file -------------------------------------------

/// A file uses CRLF if its first line does.
fn uses_crlf(text: &str) -> bool {
    text.find('\n').is_some_and(|at| text[..at].ends_with('\r'))
}

/// `entry` with the file's line endings and a final one.
fn with_line_endings(entry: &str, crlf: bool) -> String {
    let mut lf = entry.replace("\r\n", "\n");
    if !lf.ends_with('\n') {
        lf.push('\n');
    }
    if crlf {
        lf.replace('\n', "\r\n")
    } else {
        lf
    }
}

fn parse_any(text: &str) -> ast::Resource<&str> {
    parse(text).unwrap_or_else(|(resource, _)| resource)
}

/// The byte range of entry `id`'s lines: from its id line (found where the parser
/// read the id) through the indented lines after it, without trailing blank lines.
fn entry_lines(text: &str, resource: &ast::Resource<&str>, id: &str) -> Option<Range<usize>> {
    let (_, ident) = resource
        .body
        .iter()
        .filter_map(entry_id)
        .find(|(found, _)| found == id)?;
    let at = (ident.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    let start = text.get(..at)?.rfind('\n').map_or(0, |i| i + 1);
    let mut lines = text[start..].split_inclusive('\n');
    let mut end = start + lines.next()?.len();
    let mut scanned = end;
    for line in lines {
        scanned += line.len();
        if line.trim_start_matches([' ', '\r', '\n']).is_empty() {
            continue;
        }
        // Entries start at column 0 with a letter, `-` or `#`; a value or its
        // attributes go on indented lines (or lines opening with `{` `}` `[` `*` `.`).
        if !line.starts_with([' ', '{', '}', '[', '*', '.']) {
            break;
        }
        end = scanned;
    }
    Some(start..end)
}

fn replace(text: &str, lines: Range<usize>, entry: &str) -> String {
    // An entry that ended the file without a line break still does.
    let entry = if text[lines.clone()].ends_with('\n') {
        entry
    } else {
        entry.trim_end_matches(['\r', '\n'])
    };
    format!("{}{entry}{}", &text[..lines.start], &text[lines.end..])
}

/// `entry` after the file's last line, a blank line between them.
fn append(text: &str, entry: &str, crlf: bool) -> String {
    let nl = if crlf { "\r\n" } else { "\n" };
    let gap = if text.is_empty() || text.ends_with(&format!("{nl}{nl}")) {
        String::new()
    } else if text.ends_with('\n') {
        nl.to_string()
    } else {
        format!("{nl}{nl}")
    };
    format!("{text}{gap}{entry}")
}

/// The new file parses as the old one with entry `id` replaced by (or, if absent,
/// followed by) `entry`, which keeps the comment the old one had.
fn verify(old: &ast::Resource<&str>, new_text: &str, id: &str, entry: &str) -> Result<(), String> {
    let new = parse_any(new_text);
    let alone = parse_any(entry).body.into_iter().next();
    let mut expected = old.body.clone();
    let edited = expected
        .iter()
        .position(|e| entry_id(e).is_some_and(|(found, _)| found == id));
    match (edited, alone) {
        (Some(k), Some(mut alone)) => {
            let comment = comment_of(&expected[k]).cloned();
            match &mut alone {
                ast::Entry::Message(m) => m.comment = comment,
                ast::Entry::Term(t) => t.comment = comment,
                _ => {}
            }
            expected[k] = alone;
        }
        (None, Some(alone)) => expected.push(alone),
        (_, None) => return Err("The entry is empty.".to_string()),
    }
    let longest = new.body.len().max(expected.len());
    match (0..longest).find(|&i| new.body.get(i) != expected.get(i)) {
        Some(i) if i >= expected.len() => Err(changed("the end of the file")),
        Some(i) if Some(i) == edited => Err(changed("the lines around it")),
        Some(i) => Err(changed(&describe(&expected[i]))),
        None => Ok(()),
    }
}

fn changed(what: &str) -> String {
    format!("This edit would also change {what} in the file, so it was not made.")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Messages copied from `locales/en/flyer.ftl` and `locales/fr/flyer.ftl`, with
    /// a select expression and a multiline message (the real catalogs have none).
    const FILE: &str = "\
### Français (French)
### Draft translation made from the English source; not yet reviewed.

## Terms

# The state child-welfare agency, named in full with its abbreviation. Keep the
# abbreviation \"DCF\" in every language: it is what people hear on the phone.
-child-welfare-agency = Département des enfants et des familles du Massachusetts (DCF)

## Poster: heading and definitions

# The main heading at the top of the poster. Also the PDF's document title.
poster-title = Qu’est-ce que l’exploitation sexuelle commerciale des enfants ?

# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. \"Child-at-Risk Hotline\".
#   $hotline (String) - the hotline's phone number, e.g. \"1-800-792-5200\".
poster-action-call = Si vous avez un soupçon raisonnable, appelez la { $hotline_name } au { $hotline }.

# How many signs the card lists.
card-signs-count =
    { $count ->
        [one] Un signe
       *[other] { $count } signes
    }

# Uses the organization's name from flyer.toml.
poster-about =
    { -org-name } offre une réponse coordonnée
    et centrée sur les victimes.

## Wallet card (3.5 x 2 in): very short lines, printed at 7 to 9 pt

# Back of the card: the heading.
card-action-heading = Que faire
# Back of the card: no proof is needed.
card-action-suspicion = Vous n’avez pas besoin de preuve.
";

    fn text(t: &str) -> EditPart {
        EditPart::Text {
            text: t.to_string(),
        }
    }

    fn chip_part(source: &str) -> EditPart {
        EditPart::Chip {
            source: source.to_string(),
        }
    }

    fn chips(parts: Vec<EditPart>) -> Edit {
        Edit::Chips { parts }
    }

    /// The first entry of a parse of `text`.
    fn only_field(text: &str) -> Field {
        field(&parse(text).expect("valid Fluent").body[0]).expect("a message")
    }

    fn entry<'s>(resource: &'s ast::Resource<&'s str>, id: &str) -> &'s ast::Entry<&'s str> {
        let found = resource
            .body
            .iter()
            .find(|e| entry_id(e).is_some_and(|(f, _)| f == id));
        found.expect("the entry")
    }

    /// The lines of `new` that differ from `old`'s: (old lines, new lines) between
    /// their common first and last lines.
    fn changed_lines(old: &str, new: &str) -> (usize, usize) {
        let (a, b): (Vec<_>, Vec<_>) = (old.lines().collect(), new.lines().collect());
        let head = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
        let tail = a[head..]
            .iter()
            .rev()
            .zip(b[head..].iter().rev())
            .take_while(|(x, y)| x == y)
            .count();
        (a.len() - head - tail, b.len() - head - tail)
    }

    /// `new` is `old` with `old_entry` replaced by `new_entry`, byte for byte.
    fn assert_only_replaced(old: &str, new: &str, old_entry: &str, new_entry: &str) {
        let at = old.find(old_entry).expect("the old entry");
        assert_eq!(&new[..at], &old[..at], "the text before the entry");
        assert_eq!(&new[at..at + new_entry.len()], new_entry);
        assert_eq!(&new[at + new_entry.len()..], &old[at + old_entry.len()..]);
    }

    #[test]
    fn editing_one_message_leaves_every_other_byte() {
        let edit = chips(vec![text("Qu’est-ce que l’exploitation ?")]);
        let new_entry = compose("poster-title", &edit, &[]).unwrap();
        assert_eq!(new_entry, "poster-title = Qu’est-ce que l’exploitation ?\n");
        let new = splice(FILE, "poster-title", &new_entry).unwrap();
        let old_entry =
            "poster-title = Qu’est-ce que l’exploitation sexuelle commerciale des enfants ?\n";
        assert_only_replaced(FILE, &new, old_entry, &new_entry);
        assert_eq!(changed_lines(FILE, &new), (1, 1));
    }

    #[test]
    fn a_multiline_message_is_replaced_whole_and_nothing_else() {
        let allowed = chips_of(entry(&parse(FILE).unwrap(), "poster-about"));
        assert_eq!(allowed, ["{ -org-name }"]);
        let edit = chips(vec![chip_part("{ -org-name } "), text(" aide.")]);
        assert!(
            compose("poster-about", &edit, &allowed).is_err(),
            "not the source"
        );
        let edit = chips(vec![chip_part("{ -org-name }"), text(" aide.")]);
        let new_entry = compose("poster-about", &edit, &allowed).unwrap();
        assert_eq!(new_entry, "poster-about = { -org-name } aide.\n");
        let new = splice(FILE, "poster-about", &new_entry).unwrap();
        let old_entry = "poster-about =\n    { -org-name } offre une réponse coordonnée\n    et centrée sur les victimes.\n";
        assert_only_replaced(FILE, &new, old_entry, &new_entry);
        assert_eq!(changed_lines(FILE, &new), (3, 1));
    }

    #[test]
    fn a_term_is_edited_in_place() {
        let edit = chips(vec![text("Département des enfants (DCF)")]);
        let new_entry = compose("-child-welfare-agency", &edit, &[]).unwrap();
        assert_eq!(
            new_entry,
            "-child-welfare-agency = Département des enfants (DCF)\n"
        );
        let new = splice(FILE, "-child-welfare-agency", &new_entry).unwrap();
        let old_entry = "-child-welfare-agency = Département des enfants et des familles du Massachusetts (DCF)\n";
        assert_only_replaced(FILE, &new, old_entry, &new_entry);
        let field = field(entry(
            &parse(new.as_str()).unwrap(),
            "-child-welfare-agency",
        ));
        let parts = vec![Part::Text {
            text: "Département des enfants (DCF)".to_string(),
        }];
        assert_eq!(field, Some(Field::Chips { parts }));
    }

    #[test]
    fn an_entry_next_to_its_neighbour_keeps_the_neighbours_comment() {
        let new_entry = "card-action-heading = Quoi faire\n";
        let new = splice(FILE, "card-action-heading", new_entry).unwrap();
        assert_only_replaced(FILE, &new, "card-action-heading = Que faire\n", new_entry);
        assert_eq!(changed_lines(FILE, &new), (1, 1));
    }

    #[test]
    fn a_missing_message_is_appended_after_a_blank_line() {
        let new_entry = compose("draft-marking", &chips(vec![text("Brouillon")]), &[]).unwrap();
        let new = splice(FILE, "draft-marking", &new_entry).unwrap();
        assert_eq!(new, format!("{FILE}\ndraft-marking = Brouillon\n"));
        let bare = splice("a = b", "c", "c = d").unwrap();
        assert_eq!(bare, "a = b\n\nc = d\n");
        assert_eq!(splice("", "c", "c = d").unwrap(), "c = d\n");
        assert_eq!(
            splice("a = b\n\n", "c", "c = d\n").unwrap(),
            "a = b\n\nc = d\n"
        );
    }

    #[test]
    fn braces_and_line_start_specials_round_trip() {
        let allowed = vec!["{ $hotline }".to_string()];
        let typed = vec![
            text("Appelez {vite} } [maintenant]\n* le "),
            chip_part("{ $hotline }"),
            text("\n.  point\n   indenté\n[x]\n\n{ fin"),
        ];
        let composed = compose("poster-call", &chips(typed), &allowed).unwrap();
        let parts = vec![
            Part::Text {
                text: "Appelez {vite} } [maintenant]\n* le ".to_string(),
            },
            Part::Chip {
                source: "{ $hotline }".to_string(),
                label: "$hotline".to_string(),
            },
            Part::Text {
                text: "\n.  point\n   indenté\n[x]\n\n{ fin".to_string(),
            },
        ];
        assert_eq!(only_field(&composed), Field::Chips { parts });
        // Leading spaces survive even where no line would set the indentation.
        let typed = vec![chip_part("{ $hotline }"), text("\n  b\n[c]\n  d")];
        let composed = compose("a", &chips(typed), &allowed).unwrap();
        let back = only_field(&composed);
        let Field::Chips { parts } = back else {
            panic!("{back:?}")
        };
        assert_eq!(
            parts[1],
            Part::Text {
                text: "\n  b\n[c]\n  d".to_string()
            }
        );
        // A blank line is written blank (the serializer would indent it).
        let composed = compose("a", &chips(vec![text("b\n\nc")]), &[]).unwrap();
        assert_eq!(composed, "a =\n    b\n\n    c\n");
        // A single line keeps a leading `.`, `[` or `*` as plain text.
        let composed = compose("a", &chips(vec![text("...et [plus]")]), &[]).unwrap();
        assert_eq!(composed, "a = ...et [plus]\n");
        // A leading `.` on a multiline pattern is protected: the serializer would
        // otherwise write the value's later lines unindented.
        let composed = compose("a", &chips(vec![text(".b\nc")]), &[]).unwrap();
        assert_eq!(composed, "a =\n    { \".\" }b\n    c\n");
    }

    #[test]
    fn white_space_at_either_end_is_dropped_and_empty_is_refused() {
        let composed = compose("a", &chips(vec![text("  \n b  \n ")]), &[]).unwrap();
        assert_eq!(composed, "a = b\n");
        let err = compose("a", &chips(vec![text(" \n ")]), &[]).unwrap_err();
        assert_eq!(err, "The translation is empty.");
        let err = compose("a", &Edit::Fluent { text: " ".into() }, &[]).unwrap_err();
        assert_eq!(err, "The translation is empty.");
    }

    #[test]
    fn a_chip_not_allowed_is_refused() {
        let edit = chips(vec![text("Appelez "), chip_part("{ $emergency }")]);
        let allowed = vec!["{ $hotline }".to_string()];
        let err = compose("poster-call", &edit, &allowed).unwrap_err();
        assert!(err.contains("$emergency cannot be used here"), "{err}");
        // Allowed, but not one placeable: refused too.
        let allowed = vec!["{ $a } { $b }".to_string()];
        let edit = chips(vec![chip_part("{ $a } { $b }")]);
        assert!(compose("x", &edit, &allowed).is_err());
    }

    #[test]
    fn malformed_fluent_is_refused() {
        let edit = Edit::Fluent {
            text: "Appelez { $hotline".to_string(),
        };
        let err = compose("poster-call", &edit, &[]).unwrap_err();
        assert!(err.starts_with("This is not valid Fluent"), "{err}");
        let edit = Edit::Fluent {
            text: "a\nother = b".to_string(),
        };
        assert!(
            compose("poster-call", &edit, &[]).is_err(),
            "a second entry"
        );
        let edit = Edit::Fluent {
            text: "{ $n ->\n  [one] un\n}".to_string(),
        };
        let err = compose("x", &edit, &[]).unwrap_err();
        assert!(err.contains("default variant"), "{err}");
    }

    #[test]
    fn fluent_mode_writes_what_was_typed() {
        let edit = Edit::Fluent {
            text: "{ $n ->\n    [one] un\n   *[other] plusieurs\n}".to_string(),
        };
        let composed = compose("x", &edit, &[]).unwrap();
        assert_eq!(
            composed,
            "x = { $n ->\n    [one] un\n   *[other] plusieurs\n}\n"
        );
        let edit = Edit::Fluent {
            text: "\n    une\n    deux".to_string(),
        };
        assert_eq!(
            compose("x", &edit, &[]).unwrap(),
            "x =\n    une\n    deux\n"
        );
    }

    #[test]
    fn ids_must_be_fluent_ids() {
        for bad in ["", "-", "1a", "a b", "a=b", "poster-title\n", "é"] {
            assert!(
                compose(bad, &chips(vec![text("x")]), &[]).is_err(),
                "{bad:?}"
            );
            assert!(splice(FILE, bad, "x = y").is_err(), "{bad:?}");
        }
        let err = splice(FILE, "poster-title", "card-title = x").unwrap_err();
        assert!(err.contains("not poster-title"), "{err}");
    }

    #[test]
    fn fields_of_plain_and_select_messages() {
        let resource = parse(FILE).unwrap();
        let chip = |name: &str| Part::Chip {
            source: format!("{{ {name} }}"),
            label: name.to_string(),
        };
        let t = |s: &str| Part::Text {
            text: s.to_string(),
        };
        let parts = vec![
            t("Si vous avez un soupçon raisonnable, appelez la "),
            chip("$hotline_name"),
            t(" au "),
            chip("$hotline"),
            t("."),
        ];
        let plain = field(entry(&resource, "poster-action-call"));
        assert_eq!(plain, Some(Field::Chips { parts }));
        let select = field(entry(&resource, "card-signs-count"));
        let text =
            "\n    { $count ->\n        [one] Un signe\n       *[other] { $count } signes\n    }";
        let text = text.to_string();
        assert_eq!(select, Some(Field::Fluent { text }));
        assert_eq!(
            chips_of(entry(&resource, "card-signs-count")),
            ["{ $count }"]
        );
        let multiline = field(entry(&resource, "poster-about"));
        let parts = vec![
            chip("-org-name"),
            t(" offre une réponse coordonnée\net centrée sur les victimes."),
        ];
        assert_eq!(multiline, Some(Field::Chips { parts }));
        assert_eq!(field(&resource.body[0]), None, "a resource comment");
        let function = only_field("a = { NUMBER($n) } { \"{\" }");
        let parts = vec![
            Part::Chip {
                source: "{ NUMBER($n) }".to_string(),
                label: "NUMBER($n)".to_string(),
            },
            t(" {"),
        ];
        assert_eq!(function, Field::Chips { parts });
        let attribute = only_field("a = b\n    .title = c");
        let text = "b\n    .title = c".to_string();
        assert_eq!(attribute, Field::Fluent { text });
    }

    #[test]
    fn a_crlf_file_stays_crlf() {
        let file = FILE.replace('\n', "\r\n");
        let new_entry = compose("poster-about", &chips(vec![text("Une\nautre")]), &[]).unwrap();
        let new = splice(&file, "poster-about", &new_entry).unwrap();
        assert!(!new.replace("\r\n", "").contains('\n'), "a bare \\n");
        let old_entry = "poster-about =\r\n    { -org-name } offre une réponse coordonnée\r\n    et centrée sur les victimes.\r\n";
        let written = "poster-about =\r\n    Une\r\n    autre\r\n";
        assert_only_replaced(&file, &new, old_entry, written);
        let field = field(entry(&parse(new.as_str()).unwrap(), "poster-about"));
        let parts = vec![Part::Text {
            text: "Une\nautre".to_string(),
        }];
        assert_eq!(field, Some(Field::Chips { parts }));
        let appended = splice(&file, "new-one", "new-one = x\n").unwrap();
        assert_eq!(appended, format!("{file}\r\nnew-one = x\r\n"));
    }

    #[test]
    fn an_edit_that_would_swallow_the_next_lines_is_refused() {
        // The last entry ends the file without a newline; its edit does too.
        let new = splice("a = b\nc = d", "c", "c = e\n").unwrap();
        assert_eq!(new, "a = b\nc = e");
        // Junk after an entry stays junk, byte for byte.
        let file = "a = b\n!junk\nc = d\n";
        assert_eq!(splice(file, "a", "a = x").unwrap(), "a = x\n!junk\nc = d\n");
        // A placeable's lines at column 0 are not seen as the entry's: the edit
        // would leave them as junk before `b`, so it is refused.
        let file = "a = {\n$x\n}\nb = c\n";
        let err = splice(file, "a", "a = x").unwrap_err();
        assert!(err.contains("would also change b"), "{err}");
    }

    #[test]
    fn edits_deserialize_strictly() {
        let edit: Edit = serde_json::from_str(
            r#"{"kind":"chips","parts":[{"kind":"text","text":"a "},{"kind":"chip","source":"{ $x }"}]}"#,
        )
        .unwrap();
        let allowed = vec!["{ $x }".to_string()];
        assert_eq!(compose("m", &edit, &allowed).unwrap(), "m = a { $x }\n");
        let unknown = r#"{"kind":"fluent","text":"a","extra":1}"#;
        assert!(serde_json::from_str::<Edit>(unknown).is_err());
        let shown = serde_json::to_string(&only_field("a = b { $x }")).unwrap();
        assert_eq!(
            shown,
            r#"{"kind":"chips","parts":[{"kind":"text","text":"b "},{"kind":"chip","source":"{ $x }","label":"$x"}]}"#
        );
    }

    /// Every message of `file` through field → the same edit → compose → splice
    /// gives back a file that parses as the original.
    fn assert_every_message_round_trips(name: &str, file: &str) {
        let original = parse_any(file);
        for e in &original.body {
            let Some((id, _)) = entry_id(e) else { continue };
            let edit = match field(e).unwrap() {
                Field::Chips { parts } => chips(
                    parts
                        .into_iter()
                        .map(|p| match p {
                            Part::Text { text: t } => text(&t),
                            Part::Chip { source, .. } => chip_part(&source),
                        })
                        .collect(),
                ),
                Field::Fluent { text } => Edit::Fluent { text },
            };
            let composed = compose(&id, &edit, &chips_of(e))
                .unwrap_or_else(|err| panic!("{name}: {id}: {err}"));
            let new =
                splice(file, &id, &composed).unwrap_or_else(|err| panic!("{name}: {id}: {err}"));
            assert_eq!(parse_any(&new), original, "{name}: {id}");
            // These files are written as the serializer writes: not a byte moves.
            assert_eq!(new, file, "{name}: {id}");
        }
    }

    #[test]
    fn every_message_of_every_catalog_round_trips() {
        assert_every_message_round_trips("FILE", FILE);
        assert_every_message_round_trips("FILE with CRLF", &FILE.replace('\n', "\r\n"));
        let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let mut files = 0;
        for dir in std::fs::read_dir(locales).unwrap().flatten() {
            let path = dir.path().join("flyer.ftl");
            if let Ok(text) = std::fs::read_to_string(&path) {
                assert_every_message_round_trips(&path.display().to_string(), &text);
                files += 1;
            }
        }
        assert!(files >= 10, "only {files} catalogs found");
    }
}
