"""SQLite store with foreign keys, WAL and one transaction per batch.

Method names say what their SQL does: `upsert_records` inserts new articles,
replaces those whose text changed and leaves unchanged ones alone.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

from .. import __version__
from ..errors import StoreError
from .migrations import MIGRATIONS

TABLES = ("articles", "actors", "mentions", "events", "event_actors", "quotes", "times", "places", "claims")


@dataclass(slots=True)
class SaveCounts:
    inserted: int = 0
    replaced: int = 0
    unchanged: int = 0


class Store:
    """A Dateline database file (or ":memory:")."""

    def __init__(self, path: str | Path = "dateline.db"):
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open database: {exc}") from exc
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
        self.migrate()

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> int:
        """Apply the migrations this database has not seen; returns the schema version."""
        current = self.version
        if current > len(MIGRATIONS):
            raise StoreError(f"{self.path}: schema version {current} is newer than this Dateline "
                             f"({len(MIGRATIONS)}); upgrade Dateline")
        for number, sql in enumerate(MIGRATIONS[current:], start=current + 1):
            with self.conn:
                self.conn.executescript(f"BEGIN; {sql}; PRAGMA user_version = {number}; COMMIT;")
        return self.version

    # ------------------------------------------------------------------ writes

    def upsert_records(self, records: Iterable[dict[str, Any]], replace_unchanged: bool = False) -> SaveCounts:
        """In one transaction: insert new articles, replace changed ones, skip unchanged ones
        (or replace them too with `replace_unchanged`, after an extractor upgrade)."""
        counts = SaveCounts()
        with self.conn:
            for rec in records:
                art = rec["article"]
                row = self.conn.execute("SELECT sha256 FROM articles WHERE id = ?", (art["id"],)).fetchone()
                if row is not None and row["sha256"] == art["sha256"] and not replace_unchanged:
                    counts.unchanged += 1
                    continue
                if row is not None:
                    self.conn.execute("DELETE FROM articles WHERE id = ?", (art["id"],))
                    counts.replaced += 1
                else:
                    counts.inserted += 1
                self._insert(rec)
        return counts

    def _insert(self, rec: dict[str, Any]) -> None:
        art, aid = rec["article"], rec["article"]["id"]
        ex = self.conn.execute
        ex("INSERT INTO articles (id, date, title, url, outlet, original_publisher, authors, cited_sources, sha256, "
           "text, record, ingested_at, dateline_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
           (aid, art["date"], art["title"], art["url"], art["outlet"], art["original_publisher"],
            json.dumps(art["authors"]), json.dumps(art["cited_sources"]), art["sha256"], art["text"],
            json.dumps(rec, ensure_ascii=False), datetime.now(timezone.utc).isoformat(timespec="seconds"),
            __version__))
        for a in rec["actors"]:
            ex("INSERT INTO actors VALUES (?,?,?,?,?,?,?)",
               (aid, a["id"], a["name"], a["kind"], a["country"], a["sector"], a["kb_id"]))
            self.conn.executemany("INSERT INTO mentions VALUES (?,?,?,?,?)",
                                  [(aid, a["id"], m["start"], m["end"], m["text"]) for m in a["mentions"]])
        for e in rec["events"]:
            d, loc, ev = e["date"] or {}, e["location"] or {}, e["evidence"]
            ex("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
               (aid, e["id"], e["type"], e["mode"], e["modality"], d.get("value"), d.get("text"),
                d.get("precision"), loc.get("name"), loc.get("country"), loc.get("lat"), loc.get("lon"),
                e["confidence"], ev["start"], ev["end"], ev["text"], e["rule"]))
            self.conn.executemany("INSERT INTO event_actors VALUES (?,?,?,?)",
                                  [(aid, e["id"], actor, role) for role, key in
                                   (("source", "source"), ("target", "target"), ("other", "others"))
                                   for actor in e[key]])
        self.conn.executemany("INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?)",
                              [(aid, q["id"], q["kind"], q["text"], q["start"], q["end"], q["speaker"],
                                q["speaker_text"], q["cue"]) for q in rec["quotes"]])
        self.conn.executemany("INSERT INTO times VALUES (?,?,?,?,?,?)",
                              [(aid, t["start"], t["end"], t["text"], t["type"], t["value"]) for t in rec["times"]])
        self.conn.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)",
                              [(aid, p["start"], p["end"], p["text"], p["name"], p["country"], p["lat"], p["lon"],
                                p["geonameid"]) for p in rec["places"]])
        self.conn.executemany("INSERT INTO claims VALUES (?,?,?,?,?,?)",
                              [(aid, c["id"], c["text"], c["holder"], c["quote"], json.dumps(c["conflicts_with"]))
                               for c in rec["claims"]])

    # ------------------------------------------------------------------ reads

    def get_record(self, article_id: str) -> dict[str, Any] | None:
        """The stored `dateline/article@1` record of one article, or None."""
        row = self.conn.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
        return json.loads(row["record"]) if row else None

    def find_ids(self, prefix: str) -> list[str]:
        """Article ids starting with `prefix` (for `show` with a shortened id)."""
        rows = self.conn.execute("SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 20",
                                 (prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",))
        return [r["id"] for r in rows]

    def count_rows(self) -> dict[str, int]:
        """Row count of every table."""
        return {t: self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}

    def stats(self) -> dict[str, Any]:
        """Row counts, date range, and the most frequent event types, actors and speakers."""
        q = self.conn.execute
        dates = q("SELECT MIN(date), MAX(date) FROM articles").fetchone()
        return {
            "rows": self.count_rows(),
            "schema_version": self.version,
            "first_date": dates[0], "last_date": dates[1],
            "event_types": {r[0]: r[1] for r in q(
                "SELECT type, COUNT(*) FROM events GROUP BY type ORDER BY COUNT(*) DESC, type")},
            "top_actors": [(r[0], r[1]) for r in q(
                "SELECT name, COUNT(DISTINCT article_id) AS n FROM actors GROUP BY name "
                "ORDER BY n DESC, name LIMIT 10")],
            "modalities": {r[0]: r[1] for r in q("SELECT modality, COUNT(*) FROM events GROUP BY modality")},
        }

    def iter_quotes(self, speaker: str | None = None) -> Iterator[dict[str, Any]]:
        """Quotes across the store, optionally those whose speaker's name or words contain `speaker`."""
        sql = ("SELECT q.article_id, a.date, q.kind, q.text, q.speaker_text, ac.name AS speaker_name "
               "FROM quotes q JOIN articles a ON a.id = q.article_id "
               "LEFT JOIN actors ac ON ac.article_id = q.article_id AND ac.id = q.speaker ")
        args: tuple = ()
        if speaker:
            sql += "WHERE ac.name LIKE ? OR q.speaker_text LIKE ? "
            args = (f"%{speaker}%", f"%{speaker}%")
        sql += "ORDER BY a.date, q.article_id, q.start"
        for r in self.conn.execute(sql, args):
            yield dict(r)

    def iter_timeline(self, actor: str | None = None, date_from: str | None = None,
                      date_to: str | None = None) -> Iterator[dict[str, Any]]:
        """Events ordered by when they happened (their own date, not the publication date)."""
        where, args = ["e.date_value IS NOT NULL"], []
        if date_from:
            where.append("substr(e.date_value, 1, 10) >= ?")
            args.append(date_from)
        if date_to:
            where.append("substr(e.date_value, 1, 10) <= ?")
            args.append(date_to)
        if actor:
            where.append("EXISTS (SELECT 1 FROM event_actors ea JOIN actors ac ON ac.article_id = ea.article_id "
                         "AND ac.id = ea.actor_id WHERE ea.article_id = e.article_id AND ea.event_id = e.id "
                         "AND ac.name LIKE ?)")
            args.append(f"%{actor}%")
        sql = ("SELECT e.article_id, e.id, e.type, e.modality, e.date_value, e.date_text, e.date_precision, "
               "e.evidence_text, e.rule, e.confidence, a.date AS published, "
               "(SELECT group_concat(ac.name, '; ') FROM event_actors ea JOIN actors ac ON ac.article_id = ea.article_id "
               " AND ac.id = ea.actor_id WHERE ea.article_id = e.article_id AND ea.event_id = e.id AND ea.role='source') AS sources, "
               "(SELECT group_concat(ac.name, '; ') FROM event_actors ea JOIN actors ac ON ac.article_id = ea.article_id "
               " AND ac.id = ea.actor_id WHERE ea.article_id = e.article_id AND ea.event_id = e.id AND ea.role='target') AS targets "
               "FROM events e JOIN articles a ON a.id = e.article_id WHERE " + " AND ".join(where) +
               " ORDER BY e.date_value, e.article_id, e.evidence_start")
        for r in self.conn.execute(sql, args):
            yield dict(r)
