"""The matter-comparison study (scripts/corpus_matter_study.py, issue 12, session 31): which statement pair of a listed
article pair is the positive. Invented rows only (no encoder, no store)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

PATH = Path(__file__).resolve().parents[1] / "scripts" / "corpus_matter_study.py"


def _module():
    spec = importlib.util.spec_from_file_location("corpus_matter_study", PATH)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["corpus_matter_study"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_the_nearest_pair_clashing_as_listed_is_the_one_positive():
    mod = _module()
    listed = frozenset(("p1a", "p1b"))
    other = frozenset(("p2a", "p2b"))
    pairs = {listed: [([0.1], {"fig"}, 0.9),   # nearest, but a figure: the listed clash is a denial
                      ([0.2], {"neg"}, 0.4),
                      ([0.3], {"neg", "date"}, 0.7),   # the nearest denial: the positive
                      ([0.4], {"date"}, 0.8)],
             other: [([0.5], {"neg"}, 0.95)]}   # no listed conflict: negatives only
    X, y = mod.training_rows(pairs, {listed: "denial"})
    assert X.shape == (5, 1) and list(y) == [0, 0, 1, 0, 0]
    # a listed pair with no clash of its kind gives no positive
    assert list(mod.training_rows({listed: [([0.1], {"fig"}, 0.9)]}, {listed: "date"})[1]) == [0]
