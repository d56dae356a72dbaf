"""Where an event happened: a place the text attaches to its clause, its initiator or, for acts done to someone
or somewhere, its object (`event_location`)."""
from __future__ import annotations

from ...record import Location

# event types whose object or participant is where the act happened
PLACED_BY_OBJECT = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "AID", "CONSULT", "RETREAT"})


def _settlement_of(tok, settlements):
    """'in the town of Port Aster': the place stands where its settlement noun stands in the clause."""
    of = tok.head if tok.dep_ == "pobj" else None
    if of is not None and of.lower_ == "of" and of.head.lemma_.lower() in settlements:
        return of.head
    return tok


def event_location(doc, ctx, cand) -> Location | None:
    """A place attached by 'in', 'at' or 'near' to the trigger's clause or its subject, else none. For acts
    done to someone or somewhere (attacks, arrests, protests, deployments, aid, meetings, withdrawals) also a
    place on the act's object or participant ("attacked an army post in X", "clashed with protesters in X"),
    or the object itself ("visited X", "shelled X"); a statement's object is what it is about, not where it
    was made ("condemned the crackdown in X")."""
    if not ctx.places:
        return None
    anchor = cand.anchor
    sub = list(anchor.subtree)
    lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    # "met in Port Aster"; also "officials in the capital voiced anger": where the initiator acts from
    heads = {anchor.i, cand.trigger.i} | {c.i for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")}
    objects = set()
    if cand.type in PLACED_BY_OBJECT and anchor.pos_ in ("VERB", "AUX"):
        objects = {c.i for c in anchor.children if c.dep_ == "dobj"}
        heads |= objects | {o.i for c in anchor.children if c.dep_ == "prep"
                            for o in c.children if o.dep_ == "pobj"}
    settlements = getattr(ctx.knowledge.gazetteer, "words", {}).get("settlement_nouns", frozenset())
    found = []  # (place, the object itself?) in text order
    for p in ctx.places:
        if not (lo <= p.start and p.end <= hi):
            continue
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None:
            continue
        head = _settlement_of(span.root, settlements)
        prep = head.head if head.dep_ == "pobj" else None
        if prep is not None and prep.lower_ in ("in", "at", "near", "inside", "outside") and prep.head.i in heads:
            found.append((p, False))
        elif head.i in objects:
            found.append((p, True))
    # "attacked Ukraine in Kharkiv": a place the text puts the act in outranks the object that is a place
    p = min(found, key=lambda f: f[1])[0] if found else None
    return Location(name=p.name, country=p.country, lat=p.lat, lon=p.lon) if p is not None else None
