#!/usr/bin/env python3
"""Checks the articles and gold files of set 37 (see README, "Checks run on the gold")."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..')
TITLES = {"President", "Vice President", "Prime Minister", "Premier", "Deputy Prime Minister",
          "Foreign Minister", "Minister", "King", "Crown Prince", "Emir", "Sultan", "Chancellor",
          "Secretary-General", "Speaker", "Ambassador"}
TYPES = {"Person", "Country", "Place", "Initiative", "Organization", "Event"}
# ISO 3166-1 alpha-2 codes used in this set (each checked by hand against the standard)
ISO = {"RU", "IR", "TR", "SY", "US", "JP", "IN", "CN", "AR", "PK", "AZ", "ID", "PH", "KR", "BR",
       "SN", "NG", "MR", "AM", "DE", "FR", "MN", "UZ", "JO", "IQ", "LB", "TM"}
DIAC = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")

def occurs(name, nbody):
    """name occurs in the normalised body, allowing the clitic lam (ل + ال -> لل)."""
    n = norm(name)
    if n in nbody:
        return True
    return n.startswith("ال") and ("ل" + n[1:]) in nbody

def norm(s):
    s = DIAC.sub("", s or "")
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    return " ".join(s.casefold().split())

errors = []
def err(f, msg):
    errors.append(f"{f}: {msg}")

stats = {}
for fn in sorted(os.listdir(os.path.join(ROOT, 'articles'))):
    key = fn[:-4]
    text = open(os.path.join(ROOT, 'articles', fn), encoding='utf-8').read()
    head, body = text.split('\n\n', 1)
    keys = [l.split(':', 1)[0] for l in head.split('\n')]
    if keys != ['source', 'date', 'lang', 'note']:
        err(fn, f"header keys {keys}")
    hdr = dict(l.split(': ', 1) for l in head.split('\n'))
    n = len(body.split())
    if not 120 <= n <= 250:
        err(fn, f"body has {n} words")
    lang = key.split('_')[1]
    if hdr['lang'] != lang:
        err(fn, "lang mismatch")
    g = json.load(open(os.path.join(ROOT, 'gold', key + '.gold.json'), encoding='utf-8'))
    if list(g) != ['document', 'entities', 'meetings', 'offices', 'relations']:
        err(fn, f"top-level fields {list(g)}")
    doc = g['document']
    if set(doc) != {'file', 'lang', 'date', 'place'} or doc['file'] != fn or doc['lang'] != lang:
        err(fn, f"document block {doc}")
    ents = g['entities']
    persons = {e['name']['en'] for e in ents if e['type'] == 'Person'}
    places = {e['name']['en'] for e in ents if e['type'] == 'Place'}
    allnames = {e['name']['en'] for e in ents}
    nbody = norm(body)
    for e in ents:
        if e['type'] not in TYPES:
            err(fn, f"type {e['type']}")
        if e['type'] == 'Country':
            if e.get('iso') not in ISO:
                err(fn, f"iso {e.get('iso')}")
        elif 'iso' in e and e['iso'] is not None:
            err(fn, f"iso on non-country {e}")
        if e['type'] == 'Place' and e.get('country') not in ISO:
            err(fn, f"place country {e}")
        forms = [e['name'].get('en'), e['name'].get('ar')] + e.get('aliases', [])
        forms = [f for f in forms if f]
        if lang == 'ar':
            if e['type'] != 'Country':
                if not e['name'].get('ar'):
                    err(fn, f"no ar name {e['name']}")
                elif not occurs(e['name']['ar'], nbody):
                    err(fn, f"ar name not in body: {e['name']['ar']}")
            for a in e.get('aliases', []):
                if re.search('[\u0600-\u06FF]', a) and not occurs(a, nbody):
                    err(fn, f"ar alias not in body: {a}")
            if not any(re.search('[\u0600-\u06FF]', f) and occurs(f, nbody) for f in forms):
                err(fn, f"no Arabic surface form in body: {e['name']}")
        else:
            if any(re.search('[\u0600-\u06FF]', f) for f in forms):
                err(fn, f"Arabic in English gold: {e['name']}")
            if not any(f.casefold() in body.casefold() for f in forms):
                err(fn, f"no surface form in body: {e['name']}")
    if doc['place'] is not None and doc['place'] not in places:
        err(fn, f"document place {doc['place']} not a Place")
    for m in g['meetings']:
        if set(m) != {'participants', 'date', 'place'}:
            err(fn, f"meeting fields {m}")
        for p in m['participants']:
            if p not in persons:
                err(fn, f"participant {p} not a Person")
        if len(set(m['participants'])) < 2:
            err(fn, f"meeting with fewer than two persons {m}")
        if m['place'] is not None and m['place'] not in places:
            err(fn, f"meeting place {m['place']} not a Place")
        if m['date'] is not None and not re.fullmatch(r'\d{4}-\d\d-\d\d', m['date']):
            err(fn, f"meeting date {m['date']}")
    for o in g['offices']:
        if o['person'] not in persons:
            err(fn, f"office holder {o['person']} not a Person")
        if o['title'] not in TITLES:
            err(fn, f"title {o['title']}")
        if o['country'] not in ISO:
            err(fn, f"office country {o['country']}")
    isos = {e['iso'] for e in ents if e['type'] == 'Country'}
    for r in g['relations']:
        for end in (r['from'], r['to']):
            if end not in allnames and end not in isos:
                err(fn, f"relation end {end} not an entity")
    if hdr['date'] != doc['date'] and doc['date'] is not None:
        print(f"note: {fn}: document date {doc['date']} differs from header {hdr['date']}")
    stats[key] = (n, len(ents), len(g['meetings']), len(g['offices']), len(g['relations']))

for k, v in stats.items():
    print(k, "words=%d entities=%d meetings=%d offices=%d relations=%d" % v)
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK: all checks passed")
