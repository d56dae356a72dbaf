"""Names as written, for finding the other reports of a corpus event (session 21, `linking.json` `reread_names`).

Reports of one occasion often name its parties, places and groups in ways the per-article actors stage resolves
differently or not at all: an unknown state in one report is the adjective of its ministry in another ("Kelvaria
sent the envoy home" / "the Kelvarian ministry ordered him out within two days"), a front is an actor in one
report and only the words after its fighters in another ("Fighters of the Ostrel Front attacked ..."), a town is a
place in one and the name in a group's title in the other. The written proper words agree more than the resolved
actors: each capitalised word of a text that is not a sentence's first word (a first word counts when the article
writes it capitalised elsewhere inside a sentence, or inside a span its actors or places stages found), folded so
that a demonym meets its place ('kelvarian' and 'kelvaria' are both 'w:kelvar'), gives a key `w:<folded>`. The
keys say only that two texts name the same word: the re-reader uses them as participants where the resolved keys
share nothing, behind its other gates (a trigger of the corpus event's type, its days, its act words, and names
few articles of those days write)."""
from __future__ import annotations

import re
from typing import Any, Iterable

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
# demonym and adjective endings, longest first: 'kelvarian', 'ostrani', 'tamese', 'norlandic'
_SUFFIXES = ("ians", "ian", "ans", "an", "ese", "ic", "i")
_CALENDAR = frozenset("january february march april may june july august september october november december "
                      "monday tuesday wednesday thursday friday saturday sunday".split())
_MIN = 4


def _base(word: str) -> str:
    """A written word in lower case without its possessive ('Kelvaria’s' -> 'kelvaria')."""
    return word.lower().replace("’", "'").split("'")[0].strip("-")


def fold(word: str) -> str | None:
    """The key word of a proper word: lower case, possessive and one demonym ending off, final vowels off
    ('Kelvarian' / 'Kelvaria' -> 'kelvar', 'Ostrani' / 'Ostran' -> 'ostr'); None for a word too short to say much."""
    w = _base(word)
    if len(w) < _MIN or w in _CALENDAR:
        return None
    while True:  # until nothing more comes off: 'ostrani' -> 'ostran' -> 'ostr', as 'ostran' -> 'ostr'
        was = w
        for suf in _SUFFIXES:
            if w.endswith(suf) and len(w) - len(suf) >= _MIN:
                w = w[: -len(suf)]
                break
        w = w.rstrip("aeiouy") if len(w.rstrip("aeiouy")) >= _MIN else w
        if w == was:
            return w


_ABBREV = frozenset("mr ms mrs dr st gov gen sen rep lt col sgt jr sr".split())


def _words(text: str) -> list[tuple[re.Match, bool]]:
    """Each word of the text and whether it begins a sentence (the text's first word; after a full stop, question
    or exclamation mark that is no initial's or title's; after a line break, a dash or an opening quotation)."""
    out, prev_end, prev = [], 0, ""
    for m in _WORD.finditer(text):
        gap = text[prev_end:m.start()]
        initial = not prev or any(c in gap for c in "\n—–") or gap[-1:] in ("\"", "“", "(") or (
            any(c in gap for c in ".!?") and not (len(prev) == 1 or prev.lower() in _ABBREV))
        out.append((m, initial))
        prev_end, prev = m.end(), m.group()
    return out


def known_words(rec: dict[str, Any]) -> tuple[frozenset[str], frozenset[str]]:
    """Lower-case capitalised words inside the spans an article's actors and places stages found (a sentence's
    first word counts as a name when it is one of them), and those of the spans they identified: an actor with a
    registry id or a country, a place with a country or gazetteer id. An identified entity has its identity keys
    (registry, state); its words are left to them ('Iraq', 'Associated Press' give no name keys)."""
    found, identified = set(), set()
    spans = [(m.get("text") or "", bool(a.get("kb_id") or a.get("country")))
             for a in rec.get("actors") or [] for m in a.get("mentions") or []]
    spans += [(p.get("text") or p.get("name") or "", bool(p.get("country") or p.get("geonameid")))
              for p in rec.get("places") or []]
    for text, known in spans:
        words = {_base(w) for w in _WORD.findall(text) if w[:1].isupper()}
        found |= words
        if known:
            identified |= words
    return frozenset(found), frozenset(identified)


def name_keys(text: str, stop: Iterable[str], known: frozenset[str] = frozenset(),
              identified: frozenset[str] = frozenset(), lo: int = 0, hi: int | None = None) -> list[tuple[int, str]]:
    """(character offset, 'w:<folded>') of the proper words of text[lo:hi] (offsets into `text`). `stop`: words
    that are no names however written (stop words, titles); `known`, `identified`: as `known_words` gives them."""
    stop = frozenset(stop) | identified
    hi = len(text) if hi is None else hi
    words = _words(text)
    inside = {_base(m.group()) for m, initial in words if m.group()[:1].isupper() and not initial}
    out = []
    for m, initial in words:
        w = m.group()
        if m.start() < lo or m.start() >= hi or not w[:1].isupper() or (w.isupper() and len(w) < _MIN):
            continue
        low = _base(w)
        if initial and low not in inside and low not in known:
            continue
        key = fold(low)
        if key and low not in stop and key not in stop:
            out.append((m.start(), "w:" + key))
    return out


_LAST: list[Any] = [None, None]


def article_names(rec: dict[str, Any], stop: Iterable[str]) -> list[tuple[int, str]]:
    """`name_keys` of an article's whole text, kept for the last record asked about (its events are read one by one;
    two records sharing one text string may name different actors)."""
    if _LAST[0] is not rec:  # the record itself is the key (held, so its id is never reused while cached)
        text = (rec.get("article") or {}).get("text") or ""
        _LAST[0], _LAST[1] = rec, name_keys(text, stop, *known_words(rec))
    return _LAST[1]


def evidence_names(rec: dict[str, Any], event: dict[str, Any], stop: Iterable[str]) -> list[str]:
    """The name keys written inside an event's evidence span."""
    ev = event.get("evidence") or {}
    lo, hi = ev.get("start"), ev.get("end")
    if lo is None or hi is None:
        return []
    return sorted({k for at, k in article_names(rec, stop) if lo <= at < hi})
