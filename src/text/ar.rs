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

/// The chains of [`arabic_prefix_chains`] by conjunction (none, و, ف) and
/// preposition (none, ب, ل, ك): the chain, and the chain with the article
/// (ل + ال is written لل).
const CHAINS: [[(&str, &str); 4]; 3] = [
    [("", "ال"), ("ب", "بال"), ("ل", "لل"), ("ك", "كال")],
    [("و", "وال"), ("وب", "وبال"), ("ول", "ولل"), ("وك", "وكال")],
    [("ف", "فال"), ("فب", "فبال"), ("فل", "فلل"), ("فك", "فكال")],
];

/// The clitic chains a normalized Arabic word begins with, as static
/// strings from [`arabic_prefix_chains`] with whether each ends in the
/// article, shortest first (the empty chain always), each shorter than the
/// word. Read off the word's first three letters: this runs for every
/// Arabic word of every text, so it does not search the list.
pub fn clitic_prefixes(word: &str, out: &mut Vec<(&'static str, bool)>) {
    out.clear();
    out.push(("", false));
    let mut push = |chain: &'static str, article: bool| {
        if chain.len() < word.len() {
            out.push((chain, article));
        }
    };
    // Every letter of a chain is two bytes in UTF-8.
    let letter = |at: usize| word.get(at..at + 2);
    let conj = match letter(0) {
        Some("و") => 1,
        Some("ف") => 2,
        _ => 0,
    };
    let at = if conj > 0 { 2 } else { 0 };
    if conj > 0 {
        push(CHAINS[conj][0].0, false);
    }
    let prep = match letter(at) {
        Some("ب") => 1,
        Some("ل") => 2,
        Some("ك") => 3,
        _ => 0,
    };
    if prep > 0 {
        push(CHAINS[conj][prep].0, false);
    }
    let article = if prep == 2 {
        letter(at + 2) == Some("ل")
    } else {
        let after = at + if prep > 0 { 2 } else { 0 };
        word.get(after..after + 4) == Some("ال")
    };
    if article {
        push(CHAINS[conj][prep].1, true);
    }
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
    fn clitic_chains_are_the_listed_chains_the_word_begins_with() {
        // Every combination of the chains' letters and a few others, up to
        // four letters, against the definition spelled out: the listed
        // chains that begin the word and are shorter than it, shortest
        // first.
        let letters = ["و", "ف", "ب", "ل", "ك", "ا", "ع"];
        let mut words = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = words
                .iter()
                .flat_map(|w| letters.iter().map(move |l| format!("{w}{l}")))
                .collect();
            words.extend(longer);
        }
        for w in &words {
            let mut got = Vec::new();
            clitic_prefixes(w, &mut got);
            let mut want: Vec<(&str, bool)> = arabic_prefix_chains()
                .iter()
                .copied()
                .filter(|(p, _)| w.starts_with(p) && (p.len() < w.len() || p.is_empty()))
                .collect();
            want.sort_by_key(|(p, _)| p.len());
            assert_eq!(got, want, "{w}");
        }
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
