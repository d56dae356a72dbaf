"""Session 29, issue 9: roles the construction gives that the events stage did not read (roles.py, clauses.py).

Every text is invented."""
from __future__ import annotations

import pytest

from test_event_roles import events, roles_of


# ---------------------------------------------------------------- verbs that deliver the act their object names
def test_a_lobbed_criticism_is_an_accusation_by_the_subject():
    got = events("Senator Nia Kell lobbed sharp criticisms at Governor Tom Osei on Monday.")
    assert any(t == "ACCUSE" and any("Nia Kell" in s for s in src) and any("Tom Osei" in x for x in tgt)
               for t, src, tgt in got)


@pytest.mark.parametrize("text, trigger, source", [
    ("Senator Nia Kell lobbed misleading criticisms of Governor Tom Osei.", "criticisms", "Nia Kell"),
    ("The Acme union took over the investigation into Governor Tom Osei last year.", "investigation", "Acme"),
    ("Westmark stepped up its sanctions against Ostland on Monday.", "sanctions", "Westmark"),
])
def test_the_subject_of_a_delivering_verb_does_the_act_its_object_names(monkeypatch, text, trigger, source):
    src, _, _, _ = roles_of(monkeypatch, text, trigger)
    assert any(source in s for s in src)


def test_attacks_thrown_at_someone_are_no_act_of_force():
    got = events("Senator Nia Kell lobbed attacks at Governor Tom Osei on Monday.")
    assert not any(t == "ASSAULT" and any("Nia Kell" in s for s in src) for t, src, _ in got)


def test_a_verb_with_another_particle_delivers_nothing(monkeypatch):
    # the judge who throws out a lawsuit is not the one who sued
    src, _, _, _ = roles_of(monkeypatch, "Judge Ana Vree threw out the lawsuit against Governor Tom Osei.", "lawsuit")
    assert not any("Ana Vree" in s for s in src)


# ---------------------------------------------------------------- a thing made by someone acts for its maker
@pytest.mark.parametrize("text, trigger, source", [
    ("A bill sponsored by Senator Nia Kell calls for new sanctions on Ostland.", "calls", "Nia Kell"),
    ("A resolution passed by the Velna city council condemned Governor Tom Osei on Monday.", "condemned", "council"),
    ("Statements made by Senator Nia Kell calling for a ban on Acme imports drew fire.", "calling", "Nia Kell"),
])
def test_the_agent_of_a_participle_on_a_document_is_its_doer(monkeypatch, text, trigger, source):
    src, _, _, _ = roles_of(monkeypatch, text, trigger)
    assert any(source in s for s in src)


def test_a_document_made_by_nobody_named_has_no_doer(monkeypatch):
    src, _, _, _ = roles_of(monkeypatch, "A resolution passed on Monday condemned Governor Tom Osei.", "condemned")
    assert src == []


# ---------------------------------------------------------------- at someone's request
@pytest.mark.parametrize("text, source, target", [
    ("Governor Tom Osei responded by freezing the funds at Senator Nia Kell's request.", "Nia Kell", "Tom Osei"),
    ("Ostland's troops left Velna in 2011 and then, at the Velnan government's request, returned in 2014.",
     "Velna", "Ostland"),
])
def test_the_one_asked_at_someones_request_is_who_did_it(monkeypatch, text, source, target):
    src, tgt, _, _ = roles_of(monkeypatch, text, "request")
    assert any(source in s for s in src)
    assert any(target in t for t in tgt)


def test_a_passive_done_at_someones_request_names_nobody_asked(monkeypatch):
    _, tgt, _, _ = roles_of(monkeypatch, "Two prisoners were freed at Senator Nia Kell's request.", "request")
    assert not any("prisoners" in t for t in tgt)
