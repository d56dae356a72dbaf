"""Train the learned attribution cue (extract/quotes/learned.py) on PolNeAR train.

usage: python scripts/train_quote_cues.py [--held-out N] [--out PATH] [--cache DIR]

Reads ../shared/data/polnear/train only. Left out: the blind set's PolNeAR articles
(eval/blind/manifest.json) and the articles of the hand-labelled actor set
(eval/actors/labels.json). A seeded draw of N further articles (default 120) is held out to
choose the decision threshold and to report held-out figures; the final model is then trained
on every remaining article. PolNeAR dev and test are never read.

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


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--held-out", type=int, default=120)
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--cache", default="", help="directory caching each article's candidates")
    ap.add_argument("--no-refit", action="store_true",
                    help="ship the model trained without the held-out articles (to score them end to end)")
    ap.add_argument("--list-held-out", action="store_true", help="print the held-out article ids and stop")
    ap.add_argument("--c", type=float, default=0.5, help="inverse regularisation strength")
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
    vec, clf = fit(rows_t, args.c)
    Xh = [{f: 1 for f in feats} for _, ex in rows_h for feats, _, _ in ex]
    yh = [label for _, ex in rows_h for _, label, _ in ex]
    probs = clf.predict_proba(vec.transform(Xh))[:, 1]
    best = (0.0, 0.5)
    report = {}
    for t in [x / 20 for x in range(4, 17)]:
        tp = sum(1 for p, y in zip(probs, yh) if p >= t and y)
        fp = sum(1 for p, y in zip(probs, yh) if p >= t and not y)
        fn = sum(1 for p, y in zip(probs, yh) if p < t and y)
        p_, r_ = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        f = 2 * p_ * r_ / max(p_ + r_, 1e-9)
        report[t] = (round(p_, 3), round(r_, 3), round(f, 3))
        print(f"threshold {t:.2f}: candidate P {p_:.3f} R {r_:.3f} F1 {f:.3f}")
        if f > best[0]:
            best = (f, t)
    threshold = best[1]
    kinds = [feats[0].split(":", 1)[1] for _, ex in rows_h for feats, _, _ in ex]
    thresholds = {}
    for kind in sorted(set(kinds)):
        sel = [(p, y) for p, y, k in zip(probs, yh, kinds) if k == kind]
        best_k = (-1.0, threshold, None)
        for t in [x / 20 for x in range(4, 17)]:
            tp = sum(1 for p, y in sel if p >= t and y)
            fp = sum(1 for p, y in sel if p >= t and not y)
            fn = sum(1 for p, y in sel if p < t and y)
            p_, r_ = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
            f = 2 * p_ * r_ / max(p_ + r_, 1e-9)
            if f > best_k[0]:
                best_k = (f, t, (round(p_, 3), round(r_, 3), round(f, 3)))
        thresholds[kind] = best_k[1]
        print(f"  {kind}: candidates {len(sel)}, threshold {best_k[1]:.2f}: P/R/F1 {best_k[2]}")
    meta = {"thresholds_by_kind": thresholds, "train_articles": len(train), "held_out_articles": len(held), "held_out_candidate_prf": report[threshold],
            "threshold_chosen_on": "held-out PolNeAR train articles, candidate F1"}
    if args.held_out and not args.no_refit:  # the shipped model sees every article; the threshold comes from the held-out run
        vec, clf = fit(rows_t + rows_h, args.c)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(export(vec, clf, threshold, meta), sort_keys=True) + "\n")
    print(f"threshold {threshold:.2f}; wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
