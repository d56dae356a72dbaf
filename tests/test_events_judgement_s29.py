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


def test_a_demand_on_the_speakers_own_country_is_a_request():
    # measured in session 29: the annotators of the training sentences code these as requests
    text = "Senator Mara Vell of Texas said the United States should send more troops to the border."
    got = [e for e in events(text) if e[0] == "REQUEST"]
    assert any("Mara Vell" in " ".join(src) and "United States" in " ".join(tgt) for _, src, tgt in got), events(text)


def test_what_the_speaker_says_they_must_do_themselves_is_no_demand():
    text = "Senator Mara Vell said on Monday that she must raise more money for the campaign."
    assert not [e for e in events(text) if e[0] == "REQUEST"], events(text)


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
