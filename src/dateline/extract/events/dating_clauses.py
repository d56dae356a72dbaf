"""Which clause or noun a time expression dates, for event dating (`dating.py`): parse-only helpers."""
from __future__ import annotations

import re

from .. import span_and_root

# subordinating words of a clause that gives the time of the act it hangs on ("when the talks collapsed on Monday,
# Kell walked out": Monday dates the walking out too)
TEMPORAL_MARKS = frozenset({"when", "whenever", "while", "as", "after", "before", "since", "until", "till", "once"})
# prepositions whose object is the occasion or the time of the act ("in a May 4 letter", "during the race")
SETTING = frozenset({"in", "at", "on", "during", "amid", "throughout", "following", "after", "before", "since",
                     "until"})
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


def dates_another_noun(doc, t, cand, anchor) -> bool:
    """A time written before a noun as its modifier dates that noun's thing, not the event ("criticized for
    loans to his 2012 campaign", "the leader of last week's filibuster is pressing X"), unless the noun is
    the event's own word ("the 2012 attack")."""
    noun = modified_noun(doc, t)
    if noun is None or noun.i in (cand.trigger.i, anchor.i):
        return False
    # the setting of the act ("during the 2012 race", "at last month's convention", "in a May 4 letter")
    return not (noun.dep_ == "pobj" and noun.head.lower_ in SETTING)


def modified_noun(doc, t):
    """The noun a time is written before as its modifier ("his 2012 campaign", "last week's filibuster"), if any."""
    span, root = span_and_root(doc, t.start, t.end)
    if span is None:
        return None
    noun = possessed_noun(doc, span) or root.head
    if (root.dep_ in ("poss", "compound", "nummod", "amod", "nmod") or noun is not root.head) and noun.i > root.i \
            and noun.pos_ in ("NOUN", "PROPN"):
        return noun
    return None


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


def told_in_past(verb, passive: bool = False) -> bool:
    """A simple past or a perfect ("criticized", "has criticized", "had criticized"), with no modal; a
    participle or a noun takes the tense of the clause it hangs in ("she has tacked left, criticizing …"). With
    `passive`, a passive past too ("was filed")."""
    for _ in range(6):
        if not (verb.tag_ in ("VBG", "VBN", "NN", "NNS", "IN") and verb.head.i != verb.i) or _has_aux(verb):
            break
        verb = verb.head
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in aux):
        return False
    if passive and verb.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in aux):
        return True
    # a participle with its own subject and no auxiliary is a simple past the tagger misread ("calls intensified")
    if verb.tag_ == "VBN" and not aux and any(c.dep_ == "nsubj" for c in verb.children):
        return True
    # ("she's tacked": a participle after "'s" is a perfect too, even where the parser reads a passive)
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(a.lemma_ == "have" or a.lower_ in ("'s", "’s")
                                                           for a in aux))


def _has_aux(verb) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def sets_background(doc, t, anchor) -> bool:
    """Can a time told before an act set its background (`dating._background_time`)? In the act's own sentence,
    not a time of another noun the act does not hang in ("Kell called May's vote a sham and mocked it": not May;
    "the 2019 vote, when the council ousted Vale": 2019); in an earlier sentence, a time of a clause told in the
    past ("In 1992 Kell left the party. She denounced its leaders": 1992), not of one that tells what holds now
    ("Vale is accused of a fraud in May 2019. Kell called him a liar": not May 2019)."""
    tok = span_and_root(doc, t.start, t.end)[1]
    if tok is None:
        return False
    if tok.sent.start == anchor.sent.start:
        noun = modified_noun(doc, t)
        return noun is None or anchor.i in {x.i for x in noun.subtree} or _when_after(anchor, noun)
    verb = _governing_verb(tok)
    return verb is not None and told_in_past(verb, passive=True)  # ("the petition was filed on June 2")


def _when_after(anchor, noun) -> bool:
    """Is the act in a "when" clause told after the noun ("the 2019 vote, when the council ousted Vale"), however
    the parser attached the clause?"""
    tok = anchor
    for _ in range(8):
        if tok.i <= noun.i:
            return False
        if any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") and c.i > noun.i for c in tok.children):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


_ORDINAL = re.compile(r"^\d{1,2}(st|nd|rd|th)$", re.IGNORECASE)


def numbers_a_noun(doc, t) -> bool:
    """A bare ordinal the times stage read as a day of the month but that numbers a thing ("the state's 22nd
    congressional district", "the 3rd Infantry Division"): it modifies a noun after it that is no time word."""
    if not _ORDINAL.match(t.text or ""):
        return False
    span, root = span_and_root(doc, t.start, t.end)
    noun = root.head if root is not None else None
    return noun is not None and root.dep_ in ("amod", "compound", "nummod", "nmod") and noun.i > root.i \
        and noun.pos_ in ("NOUN", "PROPN") and noun.ent_type_ not in ("DATE", "TIME")
