"""Judgements voiced in speech (extract/events/speech.py): a quotation about an actor it names can accuse or
praise that actor. Every text is invented."""
from __future__ import annotations

import math

import pytest

from conftest import run_text
from dateline.extract.events import speech
from dateline.knowledge import load_knowledge
from dateline.options import Options

TOY = {"classes": ["ACCUSE", "NONE", "SUPPORT"], "intercept": [0.0, 1.0, 0.0], "threshold": 0.5,
       "weights": {"w=disgrace": [3.0, 0.0, 0.0], "w=fight": [0.0, 0.0, 3.0]}}


def _names(rec):
    return {a.id: a.name for a in rec.actors}


def speech_events(rec):
    names = _names(rec)
    return [(e.type, [names[i] for i in e.source], [names[i] for i in e.target]) for e in rec.events
            if e.rule == "speech.judgement"]


def test_probabilities_are_a_softmax_over_the_active_features():
    probs = speech.probabilities(TOY, ["w=disgrace", "w=disgrace", "w=unknown"])
    z = math.exp(3.0) + math.exp(1.0) + 1.0
    assert probs["ACCUSE"] == pytest.approx(math.exp(3.0) / z)
    assert sum(probs.values()) == pytest.approx(1.0)
    assert speech.judged(TOY, ["w=disgrace"])[0] == "ACCUSE"
    assert speech.judged(TOY, ["w=fight"])[0] == "SUPPORT"
    assert speech.judged(TOY, ["w=weather"]) is None  # NONE is likeliest: no judgement


@pytest.fixture
def toy_model(monkeypatch):
    """The pipeline with the toy speech model in place of the shipped one."""
    real = speech.judged
    monkeypatch.setattr(speech, "judge_all", lambda model, encoded, items, encoder=None: [real(TOY, f) for _, f in items])


def test_a_judgement_in_a_quotation_accuses_the_actor_it_names(toy_model):
    rec = run_text('Senator Mara Kell unveiled a budget plan on Monday. "Kell\'s plan is a disgrace," '
                   'Governor Jonas Osei said on Tuesday.', date="2025-03-07")
    got = speech_events(rec)
    assert got == [("ACCUSE", ["Jonas Osei"], ["Mara Kell"])]
    ev = next(e for e in rec.events if e.rule == "speech.judgement")
    assert ev.date.value == "2025-03-04"  # the day it was said
    # its confidence is the end-to-end calibration's chance (test_event_calibration.py), not the pair model's
    assert ev.modality == "asserted" and 0.0 < ev.confidence < 1.0
    assert "disgrace" in ev.evidence.text


def test_praise_in_a_quotation_supports_the_actor(toy_model):
    got = speech_events(run_text('"Nobody fought harder for this town than Mara Kell," Governor Jonas Osei said.'))
    assert got == [("SUPPORT", ["Jonas Osei"], ["Mara Kell"])]


def test_a_pronoun_in_the_quotation_stands_for_the_actor_it_refers_to(toy_model):
    """The quotation names its target only by a pronoun; the pronoun is read as the events stage reads it
    (someone the speaker talks about, never the speaker)."""
    rec = run_text('Senator Mara Kell unveiled a budget plan on Monday. "She brought disgrace on this town," Governor Jonas Osei said.')
    assert speech_events(rec) == [("ACCUSE", ["Jonas Osei"], ["Mara Kell"])]


def test_the_speakers_own_pronoun_is_no_target(toy_model):
    assert speech_events(run_text('Governor Jonas Osei spoke on Monday. "I am a disgrace to my office," he said.')) == []


def test_a_neutral_quotation_is_no_event(toy_model):
    assert speech_events(run_text('"Mara Kell will speak after lunch," Governor Jonas Osei said.')) == []


def test_a_pair_the_rules_already_link_is_left_to_their_event(toy_model):
    rec = run_text('Governor Jonas Osei criticized Senator Mara Kell on Monday, saying "Kell is a disgrace."')
    assert speech_events(rec) == []
    names = _names(rec)
    assert ("ACCUSE", ["Jonas Osei"], ["Mara Kell"]) in [
        (e.type, [names[i] for i in e.source], [names[i] for i in e.target]) for e in rec.events]


def test_the_speech_model_is_packaged_and_loaded():
    model = load_knowledge(Options()).events.speech_model
    assert model is not None and "NONE" in model["classes"] and model["weights"]
    assert 0.0 < model["threshold"] < 1.0


def test_the_shipped_model_reads_wrongdoing_said_of_a_named_actor_as_an_accusation():
    rec = run_text("Senator Mara Kell said on Tuesday that Jonas Osei has betrayed the voters and lied about the budget.")
    assert speech_events(rec) == [("ACCUSE", ["Mara Kell"], ["Jonas Osei"])]
    assert speech_events(run_text('"I will meet Jonas Osei in Denver next week," Senator Mara Kell said.')) == []


def test_a_pronoun_in_a_quotation_said_of_an_actor_stands_for_that_actor(toy_model):
    # "said of Kell": the quotation is about Kell, so its "she" is Kell, not the woman named before it
    rec = run_text('Governor Maria Lenz spoke first. "She is a disgrace to this state," Senator Tom Osei said '
                   'of Governor Anna Kell.')
    assert speech_events(rec) == [("ACCUSE", ["Tom Osei"], ["Anna Kell"])]


def test_a_quotation_said_when_asked_about_an_actor_is_about_that_actor(toy_model):
    rec = run_text('"She is a disgrace to this state," Senator Tom Osei said when asked about Governor Anna Kell.')
    assert speech_events(rec) == [("ACCUSE", ["Tom Osei"], ["Anna Kell"])]



def test_a_model_judges_only_the_types_it_is_trusted_with():
    toy = {**TOY, "judged_types": ["ACCUSE"]}
    assert speech.judged(toy, ["w=disgrace"])[0] == "ACCUSE"
    assert speech.judged(toy, ["w=fight"]) is None  # praise is likeliest, but not a type the model judges
    # the shipped model does not read praise from quotations (held out right for 4 of 22 events)
    assert load_knowledge(Options()).events.speech_model["judged_types"] == ["ACCUSE", "REJECT"]
