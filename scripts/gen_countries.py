#!/usr/bin/env python3
"""Generate the state rows of actorgraph's lexicons from CLDR (via babel).

Writes, relative to the repository root:
  lexicons/actors/states.tsv           id  type  name_en  name_ar
  lexicons/names/states.generated.tsv  id  lang  form  role  from  until

Covers the 193 UN member states, the two UN observer states (Palestine PSE,
Holy See VAT) and a few commonly reported entities (Kosovo XKX, Taiwan TWN,
Western Sahara ESH, Hong Kong HKG). Ids are ISO 3166-1 alpha-3, derived from
CLDR's territory aliases (the ISO alpha-3 codes CLDR lists as "overlong"
aliases of its 2-letter codes); Kosovo, which has no ISO code, gets the
customary user-assigned XKX.

Usage (from anywhere):
  python3 -m venv .venv-scripts && .venv-scripts/bin/pip install babel
  .venv-scripts/bin/python scripts/gen_countries.py

Output is deterministic (sorted); on success the script prints one summary
line. Hand-curated forms (capitals, adjectives, demonyms, spelling variants)
live in lexicons/names/states.curated.tsv and are not touched here.
"""

import os
import sys

import babel
from babel import Locale
from babel.core import get_global

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The 193 UN member states, as CLDR / ISO 3166-1 alpha-2 codes.
UN_MEMBERS = """
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG
BF BI CV KH CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ KP DK DJ DM DO EC
EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN
ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY
MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM
PK PW PA PG PY PE PH PL PT QA KR RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG
SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA
AE GB US UY UZ VU VE VN YE ZM ZW
""".split()
UN_OBSERVERS = ["PS", "VA"]
OTHER_ENTITIES = ["XK", "TW", "EH", "HK"]

# ISO alpha-3 overrides: Kosovo has no ISO code (CLDR aliases XKK); XKX is the
# user-assigned code used by the EU, the World Bank and most datasets.
ALPHA3_OVERRIDES = {"XK": "XKX"}
# Withdrawn alpha-3 codes that CLDR still lists as aliases of a current code.
WITHDRAWN_ALPHA3 = {"BUR", "ZAR", "DDR", "FXX", "TMP", "YMD"}

# CLDR's alt="short" / alt="variant" territory names. babel's CLDR importer
# drops alt forms, so they are transcribed here from CLDR 48.2
# (cldr-json, cldr-localenames-full/main/{en,ar}/territories.json), for the
# territories this script covers.
CLDR_ALT = {
    "en": {
        "BA": {"short": "Bosnia"},
        "CD": {"variant": "Congo (DRC)"},
        "CG": {"variant": "Congo (Republic)"},
        "CI": {"variant": "Ivory Coast"},
        "CV": {"variant": "Cabo Verde"},
        "CZ": {"variant": "Czech Republic"},
        "GB": {"short": "UK"},
        "HK": {"short": "Hong Kong"},
        "MM": {"short": "Myanmar"},
        "NZ": {"variant": "Aotearoa New Zealand"},
        "PS": {"short": "Palestine"},
        "SZ": {"variant": "Swaziland"},
        "TL": {"variant": "East Timor"},
        "TR": {"variant": "Turkey"},
        "US": {"short": "US"},
    },
    "ar": {
        "CD": {"variant": "جمهورية الكونغو الديمقراطية"},
        "CG": {"variant": "جمهورية الكونغو"},
        "CI": {"variant": "كوت ديفوار"},
        "CZ": {"variant": "جمهورية التشيك"},
        "HK": {"short": "هونغ كونغ"},
        "PS": {"short": "فلسطين"},
        "SZ": {"variant": "سوازيلاند"},
        "TL": {"variant": "تيمور الشرقية"},
    },
}

# Display names (actors table): use these alt forms instead of CLDR's default
# where the default is a disambiguation label rather than a name.
DISPLAY_ALT = {
    "en": {"CD": "variant", "CG": "variant", "HK": "short", "MM": "short",
           "PS": "short"},
    "ar": {"CD": "variant", "CG": "variant", "HK": "short", "PS": "short",
           "TL": "variant"},
}

# CLDR names that must not become match forms: they are common words.
# (They stay as display names.) Curated replacements are in
# states.curated.tsv.
EXCLUDED_FORMS = {
    ("ar", "مالي"),  # Mali; also 'financial' (مالي)
    ("ar", "بنين"),  # Benin; also 'sons' (بنين)
    ("ar", "عُمان"),  # Oman; same letters as Amman (عمّان) once diacritics go
}


def alpha3_table():
    aliases = get_global("territory_aliases")
    table = {}
    for code, targets in aliases.items():
        if len(code) == 3 and code.isalpha() and len(targets) == 1:
            if code in WITHDRAWN_ALPHA3:
                continue
            a2 = targets[0]
            if a2 in table:
                raise SystemExit(f"ambiguous alpha-3 for {a2}: {table[a2]} {code}")
            table[a2] = code
    table.update(ALPHA3_OVERRIDES)
    return table


def match_forms(name):
    """Surface forms for matching derived from one CLDR name.

    CLDR names carrying disambiguation labels ("Congo - Kinshasa",
    "Myanmar (Burma)") do not occur in running text and are skipped (their
    usable parts are covered by alt forms or curated rows). '&' is also
    spelled 'and', and 'St.' also 'Saint', as news text writes them.
    """
    if "(" in name or " - " in name:
        return []
    forms = {name}
    spelled = name.replace("&", "and")
    forms.add(spelled)
    if spelled.startswith("St. "):
        forms.add("Saint " + spelled[4:])
    return sorted(forms)


def main():
    codes = UN_MEMBERS + UN_OBSERVERS + OTHER_ENTITIES
    assert len(UN_MEMBERS) == 193 and len(set(UN_MEMBERS)) == 193, len(UN_MEMBERS)
    assert len(set(codes)) == len(codes)
    a3 = alpha3_table()
    names = {lang: Locale(lang).territories for lang in ("en", "ar")}

    actors = []
    forms = set()
    for a2 in codes:
        iso3 = a3[a2]
        display = {}
        for lang in ("en", "ar"):
            main = names[lang][a2]
            alts = CLDR_ALT[lang].get(a2, {})
            pick = DISPLAY_ALT[lang].get(a2)
            display[lang] = alts[pick] if pick else main.split(" (")[0]
            for variant in [main] + [alts[k] for k in sorted(alts)]:
                for form in match_forms(variant):
                    if (lang, form) not in EXCLUDED_FORMS:
                        forms.add((iso3, lang, form))
        actors.append((iso3, "state", display["en"], display["ar"]))

    actors.sort()
    cldr = get_global("cldr").get("version", "?")
    source = (f"# source: Unicode CLDR {cldr} territory names via babel "
              f"{babel.__version__} (alt short/variant forms from CLDR 48.2); "
              "generated by scripts/gen_countries.py, do not edit\n")

    path = os.path.join(ROOT, "lexicons", "actors", "states.tsv")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(source)
        f.write("id\ttype\tname_en\tname_ar\n")
        for row in actors:
            f.write("\t".join(row) + "\n")

    rows = sorted(forms, key=lambda r: (r[0], r[1] != "en", r[2]))
    path = os.path.join(ROOT, "lexicons", "names", "states.generated.tsv")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(source)
        f.write("id\tlang\tform\trole\tfrom\tuntil\n")
        for iso3, lang, form in rows:
            f.write(f"{iso3}\t{lang}\t{form}\t\t\t\n")

    print(f"gen_countries: {len(actors)} states, {len(rows)} names "
          f"(CLDR {cldr}, babel {babel.__version__})")


if __name__ == "__main__":
    sys.exit(main())
