//! Arabic: letter folding and the clitic prefixes a dictionary entry may
//! carry in running text.

/// Whether `c` is in the Arabic blocks (letters, marks, Arabic punctuation).
pub fn is_arabic_char(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Folds one Arabic character; `None` drops it.
///
/// Diacritics (harakat, tanween, shadda, sukun, superscript alef) and tatweel
/// are dropped; alef forms (أ إ آ ٱ) fold to ا; hamza carriers ؤ and ئ fold to
/// و and ي; ى folds to ي; ة to ه; Persian/Urdu kaf and yeh to their Arabic
/// forms; Arabic-Indic digits to ASCII digits.
pub fn fold(c: char) -> Option<char> {
    Some(match c {
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}' => return None,
        // The BOM / zero-width no-break space lives in this block too.
        '\u{FEFF}' => return None,
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ؤ' => 'و',
        'ئ' => 'ي',
        'ى' => 'ي',
        'ة' => 'ه',
        'ک' => 'ك',
        'ی' => 'ي',
        '٠'..='٩' => char::from_u32('0' as u32 + (c as u32 - '٠' as u32)).unwrap_or(c),
        '۰'..='۹' => char::from_u32('0' as u32 + (c as u32 - '۰' as u32)).unwrap_or(c),
        _ => c,
    })
}

/// Clitic chains that may stand before a dictionary entry inside one written
/// word, in normalized form, longest first, with whether the chain ends in
/// the definite article.
///
/// A conjunction (و, ف), then a preposition (ب, ل, ك), then the article
/// (ال); ل + ال is written لل. The empty chain is last.
pub fn arabic_prefix_chains() -> &'static [(&'static str, bool)] {
    &[
        ("وبال", true),
        ("فبال", true),
        ("وكال", true),
        ("فكال", true),
        ("وال", true),
        ("فال", true),
        ("بال", true),
        ("كال", true),
        ("ولل", true),
        ("فلل", true),
        ("لل", true),
        ("ال", true),
        ("وب", false),
        ("ول", false),
        ("وك", false),
        ("فب", false),
        ("فل", false),
        ("فك", false),
        ("و", false),
        ("ف", false),
        ("ب", false),
        ("ل", false),
        ("ك", false),
        ("", false),
    ]
}

/// The clitic chains a normalized Arabic word begins with, as static
/// strings from [`arabic_prefix_chains`] with whether each ends in the
/// article, shortest first (the empty chain always). Decided from the
/// word's first letters in a few comparisons rather than by trying every
/// chain.
pub fn clitic_prefixes(word: &str, out: &mut Vec<(&'static str, bool)>) {
    out.clear();
    out.push(("", false));
    let mut push = |len: usize| {
        if len < word.len() {
            if let Some(&c) = arabic_prefix_chains()
                .iter()
                .find(|(p, _)| p.len() == len && word.starts_with(p))
            {
                out.push(c);
            }
        }
    };
    // و, ف, ب, ل and ك are two bytes each in UTF-8.
    let conj = usize::from(word.starts_with(['و', 'ف']));
    // Fixed slices, not vectors: this runs for every Arabic word.
    let conjs: &[usize] = if conj > 0 { &[2, 0] } else { &[0] };
    for &c in conjs {
        if c > 0 {
            push(c);
        }
        let rest = &word[c..];
        if rest.starts_with("لل") {
            push(c + "لل".len());
        }
        let prep = usize::from(rest.starts_with(['ب', 'ل', 'ك']));
        let preps: &[usize] = if prep > 0 { &[2, 0] } else { &[0] };
        for &p in preps {
            if p > 0 {
                push(c + p);
            }
            if rest[p..].starts_with("ال") {
                push(c + p + "ال".len());
            }
        }
    }
    out.sort_by_key(|(p, _)| p.len());
    out.dedup();
}

/// Attached pronouns that may follow a noun or verb cue (هجومه "his attack",
/// قتلهم "killed them"), normalized, longest first.
pub const PRONOUN_SUFFIXES: &[&str] = &["هما", "هم", "هن", "ها", "كم", "نا", "ه"];

#[cfg(test)]
mod tests {
    use super::*;

    fn prefixes(w: &str) -> Vec<&'static str> {
        let mut v = Vec::new();
        clitic_prefixes(w, &mut v);
        v.into_iter().map(|(p, _)| p).collect()
    }

    #[test]
    fn clitic_chains_from_first_letters() {
        assert_eq!(prefixes("وبالعراق"), vec!["", "و", "وب", "وبال"]);
        assert_eq!(prefixes("للعراق"), vec!["", "ل", "لل"]);
        assert_eq!(prefixes("المانيا"), vec!["", "ال"]);
        assert_eq!(prefixes("تركيا"), vec![""]);
        // Every chain found is one of the listed chains and a real prefix.
        for w in ["فكالذي", "ولروسيا", "كالعادة", "فلل"] {
            for p in prefixes(w) {
                assert!(w.starts_with(p) && arabic_prefix_chains().iter().any(|(q, _)| *q == p));
            }
        }
    }
}
