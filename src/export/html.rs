//! A self-contained HTML page: the diagram (inline SVG) above a searchable
//! table of its edges, each with the sentences behind it. Clicking an edge
//! in the diagram jumps to its row.
//!
//! Every piece of text from articles or lexicons goes through [`escape`];
//! the page loads nothing from elsewhere.

use std::fmt::Write;

use super::{dot, edge_label, render, Filter, RenderFormat, Style};
use crate::error::Error;
use crate::store::Store;

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font-family:'Noto Sans',sans-serif;margin:1.5em;color:#222}\
h1{font-size:1.3em}svg{max-width:100%;height:auto}\
input{font-size:1em;padding:.3em;width:24em;margin:1em 0}\
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.4em;text-align:start;vertical-align:top}\
tr:target{background:#fff3c4}details{margin:.2em 0}.ev{unicode-bidi:plaintext}.meta{color:#777;font-size:.85em}";

const SCRIPT: &str = "const q=document.getElementById('q');q.addEventListener('input',()=>{const t=q.value.toLowerCase();\
for(const r of document.querySelectorAll('#edges tbody tr')){r.hidden=t&&!r.textContent.toLowerCase().includes(t);}\
document.getElementById('shown').textContent=document.querySelectorAll('#edges tbody tr:not([hidden])').length;});";

/// The page for the store's edges that pass `filter`.
pub fn html(store: &Store, filter: &Filter, style: Style) -> Result<String, Error> {
    let svg = render(
        &dot(
            store,
            filter,
            Style {
                links: true,
                ..style
            },
        ),
        RenderFormat::Svg,
    )?;
    let svg = String::from_utf8_lossy(&svg);
    // Drop the XML prolog and doctype: the SVG goes inline.
    let svg = svg.find("<svg").map_or(&*svg, |i| &svg[i..]);
    let edges = filter.edges(store);
    let name = |id: &str| {
        store.actor(id).map_or(id.to_string(), |a| {
            if a.name_ar.is_empty() {
                a.name_en.clone()
            } else {
                format!("{} · {}", a.name_en, a.name_ar)
            }
        })
    };
    let mut rows = String::new();
    for (i, e) in edges.iter().enumerate() {
        let mut ev = String::new();
        for r in &e.evidence {
            if let Some(t) = store.triple(r) {
                let flags = format!(
                    "{}{}",
                    if t.mood == crate::extract::Mood::Planned {
                        " · planned"
                    } else {
                        ""
                    },
                    t.date
                        .as_deref()
                        .map(|d| format!(" · {d}"))
                        .unwrap_or_default()
                );
                let _ = write!(ev, "<li><span class=\"ev\" dir=\"auto\">{}</span> <span class=\"meta\">{}{}</span></li>", escape(&t.evidence), escape(&t.doc), escape(&flags));
            }
        }
        let _ = write!(
            rows,
            "<tr id=\"edge-{i}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td><details><summary>{} sentence(s)</summary><ul>{ev}</ul></details></td></tr>",
            escape(&name(&e.key.source)),
            escape(&edge_label(e)),
            escape(&name(&e.key.target)),
            e.count(),
            escape(&[e.first_seen(), e.last_seen()].iter().flatten().copied().collect::<Vec<_>>().join(" – ")),
            e.count()
        );
    }
    Ok(format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>actorgraph</title><style>{STYLE}</style></head><body>\n\
         <h1>actorgraph: {n} relations between {a} actors</h1>\n{svg}\n\
         <input id=\"q\" type=\"search\" placeholder=\"Search actors, relations, sentences…\" aria-label=\"Search\"> <span id=\"shown\">{n}</span> shown\n\
         <table id=\"edges\"><thead><tr><th>Source</th><th>Relation</th><th>Target</th><th>Triples</th><th>Dates</th><th>Evidence</th></tr></thead><tbody>{rows}</tbody></table>\n\
         <script>{SCRIPT}</script></body></html>\n",
        n = edges.len(),
        a = edges.iter().flat_map(|e| [&e.key.source, &e.key.target]).collect::<std::collections::BTreeSet<_>>().len(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
        assert_eq!(escape("أنقرة وموسكو"), "أنقرة وموسكو");
    }
}
