"""Small helpers shared by direct and indirect quote finding: char ↔ token lookups."""
from __future__ import annotations

from bisect import bisect_left, bisect_right


class TokenIndex:
    """Find tokens by character offset in one Doc."""

    def __init__(self, doc):
        self.doc = doc
        self.starts = [t.idx for t in doc]

    def at(self, char: int):
        """The token containing or starting nearest after `char` (None past the end)."""
        i = bisect_right(self.starts, char) - 1
        if i >= 0 and char < self.starts[i] + len(self.doc[i]):
            return self.doc[i]
        i += 1
        return self.doc[i] if i < len(self.doc) else None

    def before(self, char: int):
        """The last token that ends at or before `char` (None at the start)."""
        i = bisect_left(self.starts, char) - 1
        while i >= 0 and self.starts[i] + len(self.doc[i]) > char:
            i -= 1
        return self.doc[i] if i >= 0 else None

    def between(self, start: int, end: int):
        """Tokens that start in [start, end)."""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return self.doc[lo:hi]


def token_chars(tokens) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def trim_punct(doc, l: int, r: int) -> tuple[int, int]:
    """Drop punctuation and whitespace tokens from both ends of the token range [l, r]."""
    while l <= r and (doc[l].is_punct or doc[l].is_space) and doc[l].text not in "[(":
        l += 1
    while r >= l and (doc[r].is_punct or doc[r].is_space) and doc[r].text not in "])":
        r -= 1
    return l, r


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def doc_text(doc, ctx=None) -> str:
    """The article text the Doc was made from, without rebuilding it from tokens (slow)."""
    text = getattr(getattr(ctx, "article", None), "text", None)
    if text is not None and len(doc):
        last = doc[-1]
        if len(text) == last.idx + len(last.text_with_ws) and text.startswith(doc[0].text, doc[0].idx):
            return text
    return doc.text
