"""The home country of the outlet that published an article (issue 10: a person's country from evidence).

A story an American paper runs about Ruritania quotes Americans beside Ruritanians, and one a Canadian broadcaster
runs quotes Canadians: the outlet's home country is a prior for a person the text leaves unplaced
(person_country.py reads it as a feature of each candidate country). Read, in order, from:

- the article's outlet (`article.outlet`: ingest metadata or the provenance stage's byline, URL or "source") by
  its name or an alias in knowledge/data/actors/outlet_countries.tsv;
- the article's URL by a web domain the table lists ("www.example-daily.com" matches "example-daily.com");
- the URL's country-code top-level domain ("….co.uk" is the United Kingdom, "….ca" Canada), except the codes
  registries sell as generic names ("….tv", "….io", "….co": Google's list of ccTLDs it treats as generic).

An outlet the table marks "-" (an international wire, Wikinews) has no home country, and none is guessed from its
address; an outlet or address the table does not know gives None.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from urllib.parse import urlparse

from ...knowledge import outlets
from ...knowledge.registry import norm

# country-code top-level domains sold as generic names (Google Search Central, "Managing multi-regional and
# multilingual sites": the ccTLDs Google treats as generic)
GENERIC_CCTLDS = frozenset("ad as bz cc cd co dj fm io la me ms nu sc sr su tv tk ws".split())
INTERNATIONAL = "-"


@lru_cache(maxsize=1)
def table() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(outlet name or alias, normalised -> country or "-"), (web domain -> country or "-"), (ccTLD -> country)."""
    names: dict[str, str] = {}
    domains: dict[str, str] = {}
    for name, aliases, iso, doms, _ in outlets.packaged_rows():  # the one outlet table (knowledge/outlets.py)
        for n in [name, *outlets.items(aliases)]:
            if n.strip():
                names.setdefault(norm(n), iso.strip())
        for d in outlets.items(doms):
            domains.setdefault(d.lower(), iso.strip())
    countries = json.loads(resources.files("dateline.knowledge.data.registry").joinpath("countries.json")
                           .read_text(encoding="utf-8"))["data"]
    cctlds = {c["iso2"].lower(): c["iso3"] for c in countries if c.get("iso2")}
    cctlds["uk"] = cctlds.get("gb", "GBR")  # the United Kingdom's ccTLD is not its ISO code
    return names, domains, cctlds


def _by_url(url: str | None) -> str | None:
    """The country (or "-") of a URL: a listed domain or a parent of the host, else its country-code TLD."""
    host = (urlparse(url).hostname or "").lower() if url else ""
    if not host:
        return None
    _, domains, cctlds = table()
    parts = host.split(".")
    for i in range(len(parts) - 1):
        if ".".join(parts[i:]) in domains:
            return domains[".".join(parts[i:])]
    tld = parts[-1]
    return cctlds.get(tld) if len(tld) == 2 and tld not in GENERIC_CCTLDS else None


def home_country(article) -> str | None:
    """The ISO alpha-3 home country of the article's outlet, or None (unknown, or an international outlet)."""
    names = table()[0]
    outlet = (getattr(article, "outlet", None) or "").strip()
    found = names.get(norm(outlet)) if outlet else None
    if found is None and outlet and " " not in outlet and "." in outlet:  # a site name written as its address
        found = _by_url("http://" + outlet.lower().split("://")[-1])
    if found is None:
        found = _by_url(getattr(article, "url", None))
    return None if found in (None, "", INTERNATIONAL) else found
