"""Extractors: each a pure function from a parsed article to typed records.

They run in a fixed order (see `pipeline.py`) and later ones read what
earlier ones found through the `Context`: quotes and events need actors,
events need times and places. No extractor does I/O or keeps state across
articles.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..record import Actor, Article, Claim, Event, Place, Quote, Time

if TYPE_CHECKING:  # spaCy is only needed at run time by the extractors themselves
    from spacy.tokens import Doc

    from ..knowledge import Knowledge


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
    claims: list[Claim] = field(default_factory=list)
    # char offset -> actor id for every actor mention (filled by the actors extractor)
    mention_index: dict[tuple[int, int], str] = field(default_factory=dict)

    def in_provenance(self, start: int, end: int) -> bool:
        """Does [start, end) overlap a byline / credit line? Those are never events or quotes."""
        return any(p.start < end and start < p.end and p.kind != "cited_source"
                   for p in self.article.provenance_spans)

    def actor_for(self, start: int, end: int) -> str | None:
        """The actor whose mention best covers [start, end), if any."""
        best, best_len = None, 0
        for (s, e), aid in self.mention_index.items():
            overlap = min(e, end) - max(s, start)
            if overlap > 0 and overlap > best_len:
                best, best_len = aid, overlap
        return best
