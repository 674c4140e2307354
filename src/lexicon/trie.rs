//! A byte trie for anchored prefix search: every form that begins exactly
//! at a position. Matching only ever walks from word starts, so a trie does
//! the work of an Aho-Corasick automaton without its failure transitions;
//! and since no form is looked up any other way, no minimization is needed
//! either. Both were most of start-up. Built from the sorted forms in one
//! breadth-first pass and laid out depth first, this trie compiles the
//! embedded lexicon in about two thirds of the instructions
//! `aho-corasick`'s contiguous NFA took, far faster than `yada`'s
//! double-array or `fst`'s minimal transducer, and walks at least as fast
//! (docs/performance.md).

use std::collections::VecDeque;

/// No value at a state.
const NONE: u32 = u32::MAX;

/// States with more children than this have a bitmap of their labels.
const LINEAR: usize = 8;

/// The words of a wide state before its children: the bitmap of its 256
/// labels and the rank of each of its words.
const WIDE_HEAD: usize = 16;

/// The trie, laid out for walking: each state is a run of words in
/// `states`, `[count, value, ...children]`, so one step reads one small
/// region. A state with at most [`LINEAR`] children lists them as
/// `label, next` pairs, its bytes in ascending order, scanned in turn. A
/// wider one (the states near the root and after common words, a fifth of
/// all steps) has a bitmap of its labels, eight words, then for each of
/// the eight the number of labels in the words before it, then its
/// children's offsets in label order: the child by byte `b` is found in a
/// few instructions, where a binary search took eight probes. States are
/// numbered depth first, so a walk down the first child stays near. Every
/// walk starts with the same two steps, so the states one and two bytes
/// deep also have tables by byte (an Arabic letter is two bytes): these
/// are the hot part of the trie.
#[derive(Debug, Default)]
pub(super) struct Trie {
    states: Vec<u32>,
    /// The states one byte deep by that byte (state offsets; 0 is the root
    /// itself, no one's child, and means none).
    root: Vec<u32>,
    /// The states two bytes deep by those bytes, `first << 8 | second`.
    root2: Vec<u32>,
}

impl Trie {
    /// Builds the trie of `keys`, which must be sorted by bytes and
    /// distinct; values must be below `u32::MAX`.
    pub(super) fn new(keys: &[(&[u8], u32)]) -> Trie {
        debug_assert!(keys.windows(2).all(|w| w[0].0 < w[1].0));
        // Breadth first, each node's key range grouped by its next byte:
        // a node's children are consecutive in `labels`/`next`, from
        // `first[node]`.
        // No more states than key bytes, plus the root: reserving that
        // once saves the copies of growing (a tenth of start-up).
        let bound = keys.iter().map(|(k, _)| k.len()).sum::<usize>() + 1;
        let mut value = Vec::with_capacity(bound);
        value.push(NONE);
        let mut first = Vec::with_capacity(bound + 1);
        first.push(0u32);
        let (mut labels, mut next): (Vec<u8>, Vec<u32>) =
            (Vec::with_capacity(bound), Vec::with_capacity(bound));
        let mut queue = VecDeque::from([(0usize, 0..keys.len(), 0usize)]);
        while let Some((node, range, depth)) = queue.pop_front() {
            let (mut lo, hi) = (range.start, range.end);
            // Sorted keys: the one that ends here comes first.
            if lo < hi && keys[lo].0.len() == depth {
                value[node] = keys[lo].1;
                lo += 1;
            }
            first[node] = labels.len() as u32;
            while lo < hi {
                let b = keys[lo].0[depth];
                let mut end = lo + 1;
                while end < hi && keys[end].0[depth] == b {
                    end += 1;
                }
                let child = value.len();
                value.push(NONE);
                first.push(0);
                labels.push(b);
                next.push(child as u32);
                queue.push_back((child, lo..end, depth + 1));
                lo = end;
            }
        }
        // A node's children run to the next node's first child: nodes
        // were numbered in the order their children were added.
        first.push(labels.len() as u32);
        let children = |n: usize| first[n] as usize..first[n + 1] as usize;
        // Lay states out depth first; children's offsets are patched in
        // once they are placed.
        let mut t = Trie::default();
        // At most: two words a state, two a child, and a wide state's head
        // for every `LINEAR + 1` children (the pages not written are never
        // touched).
        t.states
            .reserve(2 * value.len() + 2 * labels.len() + WIDE_HEAD * labels.len() / (LINEAR + 1));
        let mut offset = vec![0u32; value.len()];
        let mut stack = vec![0usize];
        while let Some(n) = stack.pop() {
            offset[n] = t.states.len() as u32;
            let kids = children(n);
            t.states.push(kids.len() as u32);
            t.states.push(value[n]);
            if kids.len() <= LINEAR {
                for k in kids.clone() {
                    t.states.push(u32::from(labels[k]));
                    t.states.push(0);
                }
            } else {
                let mut bitmap = [0u32; 8];
                for k in kids.clone() {
                    bitmap[usize::from(labels[k] >> 5)] |= 1 << (labels[k] & 31);
                }
                t.states.extend(bitmap);
                let mut rank = 0;
                for word in bitmap {
                    t.states.push(rank);
                    rank += word.count_ones();
                }
                t.states.extend(kids.clone().map(|_| 0));
            }
            stack.extend(kids.rev().map(|k| next[k] as usize));
        }
        for n in 0..value.len() {
            let at = offset[n] as usize;
            let kids = children(n);
            let (first, step) = if kids.len() <= LINEAR {
                (at + 3, 2)
            } else {
                (at + 2 + WIDE_HEAD, 1)
            };
            for (i, k) in kids.enumerate() {
                t.states[first + step * i] = offset[next[k] as usize];
            }
        }
        t.root = vec![0; 256];
        t.root2 = vec![0; 1 << 16];
        for k in children(0) {
            let c = next[k] as usize;
            t.root[labels[k] as usize] = offset[c];
            for k2 in children(c) {
                t.root2[(labels[k] as usize) << 8 | labels[k2] as usize] =
                    offset[next[k2] as usize];
            }
        }
        t
    }

    /// The child of the state at `at` by byte `b`.
    #[inline]
    fn child(&self, at: usize, b: u8) -> Option<usize> {
        let count = *self.states.get(at)? as usize;
        if count <= LINEAR {
            let pairs = self.states.get(at + 2..at + 2 + 2 * count)?;
            let b = u32::from(b);
            let k = pairs.chunks_exact(2).position(|p| p[0] == b)?;
            return Some(pairs[2 * k + 1] as usize);
        }
        let head = self.states.get(at + 2..at + 2 + WIDE_HEAD)?;
        let (word, bit) = (usize::from(b >> 5), b & 31);
        let bits = head[word];
        if bits >> bit & 1 == 0 {
            return None;
        }
        let below = (bits & ((1 << bit) - 1)).count_ones();
        let k = (head[8 + word] + below) as usize;
        self.states.get(at + 2 + WIDE_HEAD + k).map(|&c| c as usize)
    }

    /// Calls `found(value, length)` for every key that is a prefix of
    /// `hay`, shortest first.
    #[inline]
    pub(super) fn prefixes(&self, hay: &[u8], mut found: impl FnMut(u32, usize)) {
        let value = |at: usize| self.states.get(at + 1).copied().filter(|&v| v != NONE);
        let (Some(&b0), Some(&at)) = (
            hay.first(),
            hay.first().and_then(|&b| self.root.get(b as usize)),
        ) else {
            return;
        };
        if at == 0 {
            return;
        }
        if let Some(v) = value(at as usize) {
            found(v, 1);
        }
        let Some(&b1) = hay.get(1) else { return };
        let mut at = match self.root2.get((b0 as usize) << 8 | b1 as usize) {
            Some(&c) if c != 0 => c as usize,
            _ => return,
        };
        if let Some(v) = value(at) {
            found(v, 2);
        }
        for (i, &b) in hay.iter().enumerate().skip(2) {
            match self.child(at, b) {
                Some(c) => at = c,
                None => return,
            }
            if let Some(v) = value(at) {
                found(v, i + 1);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(t: &Trie, hay: &str) -> Vec<(u32, usize)> {
        let mut out = Vec::new();
        t.prefixes(hay.as_bytes(), |v, n| out.push((v, n)));
        out
    }

    #[test]
    fn finds_every_prefix_shortest_first() {
        let mut keys: Vec<(&[u8], u32)> = ["a", "ab", "abc", "b", "bcd", "تركيا", "ت"]
            .iter()
            .enumerate()
            .map(|(i, k)| (k.as_bytes(), i as u32))
            .collect();
        keys.sort_unstable();
        let t = Trie::new(&keys);
        assert_eq!(all(&t, "abcd"), [(0, 1), (1, 2), (2, 3)]);
        assert_eq!(all(&t, "bc"), [(3, 1)]);
        assert_eq!(all(&t, "تركيا اليوم"), [(6, 2), (5, 10)]);
        assert_eq!(all(&t, "x"), []);
        assert_eq!(all(&t, ""), []);
    }

    /// The distinct words as sorted keys, valued by their index.
    fn keys_of(words: &[String]) -> Vec<(&[u8], u32)> {
        let mut keys: Vec<(&[u8], u32)> = words
            .iter()
            .enumerate()
            .map(|(i, w)| (w.as_bytes(), i as u32))
            .collect();
        keys.sort_unstable();
        keys.dedup_by(|a, b| a.0 == b.0);
        keys
    }

    /// Every key that is a prefix of `hay`, shortest first, found the slow way.
    fn naive(keys: &[(&[u8], u32)], hay: &str) -> Vec<(u32, usize)> {
        let mut want: Vec<(u32, usize)> = keys
            .iter()
            .filter(|(k, _)| hay.as_bytes().starts_with(k))
            .map(|&(k, v)| (v, k.len()))
            .collect();
        want.sort_by_key(|&(_, n)| n);
        want
    }

    #[test]
    fn agrees_with_a_naive_prefix_check() {
        // Many keys sharing prefixes, so that some states have more
        // children than are scanned and have a bitmap.
        let words: Vec<String> = (0..2000u32)
            .map(|i| {
                format!(
                    "{}{}",
                    ["al", "a", "b", "ab", ""][(i % 5) as usize],
                    i * 7919 % 1009
                )
            })
            .collect();
        let keys = keys_of(&words);
        let t = Trie::new(&keys);
        for hay in ["al123456", "a5", "b1008", "ab77x", "999", "zz"] {
            assert_eq!(all(&t, hay), naive(&keys, hay), "{hay}");
        }
    }

    #[test]
    fn wide_states_agree_with_a_naive_prefix_check() {
        // Wide states whose labels fill every word of the bitmap: keys
        // over an alphabet of ASCII, Latin and Arabic letters (their bytes
        // span 0x20-0xDB), three characters deep.
        let alphabet: Vec<char> = " -09AZaz\u{e9}\u{fc}\u{627}\u{628}\u{644}\u{64a}\u{6cc}"
            .chars()
            .collect();
        let mut words: Vec<String> = Vec::new();
        for (i, a) in alphabet.iter().enumerate() {
            for (j, b) in alphabet
                .iter()
                .enumerate()
                .filter(|(j, _)| (i + j) % 3 != 0)
            {
                for c in alphabet.iter().skip((i * j) % 5) {
                    words.push(format!("{a}{b}{c}"));
                }
                words.push(format!("{a}{b}"));
            }
        }
        let keys = keys_of(&words);
        let t = Trie::new(&keys);
        for a in &alphabet {
            for b in &alphabet {
                for c in alphabet.iter().chain(['x', '\u{62a}'].iter()) {
                    let hay = format!("{a}{b}{c}!");
                    assert_eq!(all(&t, &hay), naive(&keys, &hay), "{hay}");
                }
            }
        }
    }
}
