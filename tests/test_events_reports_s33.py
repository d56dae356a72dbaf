"""Issue 9, session 33: is this report an event? The report gate (extract/events/report_gate.py). Invented examples."""
import math
from dataclasses import replace

import pytest

from dateline.extract.events import learned, report_gate
from dateline.knowledge.events import load

CLASSES = {"say": ["speech"], "call": ["accuse", "request"], "urge": ["request", "speech"]}


@pytest.fixture(scope="module")
def nlp():
    from dateline import nlp as nlpmod
    from dateline.options import DEFAULT_MODEL
    return nlpmod.load(DEFAULT_MODEL)


@pytest.fixture(scope="module")
def lex():
    return load()


def _verb(nlp, text, lemma):
    doc = nlp(text)
    return next(t for t in doc if t.lemma_.lower() == lemma and t.pos_ == "VERB")


def test_the_gate_reads_an_obligation_in_what_is_reported(nlp, lex):
    tok = _verb(nlp, "The senator said the council must resign.", "say")
    f = report_gate.features(tok, lex, CLASSES["say"])
    assert "cmood=oblige" in f and "cls=speech" in f
    assert "party=group" in f  # the council: another party named in the report


def test_the_gate_tells_a_plain_report_from_a_demand(nlp, lex):
    plain = report_gate.features(_verb(nlp, "The senator said the vote is on Tuesday.", "say"), lex, CLASSES["say"])
    demand = report_gate.features(_verb(nlp, "The senator urged the ministry to open an inquiry.", "urge"), lex,
                                  CLASSES["urge"])
    assert "cmood=oblige" not in plain and "party=none" in plain
    assert "cmood=inf|obj" in demand and "obj=group" in demand


def test_the_speaker_kind(nlp, lex):
    f = report_gate.features(_verb(nlp, "We said the plan was reckless.", "say"), lex, CLASSES["say"])
    assert "spk=pron1" in f and "spk|cls=pron1|speech" in f
    assert "rval=--" in f  # a strongly rated word in the report


def test_rescore_keeps_the_types_shares_and_moves_only_event_or_not(nlp, lex):
    tok = _verb(nlp, "The senator said the council must resign.", "say")
    gate = {"lemmas": CLASSES, "base": 1.0, "bias": 0.0, "weights": {}}
    probs = {"NONE": 0.9, "REQUEST": 0.06, "ACCUSE": 0.04}
    same = report_gate.rescore(gate, report_gate.reading(gate, tok, lex), probs)
    assert all(math.isclose(same[c], p, rel_tol=1e-6) for c, p in probs.items())
    gate["weights"] = {"cmood=oblige": 2.0}
    up = report_gate.rescore(gate, report_gate.reading(gate, tok, lex), probs)
    assert up["NONE"] < 0.9 and math.isclose(up["REQUEST"] / up["ACCUSE"], 1.5, rel_tol=1e-6)
    assert math.isclose(sum(up.values()), 1.0, rel_tol=1e-6)


def test_the_gate_reads_only_the_verbs_it_lists(nlp, lex):
    gate = {"lemmas": {"say": ["speech"]}, "base": 1.0, "bias": 0.0, "weights": {}}
    assert report_gate.reading(gate, _verb(nlp, "The senator said the vote is on Tuesday.", "say"), lex)
    assert report_gate.reading(gate, _verb(nlp, "The senator urged the ministry to act.", "urge"), lex) is None
    assert report_gate.reading(None, _verb(nlp, "The senator said the vote is on Tuesday.", "say"), lex) is None


def test_a_reported_predicate_is_read_with_its_speaker_and_its_subject(nlp, lex):
    gate = {"kind": "pred", "lemmas": CLASSES, "base": 1.0, "bias": 0.0, "weights": {}}
    lied = _verb(nlp, "The senator said the mayor lied to voters.", "lie")
    f = report_gate.reading(gate, lied, lex)
    assert "cue=say" in f and "spk|psubj=people|people" in f
    grew = report_gate.reading(gate, _verb(nlp, "The senator said the economy grew last year.", "grow"), lex)
    assert "psubj=thing" in grew
    # the cue itself is no reported predicate, nor is a verb outside any report
    assert report_gate.reading(gate, _verb(nlp, "The senator said the mayor lied to voters.", "say"), lex) is None
    assert report_gate.reading(gate, _verb(nlp, "The mayor lied to voters.", "lie"), lex) is None


def test_a_coordinated_predicate_has_the_same_cue(nlp, lex):
    doc = nlp("The senator urged the ministry to open an inquiry and punish the officers.")
    punish = next(t for t in doc if t.lemma_ == "punish")
    assert report_gate.governing_cue(punish, CLASSES).lemma_ == "urge"


def test_a_model_with_a_gate_scores_reports_through_it(nlp, lex):
    text = "The senator said the council must resign."
    plain = learned._probs(_verb(nlp, text, "say"), lex)
    gate = {"lemmas": {"say": ["speech"]}, "base": 1.0, "bias": 3.0, "weights": {}}
    gated_lex = replace(lex, model=dict(lex.model, report_gate=gate))
    gated = learned._probs(_verb(nlp, text, "say"), gated_lex)  # a new parse: the memo is per document
    assert gated["NONE"] < plain["NONE"]
