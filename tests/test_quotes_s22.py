"""Session 22 (issue 10, quotes precision): what an indirect report is, on invented sentences."""
from __future__ import annotations

from conftest import run_text

from dateline.options import Options


def _texts(text: str, options: Options | None = None) -> list[str]:
    rec = run_text(text, options=options) if options is not None else run_text(text)
    return [q.text for q in rec.quotes]


def test_an_acts_object_is_no_reported_statement():
    assert _texts("Senator Ana Kell cited three failures of the harbour plan on Tuesday.") == []
    assert _texts("Mayor Ivo Marek denied the allegations on Monday.") == []
    assert _texts("The union endorsed the new contract after a long meeting.") == []


def test_an_object_with_a_content_clause_or_quoted_words_is_still_reported():
    assert _texts("Mayor Ivo Marek dismissed claims that the bridge was unsafe.") == ["claims that the bridge was unsafe"]
    got = _texts("Senator Ana Kell described the plan as “a gift to the banks” on Tuesday.")
    assert any("gift to the banks" in t for t in got)


def test_a_commitment_to_act_is_no_reported_statement():
    assert _texts("Governor Lena Park pledged to cut the fuel tax by half.") == []
    assert _texts("The rebels threatened to block the northern road.") == []
    got = _texts("Governor Lena Park pledged to “cut the fuel tax in half” next year.")
    assert any("cut the fuel tax in half" in t for t in got)  # her quoted words stay


def test_a_statement_of_the_same_speaker_stays():
    assert _texts("Senator Ana Kell said the harbour plan had failed three times.") == \
        ["the harbour plan had failed three times"]


def test_broad_attributions_keep_objects_and_commitments(broad):
    assert _texts("Governor Lena Park pledged to cut the fuel tax by half.", broad) != []


def _speakers(text: str) -> list[tuple[str, str | None]]:
    rec = run_text(text)
    names = {a.id: a.name for a in rec.actors}
    return [(q.text, names.get(q.speaker)) for q in rec.quotes]


def test_a_verb_the_lexicon_does_not_list_introduces_the_quote_it_takes_as_complement():
    got = _speakers("The debate grew loud.\n\n“Ana wants to be a hero tonight,” Kell shot back. “Let me talk.”\n\n"
                    "The crowd booed.")
    assert got == [("Ana wants to be a hero tonight", "Kell"), ("Let me talk.", "Kell")]
    assert _speakers("“Is it over?” Ivo Marek, the former chief of staff, joked as he left the stage.") == \
        [("Is it over?", "Ivo Marek")]


def test_a_verb_after_a_quote_that_ended_its_sentence_does_not_take_it():
    got = _speakers("Senator Ana Kell spoke first. “The plan is dead.” Lund shrugged and left the hall.")
    assert got == [("The plan is dead.", "Ana Kell")]


def test_people_briefed_on_a_matter_report_nothing_on_it():
    got = _texts("People briefed on the talks said that the plan had failed.")
    assert got == ["that the plan had failed"]
    assert _texts("The reporters reported on the talks.") == ["the talks"]


def test_anonymity_requested_to_speak_is_no_request_of_anyone():
    got = _texts("A city official, who requested anonymity to discuss the talks, said the plan had failed.")
    assert got == ["the plan had failed"]
    assert _texts("Mayor Ivo Marek urged the administration to reject the plan.") == \
        ["the administration to reject the plan"]
