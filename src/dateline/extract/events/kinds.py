"""Entity kinds of tokens as the actors stage read them. spaCy's small model often labels a bare surname in
political news ORG, GPE or FAC ("Rubio", "Kasich"); the actors stage knows them as people from the
registry, titles and earlier full names. The events stage marks each token of an actor's name mentions
with the entity label its kind stands for, and the trigger rules read `ent_kind` instead of `ent_type_`.
The verbal reading of an attack (PLOVER: criticism is ACCUSE) is decided from these kinds too."""
from __future__ import annotations

from spacy.symbols import PROPN

from ..positions import with_pos

KEY = "dateline.actor_kinds"
SECTOR_KEY = "dateline.actor_sectors"
ARMED = frozenset({"MIL", "REB"})
LABELS = {"person": "PERSON", "organization": "ORG", "state": "GPE"}
NAMED_PARTIES = ("PERSON", "ORG", "NORP", "GPE")
# verbs whose subject receives what their object names: "won the backing of X", "received support from X"
# (not "praised", "thanked")
RECEIVING_VERBS = frozenset("receive win earn get gain secure garner attract draw enjoy".split())


def mark_actor_kinds(doc, actors) -> None:
    """Record, on the Doc, the entity label of every token inside a name mention of a person, organisation
    or state actor, and of every later bare surname of a person actor."""
    kinds: dict[int, str] = {}
    sectors: dict[int, str] = {}
    surnames = set()
    for a in actors:
        label = LABELS.get(a.kind)
        if label is None:
            continue
        if label == "PERSON" and len(a.name.split()) > 1 and a.name.split()[-1].isalpha():
            surnames.add(a.name.split()[-1])
        for m in a.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand") if m.kind == "name" else None
            if span is not None:
                kinds.update((t.i, label) for t in span)
                sectors.update((t.i, a.sector) for t in span if a.sector)
    # a later bare surname of a person named in full ("... Senator Marco Rubio ... attacked Rubio")
    if surnames:  # (the proper nouns found in the POS array: a Token per word costs more)
        kinds.update((i, "PERSON") for i in with_pos(doc, PROPN) if i not in kinds and doc[i].text in surnames)
    doc.user_data[KEY] = kinds
    doc.user_data[SECTOR_KEY] = sectors


def ent_kind(tok) -> str:
    """The token's entity label: the actors stage's reading where it has one, else spaCy's."""
    return tok.doc.user_data.get(KEY, {}).get(tok.i) or tok.ent_type_


def person_kind(tok) -> str:
    """The entity type of a phrase, with "him" / "her" as a named person (the pronoun stands for one)."""
    return "PERSON" if tok.lower_ in ("him", "her") and tok.pos_ == "PRON" else ent_kind(tok)


def verbal_target(kind: str | None, doer, target) -> bool:
    """May an attack by `doer` on `target` (of entity kind `kind`) be the verbal one? On a named person, yes
    (the doer's own checks follow); on an organisation or a people, only when the doer is a named person who is
    not of an armed force ("Senator Kell attacked the foundation", "Kell's attacks on Muslims"; not "General Osei
    attacked the Front", "Ostland's attacks on the Kurds")."""
    if kind not in ("ORG", "NORP"):
        return True
    return doer is not None and ent_kind(doer) == "PERSON" and not armed(doer)


def armed(tok) -> bool:
    """Is the actor at the token of an armed force's sector (the actors stage's reading)?"""
    return tok.doc.user_data.get(SECTOR_KEY, {}).get(tok.i) in ARMED


def verbal_noun_type(noun, s: dict, verb) -> str | None:
    """'Kell's attacks on Osei', 'Kell leveled attacks against Osei': a named party's attack on a named
    person, with no weapon named on the noun, is the verbal reading (as for the verb); else None."""
    from .triggers import WEAPONS, child, prep_children  # (triggers reads this module's kinds)

    kinds = s.get("person_object_types")
    if not kinds:
        return None
    targets = [o for p in prep_children(noun, set(s.get("target_preps", ()))) for o in p.children if o.dep_ == "pobj"]
    between = [o for p in prep_children(noun, {"between"}) for g in p.children if g.dep_ == "pobj"
               for o in (g, *g.conjuncts)] if s.get("between_roles") else []
    doer = between[0] if between else child(noun, "poss")
    if doer is None:  # "the Kell attacks on the foundation": a name before the noun is its doer
        doer = next((c for c in noun.lefts if c.dep_ == "compound" and ent_kind(c) == "PERSON"), None)
    if doer is None and verb.pos_ in ("VERB", "AUX") and noun.dep_ == "dobj":
        doer = child(verb, "nsubj")
    kind = next((kinds[person_kind(o)] for o in targets + between[1:] if person_kind(o) in kinds
                 and verbal_target(person_kind(o), doer, o)), None)
    if kind is None:
        return None
    if doer is None or not (ent_kind(doer) in NAMED_PARTIES or doer.lower_ in ("his", "her", "he", "she")):
        return None
    if any(t.lemma_.lower() in WEAPONS for t in noun.subtree):
        return None
    return kind
