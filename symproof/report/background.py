"""One computation in a second process while this one works on another: the main job's two tables at once.

The main job computes two independent tables (the family table and one group's table); on a
machine with two cores the family table runs in a spawned process (a fresh interpreter: no state
is shared, so the result is what a call in this process returns). Where a process cannot be
started, the computation runs here when its result is asked for.

>>> job = in_background(sorted, [3, 1, 2])
>>> job.result()
[1, 2, 3]
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

__all__ = ["Pending", "in_background"]


class Pending:
    """A result computed in another process (or, failing that, on demand here)."""

    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict[str, Any]) -> None:
        self._call = (fn, args, kwargs)
        self._future: Future | None = None
        self._pool: ProcessPoolExecutor | None = None
        if (os.cpu_count() or 1) > 1:
            try:
                self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
                self._future = self._pool.submit(fn, *args, **kwargs)
            except (OSError, NotImplementedError, RuntimeError):  # no processes here: compute on demand
                self._close()

    def result(self) -> Any:
        """The value of the call; an exception it raised is raised here."""
        try:
            if self._future is not None:
                return self._future.result()
            fn, args, kwargs = self._call
            return fn(*args, **kwargs)
        finally:
            self._close()

    def _close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool, self._future = None, None


def in_background(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Pending:
    """Start ``fn(*args, **kwargs)`` in a spawned process (picklable arguments and result); ask ``.result()``."""
    return Pending(fn, args, kwargs)
