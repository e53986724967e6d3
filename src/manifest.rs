//! The campaign manifest, `flyer.toml`: what every locale and layout shares.
//!
//! Contact data lives here and only here. It reaches the text as Fluent variables
//! (`$hotline`, `$hotline_name`, `$emergency`, `$website`) and the term `-org-name`,
//! so no translation ever types a phone number.

use crate::diag::{Diagnostic, SourceFile};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub campaign: Campaign,
    #[serde(default)]
    pub build: BuildSettings,
    #[serde(default)]
    pub fonts: FontSettings,
    #[serde(default)]
    pub print: PrintSettings,
    #[serde(rename = "locale", default)]
    pub locales: Vec<LocaleEntry>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Campaign {
    /// The organization's name, as the term `-org-name`.
    pub organization: String,
    pub hotline: Hotline,
    pub emergency: Emergency,
    /// Optional website, as the variable `$website`.
    pub website: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hotline {
    /// The hotline's name as callers hear it on the phone.
    pub name: String,
    /// The number as printed, e.g. `1-800-792-5200`.
    pub number: String,
    /// The number to dial, digits with an optional leading `+`, e.g. `+18007925200`.
    pub dial: String,
}

/// The printing condition a print shop prints to, written into the PDFs as an
/// output intent (PDF/X style), so its preflight knows what the colours are for.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct PrintSettings {
    /// The condition's registered name, e.g. `FOGRA39` or `CGATS21_CRPC1`.
    pub condition: Option<String>,
    /// Its CMYK ICC profile (the print shop supplies it), relative to the project.
    pub profile: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Emergency {
    pub number: String,
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

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct FontSettings {
    /// Extra folders with .ttf/.otf/.ttc files, searched after `fonts/`.
    #[serde(default)]
    pub folders: Vec<String>,
    /// Families tried in order for any text; the first that has every character wins.
    #[serde(default)]
    pub fallback: Vec<String>,
    /// Families tried first for a locale (`zh-Hant`) or a script (ISO 15924, `Arab`).
    #[serde(default)]
    pub prefer: BTreeMap<String, Vec<String>>,
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
        let manifest: Manifest = toml::from_str(&file.text).map_err(|e| toml_error(file, &e))?;
        manifest.validate(file)?;
        Ok(manifest)
    }

    fn validate(&self, file: &SourceFile) -> Result<(), Diagnostic> {
        self.validate_contacts(file)?;
        self.validate_locales(file)
    }

    /// The contact data every poster prints: present, and numbers that dial.
    fn validate_contacts(&self, file: &SourceFile) -> Result<(), Diagnostic> {
        let at = |path: &[&str]| file.toml_location(path);
        let c = &self.campaign;
        for (path, value, what) in [
            (
                &["campaign", "organization"][..],
                &c.organization,
                "the organization's name",
            ),
            (
                &["campaign", "hotline", "name"],
                &c.hotline.name,
                "the hotline's name",
            ),
            (
                &["campaign", "hotline", "number"],
                &c.hotline.number,
                "the hotline's printed number",
            ),
            (
                &["campaign", "emergency", "number"],
                &c.emergency.number,
                "the emergency number",
            ),
        ] {
            if value.trim().is_empty() {
                return Err(Diagnostic::error(
                    "manifest-value",
                    format!("{what} is empty; every poster and card prints it"),
                )
                .at(at(path))
                .hint(format!(
                    "write {what} in flyer.toml [{}]",
                    path[..path.len() - 1].join(".")
                )));
            }
        }
        if !c.emergency.number.chars().any(|ch| ch.is_ascii_digit()) {
            return Err(Diagnostic::error(
                "manifest-value",
                format!(
                    "the emergency number `{}` has no digits",
                    c.emergency.number
                ),
            )
            .at(at(&["campaign", "emergency", "number"]))
            .hint("write the number people dial, like \"911\" or \"112\""));
        }
        self.validate_numbers(file)
    }

    /// The website and the hotline's numbers: a web address, and a dial string
    /// that the printed number matches.
    fn validate_numbers(&self, file: &SourceFile) -> Result<(), Diagnostic> {
        let at = |path: &[&str]| file.toml_location(path);
        let c = &self.campaign;
        if let Some(site) = &c.website {
            let host = site
                .strip_prefix("https://")
                .or_else(|| site.strip_prefix("http://"))
                .unwrap_or("");
            if host.is_empty() || host.starts_with('/') || site.chars().any(char::is_whitespace) {
                return Err(Diagnostic::error(
                    "manifest-value",
                    format!("website `{site}` is not a web address"),
                )
                .at(at(&["campaign", "website"]))
                .hint("write it with its scheme, like \"https://example.org\""));
            }
        }
        let dial = c.hotline.dial.strip_prefix('+').unwrap_or(&c.hotline.dial);
        if dial.len() < 3 || !dial.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Diagnostic::error(
                "manifest-value",
                format!(
                    "hotline dial number `{}` must be digits, with at most one leading +",
                    self.campaign.hotline.dial
                ),
            )
            .at(at(&["campaign", "hotline", "dial"]))
            .hint("write it as digits with an optional leading +, like \"+18007925200\""));
        }
        let shown: String = self
            .campaign
            .hotline
            .number
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        if !dial.ends_with(&shown) || shown.len() < 3 {
            return Err(Diagnostic::error(
                "manifest-value",
                format!(
                    "the hotline's printed number `{}` does not match its dial number `{}`",
                    self.campaign.hotline.number, self.campaign.hotline.dial
                ),
            )
            .at(at(&["campaign", "hotline", "number"]))
            .hint("a wrong hotline number on a poster is dangerous: check both against the hotline's own materials"));
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
            .at(at(&["build"]))
            .hint("add a [[locale]] entry for it, with status = \"reviewed\""));
        }
        Ok(())
    }

    pub fn locale(&self, code: &str) -> Option<&LocaleEntry> {
        self.locales.iter().find(|l| l.code == code)
    }
}

/// Turns a TOML parse or type error into a diagnostic at its file:line:col.
pub fn toml_error(file: &SourceFile, e: &toml::de::Error) -> Diagnostic {
    let offset = e.span().map_or(0, |s| s.start);
    let message = e.message().trim().to_string();
    let hint = if message.contains("unknown field") {
        "check the spelling of the key; the message lists the keys allowed here"
    } else if message.contains("missing field") {
        "add the missing key; the README shows a complete example"
    } else {
        "see the README for the format of this file"
    };
    Diagnostic::error("toml-syntax", message)
        .at(file.location(offset))
        .hint(hint)
}
