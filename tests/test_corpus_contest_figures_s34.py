"""The figures a contest report gives its result (corpus/contest_figures.py, session 34): the winner's share and the
margin, read in the outcome's clause; reports of one contest with margins far apart are a figure conflict.

Invented texts and records (no NLP): the places the places stage would give.
"""
from __future__ import annotations

import pytest

from dateline.corpus import contests, update
from dateline.corpus.contest_figures import figures
from dateline.store import Store
from test_corpus_contest_reports import _place, _record


def _read(text: str) -> list[dict]:
    return [figures(text, o["at"]) for o in contests.outcomes(text, pronouns=True, wide=True)]


@pytest.mark.parametrize("text, share, margin", [
    ("Kell won Varna by 12 points on Tuesday.", None, 12.0),
    ("Kell carried Varna by 12 percentage points over Osei.", None, 12.0),
    ("Kell took the Varna primary by a 12-point margin.", None, 12.0),
    ("Kell won Varna by a comfortable margin of 12 points.", None, 12.0),
    ("Kell beat Osei by 8 points in Varna.", None, 8.0),
    ("Kell won Varna, 58 percent to 40 percent.", 58.0, 18.0),
    ("Kell won the Varna primary with 58 percent to Osei's 40 percent.", 58.0, 18.0),
    ("Kell won the Varna primary by 17 points (58 percent to 40 percent).", 58.0, 17.0),  # the margin told wins
    ("Kell's 12-point victory in Varna surprised few.", None, 12.0),
    ("After Kell won Varna by 12 points, Osei quit.", None, 12.0),
    ("Kell took Varna with 58 percent of the vote.", 58.0, None),
])
def test_a_results_figures_are_read_in_its_clause(text, share, margin):
    assert _read(text) == [{"share": share, "margin": margin}]


@pytest.mark.parametrize("text", [
    "Kell won Varna by about 12 points.",
    "Kell won Varna by more than 12 points.",
    "Kell won Varna with nearly 58 percent.",
    "Kell won Varna, where Osei took 40 percent of the vote.",
    "Kell won Varna as Osei took 40 percent of the vote.",
    "Kell won Varna and leads Osei by 12 points nationally.",
])
def test_a_hedged_figure_or_anothers_is_not_read(text):
    assert _read(text) == [{"share": None, "margin": None}]


def test_a_figure_of_several_places_is_nobodys():
    text = "Kell won Varna by 12 points."
    at = contests.outcomes(text, wide=True)[0]["at"]
    assert figures(text, at, places=2) == figures(text, at, places=0) == {"share": None, "margin": None}


def _conflicts(*texts):
    st = Store(":memory:")
    st.upsert_records([_record(f"r{n}", f"2031-05-0{n + 6}", f"Outlet {n}", t,
                               [_place(t, name) for name in ("Varna", "Tarn") if name in t])
                       for n, t in enumerate(texts, 1)])
    update(st.conn)
    return st, [tuple(r) for r in st.conn.execute(
        "SELECT kind, a_article, b_article, a_value, b_value, matter, found_by FROM corpus_conflicts ORDER BY id")]


def test_margins_one_contests_reports_give_differently_are_a_figure_conflict():
    st, got = _conflicts("Nia Kell won the Varna primary by 12 points on Tuesday.",
                         "Nia Kell carried Varna by 4 points, her aides said.",
                         "Nia Kell took Varna by a margin of 11 points.")
    margin = "contest: kell won Varna (margin)"  # the winner's key: these records name no actor
    assert got == [("figure", "r1", "r2", "12 points", "4 points", margin, "contest"),
                   ("figure", "r2", "r3", "4 points", "11 points", margin, "contest")]
    update(st.conn)
    update(st.conn, relink=True)
    assert st.conn.execute("SELECT COUNT(*) FROM corpus_conflicts").fetchone()[0] == 2
    assert [tuple(r) for r in st.conn.execute("SELECT n_articles, n_outlets FROM corpus_contests")] == [(3, 3)]


def test_margins_a_rounding_apart_hedged_or_of_a_list_are_no_conflict():
    _st, got = _conflicts("Nia Kell won the Varna primary by 18 points.",
                          "Nia Kell won Varna, 58 percent to 41 percent.",
                          "Nia Kell won Varna by about 9 points.",
                          "Nia Kell won Varna and Tarn by 5 points.",
                          "Among young voters, Nia Kell won by 30 points.")  # no place: joins Varna, no figure
    assert got == []


def test_a_share_and_a_margin_of_one_report_are_both_compared():
    _st, got = _conflicts("Nia Kell won Varna, 58 percent to 40 percent.",
                          "Nia Kell won the Varna primary with 52 percent to Dan Osei's 46 percent.")
    assert [(r[3], r[4], r[5]) for r in got] == [
        ("58 percent; 18 points", "52 percent; 6 points", "contest: kell won Varna (vote share, margin)")]
