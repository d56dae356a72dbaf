"""Subjects that can speak, and subjects that cannot (issue 10, speech only).

An evidential verb ("show", "prove", "find") reports someone's words only when someone who can speak is its subject:
"the senator showed that …" may be a statement, "the figures showed that …", "last week proved that …" or "the
Games showed that …" are not.
"""
from __future__ import annotations

# entity types of an evidential verb's subject that name no speaker: times, events and numbers
_NO_AGENT_ENTS = frozenset({"DATE", "TIME", "EVENT", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})


def no_agent(head, cue, ctx, lex) -> bool:
    """Is an evidential verb's subject no one who can speak: a thing (`a_thing`), a time, an event or a number
    ("Last week proved that …", "the Games showed that …"), or — for a verb that is no speech verb (show, prove) —
    a place ("Lyon showed that …": what happened there, not its council's words)."""
    if a_thing(head, ctx) or head.ent_type_ in _NO_AGENT_ENTS:
        return True
    return head.ent_type_ in ("GPE", "LOC", "FAC") and cue.lemma_.lower() not in lex.speech


def a_thing(head, ctx) -> bool:
    """A common noun that names neither a person nor a group of people (WordNet's first sense, the events lexicon's
    `person_nouns` / `group_nouns`) and no actor the actors stage found there: "the record", "her manner", "the
    figures" (a possessor is no author: "Kell's manner"); not "the senator", "voters", "the committee" or "the
    campaign" that is an actor."""
    if head.pos_ != "NOUN" or head.ent_type_:
        return False
    nouns = ctx.knowledge.events
    lemma = head.lemma_.lower()
    if lemma in nouns.person_nouns or lemma in nouns.group_nouns or head.lower_ in nouns.person_nouns:
        return False
    return not any(m.start <= head.idx < m.end for a in ctx.actors if a.kind != "place" for m in a.mentions)
