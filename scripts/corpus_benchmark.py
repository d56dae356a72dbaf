"""Linking benchmark on invented records (no NLP): full link of N articles, then adding 100 more.

  python scripts/corpus_benchmark.py [--articles 10000] [--events 4] [--claims 2]

Synthetic records (dateline.corpus.synthetic): each article reports one event shared with ~2 other
articles of other outlets plus (events-1) events of its own, and holds `claims` invented claims. Prints
wall time and peak resident memory (the process's max RSS, which includes the invented records) of the full link, the time of linking 100
further articles into the linked store, and their ratio.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import time

from dateline.corpus import update
from dateline.corpus.evaluate import bcubed
from dateline.corpus.synthetic import synthetic_records
from dateline.store import Store


def run(articles: int, events: int = 4, claims: int = 2) -> dict:
    """Link `articles` invented articles, then add 100 more; times, memory, counts and B-cubed against the
    invented truth."""
    recs = sorted(synthetic_records(articles + 100, seed=1, own_events=events - 1, claims=claims),
                  key=lambda r: (r["article"]["date"], r["article"]["id"]))
    base, extra = recs[:articles], recs[articles:]
    with tempfile.TemporaryDirectory() as tmp:
        st = Store(os.path.join(tmp, "bench.db"))
        st.upsert_records(base)
        rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t0, c0 = time.perf_counter(), time.process_time()
        full = update(st.conn)
        full_s, full_cpu = time.perf_counter() - t0, time.process_time() - c0
        rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        st.upsert_records(extra)
        t0, c0 = time.perf_counter(), time.process_time()
        inc = update(st.conn)
        inc_s, inc_cpu = time.perf_counter() - t0, time.process_time() - c0
        truth = {(r["article"]["id"], e): t for r in recs for e, t in r["article"]["metadata"]["truth"].items()}
        pred = {(a, e): c for a, e, c in st.conn.execute(
            "SELECT article_id, event_id, corpus_event_id FROM corpus_mentions")}
        st.close()
    return {
        "articles": articles, "mentions": full.mentions, "corpus_events": full.new_corpus_events,
        "full_link_seconds": round(full_s, 2), "full_link_cpu_seconds": round(full_cpu, 2), "max_rss_mb": round(rss1 / 1024, 1),
        "rss_growth_during_link_mb": round((rss1 - rss0) / 1024, 1),
        "add_100_seconds": round(inc_s, 3), "add_100_cpu_seconds": round(inc_cpu, 3),
        "add_100_over_full": round(inc_s / max(full_s, 1e-9), 4), "add_100_over_full_cpu": round(inc_cpu / max(full_cpu, 1e-9), 4),
        "linked_added": inc.articles_linked, "mentions_added": inc.mentions, "bcubed_vs_invented_truth": bcubed(pred, truth),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--events", type=int, default=4, help="events per article (one shared)")
    ap.add_argument("--claims", type=int, default=2)
    args = ap.parse_args()
    print(json.dumps(run(args.articles, args.events, args.claims), indent=1))

if __name__ == "__main__":
    main()
