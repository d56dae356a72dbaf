"""Context.actor_for: the indexed lookup answers exactly as a scan of every mention would."""
from __future__ import annotations

import random

from dateline.extract import Context


def _scan(index: dict, start: int, end: int):
    best, best_len = None, 0
    for (s, e), aid in index.items():
        overlap = min(e, end) - max(s, start)
        if overlap > 0 and overlap > best_len:
            best, best_len = aid, overlap
    return best


def test_actor_for_equals_a_full_scan_and_sees_mentions_added_later():
    rng = random.Random(7)
    for _ in range(200):
        index = {}
        for _ in range(rng.randint(0, 40)):
            s = rng.randint(0, 500)
            index.setdefault((s, s + rng.randint(1, 30)), f"a{rng.randint(0, 9)}")
        ctx = Context(article=None, doc=None, knowledge=None, mention_index=index)
        for _ in range(30):
            start = rng.randint(0, 520)
            end = start + rng.randint(1, 40)
            assert ctx.actor_for(start, end) == _scan(index, start, end)
        index[(600, 610)] = "late"
        assert ctx.actor_for(601, 605) == "late"
