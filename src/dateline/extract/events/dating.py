"""Event dates and locations.

The times extractor owns temporal expressions (`ctx.times`); its
`event_date(doc, ctx, token)` is consulted for the sentence-level choice when
it exists (the import is guarded: without it the nearest time in the sentence
is used). See `event_date` for the order of preference.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

import numpy
from spacy.attrs import LOWER

from ...record import EventDate, Time
from .. import span_and_root
from .dating_clauses import SETTING as _SETTING, dates_another_act, dates_another_noun, numbers_a_noun, \
    sets_background, told_in_past
from .sents import sentence_of
from .speech import reporting_verb
from .triggers import Candidate

try:  # the times extractor's resolver, when it exists
    from .. import times as _times_module
except Exception:  # pragma: no cover - the pipeline must never break on an import
    _times_module = None

# how far before publication the day of a story's undated statements may lie: on the hand-dated training
# events (scripts/date_eval.py; every event and output events, both label files) 3 days beat 4-14, where older
# background days took later statements
REFERENCE_DAYS = 3
# how many of the times told after an act with no story day before it are read for its day beyond the next
# paragraph (`_told_next`; on the spent label files 3 beat 0, 1 and 2, and 5 did no better)
NEXT_TIMES = 3
_DATE_VALUE = re.compile(r"^\d{4}(-W\d{2}|-\d{2}(-\d{2})?)?")
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T.*)?)?)?$")
_WEEK = re.compile(r"^\d{4}-W\d{2}(-WE)?$")
# how directly an event's date was read (`_read_date`)
ATTACHED_DAY, OWN_SENTENCE, CONTEXT, PUBLICATION = 3, 2, 1, 0
MODALS = ("will", "shall", "'ll", "’ll", "would", "could", "might", "may", "should", "must", "can")


def precision_of(value: str) -> str:
    """'2025-03-06' → day, '2025-W10' → week, '2025-03' → month, '2025' → year."""
    v = m.group(0) if (m := _DATE_VALUE.match(value or "")) else None
    return "publication" if v is None else "week" if "W" in v else {4: "year", 7: "month", 10: "day"}.get(len(v), "day")


def publication_date(ctx) -> EventDate | None:
    return EventDate(value=ctx.article.date, text=None, precision="publication") if ctx.article.date else None


def event_date(doc, ctx, cand) -> tuple[EventDate | None, int]:
    """The date of a candidate event and how directly it was read (`_read_date`), as an ISO date (GOLD.md):
    the rules' choice (`rule_date`), or the learned choice among the dates the context offers where the
    events lexicon has a date model and it beats the rules' choice by its margin (`date_model.choose`)."""
    got, strength, how = rule_date(doc, ctx, cand)
    model = getattr(ctx.knowledge.events, "date_model", None)
    if model:
        from .date_model import choose
        got, strength = choose(doc, ctx, cand, (got, strength, how), model)
    return got, strength


def rule_date(doc, ctx, cand) -> tuple[EventDate | None, int, str]:
    """The rules' date of a candidate (`_read_date`), finished as an ISO date (`finished`), with the rule that
    gave it."""
    got, strength, how = _read_date(doc, ctx, cand)
    return finished(got, ctx), strength, how


def finished(got: EventDate | None, ctx) -> EventDate | None:
    """A week-precise date is given as one day of that week (`_day_in_week`); another TimeML value ('2016-SU',
    '2016-Q1') by the year or month it starts with."""
    if got is not None and got.value and _WEEK.match(got.value):
        got = EventDate(value=_day_in_week(got.value, publication_day(ctx)), text=got.text, precision="week")
    elif got is not None and got.value and not _ISO.match(got.value) and _DATE_VALUE.match(got.value):
        got = EventDate(value=_DATE_VALUE.match(got.value).group(0), text=got.text, precision=got.precision)
    return got


def _day_in_week(value: str, pub: date | None) -> str:
    """The middle day of a week ('2016-W14') or weekend ('2016-W14-WE') — of the part of it not after publication
    when the article appeared inside it ("this week" in a Thursday article: Monday to Thursday). One day fits both
    ways of writing the gold date (the week, or its middle day with a slack covering it); the whole week fits neither."""
    first = date.fromisocalendar(int(value[:4]), int(value[6:8]), 6 if value.endswith("-WE") else 1)
    last = first + timedelta(days=1 if value.endswith("-WE") else 6)
    if pub is not None and first <= pub < last:
        last = pub
    return (first + timedelta(days=(last - first).days // 2)).isoformat()


def _read_date(doc, ctx, cand) -> tuple[EventDate | None, int, str]:
    """The date of a candidate event, how directly it was read (ATTACHED_DAY a day or finer attached to the
    trigger's clause, OWN_SENTENCE a coarser one or another time of its sentence, CONTEXT a time told elsewhere,
    PUBLICATION none: `merge.py` dates a merged event by it and keeps apart reports dated apart) and by which rule.

    Order: an act counted from another ("four days after", `_counted`); the time attached to the trigger; else
    the sentence's (the times extractor's `event_date` when it exists, else the nearest in the sentence),
    skipping times inside a quotation the trigger is not in, of another act's clause (`dates_another_act`) and
    times coarser than a year; else the older time an act told "at the time" refers to (`_at_the_time`); else the
    date of an earlier, dated event it is placed in ("during the trial") or restates ("the attack", `_restated_noun`), or of
    the speaker's last dated occasion (`_speakers_occasion`); else, for a past act, a past month or year (or an
    older day) told before it in its paragraph (`_background_time`); else the article's news peg (a day-precise
    time in the first paragraph, shortly before publication); else the story's reference time (the nearest
    day-precise time before the trigger, shortly before publication); else the publication date.
    A judgement voiced in a quotation is dated as its reporting verb (`voiced_as`)."""
    cand = voiced_as(doc, ctx, cand) or cand
    anchor = cand.anchor if cand.anchor is not None else cand.trigger
    times = candidate_times(doc, ctx, anchor)
    own = [t for t in times if not dates_another_noun(doc, t, cand, anchor)]
    # a time hanging from the trigger's own clause dates it even inside the reported content a quotation stage
    # drew around it ("accused Ostland last week of …"); inside someone's quoted words it does not
    counted = _counted(doc, ctx, cand, anchor, times, governing=True)
    if counted is not None:
        return counted, OWN_SENTENCE, "counted"
    attached = [t for t in own if attached_to(doc, t, anchor, cand.trigger) and fair(t, cand, ctx, direct_only=True)]
    if attached:
        best = as_date(min(attached, key=lambda t: abs(t.start - cand.trigger.idx)))
        # a month or a year on a restatement says less than the day its first report was given
        return best, ATTACHED_DAY if best.precision not in ("year", "month") else OWN_SENTENCE, "attached"
    counted = _counted(doc, ctx, cand, anchor, times, governing=False)
    if counted is not None:
        return counted, OWN_SENTENCE, "counted_from"
    sent = sentence_of(anchor)
    in_sent = [t for t in own if sent.start_char <= t.start < sent.end_char and fair(t, cand, ctx)
               and not in_foreign_clause(doc, t, anchor) and not dates_another_act(doc, t, anchor, cand.trigger)]
    fn = getattr(_times_module, "event_date", None) if _times_module is not None else None
    if fn is not None and in_sent:
        try:
            got = fn(doc, ctx, anchor)
        except Exception:  # their bug must not take events down
            got = None
        same = [t for t in in_sent if got is not None and got.text and t.text == got.text]
        if same:
            return (got if same[0].value == got.value else as_date(same[0])), OWN_SENTENCE, "sentence"
    if in_sent:
        return as_date(min(in_sent, key=lambda t: abs(t.start - cand.trigger.idx))), OWN_SENTENCE, "sentence"
    from_context = (("at_the_time", lambda: _at_the_time(doc, ctx, cand, anchor, times)),
                    ("earlier_event", lambda: _anchored_to_earlier_event(doc, ctx, cand, anchor, times)),
                    ("restated", lambda: _restated_noun(doc, ctx, cand, times)),
                    ("occasion", lambda: _speakers_occasion(doc, ctx, cand, anchor, times)),
                    ("background", lambda: _background_time(ctx, cand, anchor, times)),
                    ("peg", lambda: news_peg(doc, ctx, times)), ("reference", lambda: _reference_time(ctx, cand, times)))
    found = next(((d, how) for how, read in from_context if (d := read()) is not None), None)
    return (found[0], CONTEXT, found[1]) if found is not None else (publication_date(ctx), PUBLICATION, "publication")


def candidate_times(doc, ctx, anchor) -> list:
    """The times that can date an act on `anchor`, in text order: dates and times of the times stage (not numbers
    of names) and weekday modifiers, a yearless month after publication turned back for a past act."""
    key = ("dateline.events.usable_times", id(ctx), id(ctx.times), len(ctx.times))  # the same for every act
    usable = doc.user_data.get(key)
    if usable is None:
        usable = doc.user_data[key] = sorted([t for t in ctx.times if _usable(t) and not _name_number(doc, t)
                                              and not numbers_a_noun(doc, t)]
                                             + _weekday_modifiers(ctx), key=lambda t: t.start)
    return _past_times(ctx, anchor, list(usable))


def _past_times(ctx, anchor, times: list) -> list:
    """An act told in the past is not after publication: a yearless month placed after it is last year's ("Kell
    criticized Vale in May" in a November article) unless its own clause has a modal ("said she would like to see
    Vale win in May"); a later day or week does not date it (left to other times)."""
    pub = publication_day(ctx)
    if pub is None or not told_in_past(anchor):
        return times
    out = []
    for t in times:
        v = _DATE_VALUE.match(t.value).group(0)
        first = v if len(v) == 10 else (v + "-01" if len(v) == 7 else None)
        if first is None or first[:10] <= pub.isoformat():
            out.append(t)
        elif len(v) == 7 and not re.search(r"\d{4}", t.text or "") and not told_in_future(
                ctx.doc.char_span(t.start, t.end, alignment_mode="expand").root, MODALS):
            out.append(replace(t, value=f"{int(v[:4]) - 1}{v[4:]}"))
    return out


def _counted(doc, ctx, cand, anchor, times, governing: bool) -> EventDate | None:
    """An act counted from another by a measure. Inside the counted phrase (`governing` False), it lies the
    measure before the act the phrase hangs on ("Kell arrived on Friday, four days after a gunman attacked
    the school": Monday); the act it hangs on (`governing` True) lies the measure after a time given inside
    the phrase ("Two days after the vote on Tuesday, Kell resigned": Thursday, not Tuesday). Day-precise
    results only; "hours after" is the same day, "48 hours after" two days."""
    for word in (t for t in sentence_of(anchor) if t.lower_ in ("after", "before") and t.dep_ in ("prep", "mark")):
        measure = _measure(word, ctx.knowledge.times)
        inner = word if word.dep_ == "prep" else word.head  # "after" + its object, or the clause it marks
        if measure is None or inner.head.i == inner.i:
            continue
        sign = -1 if word.lower_ == "after" else 1
        inside = {t.i for t in inner.subtree} - {t.i for t in measure[2]}
        if not governing and cand.trigger.i in inside and anchor.i in inside and inner.head.i not in inside:
            base = event_date(doc, ctx, Candidate(cand.type, None, inner.head, inner.head, "counted.from", {}))[0]
            return _shifted(base, measure, sign, word)
        if governing and anchor.i == inner.head.i and cand.trigger.i not in inside:
            dated = [t for t in times if _within(doc, t, inside) and fair(t, cand, ctx)]
            if dated:
                return _shifted(as_date(dated[0]), measure, -sign, word)
    return None


def _measure(word, lexicon) -> tuple[int, str, list] | None:
    """'four days' / 'a month' / 'hours' measuring an 'after' or 'before': (count, unit code, its tokens)."""
    heads = [c for c in word.children if c.dep_ == "npadvmod"]
    if word.dep_ == "mark":
        heads += [c for c in word.head.children if c.dep_ == "npadvmod" and c.i < word.i]
    for head in heads:
        unit = lexicon.units.get(head.lemma_.lower())
        if unit not in ("MIN", "H", "D", "W", "M", "Y"):
            continue
        numbers = [c for c in head.children if c.dep_ in ("nummod", "det")]
        count = lexicon.number(numbers[0].text) if numbers else (1 if unit in ("MIN", "H") else None)
        if isinstance(count, int):
            return count, unit, list(head.subtree)
    return None


def _shifted(base: EventDate | None, measure, sign: int, word) -> EventDate | None:
    """The day `measure` before (sign -1) or after (+1) a day-precise date."""
    try:
        day = date.fromisoformat((base.value or "")[:10]) if base is not None else None
    except ValueError:
        day = None
    if day is None or len(base.value or "") < 10 or base.precision in ("week", "month", "year"):
        return None
    count, unit, tokens = measure
    if unit in ("D", "W"):
        day += timedelta(days=sign * count * (7 if unit == "W" else 1))
    elif unit == "H":  # "hours after": the same day; "48 hours after": two days
        day += timedelta(days=sign * (count // 24))
    elif unit in ("M", "Y"):
        months = day.year * 12 + day.month - 1 + sign * count * (12 if unit == "Y" else 1)
        day = _clamped(months // 12, months % 12 + 1, day.day)
    text = " ".join(t.text for t in tokens) + " " + word.text
    return EventDate(value=day.isoformat(), text=text, precision="day")


def _clamped(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _within(doc, t, token_ids) -> bool:
    span, root = span_and_root(doc, t.start, t.end)
    return span is not None and root.i in token_ids


def voiced_as(doc, ctx, cand) -> Candidate | None:
    """A judgement, demand or accusation the speaker voices in a quotation ("'Vale lied to voters last
    week. He is a disgrace,' Kell said on Tuesday": Kell's accusation is Tuesday's, not last week's) is
    the act of saying it: a stand-in candidate on the quotation's reporting verb, outside the quotation,
    so times inside it date only the acts it reports."""
    voiced = cand.rule == "speech.judgement" or any(cand.sense.get(k) for k in ("evaluative", "copular", "deontic"))
    if not voiced:
        return None
    trig = cand.trigger.idx
    quote = next((q for q in ctx.quotes if q.start <= trig < q.end), None)
    verb = reporting_verb(doc, quote) if quote is not None else None
    if verb is None or quote.start <= verb.idx < quote.end or verb.i == cand.trigger.i:
        return None
    return Candidate(cand.type, cand.mode, verb, verb, "speech.voiced", {})


def _anchored_to_earlier_event(doc, ctx, cand, anchor, times) -> EventDate | None:
    """'apologized … during the trial': an event placed in an earlier, dated event takes its date
    (the latest earlier sentence that names that event noun and has a time expression)."""
    for prep in anchor.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("during", "at", "amid"):
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                                           for c in pobj.children):
            continue
        lemma = pobj.lemma_.lower()
        sent_start = sentence_of(anchor).start
        for tok in reversed(doc[:sent_start]):
            if tok.lemma_.lower() == lemma and tok.pos_ == "NOUN":
                s = sentence_of(tok)
                cands = [t for t in times if s.start_char <= t.start < s.end_char and fair(t, cand, ctx)]
                if cands:
                    return as_date(min(cands, key=lambda t: abs(t.start - tok.idx)))
                break
    return None


def _restated_noun(doc, ctx, cand, times) -> EventDate | None:
    """An event noun with a definite determiner or a possessor and no time in its sentence restates an act
    told earlier ("Kell attacked the plan on Monday. … Vale answered Kell's attack"): the latest earlier
    mention of the same word, noun or verb, or a noun the events lexicon gives the same PLOVER type ("A shooting
    at the market on Friday killed three. … the gunman used two rifles in the attack"), with a time hanging from
    it dates it."""
    noun, lemma = cand.trigger, cand.trigger.lemma_.lower()
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) for c in noun.children)
    nouns = getattr(ctx.knowledge.events, "nouns", None) or {}
    for tok in reversed(doc[:sentence_of(noun).start] if noun.pos_ == "NOUN" and definite else ()):
        same = tok.lemma_.lower() == lemma and tok.pos_ in ("NOUN", "VERB")
        if not same and not (tok.pos_ == "NOUN" and any(s.get("type") == cand.type
                                                         for s in nouns.get(tok.lemma_.lower(), ()))):
            continue
        own = [t for t in times if attached_to(doc, t, tok, tok) and fair(t, cand, ctx, direct_only=True)]
        if own:
            return as_date(own[0])
    return None


def _speakers_occasion(doc, ctx, cand, anchor, times) -> EventDate | None:
    """Words quoted without a time are said on the speaker's last dated occasion told before them ("Smith spoke
    at Tuesday's rally. … 'I blame him,' Smith said": Tuesday): the latest earlier clause whose subject is the
    speaker and whose verb a day of the last two weeks hangs from directly (not "Smith won the seat in 2012"),
    or whose setting a time of any age names ("In an August speech, Smith attacked Vale. … 'He lied,' Smith
    said": August)."""
    pub = publication_day(ctx)
    quote = next((q for q in ctx.quotes if q.speaker and q.kind == "direct" and (v := reporting_verb(doc, q)) is not None
                  and v.i == anchor.i), None)
    actor = next((a for a in ctx.actors if quote is not None and a.id == quote.speaker), None)
    if pub is None or actor is None:
        return None
    start = sentence_of(anchor).start_char
    for m in sorted((m for m in actor.mentions if m.end <= start), key=lambda m: -m.start):
        span, root = span_and_root(doc, m.start, m.end)
        verb = root.head if span is not None and root.dep_ == "nsubj" else None
        own = [t for t in times if verb is not None and (on := _on_verb(doc, t, verb))
               and fair(t, cand, ctx, direct_only=True) and not flashback(t, pub)
               and (_news_day(t, pub) or on == "setting")]
        if own:
            return as_date(own[-1])
    return None


def _on_verb(doc, t, verb) -> str | None:
    """Does the time hang from the verb ("spoke on Tuesday": "verb") or its setting ("spoke at Tuesday's rally",
    "in his Sunday interviews, Kell criticized …": "setting")?"""
    tok, how = span_and_root(doc, t.start, t.end)[1], "verb"
    if tok is not None and tok.dep_ in ("poss", "compound", "nmod", "amod", "npadvmod") and tok.head.dep_ == "pobj" \
            and tok.head.head.lower_ in _SETTING:
        tok, how = tok.head, "setting"
    return how if tok is not None and (tok.head.i == verb.i or tok.head.dep_ == "prep" and tok.head.head.i == verb.i) \
        else None


def news_peg(doc, ctx, times) -> EventDate | None:
    """The date of the lead: a day-precise time in the first paragraph, up to two weeks before publication."""
    pub = publication_day(ctx)
    if pub is None:
        return None
    first_par_end = ctx.article.text.find("\n")
    first_par_end = len(ctx.article.text) if first_par_end < 0 else first_par_end
    for t in sorted(times, key=lambda t: t.start):
        if t.start >= first_par_end:
            break
        if _news_day(t, pub):
            return as_date(t)
    return None


def publication_day(ctx) -> date | None:
    try:
        return date.fromisoformat(ctx.article.date[:10]) if ctx.article.date else None
    except ValueError:
        return None


def fair(t, cand, ctx, direct_only: bool = False) -> bool:
    """Can this time date the event? Not when it is coarser than a year or sits inside a
    quotation (with `direct_only`, a direct one) that the trigger is not part of."""
    if precision_of(t.value) == "publication" or (t.precision in ("decade", "century")):
        return False
    trig = cand.trigger.idx
    return not any(q.start <= t.start < q.end and not q.start <= trig < q.end
                   for q in ctx.quotes if not direct_only or q.kind == "direct")


def as_date(t) -> EventDate:
    value = _DATE_VALUE.match(t.value).group(0)
    if "W" in value and t.value.endswith("-WE"):
        value += "-WE"  # a weekend, not its whole week
    return EventDate(value=t.value if "T" in (t.value or "") else value, text=t.text,
                     precision=t.precision or precision_of(value))


def attached_to(doc, t, anchor, trigger) -> bool:
    """Does the time expression hang from the anchor (or the trigger) without crossing another verb?"""
    span, root = span_and_root(doc, t.start, t.end)
    if span is None:
        return False
    tok = root
    for _ in range(6):
        if tok.i in (anchor.i, trigger.i):
            return True
        if tok.head.i == tok.i:
            return False
        if tok.i != root.i and tok.pos_ in ("VERB", "AUX"):
            return False
        tok = tok.head
    return False


def in_foreign_clause(doc, t, anchor) -> bool:
    tok = span_and_root(doc, t.start, t.end)[1]
    for _ in range(10 if tok is not None else 0):
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


def _news_day(t, pub, days: int = 14) -> bool:
    """Is the time a day up to `days` (two weeks) before publication?"""
    m = _DATE_VALUE.match(t.value or "")
    try:
        return bool(m) and len(m.group(0)) == 10 and pub - timedelta(days=days) <= date.fromisoformat(m.group(0)) <= pub
    except ValueError:
        return False


def _reference_time(ctx, cand, times) -> EventDate | None:
    """The story's reference time where the lead gives no news peg: the nearest day-precise time before
    the trigger, up to three days before publication, outside any quotation the trigger is not in
    ("Kell spoke at the rally on Tuesday. … Later he accused the mayor …": the accusation is Tuesday's), else
    inside the doer's own quoted words ('"Last night we were attacked," Kell said. … Kell accused the Front').
    A flashback does not move it: a time counted back from another time than publication ("Kell spoke
    on Tuesday. … She had said so a day earlier. … She also mocked the mayor": still Tuesday)."""
    pub = publication_day(ctx)
    if pub is None:
        return None
    recent = [t for t in times if t.end <= cand.trigger.idx and _news_day(t, pub, REFERENCE_DAYS) and not flashback(t, pub)]
    before = [t for t in recent if fair(t, cand, ctx, direct_only=True)]
    if not before:  # else a day in the doer's own quoted words
        doers = _doers(ctx, cand)
        before = [t for t in recent if any(q.speaker in doers and q.start <= t.start < q.end for q in ctx.quotes)]
    if before:
        return as_date(max(before, key=lambda t: t.start))
    return None if _told_now(ctx, cand.anchor if cand.anchor is not None else cand.trigger) else \
        _told_next(ctx, cand, times, pub)


def _doers(ctx, cand) -> set[str]:
    """Ids of the actors named as the subject of the candidate's clause."""
    anchor = cand.anchor if cand.anchor is not None else cand.trigger
    subjects = {c.i for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")}
    return {a.id for a in ctx.actors for m in a.mentions
            if (root := span_and_root(ctx.doc, m.start, m.end)[1]) is not None and root.i in subjects}


def _told_now(ctx, anchor) -> bool:
    """A sentence after the headline whose main verb is in the simple present ("Kell says she is ready to sue
    Vale", "Vale is pressing Kell to resign") tells what holds at publication, not an act the next lines date;
    a headline's present is the headline convention for a past act (`_told_next`)."""
    sent, first_break = sentence_of(anchor), ctx.article.text.find("\n")
    if first_break < 0 or sent.start_char < first_break:
        return False
    aux = [c.tag_ for c in sent.root.children if c.dep_ in ("aux", "auxpass")]
    return aux[0] in ("VBZ", "VBP") if sent.root.tag_ == "VBG" and aux else sent.root.tag_ in ("VBZ", "VBP") and not aux


def _weekday_modifiers(ctx) -> list:
    """`_find_weekday_modifiers`, once per article (every candidate's date asks for them)."""
    key = ("dateline.events.weekday_modifiers", id(ctx))
    cache = ctx.doc.user_data
    if key not in cache:
        cache[key] = _find_weekday_modifiers(ctx)
    return cache[key]


def _find_weekday_modifiers(ctx) -> list:
    """A weekday written as a noun's modifier ("in a Friday tweet", "at his Tuesday rally"), which the times
    stage leaves alone ("a Tuesday" alone is any Tuesday): the last such day up to publication, or the next
    one for an act told in the future ("will speak at a Friday rally"). Not a name ("a Super Tuesday win")
    or a habit ("every Friday meeting")."""
    pub, lexicon, doc, out = publication_day(ctx), ctx.knowledge.times, ctx.doc, []
    if pub is None or not len(doc):
        return out
    names = numpy.array([doc.vocab.strings[k] for k in lexicon.weekdays if k.endswith("day")], dtype=numpy.uint64)
    for tok in map(doc.__getitem__, numpy.flatnonzero(numpy.isin(doc.to_array([LOWER]).reshape(-1), names)).tolist()):
        day, noun, before = lexicon.weekdays[tok.lower_], tok.head, doc[tok.i - 1] if tok.i else None
        if not tok.text[:1].isupper() or tok.dep_ not in ("compound", "nmod", "amod", "npadvmod") or noun.i <= tok.i \
                or noun.pos_ != "NOUN" or before is None or before.dep_ not in ("det", "poss") \
                or (before.lower_ in lexicon.weekday_name_prefixes and before.lower_ not in ("a", "an")) \
                or any(t.start <= tok.idx < t.end for t in ctx.times):
            continue
        step, d = (1 if told_in_future(noun) else -1), pub
        while d.isoweekday() != day:
            d += timedelta(days=step)
        out.append(Time(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), type="DATE", value=d.isoformat(),
                        precision="day", anchor=pub.isoformat()))
    return out


def told_in_future(word, modals=("will", "shall", "'ll", "’ll")) -> bool:  # "will speak at a Friday rally"
    for _ in range(6):
        if word.pos_ in ("VERB", "AUX") or word.head.i == word.i:
            break
        word = word.head
    for _ in range(4):  # through complements: "would like to see Vale win in May"
        if any(c.dep_ == "aux" and c.lower_ in modals for c in word.children):
            return True
        if word.dep_ != "xcomp":
            return False
        word = word.head
    return False


def _name_number(doc, t) -> bool:
    """A bare number the times stage read as a year but that numbers a name ("HB 1523's authorization",
    "Resolution 2231"): a capitalised word before it in the same noun phrase."""
    span, root = span_and_root(doc, t.start, t.end) if (t.text or "").isdigit() else (None, None)
    before = doc[span.start - 1] if span is not None and span.start else None
    return before is not None and before.text[:1].isupper() and before.pos_ == "PROPN" and (
        before.head.i == root.i or root.head.i == before.i)


def _background_time(ctx, cand, anchor, times) -> EventDate | None:
    """A past act told after a month or a year of the past in its paragraph, with no later time between,
    continues that background ("In 1992 Kell left the party. … She denounced its leaders": 1992); so does
    one told after a day older than the story's reference window ("The petition was filed on June 2. Kell
    then accused Vale of orchestrating it": June 2). The time is told in a past clause of an earlier sentence, or
    in the act's own sentence on no other noun than one the act hangs in (`sets_background`)."""
    pub = publication_day(ctx)
    if pub is None or not told_in_past(anchor):
        return None
    text, start = ctx.article.text, cand.trigger.idx
    before = [t for t in times if t.end <= start and "\n" not in text[t.end:start] and fair(t, cand, ctx, direct_only=True)
              and not flashback(t, pub) and not in_foreign_clause(ctx.doc, t, anchor)]
    if not before:
        return None
    t = max(before, key=lambda t: t.start)
    if not sets_background(ctx.doc, t, anchor):
        return None
    v = _DATE_VALUE.match(t.value).group(0)
    if len(v) == 4 and int(v) < pub.year or len(v) == 7 and v < pub.isoformat()[:7]:
        return as_date(t)
    if len(v) == 10 and v < (pub - timedelta(days=REFERENCE_DAYS)).isoformat():
        return as_date(t)
    return None


def _told_next(ctx, cand, times, pub: date) -> EventDate | None:
    """An act before every time of the story (the headline's, the lead's) is the one the next lines tell
    and date: the first day-precise time up to the end of the next paragraph ("Kell endorses Vale." /
    "Senator Ann Kell endorsed the governor in a letter sent Friday …": Friday), else a day of the story's
    last three days among the next few times told after it, however far ("Kell accused Vale of lying." /
    "Vale has denied it for years." / "Kell spoke at a rally on Tuesday …": Tuesday)."""
    text, start = ctx.article.text, cand.trigger.idx
    end = text.find("\n", start)
    while 0 <= end < len(text) - 1 and text[end + 1] == "\n":
        end += 1  # blank lines between paragraphs
    end = len(text) if end < 0 else text.find("\n", end + 1)
    end = len(text) if end < 0 else end
    after = [t for t in times if t.start > start and fair(t, cand, ctx, direct_only=True)]  # in text order
    near = [t for t in after if t.start < end and _news_day(t, pub) and not flashback(t, pub)]
    later = near or [t for t in after[:NEXT_TIMES] if _news_day(t, pub, REFERENCE_DAYS) and not flashback(t, pub)]
    return as_date(later[0]) if later else None


def flashback(t, pub: date) -> bool:
    """Was the time resolved against an earlier-mentioned time, not publication, and lies before it?"""
    anchor = getattr(t, "anchor", None)
    if not anchor or anchor[:10] == pub.isoformat():
        return False
    return (t.value or "")[:10] < anchor[:10]


_AT_THE_TIME = ("at the time", "at that time")


def _at_the_time(doc, ctx, cand, anchor, times) -> EventDate | None:
    """An act told "at the time" happened when an older time told before it says ("The party dropped Vale in
    March. … 'It was a disgrace,' Kell said at the time": March, not the story's recent day): the latest time
    before it that is older than the story's reference window."""
    pub = publication_day(ctx)
    said = [t for t in ctx.times if (t.text or "").lower() in _AT_THE_TIME and attached_to(doc, t, anchor, cand.trigger)]
    if pub is None or not said:
        return None
    older = [t for t in times if t.end <= said[0].start and fair(t, cand, ctx, direct_only=True)
             and not _news_day(t, pub, REFERENCE_DAYS) and _DATE_VALUE.match(t.value).group(0) < pub.isoformat()]
    return as_date(max(older, key=lambda t: t.start)) if older else None
