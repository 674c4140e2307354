//! DOT relation diagrams, built with graphviz-rust's DOT structures.
//!
//! Every id and label is written as a quoted DOT string with `"` and `\`
//! escaped and line breaks turned into DOT's `\n`, so no text from an
//! article or a lexicon can close a string and add a node, an attribute or
//! a URL to the diagram.

use std::collections::BTreeSet;

use graphviz_rust::dot_structures::{
    Attribute, Edge as DotEdge, EdgeTy, Graph, GraphAttributes, Id, Node, NodeId, Stmt, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};

use super::Filter;
use crate::store::{Edge, Store};

/// Which names label the nodes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Labels {
    #[default]
    En,
    Ar,
    /// English on the first line, Arabic on the second: one script per line
    /// keeps the bidi algorithm from reordering a mixed line.
    Both,
}

/// The font diagrams ask for: Noto covers Latin and Arabic (Debian's
/// fonts-noto-core), and Pango falls back per script within the family.
pub const FONT: &str = "Noto Sans";

/// Colours per quad class, chosen to differ in lightness as well as hue so
/// that cooperation and conflict stay apart in grey-scale; styles add a
/// second cue (conflict edges are bold).
fn quad_style(quad: &str) -> (&'static str, &'static str) {
    match quad {
        "verbal-coop" => ("#74a9cf", "solid"),
        "material-coop" => ("#045a8d", "solid"),
        "verbal-conflict" => ("#fd8d3c", "bold"),
        "material-conflict" => ("#99000d", "bold"),
        _ => ("#666666", "solid"),
    }
}

/// Quotes a string as a DOT ID: `"` and `\` escaped, line breaks as `\n`,
/// other control characters dropped.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn attr(name: &str, value: &str) -> Attribute {
    Attribute(Id::Plain(name.to_string()), Id::Escaped(quote(value)))
}

fn node_id(id: &str) -> NodeId {
    NodeId(Id::Escaped(quote(id)), None)
}

/// The label of an edge: "calls ×3", "meets (planned)".
pub fn edge_label(e: &Edge) -> String {
    let mut s = e.key.relation.clone();
    if e.key.mood == crate::extract::Mood::Planned {
        s.push_str(" (planned)");
    }
    if e.count() > 1 {
        s.push_str(&format!(" ×{}", e.count()));
    }
    s
}

/// Pen width grows with the logarithm of the count, capped for legibility.
fn pen_width(count: usize) -> f64 {
    (1.0 + 1.5 * (count as f64).ln()).min(8.0)
}

/// The diagram of the store's edges that pass `filter`.
pub fn dot(store: &Store, filter: &Filter, labels: Labels) -> String {
    let edges = filter.edges(store);
    let ids: BTreeSet<&str> = edges
        .iter()
        .flat_map(|e| [e.key.source.as_str(), e.key.target.as_str()])
        .collect();
    let mut stmts = vec![
        Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("rankdir", "LR"),
            attr("fontname", FONT),
            attr("bgcolor", "white"),
            attr("pad", "0.3"),
            attr("nodesep", "0.4"),
            attr("ranksep", "1.0"),
        ])),
        Stmt::GAttribute(GraphAttributes::Node(vec![
            attr("shape", "box"),
            attr("style", "rounded,filled"),
            attr("fillcolor", "#f4f4f4"),
            attr("color", "#555555"),
            attr("fontname", FONT),
            attr("fontsize", "14"),
        ])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![
            attr("fontname", FONT),
            attr("fontsize", "11"),
        ])),
    ];
    for id in &ids {
        let actor = store.actor(id);
        let en = actor.map_or(*id, |a| a.name_en.as_str());
        let ar = actor
            .map(|a| a.name_ar.as_str())
            .filter(|s| !s.is_empty())
            .unwrap_or(en);
        let label = match labels {
            Labels::En => en.to_string(),
            Labels::Ar => ar.to_string(),
            Labels::Both if ar == en => en.to_string(),
            Labels::Both => format!("{en}\n{ar}"),
        };
        stmts.push(Stmt::Node(Node {
            id: node_id(id),
            attributes: vec![attr("label", &label), attr("tooltip", id)],
        }));
    }
    for e in edges {
        let rel = store.relation(&e.key.relation);
        let (color, style) = quad_style(rel.map_or("", |r| r.quad.as_str()));
        let style = if e.key.mood == crate::extract::Mood::Planned {
            "dashed"
        } else {
            style
        };
        let mut attributes = vec![
            attr("label", &edge_label(e)),
            attr("color", color),
            attr("fontcolor", color),
            attr("penwidth", &format!("{:.1}", pen_width(e.count()))),
            attr("style", style),
        ];
        if rel.is_some_and(|r| r.symmetric) {
            attributes.push(attr("dir", "none"));
        }
        stmts.push(Stmt::Edge(DotEdge {
            ty: EdgeTy::Pair(
                Vertex::N(node_id(&e.key.source)),
                Vertex::N(node_id(&e.key.target)),
            ),
            attributes,
        }));
    }
    let graph = Graph::DiGraph {
        id: Id::Plain("actorgraph".to_string()),
        strict: false,
        stmts,
    };
    let mut text = graph.print(&mut PrinterContext::default());
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_neutralizes_injection() {
        assert_eq!(quote(r#"a"b\c"#), r#""a\"b\\c""#);
        assert_eq!(quote("x\ny\u{7}"), r#""x\ny""#);
        // The quoted form parses back as one ID whose value is the input.
        let evil = r#"TUR" -> "X" [URL="http://e.vil"]; "Y"#;
        let g = format!("digraph g {{ {} }}", quote(evil));
        let parsed = graphviz_rust::parse(&g).unwrap();
        let Graph::DiGraph { stmts, .. } = parsed else {
            panic!("not a digraph")
        };
        assert_eq!(stmts.len(), 1, "{g}");
    }

    #[test]
    fn pen_width_grows_and_caps() {
        assert!(pen_width(1) < pen_width(3) && pen_width(3) < pen_width(30));
        assert!(pen_width(1_000_000) <= 8.0);
    }
}
