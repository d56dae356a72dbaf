"""Statements the corpus layer could not compare because nothing filed or dated them (issue 12, session 32): a role
given on a day, a day told with its part ('on Thursday evening'); negated narrated sentences
and narrated acts as claims without a holder (`claims.NARRATED_CLAIMS`, shipped off: turned on here). Invented
articles only."""
from __future__ import annotations

import pytest

import dateline.extract.claims as claims_mod
from corpus_fixtures import corpus_conflicts, linked_store, records

_records = records
_conflicts = corpus_conflicts


PLANNED_NOT = [
    ("p1", "2025-05-05", "Daily Ledger",
     "VARNA — Senator Dana Kell will not visit the Osk refinery during her trip this week. "
     "Kell arrives in Brell on Thursday for a conference on poverty."),
    ("p2", "2025-05-11", "Evening Courier",
     "Senator Dana Kell visited the Osk refinery privately on Saturday. "
     "Kell spent ten minutes with the workers before leaving Brell."),
]


@pytest.fixture
def narrated(monkeypatch):
    monkeypatch.setattr(claims_mod, "NARRATED_CLAIMS", True)


def test_narrated_claims_are_off_by_default():
    rec = _records([PLANNED_NOT[0]])[0]
    assert not [c for c in rec["claims"] if c["quote"] is None]


def test_a_narrated_negation_and_the_act_told_later_conflict(narrated):
    found = {(c["kind"], c["a_article"], c["b_article"]) for c in _conflicts(PLANNED_NOT)}
    assert ("claim", "p1", "p2") in found


def test_narrated_claims_have_no_holder_and_never_conflict_inside_one_article(narrated):
    rec = _records([("q1", "2025-05-05", "Daily Ledger",
                     "Senator Dana Kell will not meet Pope Anselm during her visit to the Vatican. "
                     "Senator Dana Kell met Pope Anselm at the Vatican on Saturday.")])[0]
    narrated = [c for c in rec["claims"] if c["quote"] is None]
    assert {c["polarity"] for c in narrated} == {"negative", "positive"}
    assert all(c["holder"] is None and not c["conflicts_with"] for c in narrated)


def test_what_someone_did_not_say_or_know_is_no_narrated_claim(narrated):
    rec = _records([("q2", "2025-05-05", "Daily Ledger",
                     "Senator Dana Kell did not say whether she would meet Pope Anselm. "
                     "Her aides do not know when the senator returns to Varna.")])[0]
    assert not [c for c in rec["claims"] if c["quote"] is None], rec["claims"]


ROLE_DAYS = [
    ("r1", "2025-06-07", "Daily Ledger",
     "Dana Kell became the Green Party's nominee for governor on Friday. Delegates in Varna backed her over two rivals."),
    ("r2", "2025-06-08", "Evening Courier",
     "Dana Kell became the Green Party's nominee for governor on Thursday evening. Her rivals conceded in Varna."),
]


def test_two_days_for_one_role_given_are_a_date_conflict():
    dates = [c for c in _conflicts(ROLE_DAYS) if c["kind"] == "date"]
    assert [(c["a_article"], c["b_article"]) for c in dates] == [("r1", "r2")]
    assert {dates[0]["a_value"], dates[0]["b_value"]} == {"2025-06-06", "2025-06-05"}


def test_one_role_on_one_day_or_two_roles_are_no_conflict():
    same_day = [ROLE_DAYS[0], ("r3", "2025-06-07", "Evening Courier",
                               "Dana Kell was named the Green Party's nominee for governor on Friday.")]
    assert not [c for c in _conflicts(same_day) if c["kind"] == "date"]
    other_role = [ROLE_DAYS[0], ("r4", "2025-06-08", "Evening Courier",
                                 "Dana Kell became the Green Party's treasurer on Thursday evening.")]
    assert not [c for c in _conflicts(other_role) if c["kind"] == "date"]


def test_a_day_told_with_its_part_is_filed_for_its_day():
    """'on Thursday evening' is a time to the day: the sentence is filed for that day like one naming 'Thursday'."""
    spec = [("t1", "2025-06-08", "Daily Ledger", "Dana Kell became the Green Party's nominee on Thursday evening.")]
    st = linked_store(spec)
    assert [r[0] for r in st.conn.execute("SELECT claim_id FROM corpus_claims WHERE article_id = 't1'")] == ["d:0"]
