"""Which way a weekday points when the clause tells an arrangement (session 21): the present progressive with its own
time, "be to" and a present wish or plan ("wants to meet"), a scheduled thing's present.
Invented sentences only."""
from __future__ import annotations

from conftest import run_text

FRI = "2030-05-10"  # a Friday: the coming Monday is 2030-05-13, the last one 2030-05-06


def monday(text: str) -> str:
    rec = run_text(text, date=FRI)
    return next(t.value for t in rec.times if "Monday" in t.text)


AHEAD = ["Senator Dolan is meeting Governor Kell on Monday in Brask.",
         "Senator Dolan is to meet Governor Kell on Monday.",
         "The vote on the budget is on Monday, party officials said.",
         "Senator Dolan wants to confront Governor Kell on Monday."]
# the same shapes told of the past, and a present act about a past day, stay behind
BEHIND = ["Senator Dolan was meeting Governor Kell on Monday when the news broke.",
          "The vote on the budget was on Monday, party officials said.",
          "Senator Dolan is still defending his remarks from Monday's debate.",
          "Senator Dolan is under fire for comments he made on Monday.",
          "After Monday's debate, Senator Dolan attacked Governor Kell.",
          "Senator Dolan seems to have met Governor Kell on Monday."]


def test_an_arrangement_points_ahead_and_the_past_stays_behind():
    assert {text: monday(text) for text in AHEAD + BEHIND} == {
        **{text: "2030-05-13" for text in AHEAD}, **{text: "2030-05-06" for text in BEHIND}}
