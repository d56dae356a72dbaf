"""Rebuttals across articles: one source rejecting what another source said elsewhere.

A *rebuttal* is a statement in one article by which a holder rejects a named other party: a REJECT event
with a named target ("X dismissed Y's account"), or a claim reported with a denial verb that names
another party ("X denied that Y had been told ..."). It conflicts with a claim *held by that party* in
another article published within `claim_window_days`, when the two are about one matter: they share a
name-free content word that is not common to many claims, and their name-free words overlap by at least
`rebuttal_min_jaccard`. Listed as kind `claim`, values `claimed` / `rejected`. A rebuttal also conflicts
with an asserted event of another article in which the rejected party — or the holder, for 'X denied
having done it' — takes part, on the same matter: kind `denial`, values `reported` / `denied`.
"""
from __future__ import annotations

import json
import re
import sqlite3
from typing import Any, Iterable

from .signature import actor_keys, block_key, day_number, settings, stem
from .synonyms import matter_terms


def _strong_keys(actor: dict[str, Any] | None) -> list[str]:
    if actor is None:
        return []
    keys, strong = actor_keys(actor)
    return keys if strong else []


def _statements(rec: dict[str, Any], deny_stems: frozenset[str]) -> Iterable[tuple[str, tuple, str, list[str]]]:
    """(ref, (holder key, holder name), text, target keys) of each rebuttal in one record."""
    actors = {a["id"]: a for a in rec.get("actors") or []}
    for ev in rec.get("events") or []:
        if ev["type"] == "REJECT" and (ev.get("modality") or "asserted") == "asserted":
            src = next(((k, actors[a].get("name")) for a in ev.get("source") or []
                        for k in _strong_keys(actors.get(a))[:1]), (None, None))
            targets = [k for a in ev.get("target") or [] for k in _strong_keys(actors.get(a))[:1]]
            if targets:
                yield ev["id"], src, (ev.get("evidence") or {}).get("text") or "", targets
    quotes = {q["id"]: q for q in rec.get("quotes") or []}
    for c in rec.get("claims") or []:
        cue = ((quotes.get(c.get("quote")) or {}).get("cue") or "").lower().split()
        if c.get("quote") is None and c.get("polarity") == "negative":  # read outside quotes: 'X rejected the claims'
            cue = re.findall(r"[a-z]+", (c.get("text") or "").lower())
        if not any(stem(w) in deny_stems for w in cue) or c.get("start") is None:
            continue
        holder = (next(iter(_strong_keys(actors.get(c.get("holder")))), None),
                  (actors.get(c.get("holder")) or {}).get("name"))
        named = [a for a in actors.values() if a["id"] != c.get("holder") and any(
            c["start"] <= m["start"] and m["end"] <= c["end"] for m in a.get("mentions") or [])]
        targets = [k for a in named for k in _strong_keys(a)[:1]]
        if targets or holder[0]:  # 'X denied having done it': the holder is a party of the denied event
            yield c["id"], holder, c["text"], targets + ([holder[0]] if holder[0] else [])


def index(conn: sqlite3.Connection, rec: dict[str, Any], deny_stems: frozenset[str], stop: frozenset[str]) -> None:
    """File an article's rebuttals under the parties they reject."""
    art = rec["article"]
    aid, day = art["id"], day_number(art.get("date"))
    if day is None:
        return
    for ref, holder, text, targets in _statements(rec, deny_stems):
        words = json.dumps(matter_terms(text, stop))
        conn.executemany("INSERT OR IGNORE INTO corpus_rebuttals VALUES (?,?,?,?,?,?,?,?,?)",
                         [(aid, ref, day, holder[0], holder[1], t, int(t == holder[0]), text, words) for t in targets])


def _about_one_matter(rebuttal: list[str], claim: list[str], common) -> tuple[float, str] | None:
    """(overlap, the shared words) when a rebuttal and a claim or event are about one matter."""
    shared = {w for w in set(rebuttal) & set(claim) if not common(w)}
    if not shared:
        return None
    overlap = len(shared) / len(set(rebuttal) | set(claim))
    return (overlap, " ".join(sorted(shared))) if overlap >= settings()["rebuttal_min_jaccard"] else None


def cross(conn: sqlite3.Connection, article_ids: Iterable[str], common, add) -> int:
    """List conflicts between these articles' rebuttals and claims and other articles' claims and rebuttals."""
    w, added = settings()["claim_window_days"], 0
    cols = ("r.article_id, r.ref, r.text, r.terms, r.holder_name, "
            "c.article_id, c.claim_id, c.text, c.terms, c.holder_name")
    join = ("FROM corpus_rebuttals r JOIN corpus_claims c ON c.holder_key = r.target_key AND r.self = 0 "
            "AND c.day BETWEEN r.day - ? AND r.day + ? AND c.article_id != r.article_id")
    for aid in article_ids:
        pairs = conn.execute(f"SELECT {cols} {join} WHERE r.article_id = ?", (w, w, aid)).fetchall()
        pairs += conn.execute(f"SELECT {cols} {join} WHERE c.article_id = ?", (w, w, aid)).fetchall()
        for raid, ref, rtext, rterms, rholder, caid, cid, ctext, cterms, cholder in pairs:
            found = _about_one_matter(json.loads(rterms), json.loads(cterms)["p"], common)
            if found is None:
                continue
            outlets = dict(conn.execute("SELECT article_id, outlet FROM corpus_articles WHERE article_id IN (?, ?)",
                                        (raid, caid)).fetchall())
            added += add(conn, "claim", "corpus", None, f"rebuttal: {found[1]}",
                         (caid, cid, ctext, outlets.get(caid), cholder), (raid, ref, rtext, outlets.get(raid), rholder),
                         ("claimed", "rejected"), round(found[0], 3), found_by="rebuttal")
        added += _denied_events(conn, aid, common, add)
    return added


def _denied_events(conn: sqlite3.Connection, aid: str, common, add) -> int:
    """An asserted event in one article and a rebuttal in another by or about one of its participants, on
    the same matter ('X grabbed a reporter' / 'X denied touching the reporter'): a `denial`. Both lookups
    go through indexes: this article's rebuttals to the events filed under their party (corpus_blocks),
    this article's asserted events to the rebuttals filed under their participants (corpus_rebuttals)."""
    w, rows = settings()["claim_window_days"], []
    mention = ("SELECT m.article_id, m.event_id, m.evidence_text, m.outlet, m.corpus_event_id FROM corpus_mentions m "
               "WHERE m.corpus_event_id IN (SELECT corpus_event_id FROM corpus_blocks WHERE block = ? "
               "AND day BETWEEN ? AND ?) AND m.article_id != ?")
    for reb in conn.execute("SELECT article_id, ref, text, terms, holder_name, target_key, day FROM corpus_rebuttals "
                            "WHERE article_id = ?", (aid,)).fetchall():
        rows += [(*reb[:5], *m) for m in conn.execute(
            mention, (block_key("asserted", reb[5]), reb[6] - w, reb[6] + w, aid))]
    for eid, etext, outlet, cev, sig in conn.execute(
            "SELECT event_id, evidence_text, outlet, corpus_event_id, sig FROM corpus_mentions WHERE article_id = ?",
            (aid,)).fetchall():
        sig = json.loads(sig)
        if sig["mod"] != "asserted" or sig["day"] is None:
            continue
        keys = {k for p in sig["src"] + sig["tgt"] + sig["oth"] if p["strong"] for k in p["keys"][:1]}
        for key in sorted(keys):
            rows += [(*reb, aid, eid, etext, outlet, cev) for reb in conn.execute(
                "SELECT article_id, ref, text, terms, holder_name FROM corpus_rebuttals WHERE target_key = ? "
                "AND day BETWEEN ? AND ? AND article_id != ?", (key, sig["day"] - w, sig["day"] + w, aid))]
    added, stop = 0, _stop()
    for raid, ref, rtext, rterms, rholder, maid, eid, etext, moutlet, cev in dict.fromkeys(rows):
        words = matter_terms(etext or "", stop)
        found = _about_one_matter(json.loads(rterms), words, common)
        if found is None or not _denies_act(ref, rtext, words, common) or _one_occurrence(conn, raid, ref, cev):
            continue
        routlet = conn.execute("SELECT outlet FROM corpus_articles WHERE article_id = ?", (raid,)).fetchone()
        added += add(conn, "denial", "corpus", cev, f"rebuttal: {found[1]}", (maid, eid, etext, moutlet),
                     (raid, ref, rtext, routlet[0] if routlet else None, rholder), ("reported", "denied"),
                     round(found[0], 3), found_by="rebuttal")
    return added


def _one_occurrence(conn: sqlite3.Connection, article_id: str, ref: str, corpus_event_id: int | None) -> bool:
    """A rebuttal that is itself an event linked into the corpus event it would deny is another report of that
    occurrence, not a denial of it: two articles telling that 'X rejected Y's offer' agree, and each rejection
    names Y, who takes part in the other's event."""
    if corpus_event_id is None or ref.startswith(("c", "q")):
        return False
    row = conn.execute("SELECT corpus_event_id FROM corpus_mentions WHERE article_id = ? AND event_id = ?",
                       (article_id, ref)).fetchone()
    return row is not None and row[0] == corpus_event_id


def _denies_act(ref: str, text: str, words: list[str], common) -> bool:
    """A denial reported with a denial verb contradicts an event only when the event tells what it denies: its
    denied predicate (the first content word of the denied clause, `negation_scope`) among the event's words or
    a verb related to one ('X denied that he had ordered the raid' is about 'police raided the offices after X
    ordered the search', not about 'X said the police would not tolerate threats'). A REJECT event ('Y dismissed
    X's account') names no predicate and is left as it was."""
    if not ref.startswith(("c", "q")):
        return True
    from . import related
    from .negation import negation_scope
    from .synonyms import canon
    scope = [w for w in negation_scope(text, True) if not common(w)]
    if not scope:
        return True
    plain = {canon(w) for w in words}
    return related.same_verb(canon(scope[0]), plain) is not None


def revisit(conn: sqlite3.Connection, common) -> int:
    """Drop the rebuttal conflicts whose matter no longer holds with the corpus's word frequencies now (see
    conflicts.revisit). Returns how many were dropped."""
    rows = conn.execute(
        "SELECT DISTINCT x.id, x.kind, r.terms, c.terms, m.evidence_text FROM corpus_conflicts x "
        "LEFT JOIN corpus_rebuttals r ON r.article_id = x.b_article AND r.ref = x.b_ref "
        "LEFT JOIN corpus_claims c ON x.kind = 'claim' AND c.article_id = x.a_article AND c.claim_id = x.a_ref "
        "LEFT JOIN corpus_mentions m ON x.kind = 'denial' AND m.article_id = x.a_article AND m.event_id = x.a_ref "
        "WHERE x.scope = 'corpus' AND x.found_by = 'rebuttal' ORDER BY x.id").fetchall()
    gone = set()
    for cid, kind, rterms, cterms, etext in rows:
        other = json.loads(cterms)["p"] if cterms else matter_terms(etext, _stop()) if etext is not None else None
        if rterms is None or other is None or _about_one_matter(json.loads(rterms), other, common) is None:
            gone.add(cid)
    conn.executemany("DELETE FROM corpus_conflicts WHERE id = ?", [(g,) for g in sorted(gone)])
    return len(gone)


def _stop() -> frozenset[str]:
    from .conflicts import _claim_stop
    return _claim_stop()
