"""Cross-article statements read in context (issue 12, session 10): which occasion a day dates, what a denial
denies. Invented text only."""
from __future__ import annotations

import hashlib

import pytest

from dateline.corpus import update
from dateline.corpus.dated import dated_things, verb_key
from dateline.store import Store

ACTORS = [{"id": "a1", "name": "Alma Torvik", "kind": "person", "country": "NOR", "sector": "GOV", "kb_id": None,
           "mentions": [], "role": None},
          {"id": "a2", "name": "Bram Okafor", "kind": "person", "country": "NGA", "sector": "GOV", "kb_id": None,
           "mentions": [], "role": None}]


def _record(aid: str, published: str, text: str, claims=(), days=()) -> dict:
    """An article of `text` with `claims` (words, polarity, holder) and times `days` (the words, the day its
    article reads them as)."""
    times = [{"text": words, "start": text.index(words), "end": text.index(words) + len(words), "type": "DATE",
              "value": value, "precision": "day"} for words, value in days]
    return {"schema": "dateline/article@1", "article": {
        "id": aid, "text": text, "date": published, "title": aid, "url": f"https://example.org/{aid}",
        "language": "en", "authors": [], "outlet": "o-" + aid, "original_publisher": None, "cited_sources": [],
        "sha256": hashlib.sha256(text.encode()).hexdigest(), "metadata": {}, "provenance_spans": []},
        "actors": [dict(a) for a in ACTORS], "events": [], "quotes": [], "places": [], "times": times,
        "claims": [{"id": f"c{n}", "text": c, "holder": holder, "quote": None, "conflicts_with": [],
                    "polarity": pol, "start": text.index(c), "end": text.index(c) + len(c)}
                   for n, (c, pol, holder) in enumerate(claims, 1)]}


def _conflicts(*recs: dict) -> list[tuple]:
    st = Store(":memory:")
    st.upsert_records(list(recs))
    update(st.conn)
    return [tuple(r) for r in st.conn.execute(
        "SELECT kind, a_article, a_value, b_article, b_value FROM corpus_conflicts WHERE scope = 'corpus' ORDER BY id")]


def test_a_verb_is_read_through_its_irregular_and_ing_forms():
    assert verb_key("met") == verb_key("meeting") == verb_key("meets")
    assert verb_key("struck") == verb_key("strike")
    assert verb_key("hospital") is None


MET = "The two prime ministers met in Yelmora on 4 May to sign a border treaty"


@pytest.mark.parametrize("later, listed", [
    # a weekday read against its own article's date (Monday 8 May: last Wednesday is 3 May)
    ("Parliament approved the border treaty the prime ministers signed at their meeting in Yelmora last "
     "Wednesday", True),
    ("Parliament approved the border treaty the prime ministers signed at their meeting in Yelmora on 4 May",
     False),  # the same day
])
def test_a_relative_day_read_by_its_article_dates_the_same_act_as_a_calendar_day(later, listed):
    day = "last Wednesday" if "Wednesday" in later else "4 May"
    r1 = _record("r1", "2023-05-05", MET, days=[("4 May", "2023-05-04")])
    r2 = _record("r2", "2023-05-08", later, days=[(day, "2023-05-03" if "Wednesday" in later else "2023-05-04")])
    got = _conflicts(r1, r2)
    assert got == ([("date", "r1", "2023-05-04", "r2", "2023-05-03")] if listed else [])


def test_the_day_dates_the_nearest_verb_before_it_and_what_that_verb_does():
    text = "The ministers met in Yelmora on Wednesday and the treaty took effect on 9 May"
    rec = _record("r1", "2023-05-05", text, days=[("Wednesday", "2023-05-03"), ("9 May", "2023-05-09")])
    things = dated_things(rec, {"start": 0, "end": len(text)})
    assert [(d[1], [k for k, kind in d[2] if kind == 1]) for d in things] == [
        ("wednesday", [verb_key("met")]), (None, [verb_key("took")])]


@pytest.mark.parametrize("second", [
    # each report's own Saturday: two marches a week apart, not a dispute about one
    ("Riot police clashed with fishermen marching on the harbour in Dorsk on Saturday", "Saturday", "2023-06-10"),
    # the day dates the saying, not the clash
    ("The harbour office said on Monday that police clashed with fishermen marching on the harbour in Dorsk",
     "Monday", "2023-06-05"),
    # the same act on another thing in another place: two acts
    ("Riot police clashed with farmers marching on the town hall in Velm on Friday", "Friday", "2023-06-02"),
    # a planned act is no act done that day
    ("Riot police were expected to clash with fishermen marching on the harbour in Dorsk on Friday", "Friday",
     "2023-06-09"),
])
def test_other_occasions_sayings_and_plans_are_no_date_conflict(second):
    text, words, value = second
    first = "Riot police clashed with fishermen marching on the harbour in Dorsk on Saturday"
    r1 = _record("r1", "2023-06-04", first, days=[("Saturday", "2023-06-03")])
    r2 = _record("r2", "2023-06-11" if words == "Saturday" else "2023-06-05", text, days=[(words, value)])
    assert _conflicts(r1, r2) == []


def test_a_day_no_statement_holds_is_filed_with_its_sentence():
    """A sentence whose claim is only its end ('..., a project both say will cut imports') still dates its act."""
    lead = "Orsk and Velm signed a gas pipeline accord on Tuesday, a project both say will cut imports"
    later = "The gas pipeline accord that Orsk signed with Velm on 12 April faces a vote"
    r1 = _record("r1", "2023-04-13", lead, claims=[("will cut imports", "positive", "a1")],
                 days=[("Tuesday", "2023-04-11")])
    r2 = _record("r2", "2023-04-15", later, days=[("12 April", "2023-04-12")])
    assert _conflicts(r1, r2) == [("date", "r1", "2023-04-11", "r2", "2023-04-12")]


@pytest.mark.parametrize("positive, listed", [
    ("the cabinet will withdraw the plan to raise the retirement age", True),
    ("voters rejected the plan to raise the retirement age", False),  # not what the denial denies
])
def test_a_denial_contradicts_only_a_claim_of_what_it_denies(positive, listed):
    r1 = _record("r1", "2023-02-01", positive, claims=[(positive, "positive", "a1")])
    denial = "it will not withdraw the plan to raise the retirement age"
    r2 = _record("r2", "2023-02-02", denial, claims=[(denial, "negative", "a2")])
    got = [g[0] for g in _conflicts(r1, r2)]
    assert got == (["claim"] if listed else [])


BLAMED = "The interior minister blamed the Vell Brigades for the bombing of the Tarn market on Saturday"


@pytest.mark.parametrize("other, listed", [
    # the group's own part, which the blame names: a denial of it
    ("TARN — The Vell Brigades said on Monday that they had nothing to do with the bombing of the Tarn market",
     True),
    # another group's claim of the act: the Brigades' denial agrees with it
    ("TARN — The Sons of Orsk said on Monday that they had carried out the bombing of the Tarn market", False),
])
def test_a_denial_of_ones_own_part_is_about_a_statement_naming_the_denier(other, listed):
    """'They had nothing to do with the bombing' is the Brigades' (the reporting clause names them: the claims
    extractor left the holder blank), so it contradicts the minister's blame and not a rival's claim of it."""
    denial = "The Vell Brigades said on Monday that they had nothing to do with the bombing of the Tarn market"
    claim = other[other.index("that they"):]
    blame = BLAMED[BLAMED.index("the Vell"):]
    r1 = _record("r1", "2023-06-04", BLAMED, claims=[(blame, "positive", "a1")])
    r2 = _record("r2", "2023-06-05", other, claims=[(claim, "negative" if "nothing" in claim else "positive", None)])
    recs = [r1, r2]
    if not listed:  # the rival's claim against the Brigades' denial, in a third article
        recs = [r2, _record("r3", "2023-06-05", "TARN — " + denial, claims=[(denial[denial.index("that"):],
                                                                                "negative", None)])]
    got = [g[0] for g in _conflicts(*recs)]
    assert got == (["claim"] if listed else [])
