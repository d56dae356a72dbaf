"""The candidate model's typing held out (issue 9, session 30): confusions, and variants of features and fitting.

    python scripts/event_study/typing_cv.py [--docs /tmp/typing_docs] [--groups "" mood quote mood,quote ...]
        [--C 1.0 0.5 ...] [--balance 0 0.3 ...] [--confusion] [--halves PREFIX]

Parses the training sentences of scripts/train_events.py once (a DocBin kept at --docs), then builds the candidate
rows with each set of optional feature groups (`learned.features(groups=...)`) and cross-validates them
(train_events._held_out: 4 folds grouped by document, synthetic and invented sentences always train). Prints, per
variant, what the pipeline does on held-out folds (hand lexicon, else the model at the candidate threshold 0.3):
candidate P / R / F1, per-type P / R for ACCUSE / SUPPORT / REQUEST / REJECT, the log loss of the label, and with
--confusion the labelled type against the likeliest non-NONE type among candidates labelled as events; --halves writes
each variant's half models for `role_eval.py --event-models` (and a model of every row). Training data only, never
evaluation data.
"""
from __future__ import annotations

import argparse
import json
import math
import pickle
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

STUDIED = ("ACCUSE", "SUPPORT", "REQUEST", "REJECT")


def parsed(shared: Path, manifest: dict, where: Path):
    """(sentences, Docs) of train_events.examples' input, parsed once and kept at `where`."""
    import train_events as te
    from spacy.tokens import DocBin
    from dateline import nlp as nlpmod
    from dateline.options import DEFAULT_MODEL
    nlp = nlpmod.load(DEFAULT_MODEL)
    meta, bin_ = where / "sentences.pkl", where / "docs.spacy"
    if meta.exists() and bin_.exists():
        sents = pickle.loads(meta.read_bytes())
        return sents, list(DocBin().from_disk(bin_).get_docs(nlp.vocab))
    hand, material, ngec, invented = te.training_sentences(manifest, shared)
    sents = {"hand": hand, "rest": material + invented, "ngec": ngec}
    docs = list(nlp.pipe([s["text"] for s in hand + material + invented + ngec], batch_size=64))
    where.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs).to_disk(bin_)
    meta.write_bytes(pickle.dumps(sents))
    return sents, docs


class _Parsed:
    """Stands in for the spaCy pipeline in train_events.examples: hands back the cached Docs in order."""

    def __init__(self, docs):
        self.docs = docs

    def pipe(self, texts, batch_size=64):
        texts = list(texts)
        assert len(texts) == len(self.docs), (len(texts), len(self.docs))
        return iter(self.docs)


def rows(te, sents, docs, manifest, groups: tuple):
    from dateline.knowledge.events import load
    for d in docs:
        d.user_data.clear()  # the per-document memo of matches and scores
    return te.examples(_Parsed(docs), load(), sents["hand"] + sents["rest"], sents["ngec"],
                       manifest.get("ngec_weight", 0.3), manifest.get("invented_weight", 1.0), groups)


def type_prf(ys, pred, t) -> dict:
    tp = sum(1 for a, b in zip(ys, pred) if a == b == t)
    g, s = sum(1 for a in ys if a == t), sum(1 for b in pred if b == t)
    return {"P": round(tp / max(1, s), 3), "R": round(tp / max(1, g), 3), "tp": tp}


def evaluate(te, X, y, held, hand_idx, kinds, hand, thr: float = 0.3) -> dict:
    ys, types, cal, hl, probs = te.held_out_readings(X, y, held, hand_idx)
    pred = te._combined(hl, types, cal, probs, thr, 0.0)
    gold = {s["id"]: {e["type"] for e in s["events"]} for s in hand}
    hk = [kinds[i] for i in hand_idx]
    out = {"all": te._candidate_prf(ys, pred), **{t[:3]: type_prf(ys, pred, t) for t in STUDIED},
           "model_only": te._candidate_prf(ys, [t if c >= thr else "NONE" for t, c in zip(types, cal)]),
           "sent_type_acc": te._sentence_metrics(hk, ys, pred, cal, gold).get("type_accuracy"),
           "log_loss": round(-sum(math.log(max(1e-9, p.get(t, 0.0))) for p, t in zip(probs, ys)) / len(ys), 4),
           "type_acc_events": round(sum(a == b for a, b in zip(ys, types) if a != "NONE")
                                    / max(1, sum(a != "NONE" for a in ys)), 4)}
    return out


def confusion(y, held, hand_idx) -> dict:
    c = Counter((y[i], held[i][0]) for i in hand_idx if y[i] != "NONE" and y[i] != held[i][0])
    return {f"{a}->{b}": n for (a, b), n in c.most_common(25)}


def write_halves(te, X, y, w, grp, kinds, held, hand_idx, C, groups, prefix: str) -> None:
    """The two half models of a variant (and PREFIXall.json, fitted on every row), with the packaged model's settings
    and the variant's own isotonic map."""
    from sklearn.isotonic import IsotonicRegression
    pr = [held[i][1] for i in hand_idx]
    ok = [int(y[i] == held[i][0]) for i in hand_idx]
    iso = IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0).fit(pr, ok)
    shipped = json.loads(te.OUT.read_text(encoding="utf-8"))
    for half in (0, 1, "all"):
        keep = te.rows_without_half(grp, kinds, half) if half != "all" else range(len(y))
        model = te.fit_all([X[i] for i in keep], [y[i] for i in keep], [w[i] for i in keep], C)
        model.update({k: v for k, v in shipped.items() if k not in ("classes", "intercept", "weights")})
        model["calibration"] = {"x": [round(float(v), 4) for v in iso.X_thresholds_],
                                "y": [round(float(v), 4) for v in iso.y_thresholds_]}
        model["feature_groups"] = list(groups)
        Path(f"{prefix}{half}.json").write_text(json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n")
        print(f"{prefix}{half}.json: {len(keep)} rows", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--docs", default="/tmp/typing_docs")
    ap.add_argument("--groups", nargs="+", default=[""])
    ap.add_argument("--C", type=float, nargs="+", default=[1.0])
    ap.add_argument("--balance", type=float, nargs="+", default=[0.0],
                    help="event-type weights (train_events.balanced): 0 none, 1 every type the same total weight")
    ap.add_argument("--confusion", action="store_true")
    ap.add_argument("--halves", metavar="PREFIX", help="also write the two held-out half models PREFIX0.json and "
                    "PREFIX1.json of each variant (its own calibration map from these folds), for role_eval.py")
    args = ap.parse_args()
    import train_events as te
    manifest = json.loads(te.MANIFEST.read_text(encoding="utf-8"))
    sents, docs = parsed(Path(args.shared), manifest, Path(args.docs))
    for variant in args.groups:
        groups = tuple(g for g in variant.split(",") if g)
        X, y, w, grp, kinds, _ = rows(te, sents, docs, manifest, groups)
        for C, power in ((c, p) for c in args.C for p in args.balance):
            hand_idx, held = te._held_out(X, y, te.balanced(y, w, power), grp, kinds, C, manifest.get("folds", 4),
                                          manifest.get("seed", 13))
            res = {"groups": variant or "none", "C": C, "balance": power,
                   **evaluate(te, X, y, held, hand_idx, kinds, sents["hand"])}
            if args.confusion:
                res["confusion"] = confusion(y, held, hand_idx)
            if args.halves:
                write_halves(te, X, y, te.balanced(y, w, power), grp, kinds, held, hand_idx, C, groups, args.halves)
            print(json.dumps(res))
            sys.stdout.flush()


if __name__ == "__main__":
    main()
