//! The graph for Neo4j: CSV files in the header format of
//! `neo4j-admin database import full`, and `import.cypher` that loads the
//! same files incrementally into a running database with MERGE.
//!
//! The model (docs/neo4j.md): `(:Actor)-[:CALLS|ATTACKS|...]->(:Actor)` are
//! the aggregated edges, keyed by `key`; every triple behind them is an
//! `(:Event)` with its evidence sentence, linked `(:Event)-[:SOURCE]->(:Actor)`,
//! `(:Event)-[:TARGET]->(:Actor)` and `(:Event)-[:IN_DOCUMENT]->(:Document)`;
//! an event's `edge` property is the key of the edge it supports.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use super::{first_day, rel_type, Filter};
use crate::error::Error;
use crate::store::{DocRecord, EdgeKey, Store};

/// The CSV files written, in load order (nodes first).
pub const NEO4J_FILES: &[&str] = &[
    "actors.csv",
    "documents.csv",
    "events.csv",
    "relations.csv",
    "event_source.csv",
    "event_target.csv",
    "event_document.csv",
];

/// The incremental load script.
pub const CYPHER_FILE: &str = "import.cypher";

fn label_of(kind: &str) -> String {
    labels_of(kind).join(";")
}

struct Out<'a> {
    dir: &'a Path,
}

impl Out<'_> {
    fn writer(
        &self,
        name: &str,
    ) -> Result<(csv::Writer<std::fs::File>, std::path::PathBuf), Error> {
        let path = self.dir.join(name);
        let w = csv::WriterBuilder::new()
            .from_path(&path)
            .map_err(|e| Error::io(&path, csv_io(e)))?;
        Ok((w, path))
    }
}

/// The mention text of an event side, empty when there is none.
pub(crate) fn side_text(side: &Option<crate::extract::ActorRef>) -> String {
    side.as_ref().map_or(String::new(), |a| a.text.clone())
}

/// The role code of an event side, empty when there is none.
pub(crate) fn side_role(side: &Option<crate::extract::ActorRef>) -> String {
    side.as_ref()
        .and_then(|a| a.role.clone())
        .unwrap_or_default()
}

fn csv_io(e: csv::Error) -> std::io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => std::io::Error::other(format!("{other:?}")),
    }
}

fn write_rows(
    name: &str,
    out: &Out,
    header: &[&str],
    rows: impl Iterator<Item = Vec<String>>,
) -> Result<(), Error> {
    let (mut w, path) = out.writer(name)?;
    let io = |e: csv::Error| Error::io(&path, csv_io(e));
    w.write_record(header).map_err(io)?;
    for r in rows {
        w.write_record(&r).map_err(io)?;
    }
    w.flush().map_err(|e| Error::io(&path, e))
}

/// A CSV file written a row at a time.
struct Table {
    w: csv::Writer<std::fs::File>,
    path: std::path::PathBuf,
}

impl Table {
    fn create<S: AsRef<[u8]>>(out: &Out, name: &str, header: &[S]) -> Result<Table, Error> {
        let (w, path) = out.writer(name)?;
        let mut t = Table { w, path };
        t.row(header)?;
        Ok(t)
    }

    fn row<S: AsRef<[u8]>>(&mut self, fields: &[S]) -> Result<(), Error> {
        self.w
            .write_record(fields)
            .map_err(|e| Error::io(&self.path, csv_io(e)))
    }

    fn finish(mut self) -> Result<(), Error> {
        self.w.flush().map_err(|e| Error::io(&self.path, e))
    }
}

/// One triple as a Neo4j `Event` node.
pub(super) struct Ev<'d> {
    pub id: String,
    pub doc: &'d str,
    pub t: &'d crate::extract::Triple,
    /// The key of the edge it supports (none when negated).
    pub edge: Option<String>,
}

/// What goes into Neo4j, shared by the CSV files and the Bolt push: the
/// kept edges, every triple behind them (plus negated ones when nothing is
/// filtered), and the actors and documents these touch.
///
/// The events themselves are not held: [`Model::for_each_event`] decodes
/// the store's documents one at a time, so an export of a large store
/// streams rather than holding every triple at once, and notes the actors
/// and documents the events touch as it goes.
pub(super) struct Model {
    pub edges: Vec<crate::store::Edge>,
    /// The triples behind the kept edges, in the window, by document.
    kept: BTreeMap<Arc<str>, BTreeSet<u32>>,
    filtering: bool,
    /// The actors of the kept edges and, after `for_each_event`, of the
    /// events.
    pub actor_ids: BTreeSet<String>,
    /// After `for_each_event`: the documents the events come from, without
    /// their triples.
    pub docs: Vec<DocRecord>,
}

impl Model {
    pub fn new(store: &Store, filter: &Filter) -> Model {
        let edges = filter.edges(store);
        let mut kept: BTreeMap<Arc<str>, BTreeSet<u32>> = BTreeMap::new();
        for r in edges.iter().flat_map(|e| &e.evidence) {
            kept.entry(r.doc.clone()).or_default().insert(r.triple);
        }
        let actor_ids = edges
            .iter()
            .flat_map(|e| [&e.key.source, &e.key.target])
            .filter(|id| store.actor(id).is_some())
            .cloned()
            .collect();
        Model {
            edges,
            kept,
            filtering: filter.is_active(),
            actor_ids,
            docs: Vec::new(),
        }
    }

    /// Calls `f` with each event, in document and triple order, and notes
    /// the actors and documents they touch.
    pub fn for_each_event(
        &mut self,
        store: &Store,
        mut f: impl FnMut(&Ev) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let Model {
            kept,
            filtering,
            actor_ids,
            docs,
            ..
        } = self;
        let mut visit = |d: DocRecord| -> Result<(), Error> {
            let kept = kept.get(d.id.as_str());
            let mut any = false;
            for (i, t) in d.triples.iter().enumerate() {
                let key = EdgeKey::of(t);
                let keep = match &key {
                    Some(_) => kept.is_some_and(|k| k.contains(&(i as u32))),
                    None => !*filtering,
                };
                if !keep {
                    continue;
                }
                any = true;
                actor_ids.extend(
                    [&t.source, &t.target]
                        .into_iter()
                        .filter_map(|side| side.as_ref()?.id.clone()),
                );
                f(&Ev {
                    id: format!("{}#{}", d.id, i),
                    doc: &d.id,
                    t,
                    edge: key.map(|k| k.key()),
                })?;
            }
            if any {
                docs.push(DocRecord {
                    triples: Vec::new(),
                    ..d
                });
            }
            Ok(())
        };
        if *filtering {
            // Only the documents behind kept edges can hold events.
            for id in kept.keys() {
                if let Some(d) = store.doc(id) {
                    visit(d)?;
                }
            }
        } else {
            for d in store.docs() {
                visit(d)?;
            }
        }
        Ok(())
    }
}

/// The Neo4j labels of an actor type.
pub(super) fn labels_of(kind: &str) -> &'static [&'static str] {
    match kind {
        "state" => &["Actor", "State"],
        "igo" | "ngo" => &["Actor", "Organization"],
        "group" => &["Actor", "Group"],
        _ => &["Actor"],
    }
}

/// Writes the CSV files and `import.cypher` into `dir`.
pub fn write_neo4j(store: &Store, filter: &Filter, dir: &Path) -> Result<(), Error> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let out = Out { dir };
    let mut model = Model::new(store, filter);

    // The events and their three kinds of link, in one pass over the
    // documents, which also finds the actors and documents to write. A side that names no actor (a role only, or nothing) has
    // no link.
    let mut events = Table::create(
        &out,
        "events.csv",
        &[
            "id:ID(Event)",
            "relation",
            "cameo",
            "plover",
            "negated:boolean",
            "mood",
            "confidence:float",
            "sentence:int",
            "evidence",
            "start:int",
            "end:int",
            "cue",
            "date:date",
            "edge",
            "source_text",
            "source_role",
            "target_text",
            "target_role",
            ":LABEL",
        ],
    )?;
    let link_header = |end: &str| {
        [
            ":START_ID(Event)".to_string(),
            format!(":END_ID({end})"),
            ":TYPE".to_string(),
        ]
    };
    let mut sources = Table::create(&out, "event_source.csv", &link_header("Actor"))?;
    let mut targets = Table::create(&out, "event_target.csv", &link_header("Actor"))?;
    let mut in_doc = Table::create(&out, "event_document.csv", &link_header("Document"))?;
    model.for_each_event(store, |e| {
        let t = e.t;
        events.row(&[
            &e.id,
            &t.relation,
            &t.cameo,
            &t.plover,
            &t.negated.to_string(),
            t.mood.as_str(),
            &format!("{}", t.confidence),
            &t.sentence.to_string(),
            &t.evidence,
            &t.span[0].to_string(),
            &t.span[1].to_string(),
            &t.cue.text,
            &t.date.as_deref().map(first_day).unwrap_or_default(),
            e.edge.as_deref().unwrap_or_default(),
            &side_text(&t.source),
            &side_role(&t.source),
            &side_text(&t.target),
            &side_role(&t.target),
            "Event",
        ])?;
        if let Some(id) = t.source.as_ref().and_then(|a| a.id.as_deref()) {
            sources.row(&[&e.id, id, "SOURCE"])?;
        }
        if let Some(id) = t.target.as_ref().and_then(|a| a.id.as_deref()) {
            targets.row(&[&e.id, id, "TARGET"])?;
        }
        in_doc.row(&[&e.id, e.doc, "IN_DOCUMENT"])
    })?;
    for table in [events, sources, targets, in_doc] {
        table.finish()?;
    }
    write_rows(
        "actors.csv",
        &out,
        &["id:ID(Actor)", "name", "name_ar", "type", ":LABEL"],
        model.actor_ids.iter().map(|id| {
            let a = store.actor(id);
            vec![
                id.to_string(),
                a.map_or(id.to_string(), |a| a.name_en.clone()),
                a.map_or(String::new(), |a| a.name_ar.clone()),
                a.map_or(String::new(), |a| a.kind.clone()),
                label_of(a.map_or("", |a| a.kind.as_str())).to_string(),
            ]
        }),
    )?;
    write_rows(
        "documents.csv",
        &out,
        &[
            "id:ID(Document)",
            "title",
            "date:date",
            "lang",
            "url",
            ":LABEL",
        ],
        model.docs.iter().map(|d| {
            vec![
                d.id.clone(),
                d.title.clone().unwrap_or_default(),
                d.date.clone().unwrap_or_default(),
                d.lang.clone().unwrap_or_default(),
                d.url.clone().unwrap_or_default(),
                "Document".to_string(),
            ]
        }),
    )?;
    let edges = &model.edges;
    write_rows(
        "relations.csv",
        &out,
        &[
            ":START_ID(Actor)",
            ":END_ID(Actor)",
            ":TYPE",
            "key",
            "relation",
            "mood",
            "cameo",
            "plover",
            "quad",
            "symmetric:boolean",
            "count:int",
            "documents:int",
            "first_seen:date",
            "last_seen:date",
        ],
        edges.iter().map(|e| {
            let rel = store.relation(&e.key.relation);
            let (cameo, plover) = store.codes(e);
            vec![
                e.key.source.clone(),
                e.key.target.clone(),
                rel_type(&e.key.relation),
                e.key.key(),
                e.key.relation.clone(),
                e.key.mood.as_str().to_string(),
                cameo,
                plover,
                rel.map_or(String::new(), |r| r.quad.clone()),
                rel.is_some_and(|r| r.symmetric).to_string(),
                e.count().to_string(),
                e.documents().to_string(),
                e.first_seen().map(first_day).unwrap_or_default(),
                e.last_seen().map(first_day).unwrap_or_default(),
            ]
        }),
    )?;
    let types: BTreeSet<String> = edges.iter().map(|e| rel_type(&e.key.relation)).collect();
    let path = dir.join(CYPHER_FILE);
    std::fs::write(&path, cypher(&types)).map_err(|e| Error::io(&path, e))
}

/// The incremental load script. Relationship types are interpolated only
/// after [`rel_type`] has reduced them to `[A-Z0-9_]`; every value comes
/// from the CSV rows, never from the script text.
fn cypher(types: &BTreeSet<String>) -> String {
    let mut s = String::from(
        "// actorgraph: incremental load of this folder's CSV files into a running Neo4j (5.23 or later).\n\
         // Copy the CSV files into the database's import folder, then run:\n\
         //   cypher-shell -u neo4j -p \"$NEO4J_PASSWORD\" -f import.cypher\n\
         // Loading the same files again changes nothing: nodes MERGE on their id, relations on their key,\n\
         // and counts are replaced, not added.\n\n\
         CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;\n\
         CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;\n\
         CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;\n\n\
         LOAD CSV WITH HEADERS FROM 'file:///actors.csv' AS row\n\
         CALL (row) {\n\
         \x20 MERGE (a:Actor {id: row.`id:ID(Actor)`})\n\
         \x20 SET a.name = row.name, a.name_ar = row.name_ar, a.type = row.type\n\
         } IN TRANSACTIONS OF 1000 ROWS;\n\n\
         // Labels in a pass of their own, on nodes that exist by now (some\n\
         // engines refuse a label change on a node created in the same transaction).\n\
         LOAD CSV WITH HEADERS FROM 'file:///actors.csv' AS row\n\
         CALL (row) {\n\
         \x20 MATCH (a:Actor {id: row.`id:ID(Actor)`})\n\
         \x20 FOREACH (_ IN CASE WHEN row.type = 'state' THEN [1] ELSE [] END | SET a:State)\n\
         \x20 FOREACH (_ IN CASE WHEN row.type IN ['igo', 'ngo'] THEN [1] ELSE [] END | SET a:Organization)\n\
         \x20 FOREACH (_ IN CASE WHEN row.type = 'group' THEN [1] ELSE [] END | SET a:Group)\n\
         } IN TRANSACTIONS OF 1000 ROWS;\n\n\
         LOAD CSV WITH HEADERS FROM 'file:///documents.csv' AS row\n\
         CALL (row) {\n\
         \x20 MERGE (d:Document {id: row.`id:ID(Document)`})\n\
         \x20 SET d.title = row.title, d.date = date(nullif(row.`date:date`, '')), d.lang = row.lang, d.url = row.url\n\
         } IN TRANSACTIONS OF 1000 ROWS;\n\n\
         LOAD CSV WITH HEADERS FROM 'file:///events.csv' AS row\n\
         CALL (row) {\n\
         \x20 MERGE (e:Event {id: row.`id:ID(Event)`})\n\
         \x20 SET e.relation = row.relation, e.cameo = row.cameo, e.plover = row.plover,\n\
         \x20     e.negated = row.`negated:boolean` = 'true', e.mood = row.mood,\n\
         \x20     e.confidence = toFloat(row.`confidence:float`), e.sentence = toInteger(row.`sentence:int`),\n\
         \x20     e.evidence = row.evidence, e.start = toInteger(row.`start:int`), e.end = toInteger(row.`end:int`),\n\
         \x20     e.cue = row.cue, e.date = date(nullif(row.`date:date`, '')), e.edge = nullif(row.edge, ''),\n\
         \x20     e.source_text = nullif(row.source_text, ''), e.source_role = nullif(row.source_role, ''),\n\
         \x20     e.target_text = nullif(row.target_text, ''), e.target_role = nullif(row.target_role, '')\n\
         } IN TRANSACTIONS OF 1000 ROWS;\n",
    );
    for (file, end_label, end_col, ty) in [
        ("event_source.csv", "Actor", "Actor", "SOURCE"),
        ("event_target.csv", "Actor", "Actor", "TARGET"),
        ("event_document.csv", "Document", "Document", "IN_DOCUMENT"),
    ] {
        s.push_str(&format!(
            "\nLOAD CSV WITH HEADERS FROM 'file:///{file}' AS row\n\
             CALL (row) {{\n\
             \x20 MATCH (e:Event {{id: row.`:START_ID(Event)`}})\n\
             \x20 MATCH (x:{end_label} {{id: row.`:END_ID({end_col})`}})\n\
             \x20 MERGE (e)-[:{ty}]->(x)\n\
             }} IN TRANSACTIONS OF 1000 ROWS;\n"
        ));
    }
    for ty in types {
        debug_assert!(ty
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'));
        s.push_str(&format!(
            "\nLOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row\n\
             WITH row WHERE row.`:TYPE` = '{ty}'\n\
             CALL (row) {{\n\
             \x20 MATCH (a:Actor {{id: row.`:START_ID(Actor)`}})\n\
             \x20 MATCH (b:Actor {{id: row.`:END_ID(Actor)`}})\n\
             \x20 MERGE (a)-[r:{ty} {{key: row.key}}]->(b)\n\
             \x20 SET r.relation = row.relation, r.mood = row.mood, r.cameo = row.cameo, r.plover = row.plover,\n\
             \x20     r.quad = row.quad, r.symmetric = row.`symmetric:boolean` = 'true',\n\
             \x20     r.count = toInteger(row.`count:int`), r.documents = toInteger(row.`documents:int`),\n\
             \x20     r.first_seen = date(nullif(row.`first_seen:date`, '')), r.last_seen = date(nullif(row.`last_seen:date`, ''))\n\
             }} IN TRANSACTIONS OF 1000 ROWS;\n"
        ));
    }
    s
}
