#!/usr/bin/env python3
"""Check the set-25 articles and gold files (run from tests/corpus/unseen25)."""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
TITLES = {"President", "Vice President", "Prime Minister", "Premier", "Deputy Prime Minister",
          "Foreign Minister", "Minister", "King", "Crown Prince", "Emir", "Sultan", "Chancellor",
          "Secretary-General", "Speaker", "Ambassador"}
# ISO 3166-1 alpha-2 codes (officially assigned)
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET
FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO
IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH
MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG
TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
DIAC = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
ARABIC = re.compile(r"[\u0600-\u06FF]")


def in_body(f, nbody):
    """True if the form occurs in the body, allowing the clitic lam (ال -> لل)."""
    f = norm(f)
    return f in nbody or (f.startswith("ال") and "لل" + f[2:] in nbody)


def norm(s):
    s = DIAC.sub("", s or "")
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    return " ".join(s.casefold().split())


errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


stats = {"docs": 0, "meetings": 0, "offices": 0, "relations": 0, "entities": 0}
for art in sorted((HERE / "articles").glob("*.txt")):
    name = art.stem
    text = art.read_text(encoding="utf-8")
    head, body = text.split("\n\n", 1)
    keys = [l.split(":", 1)[0] for l in head.splitlines()]
    if keys != ["source", "date", "lang", "note"]:
        err(name, f"header keys {keys}")
    hdr = dict(l.split(": ", 1) for l in head.splitlines())
    n = len(body.split())
    if not 115 <= n <= 250:
        err(name, f"body has {n} words")
    gp = HERE / "gold" / (name + ".gold.json")
    try:
        g = json.loads(gp.read_text(encoding="utf-8"))
    except Exception as e:  # noqa
        err(name, f"gold not valid JSON: {e}")
        continue
    stats["docs"] += 1
    if set(g) != {"document", "entities", "meetings", "offices", "relations"}:
        err(name, f"top-level fields {sorted(g)}")
    d = g["document"]
    if set(d) != {"file", "lang", "date", "place"} or d["file"] != name + ".txt" or d["lang"] != hdr["lang"]:
        err(name, f"document block {d}")
    if d["date"] != hdr["date"]:
        err(name, f"document date {d['date']} != header {hdr['date']}")
    ents = g["entities"]
    stats["entities"] += len(ents)
    by_type = {}
    for e in ents:
        by_type.setdefault(e["type"], set()).add(e["name"]["en"])
        if e["type"] not in {"Person", "Country", "Place", "Initiative", "Organization", "Event"}:
            err(name, f"bad type {e['type']}")
        if e["type"] == "Country" and e.get("iso") not in ISO:
            err(name, f"bad iso {e.get('iso')}")
        if e["type"] == "Place" and e.get("country") not in ISO:
            err(name, f"bad place country {e}")
    persons = by_type.get("Person", set())
    places = by_type.get("Place", set())
    allnames = {e["name"]["en"] for e in ents}
    nbody = norm(body)
    lang = hdr["lang"]
    for e in ents:
        forms = [v for v in e["name"].values() if v] + list(e.get("aliases", []))
        if lang == "ar":
            ar_forms = [f for f in forms if ARABIC.search(f)]
            if not e["name"].get("ar"):
                err(name, f"no Arabic name: {e['name']}")
            check = ar_forms if e["type"] != "Country" else []
            for f in check:
                if not in_body(f, nbody):
                    err(name, f"Arabic form not in body: {f}")
            if not any(in_body(f, nbody) for f in ar_forms):
                err(name, f"no surface form in body: {e['name']}")
        else:
            if any(ARABIC.search(f) for f in forms):
                err(name, f"Arabic in English gold: {e['name']}")
            if not any(norm(f) in nbody for f in forms):
                err(name, f"no surface form in body: {e['name']}")
    if d["place"] is not None and d["place"] not in places:
        err(name, f"document place {d['place']} not a Place")
    for m in g["meetings"]:
        stats["meetings"] += 1
        for p in m["participants"]:
            if p not in persons:
                err(name, f"participant {p} not a Person")
        if m["place"] is not None and m["place"] not in places:
            err(name, f"meeting place {m['place']} not a Place")
        if m["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", m["date"]):
            err(name, f"bad date {m['date']}")
    for o in g["offices"]:
        stats["offices"] += 1
        if o["person"] not in persons:
            err(name, f"office holder {o['person']} not a Person")
        if o["title"] not in TITLES:
            err(name, f"title {o['title']}")
        if o["country"] not in ISO:
            err(name, f"office country {o['country']}")
    for r in g["relations"]:
        stats["relations"] += 1
        for end in (r["from"], r["to"]):
            if end not in allnames:
                err(name, f"relation end {end} not an entity")
print("\n".join(errors) if errors else "all checks passed")
print(stats)
sys.exit(1 if errors else 0)
