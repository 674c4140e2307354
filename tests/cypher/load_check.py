#!/usr/bin/env python3
"""Load an actorgraph Neo4j admin-import CSV export into a real Cypher engine and check it.

Usage: load_check.py EXPORT_DIR EXPECT_JSON [--loads N] [--batch N] [--heap 1g]

The engine is ArcadeDB, embedded in-process (PyPI `arcadedb-embedded`, which bundles
its own JRE; see setup.sh).  A fresh database is created in a temp dir, then every
`*.csv` in EXPORT_DIR is loaded generically from its Neo4j admin-import header:

  name:ID(Space)      node id, stored as property `name` (or `id`); Space is a label
  :LABEL              labels separated by ';' (ArcadeDB has real multi-label nodes)
  :START_ID(S) :END_ID(S) :TYPE   relationship (S)-[:TYPE]->(S)
  prop:int|long|float|double|boolean|date|string[...]   typed property; '' = absent

All loads have MERGE semantics, so `--loads 2` loads the same files twice and then
checks nothing was duplicated.  Nodes merge on (Space, id).  Relationships merge on
their `key` column when the file has one, otherwise on (start, end, type).

ArcadeDB quirks worked around (OpenCypher engine of ArcadeDB 26.10):
  * MERGE/MATCH on a multi-label pattern `(n:Actor:State {id:..})` ignores the
    unique index (full scan: quadratic).  So nodes are merged in two statements:
    create the ids missing from `(n:Space {id})` with all their labels, then SET.
  * `SET n:Label` on a node created in the same transaction fails with
    DuplicatedKeyException (it moves the record to a new composite type).
  * No dynamic labels/types (`n:$(x)`), so rows are grouped by label set / type.
  * LOAD CSV only reads files on the server and we need the generic header logic
    anyway, so Python's csv module parses and rows go in as `$rows` (UNWIND).
  * Temporal values come back as Java CypherDate objects: use toString() in queries.

EXPECT_JSON: {"actors": N, "relations": N, "documents": N, "events": N,
              "paths": [["TUR", "CALLS", "RUS"], ...], "names": {"TUR": "Turkey"},
              "dates": {"DOC_ID": "2024-03-05"}}        ("dates" is optional)
One line is printed per check; the first failure exits with status 1.
"""
import argparse
import csv
import datetime
import json
import os
import shutil
import sys
import tempfile
import time
from collections import defaultdict


def fail(msg):
    print(f"FAIL {msg}")
    sys.exit(1)


def ok(msg):
    print(f"ok   {msg}")


def q(name):
    """Backtick-quote a label, relationship type or property name for Cypher."""
    return "`" + name.replace("`", "``") + "`"


def convert(kind, value):
    if kind.endswith("[]"):
        return [convert(kind[:-2], v) for v in value.split(";")]
    if kind in ("int", "long", "short", "byte"):
        return int(value)
    if kind in ("float", "double"):
        return float(value)
    if kind == "boolean":
        if value.lower() not in ("true", "false"):
            raise ValueError(f"bad boolean {value!r}")
        return value.lower() == "true"
    if kind == "date":
        return datetime.date.fromisoformat(value)
    if kind in ("", "string"):
        return value
    raise ValueError(f"unsupported column type {kind!r}")


def parse_header(header):
    """-> list of (property name or None, kind, id space) per column."""
    cols = []
    for field in header:
        name, _, spec = field.partition(":")
        kind, _, space = spec.partition("(")
        cols.append((name, kind.lower() if kind not in ("ID", "START_ID", "END_ID", "LABEL", "TYPE") else kind,
                     space.rstrip(")") or None))
    return cols


def read_csv(path):
    """-> (columns, rows); a row has 'props' and, per header, 'ID'/'START_ID'/'END_ID', 'labels', 'type'."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.reader(f)
        cols = parse_header(next(reader))
        rows = []
        for lineno, values in enumerate(reader, start=2):
            if len(values) != len(cols):
                fail(f"{os.path.basename(path)} record {lineno}: {len(values)} fields, header has {len(cols)}")
            row = {"props": {}}
            for (name, kind, space), value in zip(cols, values):
                if kind in ("ID", "START_ID", "END_ID"):
                    row[kind] = value
                    if kind == "ID" and name:
                        row["props"][name] = value
                elif kind == "LABEL":
                    row["labels"] = [l for l in value.split(";") if l]
                elif kind == "TYPE":
                    row["type"] = value
                elif value != "":
                    try:
                        row["props"][name] = convert(kind, value)
                    except ValueError as e:
                        fail(f"{os.path.basename(path)} record {lineno} column {name}: {e}")
            rows.append(row)
    return cols, rows


class Loader:
    def __init__(self, db, batch):
        self.db, self.batch = db, batch
        self.rel_types = defaultdict(set)  # file name -> relationship types seen
        self.idprop = {}  # id space -> property holding the node id

    def run(self, cypher, rows, what=None):
        """UNWIND rows in batches, one transaction each; with `what`, fail unless every row matched."""
        done = 0
        for i in range(0, len(rows), self.batch):
            with self.db.transaction():
                result = self.db.command("opencypher", cypher, {"rows": rows[i:i + self.batch]}).to_list()
                done += result[0]["n"] if what and result else 0
        if what and done != len(rows):
            fail(f"{what}: only {done} of {len(rows)} rows matched their node(s)")

    def load_nodes(self, path):
        cols, rows = read_csv(path)
        space = next(s for n, k, s in cols if k == "ID") or os.path.basename(path)[:-4]
        idprop = self.idprop[space] = next(n for n, k, s in cols if k == "ID") or "id"
        self.db.command("opencypher", f"CREATE CONSTRAINT IF NOT EXISTS FOR (n:{q(space)}) "
                                      f"REQUIRE n.{q(idprop)} IS UNIQUE")
        groups = defaultdict(list)
        for r in rows:
            labels = [space] + [l for l in dict.fromkeys(r.get("labels") or []) if l != space]
            groups[tuple(labels)].append({"id": r["ID"], "props": r["props"]})
        for labels, group in groups.items():
            lab = "".join(":" + q(l) for l in labels)
            # create the missing ids (single-label MATCH uses the unique index) ...
            self.run(f"UNWIND $rows AS row OPTIONAL MATCH (o:{q(space)} {{{q(idprop)}: row.id}}) "
                     f"WITH row, o WHERE o IS NULL CREATE (n{lab} {{{q(idprop)}: row.id}})", group)
            # ... then set the properties of every row (new or existing)
            self.run(f"UNWIND $rows AS row MATCH (n:{q(space)} {{{q(idprop)}: row.id}}) "
                     f"SET n += row.props RETURN count(n) AS n", group, f"{os.path.basename(path)} {labels}")
        return len(rows)

    def load_rels(self, path):
        cols, rows = read_csv(path)
        s_space = next(s for n, k, s in cols if k == "START_ID")
        e_space = next(s for n, k, s in cols if k == "END_ID")
        has_key = any(n == "key" for n, k, s in cols)
        groups = defaultdict(list)
        for r in rows:
            if not r.get("type"):
                fail(f"{os.path.basename(path)}: row without :TYPE")
            groups[r["type"]].append({"s": r["START_ID"], "e": r["END_ID"], "props": r["props"]})
            self.rel_types[os.path.basename(path)].add(r["type"])
        for rtype, group in groups.items():
            merge_on = " {key: row.props.key}" if has_key else ""
            s_id, e_id = q(self.idprop.get(s_space, "id")), q(self.idprop.get(e_space, "id"))
            self.run(f"UNWIND $rows AS row MATCH (a:{q(s_space)} {{{s_id}: row.s}}), (b:{q(e_space)} {{{e_id}: row.e}}) "
                     f"MERGE (a)-[r:{q(rtype)}{merge_on}]->(b) SET r += row.props RETURN count(r) AS n",
                     group, f"{os.path.basename(path)} :{rtype}")
        return len(rows)

    def load_dir(self, export_dir):
        files = sorted(f for f in os.listdir(export_dir) if f.endswith(".csv"))
        headers = {}
        for f in files:
            with open(os.path.join(export_dir, f), newline="", encoding="utf-8-sig") as fh:
                headers[f] = parse_header(next(csv.reader(fh)))
        node_files = [f for f in files if any(k == "ID" for _, k, _ in headers[f])]
        rel_files = [f for f in files if any(k == "START_ID" for _, k, _ in headers[f])]
        counts = {}
        for f in node_files:  # all nodes first, then relationships
            counts[f] = self.load_nodes(os.path.join(export_dir, f))
        for f in rel_files:
            counts[f] = self.load_rels(os.path.join(export_dir, f))
        return counts


def scalar(db, cypher, **params):
    rows = db.query("opencypher", cypher, params).to_list() if params else db.query("opencypher", cypher).to_list()
    return rows[0]["v"] if rows else None


def check(cond, msg):
    ok(msg) if cond else fail(msg)


def totals(db):
    return (scalar(db, "MATCH (n) RETURN count(n) AS v"), scalar(db, "MATCH ()-[r]->() RETURN count(r) AS v"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("export_dir")
    ap.add_argument("expect_json")
    ap.add_argument("--loads", type=int, default=1, help="load the export N times (MERGE: must be idempotent)")
    ap.add_argument("--batch", type=int, default=1000, help="rows per UNWIND statement / transaction")
    ap.add_argument("--heap", default="1g", help="JVM max heap")
    ap.add_argument("--keep", action="store_true", help="keep the temp database (it is printed)")
    args = ap.parse_args()
    export_dir = os.path.abspath(args.export_dir)
    with open(args.expect_json, encoding="utf-8") as f:
        expect = json.load(f)

    tmp = tempfile.mkdtemp(prefix="actorgraph-cypher-")
    os.chdir(tmp)  # ArcadeDB writes ./log/arcadedb.log.*: keep it out of the caller's tree
    with open("logging.properties", "w") as f:  # silence the INFO line per index build
        f.write("handlers=java.util.logging.ConsoleHandler\n.level=WARNING\n")
    import arcadedb_embedded as arcadedb
    db = arcadedb.create_database(os.path.join(tmp, "graph"), jvm_kwargs={
        "heap_size": args.heap, "jvm_args": [f"-Djava.util.logging.config.file={tmp}/logging.properties"]})
    print(f"ArcadeDB {arcadedb.__version__} database in {tmp}")
    try:
        run_checks(db, export_dir, expect, args)
    finally:
        db.close()
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    print("PASS")


def run_checks(db, export_dir, expect, args):
    loader = Loader(db, args.batch)
    first = None
    for n in range(1, args.loads + 1):
        t0 = time.time()
        counts = loader.load_dir(export_dir)
        nodes, rels = totals(db)
        ok(f"load {n}: {sum(counts.values())} CSV rows from {len(counts)} files in {time.time() - t0:.2f}s "
           f"-> {nodes} nodes, {rels} relationships")
        if first is None:
            first = (nodes, rels)
        else:
            check((nodes, rels) == first, f"load {n} is idempotent: {(nodes, rels)} == {first} (nodes, relationships)")

    for key, label in (("actors", "Actor"), ("documents", "Document"), ("events", "Event")):
        got = scalar(db, f"MATCH (n:{label}) RETURN count(n) AS v")
        check(got == expect[key], f"{key}: MATCH (n:{label}) count {got} == {expect[key]}")
    types = sorted(loader.rel_types.get("relations.csv", ()))
    got = scalar(db, "MATCH (:Actor)-[r]->(:Actor) WHERE type(r) IN $types RETURN count(r) AS v", types=types)
    check(got == expect["relations"], f"relations: {got} == {expect['relations']} over types {types}")

    for a, rtype, b in expect.get("paths", []):
        got = scalar(db, f"MATCH (a:Actor {{id:$a}})-[r:{q(rtype)}]-(b:Actor {{id:$b}}) RETURN count(r) AS v", a=a, b=b)
        check(got and got > 0, f"path ({a})-[:{rtype}]-({b}): {got} relationship(s)")
    for aid, name in expect.get("names", {}).items():
        got = scalar(db, "MATCH (a:Actor {id:$id}) RETURN a.name AS v", id=aid)
        check(got == name and got.encode("utf-8") == name.encode("utf-8"), f"name of {aid}: got {got!r}, want {name!r}")
    for did, date in expect.get("dates", {}).items():
        got = scalar(db, "MATCH (d:Document {id:$id}) WHERE d.date = date($d) RETURN toString(d.date) AS v", id=did, d=date)
        check(got == date, f"date of {did}: got {got!r}, want {date!r} (stored as a Cypher date)")

    # Every event reaches a document; those whose sides name an actor
    # reach it through SOURCE and TARGET (older fixtures: every event).
    for rel, label, key in (("SOURCE", "Actor", "event_source"), ("TARGET", "Actor", "event_target"),
                            ("IN_DOCUMENT", "Document", "events")):
        want_n = expect.get(key, expect["events"])
        got = scalar(db, f"MATCH p=(e:Event)-[:{rel}]->(:{label}) RETURN count(DISTINCT e) AS v")
        check(got == want_n, f"events with a {rel} path to a {label}: {got} == {want_n}")
    # The evidence chain: document <- event -> source, target, joined by the aggregated relation it supports.
    want = scalar(db, "MATCH (e:Event) WHERE e.edge IS NOT NULL RETURN count(e) AS v")
    got = scalar(db, "MATCH (d:Document)<-[:IN_DOCUMENT]-(e:Event)-[:SOURCE]->(s:Actor), (e)-[:TARGET]->(t:Actor) "
                     "MATCH (s)-[r]-(t) WHERE r.key = e.edge RETURN count(DISTINCT e) AS v")
    check(want > 0 and got == want, f"events whose `edge` joins their SOURCE and TARGET by a relation key: {got} == {want}")


if __name__ == "__main__":
    main()
