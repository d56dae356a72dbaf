"""Plain-text articles with optional `date` and `title` header lines."""
from __future__ import annotations

import re
from dataclasses import dataclass

# "date 2024-05-02 Officials met …": the body may continue on the header's line.
_DATE_HEADER = re.compile(r"\A\s*date\s*[:=]?\s*(\d{4}-\d{1,2}-\d{1,2}\S*)[ \t]*", re.IGNORECASE)
_TITLE_HEADER = re.compile(r"\A\s*title\s*[:=]\s*(.*)$|\A\s*title[ \t]+(.*)$", re.IGNORECASE | re.MULTILINE)


@dataclass(slots=True)
class PlainText:
    body: str
    date: str | None = None
    title: str | None = None


def parse_plaintext(text: str) -> PlainText:
    """Split header lines (`date …`, `title …`, in any order) from the body."""
    date = title = None
    rest = text
    for _ in range(2):
        m = _DATE_HEADER.match(rest)
        if m and date is None:
            date = m[1]
            rest = rest[m.end():]
            continue
        m = _TITLE_HEADER.match(rest)
        if m and title is None:
            title = (m[1] or m[2] or "").strip() or None
            rest = rest[m.end():]
            continue
        break
    return PlainText(body=rest, date=date, title=title)
