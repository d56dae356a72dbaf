"""Issue 10, session 17: what is output as a quote must be speech (invented texts).

- "That said," (and "Having said that," "That being said,") opening a sentence is a connective: it reports no
  one's words; "That, he said, would be enough" still does.
"""
from __future__ import annotations

from conftest import run_text


def quote_texts(text: str) -> list[str]:
    return [q.text for q in run_text(text, date="2016-05-01").quotes]


def test_that_said_is_a_connective_not_a_report():
    quotes = quote_texts("Ana Kell, the mayor of Lyon, spoke on Monday. That said, the council cannot realistically "
                         "pass the plan before June. Dan Lund said the vote was close.")
    assert quotes == ["the vote was close"]
    assert len(quote_texts("Dan Lund spoke to the council. That, he said, would be enough.")) == 1
