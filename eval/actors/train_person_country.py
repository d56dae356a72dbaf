"""Train the learned choice of a person's country (extract/actors/person_country.py) on the spent hand-labelled sets.

Every labelled article is run through the whole pipeline with today's decision in charge (the packaged person model
is bypassed); each person or anonymous actor that reaches the last resort is recorded with its candidates (the
article's main country and the countries the paragraphs and sentences of its mentions name) and their features.
A person a labelled actor matched (score_actors.py's matching) is an example; each candidate is a row, positive when
the labelled countries hold it. A logistic regression is cross-validated with whole articles held out together
(GroupKFold). The shipped use fills: a person the main-country decision leaves without a country takes the
best-scored candidate when it is not the main country and reaches the threshold. The report compares, on the same
persons, today's decision (what the pipeline gave: right, wrong, empty where a country is wanted, precision) with
the fill and with the choice in full charge (the best candidate, main or not, else none) at each threshold, and
names the threshold with the most held-out right countries whose precision is at least today's and whose empties
are no more. With --write the model is fit on all and
written to knowledge/data/actors/person_country_model.json.

    python eval/actors/train_person_country.py [--cache DIR] [--rows ROWS.json] [--write] [--sets labels,...]
                                               [--drop home] [--no-outlets] [--home-candidate]

Only spent sets; never the validation or blind sets.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
OUT = ROOT / "src/dateline/knowledge/data/actors/person_country_model.json"
SPENT = ("labels", "labels_s5", "labels_s6", "labels_s7", "labels_s8", "labels_s9", "labels_s10", "labels_s12",
         "labels_s13", "labels_s14", "labels_s15", "labels_s16", "labels_s17", "labels_s18", "labels_s22",
         "labels_s23", "labels_s24", "labels_s25", "labels_s26", "labels_s27", "labels_s28", "labels_s33")
C = 0.2              # inverse L2 strength (0.1, 0.2, 0.3, 0.5 compared held out: docs/actors.md)
FOLDS = 5
GRID = [x / 20 for x in range(4, 19)]
# features left out of training by default: the outlet's home-country prior (person_country._home_features) is
# computed, but trained in it gave no held-out gain (session 35, docs/actors.md); --drop "" trains with it
DROP = ("home",)


def collect(sets, cache: Path | None) -> list[dict]:
    """One row per matched person that reached the main-country decision: candidates with features and labels,
    what the pipeline gave (the person choice bypassed), the article."""
    import dateline.extract.actors.resolve as resolve
    from dateline.extract.actors import person_country
    from train_article_country import first_named_span, matched_decisions
    seen: list = []
    decide = resolve.takes_main_country

    def record(model_, resolver, cs, kind, sector):
        if kind in person_country.KINDS and not resolver._legislator(cs, sector) and resolver.w.person_article_country:
            seen.append((first_named_span(cs), resolver.dominant,
                         (person_country.candidates(resolver, cs, kind, sector), resolver.home_country)))
        return decide(model_, resolver, cs, kind, sector)
    resolve.takes_main_country = record
    resolve.choose_person_country = lambda *a, **k: None  # today's decision gives the country: the baseline
    rows = []
    for article, sa, g, dominant, (cands, home) in matched_decisions(seen, sets, cache):
        rows.append(dict(article=article, dominant=dominant, home=home,
                         cands=[dict(iso=iso, feats=f, ok=iso in g["countries"]) for iso, f in cands.items()],
                         none_ok=None in g["countries"], wanted=any(x is not None for x in g["countries"]),
                         gold=g["countries"], gave=sa.country, source=sa.country_source))
    return rows


def tally(rows, given) -> dict:
    """Right (the given country labelled, or none given where the labels allow none), wrong, empty (none given
    where a country is wanted), precision of the given ones."""
    right = sum((g in r["gold"]) if g else r["none_ok"] for r, g in zip(rows, given))
    wrong = sum(bool(g) and g not in r["gold"] for r, g in zip(rows, given))
    empty = sum((not g) and r["wanted"] for r, g in zip(rows, given))
    n = sum(bool(g) for g in given)
    return dict(right=right, wrong=wrong, empty=empty, given=n, precision=round((n - wrong) / n, 4) if n else None)


def _today(r) -> str | None:
    return r["gave"]


def _with_choice(r, choice) -> str | None:
    """The person's country with the choice in charge: the choice's, else whatever later steps gave (not the
    main-country decision's)."""
    return choice or (r["gave"] if r["source"] not in ("article",) else None)


def held_out(rows, c: float = C, drop: tuple = ()) -> list[list[float]]:
    """Held-out probabilities of each person's candidates, whole articles held out together."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold
    flat = [(i, cd) for i, r in enumerate(rows) for cd in r["cands"]]
    feats = [{k: v for k, v in cd["feats"].items() if not any(k.startswith(d) for d in drop)} for _, cd in flat]
    X = DictVectorizer().fit_transform(feats)
    y = np.array([cd["ok"] for _, cd in flat])
    groups = [rows[i]["article"] for i, _ in flat]
    p = np.zeros(len(flat))
    for train, test in GroupKFold(n_splits=FOLDS).split(X, y, groups):
        p[test] = LogisticRegression(C=c, max_iter=3000).fit(X[train], y[train]).predict_proba(X[test])[:, 1]
    out: list[list[float]] = [[] for _ in rows]
    for (i, _), q in zip(flat, p):
        out[i].append(float(q))
    return out


def choices(rows, probs, threshold: float, main_only: bool = False) -> list[str | None]:
    """The choice in full charge (tried, not shipped): the best candidate at or above the threshold, else none."""
    out = []
    for r, ps in zip(rows, probs):
        scored = [(q, cd["iso"] == r["dominant"], cd["iso"]) for cd, q in zip(r["cands"], ps)
                  if not main_only or cd["iso"] == r["dominant"]]
        best = max(scored, default=None)
        out.append(_with_choice(r, best[2] if best and best[0] >= threshold else None))
    return out


def filled(rows, probs, threshold: float) -> list[str | None]:
    """The shipped use: today's country kept; a person left without one takes the best candidate when it is not
    the main country and reaches the threshold (person_country.choose)."""
    out = []
    for r, ps in zip(rows, probs):
        best = max(((q, cd["iso"] == r["dominant"], cd["iso"]) for cd, q in zip(r["cands"], ps)), default=None)
        other = best[2] if best and best[2] != r["dominant"] and best[0] >= threshold else None
        out.append(r["gave"] or other)
    return out


def report(rows, probs) -> dict:
    """Today's decision, the best possible choice among the candidates, the choice in full charge and the shipped
    fill at each threshold; the chosen threshold: the fill's most right with precision and empties no worse."""
    today = tally(rows, [_today(r) for r in rows])
    rep = {"persons": len(rows), "candidates": sum(len(r["cands"]) for r in rows), "today": today,
           "oracle": tally(rows, [next((cd["iso"] for cd in r["cands"] if cd["ok"]), None) if r["wanted"] else None
                                  for r in rows]),
           "fill": {}, "full_charge": {}}
    best = None
    for t in GRID:
        got = tally(rows, filled(rows, probs, t))
        rep["fill"][t] = got
        rep["full_charge"][t] = tally(rows, choices(rows, probs, t))
        if got["precision"] and got["precision"] >= today["precision"] and got["empty"] <= today["empty"] \
                and (best is None or got["right"] > rep["fill"][best]["right"]):
            best = t
    rep["chosen"] = best
    return rep


def fit(rows, threshold: float, c: float = C, drop: tuple = ()) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    vec = DictVectorizer()
    flat = [cd for r in rows for cd in r["cands"]]
    X = vec.fit_transform([{k: v for k, v in cd["feats"].items() if not any(k.startswith(d) for d in drop)}
                           for cd in flat])
    clf = LogisticRegression(C=c, max_iter=3000).fit(X, [cd["ok"] for cd in flat])
    weights = {n: round(float(w), 5) for n, w in zip(vec.get_feature_names_out(), clf.coef_[0]) if abs(w) > 1e-6}
    return {"about": "eval/actors/train_person_country.py on the spent actor sets; extract/actors/person_country.py",
            "persons": len(rows), "weights": weights, "bias": round(float(clf.intercept_[0]), 5),
            "threshold": threshold}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, help="a folder of cached parses (made when missing)")
    ap.add_argument("--sets", default=",".join(SPENT))
    ap.add_argument("--rows", type=Path, help="collected rows: read when the file exists, else written there")
    ap.add_argument("--c", type=float, default=C)
    ap.add_argument("--write", action="store_true", help="fit on all and write the packaged model")
    ap.add_argument("--drop", default=",".join(DROP), help="comma-separated feature prefixes left out of training")
    ap.add_argument("--no-outlets", action="store_true", help="read the articles without outlet or URL "
                    "(as before session 35)")
    ap.add_argument("--home-candidate", action="store_true", help="the outlet's home country is a candidate even "
                    "where the context names it not (person_country.HOME_CANDIDATE)")
    args = ap.parse_args(argv)
    if args.home_candidate:
        from dateline.extract.actors import person_country
        person_country.HOME_CANDIDATE = True
    import article_outlets
    article_outlets.OUTLETS = not args.no_outlets
    from train_article_country import rows_of
    rows = rows_of(args, collect)
    drop = tuple(d for d in args.drop.split(",") if d)
    rep = report(rows, held_out(rows, args.c, drop))
    print(json.dumps(rep, indent=1))
    if args.write and rep["chosen"] is not None:
        model = fit(rows, rep["chosen"], args.c, drop)
        OUT.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print("wrote", OUT)


if __name__ == "__main__":
    main()
