"""Event dates and locations.

The times extractor owns temporal expressions; when it provides
`event_date(doc, ctx, token_or_span)` we use it. Until then (and whenever it
is missing) a fallback picks the time expression attached to the trigger's
clause, else one in its sentence, else the publication date with precision
"publication".
"""
from __future__ import annotations

import re

from ...record import EventDate, Location

try:  # the times engineer's resolver, when it exists
    from .. import times as _times_module
except Exception:  # pragma: no cover - the pipeline must never break on an import
    _times_module = None

_DATE_VALUE = re.compile(r"^\d{4}(-W\d{2}|-\d{2}(-\d{2})?)?")


def precision_of(value: str) -> str:
    """'2025-03-06' → day, '2025-W10' → week, '2025-03' → month, '2025' → year."""
    m = _DATE_VALUE.match(value or "")
    if not m:
        return "publication"
    v = m.group(0)
    if "W" in v:
        return "week"
    return {4: "year", 7: "month", 10: "day"}.get(len(v), "day")


def publication_date(ctx) -> EventDate | None:
    return EventDate(value=ctx.article.date, text=None, precision="publication") if ctx.article.date else None


def event_date(doc, ctx, cand) -> tuple[EventDate | None, int]:
    """The date of a candidate event and how directly it was read:
    2 = a time expression attached to the trigger's clause, 1 = from its sentence or context,
    0 = the publication date."""
    anchor = cand.anchor if cand.anchor is not None else cand.trigger
    times = [t for t in ctx.times if _usable(t)]
    attached = [t for t in times if _attached(doc, t, anchor, cand.trigger)]
    if attached:
        best = min(attached, key=lambda t: abs(t.start - cand.trigger.idx))
        return _as_date(best), 2
    fn = getattr(_times_module, "event_date", None) if _times_module is not None else None
    got = None
    if fn is not None:
        try:
            got = fn(doc, ctx, anchor)
        except Exception:  # their bug must not take events down; fall back
            got = None
    if got is None:
        got = fallback_date(doc, ctx, cand)
    if got is not None and got.precision != "publication" and got.text:
        # a time inside another clause of the sentence (a relative clause, another event) dates that one
        owner = next((t for t in times if t.text == got.text and anchor.sent.start_char <= t.start < anchor.sent.end_char), None)
        if owner is not None and _in_foreign_clause(doc, owner, anchor):
            got = publication_date(ctx)
    if got is None or got.precision == "publication":
        return got, 0
    return got, 1


def _as_date(t) -> EventDate:
    value = _DATE_VALUE.match(t.value).group(0)
    return EventDate(value=t.value if "T" in (t.value or "") else value, text=t.text,
                     precision=t.precision or precision_of(value))


def _attached(doc, t, anchor, trigger) -> bool:
    """Does the time expression hang from the anchor (or the trigger) without crossing another verb?"""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(6):
        if tok.i in (anchor.i, trigger.i):
            return True
        if tok.head.i == tok.i:
            return False
        if tok.i != span.root.i and tok.pos_ in ("VERB", "AUX"):
            return False
        tok = tok.head
    return False


def _in_foreign_clause(doc, t, anchor) -> bool:
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(10):
        if tok.i == anchor.i:
            return False
        if tok.dep_ in ("relcl", "acl") and tok.pos_ in ("VERB", "AUX") and anchor.i not in {x.i for x in tok.subtree}:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _usable(t) -> bool:
    return t.type in ("DATE", "TIME") and bool(_DATE_VALUE.match(t.value or ""))


def fallback_date(doc, ctx, cand) -> EventDate | None:
    """Without the times extractor's resolver: a time in the trigger's clause, else its sentence,
    else the publication date."""
    times = [t for t in ctx.times if _usable(t)]
    if times:
        anchor = cand.anchor
        sent = anchor.sent
        sub = list(anchor.subtree)
        lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1].text)
        trig = cand.trigger.idx
        inside = [t for t in times if lo <= t.start and t.end <= hi]
        pool = inside or [t for t in times if sent.start_char <= t.start and t.end <= sent.end_char]
        if pool:
            return _as_date(min(pool, key=lambda t: abs(t.start - trig)))
    return publication_date(ctx)


def event_location(doc, ctx, cand) -> Location | None:
    """A place attached to the trigger's clause by 'in', 'at' or 'near', else none."""
    if not ctx.places:
        return None
    anchor = cand.anchor
    sub = list(anchor.subtree)
    lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    for p in ctx.places:
        if not (lo <= p.start and p.end <= hi):
            continue
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        prep = head.head if head.dep_ == "pobj" else None
        if prep is not None and prep.lower_ in ("in", "at", "near", "inside", "outside") and \
                (prep.head == anchor or prep.head == cand.trigger):
            return Location(name=p.name, country=p.country, lat=p.lat, lon=p.lon)
    return None
