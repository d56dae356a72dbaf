"""How the window scorer (`corpus_window.py`) aligns hand-listed mentions to system clusters (issue 12, session 36).

A hand mention's candidates are the system clusters (corpus events, and contests under their negated ids) with a
mention whose evidence overlaps its span. Hand mentions are grouped by sentence: those of one article whose spans
overlap. Within a sentence, hand mentions and candidates are paired one to one, best agreement first:
  1. agreement: the hand event's type equals the cluster's (a contest counts as SUPPORT, the sets' type for an
     election result), plus one for each capitalised word of the hand event's description that is a word of a name the
     cluster holds (its actors' names and its place; a contest's winner and place);
  2. then the votes of the hand event's mentions in every article for the cluster (the session-35 rule);
  3. then the lowest cluster id, then the earliest hand mention.
A candidate with agreement 0 (another type, and none of the description's names) is no reading of the hand event and is
never taken; a hand mention left without a candidate (none agreeing, or each taken by a better-agreeing hand mention of
its sentence) stays unaligned, its own cluster. This changes the scorer only, never what the linker files.
"""
from __future__ import annotations

import json
import re
from collections import Counter

CONTEST_TYPE = "SUPPORT"  # window sets type an election result SUPPORT (window_s26/README.md)
_CAP = re.compile(r"\b[A-Z][\w'-]+")
_WORD = re.compile(r"[\w'-]+")


def _words(text: str | None) -> set[str]:
    return {w.lower() for w in _WORD.findall(text or "") if len(w) > 2}


def readings(conn) -> dict[int, tuple[str, set[str]]]:
    """{cluster id: (type, name words)} for every corpus event and (negated id) contest of a linked store."""
    out: dict[int, tuple[str, set[str]]] = {}
    for cid, typ, src, tgt, place in conn.execute(
            "SELECT id, type, source_actors, target_actors, place FROM corpus_events"):
        names = [a.get("name") for side in (src, tgt) for a in json.loads(side or "[]") if isinstance(a, dict)]
        out[cid] = (typ, set().union(_words(place), *(_words(n) for n in names)))
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'corpus_contests'").fetchone():
        for cid, winner, place in conn.execute("SELECT id, winner_name, place_name FROM corpus_contests"):
            out[-cid] = (CONTEST_TYPE, _words(winner) | _words(place))
    return out


def agreement(event: dict, reading: tuple[str, set[str]] | None) -> int:
    """Type equal (1) plus one for each description name among the cluster's names; 0 is no reading of the event."""
    if reading is None:
        return 0
    typ, names = reading
    said = {w.lower() for w in _CAP.findall(event.get("description") or "")}
    return (event.get("type") == typ) + len(said & names)


def sentences(mentions: list[dict]) -> list[list[int]]:
    """Indices of hand mentions grouped by sentence: one article, spans overlapping (chained)."""
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i]["article"], mentions[i]["evidence_start"], i))
    groups: list[list[int]] = []
    end, art = -1, None
    for i in order:
        m = mentions[i]
        if groups and m["article"] == art and m["evidence_start"] < end:
            groups[-1].append(i)
            end = max(end, m["evidence_end"])
        else:
            groups.append([i])
            art, end = m["article"], m["evidence_end"]
    return groups


def align(ws, found: list[set[int]], read: dict[int, tuple[str, set[str]]]) -> list:
    """Each hand mention's cluster (module docstring): a cluster id, or 'alone:i' when unaligned."""
    votes: dict[str, Counter] = {}
    for m, f in zip(ws.mentions, found):
        votes.setdefault(m["label"], Counter()).update(f)
    cluster: list = [f"alone:{i}" for i in range(len(ws.mentions))]
    for group in sentences(ws.mentions):
        pairs = []
        for i in group:
            label = ws.mentions[i]["label"]
            for c in found[i]:
                agree = agreement(ws.events.get(label, {}), read.get(c))
                if agree:
                    pairs.append(((-agree, -votes[label][c], c, i), i, c))
        done, taken = set(), set()
        for _key, i, c in sorted(pairs):
            if i not in done and c not in taken:
                cluster[i] = c
                done.add(i)
                taken.add(c)
    return cluster
