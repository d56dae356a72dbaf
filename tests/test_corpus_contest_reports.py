"""Contests told by their outcome (corpus/contest_reports.py, session 28): reports of who won where, in any wording,
linked across articles as one contest counted by articles and outlets; the wider reading of `contests.outcomes`.

Invented texts and records (no NLP): each article's text, the places and pronouns the extractors would give.
"""
from __future__ import annotations

import hashlib

import pytest

from dateline.corpus import contests, update
from dateline.corpus.contest_reports import reports, sentences
from dateline.store import Store


def _read(text: str) -> list[tuple[str | None, list[str]]]:
    return [(o["w"], o["n"]) for o in contests.outcomes(text, pronouns=True)]


@pytest.mark.parametrize("text, winner, names", [
    ("Kell's twin victories in Varna and New Tarn surprised few.", "kell", ["new", "tarn", "varna"]),
    ("Nia Kell won Osla’s Green Party primary by a wide margin.", "kell", ["osla"]),
    ("Kell won in Varna, Tarn, Osla and Belmont, her aides said.", "kell", ["belmont", "osla", "tarn", "varna"]),
    ("Kell was projected the winner in Varna late on Sunday.", "kell", ["varna"]),
    ("Kell, the clear winner of the Varna primary, thanked her staff.", "kell", ["varna"]),
    ("Few foresaw Kell’s victory in Sunday’s Varna runoff.", "kell", ["varna"]),
    ("Following a narrow win in Varna on Sunday, Dr. Kell thanked the volunteers.", "kell", ["varna"]),
    ("Kell flew home to Belmont after winning the primaries in Varna, New Tarn and Osla on Saturday.", "kell",
     ["new", "osla", "tarn", "varna"]),
    ("Her manager conceded that Kell, who won Varna last week, faces a hard road.", "kell", ["varna"]),
    ("Kell won the Varna caucuses on Saturday.", "kell", ["varna"]),
    ("Osei praised Kell, whose one win this spring came in Varna.", "kell", ["varna"]),
])
def test_an_outcome_is_read_in_many_wordings(text, winner, names):
    got = _read(text)
    assert (winner, names) in got, got


def test_a_pronoun_winner_is_left_to_the_caller():
    assert _read("She won the caucuses in Varna with ease.") == [("@0", ["varna"])]
    assert _read("Aides cheered his narrow win in the Varna runoff.")[0][0] == "@14"


@pytest.mark.parametrize("text", [
    "Kell could win Varna next week.",
    "If Kell wins Varna, the race is over.",
    "Kell won 23 delegates in the count.",
    "The party wants to keep winning in Varna.",
    "Aides said Osei was winning in Varna.",
])
def test_no_outcome_in_a_plan_a_condition_or_a_thing_won(text):
    assert [o for o in contests.outcomes(text, pronouns=True) if o["w"] and o["n"]] == []


def test_a_listed_name_ends_its_phrase():
    """'won Varna, Osei said': Osei is who said it, not a place of the list."""
    assert _read("Kell won Varna, Osei said.") == [("kell", ["varna"])]


def test_sentences_do_not_end_at_titles_or_initials():
    text = 'Sen. Ted Kell (R-Osl.) won. Mr. Vale said "no." Then U.S. troops left.\nA new line.'
    assert [text[s:e] for s, e in sentences(text)] == [
        "Sen. Ted Kell (R-Osl.) won.", 'Mr. Vale said "no."', "Then U.S. troops left.", "A new line."]


def _place(text, name, nth=0):
    at = -1
    for _ in range(nth + 1):
        at = text.index(name, at + 1)
    return {"text": name, "start": at, "end": at + len(name), "name": name, "country": "OST", "lat": None,
            "lon": None, "geonameid": None, "kind": "region", "role": "literal", "stands_for": None}


def _record(aid, published, outlet, text, places=(), actors=()):
    return {"schema": "dateline/article@1", "article": {
        "id": aid, "text": text, "date": published, "title": aid, "url": f"https://example.org/{aid}",
        "language": "en", "authors": [], "outlet": outlet, "original_publisher": None, "cited_sources": [],
        "sha256": hashlib.sha256(text.encode()).hexdigest(), "metadata": {}, "provenance_spans": []},
        "actors": list(actors), "events": [], "unattributed_events": [], "quotes": [], "places": list(places),
        "times": [], "claims": []}


ONE = "Nia Kell won the Varna primary on Tuesday. Turnout was low."
TWO = "Turnout was low. She won Varna easily on Tuesday, aides said."
THREE = "After her victories in Tarn and Varna, Kell flew to the coast."
OTHER = "Dan Osei won the Varna primary of his party on Tuesday."


def _kell(text, pronoun):
    at = text.index(pronoun)
    return {"id": "a1", "name": "Nia Kell", "kind": "person", "country": "OST", "sector": None, "kb_id": None,
            "role": None, "mentions": [{"start": at, "end": at + len(pronoun), "text": pronoun, "kind": "pronoun"}]}


def _corpus(extra=()):
    st = Store(":memory:")
    st.upsert_records([
        _record("r1", "2031-05-07", "Outlet One", ONE, [_place(ONE, "Varna")]),
        _record("r2", "2031-05-08", "Outlet Two", TWO, [_place(TWO, "Varna")], [_kell(TWO, "She")]),
        _record("r3", "2031-05-12", "Outlet Three", THREE, [_place(THREE, "Tarn"), _place(THREE, "Varna")]),
        *extra])
    return st


def test_reports_of_one_winner_and_place_are_one_contest():
    st = _corpus([_record("r4", "2031-05-07", "Outlet Four", OTHER, [_place(OTHER, "Varna")])])
    update(st.conn)
    got = st.conn.execute("SELECT winner, place, n_articles, n_outlets FROM corpus_contests ORDER BY winner, place")
    assert [tuple(r) for r in got] == [("kell", "tarn", 1, 1), ("kell", "varna", 3, 3), ("osei", "varna", 1, 1)]
    who = st.conn.execute("SELECT winner_text FROM corpus_contest_reports WHERE article_id = 'r2'").fetchone()[0]
    assert who == "Nia Kell"  # the pronoun as the actors stage resolved it


def test_a_named_winner_is_shown_by_the_actors_name():
    text = "Kell won the Varna primary on Tuesday."
    kell = {"id": "a1", "name": "Nia Kell", "kind": "person", "country": "OST", "sector": None, "kb_id": None,
            "role": None, "mentions": [{"start": 0, "end": 4, "text": "Kell", "kind": "name"}]}
    got = reports(_record("r1", "2031-05-07", "Outlet One", text, [_place(text, "Varna")], [kell]))
    assert [(r["winner"], r["winner_name"]) for r in got] == [("kell", "Nia Kell")]


def test_a_win_weeks_later_is_another_contest_and_relinking_is_idempotent():
    later = "Nia Kell won the Varna runoff on Tuesday."
    st = _corpus([_record("r5", "2031-06-20", "Outlet One", later, [_place(later, "Varna")])])
    update(st.conn)
    first = [tuple(r) for r in st.conn.execute("SELECT winner, place, n_articles FROM corpus_contests ORDER BY id")]
    assert first.count(("kell", "varna", 3)) == 1 and ("kell", "varna", 1) in first
    update(st.conn)
    update(st.conn, relink=True)
    assert [tuple(r) for r in st.conn.execute("SELECT winner, place, n_articles FROM corpus_contests ORDER BY id")
            ] == first


def test_an_article_taken_out_leaves_the_contest_counted_without_it():
    st = _corpus()
    update(st.conn)
    st.conn.execute("DELETE FROM articles WHERE id = 'r1'")
    update(st.conn)
    assert [tuple(r) for r in st.conn.execute(
        "SELECT n_articles, n_outlets FROM corpus_contests WHERE place = 'varna'")] == [(2, 2)]


def test_a_sentence_without_a_place_the_places_stage_found_is_no_report():
    text = "Nia Kell won the Varna primary on Tuesday."
    assert reports(_record("r1", "2031-05-07", "Outlet One", text)) == []


def test_one_place_read_as_a_city_in_one_report_and_a_state_in_another_is_one_contest():
    a, b = "Nia Kell won the Varna primary on Tuesday.", "Nia Kell won in Varna on Tuesday, her aides said."
    city = dict(_place(a, "Varna"), name="Varna City", kind="city")
    st = Store(":memory:")
    st.upsert_records([_record("r1", "2031-05-07", "Outlet One", a, [city]),
                       _record("r2", "2031-05-08", "Outlet Two", b, [_place(b, "Varna")])])
    update(st.conn)
    assert [tuple(r) for r in st.conn.execute("SELECT winner, place, n_outlets FROM corpus_contests")] == [
        ("kell", "varna", 2)]


def _shares(*texts):
    st = Store(":memory:")
    st.upsert_records([_record(f"r{n}", f"2031-05-0{n + 6}", f"Outlet {n}", t, [_place(t, "Varna")])
                       for n, t in enumerate(texts, 1)])
    update(st.conn)
    return st, [tuple(r) for r in st.conn.execute(
        "SELECT kind, a_article, b_article, a_value, b_value, found_by FROM corpus_conflicts ORDER BY id")]


def test_vote_shares_one_contests_reports_give_differently_are_a_figure_conflict():
    st, got = _shares("Nia Kell won the Varna primary with 58 percent of the vote.",
                      "Nia Kell won in Varna on Sunday with 51 percent, her aides said.",
                      "Nia Kell won Varna with 58.4 percent.")
    assert got == [("figure", "r1", "r2", "58 percent", "51 percent", "contest"),
                   ("figure", "r2", "r3", "51 percent", "58.4 percent", "contest")]  # 58 and 58.4: one account
    update(st.conn)
    update(st.conn, relink=True)
    assert st.conn.execute("SELECT COUNT(*) FROM corpus_conflicts").fetchone()[0] == 2


def test_a_hedged_share_or_anothers_share_is_not_compared():
    _st, got = _shares("Nia Kell won the Varna primary with about 58 percent of the vote.",
                       "Nia Kell won in Varna, where Dan Osei took 40 percent of the vote.",
                       "Nia Kell won Varna with 51 percent.")
    assert got == []
