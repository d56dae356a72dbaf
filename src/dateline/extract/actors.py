"""Actors: who is who in one article (baseline: spaCy entities grouped by name)."""
from __future__ import annotations

from ..record import Actor, Mention

_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "state", "NORP": "group"}


def extract_actors(doc, ctx) -> list[Actor]:
    """Named persons, organisations, states and groups, each with its mentions."""
    by_name: dict[tuple[str, str], Actor] = {}
    for ent in doc.ents:
        kind = _KIND.get(ent.label_)
        if kind is None or ctx.in_provenance(ent.start_char, ent.end_char):
            continue
        name = ent.text.strip()
        if name.lower().startswith("the "):
            name = name[4:]
        key = (name.lower(), kind)
        actor = by_name.get(key)
        if actor is None:
            actor = by_name[key] = Actor(id=f"a{len(by_name) + 1}", name=name, kind=kind)
        actor.mentions.append(Mention(ent.start_char, ent.end_char, ent.text))
    return list(by_name.values())
