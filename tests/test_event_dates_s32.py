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
