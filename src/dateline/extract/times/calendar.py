"""What a temporal expression resolves against, and the calendar arithmetic every rule uses.

`Ref` carries the anchors (publication or speech date, the story's current day,
a tense direction); `Interp` is one reading of an expression with the function
that resolves it. Nothing here reads the clock or the lexicon.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

Result = tuple[str, str, str | None]  # (TIMEX3 type, value, precision)


@dataclass(slots=True)
class Ref:
    """What a relative expression is resolved against."""
    anchor: date | None              # publication (or speech) date
    narrative: date | None = None    # the date the text is currently talking about (anaphora)
    direction: str | None = None     # "past" | "future" | None (from tense / words)
    coarse: tuple[date, str] | None = None  # the latest date of any precision, with its precision
    open_ended: bool = False  # "until / by / to / for March 5", "the March 5 deadline": may lie ahead of a past verb


@dataclass(slots=True)
class Interp:
    """One reading of an expression: its kind and how to resolve it."""
    kind: str      # absolute | deictic | anaphoric | time_only | duration | set | vague
    resolve: Callable[[Ref], Result | None]
    direction: str | None = None  # a direction the words themselves give ("last", "next", "ago")
    yearless: bool = False        # a month-day or month without its year ("March 5", "in May")

    def value(self, ref: Ref) -> Result | None:
        """`resolve`, safe at the ends of the calendar: an anchor of 0001-01-01 or 9999-12-31 with
        "yesterday" / "tomorrow" keeps the TimeML placeholders instead of raising."""
        try:
            return self.resolve(ref)
        except (OverflowError, ValueError):
            try:
                return self.resolve(Ref(anchor=None, narrative=None, direction=ref.direction))
            except (OverflowError, ValueError):
                return None


# ---------------------------------------------------------------- calendar helpers

def week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return date(y, m, 1)


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = add_months(date(year, month, 1), 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def pick_year(anchor: date, make: Callable[[int], date | None], direction: str | None,
              span_days: int = 0) -> date | None:
    """The occurrence of a yearly-recurring date nearest the anchor in the wanted direction.

    `make(year)` builds the occurrence in a year; `span_days` is its length
    (a month counts as "now" for the whole month)."""
    cands = [(y, make(y)) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    cands = [(y, d) for y, d in cands if d]
    if len(cands) < 2:  # February 29: look as far as the leap years around
        cands = [(y, d) for y, d in ((y, make(y)) for y in range(anchor.year - 4, anchor.year + 5)) if d]
    if not cands:
        return None
    # a date written without its year is never more than a year away
    if direction == "past":
        ok = [d for _, d in cands if d <= anchor]
        if ok and (anchor - max(ok)).days <= 366:
            return max(ok)
    if direction == "future":
        ok = [d for _, d in cands if d + timedelta(days=span_days) >= anchor]
        if ok and (min(ok) - anchor).days <= 366:
            return min(ok)

    def dist(d: date) -> int:
        if d <= anchor <= d + timedelta(days=span_days):
            return 0
        return min(abs((d - anchor).days), abs((d + timedelta(days=span_days) - anchor).days))
    return min((d for _, d in cands), key=lambda d: (dist(d), d > anchor))


def weekday_date(anchor: date, wd: int, direction: str | None, strict: bool = False) -> date:
    """The weekday `wd` (1=Mon) nearest the anchor: on or before it (past, the news default) or after."""
    if direction == "future":
        fwd = (wd - anchor.isoweekday()) % 7
        if strict and fwd == 0:
            fwd = 7
        return anchor + timedelta(days=fwd)
    back = (anchor.isoweekday() - wd) % 7
    if strict and back == 0:
        back = 7
    return anchor - timedelta(days=back)


def with_part(d: date | None, part: str | None, placeholder: str = "XXXX-XX-XX") -> Result:
    base = d.isoformat() if d else placeholder
    if part:
        return "TIME", f"{base}T{part}", "time"
    return "DATE", base, "day"


def shift(d: date, n: float, unit: str) -> tuple[str, str]:
    """`d` moved by n units → (value at the unit's granularity, precision)."""
    n = int(round(n))
    if unit == "D":
        return (d + timedelta(days=n)).isoformat(), "day"
    if unit == "2W":
        unit, n = "W", 2 * n
    if unit == "W":
        return week_value(d + timedelta(weeks=n)), "week"
    if unit == "M":
        return add_months(d, n).isoformat()[:7], "month"
    if unit == "Y":
        return str(d.year + n), "year"
    if unit == "DE":
        return str(d.year + 10 * n)[:3], "decade"
    if unit == "CE":
        return str(d.year + 100 * n)[:2], "century"
    # hours, minutes, seconds: the day they fall on
    secs = {"H": 3600, "MIN": 60, "S": 1}[unit] * n
    return (d + timedelta(seconds=secs)).isoformat() if abs(secs) >= 86400 else d.isoformat(), "day"


PLACEHOLDER = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "2W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX",
               "DE": "XXX", "CE": "XX", "H": "XXXX-XX-XX", "MIN": "XXXX-XX-XX", "S": "XXXX-XX-XX"}
UNIT_PRECISION = {"D": "day", "W": "week", "2W": "week", "M": "month", "Y": "year", "DE": "decade",
                  "CE": "century", "H": "day", "MIN": "day", "S": "day"}


_SMALLER = {"CE": (100, "Y"), "DE": (10, "Y"), "Y": (12, "M"), "W": (7, "D"), "D": (24, "H"), "H": (60, "MIN")}


def duration_value(n: float | None, unit: str) -> str:
    """ISO 8601 duration of n units ('X' when vague); a fraction goes to the next smaller unit
    ("an hour and a half" -> PT90M)."""
    if unit == "2W":
        unit, n = "W", (2 * n if n is not None else None)
    while n is not None and not float(n).is_integer() and unit in _SMALLER:
        k, unit = _SMALLER[unit]
        n = n * k
    q = "X" if n is None else (str(int(n)) if float(n).is_integer() else str(n))
    if unit in ("H", "MIN", "S"):
        return f"PT{q}{'M' if unit == 'MIN' else unit}"
    return f"P{q}{unit}"
