"""SQLite store with foreign keys, WAL and one transaction per batch.

Method names say what their SQL does: `upsert_records` inserts new articles,
replaces those whose text changed and leaves unchanged ones alone.
"""
from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
import time
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


BUSY_TIMEOUT = 30.0  # seconds a writer waits for another's lock before a retry
RETRIES = 8


def input_hash(article: Any) -> str:
    """A fingerprint of the whole input article: id, text, date, title, URL and metadata.

    "Unchanged" means all of these are unchanged: a corrected date or title re-processes the
    article. Takes an `Article` or the article dict of a record.
    """
    get = article.get if isinstance(article, dict) else (lambda k: getattr(article, k, None))
    key = [get("id"), get("sha256"), get("date"), get("title"), get("url"), get("metadata") or {}]
    blob = json.dumps(key, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8", errors="surrogatepass")).hexdigest()


def _like(text: str) -> str:
    """`text` as a literal LIKE pattern matching it anywhere (with ESCAPE '\\')."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _statements(script: str) -> list[str]:
    """Split a migration script into complete SQL statements (so they run inside one transaction)."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return [st for st in out if st.strip(" ;\n")]


def _store_errors(method):
    """Every SQLite error leaves a Store method as a StoreError naming the database."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: {_explain(exc)}") from exc
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: database error: {exc}") from exc
    return wrapper


def _explain(exc: sqlite3.Error) -> str:
    msg = str(exc)
    if "not a database" in msg or "malformed" in msg:
        return f"not a Dateline (SQLite) database or damaged ({msg})"
    if "locked" in msg or "busy" in msg:
        return f"database stayed locked by another writer for over {BUSY_TIMEOUT:g} s ({msg}); try again"
    if "readonly" in msg or "read-only" in msg:
        return f"cannot write to the database ({msg})"
    return f"database error: {msg}"


class Store:
    """A Dateline database file (or ":memory:").

    Safe with several processes writing at once: every write is one `BEGIN IMMEDIATE` transaction
    that re-checks what is stored under the write lock (no check-then-insert race), migrations run
    under an exclusive lock and re-read the schema version, locks are waited for (busy timeout)
    and retried, and every SQLite error becomes a StoreError naming the database.
    """

    def __init__(self, path: str | Path = "dateline.db"):
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open database: {exc}") from exc
        try:
            self._setup()
        except BaseException:
            self.conn.close()
            raise

    @_store_errors
    def _setup(self) -> None:
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self._retry(lambda: self.conn.execute("PRAGMA journal_mode = WAL").fetchone())
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

    def _retry(self, fn):
        """Run `fn`; when another writer holds the lock past the busy timeout, wait and run it again."""
        for attempt in range(RETRIES):
            try:
                return fn()
            except sqlite3.OperationalError as exc:
                if ("locked" not in str(exc) and "busy" not in str(exc)) or attempt == RETRIES - 1:
                    raise
                time.sleep(min(2.0, 0.05 * 2 ** attempt))

    def _transaction(self, fn, mode: str = "IMMEDIATE"):
        """`fn()` inside one write transaction (rolled back on any error, retried when locked)."""
        def run():
            self.conn.execute(f"BEGIN {mode}")
            try:
                out = fn()
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
            return out
        return self._retry(run)

    @_store_errors
    def migrate(self) -> int:
        """Apply the migrations this database has not seen (under an exclusive lock); returns the version."""
        if self.version == len(MIGRATIONS):
            return self.version

        def apply() -> None:
            current = self.version  # re-read under the lock: another process may have migrated
            if current > len(MIGRATIONS):
                raise StoreError(f"{self.path}: schema version {current} is newer than this Dateline "
                                 f"({len(MIGRATIONS)}); upgrade Dateline")
            for number, sql in enumerate(MIGRATIONS[current:], start=current + 1):
                for statement in _statements(sql):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {number}")

        self._transaction(apply, "EXCLUSIVE")
        return self.version

    # ------------------------------------------------------------------ writes

    @_store_errors
    def upsert_records(self, records: Iterable[dict[str, Any]], replace_unchanged: bool = False) -> SaveCounts:
        """In one transaction: insert new articles, replace changed ones, skip unchanged ones
        (or replace them too with `replace_unchanged`, after an extractor upgrade).

        "Unchanged" compares `input_hash` (text and metadata), re-checked under the write lock.
        """
        records = list(records)

        def write() -> SaveCounts:
            counts = SaveCounts()
            for rec in records:
                art = rec["article"]
                digest = input_hash(art)
                row = self.conn.execute("SELECT input_hash FROM articles WHERE id = ?", (art["id"],)).fetchone()
                if row is not None and row["input_hash"] == digest and not replace_unchanged:
                    counts.unchanged += 1
                    continue
                if row is not None:
                    self.conn.execute("DELETE FROM articles WHERE id = ?", (art["id"],))
                    counts.replaced += 1
                else:
                    counts.inserted += 1
                self._insert(rec, digest)
            return counts

        return self._transaction(write)

    @_store_errors
    def stored_hash(self, article_id: str) -> str | None:
        """The input hash of a stored article (None if absent): a resumed run skips what matches."""
        row = self.conn.execute("SELECT input_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row["input_hash"] if row else None

    def _insert(self, rec: dict[str, Any], digest: str) -> None:
        art, aid = rec["article"], rec["article"]["id"]
        ex = self.conn.execute
        ex("INSERT INTO articles (id, date, title, url, outlet, original_publisher, authors, cited_sources, sha256, "
           "text, record, ingested_at, dateline_version, input_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
           (aid, art["date"], art["title"], art["url"], art["outlet"], art["original_publisher"],
            json.dumps(art["authors"]), json.dumps(art["cited_sources"]), art["sha256"], art["text"],
            json.dumps(rec, ensure_ascii=False), datetime.now(timezone.utc).isoformat(timespec="seconds"),
            __version__, digest))
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

    @_store_errors
    def get_record(self, article_id: str) -> dict[str, Any] | None:
        """The stored `dateline/article@1` record of one article, or None."""
        row = self.conn.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
        return json.loads(row["record"]) if row else None

    @_store_errors
    def find_ids(self, prefix: str) -> list[str]:
        """Article ids starting with `prefix` (for `show` with a shortened id)."""
        rows = self.conn.execute("SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 20",
                                 (prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",))
        return [r["id"] for r in rows]

    @_store_errors
    def count_rows(self) -> dict[str, int]:
        """Row count of every table."""
        return {t: self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}

    @_store_errors
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

    @_store_errors
    def iter_quotes(self, speaker: str | None = None) -> Iterator[dict[str, Any]]:
        """Quotes across the store, optionally those whose speaker's name or words contain `speaker`."""
        sql = ("SELECT q.article_id, a.date, q.kind, q.text, q.speaker_text, ac.name AS speaker_name "
               "FROM quotes q JOIN articles a ON a.id = q.article_id "
               "LEFT JOIN actors ac ON ac.article_id = q.article_id AND ac.id = q.speaker ")
        args: tuple = ()
        if speaker:
            sql += "WHERE ac.name LIKE ? ESCAPE '\\' OR q.speaker_text LIKE ? ESCAPE '\\' "
            args = (_like(speaker), _like(speaker))
        sql += "ORDER BY a.date, q.article_id, q.start"
        yield from self._rows(sql, args)

    @_store_errors
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
                         "AND ac.name LIKE ? ESCAPE '\\')")
            args.append(_like(actor))
        sql = ("SELECT e.article_id, e.id, e.type, e.modality, e.date_value, e.date_text, e.date_precision, "
               "e.evidence_text, e.rule, e.confidence, a.date AS published, "
               "(SELECT group_concat(ac.name, '; ') FROM event_actors ea JOIN actors ac ON ac.article_id = ea.article_id "
               " AND ac.id = ea.actor_id WHERE ea.article_id = e.article_id AND ea.event_id = e.id AND ea.role='source') AS sources, "
               "(SELECT group_concat(ac.name, '; ') FROM event_actors ea JOIN actors ac ON ac.article_id = ea.article_id "
               " AND ac.id = ea.actor_id WHERE ea.article_id = e.article_id AND ea.event_id = e.id AND ea.role='target') AS targets "
               "FROM events e JOIN articles a ON a.id = e.article_id WHERE " + " AND ".join(where) +
               " ORDER BY e.date_value, e.article_id, e.evidence_start")
        yield from self._rows(sql, args)

    def _rows(self, sql: str, args) -> Iterator[dict[str, Any]]:
        try:
            for r in self.conn.execute(sql, args):
                yield dict(r)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: {_explain(exc)}") from exc
