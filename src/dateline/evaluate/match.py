"""The matching rules of ../shared/eval/GOLD.md: names, spans, dates, claims, and one-to-one pairing.

Pure functions over plain `dateline/article@1` dicts; `scorer` counts with them.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any, Callable

_WORD = re.compile(r"\w+", re.UNICODE)
NAME_WORD_LIMIT = 8
ROLE_SWAPPABLE = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_FUNCTION_WORDS = frozenset(
    "a an the and or but of to in on at for with by from as is are was were be been it its this that these "
    "those he she they we you i his her their our your not will would has have had do does did".split())


def words(s: str | None) -> list[str]:
    """Lower-cased word tokens, curly apostrophes straightened."""
    return _WORD.findall((s or "").lower().replace("\u2019", "'"))


def canon(s: str | None) -> str:
    """A name or text reduced to its words joined by single spaces."""
    return " ".join(words(s))


# ------------------------------------------------------------------ names

def actor_names(record: dict, actor: dict) -> list[str]:
    """An actor's canonical name and the mentions whose offsets reproduce their text."""
    text = record["article"].get("text") or ""
    out = [canon(actor.get("name"))]
    for m in actor.get("mentions") or []:
        s, e, t = m.get("start"), m.get("end"), m.get("text") or ""
        if text and isinstance(s, int) and isinstance(e, int) and text[s:e] != t:
            continue
        out.append(canon(t))
    return [n for n in out if n and len(n.split()) <= NAME_WORD_LIMIT]


def _within(big: str, small: str) -> bool:
    return len(small) > 2 and f" {small} " in f" {big} "


def any_name_matches(system: list[str], gold: list[str]) -> bool:
    """Whether a system name equals a gold name or holds it (or is held by it) as whole words."""
    wanted = [canon(g) for g in gold if canon(g)]
    return any(g == s or _within(s, g) or _within(g, s) for g in wanted for s in system)


# ------------------------------------------------------------------ spans and dates

def find_span(text: str, needle: str, taken: set) -> tuple[int, int] | None:
    """First occurrence of needle (either apostrophe) not yet taken."""
    for form in (needle, needle.replace("'", "\u2019"), needle.replace("\u2019", "'")):
        pos = 0
        while form:
            i = text.find(form, pos)
            if i < 0:
                break
            span = (i, i + len(form))
            if span not in taken:
                taken.add(span)
                return span
            pos = i + 1
    return None


def record_span(text: str, item: dict) -> tuple[int, int] | None:
    """An item's offsets when they are valid, else where its text first occurs."""
    s, e = item.get("start"), item.get("end")
    if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text):
        return s, e
    return find_span(text, item.get("text") or "", set())


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def date_range(value: str | None) -> tuple[date, date] | None:
    """The days an ISO day, week, month or year covers."""
    v = (value or "").strip()
    try:
        if re.fullmatch(r"\d{4}-W\d{2}.*", v):
            first = date.fromisocalendar(int(v[:4]), int(v[6:8]), 1)
            return first, first + timedelta(days=6)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", v):
            d = date.fromisoformat(v[:10])
            return d, d
        if re.fullmatch(r"\d{4}-\d{2}", v):
            first = date(int(v[:4]), int(v[5:7]), 1)
            following = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
            return first, following - timedelta(days=1)
        if re.fullmatch(r"\d{4}", v):
            return date(int(v), 1, 1), date(int(v), 12, 31)
    except ValueError:
        return None
    return None


def event_date_correct(sys_date: Any, gold_event: dict) -> bool | None:
    """Whether the system date lies within the gold date (± its slack); None when the gold has no date."""
    if not gold_event.get("date"):
        return None
    value = sys_date.get("value") if isinstance(sys_date, dict) else sys_date
    g, s = date_range(gold_event["date"]), date_range(value)
    if not g or not s:
        return False
    slack = timedelta(days=gold_event.get("date_slack_days") or 0)
    return g[0] - slack <= s[0] and s[1] <= g[1] + slack


def pair_one_to_one(gold: list[dict], system: list[dict], fits: Callable[[dict, dict], bool],
                    preference: Callable[[int, int], int] = lambda gi, si: 0) -> dict[int, int]:
    """Maximum matching, required gold items first, then optional ones (augmenting paths)."""
    options = {gi: sorted((si for si, s in enumerate(system) if fits(g, s)), key=lambda si: -preference(gi, si))
               for gi, g in enumerate(gold)}
    holder: dict[int, int] = {}

    def place(gi: int, visited: set) -> bool:
        for si in options[gi]:
            if si in visited:
                continue
            visited.add(si)
            if si not in holder or place(holder[si], visited):
                holder[si] = gi
                return True
        return False

    for want_optional in (False, True):
        for gi, g in enumerate(gold):
            if bool(g.get("optional")) is want_optional:
                place(gi, set())
    return {gi: si for si, gi in holder.items()}


def content_words(s: str) -> set[str]:
    """The words of s without function words (all words when nothing else is left)."""
    w = set(words(s))
    return (w - _FUNCTION_WORDS) or w


def claim_matches(gold_text: str, sys_text: str | None) -> bool:
    """Whether a system claim shares half the gold claim's content words and 40% of its own."""
    a, b = content_words(gold_text), content_words(sys_text or "")
    if not a or not b:
        return False
    shared = len(a & b)
    return shared / len(a) >= 0.5 and shared / len(b) >= 0.4


def time_words_match(gold_text: str, sys_text: str | None) -> bool:
    """Whether two time expressions share half their words (Jaccard ≥ 0.5)."""
    a, b = set(words(gold_text)), set(words(sys_text))
    return bool(a and b) and len(a & b) / len(a | b) >= 0.5

