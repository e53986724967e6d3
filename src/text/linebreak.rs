//! Line-break opportunities from ICU4X (UAX #14 with LSTM models for Khmer, Thai,
//! Lao and Burmese, which write no spaces between words), minus the places flyer
//! never breaks: inside a Fluent placeable (a phone number, a name, a URL).

use icu_segmenter::options::LineBreakOptions;
use icu_segmenter::{LineSegmenter, LineSegmenterBorrowed};
use std::sync::OnceLock;

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
}

/// Break opportunities after byte 0, ending with the end of the text.
pub fn opportunities(text: &str) -> Vec<Break> {
    let protected = placeable_ranges(text);
    segmenter()
        .segment_str(text)
        .filter(|&offset| offset > 0)
        .filter(|&offset| offset == text.len() || !after_word_hyphen(text, offset))
        .filter(|&offset| {
            offset == text.len() || !protected.iter().any(|r| offset > r.0 && offset < r.1)
        })
        .map(|offset| Break {
            offset,
            mandatory: offset < text.len()
                && text[..offset].ends_with(['\n', '\u{2028}', '\u{2029}']),
        })
        .collect()
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

/// Byte ranges from each FSI (U+2068) to its PDI (U+2069): Fluent's placeables.
fn placeable_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut open = Vec::new();
    for (i, c) in text.char_indices() {
        match c {
            '\u{2068}' => open.push(i),
            '\u{2069}' => {
                if let Some(start) = open.pop() {
                    if open.is_empty() {
                        ranges.push((start, i + c.len_utf8()));
                    }
                }
            }
            _ => {}
        }
    }
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<&str> {
        let mut last = 0;
        opportunities(text)
            .into_iter()
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
    fn chinese_breaks_between_characters_but_not_before_closing_punctuation() {
        let text = "请拨打热线。谢谢";
        let parts = pieces(text);
        assert!(parts.len() >= 5, "{parts:?}");
        assert!(parts.iter().all(|p| !p.starts_with('。')), "{parts:?}");
    }
}
