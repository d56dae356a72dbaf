"""Session 35 (issue 9): the study of one candidate threshold per event type (scripts/event_study/type_thresholds.py).
Held-out readings here are invented: lists of labels, hand-lexicon readings, likeliest types and calibrated
confidences, as `train_events.held_out_readings` gives them."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("type_thresholds", ROOT / "scripts/event_study/type_thresholds.py")
tt = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tt)


def test_the_hand_lexicon_reading_stands_whatever_the_threshold():
    got = tt.kept(["REQUEST", "NONE"], ["ACCUSE", "ACCUSE"], [0.05, 0.05], {"ACCUSE": 0.01}, default=0.9)
    assert got == ["REQUEST", "ACCUSE"]


def test_each_type_is_kept_at_its_own_threshold_and_the_others_at_the_default():
    hand = ["NONE"] * 3
    types = ["ACCUSE", "SUPPORT", "REJECT"]
    cal = [0.22, 0.22, 0.35]
    assert tt.kept(hand, types, cal, {}) == ["NONE", "NONE", "REJECT"]
    assert tt.kept(hand, types, cal, {"ACCUSE": 0.2, "REJECT": 0.4}) == ["ACCUSE", "NONE", "NONE"]


def test_a_type_whose_low_band_is_mostly_right_gets_a_lower_threshold():
    # ten invented ACCUSE candidates calibrated 0.2: eight labelled ACCUSE; ten SUPPORT candidates at 0.2: none right
    gold = ["ACCUSE"] * 8 + ["NONE"] * 2 + ["NONE"] * 10 + ["SUPPORT"] * 2
    types = ["ACCUSE"] * 10 + ["SUPPORT"] * 10 + ["SUPPORT"] * 2
    cal = [0.2] * 20 + [0.7, 0.7]
    hand = ["NONE"] * len(gold)
    chosen = tt.choose(gold, hand, types, cal, min_events=2)
    assert chosen["ACCUSE"] <= 0.2
    assert chosen["SUPPORT"] > 0.2
    assert tt.type_f1(gold, tt.kept(hand, types, cal, chosen), "SUPPORT") == 1.0


def test_a_type_with_too_few_labelled_candidates_keeps_the_one_threshold():
    gold = ["ACCUSE", "NONE"]
    assert tt.choose(gold, ["NONE", "NONE"], ["ACCUSE", "ACCUSE"], [0.2, 0.1], min_events=5) == {}


def test_calibration_error_is_zero_for_a_map_that_fits_both_halves():
    pr = [0.1, 0.1, 0.9, 0.9] * 4
    ok = [0, 0, 1, 1] * 4
    side = [0, 1] * 8
    assert tt.crossfit_ece(pr, ok, side) == 0.0


def test_half_models_are_written_with_the_thresholds(tmp_path):
    src = tmp_path / "w0.json"
    src.write_text(json.dumps({"classes": ["ACCUSE", "NONE"], "min_confidence": 0.3}))
    tt.write_halves([str(src), str(src)], str(tmp_path / "pt_"), {"ACCUSE": 0.2})
    for half in (0, 1):
        model = json.loads((tmp_path / f"pt_{half}.json").read_text())
        assert model["type_min_confidence"] == {"ACCUSE": 0.2} and model["min_confidence"] == 0.3
