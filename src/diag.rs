//! Diagnostics: every error a user sees, written for that user.
//!
//! A diagnostic names where the problem is (file:line:col, or locale, layout and
//! message id), what is wrong, and a hint on how to fix it, like a compiler would.

use std::fmt;
use std::path::{Path, PathBuf};

/// How bad a finding is: errors stop an output from being written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
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
        if let Some(hint) = &self.hint {
            writeln!(f, "   = hint: {hint}")?;
        }
        Ok(())
    }
}

/// A text file kept in memory so byte offsets can be turned into line:col.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as shown to users (relative to the project where possible).
    pub path: PathBuf,
    pub text: String,
}

impl SourceFile {
    pub fn new(path: impl Into<PathBuf>, text: String) -> Self {
        SourceFile {
            path: path.into(),
            text,
        }
    }

    /// The location of a byte offset (clamped to the text).
    pub fn location(&self, offset: usize) -> Location {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &self.text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line = before.matches('\n').count() + 1;
        let col = self.text[line_start..offset].chars().count() + 1;
        let line_end = self.text[line_start..]
            .find('\n')
            .map_or(self.text.len(), |i| line_start + i);
        let source_line = self.text[line_start..line_end]
            .trim_end_matches('\r')
            .to_string();
        Location {
            file: self.path.clone(),
            line,
            col,
            source_line: Some(source_line),
        }
    }

    /// The location of a subslice of `self.text` (Fluent's AST borrows from the source).
    pub fn location_of_slice(&self, slice: &str) -> Option<Location> {
        let start = self.text.as_ptr() as usize;
        let at = slice.as_ptr() as usize;
        (at >= start && at <= start + self.text.len()).then(|| self.location(at - start))
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

/// Reads a UTF-8 text file, turning I/O failures into a diagnostic.
pub fn read_source(path: &Path, shown_as: &Path, what: &str) -> Result<SourceFile, Diagnostic> {
    let bytes = std::fs::read(path).map_err(|e| {
        Diagnostic::error(
            "file-unreadable",
            format!("cannot read {what} {}: {e}", shown_as.display()),
        )
        .at(file_location(shown_as))
        .hint("check that the file exists and that you may read it")
    })?;
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

/// Renders a list of diagnostics for people, one after the other.
pub fn render_all(diags: &[Diagnostic]) -> String {
    diags
        .iter()
        .map(|d| d.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}
