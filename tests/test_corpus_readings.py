"""Cross-article conflicts, session 11 (issue 12): counts on one day read as each article resolved it, the names of a
counted clause, counted nouns looked up by their day, a denial's object, a denial verb against an event, times of
day. Invented text only."""
from __future__ import annotations

import copy

import pytest

from dateline.corpus.dated import dated_things, verb_key
from dateline.corpus.signature import figures
from test_corpus import PAIR, _claim, _event, _record as _event_record, _store
from test_corpus_context import _conflicts, _record

TEACHERS = "TARN — About 300 teachers marched through the centre of Tarn on Saturday to demand higher pay"


@pytest.mark.parametrize("day, listed", [
    ("2023-03-11", True),  # each article's 'Saturday' is the same day: one march, counted twice
    ("2023-03-18", False),  # a week later: another march
])
def test_counts_in_two_leads_on_one_day_read_as_each_article_resolved_it(day, listed):
    """Two leads under one dateline count one noun on the day each names as a weekday; the clauses share one word
    ('march'), and no calendar day is written on either side."""
    other = "TARN — Some 2,000 teachers took part in the Saturday march"
    r1 = _record("r1", "2023-03-12", TEACHERS, claims=[(TEACHERS, "positive", "a1")],
                 days=[("Saturday", "2023-03-11")])
    r2 = _record("r2", day[:8] + str(int(day[8:]) + 1), other, claims=[(other, "positive", "a2")],
                 days=[("Saturday", day)])
    got = [(g[0], g[2], g[4]) for g in _conflicts(r1, r2)]
    assert got == ([("figure", "300 teacher", "2000 teacher")] if listed else [])


@pytest.mark.parametrize("other, listed", [
    ("Only 50 shops had been looted in Varn, the traders' guild said", True),
    ("Only 50 shops had been looted in Dorn, the traders' guild said", False),  # another town's shops
])
def test_a_name_both_counted_clauses_hold_is_a_shared_word(other, listed):
    """'looted' and the town are all the two clauses share besides the noun: the town counts as one of the two
    shared words a count needs."""
    first = "More than 300 shops were looted in Varn over the weekend"
    r1 = _record("r1", "2023-03-13", first, claims=[(first, "positive", "a1")])
    r2 = _record("r2", "2023-03-14", other, claims=[(other, "positive", "a2")])
    assert [g[0] for g in _conflicts(r1, r2)] == (["figure"] if listed else [])


def test_names_of_a_headline_in_title_case_are_no_shared_words():
    """Capitals in a title-case headline name nothing: 'Missile' and 'Word' are words there."""
    one, two = "Kell Fires A 5-Word Missile At Vale Over Tariffs", "Then Kell Launched A 6-Word Missile At Vale Tariffs"
    r1 = _record("r1", "2023-03-13", one, claims=[(one, "positive", "a1")])
    r2 = _record("r2", "2023-03-14", two, claims=[(two, "positive", "a2")])
    assert _conflicts(r1, r2) == []


@pytest.mark.parametrize("second_day, listed", [("2023-03-12", True), ("2023-03-05", False)])
def test_counts_of_one_noun_on_one_day_are_compared_however_few_words_they_share(second_day, listed):
    """The two statements share one word besides the count ('march'; 'people' is a stop word): they are looked up
    by the counted noun and the day, and what the first one does ('marched') is what the other's clause tells."""
    one = "About 900 people marched through the capital on Sunday against the hospital closures"
    two = "Close to 5,000 people took part in the Sunday march to parliament"
    r1 = _record("r1", "2023-03-13", one, claims=[(one, "positive", "a1")], days=[("Sunday", "2023-03-12")])
    r2 = _record("r2", "2023-03-14", two, claims=[(two, "positive", "a2")], days=[("Sunday", second_day)])
    assert [g[0] for g in _conflicts(r1, r2)] == (["figure"] if listed else [])


@pytest.mark.parametrize("positive, listed", [
    ("Kell represents the interests of the farmers of the Varn valley", True),
    ("Kell represents a new generation of farmers of the Varn valley", False),  # another object
])
def test_a_denied_predicate_denies_what_its_object_names(positive, listed):
    negative = "that Kell did not represent the interests of the farmers of the Varn valley"
    r1 = _record("r1", "2023-03-13", negative, claims=[(negative, "negative", "a1")])
    r2 = _record("r2", "2023-03-14", positive, claims=[(positive, "positive", "a2")])
    assert bool(_conflicts(r1, r2)) is listed


@pytest.mark.parametrize("text, obj", [
    ("that Kell did not represent the interests of the farmers", "interest"),
    ("denied that she had burned the letter", "letter"),
    ("that he had not resigned and remained in his post", None),  # two predicates, no object
    ("There is no ban, no quota and no tariff", None),
    ("that she had never met Vale", None),  # a name is left to the names' rules
])
def test_the_object_of_a_denied_predicate(text, obj):
    from dateline.corpus.negation import denied_object
    assert denied_object(text, text.startswith("denied")) == obj


def test_a_denial_verb_contradicts_an_event_only_when_the_event_tells_what_it_denies():
    """Torvik denies grabbing a reporter; another article's event in which Torvik thanks the reporter at the rally
    shares words with the denial but not its predicate: no conflict. The grab itself is one."""
    quote = {"id": "q1", "kind": "indirect", "text": "x", "start": 0, "end": 1, "cue": "denied",
             "speaker": "a1", "speaker_text": "Torvik", "speaker_start": None, "speaker_end": None}
    recs = [_event_record("r1", "2021-05-03", "o1", copy.deepcopy(PAIR), [_event(
                "e1", "ASSAULT", ["a1"], ["a2"], text="Torvik grabbed the reporter Okafor by the arm at the rally.")]),
            _event_record("r2", "2021-05-04", "o2", copy.deepcopy(PAIR), [], claims=[
                _claim("c1", "that he had grabbed a reporter by the arm at the rally", "a1", "negative",
                       quote="q1", start=0, end=60)]),
            _event_record("r3", "2021-05-04", "o3", copy.deepcopy(PAIR), [_event(
                "e1", "SUPPORT", ["a1"], ["a2"], text="Torvik thanked the reporter Okafor at the rally.")])]
    recs[1]["quotes"] = [quote]
    st = _store(recs)
    from dateline.corpus import update
    update(st.conn)
    rows = st.conn.execute("SELECT kind, a_article, b_article FROM corpus_conflicts WHERE scope = 'corpus'").fetchall()
    assert [tuple(r) for r in rows] == [("denial", "r1", "r2")]


def test_a_time_of_day_dates_the_act_of_that_day():
    """'on Tuesday night' is given to the time of day; the day is Tuesday's."""
    text = "The ferry sank off Tarn on Tuesday night"
    rec = _record("r1", "2023-05-04", text)
    at = text.index("Tuesday night")
    rec["times"] = [{"text": "Tuesday night", "start": at, "end": at + 13, "type": "TIME", "value": "2023-05-02TNI",
                     "precision": "time"}]
    things = dated_things(rec, {"start": 0, "end": len(text)})
    assert [(d[0], [k for k, kind in d[2] if kind == 1]) for d in things] == [(738642, [verb_key("sank")])]


def test_a_past_form_after_that_is_the_verb_of_a_relative_clause():
    text = "The storm that struck Tarn on Monday destroyed 40 boats"
    rec = _record("r1", "2023-05-04", text, days=[("Monday", "2023-05-01")])
    things = dated_things(rec, {"start": 0, "end": len(text)})
    assert [[k for k, kind in d[2] if kind == 1] for d in things] == [[verb_key("struck")]]


def test_a_day_of_a_month_is_no_count():
    assert figures("The envoys met on 4 July with 30 delegates") == [(30.0, "delegate")]
