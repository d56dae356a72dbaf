"""Which way a bare weekday points when its clause is ahead (session 34): a modal ("may meet Monday"), a
plan told by a clipped participle ("the summit slated for Monday"), the reporting verb a time sits after ("said
Monday it will"), a noun the act comes before ("ahead of Monday's vote"). Invented sentences only."""
from __future__ import annotations

from conftest import time_days

FRI = "2030-05-10"  # a Friday: the coming Monday is 2030-05-13, the last one 2030-05-06
AHEAD_DAY, PAST_DAY = "2030-05-13", "2030-05-06"


def mondays(text: str) -> list[str]:
    return time_days(text, FRI, "Monday")


AHEAD = ["The two ministers may meet Monday to discuss the plan.",
         "The two leaders could meet as early as Monday.",
         "Senator Dolan should return to Brask on Monday.",
         "The summit slated for Monday will gather ten leaders.",
         "Ahead of Monday's vote, Senator Dolan is touring the province.",
         "On the eve of Monday's vote, Senator Dolan will speak in Brask.",
         "Before Monday's vote, Senator Dolan will tour the province."]
BEHIND = ["Governor Kell could not be reached Monday.",
          "The two ministers may have met Monday in Brask.",
          "The ministry of Vantor said Monday it will cut taxes.",
          "The ministry of Vantor said on Monday that it would cut taxes.",
          "Before Monday's vote, Senator Dolan toured the province.",
          "After Monday's vote, Senator Dolan will tour the province.",
          "Ahead of Monday's vote, polls showed Senator Dolan behind."]


def test_a_clause_ahead_points_the_weekday_ahead_and_the_past_stays_behind():
    got = {text: mondays(text)[0] for text in AHEAD + BEHIND}
    assert got == {**{t: AHEAD_DAY for t in AHEAD}, **{t: PAST_DAY for t in BEHIND}}

