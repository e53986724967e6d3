//! Translation provenance: which source text each translated message was made
//! from (`locales/<code>/translated-from.toml`), stale translations, and `flyer
//! confirm`, which records a translator's check.

use super::{entry_id, Catalog};
use crate::diag::Diagnostic;
use crate::outputs::write_atomically;
use crate::project::Project;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The file beside a translation that records which source text each message was
/// translated from.
pub const SOURCES_FILE: &str = "translated-from.toml";

/// A short hash of each message's and term's source text: its lines in the .ftl
/// file (the id line and the indented lines after it), white space folded.
///
/// The folding is fixed: every `translated-from.toml` records these hashes, and
/// changing it would make every translation read as stale.
pub fn source_hashes(catalog: &Catalog) -> BTreeMap<String, String> {
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
            out.insert(id, hash(&entry));
        }
    }
    out
}

fn hash(entry: &str) -> String {
    let folded = entry.split_whitespace().collect::<Vec<_>>().join(" ");
    let digest = Sha256::digest(folded.as_bytes());
    digest.iter().take(6).map(|b| format!("{b:02x}")).collect()
}

/// Where a translation's record is.
fn record_path(project: &Project, code: &str) -> PathBuf {
    project.locales_dir().join(code).join(SOURCES_FILE)
}

/// The recorded source hashes of a translation, if it has a readable record.
fn recorded(project: &Project, code: &str) -> Option<BTreeMap<String, String>> {
    #[derive(serde::Deserialize)]
    struct Record {
        messages: BTreeMap<String, String>,
    }
    // Read as any project file is (inside the project, a regular file, capped);
    // an unreadable record reads as none, and `flyer check` says so.
    project
        .read_source(
            &record_path(project, code),
            crate::project::Input::TRANSLATION,
        )
        .ok()
        .and_then(|f| toml::from_str::<Record>(&f.text).ok())
        .map(|r| r.messages)
}

/// Translations made from an older source text.
pub fn stale_translations(
    project: &Project,
    catalog: &Catalog,
    source: &Catalog,
) -> Vec<Diagnostic> {
    let current = source_hashes(source);
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
    for (id, hash) in &current {
        if !catalog.definitions.contains_key(id) || record.get(id) == Some(hash) {
            continue;
        }
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

/// Records the current source text of `ids` (all messages if empty) as the one
/// `catalog` was translated from. Returns how many entries were written.
pub fn confirm(
    project: &Project,
    catalog: &Catalog,
    source: &Catalog,
    ids: &[String],
) -> Result<usize, Diagnostic> {
    let code = &catalog.code;
    let current = source_hashes(source);
    if let Some(id) = ids.iter().find(|id| !current.contains_key(*id)) {
        return Err(Diagnostic::error(
            "unknown-message",
            format!("the source locale has no message `{id}`"),
        )
        .locale(code));
    }
    let mut record = recorded(project, code).unwrap_or_default();
    let mut count = 0;
    for (id, hash) in &current {
        if catalog.definitions.contains_key(id) && (ids.is_empty() || ids.contains(id)) {
            record.insert(id.clone(), hash.clone());
            count += 1;
        }
    }
    let source_code = &source.code;
    let mut text = format!(
        "# Which {source_code} text each message of locales/{code}/ was translated from: a hash of\n\
         # the source message. `flyer check` reports messages whose source changed since.\n\
         # Written by `flyer confirm {code}` after a translator checked the translation.\n\n[messages]\n"
    );
    for (id, hash) in &record {
        text.push_str(&format!("{id} = \"{hash}\"\n"));
    }
    write_atomically(&record_path(project, code), text.as_bytes())?;
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::hash;

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
}
