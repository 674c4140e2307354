//! A timeline of the graph: triples per period and edge, as CSV, for
//! plotting how a dyad evolves.

use std::collections::BTreeMap;

use super::Filter;
use crate::store::Store;

/// The length of a timeline period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    Day,
    Month,
    Year,
}

impl Period {
    /// The period a `YYYY-MM-DD` date falls in: `2020-02-04`, `2020-02`,
    /// `2020`. A date the text gave only to its year or month keeps its
    /// precision (`1956` is `1956` by month too).
    fn of(self, date: &str) -> &str {
        let n = match self {
            Period::Day => 10,
            Period::Month => 7,
            Period::Year => 4,
        };
        date.get(..n).unwrap_or(date)
    }
}

/// CSV with a header: `period,source,relation,target,mood,symmetric,count`,
/// one row per period and edge with dated evidence, sorted by period then
/// edge. Undated evidence has no place on a timeline and is left out.
pub fn timeline(store: &Store, filter: &Filter, period: Period) -> String {
    // (period, source, relation, target, mood) -> (symmetric, count)
    type Row<'s> = (String, &'s str, &'s str, &'s str, &'s str);
    let mut rows: BTreeMap<Row, (bool, usize)> = BTreeMap::new();
    let edges = filter.edges(store);
    for e in &edges {
        let symmetric = store.relation(&e.key.relation).is_some_and(|r| r.symmetric);
        for r in &e.evidence {
            if let Some(d) = r.date.as_deref() {
                let slot = rows
                    .entry((
                        period.of(d).to_string(),
                        &e.key.source,
                        &e.key.relation,
                        &e.key.target,
                        e.key.mood.as_str(),
                    ))
                    .or_insert((symmetric, 0));
                slot.1 += 1;
            }
        }
    }
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record([
        "period",
        "source",
        "relation",
        "target",
        "mood",
        "symmetric",
        "count",
    ]);
    for ((p, s, rel, t, mood), (sym, n)) in rows {
        let _ = w.write_record([
            p.as_str(),
            s,
            rel,
            t,
            mood,
            if sym { "true" } else { "false" },
            &n.to_string(),
        ]);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}
