"""Train the learned actor / non-actor decision (extract/actors/learned.py) on the spent hand-labelled actor sets.

Each labelled article (eval/actors/labels*.json: `actors` with aliases, `not_actors` names) is run through the
whole pipeline with the decision switched off; every named non-state actor is then a positive (non-actor) when one
of its name mentions is a labelled non-actor and no labelled actor matched it, a negative when a labelled actor
matched it (score_actors.py's matching), and left out otherwise. A logistic regression over learned.features is
cross-validated with whole articles held out together (GroupKFold), trained on the articles as extracted without
the head-word non-actor rules (more non-actors to learn from) and tested on them as shipped; the threshold is the
lowest at which the held-out drops are right (non-actors) at least MIN_PRECISION of the time. Then it is fit on all
and written to knowledge/data/actors/nonactor_model.json — with no weights (the decision off) when no threshold
reaches MIN_PRECISION, as on the eight spent sets in session 13 (docs/actors.md).

    python scripts/train_nonactors.py [--cache /tmp/nonactor_cache.pkl] [--cv-only] [--sets labels,labels_s5,...]

Held-out sets (eval/actors/labels_s23.json and later, until spent) must never be listed here; labels_s13 to
labels_s22 were each scored once at the end of their session and are spent.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval" / "actors"))
LABELS = ROOT / "eval" / "actors"
OUT = ROOT / "src/dateline/knowledge/data/actors/nonactor_model.json"
SPENT = ("labels", "labels_s5", "labels_s6", "labels_s7", "labels_s8", "labels_s9", "labels_s10", "labels_s12",
         "labels_s13", "labels_s14", "labels_s15", "labels_s16", "labels_s17", "labels_s18", "labels_s22")
MIN_PRECISION = 0.75  # held-out drops that must be labelled non-actors
C = 0.5               # inverse L2 strength (chosen by the same cross-validation: 0.1, 0.5, 2 compared)
FOLDS = 5


def _article_text(art) -> str:
    from score_actors import TEXTS
    path = LABELS / art["file"] if (LABELS / art["file"]).exists() else TEXTS / art["file"]
    raw = path.read_bytes()
    if art.get("sha256") and hashlib.sha256(raw).hexdigest() != art["sha256"]:
        raise SystemExit(f"{art['file']}: text differs from the labelled one")
    return raw.decode("utf-8")


def _run(sets, rules: bool = True) -> list[dict]:
    """Parse and extract every labelled article with the decision off (and, with `rules` False, the head-word
    non-actor rules of names.py too, so that the names they drop teach the model); keep what the features need."""
    import dateline.extract.actors as actors_mod
    from dateline.extract.actors.names import NamesMixin
    from dateline.ingest import make_article
    from dateline.options import Options
    from dateline.pipeline import process
    captured = {}

    def record(actors, doc, ctx, in_quote):
        captured["x"] = (doc.to_bytes(exclude=["user_data"]), [(p.start, p.end) for p in ctx.places])
        return actors

    actors_mod.keep_actors = record
    if not rules:
        NamesMixin._not_an_actor = lambda self, span, label: False
    rows, options = [], Options()
    for name in sets:
        labels = json.loads((LABELS / f"{name}.json").read_text(encoding="utf-8"))
        for art in labels["articles"]:
            text = _article_text(art)
            a = make_article(text, source=art["file"], id=art["file"], date=art["date"], options=options)
            [res] = list(process([a], options, strict=True))
            doc_bytes, places = captured.pop("x")
            rows.append({"set": name, "file": art["file"], "rules": rules, "text": text, "doc": doc_bytes,
                         "places": places,
                         "actors": res.record.actors, "gold": art["actors"], "not_actors": art["not_actors"]})
        print(f"{name}: {len(labels['articles'])} articles", file=sys.stderr)
    return rows


def _labelled(row) -> list[tuple[object, int]]:
    """(actor, 1 non-actor / 0 actor) for the article's scored actors that the labels decide."""
    from score_actors import best_match

    from dateline.extract.actors.learned import scored
    used = set()
    for g in row["gold"]:
        best = best_match(row["actors"], g)
        if best is not None:
            used.add(best.id)
    out = []
    for sa in row["actors"]:
        if not scored(sa):
            continue
        bad = any(m.text.strip() in row["not_actors"] or any(n in m.text for n in row["not_actors"] if len(n) > 3)
                  for m in sa.mentions if m.kind == "name")
        if sa.id in used:
            out.append((sa, 0))
        elif bad:
            out.append((sa, 1))
    return out


def _examples(rows):
    """Feature dicts, labels, article groups and set names of every decided actor."""
    import spacy
    from spacy.tokens import Doc

    from dateline.extract.actors import quote_regions
    from dateline.extract.actors.learned import features
    from dateline.knowledge import load_knowledge
    k = load_knowledge()
    vocab = spacy.blank("en").vocab
    X, y, groups, sets, names = [], [], [], [], []
    for row in rows:
        doc = Doc(vocab).from_bytes(row["doc"])
        quotes = quote_regions(row["text"])

        def in_quote(pos, quotes=quotes):
            return any(s < pos < e for s, e in quotes)
        for sa, label in _labelled(row):
            X.append(features(sa, doc, row["text"], k, in_quote, row["places"]))
            y.append(label)
            groups.append(row["file"])
            sets.append(row["set"])
            names.append(sa.name)
    return X, y, groups, sets, names


def _fit(X, y, c=C):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    vec = DictVectorizer()
    m = LogisticRegression(C=c, max_iter=2000, fit_intercept=False)
    m.fit(vec.fit_transform(X), y)
    return vec, m


def _cross_validate(train, test, c=C):
    """Held-out P(non-actor) of every `test` example: whole articles held out together, the model fit on the
    `train` examples of the other articles. Each is (X, y, groups)."""
    from sklearn.model_selection import GroupKFold
    files = sorted(set(test[2]))
    probs = [0.0] * len(test[1])
    for _, held in GroupKFold(n_splits=FOLDS).split(files, groups=files):
        out = {files[i] for i in held}
        tr = [i for i, g in enumerate(train[2]) if g not in out]
        te = [i for i, g in enumerate(test[2]) if g in out]
        vec, m = _fit([train[0][i] for i in tr], [train[1][i] for i in tr], c)
        p = m.predict_proba(vec.transform([test[0][i] for i in te]))[:, 1]
        for i, pi in zip(te, p):
            probs[i] = float(pi)
    return probs


def _threshold(probs, y) -> tuple[float, list[tuple]]:
    """The lowest threshold whose held-out drops are non-actors at least MIN_PRECISION of the time, and the
    table of (threshold, non-actors dropped, actors dropped)."""
    table, best = [], 1.0
    for t in [x / 100 for x in range(95, 9, -5)]:
        neg = sum(1 for p, lab in zip(probs, y) if p >= t and lab == 1)
        pos = sum(1 for p, lab in zip(probs, y) if p >= t and lab == 0)
        table.append((t, neg, pos))
        if neg and neg / (neg + pos) >= MIN_PRECISION:
            best = t
    return best, table


def _rows(sets, cache, rules):
    """The extracted articles, from the cache when it exists (made otherwise)."""
    if cache and Path(cache).exists():
        return [r for r in pickle.loads(Path(cache).read_bytes()) if r["set"] in sets]
    rows = _run(sets, rules)
    if cache:
        Path(cache).write_bytes(pickle.dumps(rows))
    return rows


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", help="pickle of the articles extracted as shipped (made when missing)")
    ap.add_argument("--rules-off-cache", help="pickle of the articles extracted without the head-word rules")
    ap.add_argument("--cv-only", action="store_true", help="print the held-out table, write nothing")
    ap.add_argument("--sets", default=",".join(SPENT))
    ap.add_argument("--c", type=float, default=C)
    args = ap.parse_args(argv)
    sets = args.sets.split(",")
    if any(s not in SPENT for s in sets):
        raise SystemExit(f"only spent sets may train the model: {SPENT}")
    test = _examples(_rows(sets, args.cache, True))
    train = _examples(_rows(sets, args.rules_off_cache, False))
    X, y = train[0], train[1]
    print(f"train: {len(y)} decided actors, {sum(y)} non-actors; as shipped: {len(test[1])} actors, "
          f"{sum(test[1])} non-actors, {len(set(test[2]))} articles")
    probs = _cross_validate(train[:3], test[:3], args.c)
    threshold, table = _threshold(probs, test[1])
    for t, neg, pos in table:
        print(f"  threshold {t:.2f}: held-out drops {neg} non-actors, {pos} actors")
    for s in sets:
        idx = [i for i, n in enumerate(test[3]) if n == s]
        print(f"  {s}: non-actors {sum(test[1][i] for i in idx)}, dropped at {threshold:.2f}: "
              f"{sum(1 for i in idx if probs[i] >= threshold and test[1][i])} non-actors, "
              f"{sum(1 for i in idx if probs[i] >= threshold and not test[1][i])} actors")
    print(f"threshold {threshold:.2f} (held-out drops right >= {MIN_PRECISION})")
    if args.cv_only:
        return
    vec, m = _fit(X, y, args.c)
    weights = {f: round(float(w), 4) for f, w in zip(vec.get_feature_names_out(), m.coef_[0]) if abs(w) >= 1e-4}
    if threshold >= 1.0:  # no threshold drops non-actors often enough on held-out articles: ship no decision
        weights = {}
    OUT.write_text(json.dumps({
        "about": "The learned non-actor decision (extract/actors/learned.py): logistic regression weights per "
                 "feature, P(non-actor) >= threshold drops the actor; scripts/train_nonactors.py, trained on "
                 f"{', '.join(sets)} ({len(y)} actors, {sum(y)} non-actors), threshold from {FOLDS}-fold "
                 f"cross-validation by article (held-out drops right >= {MIN_PRECISION}; no weights when no "
                 "threshold reaches it). Held-out table (threshold, non-actors dropped, actors dropped): "
                 + "; ".join(f"{t:.2f} {neg}/{pos}" for t, neg, pos in table if neg or pos),
        "threshold": threshold, "weights": dict(sorted(weights.items()))}, indent=1) + "\n", encoding="utf-8")
    print(f"{len(weights)} weights -> {OUT}")


if __name__ == "__main__":
    main()
