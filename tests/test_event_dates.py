"""Event dates (extract/events/dating.py), on invented text."""
from __future__ import annotations

from conftest import run_text


def _dates(text: str, date: str) -> dict[str, str | None]:
    """trigger text -> date value of each event of the text."""
    rec = run_text(text, date=date)
    return {e.trigger.text: e.date.value if e.date else None for e in rec.events}


def test_a_flashback_does_not_move_the_reference_time():
    # (a headline first: the lead, which would give the story's news peg, is its first line)
    text = ("Kell takes on the governor.\n\nSenator Ann Kell spoke at a rally in Ostrava on Tuesday.\n\n"
            "She had visited a factory a day earlier.\n\n"
            "Kell also accused Governor Tom Vale of corruption.")
    assert _dates(text, "2016-06-09").get("accused") == "2016-06-07"
