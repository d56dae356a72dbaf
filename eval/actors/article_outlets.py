"""A labelled actor article read as the pipeline reads a published one: with its outlet or its web address.

The label files name a text file only; the corpus it came from says who published it:

- PolNeAR (`nyt_2016-…`, `wash-post_…`): the file name starts with the publisher of metadata.tsv — passed as the
  article's "source" metadata, which the provenance stage takes for its outlet;
- TR-News (`1050002.txt`, `tr-news-1050002.txt`): the article's URL from the corpus file (its <url>);
- Wikinews and GeoVirus (`wn-…`, `geovirus-…`): the outlet Wikinews.

`OUTLETS = False` reads them bare, as before session 35 (the scripts' --no-outlets), for before/after figures.

    from article_outlets import read_article
    article = read_article(label_entry, options)
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
TR_NEWS = HERE.parents[2] / "shared" / "data" / "geo" / "TR-News.xml"
POLNEAR = {"nyt": "The New York Times", "wash-post": "The Washington Post", "usa-today": "USA Today",
           "breitbart": "Breitbart", "huff-post": "HuffPost", "west-journal": "Western Journal", "politico": "Politico"}
OUTLETS = True


@lru_cache(maxsize=1)
def _tr_news_urls() -> dict[str, str]:
    """TR-News document id -> the article's URL."""
    if not TR_NEWS.exists():
        return {}
    root = ET.parse(TR_NEWS).getroot()
    return {a.get("docid"): (a.findtext("url") or "").strip() for a in root.iter("article")}


def outlet_of(file: str) -> tuple[str | None, str | None]:
    """(URL, outlet name) of a labelled article's text file, as its corpus gives them."""
    base = Path(file).name
    slug = base.split("_", 1)[0]
    if slug in POLNEAR:
        return None, POLNEAR[slug]
    if base.startswith(("wn-", "geovirus-")):
        return None, "Wikinews"
    m = re.fullmatch(r"(?:tr-news-)?(\d{7})\.txt", base)
    if m:
        return _tr_news_urls().get(m[1]) or None, None
    return None, None


def read_article(art: dict, options):
    """The label entry's article (text, id, date) with its outlet or URL (unless OUTLETS is off)."""
    from score_actors import TEXTS

    from dateline.ingest import make_article
    path = HERE / art["file"] if (HERE / art["file"]).exists() else TEXTS / art["file"]
    url, outlet = outlet_of(art["file"]) if OUTLETS else (None, None)
    return make_article(path.read_text(encoding="utf-8"), source=art["file"], id=art["file"], date=art["date"],
                        url=url, options=options, metadata={"source": outlet} if outlet else None)
