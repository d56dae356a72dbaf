"""Temporal expression → TimeML TIMEX3 (type, value, precision), resolved against an anchor date.

`interpret(text)` reads an expression once into an `Interp` (what kind of
reference it is and a function that resolves it); `Interp.resolve(ref)` turns
it into a value given the anchors. Anchors are always passed in: the
publication date (`ref.anchor`), the narrative date for anaphoric
expressions ("the next day", `ref.narrative`) and a tense direction
("past" / "future" / None). Nothing reads the clock. Without an anchor,
relative parts stay TimeML placeholders (`XXXX-XX-XX`, `XXXX-WXX-3`).
"""
from __future__ import annotations

import re
from datetime import date

from ...knowledge.times import _alt, lexicon as default_lexicon
from .calendar import (PLACEHOLDER, UNIT_PRECISION, Interp, Ref, Result, add_months, duration_value,  # noqa: F401
                       easter, nth_weekday, pick_year, safe_date, shift, week_value, weekday_date, with_part)
from .rules_dates import DateRules
from .rules_periods import SET_ADVERB_VALUES, PeriodRules

_SET_ADVERBS = "|".join(SET_ADVERB_VALUES)

# ---------------------------------------------------------------- cleaning

_FILLERS = re.compile(
    r"^(?:on|at|since|until|till|til|by|from|during|as\s+of|around|about|approximately|roughly|circa|"
    r"ca\.?|through|throughout|starting|beginning|as\s+early\s+as|as\s+late\s+as|no\s+later\s+than|"
    r"sometime\s+in|some\s+time\s+in|sometime|as\s+recently\s+as|before|after|prior\s+to|"
    r"late\s+on|early\s+on|later\s+on|late|early|later|earlier|mid-|mid|the\s+end\s+of|"
    r"the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of|the\s+remainder\s+of|end\s+of|beginning\s+of|start\s+of|"
    r"middle\s+of|the\s+turn\s+of|the\s+close\s+of|in)(?:\b|(?<=-))\s*(?=\S)")


def clean(text: str, L, abbr: re.Pattern | None = None) -> str:
    """Lower-cased, quote- and dash-normalised text with the lexicon's abbreviations expanded."""
    s = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    s = " ".join(s.split())
    s = s.strip(" ,;:!?()[]\"")
    s = re.sub(r"(?:'s|s')$", lambda m: "s" if m.group(0) == "s'" else "", s)
    if abbr is not None:
        s = abbr.sub(lambda m: L.abbreviations[m.group(1)], s)
    # "the end of the year", "the first half of the month": the current one
    s = re.sub(r"\b(end|beginning|start|middle|rest|remainder|close|turn|half|quarter|part)\s+of\s+(?:the\s+)?"
               r"(year|month|week|decade|century)\b", r"\1 of this \2", s)
    s = re.sub(r"^(?:the\s+)?(year|month)[\s-]end$", r"end of this \1", s)  # "by year-end"
    s = re.sub(r"^mid-?(year)$", r"middle of this \1", s)  # "by midyear"
    s = re.sub(r"^(?:an?\s+)?(day|week|month|year)long$", r"a \1", s)  # "a weeklong visit"
    # "at 8" / "@ 10" / "at 1030": a clock time, not a count or a year
    s = re.sub(r"(?:\bat|@)\s*([01]?\d|2[0-3])(?::?([0-5]\d))?(?![\d:.]|\s*(?:a\.?m|p\.?m|[ap]\b|h\b|o'?clock|percent|%)|\s+(?:past|after|to|till|before|minutes)\b)",
               lambda m: f"at {m.group(1)}:{m.group(2) or '00'}", s)
    s = re.sub(r"^([01]?\d|2[0-3])(?=\s+(?:in\s+the\s+(?:morning|afternoon|evening)|tomorrow|tonight|today|this\s))",
               r"\1:00", s)
    return s.rstrip(" ,;:!?.)") if not re.search(r"\b[ap]\.m\.$", s) else s



class Grammar(DateRules, PeriodRules):
    """The ordered expression grammar: its pattern table, compiled from one time lexicon, and the
    entry point that tries the rules in order (the rules themselves live in rules_dates / rules_periods)."""

    _GLUE = frozenset("at on the around about of in , - from ca approx approximately early late".split())

    def __init__(self, L):
        self.L = L
        self.abbr = re.compile(r"\b(" + "|".join(map(re.escape, L.abbreviations)) + r")\b\.?") if L.abbreviations else None
        NUM = rf"(\d+(?:\.\d+)?|{L.NUMWORD}|{L.VAGUENUM}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?:one|two|three|four|five|six|seven|eight|nine))"
        UNIT = rf"({L.UNIT})s?"
        DAYN = r"(\d{1,2})(?:st|nd|rd|th)?"
        DAYW = rf"({L.ORDWORD})"
        YEAR = r"(\d{4}|'\d{2})"
        c = lambda p: re.compile(p + r"$")  # noqa: E731
        self.in_n = c(rf"in\s+(?:just\s+|another\s+|about\s+)?{NUM}\s+{UNIT}")
        self.n_from_now = c(rf"{NUM}\s+{UNIT}\s+(?:from\s+now|from\s+today|hence)")
        self.ago = c(rf"(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+|only\s+)?(half\s+)?{NUM}(\s+and\s+a\s+half)?\s+{UNIT}(\s+and\s+a\s+half)?\s+(ago|earlier|later|before|after|previously|prior)")
        self.deictic = c(rf"(today|tonight|yesterday|tomorrow|overnight|the\s+day\s+before\s+yesterday|day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|day\s+after\s+tomorrow)(?:\s+({L.PART}))?")
        self.this_part = c(rf"(this|last|tomorrow|yesterday|tonight)\s+({L.PART})")
        self.anaph_day = c(rf"(?:the\s+)?(next|following|previous|preceding|prior|same|that)\s+(day|{L.PART})")
        self.anaph_part = c(rf"(?:that|the|in\s+the|that\s+same)\s+({L.PART})")
        self.day_before = c(r"the\s+day\s+(before|after)")
        self.ordinal_day = c(rf"(?:the|its|their|his|her)\s+(?:\d{{1,3}}(?:st|nd|rd|th)|{L.ORDWORD})\s+(?:(?:straight|consecutive|successive)\s+)?(day|week|month|year)")
        self.rel_unit = c(r"(this|last|next|past|previous|coming|upcoming|current|this\s+past|this\s+coming|"
                          r"the\s+past|the\s+last|the\s+previous|the\s+coming|the\s+following|the\s+next|"
                          r"the\s+current|the\s+same|that|the|the\s+preceding|the\s+prior|following|"
                          r"the\s+latest|the\s+most\s+recent|the\s+year-earlier|the\s+year-ago)\s+"
                          r"(week|weekend|month|year|quarter|decade|century|fiscal\s+year|period)")
        self.weekday = c(rf"(?:(this\s+past|this\s+coming|last|next|this|coming|past|previous|the\s+following|the\s+next|the\s+previous|the\s+same)\s+)?({L.WEEKDAY})\.?(?:\s+({L.PART}))?"
                         r"(?:\s+(?:of\s+)?(last|next|this)\s+week)?")  # "Tuesday last week"; not "on Monday, next week"
        self.part_of_weekday = c(rf"({L.PART})\s+of\s+({L.WEEKDAY})")
        self.weekday_after_next = c(rf"({L.WEEKDAY})\s+after\s+next")
        self.n_weekdays = c(rf"{NUM}\s+({L.WEEKDAY})s?\s+(from\s+now|ago)")
        self.iso = c(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
        self.iso_month = c(r"(\d{4})[-/](\d{1,2})")
        self.month_year_num = c(r"(\d{1,2})/(\d{4})")
        self.numeric = c(r"(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}|\d{2}))?\.?")
        self.day_month = c(rf"(?:the\s+)?(?:{DAYN}|{DAYW})(?:\s+day)?(?:\s+of)?\s+({L.MONTH})\.?(?:,?\s+(\d{{4}}|'?\d{{2}}))?")
        self.month_day = c(rf"({L.MONTH})\.?\s+(?:the\s+)?(?:{DAYN}|{DAYW})(?:,?\s+{YEAR})?")
        self.month_year = c(rf"({L.MONTH})\.?(?:,?\s+(?:of\s+)?)\s*{YEAR}")
        self.month = c(rf"(?:(last|next|this|this\s+past|this\s+coming|past|coming)\s+)?({L.MONTH})\.?(?:\s+(after\s+next|of\s+this\s+year|of\s+last\s+year|of\s+next\s+year|in\s+(?:a|1|one)\s+year))?")
        self.day_of_month = c(rf"(?:the\s+)?(?:{DAYN}|{DAYW})(?:\s+(?:of\s+)?(this|next|last|the\s+next|the\s+current|the\s+following)\s+month)?")
        self.year = c(r"(?:the\s+year\s+|year\s+|fiscal\s+(?:year\s+)?|fy\s*)?(\d{4})")
        self.decade = c(r"(?:the\s+)?(?:early\s+|late\s+|mid-?\s*)?(\d{3})0'?s")
        self.decade_short = c(r"(?:the\s+)?(?:early\s+|late\s+|mid-?\s*)?'(\d)0s")
        self.century = c(rf"(?:the\s+)?(?:early\s+|late\s+|mid-?\s*)?(\d{{1,2}}(?:st|nd|rd|th)|{L.ORDWORD})\s+century")
        self.season = c(rf"(?:(this|last|next|the\s+coming|this\s+coming|this\s+past|the\s+past|the)\s+)?({L.SEASON})(?:\s+(?:of\s+)?(\d{{4}}))?")
        self.year_season = c(rf"(\d{{4}})\s+({L.SEASON})")
        self.quarter = c(r"(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+(?:fiscal\s+)?quarter"
                         r"(?:\s+of\s+(?:(\d{4})|(this|last|next)\s+year)|\s+(\d{4}))?")
        self.q = c(r"(?:q([1-4])(?:\s+(\d{4}))?|(\d{4})\s*q([1-4]))")
        self.half = c(r"(?:the\s+)?(first|second)[\s-]+half(?:\s+of\s+(?:(\d{4})|(this|last|next)\s+year))?|h([12])\s+(\d{4})")
        self.holiday = c(rf"(?:(this|last|next)\s+)?({L.HOLIDAY})(?:\s+(?:of\s+)?(\d{{4}})|\s+(?:of|in)\s+(this|last|next)\s+year|\s+in\s+(?:a|one|1)\s+year)?")
        self.duration = c(rf"(?:(?:for|over|about|around|nearly|almost|more\s+than|less\s+than|at\s+least|some|within|up\s+to|the\s+last|the\s+past|the\s+next|the\s+first|the\s+previous|the\s+coming|the\s+following|another|an\s+additional|roughly|approximately|just|only|a\s+full|full|a\s+mere|mere)\s+)*{NUM}(\s+and\s+a\s+half)?[\s-]+{UNIT}(?:-long)?(\s+and\s+a\s+half)?")
        self.duration_vague = c(rf"(?:(?:for|over|during|within)\s+)?(?:the\s+(?:last|past|next|coming|previous|first|final)\s+)?({L.UNIT})s")
        self.half_unit = c(r"(?:a\s+)?half\s+(?:an?\s+)?(hour|day|year|century)|(hour|day|year)\s+and\s+a\s+half")
        self.set_every = c(rf"(?:every|each)\s+(other\s+)?(?:{NUM}\s+)?({L.UNIT}|{L.WEEKDAY}|{L.PART}|{L.SEASON}|{L.MONTH}|{_alt(L.set_periods) or '(?!)'})s?")
        self.set_per = c(rf"(?:per|an?)\s+({L.UNIT})")
        self.set_adverb = c(rf"({_SET_ADVERBS})")
        self.set_times = c(rf"(once|twice|thrice|{NUM}\s+times)\s+(?:(?:a|per|every|each)\s+({L.UNIT})|({_SET_ADVERBS}))")
        self.set_weekdays = c(rf"({L.WEEKDAY_FULL})s")
        self._compile_clock(L)

    def _compile_clock(self, L) -> None:
        """The clock-time pattern: 12- and 24-hour, military, noon/midnight, "o'clock", a part of day, a zone."""
        T12 = r"(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?\s*m\.?|p\.?\s*m\.?|a|p)(?![a-z])"
        T24 = r"([01]?\d|2[0-3])[:h]([0-5]\d)(?:h|hrs)?"
        TMIL = r"([01]\d|2[0-3])([0-5]\d)\s*(?:utc|gmt|z|hrs|hours|h|(?=local\s+time))"
        TZ = r"(?:\s*(?:local\s+time|utc|gmt|z|[a-z]{1,2}[sd]?t|\((?:[a-z]{2,4}|utc|gmt)\)))?"
        self.time = re.compile(
            rf"(?:{T12}|{T24}|{TMIL}|(noon|midnight|midday)|(\d{{1,2}})\s+o'?clock)"
            rf"(?:\s+(?:in\s+the\s+)?({L.PART}))?{TZ}")
        self.time_glue = re.compile(r"^(?:,|at|@|around|about|on|of|by|from)?\s*|\s*(?:,|at|@|around|about|on|of)?$")

    # .............................................................. entry point
    def interpret(self, text: str, compound: bool = True) -> Interp | None:
        L = self.L
        s = clean(text, L, self.abbr)
        if not s or s in L.not_times:
            return None
        if s in L.vague:
            v = L.vague[s]
            return Interp("vague", lambda ref: ("DATE", v, None))
        for rule in (self._in_n, self._sets):  # before fillers ("in", "every") are stripped
            got = rule(s)
            if got:
                return got
        prev = None
        while prev != s:
            prev = s
            if s in L.not_times:
                return None
            got = self._durations(s)  # "about an hour", "over 65 years": the filler is part of it
            if got:
                return got
            got = self._dates(s)
            if got:
                return got
            s = _FILLERS.sub("", s, count=1).strip()
        if s in L.vague:
            v = L.vague[s]
            return Interp("vague", lambda ref: ("DATE", v, None))
        got = self._times(s)
        if got is None and compound:
            got = self._range(s) or self._compound(s)
        return got

    def reading(self, source: str, text: str) -> Interp | None:
        """The reading a recognition rule imposes on its span: "$2 billion [a year]" is a SET, "[today]'s youth"
        the present (PRESENT_REF); None when the text is read as usual."""
        if source == "rule:set_rate":
            return self.rate(text)
        if source == "rule:present_generic":
            return Interp("vague", lambda ref: ("DATE", "PRESENT_REF", None))
        if source == "rule:time_mil":  # "at 1430 hrs": a clock time, not 1,430 hours
            return self._times(clean(text, self.L, self.abbr))
        return None

    def _range(self, s: str) -> Interp | None:
        """'July 13-15', 'from 13 to 15 July', '1960 - 1961': one TIMEX valued by the range's start."""
        m = re.fullmatch(r"(?:from\s+|between\s+)?(.+?)\s*(?:-|to|thru|through|until|till|and)\s*(.+)", s)
        if not m:
            return None
        a, b = m.group(1).strip(), m.group(2).strip()
        first = self.interpret(a, compound=False)
        if first is None or first.kind in ("duration", "set", "vague"):
            # "13 to 15 July": the first part borrows the second's month (and year)
            tail = re.match(r"^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(.+)$", b)
            if not tail or not re.fullmatch(r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?", a):
                return None
            first = self.interpret(f"{a} {tail.group(1)}", compound=False)
            if first is None:
                return None
        elif not re.fullmatch(r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?\S+)*", b) and \
                self.interpret(b, compound=False) is None:
            return None
        return first

    def _compound(self, s: str) -> Interp | None:
        """'tomorrow 18th November at 13:00', '11.07.2017 in the evening': read the parts, keep the most
        specific day (an explicit date over a relative one), add the clock time or part of day."""
        words = s.replace(",", " , ").split()
        pieces: list[Interp] = []
        texts: list[str] = []
        parts: list[str] = []
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                sub = " ".join(words[i:j])
                if sub in self._GLUE:
                    continue
                it = self.interpret(sub, compound=False)
                if it is not None and it.kind not in ("duration", "set", "vague"):
                    pieces.append(it)
                    texts.append(sub)
                    i = j
                    break
            else:
                clock = re.fullmatch(r"([01]?\d|2[0-3])\.([0-5]\d)", words[i])
                if clock and pieces:  # "29.10.2017 21.00"
                    hm = f"{int(clock.group(1)):02d}:{clock.group(2)}"
                    pieces.append(Interp("time_only", lambda ref, hm=hm: ("TIME", f"XXXX-XX-XXT{hm}", "time")))
                elif words[i] in self.L.parts:
                    parts.append(self.L.parts[words[i]])
                elif words[i] not in self._GLUE:
                    return None
                i += 1
        if not pieces or len(pieces) + len(parts) < 2:
            return None
        redundant = re.compile(rf"^(?:{self.L.WEEKDAY})\.?$|^(?:today|tomorrow|yesterday|tonight)(?:\s+(?:{self.L.PART}))?$"
                               rf"|^(?:in\s+the\s+|the\s+|that\s+|this\s+)?(?:{self.L.PART})$")
        dated = [t for p, t in zip(pieces, texts) if p.kind != "time_only" and not redundant.match(t)]
        if len(dated) > 1:
            return None  # two different dates: not one expression
        rank = {"absolute": 0, "deictic": 1, "anaphoric": 2, "time_only": 3}

        def resolve(ref: Ref) -> Result | None:
            results = [(p.kind, p.resolve(Ref(ref.anchor, ref.narrative, p.direction or ref.direction))) for p in pieces]
            results = [(k, r) for k, r in results if r]
            days = sorted((rank.get(k, 9), r[1].split("T")[0]) for k, r in results
                          if k != "time_only" and r[2] in ("day", "time"))
            if not days:
                return None
            day = days[0][1]
            clocks = [r[1].split("T")[1] for k, r in results if "T" in r[1] and ":" in r[1].split("T")[1]]
            tparts = [r[1].split("T")[1] for k, r in results if "T" in r[1] and ":" not in r[1].split("T")[1]] + parts
            if clocks:
                return "TIME", f"{day}T{clocks[0]}", "time"
            if tparts:
                return "TIME", f"{day}T{tparts[0]}", "time"
            return "DATE", day, "day"
        kinds = sorted((rank.get(p.kind, 9), p.kind) for p in pieces)
        return Interp(kinds[0][1], resolve, next((p.direction for p in pieces if p.direction), None))



_GRAMMARS: dict[int, tuple[object, Grammar]] = {}


def rules(L=None) -> Grammar:
    """The grammar compiled from a time lexicon (`ctx.knowledge.times`; default: the packaged one),
    compiled once per lexicon object."""
    L = L if L is not None else default_lexicon()
    got = _GRAMMARS.get(id(L))
    if got is None or got[0] is not L:
        got = _GRAMMARS[id(L)] = (L, Grammar(L))
    return got[1]


def interpret(text: str, L=None) -> Interp | None:
    """Read an expression into an Interp (None when it is not a temporal expression)."""
    return rules(L).interpret(text)


def as_date(anchor) -> date | None:
    if anchor is None or isinstance(anchor, date):
        return anchor
    try:
        return date.fromisoformat(str(anchor)[:10])
    except ValueError:
        return None


def normalize(text: str, anchor: date | str | None = None, tense_hint: str | None = None, L=None) -> Result | None:
    """Normalise one temporal expression against an anchor (publication) date.

    Returns (TIMEX3 type, TimeML value, precision) or None when `text` is not a
    temporal expression. `tense_hint` is "past", "future" or None: which way an
    underspecified expression ("Friday", "March 24") is resolved when its own
    words do not say. Weekdays default to the past (news), month-days to the
    nearest occurrence. Without an anchor, relative parts are X placeholders.

    >>> normalize("28 years ago", "2025-03-06")
    ('DATE', '1997', 'year')
    >>> normalize("Thursday afternoon", "2025-03-06")
    ('TIME', '2025-03-06TAF', 'time')
    """
    it = interpret(text, L)
    if it is None:
        return None
    a = as_date(anchor)
    return it.value(Ref(anchor=a, narrative=a, direction=it.direction or tense_hint))
