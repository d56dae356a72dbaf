"""Throughput benchmark: bare spaCy `nlp.pipe` against the whole Dateline pipeline, in one process.

usage: python benchmarks/bench.py [--articles 1000] [--rounds 2] [--model NAME]

The bundled samples are repeated under distinct ids (and a distinct first
word, so nothing could be cached across articles) until there are N
articles. Each round times bare `nlp.pipe` over the texts and then the
Dateline pipeline (ingest → nlp.pipe → all extractors → record dict) over
the same texts; the best round of each is reported, with their ratio.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from dateline import nlp
from dateline.ingest import make_article
from dateline.options import Options
from dateline.pipeline import process
from dateline.record import to_dict
from dateline.validate import check

ROOT = Path(__file__).resolve().parents[1]


def corpus(n: int) -> list[dict]:
    base = [json.loads(ln) for ln in (ROOT / "samples" / "wikinews-politics-sample.jsonl").read_text().splitlines()]
    out = []
    for i in range(n):
        a = dict(base[i % len(base)])
        a["id"] = f"{a['id']}#{i}"
        a["text"] = f"Report {i}. " + a["text"]
        out.append(a)
    return out


def bare(texts: list[str], options: Options) -> tuple[float, int]:
    t0 = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.load(options.model).pipe(texts, batch_size=options.batch_size))
    return time.perf_counter() - t0, tokens


def dateline(arts: list[dict], options: Options, validate: bool) -> tuple[float, int]:
    t0 = time.perf_counter()
    articles = (make_article(a["text"], source=a["id"], id=a["id"], date=a["date"], title=a["title"],
                             url=a["url"], options=options) for a in arts)
    n = 0
    for result in process(articles, options):
        assert result.record is not None, result.error
        rec = to_dict(result.record)
        if validate:
            check(rec)
        n += 1
    return time.perf_counter() - t0, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--model", default=Options().model)
    ap.add_argument("--validate", action="store_true", help="also validate every record against the JSON Schema")
    args = ap.parse_args()
    options = Options(model=args.model)
    arts = corpus(args.articles)
    texts = [make_article(a["text"], source=a["id"]).text for a in arts]
    nlp.load(options.model)
    list(process([make_article("Warm-up. The minister said so on Monday.", source="warm", date="2020-01-01")], options))
    best_bare = best_dl = float("inf")
    tokens = 0
    for _ in range(args.rounds):
        t, tokens = bare(texts, options)
        best_bare = min(best_bare, t)
        t, n = dateline(arts, options, args.validate)
        assert n == len(arts)
        best_dl = min(best_dl, t)
    print(f"| measure | bare nlp.pipe | Dateline pipeline |\n|---|---|---|")
    print(f"| articles | {len(arts)} | {len(arts)} |")
    print(f"| tokens/s | {tokens / best_bare:,.0f} | {tokens / best_dl:,.0f} |")
    print(f"| articles/s | {len(arts) / best_bare:,.1f} | {len(arts) / best_dl:,.1f} |")
    print(f"| seconds (best of {args.rounds}) | {best_bare:.1f} | {best_dl:.1f} |")
    print(f"\nratio Dateline / bare nlp.pipe time: {best_dl / best_bare:.3f} (budget 1.6: the whole pipeline with the event coder, issue 9)"
          + (" — with schema validation" if args.validate else ""))


if __name__ == "__main__":
    main()
