"""Actor profiles: what an actor did, what was done to it, what it said and with whom, over time.

An actor is found by name (any article's actor whose name holds NAME's words as whole words, in order,
case-insensitive: 'Ann' finds 'Ann Roe', not 'Joanna Vell'; since session 27) or by registry id (`kb:dl:123`).
When the name is several people's ('Kell': 'Pel Kell' and 'Ida Kell'), the profile counts them all and lists
them under `several_actors`, so that a full name or a registry id can be asked for. Events count once per corpus event
when the corpus is linked (reports of one event are not several events), else once per article event.
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from typing import Any


def _matching_actors(conn: sqlite3.Connection, name: str) -> list[tuple[str, str, str]]:
    """(article, actor id, name) of every actor the query names: by registry id, or by whole words."""
    if name.startswith("kb:"):
        return [tuple(r) for r in conn.execute("SELECT article_id, id, name FROM actors WHERE kb_id = ?", (name[3:],))]
    words = " ".join(name.split())
    like = "%" + "%".join(w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for w in words.split()) + "%"
    whole = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words.split())) + r"(?!\w)", re.IGNORECASE)
    rows = conn.execute("SELECT article_id, id, name FROM actors WHERE name LIKE ? ESCAPE '\\'", (like,))
    return [tuple(r) for r in rows if words and whole.search(r[2] or "")]


def _several(names: Counter[str]) -> list[str]:
    """The distinct actors a query's names stand for, when more than one: of the names of two words or more, the most
    frequent one per first word ('Pel Kell' and 'Ida Kell' are two; 'Pel Kell' and 'Pel A. Kell' one)."""
    best: dict[str, str] = {}
    for n, _ in sorted(names.items(), key=lambda x: (-x[1], x[0])):
        if len(n.split()) > 1:
            best.setdefault(n.split()[0].lower().rstrip("."), n)
    return sorted(best.values()) if len(best) > 1 else []


def profile(conn: sqlite3.Connection, name: str, top: int = 10) -> dict[str, Any] | None:
    """The profile of the actor(s) matching `name`, or None when no article names one."""
    found = _matching_actors(conn, name)
    if not found:
        return None
    ids = {(a, i) for a, i, _ in found}
    names = Counter(n for _, _, n in found if n)
    linked = conn.execute("SELECT name FROM sqlite_master WHERE name = 'corpus_mentions'").fetchone() is not None
    units: dict[tuple, dict[str, Any]] = {}
    arts = sorted({a for a, _ in ids})
    for chunk in range(0, len(arts), 500):
        for row in _event_rows(conn, arts[chunk:chunk + 500], linked):
            _collect(conn, row, ids, units)
    roles: dict[str, Counter] = {"did": Counter(), "done_to": Counter()}
    months: dict[str, Counter] = {"did": Counter(), "done_to": Counter()}
    partners: Counter[str] = Counter()
    for u in units.values():
        for side in u["sides"]:
            roles[side][u["type"]] += 1
            months[side][u["month"]] += 1
        partners.update(u["partners"])
    said = _said(conn, ids)
    several = _several(names)
    return {
        "query": name, "names": dict(names.most_common(5)), **({"several_actors": several} if several else {}),
        "articles": len(arts),
        "did": dict(roles["did"].most_common()), "done_to": dict(roles["done_to"].most_common()),
        "did_by_month": dict(sorted(months["did"].items())), "done_to_by_month": dict(sorted(months["done_to"].items())),
        "partners": partners.most_common(top), "quotes": said["n"], "said_by_month": said["months"],
        "recent_quotes": said["recent"][:top], "counted_by": "corpus event" if linked else "article event",
    }


def _event_rows(conn: sqlite3.Connection, part: list[str], linked: bool):
    marks = ",".join("?" * len(part))
    rows = conn.execute(
        "SELECT ea.article_id, ea.event_id, ea.actor_id, ea.role, e.type, e.date_value, a.date, "
        + ("(SELECT corpus_event_id FROM corpus_mentions m WHERE m.article_id = e.article_id AND "
           "m.event_id = e.id)" if linked else "NULL") +
        ", (SELECT name FROM actors x WHERE x.article_id = ea.article_id AND x.id = ea.actor_id) "
        "FROM event_actors ea JOIN events e ON e.article_id = ea.article_id AND e.id = ea.event_id "
        f"JOIN articles a ON a.id = e.article_id WHERE ea.article_id IN ({marks}) "
        "AND e.modality = 'asserted'", part).fetchall()
    by_event: dict[tuple[str, str], list] = {}
    for r in rows:
        by_event.setdefault((r[0], r[1]), []).append(r)
    return by_event.items()


def _collect(conn, item, ids: set[tuple[str, str]], units: dict[tuple, dict[str, Any]]) -> None:
    """Fold one article event into its unit (its corpus event, else itself): the actor's sides, partners."""
    (aid, eid), parts = item
    mine = [r for r in parts if (aid, r[2]) in ids and r[3] in ("source", "target")]
    if not mine:
        return
    r0 = mine[0]
    unit = units.setdefault(("c", r0[7]) if r0[7] is not None else ("e", aid, eid), {
        "type": r0[4], "month": (r0[5] or r0[6] or "")[:7] or "unknown", "sides": set(), "partners": set()})
    unit["sides"] |= {"did" if r[3] == "source" else "done_to" for r in mine}
    unit["partners"] |= {r[8] for r in parts if (aid, r[2]) not in ids and r[8]}


def _said(conn: sqlite3.Connection, ids: set[tuple[str, str]]) -> dict[str, Any]:
    months: Counter[str] = Counter()
    recent = []
    arts = sorted({a for a, _ in ids})
    for chunk in range(0, len(arts), 500):
        part = arts[chunk:chunk + 500]
        marks = ",".join("?" * len(part))
        for r in conn.execute(f"SELECT q.article_id, q.speaker, q.text, a.date FROM quotes q JOIN articles a "
                              f"ON a.id = q.article_id WHERE q.article_id IN ({marks})", part):
            if (r[0], r[1]) in ids:
                months[(r[3] or "")[:7] or "unknown"] += 1
                recent.append({"date": r[3], "article": r[0], "text": r[2]})
    recent.sort(key=lambda q: q["date"] or "", reverse=True)
    return {"n": sum(months.values()), "months": dict(sorted(months.items())), "recent": recent}


def dumps(p: dict[str, Any]) -> str:
    return json.dumps(p, ensure_ascii=False, indent=1)
