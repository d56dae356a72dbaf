"""Dateline's scorer agrees with the reference scorer, and the quality gate holds its floors."""
from __future__ import annotations

import importlib.util
import json

import pytest

from conftest import DEV_GOLD, ROOT, SEED_GOLD, SHARED, needs_shared
from dateline.cli import below_floors
from dateline.evaluate import load_gold, pair_one_to_one, score
from dateline.record import to_dict

SHARED_KEYS = ("events_prf", "events_date_acc", "events_modality_acc", "quotes_prf", "quotes_speaker_acc",
               "times_prf", "times_value_acc", "actors_found", "actors_country_acc", "actors_sector_acc",
               "provenance_acc", "conflicts_recall", "conflict_pairs_emitted", "missing", "articles")


def _reference():
    spec = importlib.util.spec_from_file_location("reference_score", SHARED / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def system(seed_record, dev_records):
    return {r.article.id: to_dict(r) for r in [seed_record, *dev_records]}


@needs_shared
def test_agrees_with_reference_scorer(system):
    gold = load_gold([SEED_GOLD.parent, DEV_GOLD])
    ours, ref = score(system, gold), _reference().score(system, gold)
    for k in SHARED_KEYS:
        assert tuple(ours[k]) == tuple(ref[k]) if isinstance(ref[k], tuple) else ours[k] == ref[k], k


@needs_shared
def test_agrees_on_perturbed_output(system):
    """Drop and shuffle parts of the output so the two scorers are compared off the happy path too."""
    gold = load_gold([SEED_GOLD.parent, DEV_GOLD])
    damaged = {}
    for i, (aid, rec) in enumerate(system.items()):
        rec = json.loads(json.dumps(rec))
        if i % 3 == 0:
            rec["quotes"] = rec["quotes"][::2]
        if i % 3 == 1:
            rec["times"] = rec["times"][1:]
            rec["events"] = rec["events"][::-1]
        if i % 4 == 2:
            continue  # missing article
        damaged[aid] = rec
    ours, ref = score(damaged, gold), _reference().score(damaged, gold)
    for k in SHARED_KEYS:
        assert tuple(ours[k]) == tuple(ref[k]) if isinstance(ref[k], tuple) else ours[k] == ref[k], k


def test_pairing_prefers_required_gold():
    gold = [{"optional": True, "k": 1}, {"optional": False, "k": 1}]
    system = [{"k": 1}]
    assert pair_one_to_one(gold, system, lambda g, s: g["k"] == s["k"]) == {1: 0}


@needs_shared
def test_quality_gate_floors(system):
    """CI gate: lowering a floor in quality_floors.json is a deliberate, explained commit."""
    floors = json.loads((ROOT / "quality_floors.json").read_text())
    result = score(system, load_gold([SEED_GOLD.parent, DEV_GOLD]))
    assert below_floors(result, floors) == []


def test_floors_judge_f1_and_precision():
    result = {"events_prf": (0.9, 0.5, 0.64), "times_value_acc": None}
    assert below_floors(result, {"events_prf": 0.6}) == []
    assert below_floors(result, {"events_prf_p": 0.95}) != []
    assert below_floors(result, {"events_prf": 0.7}) != []
    assert below_floors(result, {"times_value_acc": 0.5}) != []  # a missing figure never passes a gate
    assert below_floors(result, {"_comment": "x"}) == []
