"""Issue 9, session 34: the report reading of a labelled sentence (batch m) and what reads it. Invented sentences."""
from __future__ import annotations

import importlib.util
import math
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("check_labels", ROOT / "scripts/event_study/check_labels.py")
checker = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(checker)

TEXT = "Mayor Lund urged the council to resign."


def test_a_report_reading_names_its_cue_and_speaker_from_the_sentence():
    assert checker.report_problems({"cue": "urged", "speaker": "Mayor Lund", "carries": True}, TEXT) == []
    assert checker.report_problems({"cue": "urged", "speaker": "", "carries": False}, TEXT) == []
    assert checker.report_problems({"cue": "said", "speaker": "Mayor Lund", "carries": True}, TEXT)  # not there
    assert checker.report_problems({"cue": "", "speaker": "Mayor Lund", "carries": True}, TEXT)
    assert checker.report_problems({"cue": "urged", "speaker": "Mayor Lund", "carries": "yes"}, TEXT)
    assert checker.report_problems({"cue": "urged", "speaker": "Mayor Lund"}, TEXT)


def test_the_checker_takes_a_record_with_or_without_a_report_reading():
    import hashlib
    refs = [{"id": "s0", "source": "x", "doc": "d", "start": 0, "end": len(TEXT),
             "sha1": hashlib.sha1(TEXT.encode()).hexdigest()[:12]}]

    class Texts:
        def get(self, source, doc):
            return TEXT

    modes = {"REQUEST": {"", "change"}}
    ev = {"type": "REQUEST", "mode": "change", "also": [], "trigger": "urged", "source": "Mayor Lund",
          "target": "the council", "modality": "asserted"}
    plain = {"id": "s0", "events": [ev], "uncertain": False}
    read = dict(plain, report={"cue": "urged", "speaker": "Mayor Lund", "carries": True})
    assert checker.check([plain], refs, Texts(), modes) == []
    assert checker.check([read], refs, Texts(), modes) == []
    assert checker.check([dict(plain, report={"cue": "told"})], refs, Texts(), modes)
    assert checker.check([dict(plain, other=1)], refs, Texts(), modes)


_cspec = importlib.util.spec_from_file_location("report_carry", ROOT / "scripts/event_study/report_carry.py")
carry = importlib.util.module_from_spec(_cspec)
_cspec.loader.exec_module(carry)


def _at(text, cue, speaker, said):
    """Spans as report_gate_cv.report_spans gives them (cue, subject subtree, what the cue reports)."""
    c = text.index(cue)
    s = text.index(speaker) if speaker else None
    r = text.index(said)
    return {"cue": (c, c + len(cue)), "spk": None if s is None else (s, s + len(speaker)),
            "said": (min(c, r), max(c + len(cue), r + len(said)))}


def _ev(trigger, source, target="", type_="REQUEST"):
    return {"type": type_, "mode": "", "also": [], "trigger": trigger, "source": source, "target": target,
            "modality": "asserted"}


def test_a_report_carries_an_event_of_its_speaker_whichever_word_is_the_trigger():
    text = "Lund said the council must resign."
    at = _at(text, "said", "Lund", "the council must resign")
    assert carry.carries(at, text, [_ev("must resign", "Lund", "the council")]) == 1
    assert carry.carries(at, text, [_ev("said the council must resign", "Lund", "the council")]) == 1
    assert carry.carries(at, text, []) == 0


def test_another_partys_act_inside_a_report_is_not_the_speakers():
    text = "Lund said Osei attacked the mayor."
    at = _at(text, "said", "Lund", "Osei attacked the mayor")
    assert carry.carries(at, text, [_ev("attacked", "Osei", "the mayor", "ACCUSE")]) == 0


def test_a_speaker_pronoun_matches_as_a_word_not_inside_another():
    text = "He said the mayor should quit, the aide added."
    at = _at(text, "said", "He", "the mayor should quit")
    assert carry.carries(at, text, [_ev("should quit", "He", "the mayor")]) == 1
    assert carry.occurrences("the hen", "he") == []


def test_without_a_subject_only_an_event_on_the_cue_counts():
    text = "Urging voters to back Kell, the pastor spoke."
    at = _at(text, "Urging", "", "voters to back Kell")
    assert carry.carries(at, text, [_ev("Urging", "the pastor", "voters")]) == 1
    assert carry.carries(at, text, [_ev("back", "voters", "Kell", "SUPPORT")]) == 0


def test_the_stated_reading_belongs_to_the_cue_it_names():
    text = "Lund said the council must resign."
    at = _at(text, "said", "Lund", "the council must resign")
    assert carry.stated(at, text, {"cue": "said", "speaker": "Lund", "carries": True}) == 1
    assert carry.stated(at, text, {"cue": "resign", "speaker": "Lund", "carries": True}) is None
    assert carry.stated(at, text, None) is None


def test_a_carry_gate_only_lifts_a_reported_predicate():
    from dateline.extract.events import report_gate
    gate = {"kind": "carry", "lemmas": {"say": ["speech"]}, "base": 1.0, "bias": 0.0, "weights": {"spk=PERSON": 2.0},
            "lift": 0.5}
    probs = {"NONE": 0.9, "REQUEST": 0.08, "ACCUSE": 0.02}
    lifted = report_gate.rescore(gate, [0.5, "spk=PERSON"], probs)  # at the cue: even odds, then +2 -> q 0.88
    assert abs(lifted["NONE"] - (1 - 1 / (1 + math.exp(-2.0)))) < 1e-9
    assert abs(lifted["REQUEST"] / lifted["ACCUSE"] - 4.0) < 1e-9  # the predicate's own types keep their shares
    assert report_gate.rescore(gate, [0.9, "spk=none"], probs) == probs  # q 0.1 under the lift
    strong = {"NONE": 0.05, "REQUEST": 0.95}
    assert report_gate.rescore(gate, [0.5, "spk=PERSON"], strong) == strong  # never lowers


def test_a_carry_gate_reads_the_predicate_by_its_cue():
    from dateline import nlp as nlpmod
    from dateline.extract.events import report_gate
    from dateline.knowledge.events import load
    from dateline.options import DEFAULT_MODEL
    nlp, lex = nlpmod.load(DEFAULT_MODEL), load()
    gate = {"kind": "carry", "lemmas": {"say": ["speech"]}, "base": 1.0, "bias": 0.0, "weights": {}, "lift": 0.5}
    doc = nlp("The senator said the mayor must resign.")
    resign = next(t for t in doc if t.lemma_ == "resign")
    said = next(t for t in doc if t.lemma_ == "say")
    got = report_gate.reading(gate, resign, lex)
    assert isinstance(got[0], float) and 0.0 <= got[0] <= 1.0  # the candidate model's no-event chance at the cue
    assert "lem=say" in got[1:] and "spk=people" in got[1:]
    assert report_gate.reading(gate, said, lex) is None  # the cue itself is not lifted
