"""Issue 10, session 36 (H13): an aide of a named party speaks as one of that party's side; a "who heads Y" clause
lets "the Y leader" name the person (invented texts)."""
from __future__ import annotations

from conftest import quotes_of


def speaker_actor(text, words):
    rec, _ = quotes_of(text)
    q = next(q for q in rec.quotes if words in q.text)
    return next((a for a in rec.actors if a.id == q.speaker), None)


def test_an_aide_to_a_named_senator_is_an_anonymous_member_of_her_side():
    a = speaker_actor("WASHINGTON — An aide to Senator Maria Kell said the bill would fail in the chamber next week.",
                      "bill would fail")
    assert a is not None and a.kind == "anonymous" and a.name != "Maria Kell"
    assert (a.country, a.sector) == ("USA", "LEG")


def test_a_named_senators_aide_is_an_anonymous_member_of_her_side():
    a = speaker_actor("WASHINGTON — Senator Maria Kell's aide said the bill would fail in the chamber next week.",
                      "bill would fail")
    assert a is not None and a.kind == "anonymous" and (a.country, a.sector) == ("USA", "LEG")


def test_an_aide_with_no_named_owner_makes_no_new_actor():
    # "his aide" stays the owned group of the entourage rule; a bare "an aide" no actor of a side
    rec, _ = quotes_of("An aide said the bill would fail in the chamber next week.")
    assert not any(a.kind == "anonymous" and a.sector == "LEG" for a in rec.actors)


def test_the_union_leader_is_the_person_who_heads_the_union():
    a = speaker_actor("Tom Varga, who heads the Dockworkers Union, met the minister on Tuesday. "
                      "The union leader said the talks had failed.", "talks had failed")
    assert a is not None and a.name == "Tom Varga"


def test_the_committee_chairman_is_the_person_who_chairs_the_committee():
    a = speaker_actor("Tom Varga, who chairs the Senate Budget Committee, spoke on Tuesday. "
                      "The committee chairman said the cuts were too deep.", "cuts were too deep")
    assert a is not None and a.name == "Tom Varga"


def test_a_head_of_another_body_is_not_the_leader_named():
    # the clause's object holds no "union": the description is not him
    a = speaker_actor("Tom Varga, who heads the Harbour Trust, met the minister on Tuesday. "
                      "The union leader said the talks had failed.", "talks had failed")
    assert a is None or a.name != "Tom Varga"


def test_aides_to_a_named_senator_are_her_staff():
    a = speaker_actor("WASHINGTON — Aides to Senator Maria Kell said the bill would fail in the chamber next week.",
                      "bill would fail")
    assert a is not None and a.kind == "group" and "Maria Kell" in a.name and a.country == "USA"
