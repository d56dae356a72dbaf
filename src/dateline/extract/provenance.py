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

_NAME = r"[A-Z][\w'’.\-]*(?:[ \t]+(?:[A-Z][\w'’.\-]*|de|da|van|von|al|bin|el|la|le|du))*"
# "By Ana Kell and Bo Rand", "By Ana Kell | Kell Times", "By Ana Kell, Staff Writer", "By Ana Kell on Jan. 5, 2026",
# "By Ana Kell, Kell Times correspondent", or the outlet alone on the next line
_BYLINE = re.compile(rf"^(?:By|BY|Written by|Reporting by|Story by)[ \t]+(?P<body>{_NAME}(?:[ \t]*(?:,|and|&|\|)[ \t]*{_NAME})*)"
                     rf"(?P<tail>[ \t]*(?:[,|—–-]|on\b)[^\n]*)?[ \t]*$(?=\n(?P<next>[^\n]+))?", re.MULTILINE)
_ROLE = r"(?:(?:staff|senior|chief|special|political|foreign|national|contributing|white house)\s+)*" \
        r"(?:writer|reporter|correspondent|editor|contributor|columnist)s?"
_ROLE_PART = re.compile(rf"(?i)^(?P<outlet>.*?)\s*\b{_ROLE}$")
_DATE_TAIL = re.compile(r"(?i)^(?:(?:on|at|updated|published|posted|[ap]\.?m\.?|gmt|utc|e[ds]?t|jan\w*|feb\w*|mar\w*|"
                        r"apr\w*|may|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|mon\w*|tue\w*|wed\w*|thu\w*|"
                        r"fri\w*|sat\w*|sun\w*|\S*\d\S*)[\s,:.|]*)+$")
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
_WHEN = r"(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|yesterday\s+|today\s+|last\s+night\s+|earlier\s+)?"
_CITING_BEFORE = r"(?:according to|told|telling|" \
                 rf"(?:speaking|spoke|speaks|talking|talked|appearing|appeared|said|says|wrote) {_WHEN}(?:to|on|with)|" \
                 r"in (?:an )?(?:interview|remarks|statement) (?:to|with|on)|interviewed (?:by|on)|" \
                 r"quoted by|cited by|reported by|an interview with|" \
                 r"(?:published|conducted|commissioned|broadcast|aired|obtained|released) by|" \
                 r"(?:a|an|the) (?:poll|survey|report|investigation|story|analysis) (?:by|from|for|in))\s+(?:the\s+)?"
# a report, poll or interview of the outlet's: "a Kell Times poll", "the Ledger's analysis", "a Kell TV/Ardel Post survey"
_MEDIA_PRODUCT = r"(?:report|reporting|poll|survey|interview|editorial|op-ed|column|article|story|analysis|investigation|" \
                 r"documentary|coverage|podcast|exit poll)s?\b"
_CITING_AFTER = rf"(?:['’]s?\s+(?:[A-Z]|{_MEDIA_PRODUCT})|\s+{_MEDIA_PRODUCT}|\s*/\s*[A-Z][^\n/.;]{{0,40}}?\s(?:poll|survey)\b|" \
                r",?\s+(?:citing|quoting)\b|\s+(?:reported|reports|reporting|said|says|revealed|" \
                r"reveals|describes|described|quoted|cited|wrote|writes|has reported|had reported|" \
                r"learned|published|broadcast|aired|obtained|confirmed|claimed|noted|added))"


# a wire service's credit after the opening dateline: "KELL CITY (AP) —", "Kellport, Jan. 8 (UPI) --", "(Reuters) -"
_WIRE_CREDIT = re.compile(r"^(?:[A-Z][\w.'’\-]*(?:,?\s+[A-Z][\w.'’\-]*){0,4}(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s+)?"
                          r"\((?P<wire>[A-Z][\w .&'’-]{0,40}?)\)\s*[-—–]",
                          re.MULTILINE)
_PERSON = r"[A-Z][\w'’\-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’\-]+|de|da|van|von|al|bin|el|la|le|du)){1,3}"
# closing notes naming the story's writers: "— Ana Kell and Bo Rand reported from Kellport.",
# "Follow Ana Kell on Twitter", "Contact Bo Rand at ..."
_CLOSING_NOTE = re.compile(
    rf"(?:^|(?<=[.!?]\s))[—–-]?\s*(?P<names>{_PERSON}(?:(?:,\s*|,?\s+and\s+){_PERSON})*)\s+(?:also\s+)?(?:reported\s+from|"
    rf"(?:reported|wrote)\s+this\s+(?:story|report|article)|"
    rf"contributed\s+(?:to\s+this\s+(?:story|report|article)|(?:additional\s+)?reporting))\b"
    rf"|^(?:Follow|Contact|Email|E-mail|Reach)\s+(?P<one>{_PERSON})\s+(?:on\s+(?:Twitter|X|Facebook)|at|via)\b",
    re.MULTILINE)
_NOTE_WORDS = re.compile(r"reported|wrote|contributed|Follow|Contact|E-?mail|Reach")
_BREAK = re.compile(r"\n\s*")
_SPACE = re.compile(r"\s*")
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
    parts = [p.strip() for p in re.split(r"\s*,\s*|\s+and\s+|\s*[&|]\s*", body) if p.strip()]
    authors, outlet = [], None
    for p in parts:
        known = outlets.name(p)
        if known or (authors and len(p.split()) == 1 and p.isupper()):
            outlet = known or p
        elif not _ROLE_PART.match(p):  # "Staff Writer" is no one's name
            authors.append(p)
    return authors, outlet


def _byline_tail(tail: str | None, outlets: OutletIndex) -> tuple[bool, str | None]:
    """Is what follows a byline's names a date, a role or an outlet ("on Jan. 5", "Staff Writer", "Kell Times
    correspondent")? And the listed outlet it names. Anything else ("By Monday, the council met") is no byline."""
    rest = (tail or "").strip(" \t,|—–-")
    if not rest or _DATE_TAIL.match(rest):
        return True, None
    role = _ROLE_PART.match(rest)
    named = outlets.name(role["outlet"] if role else rest)
    return bool(role or named), named


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
        ok, tail_outlet = _byline_tail(m["tail"], outlets)
        if not ok or m.start() > 0 and text.count("\n\n", 0, m.start()) > 3:
            continue  # a byline sits at the top of the story
        authors, outlet = _split_names(m["body"], outlets)
        below = outlets.name(m["next"].strip()) if m["next"] else None  # the outlet alone on the next line
        prov.authors.extend(a for a in authors if a not in prov.authors)
        prov.outlet = prov.outlet or outlet or tail_outlet or below
        end = m.end("next") if below else m.end("tail") if m["tail"] else m.end("body")
        prov.spans.append(ProvenanceSpan(m.start(), end, text[m.start():end], "byline"))
    _wire_and_closing_notes(text, outlets, prov)
    for m in _CREDIT.finditer(text):
        pub = (m["pub"] or m["pub2"] or "").strip()
        pub = re.sub(r"^the\s+(?=[A-Z])", "", pub)
        prov.original_publisher = outlets.name(pub) or pub
        prov.spans.append(ProvenanceSpan(m.start(), m.end(), m[0], "original_publisher"))
    _input_provenance(article, outlets, prov)

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
                or re.search(r"according to\s+[^.;]*\band\s+(?:the\s+)?$", before, re.IGNORECASE) \
                or (before.endswith("[") and after.startswith("]")):  # a link credit: "… on Monday. [Kell Times]"
            cite(outlets.name(alias) or alias, m.start(1), m.end(1))
    _cite_media_names(text, outlets, org_spans, cite)
    prov.cited_sources = cited
    return prov


def _wire_and_closing_notes(text: str, outlets: OutletIndex, prov: Provenance) -> None:
    """A listed wire service credited after the opening dateline is the story's outlet unless a byline named one
    (and the input's own outlet makes it the original publisher); writers named by closing notes in the last
    paragraphs are authors."""
    head = _head_end(text, 3)
    for m in _WIRE_CREDIT.finditer(text, 0, head) if ")" in text[:head] else ():
        wire = outlets.name(m["wire"])
        if wire and _is_case_ok(m["wire"], outlets.spelling.get(m["wire"].lower(), m["wire"])):
            # no span: the credit sits inside the lead sentence, and a span there would hide that sentence's
            # speaker phrase when the quotes stage reads it from the sentence start ("KELLPORT (AP) - Mayor X")
            prov.outlet = prov.outlet or wire
            break
    tail = _tail_start(text, 3)
    for m in _CLOSING_NOTE.finditer(text, tail) if _NOTE_WORDS.search(text, tail) else ():
        names = [n for n in re.split(r"\s*,\s*|,?\s+and\s+", m["names"] or m["one"]) if n]
        prov.authors.extend(n for n in names if n not in prov.authors and not outlets.name(n))
        prov.spans.append(ProvenanceSpan(m.start(), m.end(), m[0], "byline"))


def _head_end(text: str, n: int) -> int:
    """Where the first n paragraphs (split by newlines) end: the start of the next, else the text's end."""
    for m in _BREAK.finditer(text):
        n -= 1
        if n == 0:
            return m.end()
    return len(text)


def _tail_start(text: str, n: int) -> int:
    """Where the last n paragraphs (split by newlines) start."""
    pos = len(text.rstrip())
    for _ in range(n):
        i = text.rfind("\n", 0, pos)
        if i < 0:
            return 0
        while i > 0 and text[i - 1].isspace():
            i -= 1
        pos = i
    return _SPACE.match(text, pos).end()


def _declared_outlet(article: Article, outlets: OutletIndex) -> str | None:
    """The outlet the input names: the article's own (an HTML page's site name), a record's "outlet",
    "publisher" or "source" field, or its URL's listed domain; a listed name or alias, or a corpus code,
    is written as the table's canonical name."""
    meta = article.metadata or {}
    named = next((v.strip() for v in (article.outlet, *(meta.get(k) for k in ("outlet", "publisher", "source")))
                  if isinstance(v, str) and v.strip()), None)
    if named:
        from ..knowledge.outlets import outlet_by_code
        return outlets.name(named) or outlet_by_code(named) or named
    return outlets.for_url(article.url)


def _declared_names(value) -> list[str]:
    """A record's author field as names: a list of strings, or one string of names joined by ";", "," or "and"."""
    items = value if isinstance(value, list) else [value] if isinstance(value, str) else []
    return [n.strip() for v in items if isinstance(v, str) for n in re.split(r"\s*;\s*|\s*,\s*|\s+and\s+|\s*&\s*", v)
            if n.strip()]


def _input_provenance(article: Article, outlets: OutletIndex, prov: Provenance) -> None:
    """What the input itself says: its outlet (before a byline's outlet, which when it differs is the original
    publisher, as a wire service's byline on a newspaper's page), its authors and original publisher fields."""
    meta = article.metadata or {}
    declared = _declared_outlet(article, outlets)
    if declared and prov.outlet and prov.outlet != declared and not prov.original_publisher:
        prov.original_publisher = prov.outlet
    prov.outlet = declared or prov.outlet
    authors = _declared_names(meta.get("authors") or meta.get("author"))
    if authors:
        prov.authors = authors
    pub = meta.get("original_publisher")
    if isinstance(pub, str) and pub.strip():
        prov.original_publisher = outlets.name(pub.strip()) or pub.strip()


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
