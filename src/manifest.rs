//! The campaign manifest, `flyer.toml`: what every locale and layout shares.
//!
//! Contact data lives here and only here ([`crate::contacts`]). It reaches the
//! text as Fluent variables (`[contacts.<name>]` as `$<name>`) and the term
//! `-org-name`, so no translation ever types a phone number. `[check]` lists
//! the numbers that are not contact data and the warnings silenced on purpose,
//! each with its reason.

use crate::contacts::{
    decimal_digit, digits_of, ContactTable, Contacts, OldEmergency, OldForm, OldHotline,
};
use crate::diag::{did_you_mean, suggest, Diagnostic, Location, SourceFile};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub campaign: Campaign,
    /// `[contacts.<name>]` as written; read into `contacts`.
    #[serde(default, rename = "contacts")]
    contact_tables: BTreeMap<String, ContactTable>,
    /// The campaign's contacts, checked (the old form's among them).
    #[serde(skip)]
    pub contacts: Contacts,
    #[serde(default)]
    pub check: CheckSettings,
    #[serde(default)]
    pub build: BuildSettings,
    #[serde(default)]
    pub fonts: FontSettings,
    #[serde(default)]
    pub print: PrintSettings,
    #[serde(default)]
    pub sites: SitesSettings,
    #[serde(rename = "locale", default)]
    pub locales: Vec<LocaleEntry>,
    /// What loads but should be written otherwise (the old form of contacts),
    /// for `flyer check`.
    #[serde(skip)]
    pub warnings: Vec<Diagnostic>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Campaign {
    /// The organization's name, as the term `-org-name`.
    pub organization: String,
    /// The organization's logo, a PNG or SVG in the project, for layouts'
    /// `path = "{logo}"` (each site of a sites table may have its own).
    #[serde(default)]
    pub logo: Option<String>,
    // The old form of contacts, read into `Manifest::contacts`.
    #[serde(default)]
    hotline: Option<OldHotline>,
    #[serde(default)]
    emergency: Option<OldEmergency>,
    #[serde(default)]
    website: Option<String>,
}

/// flyer.toml `[sites]`: the table of sites that print the campaign, each with
/// its own organization, contacts and logo ([`crate::sites`]).
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct SitesSettings {
    /// A CSV file in the project, with a header row.
    pub file: Option<String>,
}

/// flyer.toml `[check]`: what the checks let through on purpose, each with its
/// reason (a reviewer reads why).
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct CheckSettings {
    /// Numbers translations may type (a year, an age): not contact data.
    #[serde(default)]
    pub allow_numbers: Vec<AllowedNumber>,
    /// Warnings silenced per message (`[[check.allow]]`).
    #[serde(default)]
    pub allow: Vec<AllowedWarning>,
}

/// A number translations may print as typed text, and why.
#[derive(Debug, Clone, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a number with its reason, like { number = \"1978\", reason = \"...\" }"
)]
pub struct AllowedNumber {
    pub number: String,
    pub reason: String,
}

/// A warning silenced for one message, in every locale (`*`) or one, and why.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllowedWarning {
    /// The warning's rule id, e.g. `identical-to-source`.
    pub rule: String,
    /// The message id.
    pub message: String,
    #[serde(default = "every_locale")]
    pub locale: String,
    pub reason: String,
}

/// An allow's `locale` that means every locale.
pub const EVERY_LOCALE: &str = "*";

fn every_locale() -> String {
    EVERY_LOCALE.into()
}

/// The printing condition a print shop prints to, written into the PDFs as an
/// output intent (PDF/X style), so its preflight knows what the colours are for.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PrintSettings {
    /// The condition's registered name, e.g. `FOGRA39` or `CGATS21_CRPC1`.
    pub condition: Option<String>,
    /// Its CMYK ICC profile (the print shop supplies it), relative to the project.
    pub profile: Option<String>,
    /// Convert every colour and image to the profile's CMYK (as `flyer build
    /// --print`): black text on the black plate alone, within the ink limit.
    #[serde(default)]
    pub convert: bool,
    /// The most ink (C+M+Y+K, percent) the press takes; the profile's own if
    /// absent.
    pub ink_limit: Option<f32>,
    /// How colours outside the press's gamut are brought in.
    #[serde(default)]
    pub intent: crate::press::Intent,
    /// Write PDF/X-4 (as `flyer build --pdfx`); converts colours too.
    #[serde(default)]
    pub pdfx: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct BuildSettings {
    /// Where outputs go, relative to the project.
    #[serde(default = "default_out")]
    pub out: String,
    /// The locale every translation is made from.
    #[serde(default = "default_source_locale")]
    pub source_locale: String,
    /// Layouts built by default (file stems under `layouts/`).
    #[serde(default)]
    pub layouts: Vec<String>,
    /// Refuse draft translations (same as `flyer build --release`).
    #[serde(default)]
    pub release: bool,
    /// The locale printed beside each other one in bilingual layouts; the source
    /// locale if absent.
    #[serde(default)]
    pub pair: Option<String>,
    /// Write PDF/A-2u (archival, sRGB output intent), as `flyer build --pdfa`.
    #[serde(default)]
    pub pdfa: bool,
}

impl Default for BuildSettings {
    fn default() -> Self {
        BuildSettings {
            out: default_out(),
            source_locale: default_source_locale(),
            layouts: Vec::new(),
            release: false,
            pair: None,
            pdfa: false,
        }
    }
}

fn default_out() -> String {
    "out".into()
}

fn default_source_locale() -> String {
    "en".into()
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FontSettings {
    /// Extra folders with .ttf/.otf/.ttc files, searched after `fonts/`.
    #[serde(default)]
    pub folders: Vec<String>,
    /// Families tried in order for any text; the first that has every character
    /// wins. Absent: the font book's default order of its built-in families.
    #[serde(default)]
    pub fallback: Option<Vec<String>>,
    /// Families tried first for a locale (`zh-Hant`) or a script (ISO 15924,
    /// `Arab`). Absent: the font book's defaults for the built-in families.
    #[serde(default)]
    pub prefer: Option<BTreeMap<String, Vec<String>>>,
    /// Use the fonts built into flyer where the project's own fonts lack a family.
    #[serde(default = "yes")]
    pub built_in: bool,
}

impl Default for FontSettings {
    fn default() -> Self {
        FontSettings {
            folders: Vec::new(),
            fallback: None,
            prefer: None,
            built_in: true,
        }
    }
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Draft,
    Reviewed,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct LocaleEntry {
    /// BCP 47 tag; also the folder name under `locales/`.
    pub code: String,
    /// The language's name in English.
    pub name: String,
    /// The language's name in itself.
    pub native: String,
    pub status: Status,
    pub reviewed_by: Option<String>,
    pub reviewed_on: Option<String>,
}

impl Manifest {
    pub fn parse(file: &SourceFile) -> Result<Manifest, Diagnostic> {
        let mut manifest: Manifest =
            toml::from_str(&file.text).map_err(|e| toml_error(file, &e))?;
        let old = OldForm {
            hotline: manifest.campaign.hotline.take(),
            emergency: manifest.campaign.emergency.take(),
            website: manifest.campaign.website.take(),
        };
        let (contacts, old_form) = Contacts::load(&manifest.contact_tables, old, file)?;
        manifest.contacts = contacts;
        manifest.warnings.extend(old_form);
        manifest.validate(file)?;
        Ok(manifest)
    }

    fn validate(&self, file: &SourceFile) -> Result<(), Diagnostic> {
        if self.campaign.organization.trim().is_empty() {
            return Err(Diagnostic::error(
                "manifest-value",
                "the organization's name is empty; every poster and card prints it",
            )
            .at(file.toml_location(&["campaign", "organization"]))
            .hint("write the organization's name in flyer.toml [campaign] organization"));
        }
        self.validate_locales(file)?;
        self.validate_allowed_numbers(file)?;
        self.validate_allowed_warnings(file)
    }

    /// `[check] allow-numbers`: numbers with a reason, none of them contact
    /// data (phone-shaped, or a contact's own digits).
    fn validate_allowed_numbers(&self, file: &SourceFile) -> Result<(), Diagnostic> {
        for (i, entry) in self.check.allow_numbers.iter().enumerate() {
            let at =
                |field: &str, value: &str| check_entry_at(file, "allow-numbers", i, field, value);
            let number = &entry.number;
            if let Some((message, hint)) = self.refused_number(number) {
                return Err(Diagnostic::error("manifest-value", message)
                    .at(at("number", number))
                    .hint(hint));
            }
            if entry.reason.trim().is_empty() {
                return Err(Diagnostic::error(
                    "manifest-value",
                    format!("the reason for allowing `{number}` in translations is empty"),
                )
                .at(at("reason", &entry.reason))
                .hint(format!(
                    "say why the translations print {number}, for their reviewers"
                )));
            }
        }
        Ok(())
    }

    /// Why a number may not be listed in `[check] allow-numbers` (message and
    /// hint): not a number, phone-shaped, or a contact's own digits.
    fn refused_number(&self, number: &str) -> Option<(String, String)> {
        let digits = digits_of(number);
        let separator = |c: char| matches!(c, '-' | '.' | ' ' | '/' | ',' | '\u{A0}');
        let typed = |c: char| decimal_digit(c).is_some() || separator(c);
        if digits.is_empty() || !number.chars().all(typed) {
            return Some((
                format!("`{number}` in [check] allow-numbers is not a number"),
                "write the number as the translations type it, digits with `-`, `.`, `/` or spaces between them, like \"1978\"".into(),
            ));
        }
        if digits.len() >= 7 {
            return Some((
                format!("`{number}` in [check] allow-numbers has {} digits, like a phone number; phone numbers are refused even when listed", digits.len()),
                format!("make it a contact, [contacts.<name>] phone = \"{number}\", and use its variable in the translations"),
            ));
        }
        let mut contacts = self.contacts.contact_digits().into_iter();
        let (contact, _) = contacts.find(|(_, d)| d.contains(&digits))?;
        Some((
            format!("`{number}` in [check] allow-numbers is contact `{}`'s {}; contact data is refused even when listed", contact.key, contact.kind_key()),
            format!("remove it, and use {{ ${} }} in the translations", contact.key),
        ))
    }

    /// `[[check.allow]]`: a rule, a message, a locale of flyer.toml (or `*`)
    /// and a reason, none of them empty.
    fn validate_allowed_warnings(&self, file: &SourceFile) -> Result<(), Diagnostic> {
        for (i, entry) in self.check.allow.iter().enumerate() {
            let at = |field: &str, value: &str| check_entry_at(file, "allow", i, field, value);
            for (field, value, hint) in [
                (
                    "rule",
                    &entry.rule,
                    "name the warning's rule id, as flyer check prints it: warning[<rule>]",
                ),
                (
                    "message",
                    &entry.message,
                    "name the message id whose warning is silenced",
                ),
                (
                    "reason",
                    &entry.reason,
                    "say why the warning does not apply to this message, for its reviewers",
                ),
            ] {
                if value.trim().is_empty() {
                    return Err(Diagnostic::error(
                        "manifest-value",
                        format!(
                            "`{field}` of the {} [[check.allow]] is empty",
                            ordinal(i + 1)
                        ),
                    )
                    .at(at(field, value))
                    .hint(hint));
                }
            }
            let locale = &entry.locale;
            if locale != EVERY_LOCALE && self.locale(locale).is_none() {
                let codes: Vec<&str> = self.locales.iter().map(|l| l.code.as_str()).collect();
                return Err(Diagnostic::error(
                    "manifest-value",
                    format!("[[check.allow]] names locale `{locale}`, which flyer.toml has no [[locale]] entry for"),
                )
                .at(at("locale", locale))
                .hint(suggest(
                    locale,
                    codes.iter().copied(),
                    &format!("use \"*\" for every locale, or one of {}", codes.join(", ")),
                )));
            }
        }
        Ok(())
    }

    /// Locale entries: tags that parse, each once, the source among them.
    fn validate_locales(&self, file: &SourceFile) -> Result<(), Diagnostic> {
        let at = |path: &[&str]| file.toml_location(path);
        let mut seen = std::collections::BTreeSet::new();
        for (i, entry) in self.locales.iter().enumerate() {
            let code_at = || at(&["locale", &i.to_string(), "code"]);
            if !seen.insert(entry.code.as_str()) {
                return Err(Diagnostic::error(
                    "manifest-value",
                    format!("locale `{}` is listed twice", entry.code),
                )
                .at(code_at()));
            }
            if entry
                .code
                .parse::<unic_langid::LanguageIdentifier>()
                .is_err()
            {
                return Err(Diagnostic::error(
                    "manifest-value",
                    format!("`{}` is not a BCP 47 language tag", entry.code),
                )
                .at(code_at())
                .hint("use tags like `es`, `pt-BR`, `zh-Hant` or `fa-AF`"));
            }
        }
        if !self
            .locales
            .iter()
            .any(|l| l.code == self.build.source_locale)
        {
            return Err(Diagnostic::error(
                "manifest-value",
                format!(
                    "the source locale `{}` has no [[locale]] entry",
                    self.build.source_locale
                ),
            )
            .at(file
                .toml_string_location(&["build", "source-locale"], &self.build.source_locale)
                .unwrap_or_else(|| at(&["build"])))
            .hint(suggest(
                &self.build.source_locale,
                self.locales.iter().map(|l| l.code.as_str()),
                "add a [[locale]] entry for it, with status = \"reviewed\"",
            )));
        }
        Ok(())
    }

    pub fn locale(&self, code: &str) -> Option<&LocaleEntry> {
        self.locales.iter().find(|l| l.code == code)
    }
}

/// A locale's review status as a reviewer sets it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatusChange {
    /// Reviewed by `by` (a name) on `on` (YYYY-MM-DD).
    Reviewed { by: String, on: String },
    /// Back to draft: the reviewer and date are removed.
    Draft,
}

/// flyer.toml's `text` with locale `code` set to `change`. Only that entry's
/// status, `reviewed-by` and `reviewed-on` change; comments, order, blank lines
/// and every other table stay byte for byte as they were.
pub fn with_status(text: &str, code: &str, change: &StatusChange) -> Result<String, String> {
    let mut doc: toml_edit::DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| format!("flyer.toml does not parse: {}", e.message()))?;
    let entry = locale_table(&mut doc, code)
        .ok_or_else(|| format!("locale `{code}` has no [[locale]] entry in flyer.toml"))?;
    match change {
        StatusChange::Reviewed { by, on } => {
            let by = check_reviewer(by)?;
            check_date(on)?;
            set_string(entry, "status", "reviewed");
            set_string(entry, "reviewed-by", by);
            set_string(entry, "reviewed-on", on);
        }
        StatusChange::Draft => {
            set_string(entry, "status", "draft");
            entry.remove("reviewed-by");
            entry.remove("reviewed-on");
        }
    }
    let out = doc.to_string();
    // Whoever saves this text must not be handed a manifest flyer refuses.
    Manifest::parse(&SourceFile::new("flyer.toml", out.clone())).map_err(|d| d.to_string())?;
    Ok(out)
}

/// The `[[locale]]` entry (or inline table in `locale = [...]`) with `code`.
fn locale_table<'d>(
    doc: &'d mut toml_edit::DocumentMut,
    code: &str,
) -> Option<&'d mut dyn toml_edit::TableLike> {
    let has_code = |t: &dyn toml_edit::TableLike| {
        t.get("code").and_then(toml_edit::Item::as_str) == Some(code)
    };
    match doc.get_mut("locale")? {
        toml_edit::Item::ArrayOfTables(tables) => tables
            .iter_mut()
            .find(|t| has_code(*t))
            .map(|t| t as &mut dyn toml_edit::TableLike),
        toml_edit::Item::Value(toml_edit::Value::Array(values)) => values
            .iter_mut()
            .filter_map(toml_edit::Value::as_inline_table_mut)
            .find(|t| has_code(*t))
            .map(|t| t as &mut dyn toml_edit::TableLike),
        _ => None,
    }
}

/// Sets `key` to a string, keeping the spacing and end-of-line comment of the
/// value it replaces (a new key goes at the end of the entry).
fn set_string(entry: &mut dyn toml_edit::TableLike, key: &str, text: &str) {
    match entry.get_mut(key).and_then(toml_edit::Item::as_value_mut) {
        Some(value) => {
            let decor = value.decor().clone();
            *value = text.into();
            *value.decor_mut() = decor;
        }
        None => {
            entry.insert(key, toml_edit::value(text));
        }
    }
}

/// A reviewer's name, trimmed: present, at most 100 characters, one line of
/// plain text (it is printed in reports and shown in the workspace).
fn check_reviewer(name: &str) -> Result<&str, String> {
    let name = name.trim();
    if name.is_empty() {
        return Err("the reviewer's name is empty".into());
    }
    if name.chars().count() > 100 {
        return Err("the reviewer's name is longer than 100 characters".into());
    }
    // Bidi controls and line separators are not Cc but would garble the line too.
    let bad = |c: char| {
        let bidi = matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
        c.is_control() || bidi || matches!(c, '\u{2028}' | '\u{2029}')
    };
    if let Some(c) = name.chars().find(|&c| bad(c)) {
        return Err(format!(
            "the reviewer's name contains the control character U+{:04X}",
            c as u32
        ));
    }
    Ok(name)
}

/// A review date: YYYY-MM-DD, a day that exists in the Gregorian calendar.
fn check_date(date: &str) -> Result<(), String> {
    let wrong = || format!("`{date}` is not a date written YYYY-MM-DD");
    let b = date.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return Err(wrong());
    }
    let number = |r: std::ops::Range<usize>| date[r].parse::<u32>().map_err(|_| wrong());
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(format!("`{date}` has no month {month}")),
    };
    if year == 0 || day == 0 || day > days {
        return Err(format!("`{date}` is not a day of the calendar"));
    }
    Ok(())
}

/// Turns a TOML parse or type error into a diagnostic at its file:line:col: an
/// unknown key or value where it is written (with the name it was likely meant
/// to be), a missing key at the table that lacks it.
pub fn toml_error(file: &SourceFile, e: &toml::de::Error) -> Diagnostic {
    toml_error_in(file, e, &[])
}

/// [`toml_error`] for an error in the value at `within` of the file (table keys
/// and array indices), found by reading that value on its own: for a table of
/// an array of tables read through a tagged enum, toml's span is the array's.
pub fn toml_error_in(file: &SourceFile, e: &toml::de::Error, within: &[&str]) -> Diagnostic {
    let span = e.span();
    let message = e.message().trim().to_string();
    let offset = span.as_ref().map_or(0, |s| s.start);
    let (at, hint) = if let Some((key, expected)) = serde_names(&message, "unknown field") {
        let at = file.toml_key_location(within, span.clone(), key, &expected);
        let hint = (did_you_mean(key, expected.iter().copied()))
            .or_else(|| renamed(key, &expected))
            .unwrap_or_else(|| match expected.len() {
                0 => "remove it: nothing may be set here".into(),
                _ => {
                    "check the spelling of the key; the message lists the keys allowed here".into()
                }
            });
        (at, hint)
    } else if let Some((value, expected)) = serde_names(&message, "unknown variant") {
        let at = file.toml_value_location(within, span.clone(), value);
        let hint = did_you_mean(value, expected.iter().copied())
            .unwrap_or_else(|| "use one of the values the message lists".into());
        (at, hint)
    } else if let Some((key, _)) = serde_names(&message, "missing field") {
        let (at, table) = if within.is_empty() {
            (None, span.and_then(|s| file.toml_path_of(s)))
        } else {
            let path = within.iter().map(|s| s.to_string()).collect();
            (Some(file.toml_location(within)), Some(path))
        };
        let hint = match table.as_deref() {
            Some([]) => format!("add `{key} = ...` at the top of the file, before any [table]"),
            Some(path) => format!("add `{key} = ...` to {}", table_name(path)),
            None => format!("add `{key} = ...` to the table shown"),
        };
        (at, hint)
    } else {
        let hint = if message.starts_with("invalid type") && message.ends_with("expected a string")
        {
            "write the value as a string, in double quotes"
        } else if message.starts_with("invalid type") {
            "write a value of the kind the message names"
        } else {
            "fix the TOML syntax at the place shown"
        };
        let at = (!within.is_empty()).then(|| file.toml_location(within));
        (at, hint.to_string())
    };
    Diagnostic::error("toml-syntax", message)
        .at(at.unwrap_or_else(|| file.location(offset)))
        .hint(hint)
}

/// The key of the old form's contacts that a `[contacts.<name>]` table spells
/// otherwise (`number` is `phone` now), when the table allows that key.
fn renamed(key: &str, expected: &[&str]) -> Option<String> {
    let new = match key {
        "number" => "phone",
        "website" => "url",
        _ => return None,
    };
    expected
        .contains(&new)
        .then(|| format!("did you mean `{new}`? A contact's `{key}` is written `{new}`"))
}

/// The name serde's message is about and the names it expected, from "unknown
/// field `colour`, expected one of `color`, `role`" (`what` = "unknown field").
fn serde_names<'m>(message: &'m str, what: &str) -> Option<(&'m str, Vec<&'m str>)> {
    let rest = message.strip_prefix(what)?.trim_start().strip_prefix('`')?;
    let (name, rest) = rest.split_once('`')?;
    let expected = rest.split('`').skip(1).step_by(2).collect();
    Some((name, expected))
}

/// A table as a reader finds it in the file: `[campaign.hotline]`, or the 3rd
/// `[[block]]`.
fn table_name(path: &[String]) -> String {
    let mut out = String::new();
    let mut keys: Vec<&str> = Vec::new();
    for segment in path {
        match segment.parse::<usize>() {
            Ok(i) => {
                out = format!("the {} [[{}]]", ordinal(i + 1), keys.join("."));
                keys.clear();
            }
            Err(_) => keys.push(segment),
        }
    }
    match (out.is_empty(), keys.is_empty()) {
        (true, _) => format!("[{}]", keys.join(".")),
        (false, true) => out,
        (false, false) => format!("`{}` in {out}", keys.join(".")),
    }
}

/// 1st, 2nd, 3rd, 4th, ..., 11th, 12th, 13th, 21st.
fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Where `field` of entry `i` of `[check] <list>` is: at its string value, else
/// at its key.
fn check_entry_at(file: &SourceFile, list: &str, i: usize, field: &str, value: &str) -> Location {
    let i = i.to_string();
    let path = ["check", list, &i, field];
    file.toml_string_location(&path, value)
        .unwrap_or_else(|| file.toml_location(&path))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../flyer.toml");

    fn parse(text: &str) -> Manifest {
        Manifest::parse(&SourceFile::new("flyer.toml", text.to_string())).unwrap()
    }

    fn reviewed(by: &str, on: &str) -> StatusChange {
        StatusChange::Reviewed {
            by: by.into(),
            on: on.into(),
        }
    }

    /// The lines of `text` outside the `[[locale]]` entry with `code`.
    fn lines_outside(text: &str, code: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut inside = false;
        let mut entry = Vec::new();
        for line in text.split_inclusive('\n') {
            if line.starts_with('[') {
                if !inside {
                    out.append(&mut entry);
                }
                entry.clear();
                inside = false;
            }
            if line == format!("code = \"{code}\"\n") {
                inside = true;
            }
            entry.push(line.to_string());
        }
        if !inside {
            out.append(&mut entry);
        }
        out
    }

    /// The shipped manifest in the old form: its contacts as `[campaign]` held them.
    fn old_form() -> String {
        let start = SHIPPED.find("[contacts.hotline]").unwrap();
        let end = SHIPPED.find("# [contacts.website]").unwrap();
        let old = "website = \"https://example.org\"\n\n\
                   [campaign.hotline]\nname = \"Child-at-Risk Hotline\"\n\
                   number = \"1-800-792-5200\"\ndial = \"+18007925200\"\n\n\
                   [campaign.emergency]\nnumber = \"911\"\n\n";
        let new = "[contacts.website]\nurl = \"https://example.org\"\n\n";
        let text = format!("{}{old}{}", &SHIPPED[..start], &SHIPPED[end..]);
        assert!(
            parse(&format!("{}{new}{}", &SHIPPED[..start], &SHIPPED[start..]))
                .warnings
                .is_empty()
        );
        text
    }

    #[test]
    fn the_old_form_loads_as_the_same_contacts_with_one_warning() {
        let old = parse(&old_form());
        let start = SHIPPED.find("# [contacts.website]").unwrap();
        let new = parse(&format!(
            "{}[contacts.website]\nurl = \"https://example.org\"\n{}",
            &SHIPPED[..start],
            &SHIPPED[start..]
        ));
        assert_eq!(old.contacts.variables(), new.contacts.variables());
        assert_eq!(old.contacts.qr_targets(), new.contacts.qr_targets());
        assert_eq!(
            old.contacts.variables(),
            [
                ("emergency".to_string(), "911".to_string()),
                ("hotline".into(), "1-800-792-5200".into()),
                ("hotline_name".into(), "Child-at-Risk Hotline".into()),
                ("website".into(), "https://example.org".into()),
            ]
        );
        assert!(new.warnings.is_empty());
        let [warning] = &old.warnings[..] else {
            panic!("{:?}", old.warnings)
        };
        let at = warning.location.as_ref().unwrap();
        assert_eq!(
            at.source_line.as_deref(),
            Some("website = \"https://example.org\"")
        );
        assert_eq!(
            warning.message,
            "[campaign.hotline], [campaign.emergency] and `website` in [campaign] are the old form of flyer.toml's contacts"
        );
        assert_eq!(
            warning.hint.as_deref(),
            Some(
                "flyer reads them as before; replace [campaign.hotline], [campaign.emergency] and \
                 `website` in [campaign] with these tables, which give the messages the same variables:\n\n\
                 [contacts.hotline]\nname = \"Child-at-Risk Hotline\"\nphone = \"1-800-792-5200\"\n\
                 dial = \"+18007925200\"\n\n[contacts.emergency]\nphone = \"911\"\n\n\
                 [contacts.website]\nurl = \"https://example.org\""
            )
        );
    }

    #[test]
    fn an_old_key_in_a_contact_table_gets_its_new_name() {
        let text = SHIPPED.replace("phone = \"911\"", "number = \"911\"");
        let d = Manifest::parse(&SourceFile::new("flyer.toml", text)).unwrap_err();
        let line = d.location.unwrap().source_line.unwrap();
        assert!(line.starts_with("number = \"911\""), "{line}");
        assert_eq!(
            d.hint.as_deref(),
            Some("did you mean `phone`? A contact's `number` is written `phone`")
        );
    }

    #[test]
    fn a_contact_in_both_forms_is_refused() {
        let text = SHIPPED.replace(
            "[campaign]\n",
            "[campaign.emergency]\nnumber = \"112\"\n\n[campaign]\n",
        );
        let d = Manifest::parse(&SourceFile::new("flyer.toml", text)).unwrap_err();
        assert_eq!(
            d.message,
            "contact `emergency` is given twice: in [contacts.emergency] and, in the old form, [campaign.emergency]"
        );
        assert_eq!(
            d.hint.as_deref(),
            Some("remove [campaign.emergency]; [contacts.emergency] is the one flyer reads")
        );
    }

    /// The shipped manifest with `[check]` text added; the error it gives.
    fn check_error(check: &str) -> String {
        let text = SHIPPED.replace("[build]\n", &format!("[check]\n{check}\n\n[build]\n"));
        let d = Manifest::parse(&SourceFile::new("flyer.toml", text)).unwrap_err();
        let at = d.location.unwrap();
        format!(
            "{}: {} / {}",
            at.source_line.unwrap(),
            d.message,
            d.hint.unwrap()
        )
    }

    #[test]
    fn allowed_numbers_need_a_reason_and_are_never_contact_data() {
        let allow = |number: &str, reason: &str| {
            format!("allow-numbers = [{{ number = \"{number}\", reason = \"{reason}\" }}]")
        };
        assert_eq!(
            check_error(&allow("1978", " ")),
            "allow-numbers = [{ number = \"1978\", reason = \" \" }]: the reason for allowing `1978` in \
             translations is empty / say why the translations print 1978, for their reviewers"
        );
        assert!(check_error(&allow("555-0142", "x")).ends_with(
            "`555-0142` in [check] allow-numbers has 7 digits, like a phone number; phone numbers are \
             refused even when listed / make it a contact, [contacts.<name>] phone = \"555-0142\", and \
             use its variable in the translations"
        ));
        assert!(check_error(&allow("911", "x")).ends_with(
            "`911` in [check] allow-numbers is contact `emergency`'s phone; contact data is refused even \
             when listed / remove it, and use { $emergency } in the translations"
        ));
        assert!(check_error(&allow("7925", "x")).contains("is contact `hotline`'s phone"));
        assert!(check_error(&allow("8:30", "x"))
            .contains("`8:30` in [check] allow-numbers is not a number"));
        assert!(check_error("allow-numbers = [\"1978\"]").contains(
            "invalid type: string \"1978\", expected a number with its reason, like { number = \"1978\", reason = \"...\" }"
        ));
        let text = SHIPPED.replace(
            "[build]\n",
            &format!(
                "[check]\n{}\n\n[build]\n",
                allow("١٩٧٨", "homes built before 1978")
            ),
        );
        assert_eq!(parse(&text).check.allow_numbers[0].number, "١٩٧٨");
    }

    #[test]
    fn a_silencing_allow_names_a_rule_a_message_a_known_locale_and_a_reason() {
        let entry = |locale: &str, reason: &str| {
            format!("[[check.allow]]\nrule = \"identical-to-source\"\nmessage = \"poster-title\"\nlocale = \"{locale}\"\nreason = \"{reason}\"")
        };
        assert_eq!(
            check_error(&entry("pt-br", "a name")),
            "locale = \"pt-br\": [[check.allow]] names locale `pt-br`, which flyer.toml has no [[locale]] \
             entry for / did you mean `pt-BR`? Use \"*\" for every locale, or one of en, es, pt-BR, ht, kea, \
             fr, vi, zh-Hans, zh-Hant, ko, km, ru, ar, fa-AF, gu, so"
        );
        assert_eq!(
            check_error(&entry("*", "")),
            "reason = \"\": `reason` of the 1st [[check.allow]] is empty / say why the warning does not \
             apply to this message, for its reviewers"
        );
    }

    #[test]
    fn setting_a_locale_reviewed_changes_only_its_entry() {
        let ana = reviewed(" Ana Lucía Pérez ", "2026-12-01");
        let out = with_status(SHIPPED, "es", &ana).unwrap();
        assert_eq!(lines_outside(&out, "es"), lines_outside(SHIPPED, "es"));
        assert!(
            out.contains(
                "code = \"es\"\nname = \"Spanish\"\nnative = \"Español\"\nstatus = \"reviewed\"\n\
                 reviewed-by = \"Ana Lucía Pérez\"\nreviewed-on = \"2026-12-01\"\n\n[[locale]]\n"
            ),
            "{out}"
        );
        let es = parse(&out).locale("es").unwrap().clone();
        assert_eq!(es.status, Status::Reviewed);
        assert_eq!(es.reviewed_by.as_deref(), Some("Ana Lucía Pérez"));
        assert_eq!(es.reviewed_on.as_deref(), Some("2026-12-01"));
    }

    #[test]
    fn setting_a_locale_back_to_draft_removes_its_reviewer_and_date() {
        let out = with_status(SHIPPED, "en", &StatusChange::Draft).unwrap();
        assert_eq!(lines_outside(&out, "en"), lines_outside(SHIPPED, "en"));
        assert!(
            out.contains(
                "code = \"en\"\nname = \"English\"\nnative = \"English\"\n\
                 status = \"draft\"\n\n[[locale]]\n"
            ),
            "{out}"
        );
        assert!(
            !out.contains("reviewed-by") && !out.contains("reviewed-on"),
            "{out}"
        );
        let en = parse(&out).locale("en").unwrap().clone();
        assert_eq!(en.status, Status::Draft);
        assert_eq!((en.reviewed_by, en.reviewed_on), (None, None));
        // And reviewed again: only its entry differs from the shipped file.
        let back = with_status(
            &out,
            "en",
            &reviewed("Children's Cove (source text)", "2026-11-28"),
        )
        .unwrap();
        assert_eq!(back, SHIPPED);
    }

    #[test]
    fn a_replaced_value_keeps_its_comment_and_spacing() {
        let text = SHIPPED.replace(
            "code = \"fr\"\nname = \"French\"\nnative = \"Français\"\nstatus = \"draft\"\n",
            "code = \"fr\"\nname = \"French\"\nnative = \"Français\"\n\
             status   =   \"draft\"  # awaiting Marie\n",
        );
        let out = with_status(&text, "fr", &reviewed("Marie", "2024-02-29")).unwrap();
        assert!(
            out.contains("status   =   \"reviewed\"  # awaiting Marie\nreviewed-by = \"Marie\"\n"),
            "{out}"
        );
    }

    #[test]
    fn unknown_locales_bad_names_and_bad_dates_are_refused() {
        let refused =
            |code: &str, change: StatusChange| with_status(SHIPPED, code, &change).unwrap_err();
        assert!(refused("xx", StatusChange::Draft).contains("`xx`"));
        assert!(refused("es", reviewed("  ", "2026-12-01")).contains("empty"));
        assert!(refused("es", reviewed(&"a".repeat(101), "2026-12-01")).contains("100"));
        for name in [
            "Ana\u{7}",
            "Ana\nPérez",
            "Ana\u{202E}",
            "An\u{85}a",
            "\tAna\u{1b}[31m",
        ] {
            assert!(
                refused("es", reviewed(name, "2026-12-01")).contains("control"),
                "{name:?}"
            );
        }
        for date in [
            "2026-02-30",
            "2025-02-29",
            "1900-02-29",
            "2026-13-01",
            "2026-04-31",
            "2026-00-10",
            "2026-01-00",
            "2026-1-01",
            "26-01-01",
            "2026/01/01",
            "2026-01-01 ",
            "０２０26-01-01",
        ] {
            assert!(
                refused("es", reviewed("Ana", date)).contains(date),
                "{date}"
            );
        }
        assert!(with_status(SHIPPED, "es", &reviewed(&"a".repeat(100), "2000-02-29")).is_ok());
    }
}
