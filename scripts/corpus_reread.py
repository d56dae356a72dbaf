"""How the corpus events' reread sentences (corpus/reread.py, issue 12, session 19) score: figures only, no text.

  python scripts/corpus_eval.py invented --db /tmp/inv.db     # extract (and link) every invented batch once
  python scripts/corpus_reread.py invented --db /tmp/inv.db [--batches ,ak,al,am] [--off]
  python scripts/corpus_eval.py extract --db /tmp/set.db       # the linking set
  python scripts/corpus_reread.py set --db /tmp/set.db [--off]
  python scripts/corpus_reread.py shift --db /tmp/cal.db [--off]   # PolNeAR train windows outside the set

Each command relinks the store (`--off`: with `linking.json` `reread` off, the figures before) and prints:
- invented: rereads whose article is in the corpus event's story (a story's articles report one occasion) or another
  story (false); graded against the hand-grouped mentions (`invented/mentions.tsv`: the gold mention a reread sentence
  overlaps has the corpus event's label, another label, or none is listed); the gold mention pairs of two outlets
  whose sides share a corpus event by an event or a reread; story article pairs of two outlets sharing one; gold events
  of several outlets whose outlet count is exact (`outlet_count_exactness` over the (article, label) items).
- set: the same against the hand grouping of the linking set (gold.tsv spans, also rows today's extractor no longer
  attaches): rereads right / wrong / ungraded, cross-outlet gold pairs linked by events, or by events and rereads.
- shift: the articles of the first month moved 30 days later (dates of events and times too): rereads joining an
  article of the other half to a corpus event are false, those within a half true and false at the same density.
"""
from __future__ import annotations

import argparse
import copy
import csv
import json
import sqlite3
import sys
from collections import Counter
from contextlib import contextmanager
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus_eval as ce  # noqa: E402


OVERRIDES: dict[str, object] = {}


@contextmanager
def _reread(on: bool):
    """Link with re-reading on or off and the `--option` settings (the packaged settings are read once per process)."""
    from dateline.corpus.signature import settings
    cfg = settings()
    was = dict(cfg)
    cfg.update(OVERRIDES, reread=on)
    try:
        yield
    finally:
        cfg.clear()
        cfg.update(was)


def _relink(conn, on: bool) -> None:
    from dateline.corpus import update
    with _reread(on):
        update(conn, relink=True)


def _spans(rows: list[list[str]]) -> dict[str, list[tuple[int, int, str]]]:
    out: dict[str, list] = {}
    for art, _m, label, _t, _mod, start, end, *_ in rows:
        out.setdefault(art, []).append((int(start), int(end), label))
    return out


def _label(spans: dict, art: str, start, end) -> str | None:
    """The label of the gold mention a span overlaps most (None: none)."""
    if start is None:
        return None
    over = [(min(end, e) - max(start, s), lab) for s, e, lab in spans.get(art, ()) if min(end, e) > max(start, s)]
    return max(over)[1] if over else None


def _cover(conn, spans: dict) -> tuple[dict, dict]:
    """(article, gold label) -> corpus events by event mentions, and by event mentions and rereads (and, since
    session 23, the doer-less reports attached to corpus events, `corpus_unattributed`, when the store has them)."""
    events: dict[tuple[str, str], set[int]] = {}
    for art, cev, start, end in conn.execute(
            "SELECT article_id, corpus_event_id, evidence_start, evidence_end FROM corpus_mentions"):
        if (lab := _label(spans, art, start, end)) is not None:
            events.setdefault((art, lab), set()).add(cev)
    both = {k: set(v) for k, v in events.items()}
    for art, cev, start, end in _weaker(conn):
        if (lab := _label(spans, art, start, end)) is not None:
            both.setdefault((art, lab), set()).add(cev)
    return events, both


def _weaker(conn, tables: tuple[str, ...] = ("corpus_rereads", "corpus_unattributed")) -> list[tuple]:
    """(article, corpus event, start, end) of the weaker mentions: reread sentences and attached doer-less reports."""
    out = []
    for table in tables:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone():
            out += conn.execute(f"SELECT article_id, corpus_event_id, evidence_start, evidence_end FROM {table} "
                                "WHERE corpus_event_id IS NOT NULL").fetchall()
    return out


def _graded(conn, spans: dict, articles=None, table: str = "corpus_rereads") -> Counter:
    """Each reread against the labels of the corpus event's event mentions: right, wrong, or no gold mention under
    its sentence (ungraded; also when the corpus event's mentions carry no label)."""
    labels: dict[int, Counter] = {}
    for art, cev, start, end in conn.execute(
            "SELECT article_id, corpus_event_id, evidence_start, evidence_end FROM corpus_mentions"):
        if (lab := _label(spans, art, start, end)) is not None:
            labels.setdefault(cev, Counter())[lab] += 1
    out: Counter = Counter()
    for art, cev, start, end in _weaker(conn, (table,)):
        if articles is not None and art not in articles:
            continue
        mine, theirs = _label(spans, art, start, end), set(labels.get(cev, ()))
        out["rereads"] += 1
        out["right" if mine in theirs else "wrong" if mine and theirs else "ungraded"] += 1
        if mine not in theirs and theirs & {lab for _s, _e, lab in spans.get(art, ())}:
            out["not right, but the article reports the event elsewhere"] += 1  # its outlet is counted rightly
    return out


def _pairs(rows: list, outlet: dict, cover: dict) -> dict:
    linked = total = 0
    for a, b in combinations(rows, 2):
        if a[2] != b[2] or a[0] not in outlet or b[0] not in outlet or outlet[a[0]] == outlet[b[0]]:
            continue
        total += 1
        linked += bool(cover.get((a[0], a[2]), set()) & cover.get((b[0], b[2]), set()))
    return {"pairs": total, "linked": linked}


def _outlet_counts(rows: list, outlet: dict, events: dict, both: dict) -> dict:
    """Gold events reported in several outlets whose distinct-outlet count is given exactly (`outlet_count_exactness`
    over (article, label) items; an item no corpus event covers is its own), by events and by events and rereads."""
    from dateline.corpus.evaluate import outlet_count_exactness
    gold = {(r[0], r[2]): r[2] for r in rows if r[0] in outlet}
    several = {g for g in set(gold.values()) if len({outlet[a] for a, lab in gold if lab == g}) > 1}
    gold = {k: v for k, v in gold.items() if v in several}
    out_of = {k: outlet[k[0]] for k in gold}
    pred = lambda cover: {k: min(cover[k]) for k in gold if cover.get(k)}  # noqa: E731
    return {"events": len(several), "exact_by_events": outlet_count_exactness(pred(events), gold, out_of),
            "exact_by_events_and_rereads": outlet_count_exactness(pred(both), gold, out_of)}


def _invented(conn, wanted) -> tuple[dict, list]:
    """(article -> outlet, hand-grouped mention rows) of the invented batches `wanted` (None: all)."""
    outlet = {r[0]: r[1] or r[0] for r in conn.execute("SELECT id, outlet FROM articles")
              if wanted is None or ce.batch_of(r[0]) in wanted}
    with open(ce.INVENTED / "mentions.tsv", encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#") and r[0] in outlet]
    return outlet, rows


def cmd_invented(db: str, on: bool, batches: str | None) -> dict:
    wanted = ce._batch_set(batches) if batches else None
    with sqlite3.connect(db) as conn:
        _relink(conn, on)
        outlet, rows = _invented(conn, wanted)
        spans = _spans(rows)
        events, both = _cover(conn, spans)
        story: Counter = Counter()
        shared: dict[int, set[str]] = {}
        for art, cev in conn.execute("SELECT article_id, corpus_event_id FROM corpus_mentions"):
            if art in outlet:
                shared.setdefault(cev, set()).add(art)
        for art, cev, _s, _e in _weaker(conn):
            if art in outlet:
                shared.setdefault(cev, set()).add(art)
        for table in ("corpus_rereads", "corpus_unattributed"):
            for art, cev, _s, _e in _weaker(conn, (table,)):
                if art in outlet:
                    mates = {a for a, in conn.execute("SELECT article_id FROM corpus_mentions WHERE corpus_event_id = ?",
                                                       (cev,))}
                    same = any(ce.story_of(a) == ce.story_of(art) for a in mates)
                    story[("" if table == "corpus_rereads" else "doer-less ") + ("same story" if same else "other story")] += 1
        pairs = {frozenset((a, b)) for arts in shared.values() for a in arts for b in arts
                 if a != b and ce.story_of(a) == ce.story_of(b) and outlet[a] != outlet[b]}
        all_pairs = {frozenset((a, b)) for a in outlet for b in outlet
                     if a < b and ce.story_of(a) == ce.story_of(b) and outlet[a] != outlet[b]}
        return {"reread": on, "rereads_by_story": dict(story), "hand_graded": dict(_graded(conn, spans, outlet)),
                "unattributed_graded": dict(_graded(conn, spans, outlet, "corpus_unattributed")),
                "gold_pairs_two_outlets_by_events": _pairs(rows, outlet, events),
                "gold_pairs_two_outlets_by_events_and_rereads": _pairs(rows, outlet, both),
                "outlet_counts_multi_outlet": _outlet_counts(rows, outlet, events, both),
                "story_article_pairs_two_outlets": len(all_pairs), "sharing_a_corpus_event": len(pairs & all_pairs)}


def cmd_set(db: str, on: bool) -> dict:
    with sqlite3.connect(db) as conn:
        _relink(conn, on)
        with open(ce.SET / "gold.tsv", encoding="utf-8") as fh:
            gold = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
        # gold.tsv: article, event, label, type, modality, start, end; '-' is an event of its own
        rows = [[r[0], r[1], r[2] if r[2] != "-" else f"single:{r[0]}:{r[1]}", r[3], r[4], r[5], r[6]] for r in gold]
        outlet = {r[0]: r[1] or r[0] for r in conn.execute("SELECT id, outlet FROM articles")}
        spans = _spans(rows)
        events, both = _cover(conn, spans)
        return {"reread": on, "hand_graded": dict(_graded(conn, spans)),
                "unattributed_graded": dict(_graded(conn, spans, None, "corpus_unattributed")),
                "cross_outlet_gold_pairs_by_events": _pairs(rows, outlet, events),
                "cross_outlet_gold_pairs_by_events_and_rereads": _pairs(rows, outlet, both),
                "outlet_counts_multi_outlet": _outlet_counts(rows, outlet, events, both)}


def _stage(rep: dict, rec: dict, start: int, opts: dict, common: frozenset) -> tuple[str, dict]:
    """The first reread gate the gold mention at `start` of article `rec` fails for the corpus event `rep`."""
    from dateline.corpus import reread as rr
    from dateline.corpus.signature import day_number
    if not set(rr.article_keys(rec)) & rr.held_keys(rep):
        return "article names no participant", {}
    span = next(((s, e) for s, e in rr.sentence_spans(rec["article"].get("text") or "") if s <= start < e), None)
    sent = next((x for x in rr.read_article(rec) if span and x["start"] == span[0]), None)
    if sent is None:
        text = (rec["article"].get("text") or "")[span[0]:span[1]] if span else ""
        trig = [t.lower() for t in rr._TOKEN.findall(text) if t.lower() in rr.trigger_table()]
        return ("sentence names no participant" if trig else "no trigger word"), {}
    published = day_number(rec["article"].get("date"))
    lone = rr.match(rep, [sent], published, dict(opts, common=common))
    if lone is not None:
        return "another sentence chosen", {}
    w = opts["window"]
    if sent["days"] and not any(rep["lo"] - 1 <= d <= rep["hi"] + 1 for d in sent["days"]):
        return "another day", {}
    info = {"trigger_types": sorted({t for _, ts, _, _ in sent["triggers"] for t in ts}), "rep_types": rep["types"]}
    mods = [x for x in sent["triggers"] if x[2] == rep["mod"]]
    if not mods:
        return "modality class", info
    typed = [x for x in mods if rr._compatible(x[1], rep, opts["types"])]
    if not typed:
        return "trigger type", info
    shared = [rr._shared(sent, rep, opts["roles"], x[3]) for x in typed]
    shared = [s for s in shared if s is not None]
    if not shared:
        return "participant", info
    if common and not set(shared[0]) - common:
        return "participant common", info
    if not rep["lo"] - w <= published <= rep["hi"] + w:
        return "published later, undated", info
    return "act words", dict(info, act_words=round(rr._act_words(sent["text"], rep), 3))


def cmd_why(db: str, batches: str | None, show: bool) -> dict:
    """For each gold mention of two outlets' pair with an extracted event's corpus event on the other side and no
    event or reread of its own there: the reread gate it fails."""
    from dateline.corpus.link import Linker
    from dateline.corpus.reread import Rereader
    wanted = ce._batch_set(batches) if batches else None
    with sqlite3.connect(db) as conn:
        _relink(conn, True)
        outlet, rows = _invented(conn, wanted)
        events, both = _cover(conn, _spans(rows))
        linker, rereader = Linker(conn), Rereader(conn)
        recs = {aid: json.loads(r[0]) for aid in outlet
                for r in conn.execute("SELECT record FROM articles WHERE id = ?", (aid,))}
        stages: Counter = Counter()
        for art, _m, label, _t, _mod, start, *_ in rows:
            if (art, label) in both:
                continue
            cevs = {c for (a, lab), cs in events.items() if lab == label and outlet[a] != outlet[art] for c in cs}
            for cev in sorted(cevs):
                rep = linker.rep(cev)
                stage, info = _stage(rep, recs[art], int(start), rereader.opts, rereader._common(rep))
                stages[stage] += 1
                if show:
                    print(f"{art}:{_m}\t{label}\tcorpus event {cev}\t{stage}\t{json.dumps(info)}", file=sys.stderr)
        return {"gold_mentions_without_event_or_reread_beside_a_corpus_event_of_their_label": dict(stages)}


def _later(value, days: int):
    if not value or len(value) < 10 or not value[:4].isdigit():
        return value
    try:
        return (date.fromisoformat(value[:10]) + timedelta(days=days)).isoformat() + value[10:]
    except ValueError:
        return value


def _shifted(rec: dict, days: int) -> dict:
    rec = copy.deepcopy(ce._shifted(rec, days))
    for t in rec.get("times") or []:
        t["value"] = _later(t.get("value"), days)
    return rec


def cmd_shift(db: str, on: bool, days: int = 30) -> dict:
    from dateline.store import Store
    with sqlite3.connect(db) as conn:
        recs = [json.loads(r[0]) for r in conn.execute("SELECT record FROM articles ORDER BY date, id")]
    cut = min(r["article"]["date"][:7] for r in recs)
    moved = {r["article"]["id"] for r in recs if r["article"]["date"][:7] == cut}
    st = Store(":memory:")
    st.upsert_records([_shifted(r, days) if r["article"]["id"] in moved else r for r in recs])
    _relink(st.conn, on)
    mates: dict[int, set[str]] = {}
    for a, c in st.conn.execute("SELECT article_id, corpus_event_id FROM corpus_mentions"):
        mates.setdefault(c, set()).add(a)
    counts: Counter = Counter()
    for a, c in st.conn.execute("SELECT article_id, corpus_event_id FROM corpus_rereads"):
        counts["across halves (false)" if all((a in moved) != (m in moved) for m in mates[c]) else "within"] += 1
    return {"reread": on, "articles": len(recs), "moved": len(moved), "rereads": dict(counts)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("step", choices=("invented", "set", "shift", "why"))
    ap.add_argument("--db", required=True)
    ap.add_argument("--batches", default=None, help="invented: only these (as corpus_eval.py invented --batches)")
    ap.add_argument("--pairs", action="store_true", help="why: each gold mention's gate on stderr")
    ap.add_argument("--off", action="store_true", help="link without re-reading (the figures before)")
    ap.add_argument("--option", action="append", default=[],
                    help="a linking.json setting for this run, KEY=JSON (e.g. reread_types='\"type\"')")
    args = ap.parse_args()
    for item in args.option:
        key, _, value = item.partition("=")
        OVERRIDES[key] = json.loads(value)
    on = not args.off
    out = {"invented": lambda: cmd_invented(args.db, on, args.batches), "set": lambda: cmd_set(args.db, on),
           "shift": lambda: cmd_shift(args.db, on),
           "why": lambda: cmd_why(args.db, args.batches, args.pairs)}[args.step]()
    print(json.dumps(dict(out, options=OVERRIDES), indent=1))


if __name__ == "__main__":
    main()
