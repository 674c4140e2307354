//! Per-stage benchmarks on real news: normalize, sentences, match,
//! extract, merge, export, and lexicon start-up.
//!
//! The corpus is `../shared/bench/bench.jsonl` beside the checkout (research
//! only: read from there, never copied into the repository), or the file
//! named by `ACTORGRAPH_BENCH`; without it the bundled samples stand in.
//! The first `ACTORGRAPH_BENCH_MB` megabytes (default 4) of articles are
//! used. Run: `cargo bench --bench stages`. Figures: docs/performance.md.

use std::path::PathBuf;
use std::sync::LazyLock;

use actorgraph::export::{self, Filter, Labels, Style};
use actorgraph::extract::{Extractor, Triple};
use actorgraph::ingest::{self, Document, Reader};
use actorgraph::lexicon::Lexicon;
use actorgraph::store::{DocRecord, Store};
use actorgraph::text::{sentences, Normalized};
use divan::counter::BytesCount;
use divan::Bencher;

fn main() {
    divan::main();
}

static LEX: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::embedded().expect("embedded lexicon"));

static DOCS: LazyLock<Vec<Document>> = LazyLock::new(|| {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let path = std::env::var_os("ACTORGRAPH_BENCH")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/bench/bench.jsonl"));
    let limit: usize = std::env::var("ACTORGRAPH_BENCH_MB")
        .ok()
        .and_then(|m| m.parse().ok())
        .unwrap_or(4)
        << 20;
    let source = if path.exists() {
        path
    } else {
        eprintln!(
            "bench corpus {} not found; using docs/samples",
            path.display()
        );
        root.join("docs/samples")
    };
    let mut docs = Vec::new();
    let mut bytes = 0;
    for d in Reader::new(ingest::sources(&[source]).expect("bench corpus")).flatten() {
        bytes += d.text.len();
        docs.push(d);
        if bytes >= limit {
            break;
        }
    }
    docs
});

fn text_bytes() -> BytesCount {
    BytesCount::new(DOCS.iter().map(|d| d.text.len()).sum::<usize>())
}

fn records() -> Vec<DocRecord> {
    let ex = Extractor::new(&LEX);
    DOCS.iter()
        .map(|d| DocRecord {
            id: d.id.clone(),
            title: d.title.clone(),
            date: d.date.clone(),
            lang: d.lang.clone(),
            url: None,
            triples: ex.extract(d).unwrap_or_default(),
        })
        .collect()
}

#[divan::bench]
fn startup_lexicon() -> Lexicon {
    Lexicon::embedded().expect("embedded lexicon")
}

#[divan::bench]
fn normalize(b: Bencher) {
    b.counter(text_bytes()).bench(|| {
        DOCS.iter()
            .map(|d| Normalized::new(&d.text).text.len())
            .sum::<usize>()
    });
}

#[divan::bench]
fn split_sentences(b: Bencher) {
    b.counter(text_bytes())
        .bench(|| DOCS.iter().map(|d| sentences(&d.text).len()).sum::<usize>());
}

#[divan::bench]
fn match_lexicon(b: Bencher) {
    let normed: Vec<Normalized> = DOCS.iter().map(|d| Normalized::new(&d.text)).collect();
    b.counter(text_bytes()).bench(|| {
        DOCS.iter()
            .zip(&normed)
            .map(|(d, n)| LEX.find(&d.text, n, 0..n.text.len(), None).len())
            .sum::<usize>()
    });
}

#[divan::bench]
fn extract(b: Bencher) {
    let ex = Extractor::new(&LEX);
    b.counter(text_bytes()).bench(|| {
        DOCS.iter()
            .map(|d| ex.extract(d).map_or(0, |t| t.len()))
            .sum::<usize>()
    });
}

/// The extraction stage alone on a pool of 1 and 2 threads, documents
/// already read: how extraction itself scales with cores, apart from the
/// reading and writing around it that `benches/bench.sh` also times.
#[divan::bench(args = [1, 2], sample_count = 10)]
fn extract_threads(b: Bencher, threads: usize) {
    use rayon::prelude::*;
    let ex = Extractor::new(&LEX);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool");
    b.counter(text_bytes()).bench(|| {
        pool.install(|| {
            DOCS.par_iter()
                .map(|d| ex.extract(d).map_or(0, |t| t.len()))
                .sum::<usize>()
        })
    });
}

#[divan::bench(sample_count = 10)]
fn merge(b: Bencher) {
    let recs = records();
    b.with_inputs(|| recs.clone()).bench_values(|recs| {
        let mut s = Store::new();
        for r in recs {
            s.add_document(r, &LEX);
        }
        s.edges().len()
    });
}

/// Merging one million triples: synthetic documents over 200 actors.
#[divan::bench(sample_count = 3)]
fn merge_1m_triples(b: Bencher) {
    let template = records()
        .into_iter()
        .flat_map(|r| r.triples)
        .find(|t| t.dyad().is_some())
        .expect("the corpus gives at least one triple between two actors");
    let ids: Vec<String> = LEX
        .actors()
        .iter()
        .take(200)
        .map(|a| a.id.clone())
        .collect();
    let rels = ["calls", "meets", "attacks", "accuses", "aids"];
    let docs: Vec<DocRecord> = (0..10_000)
        .map(|d| {
            let triples = (0..100)
                .map(|k| {
                    let (s, t) = (
                        (d * 7 + k * 13) % ids.len(),
                        (d * 11 + k * 17 + 1) % ids.len(),
                    );
                    let mut x: Triple = template.clone();
                    x.doc = format!("d{d}");
                    let t = if s == t { (t + 1) % ids.len() } else { t };
                    if let (Some(a), Some(b)) = (x.source.as_mut(), x.target.as_mut()) {
                        a.id = Some(ids[s].clone());
                        b.id = Some(ids[t].clone());
                    }
                    x.relation = rels[k % rels.len()].to_string();
                    x.negated = false;
                    x
                })
                .collect();
            DocRecord {
                id: format!("d{d}"),
                title: None,
                date: Some(format!("2020-{:02}-01", d % 12 + 1)),
                lang: None,
                url: None,
                triples,
            }
        })
        .collect();
    // Cloning the input is not part of the merge: divan builds it untimed.
    b.with_inputs(|| docs.clone()).bench_values(|docs| {
        let mut s = Store::new();
        for r in docs {
            s.add_document(r, &LEX);
        }
        s.edges().len()
    });
}

#[divan::bench(sample_count = 10)]
fn export_dot_and_csv(b: Bencher) {
    let mut s = Store::new();
    for r in records() {
        s.add_document(r, &LEX);
    }
    let dir = tempfile::tempdir().expect("temp dir");
    b.bench(|| {
        let dot = export::dot(
            &s,
            &Filter::default(),
            Style {
                labels: Labels::Both,
                ..Style::default()
            },
        );
        export::write_neo4j(&s, &Filter::default(), dir.path()).expect("export");
        dot.len()
    });
}
