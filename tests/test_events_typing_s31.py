"""The candidate model's reported-words features (issue 9, session 31, `learned.report_features`): invented
sentences only."""
from __future__ import annotations

import pytest

from dateline.extract.events import learned


@pytest.fixture(scope="module")
def nlp():
    from dateline import nlp as nlpmod
    from dateline.options import DEFAULT_MODEL
    return nlpmod.load(DEFAULT_MODEL)


@pytest.fixture(scope="module")
def lex():
    from dateline.knowledge.events import load
    return load()


def _report(nlp, lex, text: str, word: str, groups=("rtype", "rval")) -> list[str]:
    tok = next(t for t in nlp(text) if t.text == word)
    return [f for f in learned.features(tok, lex, groups=groups) if f.startswith(("rty", "rmood", "rval"))]


def test_an_obligation_in_what_is_said(nlp, lex):
    f = _report(nlp, lex, "The mayor of Arlow said the council must resign.", "said")
    assert "rmood=oblige" in f and "rmood|root=oblige|01" in f


def test_an_agreement_word_denied_in_what_is_said(nlp, lex):
    f = _report(nlp, lex, "Kell said the union would not accept the offer.", "said")
    assert "rty=AGREE" in f and "rty|neg=AGREE" in f


def test_a_judgement_word_in_what_is_said(nlp, lex):
    assert "rty=ACCUSE" in _report(nlp, lex, "Kell said Osei had lied about the budget.", "said")


def test_praise_rated_in_what_is_said(nlp, lex):
    f = _report(nlp, lex, "Osei said the senator did a great job.", "said")
    assert "rval=++" in f and "rty|neg=SUPPORT" not in f


def test_nothing_typed_in_what_is_said(nlp, lex):
    assert "rty=none" in _report(nlp, lex, "Kell said the weather was cold in April.", "said", groups=("rtype",))


def test_the_groups_are_off_unless_asked(nlp, lex):
    assert _report(nlp, lex, "The mayor of Arlow said the council must resign.", "said", groups=()) == []
    assert not any(f.startswith("rval") for f in _report(nlp, lex, "Osei said the senator did a great job.", "said",
                                                          groups=("rtype",)))
