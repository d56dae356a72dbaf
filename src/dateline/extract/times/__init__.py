"""Temporal expressions, normalised against the publication date (TimeML TIMEX3); event dates.

`extract_times(doc, ctx)` finds every temporal expression (rule patterns, then
spaCy DATE/TIME entities the rules missed), reads each with `normalize`'s
grammar and resolves it against the right anchor:

- deictic expressions ("yesterday", "Wednesday", "last week", "28 years ago")
  against the publication date — or, inside a quotation, against the date the
  quoted words were said: the day in the attribution ("... in two days!"
  Macron tweeted on Thursday), else the enclosing quotation's, else the
  last recent day told before the quotation;
- anaphoric ones ("the next morning", "that night", "the previous day")
  against the story's last-named day (days ahead of publication do not move
  the story; "three years later" counts from the last year named);
- bare clock times ("3:00 p.m. local time") against a day named near them in
  the sentence, else the story's day.

Underspecified dates take their direction from the words ("next", "ago"),
else the tense of the governing verb ("will meet on Friday"), else weekdays
go to the past (news) and month-days to the nearest occurrence. Nothing
reads the clock; with no publication date relative values keep TimeML X
placeholders. No state survives a call.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .. import entities
from ...record import EventDate, Time
from .normalize import Interp, Ref, as_date, interpret, normalize, rules
from .quotes import _Quote, _depth, quote_regions
from .recognize import Candidate, _capitalisation_ok, named_day, find_candidates, non_overlapping
from .tense import tense_direction
from .timex import measured_event, modifier, range_pairs, set_attributes

__all__ = ["extract_times", "event_date", "normalize", "interpret"]

CALENDAR_TYPES = ("DATE", "TIME")
_OPEN_BEFORE = re.compile(r"(?i)\b(?:until|till|to|for|by|before|through|from)\s+(?:the\s+)?$")
_OPEN_AFTER = re.compile(r"(?i)\s+(?:deadline|target|cutoff|cut-off)\b")
_NAME_LIKE = re.compile(r"(?:Today|Tonight|Tomorrow|Yesterday|TODAY|TONIGHT)$"
                        r"|(?:This|Last|Tomorrow|Yesterday)\s+(?:Morning|Afternoon|Evening|Night)$")
_WEEKDAY_ONLY = re.compile(r"(?i)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['\u2019]s)?$")
_DAY_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_MONTH_PREP_BEFORE = re.compile(r"(?i)\b(?:in|since|until|till|by|during|through|from|early|late|mid|last|next|this)[\s-]+$")
_SUPERLATIVE_BEFORE = re.compile(  # "the first time in 20 years", "the highest level in a decade"
    r"(?:\btimes?|\b(?:highest|lowest|largest|biggest|smallest|worst|best|most|least|fastest|slowest|"
    r"strongest|weakest|longest|deadliest|record)\s+\w+)\s*$", re.IGNORECASE)


@dataclass(slots=True)
class _Item:
    start: int
    end: int
    text: str
    source: str
    interp: Interp
    depth: int = 0
    quote: tuple[int, int] | None = None
    result: tuple[str, str, str | None] | None = None
    day: date | None = None  # the calendar day it resolved to, when it names one
    anchor: date | None = None  # the day a relative expression was resolved against


# ---------------------------------------------------------------- extraction

def _day_of(result) -> date | None:
    if not result or result[0] not in CALENDAR_TYPES or result[2] not in ("day", "time"):
        return None
    m = _DAY_VALUE.match(result[1])
    return date.fromisoformat(m.group(1)) if m else None


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 6):pos]
    return pos == 0 or bool(re.search(r"(?:^|[.!?:;\n\u2014\]\u2026]|[\"\u201c\u2018'(])\s*[\"\u201c\u2018'(]?\s*$", before))


def _first_day_of(result) -> tuple[date, str] | None:
    """(first day, precision) of a calendar DATE value at year, month or day precision."""
    if not result or result[0] not in CALENDAR_TYPES:
        return None
    v, p = result[1], result[2]
    try:
        if p in ("day", "time") and _DAY_VALUE.match(v):
            return date.fromisoformat(v[:10]), "day"
        if p == "month" and re.fullmatch(r"\d{4}-\d{2}", v):
            return date(int(v[:4]), int(v[5:]), 1), "month"
        if p == "year" and re.fullmatch(r"\d{4}", v):
            return date(int(v), 1, 1), "year"
        if p == "quarter" and re.fullmatch(r"\d{4}-Q[1-4]", v):  # "fourth-quarter profit": what "the quarter" is
            return date(int(v[:4]), 3 * int(v[-1]) - 2, 1), "quarter"
    except ValueError:
        return None
    return None


def interpret_simple(text: str, L=None) -> Interp | None:
    """The grammar without the compound reading (no gluing of a day-of-month to a part of day)."""
    from .normalize import rules
    return rules(L).interpret(text, compound=False)


def _has_count(text: str, L) -> bool:
    words = re.findall(r"[a-z]+|\d", text.lower())
    return any(w.isdigit() or (w in L.numbers and w not in ("a", "an")) for w in words) or bool(
        re.search(r"\b(?:about|around|nearly|almost|over|for|within|more than|less than|at least|half)\s+an?\b",
                  text, re.IGNORECASE))


def _adverb_as_noun(item: _Item, doc) -> bool:
    """"The weekly goes on sale", "a daily is planned": a set adverb the parser reads as a noun after a
    determiner names a publication, not a frequency ("a daily aspirin" stays: an adjective)."""
    if " " in item.text.strip():
        return False
    span = doc.char_span(item.start, item.end, alignment_mode="expand")
    tok = span[0] if span is not None and len(span) == 1 else None
    return tok is not None and tok.pos_ == "NOUN" and tok.i > 0 and doc[tok.i - 1].dep_ == "det"


def _keep(item: _Item, doc, anchor: date | None, L) -> bool:
    """Drop what gold does not count as a time: vague references, counts that are not durations."""
    kind, src = item.interp.kind, item.source
    if kind == "vague":  # "now", "recently", "soon", "years ago": PRESENT_REF / PAST_REF / FUTURE_REF
        return src in ("rule:vague", "rule:vague_plural", "rule:present_generic")
    if kind == "duration":  # "the past year", "over the next decade", "for years", "an hour"
        return src in ("rule:duration_adj", "rule:duration_vague", "rule:rel_unit", "rule:duration_a", "rule:in_n") or (
            src == "rule:duration" and _has_count(item.text, L))
    if kind == "set":
        return src in ("rule:set", "rule:set_rate") and not _adverb_as_noun(item, doc)
    if src in ("ner", "rule:year_ctx") and re.fullmatch(r"\d{4}", item.text.strip()):
        year = int(item.text.strip())
        if anchor and year > anchor.year + 30:
            return False
        span = doc.char_span(item.start, item.end, alignment_mode="expand")
        if span is not None and span.end < len(doc):
            nxt = doc[span.end]
            if nxt.tag_ in ("NNS", "NN") and nxt.is_alpha and nxt.lower_ not in ("election", "elections"):
                return False  # "2000 people", "1500 troops"
    return True


def _month_surnames(doc, L) -> frozenset[str]:
    """Month names the article uses as a person's surname ("Theresa May"); a bare one is the person."""
    months = L.months
    out = set()
    for ent in entities(doc):
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ in months \
                and (len(ent[-1]) > 3 or ent[-1].lower_ == "may"):  # full names, not "Jun", "Mar"
            out.add(ent[-1].lower_)
    return frozenset(out)


def _candidates(doc, text: str, L) -> list[Candidate]:
    cands = [_present_today(doc, text, c) for c in find_candidates(text, L)]
    ents = []
    for s, e in _date_entities(doc):
        m = re.search(r"['\u2019]s$", text[s:e])
        if m:
            e = s + m.start()
        if e > s and all(e <= c.start or c.end <= s for c in cands) and _capitalisation_ok(text, text[s:e], s):
            ents.append(Candidate(s, e, "ner"))
    return sorted(cands + non_overlapping(ents), key=lambda c: c.start)


def _present_today(doc, text: str, c: Candidate) -> Candidate:
    """"today's Ruritania", "today's Europeans": before a place or a people standing alone (also a name the
    parser left untagged or called a product, "today's Vantor with ..."), "today's" is the present
    (PRESENT_REF), not the day ("today's Kestrel summit" and "today's New York Times" stay the day)."""
    if text[c.start:c.end].lower() != "today" or not re.match(r"['\u2019]s\s", text[c.end:c.end + 3]):
        return c
    span = doc.char_span(c.start, c.end)
    if span is None or span.end + 1 >= len(doc):
        return c
    ent = doc[span.end + 1]
    untagged = ent.ent_type_ in ("", "PRODUCT") and ent.pos_ == "PROPN" and ent.text[:1].isupper()  # a bare name
    if not untagged and (ent.ent_type_ not in ("GPE", "LOC", "NORP") or ent.ent_iob_ != "B"):
        return c
    k = span.end + 2
    while k < len(doc) and (doc[k].ent_iob_ == "I" if not untagged else (doc[k].pos_ == "PROPN" and doc[k].ent_iob_ != "B")):
        k += 1
    if k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN"):
        return c
    return Candidate(c.start, c.end + 2, "rule:present_generic")


def _date_entities(doc) -> list[tuple[int, int]]:
    """Character spans of the parser's DATE/TIME entities (the Doc's entities, listed once per parse)."""
    return [(e.start_char, e.end_char) for e in entities(doc) if e.label_ in CALENDAR_TYPES]


def _windows(text: str, q: _Quote) -> list[tuple[int, int]]:
    """Where a quotation's attribution ("..., Macron said on Thursday") is: its sentence outside the quote."""
    before_from = max(0, q.start - 250)
    head = text[before_from:q.start]
    cut = max((m.end() for m in re.finditer(r"[.!?][\"\u201d\u2019]?\s+|\n", head[:-1])), default=0)
    after_to = min(len(text), q.end + 250)
    tail = text[q.end:after_to]
    m = re.search(r"[.!?](?:\s|$)|\n|[\u201c]", tail[1:])
    end = q.end + 1 + m.start() if m else after_to
    return [(before_from + cut, q.start), (q.end, end)]


def extract_times(doc, ctx) -> list[Time]:
    """Every temporal expression in the article with its TIMEX3 type, value and precision."""
    text = _text_of(doc, ctx)
    anchor = as_date(ctx.article.date)
    cache: dict[str, Interp | None] = {}  # per call only: never shared across articles
    quotes = quote_regions(text)
    L = ctx.knowledge.times
    surnames = _month_surnames(doc, L)
    items = [it for c in _candidates(doc, text, L)
             if (it := _read_candidate(doc, text, c, L, cache, surnames, quotes)) is not None and _keep(it, doc, anchor, L)]
    items = [_without_signal(it) for it in items]

    sent_of = _sentence_index(doc) if any(it.interp.kind == "time_only" for it in items) else (lambda pos: 0)
    by_quote: dict[tuple[int, int] | None, list[_Item]] = {}
    for it in items:
        by_quote.setdefault(it.quote, []).append(it)
    resolved: list[_Item] = []
    recent = (max(anchor, date(1, 1, 9)) - timedelta(days=8), anchor) if anchor else None
    # outside quotations first, then each quotation from the outermost in
    order = sorted(by_quote, key=lambda k: (-1, 0) if k is None else (_depth(k[0], k[1], quotes)[0], k[0]))
    speech: dict[tuple[int, int], date | None] = {}
    for key in order:
        group = by_quote[key]
        if key is None:
            local_anchor, narrative = anchor, None
        else:
            local_anchor = _speech_anchor(text, key, quotes, resolved, speech, anchor, recent)
            speech[key] = local_anchor
            narrative = local_anchor
        _resolve_group(doc, text, group, local_anchor, narrative, sent_of, L)
        resolved.extend(group)

    return _records(doc, text, [it for it in sorted(resolved, key=lambda i: i.start) if it.result is not None], L)


_POSSESSIVE_BEFORE = re.compile(r"\w['\u2019]s?\s+[\"\u201c]?$")


def _programme(text: str, start: int, end: int, L) -> bool:
    """A time-like title after a possessive or alone inside quotation marks ("told ABC's This Week", "on NBC's
    \u201cToday\u201d"): capitalised, and its first word no weekday, month or holiday name ("Kell's Tuesday Night
    rally" stays a time), it is a programme's name."""
    first = (re.findall(r"[A-Za-z]+", text[start:end]) or [""])[0]
    if not first[:1].isupper() or first.lower() in L.weekdays or first.lower() in L.months or any(
            first.lower() in k.split() for k in (*L.holidays_fixed, *L.holidays_nth, *L.holidays_easter,
                                                 *L.holidays_relative)):
        return False
    if _POSSESSIVE_BEFORE.search(text[max(0, start - 6):start]):
        return True
    before = text[:max(0, start - 1)].rstrip()  # a quotation holding the title alone, inside a sentence
    return text[start - 1:start] in ('"', "\u201c") and text[end:end + 1] in ('"', "\u201d") \
        and before[-1:].isalpha()


def _read_candidate(doc, text: str, c: Candidate, L, cache: dict, surnames: frozenset, quotes) -> _Item | None:
    """One recognised span read by the grammar, or None when it is no time here (a surname, a title, a name)."""
    span_text = text[c.start:c.end]
    if span_text.lower() in surnames and (
            re.match(r"['\u2019]s\b", text[c.end:c.end + 3])
            or not _MONTH_PREP_BEFORE.search(text[max(0, c.start - 12):c.start])):
        return None  # "Theresa May ... in protest to May's agreement": the person, not the month
    read = c.read or span_text  # "5" in "April 3-5" reads "April 5"
    cache[read] = cache[read] if read in cache else interpret(read, L)
    it = rules(L).reading(c.source, span_text) or cache[read]  # "$2 billion a year": a SET
    if it is None:
        return None
    if c.source == "ner" and _WEEKDAY_ONLY.match(span_text) and named_day(text, c.start, L):
        return None  # "Super Tuesday", "a Tuesday"
    if _NAME_LIKE.match(span_text) and not _sentence_initial(text, c.start) or _programme(text, c.start, c.end, L):
        return None  # "Trending Today USA", "CBS This Morning", "told ABC's This Week": titles, not times
    if re.match(r"(?i)the\s+day\s+(?:before|after)$", span_text) and re.match(r"\s+\w", text[c.end:c.end + 2]):
        return None  # "the day after Monday's debate": relative to an event we do not resolve
    if c.source == "ner" and re.match(r"(?i)(?:the\s+)?\w+\s+(?:day|week|night|year)s?$", span_text) and \
            not interpret_simple(span_text, L):
        return None  # "the fourth night": an ordinal count, not a calendar day
    if c.source == "rule:in_n" and re.match(r"in\s", span_text, re.IGNORECASE) and (
            _SUPERLATIVE_BEFORE.search(text[max(0, c.start - 40):c.start])
            or tense_direction(doc, c.start, c.end, through_nouns=True, L=L) == "past"):
        # "the first time in 20 years", "eight million views in two days": a stretch of time, not a date
        it = interpret(re.sub(r"^in\s+", "", span_text, flags=re.IGNORECASE), L) or it
    depth, q = _depth(c.start, c.end, quotes)
    return _Item(c.start, c.end, span_text, c.source, it, depth, (q.start, q.end) if q else None)


# a preposition before a duration is TimeML's SIGNAL, outside the TIMEX3 ("for [three months]", "within [two
# years]", "over [the past few years]"); "over" before a quantity is a modifier ("over two years": MORE_THAN)
_SIGNAL = re.compile(r"(?i)(?:(?:for|within|during|in|throughout)\s+"
                     r"|over\s+(?=(?:the|these|those|this|that|last|next|past|coming)\b))+")


def _without_signal(item: _Item) -> _Item:
    """A duration's span without the preposition that introduces it."""
    m = _SIGNAL.match(item.text) if item.interp.kind == "duration" else None
    if not m or m.end() >= len(item.text):
        return item
    return replace(item, start=item.start + m.end(), text=item.text[m.end():])


def _records(doc, text: str, items: list[_Item], L) -> list[Time]:
    """Time records with their TIMEX3 attributes (tid, mod, quant/freq, anchor, range link, measured event)."""
    links: dict[int, int] = {}
    for i, j in range_pairs(text, items, L):
        _order_range(doc, items[i], items[j], L)
        links[i], links[j] = j, i
    out = []
    for k, it in enumerate(items):
        typ, value, precision = it.result
        t = Time(text=it.text, start=it.start, end=it.end, type=typ, value=value, precision=precision, tid=f"t{k + 1}",
                 mod=modifier(it.text, text[max(0, it.start - 20):it.start], L),
                 anchor=it.anchor.isoformat() if it.anchor else None,
                 range_with=f"t{links[k] + 1}" if k in links else None)
        if typ == "SET":
            t.quant, t.freq = set_attributes(it.text, L)
        elif typ == "DURATION":
            got = measured_event(doc, it.start, it.end, L)
            if got:
                t.measures, t.measures_start, t.measures_end = got
        out.append(t)
    return out


def _order_range(doc, a: _Item, b: _Item, L) -> None:
    """A range's end lies after its start: "will meet from Wednesday through Friday" counts forward from
    the start; "ran from Wednesday through Friday" back from the end."""
    if not (a.day and b.day and a.day > b.day):
        return
    if tense_direction(doc, a.start, b.end, through_nouns=True, L=L) == "future":
        if b.interp.kind != "absolute":
            b.result = b.interp.value(Ref(anchor=a.day, narrative=a.day, direction="future"))
            b.day, b.anchor = _day_of(b.result), a.day
    elif a.interp.kind != "absolute":
        a.result = a.interp.value(Ref(anchor=b.day, narrative=b.day, direction="past"))
        a.day, a.anchor = _day_of(a.result), b.day


def _text_of(doc, ctx) -> str:
    """The article body the parse was made from (Doc.text would rebuild it token by token)."""
    t = ctx.article.text
    if t is not None and (not len(doc) or doc[-1].idx + len(doc[-1].text_with_ws) == len(t)):
        return t
    return doc.text


def _sentence_index(doc):
    """pos -> sentence number, from the parse's sentence starts (read as arrays: no Token objects)."""
    from spacy.attrs import IDX, SENT_START
    starts = [0]
    if len(doc) and doc.has_annotation("SENT_START"):
        arr = doc.to_array([IDX, SENT_START])
        starts = [int(idx) for idx, st in arr if st == 1] or [0]

    def sent_of(pos: int) -> int:
        return bisect_right(starts, pos) - 1
    return sent_of


def _speech_anchor(text, key, quotes, resolved, speech, anchor, recent) -> date | None:
    q = next(q for q in quotes if (q.start, q.end) == key)
    outer = [r for r in quotes if r.start <= q.start and q.end <= r.end and (r.start, r.end) != key]
    windows = _windows(text, q)
    best = None
    for it in resolved:
        if it.day is None or (q.start <= it.start < q.end):
            continue
        for ws, we in windows:
            if ws <= it.start and it.end <= we:
                dist = min(abs(it.start - q.end), abs(q.start - it.end))
                if best is None or dist < best[0]:
                    best = (dist, it.day)
    if best:
        return best[1]
    if outer:  # nested: the enclosing quotation's date
        parent = max(outer, key=lambda r: r.start)
        return speech.get((parent.start, parent.end), anchor)
    # the story's day where the quotation is told: the last recent day named outside quotations before it (not the
    # lede's: "Kell spoke on Wednesday night. ... On Thursday morning Vale told a radio host ... 'I talked to Kell last
    # night,' Vale said": Wednesday night)
    days = [it for it in resolved if it.day and it.quote is None and it.end <= q.start
            and recent and recent[0] <= it.day <= recent[1]]
    return max(days, key=lambda i: i.start).day if days else anchor


def _resolve_group(doc, text: str, group: list[_Item], anchor, narrative, sent_of, L=None) -> None:
    history: list[tuple[int, date]] = []   # every day named, for clock times in the same sentence
    times_only = []
    initial = narrative
    coarse: tuple[date, str] | None = None
    last_end = -10**9
    story: list[tuple[int, date]] = []     # the days the story moves through (none ahead of publication)
    background: tuple[date, int] | None = None  # the last date given with its year, and where it ended
    for it in group:
        if it.interp.kind == "time_only":
            times_only.append(it)
            continue
        direction = it.interp.direction or tense_direction(doc, it.start, it.end, L=L)
        if direction == "timetable":  # a present-tense timetable: a weekday ahead, anything else undecided
            direction = "future" if re.search(rf"\b(?:{L.WEEKDAY_FULL})\b", it.text.lower()) else None
        base = narrative
        if it.interp.kind == "anaphoric" and history and 0 <= it.start - last_end <= 30:
            base = history[-1][1]  # "on October 14, the same day ...": the date just named
        ref = Ref(anchor=anchor, narrative=base or anchor, direction=direction, coarse=coarse,
                  open_ended=bool(_OPEN_BEFORE.search(text[max(0, it.start - 30):it.start])
                                  or _OPEN_AFTER.match(text[it.end:it.end + 30])))
        if it.interp.yearless and it.interp.kind != "absolute" and background and anchor \
                and it.start - background[1] < 400 and abs((background[0] - anchor).days) > 183 \
                and re.search(r"\d", it.text):
            # "On November 15, 2017, the army moved ... he resigned on November 21": the year just given
            ref = Ref(anchor=background[0], narrative=background[0], direction=None)
        it.result = it.interp.value(ref)
        if it.interp.kind in ("deictic", "anaphoric") or (it.interp.yearless and it.interp.kind != "absolute") \
                or (it.interp.kind == "absolute" and it.interp.yearless):
            it.anchor = ref.narrative if it.interp.kind == "anaphoric" else ref.anchor
        if it.interp.kind == "absolute":
            got = _first_day_of(it.result)
            if got and got[1] == "day":
                background = (got[0], it.end)
        it.day = _day_of(it.result)
        if it.day:
            history.append((it.start, it.day))
            last_end = it.end
            if anchor is None or it.day <= anchor:
                # a day ahead of publication (a deadline, a scheduled vote) is not where the story is
                narrative = it.day
                story.append((it.start, it.day))
        first = _first_day_of(it.result)
        if first and (anchor is None or first[0] <= anchor):
            coarse = first
    for it in times_only:
        same = [(abs(p - it.start), d) for p, d in history
                if sent_of(p) == sent_of(it.start) and abs(p - it.start) <= 80]
        if same:
            day = min(same, key=lambda x: x[0])[1]
        else:
            before = [d for p, d in story if p < it.start]
            day = before[-1] if before else initial or anchor
        it.result = it.interp.value(Ref(anchor=anchor, narrative=day or anchor))
        it.day = _day_of(it.result)
        it.anchor = day or anchor


# ---------------------------------------------------------------- event dates

def _calendar(t: Time) -> bool:
    return t.type in CALENDAR_TYPES and bool(t.value) and t.value[:1].isdigit()


def _span_of(doc, t: Time):
    return doc.char_span(t.start, t.end, alignment_mode="expand")


def _attached(doc, t: Time, trigger) -> bool:
    """Is the time expression a dependent of the trigger (without crossing into another clause)?"""
    span = _span_of(doc, t)
    if span is None:
        return False
    trig_tokens = {trigger.i} if not hasattr(trigger, "start") else set(range(trigger.start, trigger.end))
    tok = span.root
    for _ in range(8):
        if tok.i in trig_tokens:
            return True
        if tok.head.i == tok.i:
            return False
        if tok.i != span.root.i and tok.pos_ in ("VERB", "AUX") and tok.i not in trig_tokens:
            return False
        tok = tok.head
    return False


def _as_event_date(t: Time) -> EventDate:
    return EventDate(value=t.value, text=t.text, precision=t.precision or "day")


def event_date(doc, ctx, token_or_span) -> EventDate:
    """When an event happened: the time expression attached to its trigger in the parse, else its
    sentence's, else one from the sentence that introduced the same event (same trigger or
    participant lemma), else the publication date with precision "publication"."""
    first = token_or_span if not hasattr(token_or_span, "start") else token_or_span[0] if len(token_or_span) else None
    if first is None:
        return EventDate(value=ctx.article.date, text=None, precision="publication")
    text = _text_of(doc, ctx)
    quotes = [(q.start, q.end) for q in quote_regions(text)]
    trig = first.idx
    # a decade or a century does not date an event; nor does a time quoted from someone else's words
    times = [t for t in (ctx.times or []) if _calendar(t) and t.precision not in ("decade", "century")
             and not any(qs <= t.start < qe and not qs <= trig < qe for qs, qe in quotes)]
    sent = first.sent
    trig_start = first.idx
    in_sent = [t for t in times if sent.start_char <= t.start and t.end <= sent.end_char]
    attached = [t for t in in_sent if _attached(doc, t, token_or_span)]
    if attached:
        return _as_event_date(min(attached, key=lambda t: abs(t.start - trig_start)))
    if in_sent:
        return _as_event_date(min(in_sent, key=lambda t: abs(t.start - trig_start)))
    # inherited: an earlier sentence that mentions the same event (trigger lemma or a participant noun)
    root = token_or_span if not hasattr(token_or_span, "root") else token_or_span.root
    lemmas = {root.lemma_.lower()}
    lemmas |= {c.lemma_.lower() for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.pos_ == "NOUN"}
    for prev in reversed([s for s in doc.sents if s.end_char <= sent.start_char]):
        hits = [tok for tok in prev if tok.lemma_.lower() in lemmas and tok.pos_ in ("VERB", "NOUN")]
        if not hits:
            continue
        cands = [t for t in times if prev.start_char <= t.start and t.end <= prev.end_char]
        if cands:
            h = hits[0].idx
            return _as_event_date(min(cands, key=lambda t: abs(t.start - h)))
    return EventDate(value=ctx.article.date, text=None, precision="publication")
