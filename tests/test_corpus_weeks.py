"""Cross-article conflicts, session 12 (issue 12): a claim and its denial weeks apart; what two claims of opposite
polarity must share — a word of what, not names alone; a name on one side is no word on the other; one verb's
forms are one word. Invented text only."""
from __future__ import annotations

import pytest

from test_corpus_context import _conflicts, _record

DENIED = "The harbour authority said the dredging of the Orla channel had not damaged the oyster beds of Kessin Bay"
REPORTED = "The dredging of the Orla channel damaged the oyster beds of Kessin Bay, fishermen told the regional council"


@pytest.mark.parametrize("second_day, listed", [
    ("2023-05-02", True),   # a month after: whether the beds were damaged is still the matter
    ("2023-06-20", False),  # seven weeks after: outside claim_polarity_window_days
])
def test_a_claim_and_its_denial_weeks_apart_conflict(second_day, listed):
    """Whether a thing happened or is so stays disputed for weeks; at HEAD of session 11 only statements within
    seven days were compared."""
    r1 = _record("r1", "2023-04-01", REPORTED, claims=[(REPORTED, "positive", "a1")])
    r2 = _record("r2", second_day, DENIED, claims=[(DENIED, "negative", "a2")])
    assert [g[0] for g in _conflicts(r1, r2)] == (["claim"] if listed else [])


@pytest.mark.parametrize("second_day, listed", [
    ("2023-04-05", True),   # within the week: one count
    ("2023-05-02", False),  # a month later: another state of a count that grows
])
def test_figures_weeks_apart_do_not_conflict(second_day, listed):
    """Counts tell of an occasion: the wider window of claims and denials is not theirs."""
    one = "Some 300 families were evacuated from the flooded villages of the Orla valley"
    two = "About 1,200 families were evacuated from the flooded villages of the Orla valley"
    r1 = _record("r1", "2023-04-01", one, claims=[(one, "positive", "a1")])
    r2 = _record("r2", second_day, two, claims=[(two, "positive", "a2")])
    assert [g[0] for g in _conflicts(r1, r2)] == (["figure"] if listed else [])


def test_a_name_on_one_side_is_no_word_on_the_other():
    """'Wall' of 'Wall Street' is a name: with 'pay' it made the 'name and a word' two claims of opposite polarity
    may share, but the denial speaks of a wall."""
    denial = "Alma Torvik said the province will not pay any single cent for such a wall"
    other = "Senator Bram Okafor says he will pay for free schools with a levy on Wall Street traders"
    r1 = _record("r1", "2023-04-01", denial, claims=[(denial, "negative", "a1")])
    r2 = _record("r2", "2023-04-03", other, claims=[(other, "positive", "a2")])
    assert _conflicts(r1, r2) == []


def test_names_alone_are_no_matter_of_a_denial():
    """Two statements of opposite polarity sharing only names ('not a problem for Alma Torvik and Bram Okafor' /
    'Alma Torvik and Bram Okafor back the fuel standard') say who, not what."""
    from dateline.corpus.conflicts import _enough_for_polarity
    negative = {"t": ["alma", "torvik", "bram", "okafor", "problem"], "p": ["problem"]}
    positive = {"t": ["alma", "torvik", "bram", "okafor", "back", "fuel", "standard"], "p": ["back", "fuel", "standard"]}
    assert not _enough_for_polarity(["alma", "bram", "okafor", "torvik"], negative, positive)
    assert _enough_for_polarity(["fuel", "okafor", "standard"], negative | {"p": ["problem", "fuel", "standard"]},
                                positive)


@pytest.mark.parametrize("other, listed", [
    ("The letters released on Monday were largely sent or received in 2019 and 2020", False),
    ("The cables released on Monday were sent to the embassy in Kessin", True),  # 'cable', 'embassy', 'send'
])
def test_one_verbs_forms_are_one_shared_word(other, listed):
    """'did not send' and 'sent or received' share the verb once: with 'received' two words, not the three a claim
    and its denial need (the denial is about the embassy's cables)."""
    denial = "Alma Torvik said she did not send any cables to the embassy, and that none she sent or received was secret"
    r1 = _record("r1", "2023-04-01", denial, claims=[(denial, "negative", "a1")])
    r2 = _record("r2", "2023-04-03", other, claims=[(other, "positive", "a2")])
    assert bool(_conflicts(r1, r2)) is listed
