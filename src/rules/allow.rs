//! Warnings silenced on purpose, each with its reason, per message: a
//! `[[check.allow]]` entry in flyer.toml (every locale, or one), or a line
//! `# flyer-allow: <rule> (<reason>)` in the comment above a message of the
//! source locale's .ftl file (every locale). Errors are never silenced.
//!
//! - `allow-reason` (warning): a `flyer-allow:` line without a rule or a reason;
//!   it silences nothing until it has both;
//! - `allow-misplaced` (warning): a `flyer-allow:` line that belongs to no
//!   message of the source locale (in a translation, or in a comment of its own);
//! - `allow-stale` (warning): an allow that silences nothing in a whole `flyer
//!   check` (or matches only errors), and an allowed number no translation types.

use crate::diag::{closest, guessed, suggest, Diagnostic, Location, Silence, SourceFile};
use crate::l10n::{base_id, Catalog};
use crate::manifest::{Manifest, EVERY_LOCALE};
use fluent_syntax::ast::Entry;
use std::collections::BTreeSet;

/// What starts an allow line in a message's comment.
pub const ALLOW_LINE: &str = "flyer-allow:";

/// Warnings the rules give on a message, for guessing a mistyped rule id (a
/// warning found in the check is guessed too, whatever its rule).
const MESSAGE_WARNINGS: [&str; 6] = [
    "identical-to-source",
    "ftl-missing",
    "ftl-obsolete",
    "translator-note-missing",
    "note-requires",
    "stale-translation",
];

/// One allow: which warning on which message, in which locales, and why.
#[derive(Debug, Clone)]
struct Allow {
    rule: String,
    message: String,
    /// `None`: every locale.
    locale: Option<String>,
    reason: String,
    /// Where it is written: its rule in flyer.toml, or its comment line.
    at: Location,
    /// How a reader finds it: `[[check.allow]]` or `flyer-allow`.
    written_as: &'static str,
}

impl Allow {
    fn matches(&self, d: &Diagnostic) -> bool {
        d.rule == self.rule
            && d.message_id.as_deref().map(base_id) == Some(base_id(&self.message))
            && self
                .locale
                .as_ref()
                .is_none_or(|l| d.locale.as_ref() == Some(l))
    }
}

/// Every allow of a project, and the problems found in writing them.
pub struct Allows {
    allows: Vec<Allow>,
    /// Allow lines without a reason, or out of place.
    pub problems: Vec<Diagnostic>,
}

/// Diagnostics with the silenced warnings taken out, and those warnings
/// (each with its [`Silence`]).
pub struct Silenced {
    pub shown: Vec<Diagnostic>,
    pub silenced: Vec<Diagnostic>,
}

impl Allows {
    /// The allows of flyer.toml and of the source catalog's comments; the
    /// other catalogs are read for allow lines out of place.
    pub fn of(manifest: &Manifest, manifest_file: &SourceFile, catalogs: &[&Catalog]) -> Allows {
        let mut allows = Allows {
            allows: Vec::new(),
            problems: Vec::new(),
        };
        for (i, entry) in manifest.check.allow.iter().enumerate() {
            let path = ["check", "allow", &i.to_string(), "rule"];
            let at = (manifest_file.toml_string_location(&path, &entry.rule))
                .unwrap_or_else(|| manifest_file.toml_location(&path));
            allows.allows.push(Allow {
                rule: entry.rule.trim().to_string(),
                message: entry.message.trim().to_string(),
                locale: (entry.locale != EVERY_LOCALE).then(|| entry.locale.clone()),
                reason: entry.reason.trim().to_string(),
                at,
                written_as: "[[check.allow]]",
            });
        }
        let source = &manifest.build.source_locale;
        for catalog in catalogs {
            allows.read_comments(catalog, &catalog.code == source);
        }
        allows
    }

    /// The allow lines of a catalog's comments: allows where they sit above a
    /// message of the source, problems anywhere else.
    fn read_comments(&mut self, catalog: &Catalog, is_source: bool) {
        for file in &catalog.files {
            let resource = fluent_syntax::parser::parse(file.file.text.as_str())
                .unwrap_or_else(|(resource, _)| resource);
            for entry in &resource.body {
                let (id, comment) = match entry {
                    Entry::Message(m) => (Some(m.id.name), m.comment.as_ref()),
                    Entry::Term(t) => (None, t.comment.as_ref()),
                    Entry::Comment(c) => (None, Some(c)),
                    _ => continue,
                };
                let lines = comment.into_iter().flat_map(|c| c.content.iter());
                for line in lines {
                    let Some(rest) = line.trim_start().strip_prefix(ALLOW_LINE) else {
                        continue;
                    };
                    let at = (file.file.location_of_slice(line))
                        .unwrap_or_else(|| file.file.location(0));
                    match id.filter(|_| is_source) {
                        Some(id) => self.read_line(id, rest, at, &catalog.code),
                        None => self.problems.push(misplaced(catalog, is_source, at)),
                    }
                }
            }
        }
    }

    /// `<rule> (<reason>)` above message `id`.
    fn read_line(&mut self, id: &str, line: &str, at: Location, locale: &str) {
        let (rule, reason) = match line.split_once('(') {
            Some((rule, rest)) => (
                rule.trim(),
                rest.rsplit_once(')').map_or(rest, |r| r.0).trim(),
            ),
            None => (line.trim(), ""),
        };
        if rule.is_empty() || reason.is_empty() {
            let missing = if rule.is_empty() {
                "no rule"
            } else {
                "no reason"
            };
            self.problems.push(
                Diagnostic::warning(
                    "allow-reason",
                    format!("the flyer-allow line above `{id}` gives {missing}, so it silences nothing"),
                )
                .at(at)
                .locale(locale)
                .hint(format!(
                    "write the warning's rule and, in parentheses, why it does not apply: # {ALLOW_LINE} {} (the reason)",
                    if rule.is_empty() { "<rule>" } else { rule }
                )),
            );
            return;
        }
        self.allows.push(Allow {
            rule: rule.to_string(),
            message: id.to_string(),
            locale: None,
            reason: reason.to_string(),
            at,
            written_as: "flyer-allow",
        });
    }

    /// Takes out the warnings an allow silences, marking each with why.
    pub fn apply(&self, diags: Vec<Diagnostic>) -> Silenced {
        let mut out = Silenced {
            shown: Vec::new(),
            silenced: Vec::new(),
        };
        for mut d in diags {
            let allow = (self.allows.iter()).find(|a| !d.is_error() && a.matches(&d));
            match allow {
                Some(a) => {
                    d.silenced = Some(Silence {
                        reason: a.reason.clone(),
                        by: a.at.clone(),
                    });
                    out.silenced.push(d);
                }
                None => out.shown.push(d),
            }
        }
        out
    }

    /// The allows that silence none of `diags` (every finding of a whole
    /// check, before silencing); `messages` are the source's message ids.
    pub fn stale(&self, diags: &[Diagnostic], messages: &[String]) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for a in &self.allows {
            let matched: Vec<&Diagnostic> = diags.iter().filter(|d| a.matches(d)).collect();
            if matched.iter().any(|d| !d.is_error()) {
                continue;
            }
            let what = format!(
                "{} `{}` on message `{}`{}",
                a.written_as,
                a.rule,
                a.message,
                a.locale
                    .as_ref()
                    .map_or(String::new(), |l| format!(" in locale {l}"))
            );
            let (message, hint) = if matched.is_empty() {
                (
                    format!("{what} silences nothing"),
                    stale_hint(a, diags, messages),
                )
            } else {
                (
                    format!("{what} matches only errors, which are never silenced"),
                    "fix the error, then remove the allow".to_string(),
                )
            };
            out.push(
                Diagnostic::warning("allow-stale", message)
                    .at(a.at.clone())
                    .hint(hint),
            );
        }
        out
    }
}

/// What to do with an allow that silences nothing: the message or rule it was
/// likely meant to name, or remove it.
fn stale_hint(a: &Allow, diags: &[Diagnostic], messages: &[String]) -> String {
    let gone = "remove it: no such warning is found now";
    if !messages.iter().any(|m| m == base_id(&a.message)) {
        let known = messages.iter().map(String::as_str);
        let rest = format!(
            "there is no message `{}` in the source locale; {gone}",
            a.message
        );
        return suggest(&a.message, known, &rest);
    }
    // The rules of this message's warnings first; any other warning's for a slip.
    let on_message =
        |d: &&Diagnostic| d.message_id.as_deref().map(base_id) == Some(base_id(&a.message));
    let warnings = diags.iter().filter(|d| !d.is_error());
    let other = |rule: &&str| *rule != a.rule;
    let here: Vec<&str> = (warnings.clone().filter(on_message).map(|d| d.rule))
        .filter(other)
        .collect();
    let any: BTreeSet<&str> = (warnings.map(|d| d.rule).chain(MESSAGE_WARNINGS))
        .filter(other)
        .collect();
    let guess = closest(&a.rule, here).or_else(|| closest(&a.rule, any));
    guessed(guess, gone)
}

/// An allow line where no allow can be: in a translation, or not in the
/// comment of a message.
fn misplaced(catalog: &Catalog, is_source: bool, at: Location) -> Diagnostic {
    let (message, hint) = if is_source {
        (
            "a flyer-allow line that is not in the comment directly above a message silences nothing".to_string(),
            "move it into the comment directly above the message whose warning it silences (no blank line between)".to_string(),
        )
    } else {
        (
            format!("flyer-allow lines are read in the source locale's files, not in locale {}", catalog.code),
            format!(
                "remove it, and silence the warning for this locale in flyer.toml: [[check.allow]] with locale = \"{}\"",
                catalog.code
            ),
        )
    };
    Diagnostic::warning("allow-misplaced", message)
        .at(at)
        .locale(&catalog.code)
        .hint(hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn allow(locale: Option<&str>) -> Allows {
        Allows {
            allows: vec![Allow {
                rule: "identical-to-source".into(),
                message: "poster-website".into(),
                locale: locale.map(str::to_string),
                reason: "it is only the website".into(),
                at: crate::diag::file_location("flyer.toml".as_ref()),
                written_as: "[[check.allow]]",
            }],
            problems: Vec::new(),
        }
    }

    fn warning(rule: &'static str, id: &str, locale: &str) -> Diagnostic {
        Diagnostic::warning(rule, format!("{id} in {locale}"))
            .message_id(id)
            .locale(locale)
    }

    #[test]
    fn an_allow_silences_its_warning_only_and_never_an_error() {
        let diags = vec![
            warning("identical-to-source", "poster-website", "fr"),
            warning("identical-to-source", "poster-title", "fr"),
            warning("stale-translation", "poster-website", "fr"),
            Diagnostic::error("identical-to-source", "x").message_id("poster-website"),
        ];
        let out = allow(None).apply(diags.clone());
        assert_eq!(out.silenced.len(), 1);
        assert_eq!(
            out.silenced[0].silenced.as_ref().unwrap().reason,
            "it is only the website"
        );
        assert_eq!(out.shown.len(), 3);
        assert!(allow(None).stale(&diags, &[]).is_empty());
        // In one locale only.
        assert_eq!(allow(Some("es")).apply(diags.clone()).silenced.len(), 0);
        let stale = allow(Some("es")).stale(&diags, &["poster-website".into()]);
        assert_eq!(
            stale[0].message,
            "[[check.allow]] `identical-to-source` on message `poster-website` in locale es silences nothing"
        );
    }

    #[test]
    fn a_stale_allow_guesses_the_message_or_rule_it_meant() {
        let ids = ["poster-website".to_string()];
        let diags = [warning("translator-note-missing", "poster-website", "fr")];
        let mut a = allow(None);
        a.allows[0].rule = "translator-note-mising".into();
        assert_eq!(
            a.stale(&diags, &ids)[0].hint.as_deref(),
            Some("did you mean `translator-note-missing`? Remove it: no such warning is found now")
        );
        a.allows[0].message = "poster-webiste".into();
        assert_eq!(
            a.stale(&diags, &ids)[0].hint.as_deref(),
            Some("did you mean `poster-website`? There is no message `poster-webiste` in the source locale; remove it: no such warning is found now")
        );
        let errors = [Diagnostic::error("identical-to-source", "x").message_id("poster-website")];
        assert_eq!(
            allow(None).stale(&errors, &ids)[0].message,
            "[[check.allow]] `identical-to-source` on message `poster-website` matches only errors, which are never silenced"
        );
    }
}
