//! The house: `src/` is the pipeline, each stage a module that only looks down.
//! These tests read the source as text (the `crate::`, `super::` and child-module
//! paths of every file outside its tests), so an import loop fails the build of
//! the test suite's answer, not a reviewer's memory; and they hold the README's
//! "How it works" and lib.rs's stage list to the files that exist.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every .rs file under src/, relative to it, with `/` separators.
fn source_files() -> Vec<String> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix(root).unwrap();
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let mut out = Vec::new();
    walk(&src(), &src(), &mut out);
    out.sort();
    out
}

/// The module path of a file: `pdf/mod.rs` → `pdf`, `l10n/provenance.rs` →
/// `l10n::provenance`, `lib.rs` → `` (the crate root).
fn module_of(file: &str) -> String {
    let trimmed = file
        .trim_end_matches(".rs")
        .trim_end_matches("/mod")
        .trim_end_matches("lib");
    trimmed.trim_end_matches('/').replace('/', "::")
}

/// The code of a file without its comments and its `#[cfg(test)]` module (tests
/// may reach anywhere; doc links are not imports).
fn code(file: &str) -> String {
    let text = std::fs::read_to_string(src().join(file)).unwrap();
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => &text,
    };
    text.lines()
        .map(|l| match l.find("//") {
            Some(at) => &l[..at],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The modules a file's code names, resolved to the modules that exist.
fn references(file: &str, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let this = module_of(file);
    let parent = this.rsplit_once("::").map_or("", |(p, _)| p).to_string();
    let text = code(file);
    let children: Vec<String> = modules
        .iter()
        .filter_map(|m| m.strip_prefix(&format!("{this}::")).map(str::to_string))
        .filter(|rest| !rest.contains("::"))
        .collect();
    let mut found = BTreeSet::new();
    for path in paths(&text) {
        let mut parts: Vec<&str> = path.split("::").collect();
        let base: Vec<String> = match parts.first().copied() {
            Some("crate") => Vec::new(),
            Some("super") => parent.split("::").map(str::to_string).collect(),
            Some(first) if children.iter().any(|c| c == first) => {
                // A child module named relative to this one (`use text::UnicodeMap`).
                let mut base: Vec<String> = this.split("::").map(str::to_string).collect();
                base.retain(|s| !s.is_empty());
                parts.insert(0, "self");
                base
            }
            _ => continue,
        };
        let mut full: Vec<String> = base.into_iter().filter(|s| !s.is_empty()).collect();
        full.extend(parts[1..].iter().map(|s| s.to_string()));
        // The longest prefix that is a module.
        while !full.is_empty() && !modules.contains(&full.join("::")) {
            full.pop();
        }
        let target = full.join("::");
        if !target.is_empty() && target != this {
            found.insert(target);
        }
    }
    found
}

/// Every path a piece of code writes (`crate::a::b`, `super::x`, `text::Run`),
/// with `use` groups (`crate::a::{b, c::d}`) expanded.
fn paths(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let starts_word = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
        if starts_word && (bytes[i].is_ascii_alphabetic() || bytes[i] == b'_') {
            let (path, end) = read_path(text, i);
            if path.contains("::") {
                out.extend(path_group(&path));
            }
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// Reads a path with its braces from `start`; returns it and where it ends.
fn read_path(text: &str, start: usize) -> (String, usize) {
    let mut depth = 0;
    let mut end = start;
    for (i, c) in text[start..].char_indices() {
        let ok = c.is_alphanumeric()
            || c == '_'
            || c == ':'
            || (depth > 0 && (c == ',' || c.is_whitespace() || c == '*'))
            || c == '{'
            || (c == '}' && depth > 0);
        if !ok {
            break;
        }
        if c == '{' {
            // Only a use group opens a brace right after `::`.
            if !text[start..start + i].ends_with("::") {
                break;
            }
            depth += 1;
        }
        if c == '}' {
            depth -= 1;
        }
        end = start + i + c.len_utf8();
    }
    (text[start..end].to_string(), end)
}

/// `a::{b, c::{d, e}}` → `a::b`, `a::c::d`, `a::c::e`.
fn path_group(path: &str) -> Vec<String> {
    let Some(open) = path.find('{') else {
        return vec![path.to_string()];
    };
    let prefix = &path[..open];
    let inner = path[open + 1..].trim_end_matches('}');
    let mut parts = Vec::new();
    let (mut depth, mut last) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[last..i]);
                last = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[last..]);
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .flat_map(|p| path_group(&format!("{prefix}{p}")))
        .map(|p| p.trim_end_matches("::self").to_string())
        .collect()
}

/// The import graph of the library: module → the modules it names.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let files: Vec<String> = source_files()
        .into_iter()
        .filter(|f| f != "main.rs")
        .collect();
    let modules: BTreeSet<String> = files.iter().map(|f| module_of(f)).collect();
    files
        .iter()
        .map(|f| (module_of(f), references(f, &modules)))
        .filter(|(m, _)| !m.is_empty()) // lib.rs only declares the modules
        .collect()
}

/// The import loops of a graph: its strongly connected components of more than
/// one module (Tarjan's algorithm).
fn loops(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct State<'g> {
        graph: &'g BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        on_stack: BTreeSet<&'g str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'g>(s: &mut State<'g>, v: &'g str) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on_stack.insert(v);
        for w in s.graph.get(v).into_iter().flatten() {
            let w = w.as_str();
            if !s.index.contains_key(w) {
                visit(s, w);
                let low = s.low[v].min(s.low[w]);
                s.low.insert(v, low);
            } else if s.on_stack.contains(w) {
                let low = s.low[v].min(s.index[w]);
                s.low.insert(v, low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                component.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.found.push(component);
            }
        }
    }
    let mut state = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !state.index.contains_key(v.as_str()) {
            visit(&mut state, v);
        }
    }
    state.found
}

#[test]
fn no_module_imports_a_module_that_imports_it_back() {
    let graph = graph();
    let found = loops(&graph);
    let explain: Vec<String> = found
        .iter()
        .map(|members| {
            let arrows: Vec<String> = members
                .iter()
                .flat_map(|m| {
                    graph[m]
                        .iter()
                        .filter(|t| members.contains(t))
                        .map(move |t| format!("{m} -> {t}"))
                })
                .collect();
            format!("loop of {}: {}", members.join(", "), arrows.join("; "))
        })
        .collect();
    assert!(found.is_empty(), "{}", explain.join("\n"));
}

#[test]
fn the_loop_finder_finds_loops() {
    // The detector itself, on a graph with a loop (a → b → c → a) and a tail.
    let edges = [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")];
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, to) in edges {
        graph.entry(from.into()).or_default().insert(to.into());
        graph.entry(to.into()).or_default();
    }
    assert_eq!(loops(&graph), vec![vec!["a", "b", "c"]]);
    graph.get_mut("c").unwrap().remove("a");
    assert!(loops(&graph).is_empty());
}

#[test]
fn paths_are_read_with_their_use_groups_and_relative_children() {
    let text = "use crate::diag::{Diagnostic, Location};\nuse text::UnicodeMap;\n\
                pub use meta::{Metadata, PrintIntent};\nfn f() { crate::spec::Side::Main; }\n";
    let found = paths(text);
    for expected in [
        "crate::diag::Diagnostic",
        "crate::diag::Location",
        "text::UnicodeMap",
        "meta::PrintIntent",
        "crate::spec::Side::Main",
    ] {
        assert!(found.iter().any(|p| p == expected), "{expected}: {found:?}");
    }
}

/// The `README.md` section "How it works": every source file is named there, and
/// everything it names as a source file exists.
#[test]
fn the_readme_names_every_source_file_once() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let start = readme
        .find("## How it works")
        .expect("a How it works section");
    let section = &readme[start..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |i| i + 3)];
    let named: Vec<&str> = section
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|s| {
            (s.ends_with(".rs") || s.ends_with('/')) && *s != "src/" && !s.starts_with("tests/")
        })
        .collect();
    for file in source_files() {
        let folder = file.strip_suffix("mod.rs");
        let count = named
            .iter()
            .filter(|n| **n == file || Some(**n) == folder)
            .count();
        assert_eq!(
            count, 1,
            "README's How it works names src/{file} {count} times"
        );
    }
    for n in &named {
        let exists = if n.ends_with('/') {
            src().join(n).join("mod.rs").exists()
        } else {
            src().join(n).exists()
        };
        assert!(
            exists,
            "README's How it works names `{n}`, which is not in src/"
        );
    }
}

/// lib.rs's doc comment names every module it declares.
#[test]
fn lib_rs_lists_every_module() {
    let lib = std::fs::read_to_string(src().join("lib.rs")).unwrap();
    let docs: String = lib
        .lines()
        .filter(|l| l.starts_with("//!"))
        .collect::<Vec<_>>()
        .join("\n");
    for line in lib.lines() {
        if let Some(name) = line.strip_prefix("pub mod ") {
            let name = name.trim_end_matches(';');
            assert!(
                docs.contains(&format!("[`{name}`]")),
                "lib.rs declares `{name}` but its doc comment does not name it"
            );
        }
    }
}
