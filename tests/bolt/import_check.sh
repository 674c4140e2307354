#!/usr/bin/env bash
# Runs the exported import.cypher (LOAD CSV + MERGE in CALL … IN
# TRANSACTIONS) against a real Cypher server over Bolt, twice, and checks
# that the graph holds exactly the CSV files' rows and that the second load
# duplicated nothing. The server (ArcadeDB, README.md) runs on this machine,
# so the script's file:/// URLs are pointed at the export folder.
# Usage: tests/bolt/import_check.sh path/to/actorgraph [VENV]
set -euo pipefail
bin="$1"
. "$(dirname "$0")/start.sh" "${2:-target/bolt-venv}"
"$bin" build docs/samples --store "$work/g.store" --quiet 2>/dev/null
"$bin" export --store "$work/g.store" --format csv --out "$work/csv" >/dev/null
"$py" - "$here" "$uri" "$db" "$work/csv" "docs/neo4j.md" <<'PY'
import csv, json, os, re, subprocess, sys
here, uri, db, d, doc = sys.argv[1:]
pw = os.environ["AG_BOLT_PW"]
def q(stmt):
    r = subprocess.run([sys.executable, f"{here}/query.py", uri, "root", pw, db, stmt], capture_output=True, text=True)
    if r.returncode:
        sys.exit(f"FAIL {stmt.splitlines()[0][:80]}: {r.stderr.strip()}")
    return [json.loads(l) for l in r.stdout.splitlines()]
script = open(f"{d}/import.cypher", encoding="utf-8").read()
body = "\n".join(l for l in script.splitlines() if not l.lstrip().startswith("//"))
stmts = [s.strip().replace("file:///", f"file://{d}/") for s in body.split(";") if s.strip()]
rows = lambda f: list(csv.DictReader(open(f"{d}/{f}", newline="", encoding="utf-8")))
def snapshot():
    return (q("MATCH (a:Actor) RETURN count(a) AS n")[0]["n"], q("MATCH (a:State) RETURN count(a) AS n")[0]["n"],
            q("MATCH (x:Document) RETURN count(x) AS n")[0]["n"], q("MATCH (e:Event) RETURN count(e) AS n")[0]["n"],
            tuple(sorted((r["t"], r["n"]) for r in q("MATCH ()-[r]->() RETURN type(r) AS t, count(r) AS n"))))
snaps = []
for run in (1, 2):
    for s in stmts:
        q(s)
    snaps.append(snapshot())
assert snaps[0] == snaps[1], f"the second load changed the graph: {snaps[0]} -> {snaps[1]}"
actors, states, docs, events, rels = snaps[1]
want = {r[":TYPE"] for r in rows("relations.csv")}
rel = dict(rels)
assert actors == len(rows("actors.csv")) and states == sum(r["type"] == "state" for r in rows("actors.csv")), (actors, states)
assert docs == len(rows("documents.csv")) and events == len(rows("events.csv")), (docs, events)
for t in want:
    assert rel.get(t) == sum(r[":TYPE"] == t for r in rows("relations.csv")), (t, rel)
# Only sides that name an actor are linked; every event is in a document.
for t, f in (("SOURCE", "event_source.csv"), ("TARGET", "event_target.csv"), ("IN_DOCUMENT", "event_document.csv")):
    assert rel.get(t, 0) == len(rows(f)), (t, rel)
assert len(rows("event_document.csv")) == events
got = q("MATCH (:Actor {id: 'RUS'})-[r:CALLS {mood: 'planned'}]-(:Actor {id: 'TUR'}) RETURN r.count AS n, toString(r.first_seen) AS f")
assert got and got[0]["n"] == 4, got
# The example queries of docs/neo4j.md run and answer on the samples.
blocks = re.findall(r"```cypher\n(.*?)```", open(doc, encoding="utf-8").read(), re.S)
examples = [b.strip().rstrip(";") for b in blocks if b.lstrip().startswith("MATCH")]
assert len(examples) >= 5, f"{len(examples)} example queries in {doc}"
for ex in examples:
    assert q(ex), f"no rows from the docs query: {ex.splitlines()[0]}"
print(f"ok   the {len(examples)} example queries of {doc} answer")
print(f"ok   import.cypher loaded twice ({len(stmts)} statements each): {actors} actors ({states} states), {docs} documents, {events} events, {sum(rel.get(t, 0) for t in want)} relations of {len(want)} types, nothing duplicated")
PY
