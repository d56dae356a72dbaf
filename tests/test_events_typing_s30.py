"""The candidate model's mood and quotation features (issue 9, session 30): invented sentences only."""
from __future__ import annotations

import pytest

from dateline.extract.events import learned


@pytest.fixture(scope="module")
def nlp():
    from dateline import nlp as nlpmod
    from dateline.options import DEFAULT_MODEL
    return nlpmod.load(DEFAULT_MODEL)


def _tok(nlp, text: str, word: str):
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def test_obligation_in_the_reported_clause(nlp):
    f = learned.mood_features(_tok(nlp, "The mayor of Arlow said the council should resign.", "said"))
    assert "cmood=oblige" in f and "clem=resign" in f


def test_semi_modal_obligation(nlp):
    assert "cmood=oblige" in learned.mood_features(_tok(nlp, "Kell said the council has to act.", "said"))


def test_object_and_infinitive_is_a_persuasion_frame(nlp):
    assert "cmood=inf|obj" in learned.mood_features(_tok(nlp, "Kell urged the senator to resign.", "urged"))


def test_no_complement(nlp):
    assert learned.mood_features(_tok(nlp, "Rebels attacked the village.", "attacked")) == ["cmood=none"]


def test_negated_possible_complement(nlp):
    f = learned.mood_features(_tok(nlp, "Osei warned that the union would not sign.", "warned"))
    assert "cmood=possible" in f and "cmood=neg" in f


def test_trigger_inside_quotation_marks(nlp):
    doc = nlp('"We will fight them in court," Kell said.')
    fight = next(t for t in doc if t.text == "fight")
    said = next(t for t in doc if t.text == "said")
    assert learned.quote_features(fight) == ["inquote", "subjp=1|q"]
    assert "inquote" not in learned.quote_features(said)


def test_optional_groups_only_when_asked(nlp):
    tok = _tok(nlp, "Kell urged the senator to resign.", "urged")
    class Lex:  # the knowledge the features read, with no model and no dictionary
        model = None
        dictionary = None
        verbs = nouns = light_verbs = person_nouns = group_nouns = evaluative_verbs = frozenset()
        valence = None
    plain = learned.features(tok, Lex(), groups=())
    assert not any(f.startswith(("cmood=", "inquote", "subjp=")) for f in plain)
    assert "cmood=inf|obj" in learned.features(tok, Lex(), groups=("mood", "quote"))
