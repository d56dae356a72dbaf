"""Linking event mentions across articles into corpus events, incrementally and idempotently.

`update(conn)` links the articles the corpus has not seen (and re-links those whose text changed or that
were deleted), in publication order. Each new mention is filed under block keys (modality class, type
family, one named actor or the place) by day; only corpus events in its blocks within the date window are
scored (scoring.py), so the cost per article does not grow with the corpus. The best candidate at or above
the threshold gets the mention, with the features and score recorded; otherwise the mention opens a new
corpus event. A mention whose modality is the opposite (asserted vs negated) of a matching corpus event is
not linked to it: that pair is recorded as a denial conflict.
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from . import conflicts, event_figures, learned, story_conflicts
from .aggregate import refresh_events
from .contest_reports import ContestLinker
from .reread import Rereader, name_block
from .schema import TABLES, ensure_schema
from .scoring import new_rep, rep_add, score
from .signature import block_keys, day_number, event_signature, settings
from .similarity import Encoder, load_encoder
from .unattributed import Corroborator

OPPOSITE = {"asserted": "negated", "negated": "asserted"}


@dataclass
class UpdateSummary:
    articles_linked: int = 0
    articles_unlinked: int = 0
    mentions: int = 0
    new_corpus_events: int = 0
    joined: int = 0
    conflicts: int = 0
    touched: set[int] = field(default_factory=set)
    failed: list[str] = field(default_factory=list)  # 'article id: what is wrong' of each damaged record skipped

    def as_dict(self) -> dict[str, int]:
        return {"articles_linked": self.articles_linked, "articles_unlinked": self.articles_unlinked,
                "articles_failed": len(self.failed),
                "mentions": self.mentions, "new_corpus_events": self.new_corpus_events,
                "joined_existing": self.joined, "conflicts_added": self.conflicts,
                "corpus_events_touched": len(self.touched)}


class Linker:
    """One linking run over a store connection (holds the reps of corpus events it touched)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.cfg = settings()
        self.reps: dict[int, dict[str, Any]] = {}
        self.summary = UpdateSummary()
        self.linked: list[str] = []
        self.encoder: Encoder | None = None
        self.rereader = Rereader(conn) if self.cfg.get("reread") else None
        self.corroborator = Corroborator(conn) if self.cfg.get("unattributed") else None
        self.contests = ContestLinker(conn) if self.cfg.get("contest_reports") else None
        self._undo: dict[int, dict[str, Any] | None] | None = None  # reps as they were before this article

    # ---------------------------------------------------------------- reps and blocks
    def rep(self, cev: int) -> dict[str, Any]:
        if cev not in self.reps:
            row = self.conn.execute("SELECT rep FROM corpus_events WHERE id = ?", (cev,)).fetchone()
            self.reps[cev] = json.loads(row[0])
        return self.reps[cev]

    def candidates(self, sig: dict[str, Any], mod: str) -> list[int]:
        """Corpus events sharing a block with the mention (under modality class `mod`), most shared first; none
        for a mention dated only by a month, year or season before its report (`signature._earlier_period`)."""
        if sig["day"] is None or sig.get("coarse"):
            return []
        w = max(self.cfg["loose_window_days"], self.cfg["report_lag_days"])
        votes: Counter[int] = Counter()
        names = ([name_block(k) for k in sig.get("names") or () if k.startswith("w:")]  # place keys: rereads only
                 if self.cfg.get("link_names") else [])
        for key in block_keys(dict(sig, mod=mod)) + names:
            for (cev,) in self.conn.execute(
                    "SELECT DISTINCT corpus_event_id FROM corpus_blocks WHERE block = ? AND day BETWEEN ? AND ?",
                    (key, sig["day"] - w, sig["day"] + w)):
                votes[cev] += 1
        return [c for c, _ in sorted(votes.items(), key=lambda x: (-x[1], x[0]))[: self.cfg["max_candidates"]]]

    def best(self, sig: dict[str, Any], mod: str) -> tuple[int, float, dict[str, Any]] | None:
        found = None
        for cev in self.candidates(sig, mod):
            got = score(dict(sig, mod=mod), self.rep(cev))
            if got and got[0] >= self.cfg["link_threshold"] and (found is None or got[0] > found[1]):
                found = (cev, got[0], got[1])
        return found

    def file(self, cev: int, sig: dict[str, Any]) -> None:
        if sig["day"] is not None and not sig.get("coarse"):
            self.conn.executemany("INSERT OR IGNORE INTO corpus_blocks VALUES (?,?,?)",
                                  [(k, sig["day"], cev) for k in block_keys(sig)]
                                  + [(name_block(k), sig["day"], cev) for k in sig.get("names") or ()])

    def open_event(self, sig: dict[str, Any]) -> int:
        rep = new_rep(sig)
        cur = self.conn.execute(
            "INSERT INTO corpus_events (type, modality, n_mentions, n_articles, n_outlets, outlets, "
            "source_actors, target_actors, rep) VALUES (?,?,0,0,0,'[]','[]','[]',?)",
            (sig["type"], sig["mod"], json.dumps(rep)))
        if self._undo is not None:
            self._undo.setdefault(cur.lastrowid, None)
        self.reps[cur.lastrowid] = rep
        self.summary.new_corpus_events += 1
        return cur.lastrowid

    # ---------------------------------------------------------------- articles
    def link_article(self, rec: dict[str, Any], outlet: str | None, vectors: list[str] | None = None) -> None:
        """Link one article's events (`vectors`: their packed evidence vectors, when an encoder is used)."""
        art = rec["article"]
        aid, published = art["id"], (art.get("date") or "")[:10] or None
        for n, event in enumerate(rec.get("events") or []):
            sig = event_signature(rec, event)
            if vectors:
                sig["vec"] = vectors[n]
            self.summary.mentions += 1
            found = self.best(sig, sig["mod"])
            if not found and sig.get("told") is not None:  # the story's day: a second reading (`told_day_second_days`)
                told = dict(sig, day=sig["told"], told=None, told_reading=True)
                if found := self.best(told, sig["mod"]):
                    sig = told
            if found:
                cev, sc, feats = found
                if self._undo is not None and cev not in self._undo:
                    self._undo[cev] = _copied(self.rep(cev))
                rep_add(self.rep(cev), sig)
                self.summary.joined += 1
            else:
                cev, sc, feats = self.open_event(sig), None, None
            self.file(cev, sig)
            self.summary.touched.add(cev)
            ev = event.get("evidence") or {}
            self.conn.execute("INSERT OR REPLACE INTO corpus_mentions VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                              (aid, event["id"], cev, published, outlet, ev.get("start"), ev.get("end"),
                               ev.get("text"), sc, json.dumps(feats) if feats else None, json.dumps(sig)))
            if sig["mod"] in OPPOSITE:
                self.summary.conflicts += self.denials(aid, event, sig, outlet)
        self.summary.conflicts += conflicts.index_claims(self.conn, rec, outlet)
        if self.corroborator is not None:  # reports naming no doer: attached in `flush`, never a corpus event
            self.corroborator.file(rec, outlet)
        if self.rereader is not None:
            self.rereader.file(rec, day_number(published))
        if self.contests is not None:  # who won where: a record of its own, no event (contest_reports.py)
            self.contests.file(rec, outlet)
        self.linked.append(aid)
        self.conn.execute("INSERT OR REPLACE INTO corpus_articles VALUES (?,?,?,?)",
                          (aid, art.get("sha256") or "", published, outlet))
        self.summary.articles_linked += 1

    def link_or_skip(self, aid: str, rec: Any, outlet: str | None, vectors: list[str] | None = None) -> None:
        """Link one article, or skip it when its stored record is damaged (not a record, a field of the wrong
        shape): what it wrote is rolled back, the corpus events it joined get their reps back, and it is named in
        `summary.failed`; it is not filed as linked, so the next run tries it again."""
        summary = (self.summary.mentions, self.summary.joined, self.summary.new_corpus_events,
                   self.summary.conflicts, len(self.linked))
        touched, self.summary.touched = self.summary.touched, set()  # this article's, merged when it links
        self._undo = {}
        self.conn.execute("SAVEPOINT link_article")
        try:
            if isinstance(rec, Exception):
                raise rec
            if not isinstance(rec, dict) or not isinstance(rec.get("article"), dict) or rec["article"].get("id") != aid:
                raise ValueError("not a dateline/article@1 record of this article")
            self.link_article(rec, outlet, vectors)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
            self.conn.execute("ROLLBACK TO link_article")
            for cev, rep in self._undo.items():
                if rep is None:
                    self.reps.pop(cev, None)
                else:
                    self.reps[cev] = rep
            (self.summary.mentions, self.summary.joined, self.summary.new_corpus_events, self.summary.conflicts,
             n_linked) = summary
            del self.linked[n_linked:]
            self.summary.touched = set()
            self.summary.failed.append(f"{aid}: damaged record ({type(exc).__name__}: {exc})")
        finally:
            touched |= self.summary.touched
            self.summary.touched = touched
            self.conn.execute("RELEASE link_article")
            self._undo = None

    def denials(self, aid: str, event: dict[str, Any], sig: dict[str, Any], outlet: str | None) -> int:
        """A mention matching a corpus event of the opposite modality (reported vs denied): a conflict."""
        found = self.best(sig, OPPOSITE[sig["mod"]])
        if not found:
            return 0
        cev, sc, feats = found
        if feats["similarity"] < self.cfg["cross_type_min_similarity"][feats["similarity_by"]]:
            return 0  # a denial says what the report says, negated: its evidence is as close as another report's
        other = self.conn.execute(
            "SELECT article_id, event_id, evidence_text, outlet FROM corpus_mentions WHERE corpus_event_id = ? "
            "AND article_id != ? ORDER BY published, article_id LIMIT 1", (cev, aid)).fetchone()
        if other is None:
            return 0
        mine = (aid, event["id"], (event.get("evidence") or {}).get("text"), outlet)
        asserted, negated = (mine, tuple(other)) if sig["mod"] == "asserted" else (tuple(other), mine)
        return conflicts.add(self.conn, "denial", "corpus", cev, sig["type"], asserted, negated,
                             ("reported", "denied"), sc)

    def unlink_article(self, aid: str) -> None:
        """Take an article (deleted, or changed since it was linked) out of the corpus."""
        cevs = [r[0] for r in self.conn.execute(
            "SELECT DISTINCT corpus_event_id FROM corpus_mentions WHERE article_id = ?", (aid,))]
        for sql in ("DELETE FROM corpus_mentions WHERE article_id = ?",
                    "DELETE FROM corpus_articles WHERE article_id = ?"):
            self.conn.execute(sql, (aid,))
        conflicts.forget_article(self.conn, aid)
        if self.contests is not None:
            self.contests.forget(aid)
        for part in (self.rereader, self.corroborator):  # corpus events it corroborated (reread, no doer): refresh
            for cev in part.forget(aid) if part is not None else ():
                self.rep(cev)
                self.summary.touched.add(cev)
        for cev in cevs:
            self.conn.execute("DELETE FROM corpus_blocks WHERE corpus_event_id = ?", (cev,))
            sigs = [json.loads(r[0]) for r in self.conn.execute(
                "SELECT sig FROM corpus_mentions WHERE corpus_event_id = ? ORDER BY published, article_id, event_id",
                (cev,))]
            if not sigs:
                self.conn.execute("DELETE FROM corpus_events WHERE id = ?", (cev,))
                self.conn.execute("DELETE FROM corpus_conflicts WHERE corpus_event_id = ?", (cev,))
                self.conn.execute("DELETE FROM corpus_rereads WHERE corpus_event_id = ?", (cev,))
                if self.corroborator is not None:
                    self.corroborator.orphan(cev)
                self.reps.pop(cev, None)
                continue
            rep = new_rep(sigs[0])
            for s in sigs[1:]:
                rep_add(rep, s)
            self.reps[cev] = rep
            for s in sigs:
                self.file(cev, s)
            self.summary.touched.add(cev)
        self.summary.articles_unlinked += 1

    def flush(self) -> None:
        """Write back the reps and aggregates of every corpus event this run touched, and their conflicts."""
        live = [c for c in sorted(self.summary.touched) if c in self.reps]
        self.conn.executemany("UPDATE corpus_events SET rep = ? WHERE id = ?",
                              [(json.dumps(self.reps[c]), c) for c in live])
        if self.rereader is not None:  # other reports of the touched events, in articles no event of theirs reached
            reread = self.rereader.update(self.reps, live, self.linked, self.rep)
            live = sorted(set(live) | reread)
        if self.corroborator is not None:  # doer-less reports of this run's articles and near the touched events
            live = sorted(set(live) | self.corroborator.update(self.reps, live, self.rep))
            self.summary.conflicts, self.corroborator.denied = self.summary.conflicts + self.corroborator.denied, 0
        refresh_events(self.conn, live)
        if self.contests is not None:  # and the vote shares one contest's reports give differently
            self.summary.conflicts += self.contests.flush()
        self.summary.conflicts += event_figures.event_conflicts(self.conn, live)
        self.summary.conflicts += conflicts.cross_claims(self.conn, self.linked)
        self.summary.conflicts += learned.cross_articles(self.conn, self.linked, conflicts.add)
        self.summary.conflicts += story_conflicts.cross_articles(self.conn, self.linked, conflicts.add, self.encoder)


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One explicit transaction, whether the connection autocommits (isolation_level None) or not."""
    if not conn.in_transaction:
        conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


def _copied(rep: dict[str, Any]) -> dict[str, Any]:
    """A rep as it is now (`rep_add` assigns its values and fills its dicts and lists, never their items)."""
    return {k: v.copy() if isinstance(v, (dict, list)) else v for k, v in rep.items()}


def _parsed(raw: str) -> Any:
    """A stored record, or the error its text gives (`Linker.link_or_skip` names the article)."""
    try:
        return json.loads(raw)
    except (TypeError, ValueError) as exc:
        return ValueError(f"stored record is not JSON: {exc}")


def _events(rec: Any) -> list[dict[str, Any]]:
    events = rec.get("events") if isinstance(rec, dict) else None
    return [e for e in events if isinstance(e, dict)] if isinstance(events, list) else []


def _link_new(conn: sqlite3.Connection, linker: Linker, encoder: Encoder | None,
              progress: Callable[[int, int], None] | None) -> None:
    """Link the articles the corpus has not seen, in publication order; with an encoder, their evidence is
    embedded a chunk of articles at a time (one batched call instead of one per article)."""
    new = conn.execute("SELECT a.id, a.outlet FROM articles a LEFT JOIN corpus_articles ca "
                       "ON ca.article_id = a.id WHERE ca.article_id IS NULL ORDER BY a.date, a.id").fetchall()
    chunk = 256
    for first in range(0, len(new), chunk):
        part = new[first:first + chunk]
        recs = [_parsed(conn.execute("SELECT record FROM articles WHERE id = ?", (aid,)).fetchone()[0])
                for aid, _ in part]
        vectors: list[list[str] | None] = [None] * len(recs)
        if encoder is not None:
            texts = [[(e.get("evidence") or {}).get("text") or "" for e in _events(r)] for r in recs]
            flat = iter(encoder.encode([t for ts in texts for t in ts]))
            vectors = [[next(flat) for _ in ts] for ts in texts]
        for n, (rec, (aid, outlet), vecs) in enumerate(zip(recs, part, vectors), first + 1):
            linker.link_or_skip(aid, rec, outlet, vecs)
            if progress and n % 500 == 0:
                progress(n, len(new))


def update(conn: sqlite3.Connection, relink: bool = False,
           progress: Callable[[int, int], None] | None = None, similarity: str | None = None) -> UpdateSummary:
    """Bring the corpus tables up to date with the articles in the store (all in one transaction).

    `similarity`: an evidence encoder name (`"minilm"`, needs the `similarity` extra) to compare the
    evidence of mentions of different types; None compares their content words.
    """
    encoder = load_encoder(similarity)
    ensure_schema(conn)
    conn.execute("PRAGMA cache_size = -65536")  # 64 MB of page cache: one long transaction touches many pages
    conn.execute("PRAGMA temp_store = MEMORY")  # each article's savepoint journal (`link_or_skip`) in memory
    linker = Linker(conn)
    linker.encoder = encoder  # the statements of one story are compared with it too (`story_conflicts`)
    with _transaction(conn):
        if relink:
            for t in TABLES:
                if t != "corpus_meta":
                    conn.execute(f"DELETE FROM {t}")
        stale = [r[0] for r in conn.execute(
            "SELECT ca.article_id FROM corpus_articles ca LEFT JOIN articles a ON a.id = ca.article_id "
            "WHERE a.id IS NULL OR a.sha256 != ca.sha256 ORDER BY ca.article_id")]
        for aid in stale:
            linker.unlink_article(aid)
        _link_new(conn, linker, encoder, progress)
        linker.flush()
    return linker.summary
