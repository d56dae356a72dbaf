"""Session 36, issue 9: roles that follow the construction where the parse misleads the role reader — a noun's
that-clause the parser hangs as a participle (active, with its own subject), a subject the parser hung on the
auxiliary, and a dateline or fronted name the parser made a second subject.

Every text is invented."""
from __future__ import annotations

from test_event_roles import roles_of


# ---------------------------------------------------------------- a noun's that-clause is no reduced passive
def test_a_that_clause_on_a_noun_parsed_as_a_participle_keeps_its_own_subject(monkeypatch):
    # the parser hangs "that … had praised" on "note" as acl; with its own subject and "had" it is active
    src, tgt, _, _ = roles_of(monkeypatch, "The senator sent a letter with a note that Governor Tom Osei had praised "
                                           "the union.", "praised")
    assert src == ["Tom Osei"] and tgt == ["union"]


def test_a_participle_on_a_noun_is_still_passive(monkeypatch):
    # (guard) "the envoys expelled by Ostland": the noun underwent it, the by-phrase did it
    src, tgt, _, _ = roles_of(monkeypatch, "The envoys expelled by Norway returned home on Monday.", "expelled")
    assert src == ["Norway"] and tgt == ["envoys"]


# ---------------------------------------------------------------- a subject hung on the auxiliary
def test_a_subject_the_parser_hung_on_the_auxiliary_is_the_verbs(monkeypatch):
    # the hyphenated verb splits: "Norway and Peru" become the subject of "have", not of the verbs after it
    src, _, _, _ = roles_of(monkeypatch, "Norway and Peru have co-sponsored the relief plan and also discussed a new "
                                         "round of talks.", "discussed")
    assert src == ["Norway", "Peru"]


# ---------------------------------------------------------------- a dateline is no subject
def test_a_dateline_before_the_subject_is_not_the_source(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "Port Aster (AFP) – Senator Ana Kell has taken a swipe at her rival Tom "
                                           "Osei over his stance on trade.", "taken")
    assert src == ["Ana Kell"] and tgt == ["Tom Osei"]


def test_a_quotation_before_the_speaker_is_not_the_subject(monkeypatch):
    # the parser makes the quoted noun a second subject of "said"; the meeting the speaker entered is the speaker's
    src, tgt, _, _ = roles_of(monkeypatch, '"A clever plan but not one that addresses the pressures and a '
                                           'disappointment for us," Tom Osei said on Sunday before entering a dinner '
                                           'meeting with Ana Kell.', "meeting")
    assert src == ["Tom Osei"] and tgt == ["Ana Kell"]


# ---------------------------------------------------------------- "Kell backers" are not Kell
def test_a_relational_nouns_name_modifier_is_not_the_doer(monkeypatch):
    # the backers are a group of their own, and the "him" they urged is the senator they back
    src, tgt, _, _ = roles_of(monkeypatch, "Senator Tom Kell lost the primary in Ohio on Tuesday. On Wednesday, some "
                                           "Kell backers urged him not to back down.", "urged")
    assert src == ["Kell backers"] and tgt == ["Tom Kell"]


def test_a_relational_nouns_national_adjective_is_not_the_state(monkeypatch):
    src, _, _, _ = roles_of(monkeypatch, "Norway's foreign minister met Peru's president on Monday. Norwegian critics "
                                         "condemned the meeting on Tuesday.", "condemned")
    assert src == ["Norwegian critics"]


def test_a_role_nouns_name_modifier_is_who_they_act_for(monkeypatch):
    # (guard) aides act for the one they serve
    src, _, _, _ = roles_of(monkeypatch, "Kell aides criticized Governor Tom Osei on Monday.", "criticized")
    assert src == ["Kell's aides"]


# ---------------------------------------------------------------- a city modifying an act is where it happened
def test_a_city_modifying_an_attack_is_not_its_doer(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "Ten people were killed in the Lima attacks.", "killed")
    assert src == [] and tgt == ["Ten people"]


def test_a_country_modifying_an_airstrike_is_its_doer(monkeypatch):
    # (guard) a state named on an act of force carried it out
    src, tgt, _, _ = roles_of(monkeypatch, "Four soldiers were wounded in a Peru airstrike near Kora.", "wounded")
    assert src == ["Peru"] and tgt == ["Four soldiers"]
