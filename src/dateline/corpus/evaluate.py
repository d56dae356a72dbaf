"""Scores for linking: B-cubed over mentions, exact outlet counts per gold event, conflict precision/recall."""
from __future__ import annotations

from collections import defaultdict
from typing import Hashable, Mapping


def bcubed(pred: Mapping[Hashable, Hashable], gold: Mapping[Hashable, Hashable]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of a clustering `pred` (item -> cluster) against `gold`.

    Items in gold but not in pred count as singletons of their own (a missed link costs recall).
    """
    items = list(gold)
    p_of = {i: pred.get(i, ("__single__", i)) for i in items}
    by_p, by_g = defaultdict(set), defaultdict(set)
    for i in items:
        by_p[p_of[i]].add(i)
        by_g[gold[i]].add(i)
    prec = rec = 0.0
    for i in items:
        both = len(by_p[p_of[i]] & by_g[gold[i]])
        prec += both / len(by_p[p_of[i]])
        rec += both / len(by_g[gold[i]])
    n = len(items) or 1
    p, r = prec / n, rec / n
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "items": len(items)}


def outlet_count_exactness(pred: Mapping[Hashable, Hashable], gold: Mapping[Hashable, Hashable],
                           outlet_of: Mapping[Hashable, str]) -> float:
    """Share of gold events whose distinct-outlet count the system gives exactly.

    The system's count for a gold event is that of the predicted cluster holding most of its items
    (outlets counted over the whole predicted cluster, as the corpus event reports them).
    """
    by_p, by_g = defaultdict(set), defaultdict(set)
    for i, c in pred.items():
        by_p[c].add(i)
    for i, g in gold.items():
        by_g[g].add(i)
    ok = 0
    for g, members in by_g.items():
        votes = defaultdict(int)
        for i in members:
            votes[pred.get(i, ("__single__", i))] += 1
        best = max(votes, key=lambda c: (votes[c], str(c)))
        cluster = by_p.get(best, {best[1]} if isinstance(best, tuple) else set())
        ok += len({outlet_of[i] for i in cluster}) == len({outlet_of[i] for i in members})
    return round(ok / (len(by_g) or 1), 4)
