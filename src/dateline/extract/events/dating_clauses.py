"""Which clause or noun a time expression dates, for event dating (`dating.py`): parse-only helpers."""
from __future__ import annotations

from .. import span_and_root

# subordinating words of a clause that gives the time of the act it hangs on ("when the talks collapsed on Monday,
# Kell walked out": Monday dates the walking out too)
TEMPORAL_MARKS = frozenset({"when", "whenever", "while", "as", "after", "before", "since", "until", "till", "once"})
# links through which a verb is still part of the act it hangs on ("tried to block the vote on Monday")
_SAME_ACT = frozenset({"xcomp", "pcomp", "prep"})


def dates_another_act(doc, t, anchor, trigger) -> bool:
    """Does the time hang from another act's clause in the sentence, one the event's clause does not stand in?

    A participle or a coordinated or complement clause has its own time ("Kell accused Vale, citing his vote on
    Monday"; "Kell accused Vale and the council voted on Monday to ..."): the accusation is not Monday's. Not a
    clause the act stands in ("Kell said on Monday that Vale lied"), not a verb the act completes ("tried to block
    the vote on Monday"), not a clause of time ("After the talks collapsed on Monday, Kell ..."), not an attribution
    told after the act ("Vale threatened to sue, his spokesman said on Monday")."""
    tok = span_and_root(doc, t.start, t.end)[1]
    verb = _governing_verb(tok) if tok is not None else None
    if verb is None or verb.i == anchor.i:
        return False
    under = {x.i for x in verb.subtree}
    if anchor.i in under or trigger.i in under or _completes(verb, anchor, trigger):
        return False
    if verb.dep_ in ("ccomp", "parataxis") and verb.i > anchor.i and anchor.i in {x.i for x in verb.head.subtree}:
        return False
    return not any(c.dep_ in ("mark", "advmod") and c.lower_ in TEMPORAL_MARKS for c in verb.children)


def _governing_verb(root):
    """The first verb above a time expression's root."""
    tok = root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") and tok.i != root.i:
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") and tok.i != root.i else None


def _completes(verb, anchor, trigger) -> bool:
    """Is the verb the anchor's or trigger's complement, through infinitives and prepositions ("voted against
    sending troops in May")?"""
    for _ in range(6):
        if verb.i in (anchor.i, trigger.i):
            return True
        if verb.dep_ not in _SAME_ACT or verb.head.i == verb.i:
            return False
        verb = verb.head
    return verb.i in (anchor.i, trigger.i)


def possessed_noun(doc, span):
    """The noun a possessive time determines ("last week's big strike": strike), from the words, not the parse."""
    after = doc[span.end:span.end + 6]
    if span[-1].tag_ != "POS" and not (len(after) and after[0].tag_ == "POS"):
        return None
    for tok in after:
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("compound", "amod", "nmod"):
            return tok
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ", "PART", "PUNCT", "ADV", "NUM"):
            return None
    return None
