//! actorgraph turns Arabic and English news text into a knowledge graph of
//! who does what to whom.
//!
//! Data flows one way through the modules:
//! [`ingest`] (files, folders, JSONL → [`ingest::Document`]) →
//! [`text`] (normalization, sentences) → [`lexicon`] (actor and relation
//! dictionaries) → [`extract`] (documents → [`extract::Triple`]s with
//! evidence) → [`store`] (a petgraph graph keyed by actor id, persisted) →
//! [`export`] (DOT, SVG/PNG, Neo4j CSV, Cypher). [`app`] wires them into
//! the commands the binary offers.

pub mod app;
pub mod error;
pub mod eval;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod lexicon;
pub mod store;
pub mod text;

pub use error::{Error, Result};
