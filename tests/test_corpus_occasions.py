"""Two occasions of one pair are no conflict between reports (issue 12, session 17): a second meeting of two
ministers, a second arrest of one activist. Invented text and names only."""
from __future__ import annotations

import pytest

from dateline.corpus.occasions import count_word

from test_corpus_context import _conflicts, _record

QUOTA = "to discuss the herring quota"


@pytest.mark.parametrize("recap_day, listed", [
    # a recap of the first meeting, six weeks before, in a report of the same week: two occasions
    (("3 March", "2023-03-03"), False),
    # two days apart: one meeting told with two dates
    (("17 April", "2023-04-17"), True),
])
def test_a_date_conflict_needs_days_no_further_apart_than_accounts_of_one_occasion(recap_day, listed):
    words, value = recap_day
    first = f"The foreign ministers of Ardel and Brisk met in Tarsk on {words} {QUOTA}"
    second = f"The foreign ministers of Ardel and Brisk met in Tarsk on 19 April {QUOTA}"
    r1 = _record("r1", "2023-04-18", first, days=[(words, value)])
    r2 = _record("r2", "2023-04-20", second, days=[("19 April", "2023-04-19")])
    assert [g[0] for g in _conflicts(r1, r2)] == (["date"] if listed else [])


@pytest.mark.parametrize("first_words, listed", [
    ("met in Tarsk on 13 April for their first meeting", False),  # the first and the second meeting
    ("met again in Tarsk on 18 April", True),  # both tell of the second: one meeting, two days
])
def test_a_repeated_act_and_the_first_one_are_two_occasions(first_words, listed):
    first = f"The foreign ministers of Ardel and Brisk {first_words} {QUOTA}"
    second = f"The foreign ministers of Ardel and Brisk met again in Tarsk on 19 April {QUOTA}"
    day = "13 April" if "13" in first_words else "18 April"
    r1 = _record("r1", "2023-04-18", first, days=[(day, "2023-04-" + day[:2])])
    r2 = _record("r2", "2023-04-20", second, days=[("19 April", "2023-04-19")])
    assert [g[0] for g in _conflicts(r1, r2)] == (["date"] if listed else [])


@pytest.mark.parametrize("published, day, listed", [
    ("2023-05-04", ("3 May", "2023-05-03"), False),  # the activist's second arrest, three weeks later
    ("2023-04-17", ("15 April", "2023-04-15"), True),  # the arrest the denial denies
])
def test_a_denial_and_a_report_of_a_later_occasion_are_no_conflict(published, day, listed):
    denial = "Police said that Ines Marrow, the founder of the rights group Open Ledger, was not arrested at the march"
    rd = _record("r1", "2023-04-16", denial + " on 14 April",
                 claims=[(denial[denial.index("Ines"):] + " on 14 April", "negative", "a1")],
                 days=[("14 April", "2023-04-14")])
    report = f"Ines Marrow, the founder of the rights group Open Ledger, was arrested at the march on {day[0]}"
    rr = _record("r2", published, report, claims=[(report, "positive", "a2")], days=[day])
    assert [g[0] for g in _conflicts(rd, rr)] == (["claim"] if listed else [])


def test_the_count_a_statement_gives_its_act():
    assert count_word("The ministers met again on Monday") == "again"
    assert count_word("They met for the second time in Tarsk") == "repeat"
    assert count_word("a second round of talks opened") == "repeat"
    assert count_word("in their first direct talks since the war") == "first-since"
    assert count_word("in their first direct talks. Since then, trade grew") == "first"
    assert count_word("the first lady opened the fair") is None
    assert count_word("The ministers met on Monday") is None


@pytest.mark.parametrize("second, listed", [
    ("The cabinet said parliament passed the water bill by a margin of 51 votes", False),  # 91 - 40
    ("The cabinet said parliament passed the water bill by a margin of 20 votes", True),
])
def test_a_margin_is_the_difference_of_the_counts_the_other_report_gives(second, listed):
    first = "The speaker said parliament passed the water bill by 91 votes to 40 after a long debate"
    assert _figure_pairs(first, second) == (["figure"] if listed else [])


@pytest.mark.parametrize("second, listed", [
    ("The governor said the earthquake in Ulvar has now killed 41 people, up from 23 on the first day", False),
    ("The governor said the earthquake in Ulvar has now killed 41 people", True),
])
def test_a_figure_the_other_report_also_gives_is_no_clash(second, listed):
    first = "The army said the earthquake in Ulvar killed 23 people"
    assert _figure_pairs(first, second) == (["figure"] if listed else [])


def _figure_pairs(first: str, second: str) -> list[str]:
    """The kinds of the conflicts listed between two one-claim reports a day apart."""
    r1 = _record("r1", "2023-03-08", first, claims=[(first, "positive", "a1")])
    r2 = _record("r2", "2023-03-09", second, claims=[(second, "positive", "a2")])
    return [g[0] for g in _conflicts(r1, r2)]


@pytest.mark.parametrize("first_words, listed", [
    # a resumption counted from an older occasion: what 'met again' tells of too, so one meeting with two days
    ("met in Tarsk on 18 April for the first time since the border war", True),
    ("met in Tarsk on 18 April for the first time", False),  # the first meeting and a later one
])
def test_a_first_act_since_an_older_one_may_be_what_again_tells_of(first_words, listed):
    first = f"The foreign ministers of Ardel and Brisk {first_words} {QUOTA}"
    second = f"The foreign ministers of Ardel and Brisk met again in Tarsk on 19 April {QUOTA}"
    r1 = _record("r1", "2023-04-19", first, days=[("18 April", "2023-04-18")])
    r2 = _record("r2", "2023-04-20", second, days=[("19 April", "2023-04-19")])
    assert [g[0] for g in _conflicts(r1, r2)] == (["date"] if listed else [])
