"""Issue 10, session 20: where a source phrase ends is learned (extract/quotes/span_model.py). Invented texts.

The hand rules kept every right-hand dependent of the source's head up to the cue; PolNeAR train's Sources
leave out a floating quantifier ("A and B both said"), a relative clause after a bracketed state ("Senator Ana
Kell (D-Ore.), who …, said") or one that reports speech of its own ("X, who said last week …, told"), and a
setting after the cue ("said X, the spokesman, in a radio interview"); they keep the bracket and appositions.
"""
from __future__ import annotations

from conftest import quotes_of

from dateline.extract.quotes import span_model


def speaker_texts(text: str) -> list[str | None]:
    rec, _ = quotes_of(text)
    return [q.speaker_text for q in rec.quotes]


def test_a_floating_quantifier_is_no_part_of_the_source():
    assert speaker_texts("Ana Lund and Tomas Kell both said the harvest was late.") == ["Ana Lund and Tomas Kell"]


def test_a_relative_clause_that_reports_speech_and_a_setting_after_the_cue_are_left_out():
    got = speaker_texts("Tomas Kell, who said last week that he would resign, told reporters the harvest was late.")
    assert got[-1] == "Tomas Kell"
    got = speaker_texts("“The harvest is late,” said Tomas Kell, the union’s spokesman, in a radio interview on Monday.")
    assert got == ["Tomas Kell, the union’s spokesman"]


def test_a_relative_clause_after_a_bracketed_state_is_left_out_and_the_bracket_kept():
    got = speaker_texts("Senator Ana Kell (D-Ore.), who has pushed for a new bridge for years, said the vote "
                        "was rigged.")
    assert got == ["Senator Ana Kell (D-Ore.)"]


def test_an_apposition_stays_in_the_source():
    got = speaker_texts("Tomas Kell, a spokesman for the Velland Farmers Union, said the harvest was late.")
    assert got == ["Tomas Kell, a spokesman for the Velland Farmers Union"]


def test_the_model_decides_piece_by_piece_and_never_reaches_the_cue():
    from dateline import nlp
    from dateline.options import Options
    doc = nlp.load(Options().model)("Tomas Kell, a spokesman for the union, who farms near Lyon, said the harvest "
                                    "was late.")
    head = next(t for t in doc if t.text == "Kell")
    cue = next(t for t in doc if t.text == "said")
    take_none = {"bias": -10.0, "threshold": 0.5, "weights": {}}
    take_all = {"bias": 10.0, "threshold": 0.5, "weights": {}}
    assert span_model.learned_right(head, head.i, cue, take_none) == head.i
    assert head.i < span_model.learned_right(head, head.i, cue, take_all) < cue.i
