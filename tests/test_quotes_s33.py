"""Session 33 (issue 10: quote speakers, PolNeAR sources); invented text and names."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from dateline.ingest.normalize import normalize_text

ROOT = Path(__file__).resolve().parents[1]


def _polnear_eval():
    spec = importlib.util.spec_from_file_location("polnear_eval", ROOT / "scripts" / "polnear_eval.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["polnear_eval"] = mod
    spec.loader.exec_module(mod)
    return mod


_RAW = "Levy row\r\n\r\n\r\n\r\nAna\u00a0Kell  said the levy was\u00a0unfair.\n\n\n\n  She  added that farmers would pay. "


def _record(ours: str) -> dict:
    def at(words: str) -> tuple[int, int]:
        s = ours.index(words)
        return s, s + len(words)

    qs, qe = at("the levy was unfair")
    ss, se = at("Ana Kell")
    q2s, q2e = at("farmers would pay")
    return {"article": {"id": "a", "text": ours},
            "quotes": [{"id": "q1", "kind": "indirect", "text": ours[qs:qe], "start": qs, "end": qe, "speaker": None,
                        "speaker_text": "Ana Kell", "speaker_start": ss, "speaker_end": se, "cue": "said"},
                       {"id": "q2", "kind": "indirect", "text": ours[q2s:q2e], "start": q2s, "end": q2e,
                        "speaker": "a1", "speaker_text": "She", "speaker_start": at("She")[0],
                        "speaker_end": at("She")[1], "cue": "added"}],
            "actors": [{"id": "a1", "name": "Ana Kell", "mentions": [{"start": ss, "end": se, "text": "Ana Kell"},
                                                                     {"start": at("She")[0], "end": at("She")[1],
                                                                      "text": "She"}]}]}


def test_offsets_move_exactly_onto_the_text_before_normalisation():
    mod = _polnear_eval()
    ours = normalize_text(_RAW)
    assert ours != _RAW
    rec = mod.move_record(_record(ours), _RAW)
    assert rec["article"]["text"] == _RAW
    q1, q2 = rec["quotes"]
    assert _RAW[q1["start"]:q1["end"]] == q1["text"] == "the levy was\u00a0unfair"
    assert _RAW[q1["speaker_start"]:q1["speaker_end"]] == q1["speaker_text"] == "Ana\u00a0Kell"
    assert _RAW[q2["start"]:q2["end"]] == "farmers would pay"
    assert [_RAW[m["start"]:m["end"]] for m in rec["actors"][0]["mentions"]] == ["Ana\u00a0Kell", "She"]


def test_speaker_words_split_by_a_no_break_space_are_found_once_moved():
    """The shared scorer looks words-only speakers up literally in the raw text: a normalised space misses."""
    mod = _polnear_eval()
    ps = mod.shared_scorer()
    ours = normalize_text(_RAW)
    rec = _record(ours)
    assert ps.occurrences(rec["quotes"][0]["speaker_text"], _RAW) == []
    moved = mod.move_record(rec, _RAW)
    assert ps.occurrences(moved["quotes"][0]["speaker_text"], _RAW) == [(moved["quotes"][0]["speaker_start"],
                                                                         moved["quotes"][0]["speaker_end"])]


def test_a_record_on_the_same_text_is_left_alone():
    mod = _polnear_eval()
    text = "Ana Kell said the levy was unfair."
    rec = _record(text.replace("unfair.", "unfair.\n\nShe added that farmers would pay."))
    before = repr(rec)
    assert repr(mod.move_record(rec, rec["article"]["text"])) == before
    assert mod.char_map("a b", "a  b") == [0, 1, 3, 4]
