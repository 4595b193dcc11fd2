"""Checks the unseen9 gold files against the spec conventions (see README)."""
import json, os, re, glob, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.join(HERE, '..')
TITLES = {"President","Vice President","Prime Minister","Premier","Deputy Prime Minister","Foreign Minister","Minister","King","Crown Prince","Emir","Sultan","Chancellor","Secretary-General","Speaker","Ambassador"}
ISO = set("AF AU BE BH BN CN CO EG ES IL IN IQ JO KE KW KZ LB MY NG OM PK PS QA RW SA SY TR UY US AE".split())
TOP = ["document","entities","meetings","offices","relations"]
def norm(s):
    s = re.sub('[\u064B-\u0652\u0640]', '', s)
    s = re.sub('[أإآٱ]', 'ا', s).replace('ى','ي').replace('ة','ه')
    return s
bad = 0
def err(f, m):
    global bad; bad += 1; print(f, m)
for gf in sorted(glob.glob(os.path.join(ROOT, 'gold', '*.gold.json'))):
    name = os.path.basename(gf).replace('.gold.json','')
    g = json.load(open(gf, encoding='utf-8'))
    if list(g.keys()) != TOP: err(name, 'top-level fields')
    art = open(os.path.join(ROOT,'articles',name+'.txt'), encoding='utf-8').read()
    head, body = art.split('\n\n',1)
    keys = [l.split(':',1)[0] for l in head.splitlines()]
    if keys != ['source','date','lang','note']: err(name, 'header '+str(keys))
    nb = norm(body); lb = body.lower()
    persons = {e['name']['en'] for e in g['entities'] if e['type']=='Person'}
    places = {e['name']['en'] for e in g['entities'] if e['type']=='Place'}
    allnames = {e['name']['en'] for e in g['entities']}
    for e in g['entities']:
        if e['type']=='Country' and e['iso'] not in ISO: err(name,'iso '+str(e['iso']))
        if e['type']=='Place' and e.get('country') not in ISO: err(name,'place country')
        forms = [e['name'].get('en')] + [e['name'].get('ar')] + e.get('aliases',[])
        forms = [x for x in forms if x]
        if name.endswith('_ar'):
            if e['type']!='Country' and norm(e['name']['ar']) not in nb: err(name,'ar name not in body: '+e['name']['ar'])
            for a in e.get('aliases',[]):
                if re.search('[\u0600-\u06FF]',a) and norm(a) not in nb: err(name,'ar alias not in body: '+a)
            if not any(norm(x) in nb for x in forms if re.search('[\u0600-\u06FF]',x)): err(name,'no surface form '+e['name']['en'])
        else:
            if 'ar' in e['name'] or any(re.search('[\u0600-\u06FF]',a) for a in e.get('aliases',[])): err(name,'arabic in en file')
            if not any(x.lower() in lb for x in forms): err(name,'no surface form '+e['name']['en'])
    for m in g['meetings']:
        for p in m['participants']:
            if p not in persons: err(name,'participant not person '+p)
        if m['place'] and m['place'] not in places: err(name,'meeting place '+m['place'])
        if len(set(m['participants']))<2: err(name,'meeting size')
    if g['document']['place'] and g['document']['place'] not in places: err(name,'doc place')
    for o in g['offices']:
        if o['person'] not in persons: err(name,'office holder '+o['person'])
        if o['title'] not in TITLES: err(name,'title '+o['title'])
        if o['country'] not in ISO: err(name,'office iso')
    for r in g['relations']:
        if r['from'] not in allnames or r['to'] not in allnames: err(name,'relation end '+str(r))
    n = len(body.split())
    if not 115 <= n <= 250: err(name, 'body words %d' % n)
print('problems:', bad); sys.exit(1 if bad else 0)
