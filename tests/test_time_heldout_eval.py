"""scripts/time_heldout_eval.py: TempEval-3-style figures on an invented gold file (no evaluation text)."""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import time_heldout_eval as ev  # noqa: E402


def _t(start, end, typ, value, text=""):
    return {"start": start, "end": end, "type": typ, "value": value, "text": text}


def test_strict_relaxed_type_and_value_figures():
    gold = [{"file": "a", "dct": "2025-03-06", "timexes": [
        _t(0, 9, "DATE", "2025-03-05"),      # found exactly, right value
        _t(20, 32, "DURATION", "P3M"),       # found with a longer span, right value
        _t(40, 46, "DATE", "2025-03-07"),    # found exactly, wrong value
        _t(60, 70, "SET", "P1W"),            # missed
    ]}]
    system = {"a": [_t(0, 9, "DATE", "2025-03-05"), _t(16, 32, "DURATION", "P3M"), _t(40, 46, "DATE", "2025-02-28"),
                    _t(80, 85, "DATE", "2025")]}  # a false alarm
    fig = ev.score(gold, system)
    assert fig["strict"] == pytest.approx((2 / 4, 2 / 4, 0.5))
    assert fig["relaxed"] == pytest.approx((3 / 4, 3 / 4, 0.75))
    assert fig["type_accuracy"] == 1.0 and fig["type_f1"] == pytest.approx(0.75)
    assert fig["value_accuracy"] == pytest.approx(2 / 3) and fig["value_f1"] == pytest.approx(0.5)
    assert fig["by_type"]["SET"] == {"gold": 1, "recall": 0.0, "value_accuracy": 0.0}
    assert fig["by_type"]["DATE"]["value_accuracy"] == pytest.approx(0.5)


def test_relaxed_matching_is_one_to_one_by_largest_overlap():
    gold = [_t(0, 10, "DATE", "x"), _t(12, 20, "DATE", "y")]
    system = [_t(5, 18, "DATE", "y")]  # overlaps both: it takes the gold it shares more with
    assert ev.relaxed_pairs(gold, system) == [(1, 0)]
    assert ev.relaxed_pairs(gold, []) == []


def test_whole_pipeline_on_an_invented_article_with_raw_offsets(tmp_path, capsys):
    raw = ("  The Ruritanian council met  yesterday.\r\n\r\nThe strike lasted for three months, "
           "and the museum is closed every week.\n")
    (tmp_path / "art.txt").write_bytes(raw.encode("utf-8"))

    def at(expr, typ, value):
        s = raw.index(expr)
        return _t(s, s + len(expr), typ, value, expr)
    gold = {"file": "art.txt", "dct": "2025-03-06", "sha256": hashlib.sha256(raw.encode()).hexdigest(),
            "timexes": [at("yesterday", "DATE", "2025-03-05"), at("three months", "DURATION", "P3M"),
                        at("every week", "SET", "P1W")]}
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    ev.main([str(gold_path), "--texts", str(tmp_path), "--json"])
    fig = json.loads(capsys.readouterr().out)
    assert fig["gold"] == fig["system"] == 3
    assert fig["strict"] == [1.0, 1.0, 1.0] and fig["value_f1"] == 1.0


def test_a_changed_text_is_refused(tmp_path):
    (tmp_path / "art.txt").write_text("Talks resumed yesterday.", encoding="utf-8")
    doc = {"file": "art.txt", "dct": "2025-03-06", "sha256": "0" * 64, "timexes": []}
    with pytest.raises(SystemExit):
        ev.article_text(doc, tmp_path)
