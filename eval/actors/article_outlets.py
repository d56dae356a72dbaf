"""A labelled actor article read as the pipeline reads a published one: with its outlet or its web address.

The label files name a text file only; the corpus it came from says who published it:

- PolNeAR (`nyt_2016-…`, `wash-post_…`): the file name starts with the publisher of metadata.tsv — passed as the
  article's "source" metadata, which the provenance stage takes for its outlet;
- TR-News (`1050002.txt`, `tr-news-1050002.txt`, or `TR-News.xml#1050002`, read from the corpus itself): the
  article's URL from the corpus file (its <url>);
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
def _tr_news() -> dict[str, tuple[str, str]]:
    """TR-News document id -> (the article's URL, its text as the corpus gives it)."""
    if not TR_NEWS.exists():
        return {}
    root = ET.parse(TR_NEWS).getroot()
    return {a.get("docid"): ((a.findtext("url") or "").strip(), a.findtext("text") or "") for a in root.iter("article")}


def outlet_of(file: str) -> tuple[str | None, str | None]:
    """(URL, outlet name) of a labelled article's text file, as its corpus gives them."""
    base = Path(file).name
    slug = base.split("_", 1)[0]
    if slug in POLNEAR:
        return None, POLNEAR[slug]
    if base.startswith(("wn-", "geovirus-")):
        return None, "Wikinews"
    m = re.fullmatch(r"(?:tr-news-)?(\d{7})\.txt|TR-News\.xml#(\d+)", base)
    if m:
        return _tr_news().get(m[1] or m[2], ("",))[0] or None, None
    return None, None


def label_text(file: str) -> str:
    """A label entry's text: a file beside the labels or under the PolNeAR texts, or a TR-News article named in the
    corpus ("TR-News.xml#1050002": its <text> as ElementTree's findtext gives it)."""
    from score_actors import TEXTS
    if file.startswith("TR-News.xml#"):
        doc = _tr_news().get(file.split("#", 1)[1])
        if doc is None:
            raise SystemExit(f"{file}: no such TR-News document")
        return doc[1]
    path = HERE / file if (HERE / file).exists() else TEXTS / file
    return path.read_text(encoding="utf-8")


_MONTHS = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}


def label_date(date: str) -> str:
    """A label entry's date as YYYY-MM-DD: ISO already ("2016-12-18 07:52 ET" -> its date), or as an outlet wrote it
    ("Dec 17, 2016 8:46 AM ET", "17 December 2016") — labels_s36 keeps TR-News's <dltime> as written."""
    if not date or re.match(r"\d{4}-\d{2}-\d{2}", date):
        return date[:10] if date else date
    m = re.search(r"\b([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})", date) or re.search(r"\b(\d{1,2}) ([A-Za-z]{3})[a-z]*,? (\d{4})", date)
    if m is None:
        return date
    month, day = (m[1], m[2]) if m[1].isalpha() else (m[2], m[1])
    return f"{m[3]}-{_MONTHS.get(month.lower(), 0):02d}-{int(day):02d}"


def read_article(art: dict, options):
    """The label entry's article (text, id, date) with its outlet or URL (unless OUTLETS is off)."""
    import hashlib

    from dateline.ingest import make_article
    text = label_text(art["file"])
    if art["file"].startswith("TR-News.xml#") and art.get("sha256") \
            and hashlib.sha256(text.encode("utf-8")).hexdigest() != art["sha256"]:
        raise SystemExit(f"{art['file']}: text differs from the labelled one (sha256)")
    url, outlet = outlet_of(art["file"]) if OUTLETS else (None, None)
    return make_article(text, source=art["file"], id=art["file"], date=label_date(art["date"]),
                        url=url, options=options, metadata={"source": outlet} if outlet else None)
