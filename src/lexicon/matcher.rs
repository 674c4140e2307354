//! The dictionary matcher: byte tries over every normalized form, walked
//! from each word start and, for Arabic words, after each clitic chain the
//! word begins with (a prefix search: every form that begins exactly
//! there).
//!
//! There are two tries, one for the forms that begin with an Arabic letter
//! and one for the rest: a walk starts at a word start, whose script
//! decides the trie, so no form is lost, and the two are compiled on two
//! threads.
//!
//! Trying anchored matches at word starts, rather than scanning for every
//! occurrence, is what keeps ألمانيا from matching as ال + مانيا and what
//! lets وموسكو match موسكو: a form can only start where a word or a clitic
//! chain ends.

use std::cell::RefCell;
use std::ops::Range;

use super::trie::Trie;

use super::{ends_in_taa_marbuta, After, Lexicon};
use crate::text::{
    clitic_prefixes, is_arabic_char, is_boundary_after, is_word_char, word_end, word_starts,
    Normalized, PRONOUN_SUFFIXES,
};

/// One dictionary match in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The normalized byte range of the matched form (after any prefix).
    pub norm: Range<usize>,
    /// The normalized byte offset of the word start (before any prefix).
    pub word_start: usize,
    /// The clitic chain before the form (normalized), empty if none.
    pub prefix: &'static str,
    /// An attached pronoun after a cue (normalized), if any.
    pub suffix: Option<&'static str>,
    /// The lexicon entries that matched and were accepted.
    pub entries: Vec<u32>,
    /// Whether this is a gapped cue ("fired ... at"), whose span holds
    /// the words of its gap and ends with its tail.
    pub gapped: bool,
}

impl Hit {
    /// The normalized range including the prefix and suffix.
    pub fn word_span(&self) -> Range<usize> {
        self.word_start..self.norm.end + self.suffix.map_or(0, str::len)
    }
}

/// Matches as (pattern id, end), and clitic chains as (chain, article).
type Scratch = (Vec<(usize, usize)>, Vec<(&'static str, bool)>);

thread_local! {
    /// Buffers `find` reuses from sentence to sentence on each thread.
    static SCRATCH: RefCell<Scratch> = const { RefCell::new((Vec::new(), Vec::new())) };
}

#[derive(Default)]
pub(super) struct Matcher {
    /// Forms that begin with an Arabic letter.
    arabic: Script,
    /// Every other form.
    other: Script,
}

/// The trie of one script's forms.
#[derive(Default)]
struct Script {
    trie: Trie,
    /// Entries per pattern id.
    entries: Vec<Vec<u32>>,
}

impl Script {
    fn new(patterns: Vec<String>, entries: Vec<Vec<u32>>) -> Result<Script, String> {
        if u32::try_from(patterns.len()).is_err() {
            return Err(format!("cannot compile {} lexicon forms", patterns.len()));
        }
        // Sorted by their first eight bytes as one number, then by the
        // rest: most forms differ within eight bytes, so most comparisons
        // are one instruction, where comparing slices called `memcmp` for
        // each (the sort was a third of start-up).
        let mut prefixed: Vec<(u64, &[u8], u32)> = patterns
            .iter()
            .enumerate()
            .map(|(id, p)| {
                let b = p.as_bytes();
                let mut head = [0u8; 8];
                let n = b.len().min(8);
                head[..n].copy_from_slice(&b[..n]);
                (u64::from_be_bytes(head), b, id as u32)
            })
            .collect();
        prefixed.sort_unstable_by(|a, b| {
            a.0.cmp(&b.0)
                .then_with(|| a.1[a.1.len().min(8)..].cmp(&b.1[b.1.len().min(8)..]))
                .then_with(|| a.1.len().cmp(&b.1.len()))
        });
        let keys: Vec<(&[u8], u32)> = prefixed.into_iter().map(|(_, k, id)| (k, id)).collect();
        // The lexicon gives each form one pattern id; a repeated form
        // would lose its later entries, so say so.
        if let Some(w) = keys.windows(2).find(|w| w[0].0 == w[1].0) {
            return Err(format!(
                "lexicon form {:?} was compiled twice",
                String::from_utf8_lossy(w[0].0)
            ));
        }
        Ok(Script {
            trie: Trie::new(&keys),
            entries,
        })
    }

    /// Every pattern that matches `hay` starting exactly at `at`, as
    /// `(pattern id, end)`, shortest first.
    fn anchored(&self, hay: &[u8], at: usize, out: &mut Vec<(usize, usize)>) {
        out.clear();
        self.trie
            .prefixes(&hay[at..], |id, len| out.push((id as usize, at + len)));
    }
}

impl Matcher {
    /// Compiles the forms. Fails only past the automaton's size limits.
    pub(super) fn new(patterns: Vec<String>, entries: Vec<Vec<u32>>) -> Result<Matcher, String> {
        let (mut ar, mut other) = ((Vec::new(), Vec::new()), (Vec::new(), Vec::new()));
        for (p, e) in patterns.into_iter().zip(entries) {
            let side = if p.chars().next().is_some_and(is_arabic_char) {
                &mut ar
            } else {
                &mut other
            };
            side.0.push(p);
            side.1.push(e);
        }
        let (arabic, other) = std::thread::scope(|scope| {
            let arabic = scope.spawn(|| Script::new(ar.0, ar.1));
            let other = Script::new(other.0, other.1);
            (
                arabic.join().expect("the compile thread does not panic"),
                other,
            )
        });
        Ok(Matcher {
            arabic: arabic?,
            other: other?,
        })
    }

    pub(super) fn find(
        &self,
        lex: &Lexicon,
        orig: &str,
        norm: &Normalized,
        range: Range<usize>,
        year: Option<i32>,
    ) -> Vec<Hit> {
        SCRATCH.with(|scratch| {
            let (found, chains) = &mut *scratch.borrow_mut();
            let text = &norm.text[..range.end];
            let hay = text.as_bytes();
            let mut hits: Vec<Hit> = Vec::new();
            let mut heads: Vec<Hit> = Vec::new();
            let mut covered = range.start;
            for ws in word_starts(&norm.text[range.clone()]).map(|w| w + range.start) {
                if ws < covered {
                    continue;
                }
                let arabic = text[ws..].chars().next().is_some_and(is_arabic_char);
                let script = if arabic { &self.arabic } else { &self.other };
                let mut best: Option<Hit> = None;
                if arabic {
                    // Only Arabic words need their end here: clitic chains are
                    // read off the word.
                    let wend = word_end(text, ws);
                    clitic_prefixes(&text[ws..wend], chains);
                } else {
                    chains.clear();
                    chains.push(("", false));
                }
                // Shortest chain first: at equal ends the fuller word wins.
                for &(prefix, article) in chains.iter() {
                    let at = ws + prefix.len();
                    script.anchored(hay, at, found);
                    // Longest first: take the longest pattern that ends well.
                    for &(pid, end) in found.iter().rev() {
                        let (ok_end, suffix) = match text[end..].chars().next() {
                            None => (true, None),
                            Some(c) if !is_word_char(c) => (true, None),
                            Some(_) if arabic => {
                                let rest_end = word_end(text, end);
                                let rest = &text[end..rest_end];
                                match PRONOUN_SUFFIXES.iter().find(|s| **s == rest) {
                                    // A word with the article takes no
                                    // pronoun, and a taa marbuta, which
                                    // folds to ه, is none: "المياه العذبة"
                                    // is fresh water, "قتلة" killers, not
                                    // عذبه or قتله with "him". (The last
                                    // word of a phrase has no article of
                                    // its own: "السيطرة عليها".)
                                    Some(_) if article && !text[at..end].contains(' ') => {
                                        (false, None)
                                    }
                                    Some(&"ه")
                                        if ends_in_taa_marbuta(
                                            &orig[norm.orig_span(end..rest_end)],
                                        ) =>
                                    {
                                        (false, None)
                                    }
                                    Some(s) => (true, Some(*s)),
                                    None => (false, None),
                                }
                            }
                            Some(_) => (false, None),
                        };
                        if !ok_end {
                            continue;
                        }
                        let o = norm.orig_span(at..end);
                        let orig_form = &orig[o];
                        let mut entries: Vec<u32> = script.entries[pid]
                            .iter()
                            .copied()
                            .filter(|&e| lex.accepts(e, orig_form, article, year))
                            .filter(|&e| suffix.is_none() || lex.is_cue(e))
                            .filter(|&e| after_agrees(lex, lex.after(e), text, &hits, ws))
                            .collect();
                        if year.is_some() && entries.len() > 1 {
                            lex.narrowest_first(&mut entries);
                        }
                        // The head of a gapped cue waits for its tail (below).
                        if entries.iter().any(|&e| lex.gap_tail(e).is_some()) {
                            let gapped;
                            (gapped, entries) = entries
                                .into_iter()
                                .partition(|&e| lex.gap_tail(e).is_some());
                            if suffix.is_none() {
                                heads.push(Hit {
                                    norm: at..end,
                                    word_start: ws,
                                    prefix,
                                    suffix,
                                    entries: gapped,
                                    gapped: true,
                                });
                            }
                        }
                        if entries.is_empty() {
                            continue;
                        }
                        let cand = Hit {
                            norm: at..end,
                            word_start: ws,
                            prefix,
                            suffix,
                            entries,
                            gapped: false,
                        };
                        let better = best
                            .as_ref()
                            .is_none_or(|b| cand.word_span().end > b.word_span().end);
                        if better {
                            best = Some(cand);
                        }
                        break;
                    }
                }
                if let Some(hit) = best {
                    covered = hit.word_span().end;
                    hits.push(hit);
                }
            }
            for head in heads {
                gapped_cue(lex, text, head, &mut hits);
            }
            hits
        })
    }
}

/// Whether the word before the word at `ws` (a space apart, no
/// punctuation) is what `after` asks for: a role word whose last letter
/// is the alif of an indefinite accusative, which an adjective after it
/// agrees with ("جنديا أميركيا"), or a role word of an armed body
/// ("القوات المالية").
fn after_agrees(lex: &Lexicon, after: After, text: &str, hits: &[Hit], ws: usize) -> bool {
    if after == After::Anything {
        return true;
    }
    hits.last().is_some_and(|h| {
        let end = h.word_span().end;
        end < ws
            && text[end..ws].bytes().all(|b| b == b' ')
            && match after {
                After::AccusativeRole => {
                    text[..end].ends_with('ا') && h.entries.iter().any(|&e| lex.is_role(e))
                }
                After::ArmedRole => h.entries.iter().any(|&e| lex.is_armed_role(e)),
                After::Anything => true,
            }
    })
}

/// The most words the gap of a gapped cue may hold ("fired four shell
/// bombs at": three).
const GAP_WORDS: usize = 4;

/// The most words the gap of an Arabic passive cue may hold: its subject,
/// the victim, often a count of a body of men with its adjectives ("لقي
/// خمسة من عناصر الشرطة المصرية حتفهم": five; "لقي 28 شخصا من عناصر
/// تنظيم داعش الإرهابي مصرعهم": seven). An active cue's subject gap stays
/// at [`GAP_WORDS`]: longer, it takes in the words around its subject
/// ("وسيطرت ميليشيا الحوثيين المتحالفة مع إيران على").
const PASSIVE_GAP_WORDS: usize = 8;

/// Punctuation that ends a clause, which a gap does not cross.
const CLAUSE_MARKS: &[char] = &[
    ',', ';', ':', '.', '!', '?', '(', ')', '\u{60c}', '\u{61b}', '\u{61f}',
];

/// Whether every quotation opened in `text` is closed there: a gap may
/// hold a quoted name whole ("لقي 28 من عناصر تنظيم «داعش» مصرعهم"),
/// never one end of a quotation. (Normalization folds every quotation
/// mark into '"'.)
fn quotes_closed(text: &str) -> bool {
    text.matches('"').count().is_multiple_of(2)
}

/// Where `tail` stands when it follows byte `from` of `text` after one to
/// `most` words of the same clause ("fired ... at" in "fired four shell
/// bombs at targets").
fn tail_after(text: &str, from: usize, tail: &str, most: usize) -> Option<Range<usize>> {
    for (words, w) in word_starts(&text[from..]).enumerate() {
        let w = from + w;
        if words > most || text[from..w].contains(CLAUSE_MARKS) {
            return None;
        }
        let end = w + tail.len();
        if words > 0
            && text[w..].starts_with(tail)
            && is_boundary_after(text, end)
            && quotes_closed(&text[from..w])
        {
            return Some(w..end);
        }
    }
    None
}

/// Adds the gapped cue whose head is `head` to `hits` (kept in text order)
/// when its tail follows within its clause, with no word of the lexicon in
/// the gap: the gap holds what the cue is done with ("fired four shell
/// bombs at"), never an actor. The cue runs to the tail's end, and replaces
/// any hit within the tail. The nearest tail wins. An Arabic verb's gap
/// holds its subject instead (a name or a role word); the cue is then the
/// verb alone.
fn gapped_cue(lex: &Lexicon, text: &str, mut head: Hit, hits: &mut Vec<Hit>) {
    let overlaps = |h: &Hit, r: &Range<usize>| h.word_start < r.end && r.start < h.word_span().end;
    if hits.iter().any(|h| overlaps(h, &head.word_span())) {
        return;
    }
    let arabic = text[head.norm.clone()]
        .chars()
        .next()
        .is_some_and(is_arabic_char);
    let most = |e: u32| {
        if arabic && lex.is_passive_cue(e) {
            PASSIVE_GAP_WORDS
        } else {
            GAP_WORDS
        }
    };
    let tails: Vec<(u32, Range<usize>)> = head
        .entries
        .iter()
        .filter_map(|&e| {
            Some((
                e,
                tail_after(text, head.norm.end, lex.gap_tail(e)?, most(e))?,
            ))
        })
        .collect();
    let Some(tail) = tails.iter().map(|(_, t)| t.clone()).min_by_key(|t| t.start) else {
        return;
    };
    let gap = head.norm.end..tail.start;
    let entries: Vec<u32> = tails
        .into_iter()
        .filter(|(_, t)| *t == tail)
        .map(|(e, _)| e)
        .collect();
    if hits.iter().any(|h| overlaps(h, &gap)) {
        // "سيطر تنظيم داعش على الرمادي": an Arabic verb comes first and its
        // subject, a name or a role word, stands between it and its
        // preposition. The cue is then the verb alone, its subject after it
        // as in any verb-first clause.
        let subject = hits
            .iter()
            .any(|h| overlaps(h, &gap) && h.entries.iter().any(|&e| lex.is_actor_word(e)));
        let verbs: Vec<u32> = entries
            .into_iter()
            .filter(|&e| lex.is_verb_cue(e))
            .collect();
        if arabic && subject && !verbs.is_empty() {
            head.entries = verbs;
            head.gapped = false;
            // The tail's words belong to the cue: "مصرعهم" after "لقي
            // ثلاثة جنود" is no death noun of its own.
            hits.retain(|h| !(overlaps(h, &tail) && h.entries.iter().any(|&e| lex.is_cue(e))));
            let at = hits.partition_point(|h| h.word_start < head.word_start);
            hits.insert(at, head);
        }
        return;
    }
    // An Arabic gap is for the subject; with none, the words between are
    // not what the act is done with ("سيطرت القضية تماما على خطب").
    if arabic {
        return;
    }
    head.entries = entries;
    head.norm.end = tail.end;
    hits.retain(|h| !overlaps(h, &tail));
    let at = hits.partition_point(|h| h.word_start < head.word_start);
    hits.insert(at, head);
}
