"""More ways a result is told, read for the contest reports (corpus/contest_forms.py, session 29): counted spoils,
the troponyms of win, passives, wins someone scored, a party's nomination, and results naming no place.

Invented texts and records (no NLP), as in tests/test_corpus_contest_reports.py.
"""
from __future__ import annotations

import pytest

from dateline.corpus import contests, update
from dateline.corpus.contest_reports import reports
from dateline.store import Store

from test_corpus_contest_reports import _place, _record


def _wide(text: str) -> list[tuple[str | None, list[str]]]:
    return [(o["w"], o["n"]) for o in contests.outcomes(text, pronouns=True, wide=True)]


@pytest.mark.parametrize("text, winner, names", [
    ("Nia Kell won 40 delegates in Varna on Tuesday.", "kell", ["varna"]),
    ("Nia Kell won most of the delegates in Varna.", "kell", ["varna"]),
    ("Nia Kell won all of Varna's delegates.", "kell", ["varna"]),
    ("Nia Kell picked up 12 delegates in Varna.", "kell", ["varna"]),
    ("Nia Kell, winning 40 delegates in Varna, took the lead.", "kell", ["varna"]),
    ("Nia Kell won big in Varna on Tuesday.", "kell", ["varna"]),
    ("Nia Kell swept the Varna and Tarn primaries.", "kell", ["tarn", "varna"]),
    ("Varna and Tarn were swept by Nia Kell.", "kell", ["tarn", "varna"]),
    ("Nia Kell carried Varna on Tuesday.", "kell", ["varna"]),
    ("Nia Kell took Varna with 58 percent of the vote.", "kell", ["varna"]),
    ("Nia Kell scored a big victory in Varna.", "kell", ["varna"]),
    ("Nia Kell had a narrow win in Varna.", "kell", ["varna"]),
    ("A string of wins by Nia Kell in Varna and Tarn ended the race.", "kell", ["tarn", "varna"]),
    ("Nia Kell took the Varna primary, and Osei took the Tarn caucuses.", "kell", ["varna"]),
])
def test_a_result_is_read_in_more_wordings(text, winner, names):
    assert (winner, names) in _wide(text), _wide(text)


@pytest.mark.parametrize("text", [
    "Nia Kell won 40 delegates in Varna on Tuesday.",
    "Nia Kell carried Varna on Tuesday.",
    "Nia Kell scored a big victory in Varna.",
])
def test_the_conflicts_stage_reads_as_before(text):
    """Only the contest reports read the wider forms: the conflicts stage compares what `outcomes` reads plainly."""
    assert contests.outcomes(text) == []


@pytest.mark.parametrize("text", [
    "Nia Kell swept the floor before the rally in Varna.",
    "Nia Kell took questions from reporters in Varna.",
    "Nia Kell carried a banner in Varna.",
    "Nia Kell won 40 percent of the vote in Varna.",
    "Nia Kell could win 40 delegates in Varna.",
    "Nia Kell needs 40 more delegates to clinch the nomination.",
    "Nia Kell has not secured enough delegates to clinch the nomination.",
    "Nia Kell listened to victory speeches in Varna.",
    "The delegates in Varna backed Nia Kell.",
    "Nia Kell carried out the raid in Varna.",
    "Nia Kell is clearly taking the race in Varna seriously.",
    "Nia Kell took her phone everywhere she went in Varna.",
    "Osei blamed Nia Kell for taking Varna jobs.",
    "A plane carrying Varna officials landed, Nia Kell said.",
    "Nia Kell has little chance of winning the nomination.",
    "A win would help solidify Nia Kell's claim to the nomination.",
    "Nia Kell has been claiming that the nomination is hers to lose.",
    "Suppose that Nia Kell secures enough delegates to win the nomination.",
    "Osei is hopeful that the effort results in Dan Vale claiming the nomination.",
])
def test_no_result_in_other_things_done_or_planned(text):
    assert [o for o in contests.outcomes(text, pronouns=True, wide=True) if o["w"]] == []


@pytest.mark.parametrize("text", [
    "Nia Kell clinched the Green Party nomination on Tuesday.",
    "Nia Kell secured her party's presidential nomination.",
    "Nia Kell has amassed enough delegates to clinch the nomination.",
    "Nia Kell reached the 1,237 delegates needed to secure the nomination on Tuesday.",
])
def test_a_party_nomination_won_is_an_office(text):
    got = [o for o in contests.outcomes(text, pronouns=True, wide=True) if o.get("office")]
    assert [(o["w"], o["office"]) for o in got] == [("kell", "nomination")]


def _contests(*records):
    st = Store(":memory:")
    st.upsert_records(list(records))
    update(st.conn)
    return [tuple(r) for r in st.conn.execute(
        "SELECT winner, place, n_articles, n_outlets FROM corpus_contests ORDER BY winner, place")]


def test_delegates_won_and_a_win_told_plainly_are_one_contest():
    a, b = "Nia Kell won the Varna primary on Tuesday.", "Nia Kell picked up 40 delegates in Varna, aides said."
    assert _contests(_record("r1", "2031-05-07", "Outlet One", a, [_place(a, "Varna")]),
                     _record("r2", "2031-05-08", "Outlet Two", b, [_place(b, "Varna")])) == [("kell", "varna", 2, 2)]


def test_a_nomination_clinched_is_one_contest_across_outlets():
    a = "Nia Kell clinched the Green Party nomination on Tuesday."
    b = "Nia Kell has amassed enough delegates to clinch the nomination, her aides said."
    assert _contests(_record("r1", "2031-05-07", "Outlet One", a), _record("r2", "2031-05-09", "Outlet Two", b)) == [
        ("kell", "nomination", 2, 2)]


PLAIN = "Nia Kell won the Varna primary on Tuesday."
NO_PLACE = "Nia Kell's clear victory on Tuesday surprised few."


def test_a_result_naming_no_place_joins_its_winners_one_contest():
    assert _contests(_record("r1", "2031-05-07", "Outlet One", PLAIN, [_place(PLAIN, "Varna")]),
                     _record("r2", "2031-05-08", "Outlet Two", NO_PLACE)) == [("kell", "varna", 2, 2)]
    assert reports(_record("r2", "2031-05-08", "Outlet Two", NO_PLACE))[0]["place"] is None  # left to the linker


def test_a_result_naming_no_place_is_left_out_when_its_winner_won_two_contests():
    tarn = "Nia Kell won the Tarn caucuses on Tuesday."
    assert _contests(_record("r1", "2031-05-07", "Outlet One", PLAIN, [_place(PLAIN, "Varna")]),
                     _record("r3", "2031-05-07", "Outlet Three", tarn, [_place(tarn, "Tarn")]),
                     _record("r2", "2031-05-08", "Outlet Two", NO_PLACE)) == [
        ("kell", "tarn", 1, 1), ("kell", "varna", 1, 1)]


@pytest.mark.parametrize("text", [
    "Nia Kell's clear victory on Tuesday surprised few, a poll in Osla found.",  # a place: maybe another contest's
    "Nia Kell's victories on Tuesday surprised few.",  # several contests summed up
    "Nia Kell won 40 delegates on Tuesday.",  # a share of spoils, not the contest
])
def test_a_result_naming_no_place_is_left_out_when_it_may_be_anothers(text):
    places = [_place(text, "Osla")] if "Osla" in text else []
    assert _contests(_record("r1", "2031-05-07", "Outlet One", PLAIN, [_place(PLAIN, "Varna")]),
                     _record("r2", "2031-05-08", "Outlet Two", text, places)) == [("kell", "varna", 1, 1)]


@pytest.mark.parametrize("text", ["", "won", "Kell won", "swept by", "Varna was won by", "Kell picked up", "Kell scored a",
                                  "Kell won 40", "Kell clinched the", "Kell won most of the", ",,,",
                                  "Kell amassed enough delegates to", "WON BIG IN VARNA"])
def test_a_fragment_reads_as_nothing_and_never_fails(text):
    assert [o for o in contests.outcomes(text, pronouns=True, wide=True) if o["w"] and o["n"]] == []


def test_the_count_is_the_number_won():
    got = contests.outcomes("Nia Kell won 137 of the 138 seats in Varna.", pronouns=True, wide=True)
    assert [(o["w"], o["n"], o["count"]) for o in got] == [("kell", ["varna"], 137)]
