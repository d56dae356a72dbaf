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

Candidates come from the packaged gazetteer (knowledge/gazetteer.py: continents and
supranational regions, countries, first- and second-level regions, GeoNames places over 500
people).
Disambiguation is a logistic score per candidate (`candidate_features`, weights in
geo/resolver.json fitted by scripts/train_geo_resolver.py on TR-News, checked on GeoVirus): the
prior (kind, population, national capital, own name or only an alternate one) and what the
article's other toponyms say, read first by prior alone: the same country, the same first-level
region, the distance to them, ", <its region or country>" right after ("Paris, Texas"). So
"Georgia" is the country unless the article speaks of Atlanta, and "Kingston" is Jamaica's
capital unless Ontario towns surround it. A bare name without an article takes its prior.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..knowledge.gazetteer import Candidate
from ..knowledge.registry import norm
from ..record import Place

PLACE_LABELS = ("GPE", "LOC")
_NAME_LABELS = ("ORG", "FAC")
_MISTAGGED = ("ORG", "PERSON", "FAC", "PRODUCT")
_NO_WORDS: frozenset[str] = frozenset()
_key = lru_cache(maxsize=65536)(norm)  # norm is pure: the same text always gives the same key


def _words(gaz, name: str) -> frozenset[str]:
    """A word list from knowledge/data/geo/place_words.json (user-extendable)."""
    return getattr(gaz, "words", {}).get(name, _NO_WORDS)


FEATURES = ("prior", "continent", "country", "region", "county", "city", "city_pop", "region_pop", "county_pop",
            "capital", "alt_name",
            "ctx_country", "ctx_share", "ctx_admin1", "near", "next_match", "us_state_us_story", "region_city")
_LOCAL = ("city", "county", "state")  # kinds placed by the article's nearby places
_MAX_CANDIDATES = 40  # the most probable by prior; "Springfield" has dozens of villages


@dataclass
class ArticleGeo:
    """What an article's other toponyms say about an ambiguous one.

    `unambiguous`: (key, iso3) for every mention whose candidates all lie in one country (and
    demonyms); `first`: (key, candidate) for every mention's most probable candidate by prior alone
    (the first pass); `us`: whether it reads as a US story."""
    unambiguous: list = field(default_factory=list)
    first: list = field(default_factory=list)
    us: bool = False


@dataclass(frozen=True)
class Setting:
    """Where one mention stands: the place named right after it (", Texas" in "Paris, Texas"), the
    first-pass candidates of the toponyms coordinated with it ("Ohio and Georgia"), and whether it
    is the article's dateline ("RURITOWN (Agency) -"), which names the city a story was filed from."""
    next: str = ""
    siblings: tuple = ()
    dateline: bool = False


def resolve(gaz, text: str, context_countries: set[str] = frozenset(), next_text: str = "", us_context: bool = False,
            article: ArticleGeo | None = None, states_only: bool = False, setting: Setting | None = None
            ) -> Candidate | None:
    """Best candidate for one toponym: a logistic score over its prior (kind, population, capital,
    own name) and what the article's other toponyms say (same country, same region, nearby).

    The weights are fitted by scripts/train_geo_resolver.py and packaged in geo/resolver.json.
    `context_countries` (a plain set of countries named elsewhere) stands in for `article` when
    that is not given. `states_only`: the name acts ("Washington warned"), so a country or a national
    capital wins over other candidates where there is one. `setting` (which `next_text` abbreviates):
    the places next to and coordinated with this mention."""
    key = norm(text)
    setting = setting or Setting(next=next_text)
    cands = _candidates(gaz, key)
    outside = _outside_next(gaz, text, cands, setting)
    if outside is not None:
        return outside
    if not cands:
        return None
    if article is None and not context_countries and setting == Setting():
        return cands[0]  # a bare name: the prior alone (the capital, the country, the most populous)
    if article is None:
        article = ArticleGeo(unambiguous=[("", iso) for iso in context_countries], us=us_context)
    if states_only:  # unless the article's other places lie in the region ("Atlanta ... Georgia declared")
        near = {(c.country, c.admin1) for k, c in article.first if k != key and c is not None}
        cands = [c for c in cands if c.kind == "country" or c.capital or (c.country, c.admin1) in near] or cands
    cands = _level_of_list(cands, setting.siblings)
    if setting.dateline:  # the city a story was filed from: the most probable one unless a region follows
        cands = [c for c in cands if c.kind == "city"] or cands
        cands = cands if setting.next else cands[:1]
    if len(cands) == 1:
        return cands[0]
    weights = gaz.resolver
    rows = candidate_features(gaz, key, cands, setting, article)
    scores = [sum(w * x for w, x in zip(weights["weights"], row)) for row in rows]
    return cands[max(range(len(cands)), key=scores.__getitem__)]


def _outside_next(gaz, text: str, cands: list[Candidate], setting: Setting) -> Candidate | None:
    """"Ruritown, Borduria" where Ruritown is a locality (no country or region of that name) and
    none of its gazetteer candidates lies in Borduria (a country or first-level region): a place the
    gazetteer lacks, in Borduria, rather than a namesake elsewhere: placed at Borduria's point, without
    a GeoNames id."""
    if not setting.next or any(c.kind in ("country", "state", "continent") for c in cands):
        return None
    regions = [r for r in _candidates(gaz, norm(setting.next)) if r.kind in ("country", "state")]
    if not regions or any(c.country == r.country and (r.kind == "country" or c.admin1 == r.admin1)
                          for c in cands for r in regions):
        return None
    region = regions[0]
    return Candidate(_strip_article(text), region.country, region.lat, region.lon, None, 0, "city",
                     region.admin1 if region.kind == "state" else None)


def _level_of_list(cands: list[Candidate], siblings: tuple) -> list[Candidate]:
    """A toponym listed with countries is a country, one listed with one country's states is a state of
    it, where it has such a candidate ("Ohio and Georgia"; "Armenia and Georgia"): the level of most
    (two thirds) of the toponyms coordinated with it, each read by its prior."""
    if not siblings:
        return cands
    levels = Counter((s.kind, s.country if s.kind == "state" else None) for s in siblings)
    (kind, country), n = levels.most_common(1)[0]
    if n < 2 / 3 * len(siblings):
        return cands
    if kind not in ("country", "state"):
        return cands
    return [c for c in cands if c.kind == kind and (country is None or c.country == country)] or cands


def _candidates(gaz, key: str) -> list[Candidate]:
    """The candidates of a name; a country's own name is the country ("Mexico", not Mexico City).
    A name not in the gazetteer is looked up without its generic head ("Sichuan province" as a
    region named Sichuan, "Dallas County" as Dallas, "the City of Turin" as Turin). Most probable
    first; memoised on the gazetteer (a pure function of its data)."""
    memo = _memo(gaz)
    if key not in memo:
        cands = list(gaz.get(key) or ()) or _without_head(gaz, key)
        own = [c for c in cands if _own_name(gaz, c, key)]
        if any(c.kind in ("country", "continent") for c in own):
            cands = _country_or_its_region(own, key)
        owned = {id(c) for c in own}
        ranked = sorted(cands, key=lambda c: -(c.base if id(c) in owned else c.base - 2.0))[:_MAX_CANDIDATES]
        memo[key] = (ranked, frozenset(id(c) for c in ranked if id(c) in owned))
    return memo[key][0]


def _country_or_its_region(own: list[Candidate], key: str) -> list[Candidate]:
    """A country's own name is the country, not its namesake region ("Ruritania", a state of
    Ruritania); a name the country only has as an alias is its region where it has one by that name
    ("Northland" for the Union of Northland and Southland is the region Northland)."""
    named = {c.country for c in own if c.kind == "country" and norm(c.name) == key}
    aliased = {c.country for c in own if c.kind == "state"} - named
    return [c for c in own if (c.country not in named or c.kind in ("country", "continent"))
            and not (c.kind == "country" and c.country in aliased)]


def _memo(gaz) -> dict:
    attrs = getattr(gaz, "__dict__", None)
    return attrs.setdefault("_candidate_memo", {}) if attrs is not None else {}


def _is_own(gaz, c: Candidate, key: str) -> bool:
    """Whether `key` is the candidate's own name (not only an alternate one)."""
    memo = _memo(gaz)
    return id(c) in memo[key][1] if key in memo else _own_name(gaz, c, key)


def _without_head(gaz, key: str) -> list[Candidate]:
    words = key.split()
    if len(words) > 2 and words[:2] == ["city", "of"]:
        return [c for c in gaz.get(" ".join(words[2:]), ()) if c.kind == "city"]
    if len(words) > 2 and words[1] == "of" and words[0] in ("county", "province", "state"):  # "County of Ruritown"
        return [c for c in gaz.get(" ".join(words[2:]), ()) if c.kind in ("state", "county")]
    if len(words) < 2:
        return []
    if words[-1] not in _words(gaz, "mention_suffix_words"):
        return _without_direction(gaz, words) or _leading_place(gaz, words)
    cands = list(gaz.get(" ".join(words[:-1]), ()))
    states = getattr(gaz, "us_counties", {}).get(key) if words[-1] == "county" else None
    if states:  # a US county: its namesake town in its state, else its state ("Dallas County" -> Dallas, TX)
        towns = [c for c in cands if c.country == "USA" and c.admin1 in states and c.kind == "city"]
        return towns or [c for st in sorted(states) for name in sorted(gaz.region_names.get(("USA", st), ()))[:1]
                         for c in gaz.get(name, ()) if c.kind == "state" and c.admin1 == st]
    if words[-1] in _words(gaz, "region_mention_words"):
        cands = [c for c in cands if c.kind in ("state", "county")] or cands
    return cands


def _leading_place(gaz, words: list[str]) -> list[Candidate]:
    """A span the parser ran past a major place's name ("Ruritown City Council", "Ruritania
    Earthquake"): the longest leading part that is a country, region or city of 100,000 people."""
    generic = _words(gaz, "direction_words") | _words(gaz, "generic_names")
    for n in range(len(words) - 1, 0, -1):
        if all(w in generic for w in words[:n]):  # "Western", "Central": no place by themselves
            break
        major = [c for c in gaz.get(" ".join(words[:n]), ()) if _major((c,)) or c.kind == "continent"]
        if major:
            return major
    return []


def _without_direction(gaz, words: list[str]) -> list[Candidate]:
    """A part of a major place named by direction ("Southern Ruritania", "Far North Ruritania", "North
    Ruritown") is placed at that place when the name is not in the gazetteer itself."""
    direction = _words(gaz, "direction_words") | {"far"}
    if words[0] not in direction:
        return []
    while len(words) > 1 and words[0] in direction:
        words = words[1:]
    return [c for c in gaz.get(" ".join(words), ()) if _major((c,)) or c.kind == "continent"]


def _prior(gaz, c: Candidate, key: str) -> float:
    """The first-pass score: kind and population, an alternate name only ("Peking") less."""
    return c.base if _is_own(gaz, c, key) else c.base - 2.0


def first_pass(gaz, key: str) -> Candidate | None:
    """A name's most probable candidate by prior alone (what the other toponyms are read as)."""
    cands = _candidates(gaz, key)
    return cands[0] if cands else None


def candidate_features(gaz, key: str, cands: list[Candidate], setting: Setting, art: ArticleGeo) -> list[list[float]]:
    """One feature row (in FEATURES order) per candidate of the name `key` in this article and setting."""
    region_of = getattr(gaz, "region_of", lambda c: frozenset())
    country_names = getattr(gaz, "country_names", {})
    others_unamb = Counter(iso for k, iso in art.unambiguous if k != key)
    others = [c for k, c in art.first if k != key and c is not None]
    n_others = max(len(others), 1)
    by_country = Counter(c.country for c in others)
    admin1 = {(c.country, c.admin1) for c in others if c.kind in _LOCAL and c.admin1}
    points = {(c.lat, c.lon) for c in others if c.kind in _LOCAL and c.lat is not None}
    regions = {(c.country, c.admin1) for c in cands if c.kind in ("state", "county")}
    nxt = norm(setting.next)
    rows = []
    for c in cands:
        pop = math.log10(max(c.population, 10)) / 7
        near = 0.0
        if points and c.kind in _LOCAL and c.lat is not None:
            near = 1.0 / (1.0 + min(_km(c.lat, c.lon, la, lo) for la, lo in points) / 100.0)
        nxt_match = bool(nxt) and (nxt == norm(c.country or "") or nxt in country_names.get(c.country or "", ())
                                   or (c.kind in ("city", "county") and nxt in region_of(c)))
        rows.append([
            _prior(gaz, c, key) / 4, c.kind == "continent", c.kind == "country", c.kind == "state",
            c.kind == "county", c.kind == "city", pop if c.kind == "city" else 0.0, pop if c.kind == "state" else 0.0,
            pop if c.kind == "county" else 0.0, c.capital,
            not _is_own(gaz, c, key),
            min(others_unamb[c.country], 5) / 5 if c.country else 0.0,
            by_country[c.country] / n_others if c.country else 0.0,
            (c.country, c.admin1) in admin1 and c.kind in _LOCAL,
            near, nxt_match, c.kind == "state" and c.country == "USA" and art.us,
            c.kind == "city" and (c.country, c.admin1) in regions,
            1.0,  # bias
        ])
    return [[float(x) for x in row] for row in rows]


def _km(la1: float, lo1: float, la2: float, lo2: float) -> float:
    """Distance in km, equirectangular (close enough for a closeness feature, and cheap)."""
    dlon = abs(lo2 - lo1)
    dlon = min(dlon, 360.0 - dlon) * math.cos(math.radians((la1 + la2) / 2))
    return 111.2 * math.hypot(la2 - la1, dlon)


def _own_name(gaz, c: Candidate, key: str) -> bool:
    if c.kind == "country":
        return key in getattr(gaz, "country_names", {}).get(c.country or "", ()) or norm(c.name) == key
    if c.kind == "county":  # "Pangasinan" for "Province of Pangasinan"
        return key in norm(c.name)
    if c.kind == "state" and hasattr(gaz, "region_names"):
        return key in gaz.region_names.get((c.country or "", c.admin1 or ""), ())
    return norm(c.name) == key


def _mentions(doc, ctx, gaz) -> list[tuple]:
    """(span, role, lookup text) for every place mention, in text order, without overlaps."""
    reg = ctx.knowledge.registry
    out, ents = [], doc.ents
    for e in ents:
        if ctx.in_provenance(e.start_char, e.end_char):
            continue
        if e.label_ in PLACE_LABELS:
            if e[0].lower_ == "people" or (len(e) > 1 and e[1].lower_ == "people"):  # "the People of Gaza"
                continue
            if e.end < len(doc) and doc[e.end].lower_ in _words(gaz, "not_place_after"):
                continue  # "West Nile virus", "Marburg fever": a disease named after a place
            e = _hyphenated(doc, e, gaz)
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
    text = ctx.article.text  # the parsed text (doc.text would rebuild it from the tokens)
    if not len(doc) or doc[-1].idx + len(doc[-1].text_with_ws) != len(text):
        text = doc.text
    out += [m for m in _found_again(doc, text, ents, out, gaz) if not ctx.in_provenance(m[0].start_char, m[0].end_char)]
    return sorted(out, key=lambda m: m[0].start)


def _found_again(doc, text: str, ents, mentions, gaz) -> list[tuple]:
    """The names the article uses as places, again where the parser tagged them otherwise or not at
    all (one sense per discourse: "Ruritown" a place in one sentence, an organisation, a person or
    nothing in the next, "Ruritown police" a modifier). Inside a longer organisation or facility name
    they are its name part ("the Ruritown Regional Jail"); a person's name is never one, nor a single
    word that is the surname of a person the article names ("Kell" after "Ana Kell")."""
    found = {s.text: _key(s.text) for s, role, _ in mentions if role == "literal"}
    names = {k for k in found.values() if k in gaz}
    if not names:
        return []
    taken = {i for s, _, _ in mentions for i in range(s.start, s.end)}
    surnames = {e[-1].lower_ for e in ents if e.label_ == "PERSON" and len(e) > 1}
    out = []
    for start, end in _occurrences(text, {t for t, k in found.items() if k in names}):
        span = doc.char_span(start, end)
        if span is None or span.start in taken or not _capitalised(span) or _key(span.text) not in names:
            continue
        role = _role_again(doc, ents, span, taken, surnames, gaz)
        if role is not None:
            out.append((span, role, span.text))
            taken.update(range(span.start, span.end))
    return out


def _occurrences(text: str, surfaces: set[str]) -> list[tuple[int, int]]:
    """(start, end) of every whole-word occurrence of the surfaces in the text, as written or in capitals,
    longest first where two start together."""
    out = []
    for surface in sorted(surfaces | {s.upper() for s in surfaces}, key=len, reverse=True):
        i = text.find(surface)
        while i >= 0:
            end = i + len(surface)
            if (i == 0 or not text[i - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                out.append((i, end))
            i = text.find(surface, end)
    return sorted(out, key=lambda se: (se[0], -se[1]))


def _capitalised(span) -> bool:
    """Every word of the span capitalised, and it ends in a word ("Ruritown", not "Ruritown's")."""
    return (span[0].text[0].isupper() and not span[-1].is_punct and span[-1].tag_ != "POS"
            and all(t.is_title or t.is_upper for t in span if t.is_alpha))


_AGAIN_LABELS = ("ORG", "FAC", "PERSON", "NORP", "LANGUAGE", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW")


def _role_again(doc, ents, span, taken, surnames, gaz) -> str | None:
    """How a name found again is a place: literal (alone or a whole entity), a name part (the start or
    end of a longer organisation or facility name), or not at all (a person's name or surname, a
    disease named after a place, a currency, overlaps)."""
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start else None
    if before is not None and (before.tag_ == "$" or before.lower_.rstrip(".") in _words(gaz, "personal_titles") or (
            before.is_title and before.is_alpha and not before.is_sent_start and before.pos_ not in ("DET", "ADP", "CCONJ"))):
        return None  # "$US 5", "Mr Ruritown", "the Mute Swan": an amount, a person, part of a longer name
    if any(j in taken for j in range(span.start, span.end)) or span.text.lower() in surnames or (
            after is not None and (after.lower_ in _words(gaz, "not_place_after")
                                   or (after.is_title and after.ent_iob_ == "I"))):
        return None
    ent = next((e for e in ents if e.start <= span.start < e.end), None)
    if ent is None:
        return "literal"
    if ent.label_ not in _AGAIN_LABELS or (ent.label_ == "PERSON" and len(ent) > 1):
        return None
    whole = ent.start + (ent[0].lower_ == "the") == span.start and ent.end == span.end
    if whole:
        return "literal"
    at_edge = span.start in (ent.start, ent.start + 1) or span.end == ent.end
    return "name_part" if ent.label_ in ("ORG", "FAC") and at_edge else None


def _mistagged_place(doc, ent, gaz) -> bool:
    """A whole ORG/PERSON/FAC entity that is a major place right after a locative preposition, or a
    hyphenated ORG/FAC entity that is a country's or a region's own name ("Ruritania-Borduria")."""
    if ent.label_ != "PERSON" and "-" in ent.text:
        key = norm(ent.text)
        if any(c.kind in ("country", "state") and _own_name(gaz, c, key) for c in gaz.get(key, ())):
            return True
    after_prep = ent.start > 0 and doc[ent.start - 1].lower_ in _words(gaz, "locative_prepositions")
    modifier = len(ent) == 1 and ent.label_ != "PERSON" and ent.root.dep_ in ("compound", "amod", "nmod", "poss")
    if not (after_prep or modifier):  # "in Aleppo"; "the Winnipeg jail", "Edmonton's mayor"
        return False
    return _major(gaz.get(norm(ent.text), ()))


def _hyphenated(doc, ent, gaz):
    """The entity widened over a hyphen to the rest of a hyphenated place name the parser cut
    ("Ruritania" + "-Nord" when "Ruritania-Nord" is in the gazetteer)."""
    end = ent.end
    while (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and doc[end + 1].is_title):
        end += 2
    if end > ent.end and norm(doc[ent.start:end].text) in gaz:
        return doc[ent.start:end]
    return ent


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
            if (span[0].is_title or span[0].is_upper) and not span[-1].is_punct:
                if span[-1].lower_ not in _words(gaz, "generic_names") and _major(gaz.get(norm(span.text), ())):
                    return span
    return None


def _context(gaz, mentions) -> ArticleGeo:
    """What the article's toponyms say before any is resolved: unambiguous countries, every name's
    most probable candidate by prior, and whether it is a US story."""
    art = ArticleGeo()
    us = False
    for span, role, look in mentions:
        if role == "adjectival":
            art.unambiguous.append(("", look))
            continue
        key = norm(look)
        cands = gaz.get(key, ())
        kinds = {c.kind for c in cands}
        if len({c.country for c in cands}) == 1 and cands:
            art.unambiguous.append((key, cands[0].country))
        elif "country" in kinds and len(cands) <= 3:
            art.unambiguous.extend((key, c.country) for c in cands if c.kind == "country")
        if cands and all(c.country == "USA" for c in cands):
            us = True
        art.first.append((key, first_pass(gaz, key)))
    art.us = us or any(iso == "USA" for _, iso in art.unambiguous)
    return art


def settings(doc, gaz, mentions, article: ArticleGeo | None = None) -> dict[int, Setting]:
    """Mention start token -> its `Setting`: the literal place right after ", " ("Paris, Texas") and
    the first-pass candidates of the toponyms in the same conjunct chain of the parse ("Ruritania,
    Borduria and Syldavia")."""
    starts = {span.start: span for span, role, _ in mentions if role == "literal"}
    read = iter(article.first if article is not None else [(None, first_pass(gaz, norm(look)))
                                                            for _, role, look in mentions if role != "adjectival"])
    countries = getattr(gaz, "countries", {})
    groups: dict[int, list] = {}
    for span, role, look in mentions:
        first = countries.get(look) if role == "adjectival" else next(read)[1]
        head = span.root
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        groups.setdefault(head.i, []).append((span, first))
    out = {}
    for members in groups.values():
        for span, _ in members:
            comma_after = span.end < len(doc) and doc[span.end].text == ","
            out[span.start] = Setting(
                next=starts[span.end + 1].text if comma_after and span.end + 1 in starts else "",
                siblings=tuple(f for o, f in members if o is not span and f is not None) if len(members) > 1 else (),
                dateline=span.start == 0 and _dateline(doc, span))
    return out


_DATELINE_AFTER = ("(", "-", "--", "—", "–", ",")


def _dateline(doc, span) -> bool:
    """The toponym opens the article in capitals or before "(", a dash or a comma ("RURITOWN -",
    "Ruritown (Agency)", "RURITOWN, Borduria -")."""
    if span.start != 0 or span.start_char > 2:
        return False
    after = doc[span.end].text if span.end < len(doc) else ""
    return (span.text.isupper() and len(span.text) > 2) or after in _DATELINE_AFTER


def _acting_subject(span, gaz) -> bool:
    """The place is the acting subject of a verb ("Moscow said"), not where something lies."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.pos_ not in ("VERB", "AUX"):
        return False
    return root.head.lemma_.lower() not in _words(gaz, "locative_verbs") and not any(
        t.dep_ == "compound" for t in root.children)


def _metonym(span, c: Candidate, gaz) -> str | None:
    """The state a capital or country stands for when it is the acting subject of a verb."""
    if c.kind not in ("country", "city") or (c.kind == "city" and not c.capital) or not c.country:
        return None
    return c.country if _acting_subject(span, gaz) else None


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
    article = _context(gaz, mentions)
    resolved: dict[tuple, Candidate | None] = {}
    around = settings(doc, gaz, mentions, article)
    places = []
    for span, role, look in mentions:
        if role == "adjectival":
            wide, c = _adjectival(doc, span, look, gaz)
            if c is not None and wide.end > span.end:  # "the Kenyan capital", not "South Sudanese"
                role = "embedded"
            span = wide
        else:
            if role == "name_part" and around[span.start].dateline:
                role = "literal"  # "RURITOWN (Agency)" parsed as one organisation: the dateline's city
            ask = (look, around[span.start], role == "literal" and _acting_subject(span, gaz))
            if ask not in resolved:  # the same name in the same setting resolves the same way
                resolved[ask] = resolve(gaz, ask[0], article=article, states_only=ask[2], setting=ask[1])
            c = resolved[ask]
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
                 lat=c.lat, lon=c.lon, geonameid=c.geonameid, kind="region" if c.kind in ("state", "county") else c.kind,
                 role=role, stands_for=stands_for)


def _strip_article(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text
