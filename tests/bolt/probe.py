#!/usr/bin/env python3
"""Probe what ArcadeDB's Bolt plugin accepts: protocol versions, the Cypher actorgraph push
sends, transactions, errors. Replays neo4rs 0.8's exact wire messages (boltwire.py) and also
uses the official neo4j Python driver.

Usage: VENV/bin/python tests/bolt/probe.py [--uri bolt://127.0.0.1:PORT --password PW] [--db actorgraph]
                                           [--json FILE]
Without --uri it starts tests/bolt/server.py itself (and stops it at the end), timing the start.
Each check prints one line "ok|FAIL|info  NAME: detail"; the last line is "probe: N passed, N failed".
Exit 1 if any check FAILed. Use a fresh database: it creates :Actor nodes and :CALLS edges.
"""
import argparse
import json
import os
import socket
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import boltwire as bw  # noqa: E402

RESULTS = []


def report(status, name, detail):
    RESULTS.append({"status": status, "check": name, "detail": detail})
    d = detail if isinstance(detail, str) else json.dumps(detail, ensure_ascii=False, default=str)
    print(f"{status:<5} {name}: {d}", flush=True)


def check(name, cond, detail):
    report("ok" if cond else "FAIL", name, detail)


def start_server(db, password):
    t0 = time.monotonic()
    p = subprocess.Popen([sys.executable, os.path.join(HERE, "server.py"), "--db", db,
                          "--password", password, "--max-seconds", "900"],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    line = p.stdout.readline().strip()
    if not line.startswith("READY "):
        p.kill()
        sys.exit(f"probe: server.py did not start (got {line!r})")
    report("info", "server start", f"{time.monotonic() - t0:.1f}s until READY ({line})")
    return p, line.split()[1]


def stop_server(p):
    t0 = time.monotonic()
    p.stdin.close()  # server.py stops when its stdin closes
    try:
        rc = p.wait(60)
    except subprocess.TimeoutExpired:
        p.kill()
        rc = "killed after 60s"
    report("info", "server stop", f"exit {rc} after {time.monotonic() - t0:.1f}s")


# ------------------------------------------------------------------ raw protocol checks
def probe_versions(host, port, user, pw):
    accepted = []
    for v in [(6, 0), (5, 8), (5, 7), (5, 6), (5, 5), (5, 4), (5, 3), (5, 2), (5, 1), (5, 0),
              (4, 4), (4, 3), (4, 2), (4, 1), (4, 0)]:
        s, got = bw.handshake(host, port, [v])
        if s is None:
            continue
        c = bw.Conn(s, got)
        name, meta = bw.hello_for(c, user, pw)
        ok = name == "SUCCESS"
        run = None
        if ok:
            extra = {"db": DB}
            n1, m1, _ = c.request(bw.RUN, "RETURN 1 AS x", {}, extra)
            n2, m2, recs = c.request(bw.PULL, {"n": -1})
            run = recs if n1 == n2 == "SUCCESS" else f"{n1} {m1} / {n2} {m2}"
        c.s.close()
        accepted.append(f"{v[0]}.{v[1]}")
        report("info", f"handshake offer {v[0]}.{v[1]} alone",
               f"agreed {got[0]}.{got[1]}, auth {name}, RETURN 1 -> {run}")
    report("info", "versions accepted (each offered alone)", ", ".join(accepted))
    # ranges, as Bolt >= 4.3 drivers send them: 5.4 with range 4 = 5.4..5.0; 4.4 range 4 = 4.4..4.0
    for offer in ([(5, 4, 4), (4, 4, 4)], [(4, 4, 4)], [(4, 3, 3)], [(5, 8, 8), (4, 4, 4)]):
        s, got = bw.handshake(host, port, offer)
        report("info", f"handshake ranges {offer}", f"agreed {got[0]}.{got[1]}" if s else "refused")
        if s:
            s.close()
    # what neo4rs 0.8.0 sends: [4.1, 4.0]
    s, got = bw.handshake(host, port, [(4, 1), (4, 0)])
    check("neo4rs 0.8 handshake [4.1, 4.0]", s is not None,
          f"agreed {got[0]}.{got[1]}" if s else f"refused ({got})")
    if s:
        s.close()
    # what neo4rs 0.9.0-rc.11 sends: [4.4, 4.3, 4.1, 4.0], no ranges
    s, got = bw.handshake(host, port, [(4, 4), (4, 3), (4, 1), (4, 0)])
    report("info", "neo4rs 0.9-rc handshake [4.4, 4.3, 4.1, 4.0]",
           f"agreed {got[0]}.{got[1]}" if s else f"refused ({got})")
    if s:
        s.close()
    # Bolt 5.7+ manifest handshake (offer 0x000001FF): does the server understand it?
    s, got = bw.handshake(host, port, [b"\x00\x00\x01\xff", (5, 4, 4), (4, 4)])
    report("info", "handshake manifest-v1 marker 255.1 first",
           f"agreed {got[0]}.{got[1]}" if s else "refused")
    if s:
        s.close()


def neo4rs_session(host, port, user, pw):
    c, info = bw.connect_like_neo4rs_08(host, port, user, pw)
    if c is None:
        sys.exit(f"probe: neo4rs-style connect failed: {info}")
    return c, info


def rs_run(c, q, params=None, db=None):
    """neo4rs Graph::run / Txn::run: RUN q params {db} then DISCARD {n:-1, qid:-1}."""
    n1, m1, _ = c.request(bw.RUN, q, params or {}, {"db": db or DB})
    n2, m2, _ = c.request(bw.DISCARD, {"n": -1, "qid": -1})
    if n1 == "SUCCESS" and n2 == "SUCCESS":
        return "SUCCESS", m2
    return (n1 if n1 != "SUCCESS" else n2), (m1 if n1 != "SUCCESS" else m2)


def rs_execute(c, q, params=None, db=None, fetch=200):
    """neo4rs Graph::execute: RUN then PULL {n: fetch_size, qid} until has_more is false."""
    n1, m1, _ = c.request(bw.RUN, q, params or {}, {"db": db or DB})
    if n1 != "SUCCESS":
        return n1, m1, [], 0
    rows, pulls = [], 0
    qid = m1.get("qid", -1)
    while True:
        n2, m2, recs = c.request(bw.PULL, {"n": fetch, "qid": qid})
        pulls += 1
        rows += recs
        if n2 != "SUCCESS":
            return n2, m2, rows, pulls
        if not m2.get("has_more"):
            return "SUCCESS", {"fields": m1.get("fields"), **m2}, rows, pulls
        if pulls > 50:
            return "LOOP", m2, rows, pulls


def rs_reset(c):
    n, m, _ = c.request(bw.RESET)
    return n, m


def count_on(c, q, db):
    n, m, rows, _ = rs_execute(c, q, db=db)
    return rows if n == "SUCCESS" else f"{n} {m}"


def count(c, q):
    n, m, rows, _ = rs_execute(c, q)
    if n != "SUCCESS":
        return f"{n} {m}"
    return rows


ACTORS = [
    {"id": "a1", "name": "Ministry of Health", "name_ar": "وزارة الصحة"},
    {"id": "a2", "name": "Central Bank", "name_ar": "البنك المركزي"},
    {"id": "a3", "name": "Port Authority", "name_ar": None},
]
EDGES = [
    {"s": "a1", "t": "a2", "key": "a1|a2", "count": 3, "first": "2024-01-05"},
    {"s": "a2", "t": "a3", "key": "a2|a3", "count": 1, "first": "2024-02-11"},
    {"s": "a1", "t": "a3", "key": "a1|a3", "count": 9_000_000_000, "first": "2023-12-31"},
]
Q_ACTORS = "UNWIND $rows AS row MERGE (a:Actor {id: row.id}) SET a.name = row.name, a.name_ar = row.name_ar"
Q_EDGES = ("UNWIND $rows AS row MATCH (a:Actor {id: row.s}) MATCH (b:Actor {id: row.t}) "
           "MERGE (a)-[r:CALLS {key: row.key}]->(b) SET r.count = row.count, r.first_seen = row.first")
Q_CONSTRAINT = "CREATE CONSTRAINT IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE"


def neo4rs_flow(host, port, user, pw):
    c, info = neo4rs_session(host, port, user, pw)
    check("neo4rs-style HELLO", info["hello"] == "SUCCESS", info)

    n, m = rs_run(c, Q_CONSTRAINT)
    report("ok" if n == "SUCCESS" else "FAIL", "CREATE CONSTRAINT IF NOT EXISTS (auto-commit)", f"{n} {m}")
    if n != "SUCCESS":
        rs_reset(c)
    n, m = rs_run(c, Q_CONSTRAINT)
    report("ok" if n == "SUCCESS" else "FAIL", "CREATE CONSTRAINT IF NOT EXISTS again", f"{n} {m}")
    if n != "SUCCESS":
        rs_reset(c)

    n, m = rs_run(c, Q_ACTORS, {"rows": ACTORS})
    check("auto-commit UNWIND MERGE :Actor SET", n == "SUCCESS", f"{n} {m}")
    got = count(c, "MATCH (a:Actor) RETURN count(a) AS n")
    check("MATCH (a:Actor) RETURN count(a) after actors", got == [[3]], got)
    got = count(c, "MATCH (a:Actor {id: 'a1'}) RETURN a.name, a.name_ar")
    check("Arabic property round trip", got == [["Ministry of Health", "وزارة الصحة"]], got)
    got = count(c, "MATCH (a:Actor {id: 'a3'}) RETURN a.name_ar IS NULL AS isnull, keys(a) AS k")
    report("info", "SET a.name_ar = null on a new node", got)

    # explicit transaction: BEGIN {db}; RUN; DISCARD; COMMIT
    n, m, _ = c.request(bw.BEGIN, {"db": DB})
    check("BEGIN {db}", n == "SUCCESS", f"{n} {m}")
    n, m = rs_run(c, Q_EDGES, {"rows": EDGES})
    check("in-tx UNWIND MATCH MATCH MERGE -[:CALLS {key}]-> SET", n == "SUCCESS", f"{n} {m}")
    n, m, _ = c.request(bw.COMMIT)
    check("COMMIT", n == "SUCCESS", f"{n} {m}")
    got = count(c, "MATCH ()-[r]->() RETURN type(r) AS t, count(r) AS n")
    check("MATCH ()-[r]->() RETURN type(r), count(r)", got == [["CALLS", 3]], got)
    got = count(c, "MATCH (:Actor {id:'a1'})-[r:CALLS {key:'a1|a3'}]->(:Actor {id:'a3'}) "
                   "RETURN r.count, r.first_seen")
    check("edge properties (int64 count, string first_seen)", got == [[9_000_000_000, "2023-12-31"]], got)

    # idempotency: the same push twice changes nothing
    rs_run(c, Q_ACTORS, {"rows": ACTORS})
    rs_run(c, Q_EDGES, {"rows": EDGES})
    got = [count(c, "MATCH (a:Actor) RETURN count(a)"), count(c, "MATCH ()-[r:CALLS]->() RETURN count(r)")]
    check("re-running both MERGE batches is idempotent", got == [[[3]], [[3]]], got)

    # labels
    n, m = rs_run(c, "MATCH (a:Actor {id: $id}) SET a:State", {"id": "a1"})
    check("SET a:State on existing node", n == "SUCCESS", f"{n} {m}")
    got = count(c, "MATCH (a:State) RETURN a.id, labels(a)")
    check("MATCH (a:State) after SET a:State", bool(got) and isinstance(got, list) and got[0][0] == "a1", got)
    got = count(c, "MATCH (a:Actor) RETURN count(a)")
    check("node with added label still matches :Actor", got == [[3]], got)
    n, m = rs_run(c, "UNWIND $rows AS row MATCH (a:Actor {id: row.id}) SET a:State", {"rows": [{"id": "a2"}]})
    got = count(c, "MATCH (a:State) RETURN count(a)")
    check("UNWIND ... SET a:State (batched)", n == "SUCCESS" and got == [[2]], f"{n} {m} {got}")

    # rollback
    n, m, _ = c.request(bw.BEGIN, {"db": DB})
    rs_run(c, "CREATE (:Actor {id: 'tmp'})")
    n2, m2, _ = c.request(bw.ROLLBACK)
    got = count(c, "MATCH (a:Actor) RETURN count(a)")
    check("BEGIN; CREATE; ROLLBACK leaves no node", n == n2 == "SUCCESS" and got == [[3]], f"{n} {n2} {got}")

    # uniqueness constraint enforced?
    n, m = rs_run(c, "CREATE (:Actor {id: 'a1'})")
    report("info", "CREATE duplicate :Actor {id:'a1'} (constraint enforced?)", f"{n} {m}")
    if n != "SUCCESS":
        rn, rm = rs_reset(c)
        check("RESET after FAILURE", rn == "SUCCESS", f"{rn} {rm}")
    else:
        rs_run(c, "MATCH (a:Actor {id: 'a1'}) WITH a SKIP 1 DETACH DELETE a")

    # failure -> IGNORED until RESET (neo4rs resets pooled connections on recycle)
    n, m = rs_run(c, "THIS IS NOT CYPHER")
    report("info", "syntax error", f"{n} {m}")
    n2, m2, _ = c.request(bw.RUN, "RETURN 1", {}, {"db": DB})
    report("info", "next message after a FAILURE (before RESET)", f"{n2} {m2}")
    rn, rm = rs_reset(c)
    check("RESET", rn == "SUCCESS", f"{rn} {rm}")
    got = count(c, "RETURN 1")
    check("connection usable after RESET", got == [[1]], got)

    # paging: neo4rs pulls fetch_size (200) at a time
    n, m, rows, pulls = rs_execute(c, "UNWIND range(1, 450) AS i RETURN i")
    check("PULL {n:200} paging over 450 rows", n == "SUCCESS" and len(rows) == 450,
          f"{n} rows={len(rows)} pulls={pulls} last={m}")

    # parameter types
    params = {"i": -(2 ** 40), "f": 1.5, "b": True, "z": None, "l": [1, "x"], "m": {"k": "v"}, "s": "ع" * 300}
    n, m, rows, _ = rs_execute(c, "RETURN $i, $f, $b, $z, $l, $m, size($s)", params)
    check("parameter types round trip", n == "SUCCESS" and rows == [[-(2 ** 40), 1.5, True, None, [1, "x"], {"k": "v"}, 300]],
          f"{n} {rows or m}")

    # a large batch (chunked message > 64 KiB)
    big = [{"id": f"big{i}", "name": f"actor {i}", "name_ar": "اسم"} for i in range(3000)]
    t0 = time.monotonic()
    n, m = rs_run(c, Q_ACTORS, {"rows": big})
    dt = time.monotonic() - t0
    got = count(c, "MATCH (a:Actor) RETURN count(a)")
    check("UNWIND batch of 3000 rows (multi-chunk message)", n == "SUCCESS" and got == [[3003]],
          f"{n} in {dt:.2f}s, count {got}")
    t0 = time.monotonic()
    n, m = rs_run(c, Q_ACTORS, {"rows": big})
    report("info", "same 3000-row MERGE again (all matches, with unique index)", f"{n} in {time.monotonic() - t0:.2f}s")
    n, m = rs_run(c, "MATCH (a:Actor) WHERE a.id STARTS WITH 'big' DETACH DELETE a")
    check("cleanup DETACH DELETE", n == "SUCCESS", f"{n} {m}")

    # database selection
    got = count_on(c, "MATCH (a:Actor) RETURN count(a)", "neo4j")
    report("info", "db 'neo4j' (neo4rs default when .db() is not set): MATCH (a:Actor) RETURN count(a)", got)
    if not isinstance(got, list):
        rs_reset(c)
    n, m = rs_run(c, "RETURN 1", db="nosuchdb")
    report("info", "RUN with db 'nosuchdb'", f"{n} {m}")
    if n != "SUCCESS":
        rs_reset(c)
    n1, m1, _ = c.request(bw.RUN, "MATCH (a:Actor) RETURN count(a)", {}, {})
    n2, m2, recs = c.request(bw.PULL, {"n": -1})
    report("info", "RUN without db in extra", f"{n1} {m1} / {n2} {recs or m2}")
    if "FAILURE" in (n1, n2):
        rs_reset(c)
    c.close()
    c, _ = neo4rs_session(host, port, user, pw)
    n1, m1, _ = c.request(bw.RUN, "MATCH (a:Actor) RETURN count(a)", {}, {})
    n2, m2, recs = c.request(bw.PULL, {"n": -1})
    report("info", "RUN without db in extra, fresh connection", f"{n1} {m1} / {n2} {recs or m2}")
    c.close()

    # several statements in one transaction, 3000 edges, timing
    c, _ = neo4rs_session(host, port, user, pw)
    nodes = [{"id": f"n{i}", "name": f"actor {i}", "name_ar": "اسم"} for i in range(3000)]
    edges = [{"s": f"n{i}", "t": f"n{(i * 7 + 1) % 3000}", "key": f"k{i}", "count": i, "first": "2024-01-01"}
             for i in range(3000)]
    t0 = time.monotonic()
    r = [c.request(bw.BEGIN, {"db": DB})[0], rs_run(c, Q_ACTORS, {"rows": nodes})[0]]
    t1 = time.monotonic()
    r.append(rs_run(c, Q_EDGES, {"rows": edges})[0])
    t2 = time.monotonic()
    r.append(c.request(bw.COMMIT)[0])
    t3 = time.monotonic()
    got = [count(c, "MATCH (a:Actor) RETURN count(a)"), count(c, "MATCH ()-[r:CALLS]->() RETURN count(r)")]
    check("one tx: 3000 actors + 3000 edges, then COMMIT", r == ["SUCCESS"] * 4 and got == [[[3003]], [[3003]]],
          f"{r} nodes {t1 - t0:.2f}s, edges {t2 - t1:.2f}s, commit {t3 - t2:.2f}s; counts {got}")
    t0 = time.monotonic()
    n, m = rs_run(c, "MATCH (a:Actor) WHERE a.id STARTS WITH 'n' DETACH DELETE a")
    check("cleanup 3000 nodes + edges", n == "SUCCESS", f"{n} in {time.monotonic() - t0:.2f}s")
    # MERGE on a label without a unique index: how slow?
    t0 = time.monotonic()
    n, m = rs_run(c, "UNWIND $rows AS row MERGE (a:NoIndex {id: row.id}) SET a.name = row.name",
                  {"rows": nodes[:1000]})
    t1 = time.monotonic()
    n2, m2 = rs_run(c, "UNWIND $rows AS row MERGE (a:NoIndex {id: row.id}) SET a.name = row.name",
                    {"rows": nodes[:1000]})
    report("info", "MERGE 1000 on a label WITHOUT unique constraint (create, then re-merge)",
           f"{n} {t1 - t0:.2f}s, {n2} {time.monotonic() - t1:.2f}s")
    rs_run(c, "MATCH (a:NoIndex) DELETE a")
    c.close()

    # two connections writing the same node concurrently (neo4rs pools up to 16 connections)
    a, _ = neo4rs_session(host, port, user, pw)
    b, _ = neo4rs_session(host, port, user, pw)
    ra = [a.request(bw.BEGIN, {"db": DB})[0], rs_run(a, "MATCH (x:Actor {id:'a1'}) SET x.name = 'A'")[0]]
    rb = [b.request(bw.BEGIN, {"db": DB})[0], rs_run(b, "MATCH (x:Actor {id:'a1'}) SET x.name = 'B'")]
    ca = a.request(bw.COMMIT)[:2]
    cb = b.request(bw.COMMIT)[:2]
    got = count(a, "MATCH (x:Actor {id:'a1'}) RETURN x.name")
    report("info", "two concurrent txs updating one node", f"A {ra} commit {ca}; B {rb} commit {cb}; final {got}")
    rs_run(a, "MATCH (x:Actor {id:'a1'}) SET x.name = 'Ministry of Health'")
    a.close()
    b.close()

    # wrong password, neo4rs style
    c2, info = bw.connect_like_neo4rs_08(host, port, user, pw + "x")
    check("neo4rs-style HELLO with wrong password fails", c2 is None, info)
    c3, info = bw.connect_like_neo4rs_08(host, port, "nosuchuser", pw)
    report("info", "neo4rs-style HELLO with unknown user", info)
    # neo4j:// scheme: neo4rs sends a routing context in HELLO for 4.1+ only; we agree 4.0 anyway
    c4, info = bw.connect_like_neo4rs_08(host, port, user, pw, routing={"address": f"{host}:{port}"})
    report("info", "HELLO with routing context", info)
    if c4:
        c4.close()


# ------------------------------------------------------------------ official driver checks
def driver_checks(uri, user, pw):
    import neo4j
    from neo4j.exceptions import Neo4jError, DriverError

    report("info", "neo4j python driver", neo4j.__version__)
    with neo4j.GraphDatabase.driver(uri, auth=(user, pw), warn_notification_severity="OFF") as d:
        d.verify_connectivity()
        si = d.get_server_info()
        report("info", "driver negotiated", f"Bolt {si.protocol_version[0]}.{si.protocol_version[1]}, agent {si.agent}")
        with d.session(database=DB) as s:
            s.run(Q_ACTORS, rows=[{"id": "d1", "name": "driver", "name_ar": "سائق"}]).consume()
            n = s.run("MATCH (a:Actor) RETURN count(a) AS n").single()["n"]
            check("driver auto-commit MERGE + count", n == 4, n)
            rows = s.run("MATCH ()-[r]->() RETURN type(r) AS t, count(r) AS n").data()
            check("driver type(r)/count(r)", rows == [{"t": "CALLS", "n": 3}], rows)

            def work(tx):
                tx.run(Q_EDGES, rows=[{"s": "d1", "t": "a1", "key": "d1|a1", "count": 2, "first": "2025-01-01"}]).consume()
            s.execute_write(work)
            n = s.run("MATCH ()-[r:CALLS]->() RETURN count(r) AS n").single()["n"]
            check("driver managed write transaction (BEGIN/COMMIT)", n == 4, n)
            tx = s.begin_transaction()
            tx.run("CREATE (:Actor {id: 'rolledback'})").consume()
            tx.rollback()
            n = s.run("MATCH (a:Actor {id: 'rolledback'}) RETURN count(a) AS n").single()["n"]
            check("driver explicit transaction rollback", n == 0, n)
            s.run("MATCH (a:Actor {id: 'd1'}) DETACH DELETE a").consume()
    # wrong password
    try:
        with neo4j.GraphDatabase.driver(uri, auth=(user, pw + "x")) as d:
            d.verify_connectivity()
        check("driver wrong password rejected", False, "connected!")
    except Neo4jError as e:
        check("driver wrong password rejected", True, f"{type(e).__name__} code={e.code} message={e.message!r}")
    except DriverError as e:
        check("driver wrong password rejected", True, f"{type(e).__name__}: {e}")
    # closed port
    with socket.socket() as sk:
        sk.bind(("127.0.0.1", 0))
        closed = sk.getsockname()[1]
    try:
        with neo4j.GraphDatabase.driver(f"bolt://127.0.0.1:{closed}", auth=(user, pw), connection_timeout=3) as d:
            d.verify_connectivity()
        check("driver closed port fails", False, "connected!")
    except (DriverError, OSError) as e:
        check("driver closed port fails", True, f"{type(e).__name__}: {e}")
    # raw: closed port
    try:
        bw.handshake("127.0.0.1", closed, [(4, 1), (4, 0)])
        report("FAIL", "raw connect to closed port", "connected!")
    except OSError as e:
        report("ok", "raw connect to closed port", f"{type(e).__name__}: {e}")


def main():
    global DB
    ap = argparse.ArgumentParser()
    ap.add_argument("--uri")
    ap.add_argument("--user", default="root")
    ap.add_argument("--password", default=os.environ.get("ARCADEDB_ROOT_PASSWORD", "actorgraph-test"))
    ap.add_argument("--db", default="actorgraph")
    ap.add_argument("--json", help="also write the results here as JSON")
    args = ap.parse_args()
    DB = args.db
    proc = None
    uri = args.uri
    if not uri:
        proc, uri = start_server(args.db, args.password)
    try:
        hostport = uri.split("://", 1)[1].rstrip("/")
        host, port = hostport.rsplit(":", 1)
        port = int(port)
        probe_versions(host, port, args.user, args.password)
        neo4rs_flow(host, port, args.user, args.password)
        driver_checks(uri, args.user, args.password)
    finally:
        if proc:
            stop_server(proc)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(RESULTS, f, indent=1, ensure_ascii=False, default=str)
    failed = sum(r["status"] == "FAIL" for r in RESULTS)
    passed = sum(r["status"] == "ok" for r in RESULTS)
    print(f"probe: {passed} passed, {failed} failed")
    return 1 if failed else 0


DB = "actorgraph"
if __name__ == "__main__":
    sys.exit(main())
