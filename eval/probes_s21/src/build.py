import csv, json, random, collections, sys
sys.path.insert(0, '.')
import part1, part2, part3, part4, part5
from part1 import ITEMS

cb = collections.defaultdict(set)
for r in csv.DictReader(open('/work/shared/data/plover/plover_codebook.csv')):
    cb[r['event']].add(r['mode'] or None)
MODS = {"asserted", "intended", "threatened", "hypothetical", "negated"}
TAGS = {"active","perfect","passive-agent","passive-noagent","nominal-poss","nominal-prep","light-verb","complement",
        "reported","relative","coordinated","headline","speech-judgement","negated","intended","hypothetical","two-sentence","no-event"}
errs = []
texts = set()
for text, cons, evs in ITEMS:
    if text in texts: errs.append("dup " + text)
    texts.add(text)
    if cons not in TAGS: errs.append("tag " + cons)
    n = len(text.split())
    if cons != "headline" and not (12 <= n <= 35): errs.append(f"len {n}: {text}")
    if (cons == "no-event") != (not evs): errs.append("noevent mismatch " + text)
    for e in evs:
        if e["type"] not in cb: errs.append("type " + e["type"])
        elif e["mode"] not in cb[e["type"]] and e["mode"] is not None: errs.append(f"mode {e['type']} {e['mode']}")
        if e["modality"] not in MODS: errs.append("modality")
        for r in e["source"] + e["target"]:
            if cons == "headline": continue
            if r.lower() not in text.lower(): errs.append(f"role not in text: {r} | {text}")
print("\n".join(errs) or "ok", len(ITEMS))
rows = list(ITEMS)
random.Random(21).shuffle(rows)
with open('/work/coord/s21/probes/probes.jsonl', 'w') as f:
    for i, (text, cons, evs) in enumerate(rows, 1):
        f.write(json.dumps({"id": f"p{i:04d}", "text": text, "events": evs, "construction": cons}, ensure_ascii=False) + "\n")
