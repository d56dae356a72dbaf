"""A known contest's result told in words the contest reader does not parse (corpus/contest_rereads.py, session 34):
a sentence of the contest's days naming its winner (as the actors stage resolved it) and its place, with a word of
winning told as done, is a re-read report of it.

Invented texts and records (no NLP), built as tests/test_corpus_contest_reports.py builds them.
"""
from __future__ import annotations

import pytest

from dateline.corpus import update
from dateline.corpus.contest_rereads import told_win
from dateline.corpus.signature import settings
from dateline.store import Store
from test_corpus_contest_reports import _place, _record

FIRST = "Nia Kell won the Varna primary on Tuesday."
HANDED = "Voters in Varna handed the former governor a clear victory on Tuesday, aides said."


def _kell(text: str, said: str) -> dict:
    at = text.index(said)
    return {"id": "a1", "name": "Nia Kell", "kind": "person", "country": "OST", "sector": None, "kb_id": None,
            "role": None, "mentions": [{"start": at, "end": at + len(said), "text": said, "kind": "name"}]}


def _article(aid: str, day: str, text: str, said: str = "the former governor") -> dict:
    return _record(aid, day, f"Outlet {aid}", text, [_place(text, "Varna")], [_kell(text, said)])


@pytest.fixture
def on(monkeypatch):
    monkeypatch.setitem(settings(), "contest_reread", True)


def _reports(st: Store) -> list[tuple]:
    return [tuple(r) for r in st.conn.execute(
        "SELECT article_id, how FROM corpus_contest_reports ORDER BY article_id, evidence_start")]


def test_a_sentence_naming_a_known_contests_winner_and_place_with_a_win_reports_it(on):
    st = Store(":memory:")
    st.upsert_records([_article("r1", "2031-05-07", FIRST, "Nia Kell"), _article("r2", "2031-05-08", HANDED)])
    update(st.conn)
    assert _reports(st) == [("r1", "read"), ("r2", "reread")]
    assert [tuple(r) for r in st.conn.execute("SELECT n_articles, n_outlets FROM corpus_contests")] == [(2, 2)]
    update(st.conn, relink=True)
    assert _reports(st) == [("r1", "read"), ("r2", "reread")]
    st.conn.execute("DELETE FROM articles WHERE id = 'r1'")
    update(st.conn)  # a re-read report never keeps a contest alone
    assert _reports(st) == [] and st.conn.execute("SELECT COUNT(*) FROM corpus_contests").fetchone()[0] == 0


def test_the_contest_told_later_rereads_an_article_linked_before(on):
    st = Store(":memory:")
    st.upsert_records([_article("r2", "2031-05-08", HANDED)])
    update(st.conn)
    assert _reports(st) == []  # no contest known: a re-read opens none
    st.upsert_records([_article("r1", "2031-05-09", FIRST, "Nia Kell")])
    update(st.conn)
    assert _reports(st) == [("r1", "read"), ("r2", "reread")]


@pytest.mark.parametrize("text", [
    "Voters in Varna handed the former governor a clear defeat on Tuesday.",  # a word of losing
    "Voters in Varna could hand the former governor a clear victory.",  # a possibility
    "If voters in Varna hand the former governor a victory, aides will cheer.",  # a condition
    "Voters in Varna handed the former governor a clear victory in 2027.",  # weeks away: another contest's days
])
def test_no_report_of_a_loss_a_possibility_or_another_time(on, text):
    day = "2031-06-20" if "2027" in text else "2031-05-08"
    st = Store(":memory:")
    st.upsert_records([_article("r1", "2031-05-07", FIRST, "Nia Kell"), _article("r2", day, text)])
    update(st.conn)
    assert _reports(st) == [("r1", "read")]


def test_switched_off_nothing_is_reread(monkeypatch):
    monkeypatch.setitem(settings(), "contest_reread", False)
    st = Store(":memory:")
    st.upsert_records([_article("r1", "2031-05-07", FIRST, "Nia Kell"), _article("r2", "2031-05-08", HANDED)])
    update(st.conn)
    assert _reports(st) == [("r1", "read")]


def test_words_of_winning_told_as_done():
    assert told_win("Kell swept to a triumph in Varna.") and told_win("The night was a win for Kell.")
    assert not told_win("Kell hopes to win Varna.") and not told_win("Osei lost Varna to Kell.")
    assert not told_win("Kell did not win Varna.") and not told_win("Polls in Varna moved.")
