//! Synthetic long translations, for testing how flyer fits text much longer
//! than the English, in scripts with tall glyphs: a scratch project with the
//! English text and one more locale whose every message is the English one
//! lengthened to a factor (in characters of text outside placeables), written
//! in German (Latin), Malayalam, Sinhala or Lao words, with the fixture fonts
//! of tests/fixtures/fonts for the three scripts flyer does not carry.
//!
//! The words are real words of each language (numbers, family, school, help...)
//! strung together: the text means nothing, but it has each script's conjuncts,
//! stacked marks and vowel signs, so its glyphs are as tall and as wide as a
//! real translation's. Placeables, the English's acronyms and numbers
//! ("(CSEC)", "LGBTQ+", "18"), sentence punctuation, the translator notes and
//! what they require (`Requires: ({ $hotline_name })`) are kept.

use super::{copy_dir, repo, Scratch};
use fluent_syntax::ast::{Comment, Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::HashMap;
use std::process::Output;

/// A script (and the language written in it) for a long translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    /// German, a language of long words: Latin script.
    Latin,
    Malayalam,
    Sinhala,
    Lao,
}

impl Script {
    pub const ALL: [Script; 4] = [
        Script::Latin,
        Script::Malayalam,
        Script::Sinhala,
        Script::Lao,
    ];

    /// The locale code the translation is filed under.
    pub fn locale(self) -> &'static str {
        match self {
            Script::Latin => "de",
            Script::Malayalam => "ml",
            Script::Sinhala => "si",
            Script::Lao => "lo",
        }
    }

    /// The language's name in English and in itself, for flyer.toml.
    fn names(self) -> (&'static str, &'static str) {
        match self {
            Script::Latin => ("German", "Deutsch"),
            Script::Malayalam => ("Malayalam", "മലയാളം"),
            Script::Sinhala => ("Sinhala", "සිංහල"),
            Script::Lao => ("Lao", "ລາວ"),
        }
    }

    /// Real words of the language, of many lengths (so any length of text can
    /// be made exactly): numbers, family, school, help, health, danger...
    fn words(self) -> &'static [&'static str] {
        match self {
            Script::Latin => &[
                "Kinder",
                "und",
                "Familie",
                "Hilfe",
                "Schule",
                "in",
                "Sicherheit",
                "der",
                "Gemeinschaft",
                "die",
                "Beratungsstelle",
                "zu",
                "unverzüglich",
                "das",
                "Jugendamt",
                "mit",
                "Ansprechpartnerin",
                "oder",
                "Verantwortung",
                "für",
                "Gesundheit",
                "an",
                "Anzeichen",
                "eine",
                "Telefonnummer",
                "bei",
                "Notfall",
                "nicht",
                "kostenlos",
                "ohne",
                "Kinderschutzorganisation",
                "auch",
                "Eltern",
                "im",
                "Erwachsene",
                "ist",
                "Mädchen",
                "es",
                "Jungen",
                "Straße",
                "Größe",
            ],
            Script::Malayalam => &[
                "കുട്ടികൾ",
                "ഈ",
                "സുരക്ഷ",
                "ഒരു",
                "കുടുംബം",
                "ആ",
                "സഹായം",
                "തീ",
                "വിദ്യാഭ്യാസം",
                "കൈ",
                "പോലീസ്",
                "ഇത്",
                "സംസ്ഥാനം",
                "അവർ",
                "ആരോഗ്യം",
                "വീട്",
                "ശ്രദ്ധ",
                "അമ്മ",
                "പ്രശ്നം",
                "നാല്",
                "സൗജന്യം",
                "ഒന്ന്",
                "മൂന്ന്",
                "രണ്ട്",
                "ഉത്തരവാദിത്തം",
                "അഞ്ച്",
                "എട്ട്",
                "ഒമ്പത്",
                "പത്ത്",
                "അച്ഛൻ",
                "സ്കൂൾ",
                "പുസ്തകം",
                "വെള്ളം",
                "വിളിക്കുക",
                "ഇന്ന്",
                "നാളെ",
                "സ്നേഹം",
                "നന്ദി",
                "നിങ്ങൾ",
                "എവിടെ",
                "സമൂഹം",
                "ഭാഷ",
                "വിവരം",
                "സർക്കാർ",
                "സേവനം",
                "ഉടൻ",
                "അപകടം",
                "ക്ഷേമം",
                "കേരളം",
                "മലയാളം",
                "കുട്ടി",
            ],
            Script::Sinhala => &[
                "ළමයි",
                "ඒ",
                "ආරක්ෂාව",
                "මම",
                "පවුල",
                "දෙක",
                "උදව්",
                "ඔබ",
                "පොලිසිය",
                "තුන",
                "ස්තූතියි",
                "අද",
                "සමාජය",
                "හතර",
                "දුරකථනය",
                "පහ",
                "ප්‍රශ්නය",
                "හය",
                "තොරතුරු",
                "හත",
                "නොමිලේ",
                "අට",
                "ශ්‍රී",
                "ලංකාව",
                "නවය",
                "දහය",
                "ළමයා",
                "අම්මා",
                "තාත්තා",
                "ගෙදර",
                "පාසල",
                "පොත",
                "වතුර",
                "හෙට",
                "ආදරය",
                "ඔවුන්",
                "භාෂාව",
                "රජය",
                "සේවාව",
                "වහාම",
                "අනතුර",
                "හදිසි",
                "කරුණාකර",
                "සෞඛ්‍යය",
                "සිංහල",
                "මේ",
                "එක",
            ],
            Script::Lao => &[
                "ເດັກ",
                "ໃນ",
                "ຄອບຄົວ",
                "ແລະ",
                "ໂຮງຮຽນ",
                "ບໍ່",
                "ຊ່ວຍ",
                "ມີ",
                "ຕຳຫຼວດ",
                "ເປັນ",
                "ໂທລະສັບ",
                "ໄປ",
                "ມື້ນີ້",
                "ມາ",
                "ສຸຂະພາບ",
                "ດີ",
                "ລັດຖະບານ",
                "ລາວ",
                "ອັນຕະລາຍ",
                "ໜຶ່ງ",
                "ສອງ",
                "ສາມ",
                "ສີ່",
                "ຫ້າ",
                "ຫົກ",
                "ເຈັດ",
                "ແປດ",
                "ເກົ້າ",
                "ສິບ",
                "ແມ່",
                "ພໍ່",
                "ເຮືອນ",
                "ປຶ້ມ",
                "ນ້ຳ",
                "ຮັກ",
                "ຂອບໃຈ",
                "ນີ້",
                "ຂ້ອຍ",
                "ເຈົ້າ",
                "ພາສາ",
                "ບັນຫາ",
                "ບໍລິການ",
                "ຟຣີ",
                "ກະລຸນາ",
                "ສະບາຍດີ",
            ],
        }
    }

    /// What goes before the `n`-th word (from 1) of a run of words: a space,
    /// except in Lao, which writes the words of a phrase together and puts a
    /// space between phrases (of three words here).
    fn separator(self, n: usize) -> &'static str {
        match self {
            Script::Lao if !n.is_multiple_of(3) => "",
            _ => " ",
        }
    }

    /// The ISO 15924 code flyer's font preferences name the script by.
    pub fn iso15924(self) -> &'static str {
        match self {
            Script::Latin => "Latn",
            Script::Malayalam => "Mlym",
            Script::Sinhala => "Sinh",
            Script::Lao => "Laoo",
        }
    }

    /// The family of the fixture font that draws the script, where flyer has
    /// no built-in font for it.
    fn fixture_family(self) -> Option<&'static str> {
        match self {
            Script::Latin => None,
            Script::Malayalam => Some("Noto Sans Malayalam"),
            Script::Sinhala => Some("Noto Sans Sinhala"),
            Script::Lao => Some("Noto Sans Lao"),
        }
    }
}

/// A scratch project (flyer.toml, layouts/ and locales/en copied from the
/// repository) with one long translation added; removed when dropped.
pub struct LongProject {
    pub scratch: Scratch,
    pub script: Script,
    pub factor: f32,
}

impl LongProject {
    pub fn locale(&self) -> &'static str {
        self.script.locale()
    }

    /// The long translation's .ftl text.
    pub fn ftl(&self) -> String {
        self.scratch
            .read(&format!("locales/{}/flyer.ftl", self.locale()))
    }

    /// The project loaded by the library, as `flyer build` loads it.
    pub fn session(&self) -> flyer::Session {
        let project = flyer::Project::load(&self.scratch.root).expect("the long project loads");
        flyer::Session::open(project).expect("the long project opens")
    }

    /// The `flyer` binary run on the project.
    pub fn flyer(&self, args: &[&str]) -> Output {
        self.scratch.flyer(args)
    }
}

/// The folder, inside the scratch project, the fixture fonts are copied to.
const FIXTURE_FONTS: &str = "fixture-fonts";

/// A scratch project with the English and a translation into `script`'s
/// language, each message `factor` times as long as the English, marked
/// reviewed (so no draft marking takes room) and recorded as translated from
/// the current English (so nothing reads as stale).
pub fn long_project(script: Script, factor: f32) -> LongProject {
    let name = format!("long-{}-{factor}", script.locale());
    let scratch = Scratch::empty(&name);
    let root = &scratch.root;
    copy_dir(&repo().join("layouts"), &root.join("layouts"));
    copy_dir(&repo().join("locales/en"), &root.join("locales/en"));
    copy_dir(
        &repo().join("tests/fixtures/fonts"),
        &root.join(FIXTURE_FONTS),
    );
    let manifest = std::fs::read_to_string(repo().join("flyer.toml")).unwrap();
    scratch.write("flyer.toml", &manifest_with(&manifest, script, factor));
    let english = scratch.read("locales/en/flyer.ftl");
    std::fs::create_dir_all(root.join("locales").join(script.locale())).unwrap();
    scratch.write(
        &format!("locales/{}/flyer.ftl", script.locale()),
        &lengthen(&english, script, factor),
    );
    let project = LongProject {
        scratch,
        script,
        factor,
    };
    project
        .session()
        .confirm(script.locale(), &[])
        .expect("the long translation is recorded as made from the English");
    project
}

/// flyer.toml with only the English locale and the long one, and the fixture
/// fonts added: their folder, each script's family preferred for it and last
/// in the fallback list.
fn manifest_with(manifest: &str, script: Script, factor: f32) -> String {
    use toml_edit::{value, Array, ArrayOfTables, DocumentMut, Table};
    let mut doc: DocumentMut = manifest.parse().expect("flyer.toml is TOML");
    let english = (doc["locale"].as_array_of_tables())
        .and_then(|all| all.iter().find(|l| l["code"].as_str() == Some("en")))
        .expect("flyer.toml lists en")
        .clone();
    let (name, native) = script.names();
    let mut long = Table::new();
    long["code"] = value(script.locale());
    long["name"] = value(format!("{name} (synthetic, {factor}x the English)"));
    long["native"] = value(native);
    long["status"] = value("reviewed");
    long["reviewed-by"] = value("flyer's tests (synthetic text)");
    long["reviewed-on"] = value("2026-01-01");
    let mut locales = ArrayOfTables::new();
    locales.push(english);
    locales.push(long);
    doc["locale"] = toml_edit::Item::ArrayOfTables(locales);

    let fonts = doc["fonts"].as_table_mut().expect("flyer.toml has [fonts]");
    fonts["folders"] = value(Array::from_iter([FIXTURE_FONTS]));
    let fallback = fonts["fallback"].as_array_mut().expect("a fallback list");
    for family in Script::ALL.iter().filter_map(|s| s.fixture_family()) {
        fallback.push(family);
    }
    let prefer = fonts["prefer"]
        .as_table_mut()
        .expect("a [fonts.prefer] table");
    for s in Script::ALL {
        if let Some(family) = s.fixture_family() {
            prefer[s.iso15924()] = value(Array::from_iter([family]));
        }
    }
    doc.to_string()
}

/// The English .ftl text with every message and term lengthened to `factor`
/// times its length in `script`'s words (see the module docs).
pub fn lengthen(english: &str, script: Script, factor: f32) -> String {
    let mut resource = fluent_syntax::parser::parse(english.to_string())
        .unwrap_or_else(|(_, errors)| panic!("the English does not parse: {errors:?}"));
    let mut filler = Filler::new(script);
    let mut said_what = false;
    resource.body.retain_mut(|entry| match entry {
        Entry::ResourceComment(comment) => {
            // The English file's description, said once for this one.
            let keep = !said_what;
            said_what = true;
            *comment = Comment {
                content: vec![
                    format!("Synthetic {:?} text for flyer's tests: every message {factor}x the length of the English,", script),
                    "made of real words strung together; it means nothing.".to_string(),
                ],
            };
            keep
        }
        Entry::Message(m) => {
            let requires = required_wraps(m.comment.as_ref());
            if let Some(value) = &mut m.value {
                lengthen_pattern(value, factor, &requires, &mut filler);
            }
            for attribute in &mut m.attributes {
                lengthen_pattern(&mut attribute.value, factor, &requires, &mut filler);
            }
            true
        }
        Entry::Term(t) => {
            let requires = required_wraps(t.comment.as_ref());
            lengthen_pattern(&mut t.value, factor, &requires, &mut filler);
            for attribute in &mut t.attributes {
                lengthen_pattern(&mut attribute.value, factor, &requires, &mut filler);
            }
            true
        }
        _ => true,
    });
    fluent_syntax::serializer::serialize(&resource)
}

/// The placeables a note requires in parentheses (`Requires: ({ $hotline_name })`),
/// by the name they reference (`$hotline_name`, `-org-name`).
fn required_wraps(comment: Option<&Comment<String>>) -> Vec<String> {
    let lines = comment.map(|c| c.content.as_slice()).unwrap_or_default();
    lines
        .iter()
        .filter_map(|l| l.trim().strip_prefix("Requires:"))
        .filter_map(|r| {
            let inner = r.trim().strip_prefix("({")?.strip_suffix("})")?;
            Some(inner.trim().to_string())
        })
        .collect()
}

/// The name a placeable references, as a note writes it: `$name` or `-term`.
fn referenced_name(element: &PatternElement<String>) -> Option<String> {
    match element {
        PatternElement::Placeable {
            expression: Expression::Inline(InlineExpression::VariableReference { id }),
        } => Some(format!("${}", id.name)),
        PatternElement::Placeable {
            expression: Expression::Inline(InlineExpression::TermReference { id, .. }),
        } => Some(format!("-{}", id.name)),
        _ => None,
    }
}

/// A piece of a text element: kept as written, or to be filled with words.
#[derive(Debug)]
enum Part {
    Kept(String),
    /// Words standing for this many characters of English words.
    Fill(usize),
}

/// Lengthens one pattern: its text elements' words are replaced by `filler`'s,
/// `factor` times as many characters in all, counted with what is kept;
/// placeables stay as they are, select expressions' variants each lengthened
/// the same way.
fn lengthen_pattern(
    pattern: &mut Pattern<String>,
    factor: f32,
    requires: &[String],
    filler: &mut Filler,
) {
    let english_len: usize = text_elements(pattern).map(|t| t.chars().count()).sum();
    // Each element's parts; a placeable has none.
    let mut parts: Vec<Option<Vec<Part>>> = (pattern.elements.iter())
        .map(|e| match e {
            PatternElement::TextElement { value } => Some(parts_of(value)),
            PatternElement::Placeable { .. } => None,
        })
        .collect();
    wrap_required(pattern, &mut parts, requires);
    let kept: usize = (parts.iter().flatten().flatten())
        .map(|p| match p {
            Part::Kept(s) => s.chars().count(),
            Part::Fill(_) => 0,
        })
        .sum();
    let weights: usize = (parts.iter().flatten().flatten())
        .map(|p| match p {
            Part::Fill(w) => *w,
            Part::Kept(_) => 0,
        })
        .sum();
    let target = (factor * english_len as f32).round() as usize;
    let budget = target.saturating_sub(kept) as f32;
    // Each fill gets its share of the budget; what one cannot make exactly
    // is carried to the next.
    let (mut weight_done, mut made) = (0usize, 0usize);
    let mut texts = Vec::new();
    for element_parts in &parts {
        texts.push(element_parts.as_ref().map(|ps| {
            let mut text = String::new();
            for part in ps {
                match part {
                    Part::Kept(s) => text.push_str(s),
                    Part::Fill(w) => {
                        weight_done += w;
                        let due = (budget * weight_done as f32 / weights as f32).round() as usize;
                        let words = filler.fill(due.saturating_sub(made));
                        made += words.chars().count();
                        text.push_str(&words);
                    }
                }
            }
            text
        }));
    }
    for (element, text) in pattern.elements.iter_mut().zip(texts) {
        match (element, text) {
            (PatternElement::TextElement { value }, Some(text)) => *value = text,
            (
                PatternElement::Placeable {
                    expression: Expression::Select { variants, .. },
                },
                _,
            ) => {
                for variant in variants {
                    lengthen_pattern(&mut variant.value, factor, requires, filler);
                }
            }
            _ => {}
        }
    }
}

fn text_elements(pattern: &Pattern<String>) -> impl Iterator<Item = &String> {
    pattern.elements.iter().filter_map(|e| match e {
        PatternElement::TextElement { value } => Some(value),
        _ => None,
    })
}

/// Puts the placeables a note requires in parentheses: "(" ends the text
/// before each, ")" starts the text after it (text elements are added where
/// there are none).
fn wrap_required(
    pattern: &mut Pattern<String>,
    parts: &mut Vec<Option<Vec<Part>>>,
    requires: &[String],
) {
    let mut i = 0;
    while i < pattern.elements.len() {
        let wrap = referenced_name(&pattern.elements[i]).is_some_and(|n| requires.contains(&n));
        if !wrap {
            i += 1;
            continue;
        }
        if i == 0 || parts[i - 1].is_none() {
            insert_text(pattern, parts, i);
            i += 1;
        }
        parts[i - 1].as_mut().unwrap().push(Part::Kept("(".into()));
        if i + 1 == pattern.elements.len() || parts[i + 1].is_none() {
            insert_text(pattern, parts, i + 1);
        }
        parts[i + 1]
            .as_mut()
            .unwrap()
            .insert(0, Part::Kept(")".into()));
        i += 2;
    }
}

fn insert_text(pattern: &mut Pattern<String>, parts: &mut Vec<Option<Vec<Part>>>, at: usize) {
    (pattern.elements).insert(
        at,
        PatternElement::TextElement {
            value: String::new(),
        },
    );
    parts.insert(at, Some(Vec::new()));
}

/// Whether an English word stays as written: an acronym ("CSEC", "LGBTQ+") or
/// a number ("18"), which translations keep too.
fn is_kept_word(word: &str) -> bool {
    let upper = word.chars().filter(char::is_ascii_uppercase).count();
    let lower = word.chars().any(char::is_lowercase);
    word.chars().any(|c| c.is_ascii_digit()) || (upper >= 2 && !lower)
}

/// Sentence punctuation a translation keeps around its words.
fn is_punctuation(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ':' | ';' | '?' | '!' | '(' | ')' | '–' | '—' | '"'
    )
}

/// A text element split into kept white space, punctuation and words, and runs
/// of words to replace (each with the characters of English it stands for,
/// the spaces between its words included).
fn parts_of(text: &str) -> Vec<Part> {
    let mut parts: Vec<Part> = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let space = rest.len() - rest.trim_start().len();
        if space > 0 {
            parts.push(Part::Kept(rest[..space].to_string()));
            rest = &rest[space..];
            continue;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let token = &rest[..end];
        rest = &rest[end..];
        let core = token.trim_matches(is_punctuation);
        if core.is_empty() || is_kept_word(core) {
            parts.push(Part::Kept(token.to_string()));
            continue;
        }
        let lead = &token[..token.find(core).unwrap()];
        let trail = &token[lead.len() + core.len()..];
        if !lead.is_empty() {
            parts.push(Part::Kept(lead.to_string()));
        }
        push_fill(&mut parts, core.chars().count());
        if !trail.is_empty() {
            parts.push(Part::Kept(trail.to_string()));
        }
    }
    parts
}

/// Adds a word to fill, joined to the fill before it when only white space is
/// between them (that white space is then the fill's too).
fn push_fill(parts: &mut Vec<Part>, chars: usize) {
    if let [.., Part::Fill(before), Part::Kept(space)] = parts.as_mut_slice() {
        if space.trim().is_empty() {
            let joined = *before + space.chars().count() + chars;
            parts.truncate(parts.len() - 2);
            parts.push(Part::Fill(joined));
            return;
        }
    }
    parts.push(Part::Fill(chars));
}

/// Strings of a script's words of an exact length, each starting where the last
/// left off in the word list, so the text varies.
struct Filler {
    script: Script,
    words: Vec<(&'static str, usize)>,
    next: usize,
}

impl Filler {
    fn new(script: Script) -> Filler {
        let words = (script.words().iter())
            .map(|w| (*w, w.chars().count()))
            .collect();
        Filler {
            script,
            words,
            next: 0,
        }
    }

    /// Words (with the script's separators) of exactly `chars` characters, or
    /// as close below as the word list allows.
    fn fill(&mut self, chars: usize) -> String {
        let mut reachable = HashMap::new();
        let (mut out, mut left, mut n) = (String::new(), chars, 0);
        loop {
            let sep = if n == 0 { "" } else { self.script.separator(n) };
            let count = self.words.len();
            let pick = (0..count).map(|k| (self.next + k) % count).find(|&i| {
                let need = sep.chars().count() + self.words[i].1;
                need <= left && self.can_make(left - need, n + 1, &mut reachable)
            });
            let Some(i) = pick else { break };
            out.push_str(sep);
            out.push_str(self.words[i].0);
            left -= sep.chars().count() + self.words[i].1;
            n += 1;
            self.next = (self.next + 1) % count;
            if left == 0 {
                break;
            }
        }
        out
    }

    /// Whether words from the `n`-th of a run on can make exactly `chars`.
    fn can_make(&self, chars: usize, n: usize, memo: &mut HashMap<(usize, usize), bool>) -> bool {
        if chars == 0 {
            return true;
        }
        // Lao's separators repeat every three words; the others' never change.
        let key = (chars, n % 3);
        if let Some(&known) = memo.get(&key) {
            return known;
        }
        let sep = self.script.separator(n).chars().count();
        let can = (self.words.iter())
            .any(|&(_, len)| sep + len <= chars && self.can_make(chars - sep - len, n + 1, memo));
        memo.insert(key, can);
        can
    }
}
