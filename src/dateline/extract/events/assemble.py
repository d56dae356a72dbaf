"""From read candidates to records: one draft per kept reading, the speech model's judgements, restatements
merged, the confidence floor, and the reports whose doer the text does not give.

A report such as "Jan Kell was arrested on Monday" or "the patrol was fired upon" tells an event without its
initiator. Such a report is no event record (a record explains who did what to whom, and a guessed doer is
worse than none), but it is what a user tracking Kell, and a corpus linking other outlets' reports of the same
arrest, needs: it is kept apart, in the article's `unattributed_events`, with its target, date, place and
evidence, and never with an invented source.
"""
from __future__ import annotations

from ...record import Event, Span
from . import calibration, speech
from .dating import event_date
from .clauses import receives
from .location import event_location
from .merge import Draft, absorb, dated_apart, merge_restatements, told_again
from .sents import sentence_of
from .triggers import Candidate, is_passive

# what a report may tell without its doer and still say something a reader tracks: force, custody, sanctions,
# releases, aid, threats and charges against someone the text names (not meetings, deals or requests: a
# meeting with no parties, "talks were held", says nothing about anyone)
DOERLESS_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "RETREAT", "CONCEDE", "AID", "THREATEN", "ACCUSE",
                            "DISAPPROVE", "INVESTIGATE"})
# the candidate model's probability a report without a doer needs (uncalibrated: no doer, no calibration
# features), chosen on the hand-labelled training documents with every model held out (scripts/role_eval.py):
# passives and verbs from 0.1 are right (type, trigger and target of an event labelled without a source) 42 of 75
# times, under 0.1 2 of 7; event nouns at any probability about one in five (10 of 62) — but 4 of the 5 that are
# what their target received or came under, so only those nouns are kept
UNTOLD_FLOOR = 0.1


def in_quote(ctx, char: int) -> bool:
    """Does the character sit inside one of the article's quotations?"""
    return any(q.start <= char < q.end for q in ctx.quotes)


def evidence(text: str, cand: Candidate) -> Span:
    """The trigger's sentence, clipped to its paragraph (the parser sometimes runs a sentence
    across a paragraph break after a closing quote)."""
    sent = sentence_of(cand.trigger)
    base, at = sent.start_char, cand.trigger.idx
    lo = text.rfind("\n", base, at)
    start = lo + 1 if lo >= 0 else base
    hi = text.find("\n", at, sent.end_char)
    end = hi if hi >= 0 else sent.end_char
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start=start, end=end, text=text[start:end])


def draft(doc, ctx, cand: Candidate, roles, reading: tuple[str, str, str], confidence: float,
          mode: str | None = None) -> Draft:
    """One reading of a candidate as a draft event: `reading` is its (type, rule, modality)."""
    etype, rule, mod = reading
    date, strength = event_date(doc, ctx, cand)
    trig = cand.trigger
    ev = Event(id="", type=etype, mode=mode, source=list(roles.source), target=list(roles.target),
               others=list(roles.others), evidence=evidence(ctx.article.text, cand), rule=rule,
               confidence=confidence, modality=mod, date=date, location=event_location(doc, ctx, cand),
               trigger=Span(trig.idx, trig.idx + len(trig.text), trig.text))
    return Draft(event=ev, sent_start=sentence_of(trig).start, triggers=[trig.i], date_strength=strength,
                 again=told_again(trig, cand.anchor))


def doer_untold(cand: Candidate, roles, event_nouns: dict) -> bool:
    """Does the report leave its initiator untold while naming whom it befell? A passive without an agent ("Kell
    was detained"), a verb whose subject is the act itself ("a car bomb killed nine soldiers": `event_nouns` maps
    the token of each event-noun candidate to its type), or what the target received ("drew criticism")."""
    if roles.source or not roles.target or cand.type not in DOERLESS_TYPES:
        return False
    trig = cand.trigger
    if trig.pos_ == "NOUN":
        # what its target received, faced or came under ("Kell drew criticism", "faces charges", "came under fire");
        # other event nouns without a doer ("the arrest of Kell") are measured too unreliable (UNTOLD_FLOOR)
        return ((trig.dep_ == "dobj" and receives(trig.head))
                or (trig.dep_ == "pobj" and trig.head.lower_ == "under"))
    if trig.pos_ != "VERB":
        return False
    if is_passive(trig):
        return not any(c.dep_ == "agent" for c in trig.children)
    # (through a relative pronoun: "the bombing of a bus that killed nine people")
    subjects = [trig.head if c.lower_ in ("that", "which") and trig.dep_ == "relcl" else c
                for c in trig.children if c.dep_ == "nsubj"]
    return any(event_nouns.get(t.i) == cand.type for t in subjects)


def speech_events(doc, ctx, lex, drafts: list[Draft], finder) -> list[Draft]:
    """Accusations and praise voiced in a quotation about an actor it names, read by the speech model
    (`speech.py`); a speaker-actor pair an event of the rules already links is left to that event."""
    model = lex.speech_model
    if not model or not ctx.quotes:
        return []
    linked = {(s, t) for d in drafts for s in d.event.source for t in d.event.target}
    items = [(p, speech.features(p, ctx)) for p in speech.pairs(doc, ctx, finder.actors_of)
             if (p.quote.speaker, p.target) not in linked and (p.target, p.quote.speaker) not in linked]
    judgements = speech.judge_all(model, lex.speech_encoded, items, speech.encoder_for(lex.speech_encoded))
    out: list[Draft] = []
    for (pair, _), got in zip(items, judgements):
        speaker = pair.quote.speaker
        if (speaker, pair.target) in linked or (pair.target, speaker) in linked:
            continue
        if got is None or (got[0] == "SUPPORT" and pair.mention.pos_ == "PRON"):
            continue  # a pronoun praised says too little ('"She is right," Osei said'), as for the copula rule
        etype, prob = got
        verb = speech.reporting_verb(doc, pair.quote)
        head = pair.mention.head
        trigger = verb if verb is not None and sentence_of(verb).start == sentence_of(head).start else head
        cand = Candidate(etype, None, trigger, verb if verb is not None else trigger, "speech.judgement", {})
        date, strength = event_date(doc, ctx, cand)
        ev = Event(id="", type=etype, mode=None, source=[speaker], target=[pair.target], others=[],
                   evidence=evidence(ctx.article.text, Candidate(etype, None, head, head, "", {})),
                   rule="speech.judgement", confidence=round(prob, 3), modality="asserted", date=date,
                   location=event_location(doc, ctx, cand),
                   trigger=Span(trigger.idx, trigger.idx + len(trigger.text), trigger.text))
        linked.add((speaker, pair.target))
        out.append(Draft(event=ev, sent_start=sentence_of(head).start, triggers=[trigger.i], date_strength=strength))
    return out


def finish(drafts: list[Draft], held: list[Draft], ctx, lex, finder) -> tuple[list[Event], list[Event]]:
    """Merge restatements of one event, apply the confidence floor and number the events; the same for the
    reports without a doer (`held`, already past `UNTOLD_FLOOR`) that no event already tells; then make the
    generic participants the kept records name actors of the article. Returns (events, unattributed events)."""
    # (generic participants are not yet in ctx.actors: each counts as itself, never as its country)
    country = {a.id: a.country for a in ctx.actors if a.country and a.kind in ("state", "organization", "group")}
    side = {a.id: a.country for a in ctx.actors if a.country}
    merged = merge_restatements(drafts, key=lambda aid: country.get(aid, aid), side=lambda aid: side.get(aid, aid))
    floor = lex.min_confidence if lex.min_confidence is not None else (lex.model or {}).get("event_min_confidence", 0.0)
    out = []
    for d in merged:
        ev = d.event
        ev.confidence = round(max(0.05, min(0.95, ev.confidence + 0.05 * min(2, d.mentions - 1))), 2)
        if lex.calibration:  # the chance that the whole event is right, fitted on held-out outcomes
            quoted = ev.trigger is not None and in_quote(ctx, ev.trigger.start)
            feats = calibration.features(ev, finder.kind_of, quoted)
            ev.confidence = round(calibration.probability(lex.calibration, feats), 2)
        if ev.confidence >= floor:
            out.append(ev)
    untold = [d.event for d in _merge_untold(held) if d.event.confidence >= floor
              and not any(_tells(ev, d.event) for ev in out)]
    # generic participants that kept records name become actors of the article; one the text ties to no
    # country takes the country of the place where its event happened ("protesters rallied in Velna")
    for ev in (*out, *untold):
        for aid in (*ev.source, *ev.target, *ev.others):
            actor = finder.pending.get(aid)
            if actor is not None and actor.country is None and ev.location is not None and ev.location.country:
                actor.country, actor.country_source = ev.location.country, "place"
    finder.commit({i for ev in (*out, *untold) for i in (*ev.source, *ev.target, *ev.others)})
    for prefix, records in (("e", out), ("u", untold)):
        for i, ev in enumerate(records, 1):
            ev.id = f"{prefix}{i}"
    return out, untold


def _tells(event: Event, report: Event) -> bool:
    """Does an event with its doer tell the same act as a report without one (same type, a shared target, no
    other day)? "Police detained Kell on Monday … Kell was held overnight" is one detention."""
    days = {d.value for d in (event.date, report.date) if d is not None}
    return event.type == report.type and bool(set(event.target) & set(report.target)) and len(days) <= 1


def _merge_untold(held: list[Draft]) -> list[Draft]:
    """Reports without a doer in text order -> one per act: the same type and modality befalling a shared
    target, not dated apart ("Kell was detained on Monday … Kell, held since Monday, …")."""
    out: list[Draft] = []
    for d in held:
        ev = d.event
        same = next((o for o in out if set(o.triggers) & set(d.triggers) or (
            o.event.type == ev.type and o.event.modality == ev.modality and set(o.event.target) & set(ev.target)
            and not dated_apart(o, d))), None)
        if same is None:
            out.append(d)
        elif not set(same.triggers) & set(d.triggers):
            absorb(same, d)
    return out
