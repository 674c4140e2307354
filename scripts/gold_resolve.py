#!/usr/bin/env python3
"""Builds eval/resolve_plover_en.jsonl, the gold list for `actorgraph eval`
of actor descriptions, from the PLOVER GSR English set.

Every actor text of a gold event that names a country becomes one record:
{"id", "lang", "task": "resolve", "text", "country", "role"}. The role is
the CAMEO sector's first three letters (JRN journalists is our MED, MOS
Muslim is REL), or null when the sector is none of actorgraph's roles.
A text that is only a state's or a place's name ("Moscow", "Egyptian")
carries no role of its own: its sector came from the sentence, so its role
is null and only its country is scored. Names are read from the bundled
lexicons' state and place tables, whole-text match, case-insensitive.

Usage: python3 scripts/gold_resolve.py ../shared/eval/plover_gsr_cameo_en.jsonl > eval/resolve_plover_en.jsonl
"""
import collections
import glob
import json
import os
import sys

ROLES = set(
    "GOV MIL REB CVL OPP LEG COP NGO REL LAB MED JUD BUS REF CRM HLH EDU IGO SPY AGR".split()
)
RENAME = {"JRN": "MED", "MOS": "REL"}

here = os.path.dirname(os.path.abspath(__file__))
names = set()
for path in glob.glob(os.path.join(here, "..", "lexicons", "names", "*.tsv")):
    if not os.path.basename(path).startswith(("states", "places")):
        continue
    for line in open(path, encoding="utf-8"):
        cells = line.rstrip("\n").split("\t")
        if len(cells) >= 3 and cells[1] == "en":
            names.add(cells[2].lower())


def bare(text):
    t = text.lower().strip()
    for lead in ("in the ", "in ", "the "):
        if t.startswith(lead):
            t = t[len(lead):]
    return t in names


seen = collections.OrderedDict()
for line in open(sys.argv[1], encoding="utf-8"):
    rec = json.loads(line)
    for ev in rec["events"]:
        for side in ("source", "target"):
            text, country = ev.get(side + "_text"), ev.get(side)
            if not text or not country:
                continue
            sector = (ev.get(side + "_sector") or "")[:3]
            role = RENAME.get(sector, sector)
            role = role if role in ROLES and not bare(text) else None
            # The first event that names a text decides its answer.
            seen.setdefault(text, (rec["id"], country, role))

for n, (text, (origin, country, role)) in enumerate(seen.items(), 1):
    print(json.dumps({"id": f"resolve-{n:03}", "lang": "en", "task": "resolve", "origin": origin,
                      "text": text, "country": country, "role": role}, ensure_ascii=False))
