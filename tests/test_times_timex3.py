"""TIMEX3 beyond calendar dates, and safety at the ends of the calendar (invented sentences)."""
from __future__ import annotations

import pytest

from conftest import run_text
from dateline.extract.times import normalize


@pytest.mark.parametrize("anchor", ["0001-01-01", "9999-12-31"])
@pytest.mark.parametrize("expr", ["tomorrow", "yesterday", "next week", "last week", "in two days", "Friday",
                                  "next month", "last month", "Easter", "the following day", "next Tuesday"])
def test_extreme_anchor_dates_keep_placeholders_instead_of_raising(anchor, expr):
    got = normalize(expr, anchor)
    assert got is None or (got[0] in ("DATE", "TIME", "DURATION", "SET") and got[1])


@pytest.mark.parametrize("anchor", ["0001-01-01", "9999-12-31"])
def test_an_article_dated_at_the_end_of_the_calendar_is_processed(anchor):
    rec = run_text("The minister said on Friday that talks would resume tomorrow and end next week.", date=anchor)
    assert rec.times and all(t.value for t in rec.times)
