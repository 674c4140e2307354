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

/// How a diagram is drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Style {
    pub labels: Labels,
    /// Draw the relations between two actors as one edge labelled with all
    /// of them ("calls ×2, meets"), coloured by the strongest.
    pub bundle: bool,
    /// Link each edge to `#edge-N`, N its index among the filtered edges
    /// (the HTML page's table rows).
    pub links: bool,
}

const QUADS: [(&str, &str); 4] = [
    ("verbal-coop", "verbal cooperation"),
    ("material-coop", "material cooperation"),
    ("verbal-conflict", "verbal conflict"),
    ("material-conflict", "material conflict"),
];

/// The diagram of the store's edges that pass `filter`.
pub fn dot(store: &Store, filter: &Filter, style: Style) -> String {
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
        let label = match style.labels {
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
    let quad = |e: &Edge| {
        store
            .relation(&e.key.relation)
            .map_or("", |r| r.quad.as_str())
            .to_string()
    };
    let symmetric = |e: &Edge| store.relation(&e.key.relation).is_some_and(|r| r.symmetric);
    // Each drawn edge: endpoints, the edges it stands for.
    let index: std::collections::HashMap<&crate::store::EdgeKey, usize> =
        edges.iter().enumerate().map(|(i, e)| (&e.key, i)).collect();
    let mut drawn: Vec<(&str, &str, Vec<&Edge>)> = Vec::new();
    if style.bundle {
        let mut by_pair: std::collections::BTreeMap<(&str, &str), Vec<&Edge>> =
            std::collections::BTreeMap::new();
        for e in &edges {
            let (a, b) = (e.key.source.as_str(), e.key.target.as_str());
            by_pair
                .entry(if a <= b { (a, b) } else { (b, a) })
                .or_default()
                .push(e);
        }
        drawn.extend(by_pair.into_iter().map(|((a, b), es)| (a, b, es)));
    } else {
        drawn.extend(
            edges
                .iter()
                .map(|e| (e.key.source.as_str(), e.key.target.as_str(), vec![e])),
        );
    }
    let mut quads_used = BTreeSet::new();
    for (a, b, group) in drawn {
        let strongest = group
            .iter()
            .max_by_key(|e| e.count())
            .expect("groups are not empty");
        let q = quad(strongest);
        quads_used.insert(q.clone());
        let (color, line) = quad_style(&q);
        let planned = group
            .iter()
            .all(|e| e.key.mood == crate::extract::Mood::Planned);
        let line = if planned { "dashed" } else { line };
        let count: usize = group.iter().map(|e| e.count()).sum();
        let label = group
            .iter()
            .map(|e| edge_label(e))
            .collect::<Vec<_>>()
            .join(", ");
        let mut attributes = vec![
            attr("label", &label),
            attr("color", color),
            attr("fontcolor", color),
            attr("penwidth", &format!("{:.1}", pen_width(count))),
            attr("style", line),
        ];
        // A bundle is directed only when every relation in it runs one way.
        let directed_one_way = group
            .iter()
            .all(|e| !symmetric(e) && e.key.source == strongest.key.source);
        let (from, to) = if group.len() == 1 || directed_one_way {
            (strongest.key.source.as_str(), strongest.key.target.as_str())
        } else {
            (a, b)
        };
        if group.iter().all(|e| symmetric(e)) || (group.len() > 1 && !directed_one_way) {
            attributes.push(attr("dir", "none"));
        }
        if style.links {
            let n = index[&strongest.key];
            attributes.push(attr("URL", &format!("#edge-{n}")));
            attributes.push(attr("tooltip", &label));
        }
        stmts.push(Stmt::Edge(DotEdge {
            ty: EdgeTy::Pair(Vertex::N(node_id(from)), Vertex::N(node_id(to))),
            attributes,
        }));
    }
    if !quads_used.is_empty() {
        stmts.push(Stmt::Node(Node {
            id: node_id("legend"),
            attributes: vec![
                attr("shape", "plaintext"),
                attr("style", ""),
                Attribute(
                    Id::Plain("label".to_string()),
                    Id::Html(legend(&quads_used)),
                ),
            ],
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

/// An HTML-like label listing the classes drawn, each in its colour and
/// line weight. Built from constants only: no input text goes into it.
fn legend(used: &BTreeSet<String>) -> String {
    let mut rows = String::new();
    for (quad, name) in QUADS.iter().filter(|(q, _)| used.contains(*q)) {
        let (color, line) = quad_style(quad);
        let bar = if line == "bold" {
            "<b>━━━</b>"
        } else {
            "───"
        };
        rows.push_str(&format!(
            "<tr><td align=\"left\"><font color=\"{color}\">{bar} {name}</font></td></tr>"
        ));
    }
    rows.push_str("<tr><td align=\"left\"><font color=\"#666666\">- - - planned</font></td></tr>");
    format!("<<table border=\"0\" cellborder=\"0\" cellspacing=\"2\">{rows}</table>>")
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
