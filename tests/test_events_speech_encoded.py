"""The evaluative-speech model read with the sentence encoder (extract/events/speech.py `judge_all`): pairs the word
model gives at least the gate are read again with the vector of their quoted clause. Every text is invented."""
from __future__ import annotations

import math

import pytest

from conftest import run_text
from dateline.extract.events import speech
from dateline.knowledge import load_knowledge
from dateline.options import Options

WORDS = {"classes": ["ACCUSE", "NONE", "SUPPORT"], "intercept": [0.0, 1.0, 0.0], "threshold": 0.5,
         "weights": {"w=plan": [0.5, 0.0, 0.0]}}
# the encoded model: the same classes; its clause vectors (2-d here) push ACCUSE along the first axis
ENCODED = {"classes": ["ACCUSE", "NONE", "SUPPORT"], "intercept": [0.0, 1.0, 0.0], "threshold": 0.5,
           "weights": {}, "dense": {"scale": 2.0, "gate": 0.2, "layers": 6, "weights": [[2.0, 0.0], [0.0, 0.0],
                                                                                           [0.0, 2.0]]}}


JUDGE_ALL = speech.judge_all  # the real one: the tests below replace it inside the pipeline with a spy


class CountingEncoder:
    """Gives [1, 0] for a clause with 'disgrace' and [0, 0] otherwise; records what it was asked to encode."""

    def __init__(self):
        self.calls: list[list[str]] = []

    def encode(self, texts):
        import numpy as np
        self.calls.append(list(texts))
        return np.array([[1.0, 0.0] if "disgrace" in t else [0.0, 0.0] for t in texts])


def test_the_clause_vector_adds_to_the_class_scores():
    probs = speech.probabilities(ENCODED, [], [1.0, 0.0])
    z = math.exp(4.0) + math.exp(1.0) + 1.0
    assert probs["ACCUSE"] == pytest.approx(math.exp(4.0) / z)
    assert speech.probabilities(ENCODED, [], None) == speech.probabilities(ENCODED, [])


def _inside(text, check):
    """Run the pipeline on `text` and `check(items)` on the speech pairs while their document is alive."""
    seen = []

    def spy(model, encoded, items, encoder=None):
        seen.append(check(items))
        return [None] * len(items)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(speech, "judge_all", spy)
        run_text(text)
    assert seen, "no speech pairs were made"
    return seen[0]


def test_only_pairs_past_the_gate_are_encoded_and_the_encoded_model_decides():
    enc = CountingEncoder()

    def check(items):
        assert len(items) == 2  # Kell and Varga, each named in Osei's words
        kell = [(p, f) for p, f in items if "w=plan" in f and p.mention.text == "Kell"]
        varga = [(p, ["kind=direct"]) for p, f in items if p.mention.text != "Kell"]
        return JUDGE_ALL(WORDS, ENCODED, kell + varga, enc)
    got = _inside('Senator Mara Kell unveiled a plan on Monday. "Kell\'s plan is a disgrace, and Pell Varga knew it," '
                  'Governor Jonas Osei said.', check)
    # the word model gives Kell's pair ACCUSE 0.31 and Varga's, with no word it knows, 0.21: both pass the gate
    # 0.2; their one distinct clause is encoded once, and the encoded model accuses both
    assert len(enc.calls) == 1 and len(enc.calls[0]) == 1 and "disgrace" in enc.calls[0][0]
    assert [g[0] for g in got] == ["ACCUSE", "ACCUSE"]


def test_the_encoded_model_judges_only_the_word_models_types():
    enc = CountingEncoder()
    praise_only = {**WORDS, "judged_types": ["SUPPORT"]}
    got = _inside('"Kell\'s plan is a disgrace," Governor Jonas Osei said of Senator Mara Kell.',
                  lambda items: JUDGE_ALL(praise_only, ENCODED, items, enc))
    assert got and got == [None] * len(got)  # the encoded model accuses, but accusing is not a judged type here


def test_a_pair_under_the_gate_is_no_judgement_and_is_not_encoded():
    enc = CountingEncoder()
    strict = {**ENCODED, "dense": {**ENCODED["dense"], "gate": 0.9}}
    got = _inside('"Kell\'s plan is a disgrace," Governor Jonas Osei said of Senator Mara Kell.',
                  lambda items: JUDGE_ALL(WORDS, strict, items, enc))
    assert got and got == [None] * len(got)
    assert enc.calls == []


def test_without_the_encoder_the_word_model_alone_decides():
    def check(items):
        alone = [speech.judged(WORDS, f) for _, f in items]
        return (JUDGE_ALL(WORDS, ENCODED, items, None) == alone,
                JUDGE_ALL(WORDS, None, items, CountingEncoder()) == alone)
    assert _inside('"Kell\'s plan is a disgrace," Governor Jonas Osei said of Senator Mara Kell.', check) == (True, True)


def test_the_clause_is_the_quoted_part_of_the_sentence_naming_the_actor():
    texts = _inside('Governor Jonas Osei told reporters on Monday: "Senator Mara Kell\'s plan is a disgrace." Then he '
                    'left.', lambda items: {speech.clause_text(p) for p, _ in items})
    assert texts and all("disgrace" in t and "Osei" not in t and "left" not in t for t in texts)


def test_the_encoded_model_is_used_only_when_asked_for():
    assert load_knowledge(Options()).events.speech_encoded is None
    assert load_knowledge(Options(speech_encoder=False)).events.speech_encoded is None
    assert load_knowledge(Options(speech_encoder=True)).events.speech_encoded is not None


def test_the_packaged_encoded_model_matches_the_word_model():
    lex = load_knowledge(Options(speech_encoder=True)).events
    enc, words = lex.speech_encoded, lex.speech_model
    assert enc is not None and enc["classes"] == words["classes"]
    dense = enc["dense"]
    assert len(dense["weights"]) == len(enc["classes"]) and {len(r) for r in dense["weights"]} == {384}
    assert 0 < dense["gate"] < enc["threshold"] <= 0.6
