//! Translation provenance: which source text each translated message was made
//! from (`locales/<code>/translated-from.toml`), stale translations with their
//! old and new source as a word diff, and `flyer confirm`, which records a
//! translator's check.

use super::{entry_id, Catalog};
use crate::diag::{suggest, Diagnostic};
use crate::outputs::write_atomically;
use crate::project::Project;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The file beside a translation that records which source text each message was
/// translated from.
pub const SOURCES_FILE: &str = "translated-from.toml";

/// A source message or term as a record keeps it: a hash of its entry, and the
/// entry's text without its `id = `.
#[derive(Debug, Clone, PartialEq, Eq)]
struct SourceEntry {
    hash: String,
    text: String,
}

/// Each message's and term's source entry: its lines in the .ftl file (the id
/// line and the indented lines after it), white space folded.
///
/// The folding is fixed: every `translated-from.toml` records hashes of it, and
/// changing it would make every translation read as stale.
fn source_entries(catalog: &Catalog) -> BTreeMap<String, SourceEntry> {
    let mut out = BTreeMap::new();
    for file in &catalog.files {
        let text = file.file.text.as_str();
        for (id, ident) in file.entries().filter_map(entry_id) {
            let Some(at) = file.offset_of(ident) else {
                continue;
            };
            let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            let mut lines = text[start..].lines();
            let mut entry = lines.next().unwrap_or_default().to_string();
            for line in lines.take_while(|l| l.starts_with([' ', '\t'])) {
                entry.push(' ');
                entry.push_str(line.trim());
            }
            let folded = fold(&entry);
            // An id holds no `=`: the first one ends it.
            let text = folded.split_once('=').map_or("", |(_, t)| t.trim_start());
            let source = SourceEntry {
                hash: hash(&folded),
                text: text.to_string(),
            };
            out.insert(id, source);
        }
    }
    out
}

/// A short hash of each message's and term's source entry (see
/// [`source_entries`]).
pub fn source_hashes(catalog: &Catalog) -> BTreeMap<String, String> {
    source_entries(catalog)
        .into_iter()
        .map(|(id, e)| (id, e.hash))
        .collect()
}

fn fold(entry: &str) -> String {
    entry.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn hash(entry: &str) -> String {
    let digest = Sha256::digest(fold(entry).as_bytes());
    crate::outputs::hex(&digest[..6])
}

/// A translation's `translated-from.toml`: the hash of each confirmed message's
/// source and, since reviewers see old and new source as a diff, its text.
/// Records written before `[source-text]` existed have hashes only.
#[derive(Debug, Default, serde::Deserialize, serde::Serialize)]
struct Record {
    messages: BTreeMap<String, String>,
    #[serde(
        rename = "source-text",
        default,
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    source_text: BTreeMap<String, String>,
}

/// Where a translation's record is.
fn record_path(project: &Project, code: &str) -> PathBuf {
    project.locales_dir().join(code).join(SOURCES_FILE)
}

/// The record of a translation, if it has a readable one.
fn recorded(project: &Project, code: &str) -> Option<Record> {
    // Read as any project file is (inside the project, a regular file, capped);
    // an unreadable record reads as none, and `flyer check` says so.
    project
        .read_source(
            &record_path(project, code),
            crate::project::Input::TRANSLATION,
        )
        .ok()
        .and_then(|f| toml::from_str::<Record>(&f.text).ok())
}

/// The ids `catalog` translates whose source changed since the record's.
fn stale_ids<'c>(
    record: &'c Record,
    current: &'c BTreeMap<String, SourceEntry>,
    catalog: &'c Catalog,
) -> impl Iterator<Item = &'c String> + 'c {
    current.iter().filter_map(move |(id, entry)| {
        let fresh = record.messages.get(id) == Some(&entry.hash);
        (catalog.definitions.contains_key(id) && !fresh).then_some(id)
    })
}

/// Translations made from an older source text.
pub fn stale_translations(
    project: &Project,
    catalog: &Catalog,
    source: &Catalog,
) -> Vec<Diagnostic> {
    let current = source_entries(source);
    let Some(record) = recorded(project, &catalog.code) else {
        let shown = project.shown(&record_path(project, &catalog.code));
        return vec![Diagnostic::warning(
            "stale-translation",
            format!(
                "locale {} has no record of the source text it was translated from",
                catalog.code
            ),
        )
        .locale(&catalog.code)
        .hint(format!(
            "after checking the translation, run `flyer confirm {}` to write {}",
            catalog.code,
            shown.display()
        ))];
    };
    let mut out = Vec::new();
    for id in stale_ids(&record, &current, catalog) {
        let mut d = Diagnostic::warning(
            "stale-translation",
            format!(
                "the {} text of `{id}` changed after locale {} translated it",
                source.code, catalog.code
            ),
        )
        .locale(&catalog.code)
        .message_id(id)
        .hint(format!(
            "update the translation, then run `flyer confirm {} {id}`",
            catalog.code
        ));
        if let Some(loc) = catalog.definitions.get(id) {
            d = d.at(loc.clone());
        }
        out.push(d);
    }
    out
}

/// A stale message's source text (folded, without `id = `): the one its
/// translation was made from, if the record has it, and the current one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaleSource {
    pub old: Option<String>,
    pub new: String,
}

/// The old and new source text of each of `catalog`'s stale messages. A
/// translation with no record has none (`flyer check` reports the locale).
pub fn stale_sources(
    project: &Project,
    catalog: &Catalog,
    source: &Catalog,
) -> BTreeMap<String, StaleSource> {
    let current = source_entries(source);
    let Some(record) = recorded(project, &catalog.code) else {
        return BTreeMap::new();
    };
    stale_ids(&record, &current, catalog)
        .map(|id| {
            let stale = StaleSource {
                old: record.source_text.get(id).cloned(),
                new: current[id].text.clone(),
            };
            (id.clone(), stale)
        })
        .collect()
}

/// Records the current source text of `ids` (all messages if empty) as the one
/// `catalog` was translated from. Returns how many entries were written.
pub fn confirm(
    project: &Project,
    catalog: &Catalog,
    source: &Catalog,
    ids: &[String],
) -> Result<usize, Diagnostic> {
    let code = &catalog.code;
    let current = source_entries(source);
    if let Some(id) = ids.iter().find(|id| !current.contains_key(*id)) {
        return Err(Diagnostic::error(
            "unknown-message",
            format!("the source locale has no message `{id}`"),
        )
        .locale(code)
        .hint(suggest(
            id,
            current.keys().map(String::as_str),
            &format!(
                "name messages by their ids in locales/{}/, or none to confirm them all",
                source.code
            ),
        )));
    }
    let mut record = recorded(project, code).unwrap_or_default();
    let mut count = 0;
    for (id, entry) in &current {
        if catalog.definitions.contains_key(id) && (ids.is_empty() || ids.contains(id)) {
            record.messages.insert(id.clone(), entry.hash.clone());
            record.source_text.insert(id.clone(), entry.text.clone());
            count += 1;
        } else if record.messages.get(id) == Some(&entry.hash) {
            // Confirmed before texts were recorded, against this same text.
            let text = || entry.text.clone();
            record.source_text.entry(id.clone()).or_insert_with(text);
        }
    }
    let text = record_text(&record, &source.code, code);
    write_atomically(&record_path(project, code), text.as_bytes())?;
    Ok(count)
}

/// A record as `translated-from.toml` text, with comments saying what it is.
fn record_text(record: &Record, source_code: &str, code: &str) -> String {
    // TOML quotes any key and escapes any string: tables of strings always serialize.
    let body = toml::to_string(record).expect("a table of strings serializes");
    format!(
        "# Which {source_code} text each message of locales/{code}/ was translated from:\n\
         # a hash of the source message, and its text. `flyer check` reports messages\n\
         # whose source changed since. Written by `flyer confirm {code}` after a\n\
         # translator checked the translation.\n\n{body}"
    )
}

/// What a piece of a word diff is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffOp {
    Same,
    Removed,
    Added,
}

/// How `old` became `new`, word by word (runs of white space are pieces too),
/// with adjacent pieces of one kind merged, so a reviewer reads phrases.
pub fn word_diff(old: &str, new: &str) -> Vec<(DiffOp, String)> {
    let diff = similar::TextDiff::from_words(old, new);
    let mut out: Vec<(DiffOp, String)> = Vec::new();
    for change in diff.iter_all_changes() {
        let op = match change.tag() {
            similar::ChangeTag::Equal => DiffOp::Same,
            similar::ChangeTag::Delete => DiffOp::Removed,
            similar::ChangeTag::Insert => DiffOp::Added,
        };
        match out.last_mut() {
            Some((last, text)) if *last == op => text.push_str(change.value()),
            _ => out.push((op, change.value().to_string())),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// Pinned: the recorded hashes in every `translated-from.toml` depend on it.
    #[test]
    fn the_source_hash_folding_is_fixed() {
        assert_eq!(
            hash("poster-title = What is\n    commercial   sexual exploitation"),
            hash("poster-title = What is commercial sexual exploitation")
        );
        // `printf 'a = b' | sha256sum`, its first 12 hex digits.
        assert_eq!(hash("a = b"), "223c4d200875");
    }

    const MANIFEST: &str = r#"
[campaign]
organization = "Cove"
[contacts.hotline]
name = "Hotline"
phone = "1-800-792-5200"
dial = "+18007925200"
[contacts.emergency]
phone = "911"
[[locale]]
code = "en"
name = "English"
native = "English"
status = "reviewed"
[[locale]]
code = "es"
name = "Spanish"
native = "Español"
status = "draft"
"#;

    /// A project in a temporary folder with an English and a Spanish catalog,
    /// removed when dropped.
    struct TempProject(PathBuf);

    impl TempProject {
        fn new(name: &str, en: &str, es: &str) -> TempProject {
            let root = std::env::temp_dir()
                .join(format!("flyer-provenance-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&root);
            for code in ["en", "es"] {
                std::fs::create_dir_all(root.join("locales").join(code)).unwrap();
            }
            std::fs::write(root.join("flyer.toml"), MANIFEST).unwrap();
            let p = TempProject(root);
            p.write("locales/en/flyer.ftl", en);
            p.write("locales/es/flyer.ftl", es);
            p
        }

        fn write(&self, path: &str, text: &str) {
            std::fs::write(self.0.join(path), text).unwrap();
        }

        fn read(&self, path: &str) -> String {
            std::fs::read_to_string(self.0.join(path)).unwrap()
        }

        /// The project and its English and Spanish catalogs, as they are now.
        fn load(&self) -> (Project, Catalog, Catalog) {
            let project = Project::load(Path::new(&self.0)).unwrap();
            let en = Catalog::load(&project, "en").unwrap();
            let es = Catalog::load(&project, "es").unwrap();
            (project, en, es)
        }
    }

    impl Drop for TempProject {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    const ODD: &str =
        r#"C:\carpeta "entre comillas" — ünïcode 中文 'y' \n \u00e9 #[x] = { $hotline }"#;

    #[test]
    fn confirm_records_source_text_that_reads_back_as_it_was() {
        let en = format!("odd = {ODD}\nlong =\n    one\n    two   three\n    .title = T\n");
        let p = TempProject::new("round-trip", &en, "odd = uno\nlong = dos\n    .title = t\n");
        let (project, en, es) = p.load();
        assert_eq!(confirm(&project, &es, &en, &[]).unwrap(), 2);
        let record: Record = toml::from_str(&p.read("locales/es/translated-from.toml")).unwrap();
        assert_eq!(record.source_text["odd"], ODD);
        assert_eq!(record.source_text["long"], "one two three .title = T");
        assert_eq!(record.messages, source_hashes(&en));
        assert!(stale_sources(&project, &es, &en).is_empty());
        assert!(stale_translations(&project, &es, &en).is_empty());
    }

    #[test]
    fn a_record_of_hashes_only_still_works_and_is_filled_in_on_confirm() {
        let p = TempProject::new(
            "hashes-only",
            "a = one\nb = two\nc = three\n",
            "a = uno\nb = dos\nc = tres\n",
        );
        let (project, en, es) = p.load();
        let hashes = source_hashes(&en);
        // As records were written before `[source-text]`; `b` was made from older text.
        p.write(
            "locales/es/translated-from.toml",
            &format!(
                "# old\n\n[messages]\na = \"{}\"\nb = \"000000000000\"\nc = \"{}\"\n",
                hashes["a"], hashes["c"]
            ),
        );
        let stale: Vec<_> = stale_translations(&project, &es, &en)
            .into_iter()
            .map(|d| d.message_id.unwrap())
            .collect();
        assert_eq!(stale, ["b"]);
        let b = StaleSource {
            old: None,
            new: "two".into(),
        };
        assert_eq!(
            stale_sources(&project, &es, &en),
            BTreeMap::from([("b".to_string(), b.clone())])
        );
        // Confirming `c` again writes its text and fills in `a`'s (the same text
        // was confirmed); `b`'s older text is unknown and stays so.
        confirm(&project, &es, &en, &["c".into()]).unwrap();
        let record: Record = toml::from_str(&p.read("locales/es/translated-from.toml")).unwrap();
        assert_eq!(record.messages["b"], "000000000000");
        let texts: Vec<_> = record
            .source_text
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(texts, [("a", "one"), ("c", "three")]);
        assert_eq!(
            stale_sources(&project, &es, &en),
            BTreeMap::from([("b".to_string(), b)])
        );
    }

    #[test]
    fn a_changed_source_message_gives_its_old_and_new_text() {
        let p = TempProject::new(
            "changed",
            "call = call the hotline now\nkeep = same\n",
            "call = llame\nkeep = igual\n",
        );
        let (project, en, es) = p.load();
        confirm(&project, &es, &en, &[]).unwrap();
        p.write(
            "locales/en/flyer.ftl",
            "call = call the state\n    hotline today\nkeep = same\n",
        );
        let (project, en, es) = p.load();
        let stale = stale_sources(&project, &es, &en);
        let call = StaleSource {
            old: Some("call the hotline now".into()),
            new: "call the state hotline today".into(),
        };
        assert_eq!(stale, BTreeMap::from([("call".to_string(), call)]));
        // Other ids confirmed later keep the recorded text of `call`.
        confirm(&project, &es, &en, &["keep".into()]).unwrap();
        assert_eq!(
            stale_sources(&project, &es, &en)["call"].old.as_deref(),
            Some("call the hotline now")
        );
    }

    #[test]
    fn the_word_diff_marks_words_added_and_removed() {
        use DiffOp::*;
        let diff = word_diff("call the hotline now", "call the state hotline today");
        let diff: Vec<_> = diff.iter().map(|(op, s)| (*op, s.as_str())).collect();
        assert_eq!(
            diff,
            [
                (Same, "call the "),
                (Added, "state "),
                (Same, "hotline "),
                (Removed, "now"),
                (Added, "today"),
            ]
        );
        assert_eq!(word_diff("same", "same"), [(Same, "same".to_string())]);
        assert_eq!(word_diff("", "new"), [(Added, "new".to_string())]);
    }
}
