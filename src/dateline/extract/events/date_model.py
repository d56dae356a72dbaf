"""A learned choice of an event's date among the times its context offers.

The rules in `dating.py` pick one date by a fixed order of preference (a time on the trigger's clause, the
sentence's, an earlier event's, the paragraph's background, the news peg, the story's reference time,
publication). Each rule was right on the label files it was written from and wrong elsewhere, so here a
model weighs the same evidence: every time expression the times stage resolved in the event's sentence,
the sentences before it, its paragraph, the lead and the next paragraph, plus the publication date, is an
*option*; a conditional logit (a softmax over the options) scores each from general features — the dependency path from the
event word to the time, the preposition that introduces it, whether it hangs on the event's clause or
another, its distance in sentences and paragraphs, its granularity and where it lies from publication, the
event verb's tense and whether it is a verb of saying, quotation marks, what the text around the act tells of its
time (an adverb setting it back, a past perfect just before, the paragraph's recent or older times, whether the time's
sentence tells the same act or names its doer), and whether the rules chose it —
and the option scored likeliest to be right dates the event when it beats the rules' own choice by the
model's margin. Trained on hand-dated training events by `scripts/train_dates.py`, never on evaluation
data; weights in `knowledge/data/events/date_model.json` (`Lexicon.date_model`). The model decides only after
the rules its `steps` name; the packaged model names none (off: session 34, 736 events of the five spent label files,
+5 held out by document after the publication fallback but -2 at the gold evidence of validation_s18; after the
fallback and the news peg +8, but seed+dev date 0.930 -> 0.907), and a user knowledge file `events/date_model.json`
with `{"steps": ["publication"]}` turns it on there.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from ...record import EventDate
from . import dating
from .role_model import path
from .sents import sentence_of

NEAREST_BEFORE = 4  # preceding time expressions outside the sentence offered as options
MAX_PATH = 3
_PARAGRAPH = re.compile(r"\n\s*")


@dataclass
class Option:
    """One date the event could take and the features that speak for it."""
    date: EventDate | None
    kind: str                      # "time", "publication" or "rule" (a date only the rules derive)
    strength: int                  # as dating.event_date's (dating.ATTACHED_DAY … PUBLICATION)
    features: list[str] = field(default_factory=list)


def choose(doc, ctx, cand, ruled: tuple, model: dict) -> tuple[EventDate | None, int]:
    """The model's date for a candidate: its likeliest option when that beats the rules' choice (`ruled`: date,
    strength and rule, as `dating.rule_date` gives them) by the model's margin, else the rules' choice. The model
    decides only after the rules its training found it beats on held-out documents (`steps`: e.g. where the rules
    fell back to publication); a reading of the text's grammar ("two days after Tuesday") stays the rules'."""
    rule, strength, how = ruled
    if how not in model.get("steps", (how,)):
        return rule, strength
    opts = options(doc, ctx, cand, ruled)
    if len(opts) < 2:
        return rule, strength
    probs = probabilities(model, [o.features for o in opts])
    best = max(range(len(opts)), key=probs.__getitem__)
    ruled_probs = [p for p, o in zip(probs, opts) if "rule_choice" in o.features]
    if ruled_probs and probs[best] - max(ruled_probs) < model.get("margin", 0.0):
        return rule, strength
    return opts[best].date, opts[best].strength


def probabilities(model: dict, options: list[list[str]]) -> list[float]:
    """The model's probability that each option is the event's date (a softmax over the options' scores)."""
    weights = model["weights"]
    scores = [sum(weights.get(f, 0.0) for f in set(feats)) for feats in options]
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    return [e / sum(exp) for e in exp]


def options(doc, ctx, cand, ruled: tuple) -> list[Option]:
    """Every date the event's context offers, with features; the rules' choice (`ruled`: date, strength, rule)
    is marked `rule_choice` and by the rule that made it."""
    rule, strength, how = ruled
    view = _View.of(ctx)
    voiced = dating.voiced_as(doc, ctx, cand)
    cand = voiced or cand
    anchor = cand.anchor if cand.anchor is not None else cand.trigger
    event = _event_features(ctx, cand, anchor, view, voiced is not None) + [f"rule={how}"]
    out: list[Option] = []
    offered = _offered(doc, ctx, cand, anchor, view)
    for t, scope, rank, day_rank in offered:
        got = dating.finished(dating.as_date(t), ctx)
        feats = _time_features(doc, ctx, cand, anchor, t, scope, view, event)
        if not _within_story(feats):
            continue
        feats += [f"rank={min(rank, 3)}", f"day_rank={min(day_rank, 3)}", f"scope_rank={scope}|{min(rank, 3)}"]
        out.append(Option(got, "time", _strength(scope, got), feats))
    pub = dating.publication_date(ctx)
    if pub is not None:
        scopes = sorted({scope for _, scope, _, _ in offered} & {"attached", "sentence_before", "sentence_after"})
        out.append(Option(pub, "publication", dating.PUBLICATION, ["kind=publication", f"pub_in_sentence={'+'.join(scopes) or '-'}"]
                          + [f"pub|{e}" for e in event]))
    values = {o.date.value for o in out if o.date is not None}
    if rule is not None and rule.value not in values:
        out.append(Option(rule, "rule", strength, ["kind=rule", f"rule_prec={rule.precision}"]))
    same = Counter(o.date.value for o in out if o.kind == "time")
    told = view.days(doc, ctx)  # how often the article names each day
    top = max(told.values(), default=0)
    for o in out:
        if o.kind == "time":
            n = told.get(o.date.value, 0)
            o.features += [f"agree={min(same[o.date.value], 3)}", f"told={min(n, 4)}",
                           f"top_day={top > 1 and n == top}"]
        if rule is not None and o.date is not None and o.date.value == rule.value:
            o.features += ["rule_choice", f"rule_choice|{o.kind}", f"rule_choice|{how}"]
    return out


def _strength(scope: str, got) -> int:
    """How directly an offered time dates the event, as `dating._read_date` says it."""
    if scope == "attached":
        return dating.ATTACHED_DAY if got.precision not in ("year", "month") else dating.OWN_SENTENCE
    return dating.OWN_SENTENCE if scope.startswith("sentence") else dating.CONTEXT


_OWN_SENTENCE = frozenset({"scope=attached", "scope=sentence_before", "scope=sentence_after"})


def _within_story(features: list[str]) -> bool:
    """Is a time outside the event's sentence recent enough to be its date? A day more than two weeks before
    publication told elsewhere in the article is the background of other acts, never the date of an undated one
    ("The treaty was signed on March 3, 2019. … Ostland accused Velland of …" in a 2025 article): not offered.
    Months and years, and the event's own sentence, are left to the model (held out: the same 0.858 either way)."""
    return bool(_OWN_SENTENCE & set(features)) or not ({"rel=older", "rel=15-60"} & set(features))


@dataclass
class _View:
    """Paragraph starts of an article and the actors its mentions name (computed once per article)."""
    paragraphs: list[int]
    actors_at: dict[int, set[str]]  # token index of a mention's head -> actor ids
    told: Counter | None = None     # date value -> times the article names it

    @classmethod
    def of(cls, ctx) -> "_View":
        key = ("dateline.events.date_view", id(ctx))
        cache = ctx.doc.user_data
        if key not in cache:
            actors_at: dict[int, set[str]] = {}
            for a in ctx.actors:
                for m in a.mentions:
                    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
                    if span is not None and len(span):
                        actors_at.setdefault(span.root.i, set()).add(a.id)
            cache[key] = cls([0] + [m.end() for m in _PARAGRAPH.finditer(ctx.article.text)], actors_at)
        return cache[key]

    def days(self, doc, ctx) -> Counter:
        """How often the article names each date (as the events stage reads them), once per article."""
        if self.told is None:
            self.told = Counter(dating.finished(dating.as_date(t), ctx).value
                                for t in dating.candidate_times(doc, ctx, doc[0]))
        return self.told

    def subjects(self, verb) -> set[str]:
        """Actor ids named as the verb's subject."""
        return {a for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for a in self.actors_at.get(c.i, ())}

    def paragraph(self, char: int) -> int:
        return sum(1 for p in self.paragraphs[1:] if p <= char)


def _offered(doc, ctx, cand, anchor, view) -> list[tuple[object, str, int, int]]:
    """(time, scope, rank, day rank) of each option: the sentence's times, the nearest ones before it, the
    lead's, the next paragraph's first two; a time before the sentence is ranked among the times (and the
    day-precise times) between it and the event, nearest 0, else -1. Times the rules' reading of the words rules
    out are never offered: a time dating another noun ("last week's strike"), one inside a quotation the event
    is not in, one in a clause of the sentence that belongs to another act."""
    sent = sentence_of(anchor)
    lo, hi = min(sent.start_char, cand.trigger.idx), max(sent.end_char, cand.trigger.idx + 1)
    times = [t for t in dating.candidate_times(doc, ctx, anchor) if dating.fair(t, cand, ctx, direct_only=True)
             and not dating.dates_another_noun(doc, t, cand, anchor)
             and not (lo <= t.start < hi and (dating.in_foreign_clause(doc, t, anchor) or not dating.fair(t, cand, ctx)))]
    trig_par = view.paragraph(cand.trigger.idx)
    chosen: dict[int, str] = {}
    for n, t in enumerate(times):
        if lo <= t.start < hi:
            chosen[n] = "attached" if dating.attached_to(doc, t, anchor, cand.trigger) else \
                "sentence_before" if t.start < cand.trigger.idx else "sentence_after"
    before = [n for n, t in enumerate(times) if t.end <= lo]
    for n in before[-NEAREST_BEFORE:]:
        chosen.setdefault(n, "same_paragraph" if view.paragraph(times[n].start) == trig_par else "earlier")
    for n, t in enumerate(times):
        par = view.paragraph(t.start)
        if par <= 1 and n not in chosen:
            chosen[n] = "lead"
    after = [n for n, t in enumerate(times) if t.start >= hi and view.paragraph(t.start) <= trig_par + 1]
    for n in after[:2]:
        chosen.setdefault(n, "after")
    days = [n for n in before if dating.precision_of(times[n].value) == "day"]
    return [(times[n], chosen[n], len(before) - 1 - before.index(n) if n in before else -1,
             len(days) - 1 - days.index(n) if n in days else -1) for n in sorted(chosen)]


def _event_features(ctx, cand, anchor, view, voiced: bool) -> list[str]:
    """What the event's own words say: tense, a verb of saying, quotation, headline."""
    tense = "future" if dating.told_in_future(anchor, dating.MODALS) else "past" if dating.told_in_past(anchor) \
        else "present" if anchor.tag_ in ("VBZ", "VBP") else "noun" if anchor.pos_ in ("NOUN", "PROPN") else "other"
    par = view.paragraph(cand.trigger.idx)
    in_quote = any(q.start <= cand.trigger.idx < q.end for q in ctx.quotes)
    speech = anchor.lemma_.lower() in ctx.knowledge.reporting.speech
    return [f"tense={tense}", f"speech={speech}", f"quote={in_quote}", f"voiced={voiced}",
            f"par={min(par, 3)}", f"family={cand.rule.split('.')[0]}"] + _discourse_features(ctx, cand, anchor, view)


# adverbs that set an act back from the story's day ("Kell then left", "Vale had earlier denied it")
_OLDER_ADVERBS = frozenset({"then", "earlier", "previously", "once", "formerly", "originally", "before"})


def _discourse_features(ctx, cand, anchor, view) -> list[str]:
    """What the text around the act says of its time: an adverb setting it back, a past perfect in the sentence
    before (a flashback told on), and which times the act's paragraph names before it (a recent day of the story,
    only older ones, or none)."""
    older = any(c.dep_ == "advmod" and c.lower_ in _OLDER_ADVERBS for c in anchor.children)
    sent = sentence_of(anchor)
    prev = ctx.doc[sent.start - 1].sent.root if sent.start > 0 else None
    perfect = prev is not None and prev.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d", "’d") for c in prev.children)
    par, pub = view.paragraph(cand.trigger.idx), dating.publication_day(ctx)
    told = [t for t in ctx.times if t.end <= cand.trigger.idx and view.paragraph(t.start) == par
            and dating._DATE_VALUE.match(t.value or "")]
    kinds = {_recency(dating.as_date(t).value or "", pub) for t in told}
    par_times = "recent" if "recent" in kinds else "older" if "older" in kinds else "none"
    return [f"older_adverb={older}", f"after_perfect={perfect}", f"par_times={par_times}"]


def _recency(value: str, pub: date | None) -> str:
    """'recent' for a day of the story's reference window (`dating.REFERENCE_DAYS`), 'older' for any earlier date."""
    if pub is None:
        return "other"
    first = value[:10] if len(value) >= 10 else value[:7] + "-01" if len(value) >= 7 else value[:4] + "-01-01"
    try:
        day = date.fromisoformat(first)
    except ValueError:
        return "other"
    return "recent" if len(value) >= 10 and 0 <= (pub - day).days <= dating.REFERENCE_DAYS else \
        "older" if day < pub else "other"


def _time_features(doc, ctx, cand, anchor, t, scope, view, event) -> list[str]:
    """Where the time stands from the event word and from publication, and what kind of time it is."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    root = span.root if span is not None else None
    value = dating.as_date(t).value or ""
    prec = dating.precision_of(value)
    rel = _relation(value, prec, dating.publication_day(ctx))
    f = ["kind=time", f"scope={scope}", f"prec={prec}", f"rel={rel}", f"prec_rel={prec}|{rel}",
         f"scope_prec={scope}|{prec}", f"scope_rel={scope}|{rel}"]
    if root is not None:
        f.append(f"sents={_bucket(_sentences_between(doc, root, anchor))}")
        f.append(f"pars={min(abs(view.paragraph(t.start) - view.paragraph(cand.trigger.idx)), 3)}")
        head = root.head
        f.append(f"prep={head.lower_ if head.dep_ == 'prep' else root.dep_}")
        if sentence_of(root).start == sentence_of(anchor).start:
            ups, downs = path(anchor, root)
            steps = ["^" + d for d in ups] + ["v" + d for d in downs]
            f.append(f"path={' '.join(steps) if len(steps) <= MAX_PATH else 'long'}")
            f.append(f"up={len(ups) and min(len(ups), 3)}")
        verb = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.lemma_ == anchor.lemma_ and verb.i != anchor.i:
            f.append("same_verb_lemma")
        if verb is not None and verb.lemma_.lower() in ctx.knowledge.reporting.speech:
            f.append("on_speech_verb")
        if verb is not None and verb.i != anchor.i and view.subjects(verb) & view.subjects(anchor):
            f.append("same_subject")
        f += _neighbour_features(ctx, root, anchor, cand, t, view)
        f.append(f"on={'verb' if verb is not None and (root.head.i == verb.i or root.head.head.i == verb.i) else 'noun'}")
        if dating.in_foreign_clause(doc, t, anchor):
            f.append("foreign_clause")
    if any(q.start <= t.start < q.end for q in ctx.quotes):
        f.append("in_quote")
    pub = dating.publication_day(ctx)
    if pub is not None and dating.flashback(t, pub):
        f.append("flashback")
    f += [f"{scope}|{e}" for e in event] + [f"{prec}|{e}" for e in event[:2]] + [f"{rel}|{e}" for e in event[:1]]
    return f


def _neighbour_features(ctx, root, anchor, cand, t, view) -> list[str]:
    """Does the time's sentence tell the same act again (the act's word, another token) or name the act's doer
    anywhere in it, and is the time's paragraph one of the story's recent days?"""
    sent = sentence_of(root)
    if sent.start == sentence_of(anchor).start:
        return []
    lemma = cand.trigger.lemma_.lower()
    same_word = any(w.lemma_.lower() == lemma for w in sent)
    doers = view.subjects(anchor)
    named = bool(doers) and any(view.actors_at.get(w.i, set()) & doers for w in sent)
    par, pub = view.paragraph(t.start), dating.publication_day(ctx)
    recent = any(view.paragraph(o.start) == par and _recency(dating.as_date(o).value or "", pub) == "recent"
                 for o in ctx.times if dating._DATE_VALUE.match(o.value or ""))
    return [f"repeats_act={same_word}", f"names_doer={named}", f"par_recent={recent}"]


def _sentences_between(doc, a, b) -> int:
    """Sentence starts after the earlier token up to the later one (the doc's starts found once, then bisected)."""
    key = "dateline.events.sentence_starts"
    starts = doc.user_data.get(key)
    if starts is None:
        starts = doc.user_data[key] = [t.i for t in doc if t.is_sent_start]
    lo, hi = sorted((a.i, b.i))
    return bisect_right(starts, hi) - bisect_right(starts, lo)


def _bucket(n: int) -> str:
    return str(n) if n <= 2 else "3-5" if n <= 5 else "6+"


def _relation(value: str, prec: str, pub: date | None) -> str:
    """Where a date lies from publication: same day, 1, 2-3, 4-14, 15-60 days or older before, or after;
    months and years as this, past or later."""
    if pub is None:
        return "nopub"
    if prec in ("month", "year"):
        key = pub.isoformat()[:7 if prec == "month" else 4]
        return "this" if value.startswith(key) else "past" if value[:len(key)] < key else "later"
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return "other"
    days = (pub - day).days
    if days < 0:
        return "later"
    return "same" if days == 0 else "1" if days == 1 else "2-3" if days <= 3 else "4-14" if days <= 14 \
        else "15-60" if days <= 60 else "older"

