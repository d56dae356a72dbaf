"""Session 37, issue 9: roles that follow the construction — the doer of a one-sided act (a pledge, aid, a
concession, a withdrawal) may be people the text does not name, a meeting's or a joint act's parties stay named.

Every text is invented."""
from __future__ import annotations

from test_event_roles import roles_of


# ---------------------------------------------------------------- unnamed doers of one-sided acts
def test_unnamed_people_may_apologise(monkeypatch):
    src, _, _, _ = roles_of(monkeypatch, "Individual staffers have apologized for their remarks about Senator Ana "
                                         "Kell.", "apologized")
    assert src == ["Individual staffers"]


def test_an_unnamed_team_may_give_aid(monkeypatch):
    src, _, _, _ = roles_of(monkeypatch, "If access is allowed, the medical team will assist in the treatment of the "
                                         "sick.", "assist")
    assert src == ["medical team"]


def test_unnamed_donors_may_pledge(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "Several donors pledged money to the Red Cross on Monday.", "pledged")
    assert src == ["Several donors"] and len(tgt) == 1


def test_a_meetings_parties_are_still_named(monkeypatch):
    # (guard) talks and joint acts are between named parties: "two aides" is nobody the event can list
    src, tgt, _, _ = roles_of(monkeypatch, "Two aides discussed the plan with Senator Ana Kell.", "discussed")
    assert src == [] and tgt == ["Ana Kell"]


def test_a_named_doer_of_a_one_sided_act_is_unchanged(monkeypatch):
    # (guard) the named subject is read first; the unnamed reading is only for a subject that names nobody
    src, _, _, _ = roles_of(monkeypatch, "Norway pledged money to the Red Cross on Monday.", "pledged")
    assert src == ["Norway"]



# ---------------------------------------------------------------- "a lawyer named Tom Osei" is Tom Osei
def test_a_person_described_and_then_named_is_the_named_person(monkeypatch):
    src, _, _, _ = roles_of(monkeypatch, "A young lawyer named Tom Osei praised the plan on Monday.", "praised")
    assert src == ["Tom Osei"]


def test_a_person_identified_as_a_name_is_the_named_person(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "Police arrested a 30-year-old man identified as Tom Osei.", "arrested")
    assert src == ["Police"] and tgt == ["Tom Osei"]


# ---------------------------------------------------------------- "the Norway decision to expel …": Norway expels
def test_a_name_modifying_a_decision_performs_its_infinitive(monkeypatch):
    # the decision's maker, not the subject of the verb that welcomes it, acts
    src, tgt, _, _ = roles_of(monkeypatch, "Ana Kell welcomed the Norway decision to expel the envoys of Peru.",
                              "expel")
    assert src == ["Norway"] and tgt == ["Peru"]


def test_a_possessor_of_a_decision_still_performs_its_infinitive(monkeypatch):
    # (guard) the possessive reading is unchanged
    src, tgt, _, _ = roles_of(monkeypatch, "Ana Kell welcomed Norway's decision to expel the envoys of Peru.", "expel")
    assert src == ["Norway"] and tgt == ["Peru"]
