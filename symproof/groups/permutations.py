"""Permutations as numpy arrays of 0-based images.

A permutation of ``n`` points is an array ``p`` with ``p[i]`` the image of
``i``; the product ``g*h`` applies ``h`` first: ``(g*h)[i] = g[h[i]]``.
Arrays of permutations have shape ``(m, n)`` and every operation here is
vectorised over the first axis.

>>> import numpy as np
>>> g, h = np.array([[1, 2, 0]]), np.array([[1, 0, 2]])
>>> compose(g, h).tolist()
[[2, 1, 0]]
>>> invert(g).tolist()
[[2, 0, 1]]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from symproof.errors import InvalidArgumentError, InvalidPermutationError, SymproofInternalError

__all__ = [
    "as_permutations",
    "compose",
    "element_orders",
    "invert",
    "permutation_dtype",
    "power",
    "sort_keys",
]


def permutation_dtype(degree: int) -> np.dtype:
    """Smallest unsigned dtype for images ``0..degree-1``, big-endian.

    Big-endian storage makes the raw bytes of a row compare like the row
    itself, so sorting rows as bytes is lexicographic order.
    """
    if degree <= 256:
        return np.dtype(np.uint8)
    if degree <= 1 << 16:
        return np.dtype(">u2")
    return np.dtype(">u4")


def as_permutations(perms: Iterable[Sequence[int]] | np.ndarray, *, degree: int | None = None,
                    what: str = "generators") -> np.ndarray:
    """Validate image lists and return them as an ``(m, n)`` array.

    Raises :class:`InvalidPermutationError` naming the first bad list: ragged
    lengths, entries that are not integers in ``0..n-1``, or repeated images.

    >>> as_permutations([[1, 0, 2]]).tolist()
    [[1, 0, 2]]
    >>> as_permutations([[0, 0]])
    Traceback (most recent call last):
    ...
    symproof.errors.InvalidPermutationError: generators[0] = [0, 0] is not a permutation of 0..1: image 0 repeats
    """
    try:
        rows = [list(p) for p in perms]
    except TypeError:
        raise InvalidArgumentError(f"{what} must be a list of image lists (such as [[1, 0, 2]]), "
                                   f"got {perms!r}") from None
    if degree is None:
        if not rows:
            raise InvalidPermutationError(f"{what}: no permutations given and no degree to infer")
        degree = len(rows[0])
    for k, row in enumerate(rows):
        _check_row(row, degree, f"{what}[{k}]")
    arr = np.array(rows, dtype=np.int64).reshape(len(rows), degree)
    return arr.astype(permutation_dtype(degree))


def _check_row(row: list, degree: int, label: str) -> None:
    if len(row) != degree:
        raise InvalidPermutationError(
            f"{label} = {row} has length {len(row)}, expected {degree} (all permutations act on the same points)")
    for x in row:
        if isinstance(x, (bool, np.bool_)) or not isinstance(x, (int, np.integer)):
            raise InvalidPermutationError(f"{label} = {row} has a non-integer entry {x!r}")
        if not 0 <= x < degree:
            raise InvalidPermutationError(f"{label} = {row} has entry {x} outside 0..{degree - 1} (images are 0-based)")
    seen = set()
    for x in row:
        if x in seen:
            raise InvalidPermutationError(
                f"{label} = {row} is not a permutation of 0..{degree - 1}: image {x} repeats")
        seen.add(x)


def compose(g: np.ndarray, h: np.ndarray) -> np.ndarray:
    """Row-wise product ``g*h`` (``h`` first); shapes broadcast over rows."""
    g, h = np.broadcast_arrays(g, h)
    return np.take_along_axis(g, h.astype(np.intp), axis=-1)


def invert(g: np.ndarray) -> np.ndarray:
    """Row-wise inverse permutations."""
    return np.argsort(g, axis=-1, kind="stable").astype(g.dtype)


def power(g: np.ndarray, k: int) -> np.ndarray:
    """Row-wise ``g**k`` for any integer ``k`` by repeated squaring."""
    if k < 0:
        g, k = invert(g), -k
    result = np.broadcast_to(np.arange(g.shape[-1], dtype=g.dtype), g.shape).copy()
    base = g
    while k:
        if k & 1:
            result = compose(result, base)
        base = compose(base, base)
        k >>= 1
    return result


def element_orders(g: np.ndarray) -> np.ndarray:
    """Row-wise orders: the lcm of the cycle lengths.

    >>> element_orders(np.array([[1, 2, 0, 4, 3], [0, 1, 2, 3, 4]])).tolist()
    [6, 1]
    """
    n = g.shape[-1]
    points = np.arange(n)
    cycle = np.zeros(g.shape, dtype=np.int64)
    current = g.astype(np.intp)
    for k in range(1, n + 1):
        newly = (current == points) & (cycle == 0)
        cycle[newly] = k
        current = np.take_along_axis(g.astype(np.intp), current, axis=-1)
    if n == 0:
        return np.ones(g.shape[0], dtype=np.int64)
    return np.lcm.reduce(cycle, axis=-1)


def sort_keys(g: np.ndarray) -> np.ndarray:
    """One sortable key per row: the row's bytes, ordered like the row."""
    g = np.ascontiguousarray(g)
    if g.ndim != 2:
        raise SymproofInternalError("sort_keys expects a 2-d array")
    return g.view(np.dtype((np.void, g.shape[1] * g.dtype.itemsize))).ravel()
