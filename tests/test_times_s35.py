"""A weekday's occasion the act leads into (session 35): "invite ... to Monday night's debate", "preparing for
Monday's debate", "planning for Monday's vote" point ahead unless the act is past; "said on Monday she would ..."
is the reporting verb's past Monday. Invented sentences only."""
from __future__ import annotations

from conftest import time_days

FRI = "2030-05-10"  # a Friday: the coming Monday is 2030-05-13, the last one 2030-05-06
AHEAD_DAY, PAST_DAY = "2030-05-13", "2030-05-06"


def mondays(text: str) -> list[str]:
    return time_days(text, FRI, "Monday")


AHEAD = ["Kell posted a message to invite Vale to Monday night's debate.",
         "Kell will be invited to Monday's debate.",
         "Kell is preparing for Monday's debate.",
         "Aides are planning for Monday's vote."]
BEHIND = ["Kell was invited to Monday night's debate.",
          "Kell prepared for Monday's debate.",
          "Kell sent an invitation to Monday's summit.",
          "The senator will respond to Monday's attack.",
          "Kell called for Monday's vote to be delayed.",
          "Kell said on Monday she would debate Vale."]


def test_an_occasion_the_act_leads_into_is_ahead_unless_the_act_is_past():
    got = {text: mondays(text)[0] for text in AHEAD + BEHIND}
    assert got == {**{t: AHEAD_DAY for t in AHEAD}, **{t: PAST_DAY for t in BEHIND}}

