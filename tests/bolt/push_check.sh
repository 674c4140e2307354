#!/usr/bin/env bash
# Pushes the bundled samples' store over Bolt into a real server (ArcadeDB
# with its Bolt plugin, see README.md) twice, and checks node and
# relationship counts, types, a path and a count property against the CSV
# export of the same store, that the second push duplicates nothing, and
# the errors for wrong credentials and an unreachable server.
# Usage: tests/bolt/push_check.sh path/to/actorgraph [VENV]
set -euo pipefail
bin="$1"
. "$(dirname "$0")/start.sh" "${2:-target/bolt-venv}"

"$bin" build docs/samples --store "$work/g.store" --quiet 2>/dev/null
"$bin" export --store "$work/g.store" --format csv --out "$work/csv" >/dev/null
q() { "$py" "$here/query.py" "$uri" root "$AG_BOLT_PW" "$db" "$1"; }
counts() {
    q 'MATCH (a:Actor) RETURN count(a) AS n'
    q 'MATCH (d:Document) RETURN count(d) AS n'
    q 'MATCH (e:Event) RETURN count(e) AS n'
    q 'MATCH (:Actor)-[r]->(:Actor) RETURN type(r) AS t, count(r) AS n ORDER BY t'
    q 'MATCH (:Event)-[r]->() RETURN type(r) AS t, count(r) AS n ORDER BY t'
}
for round in 1 2; do
    "$bin" push --store "$work/g.store" --uri "$uri" --user root --password-env AG_BOLT_PW --database "$db" 2>"$work/push.err" \
        || { cat "$work/push.err" >&2; echo "FAIL push $round" >&2; exit 1; }
    counts > "$work/counts.$round"
done
cmp -s "$work/counts.1" "$work/counts.2" || { diff "$work/counts.1" "$work/counts.2"; echo "FAIL the second push changed the graph" >&2; exit 1; }
"$py" - "$work" <<'PY'
import csv, json, sys, collections
work = sys.argv[1]
rows = lambda f: list(csv.DictReader(open(f"{work}/csv/{f}", newline="", encoding="utf-8")))
got = [json.loads(l) for l in open(f"{work}/counts.2")]
actors, docs, events = (got[i]["n"] for i in range(3))
rel = {r["t"]: r["n"] for r in got if "t" in r and r["t"] not in ("SOURCE", "TARGET", "IN_DOCUMENT")}
links = {r["t"]: r["n"] for r in got if r.get("t") in ("SOURCE", "TARGET", "IN_DOCUMENT")}
want_rel = collections.Counter(r[":TYPE"] for r in rows("relations.csv"))
assert actors == len(rows("actors.csv")), (actors, len(rows("actors.csv")))
assert docs == len(rows("documents.csv")), docs
assert events == len(rows("events.csv")), events
assert rel == dict(want_rel), (rel, want_rel)
# Only sides that name an actor are linked; every event is in a document.
assert links == {"SOURCE": len(rows("event_source.csv")), "TARGET": len(rows("event_target.csv")), "IN_DOCUMENT": events}, links
assert len(rows("event_source.csv")) < events or len(rows("event_target.csv")) < events, "the samples have events without a named side"

print(f"ok   pushed twice: {actors} actors, {docs} documents, {events} events, {sum(rel.values())} relations of {len(rel)} types, nothing duplicated")
PY
# A path, and counts replaced rather than added: the planned Turkey–Russia calls.
want=$(python3 -c "import csv,sys; print([r['count:int'] for r in csv.DictReader(open(sys.argv[1])) if r['key']=='RUS|calls|TUR|planned'][0])" "$work/csv/relations.csv")
got=$(q "MATCH (:Actor {id: 'RUS'})-[r:CALLS {mood: 'planned'}]-(:Actor {id: 'TUR'}) RETURN r.count AS n" | python3 -c "import json,sys; print(json.loads(sys.stdin.readline())['n'])")
[ "$got" = "$want" ] || { echo "FAIL RUS–TUR planned calls count $got, want $want" >&2; exit 1; }
q "MATCH (s:Actor {id: 'SYR'})<-[:SOURCE]-(e:Event {relation: 'attacks'})-[:TARGET]->(t:Actor {id: 'TUR'}) RETURN e.evidence AS ev" | grep -q 'جنودنا' \
    || { echo "FAIL the sentence behind Syria attacks Turkey" >&2; exit 1; }
echo "ok   path SYR<-SOURCE-Event-TARGET->TUR with its sentence; planned calls count $got after two pushes"

# Errors: wrong credentials, unreachable server.
export AG_BAD_PW="wrong-password"
if "$bin" push --store "$work/g.store" --uri "$uri" --user root --password-env AG_BAD_PW --database "$db" 2>"$work/err"; then
    echo "FAIL a wrong password was accepted" >&2; exit 1
fi
grep -q "refused the credentials" "$work/err" || { cat "$work/err"; echo "FAIL wrong-password message" >&2; exit 1; }
port=$("$py" -c "import socket; s=socket.socket(); s.bind(('127.0.0.1',0)); print(s.getsockname()[1])")
if "$bin" push --store "$work/g.store" --uri "bolt://127.0.0.1:$port" --user root --password-env AG_BOLT_PW 2>"$work/err"; then
    echo "FAIL pushing to a closed port succeeded" >&2; exit 1
fi
grep -q "cannot reach" "$work/err" || { cat "$work/err"; echo "FAIL unreachable-server message" >&2; exit 1; }
echo "ok   clear errors: $(head -c 120 "$work/err")"
