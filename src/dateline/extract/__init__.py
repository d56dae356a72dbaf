"""Extractors: each a pure function from a parsed article to typed records.

They run in a fixed order (see `pipeline.py`) and later ones read what
earlier ones found through the `Context`: quotes and events need actors,
events need times and places. No extractor does I/O or keeps state across
articles.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..record import Actor, Article, Claim, Event, Place, Quote, Time

if TYPE_CHECKING:  # spaCy is only needed at run time by the extractors themselves
    from spacy.tokens import Doc

    from ..knowledge import Knowledge


def doc_text(doc, ctx=None) -> str:
    """The text a Doc was made from without rebuilding it from its tokens (spaCy's `Doc.text` joins every
    token on each call): the article's text when it is the Doc's, else `Doc.text` built once per parse
    (kept in `doc.user_data`, which `process()` clears, as is the article text found to be the Doc's)."""
    text = getattr(getattr(ctx, "article", None), "text", None)
    if text is not None and len(doc):
        if doc.user_data.get(_CHECKED_TEXT) is text:
            return text
        last = doc[-1]
        if len(text) == last.idx + len(last.text_with_ws) and text.startswith(doc[0].text, doc[0].idx):
            doc.user_data[_CHECKED_TEXT] = text
            return text
    # an article text already found to be this Doc's (the pipeline checks it first: `run_stages`) serves calls
    # made without the context too
    text = doc.user_data.get(_CHECKED_TEXT) or doc.user_data.get("dateline_text")
    if text is None:
        text = doc.user_data["dateline_text"] = doc.text
    return text


_CHECKED_TEXT = "dateline_article_text"  # the article text last found to be the Doc's own (checked once per parse)
_ENTS = "dateline_ents"


def entities(doc) -> tuple:
    """The Doc's named entities (as `doc.ents`), built once per parse: spaCy makes every Span anew on each
    `doc.ents`, and several stages read them. Kept in `doc.user_data` (cleared by `process()`); read only."""
    got = doc.user_data.get(_ENTS)
    if got is None:
        got = doc.user_data[_ENTS] = doc.ents
    return got


def span_and_root(doc, start: int, end: int) -> tuple:
    """(`doc.char_span(start, end, alignment_mode="expand")`, its root) — (None, None) where no span covers the
    characters — made once per parse and character span: stages that test every time or mention of the article
    against each candidate ask for the same few spans again and again (spaCy makes the Span, and walks it for its
    root, on every call). Kept in `doc.user_data` (cleared by `process()`); read only."""
    memo = doc.user_data.get(_CHAR_SPANS)
    if memo is None:
        memo = doc.user_data[_CHAR_SPANS] = {}
    got = memo.get((start, end))
    if got is None:
        span = doc.char_span(start, end, alignment_mode="expand")
        got = memo[start, end] = (span, span.root if span is not None else None)
    return got


_CHAR_SPANS = "dateline_char_spans"


@dataclass(slots=True)
class Context:
    """What one article's extractors share: the article, its parse, and earlier results."""
    article: Article
    doc: "Doc"
    knowledge: "Knowledge"
    times: list[Time] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    unattributed_events: list[Event] = field(default_factory=list)  # reports naming no doer (events stage)
    claims: list[Claim] = field(default_factory=list)
    # char offset -> actor id for every actor mention (filled by the actors extractor)
    mention_index: dict[tuple[int, int], str] = field(default_factory=dict)
    # mention spans sorted by start, rebuilt when mention_index grows: (size, spans, starts, longest)
    _span_index: tuple | None = field(default=None, repr=False, compare=False)
    # the provenance spans' bounds: (the list they were read from, its length, bounds)
    _provenance_index: tuple | None = field(default=None, repr=False, compare=False)

    def in_provenance(self, start: int, end: int) -> bool:
        """Does [start, end) overlap a byline / credit line? Those are never events or quotes."""
        for s, e in self._provenance_bounds():
            if s < end and start < e:
                return True
        return False

    def _provenance_bounds(self) -> tuple:
        """(start, end) of the article's provenance spans other than cited sources; rebuilt when the list changes
        (asked once per word by some stages)."""
        spans = self.article.provenance_spans
        got = self._provenance_index
        if got is None or got[0] is not spans or got[1] != len(spans):
            got = self._provenance_index = (spans, len(spans), tuple((p.start, p.end) for p in spans
                                                                     if p.kind != "cited_source"))
        return got[2]

    def actor_for(self, start: int, end: int) -> str | None:
        """The actor whose mention best covers [start, end), if any (largest overlap; ties: first added).

        Looks only at mentions that can overlap the span (bisect on sorted starts), so a long
        article's many lookups stay near-linear.
        """
        spans, starts, longest = self._spans()
        best, best_len, best_order = None, 0, 0
        for s, e, order, aid in spans[bisect_left(starts, start - longest + 1):bisect_left(starts, end)]:
            overlap = min(e, end) - max(s, start)
            if overlap > best_len or (overlap == best_len and overlap > 0 and order < best_order):
                best, best_len, best_order = aid, overlap, order
        return best

    def _spans(self) -> tuple[list, list[int], int]:
        size = len(self.mention_index)
        if self._span_index is None or self._span_index[0] != size:
            order = {key: n for n, key in enumerate(self.mention_index)}
            spans = sorted((s, e, order[(s, e)], aid) for (s, e), aid in self.mention_index.items())
            longest = max((e - s for s, e, _, _ in spans), default=1)
            self._span_index = (size, spans, [sp[0] for sp in spans], max(longest, 1))
        return self._span_index[1:]
