//! Exports: relation diagrams (DOT, and SVG/PNG through Graphviz) and the
//! graph for Neo4j (admin-import CSV and an incremental Cypher script).
//!
//! Every export reads the store only; filters pick which edges appear.

mod dot;
mod neo4j;
mod render;

pub use dot::{dot, quote, Labels};
pub use neo4j::{write_neo4j, CYPHER_FILE, NEO4J_FILES};
pub use render::{render, RenderFormat};

use crate::store::{Edge, Store};

/// Which edges an export shows.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Only edges supported by at least this many triples.
    pub min_count: usize,
    /// Only edges touching one of these actor ids (empty: all).
    pub actors: Vec<String>,
    /// Only these relation labels (empty: all).
    pub relations: Vec<String>,
}

impl Filter {
    /// Whether an edge passes.
    pub fn keeps(&self, e: &Edge) -> bool {
        e.count() >= self.min_count.max(1)
            && (self.actors.is_empty()
                || self
                    .actors
                    .iter()
                    .any(|a| *a == e.key.source || *a == e.key.target))
            && (self.relations.is_empty() || self.relations.contains(&e.key.relation))
    }

    /// The store's edges that pass, sorted by key.
    pub fn edges<'s>(&self, store: &'s Store) -> Vec<&'s Edge> {
        store
            .edges()
            .into_iter()
            .filter(|e| self.keeps(e))
            .collect()
    }
}

/// Upper snake case of a relation label, for Neo4j relationship types.
pub fn rel_type(label: &str) -> String {
    label
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect()
}
