//! Which edges an export shows: date windows, relations and classes,
//! minimum counts, the strongest actors, and ego networks.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use crate::store::{Edge, Store};

/// Which edges an export shows. Filters apply in this order: the date
/// window (counts are recomputed from the evidence inside it), relations
/// and classes, the minimum count, the strongest actors, the ego network.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Only edges supported by at least this many triples (in the window).
    pub min_count: usize,
    /// Only the network around these actor ids (empty: all).
    pub actors: Vec<String>,
    /// How many hops from `actors` to keep (0 counts as 1).
    pub depth: usize,
    /// Only these relation labels (empty: all).
    pub relations: Vec<String>,
    /// Only these classes: PLOVER types (`ASSAULT`), quad classes
    /// (`verbal-coop`), or `cooperation` / `conflict` (empty: all).
    pub classes: Vec<String>,
    /// Only evidence dated on or after this day (`YYYY-MM-DD`); undated
    /// evidence is left out when a window is set.
    pub since: Option<String>,
    /// Only evidence dated on or before this day.
    pub until: Option<String>,
    /// Only edges among the N actors with the most triples.
    pub top: Option<usize>,
}

impl Filter {
    /// Whether any filter is set.
    pub fn is_active(&self) -> bool {
        self.min_count > 1
            || !self.actors.is_empty()
            || !self.relations.is_empty()
            || !self.classes.is_empty()
            || self.since.is_some()
            || self.until.is_some()
            || self.top.is_some()
    }

    fn in_window(&self, date: Option<&str>) -> bool {
        if self.since.is_none() && self.until.is_none() {
            return true;
        }
        let Some(d) = date else { return false };
        let d = day_key(d);
        self.since.as_deref().is_none_or(|s| d >= day_key(s))
            && self.until.as_deref().is_none_or(|u| d <= day_key(u))
    }

    fn class_ok(&self, store: &Store, e: &Edge) -> bool {
        if self.classes.is_empty() {
            return true;
        }
        let Some(r) = store.relation(&e.key.relation) else {
            return false;
        };
        self.classes.iter().any(|c| {
            c.eq_ignore_ascii_case(&r.plover)
                || *c == r.quad
                || (c == "cooperation" && r.quad.ends_with("coop"))
                || (c == "conflict" && r.quad.ends_with("conflict"))
        })
    }

    /// The store's edges that pass, sorted by key, with their evidence cut
    /// to the date window.
    pub fn edges(&self, store: &Store) -> Vec<Edge> {
        let mut edges: Vec<Edge> = store
            .edges()
            .into_iter()
            .filter(|e| {
                (self.relations.is_empty() || self.relations.contains(&e.key.relation))
                    && self.class_ok(store, e)
            })
            .map(|e| Edge {
                key: e.key.clone(),
                evidence: e
                    .evidence
                    .iter()
                    .filter(|r| self.in_window(r.date.as_deref()))
                    .cloned()
                    .collect(),
            })
            .filter(|e| e.count() >= self.min_count.max(1))
            .collect();
        if let Some(n) = self.top {
            let mut weight: BTreeMap<&str, usize> = BTreeMap::new();
            for e in &edges {
                *weight.entry(&e.key.source).or_default() += e.count();
                *weight.entry(&e.key.target).or_default() += e.count();
            }
            let mut ranked: Vec<(&str, usize)> = weight.into_iter().collect();
            ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            let keep: BTreeSet<String> = ranked
                .into_iter()
                .take(n)
                .map(|(id, _)| id.to_string())
                .collect();
            edges.retain(|e| keep.contains(&e.key.source) && keep.contains(&e.key.target));
        }
        if !self.actors.is_empty() {
            let keep = self.ego(&edges);
            edges.retain(|e| {
                keep.contains(&e.key.source)
                    && keep.contains(&e.key.target)
                    && (self.actors.contains(&e.key.source)
                        || self.actors.contains(&e.key.target)
                        || self.depth > 1)
            });
        }
        edges
    }

    /// Actors within `depth` hops of `actors` (undirected).
    fn ego(&self, edges: &[Edge]) -> BTreeSet<String> {
        let mut adj: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for e in edges {
            adj.entry(&e.key.source).or_default().push(&e.key.target);
            adj.entry(&e.key.target).or_default().push(&e.key.source);
        }
        let mut seen: BTreeSet<String> = self.actors.iter().cloned().collect();
        let mut queue: VecDeque<(String, usize)> =
            self.actors.iter().map(|a| (a.clone(), 0)).collect();
        while let Some((a, d)) = queue.pop_front() {
            if d >= self.depth.max(1) {
                continue;
            }
            for &b in adj.get(a.as_str()).map(Vec::as_slice).unwrap_or(&[]) {
                if seen.insert(b.to_string()) {
                    queue.push_back((b.to_string(), d + 1));
                }
            }
        }
        seen
    }
}

/// A date as the bytes of its first day (`1956` as `1956-01-01`, see
/// `first_day`), for comparing dates of any precision without allocating.
fn day_key(d: &str) -> [u8; 10] {
    let mut k = *b"0000-01-01";
    let n = d.len().min(10);
    k[..n].copy_from_slice(&d.as_bytes()[..n]);
    k
}
