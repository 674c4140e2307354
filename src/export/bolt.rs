//! Writing the graph straight into a running Neo4j (or another Bolt
//! server) with the `neo4rs` driver: the same model as the CSV files, sent
//! in batches of `UNWIND $rows … MERGE`, so that pushing twice changes
//! nothing — nodes merge on their id, relations on their key, and counts
//! are replaced, not added.
//!
//! Every value travels as a query parameter. The only text spliced into
//! the queries is labels and relationship types, which come from fixed
//! lists or are reduced to `[A-Z0-9_]` by [`rel_type`].

use std::collections::{BTreeMap, HashMap};

use neo4rs::{query, BoltType, ConfigBuilder, Graph};

use super::neo4j::{labels_of, Model};
use super::{first_day, rel_type, Filter};
use crate::error::Error;
use crate::store::Store;

/// Where and how to push.
#[derive(Clone, Debug)]
pub struct PushOptions {
    /// `bolt://HOST:PORT` or `neo4j://HOST:PORT`.
    pub uri: String,
    pub user: String,
    pub password: String,
    /// The database to write to.
    pub database: String,
    /// Rows per transaction.
    pub batch: usize,
}

/// What a push wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PushSummary {
    pub actors: usize,
    pub documents: usize,
    pub events: usize,
    pub relations: usize,
}

type Row = HashMap<String, BoltType>;

fn row<const N: usize>(fields: [(&str, BoltType); N]) -> Row {
    fields
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()
}

fn text(s: &str) -> BoltType {
    BoltType::from(s)
}

fn opt(s: Option<&str>) -> BoltType {
    BoltType::from(s.map(str::to_string))
}

/// Explains a driver error for a person: unreachable server, refused
/// credentials, or what the server said.
fn explain(opts: &PushOptions, e: neo4rs::Error) -> Error {
    let msg = match &e {
        neo4rs::Error::IOError { detail } => format!("cannot reach {}: {detail}", opts.uri),
        neo4rs::Error::ConnectionError => {
            format!("cannot reach {}: the connection failed", opts.uri)
        }
        neo4rs::Error::AuthenticationError(m) => format!(
            "{} refused the credentials of user {:?}: {m}",
            opts.uri, opts.user
        ),
        other => format!("{}: {other}", opts.uri),
    };
    Error::Render(msg)
}

/// Pushes the store's edges that pass `filter`, with their evidence.
pub fn push(store: &Store, filter: &Filter, opts: &PushOptions) -> Result<PushSummary, Error> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::Render(format!("cannot start the network runtime: {e}")))?;
    runtime.block_on(push_async(store, filter, opts))
}

async fn push_async(
    store: &Store,
    filter: &Filter,
    opts: &PushOptions,
) -> Result<PushSummary, Error> {
    let config = ConfigBuilder::default()
        .uri(opts.uri.as_str())
        .user(opts.user.as_str())
        .password(opts.password.as_str())
        .db(opts.database.as_str())
        .max_connections(1)
        .build()
        .map_err(|e| explain(opts, e))?;
    let graph = Graph::connect(config).map_err(|e| explain(opts, e))?;
    // Fail fast, with a clear message, before writing anything.
    tokio::time::timeout(
        std::time::Duration::from_secs(30),
        graph.run(query("RETURN 1")),
    )
    .await
    .map_err(|_| Error::Render(format!("cannot reach {}: no answer within 30 s", opts.uri)))?
    .map_err(|e| explain(opts, e))?;
    for label in ["Actor", "Document", "Event"] {
        let q = format!(
            "CREATE CONSTRAINT {}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE",
            label.to_lowercase()
        );
        graph.run(query(&q)).await.map_err(|e| explain(opts, e))?;
    }
    let mut model = Model::new(store, filter);
    let batches = |rows: Vec<Row>| -> Vec<Vec<Row>> {
        rows.chunks(opts.batch.max(1))
            .map(<[Row]>::to_vec)
            .collect()
    };
    let send = |q: String, rows: Vec<Row>| {
        let graph = &graph;
        async move {
            for chunk in batches(rows) {
                let mut txn = graph.start_txn().await.map_err(|e| explain(opts, e))?;
                txn.run(query(&q).param("rows", chunk))
                    .await
                    .map_err(|e| explain(opts, e))?;
                txn.commit().await.map_err(|e| explain(opts, e))?;
            }
            Ok::<(), Error>(())
        }
    };

    // The events first: reading them finds the actors and documents.
    let mut events: Vec<Row> = Vec::new();
    model.for_each_event(store, |e| {
        let t = e.t;
        events.push(row([
            ("id", text(&e.id)),
            ("relation", text(&t.relation)),
            ("cameo", text(&t.cameo)),
            ("plover", text(&t.plover)),
            ("negated", BoltType::from(t.negated)),
            ("mood", text(t.mood.as_str())),
            ("confidence", BoltType::from(f64::from(t.confidence))),
            ("sentence", BoltType::from(t.sentence as i64)),
            ("evidence", text(&t.evidence)),
            ("start", BoltType::from(t.span[0] as i64)),
            ("end", BoltType::from(t.span[1] as i64)),
            ("cue", text(&t.cue.text)),
            ("date", opt(t.date.as_deref().map(first_day).as_deref())),
            ("edge", opt(e.edge.as_deref())),
            ("doc", text(e.doc)),
            (
                "source",
                opt(t.source.as_ref().and_then(|a| a.id.as_deref())),
            ),
            (
                "target",
                opt(t.target.as_ref().and_then(|a| a.id.as_deref())),
            ),
            (
                "source_text",
                // An implied side has no mention: null, as import.cypher makes it.
                opt(t
                    .source
                    .as_ref()
                    .map(|a| a.text.as_str())
                    .filter(|s| !s.is_empty())),
            ),
            (
                "source_role",
                opt(t.source.as_ref().and_then(|a| a.role.as_deref())),
            ),
            (
                "target_text",
                // An implied side has no mention: null, as import.cypher makes it.
                opt(t
                    .target
                    .as_ref()
                    .map(|a| a.text.as_str())
                    .filter(|s| !s.is_empty())),
            ),
            (
                "target_role",
                opt(t.target.as_ref().and_then(|a| a.role.as_deref())),
            ),
        ]));
        Ok(())
    })?;
    // Actors, then their extra labels (one query per fixed label).
    let mut by_label: BTreeMap<&str, Vec<Row>> = BTreeMap::new();
    let mut actors = Vec::new();
    for id in &model.actor_ids {
        let a = store.actor(id);
        let kind = a.map_or("", |a| a.kind.as_str());
        actors.push(row([
            ("id", text(id)),
            ("name", text(a.map_or(id, |a| a.name_en.as_str()))),
            ("name_ar", text(a.map_or("", |a| a.name_ar.as_str()))),
            ("type", text(kind)),
        ]));
        for label in labels_of(kind).iter().skip(1) {
            by_label
                .entry(label)
                .or_default()
                .push(row([("id", text(id))]));
        }
    }
    let n_actors = actors.len();
    send("UNWIND $rows AS row MERGE (a:Actor {id: row.id}) SET a.name = row.name, a.name_ar = row.name_ar, a.type = row.type".to_string(), actors).await?;
    for (label, rows) in by_label {
        send(
            format!("UNWIND $rows AS row MATCH (a:Actor {{id: row.id}}) SET a:{label}"),
            rows,
        )
        .await?;
    }

    let docs: Vec<Row> = model
        .docs
        .iter()
        .map(|d| {
            row([
                ("id", text(&d.id)),
                ("title", opt(d.title.as_deref())),
                ("date", opt(d.date.as_deref())),
                ("lang", opt(d.lang.as_deref())),
                ("url", opt(d.url.as_deref())),
            ])
        })
        .collect();
    let n_docs = docs.len();
    send("UNWIND $rows AS row MERGE (d:Document {id: row.id}) SET d.title = row.title, d.date = CASE WHEN row.date IS NULL THEN NULL ELSE date(row.date) END, d.lang = row.lang, d.url = row.url".to_string(), docs).await?;

    let n_events = events.len();
    send(
        "UNWIND $rows AS row MERGE (e:Event {id: row.id}) SET e.relation = row.relation, e.cameo = row.cameo, e.plover = row.plover, \
         e.negated = row.negated, e.mood = row.mood, e.confidence = row.confidence, e.sentence = row.sentence, e.evidence = row.evidence, \
         e.start = row.start, e.end = row.end, e.cue = row.cue, e.date = CASE WHEN row.date IS NULL THEN NULL ELSE date(row.date) END, e.edge = row.edge, \
         e.source_text = row.source_text, e.source_role = row.source_role, e.target_text = row.target_text, e.target_role = row.target_role"
            .to_string(),
        events.clone(),
    )
    .await?;
    for (ty, end_label, end_field) in [
        ("SOURCE", "Actor", "source"),
        ("TARGET", "Actor", "target"),
        ("IN_DOCUMENT", "Document", "doc"),
    ] {
        send(format!("UNWIND $rows AS row MATCH (e:Event {{id: row.id}}) MATCH (x:{end_label} {{id: row.{end_field}}}) MERGE (e)-[:{ty}]->(x)"), events.clone()).await?;
    }

    let mut by_type: BTreeMap<String, Vec<Row>> = BTreeMap::new();
    for e in &model.edges {
        let rel = store.relation(&e.key.relation);
        let (cameo, plover) = store.codes(e);
        by_type
            .entry(rel_type(&e.key.relation))
            .or_default()
            .push(row([
                ("s", text(&e.key.source)),
                ("t", text(&e.key.target)),
                ("key", text(&e.key.key())),
                ("relation", text(&e.key.relation)),
                ("mood", text(e.key.mood.as_str())),
                ("cameo", text(&cameo)),
                ("plover", text(&plover)),
                ("quad", text(rel.map_or("", |r| r.quad.as_str()))),
                (
                    "symmetric",
                    BoltType::from(rel.is_some_and(|r| r.symmetric)),
                ),
                ("count", BoltType::from(e.count() as i64)),
                ("documents", BoltType::from(e.documents() as i64)),
                ("first", opt(e.first_seen().map(first_day).as_deref())),
                ("last", opt(e.last_seen().map(first_day).as_deref())),
            ]));
    }
    let n_rel = model.edges.len();
    for (ty, rows) in by_type {
        debug_assert!(ty
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'));
        send(
            format!(
                "UNWIND $rows AS row MATCH (a:Actor {{id: row.s}}) MATCH (b:Actor {{id: row.t}}) MERGE (a)-[r:{ty} {{key: row.key}}]->(b) \
                 SET r.relation = row.relation, r.mood = row.mood, r.cameo = row.cameo, r.plover = row.plover, r.quad = row.quad, \
                 r.symmetric = row.symmetric, r.count = row.count, r.documents = row.documents, \
                 r.first_seen = CASE WHEN row.first IS NULL THEN NULL ELSE date(row.first) END, \
                 r.last_seen = CASE WHEN row.last IS NULL THEN NULL ELSE date(row.last) END"
            ),
            rows,
        )
        .await?;
    }
    Ok(PushSummary {
        actors: n_actors,
        documents: n_docs,
        events: n_events,
        relations: n_rel,
    })
}
