"""A corpus event's summary columns, recomputed from its mentions whenever they change."""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from datetime import date
from typing import Any, Iterable


def _iso(day: int | None) -> str | None:
    return date.fromordinal(day).isoformat() if day else None


def actor_code(p: dict[str, Any]) -> str | None:
    """CAMEO-style actor code: country then sector ('USAGOV'); None when neither is known."""
    code = (p.get("country") or "") + (p.get("sector") or "")
    return code or None


def _top_actors(parts: list[dict[str, Any]], limit: int = 3) -> list[dict[str, Any]]:
    """The most reported participants, one per identity (their first key), with name and code."""
    counts: Counter[str] = Counter()
    first: dict[str, dict[str, Any]] = {}
    for p in parts:
        key = (p.get("keys") or [None])[0] or f"name:{p.get('name')}"
        counts[key] += 1 if p.get("strong") else 0.5
        first.setdefault(key, p)
    out = []
    for key, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:limit]:
        p = first[key]
        out.append({"key": key, "name": p.get("name"), "country": p.get("country"), "sector": p.get("sector"),
                    "code": actor_code(p)})
    return out


def summarise(rows: list[sqlite3.Row | tuple], rereads: list[tuple] = (), unattributed: list[tuple] = ()) -> dict[str, Any]:
    """Columns of corpus_events from (article_id, published, outlet, url, sig) rows of its mentions and the
    (article_id, outlet) rows of its rereads (corpus/reread.py) and of the doer-less reports attached to it
    (corpus/unattributed.py): both count as articles and outlets."""
    sigs = [json.loads(r[4]) for r in rows]
    articles = {r[0] for r in rows} | {r[0] for r in rereads} | {r[0] for r in unattributed}
    outlets = sorted({r[2] or f"article:{r[0]}" for r in rows} | {r[1] or f"article:{r[0]}" for r in rereads}
                     | {r[1] or f"article:{r[0]}" for r in unattributed})
    first = min(rows, key=lambda r: (r[1] or "9999", r[0]))
    exact = [s["day"] for s in sigs if s["exact"] and s["day"]]
    days = exact or [s["day"] for s in sigs if s["day"]]
    places = Counter((s.get("place"), s.get("country"), s.get("lat"), s.get("lon")) for s in sigs if s.get("place"))
    countries = Counter(s["country"] for s in sigs if s.get("country"))
    place = places.most_common(1)[0][0] if places else (None, None, None, None)
    return {
        "type": Counter(s["type"] for s in sigs).most_common(1)[0][0],
        "first_date": _iso(min(days)) if days else None,
        "earliest_report": first[1], "earliest_article": first[0], "url": first[3],
        "n_mentions": len(rows), "n_articles": len(articles), "n_outlets": len(outlets),
        "n_reread": len({r[0] for r in rereads} - {r[0] for r in rows}),
        "n_unattributed": len({r[0] for r in unattributed} - {r[0] for r in rows} - {r[0] for r in rereads}),
        "outlets": json.dumps([o for o in outlets if not o.startswith("article:")]),
        "source_actors": json.dumps(_top_actors([p for s in sigs for p in s["src"]])),
        "target_actors": json.dumps(_top_actors([p for s in sigs for p in s["tgt"]])),
        "place": place[0], "country": place[1] or (countries.most_common(1)[0][0] if countries else None),
        "lat": place[2], "lon": place[3],
    }


def refresh_events(conn: sqlite3.Connection, cevs: Iterable[int]) -> None:
    cols = None
    for cev in cevs:
        rows = conn.execute(
            "SELECT m.article_id, m.published, m.outlet, a.url, m.sig FROM corpus_mentions m "
            "LEFT JOIN articles a ON a.id = m.article_id WHERE m.corpus_event_id = ?", (cev,)).fetchall()
        if not rows:
            continue
        rereads = conn.execute("SELECT article_id, outlet FROM corpus_rereads WHERE corpus_event_id = ?",
                               (cev,)).fetchall()
        unattributed = conn.execute("SELECT article_id, outlet FROM corpus_unattributed WHERE corpus_event_id = ?",
                                    (cev,)).fetchall()
        data = summarise(rows, rereads, unattributed)
        cols = cols or list(data)
        conn.execute(f"UPDATE corpus_events SET {', '.join(c + ' = ?' for c in cols)} WHERE id = ?",
                     [data[c] for c in cols] + [cev])
