"""Repeated acts of one pair are not one occurrence (issue 12, session 17): a corpus event's reports dated by
publication stay within the window of each other, and an event its own words date to an earlier period is no
report of today. Invented records only (no NLP)."""
from __future__ import annotations

import copy

from dateline.corpus import update
from dateline.corpus.signature import day_number, event_signature
from test_corpus import PAIR, _event, _partition, _record, _store


def _undated(aid: str, published: str, text: str = "Torvik accused Okafor of lying.") -> dict:
    return _record(aid, published, aid, copy.deepcopy(PAIR), [_event("e1", "ACCUSE", ["a1"], ["a2"], text=text)])


def test_reports_dated_by_publication_do_not_chain_beyond_the_window():
    """Torvik accuses Okafor every other day: the report of 5 May is two days from the one of 3 May, but four from
    the first of 1 May, which the corpus event holds — a chain of reports, not one occurrence."""
    st = _store([_undated("may1", "2021-05-01"), _undated("may3", "2021-05-03"), _undated("may5", "2021-05-05")])
    update(st.conn)
    assert _partition(st) == {frozenset({("may1", "e1"), ("may3", "e1")}), frozenset({("may5", "e1")})}


def _dated_by(aid: str, published: str, words: str, value: str, precision: str) -> dict:
    rec = _undated(aid, published, f"Torvik accused Okafor of lying {words}.")
    rec["events"][0]["date"] = {"value": value, "text": words, "precision": precision}
    return rec


def test_an_act_its_words_date_to_an_earlier_period_is_no_report_of_the_publication_day():
    """'in 2019' or 'last month': the accusation is of another time; today's undated report of the pair's quarrel
    is not a report of it. A period that reaches the publication ('this year') still dates by publication."""
    today = _undated("today", "2021-05-07")
    for words, value, precision in (("in 2019", "2019", "year"), ("last month", "2021-04", "month"),
                                    ("three weeks ago", "2021-04-16", "week")):
        old = _dated_by("old", "2021-05-07", words, value, precision)
        st = _store([old, copy.deepcopy(today)])
        update(st.conn)
        assert frozenset({("old", "e1")}) in _partition(st), words
        sig = event_signature(old, old["events"][0])
        assert sig["coarse"] and not sig["exact"] and sig["day"] < day_number("2021-04-20")
    recent = _dated_by("recent", "2021-05-07", "this year", "2021", "year")
    st = _store([recent, copy.deepcopy(today)])
    update(st.conn)
    assert _partition(st) == {frozenset({("recent", "e1"), ("today", "e1")})}
    assert not event_signature(recent, recent["events"][0])["coarse"]


def test_an_earlier_period_gives_the_corpus_event_its_first_day():
    old = _dated_by("old", "2021-05-07", "in 2019", "2019", "year")
    st = _store([old])
    update(st.conn)
    assert st.conn.execute("SELECT first_date FROM corpus_events").fetchone()[0] == "2019-01-01"


def _pair(text_one: str, text_two: str, day_one=None, day_two=None, target_two=("a2",)) -> set:
    recs = [_record("one", "2021-05-04", "o1", copy.deepcopy(PAIR),
                    [_event("e1", "ACCUSE", ["a1"], ["a2"], day_one, text=text_one)]),
            _record("two", "2021-05-05", "o2", copy.deepcopy(PAIR),
                    [_event("e1", "ACCUSE", ["a1"], list(target_two), day_two, text=text_two)])]
    st = _store(recs)
    update(st.conn)
    return _partition(st)


LINKED = {frozenset({("one", "e1"), ("two", "e1")})}


def test_two_undated_reports_of_a_pair_need_shared_words():
    """Rivals accuse each other every few days: the pair, the type and publication days a day apart are not enough;
    reports of one accusation share its words."""
    assert _pair("Torvik accused Okafor of lying about the harbour budget.",
                 "At a rally in Lagos, Torvik called Okafor a coward who hides from voters.") != LINKED
    assert _pair("Torvik accused Okafor of lying about the harbour budget.",
                 "Torvik accused Okafor of lying to parliament about the harbour budget.") == LINKED


def test_one_named_role_on_one_day_needs_shared_words():
    """Torvik accuses Okafor and, the same day, someone the second report does not name: one source's many acts of a
    day are not one occurrence unless their words agree."""
    assert _pair("Torvik accused Okafor of lying about the harbour budget.",
                 "Torvik attacked the striking dock workers in a long speech.",
                 "2021-05-04", "2021-05-04", target_two=()) != LINKED
    assert _pair("Torvik accused Okafor of lying about the harbour budget.",
                 "Torvik accused the minister of lying about the harbour budget.",
                 "2021-05-04", "2021-05-04", target_two=()) == LINKED
