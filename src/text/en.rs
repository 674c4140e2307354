//! Latin-script (English) folding: case and typographic punctuation.

/// What to put in place of one non-Arabic character.
pub enum Folded {
    /// Exactly this character.
    One(char),
    /// The character's lower-case form (may be several characters).
    Lower,
}

/// Folds one non-Arabic character; `None` drops it.
pub fn fold(c: char) -> Option<Folded> {
    Some(match c {
        // Invisible format characters: zero-width space/joiners, marks,
        // bidi embeddings, overrides and isolates, word joiner, BOM.
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{00AD}' => return None,
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' => Folded::One('\''),
        '\u{201C}' | '\u{201D}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => {
            Folded::One('"')
        }
        '\u{2010}'..='\u{2015}' => Folded::One('-'),
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            Folded::One(' ')
        }
        c if c.is_ascii() => Folded::One(c.to_ascii_lowercase()),
        c if c.is_uppercase() => Folded::Lower,
        c => Folded::One(c),
    })
}
