//! The stretches of text no line breaks inside, on top of Unicode's own rules
//! (UAX #14, which already keeps "16:30", "11/30/2026" and "30.11.2026" whole):
//! placeables, web and e-mail addresses, times (with "p.m." and ranges), dates,
//! a number with the short word after it ("18 años", "18 лет", "6 months",
//! "18歲"), and the words of languages that break between words only: a Korean
//! word (`word-break: keep-all`), a Chinese or Japanese dictionary word, and a
//! one-letter word bound to the next in Russian, Ukrainian, Belarusian,
//! Bulgarian, Czech, Slovak and Polish ("к врачу", "в школе"). Every such rule
//! is a finder in this file.
//!
//! A kept stretch wider than a whole line may still break at its own UAX #14
//! opportunities when it has letters (a long name in a narrow column); one of
//! digits and punctuation only (a phone number, "16:30") never breaks: the line
//! overflows and auto-fit picks smaller type, as it always has.

use icu_properties::props::GeneralCategory;
use icu_properties::CodePointMapData;
use icu_segmenter::{WordSegmenter, WordSegmenterBorrowed};
use std::ops::Range;
use std::sync::OnceLock;
use unicode_script::{Script, UnicodeScript};

/// A stretch of text kept on one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keep {
    pub range: Range<usize>,
    /// Whether it may break at its own opportunities when it is wider than the
    /// line: only if it has letters, and never inside one without (see the
    /// module's doc).
    pub yields: bool,
}

/// The longest word, in letters, that a number keeps with it: units ("km",
/// "%"), and counted words ("years", "años", "лет", "months", "ឆ្នាំ"). Longer
/// words after a number ("18 Massachusetts ...") break as any word does.
pub const MAX_UNIT_LETTERS: usize = 10;

/// Every stretch of `text` kept whole, in order: those without letters never
/// break, those with letters are merged where they overlap (a number's word
/// inside a name). `opportunities` are the UAX #14 break offsets, which tell
/// where the word after a number ends (in Khmer or Chinese, with no space to
/// say so).
pub fn spans(text: &str, locale: &str, opportunities: &[usize]) -> Vec<Keep> {
    let mut ranges = placeables(text);
    ranges.extend(addresses(text));
    ranges.extend(times(text));
    ranges.extend(dates(text));
    ranges.extend(quantities(text, opportunities));
    ranges.extend(korean_words(text));
    ranges.extend(dictionary_words(text));
    if binds_one_letter_words(locale) {
        ranges.extend(one_letter_words(text));
    }
    let has_letters = |r: &Range<usize>| text[r.clone()].chars().any(char::is_alphabetic);
    let (words, numbers): (Vec<_>, Vec<_>) = ranges.into_iter().partition(has_letters);
    let mut keep: Vec<Keep> = [(words, true), (numbers, false)]
        .into_iter()
        .flat_map(|(ranges, yields)| {
            merged(ranges)
                .into_iter()
                .map(move |range| Keep { range, yields })
        })
        .collect();
    keep.sort_by_key(|k| (k.range.start, k.range.end));
    keep
}

/// Korean words: each run of text between spaces that has Hangul in it, so a
/// line breaks between words, as Korean is set (CSS `word-break: keep-all`):
/// "신고하십시오", "(CSEC)의". A word wider than the line still breaks between
/// its syllables (it has letters, so it yields).
fn korean_words(text: &str) -> Vec<Range<usize>> {
    let hangul = |c: char| matches!(c.script(), Script::Hangul);
    if !text.chars().any(hangul) {
        return Vec::new();
    }
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                if text[s..i].chars().any(hangul) {
                    words.push(s..i);
                }
                start = None;
            }
            _ => {}
        }
    }
    words
}

/// Chinese and Japanese words from ICU4X's dictionary, two characters or
/// more, so a line never splits one ("興趣", "訊息", "問題").
fn dictionary_words(text: &str) -> Vec<Range<usize>> {
    let unspaced = |c: char| {
        matches!(
            c.script(),
            Script::Han | Script::Hiragana | Script::Katakana
        )
    };
    if !text.chars().any(unspaced) {
        return Vec::new();
    }
    static WORDS: OnceLock<WordSegmenterBorrowed<'static>> = OnceLock::new();
    let segmenter = WORDS.get_or_init(|| WordSegmenter::new_dictionary(Default::default()));
    let bounds: Vec<usize> = segmenter.segment_str(text).collect();
    bounds
        .windows(2)
        .map(|w| w[0]..w[1])
        .filter(|r| {
            let word = &text[r.clone()];
            word.chars().count() >= 2 && word.chars().all(unspaced)
        })
        .collect()
}

/// Whether `locale`'s typesetting keeps a one-letter word with the next.
fn binds_one_letter_words(locale: &str) -> bool {
    let language = locale.split(['-', '_']).next().unwrap_or(locale);
    matches!(language, "ru" | "uk" | "be" | "bg" | "cs" | "sk" | "pl")
}

/// A word of one letter and the word after it ("к врачу", "а также"), so the
/// letter never ends a line.
fn one_letter_words(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let starts_word = k == 0 || !chars[k - 1].1.is_alphanumeric();
        let alone = chars.get(k + 1).is_some_and(|&(_, next)| next == ' ');
        if !(c.is_alphabetic() && starts_word && alone) {
            continue;
        }
        // The next word runs to the space after it.
        let from = k + 2;
        let end = (chars[from.min(chars.len())..].iter())
            .find(|(_, ch)| ch.is_whitespace())
            .map_or(text.len(), |&(j, _)| j);
        if end > chars.get(from).map_or(text.len(), |&(j, _)| j) {
            found.push(i..end);
        }
    }
    found
}

/// Ranges merged where they overlap, in order.
fn merged(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::new();
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start < last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// Byte ranges from each FSI (U+2068) to its PDI (U+2069): Fluent's placeables,
/// and the organization's name (flyer isolates its term the same way).
fn placeables(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut open = Vec::new();
    for (i, c) in text.char_indices() {
        match c {
            '\u{2068}' => open.push(i),
            '\u{2069}' => {
                if let Some(start) = open.pop() {
                    if open.is_empty() {
                        ranges.push(start..i + c.len_utf8());
                    }
                }
            }
            _ => {}
        }
    }
    ranges
}

/// Web addresses ("https://…", "www.…", "example.org/flu") and e-mail addresses:
/// words, without the punctuation around them, that UAX #14 would break after
/// a "/" or before a digit.
fn addresses(text: &str) -> Vec<Range<usize>> {
    words(text)
        .filter_map(|w| {
            let lead = w.len() - w.trim_start_matches(OPENING).len();
            let core = w[lead..].trim_end_matches(CLOSING);
            let start = w.as_ptr() as usize - text.as_ptr() as usize + lead;
            (is_url(core) || is_email(core)).then(|| start..start + core.len())
        })
        .collect()
}

const OPENING: &[char] = &['(', '[', '{', '<', '"', '\'', '«', '“', '‘', '¿', '¡'];
const CLOSING: &[char] = &[
    '.', ',', ';', ':', '!', '?', ')', ']', '}', '>', '"', '\'', '»', '”', '’', '…', '。', '、',
    '،',
];

/// Runs of text between white space and isolates.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || ('\u{2066}'..='\u{2069}').contains(&c))
        .filter(|w| !w.is_empty())
}

fn is_url(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    if let Some((scheme, rest)) = lower.split_once("://") {
        return !rest.is_empty()
            && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c));
    }
    if let Some(rest) = lower.strip_prefix("www.") {
        return is_domain(rest.split('/').next().unwrap_or(""));
    }
    // A domain with a path: "example.org/flu" (a bare "example.org" never breaks).
    matches!(word.split_once('/'), Some((host, path)) if !path.is_empty() && is_domain(host))
}

fn is_email(word: &str) -> bool {
    let Some((local, domain)) = word.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "._%+-".contains(c))
        && is_domain(domain)
}

/// "example.org", "sub.example.co.uk": labels of letters, digits and hyphens,
/// the last of at least two letters.
fn is_domain(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'))
        && labels
            .last()
            .is_some_and(|tld| tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic))
}

/// A decimal digit of any script (Arabic-Indic, Khmer, Gujarati, fullwidth…).
fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
        || CodePointMapData::<GeneralCategory>::new().get(c) == GeneralCategory::DecimalNumber
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{A0}' | '\u{202F}')
}

/// The text as chars, read by index by the finders of numbers, times and dates.
struct Chars<'t> {
    text: &'t str,
    chars: Vec<(usize, char)>,
}

impl<'t> Chars<'t> {
    fn new(text: &'t str) -> Self {
        Chars {
            text,
            chars: text.char_indices().collect(),
        }
    }

    /// Whether char `i` exists and is `what`.
    fn is(&self, i: usize, what: impl Fn(char) -> bool) -> bool {
        self.chars.get(i).is_some_and(|&(_, c)| what(c))
    }

    /// `i`, or the index after char `i` if it is `what` (an optional char).
    fn skip(&self, i: usize, what: impl Fn(char) -> bool) -> usize {
        i + usize::from(self.is(i, what))
    }

    /// The byte offset of char `i` (the text's length past the end).
    fn byte(&self, i: usize) -> usize {
        self.chars.get(i).map_or(self.text.len(), |&(b, _)| b)
    }

    /// The end of the 1 to `max` digits at `i`, with their value (ASCII digits
    /// only; other scripts' digits count as 0, unchecked).
    fn digits(&self, i: usize, max: usize) -> Option<(usize, u32)> {
        let run = self
            .chars
            .get(i..)?
            .iter()
            .take_while(|&&(_, c)| is_digit(c));
        let (n, value) = run.fold((0, 0u32), |(n, v), &(_, c)| {
            // Saturating: a long digit string (a phone number without spaces)
            // is no hour or minute either way.
            (
                n + 1,
                v.saturating_mul(10)
                    .saturating_add(c.to_digit(10).unwrap_or(0)),
            )
        });
        (1..=max).contains(&n).then_some((i + n, value))
    }

    /// Whether a number may start at `i`: not glued to a digit, a number's
    /// separator or a letter of a spaced script before it ("COVID-19", "4:30"),
    /// though after a Chinese or Korean letter it may ("未滿18歲").
    fn starts_number(&self, i: usize) -> bool {
        use unicode_script::{Script, UnicodeScript};
        if !self.is(i, is_digit) {
            return false;
        }
        let Some(prev) = i.checked_sub(1).map(|p| self.chars[p].1) else {
            return true;
        };
        let unspaced = || {
            matches!(
                prev.script(),
                Script::Han | Script::Hangul | Script::Hiragana | Script::Katakana
            )
        };
        let glued = prev.is_alphanumeric() && !unspaced();
        let separator = matches!(prev, '.' | ',' | ':' | '/' | '-' | '–' | '—' | '+');
        !glued && !separator
    }

    /// Every stretch `find` reads from a number's start: `find` returns the
    /// char index it ends at.
    fn scan(&self, find: impl Fn(&Self, usize) -> Option<usize>) -> Vec<Range<usize>> {
        let mut found = Vec::new();
        let mut i = 0;
        while i < self.chars.len() {
            match self.starts_number(i).then(|| find(self, i)).flatten() {
                Some(end) => {
                    found.push(self.byte(i)..self.byte(end));
                    i = end.max(i + 1);
                }
                None => i += 1,
            }
        }
        found
    }
}

/// Times: "16:30", "4:30 p.m.", "9 am", "16 h 30", and ranges of them
/// ("3:30–6:00", "3 - 5 p.m."), where UAX #14 breaks at the space or after the dash.
fn times(text: &str) -> Vec<Range<usize>> {
    Chars::new(text).scan(|c, i| {
        let first = time_at(c, i);
        // A range may start with a bare hour: "3–6 p.m.".
        let bare = c.digits(i, 2).map(|(end, _)| end);
        let second = first
            .or(bare)
            .and_then(|end| dash_after(c, end))
            .and_then(|next| time_at(c, next).or_else(|| first.and(bare_hour(c, next))));
        second.or(first)
    })
}

/// A bare hour at `i` that ends a range ("3:30–6").
fn bare_hour(c: &Chars, i: usize) -> Option<usize> {
    let (end, _) = c.digits(i, 2)?;
    (!c.is(end, char::is_alphanumeric)).then_some(end)
}

/// After a time ending at `end`: a dash, with or without spaces, then a digit.
/// Returns the digit's index.
fn dash_after(c: &Chars, end: usize) -> Option<usize> {
    let dash = c.skip(end, is_space);
    if !c.is(dash, |ch| matches!(ch, '-' | '–' | '—')) {
        return None;
    }
    let next = c.skip(dash + 1, is_space);
    c.is(next, is_digit).then_some(next)
}

/// One time at `i`: an hour with minutes ("4:30", "16.30", "16 h 30") or with a
/// day-half marker ("9 a.m."), the marker included. Returns where it ends.
fn time_at(c: &Chars, i: usize) -> Option<usize> {
    let (hour_end, _) = c.digits(i, 2).filter(|&(_, hour)| hour <= 24)?;
    let with_minutes = c
        .is(hour_end, |ch| matches!(ch, ':' | '.'))
        .then(|| minutes_at(c, hour_end + 1))
        .flatten();
    if with_minutes.is_none() {
        // French "16 h 30", "16h30", "16 h".
        let h = c.skip(hour_end, is_space);
        if c.is(h, |ch| ch == 'h') && !c.is(h + 1, char::is_alphabetic) {
            return Some(minutes_at(c, c.skip(h + 1, is_space)).unwrap_or(h + 1));
        }
    }
    day_half(c, with_minutes.unwrap_or(hour_end)).or(with_minutes)
}

/// Two digits of minutes at `i`, not the middle of a date ("30.11.2026").
fn minutes_at(c: &Chars, i: usize) -> Option<usize> {
    let (end, _) = c.digits(i, 2).filter(|&(end, m)| end == i + 2 && m <= 59)?;
    let date = c.is(end, |ch| matches!(ch, '.' | ':' | '/' | '-')) && c.is(end + 1, is_digit);
    (!date).then_some(end)
}

/// "a.m.", "p.m.", "am", "PM", "a. m." at `i`, a space before it allowed.
/// Returns where the marker ends.
fn day_half(c: &Chars, i: usize) -> Option<usize> {
    let from = c.skip(i, is_space);
    let rest = &c.text[c.byte(from)..];
    ["a.m.", "p.m.", "a. m.", "p. m.", "am", "pm"]
        .iter()
        .find(|m| {
            rest.get(..m.len())
                .is_some_and(|r| r.eq_ignore_ascii_case(m))
                && !rest[m.len()..].starts_with(char::is_alphabetic)
        })
        .map(|m| from + m.chars().count())
}

/// Dates of digits: "11/30/2026", "30.11.2026", "2026-11-30" (one separator
/// throughout).
fn dates(text: &str) -> Vec<Range<usize>> {
    Chars::new(text).scan(|c, i| {
        let (a, _) = c.digits(i, 4)?;
        let sep = c
            .chars
            .get(a)
            .map(|&(_, ch)| ch)
            .filter(|ch| "/.-".contains(*ch))?;
        let (b, _) = c.digits(a + 1, 2)?;
        let (end, _) = c.digits(b + 1, 4).filter(|_| c.is(b, |ch| ch == sep))?;
        (!c.is(end, char::is_alphanumeric)).then_some(end)
    })
}

/// A number and the short word after it: "18 años", "18 лет", "6 months",
/// "18歲", "18세", "18 ឆ្នាំ", "{ $count } years". The word runs to the next
/// break opportunity, so scripts without spaces get their segmenter's word.
fn quantities(text: &str, opportunities: &[usize]) -> Vec<Range<usize>> {
    Chars::new(text).scan(|c, i| {
        // The last group of "+1 617 555 0100" is no count.
        if i >= 2 && c.is(i - 1, |ch| ch == ' ') && c.is(i - 2, is_digit) {
            return None;
        }
        // Isolates may close the number (a placeable) or open the word.
        let after = c.skip(number_end(c, i), |ch| ch == '\u{2069}');
        let word = c.skip(c.skip(after, is_space), |ch| ch == '\u{2068}');
        if !c.is(word, char::is_alphabetic) {
            return None;
        }
        let at = c.byte(word);
        let next = opportunities.iter().copied().find(|&o| o > at);
        let unit = c.text[at..next.unwrap_or(c.text.len())].trim_end();
        let letters = unit.chars().filter(|ch| ch.is_alphabetic()).count();
        let end = at + unit.len();
        (letters <= MAX_UNIT_LETTERS).then(|| c.chars.partition_point(|&(b, _)| b < end))
    })
}

/// The end of a number from `i`: digits, with "," "." ":" or a no-break space
/// between groups ("1,000", "3.5", "10 000", "16:30"). A phone number or a date
/// is no count: the word after it may wrap.
fn number_end(c: &Chars, i: usize) -> usize {
    let mut j = i;
    loop {
        while c.is(j, is_digit) {
            j += 1;
        }
        let separator = c.is(j, |ch| {
            matches!(ch, ',' | '.' | ':' | '\u{A0}' | '\u{202F}')
        });
        if !(separator && c.is(j + 1, is_digit)) {
            return j;
        }
        j += 1;
    }
}
