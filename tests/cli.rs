//! End-to-end tests of the command line on the bundled samples and on bad
//! input.

use crate::util::{assert_code, stderr, stdout, Run};
use serde_json::Value;

/// Builds the bundled samples into `out/` (no SVG) and returns that folder.
fn built_samples(r: &Run) -> std::path::PathBuf {
    let out = r.path("out");
    assert_code(
        &r.cmd(&[
            "build",
            "docs/samples",
            "--out",
            out.to_str().unwrap(),
            "--no-render",
        ]),
        0,
    );
    out
}

fn triples(out: &str) -> Vec<Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

fn has(ts: &[Value], s: &str, rel: &str, t: &str, negated: bool) -> bool {
    ts.iter().any(|x| {
        let (a, b) = (
            x["source"]["id"].as_str().unwrap_or("-"),
            x["target"]["id"].as_str().unwrap_or("-"),
        );
        let pair = (a == s && b == t) || (x["symmetric"] == true && a == t && b == s);
        pair && x["relation"] == rel && x["negated"] == negated
    })
}

#[test]
fn arabic_sample_gives_the_expected_events() {
    let r = Run::new();
    let o = r.cmd(&["extract", "docs/samples/idlib-phone-call.ar.txt"]);
    assert_code(&o, 0);
    let ts = triples(&stdout(&o));
    assert!(
        has(&ts, "TUR", "calls", "RUS", false),
        "Turkey calls Russia"
    );
    assert!(ts.iter().any(|t| t["relation"] == "calls"
        && t["mood"] == "planned"
        && t["cameo"] == "036"
        && t["plover"] == "AGREE"));
    assert!(
        has(&ts, "TUR", "meets", "MNE", false),
        "the joint press conference"
    );
    assert!(has(&ts, "TUR", "demands", "RUS", false) && has(&ts, "TUR", "demands", "IRN", false));
    assert!(
        has(&ts, "SYR", "attacks", "TUR", false),
        "the regime's attack on our soldiers"
    );
    assert!(
        !has(&ts, "TUR", "meets", "RUS", false),
        "they do not plan to meet"
    );
    assert!(has(&ts, "TUR", "meets", "RUS", true));
    // Nothing from the cookie notice or the read-also line.
    assert!(ts
        .iter()
        .all(|t| t["sentence"] != 0 && !t["evidence"].as_str().unwrap().starts_with("اقرأ")));
}

#[test]
fn triples_carry_stable_fields_and_true_spans() {
    let r = Run::new();
    let o = r.cmd(&["extract", "docs/samples"]);
    assert_code(&o, 0);
    let ts = triples(&stdout(&o));
    assert!(ts.len() >= 10);
    for t in &ts {
        for f in [
            "doc",
            "sentence",
            "source",
            "relation",
            "cameo",
            "plover",
            "target",
            "symmetric",
            "negated",
            "mood",
            "evidence",
            "span",
            "lang",
            "date",
            "confidence",
        ] {
            assert!(t.get(f).is_some(), "field {f} missing in {t}");
        }
        // A side is null (not named) or an object with every field; its id
        // and name are null together (a role-only side).
        if t["source"].is_null() {
            let plover = t["plover"].as_str().unwrap();
            assert!(
                ["PROTEST", "ASSAULT", "MOBILIZE", "COERCE"].contains(&plover),
                "only events that are news by themselves lack a source: {t}"
            );
        }
        for side in ["source", "target"] {
            if t[side].is_null() {
                continue;
            }
            for f in ["id", "name", "role", "text", "span"] {
                assert!(t[side].get(f).is_some(), "{side}.{f} missing in {t}");
            }
            assert_eq!(t[side]["id"].is_null(), t[side]["name"].is_null());
        }
        let doc = t["doc"].as_str().unwrap();
        let path = std::fs::read_dir(crate::util::repo().join("docs/samples"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with(&format!("{doc}."))
            })
            .unwrap();
        let text = std::fs::read_to_string(path).unwrap();
        let span = |v: &Value| {
            (
                v[0].as_u64().unwrap() as usize,
                v[1].as_u64().unwrap() as usize,
            )
        };
        let (a, b) = span(&t["span"]);
        assert_eq!(
            &text[a..b],
            t["evidence"].as_str().unwrap(),
            "evidence is the text at span"
        );
        for side in ["source", "target"] {
            if t[side].is_null() {
                continue;
            }
            let (a, b) = span(&t[side]["span"]);
            assert_eq!(&text[a..b], t[side]["text"].as_str().unwrap());
        }
    }
}

#[test]
fn build_writes_store_and_exports_and_is_idempotent() {
    let r = Run::new();
    let out = r.path("out");
    let o = r.cmd(&[
        "build",
        "docs/samples",
        "--out",
        out.to_str().unwrap(),
        "--no-render",
    ]);
    assert_code(&o, 0);
    for f in [
        "graph.store",
        "graph.dot",
        "actors.csv",
        "relations.csv",
        "documents.csv",
        "events.csv",
        "event_source.csv",
        "event_target.csv",
        "event_document.csv",
        "import.cypher",
    ] {
        assert!(out.join(f).exists(), "{f}");
    }
    let store = out.join("graph.store");
    let stats1 = stdout(&r.cmd(&["stats", "--store", store.to_str().unwrap(), "--json"]));
    let dot1 = std::fs::read_to_string(out.join("graph.dot")).unwrap();
    // Building the same input again into the same store changes nothing.
    assert_code(
        &r.cmd(&[
            "build",
            "docs/samples",
            "--out",
            out.to_str().unwrap(),
            "--no-render",
        ]),
        0,
    );
    assert_eq!(
        stdout(&r.cmd(&["stats", "--store", store.to_str().unwrap(), "--json"])),
        stats1
    );
    assert_eq!(
        std::fs::read_to_string(out.join("graph.dot")).unwrap(),
        dot1
    );
    let stats: Value = serde_json::from_str(&stats1).unwrap();
    assert_eq!(stats["documents"], 7);
    assert!(stats["edges"].as_u64().unwrap() >= 8);
}

#[test]
fn stores_merge_across_builds() {
    let r = Run::new();
    let store = r.path("my.store");
    let s = store.to_str().unwrap();
    assert_code(
        &r.cmd(&[
            "build",
            "docs/samples/idlib-phone-call.ar.txt",
            "--store",
            s,
        ]),
        0,
    );
    let one: Value =
        serde_json::from_str(&stdout(&r.cmd(&["stats", "--store", s, "--json"]))).unwrap();
    assert_code(
        &r.cmd(&[
            "build",
            "docs/samples/biden-russia-attack-ukraine-2022-02-23.en.txt",
            "--store",
            s,
        ]),
        0,
    );
    let two: Value =
        serde_json::from_str(&stdout(&r.cmd(&["stats", "--store", s, "--json"]))).unwrap();
    assert_eq!(one["documents"], 1);
    assert_eq!(two["documents"], 2);
    assert!(two["edges"].as_u64() > one["edges"].as_u64());
}

#[test]
fn export_filters_and_formats() {
    let r = Run::new();
    let out = built_samples(&r);
    let store = out.join("graph.store");
    let f = r.path("f");
    let o = r.cmd(&[
        "export",
        "--store",
        store.to_str().unwrap(),
        "--format",
        "dot",
        "--out",
        f.to_str().unwrap(),
        "--actor",
        "SYR",
        "--labels",
        "en",
    ]);
    assert_code(&o, 0);
    let dot = std::fs::read_to_string(f.join("graph.dot")).unwrap();
    assert!(dot.contains("\"SYR\"") && dot.contains("attacks"), "{dot}");
    assert!(!dot.contains("\"MNE\""), "only edges touching SYR: {dot}");
    let o = r.cmd(&[
        "export",
        "--store",
        store.to_str().unwrap(),
        "--format",
        "csv",
        "--out",
        f.to_str().unwrap(),
        "--relation",
        "calls",
    ]);
    assert_code(&o, 0);
    let rel = std::fs::read_to_string(f.join("relations.csv")).unwrap();
    assert!(
        rel.starts_with(":START_ID(Actor),:END_ID(Actor),:TYPE,key,"),
        "{rel}"
    );
    assert!(rel.lines().skip(1).all(|l| l.contains(",CALLS,")), "{rel}");
}

#[test]
fn svg_render_with_graphviz() {
    if std::process::Command::new("dot")
        .arg("-V")
        .output()
        .is_err()
    {
        panic!("Graphviz's dot is not installed; .ci/run installs it (apt-get install graphviz)");
    }
    let r = Run::new();
    let out = r.path("out");
    assert_code(
        &r.cmd(&[
            "build",
            "docs/samples/idlib-phone-call.ar.txt",
            "--out",
            out.to_str().unwrap(),
            "--labels",
            "both",
        ]),
        0,
    );
    let svg = std::fs::read_to_string(out.join("graph.svg")).unwrap();
    assert!(
        svg.contains("<svg") && svg.contains("تركيا") && svg.contains("calls"),
        "SVG with Arabic labels"
    );
    let png = r.path("png");
    assert_code(
        &r.cmd(&[
            "export",
            "--store",
            out.join("graph.store").to_str().unwrap(),
            "--format",
            "png",
            "--out",
            png.to_str().unwrap(),
        ]),
        0,
    );
    let bytes = std::fs::read(png.join("graph.png")).unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
}

#[test]
fn resolve_mentions() {
    let r = Run::new();
    let o = r.cmd(&[
        "resolve",
        "--format",
        "jsonl",
        "--date",
        "2020-02-04",
        "President Erdogan",
        "الرئيس التركي",
        "وموسكو",
        "the weather",
    ]);
    assert_code(&o, 0);
    let lines: Vec<Value> = triples(&stdout(&o));
    assert_eq!(lines[0]["id"], "TUR");
    assert_eq!(lines[0]["role"], "GOV");
    assert_eq!(lines[1]["id"], "TUR");
    assert_eq!(lines[1]["role"], "GOV");
    assert_eq!(lines[2]["id"], "RUS");
    assert_eq!(lines[3]["id"], Value::Null);
    assert_eq!(lines[3]["text"], "the weather");
    // A phrase is described as a whole; --mentions lists its parts.
    let phrase = "militants loyal to Iraq's government";
    let o = r.cmd(&["resolve", "--format", "jsonl", phrase]);
    let lines: Vec<Value> = triples(&stdout(&o));
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["text"], phrase);
    assert_eq!(lines[0]["role"], "REB");
    assert_eq!(lines[0]["country"], "IRQ");
    let o = r.cmd(&["resolve", "--format", "jsonl", "--mentions", phrase]);
    let lines: Vec<Value> = triples(&stdout(&o));
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["country"], Value::Null);
    assert_eq!(lines[1]["id"], "IRQ");
    assert_eq!(lines[1]["role"], "GOV");
}

#[test]
fn jsonl_from_stdin_with_language_detection_and_skips() {
    use std::io::Write;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_actorgraph"))
        .args(["extract", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let input = concat!(
        r#"{"id":"a","text":"Russia attacked Ukraine.","date":"2022-02-24"}"#,
        "\n",
        r#"{"id":"b","text":"La Russie a attaqué l'Ukraine hier soir selon le gouvernement.","lang":"fr"}"#,
        "\n",
        r#"{"id":"c","text":"هاجمت روسيا أوكرانيا."}"#,
        "\n"
    );
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_code(&o, 0);
    let ts = triples(&stdout(&o));
    assert_eq!(ts.len(), 2, "{ts:?}");
    assert_eq!(ts[0]["date"], "2022-02-24");
    assert_eq!(ts[1]["lang"], "ar");
    assert!(
        stderr(&o).contains("unsupported languages (fr: 1)"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn bad_input_gets_one_line_errors_naming_file_and_line() {
    let r = Run::new();
    let jsonl = r.write("in.jsonl", b"{\"id\":\"ok\",\"text\":\"Russia attacked Ukraine.\"}\n{broken\n{\"id\":\"x\"}\n{\"id\":\"e\",\"text\":\"\"}\n{\"id\":\"u\",\"text\":\"\xff\"}\n");
    let o = r.cmd(&["extract", jsonl.to_str().unwrap()]);
    assert_code(&o, 1);
    assert_eq!(
        triples(&stdout(&o)).len(),
        1,
        "the good record still comes through"
    );
    let err = stderr(&o);
    let p = jsonl.display().to_string();
    for (line, what) in [
        (2, "not a JSON object"),
        (3, "missing `text`"),
        (4, "empty article"),
        (5, "not valid UTF-8"),
    ] {
        assert!(
            err.lines()
                .any(|l| l.contains(&format!("{p}:{line}: {what}"))),
            "line {line}: {err}"
        );
    }
    assert!(err.contains("skipped 4 malformed records"), "{err}");
    assert!(!err.contains("panicked"));

    let o = r.cmd(&["extract", "no/such/file.jsonl"]);
    assert_code(&o, 2);
    let err = stderr(&o);
    assert!(
        err.starts_with("actorgraph: error: no/such/file.jsonl: ") && err.lines().count() == 1,
        "{err}"
    );

    let bad_txt = r.write("bad.txt", b"Turkey \xc3\x28 Russia");
    let o = r.cmd(&["extract", bad_txt.to_str().unwrap()]);
    assert!(
        stderr(&o).contains(&format!("{}:1: not valid UTF-8", bad_txt.display())),
        "{}",
        stderr(&o)
    );

    let lex = r.write(
        "bad.tsv",
        "id\tlang\tform\trole\tfrom\tuntil\nNOPE\ten\tNowhere\t\t\t\n",
    );
    let o = r.cmd(&[
        "extract",
        "--lexicon",
        lex.to_str().unwrap(),
        "docs/samples",
    ]);
    assert_code(&o, 2);
    assert!(
        stderr(&o).contains(&format!("{}:2: actor id \"NOPE\"", lex.display())),
        "{}",
        stderr(&o)
    );
}

#[test]
fn damaged_store_is_refused_and_left_untouched() {
    let r = Run::new();
    let store = r.path("g.store");
    let s = store.to_str().unwrap();
    assert_code(
        &r.cmd(&[
            "build",
            "docs/samples/idlib-phone-call.ar.txt",
            "--store",
            s,
        ]),
        0,
    );
    let mut bytes = std::fs::read(&store).unwrap();
    let n = bytes.len();
    bytes[n / 2] ^= 0xff;
    std::fs::write(&store, &bytes).unwrap();
    let o = r.cmd(&["build", "docs/samples", "--store", s]);
    assert_code(&o, 2);
    assert!(stderr(&o).contains("damaged"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&store).unwrap(), bytes, "not overwritten");
    let o = r.cmd(&["stats", "--store", s]);
    assert_code(&o, 2);
}

#[test]
fn user_lexicon_adds_actors_and_cues() {
    let r = Run::new();
    let lex = r.write(
        "mine.tsv",
        "id\ttype\tname_en\tname_ar\nWAKANDA\tstate\tWakanda\tواكاندا\n",
    );
    let names = r.write(
        "names.tsv",
        "id\tlang\tform\trole\tfrom\tuntil\nWAKANDA\ten\tWakanda\t\t\t\n",
    );
    let cues = r.write(
        "cues.tsv",
        "relation\tlang\tcue\tkind\nsanctions\ten\tembargoed\tverb\n",
    );
    let doc = r.write(
        "w.jsonl",
        r#"{"id":"w","text":"Wakanda embargoed Russia.","lang":"en"}"#,
    );
    let o = r.cmd(&[
        "extract",
        "--lexicon",
        lex.to_str().unwrap(),
        "--lexicon",
        names.to_str().unwrap(),
        "--lexicon",
        cues.to_str().unwrap(),
        doc.to_str().unwrap(),
    ]);
    assert_code(&o, 0);
    let ts = triples(&stdout(&o));
    assert!(has(&ts, "WAKANDA", "sanctions", "RUS", false), "{ts:?}");
}

#[test]
fn snapshot_of_sample_exports() {
    let r = Run::new();
    let out = built_samples(&r);
    let read = |f: &str| std::fs::read_to_string(out.join(f)).unwrap();
    insta::assert_snapshot!("graph.dot", read("graph.dot"));
    insta::assert_snapshot!("relations.csv", read("relations.csv"));
    insta::assert_snapshot!("actors.csv", read("actors.csv"));
    insta::assert_snapshot!("import.cypher", read("import.cypher"));
}

#[test]
fn merged_shards_equal_one_build() {
    let r = Run::new();
    let (a, b, one, merged) = (
        r.path("a.store"),
        r.path("b.store"),
        r.path("one.store"),
        r.path("m.store"),
    );
    let arabic = "docs/samples/idlib-phone-call.ar.txt";
    let english = "docs/samples/blinken-cavusoglu-meeting-2021-03-24.en.txt";
    assert_code(
        &r.cmd(&["build", arabic, "--store", a.to_str().unwrap()]),
        0,
    );
    assert_code(
        &r.cmd(&["build", english, "--store", b.to_str().unwrap()]),
        0,
    );
    assert_code(
        &r.cmd(&["build", arabic, english, "--store", one.to_str().unwrap()]),
        0,
    );
    assert_code(
        &r.cmd(&[
            "merge",
            b.to_str().unwrap(),
            a.to_str().unwrap(),
            "-o",
            merged.to_str().unwrap(),
        ]),
        0,
    );
    let stats =
        |p: &std::path::Path| stdout(&r.cmd(&["stats", "--store", p.to_str().unwrap(), "--json"]));
    assert_eq!(stats(&merged), stats(&one));
    let dot = |p: &std::path::Path, d: &str| {
        let out = r.path(d);
        assert_code(
            &r.cmd(&[
                "export",
                "--store",
                p.to_str().unwrap(),
                "--format",
                "dot",
                "--out",
                out.to_str().unwrap(),
            ]),
            0,
        );
        std::fs::read_to_string(out.join("graph.dot")).unwrap()
    };
    assert_eq!(dot(&merged, "d1"), dot(&one, "d2"));
}

#[test]
fn html_page_escapes_hostile_text_and_links_edges_to_rows() {
    let r = Run::new();
    let actors = r.write(
        "a.tsv",
        "id\ttype\tname_en\tname_ar\nEVIL\tstate\t<img src=x onerror=alert(1)>\tشر\n",
    );
    let names = r.write(
        "n.tsv",
        "id\tlang\tform\trole\tfrom\tuntil\nEVIL\ten\tEvilland\t\t\t\n",
    );
    let doc = r.write("d.jsonl", r#"{"id":"<b>doc</b>","text":"Evilland attacked Syria <script>alert(2)</script>.","lang":"en","date":"2021-05-01"}"#);
    let store = r.path("s.store");
    assert_code(
        &r.cmd(&[
            "build",
            doc.to_str().unwrap(),
            "--store",
            store.to_str().unwrap(),
            "--lexicon",
            actors.to_str().unwrap(),
            "--lexicon",
            names.to_str().unwrap(),
        ]),
        0,
    );
    let out = r.path("h");
    assert_code(
        &r.cmd(&[
            "export",
            "--store",
            store.to_str().unwrap(),
            "--format",
            "html",
            "--out",
            out.to_str().unwrap(),
        ]),
        0,
    );
    let page = std::fs::read_to_string(out.join("graph.html")).unwrap();
    assert!(
        !page.contains("<script>alert") && !page.contains("<img src=x"),
        "raw markup from input"
    );
    assert!(
        page.contains("&lt;script&gt;alert(2)&lt;/script&gt;")
            && page.contains("&lt;b&gt;doc&lt;/b&gt;")
    );
    assert!(
        page.contains("<svg")
            && page.contains("href=\"#edge-0\"")
            && page.contains("id=\"edge-0\""),
        "edges link to rows"
    );
    assert_eq!(
        page.matches("<script>").count(),
        1,
        "only the page's own script"
    );
}

#[test]
fn export_windows_classes_top_and_timeline() {
    let r = Run::new();
    let out = built_samples(&r);
    let store = out.join("graph.store");
    let s = store.to_str().unwrap();
    let f = r.path("f");
    let fo = f.to_str().unwrap();
    let rel_rows = |args: &[&str]| {
        let mut all = vec!["export", "--store", s, "--format", "csv", "--out", fo];
        all.extend_from_slice(args);
        assert_code(&r.cmd(&all), 0);
        std::fs::read_to_string(f.join("relations.csv"))
            .unwrap()
            .lines()
            .skip(1)
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let conflict = rel_rows(&["--class", "conflict"]);
    assert!(
        !conflict.is_empty() && conflict.iter().all(|l| l.contains("conflict")),
        "{conflict:?}"
    );
    let assault = rel_rows(&["--class", "ASSAULT"]);
    assert!(
        assault
            .iter()
            .all(|l| l.contains(",ATTACKS,") || l.contains(",KILLS,")),
        "{assault:?}"
    );
    // The 2022 statement is the only evidence in 2022.
    let window = rel_rows(&["--since", "2022-01-01", "--until", "2022-12-31"]);
    assert!(
        !window.is_empty() && window.iter().all(|l| l.starts_with("RUS,UKR,ATTACKS")),
        "{window:?}"
    );
    let top = rel_rows(&["--top", "2"]);
    assert!(
        top.iter().all(|l| {
            let ends: Vec<&str> = l.split(',').take(2).collect();
            ends.iter().all(|e| ["TUR", "USA"].contains(e))
        }),
        "{top:?}"
    );
    assert_code(
        &r.cmd(&[
            "export", "--store", s, "--format", "timeline", "--by", "year", "--out", fo,
        ]),
        0,
    );
    let tl = std::fs::read_to_string(f.join("timeline.csv")).unwrap();
    assert!(tl.starts_with("period,source,relation,target,mood,symmetric,count\n"));
    assert!(
        tl.lines()
            .any(|l| l.starts_with("2022,RUS,attacks,UKR,done,false,")),
        "{tl}"
    );
    assert!(
        !tl.contains("idlib"),
        "undated evidence has no place on a timeline"
    );
    let o = r.cmd(&[
        "export",
        "--store",
        s,
        "--format",
        "dot",
        "--out",
        fo,
        "--since",
        "2022-13-01",
    ]);
    assert_code(&o, 2);
}

/// A background event keeps the date its sentence gives it through the
/// store: the timeline counts it in its year, a date window leaves it out,
/// and the Neo4j files hold it as a date (its year's first day).
#[test]
fn background_events_keep_their_own_dates_through_the_store() {
    let r = Run::new();
    let input = r.write(
        "a.jsonl",
        concat!(
            r#"{"id":"suez","lang":"en","date":"2015-08-06","text":"#,
            r#""Britain and France attacked Egypt in 1956. Russia criticized Turkey yesterday."}"#,
            "\n"
        ),
    );
    let out = r.path("out");
    assert_code(
        &r.cmd(&[
            "build",
            input.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--quiet",
        ]),
        0,
    );
    let store = out.join("graph.store");
    let s = store.to_str().unwrap();
    let f = r.path("f");
    let fo = f.to_str().unwrap();
    let export = |args: &[&str]| {
        let mut all = vec!["export", "--store", s, "--out", fo];
        all.extend_from_slice(args);
        assert_code(&r.cmd(&all), 0);
    };
    export(&["--format", "timeline", "--by", "year"]);
    let tl = std::fs::read_to_string(f.join("timeline.csv")).unwrap();
    assert!(tl.contains("\n1956,GBR,attacks,EGY,done,false,1\n"), "{tl}");
    assert!(
        tl.contains("\n2015,RUS,criticizes,TUR,done,false,1\n"),
        "{tl}"
    );
    export(&["--format", "timeline", "--by", "day"]);
    let tl = std::fs::read_to_string(f.join("timeline.csv")).unwrap();
    assert!(tl.contains("\n2015-08-05,RUS,criticizes,TUR,"), "{tl}");
    export(&["--format", "csv", "--since", "2015-01-01"]);
    let rel = std::fs::read_to_string(f.join("relations.csv")).unwrap();
    assert!(
        rel.contains("RUS,TUR,") && !rel.contains("GBR,EGY,"),
        "{rel}"
    );
    export(&["--format", "csv"]);
    let rel = std::fs::read_to_string(f.join("relations.csv")).unwrap();
    let suez = rel.lines().find(|l| l.starts_with("GBR,EGY,")).expect(&rel);
    assert!(suez.ends_with(",1956-01-01,1956-01-01"), "{suez}");
    let events = std::fs::read_to_string(f.join("events.csv")).unwrap();
    assert!(events.contains(",1956-01-01,"), "{events}");
    assert!(events.contains(",2015-08-05,"), "{events}");
}
