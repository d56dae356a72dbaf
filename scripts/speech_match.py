"""Find today's (quotation, actor) pair for a hand-labelled speech pair (`training/events/speech_pairs*.jsonl`).

A label was given to the pair the pipeline made when the batch was drawn: a quotation (offsets and the sha1 of its
text), the name of its speaker, and an actor named inside it (its name and where the labelled mention began). Later
changes to the quotes and actors stages move quotation spans, rename actors and change speakers, so the same pair
may now have other offsets. A label is carried over only where today's pair is the same pair:

- the labelled quotation's text is unchanged at its offsets (sha1), and today's quotation with a speaker overlaps it
  by at least half of the longer of the two spans (a quotation cut or extended a little is the same quotation;
  one split in two keeps the half naming the actor, if that half is most of it);
- today's speaker has the labelled speaker's name, or one name's words hold the other's ("Kell" / "Ana Kell");
- today's actor has a mention inside the quotation over the place the labelled mention began and the labelled
  actor's name in the same sense, and is not the speaker.

Anything else is left out and counted by cause; a label's meaning is never changed (a speaker or an actor that
changed identity might now be read right or wrong: the label cannot say).
"""
from __future__ import annotations

import hashlib
import re

MIN_OVERLAP = 0.5


def name_words(name: str) -> frozenset[str]:
    """The lower-cased words of a name, without possessive endings and punctuation ("Kell's" -> {"kell"})."""
    return frozenset(re.sub(r"['’]s\b", "", w) for w in re.findall(r"[\w'’.-]+", (name or "").lower())) - {""}


def same_name(a: str, b: str) -> bool:
    """Whether two actor names can name the same actor: equal words, or one's words inside the other's."""
    wa, wb = name_words(a), name_words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    """Characters two spans share."""
    return max(0, min(a1, b1) - max(a0, b0))


def same_quote(row: dict, quotes) -> tuple[object | None, str]:
    """Today's quotation with a speaker that is the labelled one (or None) and, when none is, why not."""
    s0, s1 = row["quote_start"], row["quote_end"]
    near = [q for q in quotes if overlap(q.start, q.end, s0, s1)]
    spoken = [q for q in near if q.speaker]
    if not spoken:
        return None, "quote without speaker" if near else "quote not found"
    best = max(spoken, key=lambda q: (q.start <= row["actor_start"] < q.end, overlap(q.start, q.end, s0, s1)))
    if overlap(best.start, best.end, s0, s1) < MIN_OVERLAP * max(best.end - best.start, s1 - s0):
        return None, "quote span changed"
    return best, "exact" if (best.start, best.end) == (s0, s1) else "span moved"


def actor_at(row: dict, q, actors) -> tuple[object | None, str]:
    """Today's actor named where the labelled mention began inside quotation `q`, and whether it is the labelled one."""
    at = row["actor_start"]
    width = max(1, len(row["actor"]))
    here = [a for a in actors for m in a.mentions
            if q.start <= m.start and m.end <= q.end and overlap(m.start, m.end, at, at + width)
            and (m.start <= at < m.end or m.start >= at)]
    if not here:
        return None, "actor not found"
    same = [a for a in here if same_name(a.name, row["actor"])]
    if not same:
        return None, "actor renamed"
    if any(a.id == q.speaker for a in same):
        return None, "actor merged into speaker"
    return same[0], ""


def match_pair(row: dict, made: list, ctx, raw: str, rematch: bool = True) -> tuple[object | None, str]:
    """(today's pair for a labelled row or None, how it fared: 'exact', 'span moved', or why it is lost)."""
    s0, s1 = row["quote_start"], row["quote_end"]
    if hashlib.sha1(raw[s0:s1].encode()).hexdigest()[:12] != row["sha1"]:
        return None, "text changed"
    if not rematch:
        starts = {a.id: {m.start for m in a.mentions} for a in ctx.actors}
        p = next((p for p in made if (p.quote.start, p.quote.end) == (s0, s1)
                  and row["actor_start"] in starts.get(p.target, ())), None)
        return p, "exact" if p is not None else "lost"
    q, how = same_quote(row, ctx.quotes)
    if q is None:
        return None, how
    names = {a.id: a.name for a in ctx.actors}
    if not same_name(names.get(q.speaker, ""), row["speaker"]):
        return None, "speaker changed"
    actor, why = actor_at(row, q, ctx.actors)
    if actor is None:
        return None, why
    p = next((p for p in made if p.quote is q and p.target == actor.id), None)
    return (p, how) if p is not None else (None, "pair not made")
