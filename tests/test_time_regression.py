"""The time regression set (tests/time_regression/cases.tsv): invented sentences and TimeML-guideline-style
examples, scored per TIMEX3 type through the whole pipeline (scripts/time_regression.py); and
tests/time_regression/not_times.tsv, words the guidelines do not mark."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import time_regression  # noqa: E402

FLOORS = {"DATE": 0.95, "TIME": 0.95, "DURATION": 0.95, "SET": 0.95, "REF": 0.9}


@pytest.fixture(scope="module")
def results():
    return time_regression.run(time_regression.read_cases())


def test_the_set_covers_every_type_with_enough_cases():
    counts = {}
    for c in time_regression.read_cases():
        counts[c["type"]] = counts.get(c["type"], 0) + 1
    assert set(counts) == set(FLOORS) and min(counts.values()) >= 15


@pytest.mark.parametrize("typ", sorted(FLOORS))
def test_value_accuracy_per_type(results, typ):
    ok, n = time_regression.figures(results)[typ]
    misses = [(c["expr"], c["value"], (h.type, h.value) if h else None) for c, h in results
              if c["type"] == typ and not time_regression.correct(c, h)]
    assert ok / n >= FLOORS[typ], misses


def test_words_the_guidelines_do_not_mark_stay_unmarked():
    """Ages, counts, names, bare "time", idioms ("called it a day", "as soon as"): no TIMEX3 over them."""
    alarms = time_regression.false_alarms(time_regression.read_not_times())
    assert [(c["expr"], h.text, h.value) for c, h in alarms] == []
