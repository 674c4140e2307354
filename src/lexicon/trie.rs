//! A byte trie for anchored prefix search: every form that begins exactly
//! at a position. Matching only ever walks from word starts, so a trie does
//! the work of an Aho-Corasick automaton without its failure transitions;
//! and since no form is looked up any other way, no minimization is needed
//! either. Both were most of start-up: built from sorted forms in one
//! breadth-first pass, this trie compiles the embedded lexicon several
//! times faster than `aho-corasick`'s contiguous NFA, `fst` or `yada`
//! (docs/performance.md), and walks as fast.

use std::collections::VecDeque;

/// No value at a node.
const NONE: u32 = u32::MAX;

/// Children counts above which a node's labels are binary searched.
const LINEAR: usize = 8;

#[derive(Debug, Default)]
pub(super) struct Trie {
    /// Per node: the index of its first child in `labels`/`next`.
    first: Vec<u32>,
    /// Per node: how many children it has.
    count: Vec<u16>,
    /// Per node: the value of the form that ends there, or `NONE`.
    value: Vec<u32>,
    /// Children's bytes, each node's in ascending order.
    labels: Vec<u8>,
    /// Children's node indices, beside `labels`.
    next: Vec<u32>,
    /// The root's children by byte (node index, or 0 for none: the root is
    /// no one's child).
    root: Vec<u32>,
}

impl Trie {
    /// Builds the trie of `keys`, which must be sorted by bytes and
    /// distinct; values must be below `u32::MAX`.
    pub(super) fn new(keys: &[(&[u8], u32)]) -> Trie {
        debug_assert!(keys.windows(2).all(|w| w[0].0 < w[1].0));
        let mut t = Trie::default();
        t.push_node();
        let mut queue = VecDeque::from([(0u32, 0..keys.len(), 0usize)]);
        while let Some((node, range, depth)) = queue.pop_front() {
            let (mut lo, hi) = (range.start, range.end);
            // Sorted keys: the one that ends here comes first.
            if lo < hi && keys[lo].0.len() == depth {
                t.value[node as usize] = keys[lo].1;
                lo += 1;
            }
            t.first[node as usize] = t.labels.len() as u32;
            while lo < hi {
                let b = keys[lo].0[depth];
                let mut end = lo + 1;
                while end < hi && keys[end].0[depth] == b {
                    end += 1;
                }
                let child = t.push_node();
                t.labels.push(b);
                t.next.push(child);
                t.count[node as usize] += 1;
                queue.push_back((child, lo..end, depth + 1));
                lo = end;
            }
        }
        t.root = vec![0; 256];
        let (first, count) = (t.first[0] as usize, t.count[0] as usize);
        for k in first..first + count {
            t.root[t.labels[k] as usize] = t.next[k];
        }
        t
    }

    fn push_node(&mut self) -> u32 {
        self.first.push(0);
        self.count.push(0);
        self.value.push(NONE);
        (self.value.len() - 1) as u32
    }

    /// The child of `node` by byte `b`.
    #[inline]
    fn child(&self, node: u32, b: u8) -> Option<u32> {
        if node == 0 {
            return match self.root.get(b as usize) {
                Some(&c) if c != 0 => Some(c),
                _ => None,
            };
        }
        let first = self.first[node as usize] as usize;
        let labels = &self.labels[first..first + self.count[node as usize] as usize];
        let k = if labels.len() <= LINEAR {
            labels.iter().position(|&l| l == b)?
        } else {
            labels.binary_search(&b).ok()?
        };
        Some(self.next[first + k])
    }

    /// Calls `found(value, length)` for every key that is a prefix of
    /// `hay`, shortest first.
    #[inline]
    pub(super) fn prefixes(&self, hay: &[u8], mut found: impl FnMut(u32, usize)) {
        let mut node = 0;
        for (i, &b) in hay.iter().enumerate() {
            match self.child(node, b) {
                Some(c) => node = c,
                None => return,
            }
            let v = self.value[node as usize];
            if v != NONE {
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

    #[test]
    fn agrees_with_a_naive_prefix_check() {
        // Many keys sharing prefixes, so that nodes have more children
        // than the linear scan handles and are binary searched.
        let words: Vec<String> = (0..2000u32)
            .map(|i| {
                format!(
                    "{}{}",
                    ["al", "a", "b", "ab", ""][(i % 5) as usize],
                    i * 7919 % 1009
                )
            })
            .collect();
        let mut keys: Vec<(&[u8], u32)> = words
            .iter()
            .enumerate()
            .map(|(i, w)| (w.as_bytes(), i as u32))
            .collect();
        keys.sort_unstable();
        keys.dedup_by(|a, b| a.0 == b.0);
        let t = Trie::new(&keys);
        for hay in ["al123456", "a5", "b1008", "ab77x", "999", "zz"] {
            let mut want: Vec<(u32, usize)> = keys
                .iter()
                .filter(|(k, _)| hay.as_bytes().starts_with(k))
                .map(|&(k, v)| (v, k.len()))
                .collect();
            want.sort_by_key(|&(_, n)| n);
            assert_eq!(all(&t, hay), want, "{hay}");
        }
    }
}
