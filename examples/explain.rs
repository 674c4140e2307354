//! Prints what the matcher finds in each sentence of a text file: a
//! debugging aid for lexicon work (`cargo run --example explain FILE`).

use actorgraph::lexicon::{Lexicon, Sense};
use actorgraph::text::{sentences, Normalized};

fn main() {
    let path = std::env::args().nth(1).expect("usage: explain FILE");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let lex = Lexicon::embedded().expect("embedded lexicon");
    let norm = Normalized::new(&text);
    for (i, s) in sentences(&text).iter().enumerate() {
        println!("[{i}] {}", &text[s.span.clone()]);
        let range = norm.norm_offset(s.span.start)..norm.norm_offset(s.span.end);
        for hit in lex.find(&text, &norm, range, None) {
            let what: Vec<String> = lex
                .senses(&hit)
                .map(|s| match s {
                    Sense::Name { actor, role, .. } => {
                        format!("name {} {:?}", lex.actor(*actor).id, role)
                    }
                    Sense::Place { actor } => format!("place {}", lex.actor(*actor).id),
                    Sense::Role { role, refers } => format!("role {role} {refers:?}"),
                    Sense::Cue { relation, kind } => {
                        format!("cue {} {kind:?}", lex.relation(*relation).label)
                    }
                    Sense::Marker(m) => format!("marker {m:?}"),
                })
                .collect();
            let suffix = if hit.suffix.is_some() { "+suffix" } else { "" };
            println!(
                "    {:?} [{}{suffix}] {}",
                &text[norm.orig_span(hit.word_span())],
                hit.prefix,
                what.join("; ")
            );
        }
    }
}
