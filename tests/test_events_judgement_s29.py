"""Session 29, issue 9: judgements and requests said in words (events). Every text is invented."""
from __future__ import annotations

import pytest

from test_event_roles import events


@pytest.mark.parametrize("text, source, target", [
    ("Governor Tom Osei of Ohio said Congress should pass the bill before the recess.", "Tom Osei", "Congress"),
    ("Senator Mara Vell of Texas said the Federal Reserve must raise its rates.", "Mara Vell", "Federal Reserve"),
])
def test_a_demand_on_another_party_of_the_speakers_country_is_a_request(text, source, target):
    got = [e for e in events(text) if e[0] == "REQUEST"]
    assert any(source in " ".join(src) and target in " ".join(tgt) for _, src, tgt in got), events(text)


@pytest.mark.parametrize("text", [
    "Prime Minister Ana Costa said Portugal must cut its deficit by next year.",
    '"Germany must do more for refugees," Chancellor Lena Vogt said on Tuesday.',
])
def test_a_state_told_what_to_do_by_its_own_national_is_policy_talk(text):
    assert not [e for e in events(text) if e[0] == "REQUEST"]


@pytest.mark.parametrize("text", [
    '"I think Governor Tom Osei should have vetoed the bill last year," Senator Mara Vell said.',
    "Senator Mara Vell said the farmers of Velland may stay until the Acme Corporation must buy the valley.",
    "Senator Mara Vell asked what the Acme Corporation should be doing about the spill.",
])
def test_a_reproach_or_a_subordinate_clause_with_should_is_no_demand(text):
    assert not [e for e in events(text) if e[0] == "REQUEST"], events(text)


def test_a_demand_in_a_main_clause_after_a_condition_stays_a_request():
    text = '"If the permit is renewed, the Acme Corporation must clean up the river," Senator Mara Vell said.'
    got = [e for e in events(text) if e[0] == "REQUEST"]
    assert any("Mara Vell" in " ".join(src) and "Acme" in " ".join(tgt) for _, src, tgt in got), events(text)
