"""Issue 10, session 15: what a poll finds is nobody's speech (invented texts).

An evidential verb ("found", "showed") whose subject is a poll, a survey or data reports a measurement, even when the
phrase names who ran it ("a Brisk University poll"); a report an organisation wrote stays its speech ("a UN report
concluded"), and a group inside the phrase ("surveys of voters") is no author. A verb that shares its subject with
the verb before it ("Surveys … were taken and showed") is judged by that subject.
"""
from __future__ import annotations

from conftest import run_text


def quote_texts(text: str) -> list[str]:
    return [q.text for q in run_text(text, date="2016-05-01").quotes]


def test_a_poll_run_by_a_named_organisation_is_no_speech():
    assert not quote_texts("A Brisk University poll found that Kell leads Lund by six points.")
    assert not quote_texts("The latest Lantern/Ipsos poll showed Kell leading the field with 31 percent.")


def test_surveys_of_a_group_are_no_speech_of_the_group():
    assert not quote_texts("Surveys of voters taken as they entered the polls showed that older women backed Kell.")


def test_a_report_by_an_organisation_and_a_committee_finding_stay_speech():
    assert quote_texts("A UN report concluded that the dam was unsafe.")
    assert quote_texts("The committee found that the dam was unsafe.")
