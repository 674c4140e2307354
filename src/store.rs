//! The store: a petgraph `StableDiGraph` keyed by actor id, with one edge
//! per (source, relation, target, mood) carrying its evidence, persisted to
//! one checksummed file.
//!
//! What is persisted is the documents with their triples (the evidence) and
//! the actor and relation tables; the graph is an index rebuilt from them
//! on load. That makes the promises easy to keep: re-adding a document
//! replaces its contribution, so adding the same document twice changes
//! nothing; and since the graph is a function of the set of documents, the
//! order they arrived in does not matter.
//!
//! In memory, each document is held as its encoding, the very bytes it has
//! in the file, and decoded when it is read. A decoded triple is a dozen
//! heap strings, about three times its encoded size, and a store of a
//! day's news holds hundreds of thousands of them; held encoded, a store
//! takes about the memory of its file, and saving it streams those bytes
//! out without building a second copy.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::extract::{Mood, Triple};
use crate::lexicon::Lexicon;

/// The store format version this build writes. Older versions are read
/// (and migrated when written back); newer ones are refused.
pub const FORMAT_VERSION: u32 = 2;

/// Every store file starts with these bytes.
pub const MAGIC: &[u8; 8] = b"AGSTORE\n";

/// Header: magic, version (u32 LE), payload length (u64 LE), CRC-32 of the
/// payload (u32 LE).
const HEADER_LEN: usize = 8 + 4 + 8 + 4;

/// An actor as the store knows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorInfo {
    pub id: String,
    pub name_en: String,
    pub name_ar: String,
    /// `state`, `igo`, `group`, `ngo`.
    pub kind: String,
}

/// A relation label's codes, as the store knows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelationInfo {
    pub label: String,
    pub cameo: String,
    pub plover: String,
    pub quad: String,
    pub symmetric: bool,
}

/// One document's contribution.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocRecord {
    pub id: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub lang: Option<String>,
    pub url: Option<String>,
    /// Every triple extracted from it, negated ones included.
    pub triples: Vec<Triple>,
}

/// A reference from an edge to the triple behind it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EvidenceRef {
    /// The document id, shared by all references into one document.
    pub doc: Arc<str>,
    /// Index of the triple in its document's record.
    pub triple: u32,
    /// The event's date (`evidence_date`): what timelines, date windows
    /// and first and last seen go by.
    pub date: Option<Arc<str>>,
}

/// The date a triple's evidence counts under: the event's own (the words
/// around its cue can give one: "in 1956", "أمس"), else its article's.
fn evidence_date<'r>(record: &'r DocRecord, triple: &'r Triple) -> Option<&'r str> {
    triple.date.as_deref().or(record.date.as_deref())
}

/// An edge key: symmetric relations are stored with the smaller id first.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EdgeKey {
    pub source: String,
    pub relation: String,
    pub target: String,
    pub mood: Mood,
}

/// An edge key borrowed from a triple, for finding its edge without
/// allocating (most triples of a large store add to an edge that exists).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct KeyRef<'a> {
    source: &'a str,
    relation: &'a str,
    target: &'a str,
    mood: Mood,
}

impl<'a> KeyRef<'a> {
    fn of(t: &'a Triple) -> Option<KeyRef<'a>> {
        let (a, b) = t.dyad()?;
        let (source, target) = if t.symmetric && b < a { (b, a) } else { (a, b) };
        Some(KeyRef {
            source,
            relation: &t.relation,
            target,
            mood: t.mood,
        })
    }

    fn of_key(k: &'a EdgeKey) -> KeyRef<'a> {
        KeyRef {
            source: &k.source,
            relation: &k.relation,
            target: &k.target,
            mood: k.mood,
        }
    }

    /// The hash the edge index is keyed by.
    fn hash64(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.hash(&mut h);
        h.finish()
    }

    fn to_key(self) -> EdgeKey {
        EdgeKey {
            source: self.source.to_string(),
            relation: self.relation.to_string(),
            target: self.target.to_string(),
            mood: self.mood,
        }
    }
}

impl EdgeKey {
    /// The key of the edge a triple supports: `None` for a negated triple
    /// and for one that lacks an actor on either side (evidence only).
    pub fn of(t: &Triple) -> Option<EdgeKey> {
        let (a, b) = t.dyad()?;
        let (source, target) = if t.symmetric && b < a { (b, a) } else { (a, b) };
        Some(EdgeKey {
            source: source.to_string(),
            relation: t.relation.clone(),
            target: target.to_string(),
            mood: t.mood,
        })
    }

    /// A stable text key, used as the relation key in exports.
    pub fn key(&self) -> String {
        format!(
            "{}|{}|{}|{}",
            self.source,
            self.relation,
            self.target,
            self.mood.as_str()
        )
    }
}

/// An aggregated edge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edge {
    pub key: EdgeKey,
    pub evidence: BTreeSet<EvidenceRef>,
}

impl Edge {
    /// How many triples support it.
    pub fn count(&self) -> usize {
        self.evidence.len()
    }

    /// How many distinct documents support it.
    pub fn documents(&self) -> usize {
        let mut docs: Vec<&str> = self.evidence.iter().map(|e| &*e.doc).collect();
        docs.dedup();
        docs.len()
    }

    /// The earliest dated evidence.
    pub fn first_seen(&self) -> Option<&str> {
        self.evidence.iter().filter_map(|e| e.date.as_deref()).min()
    }

    /// The latest dated evidence.
    pub fn last_seen(&self) -> Option<&str> {
        self.evidence.iter().filter_map(|e| e.date.as_deref()).max()
    }
}

/// What the file holds, in this order (postcard: each field's encoding
/// follows the last, a sequence is its length as a varint and then its
/// items). [`Store::save`] writes the same bytes piece by piece.
#[derive(Serialize, Deserialize)]
struct StoreFile {
    actors: Vec<ActorInfo>,
    relations: Vec<RelationInfo>,
    docs: Vec<DocRecord>,
}

/// A document as the store holds it: its postcard encoding, which is its
/// part of the file.
#[derive(Clone, Debug)]
struct Encoded {
    bytes: Bytes,
    triples: u32,
}

/// The bytes of an encoding: its own, or its range of the file it was
/// loaded from, which all the documents loaded from that file share, so
/// that loading does not copy them. (A document replaced later leaves its
/// old bytes in that buffer until the store is dropped: never more than the
/// file's size.)
#[derive(Clone)]
enum Bytes {
    Own(Box<[u8]>),
    InFile(Arc<Vec<u8>>, std::ops::Range<usize>),
}

impl std::ops::Deref for Bytes {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Own(b) => b,
            Bytes::InFile(file, range) => &file[range.clone()],
        }
    }
}

impl std::fmt::Debug for Bytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{} bytes>", self.len())
    }
}

impl Encoded {
    fn of(record: &DocRecord) -> Encoded {
        thread_local! {
            /// Encoding into a buffer kept from document to document, then
            /// copying out exactly, spares the growing and shrinking of a
            /// fresh vector per document.
            static SCRATCH: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        let bytes = SCRATCH.with(|scratch| {
            let mut buf = std::mem::take(&mut *scratch.borrow_mut());
            buf.clear();
            let buf = postcard::to_extend(record, buf).expect("a document always encodes");
            let bytes: Box<[u8]> = buf.as_slice().into();
            *scratch.borrow_mut() = buf;
            bytes
        });
        Encoded {
            bytes: Bytes::Own(bytes),
            triples: record.triples.len() as u32,
        }
    }

    fn decode(&self) -> DocRecord {
        // Every encoding held was either made by `Encoded::of` or decoded
        // once when the store was loaded.
        postcard::from_bytes(&self.bytes).expect("a stored document decodes")
    }
}

/// See `Store::checked`.
#[derive(Debug, Default)]
struct Checked {
    lexicon: u64,
    actors: std::collections::HashSet<String>,
    relations: std::collections::HashSet<String>,
}

/// The graph store.
#[derive(Debug, Default)]
pub struct Store {
    graph: StableDiGraph<String, Edge>,
    nodes: HashMap<String, NodeIndex>,
    /// Edges by the hash of their key (`KeyRef::hash64`); the rare
    /// collisions share a list, and the key stored on each edge decides.
    edges: HashMap<u64, Vec<EdgeIndex>>,
    actors: BTreeMap<String, ActorInfo>,
    relations: BTreeMap<String, RelationInfo>,
    docs: BTreeMap<String, Encoded>,
    /// Actor ids and relation labels whose table rows are known to match
    /// the lexicon `add_document` was last called with (its stamp), so
    /// that a build checks each once rather than once per triple.
    checked: Checked,
}

impl Store {
    /// An empty store.
    pub fn new() -> Store {
        Store::default()
    }

    /// Opens a store file, or returns an empty store if it does not exist.
    pub fn open_or_new(path: &Path) -> Result<Store, Error> {
        match std::fs::metadata(path) {
            Ok(_) => Store::load(path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Store::new()),
            Err(e) => Err(Error::io(path, e)),
        }
    }

    /// Reads a store file, checking its magic, version and checksum.
    pub fn load(path: &Path) -> Result<Store, Error> {
        let file = Arc::new(std::fs::read(path).map_err(|e| Error::io(path, e))?);
        let mut store = Store::new();
        let (actors, relations) = decode(&file, |doc, encoding| {
            // save() writes each document once: a repeated id means the file
            // was altered, and loading it would leave evidence behind.
            if store.docs.contains_key(&doc.id) {
                return Err(format!(
                    "store is damaged (document {:?} appears twice); it was left untouched",
                    doc.id
                ));
            }
            let encoded = match encoding {
                Some(bytes) => {
                    let start = bytes.as_ptr() as usize - file.as_ptr() as usize;
                    Encoded {
                        bytes: Bytes::InFile(file.clone(), start..start + bytes.len()),
                        triples: doc.triples.len() as u32,
                    }
                }
                None => Encoded::of(&doc),
            };
            store.insert(&doc, encoded);
            Ok(())
        })
        .map_err(|m| Error::store(path, m))?;
        store.actors = actors.into_iter().map(|a| (a.id.clone(), a)).collect();
        store.relations = relations
            .into_iter()
            .map(|r| (r.label.clone(), r))
            .collect();
        Ok(store)
    }

    /// Writes the store atomically: to a temporary file beside `path`,
    /// flushed to disk, then renamed over it. A crash leaves either the old
    /// file or the new one.
    pub fn save(&self, path: &Path) -> Result<(), Error> {
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let head = self.payload_head().map_err(|m| Error::store(path, m))?;
        let mut tmp = tempfile::Builder::new()
            .prefix(&temp_prefix(path))
            .suffix(".tmp")
            .tempfile_in(dir)
            .map_err(|e| Error::io(dir, e))?;
        write_file(tmp.as_file_mut(), &head, || {
            self.docs.values().map(|d| &*d.bytes)
        })
        .and_then(|_| tmp.as_file().sync_all())
        .map_err(|e| Error::io(tmp.path(), e))?;
        // Keep the old file's permissions; a new store gets the usual 0644
        // rather than the temp file's private 0600.
        let perms = std::fs::metadata(path).map(|m| m.permissions()).ok();
        #[cfg(unix)]
        let perms = perms.or_else(|| Some(std::os::unix::fs::PermissionsExt::from_mode(0o644)));
        if let Some(p) = perms {
            tmp.as_file()
                .set_permissions(p)
                .map_err(|e| Error::io(tmp.path(), e))?;
        }
        tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
        // Make the rename itself durable where the platform allows.
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    }

    /// The start of the file's payload: the two tables and the number of
    /// documents. The documents' encodings follow, sorted by id, and the
    /// whole is the postcard encoding of [`StoreFile`].
    fn payload_head(&self) -> Result<Vec<u8>, String> {
        postcard::to_stdvec(&(
            self.actors.values().collect::<Vec<_>>(),
            self.relations.values().collect::<Vec<_>>(),
            self.docs.len(),
        ))
        .map_err(|e| format!("cannot encode the store: {e}"))
    }

    /// Adds (or replaces) a document's triples. Actor and relation details
    /// come from the lexicon that extracted them.
    pub fn add_document(&mut self, record: DocRecord, lex: &Lexicon) {
        if self.checked.lexicon != lex.stamp() {
            self.checked = Checked {
                lexicon: lex.stamp(),
                ..Checked::default()
            };
        }
        for t in &record.triples {
            if self.checked.relations.contains(&t.relation)
                && [&t.source, &t.target].into_iter().all(|side| {
                    side.as_ref()
                        .and_then(|a| a.id.as_ref())
                        .is_none_or(|id| self.checked.actors.contains(id))
                })
            {
                continue;
            }
            let ids = [&t.source, &t.target]
                .into_iter()
                .filter_map(|side| side.as_ref()?.id.as_ref());
            for id in ids {
                self.checked.actors.insert(id.clone());
                if let Some(a) = lex.actor_by_id(id) {
                    let known = self.actors.get(id).is_some_and(|x| {
                        x.name_en == a.name_en
                            && x.name_ar == a.name_ar
                            && x.kind == a.kind.as_str()
                    });
                    if known {
                        continue;
                    }
                    self.actors.insert(
                        id.clone(),
                        ActorInfo {
                            id: id.clone(),
                            name_en: a.name_en.clone(),
                            name_ar: a.name_ar.clone(),
                            kind: a.kind.as_str().to_string(),
                        },
                    );
                }
            }
            self.checked.relations.insert(t.relation.clone());
            if let Some(r) = lex
                .relation_by_label(&t.relation)
                .filter(|r| !self.relations.contains_key(&r.label))
            {
                self.relations.insert(
                    r.label.clone(),
                    RelationInfo {
                        label: r.label.clone(),
                        cameo: r.cameo.clone(),
                        plover: r.plover.clone(),
                        quad: r.quad.as_str().to_string(),
                        symmetric: r.symmetric,
                    },
                );
            }
        }
        self.remove_document(&record.id);
        let encoded = Encoded::of(&record);
        self.insert(&record, encoded);
    }

    /// Removes a document's contribution; returns whether it was there.
    pub fn remove_document(&mut self, id: &str) -> bool {
        let Some(encoded) = self.docs.remove(id) else {
            return false;
        };
        let record = encoded.decode();
        for (i, key) in record
            .triples
            .iter()
            .enumerate()
            .filter_map(|(i, t)| Some((i, KeyRef::of(t)?)))
        {
            let Some(e) = self.find_edge(key) else {
                continue;
            };
            let edge = &mut self.graph[e];
            edge.evidence.remove(&EvidenceRef {
                doc: Arc::from(record.id.as_str()),
                triple: i as u32,
                date: evidence_date(&record, &record.triples[i]).map(Arc::from),
            });
            if edge.evidence.is_empty() {
                let (a, b) = self
                    .graph
                    .edge_endpoints(e)
                    .expect("edge in index is in graph");
                self.graph.remove_edge(e);
                let hash = key.hash64();
                if let Some(list) = self.edges.get_mut(&hash) {
                    list.retain(|&x| x != e);
                    if list.is_empty() {
                        self.edges.remove(&hash);
                    }
                }
                // A domestic event's edge is a loop: a == b, one node.
                for n in if a == b { vec![a] } else { vec![a, b] } {
                    if self.graph.neighbors_undirected(n).next().is_none() {
                        let id = self.graph.remove_node(n).expect("node in graph");
                        self.nodes.remove(&id);
                    }
                }
            }
        }
        true
    }

    /// Indexes a document (not in the store) and keeps its encoding.
    fn insert(&mut self, record: &DocRecord, encoded: Encoded) {
        let doc: Arc<str> = Arc::from(record.id.as_str());
        let article: Option<Arc<str>> = record.date.as_deref().map(Arc::from);
        for (i, key) in record
            .triples
            .iter()
            .enumerate()
            .filter_map(|(i, t)| Some((i, KeyRef::of(t)?)))
        {
            let e = match self.find_edge(key) {
                Some(e) => e,
                None => {
                    let a = self.node(key.source);
                    let b = self.node(key.target);
                    let e = self.graph.add_edge(
                        a,
                        b,
                        Edge {
                            key: key.to_key(),
                            evidence: BTreeSet::new(),
                        },
                    );
                    self.edges.entry(key.hash64()).or_default().push(e);
                    e
                }
            };
            // Most triples carry the article's date: share its string.
            let date = match evidence_date(record, &record.triples[i]) {
                Some(d) if Some(d) != record.date.as_deref() => Some(Arc::from(d)),
                Some(_) => article.clone(),
                None => None,
            };
            self.graph[e].evidence.insert(EvidenceRef {
                doc: doc.clone(),
                triple: i as u32,
                date,
            });
        }
        self.docs.insert(record.id.clone(), encoded);
    }

    /// The edge of a key, if the store has it.
    fn find_edge(&self, key: KeyRef) -> Option<EdgeIndex> {
        self.edges
            .get(&key.hash64())?
            .iter()
            .copied()
            .find(|&e| KeyRef::of_key(&self.graph[e].key) == key)
    }

    fn node(&mut self, id: &str) -> NodeIndex {
        if let Some(&n) = self.nodes.get(id) {
            return n;
        }
        let n = self.graph.add_node(id.to_string());
        self.nodes.insert(id.to_string(), n);
        n
    }

    /// Merges another store into this one. Merging is commutative and
    /// associative, so stores built on different machines from disjoint
    /// shards combine to the store one build over all the input gives:
    /// documents are a set keyed by id, and where both stores hold
    /// different versions of one document, the same one of them is kept
    /// whichever order the stores come in (the greater encoding: arbitrary
    /// but deterministic; rebuild from the source to choose).
    pub fn merge(&mut self, other: Store) {
        // The other store's rows may differ from what was checked.
        self.checked = Checked::default();
        self.actors.extend(other.actors);
        self.relations.extend(other.relations);
        for (id, theirs) in other.docs {
            if let Some(mine) = self.docs.get(&id) {
                if *mine.bytes >= *theirs.bytes {
                    continue;
                }
            }
            self.remove_document(&id);
            self.insert(&theirs.decode(), theirs);
        }
    }

    /// The petgraph graph: nodes are actor ids, edges aggregated relations.
    pub fn graph(&self) -> &StableDiGraph<String, Edge> {
        &self.graph
    }

    /// Edges sorted by key, with their endpoints' ids.
    pub fn edges(&self) -> Vec<&Edge> {
        let mut v: Vec<&Edge> = self.graph.edge_weights().collect();
        v.sort_by(|a, b| a.key.cmp(&b.key));
        v
    }

    /// Actor ids that are nodes of the graph, sorted.
    pub fn node_ids(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.graph.node_weights().map(String::as_str).collect();
        v.sort_unstable();
        v
    }

    /// What the store knows of an actor (every actor of every triple,
    /// negated ones included).
    pub fn actor(&self, id: &str) -> Option<&ActorInfo> {
        self.actors.get(id)
    }

    /// The codes of a relation label.
    pub fn relation(&self, label: &str) -> Option<&RelationInfo> {
        self.relations.get(label)
    }

    /// Documents, sorted by id, each decoded as it is reached.
    pub fn docs(&self) -> impl Iterator<Item = DocRecord> + '_ {
        self.docs.values().map(Encoded::decode)
    }

    /// Number of documents.
    pub fn doc_count(&self) -> usize {
        self.docs.len()
    }

    /// A document by id.
    pub fn doc(&self, id: &str) -> Option<DocRecord> {
        self.docs.get(id).map(Encoded::decode)
    }

    /// The triple an evidence reference points at.
    pub fn triple(&self, r: &EvidenceRef) -> Option<Triple> {
        let mut doc = self.doc(&r.doc)?;
        let i = r.triple as usize;
        (i < doc.triples.len()).then(|| doc.triples.swap_remove(i))
    }

    /// The CAMEO and PLOVER codes of an edge: those of the triples behind
    /// it, which share its relation and mood.
    pub fn codes(&self, e: &Edge) -> (String, String) {
        e.evidence
            .iter()
            .next()
            .and_then(|r| self.triple(r))
            .map_or((String::new(), String::new()), |t| (t.cameo, t.plover))
    }

    /// Number of triples, negated ones included.
    pub fn triple_count(&self) -> usize {
        self.docs.values().map(|d| d.triples as usize).sum()
    }
}

/// Writes a store file: the header, then the payload from its pieces (the
/// head and the documents' encodings, which `docs` lists, twice: once for
/// the length and checksum the header needs, once to write them).
fn write_file<'a, I: Iterator<Item = &'a [u8]>>(
    file: &mut std::fs::File,
    head: &'a [u8],
    docs: impl Fn() -> I,
) -> std::io::Result<()> {
    let mut crc = crc32fast::Hasher::new();
    let mut len = 0u64;
    for piece in std::iter::once(head).chain(docs()) {
        crc.update(piece);
        len += piece.len() as u64;
    }
    let mut w = std::io::BufWriter::with_capacity(1 << 20, file);
    w.write_all(MAGIC)?;
    w.write_all(&FORMAT_VERSION.to_le_bytes())?;
    w.write_all(&len.to_le_bytes())?;
    w.write_all(&crc.finalize().to_le_bytes())?;
    for piece in std::iter::once(head).chain(docs()) {
        w.write_all(piece)?;
    }
    w.flush()
}

/// The prefix of a store's temporary files: `.NAME.` beside it.
fn temp_prefix(path: &Path) -> String {
    format!(
        ".{}.",
        path.file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default()
    )
}

/// An exclusive lock on a store, held by a writer from before it reads the
/// store until after it has written it back, so that two runs on one store
/// take turns and neither loses the other's triples. It is an advisory lock
/// on `STORE.lock` (flock on Unix), released when dropped or when the
/// process dies, so a killed run never leaves the store locked.
#[derive(Debug)]
pub struct StoreLock {
    _file: std::fs::File,
}

impl StoreLock {
    /// Takes the lock, calling `waiting` once if another process holds it
    /// and then waiting for it. Also removes temporary files that a killed
    /// writer left behind (safe: no other writer can be at work).
    pub fn acquire(path: &Path, waiting: impl FnOnce()) -> Result<StoreLock, Error> {
        let lock_path = {
            let mut p = path.as_os_str().to_owned();
            p.push(".lock");
            std::path::PathBuf::from(p)
        };
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| Error::io(&lock_path, e))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                waiting();
                file.lock().map_err(|e| Error::io(&lock_path, e))?;
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(Error::io(&lock_path, e)),
        }
        let prefix = temp_prefix(path);
        if let Ok(entries) = std::fs::read_dir(dir) {
            for e in entries.flatten() {
                let name = e.file_name();
                let name = name.to_string_lossy();
                if name.starts_with(&prefix) && name.ends_with(".tmp") {
                    let _ = std::fs::remove_file(e.path());
                }
            }
        }
        Ok(StoreLock { _file: file })
    }
}

/// The tables of a store file, as [`decode`] returns them.
type Tables = (Vec<ActorInfo>, Vec<RelationInfo>);

/// Decodes a store file's bytes: returns its tables, and hands each
/// document to `doc` with its encoding in the file (`None` for a file of an
/// older version, whose documents are migrated and so encode differently).
fn decode(
    bytes: &[u8],
    mut doc: impl FnMut(DocRecord, Option<&[u8]>) -> Result<(), String>,
) -> Result<Tables, String> {
    if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
        return Err(
            "not an actorgraph store (bad magic bytes); refusing to read or overwrite it"
                .to_string(),
        );
    }
    if bytes.len() < HEADER_LEN {
        return Err("store is damaged (truncated header); it was left untouched".to_string());
    }
    let version = u32::from_le_bytes(bytes[8..12].try_into().expect("4 bytes"));
    if version > FORMAT_VERSION {
        return Err(format!("store has format version {version}, but this actorgraph reads versions up to {FORMAT_VERSION}: upgrade actorgraph to read it"));
    }
    if version == 0 {
        return Err(
            "store has format version 0, which no actorgraph wrote; it is damaged".to_string(),
        );
    }
    let len = u64::from_le_bytes(bytes[12..20].try_into().expect("8 bytes"));
    let crc = u32::from_le_bytes(bytes[20..24].try_into().expect("4 bytes"));
    let payload = &bytes[HEADER_LEN..];
    if payload.len() as u64 != len {
        return Err(format!(
            "store is damaged (payload is {} bytes, header says {len}); it was left untouched",
            payload.len()
        ));
    }
    if crc32fast::hash(payload) != crc {
        return Err("store is damaged (checksum mismatch); it was left untouched".to_string());
    }
    let damaged = |e: postcard::Error| format!("store is damaged ({e}); it was left untouched");
    if version == 1 {
        let file: StoreFile = postcard::from_bytes::<v1::StoreFile>(payload)
            .map(StoreFile::from)
            .map_err(damaged)?;
        for d in file.docs {
            doc(d, None)?;
        }
        return Ok((file.actors, file.relations));
    }
    // Read the payload a piece at a time (see `StoreFile`), so that each
    // document's encoding is known and kept as it is.
    let (actors, rest) = postcard::take_from_bytes::<Vec<ActorInfo>>(payload).map_err(damaged)?;
    let (relations, rest) =
        postcard::take_from_bytes::<Vec<RelationInfo>>(rest).map_err(damaged)?;
    let (n, mut rest) = postcard::take_from_bytes::<usize>(rest).map_err(damaged)?;
    for _ in 0..n {
        let (d, next) = postcard::take_from_bytes::<DocRecord>(rest).map_err(damaged)?;
        doc(d, Some(&rest[..rest.len() - next.len()]))?;
        rest = next;
    }
    Ok((actors, relations))
}

mod v1;

#[cfg(test)]
mod tests;
