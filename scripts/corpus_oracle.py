"""What each cause of a missed link costs on a hand-listed window set (issue 12, session 35): counts only, no text.

  python scripts/corpus_oracle.py --set DIR --db STORE [-o OUT.json] [--sides]

The store must hold the set's articles, linked (`scripts/corpus_window.py --set DIR --db STORE` makes one; this script
does not relink). Every cross-article pair of one hand event whose two mentions do not land in one system cluster (the
B-cubed cluster `corpus_window.bcubed` gives each hand mention, contests included; since session 36
`corpus_align.align`) is put under one cause:
- `no system mention on either side`;
- `one side: ...`: a system mention on one side only — the re-reader's furthest gate for the other side's sentences
  against the corpus events of the first (`corpus_window._reread_gate`), or `contest report` when the one side is a
  contest report only;
- `both sides: ...`: system mentions on both sides in different clusters — the linker's first gate keeping the two
  event mentions apart (`corpus_eval._why_apart`, numbers as N), `contest report` when a side is a contest report only,
  or `shared, another cluster chosen` when the two mentions overlap one system cluster but the hand events' votes
  gave them others (a sentence telling two results, each hand-listed: its mentions overlap both contests).
For each cause: its pairs, and the B-cubed F1 the set would reach were those pairs (and nothing else) linked — their two
clusters joined — beside the figure as it stands; so which failure to work on first can be read off.

Session 36 adds, counts only:
- `--sides`: for each cause, its pairs by the hand event's type and what the extraction gives under each side's hand
  mention (`corpus_window.layer_letters`: 'E-QCN' an event, a quotation, a claim and a named actor; sides sorted), so a
  mechanism meant for one kind of side (a sentence with a claim but no event, say) can be costed before it is built;
- `bcubed_ties_apart`: the figure were hand events whose mentions overlap the same clusters equally often (a sentence
  telling several results, listed once per result) given distinct clusters, instead of all the lowest id; a diagnostic
  of the scorer's tie rule, not a system figure; `bcubed_s35_alignment` the figure by that session-35 rule itself.
"""
from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus_window as W  # noqa: E402


def found_sets(conn, ws: W.WindowSet) -> list[set[int]]:
    """The system clusters each hand mention overlaps (events, rereads, doer-less reports, contests), as `score`."""
    events = W.event_spans(conn)  # session 37: with the events' further reports
    attached = [W._spans(conn, t, "AND corpus_event_id IS NOT NULL") for t in ("corpus_rereads", "corpus_unattributed")]
    contest = W._contest_spans(conn)
    return [W._overlapping(events, m) | set().union(*(W._overlapping(s, m) for s in attached))
            | W._overlapping(contest, m) for m in ws.mentions]


def clusters(ws: W.WindowSet, found: list[set[int]]) -> list:
    """The B-cubed cluster of each hand mention (`corpus_window.bcubed`'s choice)."""
    votes: dict[str, Counter] = {}
    for m, f in zip(ws.mentions, found):
        votes.setdefault(m["label"], Counter()).update(f)
    return [min(f, key=lambda c: (-votes[m["label"]][c], c)) if f else f"alone:{i}"
            for i, (m, f) in enumerate(zip(ws.mentions, found))]


def bcubed_f1(gold: list[str], cluster: list) -> float:
    """B-cubed F1 of a clustering of the hand mentions."""
    n = len(gold)
    if not n:
        return 0.0
    p = sum(sum(gold[j] == gold[i] for j in range(n) if cluster[j] == cluster[i])
            / sum(cluster[j] == cluster[i] for j in range(n)) for i in range(n)) / n
    r = sum(sum(cluster[j] == cluster[i] for j in range(n) if gold[j] == gold[i])
            / sum(gold[j] == gold[i] for j in range(n)) for i in range(n)) / n
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def joined(cluster: list, pairs: list[tuple[int, int]]) -> list:
    """The clustering with the clusters of each pair's two mentions joined (union-find over cluster ids)."""
    parent: dict = {}

    def root(c):
        while parent.get(c, c) != c:
            c = parent[c]
        return c
    for i, j in pairs:
        a, b = root(cluster[i]), root(cluster[j])
        if a != b:
            parent[a] = b
    return [root(c) for c in cluster]


def causes(conn, ws: W.WindowSet, found: list[set[int]], cluster: list) -> dict[str, list[tuple[int, int]]]:
    """{cause: [(i, j), ...]} over the unlinked cross-article pairs of one hand event (module docstring)."""
    from corpus_eval import _why_apart
    from dateline.corpus.reread import Rereader
    rr = Rereader(conn)
    rows = conn.execute("SELECT article_id, evidence_start, evidence_end, sig, corpus_event_id FROM corpus_mentions "
                        "WHERE evidence_start IS NOT NULL ORDER BY published, article_id").fetchall()
    reps = {c: json.loads(r) for c, r in conn.execute("SELECT id, rep FROM corpus_events")}

    def events(m: dict) -> list:
        return [(json.loads(g), c) for a, s, e, g, c in rows
                if a == m["article"] and s < m["evidence_end"] and m["evidence_start"] < e]
    out: dict[str, list] = {}
    for i, j in combinations(range(len(ws.mentions)), 2):
        x, y = ws.mentions[i], ws.mentions[j]
        if x["label"] != y["label"] or x["article"] == y["article"] or cluster[i] == cluster[j]:
            continue
        out.setdefault(_cause(x, y, found[i], found[j], events, reps, rr, _why_apart), []).append((i, j))
    return out


def _cause(x, y, fx, fy, events, reps, rr, why_apart) -> str:
    if not fx and not fy:
        return "no system mention on either side"
    if fx & fy:
        return "both sides: shared, another cluster chosen"
    ex, ey = events(x), events(y)
    if fx and fy:
        if not ex or not ey:
            return "both sides: contest report"
        reasons = [why_apart(sx, sy) or "greedy: another corpus event scored higher" for sx, _ in ex for sy, _ in ey]
        reason = max(reasons, key=W._stage)
        return "both sides: " + (re.sub(r"[\d.]+", "N", reason) if reason.startswith(("score", "dates")) else reason)
    (has, other) = (ex, y) if fx else (ey, x)
    if not has:
        return "one side: contest report"
    return "one side: " + max(W._reread_gate(rr, reps[c], other["article"], other) for _, c in has)


def ties_apart(ws: W.WindowSet, found: list[set[int]]) -> list:
    """The B-cubed clusters with ties given apart: hand events are served most votes first, and among the clusters
    tied for an event's most votes one no earlier event took is chosen (then the lowest id); a mention not overlapping
    its event's choice keeps `clusters`' own."""
    votes: dict[str, Counter] = {}
    for m, f in zip(ws.mentions, found):
        votes.setdefault(m["label"], Counter()).update(f)
    taken, pick = set(), {}
    for label in sorted(votes, key=lambda lab: (-max(votes[lab].values(), default=0), lab)):
        top = max(votes[label].values(), default=0)
        tied = sorted((c for c, n in votes[label].items() if n == top), key=lambda c: (c in taken, c))
        if tied:
            pick[label] = tied[0]
            taken.add(tied[0])
    own = clusters(ws, found)
    return [pick[m["label"]] if f and pick.get(m["label"]) in f else c
            for m, f, c in zip(ws.mentions, found, own)]


def sides(conn, ws: W.WindowSet, got: dict[str, list[tuple[int, int]]]) -> dict[str, dict[str, int]]:
    """{cause: {'TYPE layers/layers': pairs}} (module docstring, `--sides`)."""
    recs = {a: json.loads(r) for a, r in conn.execute("SELECT id, record FROM articles")}

    def letters(m: dict) -> str:
        return W.layer_letters(recs.get(m["article"]) or {}, m)
    out: dict[str, dict[str, int]] = {}
    for cause, pairs in got.items():
        row = Counter()
        for i, j in pairs:
            x, y = ws.mentions[i], ws.mentions[j]
            kind = ws.events.get(x["label"], {}).get("type", "?")
            row[f"{kind} {'/'.join(sorted((letters(x), letters(y))))}"] += 1
        out[cause] = dict(sorted(row.items(), key=lambda kv: (-kv[1], kv[0])))
    return out


def oracle(conn, ws: W.WindowSet, with_sides: bool = False) -> dict:
    """The figure as it stands and, per cause, its pairs and the B-cubed F1 were they linked; also all at once, and
    the figure with ties given apart (and, `with_sides`, each cause's pairs by type and layers)."""
    found = found_sets(conn, ws)
    cluster = W.corpus_align.align(ws, found, W.corpus_align.readings(conn))  # the scorer's own (session 36)
    gold = [m["label"] for m in ws.mentions]
    got = causes(conn, ws, found, cluster)
    rows = {k: {"pairs": len(v), "bcubed_if_linked": bcubed_f1(gold, joined(cluster, v))}
            for k, v in sorted(got.items(), key=lambda kv: -len(kv[1]))}
    every = [p for v in got.values() for p in v]
    out = {"bcubed": bcubed_f1(gold, cluster), "unlinked_pairs": len(every), "causes": rows,
           "bcubed_if_all_linked": bcubed_f1(gold, joined(cluster, every)),
           "bcubed_ties_apart": bcubed_f1(gold, ties_apart(ws, found)),
           "bcubed_s35_alignment": bcubed_f1(gold, clusters(ws, found))}
    if with_sides:
        out["sides"] = sides(conn, ws, {k: got[k] for k in rows})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", required=True, help="the window set's folder")
    ap.add_argument("--db", required=True, help="a store holding the set's articles, linked")
    ap.add_argument("-o", "--out", help="write the figures here too (JSON)")
    ap.add_argument("--sides", action="store_true", help="each cause's pairs by hand type and both sides' layers")
    args = ap.parse_args(argv)
    ws = W.read_set(args.set)
    conn = sqlite3.connect(args.db)
    text = json.dumps(oracle(conn, ws, args.sides), indent=1)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
