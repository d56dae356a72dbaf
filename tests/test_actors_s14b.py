"""Issue 10, session 14 (second shift): who is not an actor and who a surname means (invented texts).

A role noun phrase about no one in particular is no actor (a free-choice or universal determiner, a hypothetical
modifier, an indefinite object in an unreal clause); an indefinite subject of a real clause is still an anonymous
actor. A bare surname before the story names anyone with it in full is the first person it names in full with it.
A nationality predicate ("he is Canadian") is no state actor, nor is a country named as the place where something
is ("jobs in Canada"). A case caption ("Lund v. Lund") is no person.
"""
from __future__ import annotations

from conftest import run_text


def mentions(rec):
    return {m.text for a in rec.actors for m in a.mentions}


def test_an_indefinite_object_in_an_unreal_clause_is_no_actor():
    rec = run_text("Walt Brennan said the party should unite behind a candidate who can win in November.",
                   date="2016-05-01")
    assert not any("candidate" in t for t in mentions(rec))
    rec = run_text("The teachers' union has not endorsed a candidate, Walt Brennan said.", date="2016-05-01")
    assert not any("candidate" in t for t in mentions(rec))


def test_free_choice_and_hypothetical_phrases_are_no_actors():
    rec = run_text("Walt Brennan said any candidate would struggle in the state.", date="2016-05-01")
    assert not any("candidate" in t for t in mentions(rec))
    rec = run_text("President Ana Lund visited Lyon on Monday. Walt Brennan said the next president must fix the "
                   "roads.", date="2016-05-01")
    lund = next(a for a in rec.actors if a.name == "Ana Lund")
    assert not any("next president" in m.text for m in lund.mentions)
    assert not any("next president" in t for t in mentions(rec))


def test_an_indefinite_subject_of_a_real_clause_stays_an_anonymous_actor():
    rec = run_text("An aide to the governor said the plan was dead.", date="2016-05-01")
    assert any(a.kind == "anonymous" for a in rec.actors)
    rec = run_text("An aide to the governor would not say whether the plan was dead.", date="2016-05-01")
    assert any(a.kind == "anonymous" for a in rec.actors)


def test_a_bare_surname_before_any_full_name_is_the_first_person_named_in_full_with_it():
    # the lead's "a Kell" is Maria Kell, the first Kell named in full; her father, named later and more, is not
    text = ("Ohio Republicans have decided they want to send a Kell to Washington.\n\nMaria Kell won the primary on "
            "Tuesday. Her father, Tom Kell, a former mayor, watched from the crowd. Tom Kell said he was proud.")
    rec = run_text(text, date="2016-05-01")
    start = text.index("Kell")
    owner = next((a for a in rec.actors if any(m.start == start for m in a.mentions)), None)
    assert owner is not None and owner.name == "Maria Kell"


def test_a_nationality_predicate_is_no_state_actor():
    rec = run_text('"He is Canadian to the core," Walt Brennan said of his rival.', date="2016-05-01")
    assert not any(a.kind == "state" for a in rec.actors)
    # a demonym standing for the state still does ("Canadian airstrikes": the state's act)
    rec = run_text("Canadian airstrikes hit the town on Monday, Walt Brennan said.", date="2016-05-01")
    assert any(a.kind == "state" for a in rec.actors)


def test_a_country_named_as_the_place_where_is_no_mention_of_the_state():
    text = '"Jobs are scarce in Canada these days," Walt Brennan said. He blamed Canada for the crisis.'
    rec = run_text(text, date="2016-05-01")
    state = next(a for a in rec.actors if a.kind == "state")
    assert [m.start for m in state.mentions] == [text.rindex("Canada")]


def test_a_case_caption_is_no_person():
    text = ("Omar Lund, the developer, sued his wife in 1992. The dispute surfaced in the court case Lund v. Lund, in "
            "which the couple fought over money. Lund said it was ugly.")
    rec = run_text(text, date="2016-05-01")
    assert not any(" v. " in a.name for a in rec.actors)
    # a middle initial is no caption
    rec = run_text("President Vladimir V. Kell spoke on Monday.", date="2016-05-01")
    assert any(a.name.startswith("Vladimir") for a in rec.actors)
