"""Valence as a candidate-model feature (issue 9, session 28): held-out folds of the training data, one parse.

    python scripts/event_study/valence_cv.py [--rows /tmp/valence_rows.pkl] [--variants "" val val,frame ...]

Builds the candidate rows of scripts/train_events.py once with every optional feature group of
`learned.valence_features` (the trigger's VADER rating `val=`, its crossings with the frame `val=..|frame`,
the rating of the words on the trigger `cval=`), then cross-validates (train_events.cross_validate: folds grouped by
document, synthetic and invented sentences always train) with each subset of the groups. Prints, per variant, the
held-out candidate P / R / F1 of what the pipeline does (hand lexicon, else the model at the candidate threshold),
sentence type accuracy, and recall / precision of the judgement types (ACCUSE, SUPPORT, REJECT) alone. Training data
only, never evaluation data.
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

JUDGEMENTS = ("ACCUSE", "SUPPORT", "REJECT")


def build_rows(shared: Path, manifest: dict) -> tuple:
    import train_events as te
    from dateline import nlp as nlpmod
    from dateline.knowledge.events import load
    from dateline.options import DEFAULT_MODEL
    hand, material, ngec, invented = te.training_sentences(manifest, shared)
    out = te.examples(nlpmod.load(DEFAULT_MODEL), load(), hand + material + invented, ngec,
                      manifest.get("ngec_weight", 0.3), manifest.get("invented_weight", 1.0), ("val", "frame", "cval"))
    return hand, out


def cached_rows(shared: Path, manifest: dict, path: Path) -> tuple:
    """build_rows' result, pickled at `path` on the first call and read back from there afterwards."""
    if path.exists():
        return pickle.loads(path.read_bytes())
    built = build_rows(shared, manifest)
    path.write_bytes(pickle.dumps(built))
    return built


def group_of(feature: str) -> str | None:
    if feature.startswith(("val=", "cval=")):
        if "|" in feature:
            return "frame"
        return "val" if feature.startswith("val=") else "cval"
    return None


def keep(x: list[str], groups: set[str]) -> list[str]:
    out = []
    for f in x:
        g = group_of(f)
        if g is None or (g in groups and (g != "frame" or ("cval" in groups if f.startswith("c") else "val" in groups))):
            out.append(f)
    return out


def judgement_prf(ys, pred) -> dict:
    tp = sum(1 for a, b in zip(ys, pred) if a == b and a in JUDGEMENTS)
    gold = sum(1 for a in ys if a in JUDGEMENTS)
    sys_ = sum(1 for b in pred if b in JUDGEMENTS)
    return {"P": round(tp / max(1, sys_), 3), "R": round(tp / max(1, gold), 3), "tp": tp, "gold": gold, "sys": sys_}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--rows", default="/tmp/valence_rows.pkl")
    ap.add_argument("--variants", nargs="+", default=["", "val", "cval", "val,frame", "val,cval", "val,frame,cval"])
    args = ap.parse_args()
    import train_events as te
    manifest = json.loads(te.MANIFEST.read_text(encoding="utf-8"))
    hand, (X, y, w, groups, kinds, _) = cached_rows(Path(args.shared), manifest, Path(args.rows))
    print(f"{len(y)} candidates; features with valence: {Counter(g for x in X for f in x if (g := group_of(f)))}")
    for variant in args.variants:
        gs = {g for g in variant.split(",") if g}
        print(json.dumps({"variant": variant or "none", **held_out(te, [keep(x, gs) for x in X], y, w, groups, kinds,
                                                                   hand, manifest)}))
        sys.stdout.flush()


def held_out(te, X, y, w, groups, kinds, hand, manifest) -> dict:
    """What the pipeline does on held-out folds (hand lexicon, else the model at the candidate threshold): every
    type, and the judgement types alone."""
    hand_idx, held = te._held_out(X, y, w, groups, kinds, manifest.get("C", 1.0), manifest.get("folds", 4),
                                  manifest.get("seed", 13))
    ys, types, cal, hl, probs = te.held_out_readings(X, y, held, hand_idx)
    gold = {s["id"]: {e["type"] for e in s["events"]} for s in hand}
    hk = [kinds[i] for i in hand_idx]
    out = {}
    for thr in (0.2, 0.3):
        pred = te._combined(hl, types, cal, probs, thr, 0.0)
        out[f"@{thr}"] = {"all": te._candidate_prf(ys, pred), "judgements": judgement_prf(ys, pred),
                          "sent_type_acc": te._sentence_metrics(hk, ys, pred, cal, gold).get("type_accuracy")}
    ll = -sum(__import__("math").log(max(1e-9, p.get(t, 0.0))) for p, t in zip(probs, ys)) / len(ys)
    out["log_loss"] = round(ll, 4)
    return out

if __name__ == "__main__":
    main()
