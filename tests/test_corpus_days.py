"""Cross-article conflicts, session 11 (issue 12), second shift: days of acts read more widely — a weekend as its two
days, a day in the possessive dating the act its noun names, predicates joined by 'and', places named on either side
of the act, deadlines that date nothing. Invented text only."""
from __future__ import annotations

import pytest

from dateline.corpus.dated import dated_things, verb_key
from dateline.corpus.nominal import act_verb
from test_corpus_context import _conflicts, _record


def _time(text: str, words: str, value: str, precision: str) -> dict:
    at = text.index(words)
    return {"text": words, "start": at, "end": at + len(words), "type": "DATE", "value": value, "precision": precision}


def _acts(text: str, days=()) -> list[list[str]]:
    rec = _record("r1", "2023-05-16", text, days=days)
    return [[k for k, kind in d[2] if kind == 1] for d in dated_things(rec, {"start": 0, "end": len(text)})]


@pytest.mark.parametrize("first_day, listed", [
    ("2023-05-14", True),  # the Sunday before: a week earlier than the other report's weekend
    ("2023-05-21", False),  # the Sunday of that weekend
])
def test_a_weekend_is_either_of_its_days(first_day, listed):
    """'last weekend' in a report of Friday 26 May is 20-21 May; 'on Sunday night' names one day. The reports are
    ten days apart: the weekend the later one names brings it within the window of the first."""
    one = "Two freight trains collided on Sunday night outside the port"
    two = "The two freight trains that collided last weekend outside the port were both speeding"
    r1 = _record("r1", first_day[:8] + str(int(first_day[8:]) + 2), one, claims=[(one, "positive", "a1")])
    r1["times"] = [_time(one, "Sunday night", first_day + "TNI", "time")]
    r2 = _record("r2", "2023-05-26", two, claims=[(two, "positive", "a2")])
    r2["times"] = [_time(two, "last weekend", "2023-W20-WE", "week")]
    got = [(g[0], g[2], g[4]) for g in _conflicts(r1, r2)]
    assert got == ([("date", first_day, "2023-05-20/2023-05-21")] if listed else [])


def test_a_day_in_the_possessive_dates_the_act_its_noun_names():
    """'Sunday's derailment' tells when the train derailed, as 'derailed on Sunday' would."""
    assert _acts("Five people died in Sunday's derailment near Orlo", [("Sunday", "2023-05-14")]) == [
        [verb_key("died"), verb_key("derailed")]]


def test_a_noun_of_an_act_reads_as_its_verb():
    assert (act_verb("derailment"), act_verb("Collision"), act_verb("hospital")) == ("derail", "collide", None)


def test_predicates_joined_by_and_share_their_day():
    """'boarded and seized a trawler on Friday': both acts are Friday's, done by the coastguard."""
    acts = _acts("The coastguard boarded and seized a trawler on Friday", [("Friday", "2023-05-12")])
    assert acts == [[verb_key("boarded"), verb_key("seized")]]


@pytest.mark.parametrize("other, listed", [
    ("In Orlo a bus crashed on Saturday, the police said", True),
    ("In Dorsk a bus crashed on Saturday, the police said", False),  # another place: another crash
])
def test_a_place_named_before_the_act_is_a_shared_word(other, listed):
    """'bus' is the only other word both clauses hold; the place, named after "in" on each side, is the second."""
    one = "A bus crashed in Orlo on Sunday"
    r1 = _record("r1", "2023-05-15", one, claims=[(one, "positive", "a1")], days=[("Sunday", "2023-05-14")])
    r2 = _record("r2", "2023-05-16", other, claims=[(other, "positive", "a2")], days=[("Saturday", "2023-05-13")])
    assert [g[0] for g in _conflicts(r1, r2)] == (["date"] if listed else [])


def test_a_deadline_dates_no_act():
    """'should be restored by Saturday' and 'should be restored on Friday' can both hold: a deadline is no day."""
    one = "Gas supplies to the valley towns should be restored by Saturday"
    two = "Gas supplies to the valley towns should be restored on Friday"
    r1 = _record("r1", "2023-05-15", one, claims=[(one, "positive", "a1")], days=[("Saturday", "2023-05-20")])
    r2 = _record("r2", "2023-05-16", two, claims=[(two, "positive", "a2")], days=[("Friday", "2023-05-19")])
    assert _conflicts(r1, r2) == []


@pytest.mark.parametrize("other, listed", [
    ("TARN — The opposition said President Kell Varo took barely 37 percent of the vote in Sunday's election", True),
    ("VELM — The opposition said President Kell Varo took barely 37 percent of the vote in Sunday's election",
     False),  # no lead under the same dateline
    ("TARN — The opposition said its candidate Ana Dorsk took 37 percent of the vote in Sunday's election",
     False),  # another candidate's share
])
def test_shares_are_compared_between_leads_under_one_dateline_naming_one_thing(other, listed):
    """Percentages (and sums of money) fill reports, so they are no counted noun anywhere else."""
    one = "TARN — President Kell Varo won a second term in Sunday's election with 54.3 percent of the vote"
    r1 = _record("r1", "2023-05-15", one, claims=[(one, "positive", "a1")])
    r2 = _record("r2", "2023-05-16", other, claims=[(other, "positive", "a2")])
    got = [(g[0], g[2], g[4]) for g in _conflicts(r1, r2)]
    assert got == ([("figure", "54.3 percent", "37 percent")] if listed else [])
