"""Why reports of one occasion stay apart on the invented batches (issue 12, session 18): figures only, no text.

  python scripts/corpus_eval.py invented --db /tmp/inv.db          # extract and link every batch once
  python scripts/corpus_apart.py --db /tmp/inv.db [--batches ,ak,al] [--pairs]

For every story's article pair of two outlets (a story's articles report one occasion), the furthest linking stage any
mention pair of the two articles reaches ('reread' when they are not linked by their events but a reread sentence of one
side is filed with a corpus event of the other's, corpus/reread.py) (`corpus_eval._why_apart`, the same stages as `diagnose` on the set): no
event extracted on one side, modality class, no participant key shared, dates, place, type family and roles, score,
or linked. For the batches with hand-grouped mentions (`invented/mentions.tsv`), the same by gold mention pair of two
outlets (one label), with 'no extracted event' when a gold mention has none overlapping it. `--pairs` prints each pair's
stage (article ids, types and the stage; no text).
"""
from __future__ import annotations

import argparse
import csv
import json
import sqlite3
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus_eval as ce  # noqa: E402

# furthest first: a pair of articles takes the best stage of its mention pairs; 'reread' (session 19): not linked by
# their events, but one side's sentence is reread for the other's corpus event (corpus/reread.py)
ORDER = ("linked", "reread", "pairwise linkable", "score", "same type family", "other type family", "place", "dates",
         "blocking", "modality class", "no extracted event")


def _stage(why: str) -> str:
    return next(s for s in ORDER if why.startswith(s))


def _mentions(conn) -> dict[str, list[tuple[int, dict, int | None, int | None]]]:
    out: dict[str, list] = {}
    for aid, cev, sig, start, end in conn.execute(
            "SELECT article_id, corpus_event_id, sig, evidence_start, evidence_end FROM corpus_mentions"):
        out.setdefault(aid, []).append((cev, json.loads(sig), start, end))
    return out


def _rereads(conn) -> dict[str, list[tuple[int, int, int]]]:
    """Article -> (corpus event, start, end) of its reread sentences (none in a store linked before session 19)."""
    out: dict[str, list] = {}
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'corpus_rereads'").fetchone():
        for aid, cev, start, end in conn.execute(
                "SELECT article_id, corpus_event_id, evidence_start, evidence_end FROM corpus_rereads"):
            out.setdefault(aid, []).append((cev, start, end))
    return out


def _reread_link(ma: list, mb: list, ra: list, rb: list) -> bool:
    """One side's reread sentence is filed with a corpus event of the other side's mentions."""
    return bool({c for c, *_ in ma} & {c for c, *_ in rb} or {c for c, *_ in mb} & {c for c, *_ in ra})


def _pair_stage(ma: list, mb: list) -> tuple[str, str]:
    """(stage, types) of the furthest-reaching mention pair of two articles."""
    best, types = "no extracted event", ""
    for ca, sa, *_ in ma:
        for cb, sb, *_ in mb:
            first, second = sorted([sa, sb], key=lambda s: (s["day"] or 0, s["article"]))
            why = "linked" if ca == cb else (ce._why_apart(first, second) or "pairwise linkable")
            stage = _stage(why)
            if ORDER.index(stage) < ORDER.index(best):
                best, types = stage, f"{sa['type']}/{sb['type']} {sa['mod']}/{sb['mod']}"
    return best, types


def story_pairs(conn, wanted: set[str] | None, show: bool) -> dict:
    outlet = {r[0]: r[1] or r[0] for r in conn.execute("SELECT id, outlet FROM articles")}
    ments, reread = _mentions(conn), _rereads(conn)
    stages: Counter = Counter()
    for a in sorted(outlet):
        for b in sorted(outlet):
            if a < b and ce.story_of(a) == ce.story_of(b) and outlet[a] != outlet[b] and (
                    wanted is None or ce.batch_of(a) in wanted):
                stage, types = _pair_stage(ments.get(a, []), ments.get(b, []))
                if stage != "linked" and _reread_link(ments.get(a, []), ments.get(b, []), reread.get(a, []),
                                                      reread.get(b, [])):
                    stage = "reread"
                stages[stage] += 1
                if show:
                    print(f"story\t{a}\t{b}\t{types}\t{stage}", file=sys.stderr)
    return {s: stages[s] for s in ORDER if stages[s]}


def _gold_rows(wanted: set[str] | None) -> list[list[str]]:
    path = ce.INVENTED / "mentions.tsv"
    with open(path, encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    return [r for r in rows if wanted is None or ce.batch_of(r[0]) in wanted]


def gold_pairs(conn, wanted: set[str] | None, show: bool) -> dict:
    """Gold mention pairs of one label in two outlets: the stage of the extracted events overlapping each side."""
    outlet = {r[0]: r[1] or r[0] for r in conn.execute("SELECT id, outlet FROM articles")}
    ments, reread = _mentions(conn), _rereads(conn)
    rows = [r for r in _gold_rows(wanted) if r[0] in outlet]
    over, over_r = {}, {}
    for art, m, label, _t, _mod, start, end, *_ in rows:
        s, e = int(start), int(end)
        over[(art, m)] = [x for x in ments.get(art, []) if x[2] is not None and min(e, x[3]) > max(s, x[2])]
        over_r[(art, m)] = [x for x in reread.get(art, []) if x[1] is not None and min(e, x[2]) > max(s, x[1])]
    stages: Counter = Counter()
    for i, a in enumerate(rows):
        for b in rows[i + 1:]:
            if a[2] != b[2] or outlet[a[0]] == outlet[b[0]]:
                continue
            stage, types = _pair_stage(over[(a[0], a[1])], over[(b[0], b[1])])
            if stage != "linked" and _reread_link(over[(a[0], a[1])], over[(b[0], b[1])], over_r[(a[0], a[1])],
                                                  over_r[(b[0], b[1])]):
                stage = "reread"
            stages[stage] += 1
            if show:
                print(f"gold\t{a[0]}:{a[1]}\t{b[0]}:{b[1]}\t{a[3]}/{b[3]}\t{types}\t{stage}", file=sys.stderr)
    attached = sum(1 for v in over.values() if v)
    return {"gold_mentions": len(rows), "with_an_extracted_event": attached,
            "stages": {s: stages[s] for s in ORDER if stages[s]}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="a store `corpus_eval.py invented` extracted and linked")
    ap.add_argument("--batches", default=None, help="only these (as corpus_eval.py invented --batches)")
    ap.add_argument("--pairs", action="store_true", help="print each pair's stage on stderr")
    args = ap.parse_args()
    wanted = ce._batch_set(args.batches) if args.batches else None
    with sqlite3.connect(args.db) as conn:
        out = {"story_article_pairs": story_pairs(conn, wanted, args.pairs),
               "gold_mention_pairs": gold_pairs(conn, wanted, args.pairs)}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
