"""Speakers of quotes next to other quotes (issue 10, session 10). Invented texts."""
from __future__ import annotations

from conftest import quotes_of


def quote(rec, words: str):
    return next(q for q in rec.quotes if words in q.text)


def test_a_quote_opening_the_next_sentence_is_no_coordinated_partial_quote():
    # the first quote ends its sentence; the second opens the next with its own cue ("she said"): it was read as
    # a coordinated partial quote ('a "grave abuse" and "contrary to law"') and took the first one's speaker
    rec, names = quotes_of('John Marsh said Ann Kell "never read it." "We will see," she said.')
    assert names.get(quote(rec, "never read it").speaker) == "John Marsh"
    assert names.get(quote(rec, "We will see").speaker) == "Ann Kell"


def test_coordinated_partial_quotes_still_share_their_speaker():
    rec, names = quotes_of('Ann Kell said the order was a "grave abuse of power" and "contrary to law," and she '
                           'vowed to fight it.')
    spoken = {names.get(q.speaker) for q in rec.quotes if "grave abuse" in q.text or "contrary to law" in q.text}
    assert spoken == {"Ann Kell"}, [(q.text, names.get(q.speaker)) for q in rec.quotes]
