"""Train and check the learned conflict decision (`learned.py`); needs the `train` extra (scikit-learn).

    python -m dateline.corpus.conflict_model INVENTED_DB GOLD_TSV --batches p,q,...,ag [--real DB ...] [--write]
    python -m dateline.corpus.conflict_model INVENTED_DB GOLD_TSV --batches aa,ab --stages   # where pairs are lost

INVENTED_DB: the invented articles (eval/corpus_linking/invented) extracted and linked (`scripts/corpus_eval.py
invented --db`); GOLD_TSV: their written-down conflicts (article pairs). Only batches named by `--batches` are
read (the spent ones: a held-out batch never trains). `--real`: linked stores of real articles outside the
evaluation set (PolNeAR windows), whose article pairs are taken as negatives — nearly every real pair of one
story agrees — so that the decision is calibrated against real text, where conflicts are rare.

A candidate is a pair of statements that could clash (`learned.pair_candidates`); which candidate of a
conflicting article pair is the written-down clash is not known, so the positives are chosen in two rounds (a
multiple-instance reading): first every candidate of a conflicting pair whose kind fits the listed kind, then
only the best-scoring such candidate of each pair. Held-out figures are leave-one-group-out (one invented batch
or one real window at a time), at article-pair level, which is what the lists score.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sqlite3
import sys
from importlib import resources
from pathlib import Path

import numpy as np

from . import learned

FITS = {"figure": ("figure",), "date": ("date",), "denial": ("polarity",), "claim": ("polarity", "figure", "date")}


def collect(db: str, gold: dict[frozenset, str] | None, group_of) -> list[dict]:
    """One row per candidate: its group, article pair, kind, feature vector and the pair's listed kind."""
    conn = sqlite3.connect(db)
    common = learned.common_words(conn)
    arts = learned.load_articles(conn, common)
    far = learned.settings()["claim_polarity_window_days"]
    rows = []
    for a, b in learned.story_pairs(arts, arts, far):  # every article 'new': each pair once, in id order
        if group_of(a) != group_of(b):
            continue
        listed = (gold or {}).get(frozenset((a, b)))
        for kind, feats, _values, _x, _y in learned.pair_candidates(arts[a], arts[b]):
            rows.append({"group": group_of(a), "pair": (a, b), "kind": kind, "x": learned.vector(feats),
                         "gold": listed})
    conn.close()
    return rows


def _labels(rows: list[dict], scores: np.ndarray | None) -> np.ndarray:
    """Positives: candidates of a listed pair whose kind fits; in the second round only each pair's best one."""
    y = np.array([1.0 if r["gold"] and r["kind"] in FITS[r["gold"]] else 0.0 for r in rows])
    if scores is None:
        return y
    best: dict[tuple, int] = {}
    for i, r in enumerate(rows):
        if y[i] and (r["pair"] not in best or scores[i] > scores[best[r["pair"]]]):
            best[r["pair"]] = i
    out = np.zeros(len(rows))
    out[list(best.values())] = 1.0
    return out


def fit(rows: list[dict], c: float = 3.0):
    from sklearn.linear_model import LogisticRegression
    x = np.array([r["x"] for r in rows])
    y = _labels(rows, None)
    for _ in range(2):
        lr = LogisticRegression(C=c, max_iter=2000).fit(x, y)
        y = _labels(rows, lr.predict_proba(x)[:, 1])
    return LogisticRegression(C=c, max_iter=2000).fit(x, y)


def pair_scores(rows: list[dict], lr) -> dict[tuple, float]:
    """Each article pair's best candidate probability."""
    p = lr.predict_proba(np.array([r["x"] for r in rows]))[:, 1]
    out: dict[tuple, float] = {}
    for r, s in zip(rows, p):
        out[r["pair"]] = max(out.get(r["pair"], 0.0), float(s))
    return out


def held_out(rows: list[dict], gold_pairs: dict[str, int], c: float) -> dict[str, dict[tuple, float]]:
    """Leave-one-group-out: each group's pair scores from a model trained on the other groups."""
    out = {}
    for g in sorted({r["group"] for r in rows}):
        lr = fit([r for r in rows if r["group"] != g], c)
        out[g] = pair_scores([r for r in rows if r["group"] == g], lr)
    return out


def curve(scores: dict[str, dict[tuple, float]], gold: dict[frozenset, str], gold_n: dict[str, int],
          real: set[str]) -> list[dict]:
    """Per threshold: invented recall / precision (pooled) and real pairs listed per window."""
    out = []
    for t in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99):
        tp = fp = 0
        real_listed = 0
        for g, pairs in scores.items():
            hits = [p for p, s in pairs.items() if s >= t]
            if g in real:
                real_listed += len(hits)
                continue
            tp += sum(frozenset(p) in gold for p in hits)
            fp += sum(frozenset(p) not in gold for p in hits)
        n = sum(v for g, v in gold_n.items() if g not in real)
        out.append({"threshold": t, "recall": round(tp / n, 3), "precision": round(tp / max(tp + fp, 1), 3),
                    "found": tp, "false": fp, "real_pairs_per_window": round(real_listed / max(len(real), 1), 2)})
    return out


def _could(x, y, kind: str) -> bool:
    """Two statements carry the listed kind of clash at all (before any matter test or veto)."""
    if kind == "figure":
        return bool(x.info.get("f") and y.info.get("f"))
    if kind == "date":
        return bool((x.info.get("dt") and y.info.get("dt")) or (x.info.get("d") and y.info.get("d")))
    if not (x.pol and y.pol and x.pol != y.pol):
        return False
    neg, pos = (x, y) if x.pol == "negative" else (y, x)
    return bool(neg.info.get("neg")) and not pos.info.get("neg", True)


def stages(db: str, gold: dict[frozenset, str]) -> dict[str, dict[str, int]]:
    """For each listed pair of a linked store (its `corpus_conflicts` as the linker left them), the furthest stage
    its statements reach: '1 extraction' (no statement pair carries the listed kind of clash), '2 matter' (none
    shares an uncommon word, or the articles share no uncommon name), '3 comparison' (matched, not listed), 'found'."""
    conn = sqlite3.connect(db)
    arts = learned.load_articles(conn, learned.common_words(conn))
    listed = {frozenset(r) for r in conn.execute("SELECT a_article, b_article FROM corpus_conflicts WHERE scope = 'corpus'")}
    conn.close()
    out: dict[str, dict[str, int]] = {}
    for pair, kind in sorted(gold.items(), key=lambda kv: sorted(kv[0])):
        a, b = (arts.get(x) for x in sorted(pair))
        fit = [(x, y) for x in (a.statements if a else []) for y in (b.statements if b else [])
               if any(_could(x, y, k) for k in FITS[kind])]
        stage = ("found" if pair in listed else "1 extraction" if not fit else "2 matter"
                 if learned.story(a, b) is None or not any(x.rare & y.rare for x, y in fit) else "3 comparison")
        out.setdefault(kind, {}).setdefault(stage, 0)
        out[kind][stage] += 1
    return out


def _gold(path: str, batches: set[str]) -> dict[frozenset, str]:
    with open(path, encoding="utf-8") as fh:
        return {frozenset(r[1:3]): r[0] for r in csv.reader(fh, delimiter="\t")
                if r and not r[0].startswith("#") and batch_of(r[1]) in batches}


def batch_of(article_id: str) -> str:
    return re.match(r"[a-z]+", article_id).group()


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("invented_db")
    ap.add_argument("gold_tsv")
    ap.add_argument("--batches", required=True, help="spent batches, comma-separated: p,q,r,...,ag")
    ap.add_argument("--real", nargs="*", default=[])
    ap.add_argument("--c", type=float, default=3.0)
    ap.add_argument("--threshold", type=float, default=None, help="with --write: the threshold to ship")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--stages", action="store_true", help="only print where the listed pairs of --batches are lost")
    args = ap.parse_args(argv)
    batches = set(args.batches.split(","))
    gold = _gold(args.gold_tsv, batches)
    if args.stages:
        print(json.dumps(stages(args.invented_db, gold), indent=1))
        return
    rows = [r for r in collect(args.invented_db, gold, batch_of) if r["group"] in batches]
    real = set()
    for i, db in enumerate(args.real):
        name = f"real{i + 1}"
        real.add(name)
        rows += collect(db, None, lambda _a, n=name: n)
    gold_n = {}
    for pair in gold:
        gold_n[batch_of(next(iter(pair)))] = gold_n.get(batch_of(next(iter(pair))), 0) + 1
    reachable = {frozenset(r["pair"]) for r in rows if r["gold"]}
    print(json.dumps({"candidates": len(rows), "gold_pairs": len(gold), "gold_pairs_with_a_candidate": len(reachable),
                      "positives_first_round": int(_labels(rows, None).sum())}), file=sys.stderr)
    scores = held_out(rows, gold_n, args.c)
    for line in curve(scores, gold, gold_n, real):
        print(json.dumps(line), file=sys.stderr)
    if args.write:
        lr = fit(rows, args.c)
        out = {"features": list(learned.FEATURES), "coef": [round(float(w), 5) for w in lr.coef_[0]],
               "intercept": round(float(lr.intercept_[0]), 5), "threshold": args.threshold,
               "trained_on": {"invented_batches": sorted(batches, key=lambda b: (len(b), b)),
                              "real_windows": len(args.real), "candidates": len(rows)}}
        path = Path(str(resources.files("dateline.corpus").joinpath("data/conflict_model.json")))
        path.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
