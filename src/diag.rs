//! Diagnostics: every error a user sees, written for that user.
//!
//! A diagnostic names where the problem is (file:line:col, or locale, layout and
//! message id), what is wrong, and a hint on how to fix it, like a compiler would.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use toml::de::DeValue;

/// How bad a finding is: errors stop an output from being written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Warning,
    Error,
}

/// A position in a text file, 1-based, with the line's text for display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: PathBuf,
    pub line: usize,
    pub col: usize,
    pub source_line: Option<String>,
}

/// One finding: severity, a stable rule id, the message and where it applies.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable id of the rule, e.g. `ftl-syntax` or `text-overflow`.
    pub rule: &'static str,
    pub message: String,
    pub location: Option<Location>,
    /// Locale, layout and message id when the problem belongs to an output.
    pub locale: Option<String>,
    pub layout: Option<String>,
    pub message_id: Option<String>,
    pub hint: Option<String>,
    /// The outputs (`layout/locale`) the problem stops (or, for a warning,
    /// concerns), in the order met: a problem shared by many outputs is
    /// reported once, naming them all.
    pub outputs: Vec<String>,
    /// For a warning silenced on purpose: why, and where that is written.
    pub silenced: Option<Silence>,
}

/// Why a warning is silenced (an allow's reason) and where the allow is.
#[derive(Debug, Clone, PartialEq)]
pub struct Silence {
    pub reason: String,
    pub by: Location,
}

impl Diagnostic {
    pub fn error(rule: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            rule,
            message: message.into(),
            location: None,
            locale: None,
            layout: None,
            message_id: None,
            hint: None,
            outputs: Vec::new(),
            silenced: None,
        }
    }

    pub fn warning(rule: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(rule, message)
        }
    }

    pub fn at(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn locale(mut self, locale: impl Into<String>) -> Self {
        self.locale = Some(locale.into());
        self
    }

    pub fn layout(mut self, layout: impl Into<String>) -> Self {
        self.layout = Some(layout.into());
        self
    }

    pub fn message_id(mut self, id: impl Into<String>) -> Self {
        self.message_id = Some(id.into());
        self
    }

    /// Fills in locale and layout where the diagnostic does not name them yet.
    pub fn in_output(mut self, layout: &str, locale: &str) -> Self {
        self.layout.get_or_insert_with(|| layout.to_string());
        self.locale.get_or_insert_with(|| locale.to_string());
        self
    }

    /// Records that the problem stops output `layout`/`locale` (for a sheet,
    /// the sheet's name, whichever card layout the problem is in).
    pub fn stops(mut self, layout: &str, locale: &str) -> Self {
        let output = format!("{layout}/{locale}");
        if !self.outputs.contains(&output) {
            self.outputs.push(output);
        }
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The diagnostic as one JSON object (for `--format json`).
    pub fn to_json(&self) -> String {
        /// The fields of the JSON object, in this order; absent ones left out.
        #[derive(serde::Serialize)]
        struct Json<'a> {
            severity: &'a str,
            rule: &'a str,
            message: &'a str,
            #[serde(skip_serializing_if = "Option::is_none")]
            file: Option<String>,
            #[serde(skip_serializing_if = "Option::is_none")]
            line: Option<usize>,
            #[serde(skip_serializing_if = "Option::is_none")]
            col: Option<usize>,
            #[serde(skip_serializing_if = "Option::is_none")]
            locale: Option<&'a str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            layout: Option<&'a str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            message_id: Option<&'a str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            hint: Option<&'a str>,
            #[serde(skip_serializing_if = "<[String]>::is_empty")]
            outputs: &'a [String],
            #[serde(skip_serializing_if = "Option::is_none")]
            silenced: Option<Silenced<'a>>,
        }
        /// A silenced warning's reason and the allow's place.
        #[derive(serde::Serialize)]
        struct Silenced<'a> {
            reason: &'a str,
            file: String,
            line: usize,
            col: usize,
        }
        let loc = self.location.as_ref();
        let json = Json {
            severity: self.severity_name(),
            rule: self.rule,
            message: &self.message,
            file: loc.map(|l| l.file.display().to_string()),
            line: loc.map(|l| l.line),
            col: loc.map(|l| l.col),
            locale: self.locale.as_deref(),
            layout: self.layout.as_deref(),
            message_id: self.message_id.as_deref(),
            hint: self.hint.as_deref(),
            outputs: &self.outputs,
            silenced: self.silenced.as_ref().map(|s| Silenced {
                reason: &s.reason,
                file: s.by.file.display().to_string(),
                line: s.by.line,
                col: s.by.col,
            }),
        };
        // Serializing strings and numbers into a String cannot fail.
        serde_json::to_string(&json).unwrap_or_default()
    }

    fn severity_name(&self) -> &'static str {
        match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{}[{}]: {}",
            self.severity_name(),
            self.rule,
            self.message
        )?;
        if let Some(loc) = &self.location {
            writeln!(f, "  --> {}:{}:{}", loc.file.display(), loc.line, loc.col)?;
            if let Some(text) = &loc.source_line {
                let gutter = loc.line.to_string().len();
                writeln!(f, "{:gutter$} |", "")?;
                writeln!(f, "{} | {}", loc.line, text)?;
                let caret_pad: String = text
                    .chars()
                    .take(loc.col.saturating_sub(1))
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                writeln!(f, "{:gutter$} | {caret_pad}^", "")?;
            }
        }
        let mut context = Vec::new();
        if let Some(layout) = &self.layout {
            context.push(format!("layout {layout}"));
        }
        if let Some(locale) = &self.locale {
            context.push(format!("locale {locale}"));
        }
        if let Some(id) = &self.message_id {
            context.push(format!("message {id}"));
        }
        if !context.is_empty() {
            writeln!(f, "   = in {}", context.join(", "))?;
        }
        // One output of the diagnostic's own layout goes without saying.
        let own = |o: &String| o.split_once('/').map(|(ly, _)| ly) == self.layout.as_deref();
        if self.outputs.len() > 1 || self.outputs.first().is_some_and(|o| !own(o)) {
            writeln!(f, "   = in {}", outputs_named(&self.outputs))?;
        }
        if let Some(hint) = &self.hint {
            // A hint of several lines (tables to write) stays under its start.
            let mut lines = hint.lines();
            writeln!(f, "   = hint: {}", lines.next().unwrap_or(""))?;
            for line in lines {
                match line {
                    "" => writeln!(f)?,
                    line => writeln!(f, "           {line}")?,
                }
            }
        }
        Ok(())
    }
}

/// Outputs (`layout/locale`) named for a reader, grouped: "13 outputs of
/// locale es: poster-letter, poster-a4, ...", "16 outputs of layout card-us: en,
/// es, ...", "32 outputs: card-us, sheet-avery-5371 in 16 locales: en, es, ...",
/// or "3 outputs: card-us (es, fr), card-eu (es)"; at most [`OUTPUTS_NAMED`]
/// names in a list.
fn outputs_named(outputs: &[String]) -> String {
    // Layouts in the order met, each with its locales.
    let mut groups: Vec<(&str, Vec<&str>)> = Vec::new();
    for output in outputs {
        let (layout, locale) = output.split_once('/').unwrap_or((output, ""));
        match groups.iter_mut().find(|(l, _)| *l == layout) {
            Some((_, locales)) => locales.push(locale),
            None => groups.push((layout, vec![locale])),
        }
    }
    let n = outputs.len();
    let first = &groups[0].1;
    let list = |names: &[&str]| {
        let mut list = names[..names.len().min(OUTPUTS_NAMED)].join(", ");
        if names.len() > OUTPUTS_NAMED {
            list.push_str(&format!(" and {} more", names.len() - OUTPUTS_NAMED));
        }
        list
    };
    let layouts: Vec<&str> = groups.iter().map(|(l, _)| *l).collect();
    if n == 1 {
        format!("1 output: {}", outputs[0])
    } else if groups.len() == 1 {
        format!("{n} outputs of layout {}: {}", layouts[0], list(first))
    } else if first.len() == 1 && groups.iter().all(|(_, l)| l == first) {
        format!("{n} outputs of locale {}: {}", first[0], list(&layouts))
    } else if groups.iter().all(|(_, l)| l == first) {
        format!(
            "{n} outputs: {} in {} locales: {}",
            list(&layouts),
            first.len(),
            list(first)
        )
    } else {
        let each: Vec<String> = (groups.iter())
            .map(|(layout, locales)| format!("{layout} ({})", list(locales)))
            .collect();
        let each: Vec<&str> = each.iter().map(String::as_str).collect();
        format!("{n} outputs: {}", list(&each))
    }
}

/// The most names a list of outputs gives (the rest are counted).
const OUTPUTS_NAMED: usize = 16;

/// A text file kept in memory so byte offsets can be turned into line:col.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as shown to users (relative to the project where possible).
    pub path: PathBuf,
    pub text: String,
    /// Where each line starts, found once on the first lookup, so a file with
    /// many problems costs a binary search per problem, not a scan.
    line_starts: OnceLock<Vec<usize>>,
}

impl SourceFile {
    pub fn new(path: impl Into<PathBuf>, text: String) -> Self {
        SourceFile {
            path: path.into(),
            text,
            line_starts: OnceLock::new(),
        }
    }

    /// The location of a byte offset (clamped to the text).
    pub fn location(&self, offset: usize) -> Location {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let starts = self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        });
        // The last line start at or before the offset.
        let line_index = starts.partition_point(|&s| s <= offset) - 1;
        let line_start = starts[line_index];
        let col = self.text[line_start..offset].chars().count() + 1;
        let line_end = starts
            .get(line_index + 1)
            .map_or(self.text.len(), |next| next - 1);
        let source_line = self.text[line_start..line_end]
            .trim_end_matches('\r')
            .to_string();
        Location {
            file: self.path.clone(),
            line: line_index + 1,
            col,
            source_line: Some(source_line),
        }
    }

    /// Where a key of this TOML file is written, from toml's own spans: `path`
    /// names table keys and, for arrays, indices (`["locale", "2", "code"]`). The
    /// key's position, or an array element's; the file's start if the path is not
    /// there (so the diagnostic still names the file).
    pub fn toml_location(&self, path: &[&str]) -> Location {
        let at = self.toml_node(path, |at, _| at);
        self.location(at.unwrap_or(0))
    }

    /// Where the string `value` is first written inside the value at `path` of
    /// this TOML file (the first character inside its quotes).
    pub fn toml_string_location(&self, path: &[&str], value: &str) -> Option<Location> {
        fn find(v: &toml::Spanned<DeValue>, value: &str) -> Option<usize> {
            match v.get_ref() {
                DeValue::String(s) if s == value => Some(v.span().start + 1),
                DeValue::Array(items) => items.iter().find_map(|i| find(i, value)),
                DeValue::Table(t) => t.values().find_map(|i| find(i, value)),
                _ => None,
            }
        }
        let at = self.toml_node(path, |_, node| find(node, value))??;
        Some(self.location(at))
    }

    /// Where the key `key` is written that a TOML type error names ("unknown
    /// field `key`, expected one of ..."), looked for in the value at `within`
    /// (the whole file if empty). Of the tables there that hold `key`, the one
    /// whose other keys are `expected` (the table the error is about),
    /// preferring one inside `span` (where toml says the error is), then the
    /// first in the file.
    pub fn toml_key_location(
        &self,
        within: &[&str],
        span: Option<Range<usize>>,
        key: &str,
        expected: &[&str],
    ) -> Option<Location> {
        let root = self.toml_tree()?;
        let (_, node) = toml_descend(&root, within)?;
        let span = span.unwrap_or(0..self.text.len());
        // (outside the span, keys not expected, where the key is)
        let mut best: Option<(bool, usize, usize)> = None;
        walk_toml(node, &mut Vec::new(), &mut |_, node| {
            let DeValue::Table(table) = node.get_ref() else {
                return;
            };
            let Some((found, _)) = table.iter().find(|(k, _)| k.get_ref() == key) else {
                return;
            };
            let at = found.span().start;
            let stray = (table.keys())
                .filter(|k| k.get_ref() != key && !expected.contains(&k.get_ref().as_ref()))
                .count();
            let candidate = (!span.contains(&at), stray, at);
            if best.is_none_or(|b| candidate < b) {
                best = Some(candidate);
            }
        });
        best.map(|(_, _, at)| self.location(at))
    }

    /// Where the string `value` is written in the value at `within` (the whole
    /// file if empty), inside `span` if it is there (the first character
    /// inside its quotes).
    pub fn toml_value_location(
        &self,
        within: &[&str],
        span: Option<Range<usize>>,
        value: &str,
    ) -> Option<Location> {
        let root = self.toml_tree()?;
        let (_, node) = toml_descend(&root, within)?;
        let span = span.unwrap_or(0..self.text.len());
        let mut best: Option<(bool, usize)> = None;
        walk_toml(node, &mut Vec::new(), &mut |_, node| {
            if matches!(node.get_ref(), DeValue::String(s) if s == value) {
                let at = node.span().start;
                let candidate = (!span.contains(&at), at);
                if best.is_none_or(|b| candidate < b) {
                    best = Some(candidate);
                }
            }
        });
        best.map(|(_, at)| self.location(at + 1))
    }

    /// The path (table keys and array indices) of the table or array whose
    /// span is `span`, the innermost if several are: `["block", "2"]`.
    pub fn toml_path_of(&self, span: Range<usize>) -> Option<Vec<String>> {
        let root = self.toml_tree()?;
        let mut found = None;
        walk_toml(&root, &mut Vec::new(), &mut |path, node| {
            let container = matches!(node.get_ref(), DeValue::Table(_) | DeValue::Array(_));
            if container && node.span() == span {
                found = Some(path.to_vec());
            }
        });
        found
    }

    /// This TOML file's spanned tree, its root a table.
    fn toml_tree(&self) -> Option<toml::Spanned<DeValue<'_>>> {
        let root = toml::de::DeTable::parse(&self.text).ok()?;
        let root_span = root.span();
        Some(toml::Spanned::new(
            root_span,
            DeValue::Table(root.into_inner()),
        ))
    }

    /// Walks this TOML file's spanned tree down `path` and hands `visit` the
    /// offset of the last key (or array element) and its value.
    fn toml_node<R>(
        &self,
        path: &[&str],
        visit: impl FnOnce(usize, &toml::Spanned<DeValue>) -> R,
    ) -> Option<R> {
        let root = self.toml_tree()?;
        let (at, node) = toml_descend(&root, path)?;
        Some(visit(at, node))
    }

    /// The location of a subslice of `self.text` (Fluent's AST borrows from the source).
    pub fn location_of_slice(&self, slice: &str) -> Option<Location> {
        let start = self.text.as_ptr() as usize;
        let at = slice.as_ptr() as usize;
        (at >= start && at <= start + self.text.len()).then(|| self.location(at - start))
    }
}

/// The value at `path` (table keys and array indices) of a TOML tree, with the
/// offset of its key (or array element).
fn toml_descend<'v>(
    root: &'v toml::Spanned<DeValue<'v>>,
    path: &[&str],
) -> Option<(usize, &'v toml::Spanned<DeValue<'v>>)> {
    let (mut at, mut node) = (0, root);
    for segment in path {
        (at, node) = match node.get_ref() {
            DeValue::Array(items) => {
                let item = items.get(segment.parse::<usize>().ok()?)?;
                (item.span().start, item)
            }
            DeValue::Table(table) => table
                .iter()
                .find(|(key, _)| key.get_ref() == segment)
                .map(|(key, value)| (key.span().start, value))?,
            _ => return None,
        };
    }
    Some((at, node))
}

/// Every value of a TOML tree, parents before children, with its path (table
/// keys and array indices).
fn walk_toml<'v>(
    node: &'v toml::Spanned<DeValue<'v>>,
    path: &mut Vec<String>,
    visit: &mut dyn FnMut(&[String], &'v toml::Spanned<DeValue<'v>>),
) {
    visit(path, node);
    match node.get_ref() {
        DeValue::Table(table) => {
            for (key, value) in table.iter() {
                path.push(key.get_ref().to_string());
                walk_toml(value, path, visit);
                path.pop();
            }
        }
        DeValue::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(i.to_string());
                walk_toml(item, path, visit);
                path.pop();
            }
        }
        _ => {}
    }
}

/// A location naming only a file (for unreadable or missing files).
pub fn file_location(path: &Path) -> Location {
    Location {
        file: path.to_path_buf(),
        line: 1,
        col: 1,
        source_line: None,
    }
}

/// A text file's bytes as UTF-8 text (read by the project's rule for files,
/// `Project::read_source`); not UTF-8 is a diagnostic at the first bad byte.
pub fn read_source(bytes: Vec<u8>, shown_as: &Path, what: &str) -> Result<SourceFile, Diagnostic> {
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
        Diagnostic::error(
            "file-encoding",
            format!("{what} {} is not valid UTF-8", shown_as.display()),
        )
        .at(SourceFile::new(shown_as, text).location(valid))
        .hint("save the file as UTF-8 (without a byte order mark is best)")
    })?;
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text);
    Ok(SourceFile::new(shown_as, text))
}

/// One diagnostic per problem, in first-seen order: copies of one finding made
/// for each output it stops (the same rule, message, place and hint) become one,
/// naming every output the copies stop and keeping the layout and locale only
/// where all copies share them.
pub fn merge_repeats(diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    type Key = (
        Severity,
        &'static str,
        String,
        Option<(PathBuf, usize, usize)>,
        Option<String>,
        Option<String>,
    );
    let mut index: std::collections::HashMap<Key, usize> = Default::default();
    let mut out: Vec<Diagnostic> = Vec::new();
    for d in diags {
        let key = (
            d.severity,
            d.rule,
            d.message.clone(),
            d.location.as_ref().map(|l| (l.file.clone(), l.line, l.col)),
            d.message_id.clone(),
            d.hint.clone(),
        );
        match index.get(&key) {
            Some(&i) => {
                let kept = &mut out[i];
                if kept.layout != d.layout {
                    kept.layout = None;
                }
                if kept.locale != d.locale {
                    kept.locale = None;
                }
                for output in d.outputs {
                    if !kept.outputs.contains(&output) {
                        kept.outputs.push(output);
                    }
                }
            }
            None => {
                index.insert(key, out.len());
                out.push(d);
            }
        }
    }
    out
}

/// The name among `known` that `written` was most likely meant to be: the same
/// but for case, or a slip of a letter or two (added, dropped, changed or two
/// swapped: Damerau-Levenshtein distance, 1 for names up to 4 characters, 2 up to
/// 8, 3 beyond). `None` when nothing is that close, or when two names are
/// equally close (a guess between them would mislead).
pub fn closest<'a>(written: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let written_lower = written.to_lowercase();
    let limit = match written.chars().count() {
        0 => return None,
        1..=4 => 1,
        5..=8 => 2,
        _ => 3,
    };
    let mut best: Option<(usize, &str)> = None;
    let mut tied = false;
    for name in known {
        let lower = name.to_lowercase();
        if lower == written_lower {
            return Some(name);
        }
        let distance = strsim::damerau_levenshtein(&written_lower, &lower);
        if distance > limit {
            continue;
        }
        match best {
            Some((d, _)) if distance > d => {}
            Some((d, b)) if distance == d => tied |= b != name,
            _ => {
                best = Some((distance, name));
                tied = false;
            }
        }
    }
    best.filter(|_| !tied).map(|(_, name)| name)
}

/// "did you mean `name`?" when one of `known` is [`closest`] to `written`.
pub fn did_you_mean<'a>(written: &str, known: impl IntoIterator<Item = &'a str>) -> Option<String> {
    closest(written, known).map(|name| guessed(Some(name), ""))
}

/// A hint: `rest`, after "did you mean `name`?" (as a sentence of its own)
/// when one of `known` is [`closest`] to `written`.
pub fn suggest<'a>(written: &str, known: impl IntoIterator<Item = &'a str>, rest: &str) -> String {
    guessed(closest(written, known), rest)
}

/// A hint: `rest`, after "did you mean `guess`?" when there is a guess.
pub fn guessed(guess: Option<&str>, rest: &str) -> String {
    let Some(guess) = guess else {
        return rest.to_string();
    };
    let question = format!("did you mean `{guess}`?");
    let mut chars = rest.chars();
    match chars.next() {
        None => question,
        Some(first) => format!("{question} {}{}", first.to_uppercase(), chars.as_str()),
    }
}

/// Renders a list of diagnostics for people, one after the other.
pub fn render_all(diags: &[Diagnostic]) -> String {
    diags
        .iter()
        .map(|d| d.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::{closest, merge_repeats, suggest, Diagnostic, SourceFile};

    const TOML: &str = "# a comment that says size and margin\n\
                        [page]\n\
                        margin = \"0.3in\"\n\
                        size = \"letter\"\n\n\
                        [[locale]]\n\
                        code = \"es\"\n\n\
                        [[locale]]\n\
                        code = \"es\"\n\n\
                        [[block]]\n\
                        messages = [\"a\", \"b\"]\n";

    fn at(path: &[&str]) -> (usize, usize) {
        let loc = SourceFile::new("x.toml", TOML.into()).toml_location(path);
        (loc.line, loc.col)
    }

    #[test]
    fn locations_are_lines_and_characters_from_one() {
        let file = SourceFile::new("x.ftl", "ab\r\nçd\n\nlast".into());
        let at = |offset| {
            let l = file.location(offset);
            (l.line, l.col, l.source_line.unwrap())
        };
        assert_eq!(at(0), (1, 1, "ab".into()));
        assert_eq!(at(4), (2, 1, "çd".into()));
        // After the two-byte ç: the second character.
        assert_eq!(at(6), (2, 2, "çd".into()));
        assert_eq!(at(8), (3, 1, "".into()));
        assert_eq!(at(9), (4, 1, "last".into()));
        // Past the end: clamped to the last character.
        assert_eq!(at(99), (4, 5, "last".into()));
    }

    #[test]
    fn toml_locations_come_from_spans_not_from_searching_the_text() {
        // Not the comment's "size" on line 1: the key in [page].
        assert_eq!(at(&["page", "size"]), (4, 1));
        assert_eq!(at(&["page", "margin"]), (3, 1));
        // The second of two locale entries, not the first match of its text.
        assert_eq!(at(&["locale", "1", "code"]), (10, 1));
        // A path that is not there names the file's start.
        assert_eq!(at(&["page", "bleed"]), (1, 1));
    }

    #[test]
    fn a_string_is_found_inside_its_value_only() {
        let file = SourceFile::new("x.toml", TOML.into());
        let loc = file.toml_string_location(&["block", "0"], "b").unwrap();
        // `messages = ["a", "b"]`: the b is the 19th character.
        assert_eq!((loc.line, loc.col), (13, 19));
        assert!(file.toml_string_location(&["locale"], "b").is_none());
    }

    #[test]
    fn a_name_a_letter_or_two_away_is_suggested_and_a_far_or_tied_one_is_not() {
        let locales = ["en", "es", "pt-BR", "zh-Hans", "zh-Hant", "fa-AF"];
        assert_eq!(closest("pt-br", locales), Some("pt-BR"));
        assert_eq!(closest("FA-af", locales), Some("fa-AF"));
        assert_eq!(closest("zh-Hnas", locales), Some("zh-Hans"));
        // Two letters off a two-letter tag is another tag, not a typo.
        assert_eq!(closest("xx", locales), None);
        // As close to `en` as to `es`: no guess.
        assert_eq!(closest("ez", locales), None);
        let ids = ["poster-places-heading", "poster-title"];
        assert_eq!(
            closest("poster-palces-heading", ids),
            Some("poster-places-heading")
        );
        assert_eq!(closest("poster-heading", ids), None);
        assert_eq!(closest("colour", ["color", "role"]), Some("color"));
        assert_eq!(
            suggest("pt-br", locales, "locales in flyer.toml: en, pt-BR"),
            "did you mean `pt-BR`? Locales in flyer.toml: en, pt-BR"
        );
        assert_eq!(suggest("xx", locales, "locales: en"), "locales: en");
    }

    #[test]
    fn copies_of_one_problem_become_one_naming_every_output_it_stops() {
        let problem = |layout: &str, locale: &str| {
            Diagnostic::error("contact-data", "a phone number typed into message `m`")
                .message_id("m")
                .locale(locale)
                .in_output(layout, locale)
                .stops(layout, locale)
        };
        let merged = merge_repeats(vec![
            problem("poster-letter", "es"),
            problem("card-us", "es"),
            problem("sheet-avery-5371", "es"),
        ]);
        assert_eq!(merged.len(), 1);
        assert_eq!(merged[0].layout, None);
        assert_eq!(merged[0].locale.as_deref(), Some("es"));
        let text = merged[0].to_string();
        assert!(
            text.contains(
                "   = in 3 outputs of locale es: poster-letter, card-us, sheet-avery-5371\n"
            ),
            "{text}"
        );
        assert!(merged[0]
            .to_json()
            .contains(r#""outputs":["poster-letter/es","card-us/es","sheet-avery-5371/es"]"#));

        let layout_error = |locale: &str| {
            Diagnostic::error("layout-value", "block uses role `bodyy`")
                .layout("card-us")
                .stops("card-us", locale)
        };
        let one = merge_repeats(vec![layout_error("en"), layout_error("es")]);
        assert!(one[0]
            .to_string()
            .contains("   = in 2 outputs of layout card-us: en, es\n"));
        // Its own single output goes without saying.
        assert!(!layout_error("en").to_string().contains("output"));
    }

    #[test]
    fn an_unknown_key_in_the_third_block_is_found_in_that_block() {
        let text = "[[block]]\ntype = \"heading\"\nrole = \"title\"\nmessage = \"a\"\n\n\
                    [[block]]\ntype = \"image\"\npath = \"a.png\"\n\n\
                    [[block]]\ntype = \"image\"\npath = \"b.png\"\nrole = \"body\"\n";
        let file = SourceFile::new("x.toml", text.into());
        // `role` is a heading's key but not an image's: the image's is the stray one.
        let loc = file
            .toml_key_location(&[], Some(0..9), "role", &["path", "width", "alt"])
            .unwrap();
        assert_eq!((loc.line, loc.col), (13, 1));
        let loc = file
            .toml_key_location(&["block", "0"], None, "role", &["message"])
            .unwrap();
        assert_eq!((loc.line, loc.col), (3, 1));
    }
}
