"""Event dates, session 35 (extract/events/dating.py, dating_clauses.py), on invented text."""
from __future__ import annotations

from conftest import run_text


def _dates(text: str, published: str) -> dict[str, str | None]:
    """trigger text -> date value of each event of the text."""
    rec = run_text(text, date=published)
    return {e.trigger.text: e.date.value if e.date else None for e in rec.events}


def test_a_time_of_a_present_clause_is_no_background_for_the_next_act():
    # "is accused ... in May 2019" tells what holds now: the accusation is the story's Tuesday, not May 2019
    story = "Ostland politics.\n\nSenator Ann Kell spoke at a rally in Ostrava on Tuesday.\n\n"
    text = story + "Governor Tom Vale is accused of taking bribes in May 2019. Kell accused Vale of lying to voters."
    assert _dates(text, "2021-06-10").get("accused") == "2021-06-08"
    # a past clause, the passive too, still sets the background
    text = story + "Governor Tom Vale was charged with taking bribes in May 2019. Kell then accused Vale of lying."
    assert _dates(text, "2021-06-10").get("accused") == "2019-05"


def test_a_time_of_another_noun_in_the_sentence_is_no_background():
    # the coming November's election does not date the accusation (the times stage reads it back, as a past
    # clause's month)
    text = ("Ostland politics.\n\nSenator Ann Kell called November's election a test of citizenship and accused "
            "Governor Tom Vale of lying.")
    assert _dates(text, "2016-08-17").get("accused") == "2016-08-17"


def test_an_ordinal_that_numbers_a_thing_dates_nothing():
    text = ("Ostland politics.\n\nSenator Ann Kell defeated Tom Vale in the state’s 22nd congressional district, "
            "a source said. Kell accused Vale of lying.")
    assert _dates(text, "2016-06-28").get("accused") == "2016-06-28"


def test_a_speakers_occasion_named_by_a_weekday_modifier():
    # "in her Sunday interviews" is the speaker's last dated occasion, not the Friday told before it
    text = ("Ostland politics.\n\nSenator Ann Kell called the report Friday a lie.\n\n"
            "In her Sunday interviews, Kell again criticized the press.\n\n"
            '"Governor Tom Vale is a liar and a crook," Kell said on a talk show.')
    assert _dates(text, "2015-11-09").get("said") == "2015-11-08"


def test_a_speakers_older_occasion_named_on_its_setting_dates_the_quotation():
    # "in an August speech" names an occasion: the quotation told after it is from it, however old; a time
    # straight on the verb ("won her seat in 2012") is no occasion for later words
    story = "Ostland politics.\n\nSenator Ann Kell spoke in Ostrava on Tuesday.\n\n"
    quote = '\n\n"Tom Vale is a liar and a crook," Kell said.'
    assert _dates(story + "In an August speech, Kell attacked Governor Tom Vale." + quote, "2016-09-29").get(
        "said") == "2016-08"
    assert _dates(story + "Kell won her seat in 2012." + quote, "2016-09-29").get("said") == "2016-09-27"
