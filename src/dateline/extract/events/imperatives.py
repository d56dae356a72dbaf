"""A command in someone's own words is their demand of whom they address.

'"Release the prisoners now," Osei told the Front' reports no release: it is Osei's demand of the Front
(REQUEST). An event verb in the imperative — base form, no subject of its own, opening its clause inside a
direct quotation — is read as the speaker's demand; the addressee is whom the reporting verb names ("told
the Front", "said to Kell", "urged Kell"). Without an addressee the demand is left, as any request without
a recipient is.
"""
from __future__ import annotations

from .speech import reporting_verb
from .triggers import Candidate, child

OPENERS = frozenset({"please", "now", "just", "so", "and", "then", "do", "n't", "not", "never"})


def _command(t) -> bool:
    """Is the verb in the imperative: base form, no subject or auxiliary of its own, opening its clause?"""
    if t.pos_ != "VERB" or t.tag_ != "VB" or child(t, "nsubj", "nsubjpass", "expl") is not None:
        return False
    if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX"):
        return _command(t.head)  # "to build and deploy": the first verb says what the pair is
    if any(c.dep_ == "aux" and c.lower_ not in ("do", "don't") for c in t.children):
        return False  # "will release", "to release": no command
    return all(w.is_punct or w.lower_ in OPENERS for w in t.doc[t.left_edge.i:t.i])


def imperative_demand(cand, ctx, finder) -> tuple[str, list[str]] | None:
    """(speaker, addressees) when the candidate's verb is a command inside a direct quotation ("release
    them") or the act a command asks for ("stop attacking them"), else None."""
    t = cand.trigger
    if not (_command(t) or (t.pos_ == "VERB" and t.dep_ == "xcomp" and _command(t.head))):
        return None
    q = next((q for q in ctx.quotes if q.kind == "direct" and q.speaker and q.start <= t.idx < q.end), None)
    if q is None:
        return None
    verb = reporting_verb(t.doc, q)
    if verb is None or q.start <= verb.idx < q.end:
        return None
    addressees: list[str] = []
    for c in verb.children:
        if c.dep_ in ("dobj", "dative") and not (q.start <= c.idx < q.end):
            addressees += finder.actors_of(child(c, "pobj") or c)
        elif c.dep_ == "prep" and c.lower_ == "to" and child(c, "pobj") is not None:
            addressees += finder.actors_of(child(c, "pobj"))
    return q.speaker, [a for a in dict.fromkeys(addressees) if a != q.speaker]


def as_demand(cand, roles, ctx, finder):
    """The candidate itself, or — when its verb is a command in a quotation — the speaker's REQUEST of the
    addressees (the roles are rewritten in place; rule suffix `.imperative`)."""
    demand = imperative_demand(cand, ctx, finder)
    if demand is None:
        return cand
    roles.source, roles.target, roles.others = [demand[0]], demand[1], []
    return Candidate("REQUEST", None, cand.trigger, cand.anchor, cand.rule + ".imperative", {})
