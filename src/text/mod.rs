//! Text handling: normalization with an offset map back to the original,
//! sentence splitting and word boundaries, for Arabic and English.
//!
//! Everything downstream matches on the *normalized* text and reports spans
//! in the *original* text: [`Normalized::orig_span`] is the one place where
//! the two meet, and it always returns byte ranges that fall on character
//! boundaries of the original.

mod ar;
mod en;
mod sentences;

pub use ar::{arabic_prefix_chains, clitic_prefixes, is_arabic_char, PRONOUN_SUFFIXES};
pub use sentences::{sentences, Sentence};

use std::fmt;
use std::ops::Range;

/// A language actorgraph extracts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// Arabic (Modern Standard Arabic as written in news).
    Ar,
    /// English.
    En,
}

impl Lang {
    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
        }
    }

    /// Parses an ISO 639-1 or 639-3 code (`ar`, `ara`, `en`, `eng`), ignoring case
    /// and any region subtag (`en-GB`).
    pub fn from_code(code: &str) -> Option<Lang> {
        let base = code.split(['-', '_']).next().unwrap_or("");
        match base.to_ascii_lowercase().as_str() {
            "ar" | "ara" | "arb" => Some(Lang::Ar),
            "en" | "eng" => Some(Lang::En),
            _ => None,
        }
    }

    /// Guesses the language of a text: Arabic when Arabic letters make up a
    /// fair share of its letters, otherwise whatever `whatlang` says (which
    /// may be a language we do not support).
    pub fn detect(text: &str) -> Result<Lang, String> {
        let sample: String = text.chars().take(4000).collect();
        let (mut arabic, mut letters) = (0usize, 0usize);
        for c in sample.chars().filter(|c| c.is_alphabetic()) {
            letters += 1;
            if is_arabic_char(c) {
                arabic += 1;
            }
        }
        if letters == 0 {
            return Err("no letters".to_string());
        }
        if arabic * 3 >= letters {
            return Ok(Lang::Ar);
        }
        match whatlang::detect(&sample) {
            Some(info) if info.lang() == whatlang::Lang::Eng => Ok(Lang::En),
            Some(info) if info.lang() == whatlang::Lang::Ara => Ok(Lang::Ar),
            Some(info) if info.is_reliable() => Err(info.lang().code().to_string()),
            // Too short to tell: Latin-script text defaults to English.
            _ => Ok(Lang::En),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// What [`ar::fold`] makes of each character of the Arabic block U+0600–
/// U+06FF: the code point written (a letter of the block or an ASCII
/// digit), or 0 when it is dropped. Checked against `ar::fold` by a test.
static ARABIC_FOLD: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut k = 0;
    while k < 256 {
        t[k] = 0x600 + k as u32;
        k += 1;
    }
    // Dropped: harakat, tanween, shadda, sukun and the rest to U+065F,
    // superscript alef, tatweel, Quranic marks.
    let mut k = 0x4B;
    while k <= 0x5F {
        t[k] = 0;
        k += 1;
    }
    t[0x70] = 0;
    t[0x40] = 0;
    let mut k = 0xD6;
    while k <= 0xED {
        t[k] = 0;
        k += 1;
    }
    // Folded: alef forms, hamza carriers, alef maqsura, ta marbuta,
    // Persian kaf and yeh, both sets of Arabic-Indic digits.
    t[0x23] = 0x627; // أ
    t[0x25] = 0x627; // إ
    t[0x22] = 0x627; // آ
    t[0x71] = 0x627; // ٱ
    t[0x24] = 0x648; // ؤ
    t[0x26] = 0x64A; // ئ
    t[0x49] = 0x64A; // ى
    t[0x29] = 0x647; // ة
    t[0xA9] = 0x643; // ک
    t[0xCC] = 0x64A; // ی
    let mut k = 0;
    while k < 10 {
        t[0x60 + k] = b'0' as u32 + k as u32;
        t[0xF0 + k] = b'0' as u32 + k as u32;
        k += 1;
    }
    t
};

/// A normalized copy of a text with a byte map back to the original.
///
/// Normalization folds what writers vary and readers ignore: Arabic
/// diacritics and tatweel are removed, alef and hamza forms fold to bare
/// letters, ى to ي and ة to ه; Latin letters are lower-cased; typographic
/// quotes and apostrophes fold to ASCII; invisible format characters
/// (zero-width joiners, bidi controls, BOM) are removed.
#[derive(Clone, Debug)]
pub struct Normalized {
    /// The normalized text.
    pub text: String,
    /// The way back to the original, as runs of normalized bytes in order
    /// (see [`Piece`]). Nearly every character keeps its length (ASCII,
    /// Arabic letters folded to Arabic letters), so the map changes only
    /// where a character was dropped or changed length: a few pieces per
    /// article instead of a table entry per byte, which is what made
    /// normalization the second-largest cost of extraction.
    pieces: Vec<Piece>,
    /// The original's length, where the end of the normalized text maps.
    orig_len: u32,
}

/// A run of normalized bytes, from `norm` to the next piece's start (or the
/// end of the text), and where it came from.
#[derive(Clone, Copy, Debug)]
struct Piece {
    /// Where the run starts in the normalized text.
    norm: u32,
    /// Where its first character starts in the original.
    orig: u32,
    /// Where the original character of its last byte ends, extended over
    /// the diacritics and tatweel dropped after it (they belong to the
    /// letter).
    tail: u32,
    /// Whether the run is one original character whose normalized form has
    /// another length (’ to ', ٣ to 3): every byte maps to the whole
    /// character. Otherwise byte `k` of the run is byte `orig + k` of the
    /// original.
    whole: bool,
}

impl Normalized {
    /// Normalizes `orig`.
    ///
    /// Runs of ASCII (most of English text, and the spaces and digits of
    /// Arabic text) are copied in bulk; other characters one at a time.
    pub fn new(orig: &str) -> Normalized {
        let bytes = orig.as_bytes();
        let mut text = String::with_capacity(orig.len());
        let mut pieces: Vec<Piece> = Vec::new();
        let mut attached = false;
        let mut i = 0;
        while i < bytes.len() {
            // A run of characters copied as they are: ASCII (lower-cased
            // below) and Arabic letters the fold keeps. Most of any article.
            let start = i;
            while i < bytes.len() {
                let b = bytes[i];
                if b.is_ascii() {
                    i += 1;
                } else if (0xD8..=0xDB).contains(&b)
                    && i + 1 < bytes.len()
                    && ARABIC_FOLD[arabic_index(b, bytes[i + 1])] == arabic_code(b, bytes[i + 1])
                {
                    i += 2;
                } else {
                    break;
                }
            }
            if i > start {
                let from = text.len();
                text.push_str(&orig[start..i]);
                text[from..].make_ascii_lowercase();
                same_length(&mut pieces, from, start, i);
                attached = !bytes[i - 1].is_ascii();
                if i == bytes.len() {
                    break;
                }
            }
            // The rest of the Arabic block (U+0600–U+06FF, two bytes, lead
            // 0xD8–0xDB): dropped, or folded by table.
            if (0xD8..=0xDB).contains(&bytes[i]) && i + 1 < bytes.len() {
                match ARABIC_FOLD[arabic_index(bytes[i], bytes[i + 1])] {
                    0 => {
                        // Dropped (a diacritic, tatweel): it belongs to the
                        // letter before it.
                        if attached {
                            if let Some(last) = pieces.last_mut() {
                                last.tail = (i + 2) as u32;
                            }
                        }
                    }
                    out => {
                        let out = char::from_u32(out).expect("the table holds characters");
                        let from = text.len();
                        text.push(out);
                        if out.is_ascii() {
                            whole(&mut pieces, from, i, i + 2);
                        } else {
                            same_length(&mut pieces, from, i, i + 2);
                        }
                        attached = true;
                    }
                }
                i += 2;
                continue;
            }
            let c = orig[i..].chars().next().expect("i is on a char boundary");
            let at = i;
            i += c.len_utf8();
            let from = text.len();
            if is_arabic_char(c) {
                match ar::fold(c) {
                    Some(out) => {
                        text.push(out);
                        attached = true;
                    }
                    None if attached && c != '\u{FEFF}' => {
                        if let Some(last) = pieces.last_mut() {
                            last.tail = i as u32;
                        }
                        continue;
                    }
                    None => continue,
                }
            } else {
                attached = false;
                match en::fold(c) {
                    Some(en::Folded::One(o)) => text.push(o),
                    Some(en::Folded::Lower) => text.extend(c.to_lowercase()),
                    None => continue,
                }
            }
            if text.len() - from == c.len_utf8() {
                same_length(&mut pieces, from, at, i);
            } else {
                whole(&mut pieces, from, at, i);
            }
        }
        Normalized {
            text,
            pieces,
            orig_len: orig.len() as u32,
        }
    }

    /// The piece holding normalized byte `i` (which is within the text),
    /// and where that piece ends.
    fn piece(&self, i: usize) -> (&Piece, usize) {
        let k = self.pieces.partition_point(|p| p.norm as usize <= i) - 1;
        let end = self
            .pieces
            .get(k + 1)
            .map_or(self.text.len(), |p| p.norm as usize);
        (&self.pieces[k], end)
    }

    /// Maps a byte range of the normalized text to the original text.
    ///
    /// The start maps to the first original character that produced it and
    /// the end to the end of the original character of its last byte, with
    /// any diacritics after it (a final ُ stays with its word; a bidi control
    /// after the word does not).
    pub fn orig_span(&self, norm: Range<usize>) -> Range<usize> {
        if norm.start >= self.text.len() {
            let end = self.orig_len as usize;
            return end..end;
        }
        let (p, mut end) = self.piece(norm.start);
        let start = if p.whole {
            p.orig as usize
        } else {
            (p.orig as usize) + norm.start - p.norm as usize
        };
        if norm.end <= norm.start {
            return start..start;
        }
        let last = norm.end - 1;
        // Most spans (a word, a name) lie within one piece.
        let mut p = p;
        if last >= end {
            (p, end) = self.piece(last);
        }
        let stop = if p.whole || last + 1 == end {
            p.tail as usize
        } else {
            (p.orig as usize) + last + 1 - p.norm as usize
        };
        start..stop.max(start)
    }

    /// Maps a byte offset of the original text to the normalized text (the
    /// first normalized byte at or after it).
    pub fn norm_offset(&self, orig: usize) -> usize {
        let k = self.pieces.partition_point(|p| (p.orig as usize) < orig);
        if k == 0 {
            return 0;
        }
        let p = &self.pieces[k - 1];
        let end = self
            .pieces
            .get(k)
            .map_or(self.text.len(), |p| p.norm as usize);
        if p.whole {
            end
        } else {
            end.min(p.norm as usize + orig - p.orig as usize)
        }
    }
}

/// The code point of a two-byte UTF-8 character of the Arabic block from
/// its lead (0xD8–0xDB) and continuation bytes.
#[inline]
fn arabic_code(lead: u8, cont: u8) -> u32 {
    (u32::from(lead & 0x1F) << 6) | u32::from(cont & 0x3F)
}

/// Where the character `lead`, `cont` is in [`ARABIC_FOLD`].
#[inline]
fn arabic_index(lead: u8, cont: u8) -> usize {
    (arabic_code(lead, cont) - 0x600) as usize
}

/// Maps normalized bytes from `norm` on, as many as `orig..end` holds, one
/// to one onto `orig..end`: extends the last piece when it lines up.
#[inline]
fn same_length(pieces: &mut Vec<Piece>, norm: usize, orig: usize, end: usize) {
    if let Some(last) = pieces.last_mut() {
        if !last.whole
            && last.orig as usize + (norm - last.norm as usize) == orig
            && last.tail as usize == orig
        {
            last.tail = end as u32;
            return;
        }
    }
    pieces.push(Piece {
        norm: norm as u32,
        orig: orig as u32,
        tail: end as u32,
        whole: false,
    });
}

/// Maps normalized bytes from `norm` to the next piece onto the whole
/// original character `orig..end`.
#[inline]
fn whole(pieces: &mut Vec<Piece>, norm: usize, orig: usize, end: usize) {
    pieces.push(Piece {
        norm: norm as u32,
        orig: orig as u32,
        tail: end as u32,
        whole: true,
    });
}

/// Whether `c` counts as part of a word: letters, digits and marks.
///
/// ASCII and the Arabic block are decided by range (this runs for every
/// character of every article); everything else asks Unicode.
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    match c {
        '\u{0600}'..='\u{06FF}' => ARABIC_WORD[c as usize - 0x600],
        _ => c.is_alphanumeric(),
    }
}

/// Which characters of the Arabic block are word characters: all but its
/// punctuation and signs (comma, semicolon, question mark, percent and
/// decimal signs, full stop, end of ayah, format marks).
static ARABIC_WORD: [bool; 256] = {
    let mut t = [true; 256];
    let mut k = 0;
    while k < 256 {
        t[k] = !matches!(k, 0x00..=0x0F | 0x1B..=0x1F | 0x6A..=0x6D | 0xD4 | 0xDD | 0xDE | 0xE9);
        k += 1;
    }
    t
};

/// Whether a normalized text has a word boundary at byte `i`.
pub fn is_boundary_before(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_none_or(|c| !is_word_char(c))
}

/// Whether a normalized text has a word boundary at byte `i` (looking right).
pub fn is_boundary_after(text: &str, i: usize) -> bool {
    text[i..].chars().next().is_none_or(|c| !is_word_char(c))
}

/// Byte offsets of every word start in a normalized text.
pub fn word_starts(text: &str) -> WordStarts<'_> {
    WordStarts {
        text,
        at: 0,
        prev_word: false,
    }
}

/// The iterator of [`word_starts`]. It reads ASCII and the Arabic block
/// off their bytes ([`word_char_at`]): the matcher runs it over every
/// sentence, and a plain struct keeps it inlined there.
pub struct WordStarts<'a> {
    text: &'a str,
    at: usize,
    prev_word: bool,
}

impl Iterator for WordStarts<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        let bytes = self.text.as_bytes();
        while self.at < bytes.len() {
            let i = self.at;
            let (word, len) = word_char_at(self.text, i);
            self.at += len;
            let start = word && !self.prev_word;
            self.prev_word = word;
            if start {
                return Some(i);
            }
        }
        None
    }
}

/// The byte offset where the word containing byte `i` ends.
pub fn word_end(text: &str, mut i: usize) -> usize {
    while i < text.len() {
        let (word, len) = word_char_at(text, i);
        if !word {
            return i;
        }
        i += len;
    }
    text.len()
}

/// Whether the character at byte `i` of `text` (a character boundary) is
/// a word character, and its length in bytes. ASCII and the Arabic block
/// U+0600–U+06FF, nearly every character of the corpus, are read off their
/// bytes; decoding a `char` for each was a sixth of the matcher's work
/// (docs/performance.md, eighth round).
// Always inlined: it is the inner step of every word scan, and a call
// per character cost more than the reading.
#[inline(always)]
pub fn word_char_at(text: &str, i: usize) -> (bool, usize) {
    let bytes = text.as_bytes();
    let b = bytes[i];
    if b.is_ascii() {
        return (b.is_ascii_alphanumeric(), 1);
    }
    // U+0600–U+06FF are the two-byte sequences with lead byte 0xD8–0xDB;
    // in a `str` a lead byte is always followed by its continuation byte.
    if let (0xD8..=0xDB, Some(&next)) = (b, bytes.get(i + 1)) {
        let low = usize::from(b & 0x03) << 6 | usize::from(next & 0x3F);
        return (ARABIC_WORD[low], 2);
    }
    text[i..]
        .chars()
        .next()
        .map_or((false, 1), |c| (is_word_char(c), c.len_utf8()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_punctuation_is_not_a_word_character() {
        for c in ['،', '؛', '؟', '٪', '٫', '۔', '\u{0600}', '\u{06DD}'] {
            assert!(!is_word_char(c), "{c:?}");
        }
        for c in ['ب', 'ي', '\u{064B}', '٣', 'ک', 'a', '7', 'é'] {
            assert!(is_word_char(c), "{c:?}");
        }
        for c in [' ', '.', '-', '\u{2019}'] {
            assert!(!is_word_char(c), "{c:?}");
        }
    }

    #[test]
    fn word_char_at_reads_bytes_as_is_word_char_reads_chars() {
        // Every character up to U+0FFF (ASCII, Latin, the whole Arabic
        // block and its neighbours) and a few wider ones, each between
        // others so that a wrong length would shift the next reading.
        let chars = (0..0x1000u32)
            .chain([0x2019, 0xFB50, 0xFEFF, 0x1F600])
            .filter_map(char::from_u32);
        for c in chars {
            let text = format!("a{c}ب");
            assert_eq!(
                word_char_at(&text, 1),
                (is_word_char(c), c.len_utf8()),
                "{c:?}"
            );
            assert_eq!(word_char_at(&text, 1 + c.len_utf8()), (true, 2), "{c:?}");
        }
        assert_eq!(word_end("وموسكو، أنقرة", 0), "وموسكو".len());
        assert_eq!(word_end("موسكو", 2), "موسكو".len());
        assert_eq!(word_starts("ab، بج x").collect::<Vec<_>>(), [0, 5, 10]);
    }

    #[test]
    fn arabic_folds_and_maps_back() {
        let orig = "أكدت أنقرةُ ـــ وموسكو";
        let n = Normalized::new(orig);
        assert_eq!(n.text, "اكدت انقره  وموسكو");
        let i = n.text.find("انقره").unwrap();
        let span = n.orig_span(i..i + "انقره".len());
        assert_eq!(&orig[span], "أنقرةُ");
    }

    #[test]
    fn english_lowercases_and_folds_quotes() {
        let orig = "Turkey\u{2019}s President";
        let n = Normalized::new(orig);
        assert_eq!(n.text, "turkey's president");
        assert_eq!(&orig[n.orig_span(9..18)], "President");
    }

    #[test]
    fn invisible_controls_vanish() {
        let orig = "Rus\u{200D}sia \u{202B}تركيا\u{202C}";
        let n = Normalized::new(orig);
        assert_eq!(n.text, "russia تركيا");
        let i = n.text.find("تركيا").unwrap();
        assert_eq!(&orig[n.orig_span(i..i + "تركيا".len())], "تركيا");
    }

    #[test]
    fn the_arabic_table_is_the_fold() {
        for k in 0..256u32 {
            let c = char::from_u32(0x600 + k).unwrap();
            let want = ar::fold(c).map_or(0, |o| o as u32);
            assert_eq!(ARABIC_FOLD[k as usize], want, "U+{:04X}", 0x600 + k);
        }
    }

    #[test]
    fn norm_offset_inverts_map() {
        let orig = "ألمانيا و فرنسا";
        let n = Normalized::new(orig);
        let o = orig.find("فرنسا").unwrap();
        assert_eq!(&n.text[n.norm_offset(o)..], "فرنسا");
    }

    /// The offset map, spelled out a byte at a time from each character's
    /// own normalization: what the pieces must agree with.
    fn dense_map(orig: &str) -> (Vec<usize>, Vec<usize>) {
        let (mut starts, mut ends) = (Vec::new(), Vec::new());
        let mut attached = false;
        for (i, c) in orig.char_indices() {
            let end = i + c.len_utf8();
            let out = Normalized::new(&orig[i..end]).text;
            starts.extend(std::iter::repeat_n(i, out.len()));
            ends.extend(std::iter::repeat_n(end, out.len()));
            if !is_arabic_char(c) {
                attached = false;
            } else if !out.is_empty() {
                attached = true;
            } else if attached && c != '\u{FEFF}' {
                *ends.last_mut().unwrap() = end;
            }
        }
        starts.push(orig.len());
        (starts, ends)
    }

    proptest::proptest! {
        #[test]
        fn pieces_map_like_a_byte_table(chars in proptest::collection::vec(
            proptest::sample::select(vec![
                "a", "Bc", " ", "\u{2019}", "\u{201C}", "\u{0663}", "\u{06F5}", "أ", "ب", "ة",
                "\u{064F}", "\u{0640}", "\u{0651}", "\u{200D}", "\u{202B}", "\u{FEFF}",
                "\u{0130}", "\u{1E9E}", "\u{FEFB}", "\u{00C9}", "\u{06A9}", "\u{0750}",
            ]),
            0..24,
        )) {
            let orig: String = chars.concat();
            let n = Normalized::new(&orig);
            let (starts, ends) = dense_map(&orig);
            proptest::prop_assert_eq!(starts.len(), n.text.len() + 1);
            let bounds: Vec<usize> = (0..=n.text.len()).filter(|&b| n.text.is_char_boundary(b)).collect();
            for &a in &bounds {
                proptest::prop_assert_eq!(n.orig_span(a..a), starts[a]..starts[a]);
                for &b in bounds.iter().filter(|&&b| b > a) {
                    proptest::prop_assert_eq!(n.orig_span(a..b), starts[a]..ends[b - 1].max(starts[a]));
                }
            }
            for o in (0..=orig.len()).filter(|&o| orig.is_char_boundary(o)) {
                proptest::prop_assert_eq!(n.norm_offset(o), starts.partition_point(|&s| s < o), "at {}", o);
            }
        }
    }

    #[test]
    fn detects_languages() {
        assert_eq!(Lang::detect("أكدت أنقرة وموسكو أن الرئيسين"), Ok(Lang::Ar));
        assert_eq!(
            Lang::detect("The president spoke with his counterpart by phone on Monday."),
            Ok(Lang::En)
        );
        assert!(Lang::detect("Der Präsident sprach am Montag mit seinem Amtskollegen und der Regierung über die Lage.").is_err());
        assert_eq!(Lang::detect("Russia attacked Ukraine."), Ok(Lang::En));
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
    }
}
