"""Cross-article conflicts, session 12 (issue 12, second shift): one contest's outcome told by 'win', 'defeat' or 'lose'
(`corpus/contests.py`, words from WordNet 3.0) — two days for one win, and two accounts of who won. Invented text."""
from __future__ import annotations

import pytest

from dateline.corpus import contests
from test_corpus_context import _conflicts, _record


@pytest.mark.parametrize("text, winner, loser", [
    ("Ana Kell won the Varna primary on Monday", "kell", None),
    ("Governor Tomas Osei was defeated in Varna on Monday by Senator Ana Kell", "kell", "osei"),
    ("Tomas Osei lost the Varna primary to Ana Kell", "kell", "osei"),
    ("Ana Kell's Varna win on Tuesday night stunned the party", "kell", None),
    ("a victory for Ana Kell over Tomas Osei in Varna", "kell", "osei"),
    ("Ana Kell beat Tomas Osei in Varna", "kell", "osei"),
])
def test_win_defeat_and_lose_tell_one_outcome(text, winner, loser):
    found = contests.outcomes(text)
    assert [(o["w"], o["l"]) for o in found] == [(winner, loser)] and found[0]["n"] == ["varna"]


@pytest.mark.parametrize("text", [
    "Ana Kell won praise in Varna for the plan",       # a thing won, not a contest
    "Tomas Osei lost his seat's budget in Varna",
    "The Varna council defeated the bill",             # no one beaten
    "Ana Kell is expected to win the Varna primary",   # a plan
    "Ana Kell did not win Varna",                      # negated
    "Ana Kell won 23 delegates in Varna",
])
def test_no_outcome_without_a_contest_told_done(text):
    assert contests.outcomes(text) == []


def test_the_table_is_wordnets_win_lose_and_defeat():
    verbs = contests.table()["verbs"]
    assert (verbs["win"], verbs["lose"], verbs["defeat"], verbs["beat"]) == ("win", "lose", "defeat", "defeat")
    assert "take" not in verbs and "drop" not in verbs  # troponyms only by their first sense
    assert contests.table()["nouns"]["victory"] == "win" and "primary" in contests.table()["contests"]


WIN = "Senator Ana Kell's Varna win on Tuesday night stunned the party leadership"
DEFEAT = "Governor Tomas Osei was defeated in Varna on Monday by Senator Ana Kell"


def test_a_win_and_a_defeat_on_two_days_are_a_date_conflict():
    """'X's win on Tuesday' and 'Y was defeated on Monday by X' date one act (X winning in Varna): before, only one
    verb (or related verbs) dated one act, and 'win' / 'defeat' are neither."""
    r1 = _record("r1", "2023-05-10", WIN, claims=[(WIN, "positive", "a1")], days=[("Tuesday night", "2023-05-09")])
    r2 = _record("r2", "2023-05-09", DEFEAT, claims=[(DEFEAT, "positive", "a2")], days=[("Monday", "2023-05-08")])
    assert _conflicts(r1, r2) == [("date", "r1", "2023-05-09", "r2", "2023-05-08")]


def test_common_names_of_doer_and_place_still_tell_one_contest():
    """The doer and the place are names many statements hold in a campaign's coverage; for a contest they are what
    tells it, so they count however common."""
    from dateline.corpus import dated
    r1 = _record("r1", "2023-05-10", WIN, claims=[(WIN, "positive", "a1")], days=[("Tuesday night", "2023-05-09")])
    r2 = _record("r2", "2023-05-09", DEFEAT, claims=[(DEFEAT, "positive", "a2")], days=[("Monday", "2023-05-08")])
    one, two = ({"dt": dated.dated_things(r, r["claims"][0])} for r in (r1, r2))
    assert dated.clash(one, two, lambda w: True) is not None


@pytest.mark.parametrize("other", [
    "Senator Ana Kell beat Governor Tomas Osei in Dorsk on Monday",  # another contest
    "Governor Tomas Osei won in Varna on Monday, beating Lina Vale",  # another winner
])
def test_other_contests_or_winners_are_other_acts(other):
    r1 = _record("r1", "2023-05-10", WIN, claims=[(WIN, "positive", "a1")], days=[("Tuesday night", "2023-05-09")])
    r2 = _record("r2", "2023-05-09", other, claims=[(other, "positive", "a2")], days=[("Monday", "2023-05-08")])
    assert [c for c in _conflicts(r1, r2) if c[0] == "date"] == []


@pytest.mark.parametrize("other, listed", [
    ("Tomas Osei defeated Ana Kell in the Varna primary, officials said", True),   # Kell won / Kell lost
    ("Ana Kell lost the Varna primary to Tomas Osei", True),
    ("Ana Kell beat Lina Vale in the Varna primary", False),                       # the same winner
    ("Tomas Osei defeated Ana Kell in the Dorsk primary, officials said", False),  # another contest
])
def test_two_accounts_of_who_won_conflict(other, listed):
    """'X won' contradicts 'Y defeated X' for one contest within the window; 'X beat Z' does not."""
    won = "Ana Kell won the Varna primary, her campaign said"
    r1 = _record("r1", "2023-05-09", won, claims=[(won, "positive", "a1")])
    r2 = _record("r2", "2023-05-10", other, claims=[(other, "positive", "a2")])
    got = [(c[0], c[2], c[4]) for c in _conflicts(r1, r2)]
    assert got == ([("claim", "kell won", "kell lost")] if listed else [])


def test_reversed_pairwise_outcomes_conflict():
    one, two = "Ana Kell beat Tomas Osei in Varna on Monday", "Tomas Osei defeated Ana Kell in Varna"
    r1 = _record("r1", "2023-05-09", one, claims=[(one, "positive", "a1")])
    r2 = _record("r2", "2023-05-10", two, claims=[(two, "positive", "a2")])
    assert [c[0] for c in _conflicts(r1, r2)] == ["claim"]


def test_a_name_describing_a_player_is_no_place_of_the_contest():
    """'won in the Granite State over Dorsk winner Osei' is a contest in the Granite State: Dorsk only says which
    race Osei had won, so 'Kell was defeated in Dorsk by Osei' tells another contest."""
    one = "Ana Kell won by a wide margin in the Granite State over Dorsk winner Tomas Osei"
    two = "Ana Kell was defeated in the Dorsk caucuses by Senator Tomas Osei"
    assert [o["n"] for o in contests.outcomes(one)] == [["granit", "stat"]]
    r1 = _record("r1", "2023-05-09", one, claims=[(one, "positive", "a1")])
    r2 = _record("r2", "2023-05-10", two, claims=[(two, "positive", "a2")])
    assert _conflicts(r1, r2) == []


def test_a_possessive_object_is_what_was_won():
    """'won Varna's young voters' tells voters won over, not the Varna contest; 'won Varna's primary' a contest."""
    assert contests.outcomes("Ana Kell won Varna's young voters by a wide margin") == []
    assert [o["w"] for o in contests.outcomes("Ana Kell won Varna's primary")] == ["kell"]
