"""Single sentences as the whole input: how often the events coder gives a hand-labelled sentence its event type.

The field's sentence-level gold standards (hand-coded news sentences, one event each) are read one sentence at a time;
issue 9 measures type accuracy on such sentences. This script measures the same thing on the project's own
hand-labelled training sentences (training/events/, not evaluation data), every model held out: the sentences of
each document half are read by the candidate and speech models trained without that half (as in role_eval.py).

    python scripts/sentence_eval.py --event-models /tmp/wo0.json /tmp/wo1.json \\
        --speech-models /tmp/sp0.json /tmp/sp1.json [--json OUT.json] [--limit N]

Each labelled sentence is run through the whole pipeline alone, dated by its article's publication date. Figures
(decided before looking at any output):
- sentences with a labelled event: share with no event at all; *type accuracy* — the most confident event's type
  is a labelled type (or one of its `also` types), a sentence with no event counting as wrong; *any type* — some
  event has such a type; type accuracy among the sentences that get an event;
- sentences labelled with no event: share that get one.
By source (PolNeAR, TR-News, Wikinews) and overall.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))


def labelled_sentences(limit: int | None = None) -> list[dict]:
    """Every labelled training sentence (with or without events), outside the blind set: {source, doc, start, end,
    sha1, events}."""
    from train_events import labelled_refs

    manifest = json.loads((ROOT / "training/events/manifest.json").read_text(encoding="utf-8"))
    blind = json.loads((ROOT / "eval/blind/manifest.json").read_text(encoding="utf-8"))
    out = [{**ref, "id": lab["id"], "events": lab.get("events", [])}
           for ref, lab in labelled_refs(manifest, {a["id"] for a in blind["articles"]})]
    out.sort(key=lambda s: (s["source"], s["doc"], s["start"]))
    return out[:limit] if limit else out


def judge(events: list, labels: list[dict]) -> dict:
    """The outcome of one sentence: its system events against its labelled events."""
    wanted = {t for lab in labels for t in (lab["type"], *lab.get("also", ()))}
    top = max(events, key=lambda e: e.confidence) if events else None
    return {"labelled": bool(labels), "some_event": bool(events),
            "top_right": top is not None and top.type in wanted,
            "any_right": any(e.type in wanted for e in events)}


def summarise(rows: list[dict]) -> dict:
    out = {}
    groups = defaultdict(list)
    for r in rows:
        groups[r["source"]].append(r)
        groups["all"].append(r)
    for name, rs in sorted(groups.items()):
        lab = [r for r in rs if r["labelled"]]
        got = [r for r in lab if r["some_event"]]
        none = [r for r in rs if not r["labelled"]]
        out[name] = {"labelled_sentences": len(lab), "no_event": _share(len(lab) - len(got), len(lab)),
                     "type_accuracy": _share(sum(r["top_right"] for r in lab), len(lab)),
                     "any_type": _share(sum(r["any_right"] for r in lab), len(lab)),
                     "type_accuracy_when_an_event": _share(sum(r["top_right"] for r in got), len(got)),
                     "eventless_sentences": len(none),
                     "eventless_with_an_event": _share(sum(r["some_event"] for r in none), len(none))}
    return out


def _share(n: int, d: int) -> float | None:
    return round(n / d, 3) if d else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--limit", type=int, help="only the first N sentences")
    ap.add_argument("--event-models", nargs=2, metavar=("WITHOUT_HALF0", "WITHOUT_HALF1"))
    ap.add_argument("--speech-models", nargs=2, metavar=("WITHOUT_HALF0", "WITHOUT_HALF1"))
    ap.add_argument("--json", help="write the figures and every sentence's outcome here")
    args = ap.parse_args(argv)

    from dateline import nlp
    from dateline.ingest import make_article
    from dateline.knowledge import load_knowledge
    from dateline.options import Options
    from dateline.pipeline import run_stages
    from role_eval import DatedTexts, article_date, held_out_knowledge
    from train_roles import half_of

    options = Options()
    model, knowledge = nlp.load(options.model), load_knowledge(options)
    by_half = held_out_knowledge(knowledge, {"model": args.event_models, "speech_model": args.speech_models})
    texts = DatedTexts(Path(args.shared))
    rows = []
    for s in labelled_sentences(args.limit):
        text = texts.get(s["source"], s["doc"])[s["start"]:s["end"]]
        if hashlib.sha1(text.encode()).hexdigest()[: len(s["sha1"])] != s["sha1"]:
            raise SystemExit(f"{s['id']}: text of {s['source']}:{s['doc']} changed (sha1)")
        article = make_article(text, source=s["id"], id=s["id"], date=article_date(texts, s["source"], s["doc"]))
        kn = by_half[half_of(s["doc"])] if by_half else knowledge
        ctx = run_stages(article, model(article.text), kn)
        rows.append({"id": s["id"], "source": s["source"], "types": [e.type for e in ctx.events],
                     **judge(ctx.events, s["events"])})
    summary = summarise(rows)
    for name, fig in summary.items():
        print(f"{name:18} " + "  ".join(f"{k} {v}" for k, v in fig.items()))
    if args.json:
        Path(args.json).write_text(json.dumps({"summary": summary, "rows": rows}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
