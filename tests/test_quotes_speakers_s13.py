"""Issue 10, session 13: a passive reporting verb's speaker is its agent (invented texts)."""
from __future__ import annotations

from conftest import quotes_of


def speaker_of(text, words):
    rec, names = quotes_of(text)
    q = next(q for q in rec.quotes if words in q.text)
    return names.get(q.speaker), q.speaker_text


def test_the_agent_of_a_passive_reporting_verb_speaks_not_its_subject():
    # the subject of "was told" heard it; the aides said it
    assert speaker_of("Senator Tom Reed was told by aides that the plan would fail.", "plan would fail")[1] == "aides"
    assert speaker_of("It was reported by the Daily Lantern that the plan had failed.", "plan had failed")[0] \
        == "Daily Lantern"


def test_a_participle_after_a_passive_verb_speaks_for_its_agent():
    assert speaker_of("The plan was attacked by Senator Tom Reed, saying it would raise taxes.", "raise taxes")[0] \
        == "Tom Reed"


def test_a_passive_subject_without_an_agent_still_speaks():
    # "X was quoted as saying": X speaks (no agent to prefer)
    assert speaker_of("Senator Tom Reed was quoted as saying that the plan would fail.", "plan would fail")[0] \
        == "Tom Reed"


def test_an_it_that_reports_is_the_organisation_named_as_the_subject_just_before():
    assert speaker_of("The Kell Group denied the claims on Monday. It said the report was false.", "report was false")[0] \
        == "Kell Group"
    # a thing before it ("the report") is no organisation: no speaker is better than a wrong one
    assert speaker_of("The report was published on Monday. It said the plan had failed.", "plan had failed")[0] is None
