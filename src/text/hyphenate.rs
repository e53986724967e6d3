//! Where a word may be broken with a hyphen: Typst's `hypher` patterns, the one
//! place that talks to it, for the languages flyer hyphenates. The break itself
//! (the hyphen's width, its glyph at the line's end) is
//! [`ShapedParagraph::hyphenated`](super::ShapedParagraph::hyphenated)'s.
//!
//! Only words of the language's own script are hyphenated, at least
//! [`MIN_WORD`] letters long, leaving [`MIN_BEFORE`] letters before the hyphen
//! and [`MIN_AFTER`] after it. Never hyphenated: a word inside a stretch kept
//! whole ([`nobreak`](super::nobreak): placeables, so the organization's and
//! the contacts' names from flyer.toml, addresses, times, a number's word), a
//! word with digits in it or glued to them ("COVID19", "5km"), a compound
//! that has its own hyphen ("victim-centered": "vic-" then "tim-centered" would
//! read as two hyphens of one kind), and acronyms or names with capitals inside
//! ("UNICEF", "WhatsApp"). Languages without
//! patterns (Haitian and Cape Verdean Creole, Somali, Vietnamese) and scripts
//! that are not hyphenated (Chinese, Korean, Thai, Khmer, Arabic, Hebrew, Indic
//! scripts) get no points.

use super::nobreak::Keep;
use hypher::Lang;
use std::ops::Range;
use unicode_script::{Script, UnicodeScript};

/// The fewest letters a hyphen leaves before it, on the line it ends.
pub const MIN_BEFORE: usize = 2;
/// The fewest letters carried over to the next line after a hyphen.
pub const MIN_AFTER: usize = 3;
/// The shortest word hyphenated, in letters.
pub const MIN_WORD: usize = 6;

/// The patterns of `locale`'s language and the script its words are written
/// in, or `None` when flyer does not hyphenate it. Each language here needs its
/// `hypher` feature in Cargo.toml.
fn patterns(locale: &str) -> Option<(Lang, Script)> {
    let language = locale.split(['-', '_']).next()?.to_ascii_lowercase();
    Some(match language.as_str() {
        "en" => (Lang::English, Script::Latin),
        "es" => (Lang::Spanish, Script::Latin),
        "pt" => (Lang::Portuguese, Script::Latin),
        "fr" => (Lang::French, Script::Latin),
        "de" => (Lang::German, Script::Latin),
        "it" => (Lang::Italian, Script::Latin),
        "ru" => (Lang::Russian, Script::Cyrillic),
        _ => return None,
    })
}

/// Whether flyer hyphenates `locale`'s text at all.
pub fn hyphenates(locale: &str) -> bool {
    patterns(locale).is_some()
}

/// Byte offsets of `text` where a line may end with a hyphen, in order: the
/// syllable boundaries of its words (see the module's doc). `keep`: the
/// stretches never broken.
pub fn points(text: &str, locale: &str, keep: &[Keep]) -> Vec<usize> {
    let Some((lang, script)) = patterns(locale) else {
        return Vec::new();
    };
    let (before, after) = lang.bounds();
    let (before, after) = (before.max(MIN_BEFORE), after.max(MIN_AFTER));
    let mut points = Vec::new();
    for word in words(text) {
        let letters = &text[word.clone()];
        let kept = keep
            .iter()
            .any(|k| k.range.start < word.end && word.start < k.range.end);
        if kept || !hyphenable(letters, script) {
            continue;
        }
        let mut offset = word.start;
        let mut syllables = hypher::hyphenate_bounded(letters, lang, before, after).peekable();
        while let Some(syllable) = syllables.next() {
            offset += syllable.len();
            if syllables.peek().is_some() {
                points.push(offset);
            }
        }
    }
    points
}

/// Whether `word` (letters only) is one flyer hyphenates: long enough, all in
/// `script`, and no capital after its first letter.
fn hyphenable(word: &str, script: Script) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic());
    letters.clone().count() >= MIN_WORD
        && letters.clone().all(|c| c.script() == script)
        && !letters.skip(1).any(char::is_uppercase)
}

/// The words of `text`: runs of letters (with their combining marks) inside
/// white-space separated tokens that have no digit and no hyphen. Apostrophes
/// and other punctuation end a word ("Children's" is "Children" and "s").
fn words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let hyphenable = |c: char| !c.is_numeric() && !matches!(c, '-' | '\u{2010}' | '\u{2011}');
    tokens(text)
        .filter(move |token| text[token.clone()].chars().all(hyphenable))
        .flat_map(move |token| letter_runs(text, token))
}

/// Byte ranges of `text` between white space.
fn tokens(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    text.split(char::is_whitespace)
        .filter(|t| !t.is_empty())
        .map(move |t| {
            let start = t.as_ptr() as usize - text.as_ptr() as usize;
            start..start + t.len()
        })
}

/// The runs of letters and marks in `text[token]`.
fn letter_runs(text: &str, token: Range<usize>) -> Vec<Range<usize>> {
    let is_letter = |c: char| c.is_alphabetic() || c.script() == Script::Inherited;
    let mut runs: Vec<Range<usize>> = Vec::new();
    for (i, c) in text[token.clone()].char_indices() {
        let at = token.start + i;
        if !is_letter(c) {
            continue;
        }
        match runs.last_mut() {
            Some(run) if run.end == at => run.end = at + c.len_utf8(),
            _ => runs.push(at..at + c.len_utf8()),
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::linebreak::opportunities;

    /// `text` with a "-" at each of its hyphenation points in `locale`.
    fn marked(text: &str, locale: &str) -> String {
        let keep = opportunities(text, locale).keep;
        let mut out = String::new();
        let mut last = 0;
        for p in points(text, locale, &keep) {
            out.push_str(&text[last..p]);
            out.push('-');
            last = p;
        }
        out.push_str(&text[last..]);
        out
    }

    #[test]
    fn english_words_break_at_their_pattern_points() {
        assert_eq!(
            marked("coordinated exploitation", "en"),
            "co-or-di-nated ex-ploita-tion"
        );
        // Two letters before a hyphen at least, three after: "ex-" is allowed,
        // "-ed" not; words under six letters never break, nor compounds with
        // their own hyphen.
        assert_eq!(marked("victims abuse", "en"), "vic-tims abuse");
        assert_eq!(marked("victim-centered", "en"), "victim-centered");
    }

    #[test]
    fn russian_and_spanish_words_use_their_own_patterns() {
        assert_eq!(marked("эксплуатации", "ru"), "экс-плу-а-та-ции");
        assert_eq!(marked("explotación", "es"), "ex-plo-ta-ción");
        assert_eq!(marked("explotação", "pt-BR"), "ex-plo-ta-ção");
        // English patterns say nothing about a Cyrillic word, nor Russian about Latin.
        assert_eq!(marked("эксплуатации", "en"), "эксплуатации");
        assert_eq!(marked("exploitation", "ru"), "exploitation");
    }

    #[test]
    fn languages_and_scripts_without_hyphenation_get_no_points() {
        for (locale, text) in [
            ("vi", "khai thác tình dục trẻ em"),
            ("so", "ka-faa'iidaysiga galmada carruurta"),
            ("ht", "eksplwatasyon seksyèl timoun"),
            ("kea", "isploraçon sexual di kriansas"),
            ("km", "ការកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារ"),
            ("ar", "الاستغلال الجنسي للأطفال"),
            ("zh-Hant", "兒童性剝削及性販運的受害者"),
            ("ko", "아동 성착취 피해자"),
            ("gu", "બાળકોના જાતીય શોષણ"),
        ] {
            assert_eq!(points(text, locale, &[]), [] as [usize; 0], "{locale}");
        }
    }

    #[test]
    fn no_point_inside_a_placeable_a_number_an_address_or_an_acronym() {
        let text = "Call \u{2068}Children's Cove\u{2069} at \u{2068}1-800-792-5200\u{2069}, \
                    see https://example.org/exploitation or write to \
                    information@example.org about COVID19vaccination, UNICEF and WhatsApp.";
        assert_eq!(marked(text, "en"), text);
        // The same words outside those stretches do break.
        assert_eq!(
            marked("exploitation information vaccination", "en"),
            "ex-ploita-tion in-for-ma-tion vac-ci-na-tion"
        );
    }
}
