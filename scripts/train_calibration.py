"""Fit the end-to-end event calibration (`src/dateline/extract/events/calibration.py`) on held-out outcomes.

The input is what `scripts/role_eval.py` writes when every model is held out: each half of the hand-labelled
training documents is read by the candidate and speech models trained without it, with raw confidences, and each
event inside a labelled sentence is marked fully right (type, source and recipient) or not:

    python scripts/train_events.py --without-half 0 -o /tmp/wo0.json          # and --without-half 1
    python scripts/train_speech.py --with-sentences --skip-misread \\
        --extra-labels training/events/speech_pairs_s14.jsonl --without-half 0 -o /tmp/sp0.json   # and 1
    python scripts/role_eval.py --raw-confidence --event-models /tmp/wo0.json /tmp/wo1.json \\
        --speech-models /tmp/sp0.json /tmp/sp1.json --json /tmp/heldout.json
    python scripts/train_calibration.py /tmp/heldout.json [--write]

or all of it in one command, `python scripts/train_calibration.py --rebuild /tmp/cal --write` (about 40 minutes on two
cores: the four held-out models, then role_eval). It prints the reliability of the raw and of the calibrated confidence, each half scored by a calibration fitted on
the other half, and what dropping events under each threshold would do to precision and recall over the labelled
events; `--write` fits on both halves and writes the packaged weights.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
OUT = ROOT / "src/dateline/knowledge/data/events/calibration.json"
BANDS = [(i / 10, (i + 1) / 10) for i in range(10)]


def load(path: Path) -> tuple[list[dict], int]:
    """(system event rows with features, number of labelled events located in the text)."""
    from train_roles import half_of

    rows = json.loads(path.read_text(encoding="utf-8"))["rows"]
    labelled = sum(1 for r in rows if r.get("status") not in ("system", "untold", "unlocated"))
    events = [{**r, "half": half_of(r["doc"])} for r in rows if r.get("status") == "system" and "features" in r]
    return events, labelled


def fit(rows: list[dict], C: float) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    X = vec.fit_transform([r["features"] for r in rows])
    y = [int(bool(r["full"])) for r in rows]
    lr = LogisticRegression(C=C, max_iter=2000).fit(X, y)
    return {"weights": {n: round(float(w), 5) for n, w in zip(vec.get_feature_names_out(), lr.coef_[0]) if abs(w) > 1e-6},
            "intercept": round(float(lr.intercept_[0]), 5)}


def cross_fitted(rows: list[dict], C: float) -> list[float]:
    """Each half's events scored by a calibration fitted on the other half."""
    from dateline.extract.events.calibration import probability

    models = {h: fit([r for r in rows if r["half"] != h], C) for h in (0, 1)}
    return [probability(models[r["half"]], r["features"]) for r in rows]


def reliability(probs: list[float], right: list[bool]) -> list[tuple]:
    out = []
    for lo, hi in BANDS:
        got = [ok for p, ok in zip(probs, right) if lo <= p < hi or (hi == 1.0 and p == 1.0)]
        if got:
            out.append((f"{lo:.1f}-{hi:.1f}", len(got), round(sum(got) / len(got), 3)))
    return out


def scores(probs: list[float], right: list[bool]) -> dict:
    eps = 1e-6
    brier = sum((p - ok) ** 2 for p, ok in zip(probs, right)) / len(probs)
    logloss = -sum(math.log(max(eps, p if ok else 1 - p)) for p, ok in zip(probs, right)) / len(probs)
    return {"brier": round(brier, 4), "log_loss": round(logloss, 4)}


def thresholds(probs: list[float], right: list[bool], labelled: int) -> list[tuple]:
    """(threshold, events kept, fully right kept, precision, recall over labelled events, F1)."""
    out = []
    for t in [x / 20 for x in range(0, 15)]:
        kept = [ok for p, ok in zip(probs, right) if p >= t]
        tp = sum(kept)
        prec, rec = (tp / len(kept) if kept else 0.0), tp / labelled
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out.append((t, len(kept), tp, round(prec, 3), round(rec, 3), round(f1, 3)))
    return out


def rebuild(work: Path) -> Path:
    """Run the four held-out trainings and role_eval into `work`; the path of the outcome rows."""
    import subprocess

    work.mkdir(parents=True, exist_ok=True)
    speech = json.loads((ROOT / "training/events/manifest.json").read_text(encoding="utf-8"))["speech"]
    py = [sys.executable]
    for h in (0, 1):
        subprocess.run(py + [str(ROOT / "scripts/train_events.py"), "--without-half", str(h), "-o", str(work / f"wo{h}.json")],
                       check=True)
        subprocess.run(py + [str(ROOT / "scripts/train_speech.py"), "--with-sentences", "--skip-misread", "--extra-labels",
                             *speech.get("extra_labels", []), "--without-half", str(h), "-o", str(work / f"sp{h}.json")],
                       check=True, cwd=ROOT)
    out = work / "heldout.json"
    subprocess.run(py + [str(ROOT / "scripts/role_eval.py"), "--raw-confidence", "--event-models", str(work / "wo0.json"),
                         str(work / "wo1.json"), "--speech-models", str(work / "sp0.json"), str(work / "sp1.json"),
                         "--json", str(out)], check=True)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("rows", nargs="?", help="role_eval.py --raw-confidence --json output with every model held out")
    ap.add_argument("--rebuild", metavar="DIR", help="first train the held-out models and run role_eval into DIR")
    ap.add_argument("--C", type=float, default=0.2, help="inverse regularisation of the logistic regression")
    ap.add_argument("--write", action="store_true", help="fit on both halves and write the packaged weights")
    args = ap.parse_args(argv)
    if not (args.rows or args.rebuild):
        ap.error("give the role_eval rows or --rebuild DIR")
    rows, labelled = load(rebuild(Path(args.rebuild)) if args.rebuild else Path(args.rows))
    right = [bool(r["full"]) for r in rows]
    raw = [float(r["confidence"]) for r in rows]
    held = cross_fitted(rows, args.C)
    print(f"{len(rows)} events in labelled sentences, {sum(right)} fully right; {labelled} labelled events")
    for name, probs in (("raw", raw), ("calibrated (other half)", held)):
        print(f"\n{name}: {scores(probs, right)}\n  band      events  share right")
        for band, n, share in reliability(probs, right):
            print(f"  {band}  {n:6d}  {share:.3f}")
    print("\ndropping events under a calibrated threshold (held out): t, kept, right, P, R, F1")
    curve = thresholds(held, right, labelled)
    for row in curve:
        print("  " + "  ".join(str(v) for v in row))
    families = sorted({r["rule"].split(".", 1)[0] for r in rows})
    print("\nby rule family (held out): events, right, mean raw, mean calibrated")
    for fam in families:
        idx = [i for i, r in enumerate(rows) if r["rule"].split(".", 1)[0] == fam]
        print(f"  {fam:10s} {len(idx):5d} {sum(right[i] for i in idx):5d} "
              f"{sum(raw[i] for i in idx) / len(idx):.3f} {sum(held[i] for i in idx) / len(idx):.3f}")
    if args.write:
        model = fit(rows, args.C)
        model["about"] = ("End-to-end event calibration (scripts/train_calibration.py): logistic regression over "
                          "calibration.features, fitted on the events of the hand-labelled training documents, each half "
                          "read by candidate and speech models trained without it; target: the event is fully right "
                          "(type, source, recipient).")
        model["figures"] = {"events": len(rows), "right": sum(right), "C": args.C,
                            "held_out_raw": scores(raw, right), "held_out_calibrated": scores(held, right),
                            "reliability_held_out": reliability(held, right)}
        OUT.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"\nwrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
