#!/usr/bin/env bash
# Loads actorgraph's Neo4j CSV exports into a real Cypher engine (ArcadeDB,
# embedded) and checks counts, paths, names byte for byte, and that a second
# load duplicates nothing. Runs on:
#   1. the hand-written adversarial fixture (names with commas, quotes, newlines);
#   2. the export of the bundled samples, made by the binary given as $1;
#   3. an export made from a user lexicon with hostile names.
# Usage: tests/cypher/check_exports.sh path/to/actorgraph [VENV_DIR]
set -euo pipefail
bin="$1"
venv="${2:-target/cypher-venv}"
here="$(cd "$(dirname "$0")" && pwd)"
sh "$here/setup.sh" "$venv" >/dev/null
py="$venv/bin/python"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Expectations derived from the CSV files themselves (row counts, names),
# plus the paths the samples must contain (issue #2).
expect() { # DIR NAMES_IDS... -> DIR/expect.json
    "$py" - "$@" <<'PY'
import csv, json, sys
d, ids, paths = sys.argv[1], sys.argv[2].split(","), [p.split(":") for p in sys.argv[3].split(",") if p]
rows = lambda f: list(csv.DictReader(open(f"{d}/{f}", newline="", encoding="utf-8")))
actors = rows("actors.csv")
names = {a["id:ID(Actor)"]: a["name"] for a in actors if a["id:ID(Actor)"] in ids}
assert len(names) == len(ids), f"actors {ids} not all exported"
json.dump({"actors": len(actors), "relations": len(rows("relations.csv")), "documents": len(rows("documents.csv")),
           "events": len(rows("events.csv")), "event_source": len(rows("event_source.csv")),
           "event_target": len(rows("event_target.csv")), "paths": paths, "names": names}, open(f"{d}/expect.json", "w"), ensure_ascii=False)
PY
}

echo "== fixture"
"$py" "$here/load_check.py" "$here/fixture" "$here/fixture.expect.json" --loads 2

echo "== bundled samples"
"$bin" build docs/samples --out "$work/samples" --no-render --quiet 2>/dev/null
expect "$work/samples" "TUR,RUS,SYR,MNE" "TUR:CALLS:RUS,TUR:MEETS:MNE,TUR:DEMANDS:RUS,TUR:DEMANDS:IRN,SYR:ATTACKS:TUR"
"$py" "$here/load_check.py" "$work/samples" "$work/samples/expect.json" --loads 2

echo "== hostile names"
printf 'id\ttype\tname_en\tname_ar\nEVIL_A\tstate\tEvil, "Quoted" \\\\ Land\tأرض "الشر"، هنا\nEVIL_B\tgroup\tX}) DETACH DELETE n //\t`backtick`\n' > "$work/evil-actors.tsv"
printf 'id\tlang\tform\trole\tfrom\tuntil\nEVIL_A\ten\tEvilland\t\t\t\nEVIL_B\ten\tBadgroup\t\t\t\n' > "$work/evil-names.tsv"
printf '%s\n' '{"id":"doc \"1\", with, commas","text":"Evilland attacked Badgroup.\nBadgroup accused Evilland.","lang":"en","title":"A \"title\",\nover two lines"}' > "$work/evil.jsonl"
"$bin" build "$work/evil.jsonl" --out "$work/evil" --no-render --quiet --lexicon "$work/evil-actors.tsv" --lexicon "$work/evil-names.tsv" 2>/dev/null
expect "$work/evil" "EVIL_A,EVIL_B" "EVIL_A:ATTACKS:EVIL_B,EVIL_B:ACCUSES:EVIL_A"
"$py" "$here/load_check.py" "$work/evil" "$work/evil/expect.json" --loads 2
