"""Session 34, issue 9: a measure its verb lifts or eases is no imposition of its own (`senses.eased_measure`); the
easing verb tells the event (PLOVER: easing economic sanctions is RETREAT).

Every text is invented."""
from __future__ import annotations

from test_event_roles import events


def test_lifting_a_ban_is_one_easing_not_a_ban():
    assert events("Norway lifted its ban on arms sales to Peru.") == [("RETREAT", ["Norway"], ["Peru"])]


def test_easing_sanctions_is_one_easing_not_a_sanction():
    assert events("Canada eased its sanctions on Iran.") == [("RETREAT", ["Canada"], ["Iran"])]


def test_a_curfew_lifted_in_the_passive_is_no_imposition():
    assert [t for t, _, _ in events("The curfew in Marsk was lifted by the army.")] == ["RETREAT"]


def test_an_imposed_measure_is_still_a_sanction():
    # (guard) a verb that imposes the measure leaves the measure's own reading alone
    assert ("SANCTION", ["France"], ["Iran"]) in events("France imposed sanctions on Iran.")


def test_a_measure_the_field_s_dictionary_reads_as_eased_is_no_imposition():
    # no lexicon sense of easing for these verbs: the CAMEO dictionary's 081/085 patterns read the clause
    assert "COERCE" not in [t for t, _, _ in events("Norway ended its embargo on Peru.")]
    assert "COERCE" not in [t for t, _, _ in events("Norway revoked its ban on Peruvian newspapers.")]
