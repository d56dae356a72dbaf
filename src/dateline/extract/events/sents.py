"""Sentence lookup for tokens, built once per document (spaCy's `Token.sent` rescans the doc)."""
from __future__ import annotations

from bisect import bisect_right

_KEY = "dateline.events.sentences"


def sentence_of(tok):
    """The sentence Span containing this token."""
    doc = tok.doc
    cache = doc.user_data.get(_KEY)
    if cache is None:
        sents = list(doc.sents)
        cache = doc.user_data[_KEY] = (sents, [s.start for s in sents])
    sents, starts = cache
    return sents[max(0, bisect_right(starts, tok.i) - 1)]
