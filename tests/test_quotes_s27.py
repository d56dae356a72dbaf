"""Session 27 (issue 10, precision on political news); invented text and names."""
from __future__ import annotations

from conftest import run_text


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in run_text(text).quotes]


def test_a_belief_of_a_collective_is_no_quotation():
    # the writer sums up what a crowd of people thinks: no one's words
    assert not any("levy" in t for t, _ in _quotes("Many farmers in the valley believe that the levy will ruin them."))
    assert not any("levy" in t for t, _ in _quotes("Critics fear that the harbour levy will drive the ferries away."))
    # a named person or body who believes something stays a source
    assert any("levy" in t for t, _ in _quotes("Mayor Ana Kell believes that the levy will pay for the bridge."))
    assert any("levy" in t for t, _ in _quotes("The Valley Farmers Union believes that the levy is unfair."))


def test_an_accusation_or_request_with_no_source_is_no_quotation():
    # nobody the text names called or begged for anything
    assert not any("bridge" in t for t, _ in _quotes("Some called the new bridge a waste of money."))
    # a named accuser keeps it
    assert any("bridge" in t for t, _ in _quotes("Mayor Ana Kell called the new bridge a waste of money."))
    # a speech verb keeps its report even when the speaker is unknown
    assert any("bridge" in t for t, _ in _quotes("Some said that the new bridge was a waste of money."))


def test_a_quote_alone_after_a_question_put_to_someone_is_the_answer():
    text = ("The Lantern asked Mayor Ana Kell about the harbour levy on Monday.\n\n"
            "\"We will not pay a cent of it, not this year and not next year.\"")
    assert _quotes(text) == [("We will not pay a cent of it, not this year and not next year.", "Mayor Ana Kell")]
    # a request is no question: the one who asks goes on speaking
    text = "Mayor Ana Kell asked the council for more time. \"We need six more months to count the farms.\""
    assert _quotes(text)[0][1] == "Mayor Ana Kell"


def test_a_quote_alone_after_a_sentence_about_a_thing_is_the_one_person_named():
    text = "The harbour levy has angered Mayor Ana Kell. \"We will not pay a cent of it, not this year.\""
    assert _quotes(text) == [("We will not pay a cent of it, not this year.", "Mayor Ana Kell")]
    text = "For Mayor Ana Kell, the levy is personal.\n\n\"My father paid it for forty years and it ruined him.\""
    assert _quotes(text) == [("My father paid it for forty years and it ruined him.", "Mayor Ana Kell")]
    # two people named: no guess
    text = "The levy has angered Mayor Ana Kell and Ivo Marek. \"We will not pay a cent of it, not this year.\""
    assert _quotes(text)[0][1] not in ("Ana Kell", "Ivo Marek", "Mayor Ana Kell")
