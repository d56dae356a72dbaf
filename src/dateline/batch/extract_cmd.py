"""`dateline extract`: stream inputs through the runner into the store / a file, with progress and a summary."""
from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DatelineError


def _err(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


@dataclass
class Tally:
    processed: int = 0
    unchanged: int = 0
    failed: int = 0


def show_progress(args) -> bool:
    """A progress bar only for people: stderr is a terminal, not CI, not --quiet/--summary-only-to-a-pipe."""
    if args.quiet or os.environ.get("CI") or args.progress == "never":
        return False
    return args.progress == "always" or sys.stderr.isatty()


def estimate_total(paths: list[str]) -> int | None:
    """How many articles the inputs hold, when counting is cheap (plain files; else None: no ETA)."""
    from ..ingest import JSONL_SUFFIXES, SKIP_SUFFIXES

    total = 0
    for p in paths:
        path = Path(p)
        files = [path] if path.is_file() else sorted(f for f in path.rglob("*") if f.is_file()
                                                     and not f.name.startswith(".")
                                                     and f.suffix.lower() not in SKIP_SUFFIXES) if path.is_dir() else []
        if p == "-" or not files and not path.is_dir():
            return None
        for f in files:
            name = f.name.lower()
            if name.endswith((".gz", ".zst", ".warc", ".arc")):
                return None
            if f.suffix.lower() in JSONL_SUFFIXES:
                with open(f, "rb") as fh:
                    total += sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
            else:
                total += 1
    return total


def _bar(args):
    if not show_progress(args):
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=estimate_total(args.paths), unit="article", file=sys.stderr, dynamic_ncols=True,
                smoothing=0.1, mininterval=0.5)


def cmd_extract(args) -> int:
    from ..ingest import read_inputs
    from ..options import Options
    from .runner import run
    from .sinks import StoreSink, open_sink

    options = Options().with_(model=args.model, max_bytes=args.max_bytes, default_date=args.date,
                              registry_path=args.registry, knowledge_dir=args.knowledge, time_budget=args.timeout,
                              event_min_confidence=getattr(args, "min_confidence", None),
                              speech_encoder=getattr(args, "speech_encoder", False) or None)
    store = None if args.no_db else StoreSink(args.db, args.replace, args.commit_every or 200)
    out = open_sink(args.output, args.replace, args.commit_every) if args.output else None
    sinks = [s for s in (store, out) if s is not None]
    quiet_records = args.quiet or args.summary_only
    tally, as_list = Tally(), []

    def skip(article, digest: str) -> bool:
        return bool(sinks) and all(s.done(article.id, digest) for s in sinks)

    bar = _bar(args)
    started = time.perf_counter()
    try:
        for o in run(read_inputs(args.paths, options), options, workers=args.workers, dask=args.dask, skip=skip):
            if bar is not None:
                bar.update(1)
            if o.error is not None:
                tally.failed += 1
                (bar.write if bar is not None else _err)(f"error: {o.error}")
                continue
            rec = o.record
            if o.skipped:
                tally.unchanged += 1
                rec = store.stored(rec["article"]["id"]) if store is not None else None
            else:
                tally.processed += 1
                for s in sinks:  # a sink that already holds it (committed before a kill) is not written twice
                    if not s.done(rec["article"]["id"], o.input_hash):
                        s.add(rec, o.input_hash)
            if not quiet_records and rec is not None:
                _emit(rec, args.format, as_list)
    except DatelineError as exc:  # a sink failed (e.g. the store stayed locked): report, then summarise
        failure = exc
    else:
        failure = None
    finally:
        if bar is not None:
            bar.close()
    try:
        _close_all(sinks)
    except DatelineError as exc:
        failure = failure or exc
    if failure is not None:
        _err(f"error: {failure}; records not committed will be processed again by the same command")
    if args.format == "json" and not quiet_records:
        print(json.dumps(as_list[0] if len(as_list) == 1 else as_list, ensure_ascii=False, indent=1))
    if not args.quiet:
        _err(_closing_summary(tally, time.perf_counter() - started, sinks))
    return 1 if tally.failed or failure is not None else 0


def _emit(rec: dict[str, Any], fmt: str, as_list: list) -> None:
    from ..present import summary

    if fmt == "jsonl":
        print(json.dumps(rec, ensure_ascii=False))
    elif fmt == "json":
        as_list.append(rec)
    else:
        print(summary(rec) + "\n")


def _close_all(sinks: list) -> None:
    """Close (commit) every sink even if one fails; the first failure is then raised."""
    errors = []
    for s in sinks:
        try:
            s.close()
        except DatelineError as exc:
            errors.append(exc)
    if errors:
        raise errors[0]


def _closing_summary(tally: Tally, elapsed: float, sinks: list) -> str:
    rate = tally.processed / elapsed if elapsed > 0 else 0.0
    tail = (f"{tally.processed} article(s) processed, {tally.failed} failed, {tally.unchanged} unchanged "
            f"(skipped) in {elapsed:.1f} s ({rate:.1f} articles/s)")
    return tail + "".join(f"; {s.describe()}" for s in sinks)


def add_arguments(x) -> None:
    """The scale options of `dateline extract`."""
    x.add_argument("--workers", type=int, metavar="N",
                   help="worker processes, each loading the model once (default: all cores; small inputs run in "
                        "this process). Output order is the input order whatever N is")
    x.add_argument("--dask", metavar="ADDRESS",
                   help="run on a Dask cluster: a scheduler address (tcp://host:8786) or `local` for a "
                        "LocalCluster of --workers processes")
    x.add_argument("--output", metavar="PATH",
                   help="also write records to PATH: a .jsonl file, or a directory of Parquet files partitioned "
                        "by publication month (needs pyarrow)")
    x.add_argument("--timeout", type=float, metavar="SECONDS",
                   help="extraction time budget per article of up to 100,000 characters (longer ones get "
                        "proportionally more, at most 5 times it); an article over it is stopped with an error "
                        "(default 60, 0: none)")
    x.add_argument("--commit-every", type=int, metavar="N",
                   help="records per store transaction / output commit (default 200; a kill loses at most these)")
    x.add_argument("--quiet", action="store_true", help="print nothing but errors (no records, progress or summary)")
    x.add_argument("--summary-only", action="store_true",
                   help="no per-article output: progress (on a terminal) and the closing summary only")
    x.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                   help="progress bar on stderr (auto: only on a terminal, never in CI)")
