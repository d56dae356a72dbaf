"""Session 16 study (speech-guide agreement). Pairs inside the hand-labelled training sentences, with the label their sentence's events give (kept apart)."""
import argparse, json, os, random, sys
from pathlib import Path
ROOT = Path.cwd(); sys.path.insert(0, str(ROOT / "scripts")); sys.path.insert(0, str(ROOT / "scripts/event_study")); sys.path.insert(0, str(ROOT / "src"))
from speech_sparse import _label, sentence_pairs

rows = []
args = argparse.Namespace(shared=str(ROOT.parent / "shared"), cache=os.environ.get("CACHE", "/tmp/rolecache"), limit=None)
for d, text, ctx, pending, judge, s, s0, s1, p in sentence_pairs(args):
    acts = {a.id: a for a in ctx.actors}
    acts.update(pending)
    q = p.quote
    para_lo = text.rfind("\n", 0, max(0, q.start - 1)); para_hi = text.find("\n", q.end)
    para_lo = max(para_lo, q.start - 600); para_hi = para_hi if 0 <= para_hi < q.end + 600 else q.end + 300
    spk = acts.get(q.speaker)
    rows.append({"doc": d["doc"], "quote": text[q.start:q.end], "speaker": spk.name if spk else q.speaker,
                 "actor": acts[p.target].name if p.target in acts else p.target, "actor_mention": p.mention.text,
                 "context": text[max(0, para_lo):para_hi].strip(), "sentence_label": _label(p, s["events"], text, s0, s1, judge)})
random.Random(16).shuffle(rows)
pos = [r for r in rows if r["sentence_label"] != "NONE"]; neg = [r for r in rows if r["sentence_label"] == "NONE"]
print(len(rows), len(pos), len(neg), file=sys.stderr)
pick = pos[:130] + neg[:130]
random.Random(17).shuffle(pick)
out = Path(os.environ.get("OUT", "/tmp/exp/agree")); out.mkdir(parents=True, exist_ok=True)
with open(out / "part1.jsonl", "w") as fh, open(str(out / "key.jsonl"), "w") as kh:
    for i, r in enumerate(pick):
        fh.write(json.dumps({"id": f"ag{i:03d}", **{k: v for k, v in r.items() if k != "sentence_label"}}) + "\n")
        kh.write(json.dumps({"id": f"ag{i:03d}", "sentence_label": r["sentence_label"], "doc": r["doc"]}) + "\n")
