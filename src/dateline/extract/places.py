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
region, the distance to them, ", <its region or country>" right after ("Paris, Texas"), and the
publishing outlet's home country where the article names nothing else in it. So
"Georgia" is the country unless the article speaks of Atlanta, and "Kingston" is Jamaica's
capital unless Ontario towns surround it. A bare name without an article takes its prior.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from ..knowledge.gazetteer import Candidate
from ..record import Place
from .place_mentions import _key, _major, addressed, _mentions, _mistagged_place, _own_name, _words  # noqa: F401 (re-exported)

FEATURES = ("prior", "continent", "country", "region", "county", "city", "city_pop", "region_pop", "county_pop",
            "capital", "alt_name",
            "ctx_country", "ctx_share", "ctx_admin1", "near", "next_match", "us_state_us_story", "region_city", "home")
_LOCAL = ("city", "county", "state")  # kinds placed by the article's nearby places
_MAX_CANDIDATES = 40  # the most probable by prior; "Springfield" has dozens of villages


@dataclass
class ArticleGeo:
    """What an article's other toponyms say about an ambiguous one.

    `unambiguous`: (key, iso3) for every mention whose candidates all lie in one country (and
    demonyms); `first`: (key, candidate) for every mention's most probable candidate by prior alone
    (the first pass); `us`: whether it reads as a US story; `home`: the ISO code of the publishing
    outlet's home country (extract/actors/outlet_country.py), None when unknown. It stands in for the
    article's context where that names nothing in a candidate's country: a local paper's "Ruritown"
    with no other place of its province is its own province's town more often than a foreign capital."""
    unambiguous: list = field(default_factory=list)
    first: list = field(default_factory=list)
    us: bool = False
    home: str | None = None


@dataclass(frozen=True)
class Setting:
    """Where one mention stands: the place named right after it (", Texas" in "Paris, Texas"), the
    first-pass candidates of the toponyms coordinated with it ("Ohio and Georgia"), and whether it
    is the article's dateline ("RURITOWN (Agency) -"), which names the city a story was filed from."""
    next: str = ""
    siblings: tuple = ()
    dateline: bool = False
    office: bool = False  # a first-level region's office follows ("Ruritania Gov. Ann Kell")
    after_place: bool = False  # it follows a place and a comma ("Ruritown, Borduria"): it qualifies that place
    within: str = ""  # the place after "in" right after it, or after its coordination ("X and Y in Borduria")


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
    key = _key(text)
    setting = setting or Setting(next=next_text)
    cands = _candidates(gaz, key)
    outside = _outside_next(gaz, text, cands, setting)
    if outside is not None:
        return outside
    if not cands:
        return None
    if setting.within:  # "Ruritown in Borduria": its namesakes in Borduria where it has any
        cands = [c for c in cands if _lies_in_next(gaz, c, setting.within, regions=True)] or cands
    if article is None and not context_countries and setting == Setting():
        return cands[0]  # a bare name: the prior alone (the capital, the country, the most populous)
    if article is None:
        article = ArticleGeo(unambiguous=[("", iso) for iso in context_countries], us=us_context)
    if states_only:  # unless the article's other places lie in the region ("Atlanta ... Georgia declared")
        near = {(c.country, c.admin1) for k, c in article.first if k != key and c is not None}
        cands = [c for c in cands if c.kind == "country" or c.capital or (c.country, c.admin1) in near] or cands
    cands = _level_of_list(cands, setting.siblings)
    if not (setting.after_place or setting.siblings or setting.office):
        cands = _city_over_namesake_region(cands, key, article)
    if setting.office:  # "Ruritania Gov.", "Ruritania's governor": the state, not its namesake city
        cands = [c for c in cands if c.kind == "state"] or cands
    if setting.dateline:  # the city a story was filed from: the most probable one unless a region follows
        cands = [c for c in cands if c.kind == "city"] or cands
        cands = cands if setting.next else _dateline_city(cands, key, article)
    if len(cands) == 1:
        return cands[0]
    weights = _aligned(gaz.resolver)
    rows = candidate_features(gaz, key, cands, setting, article)
    scores = [sum(w * x for w, x in zip(weights, row)) for row in rows]
    return cands[max(range(len(cands)), key=scores.__getitem__)]


def _aligned(resolver: dict) -> list[float]:
    """The resolver's weights in FEATURES + bias order, read by feature name where the file names its
    features (a user file fitted before a feature was added gives that feature no weight)."""
    names, weights = resolver.get("features"), resolver["weights"]
    if not names or list(names) == [*FEATURES, "bias"]:
        return weights
    by_name = dict(zip(names, weights))
    return [by_name.get(f, 0.0) for f in (*FEATURES, "bias")]


def _outside_next(gaz, text: str, cands: list[Candidate], setting: Setting) -> Candidate | None:
    """"Ruritown, Borduria" where Ruritown is a locality (no country or region of that name) and
    none of its gazetteer candidates lies in Borduria (a country or first-level region): a place the
    gazetteer lacks, in Borduria, rather than a namesake elsewhere: placed at Borduria's point, without
    a GeoNames id."""
    where = setting.next or setting.within  # "Ruritown, Borduria", "the towns of X and Ruritown in Borduria"
    if not where or any(c.kind in ("country", "state", "continent") for c in cands):
        return None
    regions = [r for r in _candidates(gaz, _key(where)) if r.kind in ("country", "state")]
    if not regions or any(c.country == r.country and (r.kind == "country" or c.admin1 == r.admin1)
                          for c in cands for r in regions):
        return None
    region = regions[0]
    return Candidate(_strip_article(text), region.country, region.lat, region.lon, None, 0, "city",
                     region.admin1 if region.kind == "state" else None)


def _city_over_namesake_region(cands: list[Candidate], key: str, article: ArticleGeo) -> list[Candidate]:
    """A national capital named like a first-level region of its own country ("Washington", "San
    Juan") is the capital, unless the article names another place in that region ("Seattle ... in
    Washington") or the region contains the capital."""
    capital = next((c for c in cands if c.kind == "city" and c.capital), None)
    regions = [c for c in cands if c.kind == "state" and capital is not None and c.country == capital.country]
    if not regions or any(r.admin1 == capital.admin1 for r in regions):
        return cands
    near = {(c.country, c.admin1) for k, c in article.first if k != key and c is not None and c.kind in _LOCAL}
    return cands if any((r.country, r.admin1) in near for r in regions) else [capital]


def _dateline_city(cands: list[Candidate], key: str, article: ArticleGeo) -> list[Candidate]:
    """A dateline's city with no region after it: the most probable one, unless the article names no
    place in its country and does name one in another candidate's ("VICTORIA -" in a story about
    British Columbia is Victoria, Canada, not the Seychelles' capital): then that country's most
    probable one."""
    named = {c.country for k, c in article.first if k != key and c is not None} | {
        iso for k, iso in article.unambiguous if k != key}
    if cands[0].country in named:
        return cands[:1]
    return [next((c for c in cands if c.country in named), cands[0])]


def _level_of_list(cands: list[Candidate], siblings: tuple) -> list[Candidate]:
    """A toponym listed with countries is a country, one listed with one country's states is a state of
    it, one listed with national capitals a national capital, where it has such a candidate ("Ohio and
    Georgia"; "Armenia and Georgia"; "Washington and Tehran"): the level of most (two thirds) of the
    toponyms coordinated with it, each read by its prior."""
    if not siblings:
        return cands
    levels = Counter(("capital", None) if s.kind == "city" and s.capital else (s.kind, s.country if s.kind == "state" else None)
                     for s in siblings)
    (kind, country), n = levels.most_common(1)[0]
    if n < 2 / 3 * len(siblings):
        return cands
    if kind == "capital":  # "Washington and Tehran": a national capital listed with capitals is one too
        return [c for c in cands if c.kind == "city" and c.capital] or cands
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
    named = {c.country for c in own if c.kind == "country" and _key(c.name) == key}
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
    # "New York"; not a town's own municipality, but a same-named county that holds its country's capital
    # ("Santiago" the capital inside its province, not a same-named province abroad)
    capitals = {(c.country, c.admin1) for c in cands if c.capital}
    regions = {(c.country, c.admin1) for c in cands if c.kind == "state" or (
        c.kind == "county" and (c.country, c.admin1) in capitals)}
    nxt = _key(setting.next)
    rows = []
    for c in cands:
        pop = math.log10(max(c.population, 10)) / 7
        near = 0.0
        if points and c.kind in _LOCAL and c.lat is not None:
            near = 1.0 / (1.0 + min(_km(c.lat, c.lon, la, lo) for la, lo in points) / 100.0)
        nxt_match = bool(nxt) and (nxt == _key(c.country or "") or nxt in country_names.get(c.country or "", ())
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
            bool(art.home) and c.country == art.home and not others_unamb[c.country] and not by_country[c.country],
            1.0,  # bias
        ])
    return [[float(x) for x in row] for row in rows]


def _km(la1: float, lo1: float, la2: float, lo2: float) -> float:
    """Distance in km, equirectangular (close enough for a closeness feature, and cheap)."""
    dlon = abs(lo2 - lo1)
    dlon = min(dlon, 360.0 - dlon) * math.cos(math.radians((la1 + la2) / 2))
    return 111.2 * math.hypot(la2 - la1, dlon)



def _context(gaz, mentions) -> ArticleGeo:
    """What the article's toponyms say before any is resolved: unambiguous countries, every name's
    most probable candidate by prior, and whether it is a US story."""
    art = ArticleGeo()
    us = False
    for span, role, look in mentions:
        if role == "adjectival":
            art.unambiguous.append(("", look))
            continue
        key = _key(look)
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
    ends = {span.end for span, _, _ in mentions}
    read = iter(article.first if article is not None else [(None, first_pass(gaz, _key(look)))
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
        last = max(members, key=lambda m: m[0].start)[0]
        within = starts[last.end + 1].text if last.end + 1 in starts and doc[last.end].lower_ == "in" else ""
        for span, _ in members:
            comma_after = span.end < len(doc) and doc[span.end].text == ","
            out[span.start] = Setting(
                next=starts[span.end + 1].text if comma_after and span.end + 1 in starts else "", within=within,
                siblings=tuple(f for o, f in members if o is not span and f is not None) if len(members) > 1 else (),
                dateline=span.start == 0 and _dateline(doc, span), office=_office_after(doc, span, gaz),
                after_place=span.start - 1 in ends and doc[span.start - 1].text == ",")
    return out


def _office_after(doc, span, gaz) -> bool:
    """A first-level region's office noun follows the name, or its possessive ("Ruritania Gov.",
    "Ruritania's governor"; place_words.json region_office_nouns), or a region word follows it
    ("Ruritania province", "Ruritania State"; region_words.json region_mention_words)."""
    i = span.end + (span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s"))
    words = getattr(gaz, "words", {})
    if i < len(doc) and i == span.end and doc[i].lower_ in words.get("region_mention_words", ()):
        return any(c.kind == "state" for c in gaz.get(_key(span.text), ()))  # not "the X Valley region"
    return i < len(doc) and doc[i].lower_.rstrip(".") in words.get("region_office_nouns", ())


_DATELINE_AFTER = ("(", "-", "--", "—", "–", ",")


def _dateline(doc, span) -> bool:
    """The toponym opens the article in capitals or before "(", a dash or a comma ("RURITOWN -",
    "Ruritown (Agency)", "RURITOWN, Borduria -")."""
    if span.start != 0 or span.start_char > 2:
        return False
    after = doc[span.end].text if span.end < len(doc) else ""
    return (span.text.isupper() and len(span.text) > 2) or after in _DATELINE_AFTER


def _acting_subject(span, gaz, coordinated: bool = False) -> bool:
    """The place is a party acting or acted on: the subject of a verb ("Moscow said"), or the party a verb
    addresses ("warned Moscow", "called on Moscow to"; `addressed_verbs`), or with `coordinated` one of the
    names coordinated with one ("Moscow and Ruritown warned"); not where something lies."""
    root = span.root
    while coordinated and root.dep_ == "conj" and root.head.i != root.i and root.head.pos_ == "PROPN":
        root = root.head
    if any(t.dep_ == "compound" for t in root.children):
        return False
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX"):
        return root.head.lemma_.lower() not in _words(gaz, "locative_verbs")
    return addressed(root, gaz)


def _metonym(span, c: Candidate, gaz) -> str | None:
    """The state a capital or country stands for when it is a party acting or addressed (`_acting_subject`)."""
    if c.kind not in ("country", "city") or (c.kind == "city" and not c.capital) or not c.country:
        return None
    return c.country if _acting_subject(span, gaz, coordinated=True) else None


def _adjectival(doc, span, iso: str, gaz) -> tuple[object, Candidate | None]:
    """"Russian officials" -> Russia; "the Kenyan capital" -> Nairobi (span widened to the noun); "the Syrian
    border" -> Syria, the span widened to the part of the country it names (`part_nouns`), so a clause's
    preposition on the noun places its event there ("massed at the Syrian border")."""
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in _words(gaz, "capital_nouns") and getattr(gaz, "capitals", {}).get(iso):
        return doc[span.start:span.end + 1], gaz.capitals[iso]
    country = getattr(gaz, "countries", {}).get(iso)
    joined = span.start > 0 and doc[span.start - 1].text in ("-", "\u2013")  # "the Ruritanian-Borduran border": both
    if nxt is not None and nxt.lower_ in _words(gaz, "part_nouns") and span.root.head.i == nxt.i and not joined:
        return doc[span.start:span.end + 1], country
    return span, country


def extract_places(doc, ctx) -> list[Place]:
    """Every place the article names, resolved where possible (literal, metonymic, adjectival, in names)."""
    gaz = ctx.knowledge.gazetteer
    mentions = _mentions(doc, ctx, gaz)
    if not mentions:
        return []
    article = _context(gaz, mentions)
    article.home = _home(ctx.article)
    resolved: dict[tuple, Candidate | None] = {}
    around = settings(doc, gaz, mentions, article)
    senses = _qualified_senses(doc, gaz, mentions, around, article, resolved)
    places, found = [], {}
    for span, role, look in mentions:
        if role == "adjectival":
            wide, c = _adjectival(doc, span, look, gaz)
            if c is not None and wide.end > span.end and c.kind == "city":  # "the Kenyan capital", not "South Sudanese"
                role = "embedded"
            span = wide
        else:
            if role == "name_part" and around[span.start].dateline:
                role = "literal"  # "RURITOWN (Agency)" parsed as one organisation: the dateline's city
            ask = (look, around[span.start], role == "literal" and _acting_subject(span, gaz))
            if ask not in resolved:  # the same name in the same setting resolves the same way
                resolved[ask] = resolve(gaz, ask[0], article=article, states_only=ask[2], setting=ask[1])
            c = resolved[ask]
            if not ask[1].next and not ask[1].dateline and senses.get(_key(look)) is not None:
                c = senses[_key(look)]  # "Paris, Texas ... in Paris": one sense per article
        stands_for = None
        if c is not None and role == "literal":
            stands_for = _metonym(span, c, gaz)
            role = "metonym" if stands_for else role
        found[span.start] = c
        places.append((span, c, role, stands_for))
    spans = {span.start: span for span, *_ in places}
    return [_place(span, c if c is not None or role != "literal" else _in_next(span, found, spans), role, stands_for)
            for span, c, role, stands_for in places]


def _home(art) -> str | None:
    """The publishing outlet's home country (its name, web domain or country-code domain), or None."""
    from .actors.outlet_country import home_country  # imported here: the actors package imports this module
    return home_country(art) if art is not None else None


def _in_next(span, found: dict, spans: dict) -> Candidate | None:
    """"Ruritown, Borduria" or "the village of Ruritown in Borduria" where the gazetteer has no
    Ruritown at all and Borduria resolved to a country or a first- or second-level region ("Kellby,
    Essex", "the villages of X and Y in Z province": each of them): a place in Borduria, placed at its
    point with its country and without a GeoNames id."""
    doc, i = span.doc, span.end
    while i + 1 < len(doc) and doc[i].lower_ == "and" and found.get(i + 1, 0) is None:
        i = spans[i + 1].end  # the next of a coordination of places the gazetteer lacks
    if i + 1 >= len(doc) or doc[i].lower_ not in (",", "in"):
        return None
    region = found.get(i + 1 + (doc[i + 1].lower_ == "the" and i + 2 < len(doc)))
    if region is None or region.kind not in ("country", "state", "county") or region.lat is None:
        return None
    return Candidate(_strip_article(span.text), region.country, region.lat, region.lon, None, 0, "city",
                     region.admin1 if region.kind != "country" else None)


def _qualified_senses(doc, gaz, mentions, around, article, resolved) -> dict[str, Candidate | None]:
    """norm(name) -> the place a mention of it qualified by the place right after it resolved to
    ("Ruritown, Texas": a town in Texas), which the name's unqualified mentions in the same article
    then denote (one sense per discourse). Two qualified senses of one name cancel each other (None)."""
    senses: dict[str, Candidate | None] = {}
    for span, role, look in mentions:
        setting = around[span.start]
        if role == "adjectival" or not setting.next:
            continue
        ask = (look, setting, role == "literal" and _acting_subject(span, gaz))
        if ask not in resolved:
            resolved[ask] = resolve(gaz, ask[0], article=article, states_only=ask[2], setting=ask[1])
        c, key = resolved[ask], _key(look)
        if c is not None and _lies_in_next(gaz, c, setting.next):
            senses[key] = c if senses.get(key, c) == c else None
    return senses


def _lies_in_next(gaz, c: Candidate, next_text: str, regions: bool = False) -> bool:
    """The candidate is a town or county (with `regions`, also a first-level region) of the region or
    country named after it ("Paris, Texas"; "California in the United States")."""
    nxt = _key(next_text)
    if c.country is None or c.kind not in ("city", "county", "state" if regions else "city"):
        return False
    in_country = nxt == _key(c.country) or nxt in getattr(gaz, "country_names", {}).get(c.country, ())
    return in_country or (c.kind != "state" and nxt in gaz.region_of(c))


def _place(span, c: Candidate | None, role: str, stands_for: str | None) -> Place:
    if c is None:
        return Place(text=span.text, start=span.start_char, end=span.end_char, name=_strip_article(span.text),
                     role=role)
    return Place(text=span.text, start=span.start_char, end=span.end_char, name=c.name, country=c.country,
                 lat=c.lat, lon=c.lon, geonameid=c.geonameid, kind="region" if c.kind in ("state", "county") else c.kind,
                 role=role, stands_for=stands_for)


def _strip_article(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text
