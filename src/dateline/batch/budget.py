"""A per-article time budget that stops runaway extraction in any thread.

A watchdog timer raises `_Expired` asynchronously in the thread that runs the article
(`PyThreadState_SetAsyncExc`): it works in the main thread, in worker processes and in Dask's
worker threads alike, where SIGALRM would not. Python code is interrupted at its next bytecode;
a single long call into C (one regular expression, the parser) finishes first.
"""
from __future__ import annotations

import ctypes
import threading
from typing import Any, Callable

from ..errors import DatelineError


class TimeBudgetExceeded(DatelineError):
    """An article's extraction ran past its time budget and was stopped."""
    code = "E501"


class _Expired(BaseException):
    """Raised inside the article's thread; a BaseException so that no `except Exception` swallows it."""


def _set_async(tid: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), ctypes.py_object(exc) if exc else None)


def call_with_budget(seconds: float | None, fn: Callable[..., Any], *args: Any) -> Any:
    """`fn(*args)`, stopped with TimeBudgetExceeded after `seconds` (None or <= 0: no limit)."""
    if not seconds or seconds <= 0:
        return fn(*args)
    tid = threading.get_ident()
    lock = threading.Lock()
    state = {"active": True, "fired": False}

    def fire() -> None:
        with lock:
            if state["active"]:
                state["fired"] = True
                _set_async(tid, _Expired)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    try:
        timer.start()
        try:
            return fn(*args)
        finally:
            with lock:
                state["active"] = False
                if state["fired"]:
                    _set_async(tid, None)  # clear an exception not yet delivered
            timer.cancel()
    except _Expired:
        raise TimeBudgetExceeded(f"extraction took longer than the time budget of {seconds:g} s and was stopped "
                                 f"(raise it with --timeout)") from None
