"""Fit the toponym disambiguation weights (src/dateline/knowledge/data/geo/resolver.json).

usage: python scripts/train_geo_resolver.py [--train TR-News.xml] [--cache DIR] [--write] [--folds K] [--C C]

For every toponym of the training set that the places extractor finds and that has more than
one gazetteer candidate, each candidate becomes one row of features (extract/places.py
`candidate_features`: kind, population, capital, alternate name, the article's other toponyms'
countries, region and distance, ", <region>" after the name, the outlet's home country read from
the article's <url>) labelled 1 when it lies within
161 km of the gold point. A logistic regression (scikit-learn, the `train` extra) fits the
weights; the candidate with the highest score wins at run time.

Fitted on ONE set (default TR-News, GeoNames-annotated news) and scored on the OTHER (GeoVirus,
Wikipedia-annotated) as held-out: the script prints acc@161km on both, the training set's figure
being in-sample. `--write` stores the weights in the package; `--cache DIR` keeps the parsed
articles (spaCy DocBin) between runs. `--folds K` also prints held-out figures on the training set
itself: articles split into K folds by position, each fold scored with weights fitted on the others
(the honest figure for a new feature: it must help there, not only in-sample).
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import geo_eval  # noqa: E402

from dateline.extract import Context  # noqa: E402
from dateline.extract import places as P  # noqa: E402
from dateline.knowledge import load_knowledge  # noqa: E402
from dateline.knowledge.registry import norm  # noqa: E402
from dateline.record import Article  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "src/dateline/knowledge/data/geo/resolver.json"
SETS = ("GeoVirus.xml", "TR-News.xml")


def parsed(name: str, cache: Path | None):
    """(text, gold, doc, url) for every article of one set, parsed once (cached as a DocBin when asked)."""
    from spacy.tokens import DocBin

    from dateline import nlp
    from dateline.options import Options
    docs = list(geo_eval.read(geo_eval.GEO / name))
    path = cache / f"{name}.spacy" if cache else None
    if path and path.exists():
        import spacy
        sdocs = list(DocBin().from_disk(path).get_docs(spacy.blank("en").vocab))
    else:
        sdocs = list(nlp.load(Options().model).pipe(t for t, _ in docs))
        if path:
            cache.mkdir(parents=True, exist_ok=True)
            db = DocBin()
            for d in sdocs:
                db.add(d)
            db.to_disk(path)
    return [(t, g, d, u) for (t, g), d, u in zip(docs, sdocs, geo_eval.urls(geo_eval.GEO / name))]


def rows(articles, knowledge, groups: list | None = None):
    """Feature rows and labels of every ambiguous found toponym (`groups`, when given, receives each
    row's mention number)."""
    gaz = knowledge.gazetteer
    X, y = [], []
    for text, gold, doc, url in articles:
        ctx = Context(article=Article(id="g", text=text, url=url), doc=doc, knowledge=knowledge)
        mentions = P._mentions(doc, ctx, gaz)
        art = P._context(gaz, mentions)
        art.home = P._home(ctx.article)
        around = P.settings(doc, gaz, mentions, art)
        for span, role, look in mentions:
            if role == "adjectival":
                continue
            g = next((g for g in gold if span.start_char < g[1] and g[0] < span.end_char), None)
            key = norm(look)
            cands = P._candidates(gaz, key)
            if g is None or len(cands) < 2:
                continue
            labels = [c.lat is not None and geo_eval.km((c.lat, c.lon), (g[3], g[4])) <= 161 for c in cands]
            if not any(labels):
                continue
            X += P.candidate_features(gaz, key, cands, around[span.start], art)
            y += labels
            if groups is not None:
                groups += [len(groups) and groups[-1] + 1] * len(cands)
    return X, y


def fit(X, y, c: float = 1.0) -> list[float]:
    """Logistic regression weights (no intercept: the features carry a bias column); c is its inverse
    regularisation strength."""
    from sklearn.linear_model import LogisticRegression
    model = LogisticRegression(C=c, max_iter=2000, fit_intercept=False)
    model.fit(X, y)
    return [round(float(w), 4) for w in model.coef_[0]]


class Parsed:
    """Already parsed documents in the shape geo_eval.score expects of a spaCy pipeline."""

    def __init__(self, docs):
        self.docs = docs

    def pipe(self, texts):
        return iter(self.docs)


def cross_validate(name: str, articles, knowledge, k: int, c: float = 1.0) -> dict:
    """acc@161km of found and the error distances over the training set, each article scored with
    weights fitted on the other folds (fold = position modulo k)."""
    saved, found, resolved, dists = knowledge.gazetteer.resolver, 0, 0.0, []
    for fold in range(k):
        train = [a for i, a in enumerate(articles) if i % k != fold]
        test = [a for i, a in enumerate(articles) if i % k == fold]
        knowledge.gazetteer.resolver = {"features": [*P.FEATURES, "bias"], "weights": fit(*rows(train, knowledge), c)}
        m = geo_eval.score(name, [(t, g) for t, g, *_ in test], Parsed([a[2] for a in test]), knowledge,
                           urls=[a[3] for a in test])
        n = round(m["recall"] * m["gold"])
        found, resolved = found + n, resolved + m["acc161_found"] * n
        dists.append((m["mean_km"] * n, m["median_km"], n))
    knowledge.gazetteer.resolver = saved
    return {"acc161_found": resolved / max(found, 1), "mean_km": sum(d[0] for d in dists) / max(found, 1),
            "median_km_of_folds": sorted(d[1] for d in dists)[k // 2]}


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--train", default="TR-News.xml", choices=SETS, help="the set the weights are fitted on")
    ap.add_argument("--cache", type=Path, help="keep the parsed articles (spaCy DocBin) here between runs")
    ap.add_argument("--folds", type=int, help="also print K-fold held-out figures on the training set")
    ap.add_argument("--C", type=float, default=1.0, dest="c", help="inverse regularisation strength")
    ap.add_argument("--write", action="store_true", help="store the weights in the package")
    args = ap.parse_args(argv)
    train, cache = args.train, args.cache
    knowledge = load_knowledge()
    data = {name: parsed(name, cache) for name in SETS}
    if args.folds:
        k = args.folds
        cv = cross_validate(train, data[train], knowledge, k, args.c)
        print(f"{train} ({k} folds, each held out): acc@161km(of found)={cv['acc161_found']:.3f} "
              f"mean_km={cv['mean_km']:.0f} median_km(middle fold)={cv['median_km_of_folds']:.0f}")
    X, y = rows(data[train], knowledge)
    weights = fit(X, y, args.c)
    features = [*P.FEATURES, "bias"]
    print(f"trained on {train}: {len(y)} candidate rows, {sum(y)} right")
    for f, w in zip(features, weights):
        print(f"  {f:20s} {w:+.3f}")
    knowledge.gazetteer.resolver = {"features": features, "weights": weights}

    for name in SETS:
        arts = data[name]
        m = geo_eval.score(name, [(t, g) for t, g, *_ in arts], Parsed([a[2] for a in arts]), knowledge,
                           urls=[a[3] for a in arts])
        tag = "in-sample" if name == train else "held-out"
        print(f"{name} ({tag}): acc@161km(of found)={m['acc161_found']:.3f} mean_km={m['mean_km']:.0f} "
              f"median_km={m['median_km']:.0f}")
    if args.write:
        OUT.write_text(json.dumps({
            "_comment": f"Toponym disambiguation weights fitted by scripts/train_geo_resolver.py on {train} "
                        "(logistic regression over candidate features, extract/places.py FEATURES + bias). "
                        "A user file replacing them must use \"=weights\".",
            "features": features, "weights": weights}, indent=1) + "\n", encoding="utf-8")
        print("wrote", OUT)
    return 0 if all(not math.isnan(w) for w in weights) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
