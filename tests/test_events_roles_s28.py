"""Session 28, issue 9: sources of reactions the events stage did not attach (roles.py, clauses.py).

Every text is invented."""
from __future__ import annotations

import pytest

from test_event_roles import roles_of


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Senator Nia Kell last week picked up the endorsement of Governor Tom Osei.", "endorsement",
     "Tom Osei", "Nia Kell"),
    ("The Vantor union racked up endorsements from the Acme Corporation on Monday.", "endorsements",
     "Acme Corporation", "Vantor union"),
])
def test_a_phrasal_verb_of_receiving_takes_the_giver_from_the_of_or_from_phrase(monkeypatch, text, trigger,
                                                                                source, target):
    src, tgt, _, _ = roles_of(monkeypatch, text, trigger)
    assert any(source in s for s in src)
    assert any(target in t for t in tgt)


@pytest.mark.parametrize("text, trigger, source", [
    ("The Acme company faced criticism for the move from Senator Nia Kell.", "criticism", "Nia Kell"),
    ("The Acme company drew criticism for its plan from Senator Nia Kell.", "criticism", "Nia Kell"),
    ("Mayor Dan Vree faced fresh criticism over the plan from Governor Tom Osei.", "criticism", "Tom Osei"),
])
def test_a_named_giver_hung_on_the_reason_of_a_reaction_is_its_source(monkeypatch, text, trigger, source):
    src, _, _, _ = roles_of(monkeypatch, text, trigger)
    assert any(source in s for s in src)


def test_a_place_on_the_reason_of_a_reaction_is_where_the_reason_comes_from(monkeypatch):
    src, _, _, _ = roles_of(monkeypatch, "Senator Nia Kell voiced support for refugees from Westmark.", "support")
    assert not any("Westmark" in s for s in src)


@pytest.mark.parametrize("text", [
    "Senator Nia Kell spoke on Monday. She's tacked to the left on energy, criticizing Governor Tom Osei.",
    "Senator Nia Kell was sworn in on Monday, criticizing Governor Tom Osei in her first speech.",
])
def test_a_participle_on_a_passive_clause_is_done_by_its_subject(monkeypatch, text):
    src, tgt, _, _ = roles_of(monkeypatch, text, "criticizing")
    assert any("Nia Kell" in s for s in src)
    assert any("Tom Osei" in t for t in tgt)
