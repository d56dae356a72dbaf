"""One calibration map for every type against one per likeliest type (issue 9, session 29): held-out folds of the
training data only (never evaluation data).

    python scripts/event_study/type_calibration.py [--rows /tmp/valence_rows.pkl] [--min-count 150]

The candidate model's top probability is mapped to the chance that the likeliest type is right by one isotonic map
fitted on held-out folds (`train_events.cross_validate`). Are the types calibrated alike? Held-out predictions of
the 4 document folds are split again by document in two; a map fitted on one part scores the other (both ways):
Brier score, and what the pipeline does at the candidate threshold (hand lexicon, else the model), overall and for
ACCUSE / SUPPORT / REQUEST, with the pooled map and with a map per type (types with at least --min-count held-out
candidates of that likeliest type; the pooled map for the rest).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "scripts" / "event_study"))
sys.path.insert(0, str(ROOT / "src"))

STUDIED = ("ACCUSE", "SUPPORT", "REQUEST")


def fit(pr, ok):
    from sklearn.isotonic import IsotonicRegression
    return IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0).fit(pr, ok) if pr else None


def maps(idx, types, pr, ok, min_count: int):
    pooled = fit([pr[i] for i in idx], [ok[i] for i in idx])
    per = {}
    for t, n in Counter(types[i] for i in idx).items():
        if n >= min_count:
            sel = [i for i in idx if types[i] == t]
            per[t] = fit([pr[i] for i in sel], [ok[i] for i in sel])
    return pooled, per


def type_prf(ys, pred, t) -> str:
    tp = sum(1 for a, b in zip(ys, pred) if a == b == t)
    g, s = sum(1 for a in ys if a == t), sum(1 for b in pred if b == t)
    return f"{t[:3]} P {tp / max(1, s):.3f} R {tp / max(1, g):.3f} ({tp}/{s}/{g})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--rows", default="/tmp/valence_rows.pkl")
    ap.add_argument("--min-count", type=int, default=150)
    args = ap.parse_args()
    import train_events as te
    import valence_cv
    manifest = json.loads(te.MANIFEST.read_text(encoding="utf-8"))
    hand, (X, y, w, groups, kinds, _) = valence_cv.cached_rows(Path(args.shared), manifest, Path(args.rows))
    X = [valence_cv.keep(x, set()) for x in X]
    hand_idx, held = te._held_out(X, y, w, groups, kinds, manifest.get("C", 1.0), manifest.get("folds", 4),
                                  manifest.get("seed", 13))
    ys = [y[i] for i in hand_idx]
    types = [held[i][0] for i in hand_idx]
    pr = [held[i][1] for i in hand_idx]
    ok = [int(a == b) for a, b in zip(ys, types)]
    probs = [held[i][2] for i in hand_idx]
    hl = [next((x.split("=", 1)[1] for x in X[i] if x.startswith("hl=")), "none").replace("none", "NONE") for i in hand_idx]
    docs = sorted({groups[i] for i in hand_idx})
    random.Random(29).shuffle(docs)
    part = {d: n % 2 for n, d in enumerate(docs)}
    cal = {"pooled": [0.0] * len(ys), "per type": [0.0] * len(ys)}
    for p in (0, 1):
        train = [k for k, i in enumerate(hand_idx) if part[groups[i]] != p]
        test = [k for k, i in enumerate(hand_idx) if part[groups[i]] == p]
        pooled, per = maps(train, types, pr, ok, args.min_count)
        for k in test:
            cal["pooled"][k] = float(pooled.predict([pr[k]])[0])
            m = per.get(types[k], pooled)
            cal["per type"][k] = float(m.predict([pr[k]])[0])
    print(f"{len(ys)} held-out candidates; likeliest types: {Counter(types).most_common()}")
    for name, c in cal.items():
        brier = sum((a - b) ** 2 for a, b in zip(c, ok)) / len(ok)
        by_type = {t: round(sum((c[k] - ok[k]) ** 2 for k in range(len(ok)) if types[k] == t)
                            / max(1, sum(1 for k in range(len(ok)) if types[k] == t)), 4) for t in STUDIED}
        print(f"\n{name}: Brier {brier:.4f}  by likeliest type {by_type}")
        for thr in (0.3,):
            pred = te._combined(hl, types, c, probs, thr, 0.0)
            print(f"  @{thr} all {te._candidate_prf(ys, pred)}")
            print("  " + "; ".join(type_prf(ys, pred, t) for t in STUDIED))
    # reliability of the pooled map per type: mean calibrated confidence against the share right, by band
    for t in STUDIED:
        sel = [k for k in range(len(ok)) if types[k] == t]
        bands = Counter(), Counter(), Counter()
        for k in sel:
            b = min(int(cal["pooled"][k] * 10), 9)
            bands[0][b] += 1
            bands[1][b] += ok[k]
            bands[2][b] += cal["pooled"][k]
        print(f"{t}: " + ", ".join(f"{b / 10:.1f}: {bands[1][b]}/{bands[0][b]} (cal {bands[2][b] / bands[0][b]:.2f})"
                                   for b in sorted(bands[0])))


if __name__ == "__main__":
    main()
