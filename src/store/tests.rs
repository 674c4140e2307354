//! Store tests: merge, replace, idempotency, order independence, and the
//! file format's defences.

use super::*;
use crate::extract::{ActorRef, CueRef};

fn lex() -> Lexicon {
    let mut b = crate::lexicon::Builder::empty();
    b.add_text("a", "id\ttype\tname_en\tname_ar\nTUR\tstate\tTurkey\tتركيا\nRUS\tstate\tRussia\tروسيا\nSYR\tstate\tSyria\tسوريا\n");
    b.add_text("r", "relation\tcameo\tplover\tquad\tsymmetric\tdescription\ncalls\t041\tCONSULT\tverbal-coop\tyes\tphone\nattacks\t190\tASSAULT\tmaterial-conflict\tno\tattack\n");
    b.build().unwrap()
}

fn actor(id: &str) -> ActorRef {
    ActorRef {
        id: Some(id.to_string()),
        name: Some(id.to_string()),
        role: None,
        text: id.to_string(),
        span: [0, 3],
    }
}

fn triple(doc: &str, s: &str, rel: &str, t: &str, negated: bool) -> Triple {
    Triple {
        doc: doc.to_string(),
        sentence: 0,
        source: Some(actor(s)),
        relation: rel.to_string(),
        cameo: "041".to_string(),
        plover: "CONSULT".to_string(),
        target: Some(actor(t)),
        symmetric: rel == "calls",
        negated,
        mood: Mood::Done,
        evidence: "e".to_string(),
        span: [0, 1],
        cue: CueRef {
            text: "c".to_string(),
            span: [0, 1],
        },
        lang: "en".to_string(),
        date: None,
        confidence: 0.9,
    }
}

fn doc(id: &str, date: Option<&str>, triples: Vec<Triple>) -> DocRecord {
    DocRecord {
        id: id.to_string(),
        title: None,
        date: date.map(str::to_string),
        lang: Some("en".to_string()),
        url: None,
        triples,
    }
}

/// An edge seen from outside: (key, count, documents, first, last).
type EdgeView = (String, usize, usize, Option<String>, Option<String>);

/// A canonical view of a store's edges.
fn view(s: &Store) -> Vec<EdgeView> {
    s.edges()
        .iter()
        .map(|e| {
            (
                e.key.key(),
                e.count(),
                e.documents(),
                e.first_seen().map(str::to_string),
                e.last_seen().map(str::to_string),
            )
        })
        .collect()
}

#[test]
fn symmetric_edges_merge_regardless_of_direction() {
    let l = lex();
    let mut s = Store::new();
    s.add_document(
        doc(
            "a",
            Some("2020-01-02"),
            vec![triple("a", "TUR", "calls", "RUS", false)],
        ),
        &l,
    );
    s.add_document(
        doc(
            "b",
            Some("2020-03-04"),
            vec![
                triple("b", "RUS", "calls", "TUR", false),
                triple("b", "SYR", "attacks", "TUR", false),
            ],
        ),
        &l,
    );
    assert_eq!(
        view(&s),
        vec![
            (
                "RUS|calls|TUR|done".to_string(),
                2,
                2,
                Some("2020-01-02".to_string()),
                Some("2020-03-04".to_string())
            ),
            (
                "SYR|attacks|TUR|done".to_string(),
                1,
                1,
                Some("2020-03-04".to_string()),
                Some("2020-03-04".to_string())
            ),
        ]
    );
    assert_eq!(s.node_ids(), vec!["RUS", "SYR", "TUR"]);
}

#[test]
fn negated_triples_are_evidence_not_edges() {
    let l = lex();
    let mut s = Store::new();
    s.add_document(
        doc("a", None, vec![triple("a", "TUR", "calls", "RUS", true)]),
        &l,
    );
    assert!(s.edges().is_empty());
    assert_eq!(s.triple_count(), 1);
}

#[test]
fn triples_without_two_actors_are_evidence_not_edges() {
    let l = lex();
    let mut s = Store::new();
    let mut role_only = triple("a", "TUR", "attacks", "RUS", false);
    role_only.source.as_mut().unwrap().id = None;
    role_only.source.as_mut().unwrap().name = None;
    role_only.source.as_mut().unwrap().role = Some("REB".into());
    let mut no_target = triple("a", "TUR", "attacks", "RUS", false);
    no_target.target = None;
    let mut no_source = triple("a", "TUR", "attacks", "SYR", false);
    no_source.source = None;
    let both = triple("a", "TUR", "attacks", "SYR", false);
    s.add_document(
        doc("a", None, vec![role_only, no_target, no_source, both]),
        &l,
    );
    assert_eq!(s.triple_count(), 4, "every triple is kept as evidence");
    assert_eq!(
        view(&s).len(),
        1,
        "only the triple with two actors is an edge"
    );
    assert_eq!(s.node_ids(), vec!["SYR", "TUR"]);
    // They survive a round trip through a file.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.store");
    s.save(&path).unwrap();
    let back = Store::load(&path).unwrap();
    assert_eq!(back.doc("a"), s.doc("a"));
    assert_eq!(view(&back), view(&s));
}

#[test]
fn domestic_loops_are_added_replaced_and_removed() {
    let l = lex();
    let mut s = Store::new();
    s.add_document(
        doc("a", None, vec![triple("a", "SYR", "attacks", "SYR", false)]),
        &l,
    );
    assert_eq!(view(&s).len(), 1);
    assert_eq!(s.node_ids(), vec!["SYR"]);
    // Replacing the document removes the loop and its node, once.
    s.add_document(
        doc("a", None, vec![triple("a", "TUR", "attacks", "SYR", false)]),
        &l,
    );
    assert_eq!(s.node_ids(), vec!["SYR", "TUR"]);
    assert!(s.remove_document("a"));
    assert!(s.node_ids().is_empty() && s.edges().is_empty());
}

#[test]
fn same_document_twice_changes_nothing_and_new_content_replaces() {
    let l = lex();
    let mut s = Store::new();
    let d = doc("a", None, vec![triple("a", "SYR", "attacks", "TUR", false)]);
    s.add_document(d.clone(), &l);
    let before = view(&s);
    s.add_document(d, &l);
    assert_eq!(view(&s), before);
    s.add_document(
        doc("a", None, vec![triple("a", "TUR", "calls", "RUS", false)]),
        &l,
    );
    assert_eq!(
        view(&s),
        vec![("RUS|calls|TUR|done".to_string(), 1, 1, None, None)]
    );
    assert_eq!(
        s.node_ids(),
        vec!["RUS", "TUR"],
        "SYR lost its only edge and its node"
    );
}

#[test]
fn order_does_not_matter() {
    let l = lex();
    let docs = [
        doc(
            "a",
            Some("2021-01-01"),
            vec![triple("a", "TUR", "calls", "RUS", false)],
        ),
        doc(
            "b",
            Some("2020-01-01"),
            vec![
                triple("b", "RUS", "calls", "TUR", false),
                triple("b", "SYR", "attacks", "TUR", false),
            ],
        ),
        doc("c", None, vec![triple("c", "SYR", "attacks", "TUR", false)]),
    ];
    let mut forward = Store::new();
    docs.iter()
        .cloned()
        .for_each(|d| forward.add_document(d, &l));
    let mut backward = Store::new();
    docs.iter()
        .rev()
        .cloned()
        .for_each(|d| backward.add_document(d, &l));
    assert_eq!(view(&forward), view(&backward));
}

#[test]
fn round_trip_through_a_file() {
    let l = lex();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.store");
    let mut s = Store::new();
    s.add_document(
        doc(
            "a",
            Some("2020-02-04"),
            vec![
                triple("a", "TUR", "calls", "RUS", false),
                triple("a", "TUR", "calls", "RUS", true),
            ],
        ),
        &l,
    );
    s.save(&path).unwrap();
    let back = Store::load(&path).unwrap();
    assert_eq!(view(&back), view(&s));
    assert_eq!(back.doc("a"), s.doc("a"));
    assert_eq!(back.actor("TUR").map(|a| a.name_ar.as_str()), Some("تركيا"));
}

/// `save` writes the payload piece by piece from the documents' encodings
/// as held; the result must be exactly the postcard encoding of the file
/// struct, which is what older builds wrote and `decode` reads.
#[test]
fn saving_streams_the_same_bytes_as_encoding_the_whole_file() {
    let l = lex();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.store");
    let mut s = Store::new();
    for (id, rel) in [("b", "calls"), ("a", "meets"), ("c", "attacks")] {
        s.add_document(
            doc(
                id,
                Some("2021-05-06"),
                vec![triple(id, "TUR", rel, "RUS", false)],
            ),
            &l,
        );
    }
    s.add_document(doc("empty", None, vec![]), &l);
    s.save(&path).unwrap();
    let written = std::fs::read(&path).unwrap();
    let whole = postcard::to_stdvec(&StoreFile {
        actors: s.actors.values().cloned().collect(),
        relations: s.relations.values().cloned().collect(),
        docs: s.docs().collect(),
    })
    .unwrap();
    assert_eq!(&written[HEADER_LEN..], &whole[..]);
    assert_eq!(
        u64::from_le_bytes(written[12..20].try_into().unwrap()),
        whole.len() as u64
    );
    assert_eq!(
        u32::from_le_bytes(written[20..24].try_into().unwrap()),
        crc32fast::hash(&whole)
    );

    // A loaded store holds its documents as ranges of the file; replacing
    // and removing some of them, then saving, must give what a store built
    // from scratch with the same documents gives.
    let mut back = Store::load(&path).unwrap();
    back.add_document(
        doc("a", None, vec![triple("a", "IRN", "attacks", "TUR", false)]),
        &l,
    );
    assert!(back.remove_document("c"));
    let path2 = dir.path().join("g2.store");
    back.save(&path2).unwrap();
    let mut fresh = Store::new();
    fresh.add_document(
        doc("a", None, vec![triple("a", "IRN", "attacks", "TUR", false)]),
        &l,
    );
    for id in ["b", "empty"] {
        fresh.add_document(s.doc(id).unwrap(), &l);
    }
    let path3 = dir.path().join("g3.store");
    fresh.save(&path3).unwrap();
    let reread = Store::load(&path2).unwrap();
    assert_eq!(view(&reread), view(&fresh));
    assert_eq!(reread.triple_count(), 2);
    assert_eq!(
        reread.docs().collect::<Vec<_>>(),
        fresh.docs().collect::<Vec<_>>()
    );
    let encodings = |s: &Store| {
        s.docs
            .values()
            .map(|d| d.bytes.to_vec())
            .collect::<Vec<_>>()
    };
    assert_eq!(encodings(&reread), encodings(&fresh));
}

#[test]
fn damaged_and_foreign_files_are_refused_untouched() {
    let l = lex();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.store");
    let mut s = Store::new();
    s.add_document(
        doc("a", None, vec![triple("a", "TUR", "calls", "RUS", false)]),
        &l,
    );
    s.save(&path).unwrap();
    let good = std::fs::read(&path).unwrap();

    let mut flipped = good.clone();
    let last = flipped.len() - 1;
    flipped[last] ^= 0x40;
    std::fs::write(&path, &flipped).unwrap();
    let e = Store::load(&path).unwrap_err().to_string();
    assert!(e.contains("checksum") && e.contains("g.store"), "{e}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        flipped,
        "a damaged store is left as it was"
    );

    std::fs::write(&path, &good[..good.len() - 5]).unwrap();
    assert!(Store::load(&path)
        .unwrap_err()
        .to_string()
        .contains("damaged"));

    std::fs::write(&path, b"hello world, not a store").unwrap();
    assert!(Store::load(&path)
        .unwrap_err()
        .to_string()
        .contains("not an actorgraph store"));

    let mut newer = good.clone();
    newer[8..12].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
    std::fs::write(&path, &newer).unwrap();
    let e = Store::load(&path).unwrap_err().to_string();
    assert!(
        e.contains(&format!("version {}", FORMAT_VERSION + 1)) && e.contains("upgrade"),
        "{e}"
    );
}

#[test]
fn merge_equals_one_build() {
    let l = lex();
    let (a, b) = (
        doc("a", None, vec![triple("a", "TUR", "calls", "RUS", false)]),
        doc(
            "b",
            None,
            vec![
                triple("b", "SYR", "attacks", "TUR", false),
                triple("b", "TUR", "calls", "RUS", false),
            ],
        ),
    );
    let mut one = Store::new();
    one.add_document(a.clone(), &l);
    one.add_document(b.clone(), &l);
    let (mut x, mut y) = (Store::new(), Store::new());
    x.add_document(a, &l);
    y.add_document(b, &l);
    x.merge(y);
    assert_eq!(view(&x), view(&one));
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    const IDS: [&str; 3] = ["TUR", "RUS", "SYR"];
    const RELS: [&str; 2] = ["calls", "attacks"];

    /// A document: an id from a small set (so that replacements happen),
    /// a date or none, and a few triples over a small actor set.
    fn doc_strategy() -> impl Strategy<Value = DocRecord> {
        (
            0..6usize,
            proptest::option::of(0..3usize),
            proptest::collection::vec((0..3usize, 0..2usize, 0..3usize, any::<bool>()), 0..5),
        )
            .prop_map(|(id, date, ts)| {
                let id = format!("d{id}");
                let date = date.map(|d| format!("2020-0{}-01", d + 1));
                let triples = ts
                    .into_iter()
                    .filter(|(s, _, t, _)| s != t)
                    .map(|(s, r, t, neg)| Triple {
                        date: date.clone(),
                        ..triple(&id, IDS[s], RELS[r], IDS[t], neg)
                    })
                    .collect();
                doc(&id, date.as_deref(), triples)
            })
    }

    /// The final contribution of each id is the last one added, so the
    /// store must equal one built from those alone, in any order.
    fn last_per_id(docs: &[DocRecord]) -> Vec<DocRecord> {
        let mut m = std::collections::BTreeMap::new();
        for d in docs {
            m.insert(d.id.clone(), d.clone());
        }
        m.into_values().collect()
    }

    proptest! {
        #[test]
        fn any_order_any_repeats_same_store(docs in proptest::collection::vec(doc_strategy(), 0..12), seed in any::<u64>(), repeats in 1..3usize) {
            let l = lex();
            let mut incremental = Store::new();
            for _ in 0..repeats {
                for d in &docs {
                    incremental.add_document(d.clone(), &l);
                }
            }
            let mut finals = last_per_id(&docs);
            // A deterministic shuffle from the seed.
            let mut s = seed | 1;
            for i in (1..finals.len()).rev() {
                s ^= s << 13; s ^= s >> 7; s ^= s << 17;
                finals.swap(i, (s % (i as u64 + 1)) as usize);
            }
            let mut shuffled = Store::new();
            for d in &finals {
                shuffled.add_document(d.clone(), &l);
            }
            prop_assert_eq!(view(&incremental), view(&shuffled));
            // And through a file.
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("p.store");
            shuffled.save(&path).unwrap();
            prop_assert_eq!(view(&Store::load(&path).unwrap()), view(&shuffled));
        }

        #[test]
        fn merge_commutes_even_with_conflicting_versions(a in proptest::collection::vec(doc_strategy(), 0..8), b in proptest::collection::vec(doc_strategy(), 0..8)) {
            let l = lex();
            let build = |docs: &[DocRecord]| {
                let mut s = Store::new();
                docs.iter().for_each(|d| s.add_document(d.clone(), &l));
                s
            };
            let mut ab = build(&a);
            ab.merge(build(&b));
            let mut ba = build(&b);
            ba.merge(build(&a));
            prop_assert_eq!(view(&ab), view(&ba));
        }

        #[test]
        fn merge_is_one_build(docs in proptest::collection::vec(doc_strategy(), 0..10), split in 0..10usize) {
            let l = lex();
            let finals = last_per_id(&docs);
            let k = split.min(finals.len());
            let (mut a, mut b, mut one) = (Store::new(), Store::new(), Store::new());
            finals[..k].iter().for_each(|d| a.add_document(d.clone(), &l));
            finals[k..].iter().for_each(|d| b.add_document(d.clone(), &l));
            finals.iter().for_each(|d| one.add_document(d.clone(), &l));
            a.merge(b);
            prop_assert_eq!(view(&a), view(&one));
        }
    }
}

/// Found by fuzzing (fuzz/regressions/store_load-duplicate-doc-id): a file
/// with a valid checksum but the same document twice used to load with
/// evidence pointing at a replaced document.
#[test]
fn regression_fuzz_duplicate_document_ids_are_refused() {
    let l = lex();
    let mut s = Store::new();
    s.add_document(
        doc("a", None, vec![triple("a", "TUR", "calls", "RUS", false)]),
        &l,
    );
    let file = StoreFile {
        actors: s.actors.values().cloned().collect(),
        relations: s.relations.values().cloned().collect(),
        docs: vec![s.doc("a").unwrap(), doc("a", None, vec![])],
    };
    let payload = postcard::to_stdvec(&file).unwrap();
    let mut bytes = Vec::new();
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    bytes.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    bytes.extend_from_slice(&crc32fast::hash(&payload).to_le_bytes());
    bytes.extend_from_slice(&payload);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dup.store");
    std::fs::write(&path, &bytes).unwrap();
    let e = Store::load(&path).unwrap_err().to_string();
    assert!(e.contains("appears twice"), "{e}");
}
