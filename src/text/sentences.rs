//! Sentence splitting on the original text.
//!
//! A sentence ends at a line break, or at `.` `!` `?` `؟` `…` followed by
//! white space (closing quotes and brackets stay with the sentence), unless
//! the period closes an abbreviation (Mr., Gen., U.S., a single initial) or
//! the next word starts in lower case. The Arabic comma and semicolon
//! (، ؛) join clauses of one sentence, as they do in Arabic news prose; the
//! extractor treats them as clause boundaries.
//!
//! A "sentence" longer than [`MAX_SENTENCE_BYTES`] (a run-on line of
//! scraped text with no punctuation) is cut at white space, so that the
//! work per sentence stays bounded whatever the input.

use std::ops::Range;

/// The longest sentence handed to the extractor, in bytes.
pub const MAX_SENTENCE_BYTES: usize = 4096;

/// One sentence: its byte range in the original text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the original text, trimmed of white space.
    pub span: Range<usize>,
}

/// Abbreviations (lower case, without the final period) after which a
/// period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt",
    "sen", "rep", "gov", "pres", "amb", "jr", "sr", "rev", "hon", "no", "nos", "vs", "etc", "inc",
    "corp", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "fig", "approx", "dept", "est", "mt", "ft",
];

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '…')
}

fn is_closer(c: char) -> bool {
    is_terminator(c) || matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']')
}

/// The first bytes of a line break or a terminator in UTF-8.
static CANDIDATE: [bool; 256] = {
    let mut t = [false; 256];
    t[b'\n' as usize] = true;
    t[b'\r' as usize] = true;
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[0xD8] = true;
    t[0xE2] = true;
    t
};

/// Splits `text` into sentences.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Skip, byte by byte, everything that is not a line break or a
        // terminator: the ASCII ones, ؟ (D8 9F), … (E2 80 A6) and U+2029
        // (E2 80 A9). A table marks their first bytes; most Arabic letters
        // share ؟'s, so its second byte is checked before decoding.
        if !CANDIDATE[usize::from(bytes[i])] {
            i += 1;
            continue;
        }
        let special = match bytes[i] {
            0xD8 => bytes.get(i + 1) == Some(&0x9F),
            0xE2 => {
                bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0xA6 | 0xA9))
            }
            _ => true,
        };
        if !special {
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().expect("i is on a char boundary");
        let next = i + c.len_utf8();
        if matches!(c, '\n' | '\r' | '\u{2029}') {
            push(text, start..i, &mut out);
            start = next;
        } else if is_terminator(c) {
            // Swallow runs of terminators and closing quotes/brackets.
            let end = next
                + text[next..]
                    .chars()
                    .take_while(|&d| is_closer(d))
                    .map(char::len_utf8)
                    .sum::<usize>();
            let at_space = text[end..].chars().next().is_none_or(char::is_whitespace);
            if at_space && (c != '.' || ends_sentence(text, i, end)) {
                push(text, start..end, &mut out);
                start = end;
            }
            i = end;
            continue;
        }
        i = next;
    }
    push(text, start..text.len(), &mut out);
    out
}

/// Whether the period at byte `dot` ends a sentence, given that the text
/// after the closing run starts at byte `after`.
fn ends_sentence(text: &str, dot: usize, after: usize) -> bool {
    let word_start = text[..dot]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(' || c == '"')
        .map_or(0, |(p, c)| p + c.len_utf8());
    let word = &text[word_start..dot];
    if ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word)) {
        return false;
    }
    // Initials and dotted abbreviations: "J.", "U.S.", "U.N.". "U.S." at
    // the very end of a sentence is ambiguous; keeping the sentence whole
    // loses less than cutting "U.S. officials" apart.
    // (Counted up to five; Arabic letters by range, not by Unicode lookup:
    // the word before every Arabic full stop comes through here.)
    let letters = word
        .chars()
        .filter(|&c| super::is_arabic_char(c) || c.is_alphabetic())
        .take(5)
        .count();
    if (letters == 1 && word.chars().all(|c| c.is_uppercase() || c == '.'))
        || (word.contains('.') && letters <= 4)
    {
        return false;
    }
    // A lower-case next word continues the sentence.
    text[after..]
        .chars()
        .find(|c| !c.is_whitespace())
        .is_none_or(|c| !c.is_lowercase())
}

/// Pushes a trimmed, non-empty span, cut into pieces of at most
/// [`MAX_SENTENCE_BYTES`] at white space (or at a character boundary when
/// there is none).
fn push(text: &str, span: Range<usize>, out: &mut Vec<Sentence>) {
    let s = &text[span.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() {
        return;
    }
    let (mut start, end) = (span.start + lead, span.end - trail);
    while end - start > MAX_SENTENCE_BYTES {
        let mut cut = start + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        if let Some(ws) = text[start..cut].rfind(char::is_whitespace) {
            if ws > 0 {
                cut = start + ws;
            }
        }
        push(text, start..cut, out);
        start = cut;
        start += text[start..end].len() - text[start..end].trim_start().len();
    }
    if start < end {
        out.push(Sentence { span: start..end });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|s| &text[s.span]).collect()
    }

    #[test]
    fn english_abbreviations_do_not_split() {
        assert_eq!(
            split("Mr. Smith met U.S. officials on Monday. The talks went well! Did they? Yes."),
            vec![
                "Mr. Smith met U.S. officials on Monday.",
                "The talks went well!",
                "Did they?",
                "Yes."
            ]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            split("He said: \"We agree.\" Then he left."),
            vec!["He said: \"We agree.\"", "Then he left."]
        );
    }

    #[test]
    fn decimals_and_lower_case_continue() {
        assert_eq!(
            split("Growth was 3.5 pct. in the quarter. Prices rose."),
            vec!["Growth was 3.5 pct. in the quarter.", "Prices rose."]
        );
    }

    #[test]
    fn arabic_sentences_split_on_period_question_and_lines() {
        assert_eq!(
            split("أكدت أنقرة وموسكو، أن الرئيسين سيجريان اتصالا. هل سيحدث ذلك؟ نعم\nسطر جديد"),
            vec![
                "أكدت أنقرة وموسكو، أن الرئيسين سيجريان اتصالا.",
                "هل سيحدث ذلك؟",
                "نعم",
                "سطر جديد"
            ]
        );
    }

    #[test]
    fn blank_lines_and_whitespace_give_nothing() {
        assert!(split("  \n\n \t ").is_empty());
    }

    #[test]
    fn run_on_lines_are_cut_at_white_space() {
        let text = "تركيا ".repeat(2000);
        let parts = split(&text);
        assert!(parts.len() > 1);
        assert!(parts.iter().all(|p| p.len() <= MAX_SENTENCE_BYTES
            && p.starts_with("تركيا")
            && p.ends_with("تركيا")));
        let unbroken = "x".repeat(3 * MAX_SENTENCE_BYTES);
        assert_eq!(split(&unbroken).len(), 3);
    }
}
