"""Scoring `dateline/article@1` records against gold files (../shared/eval/GOLD.md).

Dateline's own implementation of the published matching rules, kept in
agreement with the reference scorer by a test. It adds what an engineer
needs to improve the system: event P/R/F1 per type, a type confusion
table, precision per confidence band, and actor matching.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Callable, Iterable

_WORD = re.compile(r"\w+", re.UNICODE)
NAME_WORD_LIMIT = 8
ROLE_SWAPPABLE = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_FUNCTION_WORDS = frozenset(
    "a an the and or but of to in on at for with by from as is are was were be been it its this that these "
    "those he she they we you i his her their our your not will would has have had do does did".split())
CONFIDENCE_BANDS = ((0.0, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01))


def words(s: str | None) -> list[str]:
    return _WORD.findall((s or "").lower().replace("\u2019", "'"))


def canon(s: str | None) -> str:
    return " ".join(words(s))


def load_gold(paths: Iterable[str | Path]) -> dict[str, dict]:
    """Gold objects by article id from gold files or directories of `*.gold.json`."""
    gold = {}
    for p in map(Path, paths):
        files = sorted(p.glob("*.gold.json")) if p.is_dir() else [p]
        for f in files:
            g = json.loads(f.read_text(encoding="utf-8"))
            gold[g["id"]] = g
    return gold


# ------------------------------------------------------------------ names

def actor_names(record: dict, actor: dict) -> list[str]:
    """An actor's canonical name and the mentions whose offsets reproduce their text."""
    text = record["article"].get("text") or ""
    out = [canon(actor.get("name"))]
    for m in actor.get("mentions") or []:
        s, e, t = m.get("start"), m.get("end"), m.get("text") or ""
        if text and isinstance(s, int) and isinstance(e, int) and text[s:e] != t:
            continue
        out.append(canon(t))
    return [n for n in out if n and len(n.split()) <= NAME_WORD_LIMIT]


def _within(big: str, small: str) -> bool:
    return len(small) > 2 and f" {small} " in f" {big} "


def any_name_matches(system: list[str], gold: list[str]) -> bool:
    wanted = [canon(g) for g in gold if canon(g)]
    return any(g == s or _within(s, g) or _within(g, s) for g in wanted for s in system)


# ------------------------------------------------------------------ spans and dates

def find_span(text: str, needle: str, taken: set) -> tuple[int, int] | None:
    """First occurrence of needle (either apostrophe) not yet taken."""
    for form in (needle, needle.replace("'", "\u2019"), needle.replace("\u2019", "'")):
        pos = 0
        while form:
            i = text.find(form, pos)
            if i < 0:
                break
            span = (i, i + len(form))
            if span not in taken:
                taken.add(span)
                return span
            pos = i + 1
    return None


def record_span(text: str, item: dict) -> tuple[int, int] | None:
    s, e = item.get("start"), item.get("end")
    if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text):
        return s, e
    return find_span(text, item.get("text") or "", set())


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def date_range(value: str | None) -> tuple[date, date] | None:
    """The days an ISO day, week, month or year covers."""
    v = (value or "").strip()
    try:
        if re.fullmatch(r"\d{4}-W\d{2}.*", v):
            first = date.fromisocalendar(int(v[:4]), int(v[6:8]), 1)
            return first, first + timedelta(days=6)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", v):
            d = date.fromisoformat(v[:10])
            return d, d
        if re.fullmatch(r"\d{4}-\d{2}", v):
            first = date(int(v[:4]), int(v[5:7]), 1)
            following = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
            return first, following - timedelta(days=1)
        if re.fullmatch(r"\d{4}", v):
            return date(int(v), 1, 1), date(int(v), 12, 31)
    except ValueError:
        return None
    return None


def event_date_correct(sys_date: Any, gold_event: dict) -> bool | None:
    if not gold_event.get("date"):
        return None
    value = sys_date.get("value") if isinstance(sys_date, dict) else sys_date
    g, s = date_range(gold_event["date"]), date_range(value)
    if not g or not s:
        return False
    slack = timedelta(days=gold_event.get("date_slack_days") or 0)
    return g[0] - slack <= s[0] and s[1] <= g[1] + slack


def pair_one_to_one(gold: list[dict], system: list[dict], fits: Callable[[dict, dict], bool],
                    preference: Callable[[int, int], int] = lambda gi, si: 0) -> dict[int, int]:
    """Maximum matching, required gold items first, then optional ones (augmenting paths)."""
    options = {gi: sorted((si for si, s in enumerate(system) if fits(g, s)), key=lambda si: -preference(gi, si))
               for gi, g in enumerate(gold)}
    holder: dict[int, int] = {}

    def place(gi: int, visited: set) -> bool:
        for si in options[gi]:
            if si in visited:
                continue
            visited.add(si)
            if si not in holder or place(holder[si], visited):
                holder[si] = gi
                return True
        return False

    for want_optional in (False, True):
        for gi, g in enumerate(gold):
            if bool(g.get("optional")) is want_optional:
                place(gi, set())
    return {gi: si for si, gi in holder.items()}


def content_words(s: str) -> set[str]:
    w = set(words(s))
    return (w - _FUNCTION_WORDS) or w


def claim_matches(gold_text: str, sys_text: str | None) -> bool:
    a, b = content_words(gold_text), content_words(sys_text or "")
    if not a or not b:
        return False
    shared = len(a & b)
    return shared / len(a) >= 0.5 and shared / len(b) >= 0.4


def time_words_match(gold_text: str, sys_text: str | None) -> bool:
    a, b = set(words(gold_text)), set(words(sys_text))
    return bool(a and b) and len(a & b) / len(a | b) >= 0.5


# ------------------------------------------------------------------ the scorer

@dataclass
class Tally:
    n: Counter = field(default_factory=Counter)
    per_type: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    confusion: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    bands: dict[tuple[float, float], Counter] = field(default_factory=lambda: defaultdict(Counter))


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return round(p, 3), round(r, 3), round(2 * p * r / (p + r), 3) if p + r else 0.0


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def _score_events(rec: dict, g: dict, t: Tally) -> None:
    text = rec["article"].get("text") or ""
    gold, system = g.get("events", []), rec.get("events") or []
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

    taken: set = set()
    gold_at = [find_span(text, ge.get("evidence") or "", taken) if text else None for ge in gold]
    sys_at = [record_span(text, se.get("evidence") or {}) if text else None for se in system]
    pairs = pair_one_to_one(gold, system, fits, lambda gi, si: int(bool(
        gold_at[gi] and sys_at[si] and overlap(gold_at[gi], sys_at[si]))))
    paired_sys = set(pairs.values())
    for gi, si in pairs.items():
        ge, se = gold[gi], system[si]
        if ge.get("optional"):
            continue
        t.n["ev_tp"] += 1
        t.per_type[ge["type"]]["tp"] += 1
        t.n["ev_mod_ok"] += int((se.get("modality") or "asserted") == ge.get("modality", "asserted"))
        ok = event_date_correct(se.get("date"), ge)
        if ok is not None:
            t.n["ev_date_n"] += 1
            t.n["ev_date_ok"] += int(ok)
    for gi, ge in enumerate(gold):
        if gi not in pairs and not ge.get("optional"):
            t.n["ev_fn"] += 1
            t.per_type[ge["type"]]["fn"] += 1
            # confusion: which system type (if any) sat on the gold event's evidence
            hit = next((system[si]["type"] for si in range(len(system)) if si not in paired_sys and gold_at[gi]
                        and sys_at[si] and overlap(gold_at[gi], sys_at[si])), "(none)")
            t.confusion[ge["type"]][hit] += 1
    for gi, si in pairs.items():
        if not gold[gi].get("optional"):
            t.confusion[gold[gi]["type"]][system[si]["type"]] += 1
    t.n["ev_fp"] += len(system) - len(pairs)
    for si, se in enumerate(system):
        conf = float(se.get("confidence") or 0.0)
        band = next(b for b in CONFIDENCE_BANDS if b[0] <= conf < b[1]) if conf < 1.01 else CONFIDENCE_BANDS[-1]
        if si in paired_sys:
            gi = next(k for k, v in pairs.items() if v == si)
            if gold[gi].get("optional"):
                continue  # neither right nor wrong
            t.bands[band]["tp"] += 1
        else:
            t.bands[band]["fp"] += 1
            t.per_type[se.get("type") or "?"]["fp"] += 1


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
        "events_by_type": {k: _prf(v["tp"], v["fp"], v["fn"]) + (v["tp"] + v["fn"],)
                           for k, v in sorted(t.per_type.items())},
        "events_confusion": {k: dict(v) for k, v in sorted(t.confusion.items())},
        "events_precision_by_confidence": {
            f"{lo:.1f}-{min(hi, 1.0):.1f}": (_ratio(v["tp"], v["tp"] + v["fp"]), v["tp"] + v["fp"])
            for (lo, hi), v in sorted(t.bands.items())},
        "counts": dict(n),
    }


# ------------------------------------------------------------------ report

HEADLINE = ("events_prf", "events_date_acc", "events_modality_acc", "quotes_prf", "quotes_speaker_acc",
            "times_prf", "times_value_acc", "actors_found", "actors_country_acc", "actors_sector_acc",
            "provenance_acc", "conflicts_recall")


def format_report(result: dict[str, Any]) -> str:
    """The scores as a plain-text report."""
    lines = [f"articles scored: {result['articles']} (missing from output: {result['missing']})", ""]
    for k in HEADLINE:
        v = result[k]
        if isinstance(v, tuple):
            v = f"P {v[0]:.3f}  R {v[1]:.3f}  F1 {v[2]:.3f}"
        lines.append(f"  {k:<24} {v}")
    lines += ["", "events by type (P / R / F1 / gold n):"]
    for k, (p, r, f, gn) in result["events_by_type"].items():
        lines.append(f"  {k:<10} {p:.3f} {r:.3f} {f:.3f}  {gn}")
    lines += ["", "event precision by confidence band (precision, events):"]
    for band, (p, n) in result["events_precision_by_confidence"].items():
        lines.append(f"  {band}  {'-' if p is None else f'{p:.3f}'}  {n}")
    lines += ["", "type confusion (gold type -> system type on the same evidence):"]
    for k, row in result["events_confusion"].items():
        lines.append(f"  {k:<10} " + ", ".join(f"{s}:{c}" for s, c in sorted(row.items(), key=lambda x: -x[1])))
    return "\n".join(lines)


# ------------------------------------------------------------------ blind set

def blind_articles(blind_dir: str | Path, shared: str | Path) -> list[dict]:
    """The blind set's articles built from its manifest (`manifest.json`: id, date, source relative
    to ../shared — a text file or `corpus/samples.jsonl#id` — and the sha256 of the text). Raises
    ValueError naming the article when a text is missing or has changed."""
    blind_dir, shared = Path(blind_dir), Path(shared)
    manifest = json.loads((blind_dir / "manifest.json").read_text(encoding="utf-8"))
    jsonl_cache: dict[str, dict[str, dict]] = {}
    out = []
    for a in manifest["articles"]:
        path, _, key = a["source"].partition("#")
        full = shared / path
        try:
            if key:
                if path not in jsonl_cache:
                    with full.open(encoding="utf-8") as fh:
                        jsonl_cache[path] = {d["id"]: d for d in map(json.loads, fh)}
                text = jsonl_cache[path][key]["text"]
            else:
                text = full.read_text(encoding="utf-8")
        except (OSError, KeyError, ValueError) as exc:
            raise ValueError(f"blind article {a['id']}: cannot read {full}{'#' + key if key else ''} ({exc})") from exc
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != a["sha256"]:
            raise ValueError(f"blind article {a['id']}: text of {a['source']} does not match its sha256 in the manifest")
        out.append({"id": a["id"], "date": a["date"], "text": text})
    return out
