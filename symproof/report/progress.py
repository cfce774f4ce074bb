"""Progress bars on stderr for long computations (tqdm), silent when stderr is not a terminal.

``progress(total=..., desc=...)`` is a ``tqdm`` bar with ``disable=None``: tqdm draws it only when
stderr is a terminal, so pipes, files, CI logs and ``--json`` output never see it.
``quiet()`` turns every bar off for a block (the command line's ``--json``).

>>> with progress(total=2, desc="demo") as bar:
...     bar.update(2)
>>> with quiet():
...     progress(total=1).disable
True
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import Any

from tqdm import tqdm  # type: ignore[import-untyped]

__all__ = ["progress", "quiet"]

_silenced = [False]  # a block-scoped switch (quiet()), not a cache: it never changes a result


def progress(**kwargs: Any) -> tqdm:
    """A tqdm bar on stderr, drawn only when stderr is a terminal (and not inside :func:`quiet`)."""
    kwargs.setdefault("leave", False)
    return tqdm(file=sys.stderr, disable=True if _silenced[0] else None, dynamic_ncols=True, **kwargs)


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """No progress bars inside the block."""
    before, _silenced[0] = _silenced[0], True
    try:
        yield
    finally:
        _silenced[0] = before
