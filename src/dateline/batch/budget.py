"""A per-article time budget that stops runaway extraction in any thread.

A watchdog thread (one per process) raises `_Expired` asynchronously in the thread that runs the article
(`PyThreadState_SetAsyncExc`): it works in the main thread, in worker processes and in Dask's
worker threads alike, where SIGALRM would not. Python code is interrupted at its next bytecode;
a single long call into C (one regular expression, the parser) finishes first.
"""
from __future__ import annotations

import ctypes
import itertools
import os
import threading
import time
from typing import Any, Callable

from ..errors import DatelineError


class TimeBudgetExceeded(DatelineError):
    """An article's extraction ran past its time budget and was stopped."""
    code = "E502"


class _Expired(BaseException):
    """Raised inside the article's thread; a BaseException so that no `except Exception` swallows it."""


def _set_async(tid: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), ctypes.py_object(exc) if exc else None)


class _Watchdog:
    """One daemon thread per process that raises `_Expired` into threads whose deadline passed.

    Arming and disarming a deadline is a dict update under a lock: no thread is started per
    article (a `threading.Timer` per article cost about as much as validating its record), and the
    watchdog is woken only when a new deadline comes before its next wake-up, so a stream of
    articles with equal budgets wakes it about once per budget, not once per article.
    """

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.armed: dict[int, list] = {}  # token -> [deadline, thread id, fired]
        self.tokens = itertools.count()
        self.pid: int | None = None
        self.wake_at: float | None = None  # when the watchdog next wakes by itself (None: only when notified)

    def arm(self, seconds: float, tid: int) -> int:
        with self.cond:
            if self.pid != os.getpid():  # first use, or a forked child: the thread is not running here
                self.pid, self.wake_at = os.getpid(), None
                threading.Thread(target=self._watch, name="dateline-time-budget", daemon=True).start()
            token = next(self.tokens)
            deadline = time.monotonic() + seconds
            self.armed[token] = [deadline, tid, False]
            if self.wake_at is None or deadline < self.wake_at:  # else the watchdog wakes in time anyway
                self.cond.notify()
            return token

    def disarm(self, token: int) -> None:
        """Forget the deadline; if it already fired, clear an exception not yet delivered."""
        with self.cond:
            _, tid, fired = self.armed.pop(token, (None, None, False))
            if fired:
                _set_async(tid, None)

    def _watch(self) -> None:
        with self.cond:
            while True:
                now = time.monotonic()
                for entry in self.armed.values():
                    if not entry[2] and entry[0] <= now:
                        entry[2] = True
                        _set_async(entry[1], _Expired)
                pending = [d for d, _, fired in self.armed.values() if not fired]
                self.wake_at = min(pending) if pending else None
                self.cond.wait(timeout=None if self.wake_at is None else max(0.0, self.wake_at - now))


_WATCHDOG = _Watchdog()


def call_with_budget(seconds: float | None, fn: Callable[..., Any], *args: Any) -> Any:
    """`fn(*args)`, stopped with TimeBudgetExceeded after `seconds` (None or <= 0: no limit)."""
    if not seconds or seconds <= 0:
        return fn(*args)
    token = _WATCHDOG.arm(seconds, threading.get_ident())
    try:
        try:
            return fn(*args)
        finally:
            _WATCHDOG.disarm(token)
    except _Expired:
        _WATCHDOG.disarm(token)  # again, in case the exception arrived inside the first disarm
        raise TimeBudgetExceeded(f"extraction took longer than the time budget of {seconds:g} s and was stopped "
                                 f"(raise it with --timeout)") from None
