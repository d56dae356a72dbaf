"""Session 34, issue 9: easing a measure addresses whom the measure was on ("suspended the sanctions against X"):
`clauses.flow_partners` with an easing reading (RETREAT, CONCEDE).

Every text is invented."""
from __future__ import annotations

from test_event_roles import roles_of


def test_suspending_sanctions_against_a_state_addresses_that_state(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "Norway suspended sanctions against Peru.", "suspended")
    assert src == ["Norway"] and tgt == ["Peru"]


def test_halting_an_embargo_against_a_state_addresses_that_state(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "Norway halted the embargo against Peru.", "halted")
    assert src == ["Norway"] and tgt == ["Peru"]


def test_easing_restrictions_on_flights_to_a_state_still_addresses_the_flow_s_end(monkeypatch):
    # (guard: a measure on a flow, session 33)
    src, tgt, _, _ = roles_of(monkeypatch, "The European Union lifted restrictions on flights to Russia.", "lifted")
    assert src == ["European Union"] and tgt == ["Russia"]
