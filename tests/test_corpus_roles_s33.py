"""Narrated claims compared by who did what to whom (issue 12, session 33): a statement the article makes in its own
voice meets another only when their doers and undergoers resolve to the same actors (or one side leaves them open);
an embedded post's markup is no narration. Invented articles only; the narrated claims are turned
on here (`claims.NARRATED_CLAIMS`)."""
from __future__ import annotations

import pytest

import dateline.extract.claims as claims_mod
from corpus_fixtures import corpus_conflicts, records
from dateline.corpus import roles

_records = records


def _conflicts(spec):
    return {(c["kind"], c["a_article"], c["b_article"]) for c in corpus_conflicts(spec)}


@pytest.fixture
def narrated(monkeypatch):
    monkeypatch.setattr(claims_mod, "NARRATED_CLAIMS", True)


NEVER_MET = ("m1", "2025-05-05", "Daily Ledger",
             "Senator Dana Kell has never met Governor Ivo Osei in private. Kell arrives in Brell on Thursday.")


def test_the_act_told_of_the_same_two_parties_conflicts(narrated):
    other = ("m2", "2025-05-09", "Evening Courier",
             "Senator Dana Kell met Governor Ivo Osei privately at the Brell conference on Saturday.")
    assert ("claim", "m1", "m2") in _conflicts([NEVER_MET, other])


def test_the_act_told_of_another_doer_is_no_conflict(narrated):
    other = ("m3", "2025-05-09", "Evening Courier",
             "Mayor Lena Brandt met Governor Ivo Osei privately at the Brell conference on Saturday.")
    assert not {c for c in _conflicts([NEVER_MET, other]) if c[0] == "claim"}


def test_an_embedded_post_is_no_narrated_claim(narrated):
    rec = _records([("q2", "2025-05-05", "Daily Ledger",
                     "Dana Kell did not attend the Brell rally pic.twitter.com/abc123 — Ivo Osei (@ivoosei) May 4, "
                     "2025")])[0]
    assert not [c for c in rec["claims"] if c["quote"] is None], rec["claims"]


def _rec(text, actors, events=()):
    return {"article": {"id": "x", "text": text}, "actors": actors, "events": list(events)}


def _person(aid, name, text, *spans):
    return {"id": aid, "name": name, "kind": "person", "mentions": [
        {"start": a, "end": b, "text": text[a:b], "kind": "name"} for a, b in spans]}


def test_roles_read_at_the_negation_and_at_the_denied_word():
    neg = "Kell has never trailed Osei in a poll."
    pos = "A ruling may help Kell, but Osei trails Kell in every poll."
    rn = roles.statement_roles(_rec(neg, [_person("a1", "Dana Kell", neg, (0, 4)), _person("a2", "Ivo Osei", neg, (23, 27))]),
                               {"start": 0, "end": len(neg)}, True)
    rp = roles.statement_roles(_rec(pos, [_person("a1", "Dana Kell", pos, (19, 23), (42, 46)),
                                          _person("a2", "Ivo Osei", pos, (29, 33))]), {"start": 0, "end": len(pos)}, False)
    ag, pt = roles._roles(rn, "trail")
    assert ag[0][0] == "n:dana kell" and pt[0][0] == "n:ivo osei"
    ag, pt = roles._roles(rp, "trail")  # split at the denied word, not at the first verb ('help')
    assert ag[0][0] == "n:ivo osei" and [a[0] for a in pt] == ["n:dana kell"]
    neg_info = {"nar": True, "roles": rn, "scope": ["trail", "osei", "poll"]}
    assert not roles.same_parties(neg_info, {"roles": rp})
    assert roles.same_parties(dict(neg_info, nar=False), {"roles": rp})  # no narrated side: words decide, as before


def test_a_passive_by_agent_is_the_doer_and_a_possessive_no_role():
    text = "Osei was not endorsed by Kell's rival Lena Brandt."
    rec = _rec(text, [_person("a1", "Ivo Osei", text, (0, 4)), _person("a2", "Dana Kell", text, (25, 29)),
                      _person("a3", "Lena Brandt", text, (38, 49))])
    ag, pt = roles._roles(roles.statement_roles(rec, {"start": 0, "end": len(text)}, True), None)
    assert [a[0] for a in pt] == ["n:ivo osei"]
    assert [a[0] for a in ag] == ["n:lena brandt"]


def test_event_roles_come_first_and_an_open_side_meets_any():
    text = "Kell met Osei on Saturday."
    rec = _rec(text, [_person("a1", "Dana Kell", text, (0, 4)), _person("a2", "Ivo Osei", text, (9, 13))],
               [{"id": "e1", "source": ["a2"], "target": ["a1"], "trigger": {"start": 5, "end": 8, "text": "met"},
                 "evidence": {"start": 0, "end": len(text)}}])
    got = roles.statement_roles(rec, {"start": 0, "end": len(text)}, False)
    assert [a[0] for a in roles._roles(got, None)[0]] == ["n:ivo osei"]
    assert roles.same_parties({"nar": True, "roles": got}, {"roles": {"ev": [], "tx": [[], []]}})


def test_three_reports_the_narrated_denial_meets_only_the_report_of_its_own_parties(narrated):
    """Three invented articles: one outlet narrates that a meeting never happened, a second reports the meeting of the
    same two people, a third a meeting of one of them with someone else. One conflict, between the first two."""
    third = ("m3", "2025-05-09", "Morning Star",
             "Mayor Lena Brandt met Governor Ivo Osei privately at the Brell conference on Saturday.")
    second = ("m2", "2025-05-10", "Evening Courier",
              "Senator Dana Kell met Governor Ivo Osei privately at the Brell conference on Saturday.")
    found = {c for c in _conflicts([NEVER_MET, second, third]) if c[0] == "claim"}
    assert found == {("claim", "m1", "m2")}
