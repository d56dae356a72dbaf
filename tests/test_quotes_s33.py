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


def _speakers(text: str, kinds=("indirect", "mixed")) -> list[tuple[str, str | None, str | None]]:
    from conftest import run_text

    rec = run_text(text)
    names = {a.id: a.name for a in rec.actors}
    return [(q.kind, q.speaker_text, names.get(q.speaker)) for q in rec.quotes if q.kind in kinds]


def test_a_reported_pronoun_read_as_no_one_takes_the_nearest_compatible_person():
    text = ("Lund took offense when Kell questioned him at the first hearing. He later called her “third-rate” and "
            "skipped a hearing she chaired. She told the Lantern on Monday the tone of the meeting was cordial.")
    assert _speakers(text)[-1] == ("indirect", "She", "Kell")


def test_a_reported_pronoun_read_as_the_other_gender_is_moved():
    from types import SimpleNamespace

    from dateline.extract.quotes.pronouns import fix_reported_pronouns
    from dateline.knowledge import load_knowledge
    from dateline.options import Options
    from dateline.record import Actor, Mention, Quote

    text = "Ana Kell met Paul Lund on Monday. He said that the levy would stay."
    kell = Actor("a1", "Ana Kell", "person", mentions=[Mention(0, 8, "Ana Kell")])
    lund = Actor("a2", "Paul Lund", "person", mentions=[Mention(13, 22, "Paul Lund")])
    he = text.index("He")
    content = text.index("that the levy")
    q = Quote("q1", "indirect", text[content:-1], content, len(text) - 1, speaker="a1", speaker_text="He",
              cue="said", speaker_start=he, speaker_end=he + 2)
    ctx = SimpleNamespace(actors=[kell, lund], knowledge=load_knowledge(Options()))
    fix_reported_pronouns(text, [q], ctx)
    assert q.speaker == "a2"
    q.speaker, q.speaker_text = "a2", "She"  # a man read as "she", and no woman named before: left as it was
    fix_reported_pronouns(text, [q], SimpleNamespace(actors=[lund], knowledge=ctx.knowledge))
    assert q.speaker == "a2"


def test_a_reported_pronoun_of_the_right_gender_is_kept():
    assert _speakers("Ana Kell met Paul Lund on Monday. He said that the levy would stay in place until March.") == \
        [("indirect", "He", "Paul Lund")]
    assert _speakers("Paul Lund spoke after Ana Kell. She said that the levy would stay in place until March.") == \
        [("indirect", "She", "Ana Kell")]
