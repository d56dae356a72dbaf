"""The second-stage typer for general verbs of saying (issue 9, session 32): invented sentences only."""
from __future__ import annotations

import math

import numpy
import pytest

from dateline.extract.events import learned, reported_type


@pytest.fixture(scope="module")
def nlp():
    from dateline import nlp as nlpmod
    from dateline.options import DEFAULT_MODEL
    return nlpmod.load(DEFAULT_MODEL)


def _verb(doc, lemma):
    return next(t for t in doc if t.lemma_ == lemma and t.pos_ == "VERB")


def test_the_reported_words_are_the_complement_of_the_verb(nlp):
    doc = nlp("Kell said the council must resign over the permits.")
    words = {t.lower_ for t in reported_type.reported_tokens(_verb(doc, "say"))}
    assert {"council", "resign", "permits"} <= words
    assert "kell" not in words and "said" not in words


def test_the_pooled_vector_is_a_unit_mean_of_the_token_vectors(nlp):
    doc = nlp("Osei called the plan a disgrace.")
    toks = reported_type.reported_tokens(_verb(doc, "call"))
    vec = reported_type.pooled(doc, toks)
    assert vec.shape == (doc.tensor.shape[1],)
    assert math.isclose(float(numpy.linalg.norm(vec)), 1.0, rel_tol=1e-4)
    assert not reported_type.pooled(doc, []).any()


def test_a_doc_without_token_vectors_gives_zeros(nlp):
    from spacy.tokens import Doc
    doc = Doc(nlp.vocab, words=["Kell", "said", "no"])
    assert not reported_type.pooled(doc, list(doc)).any()


def test_lemmas_whose_events_spread_over_types():
    pairs = [("urge", "REQUEST")] * 9 + [("urge", "NONE")] * 30 + [("say", "ACCUSE")] * 5 + [("say", "REQUEST")] * 4 \
        + [("say", "NONE")] * 50 + [("shell", "ASSAULT")] * 3
    assert reported_type.spread(pairs, min_events=8, max_share=0.7) == {"say"}


def _stage(matrix, bias, lemmas=("say",)):
    return {"lemmas": list(lemmas), "classes": ["ACCUSE", "NONE", "REQUEST"], "scale": 1.0,
            "matrix": matrix, "bias": bias}


def test_a_stage_with_no_correction_keeps_the_first_reading(nlp):
    doc = nlp("Kell said the council must resign.")
    tok = _verb(doc, "say")
    width = doc.tensor.shape[1]
    probs = {"ACCUSE": 0.2, "NONE": 0.7, "REQUEST": 0.1}
    got = reported_type.rescore(_stage([[0.0] * width] * 3, [0.0] * 3), tok, probs)
    assert all(math.isclose(got[c], probs[c], rel_tol=1e-5) for c in probs)


def test_the_stage_reads_only_the_verbs_it_lists(nlp, monkeypatch):
    doc = nlp("Kell said the council must resign and Osei shelled the town.")
    width = doc.tensor.shape[1]
    stage = _stage([[0.0] * width] * 3, [0.0, 0.0, 5.0])  # a bias towards REQUEST, to see where it applies
    assert reported_type.applies(stage, _verb(doc, "say"))
    assert not reported_type.applies(stage, _verb(doc, "shell"))
    assert not reported_type.applies(None, _verb(doc, "say"))
    probs = {"ACCUSE": 0.2, "NONE": 0.7, "REQUEST": 0.1}
    assert reported_type.rescore(stage, _verb(doc, "say"), probs)["REQUEST"] > 0.8


def test_the_fitted_correction_learns_from_the_vector_and_vanishes_under_a_large_penalty():
    pytest.importorskip("scipy")  # training only (the `train` extra)
    rng = numpy.random.default_rng(0)
    n = 400
    dense = rng.normal(size=(n, 4))
    labels = (dense[:, 0] > 0).astype(int) * 2  # class 2 where the first entry is positive, else class 0
    base = numpy.log(numpy.full((n, 3), 1 / 3))
    weights = numpy.ones(n)
    mat, bias = reported_type.fit_offset(base, dense, labels, weights, penalty=1.0)
    assert mat.shape == (3, 4) and bias.shape == (3,)
    assert mat[2, 0] - mat[0, 0] > 1.0
    mat, bias = reported_type.fit_offset(base, dense, labels, weights, penalty=1e6)
    assert numpy.abs(mat).max() < 1e-2


def test_the_learned_scores_go_through_the_stage_a_model_carries(nlp, monkeypatch):
    from dateline.knowledge.events import load
    lex = load()
    doc = nlp("Kell said the council must resign.")
    tok = _verb(doc, "say")
    plain = dict(learned._probs(tok, lex))
    doc.user_data.clear()
    classes = lex.model["classes"]
    width = doc.tensor.shape[1]
    bias = [5.0 if c == "REQUEST" else 0.0 for c in classes]
    stage = {"lemmas": ["say"], "classes": classes, "scale": 1.0, "matrix": [[0.0] * width] * len(classes), "bias": bias}
    monkeypatch.setitem(lex.model, "second_stage", stage)
    staged = learned._probs(tok, lex)
    assert staged["REQUEST"] > plain["REQUEST"]
