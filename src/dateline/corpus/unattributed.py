"""Reports whose doer the text does not give: corroboration of a corpus event, never a corpus event of their own.

Since session 23 the events stage lists agentless passives and event nouns without a doer beside `events`, in a
record's `unattributed_events` ("Jan Kell was arrested in Varna on Monday", "the Skarn border patrol was fired
upon at dawn"): the event shape with `source` always empty. Such a report cannot open a corpus event (its doer
would be invented), but it says that the act befell its target on its day: it is attached to the corpus event of
the same type (or type family), target, days and place as a corroborating mention (`corpus_unattributed`, with
the reasons of the link) and counts towards that corpus event's articles and outlets (`n_unattributed`: the
articles only such a report counts). It never changes what later mentions are scored against.

`match` holds the conditions: the same modality class; the days within the linker's windows
(`scoring.days_apart`), and not an act its words date to an earlier period; no two countries, no places far
apart; a type the corpus event holds or one of its family; the target shared — a named target key among the
corpus event's named targets, or, for an unnamed target ("two soldiers"), the group key of one of its
participants on a day both evidences give and a place both name; two reports dated only by publication share
act words (`repeat_min_similarity`, the linker's bar); the report's confidence at least
`unattributed_min_confidence`. The best-scoring corpus event gets the report.

Each linking run re-matches the reports of the articles it linked, the reports attached to the corpus events it
touched and the reports filed at those corpus events' target keys and days (`Corroborator.update`).
"""
from __future__ import annotations

import json
from typing import Any, Callable, Iterable

from . import conflicts
from .denials import told_as_denial
from .names import fold
from .reread import name_block
from .scoring import _far, act_words, days_apart
from .signature import block_key, event_signature, settings

Row = tuple[str, str]  # (article id, event id)


def records_of(rec: dict[str, Any]) -> list[dict[str, Any]]:
    """The article's reports without a doer (old records lack the key; damaged items are skipped)."""
    items = rec.get("unattributed_events") if isinstance(rec, dict) else None
    return [e for e in items if isinstance(e, dict) and e.get("id") and e.get("type")] if isinstance(items, list) else []


def target_keys(sig: dict[str, Any]) -> list[str]:
    """The keys a report is filed and looked up under: every key of a named target and the name keys of its words
    (`w:`, for a corpus event that only writes the name), the group key of an unnamed one."""
    keys: set[str] = set()
    for p in sig["tgt"]:
        keys |= set(p["keys"]) | _written(p["keys"]) if p["strong"] else set(p["keys"][-1:])
    return sorted(keys)


def _written(keys: Iterable[str]) -> set[str]:
    """The name keys (`names.py`) of the words of a participant's name keys ('n:oren valdis' -> 'w:valdis')."""
    out = set()
    for k in keys:
        if k.startswith(("n:", "ps:")):
            out |= {"w:" + f for w in k.split(":", 1)[1].split() if (f := fold(w))}
    return out


def _target(sig: dict[str, Any], rep: dict[str, Any]) -> dict[str, Any] | None:
    """Why the report's target is the corpus event's (None: it is not). A named target must be among its named
    targets, or — when it names no target — written in its evidence ('Police detained the port union's leader, Oren
    Valdis'); an unnamed group ('two soldiers') needs the group key of one of its participants (of a known
    country or sector), both dated in their evidence within the linker's window, and a place or proper word both
    evidences write."""
    named = [k for p in sig["tgt"] if p["strong"] for k in p["keys"]]
    held = set(rep.get("names") or ())
    if named:
        shared = sorted(k for k in named if k in rep["tgt"])
        if shared:
            return {"target": shared}
        written = sorted(_written(named) & held) if not rep["tgt"] else []
        return {"target_written": written} if written else None
    groups = [k for p in sig["tgt"] if not p["strong"] for k in p["keys"][-1:] if not k.endswith(":-:-")]
    shared = sorted(k for k in groups if k in rep["weak"])
    if not shared or not (sig["exact"] and rep["exact"]):
        return None
    places = sorted(set(sig.get("names") or ()) & held)
    near = bool(sig.get("lat") is not None and rep.get("places") and sig.get("country") in rep["countries"])
    if not places and not near:
        return None
    return {"target_group": shared, "places": places or [sig.get("place")]}


def match(sig: dict[str, Any], rep: dict[str, Any], confidence: float | None) -> tuple[float, dict[str, Any]] | None:
    """(score, reasons) of attaching a doer-less report to a corpus event, or None."""
    cfg = settings()
    if confidence is not None and confidence < cfg.get("unattributed_min_confidence", 0.0):
        return None
    if sig["mod"] != rep["mod"] or sig["day"] is None or rep.get("lo") is None or sig.get("coarse"):
        return None
    if sig.get("article") in (rep.get("articles") or ()):
        return None  # its article reports the corpus event already
    if sig["type"] in rep["types"]:
        typed = "type"
    elif sig["family"] == rep["family"] and sig["family"] != sig["type"]:
        typed = "family"
    else:
        return None
    days = days_apart(sig, rep)
    if days is None:
        return None
    if (sig.get("country") and rep["countries"] and sig["country"] not in rep["countries"]) or _far(sig, rep):
        return None
    target = _target(sig, rep)
    if target is None:
        return None
    words = act_words(sig, rep)
    if not sig["exact"] and not rep["exact"] and words < cfg["repeat_min_similarity"]:
        return None  # two publication days: the act words must say it is the same act
    dist, window = days
    score = round((1.0 if typed == "type" else cfg["related_type_score"]) * 0.5 + (1 - dist / (window + 1)) * 0.3
                  + min(words, 1.0) * 0.2, 4)
    return score, {"by": typed, "types": sorted(rep["types"]), "days_apart": dist, "own_dates": [sig["exact"], rep["exact"]],
                   "act_words": round(words, 3), "confidence": confidence, **target}


class Corroborator:
    """Files the doer-less reports of linked articles and attaches them to corpus events (one linking run)."""

    def __init__(self, conn):
        self.conn = conn
        cfg = settings()
        self.window = max(cfg["loose_window_days"], cfg["report_lag_days"])
        self.retry: set[Row] = set()
        self.denied = 0  # denial conflicts listed by negated reports (`_deny`)

    def file(self, rec: dict[str, Any], outlet: str | None) -> list[Row]:
        """Store an article's doer-less reports (not yet attached) and file them at their target keys and day."""
        aid, published = rec["article"]["id"], (rec["article"].get("date") or "")[:10] or None
        rows = []
        for event in records_of(rec):
            sig = event_signature(rec, dict(event, source=[]))
            ev = event.get("evidence") or {}
            trigger = (event.get("trigger") or {}).get("start") if isinstance(event.get("trigger"), dict) else None
            self.conn.execute("INSERT OR REPLACE INTO corpus_unattributed VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (
                aid, event["id"], None, published, outlet, sig["day"], ev.get("start"), ev.get("end"), ev.get("text"),
                trigger, event.get("confidence"), None, None, json.dumps(sig)))
            if sig["day"] is not None and not sig.get("coarse"):
                self.conn.executemany("INSERT OR IGNORE INTO corpus_unattributed_keys VALUES (?,?,?,?)",
                                      [(k, sig["day"], aid, event["id"]) for k in target_keys(sig)])
            rows.append((aid, event["id"]))
        self.retry |= set(rows)
        return rows

    def forget(self, aid: str) -> set[int]:
        """Take an article's reports out; the corpus events they corroborated (to refresh)."""
        cevs = {r[0] for r in self.conn.execute("SELECT corpus_event_id FROM corpus_unattributed WHERE article_id = ? "
                                                "AND corpus_event_id IS NOT NULL", (aid,))}
        self.conn.execute("DELETE FROM corpus_unattributed WHERE article_id = ?", (aid,))
        self.conn.execute("DELETE FROM corpus_unattributed_keys WHERE article_id = ?", (aid,))
        self.retry = {r for r in self.retry if r[0] != aid}
        return cevs

    def orphan(self, cev: int) -> None:
        """A corpus event was dropped: its reports are looked for a home again in this run."""
        self.retry |= {(a, e) for a, e in self.conn.execute(
            "SELECT article_id, event_id FROM corpus_unattributed WHERE corpus_event_id = ?", (cev,))}
        self.conn.execute("UPDATE corpus_unattributed SET corpus_event_id = NULL, score = NULL, features = NULL "
                          "WHERE corpus_event_id = ?", (cev,))

    def _near(self, cev: int, rep: dict[str, Any]) -> set[Row]:
        """Reports attached to a touched corpus event, and those filed at its targets' keys and days."""
        rows = {(a, e) for a, e in self.conn.execute(
            "SELECT article_id, event_id FROM corpus_unattributed WHERE corpus_event_id = ?", (cev,))}
        keys = sorted(set(rep["tgt"]) | set(rep["weak"]) | {k for k in rep.get("names") or () if k.startswith("w:")})
        if keys and rep.get("lo") is not None:
            marks = ",".join("?" * len(keys))
            rows |= {(a, e) for a, e in self.conn.execute(
                f"SELECT DISTINCT article_id, event_id FROM corpus_unattributed_keys WHERE key IN ({marks}) "
                "AND day BETWEEN ? AND ?", (*keys, rep["lo"] - self.window, rep["hi"] + self.window))}
        return rows

    def _candidates(self, sig: dict[str, Any], mod: str) -> list[int]:
        keys = target_keys(sig)
        if sig["day"] is None or sig.get("coarse") or not keys:
            return []
        blocks = [name_block(k) if k.startswith("w:") else block_key(mod, k) for k in keys]
        marks = ",".join("?" * len(blocks))
        return sorted({r[0] for r in self.conn.execute(
            f"SELECT DISTINCT corpus_event_id FROM corpus_blocks WHERE block IN ({marks}) AND day BETWEEN ? AND ?",
            (*blocks, sig["day"] - self.window, sig["day"] + self.window))})

    def _best(self, sig: dict[str, Any], confidence: float | None, rep_of: Callable[[int], dict],
              mod: str) -> tuple[int, float, dict[str, Any]] | None:
        """The best corpus event of modality class `mod` for the report (a negated report is compared with asserted
        ones as if asserted; its day may be the day its denial was told, so it is read as a report's day too)."""
        best = None
        for cev in self._candidates(sig, mod):
            rep = rep_of(cev)
            found = match(dict(sig, mod=mod), rep, confidence)
            if found is None and mod != sig["mod"] and sig["exact"]:
                found = match(dict(sig, mod=mod, exact=False), rep, confidence)
            if found and (best is None or found[0] > best[1]):
                best = (cev, found[0], found[1])
        return best

    def _deny(self, aid: str, eid: str, sig: dict[str, Any], rep_of: Callable[[int], dict]) -> int:
        """A negated report of a corpus event's act told as fact ('Ana Roe was not arrested, the ministry said'):
        a denial against its earliest report of another article (`denials.told_as_denial`), never a corroboration."""
        row = self.conn.execute("SELECT evidence_start, evidence_text, outlet, confidence, trigger_start FROM "
                                "corpus_unattributed WHERE article_id = ? AND event_id = ?", (aid, eid)).fetchone()
        best = self._best(sig, row[3], rep_of, "asserted") if row and row[1] and row[4] is not None else None
        if best is None:
            return 0
        cev = best[0]
        evidence = [r[0] for r in self.conn.execute(
            "SELECT evidence_text FROM corpus_mentions WHERE corpus_event_id = ? AND article_id != ?", (cev, aid))]
        if not told_as_denial({"text": row[1], "start": row[0] or 0, "at": row[4]}, evidence):
            return 0
        other = self.conn.execute(
            "SELECT article_id, event_id, evidence_text, outlet FROM corpus_mentions WHERE corpus_event_id = ? "
            "AND article_id != ? ORDER BY published, article_id LIMIT 1", (cev, aid)).fetchone()
        if other is None:
            return 0
        return conflicts.add(self.conn, "denial", "corpus", cev, sig["type"], tuple(other), (aid, eid, row[1], row[2]),
                             ("reported", "denied"), best[1])

    def update(self, reps: dict[int, dict[str, Any]], touched: Iterable[int], rep_of: Callable[[int], dict]) -> set[int]:
        """Re-match the reports of this run's articles and those near the touched corpus events; the corpus events
        whose corroboration changed (to refresh their counts). A negated report may deny an asserted corpus event
        (`_deny`); the conflicts it lists are counted in `denied`."""
        rows = set(self.retry)
        if not rows and self.conn.execute("SELECT 1 FROM corpus_unattributed LIMIT 1").fetchone() is None:
            return set()  # no report naming no doer anywhere (records of older extractors)
        for cev in sorted(touched):
            if cev in reps:
                rows |= self._near(cev, reps[cev])
        changed: set[int] = set()
        of = lambda c: reps.get(c) or rep_of(c)  # noqa: E731
        for aid, eid in sorted(rows):
            got = self.conn.execute("SELECT sig, confidence, corpus_event_id FROM corpus_unattributed WHERE "
                                    "article_id = ? AND event_id = ?", (aid, eid)).fetchone()
            if got is None:
                continue
            sig = json.loads(got[0])
            best = self._best(sig, got[1], of, sig["mod"])
            if best is None and sig["mod"] == "negated" and settings().get("unattributed_denials"):
                self.denied += self._deny(aid, eid, sig, of)
            self.conn.execute("UPDATE corpus_unattributed SET corpus_event_id = ?, score = ?, features = ? WHERE "
                              "article_id = ? AND event_id = ?", (best[0] if best else None, best[1] if best else None,
                                                                  json.dumps(best[2]) if best else None, aid, eid))
            if got[2] != (best[0] if best else None):
                changed |= {c for c in (got[2], best[0] if best else None) if c is not None}
        self.retry = set()
        return changed
