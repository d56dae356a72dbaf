"""Issue 10, session 13: reporters named on a story's credit line are no actors (invented texts)."""
from __future__ import annotations

from conftest import actor_names

BODY = "The council met on Monday. Tom Reed said the budget was fair.\n\n"


def names(text):
    return actor_names(text)


def test_a_credit_line_names_no_actor():
    assert "Anna Kell" not in names(BODY + "Anna Kell contributed to this report.")
    assert "Anna Kell" not in names(BODY + "Anna Kell and Bo Lund contributed.")
    assert not {"Anna Kell", "Bo Lund"} & names(BODY + "Contributing: Anna Kell and Bo Lund.")
    assert "Anna Kell" not in names(BODY + "Additional reporting by Anna Kell in Boston.")
    assert "Tom Reed" in names(BODY + "Anna Kell contributed to this report.")
    assert not {"Anna Kell", "Daily Lantern"} & names(BODY + "Daily Lantern writer Anna Kell contributed to this report.")


def test_a_sentence_ending_in_a_credit_word_is_no_credit_line():
    # a short paragraph that says something ("Kell said the firm contributed.") keeps its actors
    assert "Anna Kell" in names(BODY + "Anna Kell said the firm contributed.")
    # a long paragraph opening with a credit phrase is a story, not a credit line
    assert "Tom Reed" in names("Reporting by Anna Kell: the council met on Monday and Tom Reed said the budget was "
                               "fair and that the plan would work out.")
