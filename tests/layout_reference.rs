//! `docs/layouts.md`, the layout reference, held to the code:
//!
//! - every key of every spec table, and every value of the spec's word-valued keys,
//!   is named (as `` `key` ``) in the doc's section for its table. The names come
//!   from the real deserializers: each table refuses unknown keys
//!   (`deny_unknown_fields`), and serde's refusal of a planted unknown key lists
//!   the keys it expected; an unknown variant lists the variants. A new key in the
//!   code is a failing test until the doc names it;
//! - every ```toml example in the doc parses with flyer's own parsers (a layout
//!   passes flyer's layout checks too; a part of a layout is checked inside the
//!   doc's whole file), and every block type has an example and a picture.
//!
//! `cargo test --test layout_reference -- --ignored pictures` makes the pictures
//! again from the examples.

mod common;

use flyer::diag::{Severity, SourceFile};
use flyer::impose::{CardSize, Duplex, SheetLayout, SheetTemplate, Xy};
use flyer::spec::{
    Align, BannerImage, Block, Edge, Fit, Layout, LayoutSpec, Line, PageSpec, RoleSpec, Side,
    Weight,
};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// A key no table has: serde's error for it lists the keys each table has.
const PROBE: &str = "zz-not-a-key";

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn doc() -> String {
    std::fs::read_to_string(repo().join("docs/layouts.md")).unwrap()
}

/// The names serde expected, from its message: "unknown field `x`, expected one
/// of `a`, `b`" or "expected `a` or `b`" or "unknown variant ...".
fn expected_names(message: &str) -> Vec<String> {
    let Some((_, expected)) = message.split_once("expected") else {
        panic!("no list of expected names in {message:?}");
    };
    expected
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// The keys a table of type `T` takes, or the variants an enum takes: what its
/// deserializer expected instead of [`PROBE`] planted in `text` (`{}` marks where).
fn expected_by<T: DeserializeOwned>(text: &str) -> Vec<String> {
    let text = text.replace("{}", PROBE);
    let err = match toml::from_str::<T>(&text) {
        Ok(_) => panic!("{text:?} was accepted: the probe found nothing"),
        Err(e) => e.message().to_string(),
    };
    assert!(
        err.contains(&format!("`{PROBE}`")),
        "the error for {text:?} is not about the planted key: {err}"
    );
    let names = expected_names(&err);
    assert!(!names.is_empty(), "no names in {err:?}");
    names
}

/// The keys of a table type.
fn keys<T: DeserializeOwned>() -> Vec<String> {
    expected_by::<T>("{} = 1")
}

/// The words a word-valued key takes (`align = "center"`).
fn words<T: DeserializeOwned>() -> Vec<String> {
    #[derive(Deserialize)]
    struct Value<T> {
        #[allow(dead_code)]
        v: T,
    }
    expected_by::<Value<T>>("v = \"{}\"")
}

/// The fields of a struct-like enum variant written in Rust source, e.g. the
/// `width` and `height` of `Custom { width: Pt, height: Pt }` (for an untagged
/// enum, whose deserializer names no fields).
fn source_fields(file: &str, variant: &str) -> Vec<String> {
    let text = std::fs::read_to_string(repo().join(file)).unwrap();
    let start = text
        .find(&format!("{variant} {{"))
        .unwrap_or_else(|| panic!("no `{variant} {{` in {file}"));
    let body = &text[start + variant.len() + 2..];
    let body = &body[..body.find('}').unwrap()];
    body.split(',')
        .filter_map(|f| f.split_once(':'))
        .map(|(name, _)| name.trim().to_string())
        .collect()
}

/// Each type whose `#[derive(..Deserialize..)]` is in `file`: the name after the
/// derive's `pub struct` or `pub enum`.
fn derived_types(file: &str) -> Vec<String> {
    let text = std::fs::read_to_string(repo().join(file)).unwrap();
    let mut out = Vec::new();
    let mut pending = false;
    for line in text.lines().map(str::trim) {
        if line.starts_with("#[derive(") && line.contains("Deserialize") {
            pending = true;
        } else if pending {
            let words: Vec<&str> = line.split_whitespace().collect();
            if let [vis, kind, name, ..] = words[..] {
                if vis.starts_with("pub") && (kind == "struct" || kind == "enum") {
                    out.push(name.trim_end_matches(['{', '(', '<']).to_string());
                    pending = false;
                }
            }
        }
    }
    out
}

/// The part of the doc under the heading line `heading`, down to the next heading
/// of the same or a higher level (headings inside code blocks are not headings).
fn section<'d>(doc: &'d str, heading: &str) -> &'d str {
    let level = heading.chars().take_while(|&c| c == '#').count();
    let mut start = None;
    let mut fenced = false;
    let mut offset = 0;
    for line in doc.split_inclusive('\n') {
        let text = line.trim_end();
        if text.starts_with("```") {
            fenced = !fenced;
        } else if !fenced && text.starts_with('#') {
            let this = text.chars().take_while(|&c| c == '#').count();
            match start {
                None if text == heading => start = Some(offset + line.len()),
                Some(s) if this <= level => return &doc[s..offset],
                _ => {}
            }
        }
        offset += line.len();
    }
    match start {
        Some(s) => &doc[s..],
        None => panic!("docs/layouts.md has no heading {heading:?}"),
    }
}

/// Whether the doc's text names `name` as code: `` `name` `` or `` `"name"` ``.
fn names(text: &str, name: &str) -> bool {
    text.contains(&format!("`{name}`")) || text.contains(&format!("`\"{name}\"`"))
}

/// Every table of the spec and the names it takes, each with the heading of the
/// doc's section that must name them.
fn tables() -> Vec<(String, String, Vec<String>)> {
    let mut out: Vec<(String, &str, Vec<String>)> = vec![
        ("LayoutSpec".into(), "## Top level", keys::<LayoutSpec>()),
        ("PageSpec".into(), "## `[page]`", keys::<PageSpec>()),
        (
            "PaperSpec::Custom".into(),
            "## `[page]`",
            source_fields("src/spec/mod.rs", "Custom"),
        ),
        (
            "named page sizes".into(),
            "## `[page]`",
            flyer::units::NAMED_SIZES
                .iter()
                .map(|s| s.0.to_string())
                .collect(),
        ),
        ("RoleSpec".into(), "## `[roles.<name>]`", keys::<RoleSpec>()),
        ("Weight".into(), "## `[roles.<name>]`", words::<Weight>()),
        ("Align".into(), "## Blocks", words::<Align>()),
        ("Side".into(), "## Blocks", words::<Side>()),
        ("Line".into(), "### Lines", keys::<Line>()),
        ("BannerImage".into(), "### `banner`", keys::<BannerImage>()),
        ("Edge".into(), "### `banner`", words::<Edge>()),
        ("Fit".into(), "### `photo`", words::<Fit>()),
        (
            "SheetTemplate".into(),
            "## Sheet templates",
            keys::<SheetTemplate>(),
        ),
        ("CardSize".into(), "## Sheet templates", keys::<CardSize>()),
        ("Xy".into(), "## Sheet templates", keys::<Xy>()),
        (
            "SheetLayout".into(),
            "## Sheet layouts",
            keys::<SheetLayout>(),
        ),
        ("Duplex".into(), "## Sheet layouts", words::<Duplex>()),
    ];
    // The blocks: the types, the tag that names them, then each type's keys.
    let kinds = block_types();
    let tag = match toml::from_str::<Block>("") {
        Err(e) => expected_missing(e.message()),
        Ok(_) => panic!("an empty block was accepted"),
    };
    out.push(("Block".into(), "## Blocks", kinds.clone()));
    out.push(("Block's tag".into(), "## Blocks", vec![tag.clone()]));
    let mut out: Vec<(String, String, Vec<String>)> = out
        .into_iter()
        .map(|(t, h, n)| (t, h.to_string(), n))
        .collect();
    for kind in kinds {
        let mut keys = expected_by::<Block>(&format!("{tag} = \"{kind}\"\n{{}} = 1"));
        keys.push(tag.clone());
        out.push((format!("Block::{kind}"), format!("### `{kind}`"), keys));
    }
    out
}

/// The block types, from the deserializer's refusal of an unknown one.
fn block_types() -> Vec<String> {
    expected_by::<Block>("type = \"{}\"")
}

/// `missing field `type`` → `type`.
fn expected_missing(message: &str) -> String {
    let (_, rest) = message
        .split_once("missing field `")
        .unwrap_or_else(|| panic!("not a missing field: {message}"));
    rest.split('`').next().unwrap().to_string()
}

#[test]
fn every_key_and_value_of_the_spec_is_named_in_its_section() {
    let doc = doc();
    let mut missing = Vec::new();
    let mut checked = 0;
    for (table, heading, names_) in tables() {
        let text = section(&doc, &heading);
        for name in names_ {
            checked += 1;
            if !names(text, &name) {
                missing.push(format!("`{name}` ({table}) under {heading:?}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "docs/layouts.md does not name:\n  {}",
        missing.join("\n  ")
    );
    assert!(checked > 60, "only {checked} names checked");
}

#[test]
fn every_deserialized_spec_type_is_probed() {
    // A new table type in the spec must join `tables()`, or its keys go unchecked.
    // (PaperSpec is untagged, a name or `{ width, height }`: its keys are read from
    // the source; Color and Pt are read from text by hand and have no keys.)
    let probed: BTreeSet<String> = tables()
        .into_iter()
        .map(|(t, ..)| t.split("::").next().unwrap().to_string())
        .chain(["PaperSpec".to_string()])
        .collect();
    for file in ["src/spec/mod.rs", "src/impose.rs"] {
        let found = derived_types(file);
        assert!(!found.is_empty(), "no Deserialize types found in {file}");
        for ty in found {
            assert!(
                probed.contains(&ty),
                "{file}: `{ty}` is deserialized from layouts but tests/layout_reference.rs does not check that docs/layouts.md names its keys"
            );
        }
    }
}

#[test]
fn the_probe_reads_serdes_lists() {
    assert_eq!(
        expected_names("unknown field `x`, expected one of `a`, `b-c`, `d`"),
        ["a", "b-c", "d"]
    );
    assert_eq!(
        expected_names("unknown field `x`, expected `a` or `b`"),
        ["a", "b"]
    );
    assert_eq!(
        source_fields("src/spec/mod.rs", "Custom"),
        ["width", "height"]
    );
    let page = keys::<PageSpec>();
    assert!(page.contains(&"column-gap".to_string()), "{page:?}");
    assert!(block_types().contains(&"callout".to_string()));
    let doc = "# A\n## B\nb\n```toml\n# not a heading\n```\n### C\nc\n## D\nd\n";
    assert_eq!(
        section(doc, "## B"),
        "b\n```toml\n# not a heading\n```\n### C\nc\n"
    );
    assert_eq!(section(doc, "### C"), "c\n");
}

/// A ```toml example of the doc: its first line's number, and its text.
struct Example {
    line: usize,
    text: String,
    /// The picture linked right below it (`layouts/<name>.png`), if any.
    picture: Option<String>,
}

fn examples(doc: &str, language: &str) -> Vec<Example> {
    let lines: Vec<&str> = doc.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim_end() == format!("```{language}") {
            let start = i + 1;
            let mut end = start;
            while end < lines.len() && lines[end].trim_end() != "```" {
                end += 1;
            }
            assert!(
                end < lines.len(),
                "the example at line {start} is not closed"
            );
            let text = lines[start..end].join("\n") + "\n";
            let picture = lines[end + 1..]
                .iter()
                .find(|l| !l.trim().is_empty())
                .and_then(|l| l.trim().strip_prefix("!["))
                .and_then(|l| l.split_once("](layouts/"))
                .and_then(|(_, rest)| rest.split_once(".png)"))
                .map(|(name, _)| name.to_string());
            out.push(Example {
                line: start + 1,
                text,
                picture,
            });
            i = end;
        }
        i += 1;
    }
    out
}

/// `part`'s keys over `base`'s, table by table; `part`'s blocks replace `base`'s.
fn merge(base: &mut toml::Table, part: toml::Table) {
    for (key, value) in part {
        match (base.get_mut(&key), value) {
            (Some(toml::Value::Table(b)), toml::Value::Table(p)) if key != "block" => merge(b, p),
            (_, value) => {
                base.insert(key, value);
            }
        }
    }
}

/// What an example is, by its keys.
enum Kind {
    Layout,
    /// A part of a layout, checked inside the doc's whole file.
    Part,
    SheetTemplate,
    SheetLayout,
}

fn kind(table: &toml::Table) -> Kind {
    if table.contains_key("paper") {
        Kind::SheetTemplate
    } else if table.contains_key("sheet") {
        Kind::SheetLayout
    } else if table.contains_key("description") {
        Kind::Layout
    } else {
        Kind::Part
    }
}

/// A layout parsed by flyer and held to its layout checks (contrast, minimum
/// sizes, safe zone).
fn check_layout(name: &str, label: &str, text: String) -> Result<Layout, String> {
    let layout = Layout::parse(name, SourceFile::new(label, text.clone()))
        .map_err(|d| format!("{d}\n--- as parsed:\n{text}"))?;
    let errors: Vec<String> = flyer::rules::layout::layout_checks(&layout)
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.to_string())
        .collect();
    if errors.is_empty() {
        Ok(layout)
    } else {
        Err(errors.join("\n"))
    }
}

/// The doc's whole file (its first complete layout), as a table.
fn whole_file(examples: &[Example]) -> toml::Table {
    examples
        .iter()
        .filter_map(|e| e.text.parse::<toml::Table>().ok())
        .find(|t| matches!(kind(t), Kind::Layout))
        .expect("docs/layouts.md has no complete layout example")
}

/// A part of a layout inside the whole file, as TOML text.
fn in_whole_file(whole: &toml::Table, part: &str) -> Result<String, String> {
    let part: toml::Table = part.parse().map_err(|e| format!("{e}"))?;
    let mut merged = whole.clone();
    merge(&mut merged, part);
    toml::to_string(&merged).map_err(|e| e.to_string())
}

/// Why each example does not parse, by its line in the doc.
fn broken_examples(doc: &str) -> Vec<String> {
    let examples = examples(doc, "toml");
    let whole = whole_file(&examples);
    let mut broken = Vec::new();
    for e in &examples {
        let name = format!("example-line-{}", e.line);
        let label = format!("(the example at docs/layouts.md:{})", e.line);
        let inside = format!(
            "(the example at docs/layouts.md:{}, in the whole file)",
            e.line
        );
        let result = match e.text.parse::<toml::Table>() {
            Err(err) => Err(format!("not TOML: {err}")),
            Ok(table) => match kind(&table) {
                Kind::Layout => check_layout(&name, &label, e.text.clone()).map(|_| ()),
                Kind::Part => in_whole_file(&whole, &e.text)
                    .and_then(|text| check_layout(&name, &inside, text))
                    .map(|_| ()),
                Kind::SheetTemplate => {
                    SheetTemplate::parse(&SourceFile::new(label, e.text.clone()))
                        .map(|_| ())
                        .map_err(|d| d.to_string())
                }
                Kind::SheetLayout => toml::from_str::<SheetLayout>(&e.text)
                    .map_err(|err| err.to_string())
                    .and_then(|s| {
                        // It names a template and a card layout that flyer ships.
                        let template = repo().join(format!("layouts/sheets/{}.toml", s.sheet));
                        let card = repo().join(format!("layouts/{}.toml", s.card));
                        match (template.is_file(), card.is_file()) {
                            (true, true) => Ok(()),
                            _ => Err(format!(
                                "no {} or no {}",
                                template.display(),
                                card.display()
                            )),
                        }
                    }),
            },
        };
        if let Err(why) = result {
            broken.push(format!("docs/layouts.md:{}: {why}", e.line));
        }
    }
    broken
}

#[test]
fn every_example_parses() {
    let doc = doc();
    let count = examples(&doc, "toml").len();
    assert!(count >= 12, "only {count} examples in docs/layouts.md");
    let broken = broken_examples(&doc);
    assert!(
        broken.is_empty(),
        "broken examples:\n{}",
        broken.join("\n\n")
    );
}

#[test]
fn a_broken_example_is_found() {
    // The check can fail: a misspelt key, a colour the palette lacks, a role
    // that shrinks below the page's minimum, a card that does not exist.
    let doc = doc();
    for (from, to) in [
        ("type = \"list\"\nitems", "type = \"list\"\nitem"),
        ("fill = \"soft\"\nborder", "fill = \"sofft\"\nborder"),
        ("size = [12.5, 11]", "size = [12.5, 9]"),
        ("card = \"card-us\"", "card = \"card-uss\""),
        ("gap = { x = \"0in\"", "gap = { z = \"0in\""),
    ] {
        assert!(doc.contains(from), "the doc has no {from:?}");
        let broken = broken_examples(&doc.replacen(from, to, 1));
        assert!(!broken.is_empty(), "{from:?} → {to:?} went unnoticed");
    }
}

#[test]
fn every_block_type_has_an_example_and_a_picture() {
    let doc = doc();
    for kind in block_types() {
        let heading = format!("### `{kind}`");
        let text = section(&doc, &heading);
        let own = examples(text, "toml")
            .into_iter()
            .find(|e| e.text.contains(&format!("type = \"{kind}\"")))
            .unwrap_or_else(|| panic!("{heading} has no example of a {kind} block"));
        let picture = own
            .picture
            .unwrap_or_else(|| panic!("{heading}: no picture right below its example"));
        let path = repo().join(format!("docs/layouts/{picture}.png"));
        let bytes = std::fs::read(&path)
            .unwrap_or_else(|e| panic!("{heading}: cannot read {}: {e}", path.display()));
        assert!(
            bytes.starts_with(b"\x89PNG"),
            "{} is not a PNG",
            path.display()
        );
        assert!(
            bytes.len() < 100_000,
            "{} is {} bytes",
            path.display(),
            bytes.len()
        );
    }
}

/// The scratch project's manifest for the pictures: what the doc says they use.
const MANIFEST: &str = r#"
[campaign]
organization = "Maple Street School"

[contacts.website]
url = "https://example.org/flu"

[contacts.hotline]
name = "School nurse"
phone = "(555) 555-0142"
dial = "+15555550142"

[contacts.emergency]
phone = "911"

[build]
out = "out"
source-locale = "en"

[[locale]]
code = "en"
name = "English"
native = "English"
status = "reviewed"
reviewed-by = "flyer"
reviewed-on = "2026-01-01"
"#;

/// The image example's logo: a leaf on a green square.
const LOGO: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120">
  <rect width="120" height="120" rx="18" fill="#2e7d32"/>
  <path d="M60 16 C 92 38 94 80 60 104 C 26 80 28 38 60 16 Z" fill="#ffffff"/>
  <path d="M60 34 L 60 96" stroke="#2e7d32" stroke-width="5" fill="none"/>
</svg>
"##;

/// The pictures' page: 4 in wide, `height` pt tall, 0.375 in margins (1/8 in
/// of a banner's colour beside its text: it stops at the 1/4 in safe line).
fn picture_page(text: &str, height: u32) -> String {
    let mut table: toml::Table = text.parse().unwrap();
    let page = table["page"].as_table_mut().unwrap();
    page.insert(
        "size".into(),
        toml::Value::Table(toml::Table::from_iter([
            ("width".to_string(), toml::Value::from("4in")),
            (
                "height".to_string(),
                toml::Value::from(format!("{height}pt")),
            ),
        ])),
    );
    page.insert("margin".into(), toml::Value::from("0.375in"));
    toml::to_string(&table).unwrap()
}

/// Makes `docs/layouts/<name>.png` from each example that links one: the example in
/// the doc's whole file, on a page 4 in wide and as tall as it needs at its
/// largest type sizes, laid out and written by flyer, rendered back 400 px wide.
#[test]
#[ignore = "writes docs/layouts/*.png: run it after changing an example"]
fn pictures() {
    use flyer::{BuildOptions, Builder, Project, Session};
    use std::collections::BTreeMap;
    use std::sync::Arc;

    let doc = doc();
    let examples = examples(&doc, "toml");
    let whole = whole_file(&examples);
    let messages = &examples_of(&doc, "fluent")[0];
    let p = common::Scratch::new("layout-pictures");
    for dir in ["layouts", "locales"] {
        std::fs::remove_dir_all(p.path(dir)).unwrap();
    }
    std::fs::create_dir_all(p.path("layouts")).unwrap();
    std::fs::create_dir_all(p.path("locales/en")).unwrap();
    p.write("flyer.toml", MANIFEST);
    p.write("locales/en/flyer.ftl", messages);
    p.write("logo.svg", LOGO);
    std::fs::copy(
        repo().join("examples/flu-clinic/images/clinic.jpg"),
        p.path("photo.jpg"),
    )
    .unwrap();
    let mut layouts = Vec::new();
    for e in examples.iter().filter(|e| e.picture.is_some()) {
        let name = e.picture.clone().unwrap();
        let text = in_whole_file(&whole, &e.text).unwrap();
        p.write(&format!("layouts/{name}.toml"), &picture_page(&text, 720));
        layouts.push((name, text));
    }
    let session = Session::open(Project::load(&p.root).unwrap()).unwrap();
    let opts = BuildOptions::default();
    // The session with `name`'s page `height` pt tall.
    let at = |name: &str, text: &str, height: u32| {
        let file = SourceFile::new(format!("layouts/{name}.toml"), picture_page(text, height));
        let mut all = (*session.layouts).clone();
        all.insert(name.to_string(), Layout::parse(name, file));
        let mut s = session.clone();
        s.layouts = Arc::new(all);
        s
    };
    let out = repo().join("docs/layouts");
    std::fs::create_dir_all(&out).unwrap();
    let mut made = BTreeMap::new();
    for (name, text) in &layouts {
        // The least height at which the example fits at its largest sizes.
        let fits = |h: u32| {
            let s = at(name, text, h);
            let built = Builder::new(&s, &opts).document(name, "en");
            built.is_ok_and(|(_, b)| b.fit >= 1.0)
        };
        let (mut lo, mut hi) = (72u32, 720u32);
        assert!(fits(hi), "{name} does not fit on a page 10 in tall");
        while lo < hi {
            let mid = (lo + hi) / 2;
            if fits(mid) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        let s = at(name, text, hi);
        let (pdf, _) = Builder::new(&s, &opts)
            .render(name, "en")
            .unwrap_or_else(|d| panic!("{name}: {d:?}"));
        let png = flyer::preview::page(&pdf, 0, 400.0).unwrap();
        std::fs::write(out.join(format!("{name}.png")), &png).unwrap();
        made.insert(name.clone(), (hi, png.len()));
    }
    for (name, (height, bytes)) in made {
        println!("docs/layouts/{name}.png: page 288 x {height} pt, {bytes} bytes");
    }
}

/// The texts of the doc's ```<language> blocks.
fn examples_of(doc: &str, language: &str) -> Vec<String> {
    examples(doc, language)
        .into_iter()
        .map(|e| e.text)
        .collect()
}
