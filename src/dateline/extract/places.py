"""Toponyms resolved offline to name, country, coordinates and GeoNames id.

Mentions (each becomes a `Place`, its `role` saying how the text names it):

- ``literal``: a GPE/LOC entity ("in Nairobi", "across Queensland");
- ``metonym``: a capital or a country standing for its state as the subject of a
  verb ("Moscow said", "Washington warned", "Beijing has accused"): `stands_for`
  holds the state's ISO code, the coordinates stay the place's;
- ``adjectival``: a country's demonym used as a modifier ("Russian officials",
  "the Syrian border") resolves to the country; "the Kenyan capital" resolves to
  the country's capital city;
- ``name_part``: a place that begins or ends an organisation's or facility's
  name ("the Kentucky State Police", "CTV Winnipeg"), when it is a country, a
  first-level region or a city of 100,000 people or more.

Candidates come from the packaged gazetteer (knowledge/gazetteer.py: countries,
first-level regions, GeoNames cities over 1,000 people). One disambiguation rule
picks among them:

    score = base(kind, population) + 1.0 if the candidate's country is the
            country of another place (or a country) named in the article
          + 1.5 if the toponym is followed by ", <its region or country>"
            ("Paris, Texas", "São Paulo, Brazil")

Countries start from 3.5, regions from up to 3.0 (US states 2.5, +1.5 in a US
story), cities from log10(population)/2 (+1.5 for a national capital), so
"Georgia" is the country unless the article speaks of US places, and "Paris" is
the French capital unless Texas is near.
"""
from __future__ import annotations

from ..knowledge.gazetteer import Candidate
from ..knowledge.registry import norm
from ..record import Place

PLACE_LABELS = ("GPE", "LOC")
_NAME_LABELS = ("ORG", "FAC")
_MISTAGGED = ("ORG", "PERSON", "FAC", "PRODUCT")
_NO_WORDS: frozenset[str] = frozenset()


def _words(gaz, name: str) -> frozenset[str]:
    """A word list from knowledge/data/geo/place_words.json (user-extendable)."""
    return getattr(gaz, "words", {}).get(name, _NO_WORDS)


def resolve(gaz, text: str, context_countries: set[str], next_text: str = "", us_context: bool = False) -> Candidate | None:
    """Best candidate for one toponym given the article's other countries (the disambiguation rule)."""
    key = norm(text)
    cands = gaz.get(key)
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0]
    nxt = norm(next_text)
    region_of = getattr(gaz, "region_of", lambda c: frozenset())
    country_names = getattr(gaz, "country_names", {})

    own = {c for c in cands if _own_name(gaz, c, key)}
    if any(c.kind in ("country", "continent") for c in own):
        cands = [c for c in cands if c in own]  # a country's name is the country ("Mexico", not Mexico City)
    named = {c.country for c in cands if c.kind == "country"}

    def score(c: Candidate) -> float:
        s = c.base if c in own else c.base - 2.0  # matched an alternate name only ("New York" for NYC)
        if c.country in context_countries and c.kind not in ("country", "continent") and c.country not in named:
            s += 1.0  # (not for "Mexico" the state over Mexico the country)
        if c.kind == "state" and c.country == "USA" and us_context:
            s += 1.5
        if nxt and (nxt == norm(c.country or "") or nxt in country_names.get(c.country or "", ())
                    or (c.kind == "city" and nxt in region_of(c))):
            s += 1.5
        return s
    scores = {c: score(c) for c in cands}
    regions = {(c.country, c.admin1): s for c, s in scores.items() if c.kind == "state"}
    for c in cands:
        if c.kind == "city" and (c.country, c.admin1) in regions:  # New York (city) over New York (state)
            scores[c] = max(scores[c], regions[(c.country, c.admin1)] + 0.01)
    return max(cands, key=scores.__getitem__)


def _own_name(gaz, c: Candidate, key: str) -> bool:
    if c.kind == "country":
        return key in getattr(gaz, "country_names", {}).get(c.country or "", ()) or norm(c.name) == key
    if c.kind == "state" and hasattr(gaz, "region_names"):
        return key in gaz.region_names.get((c.country or "", c.admin1 or ""), ())
    return norm(c.name) == key


def _mentions(doc, ctx, gaz) -> list[tuple]:
    """(span, role, lookup text) for every place mention, in text order, without overlaps."""
    reg = ctx.knowledge.registry
    out = []
    for e in doc.ents:
        if ctx.in_provenance(e.start_char, e.end_char):
            continue
        if e.label_ in PLACE_LABELS:
            if e[0].lower_ == "people" or (len(e) > 1 and e[1].lower_ == "people"):  # "the People of Gaza"
                continue
            if e.end < len(doc) and doc[e.end].lower_ in _words(gaz, "not_place_after"):
                continue  # "West Nile virus", "Marburg fever": a disease named after a place
            out.append((e, "literal", e.text))
        elif e.label_ == "NORP":
            iso = reg.demonyms.get(norm(e.text))
            if iso:
                out.append((e, "adjectival", iso))
        elif e.label_ in _MISTAGGED and _mistagged_place(doc, e, gaz):
            out.append((e, "literal", e.text))  # "fighting in Aleppo" tagged as an organisation or person
        elif e.label_ in _NAME_LABELS and len(e) > 1:
            part = _name_part(e, gaz)
            if part is not None:
                out.append((part, "name_part", part.text))
    return out


def _mistagged_place(doc, ent, gaz) -> bool:
    """A whole ORG/PERSON/FAC entity that is a major place right after a locative preposition."""
    after_prep = ent.start > 0 and doc[ent.start - 1].lower_ in _words(gaz, "locative_prepositions")
    modifier = len(ent) == 1 and ent.label_ != "PERSON" and ent.root.dep_ in ("compound", "amod", "nmod", "poss")
    if not (after_prep or modifier):  # "in Aleppo"; "the Winnipeg jail", "Edmonton's mayor"
        return False
    return _major(gaz.get(norm(ent.text), ()))


def _major(cands) -> bool:
    return any(c.kind in ("country", "state") or (c.kind == "city" and c.population >= 100_000) for c in cands)


def _name_part(ent, gaz):
    """A place at the start or end of an organisation's name ("Kentucky State Police", "CTV Winnipeg")."""
    if ent[0].lower_ == "the":
        ent = ent[1:]
    for n in (3, 2, 1):
        if n >= len(ent):
            continue
        for span in (ent[:n], ent[len(ent) - n:]):
            if span[0].is_title or span[0].is_upper:
                if span[-1].lower_ not in _words(gaz, "generic_names") and _major(gaz.get(norm(span.text), ())):
                    return span
    return None


def _context(gaz, mentions) -> tuple[set[str], bool]:
    """The article's countries from unambiguous names, and whether it is a US story."""
    context: set[str] = set()
    us = False
    for span, role, look in mentions:
        if role == "adjectival":
            context.add(look)
            continue
        cands = gaz.get(norm(look), ())
        kinds = {c.kind for c in cands}
        if len({c.country for c in cands}) == 1 and cands:
            context.add(cands[0].country)
        elif "country" in kinds and len(cands) <= 3:
            context.update(c.country for c in cands if c.kind == "country")
        if cands and all(c.country == "USA" for c in cands):
            us = True
    return context, us or "USA" in context


def _metonym(span, c: Candidate, gaz) -> str | None:
    """The state a capital or country stands for when it is the acting subject of a verb."""
    if c.kind not in ("country", "city") or (c.kind == "city" and not c.capital) or not c.country:
        return None
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.pos_ not in ("VERB", "AUX"):
        return None
    if root.head.lemma_.lower() in _words(gaz, "locative_verbs") or any(t.dep_ == "compound" for t in root.children):
        return None
    return c.country


def _adjectival(doc, span, iso: str, gaz) -> tuple[object, Candidate | None]:
    """"Russian officials" -> Russia; "the Kenyan capital" -> Nairobi (span widened to the noun)."""
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in _words(gaz, "capital_nouns") and getattr(gaz, "capitals", {}).get(iso):
        return doc[span.start:span.end + 1], gaz.capitals[iso]
    return span, getattr(gaz, "countries", {}).get(iso)


def extract_places(doc, ctx) -> list[Place]:
    """Every place the article names, resolved where possible (literal, metonymic, adjectival, in names)."""
    gaz = ctx.knowledge.gazetteer
    mentions = _mentions(doc, ctx, gaz)
    if not mentions:
        return []
    context, us = _context(gaz, mentions)
    starts = {span.start: span for span, role, _ in mentions if role == "literal"}
    places = []
    for span, role, look in mentions:
        if role == "adjectival":
            span, c = _adjectival(doc, span, look, gaz)
            if c is not None and span.end - span.start > 1:
                role = "embedded"
        else:
            nxt = ""
            if span.end < len(doc) and doc[span.end].text == "," and span.end + 1 in starts:
                nxt = starts[span.end + 1].text
            k = norm(look)
            own = {gaz[k][0].country} if k in gaz and len(gaz[k]) == 1 else set()
            c = resolve(gaz, look, (context - own) | context, nxt, us)
        stands_for = None
        if c is not None and role == "literal":
            stands_for = _metonym(span, c, gaz)
            role = "metonym" if stands_for else role
        places.append(_place(span, c, role, stands_for))
    return places


def _place(span, c: Candidate | None, role: str, stands_for: str | None) -> Place:
    if c is None:
        return Place(text=span.text, start=span.start_char, end=span.end_char, name=_strip_article(span.text),
                     role=role)
    return Place(text=span.text, start=span.start_char, end=span.end_char, name=c.name, country=c.country,
                 lat=c.lat, lon=c.lon, geonameid=c.geonameid, kind="region" if c.kind == "state" else c.kind,
                 role=role, stands_for=stands_for)


def _strip_article(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text
