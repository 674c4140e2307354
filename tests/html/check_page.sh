#!/usr/bin/env bash
# Opens the HTML export of the bundled samples in headless Chromium: takes
# a screenshot (kept as target/html-check/page.png for a person to look at)
# and checks the rendered DOM has the inline diagram, its edge links and
# the table rows they point to, with Arabic evidence.
# Usage: tests/html/check_page.sh path/to/actorgraph
set -euo pipefail
bin="$1"
browser="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$browser" ] || { echo "chromium is not installed (apt-get install chromium)" >&2; exit 1; }
out="target/html-check"
rm -rf "$out" && mkdir -p "$out"
"$bin" build docs/samples --store "$out/g.store" --quiet 2>/dev/null
"$bin" export --store "$out/g.store" --format html --out "$out" >/dev/null
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$(mktemp -d)" --hide-scrollbars)
page="file://$(pwd)/$out/graph.html"
"$browser" "${flags[@]}" --window-size=1400,1600 --screenshot="$out/page.png" "$page" 2>/dev/null
"$browser" "${flags[@]}" --dump-dom "$page" 2>/dev/null > "$out/dom.html"
python3 - "$out" <<'PY'
import re, struct, sys
out = sys.argv[1]
png = open(f"{out}/page.png", "rb").read()
assert png[:8] == b"\x89PNG\r\n\x1a\n", "screenshot is not a PNG"
w, h = struct.unpack(">II", png[16:24])
assert (w, h) == (1400, 1600) and len(png) > 50_000, f"screenshot {w}x{h}, {len(png)} bytes: blank?"
dom = open(f"{out}/dom.html", encoding="utf-8").read()
links = set(re.findall(r'href="#(edge-\d+)"', dom))
rows = set(re.findall(r'<tr id="(edge-\d+)"', dom))
assert "<svg" in dom and links and links <= rows, f"{len(links)} edge links, {len(rows)} rows"
assert "سيجريان اتصالا هاتفيا" in dom, "Arabic evidence in the table"
print(f"ok   html page: {len(rows)} rows, {len(links)} linked edges, screenshot {w}x{h} ({len(png)} bytes)")
PY
