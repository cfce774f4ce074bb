"""Explicit, configurable size limits.

Every computation whose cost grows with a group stops with a
:class:`~symproof.errors.LimitExceededError` before it passes one of these
limits, instead of hanging or silently truncating.

>>> import symproof as sp
>>> sp.get_limits().max_order
1000000
>>> with sp.limits(max_order=100):
...     sp.get_limits().max_order
100
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator

from symproof.errors import InvalidArgumentError

__all__ = ["Limits", "get_limits", "set_limits", "limits", "resolve_limit"]


@dataclasses.dataclass(frozen=True)
class Limits:
    """The size limits in force.

    Attributes
    ----------
    max_order
        Largest group order that is enumerated element by element
        (``S_9`` has 362,880 elements and fits the default).
    max_orbit
        Largest orbit of vectors followed when a group is given by matrices.
    max_search
        Largest number of candidate subgroups an exhaustive search may build
        (minimum generating sets).
    max_table
        Largest number of entries of a dense ``|G| x N`` action table or matrix a
        representation may build (the regular representation of ``G`` needs ``|G|^2``).
    """

    max_order: int = 1_000_000
    max_orbit: int = 200_000
    max_search: int = 200_000
    max_table: int = 25_000_000


_current = Limits()


def get_limits() -> Limits:
    """Return the limits in force."""
    return _current


def set_limits(**changes: int) -> Limits:
    """Change limits for the rest of the session; return the previous ones.

    >>> import symproof as sp
    >>> old = sp.set_limits(max_search=10)
    >>> _ = sp.set_limits(**dataclasses.asdict(old))
    """
    global _current
    for name, value in changes.items():
        if name not in {f.name for f in dataclasses.fields(Limits)}:
            raise InvalidArgumentError(f"unknown limit {name!r}; known: {[f.name for f in dataclasses.fields(Limits)]}")
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise InvalidArgumentError(f"limit {name} must be a positive int, got {value!r}")
    previous = _current
    _current = dataclasses.replace(_current, **changes)
    return previous


@contextlib.contextmanager
def limits(**changes: int) -> Iterator[Limits]:
    """Context manager: the given limits hold inside the ``with`` block only."""
    previous = set_limits(**changes)
    try:
        yield _current
    finally:
        set_limits(**dataclasses.asdict(previous))


def resolve_limit(name: str, value: int | None) -> int:
    """``value`` if given (validated), else the limit ``name`` in force."""
    if value is None:
        return getattr(_current, name)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise InvalidArgumentError(f"{name} must be a positive int, got {value!r}")
    return value
