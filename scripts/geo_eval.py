"""Measure the places extractor on the geoparsing sets in ../shared/data/geo.

usage: python scripts/geo_eval.py [--limit N]

For each gold toponym (GeoVirus, TR-News): found when a system place overlaps
its span; resolved when the system's coordinates lie within 161 km of the
gold ones (the usual accuracy@161km). Precision counts system places that
overlap some gold toponym. Demonyms ("Turkish"), which TR-News annotates
but Dateline keeps as actors, are reported apart.
"""
from __future__ import annotations

import math
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from dateline import nlp
from dateline.extract import Context
from dateline.extract.places import extract_places
from dateline.knowledge import load_knowledge
from dateline.options import Options
from dateline.record import Article

GEO = Path(__file__).resolve().parents[2] / "shared/data/geo"


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


def main(argv):
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else None
    knowledge = load_knowledge()
    model = nlp.load(Options().model)
    for name in ("GeoVirus.xml", "TR-News.xml"):
        docs = list(read(GEO / name))[:limit]
        n_gold = found = resolved = n_sys = sys_ok = adj = 0
        sub_n = sub_ok = 0  # below country level (cities, states): where disambiguation matters
        for doc, (text, gold) in zip(model.pipe(t for t, _ in docs), docs):
            ctx = Context(article=Article(id="g", text=text), doc=doc, knowledge=knowledge)
            places = extract_places(doc, ctx)
            for s, e, phrase, lat, lon in gold:
                n_gold += 1
                hit = next((p for p in places if p.start < e and s < p.end), None)
                if hit is None:
                    if text[s:e].endswith(("ish", "ese", "ian", "ean")):
                        adj += 1
                    continue
                found += 1
                ok = hit.lat is not None and km((hit.lat, hit.lon), (lat, lon)) <= 161
                resolved += ok
                if knowledge.registry.country(phrase or "") is None and hit.name not in ("Europe", "Asia", "Africa"):
                    sub_n += 1
                    sub_ok += ok
            n_sys += len(places)
            sys_ok += sum(1 for p in places if any(p.start < e and s < p.end for s, e, *_ in gold))
        print(f"{name}: articles={len(docs)} gold={n_gold} recall={found / n_gold:.3f} "
              f"precision={sys_ok / max(n_sys, 1):.3f} acc@161km(of found)={resolved / max(found, 1):.3f} "
              f"acc@161km(of gold)={resolved / n_gold:.3f} acc@161km(sub-country, found)={sub_ok / max(sub_n, 1):.3f} "
              f"missed_demonyms={adj}")


if __name__ == "__main__":
    main(sys.argv[1:])
