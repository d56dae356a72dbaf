"""Session 35, issue 9: speech acts and headline triggers.

A protest addressed to a party is an official complaint (CAMEO 114, PLOVER ACCUSE) with the party addressed as
target (`events/addressed.py`); a protest in the street's sense keeps its type. Every text is invented."""
from __future__ import annotations

import dateline.extract.events as events_pkg
from test_event_roles import events


def test_a_protest_lodged_with_a_state_is_a_complaint_to_it():
    assert events("Norway lodged a protest with Peru over the arrests.") == [("ACCUSE", ["Norway"], ["Peru"])]


def test_protesting_to_a_state_is_a_complaint_to_it():
    assert ("ACCUSE", ["Norway"], ["Peru"]) in events("Norway protested to Peru about the arrests.")


def test_a_formal_protest_made_to_a_state_is_a_complaint_to_it():
    assert events("Norway made a formal protest to Peru.") == [("ACCUSE", ["Norway"], ["Peru"])]


def test_a_note_of_protest_sent_to_an_envoy_is_a_complaint_to_him():
    got = events("Norway delivered a note of protest to the Peruvian ambassador.")
    assert [(t, s) for t, s, _ in got] == [("ACCUSE", ["Norway"])] and got[0][2]


def test_marching_to_a_building_is_still_a_protest():
    # (guard) no reading of disapproval in words: the to-phrase is where the march went
    assert "ACCUSE" not in [t for t, _, _ in events("Thousands of students marched to the parliament in Lima.")]


def test_protesting_with_others_is_still_a_protest():
    # (guard) "with" is an addressee only where the dictionary reads the clause as disapproval in words
    got = events("Farmers protested with teachers outside the ministry.")
    assert "ACCUSE" not in [t for t, _, _ in got]


def test_protesting_against_a_tax_is_still_a_protest():
    assert [t for t, _, _ in events("Farmers protested against the new tax in Lima.")] == ["PROTEST"]


# ---------------------------------------------------------------- easing: the verb is read on its own
def test_a_verb_that_revokes_a_ban_is_read_on_its_own():
    # the ban is no imposition (session 34); the verb that lifts it is an easing of the ban's owner
    got = events("Norway revoked its ban on Peruvian newspapers.")
    assert "COERCE" not in [t for t, _, _ in got]
    assert any(t in ("RETREAT", "CONCEDE") and s == ["Norway"] for t, s, _ in got)


def test_a_verb_that_ends_an_embargo_is_left_to_the_model(monkeypatch):
    # the mechanism, whatever the weights say: the verb reaches the candidate model (before, the embargo's rule
    # reading held its place and the model never saw it)
    asked = []
    original = events_pkg.decide

    def decide(tok, lex):
        asked.append(tok.text)
        return original(tok, lex)

    monkeypatch.setattr(events_pkg, "decide", decide)
    got = events("Norway ended its embargo on Peru.")
    assert "ended" in asked and "COERCE" not in [t for t, _, _ in got]


def test_a_verb_that_imposes_a_measure_still_leaves_it_to_the_measure():
    # (guard) an imposing verb: the measure noun keeps its reading
    assert ("SANCTION", ["France"], ["Iran"]) in events("France imposed sanctions on Iran.")
