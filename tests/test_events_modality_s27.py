"""Modality (extract/events/modality.py), session 27: a modal or a hypothetical governor whose clause does not govern
the act. Every text is invented."""
from __future__ import annotations

import pytest

from conftest import run_text


def _modality(text, typ):
    rec = run_text(text, "2016-03-01")
    found = [e.modality for e in rec.events if e.type == typ]
    assert found, [(e.type, e.modality) for e in rec.events]
    return found[0]


@pytest.mark.parametrize("text,typ", [
    # a clause opened by a factive subordinator tells its own act: the modal is the main clause's
    ("The decision may come as a shock to the council, as Mayor Lena Kell criticized the union on Monday.", "ACCUSE"),
    ("The figures suggest a rising deficit, although the Ruritanian finance ministry denied the report.", "REJECT"),
    ("Voters could punish the party, because Senator Arno Vell condemned the union.", "ACCUSE"),
    ("The vote might be delayed after the Ostland government accused the opposition of fraud.", "ACCUSE"),
])
def test_a_factive_clause_keeps_its_own_modality(text, typ):
    assert _modality(text, typ) == "asserted"


@pytest.mark.parametrize("text,typ,want", [
    # the same subordinators keep a conditional or a future act as it is
    ("Mayor Lena Kell would criticize the union if the strike went ahead.", "ACCUSE", "hypothetical"),
    ("Senator Arno Vell will meet the Ostland envoy after the vote ends.", "CONSULT", "intended"),
])
def test_the_main_clause_still_governs_its_own_act(text, typ, want):
    assert _modality(text, typ) == want


def test_a_negated_judgement_of_a_named_act_does_not_deny_it():
    # "X's refusal was not wise" judges the refusal; it still happened
    text = "Senator Arno Vell said that Mayor Kell's refusal to support the levy was not a wise move."
    assert _modality(text, "REJECT") == "asserted"


def test_a_denied_act_is_still_negated():
    assert _modality("Mayor Lena Kell did not criticize the union.", "ACCUSE") == "negated"


@pytest.mark.parametrize("text,typ", [
    # "be to" + infinitive arranges an act for the future
    ("Mayor Lena Kell is to meet the Ostland envoy on Friday.", "CONSULT"),
    ("Senator Arno Vell is to step down today.", "CONCEDE"),
])
def test_an_arranged_act_is_intended(text, typ):
    assert _modality(text, typ) == "intended"
