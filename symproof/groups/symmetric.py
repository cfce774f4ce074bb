"""Natural symmetric and alternating groups by ranks and cycle types, never enumerated.

``S_n`` (all permutations of ``0..n-1``) and ``A_n`` (the even ones) are recognised from
generators by degree and order alone (:func:`recognise`): a subgroup of ``S_n`` of order
``n!`` is ``S_n``, one of order ``n!/2`` is its unique subgroup of index 2, ``A_n``.

Numbering. The elements are numbered as in the enumerated group (sorted
lexicographically, identity ``0``). The lexicographic rank of ``p`` in ``S_n`` is its
Lehmer code read in the factorial base, ``rank(p) = sum_i c_i (n-1-i)!`` with
``c_i = #{j > i : p_j < p_i}``; ``sum_i c_i`` counts inversions, so the parity of ``p`` is
that of its digit sum. The ranks ``2k`` and ``2k+1`` share every digit but the ``1!``
digit: the two permutations differ by swapping their last two entries and exactly one of
them is even. The even permutations in lexicographic order are thus numbered by
``rank // 2``, the index in ``A_n``.

Classes. The ``S_n`` class of ``p`` is its cycle type ``mu``, of size
``n! / prod_l l^{c_l} c_l!`` (``c_l`` cycles of length ``l``); the element order is
``lcm(mu)``. In ``A_n`` the class of an even type splits in two exactly when the parts are
distinct and odd (then the centraliser in ``S_n`` lies in ``A_n``). Writing the cycles of
``g`` one after another (by length, each from its least point) lists the points as a
permutation ``L_g``; ``g = s r s^{-1}`` with ``s = L_g L_r^{-1}``, so ``g`` and ``r`` lie in
the same ``A_n`` class iff ``L_g`` and ``L_r`` have the same parity.

Class order is that of :mod:`symproof.groups.conjugacy` (element order, size, least
element index). The least permutation of type ``mu`` is the cycles
``(0 .. mu_1-1)(mu_1 ..)...`` with the parts increasing; in the other half of a split
``A_n`` class it is that permutation conjugated by the transposition ``(n-2 n-1)``.

Indices are ``int64``, so at most :data:`MAX_RANKED_DEGREE` points (``20! < 2^63``).

>>> import numpy as np
>>> S4 = NaturalGroup(4, alternating=False)
>>> S4.rank(np.array([[0, 1, 2, 3], [3, 2, 1, 0]])).tolist(), S4.unrank(np.array([1])).tolist()
([0, 23], [[0, 1, 3, 2]])
>>> A4 = NaturalGroup(4, alternating=True)
>>> [(c.cycle_type, c.size, c.representative) for c in A4.classes]
[((1, 1, 1, 1), 1, 0), ((2, 2), 3, 3), ((3, 1), 4, 1), ((3, 1), 4, 2)]
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Callable, Iterator

import numpy as np

from symproof._frozen import Frozen, frozen_record, readonly, set_attributes
from symproof.groups.permutations import permutation_dtype

__all__ = ["MAX_RANKED_DEGREE", "CycleClass", "NaturalGroup", "cycle_type", "cycle_types", "recognise"]

MAX_RANKED_DEGREE = 20  # 2 * 20! < 2^63 (an index and a parity bit share one int64)
_CHUNK = 1 << 17  # rows per vectorised batch


def cycle_type(perm) -> tuple[int, ...]:
    """Cycle lengths of a permutation of ``0..n-1`` (an image list), largest first.

    >>> cycle_type([1, 2, 0, 4, 3, 5])
    (3, 2, 1)
    """
    seen, lengths = [False] * len(perm), []
    for start in range(len(perm)):
        length, j = 0, start
        while not seen[j]:
            seen[j], length, j = True, length + 1, int(perm[j])
        if length:
            lengths.append(length)
    return tuple(sorted(lengths, reverse=True))


def cycle_types(n: int) -> Iterator[tuple[int, ...]]:
    """The partitions of ``n`` (cycle types of ``S_n``), largest parts first, in reverse lexicographic order.

    >>> list(cycle_types(3))
    [(3,), (2, 1), (1, 1, 1)]
    """
    def parts(m: int, largest: int) -> Iterator[tuple[int, ...]]:
        if m == 0:
            yield ()
        for k in range(min(m, largest), 0, -1):
            for rest in parts(m - k, k):
                yield (k, *rest)

    return parts(n, n)


def splits_in_alternating(mu: tuple[int, ...]) -> bool:
    """Whether the ``S_n`` class of type ``mu`` splits into two ``A_n`` classes: distinct odd parts (``n > 1``)."""
    return sum(mu) > 1 and len(set(mu)) == len(mu) and all(part % 2 for part in mu)


def _class_size(mu: tuple[int, ...]) -> int:
    """``n! / prod_l l^{c_l} c_l!``: the number of permutations of cycle type ``mu``."""
    centraliser = math.prod(length ** c * math.factorial(c) for length, c in Counter(mu).items())
    return math.factorial(sum(mu)) // centraliser


def _least_of_type(mu: tuple[int, ...]) -> list[int]:
    """The lexicographically least permutation of cycle type ``mu``: consecutive cycles, parts increasing."""
    p, start = [], 0
    for part in sorted(mu):
        p += [start + k + 1 for k in range(part - 1)] + [start]
        start += part
    return p


@frozen_record
class CycleClass:
    """One class of a natural ``S_n`` or ``A_n``: cycle type, half (0, or 1 for the second half of a split class),
    representative (least element index), size and element order."""

    cycle_type: tuple[int, ...]
    half: int
    representative: int
    size: int
    element_order: int


class NaturalGroup(Frozen):
    """``S_n`` or ``A_n`` on ``0..n-1``: ranks, unranks, classes (see the module notes).

    All methods are vectorised over ``(m, n)`` arrays of image lists or ``(m,)`` arrays of
    indices; none needs the list of all elements.

    >>> A5 = NaturalGroup(5, alternating=True)
    >>> A5.order, len(A5.classes), A5.exponent
    (60, 5, 30)
    """

    degree: int
    alternating: bool
    order: int
    _weights: np.ndarray
    _dtype: np.dtype

    def __init__(self, degree: int, *, alternating: bool) -> None:
        order = math.factorial(degree) // (2 if alternating else 1)
        set_attributes(self, degree=degree, alternating=alternating, order=order,
                       _weights=np.array([math.factorial(degree - 1 - i) for i in range(degree)], dtype=np.int64),
                       _dtype=permutation_dtype(degree))

    def __repr__(self) -> str:
        return f"NaturalGroup({'A' if self.alternating else 'S'}{self.degree})"

    # -- ranks --------------------------------------------------------------------------

    def rank(self, perms: np.ndarray) -> np.ndarray:
        """Element indices of image lists (rows) of the group; shape ``perms.shape[:-1]``."""
        return self.locate(perms)[0]

    def locate(self, perms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``(indices, found)`` for rows that are permutations of ``0..n-1``; ``found``: the row is in the group.

        Every permutation is in ``S_n``; in ``A_n`` the even ones (the index of an odd row is meaningless).
        """
        packed = _batched(self._locate, perms, np.int64)
        return packed >> 1, (packed & 1) == 0

    def _locate(self, perms: np.ndarray) -> np.ndarray:
        digits = _lehmer_digits(perms)
        s_rank = digits @ self._weights
        if not self.alternating:
            return s_rank << 1
        return ((s_rank // 2) << 1) | (digits.sum(axis=1) % 2)  # index and parity in one int64 (n! < 2^62)

    def unrank(self, indices: np.ndarray) -> np.ndarray:
        """Image lists of element indices; shape ``indices.shape + (n,)``."""
        idx = np.asarray(indices, dtype=np.int64)
        flat = idx.reshape(-1)
        out = np.empty((flat.size, self.degree), dtype=self._dtype)
        for start in range(0, flat.size, _CHUNK):
            out[start:start + _CHUNK] = self._unrank(flat[start:start + _CHUNK])
        return out.reshape(*idx.shape, self.degree)

    def _unrank(self, idx: np.ndarray) -> np.ndarray:
        if not self.alternating:
            return _from_digits(self._digits(idx), self._dtype)
        digits = self._digits(2 * idx)  # its 1!-digit is 0; set it to make the digit sum (the parity) even
        digits[:, self.degree - 2] = digits.sum(axis=1) % 2
        return _from_digits(digits, self._dtype)

    def _digits(self, s_rank: np.ndarray) -> np.ndarray:
        digits = np.empty((s_rank.size, self.degree), dtype=np.int64)
        rest = s_rank.copy()
        for i, w in enumerate(self._weights.tolist()):
            digits[:, i], rest = np.divmod(rest, w)
        return digits

    @functools.cached_property
    def elements(self) -> np.ndarray:
        """All elements, sorted lexicographically (the enumerated group's element array, read-only).

        Built on first use; callers check the enumeration limit first.
        """
        return readonly(self.unrank(np.arange(self.order, dtype=np.int64)))

    # -- classes ------------------------------------------------------------------------

    @functools.cached_property
    def classes(self) -> tuple[CycleClass, ...]:
        """The classes in the stable order of :mod:`symproof.groups.conjugacy`."""
        found = []
        for mu in cycle_types(self.degree):
            odd = (self.degree - len(mu)) % 2
            if self.alternating and odd:
                continue
            size, order = _class_size(mu), math.lcm(*mu)
            least = np.array([_least_of_type(mu)], dtype=self._dtype)
            if self.alternating and splits_in_alternating(mu):
                other = _conjugate_last_two(least)
                found += [CycleClass(mu, half, int(self.rank(r)[0]), size // 2, order)
                          for half, r in enumerate([least, other])]
            else:
                found.append(CycleClass(mu, 0, int(self.rank(least)[0]), size, order))
        return tuple(sorted(found, key=lambda c: (c.element_order, c.size, c.representative)))

    @property
    def exponent(self) -> int:
        """``lcm`` of the element orders (``lcm(1..n)`` for ``S_n``; for ``A_n`` only even types count)."""
        return math.lcm(*(c.element_order for c in self.classes))

    @functools.cached_property
    def _type_table(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Sorted cycle-type keys; per key the position of half 0 and of half 1, and the listing parity of half 0."""
        positions: dict[int, list[int]] = {}
        parity: dict[int, int] = {}
        for pos, c in enumerate(self.classes):
            key = int(_type_key(np.array([_counts_of(c.cycle_type, self.degree)]), self.degree)[0])
            positions.setdefault(key, [pos, pos])[c.half] = pos
            if c.half == 0:
                rep = self.unrank(np.array([c.representative]))
                parity[key] = int(_listing_parity(rep)[0])
        keys = np.array(sorted(positions), dtype=np.int64)
        first = np.array([positions[k][0] for k in keys.tolist()], dtype=np.int64)
        second = np.array([positions[k][1] for k in keys.tolist()], dtype=np.int64)
        ref = np.array([parity[k] for k in keys.tolist()], dtype=np.int64)
        return keys, first, second, first != second, ref

    def class_positions(self, perms: np.ndarray) -> np.ndarray:
        """The position (in :attr:`classes`) of the class of each row (an element of the group)."""
        return _batched(self._class_positions, perms, np.int64)

    def _class_positions(self, perms: np.ndarray) -> np.ndarray:
        keys, first, second, split, ref = self._type_table
        lengths = _cycle_lengths(perms)
        which = np.searchsorted(keys, _type_key(_counts(lengths), self.degree))
        out = first[which].copy()
        rows = np.flatnonzero(split[which])
        if rows.size:
            half = _listing_parity(perms[rows], lengths[rows]) != ref[which[rows]]
            out[rows] = np.where(half, second[which[rows]], first[which[rows]])
        return out


def recognise(generators: np.ndarray, order: int) -> NaturalGroup | None:
    """The natural ``S_n`` or ``A_n`` the generators generate, from the group's ``order``; else ``None``.

    Only ``3 <= n <= MAX_RANKED_DEGREE``. A generating set of ``A_n`` consists of even permutations.

    >>> recognise(np.array([[1, 0, 2], [1, 2, 0]]), 6)
    NaturalGroup(S3)
    >>> recognise(np.array([[1, 2, 0, 3]]), 3) is None
    True
    """
    n = generators.shape[1]
    if not 3 <= n <= MAX_RANKED_DEGREE or order not in (math.factorial(n), math.factorial(n) // 2):
        return None
    alternating = order != math.factorial(n)
    if alternating and np.any(_lehmer_digits(generators).sum(axis=1) % 2):  # pragma: no cover - index 2 is A_n
        return None
    return NaturalGroup(n, alternating=alternating)


# -- vectorised permutation statistics ------------------------------------------------


def _batched(fn: Callable[[np.ndarray], np.ndarray], perms: np.ndarray, dtype: type) -> np.ndarray:
    arr = np.asarray(perms)
    rows = arr.reshape(-1, arr.shape[-1]).astype(np.int64)
    out: np.ndarray = np.empty(rows.shape[0], dtype=dtype)
    for start in range(0, rows.shape[0], _CHUNK):
        out[start:start + _CHUNK] = fn(rows[start:start + _CHUNK])
    return out.reshape(arr.shape[:-1])


def _lehmer_digits(perms: np.ndarray) -> np.ndarray:
    """``c_i = #{j > i : p_j < p_i}`` for each row."""
    p = np.asarray(perms, dtype=np.int64)
    n = p.shape[1]
    digits = np.zeros(p.shape, dtype=np.int64)
    for i in range(n - 1):
        digits[:, i] = np.count_nonzero(p[:, i + 1:] < p[:, i:i + 1], axis=1)
    return digits


def _from_digits(digits: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """The permutations with the given Lehmer codes (digit ``c_i``: pick the ``c_i``-th unused value)."""
    m, n = digits.shape
    rows = np.arange(m)
    unused = np.broadcast_to(np.arange(n, dtype=np.int64), (m, n))
    out = np.empty((m, n), dtype=dtype)
    for i in range(n):
        d = digits[:, i]
        out[:, i] = unused[rows, d]
        if i < n - 1:
            unused = np.where(np.arange(n - 1 - i)[None, :] < d[:, None], unused[:, :-1], unused[:, 1:])
    return out


def _conjugate_last_two(p: np.ndarray) -> np.ndarray:
    """``t p t`` for the transposition ``t = (n-2 n-1)``."""
    n = p.shape[1]
    t = np.arange(n)
    t[[n - 2, n - 1]] = [n - 1, n - 2]
    return t[p[:, t]].astype(p.dtype)


def _cycle_lengths(p: np.ndarray) -> np.ndarray:
    """``L[r, i]``: the length of the cycle of point ``i`` in row ``r``."""
    m, n = p.shape
    points = np.arange(n)
    lengths = np.zeros((m, n), dtype=np.int64)
    current = p.astype(np.intp)
    for k in range(1, n + 1):
        lengths[(current == points) & (lengths == 0)] = k
        if lengths.all():
            break
        current = np.take_along_axis(p, current, axis=1).astype(np.intp)
    return lengths


def _counts(lengths: np.ndarray) -> np.ndarray:
    """``c[r, l]``: the number of cycles of length ``l`` in row ``r`` (``l = 0..n``)."""
    n = lengths.shape[1]
    return np.stack([np.count_nonzero(lengths == length, axis=1) // max(length, 1) for length in range(n + 1)], axis=1)


def _counts_of(mu: tuple[int, ...], n: int) -> list[int]:
    c = Counter(mu)
    return [c.get(length, 0) for length in range(n + 1)]


def _type_key(counts: np.ndarray, n: int) -> np.ndarray:
    """An injective integer key of a cycle type: ``c_l <= n / l`` read in the mixed radix ``n // l + 1``."""
    places, place = [0], 1  # no cycles of length 0
    for length in range(1, n + 1):
        places.append(place)
        place *= n // length + 1
    return counts @ np.array(places, dtype=np.int64)


def _listing_parity(p: np.ndarray, lengths: np.ndarray | None = None) -> np.ndarray:
    """Parity of the listing of the points cycle by cycle (cycles by length, each from its least point).

    Only used for types with distinct cycle lengths, where the listing is well defined.
    """
    m, n = p.shape
    lengths = _cycle_lengths(p) if lengths is None else lengths
    points = np.broadcast_to(np.arange(n), (m, n))
    walk = points.astype(np.intp)
    least = walk.copy()
    for _ in range(n - 1):  # the least point of each cycle
        walk = np.take_along_axis(p, walk, axis=1).astype(np.intp)
        least = np.minimum(least, walk)
    steps = np.full((m, n), -1, dtype=np.int64)  # steps from i forward to the least point of its cycle
    walk = points.astype(np.intp)
    for t in range(n):
        steps[(walk == least) & (steps < 0)] = t
        walk = np.take_along_axis(p, walk, axis=1).astype(np.intp)
    distance = (lengths - steps) % lengths  # from the least point forward to i
    listing = np.argsort(lengths * n + distance, axis=1, kind="stable")
    return _lehmer_digits(listing).sum(axis=1) % 2
