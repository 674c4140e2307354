//! `extract::Extractor::extract` on the embedded lexicon: no panics, and every
//! triple's spans lie within the text on char boundaries and slice to the
//! text the triple reports.
//!
//! Input: byte 0 selects the declared language (ar / en / none → detected)
//! and whether the document is dated (which turns on office-holder year
//! checks); the rest, if valid UTF-8, is the article text.
#![no_main]

use std::sync::LazyLock;

use actorgraph::extract::Extractor;
use actorgraph::ingest::Document;
use actorgraph::lexicon::Lexicon;
use libfuzzer_sys::fuzz_target;

static LEX: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::embedded().expect("embedded lexicon compiles"));

fn check<'a>(text: &'a str, what: &str, span: [usize; 2]) -> &'a str {
    let [a, b] = span;
    assert!(
        a <= b && b <= text.len(),
        "{what} span {span:?} out of order or beyond {} in {text:?}",
        text.len()
    );
    assert!(
        text.is_char_boundary(a) && text.is_char_boundary(b),
        "{what} span {span:?} not on char boundaries of {text:?}"
    );
    &text[a..b]
}

fuzz_target!(|data: &[u8]| {
    let Some((&sel, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let lang = match sel % 3 {
        0 => Some("ar".to_string()),
        1 => Some("en".to_string()),
        _ => None,
    };
    let date = match (sel / 3) % 4 {
        0 => None,
        1 => Some("2015-07-22".to_string()),
        2 => Some("2021-03-24".to_string()),
        _ => Some("1999-01-01".to_string()),
    };
    let doc = Document {
        id: "fuzz".to_string(),
        text: text.to_string(),
        title: None,
        date,
        lang,
        url: None,
        origin: "fuzz".to_string(),
        warnings: Vec::new(),
    };
    let Ok(triples) = Extractor::new(&LEX).extract(&doc) else {
        return;
    };
    for t in &triples {
        let ev = check(text, "sentence", t.span);
        assert_eq!(ev, t.evidence, "evidence differs from text[span] in {text:?}");
        for (name, side) in [("source", &t.source), ("target", &t.target)] {
            if let Some(a) = side {
                let got = check(text, name, a.span);
                assert_eq!(got, a.text, "{name} text differs from text[{name}.span] in {text:?}");
                assert_eq!(a.id.is_none(), a.name.is_none(), "{name} id and name go together");
            }
        }
        let cue = check(text, "cue", t.cue.span);
        assert_eq!(cue, t.cue.text, "cue text differs from text[cue.span] in {text:?}");
        // The cue comes from the sentence's own hits.
        assert!(
            t.span[0] <= t.cue.span[0] && t.cue.span[1] <= t.span[1],
            "cue span {:?} outside its sentence {:?} in {text:?}",
            t.cue.span,
            t.span
        );
    }
});
