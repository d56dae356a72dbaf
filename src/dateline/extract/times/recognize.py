"""Find temporal expressions in a text: rule patterns first, spaCy DATE/TIME entities as a second source."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import _alt, lexicon


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    source: str  # "rule:<name>" | "ner"


_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\."
_NAMES_MUST_BE_CAPITALISED = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|thanksgiving|halloween)\b",
    re.IGNORECASE)


@lru_cache(maxsize=1)
def patterns() -> list[tuple[str, re.Pattern]]:
    """(name, compiled pattern) pairs; the span is the group `t` (else the whole match)."""
    L = lexicon()
    MONTHF = _alt(k for k in L.months if len(k) > 3 or k == "may")
    MONTH = rf"(?:{MONTHF}|{_MONTH_ABBR}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?=\s+\d))"
    WD = L.WEEKDAY_FULL
    PART = r"(?:morning|afternoon|evening|night)"
    DAYN = r"\d{1,2}(?:st|nd|rd|th)?"
    YEAR = r"(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})"
    NUMX = rf"(?:\d+(?:\.\d+)?|{_alt(k for k in L.numbers if k not in ('a', 'an'))}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?:one|two|three|four|five|six|seven|eight|nine))"
    NUMA = rf"(?:{NUMX}|an?)"
    UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|century|centuries)s?"
    END = r"(?![\w])"
    BEG = r"(?<![\w-])"
    QUAL = (r"(?:for|over|about|around|nearly|almost|more\s+than|less\s+than|at\s+least|some|within|"
            r"up\s+to|the\s+last|the\s+past|the\s+next|the\s+first|the\s+previous|the\s+coming|another|"
            r"roughly|approximately|just|only)")
    P = [
        ("full_date_mdy", rf"(?:{WD},?\s+)?{MONTH}\s+(?:the\s+)?{DAYN}(?:,?\s+{YEAR})?(?![\d%])(?!\s*(?:-|percent|million|billion))"),
        ("full_date_dmy", rf"(?:{WD},?\s+)?(?:the\s+)?{DAYN}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?"),
        ("month_year", rf"{MONTH},?\s+(?:of\s+)?{YEAR}"),
        ("iso_date", r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])"),
        ("month_ctx", rf"(?:(?:in|since|until|till|by|from|during|through|before|after|last|next|this|past|coming|early|late|mid|and|or|to)[\s-]+)(?P<t>(?:(?:early|late|mid)[\s-]+|(?:last|next|this|this\s+past|this\s+coming)\s+)?(?:{MONTHF}))"),
        ("month_bare", r"(?:January|February|April|June|July|September|October|November|December)"),
        ("year_ctx", rf"(?:(?:in|since|by|until|till|from|during|through|before|after|of|between|and|to|or|around|circa|late|early|mid|as\s+of|than|year|summer|winter|spring|autumn|fall)[\s-]+)(?P<t>(?:the\s+year\s+)?{YEAR})(?![\w%]|,\d|\.\d|-\w)"),
        ("decade", rf"(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?:\d{{3}}0s|'\d0s)"),
        ("century", rf"(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)|{L.ORDWORD})\s+century"),
        ("weekday", rf"(?:(?:late|early|later|earlier)\s+(?:on\s+)?)?(?:(?:this\s+past|this\s+coming|last|next|this|coming|past)\s+)?(?:{WD})(?:['\u2019]s)?(?:\s+{PART})?"),
        ("deictic", rf"(?:(?:early|late|earlier|later)\s+)?(?:today|tonight|yesterday|tomorrow|overnight)(?:\s+{PART})?|(?:this|last|tomorrow|yesterday)\s+{PART}|the\s+day\s+(?:before|after)\s+(?:yesterday|tomorrow)"),
        ("anaphoric", rf"(?:(?:later|earlier)\s+)?(?:the\s+)?(?:next|following|previous|preceding|same)\s+(?:day|{PART}|week|weekend|month|year)|(?:(?:later|earlier)\s+)?that\s+(?:day|{PART}|week|weekend|month|year)|(?:later|earlier)\s+(?:in|on)\s+the\s+(?:day|{PART})|the\s+day\s+(?:before|after)(?=\s*[,.;])"),
        ("rel_unit", r"(?:(?:earlier|later)\s+)?(?:this|last|next|past|coming|upcoming|current|this\s+past|this\s+coming)\s+(?:week|weekend|month|year|quarter|decade|century)(?:['\u2019]s)?"),
        ("ago", rf"(?:{NUMA})\s+{UNIT}\s+(?:ago|earlier|later)"),
        ("in_n", rf"in\s+(?:just\s+|another\s+)?{NUMA}\s+{UNIT}|{NUMA}\s+{UNIT}\s+from\s+now"),
        ("season", rf"(?:(?:this|last|next|early|late|mid|this\s+past|this\s+coming)[\s-]+)(?:spring|summer|autumn|winter|fall)(?:\s+(?:of\s+)?{YEAR})?|(?:in|during|by|since|until|over|through)\s+the\s+(?P<t>(?:spring|summer|autumn|winter))|(?:spring|summer|autumn|winter|fall)\s+(?:of\s+)?{YEAR}|{YEAR}\s+(?:spring|summer|autumn|winter|fall)"),
        ("quarter", rf"(?:the\s+)?(?:first|second|third|fourth|final|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter(?:\s+of\s+(?:{YEAR}|this\s+year|last\s+year|next\s+year))?|Q[1-4]\s+{YEAR}"),
        ("time12", r"\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|a\.m|p\.m|am|pm|AM|PM|A\.M\.|P\.M\.)(?![\w])(?:\s+(?:local\s+time|[A-Z]{2,4}\b|\((?:[A-Z]{2,4})\)))?"),
        ("time24", r"(?:(?:at|around|about|by|until|from|before|after|since|approximately)\s+)(?P<t>(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?:local\s+time|hrs|h|GMT|UTC|[A-Z]{2,3}T))?)(?![\d:])|(?:[01]?\d|2[0-3]):[0-5]\d\s*(?:local\s+time|hrs|GMT|UTC)"),
        ("time_mil", r"(?:[01]\d|2[0-3])[0-5]\d\s*(?:UTC|GMT|hrs|hours|h)\b"),
        ("noon", r"(?:at\s+)(?P<t>noon|midnight|midday)"),
        ("holiday", rf"(?:(?:this|last|next)\s+)?(?:{_alt(k for k in list(L.holidays_fixed) + list(L.holidays_nth) + list(L.holidays_easter) if not k.startswith(('may', 'labour', 'the ')))})(?:\s+{YEAR})?(?!\s+[A-Z])"),
        ("duration", rf"(?:{QUAL}\s+)*{NUMX}\s+{UNIT}(?!\s*-)(?!\s+(?:old|ago|earlier|later|from\s+now))|{QUAL}\s+(?:an?|half\s+an?)\s+(?:hour|day|week|month|year|decade)(?!\s*-)(?!\s+(?:old|ago|earlier|later))"),
        ("set", rf"(?:every|each)\s+(?:other\s+)?(?:{NUMX}\s+)?(?:{UNIT}|{WD}|{PART})s?|(?:once|twice|{NUMX}\s+times)\s+(?:a|per|every|each)\s+(?:day|week|month|year|hour)"),
    ]
    return [(name, re.compile(BEG + "(?:" + p + ")" + END, re.IGNORECASE)) for name, p in P]


def _capitalisation_ok(text: str, span: str, start: int) -> bool:
    """Month, weekday and holiday names are capitalised in English; 'may', 'march' and 'sun' usually are not dates."""
    for m in _NAMES_MUST_BE_CAPITALISED.finditer(span):
        if not m.group(0)[0].isupper():
            return False
    for m in re.finditer(r"\b(spring|summer|autumn|winter|fall)\b", span, re.IGNORECASE):
        abs_start = start + m.start()
        sentence_initial = abs_start == 0 or re.search(r"[.!?\n]\s*[\"\u201c]?$", text[max(0, abs_start - 4):abs_start])
        if m.group(0)[0].isupper() and not sentence_initial:
            return False  # "Arab Spring", "Prague Spring"
    return True


def find_candidates(text: str) -> list[Candidate]:
    """Rule matches over the whole text, longest first, without overlaps."""
    found: list[Candidate] = []
    for name, pat in patterns():
        for m in pat.finditer(text):
            s, e = (m.start("t"), m.end("t")) if "t" in pat.groupindex and m.group("t") else m.span()
            span = text[s:e]
            if not span.strip() or not _capitalisation_ok(text, span, s):
                continue
            found.append(Candidate(s, e, "rule:" + name))
    return non_overlapping(found)


def non_overlapping(cands: list[Candidate]) -> list[Candidate]:
    kept: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if all(c.end <= k.start or k.end <= c.start for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)
