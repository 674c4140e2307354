//! `text::Normalized`: every span mapped back to the original lies within it
//! and on its character boundaries, and `norm_offset` of every character
//! boundary of the original is a character boundary of the normalized text.
#![no_main]

use actorgraph::text::{word_end, word_starts, Normalized};
use libfuzzer_sys::fuzz_target;

fn check_span(s: &str, n: &Normalized, a: usize, b: usize) {
    let r = n.orig_span(a..b);
    assert!(
        r.start <= r.end && r.end <= s.len(),
        "orig_span({a}..{b}) = {r:?} out of order or beyond {} (orig {s:?}, norm {:?})",
        s.len(),
        n.text
    );
    assert!(
        s.is_char_boundary(r.start) && s.is_char_boundary(r.end),
        "orig_span({a}..{b}) = {r:?} not on char boundaries of {s:?} (norm {:?})",
        n.text
    );
}

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let n = Normalized::new(s);
    let t = n.text.as_str();

    // Every word of the normalized text, as the matcher walks it.
    for start in word_starts(t) {
        let end = word_end(t, start);
        assert!(start <= end && end <= t.len() && t.is_char_boundary(end));
        check_span(s, &n, start, end);
    }

    // Arbitrary char-boundary pairs of the normalized text (including empty
    // ranges and the end of the text), picked from the input bytes.
    let bounds: Vec<usize> = t
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(t.len()))
        .collect();
    let k = bounds.len();
    for w in data.chunks(2).take(64) {
        let a = bounds[w[0] as usize % k];
        let b = bounds[*w.get(1).unwrap_or(&0) as usize % k];
        let (a, b) = if a <= b { (a, b) } else { (b, a) };
        if a < t.len() {
            check_span(s, &n, a, b);
        }
    }
    // Whole text.
    if !t.is_empty() {
        check_span(s, &n, 0, t.len());
    }

    // norm_offset of every char boundary of the original.
    for o in s.char_indices().map(|(i, _)| i).chain(std::iter::once(s.len())) {
        let m = n.norm_offset(o);
        assert!(
            m <= t.len() && t.is_char_boundary(m),
            "norm_offset({o}) = {m} not a char boundary of the normalized text {t:?} (orig {s:?})"
        );
    }
});
