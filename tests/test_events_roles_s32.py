"""Session 32, issue 9: roles the construction gives that the events stage read wrong or lost (events' actors.py,
antecedents.py, roles.py): who a pronoun cannot be, a description with its name in apposition, the doer of a
participle on a person noun.

Every text is invented."""
from __future__ import annotations

from test_event_roles import roles_of


# ---------------------------------------------------------------- pronouns: who they cannot be
def test_a_pronoun_in_the_speakers_own_words_skips_the_speaker_for_the_next_antecedent(monkeypatch):
    # "her" in Dolan's words is not Dolan: the other woman named before is
    src, tgt, _, _ = roles_of(monkeypatch, "Governor Maggie Dolan campaigned with Senator Ana Kell on Monday. \"I was "
                                           "focused on listing the reasons I support her,\" Dolan said.", "support")
    assert src == ["Maggie Dolan"] and tgt == ["Ana Kell"]


def test_a_subject_pronoun_is_not_the_name_its_own_clause_gives(monkeypatch):
    # "she would endorse Kell": she is not Kell, whatever the earlier resolution said
    src, tgt, _, _ = roles_of(monkeypatch, "Kell was echoing Senator Ana Osei, who used the same words when asked in "
                                           "May if she would endorse Kell.", "endorse")
    assert src == ["Ana Osei"] and tgt == ["Kell"]


def test_a_plural_subject_pronoun_is_not_the_state_its_clause_attacks(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "Westmark denied the report. In case of a war, they could use the territory "
                                           "of Velna to bomb Westmark, Osei said.", "bomb")
    assert "Westmark" not in src and tgt == ["Westmark"]


def test_a_possessive_pronoun_still_names_the_earlier_speaker(monkeypatch):
    # (guard) the name after "her" is barred, the antecedent before it is not
    src, tgt, _, _ = roles_of(monkeypatch, "Ana Kell spoke on Monday. Her criticism of Governor Maggie Dolan drew "
                                           "applause.", "criticism")
    assert src == ["Ana Kell"] and tgt == ["Maggie Dolan"]


# ---------------------------------------------------------------- a description and its name in apposition
def test_a_spokesman_for_a_body_with_his_name_in_apposition_is_that_person(monkeypatch):
    # the parser hangs the name on the church; a body is no person, so the name describes the spokesman
    src, tgt, _, _ = roles_of(monkeypatch, "A spokesman for the Velna Church, Tom Osei, criticized the ministry.",
                              "criticized")
    assert src == ["Tom Osei"] and tgt == ["ministry"]


def test_a_description_with_a_name_in_apposition_is_that_person_not_the_body_it_serves(monkeypatch):
    _, tgt, _, _ = roles_of(monkeypatch, "A minister of the Velna Church, Tom Osei was detained in Port Aster in "
                                         "March.", "detained")
    assert tgt == ["Tom Osei"]


def test_a_description_the_parser_made_a_second_subject_is_the_name_after_it(monkeypatch):
    _, tgt, _, _ = roles_of(monkeypatch, "A pastor of the Velna Church, Osei was detained in Port Aster and was later "
                                         "moved to a prison.", "detained")
    assert tgt == ["Osei"]


def test_a_subject_pronoun_in_the_speakers_own_words_is_not_the_speaker(monkeypatch):
    # (guard) the speaker is skipped for objects and owners only; a subject there stays unread rather than guessed
    src, _, _, _ = roles_of(monkeypatch, "Governor Maggie Dolan met Senator Ana Kell on Monday. \"She will support "
                                         "the bill,\" Dolan said.", "support")
    assert "Maggie Dolan" not in src
