"""Train the learned attribution cue (extract/quotes/learned.py) on PolNeAR train.

usage: python scripts/train_quote_cues.py [--held-out N] [--out PATH] [--cache DIR] [--no-refit] [--folds K]

Reads ../shared/data/polnear/train only. Left out: the blind set's PolNeAR articles
(eval/blind/manifest.json) and the articles of the hand-labelled actor set
(eval/actors/labels.json). A seeded draw of N further articles (default 120) is held out to
report held-out figures (and, with --no-refit, to score the model end to end); the shipped model
is trained on every remaining article. The decision thresholds (one per candidate kind) are
chosen on out-of-fold probabilities over the training articles (K folds by article, default 5):
one draw of 120 articles made them jump by 0.15 between two trainings. PolNeAR dev and test are
never read.

A candidate (a word and the complement that would be its content) is positive when a gold
attribution's Cue covers the word and half or more of the candidate's content lies inside
that attribution's Content. The model is a logistic regression (scikit-learn, training only);
its weights are written as plain JSON to knowledge/data/quotes/cue_model.json.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TRAIN = SHARED / "data" / "polnear" / "train"
sys.path.insert(0, str(SHARED / "eval"))
sys.path.insert(0, str(ROOT / "src"))

import polnear_score as ps  # noqa: E402  (the shared scorer's brat reader)

from dateline import nlp  # noqa: E402
from dateline.extract.quotes.learned import candidates, features  # noqa: E402
from dateline.extract.quotes.marks import find_segments  # noqa: E402
from dateline.knowledge import reporting  # noqa: E402
from dateline.options import Options  # noqa: E402

OUT = ROOT / "src" / "dateline" / "knowledge" / "data" / "quotes" / "cue_model.json"


def excluded() -> set[str]:
    """Articles never trained on: the blind set's and the actor set's."""
    blind = json.loads((ROOT / "eval" / "blind" / "manifest.json").read_text())["articles"]
    out = {Path(a["source"]).stem for a in blind}
    labels = (ROOT / "eval" / "actors" / "labels.json").read_text(encoding="utf-8")
    stems = [p.stem for p in (TRAIN / "text").glob("*.txt")]
    return out | {s for s in stems if s in labels}


def split_articles(held_out: int, seed: int = 10) -> tuple[list[str], list[str]]:
    gold = sorted(ps.load_gold(TRAIN))
    skip = excluded()
    pool = [s for s in gold if s not in skip]
    held = set(random.Random(seed).sample(pool, held_out)) if held_out else set()
    return [s for s in pool if s not in held], sorted(held)


def examples(doc, atts, lex) -> list[tuple[list[str], int, tuple[int, int]]]:
    """(features, label, content char span) for every candidate outside quotation marks."""
    segs = [(s.start, s.end) for s in find_segments(doc.text) if not s.single]
    out = []
    for tok in doc:
        if any(s <= tok.idx < e for s, e in segs):
            continue
        for cand in candidates(doc, tok):
            cs, ce = doc[cand.left].idx, doc[cand.right].idx + len(doc[cand.right])
            label = 0
            for a in atts:
                if not any(ps.overlaps((tok.idx, tok.idx + len(tok)), f) for f in a["Cue"]):
                    continue
                inside = sum(max(0, min(ce, e) - max(cs, s)) for s, e in a["Content"])
                if inside >= 0.5 * (ce - cs):
                    label = 1
                    break
            out.append((features(cand, lex), label, (cs, ce)))
    return out


def parsed(stems: list[str], model, cache: Path | None) -> list:
    """The parsed articles, from `cache` (a spaCy DocBin per article) when it holds them."""
    from spacy.tokens import DocBin
    gold = ps.load_gold(TRAIN)
    docs = []
    for n, stem in enumerate(stems):
        path = cache / f"{stem}.spacy" if cache else None
        if path is not None and path.exists():
            docs.append(next(DocBin().from_disk(path).get_docs(model.vocab)))
            continue
        doc = model(gold[stem][0])
        if path is not None:
            DocBin(docs=[doc], store_user_data=False).to_disk(path)
        docs.append(doc)
        if n % 100 == 0:
            print(f"  parsed {n}/{len(stems)}", file=sys.stderr)
    return docs


def build(stems: list[str], model, lex, cache: Path | None) -> list[tuple[str, list]]:
    gold = ps.load_gold(TRAIN)
    return [(stem, examples(doc, gold[stem][1], lex)) for stem, doc in zip(stems, parsed(stems, model, cache))]


def fit(rows, c: float = 0.5):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    X = [{f: 1 for f in feats} for _, ex in rows for feats, _, _ in ex]
    y = [label for _, ex in rows for _, label, _ in ex]
    vec = DictVectorizer()
    clf = LogisticRegression(C=c, max_iter=2000, class_weight=None)
    clf.fit(vec.fit_transform(X), y)
    return vec, clf


def export(vec, clf, threshold: float, meta: dict) -> dict:
    """The model as plain JSON: weights, bias, the overall threshold and one per candidate kind."""
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0]) if abs(w) >= 0.01}
    return {"_about": "Learned attribution cue (dateline.extract.quotes.learned); trained by "
                      "scripts/train_quote_cues.py on PolNeAR train (not dev, test or the blind set's articles).",
            "enabled": False,  # PolNeAR's broad attributions: switched on through a knowledge directory
            "bias": round(float(clf.intercept_[0]), 4), "threshold": threshold,
            "thresholds": meta["thresholds_by_kind"], "weights": weights, "meta": meta}


def predicted(rows, c: float, folds: int, seed: int = 24) -> list[tuple[float, int, str]]:
    """(probability, label, candidate kind) of every candidate, each from a model fitted without its article's fold."""
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    out = []
    for k in range(folds):
        test = {i for n, i in enumerate(order) if n % folds == k}
        vec, clf = fit([r for i, r in enumerate(rows) if i not in test], c)
        ex = [e for i, r in enumerate(rows) if i in test for e in r[1]]
        probs = clf.predict_proba(vec.transform([{f: 1 for f in feats} for feats, _, _ in ex]))[:, 1]
        out += [(float(p), label, feats[0].split(":", 1)[1]) for p, (feats, label, _) in zip(probs, ex)]
    return out


def best_threshold(scored: list[tuple[float, int]]) -> tuple[float, tuple[float, float, float]]:
    """The grid threshold (0.20 … 0.80) with the best candidate F1, and its (P, R, F1)."""
    best = (-1.0, 0.5, (0.0, 0.0, 0.0))
    for t in [x / 20 for x in range(4, 17)]:
        tp = sum(1 for p, y in scored if p >= t and y)
        fp = sum(1 for p, y in scored if p >= t and not y)
        fn = sum(1 for p, y in scored if p < t and y)
        p_, r_ = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        f = 2 * p_ * r_ / max(p_ + r_, 1e-9)
        if f > best[0]:
            best = (f, t, (round(p_, 3), round(r_, 3), round(f, 3)))
    return best[1], best[2]


def thresholds_of(scored: list[tuple[float, int, str]]) -> tuple[float, dict, dict]:
    """One threshold overall and one per candidate kind, each at its best candidate F1 (a kind with no positive
    candidate is never taken: threshold 1.0)."""
    threshold, prf = best_threshold([(p, y) for p, y, _ in scored])
    by_kind, report = {}, {"all": prf}
    for kind in sorted({k for _, _, k in scored}):
        sel = [(p, y) for p, y, k in scored if k == kind]
        by_kind[kind], report[kind] = best_threshold(sel) if any(y for _, y in sel) else (1.0, (0.0, 0.0, 0.0))
        print(f"  {kind}: candidates {len(sel)}, threshold {by_kind[kind]:.2f}: P/R/F1 {report[kind]}")
    return threshold, by_kind, report


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--held-out", type=int, default=120)
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--cache", default="", help="directory caching each article's candidates")
    ap.add_argument("--no-refit", action="store_true",
                    help="ship the model trained without the held-out articles (to score them end to end)")
    ap.add_argument("--list-held-out", action="store_true", help="print the held-out article ids and stop")
    ap.add_argument("--c", type=float, default=0.5, help="inverse regularisation strength")
    ap.add_argument("--folds", type=int, default=5,
                    help="folds of the out-of-fold probabilities the thresholds are chosen on")
    ap.add_argument("--threshold", action="append", default=[], metavar="KIND=T",
                    help="a kind's threshold chosen end to end instead (the shipped model: topic=0.3, chosen on "
                         "the held-out articles' Source token F1 with --no-refit; candidate F1 undervalues precision)")
    args = ap.parse_args(argv)
    cache = Path(args.cache) if args.cache else None
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
    model = nlp.load(Options().model)
    lex = reporting.load()
    train, held = split_articles(args.held_out)
    if args.list_held_out:
        print("\n".join(held))
        return 0
    print(f"train {len(train)} articles, held out {len(held)}", file=sys.stderr)
    rows_t = build(train, model, lex, cache)
    rows_h = build(held, model, lex, cache)
    rows = rows_t if args.no_refit else rows_t + rows_h
    threshold, by_kind, report = thresholds_of(predicted(rows, args.c, args.folds))
    by_kind.update({k: float(t) for k, t in (x.split("=", 1) for x in args.threshold)})
    vec, clf = fit(rows, args.c)
    if rows_h:  # the model without the held-out articles, at the chosen thresholds, on them
        held_vec, held_clf = (vec, clf) if args.no_refit else fit(rows_t, args.c)
        ex = [e for _, r in rows_h for e in r]
        probs = held_clf.predict_proba(held_vec.transform([{f: 1 for f in feats} for feats, _, _ in ex]))[:, 1]
        kinds = [feats[0].split(":", 1)[1] for feats, _, _ in ex]
        scored = [(p, y) for p, (_, y, _), k in zip(probs, ex, kinds) if p >= by_kind.get(k, threshold)]
        tp, n_pos = sum(y for _, y in scored), sum(y for _, y, _ in ex)
        report["held_out"] = (round(tp / max(len(scored), 1), 3), round(tp / max(n_pos, 1), 3))
        print(f"held out {len(held)} articles: candidate P {report['held_out'][0]} R {report['held_out'][1]}")
    meta = {"thresholds_by_kind": by_kind, "train_articles": len(rows), "held_out_articles": len(held),
            "candidate_prf": report, "folds": args.folds, "refit_on_held_out": not args.no_refit,
            "thresholds_set_end_to_end": args.threshold,
            "threshold_chosen_on": f"{args.folds}-fold out-of-fold probabilities over the training articles, "
                                   "candidate F1"}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(export(vec, clf, threshold, meta), sort_keys=True) + "\n")
    print(f"threshold {threshold:.2f}; wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
