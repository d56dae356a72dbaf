"""The end-to-end event calibration (extract/events/calibration.py): an event's confidence is the fitted chance that
the whole event — type, source and recipient — is right. Every text is invented."""
from __future__ import annotations

import json

from conftest import run_text
from dateline.extract.events import calibration
from dateline.knowledge import load_knowledge
from dateline.options import Options
from dateline.record import Event, Span

TEXT = "Syrian troops shelled the Turkish border town of Kilis on Monday, the defence ministry in Ankara said."


def _event(**kw) -> Event:
    base = dict(id="e1", type="ASSAULT", source=["a1"], target=["a2"], evidence=Span(0, 5, "shell"),
                rule="verb.active.shell", confidence=0.6)
    return Event(**{**base, **kw})


def test_features_describe_the_finished_event():
    kinds = {"a1": "state", "a2": "person"}.get
    f = calibration.features(_event(), kinds, in_quote=False)
    assert f["family=verb"] == 1.0 and f["type=ASSAULT"] == 1.0 and f["confidence"] == 0.6
    assert f["source_kind=state"] == 1.0 and f["target_kind=person"] == 1.0 and f["no_recipient"] == 0.0
    bare = calibration.features(_event(target=[], rule="speech.judgement", type="ACCUSE"), kinds, in_quote=True)
    assert bare["no_recipient"] == 1.0 and bare["no_recipient|type=ACCUSE"] == 1.0 and bare["in_quote"] == 1.0
    assert bare["family=speech"] == 1.0 and "target_kind=person" not in bare


def test_probability_is_the_logistic_of_the_weighted_features():
    model = {"intercept": 0.0, "weights": {"type=ACCUSE": 2.0, "confidence": 1.0}}
    assert abs(calibration.probability(model, {"type=ACCUSE": 1.0}) - 0.8808) < 1e-3
    assert calibration.probability(model, {"type=AGREE": 1.0}) == 0.5
    assert calibration.probability({"intercept": -100.0, "weights": {}}, {}) > 0.0  # clipped, never an overflow


def test_the_shipped_calibration_is_packaged_and_fitted_held_out():
    model = load_knowledge(Options()).events.calibration
    assert model is not None and model["weights"] and "intercept" in model
    held = model["figures"]
    # fitted on held-out outcomes, it must predict them better than the raw confidences did
    assert held["held_out_calibrated"]["log_loss"] < held["held_out_raw"]["log_loss"]


def test_events_carry_the_calibrated_confidence_before_the_floor(tmp_path):
    (tmp_path / "events").mkdir()
    # a user calibration that thinks every event is almost surely wrong
    (tmp_path / "events" / "calibration.json").write_text(json.dumps({"=weights": {}, "intercept": -6.0}))
    plain = run_text(TEXT)
    assert any(e.type == "ASSAULT" for e in plain.events)
    doubted = run_text(TEXT, options=Options(knowledge_dir=str(tmp_path), event_min_confidence=0.0))
    assert doubted.events and all(e.confidence == 0.0 for e in doubted.events)
    floored = run_text(TEXT, options=Options(knowledge_dir=str(tmp_path), event_min_confidence=0.1))
    assert floored.events == []
    # the packaged default floor (0.1, chosen from the measured curve) drops them too
    assert run_text(TEXT, options=Options(knowledge_dir=str(tmp_path))).events == []
