"""Direct and indirect speech with resolved speakers.

`extract_quotes(doc, ctx)` reads quotation marks (`marks.py`) and the
dependency parse that the pipeline already made: a direct quote's cue is the
reporting verb or colon next to it, an indirect quote is a reporting verb's
content clause; the speaker comes from `speakers.py`. No second model pass.
"""
from __future__ import annotations

from .direct import direct_quotes
from .indirect import indirect_quotes
from .lexicon import load_lexicon
from .marks import find_segments
from .common import doc_text
from ...record import Quote

__all__ = ["extract_quotes"]


def extract_quotes(doc, ctx) -> list[Quote]:
    """Every quotation in the article (direct, then indirect), in text order, with its speaker."""
    lex = load_lexicon()
    segments = find_segments(doc_text(doc, ctx))
    direct = direct_quotes(doc, ctx, lex, segments)
    indirect = indirect_quotes(doc, ctx, lex, direct, segments)
    quotes = sorted(direct + indirect, key=lambda q: (q.start, q.end))
    for i, q in enumerate(quotes, 1):
        q.id = f"q{i}"
    return quotes
