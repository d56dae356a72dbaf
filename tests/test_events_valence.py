"""Valence as a feature of the learned candidate model (issue 9, session 28): the trigger word's and its
complement's prior rating (VADER), binned and crossed with the frame. Invented sentences only."""
from __future__ import annotations

import dataclasses

import pytest

from dateline.extract.events.learned import features, valence_features
from dateline.knowledge.events import load
from dateline.nlp import load as load_nlp
from dateline.options import DEFAULT_MODEL


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(DEFAULT_MODEL)


@pytest.fixture(scope="module")
def lex():
    return load()


def _tok(nlp, text, word):
    doc = nlp(text)
    return next(t for t in doc if t.lower_ == word)


def _groups(lex, groups):
    return dataclasses.replace(lex, model=dict(lex.model or {}, feature_groups=list(groups)))


def test_a_model_without_feature_groups_gets_no_valence_features(nlp, lex):
    tok = _tok(nlp, "Senator Mara Vell blasted Governor Tom Brandt for a reckless budget.", "blasted")
    plain = features(tok, _groups(lex, ()))
    assert not any(f.startswith(("val=", "cval=")) for f in plain)


def test_the_trigger_and_its_complement_are_rated_and_crossed_with_the_frame(nlp, lex):
    tok = _tok(nlp, "Senator Mara Vell blasted Governor Tom Brandt for a reckless budget.", "blasted")
    f = features(tok, _groups(lex, ("val", "frame", "cval")))
    assert "cval=--" in f  # "reckless" is strongly negative
    assert "cval=--|objactor" in f  # aimed at a party
    assert any(x.startswith("val=") and "|" not in x for x in f)


def test_a_thing_as_object_is_not_the_party_frame(nlp, lex):
    tok = _tok(nlp, "The storm blasted the old harbour wall.", "blasted")
    f = features(tok, _groups(lex, ("val", "frame")))
    assert not any(x.endswith("|objactor") for x in f)


def test_praise_is_rated_positive_and_negation_is_a_frame(nlp, lex):
    tok = _tok(nlp, "Kell did not praise the union leaders.", "praise")
    f = features(tok, _groups(lex, ("val", "frame")))
    assert "val=++" in f and "val=++|neg" in f and "val=++|objactor" in f


def test_no_valence_table_no_features(nlp, lex):
    tok = _tok(nlp, "Senator Mara Vell blasted Governor Tom Brandt.", "blasted")
    assert valence_features(tok, dataclasses.replace(lex, valence=None), None, None, set()) == []


def test_only_the_requested_groups_are_added(nlp, lex):
    tok = _tok(nlp, "Senator Mara Vell blasted Governor Tom Brandt for a reckless budget.", "blasted")
    f = features(tok, _groups(lex, ("cval",)))
    assert any(x.startswith("cval=") for x in f)
    assert not any(x.startswith("val=") or "|" in x and x.startswith("cval=") for x in f)
