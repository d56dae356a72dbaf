"""Who did what to whom in a statement (issue 12, session 33).

Words and polarity do not tell 'Kell has never trailed Osei' from 'Osei trails Kell': both share the names and the
predicate, one is negated. A statement the article makes in its own voice (a narrated claim, `claims.narrated`) is
compared with another only when their doers and undergoers resolve to the same actors, or one side leaves them open.

A statement's roles are read from what the extraction already resolved:
- the events whose trigger lies in the statement: their sources are its doers, their targets its undergoers
  (parse-based roles);
- else the article's actor mentions in it, split at its predicate: for a negative statement the first negation cue
  ('Kell has never | trailed Osei'), for a positive one the word the negative side denies when it is written there
  ('the ruling may help Osei, but Osei | trails Kell'; `same_parties`), else its first lower-case content word after
  a name; names before the split are doers, names after it undergoers, and a name after 'by' in a passive ('Osei was
  not endorsed by Kell') a doer while the names before the split undergo. A possessive ('Kell's aides') qualifies a
  doer and is no role. Of the events, only those whose trigger is the denied word count when there is one.
Each role is a list of actors, each a list of its strong corpus keys (`signature.actor_keys`): an unnamed group
('police', 'officials') keys only its country and sector, which another report may name otherwise — no role.
"""
from __future__ import annotations

import bisect
import re
from typing import Any

from . import synonyms
from .signature import actor_keys, settings, stem, terms

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_FUNCTION = frozenset("""the a an of and or for in on at with to from by as who whom whose which that this these those
its his her their our my your than then also just only mr mrs ms dr""".split())
_BE = frozenset("is are was were be been being".split())
_POSSESSIVE = re.compile(r"^['’]s?\b")
_BREAK = re.compile(r"[,;:]|\b(?:but|while|whereas|although|though)\b", re.I)  # a clause ends before these
Roles = tuple[list[list[str]], list[list[str]]]


class _Article:
    """An article's actor mentions in order and its actors' strong keys, read once per record (`_article`)."""

    def __init__(self, rec: dict[str, Any]):
        self.rec, self.by_id, self._keys = rec, {a["id"]: a for a in rec.get("actors") or []}, {}
        self.mentions = sorted((m["start"], m["end"], a["id"]) for a in rec.get("actors") or []
                               for m in a.get("mentions") or [] if isinstance(m.get("start"), int))
        self.starts = [m[0] for m in self.mentions]

    def keys(self, aid: str) -> list[str] | None:
        """The actor's strong corpus keys, or None (unknown actor, or only its country and sector)."""
        if aid not in self._keys:
            actor = self.by_id.get(aid)
            keys, strong = actor_keys(actor) if actor is not None else ([], False)
            self._keys[aid] = keys if strong and keys else None
        return self._keys[aid]


_LAST: list[Any] = [None, None]  # the record read last and its `_Article` (records are read statement by statement)


def _article(rec: dict[str, Any]) -> _Article:
    if _LAST[0] is not rec:
        _LAST[0], _LAST[1] = rec, _Article(rec)
    return _LAST[1]


def _events(art: _Article, start: int, end: int) -> list[list[Any]]:
    """[trigger words, doers, undergoers] of each event whose trigger (else evidence) lies in [start, end)."""
    out = []
    for ev in art.rec.get("events") or []:
        span = ev.get("trigger") or ev.get("evidence") or {}
        if span.get("start") is None or not (start <= span["start"] and span["end"] <= end):
            continue
        words = [synonyms.canon(w) for w in terms(span.get("text") or "")]
        out.append([words] + [[k for k in (art.keys(a) for a in ev.get(side) or []) if k]
                              for side in ("source", "target")])
    return out


def _mentions(art: _Article, text: str, start: int, end: int) -> list[list[Any]]:
    """[offset in the statement, keys, after 'by'] of each actor mention in [start, end) with strong keys, in order;
    a possessive ('Kell's aides') is left out."""
    out = []
    for m_start, m_end, aid in art.mentions[bisect.bisect_left(art.starts, start):]:
        if m_start >= end:
            break
        keys = art.keys(aid) if m_end <= end else None
        if keys is not None and not _POSSESSIVE.match(text[m_end:m_end + 3]):
            out.append([m_start - start, keys, False])
    said = text[start:end]
    for by in re.finditer(r"\bby\b", said, re.I):  # the first name of a by-phrase: 'by Kell's rival Lena Brandt'
        nxt = next((m for m in out if m[0] >= by.end()), None)
        if nxt is not None and not re.search(r"[,;:]", said[by.end():nxt[0]]):
            nxt[2] = True
    return out


def _split(said: str, negative: bool, names: list[list[Any]]) -> int | None:
    """Where the predicate starts: the first negation cue of a negative statement; for a positive one the first
    lower-case word after a name that is no function word."""
    cues = frozenset(settings()["negation_cues"])
    first = names[0][0] if names else None
    for m in _TOKEN.finditer(said):
        w = m.group().lower().replace("’", "'")
        if negative:
            if w in cues or w.endswith("n't"):
                return m.start()
        elif first is not None and m.start() > first and m.group()[:1].islower() and w not in _FUNCTION \
                and w not in _BE and not w.startswith("'"):
            return m.start()
    return None


def _divide(names: list[list[Any]], be: list[int], at: int | None, breaks: list[int]) -> Roles:
    """Doers and undergoers of a statement split at character `at`: the doers in the clause before it when it names
    any ('A ruling may help Kell, but Osei | trails Kell'), and a passive's by-phrase names the doer."""
    if at is None:
        return [], []
    lo = max([b for b in breaks if b < at] + [-1])
    before = [keys for off, keys, _by in names if lo < off < at] or [keys for off, keys, _by in names if off < at]
    after = [(keys, by) for off, keys, by in names if off >= at]
    by = [keys for keys, flag in after if flag]
    if by and any(at - 12 <= b <= at + 24 for b in be):  # 'Osei was not endorsed by Kell'
        return by, before + [keys for keys, flag in after if not flag]
    return before, [keys for keys, _flag in after]


def statement_roles(rec: dict[str, Any], claim: dict[str, Any], negative: bool) -> dict[str, Any] | None:
    """What `same_parties` reads of one statement: its events' roles ('ev'), its roles split by the text ('tx'), and
    for a positive statement its names ('m'), content words ('w') and forms of 'be' ('be') by offset, to split it
    at another statement's denied word; None when its span is unknown."""
    start, end = claim.get("start"), claim.get("end")
    if start is None or end is None:
        return None
    text, art = rec["article"].get("text") or "", _article(rec)
    said, names = text[start:end], _mentions(art, text, start, end)
    be = [m.start() for m in _TOKEN.finditer(said) if m.group().lower() in _BE]
    breaks = [m.start() for m in _BREAK.finditer(said)]
    out = {"ev": _events(art, start, end), "tx": list(_divide(names, be, _split(said, negative, names), breaks))}
    if not negative and names:
        out.update(m=names, be=be, cb=breaks, w=[[m.start(), synonyms.canon(stem(m.group().lower()))]
                                      for m in _TOKEN.finditer(said) if m.group()[:1].islower()])
    return out


def _roles(side: dict[str, Any], word: str | None) -> Roles:
    """A statement's doers and undergoers for the denied word `word` (None: any predicate)."""
    ev = [e for e in side.get("ev") or () if word is None or word in e[0]]
    if ev:
        return [k for e in ev for k in e[1]], [k for e in ev for k in e[2]]
    at = next((off for off, w in side.get("w") or () if w == word), None) if word else None
    if at is not None:
        return _divide(side.get("m") or [], side.get("be") or [], at, side.get("cb") or [])
    ag, pt = side.get("tx") or ([], [])
    return ag, pt


def _meet(mine: list[list[str]], theirs: list[list[str]]) -> bool:
    """One side leaves the role open, or some actor of one side shares a key with some actor of the other."""
    if not mine or not theirs:
        return True
    keys = {k for actor in theirs for k in actor}
    return any(k in keys for actor in mine for k in actor)


def same_parties(info: dict[str, Any], data: dict[str, Any]) -> bool:
    """Two statements tell of the same doers and undergoers, as far as both give them; checked only when one of them
    is a narrated claim (`info['nar']`), whose words alone do not say who did what to whom — or for every pair with
    `linking.json` `statement_roles` "all". The predicate compared is the negative side's denied word."""
    if not (info.get("nar") or data.get("nar")) and settings().get("statement_roles", "narrated") != "all":
        return True
    a, b = info.get("roles"), data.get("roles")
    if not a or not b:
        return True
    negative = info if info.get("scope") else data if data.get("scope") else None
    word = negative["scope"][0] if negative is not None and bool(info.get("scope")) != bool(data.get("scope")) else None
    (ag_a, pt_a), (ag_b, pt_b) = _roles(a, word), _roles(b, word)
    return _meet(ag_a, ag_b) and _meet(pt_a, pt_b)
