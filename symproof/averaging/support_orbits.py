"""Supports up to symmetry: one canonical support per orbit of the maps that preserve an error.

The exactness of a scheme and its weak error are invariant under ``S -> h S k`` (``h, k`` in ``G``)
and ``S -> S^{-1}`` (``omega_hat(pi)`` becomes ``pi(h) omega_hat(pi) pi(k)`` or ``omega_hat(pi)^*``,
``pi`` unitary); the strong error under the translations only (``max_g`` absorbs the conjugation,
but inversion is not a symmetry of ``s``, MATH.md section 2). A support containing ``e`` is
*canonical* when its sorted tuple is the least among its images containing ``e`` (the conjugates of
``S s^{-1}``, and with inversion of ``s S^{-1}``, for ``s`` in ``S``): a search over the canonical
supports of each size visits every orbit exactly once.

>>> import symproof as sp
>>> G = sp.group("S3")
>>> canonical_supports(G, 2, inversion=True)             # e with a transposition, e with a 3-cycle
((0, 1), (0, 3))
>>> canonical_supports(G, 3, inversion=False)           # the other 3-subsets, and A3 with its coset
((0, 1, 2), (0, 3, 4))
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from math import comb
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    from symproof.groups.finite_group import FiniteGroup

__all__ = ["SupportOrbits", "canonical_count", "canonical_supports", "conjugation_table", "enumerable",
           "iter_canonical_supports", "multiplication_table", "orderly_supports"]

MAX_LISTED = 4_000_000  # supports containing e above which canonical supports are streamed, not listed and memoised
COUNT_LISTED = 300_000  # supports containing e up to which a count lists the canonical ones (else it estimates)
CHUNK = 100_000  # supports containing e generated at a time while marking orbits


def multiplication_table(G: FiniteGroup) -> np.ndarray:
    """``table[a, b]`` the index of ``a * b``, memoised on the group (read-only).

    >>> import symproof as sp
    >>> multiplication_table(sp.group("C3")).tolist()
    [[0, 1, 2], [1, 2, 0], [2, 0, 1]]
    """
    def build(H: FiniteGroup) -> np.ndarray:
        n = H.order
        table = np.asarray(H.mul(np.arange(n)[:, None], np.arange(n)[None, :]), dtype=np.int64)
        table.setflags(write=False)
        return table

    return G.memo("averaging.multiplication_table", build)


def conjugation_table(G: FiniteGroup) -> np.ndarray:
    """``table[h, x]`` the index of ``h x h^{-1}``, memoised on the group (read-only).

    >>> import symproof as sp
    >>> conjugation_table(sp.group("S3"))[1].tolist()      # conjugation by the transposition (1 2)
    [0, 1, 5, 4, 3, 2]
    """
    def build(H: FiniteGroup) -> np.ndarray:
        mul = multiplication_table(H)
        table = mul[mul, np.asarray(H.inverses)[:, None]]  # mul[mul[h, x], h^{-1}]
        table.setflags(write=False)
        return table

    return G.memo("averaging.conjugation_table", build)


class SupportOrbits:
    """The orbits of supports under ``S -> h S k`` and, when ``inversion``, ``S -> S^{-1}``.

    Groups above ``MAX_ORDER`` are not reduced: every support is its own canonical form.

    >>> import symproof as sp
    >>> orbits = SupportOrbits(sp.group("S3"), inversion=True)
    >>> orbits.canonical_form((0, 4)), orbits.is_canonical((0, 3)), orbits.is_canonical((0, 4))
    ((0, 3), True, False)
    """

    MAX_ORDER = 2000

    def __init__(self, G: FiniteGroup, inversion: bool) -> None:
        self.group, self.inversion = G, bool(inversion)
        self.reduce = G.order <= self.MAX_ORDER
        if self.reduce:
            self.mul = multiplication_table(G)
            self.inv = np.asarray(G.inverses)
            self.conj = conjugation_table(G)

    def images(self, support: tuple[int, ...]) -> np.ndarray:
        """The images of ``support`` that contain ``e``, each sorted, one per row (with repetitions)."""
        t = np.asarray(support)
        X = self.mul[t[None, :], self.inv[t][:, None]]  # row s: S s^{-1}
        if self.inversion:
            X = np.concatenate([X, self.inv[X]])
        return np.sort(self.conj[:, X].reshape(-1, len(t)), axis=1)

    def canonical_form(self, support: tuple[int, ...]) -> tuple[int, ...]:
        """The least (sorted, lexicographically) image of ``support`` that contains ``e``."""
        if not self.reduce or len(support) < 2:
            return tuple(sorted(int(x) for x in support))
        images = self.images(tuple(support))
        order = np.lexsort(images.T[::-1])
        return tuple(int(x) for x in images[order[0]])

    def is_canonical(self, support: tuple[int, ...]) -> bool:
        """Whether the sorted ``support`` (containing ``e``) is the least of its images containing ``e``."""
        if not self.reduce or len(support) < 2:
            return True
        t = np.asarray(support)
        images = self.images(support)
        differ = images != t
        first = differ.argmax(axis=1)
        smaller = differ.any(axis=1) & (images[np.arange(len(images)), first] < t[first])
        return not bool(smaller.any())


def canonical_supports(G: FiniteGroup, k: int, *, inversion: bool) -> tuple[tuple[int, ...], ...]:
    """The canonical supports of size ``k`` containing ``e`` (index 0), in lexicographic order, memoised.

    Notes
    -----
    Orbit marking: the supports containing ``e`` are visited in lexicographic order; the first one not
    yet seen is canonical, and all its images containing ``e`` are marked seen (bit masks for
    ``|G| <= 62``). Cost ``O(C(|G|-1, k-1))`` set lookups plus ``O(|G| k^2)`` per orbit. Above
    ``MAX_LISTED`` supports use :func:`iter_canonical_supports`, which streams them.
    """
    def build(H: FiniteGroup) -> tuple[tuple[int, ...], ...]:
        return tuple(_marked(SupportOrbits(H, inversion), k))

    return G.memo(f"averaging.canonical_supports:{k}:{bool(inversion)}", build)


def iter_canonical_supports(G: FiniteGroup, k: int, *, inversion: bool) -> Iterator[tuple[int, ...]]:
    """The canonical supports of size ``k`` containing ``e`` in lexicographic order: listed and memoised when
    there are at most ``MAX_LISTED`` supports containing ``e``, else generated orderly
    (:func:`orderly_supports`).

    >>> import symproof as sp
    >>> list(iter_canonical_supports(sp.group("C4"), 2, inversion=True))
    [(0, 1), (0, 2)]
    """
    if k < 1 or k > G.order:
        return iter(())
    if comb(G.order - 1, k - 1) <= MAX_LISTED:
        return iter(canonical_supports(G, k, inversion=inversion))
    return orderly_supports(G, k, inversion=inversion)


def orderly_supports(G: FiniteGroup, k: int, *, inversion: bool) -> Iterator[tuple[int, ...]]:
    """The canonical supports of size ``k`` by orderly generation: canonical prefixes extended by larger elements.

    A canonical support is the least image (sorted, lexicographically) in its orbit under a group of
    permutations of the elements (``S -> h S k``, and ``S -> S^{-1}``); removing its largest element leaves a
    canonical support. (If an image ``T'`` of ``T = S minus max`` were smaller than ``T``, the image of ``S``
    under the same map would be smaller than ``S``: it agrees with ``T'`` up to the first place ``T'`` beats
    ``T``, or beats ``S`` where the image of the largest element lands, whichever comes first.) So a
    depth-first walk that extends only canonical supports, each by the elements above its largest, meets
    every canonical support once, in lexicographic order, without walking the others.

    >>> import symproof as sp
    >>> G = sp.group("S3")
    >>> list(orderly_supports(G, 3, inversion=False)) == list(canonical_supports(G, 3, inversion=False))
    True

    Notes
    -----
    Cost: one canonicity test (``2 |G| k`` images of ``k`` elements) per canonical support of size ``< k``
    and per larger element, about ``|G|`` times the number of canonical supports of size ``k - 1``.
    """
    orbits = SupportOrbits(G, inversion)
    if k < 1 or k > G.order:
        return

    def extend(prefix: tuple[int, ...]) -> Iterator[tuple[int, ...]]:
        if len(prefix) == k:
            yield prefix
            return
        for x in range(prefix[-1] + 1, G.order - (k - len(prefix) - 1)):
            support = (*prefix, x)
            if orbits.is_canonical(support):
                yield from extend(support)

    yield from extend((0,))


def enumerable(G: FiniteGroup, k: int) -> bool:
    """Whether the canonical supports of size ``k`` may be enumerated: at most ``Limits.max_enumerated_supports``
    supports containing ``e`` to walk through, or canonicity tests of the orderly generation (about ``|G|`` per
    canonical support of size ``k - 1``, estimated).

    >>> import symproof as sp
    >>> enumerable(sp.group("S4"), 9), enumerable(sp.group("B3"), 8), enumerable(sp.group("B3"), 12)
    (True, True, False)
    """
    from symproof.config import get_limits

    limit = get_limits().max_enumerated_supports
    if comb(G.order - 1, max(k - 1, 0)) <= limit:
        return True
    return G.order * canonical_count(G, k - 1, inversion=False) <= limit


def canonical_count(G: FiniteGroup, k: int, *, inversion: bool) -> int:
    """The number of canonical supports of size ``k``: counted when listing them is cheap (or done), else estimated.

    The estimate ``C(|G| - 1, k - 1) |Z(G)| / (|G| k c)`` (``c = 2`` with inversion) counts orbits with a
    trivial stabiliser: ``(h, k)`` and ``(h z, z^{-1} k)`` act alike for ``z`` central, so an orbit has at most
    ``|G|^2 c / |Z(G)|`` supports, ``|G| k c / |Z(G)|`` of them containing ``e``. It is below the true count
    (orbits with a larger stabiliser are smaller): 33% below for ``S4`` at ``k = 7``, 9% for ``B3`` at ``k = 8``.

    >>> import symproof as sp
    >>> canonical_count(sp.group("S3"), 3, inversion=False)
    2
    """
    if k < 1 or k > G.order:
        return 0
    supports = comb(G.order - 1, k - 1)
    if G.order > SupportOrbits.MAX_ORDER:
        return supports
    if supports <= COUNT_LISTED or G.has_memo(f"averaging.canonical_supports:{k}:{bool(inversion)}"):
        return len(canonical_supports(G, k, inversion=inversion))
    return max(1, supports * G.centre().order // (G.order * k * (2 if inversion else 1)))


def _marked(orbits: SupportOrbits, k: int) -> Iterator[tuple[int, ...]]:
    """Orbit marking over the supports containing ``e`` in lexicographic order, ``seen`` indexed by lexicographic rank."""
    n = orbits.group.order
    combos = itertools.combinations(range(1, n), k - 1)
    if not orbits.reduce or k < 2:
        yield from ((0, *rest) for rest in combos)
        return
    ranks = _LexRanks(n - 1, k - 1)
    seen = np.zeros(comb(n - 1, k - 1), dtype=bool)
    index = 0
    while chunk := list(itertools.islice(combos, CHUNK)):
        for i, rest in enumerate(chunk, start=index):
            if seen[i]:
                continue
            support = (0, *rest)
            seen[ranks(orbits.images(support)[:, 1:])] = True
            yield support
        index += len(chunk)


class _LexRanks:
    """The lexicographic rank of ``r``-subsets ``c_1 < ... < c_r`` of ``{1, ..., m}`` (rows of an array).

    ``rank = sum_i sum_{c_{i-1} < v < c_i} C(m - v, r - i)`` (``c_0 = 0``): the subsets before it that
    first differ at position ``i``. A table of prefix sums makes it one gather per position.

    >>> _LexRanks(4, 2)(np.array([[1, 2], [1, 4], [3, 4]])).tolist()
    [0, 2, 5]
    """

    def __init__(self, m: int, r: int) -> None:
        self.r = r
        v = np.arange(m + 1)
        terms = np.array([[comb(m - x, r - i) if x >= 1 else 0 for x in v] for i in range(1, r + 1)],
                         dtype=np.int64)  # terms[i - 1, v] = C(m - v, r - i)
        self.prefix = np.cumsum(terms, axis=1)  # prefix[i - 1, v] = sum_{1 <= u <= v} C(m - u, r - i)

    def __call__(self, rows: np.ndarray) -> np.ndarray:
        previous = np.zeros(rows.shape[0], dtype=np.int64)
        total = np.zeros(rows.shape[0], dtype=np.int64)
        for i in range(self.r):
            c = rows[:, i]
            total += self.prefix[i, c - 1] - self.prefix[i, previous]
            previous = c
        return total
