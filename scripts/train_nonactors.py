"""Train the learned actor / non-actor decision (extract/actors/learned.py) on the spent hand-labelled actor sets.

Each labelled article (eval/actors/labels*.json: `actors` with aliases, `not_actors` names) is extracted with the
decision switched off, from parses cached by the text's sha1 (the cache eval/actors/spent_sets.py uses); every named
non-state actor is then a positive (non-actor) when one of its name mentions is a labelled non-actor and no labelled
actor matched it, a negative when a labelled actor matched it (score_actors.py's matching), and left out otherwise.
A logistic regression over learned.features is cross-validated with whole articles held out together (GroupKFold),
trained on the articles as extracted without the head-word non-actor rules of names.py (more non-actors to learn
from) plus the articles as shipped, and tested on them as shipped. The threshold is the one with the most held-out
net drops (non-actors dropped less COST times the actors dropped) among those whose held-out drops are non-actors
at least MIN_PRECISION of the time; the table reports the held-out calibration too. Then the model is fit on all and
written to knowledge/data/actors/nonactor_model.json (with --write) — with no weights (the decision off) when no
threshold reaches MIN_PRECISION, as on the spent sets of sessions 13 and 18 (docs/actors.md).

    python scripts/train_nonactors.py --cache DIR [--rows ROWS.pkl] [--write] [--sets labels,labels_s5,...]

Held-out sets (labelled after session 33, until spent) must never be listed here; the validation and blind sets
never.
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "eval" / "actors"
sys.path.insert(0, str(LABELS))
OUT = ROOT / "src/dateline/knowledge/data/actors/nonactor_model.json"
SPENT = ("labels", "labels_s5", "labels_s6", "labels_s7", "labels_s8", "labels_s9", "labels_s10", "labels_s12",
         "labels_s13", "labels_s14", "labels_s15", "labels_s16", "labels_s17", "labels_s18", "labels_s22",
         "labels_s23", "labels_s24", "labels_s25", "labels_s26", "labels_s27", "labels_s28", "labels_s33")
MIN_PRECISION = 0.75  # held-out drops that must be labelled non-actors
COST = 2.0            # an actor dropped counts as much as this many non-actors dropped
C = 0.5               # inverse L2 strength (compared by the same cross-validation)
FOLDS = 5
GRID = [x / 100 for x in range(95, 9, -5)]


def _extract(sets, cache: Path, rules: bool) -> list[dict]:
    """Extract every labelled article with the decision off (and, with `rules` False, the head-word non-actor
    rules of names.py too); keep what the features need: the parse, the resolved places and the actors."""
    from score_actors import TEXTS
    from train_article_country import _parse

    import dateline.extract.actors as actors_mod
    from dateline import nlp
    from dateline.extract.actors.names import NamesMixin
    from dateline.ingest import make_article
    from dateline.knowledge import load_knowledge
    from dateline.options import Options
    from dateline.pipeline import extract_record
    captured = {}

    def record(actors, doc, ctx, in_quote):
        captured["x"] = (doc.to_bytes(exclude=["user_data"]), [(p.start, p.end) for p in ctx.places])
        return actors

    keep, not_an_actor = actors_mod.keep_actors, NamesMixin._not_an_actor
    actors_mod.keep_actors = record
    if not rules:
        NamesMixin._not_an_actor = lambda self, span, label: False
    options = Options()
    knowledge, model, rows = load_knowledge(options), nlp.load(options.model), []
    try:
        for name in sets:
            labels = json.loads((LABELS / f"{name}.json").read_text(encoding="utf-8"))
            for art in labels["articles"]:
                path = LABELS / art["file"] if (LABELS / art["file"]).exists() else TEXTS / art["file"]
                a = make_article(path.read_text(encoding="utf-8"), source=art["file"], id=art["file"],
                                 date=art["date"], options=options)
                rec = extract_record(a, _parse(model, a.text, cache), knowledge)
                doc_bytes, places = captured.pop("x")
                rows.append({"set": name, "file": art["file"], "rules": rules, "text": a.text, "doc": doc_bytes,
                             "places": places, "actors": rec.actors, "gold": art["actors"],
                             "not_actors": art["not_actors"]})
            print(f"{name}: {len(labels['articles'])} articles (rules {'on' if rules else 'off'})", file=sys.stderr)
    finally:
        actors_mod.keep_actors, NamesMixin._not_an_actor = keep, not_an_actor
    return rows


def _labelled(row) -> list[tuple[object, int]]:
    """(actor, 1 non-actor / 0 actor) for the article's scored actors that the labels decide."""
    from score_actors import best_match, is_non_actor

    from dateline.extract.actors.learned import scored
    used = {best.id for g in row["gold"] if (best := best_match(row["actors"], g)) is not None}
    out = []
    for sa in row["actors"]:
        if not scored(sa):
            continue
        if sa.id in used:
            out.append((sa, 0))
        elif is_non_actor(sa, {"not_actors": row["not_actors"]}):
            out.append((sa, 1))
    return out


def examples(rows) -> dict:
    """Feature dicts, labels, article groups, set names and actor names of every decided actor."""
    import spacy
    from spacy.tokens import Doc

    from dateline.extract.actors import quote_regions
    from dateline.extract.actors.learned import features
    from dateline.knowledge import load_knowledge
    k = load_knowledge()
    vocab = spacy.blank("en").vocab
    out = {"X": [], "y": [], "groups": [], "sets": [], "names": []}
    for row in rows:
        doc = Doc(vocab).from_bytes(row["doc"])
        quotes = quote_regions(row["text"])

        def in_quote(pos, quotes=quotes):
            return any(s < pos < e for s, e in quotes)
        for sa, label in _labelled(row):
            out["X"].append(features(sa, doc, row["text"], k, in_quote, row["places"]))
            out["y"].append(label)
            out["groups"].append(row["file"])
            out["sets"].append(row["set"])
            out["names"].append(sa.name)
    return out


def _fit(X, y, c=C):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    vec = DictVectorizer()
    m = LogisticRegression(C=c, max_iter=3000, fit_intercept=False)
    m.fit(vec.fit_transform(X), y)
    return vec, m


def cross_validate(train: dict, test: dict, c=C) -> list[float]:
    """Held-out P(non-actor) of every `test` example: whole articles held out together, the model fit on the
    `train` examples of the other articles."""
    from sklearn.model_selection import GroupKFold
    files = sorted(set(test["groups"]))
    probs = [0.0] * len(test["y"])
    for _, held in GroupKFold(n_splits=FOLDS).split(files, groups=files):
        out = {files[i] for i in held}
        tr = [i for i, g in enumerate(train["groups"]) if g not in out]
        te = [i for i, g in enumerate(test["groups"]) if g in out]
        vec, m = _fit([train["X"][i] for i in tr], [train["y"][i] for i in tr], c)
        for i, p in zip(te, m.predict_proba(vec.transform([test["X"][i] for i in te]))[:, 1]):
            probs[i] = float(p)
    return probs


def threshold(probs, y) -> tuple[float, list[tuple]]:
    """The threshold with the most net held-out drops among those whose drops are non-actors at least
    MIN_PRECISION of the time (1.0, no decision, when none is), and the table (threshold, non-actors dropped,
    actors dropped)."""
    table, best, best_net = [], 1.0, 0.0
    for t in GRID:
        neg = sum(1 for p, lab in zip(probs, y) if p >= t and lab == 1)
        pos = sum(1 for p, lab in zip(probs, y) if p >= t and lab == 0)
        table.append((t, neg, pos))
        if neg and neg / (neg + pos) >= MIN_PRECISION and neg - COST * pos > best_net:
            best, best_net = t, neg - COST * pos
    return best, table


def calibration(probs, y, bins=(0.0, 0.1, 0.3, 0.5, 0.7, 1.01)) -> list[tuple]:
    """(band, examples, mean probability, share of non-actors) of the held-out probabilities."""
    out = []
    for lo, hi in zip(bins, bins[1:]):
        idx = [i for i, p in enumerate(probs) if lo <= p < hi]
        if idx:
            out.append((f"{lo:.1f}-{min(hi, 1.0):.1f}", len(idx), sum(probs[i] for i in idx) / len(idx),
                        sum(y[i] for i in idx) / len(idx)))
    return out


def _rows(sets, cache: Path, rows_path: Path | None) -> tuple[list, list]:
    """The articles extracted as shipped and without the head-word rules, from ROWS when it exists."""
    if rows_path and rows_path.exists():
        shipped, off = pickle.loads(rows_path.read_bytes())
    else:
        shipped, off = _extract(sets, cache, True), _extract(sets, cache, False)
        if rows_path:
            rows_path.write_bytes(pickle.dumps((shipped, off)))
    keep = set(sets)
    return [r for r in shipped if r["set"] in keep], [r for r in off if r["set"] in keep]


def _merge(a: dict, b: dict) -> dict:
    return {k: a[k] + b[k] for k in a}


def report(sets, test, probs, t, table) -> None:
    for th, neg, pos in table:
        print(f"  threshold {th:.2f}: held-out drops {neg} non-actors, {pos} actors")
    for band, n, mean, share in calibration(probs, test["y"]):
        print(f"  calibration {band}: {n} actors, mean P {mean:.3f}, non-actors {share:.3f}")
    for s in sets:
        idx = [i for i, n in enumerate(test["sets"]) if n == s]
        print(f"  {s}: non-actors {sum(test['y'][i] for i in idx)}, dropped at {t:.2f}: "
              f"{sum(1 for i in idx if probs[i] >= t and test['y'][i])} non-actors, "
              f"{sum(1 for i in idx if probs[i] >= t and not test['y'][i])} actors")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, required=True, help="a folder of cached parses (made when missing)")
    ap.add_argument("--rows", type=Path, help="pickle of the extracted articles (made when missing)")
    ap.add_argument("--write", action="store_true", help="fit on all and write the model file")
    ap.add_argument("--sets", default=",".join(SPENT))
    ap.add_argument("--c", type=float, default=C)
    args = ap.parse_args(argv)
    sets = args.sets.split(",")
    if any(s not in SPENT for s in sets):
        raise SystemExit(f"only spent sets may train the model: {SPENT}")
    args.cache.mkdir(parents=True, exist_ok=True)
    shipped, off = _rows(sets, args.cache, args.rows)
    test, train = examples(shipped), _merge(examples(off), examples(shipped))
    print(f"train: {len(train['y'])} decided actors, {sum(train['y'])} non-actors; as shipped: {len(test['y'])} "
          f"actors, {sum(test['y'])} non-actors, {len(set(test['groups']))} articles")
    probs = cross_validate(train, test, args.c)
    t, table = threshold(probs, test["y"])
    report(sets, test, probs, t, table)
    print(f"threshold {t:.2f} (held-out drops right >= {MIN_PRECISION}, most non-actors less {COST} x actors)")
    if args.write:
        write(train, t, table, sets, args.c)


def write(train: dict, t: float, table, sets, c: float) -> None:
    vec, m = _fit(train["X"], train["y"], c)
    weights = {f: round(float(w), 4) for f, w in zip(vec.get_feature_names_out(), m.coef_[0]) if abs(w) >= 1e-4}
    if t >= 1.0:  # no threshold drops non-actors often enough on held-out articles: ship no decision
        weights = {}
    OUT.write_text(json.dumps({
        "about": "The learned non-actor decision (extract/actors/learned.py): logistic regression weights per "
                 "feature, P(non-actor) >= threshold drops the actor; scripts/train_nonactors.py, trained on "
                 f"{', '.join(sets)} ({len(train['y'])} rows, {sum(train['y'])} non-actors; as shipped and "
                 f"without the head-word rules), C {c}, threshold from {FOLDS}-fold cross-validation by article "
                 f"(held-out drops right >= {MIN_PRECISION}, most non-actors less {COST} x actors; no weights when "
                 "no threshold reaches it). Held-out table (threshold, non-actors dropped, actors dropped): "
                 + "; ".join(f"{th:.2f} {neg}/{pos}" for th, neg, pos in table if neg or pos),
        "threshold": t, "weights": dict(sorted(weights.items()))}, indent=1) + "\n", encoding="utf-8")
    print(f"{len(weights)} weights -> {OUT}")


if __name__ == "__main__":
    main()
