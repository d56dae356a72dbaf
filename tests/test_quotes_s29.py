"""Session 29 (issue 10: quote precision and speakers); invented text and names."""
from __future__ import annotations

from conftest import run_text


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.speaker_text) for q in run_text(text).quotes]


def test_a_conjoined_report_the_parser_took_as_a_clause_keeps_its_common_noun_subject():
    # the parser reads "The union met … and" as the clause "said" reports; "and" closing it shows the coordination
    text = ("The union met on Monday and, after a long debate about the levy, said that farmers would pay more "
            "next year.")
    assert ("indirect", "that farmers would pay more next year", "The union") in _quotes(text)


def test_a_report_with_no_speaker_in_the_text_is_not_a_quote():
    # a sentence that names no one: nobody's words are reported (speech-only product)
    text = "The levy was debated for hours. Later, after the vote, said that farmers would pay more next year."
    assert not [q for q in _quotes(text) if "farmers would pay" in q[1]]


def test_a_question_asked_reports_no_statement():
    for text in ("Senator Paul Lund asked whether the levy would be doubled next year.",
                 "At the hearing, Mayor Ana Kell asked the farmers what they would do if the levy passed.",
                 "Senator Paul Lund wondered aloud how the council could afford the bridge."):
        assert not [q for q in _quotes(text) if q[0] == "indirect"], text


def test_a_request_and_the_answer_to_a_question_stay():
    assert ("indirect", "the council to drop the levy before the winter", "Senator Paul Lund") in _quotes(
        "Senator Paul Lund asked the council to drop the levy before the winter.")
    text = "Reporters asked Mayor Ana Kell if the levy would pass. She said that it would pass in the spring."
    assert _quotes(text) == [("indirect", "that it would pass in the spring", "She")]


def test_a_quoted_passage_inside_a_sentence_is_its_clauses_subjects():
    # no cue: the person whose clause holds the quoted words says them
    assert ("direct", "gone by spring, and gone for good.", "Mayor Ana Kell") in _quotes(
        "Mayor Ana Kell wants the levy \"gone by spring, and gone for good.\"")
    assert ("direct", "the people in the capital who think farmers are an easy mark.", "Mayor Ana Kell") in _quotes(
        "In her speech, Mayor Ana Kell took aim at the levy and at \"the people in the capital who think farmers "
        "are an easy mark.\"")


def test_a_quoted_passage_in_a_things_clause_gets_no_guess():
    # the clause's subject is no person: no speaker is guessed
    quotes = _quotes("The new levy has become \"a burden that every farmer in the valley now carries alone.\"")
    assert all(s is None for k, t, s in quotes if "burden" in t)


def test_a_whole_quoted_sentence_in_narration_is_not_the_main_subjects():
    text = ("Paul Lund forwarded an article that included the line \"every farmer in the valley will pay the levy "
            "twice over.\"")
    assert all(s != "Paul Lund" for k, t, s in _quotes(text) if "every farmer" in t)


def _speaker_names(text: str) -> list[tuple[str, str | None, str | None]]:
    rec = run_text(text)
    names = {a.id: a.name for a in rec.actors}
    return [(q.kind, q.speaker_text, names.get(q.speaker)) for q in rec.quotes]


def test_it_is_the_one_body_named_just_before():
    # the union is named, but neither as a subject nor as the speaker of a report before
    text = ("The council passed the levy on Monday over the objections of the Valley Farmers Union.\n"
            "\"We will not pay a cent of it,\" it said in a statement.")
    assert ("direct", "it", "Valley Farmers Union") in _speaker_names(text)


def test_it_stays_unresolved_between_two_bodies():
    text = ("The council passed the levy on Monday over the objections of the Valley Farmers Union and of the "
            "Coastal Fishers League.\n\"We will not pay a cent of it,\" it said in a statement.")
    assert ("direct", "it", None) in _speaker_names(text)


def test_it_in_a_wh_clause_is_no_body():
    text = ("The council passed the levy on Monday over the objections of the Valley Farmers Union.\n"
            "Mayor Ana Kell praised the plan for what it says about the valley's future.")
    assert all(n != "Valley Farmers Union" for k, s, n in _speaker_names(text))
