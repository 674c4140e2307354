//! The commands the binary offers, as library functions: reading input in
//! parallel chunks, extracting, merging into a store and writing exports.
//! `main.rs` only parses arguments and prints.

use std::collections::{BTreeMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;

use crate::error::Error;
use crate::export::{self, Filter, Labels, Period, RenderFormat, Style};
use crate::extract::{Extractor, Skip, Triple};
use crate::ingest::{self, Document, Reader};
use crate::lexicon::Lexicon;
use crate::store::{DocRecord, Store, StoreLock};

/// Documents are extracted in parallel chunks of at most this many...
const CHUNK_DOCS: usize = 2048;
/// ...or this many bytes of text, whichever comes first: memory stays flat
/// however large the input.
const CHUNK_BYTES: usize = 32 << 20;

/// A stable 64-bit hash of a document id.
fn id_hash(id: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = std::hash::DefaultHasher::new();
    h.write(id.as_bytes());
    h.finish()
}

/// Above this many edges, `build` draws only the strongest actors.
const MAX_DRAWN_EDGES: usize = 300;
/// How many actors `build` draws for a large graph.
const DRAWN_ACTORS: usize = 25;

/// What a run read, produced and passed over.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Articles read and extracted.
    pub documents: usize,
    /// Triples extracted (negated ones included).
    pub triples: usize,
    /// Of which negated.
    pub negated: usize,
    /// Records that could not be read (malformed, empty, bad UTF-8).
    pub malformed: usize,
    /// Articles in a language other than Arabic and English, by code.
    pub unsupported: BTreeMap<String, usize>,
    /// Articles whose id was already seen in this run (the first wins).
    pub duplicates: usize,
}

impl Summary {
    /// Whether any record was passed over because it was bad.
    pub fn had_errors(&self) -> bool {
        self.malformed > 0
    }

    /// One line for humans.
    pub fn line(&self) -> String {
        let mut s = format!(
            "{} documents, {} triples ({} negated)",
            self.documents, self.triples, self.negated
        );
        if self.malformed > 0 {
            s.push_str(&format!("; skipped {} malformed records", self.malformed));
        }
        if self.duplicates > 0 {
            s.push_str(&format!("; skipped {} duplicate ids", self.duplicates));
        }
        let unsupported: usize = self.unsupported.values().sum();
        if unsupported > 0 {
            let langs: Vec<String> = self
                .unsupported
                .iter()
                .map(|(l, n)| format!("{l}: {n}"))
                .collect();
            s.push_str(&format!(
                "; skipped {unsupported} articles in unsupported languages ({})",
                langs.join(", ")
            ));
        }
        s
    }
}

/// How to report progress and warnings.
pub struct Reporter {
    bar: ProgressBar,
}

impl Reporter {
    /// A progress bar on stderr when it is a terminal (silent otherwise),
    /// sized by `total` bytes if known.
    pub fn new(show: bool, total: u64) -> Reporter {
        let bar = if total > 0 {
            ProgressBar::new(total)
        } else {
            ProgressBar::new_spinner()
        };
        bar.set_draw_target(if show {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        });
        if total > 0 {
            bar.set_style(ProgressStyle::with_template("{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec}, {eta}) {msg}").unwrap_or_else(|_| ProgressStyle::default_bar()));
        }
        Reporter { bar }
    }

    /// A reporter that shows nothing (tests, library use).
    pub fn hidden() -> Reporter {
        Reporter::new(false, 0)
    }

    /// Prints one warning line to stderr without tearing the bar.
    pub fn warn(&self, line: &str) {
        self.bar
            .suspend(|| eprintln!("actorgraph: warning: {line}"));
    }

    fn progress(&self, bytes: u64, docs: usize) {
        self.bar.set_position(bytes);
        self.bar.set_message(format!("{docs} docs"));
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

/// Reads every input, extracts in parallel chunks, and hands each document
/// with its triples to `sink` in input order.
pub fn extract_inputs(
    inputs: &[PathBuf],
    lex: &Lexicon,
    reporter: &Reporter,
    mut sink: impl FnMut(Document, Vec<Triple>) -> Result<(), Error>,
) -> Result<Summary, Error> {
    let sources = ingest::sources(inputs)?;
    reporter
        .bar
        .set_length(ingest::total_bytes(&sources).max(1));
    let extractor = Extractor::new(lex);
    let mut summary = Summary::default();
    // A reader thread parses the next chunk while the workers extract this
    // one; the bounded channel keeps at most two chunks in memory.
    let (tx, rx) = std::sync::mpsc::sync_channel::<(Vec<Result<Document, Error>>, u64)>(1);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            let mut reader = Reader::new(sources);
            loop {
                let (mut items, mut docs, mut bytes) = (Vec::new(), 0, 0);
                for item in reader.by_ref() {
                    if let Ok(d) = &item {
                        docs += 1;
                        bytes += d.text.len();
                    }
                    items.push(item);
                    if docs >= CHUNK_DOCS || bytes >= CHUNK_BYTES {
                        break;
                    }
                }
                if items.is_empty() || tx.send((items, reader.bytes_read())).is_err() {
                    return;
                }
            }
        });
        // A driver thread sorts each chunk and extracts it on the worker
        // pool while this thread hands the previous chunk's triples to the
        // sink (writing JSON lines, adding to a store): the sink, which
        // cannot run in parallel, overlaps the extraction of the next chunk.
        let (etx, erx) = std::sync::mpsc::sync_channel::<Result<Extracted, Error>>(1);
        let extractor = &extractor;
        scope.spawn(move || {
            // Ids seen in this run, as 64-bit hashes: memory stays small on
            // millions of articles (a false duplicate needs a hash collision).
            let mut seen: HashSet<u64> = HashSet::new();
            for (items, bytes_read) in rx {
                let mut x = Extracted {
                    bytes_read,
                    ..Extracted::default()
                };
                for item in items {
                    match item {
                        Ok(doc) => {
                            for w in &doc.warnings {
                                reporter.warn(w);
                            }
                            if !seen.insert(id_hash(&doc.id)) {
                                reporter.warn(&format!(
                                    "{}: id {:?} was already read in this run; skipped",
                                    doc.origin, doc.id
                                ));
                                x.duplicates += 1;
                                continue;
                            }
                            x.docs.push(doc);
                        }
                        // A bad record or an unreadable file: say so, count it, go on.
                        Err(e @ (Error::Input { .. } | Error::Io { .. })) => {
                            reporter.warn(&format!("{e}; skipped"));
                            x.malformed += 1;
                        }
                        Err(e) => {
                            let _ = etx.send(Err(e));
                            return;
                        }
                    }
                }
                x.results = x.docs.par_iter().map(|d| extractor.extract(d)).collect();
                if etx.send(Ok(x)).is_err() {
                    return;
                }
            }
        });
        for x in erx {
            let x = x?;
            summary.malformed += x.malformed;
            summary.duplicates += x.duplicates;
            for (doc, result) in x.docs.into_iter().zip(x.results) {
                match result {
                    Ok(triples) => {
                        summary.documents += 1;
                        summary.triples += triples.len();
                        summary.negated += triples.iter().filter(|t| t.negated).count();
                        sink(doc, triples)?;
                    }
                    Err(Skip::Language(code)) => {
                        *summary.unsupported.entry(code).or_default() += 1;
                    }
                }
            }
            reporter.progress(x.bytes_read, summary.documents);
        }
        Ok(())
    })?;
    reporter.finish();
    Ok(summary)
}

/// One chunk of documents, extracted, on its way to the sink.
#[derive(Default)]
struct Extracted {
    docs: Vec<Document>,
    results: Vec<Result<Vec<Triple>, Skip>>,
    /// Input bytes read when the chunk was complete (for progress).
    bytes_read: u64,
    malformed: usize,
    duplicates: usize,
}

/// Options of `build`.
#[derive(Clone, Debug, Default)]
pub struct BuildOptions {
    pub inputs: Vec<PathBuf>,
    /// Folder for the store (unless `store` is given) and the exports.
    pub out: Option<PathBuf>,
    /// The store file to merge into.
    pub store: Option<PathBuf>,
    pub labels: Labels,
    /// Render SVG when Graphviz is installed.
    pub render: bool,
}

/// The store file `build` writes.
pub fn store_path(opts: &BuildOptions) -> Result<PathBuf, Error> {
    match (&opts.store, &opts.out) {
        (Some(s), _) => Ok(s.clone()),
        (None, Some(out)) => Ok(out.join("graph.store")),
        (None, None) => Err(Error::Usage(
            "build needs --out DIR or --store FILE".to_string(),
        )),
    }
}

/// `build`: extract, merge into the store, save it, write exports.
pub fn build(opts: &BuildOptions, lex: &Lexicon, reporter: &Reporter) -> Result<Summary, Error> {
    let path = store_path(opts)?;
    // Lock, then open: a second run on the same store waits for this one
    // and reads what it wrote. A damaged store stops the run before any
    // work, untouched.
    let _lock = StoreLock::acquire(&path, || {
        reporter.warn(&format!(
            "{} is in use by another actorgraph run; waiting for it to finish",
            path.display()
        ))
    })?;
    let mut store = Store::open_or_new(&path)?;
    let summary = extract_inputs(&opts.inputs, lex, reporter, |doc, triples| {
        store.add_document(
            DocRecord {
                id: doc.id,
                title: doc.title,
                date: doc.date,
                lang: doc.lang.or_else(|| triples.first().map(|t| t.lang.clone())),
                url: doc.url,
                triples,
            },
            lex,
        );
        Ok(())
    })?;
    store.save(&path)?;
    if let Some(out) = &opts.out {
        write_exports(&store, out, opts.labels, opts.render, reporter)?;
    }
    Ok(summary)
}

/// Writes the standard exports of a store into `out`: graph.dot,
/// graph.svg (when Graphviz is there and `render` is set), the Neo4j CSV
/// files and import.cypher.
pub fn write_exports(
    store: &Store,
    out: &Path,
    labels: Labels,
    render: bool,
    reporter: &Reporter,
) -> Result<(), Error> {
    std::fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
    let filter = Filter::default();
    let dot = export::dot(
        store,
        &filter,
        Style {
            labels,
            ..Style::default()
        },
    );
    write_file(&out.join("graph.dot"), dot.as_bytes())?;
    if render {
        // Graphviz takes minutes on thousands of edges, and nobody can read
        // such a drawing: past a size, the picture shows the strongest actors.
        let all = filter.edges(store).len();
        let drawn = if all > MAX_DRAWN_EDGES {
            let top = Filter {
                top: Some(DRAWN_ACTORS),
                min_count: 2,
                ..Filter::default()
            };
            reporter.warn(&format!("the graph has {all} edges: graph.svg shows the {DRAWN_ACTORS} actors with the most triples (edges of 2 or more); graph.dot has everything, and `actorgraph export` draws other views"));
            export::dot(
                store,
                &top,
                Style {
                    labels,
                    ..Style::default()
                },
            )
        } else {
            dot
        };
        match export::render(&drawn, RenderFormat::Svg) {
            Ok(svg) => write_file(&out.join("graph.svg"), &svg)?,
            Err(e) => reporter.warn(&format!("{e}; graph.svg not written")),
        }
    }
    export::write_neo4j(store, &filter, out)
}

/// Writes a file, naming it in the error.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    std::fs::write(path, bytes).map_err(|e| Error::io(path, e))
}

/// `extract`: triples as JSON lines (or TSV) on `out`.
pub fn extract(
    inputs: &[PathBuf],
    lex: &Lexicon,
    format: TripleFormat,
    reporter: &Reporter,
    out: &mut dyn Write,
) -> Result<Summary, Error> {
    let stdout = Path::new("<stdout>");
    if format == TripleFormat::Tsv {
        writeln!(
            out,
            "doc\tsentence\tsource\trelation\ttarget\tnegated\tmood\tcameo\tplover\tevidence"
        )
        .map_err(|e| Error::io(stdout, e))?;
    }
    extract_inputs(inputs, lex, reporter, |_, triples| {
        for t in &triples {
            match format {
                TripleFormat::Jsonl => {
                    serde_json::to_writer(&mut *out, t).map_err(|e| Error::io(stdout, e.into()))?;
                    out.write_all(b"\n").map_err(|e| Error::io(stdout, e))?;
                }
                TripleFormat::Tsv => {
                    let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
                    let side = |a: &Option<crate::extract::ActorRef>| {
                        crate::extract::side_label(a.as_ref())
                    };
                    writeln!(
                        out,
                        "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                        clean(&t.doc),
                        t.sentence,
                        side(&t.source),
                        t.relation,
                        side(&t.target),
                        t.negated,
                        t.mood.as_str(),
                        t.cameo,
                        t.plover,
                        clean(&t.evidence)
                    )
                    .map_err(|e| Error::io(stdout, e))?;
                }
            }
        }
        Ok(())
    })
}

/// Formats of `extract`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TripleFormat {
    Jsonl,
    Tsv,
}

/// Formats of `export`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Dot,
    Svg,
    Png,
    /// Neo4j admin-import CSV plus import.cypher.
    Csv,
    /// Triples per period and edge (timeline.csv).
    Timeline(Period),
    /// A self-contained page: the diagram and a searchable table of edges
    /// with their evidence (graph.html).
    Html,
}

/// `export`: writes one format of a store into `out`; returns the files written.
pub fn export(
    store_file: &Path,
    format: ExportFormat,
    filter: &Filter,
    style: Style,
    out: &Path,
) -> Result<Vec<PathBuf>, Error> {
    let store = Store::load(store_file)?;
    std::fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
    let dot = || export::dot(&store, filter, style);
    let one = |name: &str, bytes: &[u8]| -> Result<Vec<PathBuf>, Error> {
        let p = out.join(name);
        write_file(&p, bytes)?;
        Ok(vec![p])
    };
    match format {
        ExportFormat::Dot => one("graph.dot", dot().as_bytes()),
        ExportFormat::Svg => one("graph.svg", &export::render(&dot(), RenderFormat::Svg)?),
        ExportFormat::Png => one("graph.png", &export::render(&dot(), RenderFormat::Png)?),
        ExportFormat::Timeline(period) => one(
            "timeline.csv",
            export::timeline(&store, filter, period).as_bytes(),
        ),
        ExportFormat::Html => one(
            "graph.html",
            export::html(&store, filter, style)?.as_bytes(),
        ),
        ExportFormat::Csv => {
            export::write_neo4j(&store, filter, out)?;
            Ok(export::NEO4J_FILES
                .iter()
                .chain([&export::CYPHER_FILE])
                .map(|f| out.join(f))
                .collect())
        }
    }
}

/// Figures about a store, for `stats`.
#[derive(Clone, Debug, Serialize)]
pub struct Stats {
    pub documents: usize,
    pub triples: usize,
    pub actors: usize,
    pub edges: usize,
    pub relations: BTreeMap<String, usize>,
    /// The strongest dyads: (actor, actor, triples), most first.
    pub top_dyads: Vec<(String, String, usize)>,
}

/// `stats`.
pub fn stats(store_file: &Path, top: usize) -> Result<Stats, Error> {
    let store = Store::load(store_file)?;
    let mut relations: BTreeMap<String, usize> = BTreeMap::new();
    let mut dyads: BTreeMap<(String, String), usize> = BTreeMap::new();
    for e in store.edges() {
        *relations.entry(e.key.relation.clone()).or_default() += e.count();
        let (a, b) = if e.key.source <= e.key.target {
            (&e.key.source, &e.key.target)
        } else {
            (&e.key.target, &e.key.source)
        };
        *dyads.entry((a.clone(), b.clone())).or_default() += e.count();
    }
    let mut top_dyads: Vec<(String, String, usize)> =
        dyads.into_iter().map(|((a, b), n)| (a, b, n)).collect();
    top_dyads.sort_by(|x, y| y.2.cmp(&x.2).then_with(|| (&x.0, &x.1).cmp(&(&y.0, &y.1))));
    top_dyads.truncate(top);
    Ok(Stats {
        documents: store.doc_count(),
        triples: store.triple_count(),
        actors: store.node_ids().len(),
        edges: store.edges().len(),
        relations,
        top_dyads,
    })
}

/// `merge`: combines stores into `out` (written atomically, replacing any
/// file there; name it among the inputs to merge into it). Returns the
/// number of documents in the result.
pub fn merge(inputs: &[PathBuf], out: &Path, reporter: &Reporter) -> Result<usize, Error> {
    if inputs.is_empty() {
        return Err(Error::Usage(
            "merge needs at least one input store".to_string(),
        ));
    }
    let _lock = StoreLock::acquire(out, || {
        reporter.warn(&format!(
            "{} is in use by another actorgraph run; waiting for it to finish",
            out.display()
        ))
    })?;
    let mut store = Store::new();
    for p in inputs {
        store.merge(Store::load(p)?);
    }
    store.save(out)?;
    Ok(store.doc_count())
}
