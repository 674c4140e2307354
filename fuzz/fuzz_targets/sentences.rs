//! `text::sentences`: spans lie within the text, on char boundaries, in
//! order, without overlap, and are non-empty after trimming.
#![no_main]

use actorgraph::text::sentences;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let mut prev_end = 0;
    for (i, sent) in sentences(s).iter().enumerate() {
        let r = &sent.span;
        assert!(
            r.start <= r.end && r.end <= s.len(),
            "sentence {i} span {r:?} out of order or beyond {} in {s:?}",
            s.len()
        );
        assert!(
            s.is_char_boundary(r.start) && s.is_char_boundary(r.end),
            "sentence {i} span {r:?} not on char boundaries of {s:?}"
        );
        assert!(
            r.start >= prev_end,
            "sentence {i} span {r:?} overlaps or precedes the previous one (ended {prev_end}) in {s:?}"
        );
        assert!(
            !s[r.clone()].trim().is_empty(),
            "sentence {i} span {r:?} is empty after trim in {s:?}"
        );
        prev_end = r.end;
    }
});
