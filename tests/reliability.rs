//! Reliability: hostile input, killed runs, concurrent runs, closed pipes.
//! Each test names the guarantee it shows (docs/reliability.md lists them).

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::{assert_code, repo, stderr, stdout, Run};
use serde_json::Value;

/// A JSONL corpus of `n` articles made from the bundled samples, with ids
/// `{prefix}{i}`.
fn corpus(n: usize, prefix: &str) -> String {
    let texts: Vec<String> = std::fs::read_dir(repo().join("docs/samples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let mut out = String::new();
    for i in 0..n {
        let line = serde_json::json!({"id": format!("{prefix}{i}"), "text": texts[i % texts.len()], "date": "2020-02-04"});
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

fn documents(r: &Run, store: &str) -> Option<u64> {
    let o = r.cmd(&["stats", "--store", store, "--json"]);
    if o.status.code() != Some(0) {
        return None;
    }
    serde_json::from_str::<Value>(&stdout(&o)).ok()?["documents"].as_u64()
}

#[test]
fn hostile_text_never_panics_and_spans_stay_true() {
    let r = Run::new();
    let texts = [
        "Tur\u{200D}key attacked Syria.", // zero-width joiner inside a name
        "\u{202B}هاجمت روسيا أوكرانيا\u{202C}.", // bidi embedding
        "Russiaروسيا attacked أوكرانياUkraine.", // mixed scripts in one word
        "\u{FEFF}Iran accused Israel.\u{200F}", // BOM and RLM
        "...!!!؟؟ ، ، ،",                 // punctuation only
        "ـــــ ًٌٍَُِّْ",                         // tatweel and lone diacritics
        "X\u{0301}\u{0301}\u{0301} met Y.", // stacked combining marks
    ];
    let mut input = String::new();
    for (i, t) in texts.iter().enumerate() {
        input.push_str(&serde_json::json!({"id": format!("h{i}"), "text": t}).to_string());
        input.push('\n');
    }
    let path = r.write("hostile.jsonl", &input);
    let o = r.cmd(&["extract", path.to_str().unwrap()]);
    assert_code(&o, 0);
    assert!(!stderr(&o).contains("panicked"));
    for line in stdout(&o).lines() {
        let t: Value = serde_json::from_str(line).unwrap();
        let i: usize = t["doc"].as_str().unwrap()[1..].parse().unwrap();
        let text = texts[i];
        let span = |v: &Value| v[0].as_u64().unwrap() as usize..v[1].as_u64().unwrap() as usize;
        assert_eq!(&text[span(&t["span"])], t["evidence"].as_str().unwrap());
        for side in ["source", "target"] {
            if !t[side].is_null() {
                assert_eq!(
                    &text[span(&t[side]["span"])],
                    t[side]["text"].as_str().unwrap()
                );
            }
        }
    }
    // The joiner inside "Tur‍key" does not hide the name.
    assert!(stdout(&o).contains("\"doc\":\"h0\""), "{}", stdout(&o));
}

#[test]
fn bad_records_are_counted_and_the_rest_goes_through() {
    let r = Run::new();
    let mut f = std::fs::File::create(r.path("mixed.jsonl")).unwrap();
    writeln!(
        f,
        r#"{{"id":"a","text":"Russia attacked Ukraine.","date":"2022-13-45"}}"#
    )
    .unwrap();
    writeln!(f, r#"{{"id":"a","text":"Iran accused Israel."}}"#).unwrap();
    writeln!(f, r#"{{"id":"b","text":"x\u0000y"}}"#).unwrap();
    // A 100 MB single line: refused on its own, without reading it whole.
    f.write_all(b"{\"id\":\"huge\",\"text\":\"").unwrap();
    let chunk = "Turkey met Russia. ".repeat(1 << 12);
    for _ in 0..(100 << 20) / chunk.len() {
        f.write_all(chunk.as_bytes()).unwrap();
    }
    f.write_all(b"\"}\n").unwrap();
    writeln!(
        f,
        r#"{{"id":"c","text":"Iran accused Israel.","lang":"xx"}}"#
    )
    .unwrap();
    writeln!(f, r#"{{"id":"d","text":"Iran accused Israel."}}"#).unwrap();
    drop(f);
    let path = r.path("mixed.jsonl");
    let p = path.display().to_string();
    let o = r.cmd(&["extract", &p]);
    assert_code(&o, 1);
    let err = stderr(&o);
    assert!(
        err.contains(&format!("{p}:1: date \"2022-13-45\"")),
        "{err}"
    );
    assert!(
        err.contains(&format!("{p}:2: id \"a\" was already read")),
        "{err}"
    );
    assert!(
        err.contains(&format!("{p}:3: article contains a NUL byte")),
        "{err}"
    );
    assert!(
        err.contains(&format!("{p}:4: line is longer than 16 MiB")),
        "{err}"
    );
    assert!(err.contains("skipped 2 malformed records; skipped 1 duplicate ids; skipped 1 articles in unsupported languages (xx: 1)"), "{err}");
    let docs: Vec<String> = stdout(&o)
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["doc"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        docs,
        vec!["a", "d"],
        "the first a (undated), and d after the huge line"
    );
}

#[test]
fn empty_files_unreadable_entries_and_symlink_loops() {
    let r = Run::new();
    r.write("in/empty.txt", "");
    r.write("in/empty.jsonl", "");
    r.write("in/good.txt", "Russia attacked Ukraine.");
    std::fs::create_dir_all(r.path("in/dir.txt")).unwrap(); // a folder named like a file
    std::os::unix::fs::symlink(r.path("in"), r.path("in/loop")).unwrap();
    std::os::unix::fs::symlink(r.path("nowhere"), r.path("in/dangling.txt")).unwrap();
    let o = r.cmd(&["extract", r.path("in").to_str().unwrap()]);
    assert_code(&o, 1);
    let err = stderr(&o);
    assert!(err.contains("empty.txt:1: empty article"), "{err}");
    assert_eq!(
        stdout(&o).lines().count(),
        1,
        "good.txt once, not again through the loop"
    );
}

#[test]
fn broken_pipe_on_stdout_is_quiet() {
    let r = Run::new();
    let path = r.write("many.jsonl", corpus(500, "p"));
    let mut child = Command::new(env!("CARGO_BIN_EXE_actorgraph"))
        .args(["extract", path.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read one line, then close the pipe.
    let mut out = child.stdout.take().unwrap();
    let mut buf = [0u8; 64];
    std::io::Read::read(&mut out, &mut buf).unwrap();
    drop(out);
    let o = child.wait_with_output().unwrap();
    assert_code(&o, 0);
    assert!(
        stderr(&o).is_empty() || !stderr(&o).contains("error"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn stdin_closed_early_is_an_empty_input() {
    let o = Command::new(env!("CARGO_BIN_EXE_actorgraph"))
        .args(["extract", "-"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_code(&o, 0);
    assert!(stdout(&o).is_empty());
}

#[test]
fn killed_builds_leave_the_old_store_or_the_new_one() {
    let r = Run::new();
    let store = r.path("g.store");
    let s = store.to_str().unwrap();
    let inputs = [
        r.write("a.jsonl", corpus(300, "a")),
        r.write("b.jsonl", corpus(600, "b")),
    ];
    // Time a build to spread the kills over a whole run: the fastest of
    // three, since one timed while the machine is busy would put most
    // kills after the runs have finished.
    let span = (0..3)
        .map(|_| {
            let t = Instant::now();
            assert_code(
                &r.cmd(&["build", inputs[0].to_str().unwrap(), "--store", s]),
                0,
            );
            t.elapsed().as_micros().max(1000) as u64
        })
        .min()
        .unwrap();
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let (mut killed, mut finished) = (0, 0);
    for round in 0..30 {
        let input = &inputs[round % 2];
        let before = documents(&r, s).expect("the store is readable before each round");
        let mut child = Command::new(env!("CARGO_BIN_EXE_actorgraph"))
            .args(["build", input.to_str().unwrap(), "--store", s, "--quiet"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        std::thread::sleep(Duration::from_micros(seed % (span * 12 / 10)));
        let _ = child.kill(); // SIGKILL
        let status = child.wait().unwrap();
        if status.success() {
            finished += 1;
        } else {
            killed += 1;
        }
        let after = documents(&r, s)
            .unwrap_or_else(|| panic!("round {round}: the store is unreadable after a kill"));
        // Input a (300 ids) is already in the store; input b (600 other
        // ids) either landed whole or not at all.
        let allowed = if round % 2 == 0 {
            vec![before]
        } else {
            vec![before, 900]
        };
        assert!(
            allowed.contains(&after),
            "round {round}: {before} documents before, {after} after"
        );
    }
    assert!(
        killed >= 8,
        "the test must actually kill runs: {killed} killed, {finished} finished"
    );
    let leftovers: Vec<_> = std::fs::read_dir(r.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert_code(
        &r.cmd(&["build", inputs[0].to_str().unwrap(), "--store", s]),
        0,
    );
    let after_clean: Vec<_> = std::fs::read_dir(r.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(
        after_clean.is_empty(),
        "temp files of killed runs are cleaned up: {leftovers:?} -> {after_clean:?}"
    );
}

#[test]
fn concurrent_builds_on_one_store_keep_both() {
    let r = Run::new();
    let store = r.path("g.store");
    let s = store.to_str().unwrap();
    let a = r.write("a.jsonl", corpus(1000, "a"));
    let b = r.write("b.jsonl", corpus(1000, "b"));
    let spawn = |p: &std::path::Path| {
        Command::new(env!("CARGO_BIN_EXE_actorgraph"))
            .args(["build", p.to_str().unwrap(), "--store", s, "--quiet"])
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (ca, cb) = (spawn(&a), spawn(&b));
    let (oa, ob) = (
        ca.wait_with_output().unwrap(),
        cb.wait_with_output().unwrap(),
    );
    assert_code(&oa, 0);
    assert_code(&ob, 0);
    assert_eq!(
        documents(&r, s),
        Some(2000),
        "neither run lost the other's documents"
    );
}

#[test]
fn stores_of_every_released_format_version_still_load() {
    // tests/data/store-vN.store is kept for each format version ever
    // released; a newer actorgraph must read (or migrate) all of them.
    let r = Run::new();
    for entry in std::fs::read_dir(repo().join("tests/data")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "store") {
            let s = path.to_str().unwrap();
            assert!(
                documents(&r, s).is_some_and(|n| n > 0),
                "{s} no longer loads"
            );
        }
    }
}
