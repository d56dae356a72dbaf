"""Figure and date conflicts inside one corpus event: between the reports the linker joined (its mentions) and the
sentences the re-reader attached to it (`corpus_rereads`, session 22).

A corpus event says that its reports tell of one occurrence, so they need no matter test of their own: two counts of
one noun at least `figure_min_ratio` apart are two accounts of it ('40 protesters' / '400 protesters'), and two
calendar days of its mentions are two accounts of its day. A reread sentence is a report of the corpus event too
(listed with `found_by` 'reread'): 'Pirates boarded the ferry off Tolm, wounding four sailors' and, in another
outlet's article where no event was extracted, 'The Tolm ferry was raided at dawn and nine sailors were hurt'.

A count of none ('none of the sailors were wounded', 'no guards were hurt', 'not a single lorry got through')
clashes with a count of the same noun when the two clauses tell the same thing of it: a content word of the clause
holding the count of none is one of the words next to the other figure ('wounding four sailors' -> wound), so 'no
sailors were on deck' is no account of how many were wounded.
"""
from __future__ import annotations

import json
import re
import sqlite3
from datetime import date
from typing import Any, Iterable

from . import counted
from .signature import _WORD, _stop, figures, settings, stem
from .synonyms import canon

# a count of none: 'no sailors', 'none of (the) sailors', 'not a single sailor', 'not one sailor'
_NONE = re.compile(r"\b(?:no|none\s+of(?:\s+(?:the|its|their|his|her|our|those|these))?|not\s+(?:a\s+single|one))"
                   r"\s+([A-Za-z][a-z\-]{2,})\b", re.I)


def _word(tok: str) -> str | None:
    """A content word as `counted` reads the words next to a figure (stemmed, by synonym class); None for names,
    numbers and stop words."""
    if tok[0].isdigit() or tok[0].isupper():
        return None
    w = tok.lower().replace("’", "'").strip("'-").split("'")[0]
    if len(w) < 3 or w in _stop() or stem(w) in _stop():
        return None
    return canon(stem(w))


def none_counts(text: str) -> list[tuple[str, set[str]]]:
    """(noun, the content words of its clause) for each count of none in `text`: 'none of the sailors were
    wounded' -> ('sailor', {wound}); the noun plural after 'no' and 'none of' ('no decision' counts nothing)."""
    out = []
    for part in counted._CLAUSE.split(text):
        for m in _NONE.finditer(part):
            noun = m.group(1)
            single = m.group(0).lower().startswith("not")
            if not noun[0].islower():
                continue  # a name ('no Kethmar unit' counts no noun)
            if not single and not (len(noun) > 4 and noun.endswith("s")):
                continue
            if noun in _stop():
                continue
            noun = noun[:-1] if len(noun) > 4 and noun.endswith("s") else noun
            words = {w for tok in _WORD.findall(part[:m.start()] + " " + part[m.end():]) if (w := _word(tok))}
            out.append((noun, words - {canon(stem(noun))}))
    return out


def _near(text: str) -> dict[str, set[str]]:
    """noun -> the words next to its figures in `text` (`counted.clause_words`)."""
    out: dict[str, set[str]] = {}
    for value, noun, near, *_ in counted.clause_words(text, _stop()):
        out.setdefault(noun, set()).update(near)
    return out


def _sides(conn: sqlite3.Connection, cev: int) -> list[dict[str, Any]]:
    """The corpus event's mentions, then its reread sentences, earliest first: article, ref, text, outlet, figures,
    calendar day, reread or not."""
    out = []
    for aid, eid, text, outlet, sig in conn.execute(
            "SELECT article_id, event_id, evidence_text, outlet, sig FROM corpus_mentions WHERE corpus_event_id = ? "
            "ORDER BY published, article_id, event_id", (cev,)):
        s = json.loads(sig)
        out.append({"side": (aid, eid, text, outlet), "figures": [tuple(f) for f in s["figures"]], "text": text or "",
                    "day": s["day"] if s.get("calendar") else None, "type": s["type"], "reread": False})
    if settings().get("reread_figures", True):
        for aid, start, text, outlet in conn.execute(
                "SELECT article_id, evidence_start, evidence_text, outlet FROM corpus_rereads WHERE corpus_event_id = ? "
                "ORDER BY published, article_id", (cev,)):
            out.append({"side": (aid, f"s:{start}", text, outlet), "figures": figures(text or ""), "text": text or "",
                         "day": None, "type": None, "reread": True})
    return out


def event_conflicts(conn: sqlite3.Connection, cevs: Iterable[int]) -> int:
    """Re-list the figure and date conflicts inside each corpus event (between different articles)."""
    added = 0
    for cev in cevs:
        conn.execute("DELETE FROM corpus_conflicts WHERE corpus_event_id = ? AND kind IN ('figure', 'date') "
                     "AND scope = 'corpus'", (cev,))
        sides = _sides(conn, cev)
        if len({s["side"][0] for s in sides}) < 2:
            continue
        matter = next((s["type"] for s in sides if s["type"]), None)
        firsts: dict[tuple, int] = {}
        for i, s in enumerate(sides):
            for v, noun in s["figures"]:
                firsts.setdefault(("f", noun, v), i)
            if s["day"]:  # a relative day ('on Friday') is each article's own reading
                firsts.setdefault(("d", None, s["day"]), i)
        added += _pairs(conn, cev, matter, sides, firsts)
        if settings().get("none_counts", True):
            added += _none_pairs(conn, cev, matter, sides)
    return added


def _pairs(conn, cev, matter, sides, firsts) -> int:
    skip, ratio = set(settings()["figure_skip"]), settings()["figure_min_ratio"]
    groups: dict[tuple, list] = {}
    for (kind, noun, v), i in firsts.items():
        groups.setdefault((kind, noun), []).append((v, i))
    added = 0
    for (kind, noun), vals in sorted(groups.items(), key=lambda x: (x[0][0], x[0][1] or "")):
        if kind == "f" and noun in skip:
            continue
        vals.sort()
        for (va, ia), (vb, ib) in zip(vals, vals[1:]):
            a, b = sides[ia], sides[ib]
            if a["side"][0] == b["side"][0] or (kind == "f" and vb < ratio * max(va, 1e-9)):
                continue
            show = (lambda v: f"{v:g} {noun}") if kind == "f" else (lambda v: date.fromordinal(v).isoformat())
            added += _add(conn, "figure" if kind == "f" else "date", cev, matter, a, b, (show(va), show(vb)))
    return added


def _none_pairs(conn, cev, matter, sides) -> int:
    """A count of none on one side against a count of the same noun on another article's side whose neighbouring
    words the clause of none holds ('wounding four sailors' / 'none of the sailors were wounded')."""
    skip, added = set(settings()["figure_skip"]), 0
    near = [_near(s["text"]) if s["figures"] else {} for s in sides]
    done: set[tuple[str, str]] = set()
    for i, s in enumerate(sides):
        for noun, words in none_counts(s["text"]):
            if noun in skip:
                continue
            for j, o in enumerate(sides):
                if o["side"][0] == s["side"][0] or (noun, o["side"][0]) in done:
                    continue
                value = next((v for v, n in o["figures"] if n == noun and v > 0), None)
                if value is None or not near[j].get(noun, set()) & words:
                    continue
                done.add((noun, o["side"][0]))
                a, b = (o, s) if j < i else (s, o)
                vals = (f"{value:g} {noun}", f"0 {noun}") if j < i else (f"0 {noun}", f"{value:g} {noun}")
                added += _add(conn, "figure", cev, matter, a, b, vals)
    return added


def _add(conn, kind: str, cev: int, matter: str, a: dict[str, Any], b: dict[str, Any], values: tuple[str, str]) -> int:
    from .conflicts import add
    reread = a["reread"] or b["reread"]
    if reread and conn.execute(  # the pair of values listed already, by another mention of the article
            "SELECT 1 FROM corpus_conflicts WHERE kind = ? AND ((a_article = ? AND b_article = ? AND a_value = ? AND "
            "b_value = ?) OR (a_article = ? AND b_article = ? AND a_value = ? AND b_value = ?))",
            (kind, a["side"][0], b["side"][0], *values, b["side"][0], a["side"][0], values[1], values[0])).fetchone():
        return 0
    return add(conn, kind, "corpus", cev, matter, a["side"], b["side"], values, None,
               found_by="reread" if reread else "rules")
