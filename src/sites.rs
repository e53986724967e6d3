//! The sites table, flyer.toml `[sites] file`: one campaign printed by many
//! organizations (a state network's centers, a district's schools), each row a
//! site with its own name, contacts, logo, languages and pieces. Read with the
//! `csv` crate; every cell is checked as strictly as flyer.toml, and each error
//! names its `sites.csv:line:column`. A bad row stops that site's outputs only.
//!
//! Columns: `id` (the site's output folder), `organization`, `logo`, `locales`
//! and `layouts` (space-separated subsets), and for each contact of flyer.toml
//! `<contact>` (its value), `<contact>-name` and `<contact>-dial`. An empty cell
//! keeps the campaign's value, except a contact's value: a site whose cell is
//! empty has no such contact.

use crate::contacts::{ContactCells, Contacts};
use crate::diag::{suggest, Diagnostic, Location, SourceFile};
use crate::project::{Input, Project};
use std::collections::BTreeMap;
use std::path::Path;

/// One site: a row of the table, checked.
#[derive(Debug, Clone)]
pub struct Site {
    /// Its output folder's name: `[a-z0-9-]+`, unique.
    pub id: String,
    pub organization: String,
    pub contacts: Contacts,
    /// Its logo, a path in the project, for layouts' `path = "{logo}"`.
    pub logo: Option<String>,
    /// The locales and layouts it is built in; `None`: the campaign's.
    pub locales: Option<Vec<String>>,
    pub layouts: Option<Vec<String>>,
    /// Where its row is.
    pub at: Location,
    /// Where each contact's value cell is, by the contact's name.
    pub cells: BTreeMap<String, Location>,
}

impl Site {
    /// Where a variable's value is given for this site: its contact's cell
    /// (`hotline` for `$hotline` and `$hotline_name`), or the row.
    pub fn at(&self, variable: &str) -> Location {
        let key = variable.strip_suffix("_name").unwrap_or(variable);
        (self.cells.get(variable).or_else(|| self.cells.get(key)))
            .unwrap_or(&self.at)
            .clone()
    }
}

/// The sites table: each row a site, or why it cannot be built.
#[derive(Debug, Clone)]
pub struct Sites {
    pub rows: Vec<Result<Site, Diagnostic>>,
    /// Every row's id cell as written, a bad row's too: the folders a build
    /// keeps.
    pub ids: Vec<String>,
}

impl Sites {
    /// The sites that can be built.
    pub fn valid(&self) -> impl Iterator<Item = &Site> {
        self.rows.iter().flatten()
    }

    /// The errors of the rows that cannot be built.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.rows.iter().filter_map(|r| r.as_ref().err())
    }
}

/// What a column of the table gives.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Column<'a> {
    Id,
    Organization,
    Logo,
    Locales,
    Layouts,
    Value(&'a str),
    Name(&'a str),
    Dial(&'a str),
}

/// The project's sites table, if flyer.toml names one. An unreadable file or a
/// bad header is an error for the whole table; a bad row, for its site.
pub fn load(project: &Project) -> Result<Option<Sites>, Diagnostic> {
    let Some(written) = &project.manifest.sites.file else {
        return Ok(None);
    };
    let at_manifest = || project.manifest_file.toml_location(&["sites", "file"]);
    let path = (project.resolve(written, "sites table")).map_err(|d| d.at(at_manifest()))?;
    let file = project
        .read_source(&path, Input::SITES)
        .map_err(|d| d.at(at_manifest()))?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(file.text.as_bytes());
    let mut records = reader.records();
    let header =
        match records.next() {
            Some(Ok(header)) => header,
            Some(Err(e)) => return Err(csv_error(&file, &e)),
            None => return Err(Diagnostic::error("sites-table", "the sites table is empty")
                .at(file.location(0))
                .hint(
                    "its first line names the columns, e.g. id,organization,hotline,hotline-dial",
                )),
        };
    let header_at = cell_offsets(&file.text, 0, header.len());
    let columns = columns(project, &file, &header, &header_at)?;
    let mut rows = Vec::new();
    let mut ids = Vec::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                rows.push(Err(csv_error(&file, &e)));
                continue;
            }
        };
        let start = record.position().map_or(0, |p| p.byte() as usize);
        let offsets = cell_offsets(&file.text, start, record.len());
        let row = Row {
            project,
            file: &file,
            columns: &columns,
            cells: (record.iter().zip(&offsets))
                .map(|(v, &o)| (v.trim(), o))
                .collect(),
            start,
        };
        if row.cells.iter().all(|(v, _)| v.is_empty()) {
            continue;
        }
        ids.extend(row.get(Column::Id).map(str::to_string));
        let site = row.site().and_then(|site| match seen.get(&site.id) {
            Some(line) => Err(Diagnostic::error(
                "sites-table",
                format!("site id `{}` is given twice", site.id),
            )
            .at(row.at(Column::Id))
            .hint(format!(
                "line {line} has it already: each site needs its own id, its output folder"
            ))),
            None => Ok(site),
        });
        if let Ok(site) = &site {
            seen.insert(site.id.clone(), site.at.line);
        }
        rows.push(site);
    }
    Ok(Some(Sites { rows, ids }))
}

/// The header's columns, each checked: known, and given once.
fn columns<'a>(
    project: &'a Project,
    file: &SourceFile,
    header: &'a csv::StringRecord,
    offsets: &[usize],
) -> Result<Vec<Column<'a>>, Diagnostic> {
    let contacts = &project.manifest.contacts;
    let mut out: Vec<Column> = Vec::new();
    for (name, &offset) in header.iter().zip(offsets) {
        let name = name.trim();
        let contact = |key: &str| contacts.get(key).map(|c| c.key.as_str());
        let column = match name {
            "id" => Some(Column::Id),
            "organization" => Some(Column::Organization),
            "logo" => Some(Column::Logo),
            "locales" => Some(Column::Locales),
            "layouts" => Some(Column::Layouts),
            _ => contact(name).map(Column::Value).or_else(|| {
                let (key, field) = name.rsplit_once('-')?;
                let key = contact(key)?;
                match field {
                    "name" => Some(Column::Name(key)),
                    "dial" => Some(Column::Dial(key)),
                    _ => None,
                }
            }),
        };
        let Some(column) = column else {
            let mut known = vec!["id", "organization", "logo", "locales", "layouts"];
            let keys: Vec<String> = (contacts.iter())
                .flat_map(|c| {
                    [
                        c.key.clone(),
                        format!("{}-name", c.key),
                        format!("{}-dial", c.key),
                    ]
                })
                .collect();
            known.extend(keys.iter().map(String::as_str));
            let rest = format!("the columns are: {}; a contact's columns need it in flyer.toml ([contacts.<name>])", known.join(", "));
            return Err(Diagnostic::error(
                "sites-table",
                format!("the sites table has a column `{name}` flyer does not know"),
            )
            .at(file.location(offset))
            .hint(suggest(name, known.iter().copied(), &rest)));
        };
        if out.contains(&column) {
            return Err(Diagnostic::error(
                "sites-table",
                format!("the sites table has the column `{name}` twice"),
            )
            .at(file.location(offset))
            .hint("remove one of them: a site has one value for each"));
        }
        out.push(column);
    }
    if !out.contains(&Column::Id) {
        return Err(
            Diagnostic::error("sites-table", "the sites table has no `id` column")
                .at(file.location(0))
                .hint("add a first column `id`: each site's output folder, like `north-shore`"),
        );
    }
    Ok(out)
}

/// A row of the table, its cells trimmed, with where each starts.
struct Row<'a> {
    project: &'a Project,
    file: &'a SourceFile,
    columns: &'a [Column<'a>],
    cells: Vec<(&'a str, usize)>,
    start: usize,
}

impl Row<'_> {
    /// The cell of `column`, if the row has it and it is not empty.
    fn get(&self, column: Column) -> Option<&str> {
        let i = self.columns.iter().position(|c| *c == column)?;
        self.cells.get(i).map(|(v, _)| *v).filter(|v| !v.is_empty())
    }

    /// Where the cell of `column` is (the row's start if it has none).
    fn at(&self, column: Column) -> Location {
        let i = self.columns.iter().position(|c| *c == column);
        let offset = i
            .and_then(|i| self.cells.get(i))
            .map_or(self.start, |(_, o)| *o);
        self.file.location(offset)
    }

    fn site(&self) -> Result<Site, Diagnostic> {
        let id = self.id()?;
        let manifest = &self.project.manifest;
        let organization = self
            .get(Column::Organization)
            .unwrap_or(&manifest.campaign.organization)
            .to_string();
        let contacts = self.contacts(&manifest.contacts)?;
        let logo = match self.get(Column::Logo) {
            Some(logo) => Some(self.logo(logo)?),
            None => manifest.campaign.logo.clone(),
        };
        let locales = self.subset(Column::Locales, &self.project.locale_codes(), "locale")?;
        let layouts = self.subset(Column::Layouts, &self.project.available_layouts(), "layout")?;
        let cells = (manifest.contacts.iter())
            .filter(|c| self.columns.contains(&Column::Value(&c.key)))
            .map(|c| (c.key.clone(), self.at(Column::Value(&c.key))))
            .collect();
        Ok(Site {
            id,
            organization,
            contacts,
            logo,
            locales,
            layouts,
            at: self.file.location(self.start),
            cells,
        })
    }

    /// The id: the site's output folder, `[a-z0-9-]+`.
    fn id(&self) -> Result<String, Diagnostic> {
        let id = self.get(Column::Id).unwrap_or("");
        let plain = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
        if id.is_empty() || !id.chars().all(plain) {
            let guess: String = (id.to_lowercase().chars())
                .map(|c| if plain(c) { c } else { '-' })
                .collect();
            let guess = guess.trim_matches('-');
            return Err(Diagnostic::error(
                "sites-table",
                match id {
                    "" => "a site has no id".to_string(),
                    _ => format!("site id `{id}` is not a folder name flyer writes"),
                },
            )
            .at(self.at(Column::Id))
            .hint(match guess {
                "" => "give each site an id of lower-case letters, digits and `-`, like `north-shore`: its outputs go to out/<id>/".to_string(),
                _ => format!("write it with lower-case letters, digits and `-` only, like `{guess}`: its outputs go to out/<id>/"),
            }));
        }
        Ok(id.to_string())
    }

    /// The campaign's contacts with the row's values, each checked.
    fn contacts(&self, campaign: &Contacts) -> Result<Contacts, Diagnostic> {
        let mut given = Vec::new();
        for c in campaign.iter() {
            let key = c.key.as_str();
            if !self.columns.contains(&Column::Value(key)) {
                continue;
            }
            let cell = |column| self.get(column).map(|v| (v, self.at(column)));
            given.push(ContactCells {
                key,
                value: cell(Column::Value(key)),
                name: cell(Column::Name(key)),
                dial: cell(Column::Dial(key)),
                row: self.at(Column::Value(key)),
                columns: format!("the `{key}` columns of {}", self.file.path.display()),
            });
        }
        campaign.with_cells(&given)
    }

    /// A logo: an image file in the project.
    fn logo(&self, logo: &str) -> Result<String, Diagnostic> {
        let at = || self.at(Column::Logo);
        let path = (self.project.resolve(logo, "logo")).map_err(|d| d.at(at()))?;
        let image = Path::new(logo).extension().and_then(|e| e.to_str());
        if !matches!(image, Some("png" | "svg" | "PNG" | "SVG")) {
            return Err(Diagnostic::error(
                "sites-table",
                format!("logo `{logo}` is not a PNG or SVG file"),
            )
            .at(at())
            .hint("flyer places PNG and SVG logos; save the logo as one of them"));
        }
        if !path.is_file() {
            return Err(Diagnostic::error(
                "sites-table",
                format!("there is no logo file `{logo}`"),
            )
            .at(at())
            .hint(
                "write the logo's path relative to the project folder, like images/north-shore.svg",
            ));
        }
        Ok(logo.to_string())
    }

    /// A space-separated subset of `known` (the campaign's locales or layouts).
    fn subset(
        &self,
        column: Column,
        known: &[String],
        what: &str,
    ) -> Result<Option<Vec<String>>, Diagnostic> {
        let Some(cell) = self.get(column) else {
            return Ok(None);
        };
        let mut out = Vec::new();
        for name in cell.split_whitespace() {
            if !known.iter().any(|k| k == name) {
                let rest = format!("the project's {what}s: {}", known.join(", "));
                return Err(Diagnostic::error(
                    "sites-table",
                    format!("site {what} `{name}` is not one of the project's"),
                )
                .at(self.at(column))
                .hint(suggest(name, known.iter().map(String::as_str), &rest)));
            }
            out.push(name.to_string());
        }
        Ok(Some(out))
    }
}

/// A CSV error (a broken quote, bad UTF-8) at its line.
fn csv_error(file: &SourceFile, e: &csv::Error) -> Diagnostic {
    let offset = e.position().map_or(0, |p| p.byte() as usize);
    Diagnostic::error("sites-table", format!("the sites table cannot be read: {e}"))
        .at(file.location(offset))
        .hint("save it as CSV in UTF-8, with a comma between cells and double quotes around a cell that holds one")
}

/// Where each of a record's `n` cells starts in `text`, the record starting at
/// `start`. The `csv` crate tells where a record starts, not its cells: this
/// walks the record's bytes (quotes, doubled quotes, commas), only to locate them.
fn cell_offsets(text: &str, start: usize, n: usize) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut out = vec![start];
    let mut i = start;
    let mut quoted = false;
    while i < bytes.len() && out.len() < n {
        match bytes[i] {
            b'"' if quoted && bytes.get(i + 1) == Some(&b'"') => i += 1,
            b'"' => quoted = !quoted,
            b',' if !quoted => out.push(i + 1),
            b'\n' if !quoted => break,
            _ => {}
        }
        i += 1;
    }
    out.resize(n.max(1), out[out.len() - 1]);
    out
}

#[cfg(test)]
mod tests {
    use super::cell_offsets;

    #[test]
    fn cells_are_located_past_quotes_and_doubled_quotes() {
        let text = "id,organization\nnorth,\"A, \"\"B\"\" C\",x\n";
        let start = text.find("north").unwrap();
        let offsets = cell_offsets(text, start, 3);
        let cells: Vec<&str> = offsets.iter().map(|&o| &text[o..o + 1]).collect();
        assert_eq!(cells, ["n", "\"", "x"]);
    }
}
