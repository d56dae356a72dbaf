"""Session 25 (issue 10, quote precision and speakers on unseen political news); invented text."""
from __future__ import annotations

from conftest import run_text


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in run_text(text).quotes]


def test_a_time_an_event_or_a_place_that_shows_something_says_nothing():
    assert _quotes("Last week proved that the harbour levy works.") == []
    assert _quotes("The Olympic Games showed that the city could cope with crowds.") == []
    assert _quotes("In the end, Ohio showed that the race was still open.") == []
    # a person who proves something still speaks, and a place's "confirmed" is its government's word
    assert _quotes("Senator Ana Kell proved that the numbers were wrong.") == \
        [("that the numbers were wrong", "Senator Ana Kell")]


def test_hypothetical_speech_is_no_report():
    assert _quotes("If Senator Ana Kell says that the levy is fair, voters will revolt.") == []
    assert _quotes("Will Senator Ana Kell argue that the levy is fair?") == []
    assert _quotes("Senator Ana Kell could argue that the levy is fair, but she has not.") == []
    # "would" also narrates, and a question after the report does not undo it
    assert _quotes("Senator Ana Kell would later say that the levy was fair.") == \
        [("that the levy was fair", "Senator Ana Kell")]
    assert _quotes("Senator Ana Kell argued that the levy is fair. Why would anyone doubt her?") == \
        [("that the levy is fair", "Senator Ana Kell")]


def test_according_to_a_poll_or_data_is_a_finding_not_speech():
    assert _quotes("According to Lantern data, the levy cost farmers 3 percent of their income.") == []
    assert _quotes("According to the study, the levy cost farmers 3 percent of their income.") == []
    # a report an organisation wrote, and a person, stay sources
    assert _quotes("According to a Pentagon report, the levy cost farmers 3 percent of their income.") == \
        [("the levy cost farmers 3 percent of their income", "a Pentagon report")]
    assert _quotes("According to Senator Ana Kell, the levy cost farmers 3 percent of their income.") == \
        [("the levy cost farmers 3 percent of their income", "Senator Ana Kell")]


def test_a_headlines_object_reading_is_a_fragment_of_the_line():
    story = "\n\nSenator Ana Kell on Monday attacked Ivo Marek."
    assert _quotes("Kell Slams Marek Over Harbour Levy." + story) == []
    assert _quotes("Kell Accuses Marek of Lying About Harbour Levy." + story) == []
    assert _quotes("Kell Says Levy Is Theft." + story) == [("Levy Is Theft", "Kell")]
    assert _quotes("Kell Says Dropping Harbour Levy Was A Sign Of Leadership." + story) == \
        [("Dropping Harbour Levy Was A Sign Of Leadership", "Kell")]


def test_a_quote_after_a_reported_partial_quote_goes_on_in_the_reporters_voice():
    text = ("Farmers in the valley have called the levy “theft,” Mayor Ana Kell told reporters on Monday.\n\n"
            "“They are right about that, and I will say it again in the council.”")
    quotes = run_text(text).quotes
    assert [(q.text[:8], q.speaker_text) for q in quotes if q.kind == "direct"] == \
        [("theft", "Farmers in the valley"), ("They are", "Mayor Ana Kell")]


def test_a_partial_quote_the_parser_cut_from_its_report_is_the_reporters():
    text = ("Mr. Kell said Mr. Marek's plan for the harbour was “the textbook definition of a giveaway.” "
            "But Mr. Kell reiterated his support for Mr. Marek.")
    direct = [q for q in run_text(text).quotes if q.kind == "direct"]
    assert [(q.text, q.speaker_text) for q in direct] == [("the textbook definition of a giveaway.", "Mr. Kell")]

