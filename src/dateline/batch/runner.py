"""Run the pipeline over a stream of articles: in this process, in N worker processes, or on Dask.

All three yield one `Outcome` per input in input order (deterministic output whatever the number
of workers) and hold a bounded number of partitions in flight, so memory stays flat however long
the stream is. Articles already stored unchanged are skipped before any NLP (`skip`), which is
what makes an interrupted run resumable: the same command processes only what is missing.
"""
from __future__ import annotations

import itertools
import os
from collections import deque
from typing import Callable, Iterable, Iterator

from ..errors import DatelineError, InputError
from ..options import Options
from ..record import Article
from .worker import Outcome, init_process, outcomes, process_partition

Skip = Callable[[Article, str], bool]
"""`skip(article, input_hash)` is true when the article is already stored unchanged."""


class ClusterError(DatelineError):
    """The Dask cluster could not be reached or failed."""
    code = "E600"


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _partitions(items: Iterable[Article | InputError], size: int, skip: Skip | None) -> Iterator[list]:
    """Consecutive lists of at most `size` items; skipped articles become ready Outcomes."""
    from ..store import input_hash

    part: list = []
    for item in items:
        if skip is not None and isinstance(item, Article):
            digest = input_hash(item)
            if skip(item, digest):
                item = Outcome(source=item.source or item.id, input_hash=digest, skipped=True,
                               record={"article": {"id": item.id}})
        part.append(item)
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part


def _merge(part: list, results: list[Outcome]) -> Iterator[Outcome]:
    """The partition's items in order: errors and skips from here, processed articles from the worker."""
    done = iter(results)
    for item in part:
        if isinstance(item, Outcome):
            yield item
        elif isinstance(item, InputError):
            yield Outcome(source=item.source, error=str(item))
        else:
            yield next(done)


def run(items: Iterable[Article | InputError], options: Options, workers: int | None = 1, dask: str | None = None,
        skip: Skip | None = None, partition_size: int | None = None) -> Iterator[Outcome]:
    """Every input's Outcome, in input order.

    `workers=None` means all cores, but only for an input of more than a few partitions: starting
    processes that each load the model costs more than it saves on a handful of articles.
    """
    size = partition_size or max(8, options.batch_size)
    parts = _partitions(items, size, skip)
    if workers is None and not dask:
        workers = default_workers()
        head = list(itertools.islice(parts, 2 * workers))
        if len(head) < 2 * workers:
            workers = 1
        parts = itertools.chain(head, parts)
    workers = workers or default_workers()
    if dask:
        yield from _run_dask(parts, options, dask, workers)
    elif workers <= 1:
        for part in parts:
            articles = [a for a in part if isinstance(a, Article)]
            yield from _merge(part, list(outcomes(articles, options)) if articles else [])
    else:
        yield from _run_pool(parts, options, workers)


def _run_pool(parts: Iterator[list], options: Options, workers: int) -> Iterator[Outcome]:
    """N worker processes (spawned, each loading the model once), a window of 2N partitions in flight."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    ctx = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=init_process, initargs=(options,))
    window: deque = deque()
    try:
        for part in itertools.chain(parts, [None]):
            if part is not None:
                articles = [a for a in part if isinstance(a, Article)]
                window.append((part, pool.submit(process_partition, articles, options) if articles else None))
            while window and (part is None or len(window) >= 2 * workers):
                done_part, future = window.popleft()
                try:
                    results = future.result() if future is not None else []
                except BrokenProcessPool:  # a worker died (killed, out of memory): report, start afresh
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=init_process,
                                               initargs=(options,))
                    window = deque((p, pool.submit(process_partition, [a for a in p if isinstance(a, Article)],
                                                   options)) for p, _ in window)
                    results = [Outcome(source=a.source or a.id, error=f"{a.source or a.id}: a worker process died "
                                       f"while processing this partition (out of memory?)")
                               for a in done_part if isinstance(a, Article)]
                yield from _merge(done_part, results)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _run_dask(parts: Iterator[list], options: Options, address: str, workers: int) -> Iterator[Outcome]:
    """Partitions as tasks on a Dask cluster (`local`: a LocalCluster of `workers` processes)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError("--dask needs dask.distributed: pip install 'dateline[scale]'") from None
    cluster = None
    try:
        if address == "local":
            cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=40)
            client = Client(cluster)
        else:
            client = Client(address, timeout="30s")
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        window: deque = deque()
        for part in itertools.chain(parts, [None]):
            if part is not None:
                articles = [a for a in part if isinstance(a, Article)]
                future = client.submit(process_partition, articles, options, pure=False) if articles else None
                window.append((part, future))
            while window and (part is None or len(window) >= 2 * n_workers):
                done_part, future = window.popleft()
                try:
                    results = future.result() if future is not None else []
                except Exception as exc:  # noqa: BLE001 - a worker died or the task failed: this partition only
                    results = [Outcome(source=a.source or a.id, error=f"{a.source or a.id}: the Dask task for this "
                                       f"partition failed ({type(exc).__name__}: {exc})")
                               for a in done_part if isinstance(a, Article)]
                yield from _merge(done_part, results)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
