//! Exports: relation diagrams (DOT, and SVG/PNG through Graphviz) and the
//! graph for Neo4j (admin-import CSV and an incremental Cypher script).
//!
//! Every export reads the store only; filters pick which edges appear.

mod bolt;
mod dot;
mod filter;
mod html;
mod neo4j;
mod render;
mod timeline;

pub use bolt::{push, PushOptions, PushSummary};
pub use dot::{dot, edge_label, quote, Labels, Style};
pub use filter::Filter;
pub use html::{escape, html};
pub use neo4j::{write_neo4j, CYPHER_FILE, NEO4J_FILES};
pub use render::{render, RenderFormat};
pub use timeline::{timeline, Period};

/// A date for a typed date field (Neo4j's `date`): an event the text
/// dates only to its year or month (`1956`, `2013-07`) stands for the first
/// day of it, as Cypher's `date("1956")` reads it.
pub fn first_day(date: &str) -> String {
    match date.len() {
        4 => format!("{date}-01-01"),
        7 => format!("{date}-01"),
        _ => date.to_string(),
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
