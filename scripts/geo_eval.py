"""Measure the places extractor on the geoparsing sets in ../shared/data/geo.

usage: python scripts/geo_eval.py [--limit N] [--errors FILE] [--misses]

For each gold toponym (GeoVirus, TR-News): found when a system place overlaps
its span; resolved when the system's coordinates lie within 161 km of the gold
ones (the usual accuracy@161km); the error distance of every found toponym
(mean and median, a found place without coordinates counting as 20,039 km, half
the Earth's circumference, as in the field's AUC convention). Precision counts
system places that overlap some gold toponym.

The two sets annotate differently: TR-News marks demonyms ("Turkish") as
toponyms, GeoVirus does not. Dateline's adjectival places (role "adjectival")
are therefore scored on TR-News and left out on GeoVirus; every other place
counts on both.

`--misses` also prints, per set, why each toponym was not placed within 161 km (`miss_bucket`):
not found at all (recognition), found without coordinates (not in the gazetteer), a metonym, or
the country of the gold point (reverse-geocoded to the nearest packaged town) against the
system's: the same country placed at another reference point (by the system's kind: country,
region, city, supranational), or another country (a wrong namesake).
"""
from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from dateline import nlp
from dateline.extract import Context
from dateline.extract.places import extract_places
from dateline.knowledge import load_knowledge
from dateline.options import Options
from dateline.record import Article

GEO = Path(__file__).resolve().parents[2] / "shared/data/geo"
FAR = 20039.0
ADJECTIVAL_SCORED = {"GeoVirus.xml": False, "TR-News.xml": True}


def urls(path: Path) -> list:
    """Each article's address in file order (TR-News's <url>, else its <domain>), None where it has none."""
    out = []
    for art in ET.parse(path).getroot().iter("article"):
        url = (art.findtext("url") or "").strip() or (art.findtext("domain") or "").strip()
        out.append(url if "://" in url else ("http://" + url if url else None))
    return out


def km(a, b):
    (la1, lo1), (la2, lo2) = a, b
    p1, p2 = math.radians(la1), math.radians(la2)
    dp, dl = p2 - p1, math.radians(lo2 - lo1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def read(path: Path):
    root = ET.parse(path).getroot()
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        gold = []
        for loc in art.iter("location"):  # GeoVirus
            gold.append((int(loc.findtext("start")), int(loc.findtext("end")), loc.findtext("name"),
                         float(loc.findtext("lat")), float(loc.findtext("lon"))))
        for top in art.iter("toponym"):  # TR-News
            tag = top.find("gaztag")
            if tag is None or tag.findtext("lat") is None:
                continue
            gold.append((int(top.findtext("start")), int(top.findtext("end")), top.findtext("phrase"),
                         float(tag.findtext("lat")), float(tag.findtext("lon"))))
        yield text, gold


class NearestTown:
    """The country of a point: that of the nearest packaged GeoNames town (a 1-degree grid search)."""

    def __init__(self):
        from dateline.knowledge.gazetteer import _text
        self.grid: dict[tuple[int, int], list[tuple[float, float, str]]] = {}
        for line in _text("cities.tsv.gz", gz=True).splitlines():
            if line and line[0] != "#":
                parts = line.split("\t")
                la, lo = float(parts[4]), float(parts[5])
                self.grid.setdefault((math.floor(la), math.floor(lo)), []).append((la, lo, parts[2]))

    def country(self, lat: float, lon: float) -> str | None:
        cy, cx = math.floor(lat), math.floor(lon)
        for r in range(0, 12):
            ring = [(cy + dy, (cx + dx + 180) % 360 - 180) for dy in range(-r, r + 1) for dx in range(-r, r + 1)
                    if max(abs(dy), abs(dx)) == r]
            pts = [p for cell in ring for p in self.grid.get(cell, ())]
            if pts:  # the ring found something: the nearest of it and the next ring
                pts += [p for dy in range(-r - 1, r + 2) for dx in range(-r - 1, r + 2) if max(abs(dy), abs(dx)) == r + 1
                        for p in self.grid.get((cy + dy, (cx + dx + 180) % 360 - 180), ())]
                return min(pts, key=lambda p: km((lat, lon), p[:2]))[2]
        return None


def miss_bucket(hit, lat: float, lon: float, towns: NearestTown) -> str:
    """Why a found toponym lies beyond 161 km of the gold point."""
    if hit.lat is None:
        return "no coordinates (not in gazetteer)"
    if hit.role == "metonym":
        return "metonym"
    if hit.kind == "continent" or hit.country is None:
        return "supranational point"
    if towns.country(lat, lon) != hit.country:
        return "other country (wrong namesake)"
    return {"country": "country point", "region": "region point"}.get(hit.kind, "same country, other city")


def score(name: str, docs, model, knowledge, errors=None, misses: Counter | None = None, towns=None,
          urls=None) -> dict:
    """Recognition P/R/F1, accuracy@161km and error distances on one set; `misses` counts why
    toponyms were not placed within 161 km (`towns`: a NearestTown); `urls`: each article's address
    (the outlet's home country is a feature of the resolver), when the set has them."""
    n_gold = found = resolved = n_sys = sys_ok = 0
    dists: list[float] = []
    urls = urls or [None] * len(docs)
    for doc, (text, gold), url in zip(model.pipe(t for t, _ in docs), docs, urls):
        ctx = Context(article=Article(id="g", text=text, url=url), doc=doc, knowledge=knowledge)
        places = [p for p in extract_places(doc, ctx) if ADJECTIVAL_SCORED[name] or p.role != "adjectival"]
        for s, e, phrase, lat, lon in gold:
            n_gold += 1
            hit = next((p for p in places if p.start < e and s < p.end), None)
            if hit is None:
                if misses is not None:
                    misses["not found (recognition)"] += 1
                if errors:
                    errors.write(json.dumps({"set": name, "miss": text[s:e], "ctx": text[max(0, s - 50):e + 50]}) + "\n")
                continue
            found += 1
            d = km((hit.lat, hit.lon), (lat, lon)) if hit.lat is not None else FAR
            dists.append(d)
            resolved += d <= 161
            if misses is not None and d > 161:
                bucket = miss_bucket(hit, lat, lon, towns)
                misses[bucket] += 1
                misses.setdefault("km", {}).setdefault(bucket, []).append(d)
            if errors and d > 161:
                errors.write(json.dumps({"set": name, "far": text[s:e], "sys": [hit.name, hit.country, hit.kind, hit.role],
                                         "km": round(d), "ctx": text[max(0, s - 50):e + 50]}) + "\n")
        n_sys += len(places)
        for p in places:
            ok = any(p.start < e and s < p.end for s, e, *_ in gold)
            sys_ok += ok
            if errors and not ok:
                errors.write(json.dumps({"set": name, "fp": p.text, "role": p.role, "ctx": text[max(0, p.start - 50):p.end + 50]}) + "\n")
    p, r = sys_ok / max(n_sys, 1), found / max(n_gold, 1)
    return {"articles": len(docs), "gold": n_gold, "precision": p, "recall": r, "f1": 2 * p * r / max(p + r, 1e-9),
            "acc161_found": resolved / max(found, 1), "acc161_gold": resolved / max(n_gold, 1),
            "mean_km": statistics.fmean(dists) if dists else 0.0, "median_km": statistics.median(dists) if dists else 0.0}


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, help="score only the first N articles of each set")
    ap.add_argument("--errors", help="write every unresolved or wrong toponym to this file")
    ap.add_argument("--misses", action="store_true", help="print the miss table by cause")
    args = ap.parse_args(argv)
    limit = args.limit
    errors = open(args.errors, "w", encoding="utf-8") if args.errors else None
    knowledge = load_knowledge()
    model = nlp.load(Options().model)
    towns = NearestTown() if args.misses else None
    tables = {}
    for name in ("GeoVirus.xml", "TR-News.xml"):
        docs = list(read(GEO / name))[:limit]
        misses = tables[name] = Counter() if towns is not None else None
        m = score(name, docs, model, knowledge, errors, misses, towns, urls(GEO / name)[:limit])
        print(f"{name}: articles={m['articles']} gold={m['gold']} P={m['precision']:.3f} R={m['recall']:.3f} "
              f"F1={m['f1']:.3f} acc@161km(of found)={m['acc161_found']:.3f} acc@161km(of gold)={m['acc161_gold']:.3f} "
              f"mean_km={m['mean_km']:.0f} median_km={m['median_km']:.0f}")
    if towns is not None:
        print_misses(tables)


BUCKETS = ("not found (recognition)", "no coordinates (not in gazetteer)", "metonym", "country point", "region point",
           "same country, other city", "supranational point", "other country (wrong namesake)")


def print_misses(tables: dict) -> None:
    """The miss table: one row per cause, one column per set (count, and the median distance of our
    point from the gold one in km where the place was found with coordinates)."""
    names = list(tables)
    print(f"\n{'gold toponyms not placed within 161 km, by cause':52s}" + "".join(f"{n[:-4] + ' (median km)':>24s}" for n in names))
    for b in BUCKETS:
        cells = []
        for n in names:
            kms = tables[n].get("km", {}).get(b, [])
            med = f"({statistics.median(kms):,.0f})" if kms and b != BUCKETS[1] else ""
            cells.append(f"{tables[n][b]:>14d} {med:>9s}")
        print(f"  {b:50s}" + "".join(cells))
    print(f"  {'total':50s}" + "".join(f"{sum(v for k, v in tables[n].items() if k != 'km'):>14d}{'':10s}" for n in names))


if __name__ == "__main__":
    main(sys.argv[1:])
