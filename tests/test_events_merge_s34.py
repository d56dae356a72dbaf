"""Session 34, issue 9: a report that tells its act as one more of its kind ("again", "a second strike", "renewed its
call") is a further event, not a restatement merged into an earlier report (`merge.told_again`).

Every text is invented."""
from __future__ import annotations

import pytest

from conftest import run_text
from dateline.extract.events.merge import Draft, merge_restatements, told_again
from dateline.nlp import load
from dateline.options import Options
from dateline.record import Event, Span


def _token(text: str, word: str):
    doc = load(Options().model)(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, trigger, anchor", [
    ("Ostland again fired rockets at Velland.", "fired", "fired"),
    ("Ostland fired rockets at Velland once more.", "fired", "fired"),
    ("Kell accused Vale anew.", "accused", "accused"),
    ("Ostland launched a second airstrike on Velland.", "airstrike", "launched"),
    ("Ostland carried out fresh airstrikes on Velland.", "airstrikes", "carried"),
    ("Ostland launched another attack on Velland.", "attack", "launched"),
    ("The party renewed its call for elections.", "call", "renewed"),
])
def test_words_of_repetition_tell_one_more_act(text, trigger, anchor):
    assert told_again(_token(text, trigger), _token(text, anchor))


@pytest.mark.parametrize("text, trigger, anchor", [
    ("Ostland fired rockets at Velland.", "fired", "fired"),
    ("The second airstrike killed four soldiers.", "airstrike", "killed"),  # a definite one may be one told before
    ("Kell accused Vale of lying.", "accused", "accused"),
    ("Ostland launched an attack on Velland.", "attack", "launched"),
])
def test_a_plain_or_definite_report_is_no_repetition(text, trigger, anchor):
    assert not told_again(_token(text, trigger), _token(text, anchor))


def _draft(at: int, again: bool) -> Draft:
    ev = Event(id="", type="ASSAULT", source=["a1"], target=["a2"], evidence=Span(at, at + 6, "struck"),
               rule="test", confidence=0.5, trigger=Span(at, at + 6, "struck"))
    return Draft(event=ev, sent_start=at, triggers=[at], again=again)


def test_a_repeated_act_is_not_merged_into_the_first_report_but_its_own_restatement_is():
    assert len(merge_restatements([_draft(0, False), _draft(50, True)])) == 2
    # told "again" twice ("struck again on Monday" … "the group, which struck again, …"): one further act
    assert len(merge_restatements([_draft(0, False), _draft(50, True), _draft(90, True)])) == 2
    # a plain restatement after the repeated act is merged as before
    assert len(merge_restatements([_draft(0, True), _draft(50, False)])) == 1


def test_an_article_telling_a_second_strike_gives_two_events():
    text = ("Ostland launched an airstrike on Velland's capital on Monday.\n\n"
            "Hours later, Ostland launched a second airstrike on Velland.\n")
    rec = run_text(text)
    assert [e.type for e in rec.events].count("ASSAULT") == 2
