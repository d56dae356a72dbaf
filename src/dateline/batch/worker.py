"""What runs where the articles are processed: a worker process, a Dask worker, or this process.

The spaCy model and the knowledge bundle are loaded once per process (`nlp.load` and
`load_knowledge` are per-process caches in importable modules), so a worker process or a Dask
worker pays for them once, on its first partition, never per task. Results cross process
boundaries as plain `Outcome`s: a validated record dict or a one-line error.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from ..errors import DatelineError, InputError
from ..options import Options
from ..record import Article


@dataclass(slots=True)
class Outcome:
    """One input's result in a picklable form (records as dicts, errors as their one-line message)."""
    source: str
    record: dict[str, Any] | None = None
    error: str | None = None
    input_hash: str | None = None
    skipped: bool = False  # already stored unchanged: not processed again


_LOADED: dict[Options, int] = {}


def warm(options: Options) -> int:
    """Load the model and knowledge into this process (once); returns the process id."""
    if options not in _LOADED:
        from .. import nlp
        from ..knowledge import load_knowledge
        nlp.load(options.model)
        load_knowledge(options)
        _LOADED[options] = os.getpid()
    return _LOADED[options]


def init_process(options: Options) -> None:
    """ProcessPoolExecutor initializer: the model is loaded as the worker starts."""
    try:
        import signal
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is handled by the parent
    except (ImportError, ValueError):
        pass
    warm(options)


def outcomes(items: Iterable[Article | InputError], options: Options) -> Iterator[Outcome]:
    """Process articles in this process; every result is an Outcome, in input order."""
    from ..pipeline import process
    from ..record import to_dict
    from ..store import input_hash
    from ..validate import check

    for result in process(items, options):
        if result.error is not None:
            yield Outcome(source=getattr(result.error, "source", "?"), error=str(result.error))
            continue
        art = result.record.article
        source = art.source or art.id
        try:
            rec = check(to_dict(result.record))
        except DatelineError as exc:
            yield Outcome(source=source, error=f"{source}: {exc}")
            continue
        yield Outcome(source=source, record=rec, input_hash=input_hash(rec["article"]))


def process_partition(articles: list[Article], options: Options) -> list[Outcome]:
    """One partition of articles → their Outcomes (the task a worker process or Dask worker runs)."""
    warm(options)
    return list(outcomes(articles, options))
