"""Event dates, session 37: the frozen label file `dates_s37` and the learned date choice trained on it."""
from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "training/events/dates_s37.jsonl"
TEXTS = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "scripts"))


def _records() -> list[dict]:
    return [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_label_file_is_the_frozen_one():
    told = re.search(r"sha256 of the frozen file: `([0-9a-f]{64})`",
                     (ROOT / "training/events/DATES_S37.md").read_text(encoding="utf-8")).group(1)
    assert hashlib.sha256(LABELS.read_bytes()).hexdigest() == told


def test_every_record_reads_as_the_scorer_reads_a_date():
    from date_eval import interval

    records = _records()
    assert len(records) == 270 and len({r["event"] for r in records}) == 270
    for r in records:
        assert r["basis"] in ("explicit", "context", "peg", "publication", "relative", "none")
        assert isinstance(r["date_slack_days"], int) and r["date_slack_days"] >= 0
        assert (r["date"] is None) == (r["basis"] == "none")
        assert r["date"] is None or interval(r["date"]) is not None


@pytest.mark.skipif(not TEXTS.exists(), reason="needs the shared PolNeAR texts")
def test_every_trigger_sits_at_its_offsets():
    for r in _records():
        text = (TEXTS / r["source"]).read_text(encoding="utf-8")
        assert text[r["start"]:r["end"]] == r["trigger"], r["event"]


def test_the_learned_choice_trains_on_every_spent_label_file_and_never_on_the_held_out_one():
    import date_eval
    import train_dates

    spent = {p.stem for p in (ROOT / "training/events").glob("dates_*.jsonl")} - set(date_eval.HELD_OUT)
    assert set(train_dates.SETS) == spent and "dates_s37" in spent
    assert "dates_s35" not in train_dates.SETS


def test_the_packaged_model_was_trained_on_the_session_37_labels_and_ships_off():
    model = json.loads((ROOT / "src/dateline/knowledge/data/events/date_model.json").read_text(encoding="utf-8"))
    assert "dates_s37" in model["report"]["sets"] and model["steps"] == []
