"""`score(system, gold)`: every figure of ../shared/eval/GOLD.md for a set of records.

Dateline's own implementation of the published rules, kept equal to the
reference scorer (`../shared/eval/score.py`) by tests/test_evaluate.py. It adds
what an engineer needs to improve the system: event P/R/F1 per PLOVER type,
what the system put on each missed gold event's evidence (nothing, another
type, the right type with unmatched roles), precision per confidence band.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable

from .match import (NAME_WORD_LIMIT, ROLE_SWAPPABLE, actor_names, any_name_matches, canon, claim_matches,
                    event_date_correct, find_span, overlap, pair_one_to_one, record_span, time_words_match)

CONFIDENCE_BANDS = ((0.0, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01))
NO_EVENT, OTHER_ROLES = "(none)", "(roles)"  # what sat on a missed gold event's evidence


@dataclass
class Tally:
    """Counts gathered over all articles."""
    n: Counter = field(default_factory=Counter)
    per_type: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    confusion: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    bands: dict[tuple[float, float], Counter] = field(default_factory=lambda: defaultdict(Counter))
    wrong_type: Counter = field(default_factory=Counter)  # (gold type, system type) on a missed event
    # reliability: tenth of confidence -> [events, right events, sum of their confidences]
    tenths: dict[int, list] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0.0]))


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return round(p, 3), round(r, 3), round(2 * p * r / (p + r), 3) if p + r else 0.0


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def _event_fits(rec: dict) -> Callable[[dict, dict], bool]:
    """Whether a system event matches a gold event: an accepted type and matching roles."""
    by_id = {a.get("id"): a for a in rec.get("actors") or []}

    def names(ids):
        return [n for i in ids or [] if i in by_id for n in actor_names(rec, by_id[i])]

    def fits(ge: dict, se: dict) -> bool:
        if se.get("type") not in {ge["type"], *ge.get("also", [])}:
            return False
        src, tgt, oth = names(se.get("source")), names(se.get("target")), names(se.get("others"))
        gs, gt = ge.get("source") or [], ge.get("target") or []

        def ok(s, tt):
            return (not gs or any_name_matches(s, gs)) and (not gt or any_name_matches(tt, gt))
        return ok(src, tgt) or (se.get("type") in ROLE_SWAPPABLE and (ok(src, tgt + oth) or ok(tgt, src + oth)))
    return fits


def _what_sat_on(ge: dict, at: tuple[int, int] | None, system: list[dict], sys_at: list, free: set[int]) -> str:
    """For a missed gold event: OTHER_ROLES when an unpaired system event of an accepted type overlaps
    its evidence, else the type of an unpaired system event that does, else NO_EVENT."""
    near = [system[si].get("type") or "?" for si in sorted(free) if at and sys_at[si] and overlap(at, sys_at[si])]
    if any(t in {ge["type"], *ge.get("also", [])} for t in near):
        return OTHER_ROLES
    return near[0] if near else NO_EVENT


def _band(confidence: Any) -> tuple[float, float]:
    conf = max(float(confidence or 0.0), 0.0)
    return next((b for b in CONFIDENCE_BANDS if b[0] <= conf < b[1]), CONFIDENCE_BANDS[-1])


def _score_events(rec: dict, g: dict, t: Tally) -> None:
    text = rec["article"].get("text") or ""
    gold, system = g.get("events", []), rec.get("events") or []
    taken: set = set()
    gold_at = [find_span(text, ge.get("evidence") or "", taken) if text else None for ge in gold]
    sys_at = [record_span(text, se.get("evidence") or {}) if text else None for se in system]
    pairs = pair_one_to_one(gold, system, _event_fits(rec), lambda gi, si: int(bool(
        gold_at[gi] and sys_at[si] and overlap(gold_at[gi], sys_at[si]))))
    free = set(range(len(system))) - set(pairs.values())
    for gi, ge in enumerate(gold):
        if ge.get("optional"):
            continue
        if gi in pairs:
            se = system[pairs[gi]]
            t.n["ev_tp"] += 1
            t.per_type[ge["type"]]["tp"] += 1
            t.confusion[ge["type"]][se["type"]] += 1
            t.n["ev_mod_ok"] += int((se.get("modality") or "asserted") == ge.get("modality", "asserted"))
            ok = event_date_correct(se.get("date"), ge)
            if ok is not None:
                t.n["ev_date_n"] += 1
                t.n["ev_date_ok"] += int(ok)
        else:
            t.n["ev_fn"] += 1
            t.per_type[ge["type"]]["fn"] += 1
            got = _what_sat_on(ge, gold_at[gi], system, sys_at, free)
            t.confusion[ge["type"]][got] += 1
            t.n["ev_miss_none" if got == NO_EVENT else "ev_miss_roles" if got == OTHER_ROLES else "ev_miss_type"] += 1
            if got not in (NO_EVENT, OTHER_ROLES):
                t.wrong_type[ge["type"], got] += 1
    t.n["ev_fp"] += len(free)
    required = {si for gi, si in pairs.items() if not gold[gi].get("optional")}
    for si, se in enumerate(system):
        if si in free or si in required:
            _reliability(t, se.get("confidence"), si in required)
        if si in free:
            t.bands[_band(se.get("confidence"))]["fp"] += 1
            t.per_type[se.get("type") or "?"]["fp"] += 1
            on_gold = any(sys_at[si] and at and overlap(sys_at[si], at) for at in gold_at)
            t.n["ev_fp_on_gold" if on_gold else "ev_fp_elsewhere"] += 1
        elif si in required:  # a match with an optional gold event is neither right nor wrong
            t.bands[_band(se.get("confidence"))]["tp"] += 1


def _reliability(t: Tally, confidence: Any, right: bool) -> None:
    conf = min(max(float(confidence or 0.0), 0.0), 1.0)
    cell = t.tenths[min(int(conf * 10), 9)]
    cell[0] += 1
    cell[1] += int(right)
    cell[2] += conf


def reliability(t: Tally) -> dict[str, Any]:
    """Per tenth of confidence (events, mean confidence, share right) and the expected calibration error: the
    events-weighted mean gap between an event's confidence and how often events so confident are right."""
    rows = {f"{b / 10:.1f}-{(b + 1) / 10:.1f}": (n, round(s / n, 3), round(ok / n, 3))
            for b, (n, ok, s) in sorted(t.tenths.items()) if n}
    total = sum(n for n, _, _ in t.tenths.values())
    ece = sum(abs(s - ok) for n, ok, s in t.tenths.values()) / total if total else None
    return {"events_reliability": rows, "events_calibration_error": None if ece is None else round(ece, 3)}


def _score_quotes(rec: dict, g: dict, t: Tally) -> None:
    text = rec["article"].get("text") or ""
    gold, system = g.get("quotes", []), rec.get("quotes") or []
    by_id = {a.get("id"): a for a in rec.get("actors") or []}
    taken: set = set()
    gspans = [find_span(text, q["text"], taken) if text else None for q in gold]
    sspans = [record_span(text, q) if text else None for q in system]
    for q, gsp in zip(gold, gspans):
        if q.get("optional"):
            continue
        best = max(((overlap(gsp, ssp), si) for si, ssp in enumerate(sspans) if gsp and ssp), default=(0, None))
        if best[1] is None or best[0] < 0.5 * (gsp[1] - gsp[0]):
            t.n["q_fn"] += 1
            continue
        t.n["q_tp"] += 1
        sq = system[best[1]]
        if sq.get("speaker") in by_id:
            spk = actor_names(rec, by_id[sq["speaker"]])
        else:
            st = canon(sq.get("speaker_text"))
            spk = [st] if st and len(st.split()) <= NAME_WORD_LIMIT else []
        t.n["q_spk_ok"] += int(any_name_matches(spk, q["speaker"]))
    for ssp in sspans:
        inside = 0
        if ssp:
            cursor = ssp[0]
            for gs, ge in sorted(gsp for gsp in gspans if gsp and overlap(ssp, gsp)):
                gs, ge = max(gs, cursor, ssp[0]), min(ge, ssp[1])
                if ge > gs:
                    inside += ge - gs
                    cursor = ge
        t.n["q_sys_ok"] += int(bool(ssp) and inside >= 0.5 * (ssp[1] - ssp[0]))
    t.n["q_sys"] += len(system)


def _score_times(rec: dict, g: dict, t: Tally) -> None:
    text = rec["article"].get("text") or ""
    gold, system = g.get("times", []), rec.get("times") or []
    taken: set = set()
    gold_at = [find_span(text, x["text"], taken) if text else None for x in gold]
    sys_at = [record_span(text, x) if text else None for x in system]
    gpos = {id(x): i for i, x in enumerate(gold)}
    spos = {id(x): i for i, x in enumerate(system)}

    def fits(gx: dict, sx: dict) -> bool:
        a, b = gold_at[gpos[id(gx)]], sys_at[spos[id(sx)]]
        if a and b:
            return overlap(a, b) > 0 and b[1] - b[0] <= 2 * (a[1] - a[0]) + 15
        return time_words_match(gx["text"], sx.get("text"))

    pairs = pair_one_to_one(gold, system, fits)
    for gi, si in pairs.items():
        if not gold[gi].get("optional"):
            t.n["t_tp"] += 1
            t.n["t_val_ok"] += int(str(system[si].get("value") or "").split("T")[0] ==
                                   str(gold[gi]["value"] or "").split("T")[0])
    t.n["t_fn"] += sum(1 for gi, x in enumerate(gold) if gi not in pairs and not x.get("optional"))
    t.n["t_fp"] += len(system) - len(pairs)


def _score_actors_provenance_conflicts(rec: dict, g: dict, t: Tally) -> None:
    actors = rec.get("actors") or []
    for ga in g.get("actors", []):
        t.n["a_n"] += 1
        wanted = [ga["name"], *ga.get("aliases", [])]
        exact = {canon(n) for n in wanted}
        hit = next((a for a in actors if exact & set(actor_names(rec, a))), None) or \
            next((a for a in actors if any_name_matches(actor_names(rec, a), wanted)), None)
        if hit:
            t.n["a_found"] += 1
            t.n["a_country_ok"] += int((hit.get("country") or None) == ga.get("country"))
            t.n["a_sector_ok"] += int((hit.get("sector") or None) == ga.get("sector"))
    gp, art = g.get("provenance"), rec.get("article") or {}
    if gp:
        for k in ("authors", "cited_sources"):
            t.n["prov_n"] += 1
            t.n["prov_ok"] += int({canon(x) for x in gp.get(k) or []} == {canon(x) for x in art.get(k) or []})
        for k in ("outlet", "original_publisher"):
            t.n["prov_n"] += 1
            t.n["prov_ok"] += int(canon(gp.get(k)) == canon(art.get(k)))
    claims = {c.get("id"): c for c in rec.get("claims") or []}
    linked = {tuple(sorted((c.get("id"), other))) for c in claims.values()
              for other in c.get("conflicts_with") or [] if other in claims}
    t.n["cf_sys"] += len(linked)
    for cf in g.get("conflicts", []):
        t.n["cf_n"] += 1
        t.n["cf_found"] += int(any(
            (claim_matches(cf["a"], claims[i].get("text")) and claim_matches(cf["b"], claims[j].get("text"))) or
            (claim_matches(cf["b"], claims[i].get("text")) and claim_matches(cf["a"], claims[j].get("text")))
            for i, j in linked))


def score(system: dict[str, dict], gold: dict[str, dict]) -> dict[str, Any]:
    """All figures of GOLD.md for the system records (by article id) against the gold."""
    t = Tally()
    empty = {"article": {}, "actors": [], "events": [], "quotes": [], "times": [], "claims": []}
    for gid, g in gold.items():
        rec = system.get(gid)
        if rec is None:
            t.n["missing"] += 1
            rec = empty
        _score_events(rec, g, t)
        _score_quotes(rec, g, t)
        _score_times(rec, g, t)
        _score_actors_provenance_conflicts(rec, g, t)
    n = t.n
    qp = n["q_sys_ok"] / n["q_sys"] if n["q_sys"] else 0.0
    qr = n["q_tp"] / (n["q_tp"] + n["q_fn"]) if n["q_tp"] + n["q_fn"] else 0.0
    return {
        "articles": len(gold), "missing": n["missing"],
        "events_prf": _prf(n["ev_tp"], n["ev_fp"], n["ev_fn"]),
        "events_date_acc": _ratio(n["ev_date_ok"], n["ev_date_n"]),
        "events_modality_acc": _ratio(n["ev_mod_ok"], n["ev_tp"]),
        "quotes_prf": (round(qp, 3), round(qr, 3), round(2 * qp * qr / (qp + qr), 3) if qp + qr else 0.0),
        "quotes_speaker_acc": _ratio(n["q_spk_ok"], n["q_tp"]),
        "times_prf": _prf(n["t_tp"], n["t_fp"], n["t_fn"]),
        "times_value_acc": _ratio(n["t_val_ok"], n["t_tp"]),
        "actors_found": _ratio(n["a_found"], n["a_n"]),
        "actors_country_acc": _ratio(n["a_country_ok"], n["a_n"]),
        "actors_sector_acc": _ratio(n["a_sector_ok"], n["a_n"]),
        "provenance_acc": _ratio(n["prov_ok"], n["prov_n"]),
        "conflicts_recall": _ratio(n["cf_found"], n["cf_n"]),
        "conflict_pairs_emitted": n["cf_sys"],
        "events_by_type": {k: _prf(v["tp"], v["fp"], v["fn"]) + (v["tp"] + v["fn"], v["tp"] + v["fp"])
                           for k, v in sorted(t.per_type.items())},
        "events_confusion": {k: dict(v.most_common()) for k, v in sorted(t.confusion.items())},
        **_event_diagnosis(t),
        **reliability(t),
        "events_precision_by_confidence": {
            f"{lo:.1f}-{min(hi, 1.0):.1f}": (_ratio(v["tp"], v["tp"] + v["fp"]), v["tp"] + v["fp"])
            for (lo, hi), v in sorted(t.bands.items())},
        "counts": dict(n),
    }



def _event_diagnosis(t: Tally) -> dict[str, Any]:
    """Missed gold events by what sat on their evidence, the wrong-type confusions, where false positives fell."""
    n = t.n
    return {
        "events_missed_by_cause": {"no system event": n["ev_miss_none"], "another type": n["ev_miss_type"],
                                   "right type, roles unmatched": n["ev_miss_roles"]},
        "events_wrong_type": {f"{g} -> {s}": c for (g, s), c in sorted(t.wrong_type.items(),
                                                                       key=lambda x: (-x[1], x[0]))},
        "events_false_positives": {"on a gold event's evidence": n["ev_fp_on_gold"],
                                   "elsewhere": n["ev_fp_elsewhere"]},
    }
