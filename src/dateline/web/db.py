"""Read-only queries over a Dateline store for the web API and pages.

The database is opened with the SQLite URI `mode=ro`, so nothing the server does can change it. Every
query is parameterised; user text reaches SQL only as bound values (LIKE patterns are escaped).
Lists are paged by keyset cursors: an opaque token holding the last row's sort key.
"""
from __future__ import annotations

import base64
import json
import re
import sqlite3
import threading
from pathlib import Path
from typing import Any
from urllib.parse import quote as urlquote

from ..errors import StoreError

MAX_LIMIT = 200



def conditions(*pairs: tuple[str, Any]) -> tuple[list[str], list[Any]]:
    """SQL conditions (each with one `?`) for the filters that were given, and their parameters.

    >>> conditions(("a.x = ?", 1), ("a.y = ?", None))
    (['1', 'a.x = ?'], [1])
    """
    where, args = ["1"], []
    for clause, value in pairs:
        if value not in (None, ""):
            where.append(clause)
            args.append(value)
    return where, args

class BadParameter(ValueError):
    """A request parameter that cannot be used (answered with HTTP 400)."""


def encode_cursor(key: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(key).encode()).decode().rstrip("=")


def decode_cursor(token: str | None, shape: tuple[type, ...]) -> list[Any] | None:
    """The sort key in a cursor token, checked against the types the query expects."""
    if not token:
        return None
    try:
        key = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadParameter("cursor: not a cursor this server issued") from exc
    if not isinstance(key, list) or len(key) != len(shape) or not all(
            isinstance(v, t) and not isinstance(v, bool) for v, t in zip(key, shape)):
        raise BadParameter("cursor: not a cursor this server issued")
    return key


def like(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with its wildcards escaped (use ESCAPE '\\')."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def fts_query(text: str) -> str:
    """User words as an FTS5 query of quoted terms (all must occur): no FTS syntax gets through."""
    words = re.findall(r"\w+", text)
    if not words:
        raise BadParameter("q: needs at least one word")
    return " ".join('"' + w.replace('"', '""') + '"' for w in words[:20])


def _page(rows: list[dict], limit: int, key) -> dict[str, Any]:
    more = len(rows) > limit
    rows = rows[:limit]
    return {"items": rows, "next_cursor": encode_cursor(key(rows[-1])) if more and rows else None}


class ReadStore:
    """One read-only connection, shared by the server's threads under a lock."""

    def __init__(self, path: str | Path):
        p = Path(path)
        if not p.is_file():
            raise StoreError(f"{path}: no such database (create one with `dateline extract ... --db {path}`)")
        uri = "file:" + urlquote(str(p.resolve())) + "?mode=ro"
        try:
            self.conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            names = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open database: {exc}") from exc
        if not {"articles", "events", "actors", "quotes"} <= names:
            raise StoreError(f"{path}: not a Dateline store (no articles/events tables)")
        self.path = str(path)
        self.has_corpus = {"corpus_events", "corpus_mentions"} <= names
        self.has_corpus_conflicts = "corpus_conflicts" in names
        self.lock = threading.RLock()
        self._fts_signature: tuple | None = None

    def close(self) -> None:
        self.conn.close()

    def all(self, sql: str, args: tuple | list = ()) -> list[dict[str, Any]]:
        with self.lock:
            return [dict(r) for r in self.conn.execute(sql, tuple(args))]

    def one(self, sql: str, args: tuple | list = ()) -> dict[str, Any] | None:
        rows = self.all(sql, args)
        return rows[0] if rows else None

    # ------------------------------------------------------------------ articles

    def stats(self) -> dict[str, Any]:
        counts = {t: self.one(f"SELECT COUNT(*) AS n FROM {t}")["n"]
                  for t in ("articles", "actors", "events", "quotes", "claims")}
        dates = self.one("SELECT MIN(date) AS first, MAX(date) AS last FROM articles")
        types = self.all("SELECT type, COUNT(*) AS n FROM events GROUP BY type ORDER BY n DESC, type")
        return {"rows": counts, "first_date": dates["first"], "last_date": dates["last"],
                "event_types": {r["type"]: r["n"] for r in types}, "corpus": self.has_corpus}

    def articles(self, limit: int, cursor: str | None = None, date_from: str | None = None,
                 date_to: str | None = None, outlet: str | None = None) -> dict[str, Any]:
        """Articles newest first, with counts of what was found in each."""
        where, args = conditions(("a.date >= ?", date_from), ("substr(a.date, 1, 10) <= ?", date_to),
                                 ("a.outlet LIKE ? ESCAPE '\\'", like(outlet) if outlet else None))
        key = decode_cursor(cursor, (str, int))
        if key:
            where.append("(COALESCE(a.date, ''), a.rowid) < (?, ?)")
            args += key
        rows = self.all(
            "SELECT a.rowid AS rid, a.id, a.date, a.title, a.url, a.outlet, "
            "(SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events, "
            "(SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) AS quotes, "
            "(SELECT COUNT(*) FROM actors x WHERE x.article_id = a.id) AS actors "
            "FROM articles a WHERE " + " AND ".join(where) +
            " ORDER BY COALESCE(a.date, '') DESC, a.rowid DESC LIMIT ?", args + [limit + 1])
        page = _page(rows, limit, lambda r: [r["date"] or "", r["rid"]])
        for r in page["items"]:
            del r["rid"]
        return page

    def record(self, article_id: str) -> dict[str, Any] | None:
        row = self.one("SELECT record FROM articles WHERE id = ?", (article_id,))
        return json.loads(row["record"]) if row else None

    # ------------------------------------------------------------------ events

    def _event_roles(self, items: list[dict]) -> None:
        for ev in items:
            roles = self.all(
                "SELECT ea.role, ac.id, ac.name, ac.kind, ac.country, ac.sector FROM event_actors ea "
                "JOIN actors ac ON ac.article_id = ea.article_id AND ac.id = ea.actor_id "
                "WHERE ea.article_id = ? AND ea.event_id = ? ORDER BY ea.rowid", (ev["article_id"], ev["id"]))
            for role in ("source", "target", "other"):
                ev[role + "s"] = [{k: r[k] for k in ("id", "name", "kind", "country", "sector")}
                                  for r in roles if r["role"] == role]

    def _event_reports(self, items: list[dict]) -> None:
        """Each event's `n_mentions`: its further reports (the record's `mentions`), by SQLite's JSON functions."""
        arts, told = sorted({ev["article_id"] for ev in items}), {}
        try:
            told = {} if not arts else {(r["aid"], r["eid"]): r["n"] for r in self.all(
                "SELECT a.id AS aid, json_extract(j.value, '$.id') AS eid, json_array_length(j.value, '$.mentions') "
                "AS n FROM articles a, json_each(a.record, '$.events') j WHERE a.id IN (" + ", ".join("?" * len(arts))
                + ") AND json_valid(a.record)", arts)}
        except sqlite3.Error:  # a damaged record: its events are shown as told once
            pass
        for ev in items:
            ev["n_mentions"] = told.get((ev["article_id"], ev["id"])) or 0

    def events(self, limit: int, cursor: str | None = None, *, type: str | None = None,
               actor: str | None = None, country: str | None = None, modality: str | None = None,
               date_from: str | None = None, date_to: str | None = None, article: str | None = None,
               by_date: bool = False) -> dict[str, Any]:
        """Events with their actors by role; `by_date` orders them by when they happened (dated ones only)."""
        where, args = conditions(("e.type = ?", type), ("e.modality = ?", modality), ("e.article_id = ?", article),
                                 ("substr(e.date_value, 1, 10) >= ?", date_from),
                                 ("substr(e.date_value, 1, 10) <= ?", date_to))
        participant = ("EXISTS (SELECT 1 FROM event_actors ea JOIN actors ac ON ac.article_id = ea.article_id "
                       "AND ac.id = ea.actor_id WHERE ea.article_id = e.article_id AND ea.event_id = e.id AND {})")
        if actor:
            where.append(participant.format("ac.name LIKE ? ESCAPE '\\'"))
            args.append(like(actor))
        if country:
            where.append("(e.location_country = ? OR " + participant.format("ac.country = ?") + ")")
            args += [country, country]
        if by_date:
            where.append("e.date_value IS NOT NULL")
            key = decode_cursor(cursor, (str, int))
            if key:
                where.append("(e.date_value, e.rowid) > (?, ?)")
                args += key
            order, keyf = "e.date_value, e.rowid", (lambda r: [r["date_value"], r["rid"]])
        else:
            key = decode_cursor(cursor, (int,))
            if key:
                where.append("e.rowid > ?")
                args += key
            order, keyf = "e.rowid", (lambda r: [r["rid"]])
        rows = self.all(
            "SELECT e.rowid AS rid, e.article_id, e.id, e.type, e.mode, e.modality, e.date_value, e.date_text, "
            "e.date_precision, e.location_name, e.location_country, e.confidence, e.evidence_start, "
            "e.evidence_end, e.evidence_text, e.rule, a.date AS published, a.title AS article_title "
            "FROM events e JOIN articles a ON a.id = e.article_id WHERE " + " AND ".join(where) +
            f" ORDER BY {order} LIMIT ?", args + [limit + 1])
        page = _page(rows, limit, keyf)
        for r in page["items"]:
            del r["rid"]
        self._event_roles(page["items"])
        self._event_reports(page["items"])
        return page

    def network(self, limit: int, *, type: str | None = None, actor: str | None = None,
                date_from: str | None = None, date_to: str | None = None) -> dict[str, Any]:
        """Actors as nodes, source->target edges per event type weighted by their number of events."""
        where, args = ["1"], []
        for cond, val in (("e.type = ?", type), ("substr(e.date_value, 1, 10) >= ?", date_from),
                          ("substr(e.date_value, 1, 10) <= ?", date_to)):
            if val:
                where.append(cond)
                args.append(val)
        if actor:
            where.append("(s.name LIKE ? ESCAPE '\\' OR t.name LIKE ? ESCAPE '\\')")
            args += [like(actor), like(actor)]
        edges = self.all(
            "SELECT s.name AS source, t.name AS target, e.type, COUNT(DISTINCT e.article_id || '/' || e.id) AS weight "
            "FROM events e "
            "JOIN event_actors es ON es.article_id = e.article_id AND es.event_id = e.id AND es.role = 'source' "
            "JOIN actors s ON s.article_id = es.article_id AND s.id = es.actor_id "
            "JOIN event_actors et ON et.article_id = e.article_id AND et.event_id = e.id AND et.role = 'target' "
            "JOIN actors t ON t.article_id = et.article_id AND t.id = et.actor_id "
            "WHERE s.name <> t.name AND " + " AND ".join(where) +
            " GROUP BY s.name, t.name, e.type ORDER BY weight DESC, source, target, e.type LIMIT ?",
            args + [limit])
        names = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
        nodes = []
        for name in names:
            info = self.one("SELECT MAX(kind) AS kind, MAX(country) AS country, COUNT(DISTINCT article_id) AS articles "
                            "FROM actors WHERE name = ?", (name,))
            nodes.append({"id": name, "name": name, **info})
        return {"nodes": nodes, "edges": edges}

    # ------------------------------------------------------------------ quotes, actors, claims

    def quotes(self, limit: int, cursor: str | None = None, *, speaker: str | None = None,
               kind: str | None = None, article: str | None = None) -> dict[str, Any]:
        where, args = ["1"], []
        if speaker:
            where.append("(ac.name LIKE ? ESCAPE '\\' OR q.speaker_text LIKE ? ESCAPE '\\')")
            args += [like(speaker), like(speaker)]
        if kind:
            where.append("q.kind = ?")
            args.append(kind)
        if article:
            where.append("q.article_id = ?")
            args.append(article)
        key = decode_cursor(cursor, (int,))
        if key:
            where.append("q.rowid > ?")
            args += key
        rows = self.all(
            "SELECT q.rowid AS rid, q.article_id, q.id, q.kind, q.text, q.start, q.\"end\", q.speaker AS speaker_id, "
            "ac.name AS speaker, q.speaker_text, q.cue, a.date AS published, a.title AS article_title "
            "FROM quotes q JOIN articles a ON a.id = q.article_id "
            "LEFT JOIN actors ac ON ac.article_id = q.article_id AND ac.id = q.speaker "
            "WHERE " + " AND ".join(where) + " ORDER BY q.rowid LIMIT ?", args + [limit + 1])
        page = _page(rows, limit, lambda r: [r["rid"]])
        for r in page["items"]:
            del r["rid"]
        return page

    def actors(self, limit: int, cursor: str | None = None, *, name: str | None = None,
               country: str | None = None, kind: str | None = None) -> dict[str, Any]:
        """Actors merged by name across articles, most widely reported first, with counts."""
        where, args = ["1"], []
        for cond, val in (("name LIKE ? ESCAPE '\\'", like(name) if name else None),
                          ("country = ?", country), ("kind = ?", kind)):
            if val:
                where.append(cond)
                args.append(val)
        having, hargs = "", []
        key = decode_cursor(cursor, (int, str))
        if key:
            having, hargs = "WHERE (-ac.articles, ac.name) > (?, ?)", [-key[0], key[1]]
        rows = self.all(
            "WITH ac AS (SELECT name, MAX(kind) AS kind, group_concat(DISTINCT country) AS countries, "
            "  COUNT(DISTINCT article_id) AS articles FROM actors WHERE " + " AND ".join(where) +
            "  GROUP BY name), "
            "ev AS (SELECT x.name, COUNT(*) AS events FROM event_actors ea JOIN actors x "
            "  ON x.article_id = ea.article_id AND x.id = ea.actor_id GROUP BY x.name), "
            "qu AS (SELECT x.name, COUNT(*) AS quotes FROM quotes q JOIN actors x "
            "  ON x.article_id = q.article_id AND x.id = q.speaker GROUP BY x.name) "
            "SELECT ac.name, ac.kind, ac.countries, ac.articles, COALESCE(ev.events, 0) AS events, "
            "COALESCE(qu.quotes, 0) AS quotes FROM ac LEFT JOIN ev ON ev.name = ac.name "
            f"LEFT JOIN qu ON qu.name = ac.name {having} ORDER BY ac.articles DESC, ac.name LIMIT ?",
            args + hargs + [limit + 1])
        for r in rows:
            r["countries"] = sorted(set((r["countries"] or "").split(",")) - {""})
        return _page(rows, limit, lambda r: [r["articles"], r["name"]])

    def actor_profile(self, name: str) -> dict[str, Any] | None:
        """One actor (by exact name): kinds, countries, sectors, articles, events by type and role,
        the actors it acts on or is acted on by, and its latest quotes."""
        base = self.one("SELECT COUNT(DISTINCT article_id) AS articles, group_concat(DISTINCT kind) AS kinds, "
                        "group_concat(DISTINCT country) AS countries, group_concat(DISTINCT sector) AS sectors, "
                        "group_concat(DISTINCT kb_id) AS kb_ids FROM actors WHERE name = ?", (name,))
        if not base or not base["articles"]:
            return None
        split = lambda v: sorted(set((v or "").split(",")) - {""})  # noqa: E731
        prof = {"name": name, "articles": base["articles"], **{k: split(base[k]) for k in
                                                              ("kinds", "countries", "sectors", "kb_ids")}}
        prof["events_by_type"] = self.all(
            "SELECT e.type, ea.role, COUNT(*) AS n FROM event_actors ea JOIN actors x ON x.article_id = ea.article_id "
            "AND x.id = ea.actor_id JOIN events e ON e.article_id = ea.article_id AND e.id = ea.event_id "
            "WHERE x.name = ? GROUP BY e.type, ea.role ORDER BY n DESC, e.type", (name,))
        prof["counterparts"] = self.all(
            "SELECT y.name, ey.role, COUNT(*) AS n FROM event_actors ex JOIN actors x ON x.article_id = ex.article_id "
            "AND x.id = ex.actor_id JOIN event_actors ey ON ey.article_id = ex.article_id AND ey.event_id = ex.event_id "
            "JOIN actors y ON y.article_id = ey.article_id AND y.id = ey.actor_id "
            "WHERE x.name = ? AND y.name <> x.name GROUP BY y.name, ey.role ORDER BY n DESC, y.name LIMIT 20", (name,))
        prof["recent_articles"] = self.all(
            "SELECT DISTINCT a.id, a.date, a.title FROM actors x JOIN articles a ON a.id = x.article_id "
            "WHERE x.name = ? ORDER BY a.date DESC LIMIT 20", (name,))
        prof["quotes"] = self.all(
            "SELECT q.article_id, q.id, q.kind, q.text FROM quotes q JOIN actors x ON x.article_id = q.article_id "
            "AND x.id = q.speaker JOIN articles a ON a.id = q.article_id WHERE x.name = ? "
            "ORDER BY a.date DESC LIMIT 10", (name,))
        return prof

    def conflicts(self, limit: int, cursor: str | None = None, *, article: str | None = None) -> dict[str, Any]:
        """Pairs of claims in one article that contradict each other, with their holders."""
        where, args = ["c.conflicts_with <> '[]'"], []
        if article:
            where.append("c.article_id = ?")
            args.append(article)
        key = decode_cursor(cursor, (int,))
        if key:
            where.append("c.rowid > ?")
            args += key
        sql = ("SELECT c.rowid AS rid, c.article_id, c.id, c.text, c.conflicts_with, ac.name AS holder "
               "FROM claims c LEFT JOIN actors ac ON ac.article_id = c.article_id AND ac.id = c.holder "
               "WHERE " + " AND ".join(where) + " ORDER BY c.rowid LIMIT ?")
        rows = self.all(sql, args + [limit + 1])
        page = _page(rows, limit, lambda r: [r["rid"]])
        for r in page["items"]:
            del r["rid"]
            others = json.loads(r.pop("conflicts_with"))
            r["conflicts_with"] = [self.one(
                "SELECT c.id, c.text, ac.name AS holder FROM claims c LEFT JOIN actors ac ON "
                "ac.article_id = c.article_id AND ac.id = c.holder WHERE c.article_id = ? AND c.id = ?",
                (r["article_id"], o)) or {"id": o, "text": None, "holder": None} for o in others]
        return page

    # ------------------------------------------------------------------ full-text search

    def _ensure_fts(self) -> None:
        """(Re)build a temporary FTS5 index of titles and texts when the articles changed.

        The store stays read-only: the index lives in this connection's TEMP database."""
        sig = tuple(self.conn.execute("SELECT COUNT(*), MAX(rowid), MAX(ingested_at) FROM articles").fetchone())
        if sig == self._fts_signature:
            return
        self.conn.execute("DROP TABLE IF EXISTS temp.article_fts")
        self.conn.execute("CREATE VIRTUAL TABLE temp.article_fts USING fts5(id UNINDEXED, title, text, "
                          "tokenize = 'unicode61 remove_diacritics 2')")
        self.conn.execute("INSERT INTO temp.article_fts (id, title, text) "
                          "SELECT id, COALESCE(title, ''), text FROM main.articles")
        self._fts_signature = sig

    def search(self, q: str, limit: int, cursor: str | None = None) -> dict[str, Any]:
        """Articles matching all words of `q`, best first, with a snippet (matches marked by \\x02 \\x03)."""
        match = fts_query(q)
        key = decode_cursor(cursor, (int,))
        offset = key[0] if key else 0
        if offset < 0 or offset > 10_000:
            raise BadParameter("cursor: out of range")
        with self.lock:
            self._ensure_fts()
            rows = [dict(r) for r in self.conn.execute(
                "SELECT f.id, a.date, a.title, a.outlet, snippet(article_fts, 2, char(2), char(3), '…', 24) AS snippet "
                "FROM temp.article_fts f JOIN main.articles a ON a.id = f.id WHERE article_fts MATCH ? "
                "ORDER BY rank, f.id LIMIT ? OFFSET ?", (match, limit + 1, offset))]
        more = len(rows) > limit
        return {"items": rows[:limit], "next_cursor": encode_cursor([offset + limit]) if more else None}

    # ------------------------------------------------------------------ corpus (when `dateline corpus` has run)

    def corpus_events(self, limit: int, cursor: str | None = None, *, type: str | None = None,
                      country: str | None = None, modality: str | None = None, min_sources: int | None = None,
                      date_from: str | None = None, date_to: str | None = None) -> dict[str, Any]:
        where, args = ["1"], []
        for cond, val in (("type = ?", type), ("country = ?", country), ("modality = ?", modality),
                          ("n_outlets >= ?", min_sources), ("first_date >= ?", date_from),
                          ("first_date <= ?", date_to)):
            if val is not None and val != "":
                where.append(cond)
                args.append(val)
        key = decode_cursor(cursor, (int,))
        if key:
            where.append("id > ?")
            args += key
        rows = self.all("SELECT id, type, modality, first_date, earliest_report, earliest_article, url, n_mentions, "
                        "n_articles, n_outlets, outlets, source_actors, target_actors, place, country "
                        "FROM corpus_events WHERE " + " AND ".join(where) + " ORDER BY id LIMIT ?",
                        args + [limit + 1])
        for r in rows:
            for k in ("outlets", "source_actors", "target_actors"):
                r[k] = json.loads(r[k] or "[]")
        return _page(rows, limit, lambda r: [r["id"]])

    def corpus_event(self, event_id: int) -> dict[str, Any] | None:
        """One corpus event with every report of it (article, outlet, evidence) and its conflicting accounts."""
        page = self.corpus_events(1, encode_cursor([event_id - 1]))
        if not page["items"] or page["items"][0]["id"] != event_id:
            return None
        ev = page["items"][0]
        ev["reports"] = self.all(
            "SELECT m.article_id, m.event_id, m.published, m.outlet, m.evidence_text, m.score, a.title, a.url "
            "FROM corpus_mentions m LEFT JOIN articles a ON a.id = m.article_id WHERE m.corpus_event_id = ? "
            "ORDER BY m.published, m.article_id", (event_id,))
        ev["conflicts"] = self.all(
            "SELECT kind, matter, a_article, a_text, a_holder, a_value, a_outlet, b_article, b_text, b_holder, "
            "b_value, b_outlet, score FROM corpus_conflicts WHERE corpus_event_id = ? ORDER BY id",
            (event_id,)) if self.has_corpus_conflicts else []
        return ev

    def corpus_conflicts(self, limit: int, cursor: str | None = None, *, kind: str | None = None,
                         scope: str | None = None) -> dict[str, Any]:
        """Conflicting accounts found by `dateline corpus`: across articles (scope corpus) and inside one."""
        where, args = ["1"], []
        for cond, val in (("kind = ?", kind), ("scope = ?", scope)):
            if val:
                where.append(cond)
                args.append(val)
        key = decode_cursor(cursor, (int,))
        if key:
            where.append("id > ?")
            args += key
        rows = self.all("SELECT id, kind, scope, corpus_event_id, matter, a_article, a_text, a_holder, a_value, "
                        "a_outlet, b_article, b_text, b_holder, b_value, b_outlet, score FROM corpus_conflicts "
                        "WHERE " + " AND ".join(where) + " ORDER BY id LIMIT ?", args + [limit + 1])
        return _page(rows, limit, lambda r: [r["id"]])
