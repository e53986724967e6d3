//! Shared helpers for the whole-flyer tests: a scratch copy of the project, the
//! `flyer` binary, and reading text back out of a PDF.
#![allow(dead_code)]

pub mod long;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A copy of the project in a fresh folder (fonts hard-linked, which is instant:
/// flyer refuses a symbolic link that leads outside the project).
pub struct Scratch {
    pub root: PathBuf,
}

impl Scratch {
    pub fn new(name: &str) -> Scratch {
        let scratch = Scratch::empty(name);
        let root = &scratch.root;
        copy_dir(&repo().join("locales"), &root.join("locales"));
        copy_dir(&repo().join("layouts"), &root.join("layouts"));
        std::fs::copy(repo().join("flyer.toml"), root.join("flyer.toml")).unwrap();
        link_dir(&repo().join("fonts"), &root.join("fonts"));
        scratch
    }

    /// A fresh, empty folder, removed when the value is dropped.
    pub fn empty(name: &str) -> Scratch {
        static N: AtomicUsize = AtomicUsize::new(0);
        let root = std::env::temp_dir().join(format!(
            "flyer-test-{}-{}-{}",
            name,
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).unwrap();
        Scratch { root }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap()
    }

    pub fn write(&self, rel: &str, text: &str) {
        std::fs::write(self.path(rel), text).unwrap();
    }

    /// Replaces `from` (which must occur) by `to` in a file.
    /// Gives message `id` of an .ftl file a new one-line value, whatever its
    /// translation says now (so a translation fix cannot break a test).
    pub fn set_message(&self, rel: &str, id: &str, value: &str) {
        let text = self.read(rel);
        let mut out = Vec::new();
        let mut lines = text.lines().peekable();
        let mut found = false;
        while let Some(line) = lines.next() {
            if line.starts_with(&format!("{id} =")) {
                found = true;
                out.push(format!("{id} = {value}"));
                // Its continuation lines go with it (attributes stay).
                while lines
                    .peek()
                    .is_some_and(|l| l.starts_with(' ') && !l.trim_start().starts_with('.'))
                {
                    lines.next();
                }
            } else {
                out.push(line.to_string());
            }
        }
        assert!(found, "no message {id} in {rel}");
        self.write(rel, &(out.join("\n") + "\n"));
    }

    pub fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        self.write(rel, &text.replacen(from, to, 1));
    }

    pub fn flyer(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_flyer"))
            .arg("--project")
            .arg(&self.root)
            .args(args)
            .output()
            .unwrap()
    }

    /// `flyer` under 1 GiB of address space (`ulimit -v`), killed after `seconds`:
    /// its exit code and everything it printed. Its output is read while it runs,
    /// so a long report cannot stall it on a full pipe. Fails on a signal.
    pub fn flyer_limited(&self, args: &[&str], seconds: u64) -> (i32, String) {
        use std::process::Stdio;
        let child = Command::new("sh")
            .arg("-c")
            .arg("ulimit -v 1048576; exec \"$0\" \"$@\"")
            .arg(env!("CARGO_BIN_EXE_flyer"))
            .arg("--project")
            .arg(&self.root)
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let pid = child.id();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || tx.send(child.wait_with_output()));
        let Ok(out) = rx.recv_timeout(std::time::Duration::from_secs(seconds)) else {
            let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
            panic!("flyer {args:?} ran longer than {seconds} s");
        };
        let out = out.unwrap();
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let code = out
            .status
            .code()
            .unwrap_or_else(|| panic!("flyer died of a signal:\n{all}"));
        (code, all)
    }

    /// `flyer` with one environment variable set.
    pub fn flyer_env(&self, args: &[&str], name: &str, value: &str) -> Output {
        Command::new(env!("CARGO_BIN_EXE_flyer"))
            .arg("--project")
            .arg(&self.root)
            .args(args)
            .env(name, value)
            .output()
            .unwrap()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The files of `from` hard-linked into `to` (copied where linking fails, e.g.
/// across file systems).
fn link_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if std::fs::hard_link(entry.path(), &target).is_err() {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The text of a PDF's pages as a reader that honours ToUnicode and /ActualText
/// would give it, one line per text object. Built on lopdf's parser; enough for
/// PDFs flyer writes (Type0 fonts, Identity-H, 2-byte codes), and independent of
/// the code that wrote them.
pub fn pdf_text(bytes: &[u8]) -> String {
    pdf_page_texts(bytes).concat()
}

/// [`pdf_text`] page by page.
pub fn pdf_page_texts(bytes: &[u8]) -> Vec<String> {
    let mut pages = Vec::new();
    for (page, _, text) in pdf_marked_texts(bytes) {
        if pages.len() <= page {
            pages.resize(page + 1, String::new());
        }
        pages[page].push_str(&text);
    }
    pages
}

/// The text of each marked-content sequence with an MCID (the tagged content of
/// the structure tree): (page index, MCID or none, text), in content order.
pub fn pdf_marked_texts(bytes: &[u8]) -> Vec<(usize, Option<i64>, String)> {
    pdf_marked_texts_read_by(bytes, Reader::WithActualText)
}

/// How a reader turns glyphs into text. Both take the text of a text operator
/// that holds right-to-left letters for drawn order and reverse it, as pdf.js's
/// bidi does to a text item and poppler's `-raw` to a word (flyer writes a
/// right-to-left word per operator).
#[derive(Clone, Copy, PartialEq, Debug)]
#[allow(dead_code)] // not every test file uses both
pub enum Reader {
    /// ToUnicode, and /ActualText over what it covers (PDFium, poppler, content order).
    WithActualText,
    /// ToUnicode only, as pdf.js (Firefox) reads: /ActualText ignored.
    ToUnicodeOnly,
}

/// [`pdf_text`] as `reader` reads it.
#[allow(dead_code)] // not every test file uses it
pub fn pdf_text_read_by(bytes: &[u8], reader: Reader) -> String {
    pdf_marked_texts_read_by(bytes, reader)
        .into_iter()
        .map(|(_, _, text)| text)
        .collect()
}

/// Whether `c` is a right-to-left letter (Hebrew, Arabic and their supplements).
fn right_to_left(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// [`pdf_marked_texts`] as `reader` reads them.
pub fn pdf_marked_texts_read_by(bytes: &[u8], reader: Reader) -> Vec<(usize, Option<i64>, String)> {
    let doc = lopdf::Document::load_mem(bytes).expect("a PDF lopdf can read");
    let mut pieces: Vec<(usize, Option<i64>, String)> = Vec::new();
    for (page, (_, page_id)) in doc.get_pages().into_iter().enumerate() {
        let fonts = doc.get_page_fonts(page_id).unwrap_or_default();
        let maps: BTreeMap<Vec<u8>, BTreeMap<u16, String>> = fonts
            .iter()
            .map(|(name, font)| (name.clone(), to_unicode(&doc, font)))
            .collect();
        let content = doc.get_and_decode_page_content(page_id).unwrap();
        let mut font: Option<&BTreeMap<u16, String>> = None;
        let mut actual_depth: Option<usize> = None;
        // The MCID (if any) of each open marked-content sequence.
        let mut open: Vec<Option<i64>> = Vec::new();
        let mut emit = |open: &[Option<i64>], text: &str| {
            let mcid = open.iter().rev().flatten().next().copied();
            match pieces.last_mut() {
                Some((p, m, t)) if *p == page && *m == mcid => t.push_str(text),
                _ => pieces.push((page, mcid, text.to_string())),
            }
        };
        for op in &content.operations {
            let props = || op.operands.get(1).and_then(|o| o.as_dict().ok());
            match op.operator.as_str() {
                "Tf" => {
                    font = op
                        .operands
                        .first()
                        .and_then(|o| o.as_name().ok())
                        .and_then(|n| maps.get(n))
                }
                "BDC" => {
                    open.push(
                        props()
                            .and_then(|d| d.get(b"MCID").ok())
                            .and_then(|m| m.as_i64().ok()),
                    );
                    let actual = props()
                        .and_then(|d| d.get(b"ActualText").ok())
                        .filter(|_| reader == Reader::WithActualText);
                    if let (Some(lopdf::Object::String(bytes, _)), None) = (actual, actual_depth) {
                        emit(&open, &utf16(bytes));
                        actual_depth = Some(open.len());
                    }
                }
                "BMC" => open.push(None),
                "EMC" => {
                    if actual_depth == Some(open.len()) {
                        actual_depth = None;
                    }
                    open.pop();
                }
                "ET" => emit(&open, "\n"),
                "Tj" | "TJ" if actual_depth.is_none() => {
                    let strings: Vec<&[u8]> = match op.operands.first() {
                        Some(lopdf::Object::Array(items)) => {
                            items.iter().filter_map(|i| i.as_str().ok()).collect()
                        }
                        Some(lopdf::Object::String(s, _)) => vec![s.as_slice()],
                        _ => vec![],
                    };
                    let mut shown = String::new();
                    for s in strings {
                        for code in s.chunks(2).filter(|c| c.len() == 2) {
                            let code = u16::from_be_bytes([code[0], code[1]]);
                            if let Some(text) = font.and_then(|m| m.get(&code)) {
                                shown.push_str(text);
                            }
                        }
                    }
                    if shown.chars().any(right_to_left) {
                        shown = shown.chars().rev().collect();
                    }
                    emit(&open, &shown);
                }
                _ => {}
            }
        }
    }
    pieces
}

fn utf16(bytes: &[u8]) -> String {
    let body = bytes.strip_prefix(&[0xFE, 0xFF]).unwrap_or(bytes);
    let units: Vec<u16> = body
        .chunks(2)
        .filter(|c| c.len() == 2)
        .map(|c| u16::from_be_bytes([c[0], c[1]]))
        .collect();
    String::from_utf16_lossy(&units)
}

/// A font's ToUnicode CMap (bfchar entries, as flyer's PDFs use them).
fn to_unicode(doc: &lopdf::Document, font: &lopdf::Dictionary) -> BTreeMap<u16, String> {
    let mut map = BTreeMap::new();
    let Ok(reference) = font.get(b"ToUnicode").and_then(|o| o.as_reference()) else {
        return map;
    };
    let Ok(stream) = doc.get_object(reference).and_then(|o| o.as_stream()) else {
        return map;
    };
    let data = stream
        .decompressed_content()
        .unwrap_or_else(|_| stream.content.clone());
    let text = String::from_utf8_lossy(&data);
    let mut in_bfchar = false;
    for line in text.lines() {
        let line = line.trim();
        if line.ends_with("beginbfchar") {
            in_bfchar = true;
        } else if line == "endbfchar" {
            in_bfchar = false;
        } else if in_bfchar {
            let hexes: Vec<&str> = line
                .split(['<', '>'])
                .filter(|s| !s.trim().is_empty())
                .collect();
            if let [code, target] = hexes[..] {
                let code = u16::from_str_radix(code, 16).unwrap_or(0);
                let bytes: Vec<u8> = (0..target.len() / 2)
                    .filter_map(|i| u8::from_str_radix(&target[2 * i..2 * i + 2], 16).ok())
                    .collect();
                map.insert(code, utf16(&bytes));
            }
        }
    }
    map
}

/// Text without white space, bidi controls and soft hyphens, for comparing what a
/// reader extracts with what the translator wrote.
pub fn squeeze(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'))
        .collect()
}

/// Glyphs 0 (.notdef) drawn by any text operator with a Type0 font: codes that
/// the font's CIDToGIDMap (or the identity, without one) maps to glyph 0.
pub fn notdef_count(bytes: &[u8]) -> usize {
    let doc = lopdf::Document::load_mem(bytes).unwrap();
    let mut count = 0;
    for (_, page_id) in doc.get_pages() {
        let fonts = doc.get_page_fonts(page_id).unwrap_or_default();
        let maps: BTreeMap<Vec<u8>, Option<Vec<u8>>> = fonts
            .iter()
            .map(|(name, font)| (name.clone(), cid_to_gid(&doc, font)))
            .collect();
        let mut map: Option<&Vec<u8>> = None;
        let content = doc.get_and_decode_page_content(page_id).unwrap();
        for op in &content.operations {
            let strings: Vec<&[u8]> = match (op.operator.as_str(), op.operands.first()) {
                ("Tf", Some(name)) => {
                    map = name
                        .as_name()
                        .ok()
                        .and_then(|n| maps.get(n))
                        .and_then(Option::as_ref);
                    vec![]
                }
                ("TJ", Some(lopdf::Object::Array(items))) => {
                    items.iter().filter_map(|i| i.as_str().ok()).collect()
                }
                ("Tj", Some(lopdf::Object::String(s, _))) => vec![s.as_slice()],
                _ => vec![],
            };
            count += strings
                .iter()
                .flat_map(|s| s.chunks(2))
                .filter(|c| c.len() == 2)
                .filter(|c| {
                    let at = usize::from(u16::from_be_bytes([c[0], c[1]])) * 2;
                    match map {
                        Some(m) => m.get(at..at + 2).is_none_or(|g| g == [0, 0]),
                        None => *c == [0, 0],
                    }
                })
                .count();
        }
    }
    count
}

/// A Type0 font's CIDToGIDMap stream (2 bytes per code), if it has one.
fn cid_to_gid(doc: &lopdf::Document, font: &lopdf::Dictionary) -> Option<Vec<u8>> {
    let descendants = font.get(b"DescendantFonts").ok()?.as_array().ok()?;
    let cid_font = match descendants.first()? {
        lopdf::Object::Reference(id) => doc.get_dictionary(*id).ok()?,
        lopdf::Object::Dictionary(d) => d,
        _ => return None,
    };
    let id = cid_font.get(b"CIDToGIDMap").ok()?.as_reference().ok()?;
    let stream = doc.get_object(id).ok()?.as_stream().ok()?;
    Some(
        stream
            .decompressed_content()
            .unwrap_or_else(|_| stream.content.clone()),
    )
}

/// The formatted texts of a layout's messages on one side, in `locale`.
pub fn side_texts(
    s: &flyer::Session,
    layout: &str,
    side: flyer::spec::Side,
    locale: &str,
) -> BTreeMap<String, String> {
    let localizer = s.localizer(locale, false).unwrap();
    flyer::build::layout_texts(s.layout(layout).unwrap(), side, &localizer)
        .unwrap()
        .0
}

/// A PDF's output intents: each one's subtype (`S`), condition identifier, and
/// its profile's component count (`N`) and bytes.
#[allow(dead_code)] // not every test file uses it
pub fn output_intents(doc: &lopdf::Document) -> Vec<(String, String, i64, Vec<u8>)> {
    let Ok(intents) = doc.catalog().unwrap().get(b"OutputIntents") else {
        return Vec::new();
    };
    let text = |d: &lopdf::Dictionary, key: &[u8]| match d.get(key) {
        Ok(lopdf::Object::Name(n)) | Ok(lopdf::Object::String(n, _)) => {
            String::from_utf8_lossy(n).into_owned()
        }
        _ => String::new(),
    };
    intents
        .as_array()
        .unwrap()
        .iter()
        .map(|intent| {
            let intent = intent.as_dict().unwrap();
            let profile = intent
                .get(b"DestOutputProfile")
                .and_then(|p| p.as_reference())
                .and_then(|r| doc.get_object(r))
                .and_then(|o| o.as_stream())
                .unwrap();
            (
                text(intent, b"S"),
                text(intent, b"OutputConditionIdentifier"),
                profile.dict.get(b"N").unwrap().as_i64().unwrap(),
                profile.decompressed_content().unwrap(),
            )
        })
        .collect()
}
