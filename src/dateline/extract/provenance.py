"""Provenance: bylines, outlets, original publishers and cited news organisations.

Byline and credit lines stay in the text (offsets stay simple) and are
marked as `ProvenanceSpan`s so no other extractor reads them as events or
quotes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlparse

from ..record import Article, ProvenanceSpan

_NAME = r"[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|de|da|van|von|al|bin|el|la|le|du))*"
_BYLINE = re.compile(rf"^(?:By|BY|Written by|Reporting by|Story by)\s+(?P<body>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)\s*$",
                     re.MULTILINE)
_CREDIT = re.compile(
    r"^(?:The|This)\s+(?:article|story|report|piece)\s+(?:was\s+)?(?:originally|first)\s+"
    r"(?:published|appeared|ran)\s+(?:in|on|by|at)\s+(?P<pub>[^.\n]+?)\.?\s*$"
    r"|^(?:Originally published|First published|Reprinted|Republished)\s+(?:in|on|by|from|with permission from)\s+"
    r"(?P<pub2>[^.\n]+?)\.?\s*$",
    re.MULTILINE | re.IGNORECASE)
# words that make an organisation's name a news medium even when it is not in the list
_MEDIA_WORDS = re.compile(
    r"\b(?:News|TV|Television|Radio|Press|Agency|Times|Post|Herald|Tribune|Gazette|Journal|Telegraph|"
    r"Broadcasting|Daily|Channel|Chronicle|Observer|Mirror|Express|Magazine)\b|\.(?:com|org|net|co)\b")
_CITING_BEFORE = r"(?:according to|told|telling|(?:speaking|spoke|speaks|talking|talked|appearing|appeared) (?:to|on|with)|" \
                 r"in (?:an )?(?:interview|remarks|statement) (?:to|with|on)|interviewed (?:by|on)|" \
                 r"(?:said|says|wrote) (?:to|on)|quoted by|cited by|reported by|an interview with|" \
                 r"(?:published|conducted|commissioned|broadcast|aired|obtained|released) by|" \
                 r"(?:a|an|the) (?:poll|survey|report|investigation|story|analysis) (?:by|from|for|in))\s+(?:the\s+)?"
_CITING_AFTER = r"(?:'s?\s+[A-Z]|’s?\s+[A-Z]|,?\s+(?:citing|quoting)\b|\s+(?:reported|reports|reporting|said|says|revealed|" \
                r"reveals|describes|described|quoted|cited|wrote|writes|has reported|had reported|" \
                r"learned|published|broadcast|aired|obtained|confirmed|claimed|noted|added))"


_DOMAIN = re.compile(r"(?<![\w@/.-])[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.(?:com|org|net|co|news|info)(?:\.[a-z]{2})?(?![\w-]|\.[\w-])")


@dataclass(slots=True)
class Provenance:
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    original_publisher: str | None = None
    cited_sources: list[str] = field(default_factory=list)
    spans: list[ProvenanceSpan] = field(default_factory=list)


class OutletIndex:
    """News organisations by every alias, longest alias first."""

    def __init__(self, lines: tuple[str, ...], domains: tuple[str, ...] = ()):
        self.canonical: dict[str, str] = {}
        self.spelling: dict[str, str] = {}
        for line in lines:
            names = [n.strip() for n in line.split("|") if n.strip()]
            for n in names:
                self.canonical[n.lower()] = names[0]
                self.spelling[n.lower()] = n
        self.domains = {}
        for line in domains:
            dom, _, name = (x.strip() for x in line.partition("|"))
            self.domains[dom.lower()] = name
        self.pattern = re.compile(r"(?<![\w-])(?:the\s+)?(" + _alternation(self.canonical) + r")(?![\w-])",
                                  re.IGNORECASE)

    def name(self, alias: str) -> str | None:
        alias = re.sub(r"^the\s+", "", alias.strip(), flags=re.IGNORECASE)
        return self.canonical.get(alias.lower()) or self.canonical.get(("the " + alias).lower())

    def for_url(self, url: str | None) -> str | None:
        """The outlet of a URL by its host's listed domain or a parent domain ("www.bbc.co.uk" is the BBC)."""
        return self.for_host((urlparse(url).hostname or "") if url else "")

    def for_host(self, host: str) -> str | None:
        """The outlet of a host name or web address written in the text ("nytimes.com")."""
        parts = host.lower().removeprefix("www.").split(".")
        for i in range(len(parts) - 1):
            if ".".join(parts[i:]) in self.domains:
                return self.domains[".".join(parts[i:])]
        return None


def _alternation(aliases) -> str:
    """The aliases as one case-insensitive regex alternative that prefers the longest alias matching.

    Written as a tree of shared prefixes ("associated press|associated press news" becomes "associated
    press(?: news)?"): at each word start the regex engine then compares a character against a few
    branches instead of against every alias (a flat list cost most of the provenance stage), and it still
    finds what the list sorted longest first found, since the aliases that can match at one place all lie
    on one path of the tree and the longer continuation is tried first. Where two characters of the
    aliases match each other's case (dotless 'ı' and 'i'), two branches could both match: the flat list
    is kept then.
    """
    aliases = sorted(aliases, key=len, reverse=True)
    chars = sorted({ch for a in aliases for ch in a})
    if any(re.fullmatch(re.escape(a), b, re.IGNORECASE) for i, a in enumerate(chars) for b in chars[i + 1:]):
        return "|".join(re.escape(a) for a in aliases)
    trie: dict = {}
    for alias in aliases:
        node = trie
        for ch in alias:
            node = node.setdefault(ch, {})
        node[""] = {}  # an alias ends here
    return _branches(trie)


def _branches(node: dict) -> str:
    """The regex of one node of the prefix tree: its continuations, then its end as an empty choice."""
    longer = [re.escape(ch) + _branches(child) for ch, child in node.items() if ch]
    if not longer:
        return ""
    body = longer[0] if len(longer) == 1 else "(?:" + "|".join(longer) + ")"
    return "(?:" + body + ")?" if "" in node else body


@lru_cache(maxsize=4)
def outlet_index(outlet_lines: tuple[str, ...], domain_lines: tuple[str, ...]) -> OutletIndex:
    """The index for one (packaged or user) outlet list, built once per process: it is read-only."""
    return OutletIndex(outlet_lines, domain_lines)


def _split_names(body: str, outlets: OutletIndex) -> tuple[list[str], str | None]:
    parts = [p.strip() for p in re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", body) if p.strip()]
    authors, outlet = [], None
    for p in parts:
        known = outlets.name(p)
        if known or (authors and len(p.split()) == 1 and p.isupper()):
            outlet = known or p
        else:
            authors.append(p)
    return authors, outlet


def _is_case_ok(found: str, alias: str) -> bool:
    # an all-caps acronym alias must appear in capitals ("AP", not "ap"); names need a capital
    if alias.isupper():
        return found == found.upper()
    return found[:1].isupper()


def extract_provenance(article: Article, outlet_lines: tuple[str, ...], domain_lines: tuple[str, ...] = (),
                       org_spans: list[tuple[int, int]] = ()) -> Provenance:
    """Byline authors and outlet, original publisher and cited news organisations of one article."""
    text = article.text
    outlets = outlet_index(tuple(outlet_lines), tuple(domain_lines))
    prov = Provenance()
    for m in _BYLINE.finditer(text):
        if m.start() > 0 and text.count("\n\n", 0, m.start()) > 3:
            continue  # a byline sits at the top of the story
        authors, outlet = _split_names(m["body"], outlets)
        prov.authors.extend(a for a in authors if a not in prov.authors)
        prov.outlet = prov.outlet or outlet
        prov.spans.append(ProvenanceSpan(m.start(), m.end(), m[0], "byline"))
    for m in _CREDIT.finditer(text):
        pub = (m["pub"] or m["pub2"] or "").strip()
        pub = re.sub(r"^the\s+(?=[A-Z])", "", pub)
        prov.original_publisher = outlets.name(pub) or pub
        prov.spans.append(ProvenanceSpan(m.start(), m.end(), m[0], "original_publisher"))
    if prov.outlet is None:
        prov.outlet = outlets.for_url(article.url) or (article.metadata.get("source")
                                                        if isinstance(article.metadata.get("source"), str) else None)
        if prov.outlet:
            prov.outlet = outlets.name(prov.outlet) or prov.outlet

    blocked = [(s.start, s.end) for s in prov.spans]
    cited: list[str] = []

    def cite(name: str, start: int, end: int) -> None:
        if any(s <= start < e for s, e in blocked):
            return
        if name not in cited and name not in (prov.outlet, prov.original_publisher):
            cited.append(name)
        prov.spans.append(ProvenanceSpan(start, end, text[start:end], "cited_source"))

    for m in outlets.pattern.finditer(text):
        alias = m[1]
        if not _is_case_ok(alias, outlets.spelling.get(alias.lower(), alias)):
            continue
        before = text[max(0, m.start() - 60):m.start()]
        after = text[m.end():m.end() + 40]
        if re.search(_CITING_BEFORE + r"$", before, re.IGNORECASE) or re.match(_CITING_AFTER, after) \
                or re.search(r"\b(?:citing|quoting)\s+(?:the\s+)?$", before, re.IGNORECASE) \
                or re.search(r"according to\s+[^.;]*\band\s+(?:the\s+)?$", before, re.IGNORECASE):
            cite(outlets.name(alias) or alias, m.start(1), m.end(1))
    _cite_media_names(text, outlets, org_spans, cite)
    prov.cited_sources = cited
    return prov


def _cite_media_names(text: str, outlets: OutletIndex, org_spans, cite) -> None:
    """Web addresses and organisations whose names say they are media, cited in a citing context: a listed
    outlet's address by its outlet ("according to kelldaily.com" cites the Kell Daily when the table lists it)."""
    domains = {(m.start(), m.end()) for m in _DOMAIN.finditer(text)}
    for start, end in sorted(set(org_spans) | domains):
        name = text[start:end]
        site = outlets.for_host(name) if (start, end) in domains else None
        if not site and (outlets.name(name) or not _MEDIA_WORDS.search(name)):
            continue
        before = text[max(0, start - 60):start]
        after = text[end:end + 40]
        if re.search(_CITING_BEFORE + r"$", before, re.IGNORECASE) or re.match(_CITING_AFTER, after):
            known = outlets.pattern.match(name)  # "Associated Press news agency" is the Associated Press
            cite(site or (outlets.name(known[1]) if known else re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)),
                 start, end)
