//! Line-break opportunities from ICU4X (UAX #14 with LSTM models for Khmer, Thai,
//! Lao and Burmese, which write no spaces between words), with the stretches flyer
//! keeps whole ([`nobreak`](super::nobreak): placeables, addresses, times, dates,
//! a number and its unit) marked, and never after a hyphen inside a word.

use super::nobreak::{self, Keep};
use icu_segmenter::options::LineBreakOptions;
use icu_segmenter::{LineSegmenter, LineSegmenterBorrowed};
use std::borrow::Cow;
use std::sync::OnceLock;
use unicode_script::{Script, UnicodeScript};

fn segmenter() -> &'static LineSegmenterBorrowed<'static> {
    static SEGMENTER: OnceLock<LineSegmenterBorrowed<'static>> = OnceLock::new();
    SEGMENTER.get_or_init(|| LineSegmenter::new_auto(LineBreakOptions::default()))
}

/// A place where a line may end, as a byte offset into the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Break {
    pub offset: usize,
    /// The line must end here (after a newline).
    pub mandatory: bool,
    /// Inside a word: between two letters of a script written with spaces (two
    /// Korean syllables), or after a slash. Not after a space, nor beside a
    /// letter of a script written without spaces (Chinese, Khmer), where every
    /// break is a word boundary.
    pub inside_word: bool,
    /// Inside the kept stretch (one with letters) with this index in
    /// [`Opportunities::keep`]: usable only when that stretch is wider than the
    /// line. No break is left inside a stretch without letters.
    pub kept: Option<usize>,
}

/// A paragraph's break opportunities and the stretches kept whole.
#[derive(Debug, Clone, Default)]
pub struct Opportunities {
    /// After byte 0, ending with the end of the text.
    pub breaks: Vec<Break>,
    pub keep: Vec<Keep>,
    /// The breaks outside every kept stretch: all a line may take while none is
    /// wider than it, which is nearly always.
    outside: Vec<Break>,
}

impl Opportunities {
    /// The breaks a line may end at, given which kept stretches (with letters)
    /// break at their own opportunities: those wider than the line.
    pub fn usable(&self, breaks_inside: impl Fn(&Keep) -> bool) -> Cow<'_, [Break]> {
        let wide: Vec<bool> = self
            .keep
            .iter()
            .map(|k| k.yields && breaks_inside(k))
            .collect();
        if !wide.contains(&true) {
            return Cow::Borrowed(&self.outside);
        }
        let usable = self
            .breaks
            .iter()
            .filter(|b| b.kept.is_none_or(|k| wide[k]));
        Cow::Owned(usable.copied().collect())
    }

    /// These opportunities and a break at each hyphenation point (`points`,
    /// outside every kept stretch): one inside a word, so the rebalancing of a
    /// lone last line weighs it as any break inside a word.
    pub fn with_hyphens(&self, points: &[usize]) -> Opportunities {
        let with_points = |breaks: &[Break]| {
            let hyphens = points.iter().map(|&offset| Break {
                offset,
                mandatory: false,
                inside_word: true,
                kept: None,
            });
            let mut all: Vec<Break> = breaks.iter().copied().chain(hyphens).collect();
            // Stable: where a point is already a break, that break stays.
            all.sort_by_key(|b| b.offset);
            all.dedup_by_key(|b| b.offset);
            all
        };
        Opportunities {
            breaks: with_points(&self.breaks),
            keep: self.keep.clone(),
            outside: with_points(&self.outside),
        }
    }
}

/// Break opportunities of `text` in `locale`, each marked with the kept
/// stretch it falls in.
pub fn opportunities(text: &str, locale: &str) -> Opportunities {
    let offsets: Vec<usize> = segmenter()
        .segment_str(text)
        .filter(|&offset| offset > 0)
        .filter(|&offset| offset == text.len() || !after_word_hyphen(text, offset))
        .filter(|&offset| !text[offset..].starts_with(NO_LINE_START))
        .collect();
    let keep = nobreak::spans(text, locale, &offsets);
    let inside = |k: &Keep, offset: usize| offset > k.range.start && offset < k.range.end;
    let breaks = offsets
        .into_iter()
        .filter(|&offset| !keep.iter().any(|k| !k.yields && inside(k, offset)))
        .map(|offset| Break {
            offset,
            mandatory: offset < text.len()
                && text[..offset].ends_with(['\n', '\u{2028}', '\u{2029}']),
            inside_word: inside_word(text, offset),
            kept: keep.iter().position(|k| k.yields && inside(k, offset)),
        })
        .collect::<Vec<_>>();
    let outside = breaks
        .iter()
        .filter(|b| b.kept.is_none())
        .copied()
        .collect();
    Opportunities {
        breaks,
        keep,
        outside,
    }
}

/// Characters no line may start with that UAX #14 lets start one: Khmer's
/// repetition mark ៗ and its sentence signs (។ ៕ ៖ ៚), which belong to the
/// word before them.
const NO_LINE_START: [char; 5] = ['\u{17D7}', '\u{17D4}', '\u{17D5}', '\u{17D6}', '\u{17DA}'];

/// Whether a break at `offset` falls inside a word (see [`Break::inside_word`]).
fn inside_word(text: &str, offset: usize) -> bool {
    let unspaced = |c: Option<char>| {
        c.is_some_and(|c| {
            matches!(
                c.script(),
                Script::Han
                    | Script::Hiragana
                    | Script::Katakana
                    | Script::Khmer
                    | Script::Thai
                    | Script::Lao
                    | Script::Myanmar
            )
        })
    };
    let before = text[..offset].chars().next_back();
    let after = text[offset..].chars().next();
    let boundary = before.is_some_and(char::is_whitespace) || unspaced(before) || unspaced(after);
    offset < text.len() && !boundary
}

/// Whether `offset` follows a hyphen between two letters ("victim-centered").
/// PDFium reads a hyphen that ends a line as a soft hyphen and drops it from the
/// extracted text, so a copied "victim-centered" would come out "victimcentered".
/// flyer breaks such words only at their spaces.
fn after_word_hyphen(text: &str, offset: usize) -> bool {
    let mut before = text[..offset].chars().rev();
    let after = text[offset..].chars().next();
    matches!(before.next(), Some('-' | '\u{2010}'))
        && before.next().is_some_and(char::is_alphanumeric)
        && after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pieces between the breaks a line may take when no kept stretch yields.
    fn pieces(text: &str) -> Vec<&str> {
        pieces_when(text, false)
    }

    /// The pieces when every kept stretch is wider than the line.
    fn narrowest_pieces(text: &str) -> Vec<&str> {
        pieces_when(text, true)
    }

    /// The pieces between the breaks, kept stretches yielding or not.
    fn pieces_when(text: &str, yielding: bool) -> Vec<&str> {
        let mut last = 0;
        opportunities(text, "en")
            .usable(|_| yielding)
            .iter()
            .map(|b| {
                let piece = &text[last..b.offset];
                last = b.offset;
                piece
            })
            .collect()
    }

    #[test]
    fn phone_numbers_in_placeables_never_break() {
        let text = "call \u{2068}1-800-792-5200\u{2069} now";
        assert_eq!(
            pieces(text),
            ["call ", "\u{2068}1-800-792-5200\u{2069} ", "now"]
        );
    }

    #[test]
    fn names_and_spaced_numbers_in_placeables_never_break() {
        let text = "call \u{2068}Children's Cove\u{2069} or \u{2068}+1 617 555 0100\u{2069} today";
        assert_eq!(
            pieces(text),
            [
                "call ",
                "\u{2068}Children's Cove\u{2069} ",
                "or ",
                "\u{2068}+1 617 555 0100\u{2069} ",
                "today"
            ]
        );
        // The same words outside placeables break at every space.
        let plain = text.replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(
            pieces(&plain),
            [
                "call ",
                "Children's ",
                "Cove ",
                "or ",
                "+1 ",
                "617 ",
                "555 ",
                "0100 ",
                "today"
            ]
        );
    }

    #[test]
    fn a_placeable_ends_where_its_text_does() {
        // Punctuation after a placeable stays with it; a nested placeable (a term
        // inside a variable) is protected with the one around it.
        assert_eq!(
            pieces("call \u{2068}Children's Cove\u{2069}, now"),
            ["call ", "\u{2068}Children's Cove\u{2069}, ", "now"]
        );
        assert_eq!(
            pieces("see \u{2068}the \u{2068}Children's Cove\u{2069} site\u{2069} now"),
            [
                "see ",
                "\u{2068}the \u{2068}Children's Cove\u{2069} site\u{2069} ",
                "now"
            ]
        );
    }

    #[test]
    fn hyphenated_words_break_only_at_spaces() {
        assert_eq!(
            pieces("a victim-centered response"),
            ["a ", "victim-centered ", "response"]
        );
    }

    /// Whether `kept` is never split: each piece holds all of it or none.
    fn whole(text: &str, kept: &str) -> bool {
        pieces(text).iter().any(|p| p.contains(kept))
    }

    #[test]
    fn times_stay_whole_with_their_day_half_and_range() {
        for (text, kept) in [
            ("Clinic hours: 4:30 p.m. on Mondays", "4:30 p.m."),
            ("abierto de 3:30–6:00 los lunes", "3:30–6:00"),
            ("open 3:30 – 6:00 p.m. daily", "3:30 – 6:00 p.m."),
            ("open 3–6 p.m. daily", "3–6 p.m."),
            ("from 9 AM until noon", "9 AM"),
            ("ouvert de 16 h 30 à 18 h", "16 h 30"),
            ("geöffnet ab 16:30 Uhr", "16:30 Uhr"),
        ] {
            assert!(whole(text, kept), "{kept:?} split: {:?}", pieces(text));
        }
    }

    #[test]
    fn dates_addresses_and_numbers_with_units_stay_whole() {
        for (text, kept) in [
            ("on 11/30/2026 at the school", "11/30/2026"),
            ("am 30.11.2026 in der Schule", "30.11.2026"),
            ("on 2026-11-30 at the school", "2026-11-30"),
            (
                "see https://example.org/flu-clinic?day=mon&room=4 today",
                "https://example.org/flu-clinic?day=mon&room=4",
            ),
            (
                "see www.example.org/flu/2026 today",
                "www.example.org/flu/2026",
            ),
            (
                "see (example.org/clinic-hours/fall), today",
                "example.org/clinic-hours/fall",
            ),
            (
                "write to flu-clinic.2026@example.org today",
                "flu-clinic.2026@example.org",
            ),
            ("con un niño menor de 18 años, o", "18 años,"),
            ("с ребёнком младше 18 лет.", "18 лет."),
            ("children 6 months to 8 years old", "6 months"),
            ("與未滿18歲兒童發生的性行為", "18歲"),
            ("18세 미만 아동과의", "18세"),
            ("កុមារអាយុក្រោម 18 ឆ្នាំម្នាក់", "18 ឆ្នាំ"),
        ] {
            assert!(whole(text, kept), "{kept:?} split: {:?}", pieces(text));
        }
    }

    #[test]
    fn words_around_kept_stretches_still_break() {
        // A long word after a number is no unit; "COVID-19" is no number on its own.
        assert_eq!(
            pieces("age 18 Massachusetts families"),
            ["age ", "18 ", "Massachusetts ", "families"]
        );
        assert_eq!(pieces("COVID-19 shots"), ["COVID-19 ", "shots"]);
        assert_eq!(
            pieces("at 4:30 p.m. or later"),
            ["at ", "4:30 p.m. ", "or ", "later"]
        );
    }

    #[test]
    fn a_kept_stretch_with_letters_yields_when_wider_than_the_line_a_number_never() {
        let text = "call \u{2068}Children's Cove\u{2069} at \u{2068}+1 617 555 0100\u{2069}";
        let found = opportunities(text, "en");
        assert_eq!(found.keep.len(), 2);
        assert!(found.keep[0].yields && !found.keep[1].yields);
        assert_eq!(
            narrowest_pieces(text),
            [
                "call ",
                "\u{2068}Children's ",
                "Cove\u{2069} ",
                "at ",
                "\u{2068}+1 617 555 0100\u{2069}"
            ]
        );
        // A count kept with its word: wider than the line, the two part, the
        // number's own spaces never.
        let count = "over \u{2068}10\u{A0}000\u{2069} years ago";
        assert!(
            whole(count, "\u{2068}10\u{A0}000\u{2069} years"),
            "{:?}",
            pieces(count)
        );
        assert_eq!(
            narrowest_pieces(count),
            ["over ", "\u{2068}10\u{A0}000\u{2069} ", "years ", "ago"]
        );
    }

    #[test]
    fn khmer_breaks_between_words_not_inside_syllables() {
        // "commercial sexual exploitation of children" without spaces.
        let text = "ការកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារ";
        let parts = pieces(text);
        assert!(
            parts.len() >= 3,
            "Khmer needs word breaks from the LSTM model: {parts:?}"
        );
        for part in &parts {
            let first = part.chars().next().unwrap();
            // No piece may start with a dependent vowel, a sign or a coeng.
            assert!(
                !('\u{17B6}'..='\u{17D3}').contains(&first),
                "break inside a syllable before {first:?} in {parts:?}"
            );
        }
        assert_eq!(parts.concat(), text);
    }

    #[test]
    fn chinese_breaks_between_words_but_not_before_closing_punctuation() {
        let text = "请拨打热线。谢谢";
        let parts = pieces(text);
        // The dictionary's words whole (热线, 谢谢), and breaks between them.
        assert!(parts.len() >= 4, "{parts:?}");
        assert!(
            parts.contains(&"热线。") && parts.contains(&"谢谢"),
            "{parts:?}"
        );
        assert!(parts.iter().all(|p| !p.starts_with('。')), "{parts:?}");
        // A word wider than the line still breaks between its characters.
        assert!(
            narrowest_pieces(text).len() >= 7,
            "{:?}",
            narrowest_pieces(text)
        );
    }
}
