"""Study: candidate model with the MiniLM contextual vector of the trigger (sparse LR + dense), held out by document."""
import json, pickle, random, sys, time
from collections import Counter
from pathlib import Path
ROOT = Path.cwd(); sys.path.insert(0, str(ROOT / "scripts")); sys.path.insert(0, str(ROOT / "src")); sys.path.insert(0, str(Path(__file__).resolve().parent))
import numpy as np
import train_events as TE
from dateline import nlp as nlpmod
from dateline.knowledge.events import load
from dateline.options import DEFAULT_MODEL
from dateline.extract.events.learned import NONE, _dict_match, candidates, features
import cand_tokvec as tokvec
OUTP = Path("/tmp/exp/cand_rows.pkl")
if not OUTP.exists():
    manifest = json.loads((ROOT / "training/events/manifest.json").read_text())
    shared = Path("/work/shared")
    blind = json.loads((ROOT / "eval/blind/manifest.json").read_text()); bd = {a["id"] for a in blind["articles"]}
    hand = TE.hand_sentences(manifest, TE.Texts(shared), bd)
    ngec = TE.ngec_sentences(manifest, shared, manifest.get("ngec_limit", 3000), manifest.get("seed", 13))
    lex = load(); nlp = nlpmod.load(DEFAULT_MODEL)
    rows = []; t0 = time.time()
    allS = hand + ngec
    docs = list(nlp.pipe([s["text"] for s in allS], batch_size=64))
    print("parsed", time.time() - t0, file=sys.stderr)
    need = []
    for s, doc in zip(allS, docs):
        cands = candidates(doc, lex)
        if "story" in s:
            for tok in cands:
                m = _dict_match(tok, lex)
                if m is not None and m.type == s["story"]:
                    rows.append(dict(f=features(tok, lex, m), y=s["story"], w=manifest.get("ngec_weight", 0.3), g=s["group"], k="ngec", tok=tok))
            continue
        for tok in cands:
            label = NONE
            for ev in s["events"]:
                if TE._covered(tok, doc.text, ev.get("trigger", "")):
                    label = ev["type"]; break
            rows.append(dict(f=features(tok, lex), y=label, w=0.5 if s["uncertain"] else 1.0, g=s["group"], k=s["id"], tok=tok))
    sents = {}
    for r in rows:
        sents.setdefault((id(r["tok"].doc), r["tok"].sent.start), r["tok"].sent)
    keys = list(sents); t0 = time.time()
    V = tokvec.sentence_vectors([list(sents[k]) for k in keys])
    print("encoded", len(keys), time.time() - t0, file=sys.stderr)
    pos = {k: i for i, k in enumerate(keys)}
    for r in rows:
        t = r.pop("tok"); v = V[pos[(id(t.doc), t.sent.start)]][t.i - t.sent.start]
        r["v"] = v
        h = t.head
        r["vh"] = V[pos[(id(t.doc), t.sent.start)]][h.i - t.sent.start] if h.sent.start == t.sent.start else np.zeros(384, np.float32)
    hand_ids = {s["id"]: [e["type"] for e in s["events"]] for s in hand}
    pickle.dump({"rows": rows, "gold": hand_ids}, OUTP.open("wb"))
print("rows ready", file=sys.stderr)
