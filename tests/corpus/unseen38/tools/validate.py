#!/usr/bin/env python3
"""Check the unseen38 articles and gold files (see README, "Checks run on the gold")."""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TITLES = {"President", "Vice President", "Prime Minister", "Premier", "Deputy Prime Minister",
          "Foreign Minister", "Minister", "King", "Crown Prince", "Emir", "Sultan", "Chancellor",
          "Secretary-General", "Speaker", "Ambassador"}
# ISO 3166-1 alpha-2 codes used in this set, checked by hand against the standard
ISO = {"AE", "CN", "DZ", "EG", "ES", "GB", "GQ", "GW", "IL", "IN", "JO", "KW", "KZ", "LT", "LV",
       "MA", "ML", "MV", "OM", "PL", "PS", "QA", "RU", "SA", "SO", "TR", "US", "ZA"}
TYPES = {"Person", "Country", "Place", "Initiative", "Organization", "Event"}
DIACRITICS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")


def norm(s):
    s = DIACRITICS.sub("", s)
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    return " ".join(s.casefold().split())


def main():
    errors = []
    counts = {"entities": 0, "meetings": 0, "offices": 0, "relations": 0}
    for art in sorted((ROOT / "articles").glob("*.txt")):
        name = art.stem
        text = art.read_text(encoding="utf-8")
        head, _, body = text.partition("\n\n")
        keys = [l.split(":", 1)[0] for l in head.splitlines()]
        if keys != ["source", "date", "lang", "note"]:
            errors.append(f"{name}: header keys {keys}")
        words = len(body.split())
        if not 120 <= words <= 250:
            errors.append(f"{name}: body has {words} words")
        g = json.loads((ROOT / "gold" / (name + ".gold.json")).read_text(encoding="utf-8"))
        if set(g) != {"document", "entities", "meetings", "offices", "relations"}:
            errors.append(f"{name}: top-level fields {sorted(g)}")
        if set(g["document"]) != {"file", "lang", "date", "place"} or g["document"]["file"] != name + ".txt":
            errors.append(f"{name}: document block")
        lang = name.split("_")[1]
        ents = g["entities"]
        persons, places = set(), set()
        allnames = set()
        nb = norm(body)
        for e in ents:
            if e["type"] not in TYPES:
                errors.append(f"{name}: type {e['type']}")
            if e["type"] == "Country":
                if e.get("iso") not in ISO:
                    errors.append(f"{name}: iso {e.get('iso')}")
            if e["type"] == "Place" and e.get("country") not in ISO:
                errors.append(f"{name}: place country {e}")
            en = e["name"]["en"]
            allnames.add(en)
            if e["type"] == "Country":
                allnames.add(e["iso"])
            if e["type"] == "Person":
                persons.add(en)
            if e["type"] == "Place":
                places.add(en)
            forms = [e["name"].get("ar"), *e.get("aliases", [])] if lang == "ar" else [en, *e.get("aliases", [])]
            forms = [f for f in forms if f]
            if lang == "ar":
                if "ar" not in e["name"]:
                    errors.append(f"{name}: no Arabic name for {en}")
                arabic = [f for f in forms if re.search("[\u0600-\u06FF]", f)]
                missing = [f for f in arabic if norm(f) not in nb]
                if e["type"] != "Country" and missing:
                    errors.append(f"{name}: Arabic forms not in body for {en}: {missing}")
                if e["type"] == "Country" and not any(norm(f) in nb for f in arabic):
                    errors.append(f"{name}: no surface form for country {en}")
                if e["type"] == "Country" and [f for f in e.get("aliases", []) if norm(f) not in nb]:
                    errors.append(f"{name}: country alias not in body for {en}")
            else:
                if "ar" in e["name"] or any(re.search("[\u0600-\u06FF]", f) for f in forms):
                    errors.append(f"{name}: Arabic in English file for {en}")
                if not any(f in body for f in forms):
                    errors.append(f"{name}: no surface form for {en}")
                bad = [f for f in e.get("aliases", []) if f not in body]
                if bad:
                    errors.append(f"{name}: aliases not in body for {en}: {bad}")
        for m in g["meetings"]:
            for p in m["participants"]:
                if p not in persons:
                    errors.append(f"{name}: participant {p} not a Person")
            if m["place"] is not None and m["place"] not in places:
                errors.append(f"{name}: meeting place {m['place']} not a Place")
            if m["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", m["date"]):
                errors.append(f"{name}: date {m['date']}")
        if g["document"]["place"] is not None and g["document"]["place"] not in places:
            errors.append(f"{name}: document place not a Place")
        for o in g["offices"]:
            if o["person"] not in persons:
                errors.append(f"{name}: office holder {o['person']} not a Person")
            if o["title"] not in TITLES:
                errors.append(f"{name}: title {o['title']}")
            if o["country"] not in ISO:
                errors.append(f"{name}: office country {o['country']}")
        for r in g["relations"]:
            if r["from"] not in allnames or r["to"] not in allnames:
                errors.append(f"{name}: relation end not an entity {r}")
        for k in counts:
            counts[k] += len(g[k])
    print(counts)
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
