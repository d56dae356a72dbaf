"""Two occasions of one pair are no conflict between reports (issue 12, session 17).

A story set often tells of one pair's acts more than once: two ministers meet again a week later, an activist is
arrested a second time, a threat is carried out weeks after it was made. The statements of those reports share
their matter words and name different days, so the word rules read them as one thing told with two dates (`date`)
or as a report and a denial of one act (`claim`). Two readings tell the occasions apart:

- the days: two accounts of one occasion rarely put it more than a week or two apart (the invented batches' written
  down date disputes: 1–7 days, one of 17, a postponement), while a pair's next occasion lies weeks away. A date
  conflict whose two days lie more than `occasion_apart_days` apart, or a claim and its denial whose statements tell
  of days (their own, their article's events', not the publication) none within `occasion_told_apart_days` of the
  other's (written-down claim disputes: 0–3 days), are two occasions ('the ministers met on 3 March' / 'the
  ministers met on 19 April'; 'police arrested her at the rally on Monday' / 'she was not arrested' in a report of
  an arrest three weeks before);
- the count: a statement that counts its act as a second ('for the second time', 'a second round of talks') and
  one that calls it the first ('their first direct talks', 'for the first time') tell of two occasions; so do
  'met again' and a first, unless the first is counted from an older occasion ('their first talks since the war',
  a resumption, is what 'met again' may tell of too).
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any

from .signature import settings

_ORDINALS = r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|another|fresh|renewed"
_NTH = re.compile(rf"\b(?:for the (?:{_ORDINALS}|\w+th) time|(?:{_ORDINALS})"
                  r"[- ](?:round|time|meeting|session|visit|arrest|attack|raid|strike|vote|ballot)s?)\b", re.I)
_AGAIN = re.compile(r"\b(?:again|once more|anew)\b", re.I)
_FIRST = re.compile(r"\b(?:for the first time|(?:their|its|his|her|the) first(?: \w+)? "
                    r"(?:talks|meeting|session|round|visit|encounter|contact|arrest|strike|vote))\b", re.I)
_SINCE = re.compile(r"[^.;]{0,80}?\bsince\b", re.I)
# which counts tell of two occasions: a second and a first; 'again' and a first, unless the first is counted
# from an older occasion ('their first talks since the war' is a resumption: what 'met again' tells too)
_APART = ({"repeat", "first"}, {"repeat", "first-since"}, {"again", "first"})


def count_word(text: str) -> str | None:
    """'repeat' when the statement counts its act as a second (or later) one, 'again' when it calls it a repetition
    without a count, 'first' when it calls it the first ('first-since' when counted from an older occasion: 'for the
    first time since 2019'), else None."""
    if _NTH.search(text or ""):
        return "repeat"
    if _AGAIN.search(text or ""):
        return "again"
    m = _FIRST.search(text or "")
    return None if m is None else "first-since" if _SINCE.match(text, m.end()) else "first"


def _value_days(value: str | None) -> set[int]:
    """The days a listed date value stands for ('2027-04-19', or a weekend's '2027-04-17/2027-04-18')."""
    out = set()
    for part in (value or "").split("/"):
        try:
            out.add(date.fromisoformat(part.strip()).toordinal())
        except ValueError:
            continue
    return out


def told_days(info: dict[str, Any]) -> set[int]:
    """The days a statement tells of: its calendar days, the own days of its article's events and the days
    that date its acts (not its publication day)."""
    return {*(info.get("d") or ()), *(info.get("own") or ()), *(thing[0] for thing in info.get("dt") or ())}


def two_occasions(kind: str, values: tuple[Any, Any], info: dict[str, Any], data: dict[str, Any]) -> bool:
    """True when a `date` or `claim`/`denial` pair tells of two occasions of one matter (see the module text)."""
    if kind not in ("date", "claim", "denial"):
        return False
    if {info.get("nth"), data.get("nth")} in _APART:
        return True
    if kind == "date":
        mine, theirs = _value_days(str(values[0])), _value_days(str(values[1]))
        gap = settings()["occasion_apart_days"]
    else:
        mine, theirs = told_days(info), told_days(data)
        gap = settings()["occasion_told_apart_days"]
    return bool(mine and theirs) and min(abs(x - y) for x in mine for y in theirs) > gap


def holds(found: tuple | None, info: dict[str, Any], data: dict[str, Any]) -> bool:
    """A pair the rules found (`conflicts.judge`: kind, values, ...) that does not tell of two occasions."""
    return found is not None and not two_occasions(found[0], found[1], info, data)
