"""Sentence lookup for tokens, built once per document (spaCy's `Token.sent` rescans the doc)."""
from __future__ import annotations

from bisect import bisect_right

from ..datelines import dateline_dashes

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


def clear_datelines(doc) -> None:
    """A wire story's dateline ("RURITOWN, March 3 (Agency) - Officials said …") says where the story was
    filed; it is never an argument of the sentence it opens. The parser sometimes makes its city a second
    subject of the main verb: such a word loses its clause role (it becomes `dep`), so no reader of roles
    takes the city for the doer."""
    for first, dash in dateline_dashes(doc).items():
        for t in doc[first:dash + 1]:
            if not first <= t.head.i <= dash:
                t.dep_ = "dep"
