//! Format version 1, read for migration: every triple named two actors.
//! Version 2 lets a side be missing or name only a role. Only decoding is
//! kept; a v1 store is written back as the current version.

use serde::Deserialize;

use super::{ActorInfo, RelationInfo};
use crate::extract::{self, CueRef, Mood};

#[derive(Deserialize)]
pub(super) struct StoreFile {
    actors: Vec<ActorInfo>,
    relations: Vec<RelationInfo>,
    docs: Vec<DocRecord>,
}

#[derive(Deserialize)]
struct DocRecord {
    id: String,
    title: Option<String>,
    date: Option<String>,
    lang: Option<String>,
    url: Option<String>,
    triples: Vec<Triple>,
}

#[derive(Deserialize)]
struct ActorRef {
    id: String,
    name: String,
    role: Option<String>,
    text: String,
    span: [usize; 2],
}

#[derive(Deserialize)]
struct Triple {
    doc: String,
    sentence: usize,
    source: ActorRef,
    relation: String,
    cameo: String,
    plover: String,
    target: ActorRef,
    symmetric: bool,
    negated: bool,
    mood: Mood,
    evidence: String,
    span: [usize; 2],
    cue: CueRef,
    lang: String,
    date: Option<String>,
    confidence: f32,
}

impl From<ActorRef> for extract::ActorRef {
    fn from(a: ActorRef) -> Self {
        extract::ActorRef {
            id: Some(a.id),
            name: Some(a.name),
            role: a.role,
            text: a.text,
            span: a.span,
        }
    }
}

impl From<Triple> for extract::Triple {
    fn from(t: Triple) -> Self {
        extract::Triple {
            doc: t.doc,
            sentence: t.sentence,
            source: Some(t.source.into()),
            relation: t.relation,
            cameo: t.cameo,
            plover: t.plover,
            target: Some(t.target.into()),
            symmetric: t.symmetric,
            negated: t.negated,
            mood: t.mood,
            evidence: t.evidence,
            span: t.span,
            cue: t.cue,
            lang: t.lang,
            date: t.date,
            confidence: t.confidence,
        }
    }
}

impl From<StoreFile> for super::StoreFile {
    fn from(f: StoreFile) -> Self {
        super::StoreFile {
            actors: f.actors,
            relations: f.relations,
            docs: f
                .docs
                .into_iter()
                .map(|d| super::DocRecord {
                    id: d.id,
                    title: d.title,
                    date: d.date,
                    lang: d.lang,
                    url: d.url,
                    triples: d.triples.into_iter().map(Into::into).collect(),
                })
                .collect(),
        }
    }
}
