"""How well the merge step tells one act from two, against the labelled report pairs (issue 9, session 37).

    python scripts/event_study/report_pairs_eval.py PAIRS.jsonl [PAIRS2.jsonl ...]

PAIRS.jsonl is what `report_pairs.py` dumps from a tree (its `merged` column is that tree's decision); each dump is
joined by pair id to the frozen labels (training/events/report_pairs_s37.jsonl, sha1 checked) and scored: a pair the
tree merged is a predicted "same act". Pairs labelled `none` (one report tells no act of its type) are left out.
Figures: raw counts on the labelled pairs, and estimates for all pairs of the documents (each pair weighted by its
stratum's size over the pairs drawn from it), by sentence distance.
"""
from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "training/events/report_pairs_s37.jsonl"


def labels() -> dict[str, dict]:
    want = (LABELS.parent / (LABELS.name + ".sha1")).read_text(encoding="utf-8").split()[0]
    if hashlib.sha1(LABELS.read_bytes()).hexdigest() != want:
        raise SystemExit(f"{LABELS} changed since it was frozen (sha1)")
    rows = [json.loads(x) for x in LABELS.read_text(encoding="utf-8").splitlines() if x.strip()]
    return {r["pair"]: r for r in rows if r["label"] in ("same", "diff")}


def bucket(dist: int) -> str:
    return "0" if dist == 0 else "1" if dist == 1 else "2-3" if dist <= 3 else "4+"


def score(decided: dict[str, bool], gold: dict[str, dict]) -> dict:
    """{scope: (tp, fp, fn, precision, recall)} raw and weighted, overall and by distance."""
    cells: dict[tuple, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for pid, g in gold.items():
        if pid not in decided:
            continue
        same, merged = g["label"] == "same", decided[pid]
        k = 0 if same and merged else 1 if merged else 2 if same else None
        if k is None:
            continue
        for scope in ("all", bucket(g["sent_dist"])):
            cells[("raw", scope)][k] += 1
            cells[("weighted", scope)][k] += g["weight"]
    out = {}
    for key, (tp, fp, fn) in sorted(cells.items()):
        out[key] = (tp, fp, fn, tp / (tp + fp) if tp + fp else None, tp / (tp + fn) if tp + fn else None)
    return out


def main(argv=None) -> int:
    gold = labels()
    for path in (argv or sys.argv[1:]):
        rows = [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines() if x.strip()]
        decided = {r["pair"]: r["merged"] for r in rows}
        missing = sum(1 for p in gold if p not in decided)
        print(f"{path}: {len(gold) - missing} of {len(gold)} labelled pairs found")
        for (kind, scope), (tp, fp, fn, p, r) in score(decided, gold).items():
            pr = f"P {p:.3f}" if p is not None else "P -"
            rc = f"R {r:.3f}" if r is not None else "R -"
            print(f"  {kind:8} {scope:4} merged-same {tp:7.1f} merged-diff {fp:7.1f} apart-same {fn:7.1f}  {pr} {rc}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
