"""Session 34 (issue 10: quote speakers; PolNeAR tooling); invented text and names."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


_TEXT = "Ana Kell said the levy was unfair. Tom Lund wants a vote. Paul Ruiz denied it."


def _att(source: str | None, content: str) -> dict:
    def at(words: str) -> tuple[int, int]:
        s = _TEXT.index(words)
        return s, s + len(words)

    return {"Source": [at(source)] if source else [], "Content": [at(content)], "Cue": []}


def test_one_attribution_classifier_serves_both_polnear_tools():
    pe = _load("polnear_eval", ROOT / "scripts" / "polnear_eval.py")
    shapes = _load("polnear_shapes", ROOT / "eval" / "quotes" / "polnear_shapes.py")
    assert shapes.polnear_eval.attribution_kind is pe.attribution_kind
    sc = pe.shared_scorer()
    toks = [m.span() for m in sc.TOKEN.finditer(_TEXT)]

    def span(words: str) -> tuple[int, int]:
        s = _TEXT.index(words)
        return s, s + len(words)

    pairs = [(span("the levy was unfair"), span("Ana Kell")), (span("a vote"), None),
             (span("denied it"), span("Paul"))]
    kinds = [pe.attribution_kind(sc, _TEXT, toks, _att(src, content), pairs)[0]
             for src, content in (("Ana Kell", "the levy was unfair"), ("Tom Lund", "a vote"),
                                  ("Paul Ruiz", "denied it"), ("Ana Kell", "Tom Lund wants"))]
    assert kinds == ["exact", "no speaker", "partial", "not found"]
    kind, gold, got = pe.attribution_kind(sc, _TEXT, toks, _att("Tom Lund", "denied it"), pairs)
    assert kind == "wrong" and gold and got and not gold & got


def _speakers(text: str) -> list[tuple[str, str, str | None, str | None]]:
    from conftest import run_text

    rec = run_text(text)
    names = {a.id: a.name for a in rec.actors}
    return [(q.kind, q.text, q.speaker_text, names.get(q.speaker)) for q in rec.quotes]


def test_according_to_a_surname_the_parser_tags_as_a_common_noun_is_the_person():
    text = ("Port strike spreads\n\nMayor Tom Lund spoke at the docks on Wednesday. According to Lund, the strike "
            "will end soon.")
    assert _speakers(text)[-1][2:] == ("Lund", "Tom Lund")


def test_a_short_turn_in_an_exchange_that_takes_turns_is_the_labelled_persons():
    text = ("Mayor on the strike\n\nMayor Tom Lund sat down with the Lantern's Paul Ruiz on Wednesday.\n\n"
            "Ruiz: Will the strike end soon?\n\nLund: I hope so. Ana Kell has been unfair to the workers.\n\n"
            "Ruiz: And Kell?\n\nLund: She will come around.")
    got = _speakers(text)
    assert ("direct", "And Kell?", "Ruiz", "Paul Ruiz") in got
    assert ("direct", "She will come around.", "Lund", "Tom Lund") in got


def test_short_labelled_lines_that_do_not_take_turns_are_no_interview():
    text = ("Council notes\n\nThe council met on Monday.\n\nKell: Levy passed.\n\nLund: Bridge delayed.\n\n"
            "Ruiz: Port open.")
    assert not [q for q in _speakers(text) if q[2] in ("Kell", "Lund", "Ruiz")]


def test_tally_lines_under_names_are_no_interview():
    text = ("Delegate count\n\nAna Kell and Tom Lund held a debate in Salem on Monday.\n\nKell: 1,769.\n\n"
            "Lund: 1,501.\n\nKell: 547.\n\nLund: 46.")
    assert not [q for q in _speakers(text) if q[2] in ("Kell", "Lund")]


def test_an_object_that_controls_a_speech_infinitive_speaks():
    got = _speakers("Levy row\n\nThe court ruling prompted Tom Lund to say that he would appeal.")
    assert got == [("indirect", "that he would appeal", "Tom Lund", "Tom Lund")]
    got = _speakers("Levy row\n\nAna Kell won the Salem primary on Tuesday, a victory that led her to declare that "
                    "the nomination was in sight.")
    assert got[-1][1:] == ("that the nomination was in sight", "her", "Ana Kell")
    got = _speakers("Levy row\n\nAna Kell won the Salem primary on Tuesday, a victory that led her to declare that "
                    "the nomination was “in sight.”")
    assert [q[2:] for q in got if q[0] == "direct"] == [("her", "Ana Kell")]


def test_an_infinitive_under_a_reporting_verb_stays_the_reporters():
    got = _speakers("Levy row\n\nTom Lund urged Ana Kell to declare that the levy was dead.")
    assert [q[3] for q in got] == ["Tom Lund"]


def test_a_title_abbreviation_the_tokenizer_splits_does_not_end_the_tag():
    for text in ("“I disagree,” said retired Army Lt. Gen. Paul Ruiz, who served in Salem.",
                 "“I disagree,” said Col. Paul Ruiz, the base commander."):
        got = _speakers("Levy row\n\n" + text)
        assert [(q[0], q[3]) for q in got] == [("direct", "Paul Ruiz")], text


def test_a_sentence_end_after_a_short_name_still_ends_the_tag():
    got = _speakers("Levy row\n\n“I disagree,” Tom Lund notes. “It was a bad levy.”")
    assert [q[3] for q in got] == ["Tom Lund", "Tom Lund"]


def test_a_purpose_infinitive_keeps_the_subjects_voice():
    got = _speakers("Levy row\n\nTom Lund used his radio show to say that the levy was fair.")
    assert [q[3] for q in got] == ["Tom Lund"]
    got = _speakers("Levy row\n\nTom Lund emailed Ana Kell to say that the levy was fair.")
    assert [q[3] for q in got] == ["Tom Lund"]
