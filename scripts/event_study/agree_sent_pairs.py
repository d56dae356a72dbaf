"""Session 16 study (speech-guide agreement). Pairs inside the hand-labelled training sentences, with the label their sentence's events give (kept apart)."""
import json, os, random, sys
from pathlib import Path
ROOT = Path.cwd(); sys.path.insert(0, str(ROOT / "scripts")); sys.path.insert(0, str(ROOT / "scripts/event_study")); sys.path.insert(0, str(ROOT / "src"))
import role_eval
from speech_sparse import _label
from dateline import nlp
from dateline.extract.events.speech import pairs
from dateline.extract.events.actors import ActorFinder
from dateline.knowledge import load_knowledge
from dateline.options import Options
options = Options(); model, knowledge = nlp.load(options.model), load_knowledge(options)
texts = role_eval.DatedTexts(ROOT.parent / "shared"); rec = role_eval.Recorder(); cache = Path(os.environ.get("CACHE", "/tmp/rolecache"))
rows = []
for d in role_eval.labelled_documents():
    text, ctx, _, pending = role_eval.run_document(d, texts, model, knowledge, rec, cache)
    judge = role_eval.Judge(text, ctx, pending)
    acts = {a.id: a for a in ctx.actors}; acts.update(pending)
    found = pairs(ctx.doc, ctx, ActorFinder(ctx.doc, ctx, knowledge.events).actors_of)
    for s in d["sentences"]:
        s0 = role_eval.locate_sentence(text, s["text"], s["start"])
        if s0 is None:
            continue
        s1 = s0 + len(s["text"])
        for p in found:
            if not s0 <= p.mention.idx < s1:
                continue
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
