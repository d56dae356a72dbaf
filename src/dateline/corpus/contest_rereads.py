"""A known contest's result told in words the contest reader does not parse (issue 12, session 34).

The contest reader (`contests.outcomes`) reads who won where from the shape of a clause; results are told in more
shapes than it knows (a winner told by a description or a clause away, a win noun far from its owner). Once other
articles have told a contest (winner, place), a sentence of an article of its days that names that winner (as the
actors stage resolved the sentence's names and pronouns) and that place (as the places stage found it), and that
holds a word of winning (WordNet's *win* verbs and nouns, `contest_extra_verbs`), is a report of it too — the way
`reread.py` finds a corpus event's other reports. It is never one when:
- the reader reads an outcome with a winner from the sentence (its own reading stands, filed or not);
- a word of losing is in it ('lost', 'defeat': the named winner may be the loser) or a condition, or a plan or a
  negation comes before the word of winning ('could hand Kell a victory', 'if Kell wins', "didn't win", 'to win');
- it names the winner and place of two contests of its days (whose result it tells is open).
A re-read report (`corpus_contest_reports.how` 'reread') counts towards its contest's articles and outlets, gives no
figure, and never opens or keeps a contest alone (`contest_reread` in linking.json).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from . import contests as C
from .contest_reports import _HINT, _key, sentences
from .signature import day_number, settings, stem

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(words of winning, words of losing): the forms of the contest table's win verbs and extra verbs, its win
    nouns and 'winner'; the forms of its lose verbs and lose nouns and the passive participles of defeat verbs."""
    from .contest_forms import _forms
    roles = C.table()
    win_verbs = frozenset(v for v, r in roles["verbs"].items() if r == "win") | frozenset(
        settings().get("contest_extra_verbs") or ())
    lose_verbs = frozenset(v for v, r in roles["verbs"].items() if r in ("lose", "defeat"))
    win = set(_forms(win_verbs)) | {n for n, r in roles["nouns"].items() if r == "win"} | {"winner", "victor"}
    lose = set(_forms(lose_verbs)) | {n for n, r in roles["nouns"].items() if r == "lose"} | {"loss", "loser"}
    win |= {w + "s" for w in win if not w.endswith("s")} | {w[:-1] + "ies" for w in win if w.endswith("y")}
    lose |= {w + "es" for w in lose} | {w + "s" for w in lose}
    return frozenset(win - lose), frozenset(lose - {"beat", "beats", "beating"})  # 'beat' wins for its subject


def told_win(said: str) -> bool:
    """Whether a sentence holds a word of winning told as done: no word of losing, no condition, and no plan or
    negation anywhere before it ('could win', "didn't win", 'may hand Kell a victory', 'to win')."""
    win, lose = _words()
    toks = [t.lower().replace("’", "'") for t in _WORD.findall(said)]
    if any(t in lose for t in toks) or any(t in C._CONDITION for t in toks):
        return False
    return any(t in win and not any(p in C._NO_ACT or p.endswith("n't") or p == "to" for p in toks[:i])
               for i, t in enumerate(toks))


def _named(rec: dict[str, Any], start: int, end: int) -> set[str]:
    """The winner keys of the actors named in text[start:end] (names and resolved pronouns)."""
    return {_key(a.get("name") or "") for a in rec.get("actors") or () for m in a.get("mentions") or ()
            if isinstance(m.get("start"), int) and start <= m["start"] < end and a.get("name")} - {""}


def _places(rec: dict[str, Any], start: int, end: int) -> set[str]:
    """The place keys (words as written, stemmed) of the literal places found in text[start:end]."""
    out = set()
    for p in rec.get("places") or ():
        if isinstance(p, dict) and isinstance(p.get("start"), int) and start <= p["start"] < end and p.get(
                "role") in (None, "literal"):
            words = [stem(w.lower()) for w in re.findall(r"[A-Za-z]{2,}", (p.get("text") or "").replace("’", "'"))
                     if w.lower() not in ("the", "of")]
            out.add(" ".join(words))
    return out - {""}


def candidates(rec: dict[str, Any]) -> list[tuple[int, int, str, set[str], set[str]]]:
    """(start, end, text, winner keys named, place keys) of each sentence of an article that may report a known
    contest: a word of winning told as done, and no outcome with a winner the contest reader reads."""
    text = (rec.get("article") or {}).get("text") or ""
    out = []
    for start, end in sentences(text):
        said = text[start:end]
        if not _HINT.search(said) or not told_win(said):
            continue
        if any(o.get("w") for o in C.outcomes(said, pronouns=True, wide=True)):
            continue
        named, places = _named(rec, start, end), _places(rec, start, end)
        if named and places:
            out.append((start, end, said.strip(), named, places))
    return out


def reread(conn, aid: str, contests: list[tuple[int, str, str]]) -> set[int]:
    """File the sentences of article `aid` that report one of `contests` ((id, winner, place) of its days) as
    re-read reports; the contests given one."""
    if not contests:
        return set()  # (no contest of its days: the record is not read)
    row = conn.execute("SELECT a.record, c.published, c.outlet FROM articles a JOIN corpus_articles c ON "
                       "c.article_id = a.id WHERE a.id = ?", (aid,)).fetchone()
    if row is None:
        return set()
    rec, published, outlet = json.loads(row[0]), row[1], row[2]
    mine = {cid for (cid,) in conn.execute("SELECT contest_id FROM corpus_contest_reports WHERE article_id = ?",
                                           (aid,))}
    filed = set()
    for start, end, said, named, places in candidates(rec):
        hits = [c for c in contests if c[1] in named and c[2] in places]
        if len(hits) != 1 or hits[0][0] in mine:
            continue
        conn.execute(
            "INSERT OR IGNORE INTO corpus_contest_reports (article_id, contest_id, published, outlet, day, "
            "evidence_start, evidence_end, evidence_text, winner_text, how) VALUES (?,?,?,?,?,?,?,?,?,'reread')",
            (aid, hits[0][0], published, outlet, day_number(published), start, end, said, None))
        filed.add(hits[0][0])
    return filed


def reread_contests(conn, touched: set[int], filed: list[tuple[str, int]], days: int) -> set[int]:
    """Re-read the touched contests in the linked articles of their days, and every contest of their days in the
    articles filed this run (a contest's old re-read reports are dropped first); the contests given a report."""
    for cid in touched:
        conn.execute("DELETE FROM corpus_contest_reports WHERE contest_id = ? AND how = 'reread'", (cid,))
    known = {cid: (w, p, d) for cid, w, p, d in conn.execute(
        "SELECT id, winner, place, first_day FROM corpus_contests c WHERE EXISTS (SELECT 1 FROM "
        "corpus_contest_reports r WHERE r.contest_id = c.id AND r.how = 'read')")}
    pairs: dict[str, set[int]] = {}
    if touched & set(known):
        for aid, published in conn.execute("SELECT article_id, published FROM corpus_articles"):
            day = day_number(published)
            for cid in touched & set(known):
                if day is not None and abs(day - known[cid][2]) <= days:
                    pairs.setdefault(aid, set()).add(cid)
    for aid, day in filed:
        pairs.setdefault(aid, set()).update(cid for cid, k in known.items() if abs(day - k[2]) <= days)
    got: set[int] = set()
    for aid in sorted(pairs):
        got |= reread(conn, aid, [(cid, known[cid][0], known[cid][1]) for cid in sorted(pairs[aid])])
    return got
