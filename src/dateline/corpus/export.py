"""`dateline export`: the store's tables as JSON Lines, CSV or Parquet (partitioned by month).

Rows come from `rows(conn, what, filters)`; columns and their meaning are in columns.py. Parquet needs
the `analysis` extra (pyarrow): `-o DIR` receives `month=YYYY-MM/part-0.parquet` files (hive layout).
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterator

from ..errors import DatelineError
from . import unattributed
from .columns import COLUMNS
from .signature import settings

WHATS = tuple(COLUMNS)


@dataclass
class Filters:
    date_from: str | None = None
    date_to: str | None = None
    type: str | None = None
    actor: str | None = None
    country: str | None = None
    outlet: str | None = None
    min_sources: int | None = None


def _month(d: str | None) -> str:
    return d[:7] if d and len(d) >= 7 and d[4] == "-" else "unknown"


def _keep(row: dict[str, Any], f: Filters, date: str | None, type_: str | None, actors: str,
          countries: tuple, outlets: tuple, sources: int | None) -> bool:
    d = (date or "")[:10]
    if f.date_from and (not d or d < f.date_from):
        return False
    if f.date_to and (not d or d > f.date_to):
        return False
    if f.type and (type_ or "").upper() != f.type.upper():
        return False
    if f.actor and f.actor.lower() not in actors.lower():
        return False
    if f.country and f.country.upper() not in {(c or "").upper() for c in countries}:
        return False
    if f.outlet and f.outlet.lower() not in {(o or "").lower() for o in outlets}:
        return False
    return not (f.min_sources and (sources or 0) < f.min_sources)


def _articles(conn, f: Filters) -> Iterator[dict[str, Any]]:
    for r in conn.execute(
            "SELECT a.*, (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS n_events, "
            "(SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) AS n_quotes, "
            "(SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id) AS n_claims FROM articles a ORDER BY a.date, a.id"):
        row = {k: r[k] for k in ("id", "date", "title", "url", "outlet", "original_publisher", "n_events",
                                 "n_quotes", "n_claims", "sha256", "dateline_version")}
        row.update(month=_month(r["date"]), authors=json.loads(r["authors"]))
        if _keep(row, f, r["date"], None, "", (), (r["outlet"],), None):
            yield row


def _event_actors(conn, aid: str, eid: str) -> dict[str, list]:
    out: dict[str, list] = {"source": [], "target": []}
    for r in conn.execute("SELECT ea.role, ac.name, ac.country, ac.sector FROM event_actors ea JOIN actors ac "
                          "ON ac.article_id = ea.article_id AND ac.id = ea.actor_id WHERE ea.article_id = ? "
                          "AND ea.event_id = ?", (aid, eid)):
        if r[0] in out:
            out[r[0]].append((r[1], (r[2] or "") + (r[3] or "")))
    return out


def further_reports(ev: dict[str, Any]) -> list[dict[str, Any]]:
    """An event's further reports (its record's `mentions`: restatements the merge step folded into it), flat:
    each report's sentence, its character span in the article, its trigger word, reading and own confidence."""
    out = []
    for m in ev.get("mentions") or []:
        evid = m.get("evidence") or {}
        out.append({"evidence": evid.get("text"), "start": evid.get("start"), "end": evid.get("end"),
                    "trigger": (m.get("trigger") or {}).get("text"), "rule": m.get("rule"),
                    "confidence": m.get("confidence")})
    return out


def _reports_by_event(conn) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """(article id, event id) -> further reports of every event told more than once, read from the stored records
    by SQLite's JSON functions article by article (only those events come back); a damaged record gives none."""
    out = {}
    for aid, in conn.execute("SELECT id FROM articles"):
        try:
            found = conn.execute("SELECT json_extract(j.value, '$.id'), json_extract(j.value, '$.mentions') "
                                 "FROM articles a, json_each(a.record, '$.events') j WHERE a.id = ? AND "
                                 "json_array_length(j.value, '$.mentions') > 0", (aid,)).fetchall()
            out.update({(aid, eid): further_reports({"mentions": json.loads(more)}) for eid, more in found})
        except (sqlite3.Error, ValueError):
            continue
    return out


def _events(conn, f: Filters) -> Iterator[dict[str, Any]]:
    linked = _has_corpus(conn)
    reports = _reports_by_event(conn)
    cameo = settings()["cameo_root"]
    sql = ("SELECT e.*, a.date AS published, a.outlet, a.url, " +
           ("(SELECT corpus_event_id FROM corpus_mentions m WHERE m.article_id = e.article_id AND m.event_id = e.id)"
            if linked else "NULL") + " AS cev FROM events e JOIN articles a ON a.id = e.article_id "
           "ORDER BY a.date, e.article_id, e.evidence_start")
    for r in conn.execute(sql):
        acts = _event_actors(conn, r["article_id"], r["id"])
        further = reports.get((r["article_id"], r["id"])) or []
        row = {"article_id": r["article_id"], "event_id": r["id"], "corpus_event_id": r["cev"],
               "published": r["published"], "month": _month(r["date_value"] or r["published"]), "type": r["type"],
               "cameo_root": cameo.get(r["type"]), "mode": r["mode"], "modality": r["modality"],
               "date": r["date_value"], "date_precision": r["date_precision"],
               "source": "; ".join(n for n, _ in acts["source"]), "source_codes": "; ".join(c for _, c in acts["source"]),
               "target": "; ".join(n for n, _ in acts["target"]), "target_codes": "; ".join(c for _, c in acts["target"]),
               "place": r["location_name"], "country": r["location_country"], "lat": r["lat"], "lon": r["lon"],
               "confidence": r["confidence"], "evidence": r["evidence_text"], "rule": r["rule"],
               "outlet": r["outlet"], "url": r["url"], "n_mentions": len(further), "mentions": further}
        if _keep(row, f, r["date_value"] or r["published"], r["type"], row["source"] + " " + row["target"],
                 (r["location_country"],) + tuple(c[:3] for c in (row["source_codes"] + "; " + row["target_codes"]).split("; ")),
                 (r["outlet"],), None):
            yield row


def _unattributed(conn, f: Filters) -> Iterator[dict[str, Any]]:
    """The reports whose doer the text does not give (each record's `unattributed_events`), shaped as `_events`'
    rows with an empty source; read from the stored records (a damaged record is skipped, as the linker skips it)."""
    attached = dict(((r[0], r[1]), r[2]) for r in conn.execute(
        "SELECT article_id, event_id, corpus_event_id FROM corpus_unattributed")) if _has_corpus(
        conn, "corpus_unattributed") else {}
    cameo = settings()["cameo_root"]
    for r in conn.execute("SELECT id, date, outlet, url, record FROM articles ORDER BY date, id"):
        try:
            rec = json.loads(r["record"] or "{}")
        except ValueError:
            continue
        actors = {a.get("id"): a for a in rec.get("actors") or [] if isinstance(a, dict)}
        for ev in unattributed.records_of(rec):
            yield from _unattributed_row(ev, r, actors, attached, cameo, f)


def _unattributed_row(ev: dict[str, Any], art, actors: dict, attached: dict, cameo: dict, f: Filters):
    d, loc, evid = ev.get("date") or {}, ev.get("location") or {}, ev.get("evidence") or {}
    tgt = [actors.get(t) or {"name": str(t)} for t in ev.get("target") or []]
    codes = [(a.get("country") or "") + (a.get("sector") or "") for a in tgt]
    row = {"article_id": art["id"], "event_id": ev["id"], "corpus_event_id": attached.get((art["id"], ev["id"])),
           "published": art["date"], "month": _month(d.get("value") or art["date"]), "type": ev["type"],
           "cameo_root": cameo.get(ev["type"]), "mode": ev.get("mode"), "modality": ev.get("modality"),
           "date": d.get("value"), "date_precision": d.get("precision"), "source": "", "source_codes": "",
           "target": "; ".join(a.get("name") or "" for a in tgt), "target_codes": "; ".join(codes),
           "place": loc.get("name"), "country": loc.get("country"), "lat": loc.get("lat"), "lon": loc.get("lon"),
           "confidence": ev.get("confidence"), "evidence": evid.get("text"),
           "trigger": (ev.get("trigger") or {}).get("text"), "rule": ev.get("rule"), "outlet": art["outlet"],
           "url": art["url"], "n_mentions": len(ev.get("mentions") or []), "mentions": further_reports(ev)}
    if _keep(row, f, d.get("value") or art["date"], ev["type"], row["target"],
             (loc.get("country"),) + tuple(c[:3] for c in codes), (art["outlet"],), None):
        yield row


def _has_corpus(conn, table: str = "corpus_events") -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone() is not None


def _corpus_events(conn, f: Filters) -> Iterator[dict[str, Any]]:
    if not _has_corpus(conn):
        return
    cfg = settings()
    for r in conn.execute("SELECT ce.*, (SELECT COUNT(*) FROM corpus_conflicts c WHERE c.corpus_event_id = ce.id) "
                          "AS n_conflicts FROM corpus_events ce ORDER BY ce.first_date, ce.id"):
        src, tgt = json.loads(r["source_actors"]), json.loads(r["target_actors"])
        a1 = (src or [{}])[0]
        a2 = next((a for a in tgt + src[1:] if a.get("key") != a1.get("key")), {})
        row = {"GLOBALEVENTID": r["id"], "SQLDATE": int(r["first_date"].replace("-", "")) if r["first_date"] else None,
               "month": _month(r["first_date"]), "Actor1Code": a1.get("code"), "Actor1Name": a1.get("name"),
               "Actor1CountryCode": a1.get("country"), "Actor2Code": a2.get("code"), "Actor2Name": a2.get("name"),
               "Actor2CountryCode": a2.get("country"), "EventRootCode": cfg["cameo_root"].get(r["type"]),
               "QuadClass": cfg["quad_class"].get(r["type"]), "PloverType": r["type"], "Modality": r["modality"],
               "NumMentions": r["n_mentions"], "NumArticles": r["n_articles"], "NumSources": r["n_outlets"],
               "NumReread": r["n_reread"], "NumUnattributed": r["n_unattributed"],
               "Outlets": json.loads(r["outlets"]), "ActionGeo_FullName": r["place"],
               "ActionGeo_CountryCode": r["country"], "ActionGeo_Lat": r["lat"], "ActionGeo_Long": r["lon"],
               "DATEADDED": r["earliest_report"], "FirstArticle": r["earliest_article"], "SOURCEURL": r["url"],
               "NumConflicts": r["n_conflicts"]}
        names = " ".join(a.get("name") or "" for a in src + tgt)
        countries = (r["country"],) + tuple(a.get("country") for a in src + tgt)
        if _keep(row, f, r["first_date"], r["type"], names, countries, tuple(row["Outlets"]), r["n_outlets"]):
            yield row


def _contests(conn, f: Filters) -> Iterator[dict[str, Any]]:
    """Contests told by their outcome (corpus/contest_reports.py): who won where, with its reports' counts."""
    if not _has_corpus(conn, "corpus_contests"):
        return
    for r in conn.execute("SELECT c.*, (SELECT evidence_text FROM corpus_contest_reports x WHERE x.contest_id = c.id "
                          "ORDER BY x.published, x.article_id LIMIT 1) AS evidence FROM corpus_contests c "
                          "ORDER BY c.first_day, c.id"):
        first = date.fromordinal(r["first_day"]).isoformat() if r["first_day"] else None
        row = {"contest_id": r["id"], "winner": r["winner_name"], "winner_key": r["winner"], "place": r["place_name"],
               "first_date": first, "month": _month(first), "n_articles": r["n_articles"], "n_outlets": r["n_outlets"],
               "outlets": json.loads(r["outlets"]), "first_article": r["earliest_article"], "evidence": r["evidence"]}
        if _keep(row, f, first, None, r["winner_name"] or "", (), tuple(row["outlets"]), r["n_outlets"]):
            yield row


def _quotes(conn, f: Filters) -> Iterator[dict[str, Any]]:
    for r in conn.execute("SELECT q.*, a.date AS published, a.outlet, ac.name AS speaker_name FROM quotes q "
                          "JOIN articles a ON a.id = q.article_id LEFT JOIN actors ac ON ac.article_id = q.article_id "
                          "AND ac.id = q.speaker ORDER BY a.date, q.article_id, q.start"):
        row = {"article_id": r["article_id"], "quote_id": r["id"], "published": r["published"],
               "month": _month(r["published"]), "kind": r["kind"], "speaker": r["speaker_name"],
               "speaker_text": r["speaker_text"], "cue": r["cue"], "text": r["text"], "outlet": r["outlet"]}
        if _keep(row, f, r["published"], None, f"{r['speaker_name'] or ''} {r['speaker_text'] or ''}", (),
                 (r["outlet"],), None):
            yield row


def _actors(conn, f: Filters) -> Iterator[dict[str, Any]]:
    sql = """
      SELECT COALESCE('kb:' || ac.kb_id, ac.kind || ':' || lower(ac.name)) AS key, ac.kind, ac.country, ac.sector,
             ac.kb_id, MIN(a.date) AS first_seen, MAX(a.date) AS last_seen, COUNT(DISTINCT ac.article_id) AS articles,
             SUM((SELECT COUNT(*) FROM event_actors ea WHERE ea.article_id = ac.article_id AND ea.actor_id = ac.id
                  AND ea.role = 'source')) AS as_source,
             SUM((SELECT COUNT(*) FROM event_actors ea WHERE ea.article_id = ac.article_id AND ea.actor_id = ac.id
                  AND ea.role = 'target')) AS as_target,
             SUM((SELECT COUNT(*) FROM quotes q WHERE q.article_id = ac.article_id AND q.speaker = ac.id)) AS quotes,
             (SELECT ac2.name FROM actors ac2 WHERE COALESCE('kb:' || ac2.kb_id, ac2.kind || ':' || lower(ac2.name))
                = COALESCE('kb:' || ac.kb_id, ac.kind || ':' || lower(ac.name))
              GROUP BY ac2.name ORDER BY COUNT(*) DESC, ac2.name LIMIT 1) AS name
      FROM actors ac JOIN articles a ON a.id = ac.article_id
      GROUP BY key ORDER BY articles DESC, key"""
    for r in conn.execute(sql):
        row = {k: r[k] for k in ("key", "name", "kind", "country", "sector", "kb_id", "first_seen", "last_seen",
                                 "articles", "as_source", "as_target", "quotes")}
        row.update(code=((r["country"] or "") + (r["sector"] or "")) or None, month=_month(r["first_seen"]))
        if _keep(row, f, r["first_seen"], None, r["name"] or "", (r["country"],), (), None):
            yield row


def _claims(conn, f: Filters) -> Iterator[dict[str, Any]]:
    for r in conn.execute("SELECT c.*, a.date AS published, a.outlet, ac.name AS holder_name FROM claims c "
                          "JOIN articles a ON a.id = c.article_id LEFT JOIN actors ac ON ac.article_id = c.article_id "
                          "AND ac.id = c.holder ORDER BY a.date, c.article_id, c.id"):
        row = {"article_id": r["article_id"], "claim_id": r["id"], "published": r["published"],
               "month": _month(r["published"]), "holder": r["holder_name"], "text": r["text"], "quote_id": r["quote"],
               "conflicts_with": json.loads(r["conflicts_with"]), "outlet": r["outlet"]}
        if _keep(row, f, r["published"], None, r["holder_name"] or "", (), (r["outlet"],), None):
            yield row


def _conflicts(conn, f: Filters) -> Iterator[dict[str, Any]]:
    if not _has_corpus(conn):
        return
    cols = [c for c, _, _ in COLUMNS["conflicts"] if c != "month"]
    for r in conn.execute("SELECT c.*, a.date AS a_date FROM corpus_conflicts c LEFT JOIN articles a "
                          "ON a.id = c.a_article ORDER BY a.date, c.id"):
        row = {k: r[k] for k in cols}
        row["month"] = _month(r["a_date"])
        if _keep(row, f, r["a_date"], None, f"{r['a_holder'] or ''} {r['b_holder'] or ''}", (),
                 (r["a_outlet"], r["b_outlet"]), None):
            yield row


READERS = {"articles": _articles, "events": _events, "unattributed-events": _unattributed,
           "corpus-events": _corpus_events, "contests": _contests, "quotes": _quotes,
           "actors": _actors, "claims": _claims, "conflicts": _conflicts}


def rows(conn: sqlite3.Connection, what: str, filters: Filters | None = None) -> Iterator[dict[str, Any]]:
    """Rows of one export table, in the column order of columns.py."""
    if what not in READERS:
        raise DatelineError(f"export: unknown table {what!r}; choose one of {', '.join(WHATS)}")
    order = [c for c, _, _ in COLUMNS[what]]
    for row in READERS[what](conn, filters or Filters()):
        yield {c: row.get(c) for c in order}
