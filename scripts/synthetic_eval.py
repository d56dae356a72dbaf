"""The event coder on held-out synthetic stories (NGEC, MIT): the lead sentences `train_events.py` never drew.

    python scripts/synthetic_eval.py              # 1,000 held-out leads (~2 min)
    python scripts/synthetic_eval.py --n 300

`train_events.py` shuffles the synthetic stories with the manifest's seed and draws the first
`ngec_limit` for training; the stories after them are held out. Each held-out lead sentence is run
through the whole pipeline as a one-sentence article (no date) and judged against the story's label:
*coverage* (any event), *type accuracy* (the most confident event's type is the label; no event = wrong)
and *any-type accuracy* (some event has the label). The templates are narrow and some labels disagree
with hand coders (ceasefires filed as CONCEDE/RETREAT, where the guide says AGREE), so read the figures as
a check of the synthetic distribution, not of news.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))


def held_out_leads(shared: Path, n: int) -> list[dict]:
    from train_events import MANIFEST, ngec_sentences
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    used = manifest.get("ngec_limit", 3000)
    every = ngec_sentences(manifest, shared, 10 ** 9, manifest.get("seed", 13))
    return [s for s in every if int(s["id"][4:]) >= used][:n]


def judge(leads: list[dict]) -> dict:
    from dateline import analyze_many
    per = defaultdict(Counter)
    records = analyze_many([{"id": s["id"], "text": s["text"]} for s in leads])
    for s, rec in zip(leads, records):
        c = per[s["story"]]
        c["n"] += 1
        events = sorted(rec.events, key=lambda e: -e.confidence)
        c["covered"] += bool(events)
        c["top"] += bool(events) and events[0].type == s["story"]
        c["any"] += any(e.type == s["story"] for e in events)
    total = sum(per.values(), Counter())
    out = {"leads": total["n"]}
    for k in ("covered", "top", "any"):
        out[k] = round(total[k] / max(1, total["n"]), 3)
    out["by_type"] = {t: {"n": c["n"], "top": round(c["top"] / c["n"], 3)} for t, c in sorted(per.items())}
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--n", type=int, default=1000)
    args = ap.parse_args(argv)
    res = judge(held_out_leads(Path(args.shared), args.n))
    print(f"held-out synthetic leads: {res['leads']}; coverage {res['covered']}; type accuracy {res['top']}; "
          f"any-type accuracy {res['any']}")
    for t, r in res["by_type"].items():
        print(f"  {t:10s} {r['n']:4d}  {r['top']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
