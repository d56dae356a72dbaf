"""Scoring one event mention against a corpus event's merged signature ("rep").

Hard constraints first (the modality class is guaranteed by the blocking key): dates within the window,
no two different countries or far-apart places, and — when both name a source (or a target) — at least
one shared source (target). Reports of one occurrence often disagree on its type, so a mention of
another type family may join too, but only when its evidence is as similar as reports of one occurrence
are (`similarity.py`; the gate is calibrated on mentions weeks apart, which are different events) and a
named participant is shared in any role or written in the evidence without one (types assign roles
differently: "X beat Y", "Y lost to X"; "X denied ordering the raid on Y", "police raided Y") — or,
without the gate, when both types are on one side (cooperation or conflict) and the mention's named source
and target are the corpus event's, in the same roles ("X accused Y" / "X fired at Y" that day).
Undated reports tell of events of the days before their publication (`days_apart`). A link whose other evidence
is weak needs shared evidence words (`_min_words`): two publication days, or one named role agreeing.
Then a weighted sum of five features in [0, 1] (weights in data/linking.json):

    type    1 when the mention's type is one the corpus event holds, else the related-type score (the
            same family, or another family whose evidence passed the similarity gate)
    date    1 - distance / (window + 1), distance in days to the corpus event's day range; halved when a
            side only has its publication date (weak evidence of when the event happened)
    actors  share of the mention's named sources / targets among the corpus event's (role by role; both
            sides together for symmetric types such as CONSULT; halved when only one role can be
            compared, or a symmetric type names one participant alone); 0.2-0.4 when it names none
    place   1 same country, 0.5 unknown on either side
    terms   Jaccard of evidence content words with the corpus event's most frequent ones
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Any

from .signature import settings, terms
from .similarity import add_vector, cosine

TOP_TERMS = 25


def new_rep(sig: dict[str, Any]) -> dict[str, Any]:
    rep = {"types": {}, "mod": sig["mod"], "family": sig["family"], "lo": sig["day"], "hi": sig["day"],
           "exact": False, "keys": {}, "src": {}, "tgt": {}, "weak": {}, "countries": {}, "terms": {}, "n": 0}
    rep_add(rep, sig)
    return rep


def rep_add(rep: dict[str, Any], sig: dict[str, Any]) -> None:
    """Merge one mention's signature into a corpus event's rep (counts, day range, top terms)."""
    rep["n"] += 1
    rep["types"][sig["type"]] = rep["types"].get(sig["type"], 0) + 1
    if sig["day"] is not None:
        if sig["exact"] and not rep["exact"]:  # the first exact date replaces publication-based guesses
            rep["lo"] = rep["hi"] = sig["day"]
            rep["exact"] = True
        elif sig["exact"] or not rep["exact"]:
            rep["lo"] = sig["day"] if rep["lo"] is None else min(rep["lo"], sig["day"])
            rep["hi"] = sig["day"] if rep["hi"] is None else max(rep["hi"], sig["day"])
    width = rep.setdefault("width", {})  # the most named participants one mention gives a role ('X hit A, B and C')
    for role in ("src", "tgt"):
        width[role] = max(width.get(role, 0), sum(1 for p in sig.get(role, ()) if p["strong"]))
    for role in ("src", "tgt", "oth", "ctx"):
        for p in sig.get(role, ()):  # 'ctx': named in the evidence without a role (signature._named_in)
            buckets = [rep["keys"], rep[role]] if p["strong"] and role in ("src", "tgt") else \
                [rep["keys"]] if p["strong"] else [rep["weak"]]
            for bucket in buckets:
                for k in p["keys"]:
                    bucket[k] = bucket.get(k, 0) + 1
    if sig.get("lat") is not None and sig.get("lon") is not None and len(rep.setdefault("places", [])) < 8:
        if [sig["lat"], sig["lon"]] not in rep["places"]:
            rep["places"].append([sig["lat"], sig["lon"]])
    if sig.get("country"):
        rep["countries"][sig["country"]] = rep["countries"].get(sig["country"], 0) + 1
    add_vector(rep, sig)
    if sig.get("article") and sig["article"] not in rep.setdefault("articles", []):
        rep["articles"].append(sig["article"])
    counts = Counter(rep["terms"])
    counts.update(sig["terms"])
    rep["terms"] = dict(counts.most_common(TOP_TERMS))
    if sig.get("acts"):  # what the evidence's trigger words can mean, for the re-reader
        rep["acts"] = sorted(set(rep.get("acts") or ()) | set(sig["acts"]))
    if sig.get("names"):  # proper words of the evidence, for the re-reader (names.py)
        named = Counter(rep.get("names") or {})
        named.update(sig["names"])
        rep["names"] = dict(named.most_common(TOP_TERMS))


def _far(sig: dict[str, Any], rep: dict[str, Any]) -> bool:
    """Both place the event and every place of the corpus event is far from the mention's."""
    if sig.get("lat") is None or sig.get("lon") is None or not rep.get("places"):
        return False
    km = settings()["same_place_km"]
    for lat, lon in rep["places"]:
        dx = (sig["lon"] - lon) * 111.3 * math.cos(math.radians((sig["lat"] + lat) / 2))
        if math.hypot(dx, (sig["lat"] - lat) * 111.3) <= km:
            return False
    return True


def _hits(parts: list[dict[str, Any]], keys: dict[str, int]) -> int:
    return sum(1 for p in parts if any(k in keys for k in p["keys"]))


def _actors(sig: dict[str, Any], rep: dict[str, Any]) -> float | None:
    """How far the mention's named participants are the corpus event's, role by role.

    For a directed type (X accuses Y) sources are compared with sources and targets with targets: a
    named source (or target) that the corpus event's named sources (targets) do not include means another
    event (None). For a symmetric type (X meets Y = Y meets X) both sides are compared together. Without
    comparable named participants: 0.4 when an unnamed group matches (same country and sector), else 0.2.
    """
    src = [p for p in sig["src"] if p["strong"]]
    tgt = [p for p in sig["tgt"] if p["strong"]]
    width = rep.get("width") or {}
    if sig["type"] in settings()["symmetric_types"]:
        both = src + tgt
        pool = {**rep["src"], **rep["tgt"]}
        if both and pool:  # one named participant alone ('X promised ...') is one role, as below
            hits = _hits(both, pool)
            listed = _listed(len(both), width.get("src", 0) + width.get("tgt", 0))
            return min(1.0, hits / listed) * (1.0 if listed > 1 else settings()["one_role_factor"]) if hits else None
    else:
        ratios = []
        for role, mine, theirs in (("src", src, rep["src"]), ("tgt", tgt, rep["tgt"])):
            if mine and theirs:
                hits = _hits(mine, theirs)
                if not hits:
                    return None
                ratios.append(min(1.0, hits / _listed(len(mine), width.get(role, 0))))
        if ratios:  # one role agreeing (a source's many acts that day) says half of what both roles say
            return sum(ratios) / len(ratios) * (1.0 if len(ratios) == 2 else settings()["one_role_factor"])
    weak = [p for p in sig["src"] + sig["tgt"] + sig["oth"] if not p["strong"] and p["keys"]]
    if weak and any(k in rep["weak"] for p in weak for k in p["keys"]):
        return 0.4
    written = {k for k in sig.get("names") or () if k.startswith("w:")}  # not the place keys: the re-reader's only
    if settings().get("link_names") and written & set(rep.get("names") or ()):
        return 0.4  # a name both evidences write, where no named role compares (names.py, session 21)
    return 0.2


def _listed(mine: int, theirs: int) -> int:
    """How many of a role's named participants must be shared: the shorter list's, when `linking.json`
    `role_lists_nested` is on — one report names all a speaker attacked, another the one it is about ('Roe hit
    Kell, Dorn and Vass' / 'Roe hit Kell'), and a list holding the other agrees (session 25)."""
    if theirs and settings().get("role_lists_nested"):
        return max(1, min(mine, theirs))
    return mine


def _any_role(sig: dict[str, Any], rep: dict[str, Any]) -> float | None:
    """Share of the mention's named participants the corpus event names in any role (None: none shared); the
    names its evidence writes without a role count too ('X denied ordering the raid on Y' / 'police raided Y')."""
    mine = [p for p in sig["src"] + sig["tgt"] + sig["oth"] + sig.get("ctx", []) if p["strong"]]
    hits = _hits(mine, rep["keys"])
    return hits / len(mine) if hits else None


def _side(typ: str) -> int | None:
    """Cooperation (PLOVER quad classes 1 and 2) or conflict (3 and 4)."""
    quad = settings()["quad_class"].get(typ)
    return None if quad is None else (quad > 2)


def _same_side(sig: dict[str, Any], rep: dict[str, Any]) -> bool:
    side = _side(sig["type"])
    return side is not None and any(_side(t) == side for t in rep["types"])


def _both_roles(sig: dict[str, Any], rep: dict[str, Any]) -> bool:
    """The mention names a source and a target, and the corpus event names both in the same roles (either
    way round when a symmetric type is involved): 'X accused Y' and 'X lashed out at Y' that day."""
    src = [p for p in sig["src"] if p["strong"]]
    tgt = [p for p in sig["tgt"] if p["strong"]]
    if not (src and tgt and rep["src"] and rep["tgt"]):
        return False
    if _hits(src, rep["src"]) and _hits(tgt, rep["tgt"]):
        return True
    symmetric = settings()["symmetric_types"]
    if sig["type"] in symmetric or any(t in symmetric for t in rep["types"]):
        return bool(_hits(src, rep["tgt"]) and _hits(tgt, rep["src"]))
    return False


def similarity(sig: dict[str, Any], rep: dict[str, Any]) -> tuple[float, str]:
    """Evidence similarity: the encoder's cosine when both sides have vectors, else content-word Jaccard."""
    cos = cosine(sig, rep)
    if cos is not None:
        return round(cos, 3), "cosine"
    top, mine = set(rep["terms"]), set(sig["terms"])
    return (round(len(top & mine) / len(top | mine), 3) if (top or mine) else 0.0), "terms"


def _words_can_mean(sig: dict[str, Any], rep: dict[str, Any]) -> bool:
    """With `linking.json` `acts_as_family` (session 25): the mention's type is one the corpus event's evidence words
    can mean by the event dictionaries, or the mention's evidence words can mean one of its types ('agreed to a truce'
    typed AGREE, 'signed the truce' typed RETREAT): such a mention of another article is also compared role by role, as
    one family, and the better of that reading and the other-family one counts (`_type_and_actors`)."""
    if not settings().get("acts_as_family") or sig.get("article") in rep.get("articles", ()):
        return False
    return sig["type"] in (rep.get("acts") or ()) or bool(set(sig.get("acts") or ()) & set(rep["types"]))


def _type_and_actors(sig: dict[str, Any], rep: dict[str, Any], sim: tuple[float, str]) -> tuple[float, float] | None:
    """The type and actor features, or None: another type family needs the similarity gate, a shared name
    and another article."""
    cfg = settings()
    if sig["family"] == rep["family"]:
        actors = _actors(sig, rep)
        if actors is None:
            return None
        return (1.0 if sig["type"] in rep["types"] else cfg["related_type_score"]), actors
    if sig.get("article") in rep.get("articles", ()):
        return None  # inside one article, two types are two acts (a concession and a congratulation)
    words = _actors(sig, rep) if _words_can_mean(sig, rep) else None  # compared as one family (session 25)
    if _same_side(sig, rep) and _both_roles(sig, rep):
        return cfg["related_type_score"], 1.0
    actors = None if sim[0] < cfg["cross_type_min_similarity"][sim[1]] else _any_role(sig, rep)
    best = max((a for a in (words, actors) if a is not None), default=None)
    return None if best is None else (cfg["related_type_score"], best)


def days_apart(sig: dict[str, Any], rep: dict[str, Any]) -> tuple[int, int] | None:
    """(distance in days, the window it is measured against), or None when the dates rule a link out.

    Two events' own dates may differ by `window_days`, two publication dates by `loose_window_days`, and so may the
    first and last of a corpus event's (no chain of reports each a day or two after the last: an actor's acts of
    every other day are not one occurrence; the shift test, docs/corpus.md, session 17). An
    undated report (its day is its publication day P) tells of an event on or before P: an event dated
    on its own may lie up to `report_lag_days` before P and at most `report_lead_days` after it.
    """
    cfg = settings()
    if sig["exact"] == rep["exact"]:
        window = cfg["window_days"] if sig["exact"] else cfg["loose_window_days"]
        dist = max(0, rep["lo"] - sig["day"], sig["day"] - rep["hi"])
        span = max(rep["hi"], sig["day"]) - min(rep["lo"], sig["day"])
        return (dist, window) if dist <= window and span <= window else None
    lag, lead = cfg["report_lag_days"], cfg["report_lead_days"]
    if sig["exact"]:  # the corpus event holds undated reports published lo..hi
        earliest, latest, own = rep["hi"] - lag, rep["lo"] + lead, (sig["day"], sig["day"])
        published = rep["hi"]
    else:
        earliest, latest, own = sig["day"] - lag, sig["day"] + lead, (rep["lo"], rep["hi"])
        published = sig["day"]
    if own[0] < earliest or own[1] > latest:
        return None
    return max(0, published - own[1]), lag


def act_words(sig: dict[str, Any], rep: dict[str, Any]) -> float:
    """Jaccard of the mention's evidence words with the corpus event's top words, leaving out the words of both sides'
    participants' names: what the evidence says about the act, not who took part (that the actors feature weighs)."""
    names = {w for p in sig["src"] + sig["tgt"] + sig["oth"] for k in p["keys"] if k[:2] in ("n:", "ps") for w in
             terms(k.split(":", 1)[1])}
    names |= {w for k in rep["keys"] if k[:2] in ("n:", "ps") for w in terms(k.split(":", 1)[1])}
    top, mine = set(rep["terms"]) - names, set(sig["terms"]) - names
    return len(top & mine) / len(top | mine) if top | mine else 0.0


def _min_words(sig: dict[str, Any], rep: dict[str, Any], actors: float) -> float:
    """The act words a link must share (`act_words`) when the rest of its evidence says little:
    rivals accuse, praise and answer each other every few days, and one source acts many times a day. Two sides dated
    only by their publication need `repeat_min_similarity`; named roles agreeing on one side only (or none) need
    `one_role_min_similarity`. Both set without labels by scripts/corpus_repeats.py (docs/corpus.md, session 17)."""
    cfg = settings()
    need = cfg["repeat_min_similarity"] if not sig["exact"] and not rep["exact"] else 0.0
    return max(need, cfg["one_role_min_similarity"]) if actors <= cfg["one_role_factor"] else need


def score(sig: dict[str, Any], rep: dict[str, Any]) -> tuple[float, dict[str, Any]] | None:
    """(score, features) of linking the mention to the corpus event, or None when a hard constraint fails."""
    cfg = settings()
    if sig["mod"] != rep["mod"]:
        return None
    if sig["day"] is None or rep["lo"] is None or sig.get("told_reading") and not rep["exact"]:
        return None  # the story's day of an undated report is compared with acts dated in their own words only
    days = days_apart(sig, rep)
    if days is None:
        return None
    dist, window = days
    if sig.get("country") and rep["countries"] and sig["country"] not in rep["countries"]:
        return None
    if _far(sig, rep):
        return None
    sim = similarity(sig, rep)
    got = _type_and_actors(sig, rep, sim)
    if got is None:
        return None
    type_f, actors = got
    top = set(rep["terms"])
    mine = set(sig["terms"])
    if act_words(sig, rep) < _min_words(sig, rep, actors):
        return None
    feats = {
        "type": type_f,
        "date": round((1 - dist / (window + 1)) * (1.0 if sig["exact"] and rep["exact"] else cfg["inexact_date_factor"]), 3),
        "actors": round(actors, 3),
        "place": 1.0 if sig.get("country") and sig["country"] in rep["countries"] else 0.5,
        "terms": round(len(top & mine) / len(top | mine), 3) if (top or mine) else 0.0,
    }
    total = sum(cfg["weights"][k] * v for k, v in feats.items())
    feats["days_apart"] = dist
    feats["similarity"], feats["similarity_by"] = sim
    return round(total, 4), feats
