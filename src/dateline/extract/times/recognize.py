"""Find temporal expressions in a text: rule patterns first, spaCy DATE/TIME entities as a second source."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...knowledge.times import _alt, lexicon
from .rule_starts import RuleStarts, matches


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    source: str  # "rule:<name>" | "ner"
    read: str | None = None  # the text to interpret when it is not the span ("5" in "April 3-5" reads "April 5")


_MONTH_ABBR = r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\."
_ZONE = (r"(?:local\s+time|utc|gmt|est|edt|cst|cdt|mst|mdt|pst|pdt|akst|hst|bst|cet|cest|eet|eest|wet|ist|"
         r"jst|kst|aest|aedt|awst|msk|sast|hkt|sgt|pht|et|pt|ct|mt|z)")
_NAMES_MUST_BE_CAPITALISED = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|thanksgiving|halloween)\b",
    re.IGNORECASE)


_PATTERNS: dict[int, tuple[object, list]] = {}
_IDIOM_PRONE = frozenset({"vague", "duration_a", "duration_vague", "vague_plural"})


def patterns(L=None) -> list[tuple[str, re.Pattern, frozenset | None]]:
    """(name, pattern, words one of which must occur) triples, matched on lowercased text;
    the span is the group `t` (else the whole match). Compiled once per time lexicon."""
    L = L if L is not None else lexicon()
    got = _PATTERNS.get(id(L))
    if got is None or got[0] is not L:
        got = _PATTERNS[id(L)] = (L, _compile(L))
    return got[1]


def _rule_starts(pats: list) -> RuleStarts:
    """Where each rule of this list can begin in a text (rule_starts.py); read once per list."""
    got = _STARTS.get(id(pats))
    if got is None or got[0] is not pats:
        got = _STARTS[id(pats)] = (pats, RuleStarts([pat for _, pat, _ in pats]))
    return got[1]


_STARTS: dict[int, tuple[list, RuleStarts]] = {}
_BEG = r"(?<![\w-])"  # a rule starts at a word start
_END = r"(?![\w])"  # and ends at a word end


def _compile(L) -> list[tuple[str, re.Pattern, frozenset | None]]:
    """The recognition patterns written with the lexicon's words: (rule, pattern, the words one of which a
    text must contain for the rule to be tried, or None)."""
    needs = _needs(L)
    return [(name, re.compile(_BEG + _first_char_guard(p) + "(?:" + p + ")" + _END),
             frozenset(needs[name]) if name in needs else None) for name, p in _patterns(L)]


def _first_char_guard(pattern: str) -> str:
    """A lookahead for the characters a match of `pattern` can start with (`(?=[...])`), or "" when the pattern is
    not read (then no guard): tried first at each word start, it fails fast where the rule cannot begin (the same
    matches, found sooner: `re` would try every alternative of the rule there)."""
    try:
        from re import _constants as sre, _parser as parser  # CPython's own reading of a pattern (3.11+)

        parsed = parser.parse(pattern)
        if parsed.state.flags & re.IGNORECASE:
            return ""  # (the rules are written in lower case and matched on lowercased text)
        pieces, may_be_empty = _first_chars(parsed.data, sre)
    except (ImportError, ValueError):
        return ""
    return "" if may_be_empty or not pieces else "(?=[" + "".join(dict.fromkeys(pieces)) + "])"


def _first_chars(items, sre) -> tuple[list[str], bool]:
    """(character class pieces one of which a match of the parsed items starts with, whether it can be empty);
    ValueError on a construct not read here (a negated class, a back reference, flags...)."""
    pieces: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            got, empty = [_class_piece(op, av, sre)], False
        elif op is sre.IN:
            got, empty = [_class_piece(o, a, sre) for o, a in av], False
        elif op is sre.BRANCH:
            got, empty = [], False
            for alt in av[1]:
                g, e = _first_chars(alt.data, sre)
                got, empty = got + g, empty or e
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:
            got, empty = _first_chars(av[3].data, sre)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            got, empty = _first_chars(av[2].data, sre)
            empty = empty or av[0] == 0
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            got, empty = [], True  # zero width: the next item gives the first character
        else:
            raise ValueError(f"not read: {op}")
        pieces += got
        if not empty:
            return pieces, False
    return pieces, True


def _class_piece(op, av, sre) -> str:
    if op is sre.LITERAL:
        return _class_char(av)
    if op is sre.RANGE:
        return _class_char(av[0]) + "-" + _class_char(av[1])
    if op is sre.CATEGORY and getattr(av, "name", None) in _CATEGORIES:
        return _CATEGORIES[av.name]
    raise ValueError(f"not read: {op}")


def _class_char(code: int) -> str:
    return chr(code) if chr(code).isascii() and chr(code).isalnum() else f"\\U{code:08x}"


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _blocks(L) -> tuple[str, ...]:
    """The sub-patterns the rules share: month, weekday, part of day, day number, year, number, unit,
    duration qualifier, vague expressions."""
    MONTHF = _alt(k for k in L.months if len(k) > 3 or k == "may")
    MONTH = rf"(?:{MONTHF}|{_MONTH_ABBR}|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?=\s+\d))"
    WD = L.WEEKDAY_FULL
    PART = r"(?:morning|afternoon|evening|night)"
    DAYN = r"\d{1,2}(?:st|nd|rd|th)?"
    YEAR = r"(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})"
    NUMX = rf"(?:\d+(?:\.\d+)?|{_alt(k for k in L.numbers if k not in ('a', 'an'))}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?:one|two|three|four|five|six|seven|eight|nine))"
    NUMA = rf"(?:{NUMX}|an?)"
    UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|century|centuries)s?"
    QUAL = (r"(?:for|over|about|around|nearly|almost|more\s+than|less\s+than|at\s+least|some|within|"
            r"up\s+to|the\s+last|the\s+past|the\s+next|the\s+first|the\s+previous|the\s+coming|another|"
            r"roughly|approximately|just|only|a\s+mere|mere|a\s+full|an\s+additional)")
    VAGUE = _alt(L.vague_emitted)
    return MONTHF, MONTH, WD, PART, DAYN, YEAR, NUMX, NUMA, UNIT, QUAL, VAGUE


# plural units ("for years", "several months"), one unit ("an hour", "a decade"; "a second" is mostly an
# ordinal, "a night" an event), and the quantity before a rate ("$2 billion a year", "10,000 barrels a day")
PLURAL = r"(?:(?:second|minute|hour|day|week|month|year|decade)s|centuries)"
SINGLE = r"(?:minute|hour|day|week|fortnight|month|year|decade|century)"
RATE = (r"(?:(?:usd|eur|gbp|us\$)?(?<![\d,.])(?!1[5-9]\d\d\b|20\d\d\b)\d[\d,.]*%?|percent|per\s+cent|million|billion|trillion|thousand|hundred)"
        r"(?:\s+[a-z]+)?(?:\s+of\s+[a-z]+)?")  # "10,000 barrels of oil a day"


def _patterns(L) -> list[tuple[str, str]]:
    """The rule table, one line a rule (the order breaks ties between overlapping matches)."""
    MONTHF, MONTH, WD, PART, DAYN, YEAR, NUMX, NUMA, UNIT, QUAL, VAGUE = _blocks(L)
    VAGUENUM = _alt(v for v in L.vague_numbers if v not in ("some", "multiple"))  # "several years", "dozens of years"
    RUN = r"(?:consecutive|straight|successive)"  # "three consecutive quarters", "two straight years"
    P = [
        ("full_date_mdy", rf"(?:(?:(?:this\s+coming|this\s+past|next|last|this)\s+)?(?:{WD}),?\s+)?{MONTH}\s+(?:the\s+)?{DAYN}(?:,?\s+{YEAR}|,?\s+(?:last|this|next)\s+year)?(?![\d%])(?!\s*(?:-|percent|million|billion))"),
        ("full_date_dmy", rf"(?:(?:(?:this\s+coming|this\s+past|next|last|this)\s+)?(?:{WD}),?\s+)?(?:the\s+)?{DAYN}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?"),
        ("month_year", rf"{MONTH},?\s+(?:of\s+)?{YEAR}"),
        ("day_range", rf"{MONTH}\s+{DAYN}\s*(?:-|–|to|through|until|till)\s*{DAYN}(?:,?\s+{YEAR})?(?![\d%-])"
                      rf"|(?:the\s+)?{DAYN}\s*(?:-|–|to|through|until|till)\s*(?:the\s+)?{DAYN}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?"),
        ("year_range", rf"{YEAR}\s*(?:-|–)\s*(?:{YEAR}|\d{{2}})(?![\d%-])"),
        ("week_of_month", rf"(?:the\s+)?(?:first|second|third|fourth|last|final)\s+week\s+of\s+(?:{MONTHF})(?:,?\s+{YEAR})?"),
        ("iso_date", r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])"),
        ("month_ctx", rf"(?:(?:in|since|until|till|by|from|during|through|before|after|and|or|to)[\s-]+)(?P<t>(?:(?:early|late|mid)[\s-]+)?(?:{MONTHF}))"),
        ("month_rel", rf"(?:(?:early|late|mid)[\s-]+|(?:last|next|this|this\s+past|this\s+coming|past|coming)\s+)(?:{MONTHF})"),
        ("month_bare", r"(?:january|february|april|june|july|september|october|november|december)"),
        ("year_ctx", rf"(?:(?:in|since|by|until|till|from|during|through|before|after|of|between|and|to|or|around|circa|late|early|mid|as\s+of|than|year|summer|winter|spring|autumn|fall)[\s-]+)(?P<t>(?:(?:early|late|mid)[\s-]+)?(?:the\s+year\s+)?{YEAR})(?![\w%]|,\d|\.\d|-\w)"),
        ("decade", rf"(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?:\d{{3}}0s|'\d0s)"),
        ("century", rf"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:\d{{1,2}}(?:st|nd|rd|th)|{L.ORDWORD})\s+century"),
        ("weekday", rf"(?:(?:late|early|later|earlier)\s+(?:on\s+)?)?(?:(?:this\s+past|this\s+coming|last|next|this|coming|past)\s+)?(?:{WD})(?:['\u2019]s)?(?:\s+{PART})?"
                    r"(?:\s+(?:of\s+)?(?:last|next|this)\s+week(?![\w'\u2019-]))?"),
        ("deictic", rf"(?:(?:early|late|earlier|later)\s+)?(?:today|tonight|yesterday|tomorrow|overnight)(?:\s+{PART})?|(?:(?:early|late)\s+)?(?:this|last|tomorrow|yesterday)\s+{PART}|the\s+day\s+(?:before|after)\s+(?:yesterday|tomorrow)"),
        ("anaphoric", rf"(?:(?:later|earlier)\s+)?(?:the\s+)?(?:next|following|previous|preceding|same)\s+(?:day|{PART}|week|weekend|month|year)|(?:(?:later|earlier)\s+)?that\s+(?:day|{PART}|week|weekend|month|year)|(?:later|earlier)\s+(?:in|on)\s+the\s+(?:day|week|month|year|{PART})|the\s+(?:day|week|month|year)\s+(?:before|after)(?=\s*[,.;])"),
        ("rel_unit", r"(?:(?:earlier|later)\s+|(?:early|late|mid)[\s-]+)?(?:the\s+(?=past|last|coming|next|current))?(?:this|last|next|past|coming|upcoming|current|this\s+past|this\s+coming)\s+(?:week|weekend|month|year|quarter|decade|century|fiscal\s+year)(?:['\u2019]s)?"
                     r"|the\s+(?:latest|most\s+recent|year-earlier|year-ago|same)\s+quarter|the\s+quarter(?!\s+of\b)(?![\w-])|the\s+year-(?:earlier|ago)\s+period"),
        ("ago", rf"(?:half\s+)?(?:{NUMA})(?:\s+and\s+a\s+half)?\s+{UNIT}(?:\s+and\s+a\s+half)?\s+(?:ago|earlier|later)"),
        ("in_n", rf"in\s+(?:just\s+|another\s+)?{NUMA}\s+{UNIT}|{NUMA}\s+{UNIT}\s+from\s+now"),
        ("season", rf"(?:(?:this|last|next|early|late|mid|this\s+past|this\s+coming)[\s-]+)(?:spring|summer|autumn|winter|fall)(?:\s+(?:of\s+)?{YEAR})?|(?:in|during|by|since|until|over|through)\s+(?P<t>the\s+(?:spring|summer|autumn|winter|fall)\s+of\s+{YEAR}|(?:spring|summer|autumn|winter))|(?:in|during|by|until|through)\s+the\s+(?P<t2>spring|summer|autumn|winter|fall)(?!\s+(?:of|semester|term|session|season|collection)\b)|(?:spring|summer|autumn|winter|fall)\s+(?:of\s+)?{YEAR}|{YEAR}\s+(?:spring|summer|autumn|winter|fall)"),
        ("quarter", rf"(?:the\s+)?(?:first|second)\s+half\s+of\s+(?:{YEAR}|this\s+year|last\s+year|next\s+year)|(?:the\s+)?(?:first|second|third|fourth|final|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter(?:\s+of\s+(?:{YEAR}|this\s+year|last\s+year|next\s+year))?|q[1-4]\s+{YEAR}|h[12]\s+{YEAR}|(?:first|second|third|fourth)-quarter(?=\s+[a-z])|(?:first|second)-half(?=\s+[a-z])"),
        ("time12", rf"\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:a\.m\.|p\.m\.|a\.m|p\.m|am|pm)(?![\w])(?:\s+{_ZONE}\b|\s+\({_ZONE}\))?"),
        ("time24", rf"(?:(?:at|around|about|by|until|from|before|after|since|approximately)\s+)(?P<t>(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?:hrs|h\b|{_ZONE}\b))?)(?![\d:])|(?:[01]?\d|2[0-3]):[0-5]\d\s*(?:local\s+time|hrs|gmt|utc)"),
        ("time_mil", r"(?:[01]\d|2[0-3])[0-5]\d\s*(?:utc|gmt|hrs|h|local\s+time)\b|(?:(?:at|by|until|from|before|after|around)\s+)(?P<t>(?:[01]\d|2[0-3])[0-5]\d\s*hours)\b"),
        ("noon", r"(?:at\s+)(?P<t>noon|midnight|midday)"),
        ("clock_word", r"(?:at|by|until|around|about|before|after)\s+(?P<t>(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})(?:\s+o'?clock)?\s+(?:tonight|in\s+the\s+(?:morning|afternoon|evening)))"),
        ("holiday", rf"(?:(?:this|last|next)\s+)?(?:{_alt(k for k in list(L.holidays_fixed) + list(L.holidays_nth) + list(L.holidays_easter) if not k.startswith(('may', 'labour', 'the ')))})(?:\s+{YEAR})?"),
        ("duration", rf"(?:{QUAL}\s+)*{NUMX}(?:\s+and\s+a\s+half)?\s+(?:{RUN}\s+)?{UNIT}(?!\s*-)(?!\s+(?:old|ago|earlier|later|from\s+now|of\s+age)\b)|{QUAL}\s+(?:an?|half\s+an?)\s+(?:hour|day|week|month|year|decade)(?!\s*-)(?!\s+(?:old|ago|earlier|later))"
                     rf"|(?:{QUAL}\s+)+{NUMX}\s+(?:{RUN}\s+)?quarters(?!\s+of\b)|{NUMX}\s+{RUN}\s+quarters"),
        ("set", rf"(?:every|each)\s+(?:other\s+)?(?:{NUMX}\s+)?(?:{UNIT}|{WD}|{PART}|{_alt(list(L.set_periods) + list(L.seasons))}|{MONTHF})s?(?![\w-])|(?:once|twice|{NUMX}\s+times)\s+(?:(?:a|per|every|each)\s+(?:day|week|month|year|hour)|daily|weekly|monthly|yearly|annually|hourly)(?![\w-])"
                rf"|(?:on\s+)?(?P<t>(?:{WD})s)(?![\w'])|on\s+(?P<t2>weekends)(?![\w'])"
                rf"|(?:daily|weekly|monthly|yearly|annually|nightly|hourly|quarterly|biweekly|fortnightly)(?![\w-])(?!\s+(?:{_alt(L.set_adverb_not_before)})s?\b)"),
        ("duration_adj", rf"{NUMX}-(?:second|minute|hour|day|week|month|year|decade)(?!-old)(?=(?:-long)?\s+[a-z])|(?:an?|one)\s+{SINGLE}-long|(?:an?\s+)?(?:day|week|month|year)long(?=\s+[a-z])"),
        ("duration_vague", rf"(?:over\s+|for\s+|during\s+|within\s+)?the\s+(?:last|past|next|coming|previous|first|final)\s+(?:few\s+|several\s+|many\s+|couple\s+of\s+)?{PLURAL}"
                           rf"|(?:{VAGUENUM})\s+{PLURAL}(?!\s+(?:old|ago|earlier|later|before|after)\b)"
                           rf"|(?:for|within|over|after|in|spen[dt]|spends|spending|take[ns]?|took|taking|last(?:s|ed|ing)?)\s+(?P<t>{PLURAL})(?!\s+(?:old|ago|earlier|later)\b)|(?:day|week|month|year|decade)s(?=\s+of\s+(?!the\b|these\b|those\b|this\b|that\b)[a-z])"),
        ("vague_plural", rf"{PLURAL}\s+(?:ago|earlier|later)"),
        ("set_rate", rf"{RATE}\s+(?P<t>(?:an?|per)\s+{SINGLE})(?![\w-])"),
        ("duration_a", rf"(?:half\s+)?(?:an?|one)\s+{SINGLE}(?:\s+and\s+a\s+half)?(?![\w-])(?!\s+(?:old|ago|earlier|later|from\s+now)\b)"),
        ("ordinal_day", rf"(?:the|its|their|his|her)\s+(?:\d{{1,3}}(?:st|nd|rd|th)|{L.ORDWORD})\s+(?:straight\s+|consecutive\s+|successive\s+)?(?:day|week|month|year)(?!\s+of\s+(?:{MONTHF}|the\s+(?:month|year)|this|next|last|\d)\b)(?![\w-])"),
        ("year_end", r"(?:the\s+)?(?:(?:year|month)[\s-]end|(?:end|beginning|start|middle)\s+of\s+(?:year|month))(?![\w-])|mid-?year(?![\w-])"),
        ("present_generic", rf"today['\u2019]s(?=\s+(?:{_alt(L.present_nouns)})\b)"),
        ("fiscal", rf"(?:fiscal\s+(?:year\s+)?|fy\s?)(?:{YEAR}|'?\d{{2}})(?![\w-])|(?:the\s+)?{YEAR}\s+fiscal\s+year"),
        ("vague", VAGUE),
    ]
    return P


def _needs(L) -> dict[str, frozenset]:
    """For each rule, the words one of which the text must contain (a cheap test before the regex)."""
    months = frozenset(k.rstrip(".") for k in L.months)
    weekdays = frozenset(k for k in L.weekdays if k.endswith("day"))
    units = frozenset(k for u in L.units for k in (u, u + "s")) | {"centuries", "weekend", "weekends"}
    parts = frozenset(k for p in L.parts for k in p.split("-"))
    holiday_words = frozenset(h.split()[0].rstrip(".") for h in list(L.holidays_fixed) + list(L.holidays_nth)
                              + list(L.holidays_easter) + list(L.holidays_relative))
    digits = frozenset({"0-9"})
    needs = {
        "full_date_mdy": months, "full_date_dmy": months, "month_year": months, "day_range": months, "month_ctx": months, "month_rel": months,
        "month_bare": months, "iso_date": digits, "year_range": digits, "week_of_month": months, "year_ctx": digits, "decade": digits, "century": {"century"},
        "weekday": weekdays, "deictic": frozenset({"today", "tonight", "yesterday", "tomorrow", "overnight"}) | parts,
        "anaphoric": units | parts, "rel_unit": units | {"quarter"}, "ago": units, "in_n": units,
        "season": frozenset(L.seasons), "quarter": frozenset({"quarter", "half"}) | digits, "time12": digits,
        "time24": digits, "time_mil": digits, "noon": frozenset({"noon", "midnight", "midday"}),
        "clock_word": frozenset({"tonight", "morning", "afternoon", "evening"}),
        "holiday": holiday_words, "duration": units | {"quarters"}, "duration_adj": units | {"daylong", "weeklong", "monthlong", "yearlong"}, "duration_vague": units,
        "vague_plural": units, "set_rate": units, "duration_a": units, "ordinal_day": frozenset({"day", "week", "month", "year"}),
        "fiscal": frozenset({"fiscal", "fy"}), "year_end": frozenset({"end", "midyear", "mid"}), "present_generic": frozenset({"today"}),
        "set": units | weekdays | {w + "s" for w in weekdays} | parts | months | frozenset(L.seasons) | frozenset(L.set_periods) | {"daily", "weekly", "monthly", "yearly", "annually", "nightly", "hourly",
                                          "quarterly", "biweekly", "fortnightly"},
        "vague": frozenset(max(re.findall(r"[a-z]+", v), key=len) for v in L.vague_emitted),  # "in the past": "past"
    }
    return needs

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


def named_day(text: str, start: int, L=None) -> bool:
    """'Super Tuesday', 'Good Friday', 'a Tuesday': the word before makes the weekday a name or a kind."""
    m = re.search(r"(\w+)\s+$", text[max(0, start - 20):start])
    return bool(m) and m.group(1).lower() in (L or lexicon()).weekday_name_prefixes


def find_candidates(text: str, L=None) -> list[Candidate]:
    """Rule matches, longest first, without overlaps.

    Patterns run on the lowercased text (case-insensitive matching in `re` is twice as slow) and
    only when a word they need occurs, each only at the word starts it can begin at (rule_starts.py: the same
    matches as a scan of the whole text); capitalisation is then checked on the original text."""
    found: list[Candidate] = []
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lowercased: keep offsets exact
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    words = set(re.findall(r"[a-z]+", low))
    has_digit = bool(re.search(r"\d", low))
    pats = patterns(L)
    for (name, pat, needs), starts in zip(pats, _rule_starts(pats).starts(low)):
        if needs is not None and not (needs & words or (has_digit and "0-9" in needs)):
            continue
        for m in matches(pat, low, starts):
            g = next((k for k in ("t", "t2") if k in pat.groupindex and m.group(k)), None)
            s, e = m.span(g) if g else m.span()
            span = text[s:e]
            if not span.strip() or not _capitalisation_ok(text, span, s):
                continue
            if name == "holiday" and re.match(r"\s+[A-Z]", text[e:e + 2]):
                continue  # "Easter Island", "Christmas Island"
            if name == "weekday" and named_day(text, s, L):
                continue
            if name in _IDIOM_PRONE and _inside_phrase(low, s, low[s:e], (L or lexicon()).time_idioms):
                continue  # "now that the war is over", "at the time of the vote", "as soon as", "called it a day"
            if name in ("set", "vague") and text[s].isupper() and not ("t" in pat.groupindex and m.group("t")) and not re.search(r"(?:^|[.!?:\n\"\u201c(]\s*)$", text[max(0, s - 3):s]):
                continue  # "The Daily Telegraph", "Now This": a name, not a time
            found.append(Candidate(s, e, "rule:" + name))
    return [_with_period_part(low, part) for c in non_overlapping(found) for part in _day_range_ends(text, c)]


_PART_OF = re.compile(r"(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+$")
_PART_RULES = frozenset({"rule:year_ctx", "rule:rel_unit", "rule:month_ctx", "rule:month_bare", "rule:month_rel", "rule:month_year",
                         "rule:decade", "rule:century", "rule:season", "rule:quarter", "rule:fiscal", "rule:anaphoric"})


def _with_period_part(low: str, c: Candidate) -> Candidate:
    """"the end of next year", "the beginning of March", "the middle of 2024": the part of a period is
    one expression with it (TimeML mod END / START / MID), not the bare period."""
    m = _PART_OF.search(low, max(0, c.start - 24), c.start) if c.source in _PART_RULES else None
    return Candidate(m.start(), c.end, c.source, c.read) if m else c


_RANGE_MDY = re.compile(r"(?P<a>[A-Za-z.]+\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?)\s*(?:-|–|to|through|until|till)\s*"
                        r"(?P<b>(?P<d2>\d{1,2})(?:st|nd|rd|th)?)(?P<y>,?\s+\d{4})?$", re.IGNORECASE)
_RANGE_DMY = re.compile(r"(?:the\s+)?(?P<a>(?P<d1>\d{1,2})(?:st|nd|rd|th)?)\s*(?:-|–|to|through|until|till)\s*"
                        r"(?P<b>(?:the\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>[A-Za-z.]+)(?P<y>,?\s+\d{4})?)$", re.IGNORECASE)


_YEARS = re.compile(r"(\d{4})\s*[-–]\s*(\d{4}|\d{2})$")


def _year_range_ends(text: str, c: Candidate) -> list[Candidate]:
    """A range of years ("2010-2015", "1990-95", "1914–1918") is two linked years, the second read whole
    ("95" reads "1995"); a second number not after the first ("2024-12", "1990-85") is no range of years."""
    m = _YEARS.match(text[c.start:c.end])
    end = m.group(1)[:4 - len(m.group(2))] + m.group(2)
    if int(end) <= int(m.group(1)):
        return []
    return [Candidate(c.start, c.start + 4, "rule:year_ctx"), Candidate(c.start + m.start(2), c.end, "rule:year_range", end)]


def _day_range_ends(text: str, c: Candidate) -> list[Candidate]:
    """A range of days in one month ("April 3-5", "3 to 5 April 2024") is two times, each end read
    with the month and year written once ("5" reads "April 5"); an end before its start is no range."""
    if c.source == "rule:year_range":
        return _year_range_ends(text, c)
    if c.source != "rule:day_range":
        return [c]
    span = text[c.start:c.end]
    m = _RANGE_MDY.match(span)
    if m:
        a, b = Candidate(c.start, c.start + m.end("a"), "rule:full_date_mdy", m.group("a") + (m.group("y") or "")), \
            Candidate(c.start + m.start("b"), c.start + m.end("b"), "rule:day_range", span[:m.start("d1")] + m.group("b") + (m.group("y") or ""))
    else:
        m = _RANGE_DMY.match(span)
        if not m:
            return []
        a, b = Candidate(c.start + m.start("a"), c.start + m.end("a"), "rule:full_date_dmy", f"{m.group('a')} {m.group('m')}{m.group('y') or ''}"), \
            Candidate(c.start + m.start("b"), c.end, "rule:day_range")
    return [a, b] if int(m.group("d2")) > int(m.group("d1")) else [a]


def _inside_phrase(low: str, start: int, match: str, phrases) -> bool:
    """Is the match at `start` part of one of the phrases (which contain it)?"""
    for p in phrases:
        i = p.find(match)
        if i >= 0 and start - i >= 0 and low.startswith(p, start - i):
            return True
    return False


def non_overlapping(cands: list[Candidate]) -> list[Candidate]:
    kept: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if all(c.end <= k.start or k.end <= c.start for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)
