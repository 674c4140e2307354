//! Sentence splitting on the original text.
//!
//! A sentence ends at a line break, or at `.` `!` `?` `؟` `…` followed by
//! white space (closing quotes and brackets stay with the sentence), unless
//! the period closes an abbreviation (Mr., Gen., U.S., a single initial) or
//! the next word starts in lower case. The Arabic comma and semicolon
//! (، ؛) join clauses of one sentence, as they do in Arabic news prose; the
//! extractor treats them as clause boundaries.

use std::ops::Range;

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

/// Splits `text` into sentences.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        let end = match c {
            '\n' | '\r' | '\u{2029}' => Some((i, i + c.len_utf8())),
            '.' | '!' | '?' | '؟' | '…' => {
                // Swallow runs of terminators and closing quotes/brackets.
                let mut j = k + 1;
                while j < chars.len()
                    && matches!(
                        chars[j].1,
                        '.' | '!' | '?' | '؟' | '…' | '"' | '\'' | '”' | '’' | '»' | ')' | ']'
                    )
                {
                    j += 1;
                }
                let after = chars.get(j).map(|&(_, c)| c);
                let at_space = after.is_none_or(char::is_whitespace);
                let stop = at_space && (c != '.' || ends_sentence(&chars, k, j));
                let close = chars.get(j).map_or(text.len(), |&(o, _)| o);
                if stop {
                    k = j - 1;
                    Some((close, close))
                } else {
                    None
                }
            }
            _ => None,
        };
        if let Some((stop, next)) = end {
            push(text, start..stop, &mut out);
            start = next;
        }
        k += 1;
    }
    push(text, start..text.len(), &mut out);
    out
}

/// Whether the period at `chars[k]` ends a sentence, given that the next
/// non-terminator character is at `chars[j]`.
fn ends_sentence(chars: &[(usize, char)], k: usize, j: usize) -> bool {
    // The word before the period.
    let word_start = chars[..k]
        .iter()
        .rposition(|&(_, c)| c.is_whitespace() || c == '(' || c == '"')
        .map_or(0, |p| p + 1);
    let word: String = chars[word_start..k].iter().map(|&(_, c)| c).collect();
    let lower = word.to_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return false;
    }
    // Initials and dotted abbreviations: "J.", "U.S.", "U.N."
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if (letters == 1 && word.chars().all(|c| c.is_uppercase() || c == '.'))
        || (word.contains('.') && letters <= 4 && !word.contains(' '))
    {
        // "U.S." at the very end of a sentence is ambiguous; keeping the
        // sentence whole loses less than cutting "U.S. officials" apart.
        return false;
    }
    next_word_starts_sentence(chars, j)
}

/// Whether the next word after `chars[j..]` could start a sentence (it does
/// not begin with a lower-case letter).
fn next_word_starts_sentence(chars: &[(usize, char)], j: usize) -> bool {
    chars[j..]
        .iter()
        .find(|&&(_, c)| !c.is_whitespace())
        .is_none_or(|&(_, c)| !c.is_lowercase())
}

fn push(text: &str, span: Range<usize>, out: &mut Vec<Sentence>) {
    let s = &text[span.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(Sentence {
            span: span.start + lead..span.end - trail,
        });
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
}
