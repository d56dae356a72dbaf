"""One candidate threshold for every event type against one per type (issue 9, session 35): held-out folds of the
training data only (never evaluation data).

    python scripts/event_study/type_thresholds.py [--rows /tmp/type_thresholds_rows.pkl]
    python scripts/event_study/type_thresholds.py --halves W0 W1 --prefix /tmp/pt_   # + half models with the choice
    python scripts/event_study/type_thresholds.py --halves W0 W1 --prefix /tmp/low_ --every 0.12   # one floor for all

A candidate the hand lexicon does not read is kept when the calibrated chance that its likeliest type is right reaches
the model's `min_confidence` (0.3). Here each event type with at least --min-events labelled candidates gets the
threshold of GRID that maximises its own held-out candidate F1 (what the pipeline does: the hand lexicon where it
fires, else the model), on the 4 document folds of `train_events._held_out`. Printed: candidate P / R / F1 with one
threshold and with the thresholds per type, the calibration error of the isotonic map fitted on one half of the
documents and scored on the other, and the held-out share right of the model-alone candidates per likeliest type and
band of calibrated confidence. `--halves` writes copies of two half models (`train_events.py --without-half`) with
`type_min_confidence`: read end to end only with `learned.threshold` in place of the model's `min_confidence` where
`_learned_candidates` keeps a candidate (docs/events.md "Session 35 — threshold" gives the two-line change).
"""
from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

GRID = (0.12, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 1.01)  # 1.01: the model alone never keeps the type
BANDS = (0.0, 0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6)
GLOBAL = 0.3


def kept(hand: list[str], types: list[str], cal: list[float], thresholds: dict[str, float],
         default: float = GLOBAL) -> list[str]:
    """The pipeline's reading of each candidate: the hand lexicon's type where it fires, else the model's likeliest
    type where its calibrated confidence reaches the type's threshold (`default` for a type not listed), else NONE."""
    return [h if h != "NONE" else (t if c >= thresholds.get(t, default) else "NONE")
            for h, t, c in zip(hand, types, cal)]


def type_f1(gold: list[str], pred: list[str], etype: str) -> float:
    """F1 of one event type over the candidates."""
    tp = sum(1 for a, b in zip(gold, pred) if a == b == etype)
    return 2 * tp / max(1, sum(1 for b in pred if b == etype) + sum(1 for a in gold if a == etype))


def choose(gold: list[str], hand: list[str], types: list[str], cal: list[float], min_events: int = 50,
           grid=GRID) -> dict[str, float]:
    """Per event type with at least `min_events` labelled candidates: the threshold of `grid` with the best held-out
    F1 of that type (the other types at the one threshold; ties to the higher threshold)."""
    counts = Counter(a for a in gold if a != "NONE")
    out = {}
    for etype in sorted(t for t, n in counts.items() if n >= min_events):
        out[etype] = max(grid, key=lambda g: (round(type_f1(gold, kept(hand, types, cal, {etype: g}), etype), 4), g))
    return out


def crossfit_ece(pr: list[float], ok: list[int], side: list[int], bins: int = 10) -> float:
    """Expected calibration error of an isotonic map fitted on one side of the documents and scored on the other."""
    from sklearn.isotonic import IsotonicRegression
    acc = defaultdict(lambda: [0, 0.0, 0])
    for s in (0, 1):
        fit = [k for k in range(len(pr)) if side[k] != s]
        test = [k for k in range(len(pr)) if side[k] == s]
        iso = IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0).fit([pr[k] for k in fit],
                                                                                  [ok[k] for k in fit])
        for k, c in zip(test, iso.predict([pr[k] for k in test])):
            b = acc[min(bins - 1, int(c * bins))]
            b[0] += 1
            b[1] += float(c)
            b[2] += ok[k]
    return sum(abs(s - r) for _, s, r in acc.values()) / max(1, len(pr))


def band_table(gold, hand, types, cal) -> list[str]:
    """Per likeliest type, the model-alone candidates (hand lexicon silent) right / read in each calibrated band."""
    tab = defaultdict(lambda: [0, 0])
    for a, h, t, c in zip(gold, hand, types, cal):
        if h == "NONE":
            cell = tab[(t, max(b for b in BANDS if b <= c))]
            cell[0] += 1
            cell[1] += a == t
    rows = ["type      " + " ".join(f"{b:>9.2f}" for b in BANDS)]
    for t in sorted({k[0] for k in tab}):
        rows.append(f"{t:10}" + " ".join(f"{tab[(t, b)][1]:>4}/{tab[(t, b)][0]:<4}" for b in BANDS))
    return rows


def readings(rows_path: Path, shared: Path):
    """(X, y, groups, hand_idx, held) of the 4 document folds; the feature rows cached at `rows_path`."""
    import train_events as te
    manifest = json.loads(te.MANIFEST.read_text(encoding="utf-8"))
    if rows_path.exists():
        X, y, w, groups, kinds = pickle.loads(rows_path.read_bytes())
    else:
        from dateline import nlp as nlpmod
        from dateline.knowledge.events import load
        from dateline.options import DEFAULT_MODEL
        hand, material, ngec, invented = te.training_sentences(manifest, shared)
        X, y, w, groups, kinds, _ = te.examples(nlpmod.load(DEFAULT_MODEL), load(), hand + material + invented, ngec,
                                                manifest.get("ngec_weight", 0.3), manifest.get("invented_weight", 1.0),
                                                tuple(manifest.get("feature_groups", ())))
        rows_path.write_bytes(pickle.dumps((X, y, w, groups, kinds)))
    hand_idx, held = te._held_out(X, y, w, groups, kinds, manifest.get("C", 1.0), manifest.get("folds", 4),
                                  manifest.get("seed", 13))
    return X, y, groups, hand_idx, held


def write_halves(models: list[str], prefix: str, thresholds: dict[str, float]) -> None:
    """Copies of the half models with `type_min_confidence` (PREFIX0.json, PREFIX1.json)."""
    for half, path in enumerate(models):
        model = json.loads(Path(path).read_text(encoding="utf-8"))
        model["type_min_confidence"] = thresholds
        Path(f"{prefix}{half}.json").write_text(json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n",
                                                encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--rows", default="/tmp/type_thresholds_rows.pkl")
    ap.add_argument("--min-events", type=int, default=50)
    ap.add_argument("--halves", nargs=2, metavar=("WITHOUT_HALF0", "WITHOUT_HALF1"))
    ap.add_argument("--prefix", default="/tmp/type_thresholds_wo")
    ap.add_argument("--every", type=float, help="write the halves with this one threshold for every type instead")
    args = ap.parse_args()
    import train_events as te
    X, y, groups, hand_idx, held = readings(Path(args.rows), Path(args.shared))
    gold, types, cal, hand, _ = te.held_out_readings(X, y, held, hand_idx)
    chosen = choose(gold, hand, types, cal, args.min_events)
    print(f"{len(gold)} held-out candidates; thresholds per type: {json.dumps(chosen)}")
    for name, thr in ((f"one threshold {GLOBAL}", {}), ("per type", chosen)):
        print(f"  {name}: {te._candidate_prf(gold, kept(hand, types, cal, thr))}")
    docs = sorted({groups[i] for i in hand_idx})
    random.Random(35).shuffle(docs)
    side = [{d: n % 2 for n, d in enumerate(docs)}[groups[i]] for i in hand_idx]
    ok = [int(a == t) for a, t in zip(gold, types)]
    ece = crossfit_ece([held[i][1] for i in hand_idx], ok, side)
    print(f"  calibration error, map of one half scored on the other: {ece:.4f}")
    print("\n".join(band_table(gold, hand, types, cal)))
    if args.halves:
        every = {t: args.every for t in sorted(set(y)) if t != "NONE"} if args.every is not None else chosen
        write_halves(args.halves, args.prefix, every)


if __name__ == "__main__":
    main()
