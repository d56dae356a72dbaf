"""Sentence lookup for tokens, built once per document and shared by every stage.

spaCy's `Token.sent` (and `Span.sent`) walks the document's sentence starts on each call; an extractor asking
for the sentence of many tokens pays that walk every time. `sentence_of` lists the sentences once per Doc (in
`doc.user_data`, which `pipeline.process()` clears) and finds a token's sentence by bisection.
"""
from __future__ import annotations

from bisect import bisect_right

_KEY = "dateline.events.sentences"  # the key the events stage used first: one list per Doc whoever asks first


def _sentences(doc) -> tuple[list, list[int]]:
    cache = doc.user_data.get(_KEY)
    if cache is None:
        sents = list(doc.sents)
        cache = doc.user_data[_KEY] = (sents, [s.start for s in sents])
    return cache


def sentence_of(tok):
    """The sentence Span containing this token (as `tok.sent`)."""
    sents, starts = _sentences(tok.doc)
    return sents[max(0, bisect_right(starts, tok.i) - 1)]


def sentence_index(doc, i: int) -> int:
    """The position, among the Doc's sentences, of the sentence holding token i."""
    return max(0, bisect_right(_sentences(doc)[1], i) - 1)


def sentences(doc) -> list:
    """The Doc's sentences as a list (as `list(doc.sents)`), built once per Doc."""
    return _sentences(doc)[0]
