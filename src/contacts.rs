//! The campaign's contacts, flyer.toml `[contacts.<name>]`: phone numbers (as
//! printed and as dialled), web and e-mail addresses, postal addresses, and
//! plain text such as a person's name. Each reaches the messages as the Fluent
//! variable `$<name>` (and its optional `name` as `$<name>_name`); QR blocks
//! target phones, web and e-mail addresses by name. This is the one place that
//! knows what a contact is; nothing downstream names a particular one.
//!
//! The old form, `[campaign.hotline]`, `[campaign.emergency]` and `[campaign]
//! website`, still loads, as the contacts `hotline`, `emergency` and `website`,
//! with one warning that shows the tables to write instead.

use crate::diag::{Diagnostic, Location, SourceFile};
use serde::Deserialize;
use std::collections::BTreeMap;

/// One `[contacts.<name>]` table as written: one value of one kind, an optional
/// name, and a dial string for a phone.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ContactTable {
    pub name: Option<String>,
    pub phone: Option<String>,
    pub dial: Option<String>,
    pub url: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    pub text: Option<String>,
}

/// The old form's `[campaign.hotline]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OldHotline {
    pub name: String,
    pub number: String,
    pub dial: String,
}

/// The old form's `[campaign.emergency]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OldEmergency {
    pub number: String,
}

/// The contacts `[campaign]` held in the old form.
#[derive(Debug, Clone, Default)]
pub struct OldForm {
    pub hotline: Option<OldHotline>,
    pub emergency: Option<OldEmergency>,
    pub website: Option<String>,
}

/// A contact: its name in flyer.toml (the Fluent variable), an optional
/// human name, and its value.
#[derive(Debug, Clone, PartialEq)]
pub struct Contact {
    pub key: String,
    pub name: Option<String>,
    pub kind: ContactKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ContactKind {
    /// A phone number as printed (`1-800-792-5200`) and as dialled: digits
    /// with at most one leading `+` (`+18007925200`).
    Phone {
        printed: String,
        dial: String,
    },
    Url(String),
    Email(String),
    Address(String),
    Text(String),
}

impl Contact {
    /// The text the contact's variable prints.
    pub fn value(&self) -> &str {
        match &self.kind {
            ContactKind::Phone { printed, .. } => printed,
            ContactKind::Url(v) | ContactKind::Email(v) => v,
            ContactKind::Address(v) | ContactKind::Text(v) => v,
        }
    }

    /// What a QR code that targets the contact opens: it dials a phone, opens
    /// a web address, writes to an e-mail address. `None` for other kinds.
    pub fn qr_payload(&self) -> Option<String> {
        match &self.kind {
            ContactKind::Phone { dial, .. } => Some(format!("tel:{dial}")),
            ContactKind::Url(url) => Some(url.clone()),
            ContactKind::Email(email) => Some(format!("mailto:{email}")),
            ContactKind::Address(_) | ContactKind::Text(_) => None,
        }
    }

    /// The variable its `name` reaches the messages as: `<key>_name`.
    pub fn name_variable(&self) -> String {
        format!("{}_name", self.key)
    }

    /// Its kind as flyer.toml writes it: `phone`, `url`, ...
    pub fn kind_key(&self) -> &'static str {
        match self.kind {
            ContactKind::Phone { .. } => "phone",
            ContactKind::Url(_) => "url",
            ContactKind::Email(_) => "email",
            ContactKind::Address(_) => "address",
            ContactKind::Text(_) => "text",
        }
    }
}

/// Every contact of a manifest, ordered by name.
#[derive(Debug, Clone, Default)]
pub struct Contacts {
    list: Vec<Contact>,
}

impl Contacts {
    /// The contacts of flyer.toml's `[contacts]` tables and of the old form,
    /// checked; and, when the old form is used, the warning that shows how to
    /// rewrite it.
    pub fn load(
        tables: &BTreeMap<String, ContactTable>,
        old: OldForm,
        file: &SourceFile,
    ) -> Result<(Contacts, Option<Diagnostic>), Diagnostic> {
        let mut written: Vec<Written> = Vec::new();
        for (key, table) in tables {
            check_key(key, file)?;
            let place = Place::Toml {
                file,
                table: vec!["contacts", key],
            };
            written.push(Written::new_form(key, table, place)?);
        }
        let old_form = Written::old_form(&old, file);
        for w in &old_form {
            if tables.contains_key(&w.key) {
                return Err(given_twice(w, file));
            }
        }
        written.extend(old_form);
        let list = written
            .into_iter()
            .map(Written::check)
            .collect::<Result<Vec<_>, _>>()?;
        let mut contacts = Contacts { list };
        contacts.list.sort_by(|a, b| a.key.cmp(&b.key));
        contacts.check_variables(file)?;
        let warning = old_form_warning(&old, file);
        Ok((contacts, warning))
    }

    pub fn iter(&self) -> impl Iterator<Item = &Contact> {
        self.list.iter()
    }

    pub fn get(&self, key: &str) -> Option<&Contact> {
        self.list.iter().find(|c| c.key == key)
    }

    /// The Fluent variables the contacts give every message: `$<key>` for each
    /// value, `$<key>_name` for each name.
    pub fn variables(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for c in &self.list {
            out.push((c.key.clone(), c.value().to_string()));
            if let Some(name) = &c.name {
                out.push((c.name_variable(), name.clone()));
            }
        }
        out
    }

    /// QR code payloads by contact name, for the contacts a QR code can open.
    pub fn qr_targets(&self) -> BTreeMap<String, String> {
        (self.list.iter())
            .filter_map(|c| Some((c.key.clone(), c.qr_payload()?)))
            .collect()
    }

    /// The digits a contact's number or address holds (a phone's dial digits,
    /// an address's runs of 3 or more digits), with the contact: numbers that
    /// no translation may type, even when `[check] allow-numbers` lists them.
    pub fn contact_digits(&self) -> Vec<(&Contact, String)> {
        let mut out = Vec::new();
        for c in &self.list {
            match &c.kind {
                ContactKind::Phone { dial, .. } => out.push((c, digits_of(dial))),
                ContactKind::Address(address) => {
                    for run in address.split(|ch: char| decimal_digit(ch).is_none()) {
                        if run.chars().count() >= 3 {
                            out.push((c, digits_of(run)));
                        }
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// A variable given twice (a contact named `x_name` beside `x`'s name) is
    /// refused: a message could not say which it means.
    fn check_variables(&self, file: &SourceFile) -> Result<(), Diagnostic> {
        for c in self.list.iter().filter(|c| c.name.is_some()) {
            let variable = c.name_variable();
            if self.get(&variable).is_some() {
                return Err(Diagnostic::error(
                    "manifest-value",
                    format!("contact `{variable}` has the name of contact `{}`'s `name` variable, ${variable}", c.key),
                )
                .at(file.toml_location(&["contacts", &variable]))
                .hint(format!("rename [contacts.{variable}]: `${variable}` already prints the name of [contacts.{}]", c.key)));
            }
        }
        Ok(())
    }
}

/// The cells of a row of the sites table that give one contact: its value, its
/// name and its dial string, each with where it is (an empty cell: none).
pub struct ContactCells<'a> {
    pub key: &'a str,
    pub value: Option<(&'a str, Location)>,
    pub name: Option<(&'a str, Location)>,
    pub dial: Option<(&'a str, Location)>,
    /// The row, for what has no cell of its own.
    pub row: Location,
    /// What hints call the columns: "the `hotline` columns of sites.csv".
    pub columns: String,
}

impl Contacts {
    /// One site's contacts: these, with the values a row of the sites table
    /// gives, checked as strictly as flyer.toml's. A contact whose value cell is
    /// empty is one the site does not have; an empty name cell keeps the
    /// campaign's name. A phone given by the row takes its dial string from the
    /// row too (the campaign's is another number's).
    pub fn with_cells(&self, rows: &[ContactCells]) -> Result<Contacts, Diagnostic> {
        let mut list = self.list.clone();
        for cells in rows {
            list.retain(|c| c.key != cells.key);
            let Some((value, at)) = &cells.value else {
                continue;
            };
            let Some(campaign) = self.get(cells.key) else {
                continue;
            };
            let mut table = ContactTable {
                name: (cells.name.as_ref().map(|(n, _)| n.to_string())).or(campaign.name.clone()),
                dial: cells.dial.as_ref().map(|(d, _)| d.to_string()),
                ..ContactTable::default()
            };
            let slot = match campaign.kind {
                ContactKind::Phone { .. } => &mut table.phone,
                ContactKind::Url(_) => &mut table.url,
                ContactKind::Email(_) => &mut table.email,
                ContactKind::Address(_) => &mut table.address,
                ContactKind::Text(_) => &mut table.text,
            };
            *slot = Some(value.to_string());
            let mut located = BTreeMap::from([(campaign.kind_key(), at.clone())]);
            located.extend(cells.name.as_ref().map(|(_, at)| ("name", at.clone())));
            located.extend(cells.dial.as_ref().map(|(_, at)| ("dial", at.clone())));
            let place = Place::Row {
                table: cells.columns.clone(),
                row: cells.row.clone(),
                cells: located,
            };
            list.push(Written::new_form(cells.key, &table, place)?.check()?);
        }
        list.sort_by(|a, b| a.key.cmp(&b.key));
        Ok(Contacts { list })
    }
}

/// The value of a decimal digit in any script flyer's shipped locales write
/// numbers in, as an ASCII digit: `٣` (Arabic-Indic), `۳` (Persian), `៣`
/// (Khmer), `૩` (Gujarati), `３` (full width, in CJK text). ICU4X 2 has no
/// Numeric_Value, so this is a table of the zeros of those Unicode Nd ranges
/// (each range is ten digits in order from its zero); other scripts' digits
/// give `None`.
pub fn decimal_digit(c: char) -> Option<char> {
    const ZEROS: [u32; 6] = [0x30, 0x660, 0x6F0, 0xAE6, 0x17E0, 0xFF10];
    let code = c as u32;
    ZEROS
        .iter()
        .find(|&&zero| (zero..zero + 10).contains(&code))
        .and_then(|zero| char::from_digit(code - zero, 10))
}

/// The digits of `text`, in whatever script it writes them, as ASCII digits.
pub fn digits_of(text: &str) -> String {
    text.chars().filter_map(decimal_digit).collect()
}

/// Where a contact is written, for its errors: a table of flyer.toml, or a row
/// of the sites table, each field in its cell.
enum Place<'a> {
    Toml {
        file: &'a SourceFile,
        table: Vec<&'a str>,
    },
    Row {
        /// What hints call it: "the `hotline` columns of sites.csv".
        table: String,
        /// The row's first cell, for what has no cell of its own.
        row: Location,
        /// Each field's cell: `phone`, `name`, `dial`...
        cells: BTreeMap<&'static str, Location>,
    },
}

/// A contact as written, before it is checked: its name, the table it is in
/// (`["contacts", "hotline"]`, or the old form's), and each value with the key
/// it is written under there.
struct Written<'a> {
    key: String,
    place: Place<'a>,
    /// Written in the old form (`[campaign.hotline]`).
    old_form: bool,
    name: Option<(&'a str, &'static str)>,
    values: Vec<(&'static str, &'a str, &'static str)>,
    dial: Option<(&'a str, &'static str)>,
}

impl<'a> Written<'a> {
    fn new_form(
        key: &'a str,
        t: &'a ContactTable,
        place: Place<'a>,
    ) -> Result<Written<'a>, Diagnostic> {
        let kinds = [
            ("phone", &t.phone),
            ("url", &t.url),
            ("email", &t.email),
            ("address", &t.address),
            ("text", &t.text),
        ];
        let values = kinds
            .into_iter()
            .filter_map(|(kind, v)| Some((kind, v.as_deref()?, kind)))
            .collect();
        let written = Written {
            key: key.to_string(),
            place,
            old_form: false,
            name: t.name.as_deref().map(|n| (n, "name")),
            values,
            dial: t.dial.as_deref().map(|d| (d, "dial")),
        };
        written.check_shape()?;
        Ok(written)
    }

    /// The old form's contacts, under the names they had as variables.
    fn old_form(old: &'a OldForm, file: &'a SourceFile) -> Vec<Written<'a>> {
        let place = |table: Vec<&'a str>| Place::Toml { file, table };
        let mut out = Vec::new();
        if let Some(h) = &old.hotline {
            out.push(Written {
                key: "hotline".into(),
                place: place(vec!["campaign", "hotline"]),
                old_form: true,
                name: Some((&h.name, "name")),
                values: vec![("phone", &h.number, "number")],
                dial: Some((&h.dial, "dial")),
            });
        }
        if let Some(e) = &old.emergency {
            out.push(Written {
                key: "emergency".into(),
                place: place(vec!["campaign", "emergency"]),
                old_form: true,
                name: None,
                values: vec![("phone", &e.number, "number")],
                // The old form had no dial string for it: its digits are dialled.
                dial: None,
            });
        }
        if let Some(site) = &old.website {
            out.push(Written {
                key: "website".into(),
                place: place(vec!["campaign"]),
                old_form: true,
                name: None,
                values: vec![("url", site, "website")],
                dial: None,
            });
        }
        out
    }

    /// Where the value under `field` is written: inside its quotes, or at its
    /// key; or its cell of the sites table.
    fn at(&self, field: &str, value: &str) -> Location {
        match &self.place {
            Place::Toml { file, table } => {
                let mut path = table.clone();
                path.push(field);
                file.toml_string_location(&path, value)
                    .unwrap_or_else(|| file.toml_location(&path))
            }
            Place::Row { cells, row, .. } => cells.get(field).unwrap_or(row).clone(),
        }
    }

    /// Where the contact is written as a whole.
    fn at_table(&self) -> Location {
        match &self.place {
            Place::Toml { file, table } => file.toml_location(table),
            Place::Row { row, .. } => row.clone(),
        }
    }

    /// What the hints call where it is written: `[contacts.hotline]`, or a
    /// column of the sites table.
    fn table_name(&self) -> String {
        match &self.place {
            Place::Toml { table, .. } => format!("[{}]", table.join(".")),
            Place::Row { table, .. } => table.clone(),
        }
    }

    /// Exactly one value, and a dial string only beside a phone.
    fn check_shape(&self) -> Result<(), Diagnostic> {
        let key = &self.key;
        match &self.values[..] {
            [] => Err(
                Diagnostic::error("manifest-value", format!("contact `{key}` has no value"))
                    .at(self.at_table())
                    .hint(format!(
                "give {} one of phone, url, email, address or text, e.g. phone = \"555-0142\"",
                self.table_name()
            )),
            ),
            [(first, ..), (second, value, field), ..] => Err(Diagnostic::error(
                "manifest-value",
                format!("contact `{key}` has both `{first}` and `{second}`; a contact has one"),
            )
            .at(self.at(field, value))
            .hint(format!(
                "move `{second}` into a contact of its own, e.g. [contacts.{key}_{second}]"
            ))),
            [(kind, ..)] => match self.dial {
                Some((dial, field)) if *kind != "phone" => Err(Diagnostic::error(
                    "manifest-value",
                    format!("contact `{key}` has a `dial` but no `phone`"),
                )
                .at(self.at(field, dial))
                .hint(format!(
                    "`dial` is how a phone number is dialled; remove it from {}",
                    self.table_name()
                ))),
                _ => Ok(()),
            },
        }
    }

    /// The contact, its values checked as strictly as a poster needs them.
    fn check(self) -> Result<Contact, Diagnostic> {
        let (kind_key, value, field) = self.values[0];
        let mut present = vec![(kind_key, value, field)];
        present.extend(self.name.map(|(n, f)| ("name", n, f)));
        present.extend(self.dial.map(|(d, f)| ("dial", d, f)));
        for (what, value, field) in present {
            if value.trim().is_empty() {
                return Err(Diagnostic::error(
                    "manifest-value",
                    format!("contact `{}`'s {what} is empty", self.key),
                )
                .at(self.at(field, value))
                .hint(format!(
                    "write its {what} in {}, or remove the contact (every contact is optional)",
                    self.table_name()
                )));
            }
        }
        let kind = match kind_key {
            "phone" => self.phone(value, field)?,
            "url" => ContactKind::Url(self.url(value, field)?),
            "email" => ContactKind::Email(self.email(value, field)?),
            "address" => ContactKind::Address(value.to_string()),
            _ => ContactKind::Text(value.to_string()),
        };
        Ok(Contact {
            name: self.name.map(|(n, _)| n.to_string()),
            key: self.key,
            kind,
        })
    }

    /// A phone number: 3 or more digits as printed, and a dial string (given, or
    /// the printed number when it is only digits) that it matches.
    fn phone(&self, printed: &str, field: &str) -> Result<ContactKind, Diagnostic> {
        let key = &self.key;
        let shown: String = printed.chars().filter(char::is_ascii_digit).collect();
        // Two digits at least: some emergency numbers have only two (France's 15, 17, 18).
        if shown.len() < 2 {
            return Err(Diagnostic::error(
                "manifest-value",
                format!("contact `{key}`'s phone number `{printed}` has fewer than 2 digits"),
            )
            .at(self.at(field, printed))
            .hint("write the number as it is printed, like \"1-800-792-5200\" or \"911\""));
        }
        // The old form's emergency number had no dial string: its digits are
        // dialled, whatever else it shows.
        let (dial, dial_field) = match self.dial {
            Some(given) => given,
            None if self.old_form || printed.bytes().all(|b| b.is_ascii_digit()) => {
                return Ok(ContactKind::Phone {
                    printed: printed.to_string(),
                    dial: shown,
                })
            }
            None => {
                return Err(Diagnostic::error(
                    "manifest-value",
                    format!("contact `{key}`'s phone number `{printed}` is not only digits, so it needs a `dial`"),
                )
                .at(self.at(field, printed))
                .hint(format!(
                    "add dial = \"{shown}\" to {} (the digits to dial, with a leading + and the country code if callers abroad need it)",
                    self.table_name()
                )))
            }
        };
        let digits = dial.strip_prefix('+').unwrap_or(dial);
        if digits.len() < 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Diagnostic::error(
                "manifest-value",
                format!("contact `{key}`'s dial number `{dial}` must be digits, with at most one leading +"),
            )
            .at(self.at(dial_field, dial))
            .hint("write it as digits with an optional leading +, like \"+18007925200\""));
        }
        if !digits.ends_with(&shown) {
            return Err(Diagnostic::error(
                "manifest-value",
                format!("contact `{key}`'s printed number `{printed}` does not match its dial number `{dial}`"),
            )
            .at(self.at(field, printed))
            .hint("a wrong number on a poster is dangerous: check both against the contact's own materials"));
        }
        Ok(ContactKind::Phone {
            printed: printed.to_string(),
            dial: dial.to_string(),
        })
    }

    /// A web address: `http://` or `https://`, a host, no white space.
    fn url(&self, url: &str, field: &str) -> Result<String, Diagnostic> {
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))
            .unwrap_or("");
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        if host.is_empty() || url.chars().any(char::is_whitespace) {
            return Err(Diagnostic::error(
                "manifest-value",
                format!("contact `{}`'s url `{url}` is not a web address", self.key),
            )
            .at(self.at(field, url))
            .hint("write it with its scheme and host, like \"https://example.org\""));
        }
        Ok(url.to_string())
    }

    /// An e-mail address: one `@`, a name before it, a dotted domain after it.
    fn email(&self, email: &str, field: &str) -> Result<String, Diagnostic> {
        let dotted =
            |domain: &str| domain.contains('.') && domain.split('.').all(|label| !label.is_empty());
        let ok = match email.split_once('@') {
            Some((name, domain)) => !name.is_empty() && !domain.contains('@') && dotted(domain),
            None => false,
        };
        if !ok || email.chars().any(|c| c.is_whitespace() || c == ':') {
            return Err(Diagnostic::error(
                "manifest-value",
                format!(
                    "contact `{}`'s email `{email}` is not an e-mail address",
                    self.key
                ),
            )
            .at(self.at(field, email))
            .hint("write the address alone, like \"help@example.org\" (no mailto:, no name)"));
        }
        Ok(email.to_string())
    }
}

/// A contact's name is a Fluent variable's: a letter, then letters, digits,
/// `_` or `-` (ASCII).
fn check_key(key: &str, file: &SourceFile) -> Result<(), Diagnostic> {
    let mut chars = key.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'));
    if valid {
        return Ok(());
    }
    let rest = "a contact's name is the variable messages print it with: a letter, then letters, digits, `_` or `-`";
    let guess = variable_like(key);
    Err(Diagnostic::error(
        "manifest-value",
        format!("contact name `{key}` cannot be a Fluent variable"),
    )
    .at(file.toml_location(&["contacts", key]))
    .hint(crate::diag::guessed(guess.as_deref(), rest)))
}

/// `key` made a variable name: each run of other characters an `_`, leading
/// non-letters dropped (`clinic hours` → `clinic_hours`).
fn variable_like(key: &str) -> Option<String> {
    let mut out = String::new();
    for c in key.chars() {
        if c.is_ascii_alphanumeric() || c == '-' {
            out.push(c);
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    let out = out
        .trim_start_matches(|c: char| !c.is_ascii_alphabetic())
        .trim_end_matches('_')
        .to_string();
    (!out.is_empty()).then_some(out)
}

/// A contact given both in `[contacts]` and in the old form.
fn given_twice(w: &Written, file: &SourceFile) -> Diagnostic {
    let old = if w.key == "website" {
        "`website` in [campaign]".to_string()
    } else {
        w.table_name()
    };
    Diagnostic::error(
        "manifest-value",
        format!(
            "contact `{}` is given twice: in [contacts.{}] and, in the old form, {old}",
            w.key, w.key
        ),
    )
    .at(file.toml_location(&["contacts", &w.key]))
    .hint(format!(
        "remove {old}; [contacts.{}] is the one flyer reads",
        w.key
    ))
}

/// The warning for a manifest in the old form: at the first old table, with
/// the `[contacts]` tables that say the same.
fn old_form_warning(old: &OldForm, file: &SourceFile) -> Option<Diagnostic> {
    let mut parts = Vec::new();
    let mut tables = Vec::new();
    let quoted = |s: &str| toml::Value::String(s.to_string()).to_string();
    if let Some(h) = &old.hotline {
        parts.push((vec!["campaign", "hotline"], "[campaign.hotline]"));
        tables.push(format!(
            "[contacts.hotline]\nname = {}\nphone = {}\ndial = {}",
            quoted(&h.name),
            quoted(&h.number),
            quoted(&h.dial)
        ));
    }
    if let Some(e) = &old.emergency {
        parts.push((vec!["campaign", "emergency"], "[campaign.emergency]"));
        let mut table = format!("[contacts.emergency]\nphone = {}", quoted(&e.number));
        if !e.number.bytes().all(|b| b.is_ascii_digit()) {
            let digits: String = e.number.chars().filter(char::is_ascii_digit).collect();
            table.push_str(&format!("\ndial = {}", quoted(&digits)));
        }
        tables.push(table);
    }
    if let Some(site) = &old.website {
        parts.push((vec!["campaign", "website"], "`website` in [campaign]"));
        tables.push(format!("[contacts.website]\nurl = {}", quoted(site)));
    }
    let at = (parts.iter())
        .map(|(path, _)| file.toml_location(path))
        .min_by_key(|l| (l.line, l.col))?;
    let names: Vec<&str> = parts.iter().map(|(_, name)| *name).collect();
    let (list, verb) = match &names[..] {
        [one] => (one.to_string(), "is"),
        [init @ .., last] => (format!("{} and {last}", init.join(", ")), "are"),
        [] => return None,
    };
    Some(
        Diagnostic::warning(
            "manifest-old-form",
            format!("{list} {verb} the old form of flyer.toml's contacts"),
        )
        .at(at)
        .hint(format!(
            "flyer reads {} as before; replace {list} with these tables, which give the messages the same variables:\n\n{}",
            if names.len() == 1 { "it" } else { "them" },
            tables.join("\n\n")
        )),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<(Contacts, Option<Diagnostic>), Diagnostic> {
        #[derive(Deserialize)]
        struct Doc {
            #[serde(default)]
            contacts: BTreeMap<String, ContactTable>,
        }
        let file = SourceFile::new("flyer.toml", text.to_string());
        let doc: Doc = toml::from_str(text).unwrap();
        Contacts::load(&doc.contacts, OldForm::default(), &file)
    }

    fn error(text: &str) -> String {
        let d = load(text).unwrap_err();
        let at = d.location.as_ref().unwrap();
        format!(
            "{}:{}: {} / {}",
            at.line,
            at.col,
            d.message,
            d.hint.unwrap()
        )
    }

    #[test]
    fn every_kind_of_contact_gives_its_variables_and_qr_payloads() {
        let (contacts, warning) = load(
            "[contacts.hotline]\nname = \"Line\"\nphone = \"1-800-792-5200\"\ndial = \"+18007925200\"\n\
             [contacts.emergency]\nphone = \"911\"\n\
             [contacts.website]\nurl = \"https://example.org/a?b\"\n\
             [contacts.office]\nemail = \"help@example.org\"\n\
             [contacts.clinic]\naddress = \"12 Main St, Fall River, MA 02720\"\n\
             [contacts.clinic-hours]\ntext = \"Mon-Fri 8:30-4:30\"\n",
        )
        .unwrap();
        assert!(warning.is_none());
        let vars: Vec<String> = contacts
            .variables()
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        assert_eq!(
            vars,
            [
                "clinic=12 Main St, Fall River, MA 02720",
                "clinic-hours=Mon-Fri 8:30-4:30",
                "emergency=911",
                "hotline=1-800-792-5200",
                "hotline_name=Line",
                "office=help@example.org",
                "website=https://example.org/a?b",
            ]
        );
        let qr: Vec<String> = contacts
            .qr_targets()
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        assert_eq!(
            qr,
            [
                "emergency=tel:911",
                "hotline=tel:+18007925200",
                "office=mailto:help@example.org",
                "website=https://example.org/a?b",
            ]
        );
        let digits: Vec<(&str, String)> = contacts
            .contact_digits()
            .into_iter()
            .map(|(c, d)| (c.key.as_str(), d))
            .collect();
        assert_eq!(
            digits,
            [
                ("clinic", "02720".to_string()),
                ("emergency", "911".to_string()),
                ("hotline", "18007925200".to_string()),
            ]
        );
    }

    #[test]
    fn bad_contacts_are_refused_at_their_value_with_a_hint() {
        assert_eq!(
            error("[contacts.clinic]\nphone = \"555-0142\"\n"),
            "2:10: contact `clinic`'s phone number `555-0142` is not only digits, so it needs a `dial` / \
             add dial = \"5550142\" to [contacts.clinic] (the digits to dial, with a leading + and the country code if callers abroad need it)"
        );
        assert_eq!(
            error("[contacts.a]\nphone = \"555-0142\"\ndial = \"+15550143\"\n"),
            "2:10: contact `a`'s printed number `555-0142` does not match its dial number `+15550143` / \
             a wrong number on a poster is dangerous: check both against the contact's own materials"
        );
        assert_eq!(
            error("[contacts.a]\nphone = \"1\"\n"),
            "2:10: contact `a`'s phone number `1` has fewer than 2 digits / \
             write the number as it is printed, like \"1-800-792-5200\" or \"911\""
        );
        assert_eq!(
            error("[contacts.a]\nurl = \"https:///x\"\n"),
            "2:8: contact `a`'s url `https:///x` is not a web address / \
             write it with its scheme and host, like \"https://example.org\""
        );
        for bad in [
            "a@b",
            "@b.org",
            "a@@b.org",
            "a@b..org",
            "mailto:a@b.org",
            "a b@c.org",
        ] {
            let text = format!("[contacts.a]\nemail = \"{bad}\"\n");
            assert!(error(&text).contains("is not an e-mail address"), "{bad}");
        }
        assert_eq!(
            error("[contacts.a]\nurl = \"https://a.org\"\nemail = \"a@b.org\"\n"),
            "3:10: contact `a` has both `url` and `email`; a contact has one / \
             move `email` into a contact of its own, e.g. [contacts.a_email]"
        );
        assert_eq!(
            error("[contacts.a]\nname = \"A\"\n"),
            "1:11: contact `a` has no value / \
             give [contacts.a] one of phone, url, email, address or text, e.g. phone = \"555-0142\""
        );
        assert_eq!(
            error("[contacts.a]\ntext = \"A\"\ndial = \"911\"\n"),
            "3:9: contact `a` has a `dial` but no `phone` / \
             `dial` is how a phone number is dialled; remove it from [contacts.a]"
        );
        assert_eq!(
            error("[contacts.a]\ntext = \" \"\n"),
            "2:9: contact `a`'s text is empty / \
             write its text in [contacts.a], or remove the contact (every contact is optional)"
        );
        assert_eq!(
            error("[contacts.\"clinic hours\"]\ntext = \"9-5\"\n"),
            "1:11: contact name `clinic hours` cannot be a Fluent variable / did you mean `clinic_hours`? \
             A contact's name is the variable messages print it with: a letter, then letters, digits, `_` or `-`"
        );
        assert!(error(
            "[contacts.a]\ntext = \"x\"\nname = \"A\"\n[contacts.a_name]\ntext = \"y\"\n"
        )
        .starts_with("4:11: contact `a_name` has the name of contact `a`'s `name` variable"));
    }

    #[test]
    fn digits_of_every_shipped_script_read_as_ascii() {
        assert_eq!(
            digits_of("1978 ١٩٧٨ ۱۹۷۸ ១៩៧៨ ૧૯૭૮ １９７８"),
            "197819781978197819781978"
        );
        assert_eq!(decimal_digit('๑'), None, "Thai is not a shipped script");
        assert_eq!(decimal_digit('a'), None);
        assert_eq!(decimal_digit('½'), None);
    }
}
