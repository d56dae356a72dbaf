"""Quotation regions of a text (curly and straight quotes, nesting depth): a quoted "today" refers to
when the words were said, not to the publication date."""
from __future__ import annotations

import re
from dataclasses import dataclass

_QUOTE_OPEN = {"\u201c": "\u201d", "\u2018": "\u2019"}


@dataclass(slots=True)
class _Quote:
    start: int  # first character inside the marks
    end: int    # the closing mark
    depth: int  # 1 for a quotation, 2 for a quotation inside it, ...


_QUOTE_CHARS = re.compile("[\u201c\u201d\u2018\u2019\"']|\n\n")


def quote_regions(text: str) -> list[_Quote]:
    """Spans inside quotation marks, with nesting depth (curly and straight quotes)."""
    regions: list[_Quote] = []
    stack: list[tuple[str, int]] = []  # (closing char, start)
    n = len(text)
    for qm in _QUOTE_CHARS.finditer(text):
        i, ch = qm.start(), qm.group(0)
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch in _QUOTE_OPEN:
            if ch == "\u2018" and prev.isalnum():
                continue
            stack.append((_QUOTE_OPEN[ch], i + 1))
        elif ch in ("\u201d", "\u2019"):
            if ch == "\u2019" and (prev.isalnum() and nxt.isalnum()):
                continue  # apostrophe
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == ch:
                    regions.append(_Quote(stack[k][1], i, k + 1))
                    del stack[k:]
                    break
        elif ch == '"':
            if stack and stack[-1][0] == '"':
                regions.append(_Quote(stack[-1][1], i, len(stack)))
                stack.pop()
            elif not nxt.isspace() or prev.isspace() or prev in "([{\u2014-":
                stack.append(('"', i + 1))
        elif ch == "'":
            if stack and stack[-1][0] == "'" and not nxt.isalnum():
                regions.append(_Quote(stack[-1][1], i, len(stack)))
                stack.pop()
            elif (prev.isspace() or prev in '"\u201c([') and nxt.isalpha() and stack:
                stack.append(("'", i + 1))  # single quotes only nest inside a quotation
        elif stack:
            # a paragraph ends an unclosed quotation (it may continue in the next one)
            for depth, (_, s) in enumerate(stack, 1):
                regions.append(_Quote(s, i, depth))
            stack.clear()
    for depth, (_, s) in enumerate(stack, 1):
        regions.append(_Quote(s, n, depth))
    return regions


def _depth(start: int, end: int, quotes: list[_Quote]) -> tuple[int, _Quote | None]:
    inside = [q for q in quotes if q.start <= start and end <= q.end]
    if not inside:
        return 0, None
    q = max(inside, key=lambda q: q.start)
    return len(inside), q


