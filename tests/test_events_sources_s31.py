"""Session 31, issue 9: sources (initiators) the construction gives that the events stage did not attach
(clauses.py, roles.py).

Every text is invented."""
from __future__ import annotations

from conftest import run_text
from test_event_roles import events, roles_of


# ---------------------------------------------------------------- taking part in an act
def test_who_took_part_in_an_attack_did_it(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "Two Velnan officers took part in the attack on the Ostland embassy.", "attack")
    assert src == ["Two Velnan officers"] and tgt == ["Ostland embassy"]


def test_forces_engaged_in_clashes_fought_them(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "Ostlandic security forces were engaged in heavy clashes with members of "
                                           "the Velnan Front on Monday.", "clashes")
    assert src == ["Ostlandic security forces"] and tgt == ["Velnan Front"]


def test_a_party_involved_in_a_bombing_did_it(monkeypatch):
    src, _, _, _ = roles_of(monkeypatch, "The Velnan Front was involved in the bombing of the market.", "bombing")
    assert src == ["Velnan Front"]


def test_the_owner_of_a_role_in_an_attack_did_it(monkeypatch):
    src, _, _, _ = roles_of(monkeypatch, "Senator Kell criticised Ostland over its role in the attack on Port Aster.",
                            "attack")
    assert src == ["Ostland"]


def test_the_involvement_of_someone_in_an_attack_names_the_attacker(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "Police are investigating the involvement of two Velnan officers in the "
                                           "attack on the embassy.", "attack")
    assert src == ["two Velnan officers"] and tgt == ["embassy"]


def test_what_a_plot_involved_has_no_doer_in_the_plot(monkeypatch):
    # the active of "involve" names what something includes, not who took part
    src, _, _, _ = roles_of(monkeypatch, "The Ostland plot involved an attack on the embassy.", "attack")
    assert src == []


# ---------------------------------------------------------------- deciders of an agentless passive
def test_the_court_a_sentence_was_passed_in_passed_it():
    assert events("Jan Kell was sentenced in the Velna District Court on Monday to five years in prison.") == [
        ("SANCTION", ["Velna District Court"], ["Jan Kell"])]


def test_the_court_a_conviction_happened_at_convicted(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "The Supreme Court of Ostland met on Monday. Jan Kell was convicted at the "
                                           "Supreme Court of Ostland last Friday.", "convicted")
    assert src == ["Supreme Court of Ostland"] and tgt == ["Jan Kell"]


def test_an_act_of_force_in_a_court_is_not_the_courts(monkeypatch):
    # only sentences, convictions and custody are the court's acts
    src, _, _, _ = roles_of(monkeypatch, "Jan Kell was shot in the Velna District Court on Monday.", "shot")
    assert src == []


def test_the_one_who_ordered_a_detention_did_it():
    assert events("Judge Anna Osei ordered that Jan Kell be detained.") == [("COERCE", ["Anna Osei"], ["Jan Kell"])]


def test_the_one_who_ruled_a_release_did_it_and_a_parenthetical_order_too(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "Anna Osei, the judge, ruled that Jan Kell be released.", "released")
    assert src == ["Anna Osei"] and tgt == ["Jan Kell"]
    src, _, _, _ = roles_of(monkeypatch, "Jan Kell is to be detained until the trial, Judge Anna Osei ordered.",
                            "detained")
    assert src == ["Anna Osei"]


def test_a_ruling_on_a_past_detention_did_not_order_it(monkeypatch):
    src, _, _, _ = roles_of(monkeypatch, "Judge Anna Osei ruled that Jan Kell was detained unlawfully.", "detained")
    assert src == []


def test_a_reporter_of_a_passive_is_not_its_doer(monkeypatch):
    # "said" reports; it orders nothing (session 28: the speaker of an agentless passive is not taken)
    src, _, _, _ = roles_of(monkeypatch, "Judge Anna Osei said that Jan Kell was detained.", "detained")
    assert src == []


# ---------------------------------------------------------------- running an act, headlines
def test_who_oversees_an_investigation_conducts_it(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "Officials of the Ostland ministry overseeing the investigation into "
                                           "Governor Osei expect to finish soon.", "investigation")
    assert src == ["Ostland ministry"] and tgt == ["Osei"]


def test_who_orchestrated_attacks_made_them():
    assert events("The Velnan Front orchestrated the attacks on the Ostland embassy.") == [
        ("ASSAULT", ["Velnan Front"], ["Ostland embassy"])]


def test_who_closed_an_investigation_is_not_read_as_its_doer(monkeypatch):
    # ending an act tells how it ended, not who did it (measured held out in session 31)
    src, _, _, _ = roles_of(monkeypatch, "The Ostland ministry concluded the investigation into Governor Osei on "
                                         "Monday.", "investigation")
    assert src == []


def test_a_headline_clause_after_a_colon_continues_the_first():
    assert events("Kell Weighs In: Urges Ostland to Leave Trade Bloc") == [("REQUEST", ["Kell"], ["Ostland"])]


def test_a_colon_in_running_text_is_no_headline_continuation(monkeypatch):
    # in a sentence with a full stop a colon introduces what is said, not a second act of the subject before it
    src, _, _, _ = roles_of(monkeypatch, "Kell Weighs In: Urges Ostland to Leave Trade Bloc.", "Urges")
    assert src == []


# ---------------------------------------------------------------- what someone faces (told without its doer)
def _untold(text: str):
    rec = run_text(text)
    names = {a.id: a.name for a in rec.actors}
    return [(u.type, [names[t] for t in u.target], u.source) for u in rec.unattributed_events]


def test_charges_someone_faces_are_reported_without_a_doer():
    assert _untold("Jan Kell is facing fraud charges after the audit.") == [("ACCUSE", ["Jan Kell"], [])]


def test_criticism_someone_faced_befell_them_and_its_giver_is_read_where_named():
    assert _untold("Senator Kell faced criticism for the tax plan.") == [("ACCUSE", ["Kell"], [])]
    assert events("Senator Kell faced criticism for the tax plan from Governor Osei.") == [
        ("ACCUSE", ["Osei"], ["Kell"])]
