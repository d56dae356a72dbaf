"""Timelines: the events of many records in the order they happened (the library side of `dateline timeline`).

Reads finished records (typed `ArticleRecord`s or `dateline/article@1` dicts), so the
CLI and the store only have to load records and print entries. Events are placed by
their event date (a TimeML value: day, week, month, quarter, season or year), not by
when the article was published; an event dated only by its article (precision
"publication") keeps that date and says so.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Iterable

from ..record import ArticleRecord, from_dict

_SEASONS = {"SP": (3, 20), "SU": (6, 21), "FA": (9, 22), "WI": (12, 21)}


@dataclass(slots=True)
class TimelineEntry:
    """One event on a timeline."""
    start: date                 # first day the event date covers
    end: date                   # last day it covers
    date: str                   # the event date as extracted (TimeML value)
    precision: str              # day | week | month | ... | publication
    date_text: str | None       # the words that dated it ("on Thursday"), None for the publication date
    type: str
    modality: str
    source: list[str] = field(default_factory=list)   # actor names
    target: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)
    evidence: str = ""
    article_id: str = ""
    article_date: str | None = None
    event_id: str = ""


def value_interval(value: str | None) -> tuple[date, date] | None:
    """First and last day of a TimeML date value: 2019-09-10, 2019-W37, 2019-W37-WE (its Saturday and Sunday),
    2019-09, 2019-Q3, 2019-SU, 2019, 201, 20."""
    v = (value or "").split("T")[0].strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            d = date.fromisoformat(v)
            return d, d
        if re.fullmatch(r"\d{4}-W\d{2}(-WE)?", v):  # a week, or its weekend (TimeML's 2019-W37-WE)
            d = date.fromisocalendar(int(v[:4]), int(v[6:8]), 1)
            return (d + timedelta(days=5) if v.endswith("WE") else d), d + timedelta(days=6)
        if re.fullmatch(r"\d{4}-\d{2}", v):
            d = date(int(v[:4]), int(v[5:7]), 1)
            return d, date(d.year + (d.month == 12), d.month % 12 + 1, 1) - timedelta(days=1)
        if re.fullmatch(r"\d{4}-Q[1-4]", v):
            q = int(v[-1])
            d = date(int(v[:4]), 3 * q - 2, 1)
            return d, date(d.year + (q == 4), (3 * q) % 12 + 1, 1) - timedelta(days=1)
        if re.fullmatch(r"\d{4}-H[12]", v):
            y, h = int(v[:4]), int(v[-1])
            return (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))
        m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v)
        if m:
            d = date(int(m.group(1)), *_SEASONS[m.group(2)])
            return d, d + timedelta(days=89)
        if re.fullmatch(r"\d{4}", v):
            return date(int(v), 1, 1), date(int(v), 12, 31)
        if re.fullmatch(r"\d{3}", v):
            return date(int(v) * 10, 1, 1), date(int(v) * 10 + 9, 12, 31)
        if re.fullmatch(r"\d{2}", v):
            return date(int(v) * 100, 1, 1), date(int(v) * 100 + 99, 12, 31)
    except ValueError:
        return None
    return None


def parse_bound(text: str | date | None, end: bool = False) -> date | None:
    """A --from / --to bound: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www (its first day, or last with end=True)."""
    if text is None or isinstance(text, date):
        return text
    span = value_interval(str(text))
    if span is None:
        raise ValueError(f"not a date: {text!r} (use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www)")
    return span[1] if end else span[0]


def _names(rec: ArticleRecord, ids: list[str]) -> list[str]:
    by_id = {a.id: a for a in rec.actors}
    return [by_id[i].name for i in ids if i in by_id]


def _actor_matches(rec: ArticleRecord, ids: list[str], wanted: str) -> bool:
    w = " ".join(wanted.lower().split())
    by_id = {a.id: a for a in rec.actors}
    for i in ids:
        a = by_id.get(i)
        if a is None:
            continue
        names = {a.name.lower(), *(m.text.lower() for m in a.mentions if m.kind == "name")}
        if w in names or any(w in n.split() or n in w.split() for n in names if len(n) > 2) \
                or (len(w) > 3 and any(w in n for n in names)):
            return True
    return False


def timeline(records: Iterable[ArticleRecord | dict[str, Any]], actor: str | None = None,
             date_from: str | date | None = None, date_to: str | date | None = None,
             include_undated: bool = False) -> list[TimelineEntry]:
    """The events of `records` in date order, optionally only those involving `actor` (a name or
    alias, as source, target or other participant) and overlapping [date_from, date_to]."""
    lo, hi = parse_bound(date_from), parse_bound(date_to, end=True)
    entries: list[TimelineEntry] = []
    undated: list[TimelineEntry] = []
    for rec in records:
        if isinstance(rec, dict):
            rec = from_dict(rec)
        for ev in rec.events:
            if actor and not _actor_matches(rec, ev.source + ev.target + ev.others, actor):
                continue
            d = ev.date
            value = d.value if d and d.value else None
            precision = d.precision if d else "publication"
            if value is None and rec.article.date:
                value, precision = rec.article.date, "publication"
            span = value_interval(value)
            entry = TimelineEntry(
                start=span[0] if span else date.min, end=span[1] if span else date.max,
                date=value or "", precision=precision, date_text=d.text if d else None,
                type=ev.type, modality=ev.modality, source=_names(rec, ev.source),
                target=_names(rec, ev.target), others=_names(rec, ev.others),
                evidence=ev.evidence.text if ev.evidence else "", article_id=rec.article.id,
                article_date=rec.article.date, event_id=ev.id)
            if span is None:
                if include_undated:
                    undated.append(entry)
                continue
            if (lo and span[1] < lo) or (hi and span[0] > hi):
                continue
            entries.append(entry)
    entries.sort(key=lambda e: (e.start, e.end, e.article_date or "", e.article_id, e.event_id))
    return entries + undated
