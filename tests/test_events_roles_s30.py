"""Session 30, issue 9: targets (recipients) the construction gives that the events stage lost or read wrong
(roles.py, clauses.py, actors.py, antecedents.py, participants.py).

Every text is invented."""
from __future__ import annotations

import pytest

from conftest import run_text
from dateline.extract.events import roles as roles_mod
from test_event_roles import roles_of


def resolved(monkeypatch, text: str, word: str) -> list[str]:
    """The names of the actors the events stage's finder reads for the first token `word` of the text (asked while
    the article's roles are read: the parse is gone afterwards)."""
    got = []
    original = roles_mod.RoleReader.read

    def read(reader, cand):
        if not got:
            tok = next(t for t in cand.trigger.doc if t.text == word)
            ids = reader.finder.actors_of(tok)
            got.append([reader.finder.actor(i).name if reader.finder.actor(i) is not None else i for i in ids])
        return original(reader, cand)

    monkeypatch.setattr(roles_mod.RoleReader, "read", read)
    run_text(text)
    return got[0]


# ---------------------------------------------------------------- object pronouns: who they cannot be
def test_an_object_pronoun_is_not_the_noun_its_relative_clause_hangs_on(monkeypatch):
    # "who" stands for the recruiter: "him" is someone else (here nobody named)
    got = resolved(monkeypatch, "The suspect exchanged messages with Omar Vasko, a militant recruiter who "
                                "encouraged him to attack a police station.", "him")
    assert "Omar Vasko" not in got


def test_an_object_pronoun_is_not_the_subject_controlling_its_infinitive(monkeypatch):
    _, tgt, _, _ = roles_of(monkeypatch, "Omar Vasko was charged with assault, and the authorities said they were "
                                         "also preparing to charge him with fraud.", "charge")
    assert tgt == ["Omar Vasko"]


def test_a_pronoun_after_a_possessor_is_not_the_possessor(monkeypatch):
    # "her" can be neither Osei ("his") nor a man
    got = resolved(monkeypatch, "Mayor Tom Osei spoke on Monday. In the released transcript, the two did not "
                                "discuss his criticisms of her.", "her")
    assert "Tom Osei" not in got


# ---------------------------------------------------------------- recipients the parser hid
def test_calling_on_someone_read_as_a_particle_names_the_one_called_on(monkeypatch):
    _, tgt, _, _ = roles_of(monkeypatch, "The governor's office posted a statement expressing condolences to the "
                                         "victims and calling on authorities to help the affected families.", "calling")
    assert tgt == ["authorities"]


@pytest.mark.parametrize("text, trigger, target", [
    ("President Tom Osei is offering to help Ostland and Westmark reach a lasting peace.", "offering", "Ostland"),
    ("The Acme union agreed to allow Senator Nia Kell to use its voter file.", "agreed", "Nia Kell"),
])
def test_the_one_let_or_helped_is_the_recipient_of_the_offer(monkeypatch, text, trigger, target):
    _, tgt, _, _ = roles_of(monkeypatch, text, trigger)
    assert any(target in t for t in tgt)


def test_a_letter_hung_on_what_is_asked_for_names_the_one_asked(monkeypatch):
    _, tgt, _, _ = roles_of(monkeypatch, "The ministry disclosed that it asked for the return of the files in a "
                                         "letter to the Velna police.", "asked")
    assert any("police" in t for t in tgt)


# ---------------------------------------------------------------- groups and parts of groups
def test_a_part_of_a_group_the_actors_stage_took_for_one_person_is_the_group(monkeypatch):
    _, tgt, _, _ = roles_of(monkeypatch, "Governor Ana Vree met her predecessors. She asked all of the former "
                                         "governors to offer advice.", "asked")
    assert any("governors" in t for t in tgt) and "Ana Vree" not in tgt


# ---------------------------------------------------------------- the second of two coordinated relative clauses
@pytest.mark.parametrize("text, target, not_target", [
    ("Governor Tom Osei's budget, which the council debated and which Senator Nia Kell criticized, passed on Monday.",
     "Tom Osei", "Nia Kell"),
    ("Senator Nia Kell backed the Acme pipeline plan, which the Velna council rejected and which Governor Tom Osei "
     "has criticized.", "Acme", "Nia Kell"),
])
def test_a_relative_pronoun_of_a_coordinated_relative_clause_stands_for_the_noun(monkeypatch, text, target,
                                                                                  not_target):
    _, tgt, _, _ = roles_of(monkeypatch, text, "criticized")
    assert any(target in t for t in tgt) and not any(not_target in t for t in tgt)


def test_a_reflexive_pronoun_is_its_own_subject(monkeypatch):
    got = resolved(monkeypatch, "Jon Kell met Tom Osei on Monday. Osei praised himself as a reformer.", "himself")
    assert "Jon Kell" not in got


# ---------------------------------------------------------------- stances on what is someone's
@pytest.mark.parametrize("text, trigger", [
    ("Senator Nia Kell was critical of Governor Tom Osei's leadership.", "critical"),
    ("The Acme union announced an inquiry into Governor Tom Osei's email server.", "inquiry"),
])
def test_a_stance_on_a_thing_someone_owns_addresses_the_owner(monkeypatch, text, trigger):
    _, tgt, _, _ = roles_of(monkeypatch, text, trigger)
    assert tgt == ["Tom Osei"]


# ---------------------------------------------------------------- a participle's phrase on an event noun
def test_the_partner_of_a_meeting_planned_with_someone(monkeypatch):
    # the roles are read at a lower candidate threshold: whether this "meeting" is kept is the candidate model's
    # decision (calibrated 0.29 with session 31's C 0.5 model, 0.37 before), not the construction's, tested here
    from dateline.knowledge import load_knowledge
    monkeypatch.setitem(load_knowledge().events.model, "min_confidence", 0.1)
    _, tgt, _, _ = roles_of(monkeypatch, "Governor Tom Osei said a meeting planned with Senator Nia Kell would go "
                                         "ahead.", "meeting")
    assert tgt == ["Nia Kell"]
