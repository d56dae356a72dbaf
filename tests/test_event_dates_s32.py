"""Event dates and the times they rest on, session 32 (issue 9): invented text only."""
from __future__ import annotations

from conftest import run_text


def _times(text: str, date: str) -> dict[str, str | None]:
    """time expression text -> value."""
    return {t.text: t.value for t in run_text(text, date=date).times}


def _dates(text: str, date: str) -> dict[str, str | None]:
    """trigger text -> date value of each event of the text."""
    return {e.trigger.text: e.date.value if e.date else None for e in run_text(text, date=date).events}


def test_this_weekend_told_in_the_past_is_the_weekend_gone():
    # a Monday and a Thursday article: an attack told in the past "this weekend" is the weekend just gone
    assert _times("Ostland troops attacked a village this weekend.", "2015-12-14")["this weekend"] == "2015-W50-WE"
    assert _times("Ostland troops attacked a village this weekend.", "2015-12-17")["this weekend"] == "2015-W50-WE"
    # told ahead, it is the coming one; a Sunday article's "this weekend" is its own
    assert _times("Ostland troops will attack a village this weekend.", "2015-12-14")["this weekend"] == "2015-W51-WE"
    assert _times("Ostland troops attacked a village this weekend.", "2015-12-13")["this weekend"] == "2015-W50-WE"


def test_over_the_weekend_is_the_weekend_before_publication():
    # "the weekend" is the last one before the story, not the weekend after a day the story named long before
    text = ("On Dec. 2, gunmen attacked a school in Velland.\n\n"
            "Over the weekend, police divers searched a lake near the school.")
    assert _times(text, "2015-12-14")["the weekend"] == "2015-W50-WE"


_STORY = "Kell takes on the governor.\n\nSenator Ann Kell spoke at a rally in Ostrava on Tuesday.\n\n"


def test_a_time_of_another_act_in_the_sentence_does_not_date_the_event():
    # a Thursday article: Tuesday is the story's day; Monday dates the vote cited, or the council's vote
    got = _dates(_STORY + "Kell accused Governor Tom Vale of corruption, citing his vote on Monday.", "2016-06-09")
    assert got.get("accused") == "2016-06-07"
    got = _dates(_STORY + "Kell accused Governor Tom Vale of corruption and the council voted on Monday to open "
                 "an inquiry.", "2016-06-09")
    assert got.get("accused") == "2016-06-07"


def test_a_time_of_the_acts_own_frame_still_dates_it():
    # a clause of time, a verb the act completes, an attribution told after it: Monday dates the act
    got = _dates(_STORY + "After the talks collapsed on Monday, Kell accused Governor Tom Vale of corruption.",
                 "2016-06-09")
    assert got.get("accused") == "2016-06-06"
    assert _dates(_STORY + "Kell tried to sue Governor Tom Vale on Monday.", "2016-06-09").get("sue") == "2016-06-06"
    got = _dates(_STORY + "Governor Tom Vale threatened to sue Kell, his spokesman said on Monday.", "2016-06-09")
    assert got.get("threatened") == "2016-06-06"
