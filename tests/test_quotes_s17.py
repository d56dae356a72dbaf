"""Issue 10, session 17: what is output as a quote must be speech (invented texts).

- "That said," (and "Having said that," "That being said,") opening a sentence is a connective: it reports no
  one's words; "That, he said, would be enough" still does.
- In a Q/A transcript the answers are not the journalist's: a person of the media sector named before the first
  turn ("Lantern reporter Dan Lund interviewed …") is the interviewer, whose the questions are.
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


def test_qa_answers_are_the_interviewees_and_questions_the_reporters():
    rec = run_text("Lantern reporter Dan Lund interviewed Senator Ana Kell about the budget.\n\n"
                   "Q: Will the bill pass this year?\n\nA: I think it will. We have the votes.\n\n"
                   "Q: What about the farmers who oppose it?\n\nA: They have been heard.", date="2016-05-01")
    names = {a.id: a.name for a in rec.actors}
    turns = [(q.speaker_text, names.get(q.speaker)) for q in rec.quotes]
    assert turns == [("Q", "Dan Lund"), ("A", "Ana Kell"), ("Q", "Dan Lund"), ("A", "Ana Kell")]
