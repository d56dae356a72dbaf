"""The figures a contest report gives its result (issue 12, session 34): the winner's vote share and the margin.

One result is told with its figures in many ways: 'Kell won Varna with 58 percent' (a share), 'Kell carried Varna by
12 points', 'took the Varna primary by a 12-point margin', 'by a margin of 12 percentage points' (a margin),
'Kell won Varna, 58 percent to 40 percent' or '... by 18 points (58 percent to 40 percent)' (both: the first share is
the winner's, the margin their difference), "Kell's 12-point win in Varna" (a margin before the outcome's noun).
Reports of one contest (`contest_reports.ContestLinker`) that give it figures far apart are a `figure` conflict.

A figure is read only in the outcome's own clause, after it (or right before its noun), and only when the outcome
names one place: 'Kell won Varna and Tarn with 58 percent' leaves open whose share it is, and a result naming no place
may be a group's ('among young voters, Kell won by 30 points'). A hedged figure ('by about
12 points', 'with nearly 58 percent', 'by more than 12 points') is no exact account and is not read; neither is a
share that is another's ('..., where Osei took 40 percent': the clause ends at the comma) or a lead in a poll ('Kell
leads Osei by 12 points' has no outcome).
"""
from __future__ import annotations

import re

from .contests import _noun_role

_HEDGE = (r"(?:about|nearly|almost|roughly|around|more than|over|under|less than|some|close to|at least|upwards of|"
          r"an estimated|approximately)\s+")
_NUM = r"(\d{1,2}(?:\.\d+)?)"
_PCT = r"\s?(?:percent|per cent|%)"
_POINTS = r"[- ]?(?:percentage[- ]|percent[- ])?points?\b"
# each form: (pattern, what its numbers are: a margin told outright is taken before one computed from two shares)
_FORMS = [
    (re.compile(rf"\bby\s+(?:{_HEDGE})?{_NUM}{_POINTS}", re.I), "margin"),
    (re.compile(rf"\bby\s+(?:a|an)\s+(?:{_HEDGE})?{_NUM}{_POINTS}\s+margin\b", re.I), "margin"),
    (re.compile(rf"\bby\s+(?:a|an)\s+(?:\w+\s+)?margin\s+of\s+(?:{_HEDGE})?{_NUM}{_POINTS}", re.I), "margin"),
    (re.compile(rf"\b(?:{_HEDGE})?{_NUM}(?:{_PCT})?\s*(?:-|to|–)\s*(?:{_HEDGE})?{_NUM}{_PCT}(?! of the)", re.I),
     "share-other"),
    (re.compile(rf"\b(?:{_HEDGE})?{_NUM}{_PCT}\s+to\s+(?:[A-Z][\w.]*\s+){{0,2}}\w+['’]s\s+(?:{_HEDGE})?{_NUM}{_PCT}",
                re.I), "share-other"),  # '58 percent to Dan Osei's 40 percent'

    (re.compile(rf"\bwith\s+(?:{_HEDGE})?{_NUM}{_PCT}", re.I), "share"),
    (re.compile(rf"\b(?:{_HEDGE})?{_NUM}{_PCT} of the (?:vote|votes|ballots)\b", re.I), "share"),
]
_NOUN_MARGIN = re.compile(rf"\b(?:{_HEDGE})?{_NUM}{_POINTS}\s+(?:[a-z]+\s+)?$", re.I)  # "Kell's 12-point | win"
_CLAUSE_END = re.compile(r"[;:]|,(?!\s*\d)|\s[-\u2014\u2013]\s|\u2014|\b(?:while|but|whereas|although|as|when|after|"
                         r"before|who|which|where|since|because)\b|\band\s+(?=[a-z])")


def figures(said: str, at: int, places: int = 1) -> dict[str, float | None]:
    """{'share': the winner's vote share, 'margin': points between winner and runner-up} an outcome at character `at`
    of the sentence `said` tells in its clause, when the outcome names `places` places; a figure not told, hedged,
    told of several places or of none (a report that takes its contest from elsewhere: 'among young voters, Kell won
    by 30 points') is None."""
    out: dict[str, float | None] = {"share": None, "margin": None}
    if places != 1:
        return out
    end = _CLAUSE_END.search(said, at + 1)
    clause = said[at:end.start() if end else len(said)]
    word = re.match(r"[A-Za-z]+", said[at:])
    noun = _NOUN_MARGIN.search(said[max(0, at - 40):at]) if word and _noun_role(word.group().lower()) else None
    if noun and not _hedged(noun.group()):
        out["margin"] = float(noun.group(1))
    for pattern, kind in _FORMS:
        for m in pattern.finditer(clause):
            if _hedged(m.group()) or any(v is not None for v in _told(out, kind)):
                continue
            first = float(m.group(1))
            if kind == "share-other":
                second = float(m.group(2))
                if first <= second or first > 100:
                    continue  # the winner's share comes first; '40 to 58 percent' is no result told this way
                out["share"] = first
                out["margin"] = round(first - second, 1) if out["margin"] is None else out["margin"]
            else:
                out[kind] = first
    return out


def _told(out: dict[str, float | None], kind: str) -> list[float | None]:
    return [out["share"]] if kind == "share-other" else [out[kind]]


def _hedged(text: str) -> bool:
    """Whether a figure's words hedge it ('about 12 points', 'by more than 12 points')."""
    return bool(re.search(rf"\b{_HEDGE}(?:a |an )?\d", text, re.I))
