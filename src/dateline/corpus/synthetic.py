"""Invented `dateline/article@1` records for tests and the linking benchmark (no NLP involved).

`synthetic_records(n, seed)` makes n articles from a pool of invented real-world events: each event is
reported by several articles of different outlets a few days apart, with the actors named in varying
forms, the date given or not, and some figures varied; each article also reports one event of its own.
"""
from __future__ import annotations

import hashlib
import random
from datetime import date, timedelta
from typing import Any

TYPES = ("CONSULT", "AGREE", "ACCUSE", "PROTEST", "ASSAULT", "AID", "THREATEN", "REJECT")
OUTLETS = tuple(f"outlet{i}" for i in range(12))
COUNTRIES = ("USA", "DEU", "FRA", "KEN", "BRA", "IND", "JPN", "NGA", "MEX", "EGY")


def _actor(aid: str, n: int, short: bool) -> dict[str, Any]:
    country = COUNTRIES[n % len(COUNTRIES)]
    first, last = f"Given{n}", f"Family{n}"
    return {"id": aid, "name": last if short else f"{first} {last}", "kind": "person", "country": country,
            "sector": "GOV", "kb_id": None, "mentions": [], "role": None}


def _event(eid: str, typ: str, src: str, tgt: str, day: date, exact: bool, figure: int, mod: str) -> dict:
    when = " on a day" if exact else ""  # an event's own date is written in its evidence
    text = f"Family officials said {figure} people attended as the {typ.lower()} went ahead{when}."
    return {"id": eid, "type": typ, "source": [src], "target": [tgt], "others": [],
            "evidence": {"start": 0, "end": len(text), "text": text}, "rule": "synthetic", "confidence": 0.8,
            "modality": mod, "mode": None, "trigger": None, "location": None,
            "date": {"value": day.isoformat(), "text": "on a day", "precision": "day"} if exact else None}


WORDS = tuple(f"word{i}" for i in range(5000))


def _claims(rng: random.Random, n: int) -> list[dict[str, Any]]:
    out = []
    for k in range(n):
        text = " ".join(rng.choice(WORDS) for _ in range(8))
        out.append({"id": f"c{k + 1}", "text": text, "holder": "a1" if k % 2 else "a3", "quote": None,
                    "conflicts_with": [], "start": None, "end": None,
                    "polarity": "negative" if rng.random() < 0.3 else "positive"})
    return out


def synthetic_records(n: int, seed: int = 7, start: date = date(2020, 1, 1), own_events: int = 1,
                      claims: int = 0) -> list[dict[str, Any]]:
    """n invented article records; about three articles report each shared event. Each article also
    reports `own_events` events nobody else reports and holds `claims` invented claims."""
    rng = random.Random(seed)
    n_events = max(1, n // 3)
    events = [(TYPES[rng.randrange(len(TYPES))], rng.randrange(5000), rng.randrange(5000),
               start + timedelta(days=rng.randrange(max(1, n // 10))), rng.choice((100, 200, 300)))
              for _ in range(n_events)]
    out = []
    for i in range(n):
        typ, s, t, day, fig = events[rng.randrange(n_events)]
        published = day + timedelta(days=rng.randrange(3))
        aid = f"syn{i:06d}"
        actors = [_actor("a1", s, rng.random() < 0.3), _actor("a2", t, False)]
        evs = [_event("e1", typ, "a1", "a2", day, rng.random() < 0.7, fig if rng.random() < 0.9 else fig + 50,
                      "asserted")]
        truth = {"e1": f"shared{events.index((typ, s, t, day, fig))}"}
        for j in range(own_events):
            own = (TYPES[rng.randrange(len(TYPES))], 5000 + rng.randrange(20000), 5000 + rng.randrange(20000))
            a, b = f"a{3 + 2 * j}", f"a{4 + 2 * j}"
            actors += [_actor(a, own[1], False), _actor(b, own[2], False)]
            evs.append(_event(f"e{2 + j}", own[0], a, b, published, False, 10, "asserted"))
            truth[f"e{2 + j}"] = f"own{i}.{j}"
        text = f"synthetic article {i}"
        out.append({"schema": "dateline/article@1", "article": {
            "id": aid, "text": text, "date": published.isoformat(), "title": f"Article {i}",
            "url": f"https://example.org/{aid}", "language": "en", "authors": [],
            "outlet": OUTLETS[rng.randrange(len(OUTLETS))], "original_publisher": None, "cited_sources": [],
            "sha256": hashlib.sha256(text.encode()).hexdigest(), "provenance_spans": [],
            "metadata": {"truth": truth}},
            "actors": actors, "events": evs, "quotes": [], "places": [], "times": [], "claims": _claims(rng, claims)})
    return out
