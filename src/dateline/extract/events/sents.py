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


DASHES = frozenset({"-", "--", "–", "—", "―"})
CLAUSE_POS = frozenset({"VERB", "AUX"})


def clear_datelines(doc) -> None:
    """A wire story's dateline ("RURITOWN, March 3 (Agency) - Officials said …") says where the story was
    filed; it is never an argument of the sentence it opens. The parser sometimes makes its city a second
    subject of the main verb: such a word loses its clause role (it becomes `dep`), so no reader of roles
    takes the city for the doer."""
    for sent in doc.sents:
        first = sent[0]
        if not (first.is_alpha and first.is_upper and len(first) > 1):
            continue
        dash = next((t for t in sent[:14] if t.text in DASHES), None)
        if dash is None or dash.i == first.i or any(t.pos_ in CLAUSE_POS for t in doc[first.i:dash.i]):
            continue
        for t in doc[first.i:dash.i + 1]:
            if not first.i <= t.head.i <= dash.i:
                t.dep_ = "dep"
