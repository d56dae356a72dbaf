"""Parse training sentences once, pickle examples with token positions for dense features."""
import sys, json, pickle, time
from pathlib import Path
HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[1])); sys.path.insert(0, str(HERE.parents[2] / 'src'))
import train_events as te
from pathlib import Path
from dateline import nlp as nlpmod
from dateline.knowledge.events import load
from dateline.options import DEFAULT_MODEL
from dateline.extract.events.learned import NONE, _dict_match, candidates, features
manifest = json.loads(te.MANIFEST.read_text())
shared = HERE.parents[3] / 'shared'
blind = json.loads((te.ROOT / "eval/blind/manifest.json").read_text())
hand = te.hand_sentences(manifest, te.Texts(shared), {a["id"] for a in blind["articles"]})
ngec = te.ngec_sentences(manifest, shared, manifest.get("ngec_limit", 3000), manifest.get("seed", 13))
lex = load(); nlp = nlpmod.load(DEFAULT_MODEL)
rows = []
t0 = time.time()
allverbs = 0
for s, doc in zip(hand + ngec, nlp.pipe([s["text"] for s in hand + ngec], batch_size=64)):
    cands = candidates(doc, lex)
    cset = {t.i for t in cands}
    if "story" not in s:
        # also every verb not a candidate (for the all-predicates study)
        extra = [t for t in doc if t.pos_ == "VERB" and t.i not in cset]
    else:
        extra = []
    for tok, is_c in [(t, True) for t in cands] + [(t, False) for t in extra]:
        if "story" in s:
            m = _dict_match(tok, lex)
            if not (m is not None and m.type == s["story"]):
                continue
            label = s["story"]; w = manifest["ngec_weight"]; kind = "ngec"
        else:
            label = NONE
            for ev in s["events"]:
                if te._covered(tok, doc.text, ev.get("trigger", "")):
                    label = ev["type"]; break
            w = 0.5 if s["uncertain"] else 1.0; kind = s["id"]
        obj = None
        rows.append(dict(f=features(tok, lex), y=label, w=w, g=s["group"], k=kind, cand=is_c,
                         text=doc.text, ci=tok.idx, ce=tok.idx + len(tok.text), lemma=tok.lemma_.lower(),
                         head=tok.head.lemma_.lower(), pos=tok.pos_, tv=doc.tensor[tok.i].copy(), tvh=doc.tensor[tok.head.i].copy(), tvs=doc.tensor.mean(0)))
hand_ev = {s["id"]: [e["type"] for e in s["events"]] for s in hand}
import os
pickle.dump({"rows": rows, "hand": hand_ev}, open(os.environ.get('ROWS', '/tmp/exp/rows.pkl'), 'wb'))
print(len(rows), time.time() - t0)
