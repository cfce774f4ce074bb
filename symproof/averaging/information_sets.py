"""Sparsest exact schemes through an information set: a Brouwer–Zimmermann search over ``Q``.

A scheme ``omega`` is exact on ``F`` iff it lies in ``W = {omega : omega * e = 0}`` (``e`` the central
idempotent of ``Irr(F)``, MATH.md section 3) with ``sum omega = 1``. ``W`` has dimension ``m = |G| - D2``
and is invariant under ``omega -> omega(a^{-1} . b)`` (``a, b`` in ``G``: ``omega_hat(pi)`` is multiplied by
``pi(a)`` and ``pi(b)^{-1}``), which keeps the sum, the signs and the size. An *information set* is a set
``I`` of ``m`` elements on which restriction ``W -> Q^I`` is bijective. Two facts make a search over ``I``
exhaustive:

* *averaging*: a scheme ``S`` of size ``s`` has a left translate meeting ``I`` in at most
  ``floor(m s / |G|)`` elements (each pair ``(x, i)`` in ``S x I`` has exactly one ``h`` with ``h x = i``,
  so the ``|G|`` translates meet ``I`` in ``m s`` elements altogether);
* *basic solutions*: a sparsest (signed) scheme, and a vertex of the probability schemes on a support, is
  the only scheme on its support; with ``T = supp omega ∩ I`` it is the ``c`` in ``Q^T`` (its weights on
  ``T``) orthogonal to ``t - 1`` independent functionals ``ell_x`` (its values at ``x`` outside ``I``) with
  ``sigma(c) = sum omega = 1``.

So for each ``T`` up to the stabiliser of ``I`` (``1 <= |T| <= floor(m s / |G|)``) a depth-first search picks
the lexicographically first basis of the zero functionals, allowing at most ``s - |T|`` non-zero values
outside ``I`` on the way: at most ``C(s - 1, |T| - 1)`` leaves, each one exact integer linear algebra.

>>> import symproof as sp
>>> F = sp.polynomials(sp.natural_action(sp.group("S4")), max_degree=2)
>>> search = InformationSetSearch.of(F)
>>> search.dimension, search.symmetries > 1
(11, True)
>>> support, weights = search.sparsest(below=11, signed=False)
>>> len(support), sum(weights)              # AC_ex = 10 (probability schemes)
(10, Fraction(1, 1))
>>> search.sparsest(below=10, signed=False) is None
True
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator
from fractions import Fraction
from math import comb
from typing import TYPE_CHECKING

import numpy as np
from flint import fmpq_mat, fmpz_mat

from symproof.averaging.support_orbits import multiplication_table
from symproof.errors import InvalidValueError

if TYPE_CHECKING:  # pragma: no cover
    from symproof.functions.function_class import FunctionClass
    from symproof.groups.finite_group import FiniteGroup

__all__ = ["InformationSetSearch", "fewest_in_a_translate", "idempotent_translates"]

MAX_PAIR_SYMMETRIES = 40_000  # |G|^2 pairs (a, b) above which only the left translations by K are used
MAX_SUBGROUP_TRIES = 40  # subgroups K whose orbits are tried as blocks of an information set
MAX_BACKTRACKING = 400  # rank tests in the search for one union of orbits


class InformationSetSearch:
    """The kernel ``W`` of the exact constraints in the basis of an information set ``I``.

    ``values[x]`` is the integer vector ``den * omega(x)`` as a function of ``omega|_I`` (the identity,
    times ``den``, on ``I``); ``symmetries`` counts the pairs ``(a, b)`` with ``a I b^{-1} = I``.
    """

    def __init__(self, G: FiniteGroup, kernel: list[list[int]]) -> None:
        self.order, self.dimension = len(kernel), len(kernel[0]) if kernel else 0
        self.info, self.permutations = _information_set(G, kernel, self.dimension)
        inverse = fmpq_mat([kernel[i] for i in self.info]).inv()
        rational = fmpq_mat(kernel) * inverse
        den = math.lcm(*(int(rational[x, j].q) for x in range(self.order) for j in range(self.dimension)))
        self.values = [[int(rational[x, j] * den) for j in range(self.dimension)] for x in range(self.order)]
        self.sigma = [sum(row[j] for row in self.values) for j in range(self.dimension)]
        inside = set(self.info)
        self.outside = [x for x in range(self.order) if x not in inside]
        self.symmetries = len(self.permutations)

    @classmethod
    def of(cls, F: FunctionClass) -> InformationSetSearch:
        """The search for ``F`` (memoised on the group by ``Irr(F)``); ``F`` must have a rational idempotent."""
        from symproof.averaging.complexity import _idempotent_values

        def build(G: FiniteGroup) -> InformationSetSearch:
            values = _idempotent_values(F)
            if values is None:
                raise InvalidValueError(f"the information-set search needs a rational idempotent of Irr(F) (a "
                                        f"Galois-stable Irr(F)); {F} has none")
            X, m = fmpz_mat(idempotent_translates(G, values).tolist()).nullspace()
            return cls(G, [[int(X[g, j]) for j in range(m)] for g in range(G.order)])

        return F.group.memo(f"averaging.information_set:{tuple(F.irreducibles())}", build)

    def most_on_info(self, below: int) -> int:
        """How many elements of ``I`` some translate of any scheme smaller than ``below`` meets, at most."""
        return fewest_in_a_translate(self.order, below - 1, self.dimension)

    def cost(self, below: int) -> int:
        """About the number of leaves of :meth:`sparsest`: ``C(s - 1, t - 1)`` per subset ``T`` of ``t`` positions,
        the subsets counted up to the symmetries (``s = below - 1``)."""
        s, most = below - 1, self.most_on_info(below)
        total = 0
        for t in range(1, most + 1):
            if self._tight(below) and t == most:
                subsets, symmetries = comb(self.dimension - 1, t - 1), len(self._anchor()[1])
            else:
                subsets, symmetries = comb(self.dimension, t), self.symmetries
            total += -(-subsets // symmetries) * comb(s - 1, t - 1)
        return total

    def _tight(self, below: int) -> bool:
        """``m s / |G|`` is an integer: at ``t`` equal to it every translate meets ``I`` in exactly ``t`` elements
        (the minimum is the average), so one of them contains any chosen position."""
        return self.most_on_info(below) * self.order == self.dimension * (below - 1)

    def _anchor(self) -> tuple[int, list[np.ndarray]]:
        """The position of ``I`` fixed by most symmetries, with the symmetries fixing it."""
        anchor = max(range(self.dimension), key=lambda j: sum(1 for perm in self.permutations if perm[j] == j))
        return anchor, [perm for perm in self.permutations if perm[anchor] == anchor]

    def sparsest(self, below: int, signed: bool) -> tuple[list[int], list[Fraction]] | None:
        """A sparsest exact scheme of size ``< below`` as ``(support, weights)``, or None if there is none."""
        best: tuple[int, tuple[int, ...], list[int]] | None = None
        most, tight = self.most_on_info(below), self._tight(below)
        for t in range(1, most + 1):
            for T in self._canonical_subsets(t, anchored=tight and t == most):
                limit = (below if best is None else best[0]) - 1 - t  # non-zeros allowed outside I
                found = self._search(T, limit, signed)
                if found is not None:
                    best = (t + found[0], T, found[1])
        if best is None:
            return None
        _size, T, c = best
        omega = [sum(self.values[x][j] * cj for j, cj in zip(T, c)) for x in range(self.order)]
        total = sum(omega)
        support = [x for x in range(self.order) if omega[x]]
        return support, [Fraction(omega[x], total) for x in support]

    def _canonical_subsets(self, t: int, anchored: bool) -> Iterator[tuple[int, ...]]:
        """The ``t``-subsets of positions of ``I``, one per orbit of the stabiliser of ``I``; with ``anchored``
        only those containing the anchor (the position fixed by most symmetries), one per orbit of its
        stabiliser."""
        m, permutations = self.dimension, self.permutations
        if anchored:
            anchor, permutations = self._anchor()
            rest = [j for j in range(m) if j != anchor]
            subsets: Iterator[tuple[int, ...]] = (tuple(sorted((anchor, *c))) for c in itertools.combinations(rest, t - 1))
        else:
            subsets = itertools.combinations(range(m), t)
        if m > 62:  # bit masks in int64: no reduction
            yield from subsets
            return
        bits = np.left_shift(np.int64(1), np.arange(m, dtype=np.int64))
        for chunk in _chunks(subsets, 20_000):
            block = np.array(chunk, dtype=np.int64).reshape(len(chunk), t)
            masks = bits[block].sum(axis=1)
            least = masks.copy()
            for perm in permutations:
                np.minimum(least, bits[perm[block]].sum(axis=1), out=least)
            for i in np.flatnonzero(least == masks):
                yield tuple(int(j) for j in block[i])

    def _search(self, T: tuple[int, ...], limit: int, signed: bool) -> tuple[int, list[int]] | None:
        """The scheme with ``supp ∩ I = T`` and the fewest (at most ``limit``) non-zeros outside ``I``:
        ``(non-zeros outside, c)``."""
        if limit < 0:
            return None
        ell = [[self.values[x][j] for j in T] for x in self.outside]
        sigma = [self.sigma[j] for j in T]
        best: tuple[int, list[int]] | None = None

        def leaf(basis: list[tuple[int, list[int]]]) -> None:
            nonlocal best, limit
            c = _normal(basis, len(T))
            if c is None:
                return
            total = sum(a * b for a, b in zip(sigma, c))
            if total == 0 or 0 in c:  # no scheme, or one with a smaller T (searched there)
                return
            if total < 0:
                c = [-a for a in c]
            values = [sum(a * b for a, b in zip(row, c)) for row in ell]
            nonzero = sum(1 for v in values if v)
            if nonzero > limit or (not signed and (min(c) < 0 or min(values) < 0)):
                return
            best, limit = (nonzero, c), nonzero - 1

        def extend(position: int, basis: list[tuple[int, list[int]]], skipped: int) -> None:
            if len(basis) == len(T) - 1:
                leaf(basis)
                return
            for x in range(position, len(ell)):
                v = _reduced(ell[x], basis)
                if any(v):  # not in the span so far: a basis element, or a non-zero value
                    extend(x + 1, [*basis, (next(j for j, a in enumerate(v) if a), v)], skipped)
                    skipped += 1
                    if skipped > limit:
                        return

        extend(0, [], 0)
        return best


def fewest_in_a_translate(order: int, size: int, subset: int) -> int:
    """``floor(|S| |I| / |G|)``: some left translate ``h S`` of a set of ``size`` elements meets a set ``I`` of
    ``subset`` elements in at most this many (the ``|G|`` translates meet it ``|S| |I|`` times altogether).

    >>> fewest_in_a_translate(48, 15, 16)
    5
    """
    return size * subset // order


def idempotent_translates(G: FiniteGroup, values: list[int]) -> np.ndarray:
    """``B[x, g] = |G| e(g^{-1} x)``, so that ``(omega * e)(x) = sum_g omega(g) e(g^{-1} x)`` is ``B omega / |G|``;
    ``|G| e`` given by its integer class values. Its kernel is ``W``.

    >>> import symproof as sp
    >>> idempotent_translates(sp.group("C2"), [1, -1]).tolist()   # |G| e = sign character
    [[1, -1], [-1, 1]]
    """
    table = G.mul(G.inverses[None, :], np.arange(G.order)[:, None])  # table[x, g] = g^{-1} x (not memoised)
    return np.asarray(values, dtype=np.int64)[G.class_of[table]]


def _information_set(G: FiniteGroup, kernel: list[list[int]], m: int) -> tuple[list[int], list[np.ndarray]]:
    """An information set of ``W`` with a large stabiliser: a union of orbits of conjugation by a small subgroup
    ``K``, or of right cosets ``K g`` (kept by left translation by ``K``), the best of those found; single
    elements when none is; with the permutations of its positions by its symmetries (:func:`_stabiliser`)."""
    from symproof.groups.subgroups import small_subgroups

    table, best = multiplication_table(G), None
    for K in itertools.islice(small_subgroups(G, lambda order: order > 1), MAX_SUBGROUP_TRIES):
        members = [int(k) for k in G.index(K.elements)]
        for images in (_conjugates(G, members), table[members]):  # x -> k x k^{-1}, x -> k x
            chosen = _union_of_orbits(kernel, _orbits(images), m)
            if chosen is not None:
                permutations = _stabiliser(G, chosen)
                if len(permutations) > (1 if best is None else len(best[1])):
                    best = (chosen, permutations)
    if best is not None:
        return best
    chosen = _union_of_orbits(kernel, [[x] for x in range(len(kernel))], m, max_steps=len(kernel))
    assert chosen is not None  # greedy on single rows never backtracks: the rows of a basis of W span Q^m
    return chosen, _stabiliser(G, chosen)


def _conjugates(G: FiniteGroup, members: list[int]) -> np.ndarray:
    """``images[i, x]`` the index of ``k_i x k_i^{-1}``."""
    table = multiplication_table(G)
    return table[table[members], G.inverses[members][:, None]]


def _orbits(images: np.ndarray) -> list[list[int]]:
    """The orbits of a group given by all its elements as the rows of ``images`` (so the orbit of ``x`` is the
    column ``images[:, x]``), largest first."""
    label = images.min(axis=0)
    groups: dict[int, list[int]] = {}
    for x in range(images.shape[1]):
        groups.setdefault(int(label[x]), []).append(x)
    return sorted(groups.values(), key=len, reverse=True)


def _union_of_orbits(kernel: list[list[int]], blocks: list[list[int]], m: int,
                     max_steps: int = MAX_BACKTRACKING) -> list[int] | None:
    """A union of blocks on which ``W`` restricts bijectively (backtracking, at most ``max_steps`` rank tests)."""
    steps = 0

    def extend(start: int, chosen: list[int]) -> list[int] | None:
        nonlocal steps
        if len(chosen) == m:
            return sorted(chosen)
        for j in range(start, len(blocks)):
            trial = chosen + blocks[j]
            steps += 1
            if steps > max_steps:
                return None
            if len(trial) <= m and fmpz_mat([kernel[x] for x in trial]).rank() == len(trial):
                found = extend(j + 1, trial)
                if found is not None:
                    return found
        return None

    return extend(0, [])


def _stabiliser(G: FiniteGroup, info: list[int]) -> list[np.ndarray]:
    """The permutations of the positions of ``I`` induced by the pairs ``(a, b)`` with ``a I b^{-1} = I``."""
    n, table = G.order, multiplication_table(G)
    where = np.full(n, -1, dtype=np.int64)
    where[info] = np.arange(len(info))
    I = np.asarray(info, dtype=np.int64)
    rights = range(n) if n * n <= MAX_PAIR_SYMMETRIES else range(1)
    found = {}
    for b in rights:
        right = table[I, G.inverses[b]]  # I b^{-1}
        images = table[:, right]  # a I b^{-1}, one row per a
        for a in np.flatnonzero((where[images] >= 0).all(axis=1)):
            perm = where[images[a]]
            found[perm.tobytes()] = perm
    return list(found.values())


def _reduced(v: list[int], basis: list[tuple[int, list[int]]]) -> list[int]:
    """``v`` reduced by an echelon basis ``(pivot, row)`` in integers (fraction-free), made primitive."""
    for j, row in basis:
        if v[j]:
            a, b = row[j], v[j]
            v = [a * x - b * y for x, y in zip(v, row)]
    g = math.gcd(*v)
    return [x // g for x in v] if g > 1 else v


def _normal(basis: list[tuple[int, list[int]]], t: int) -> list[int] | None:
    """The integer vector orthogonal to the ``t - 1`` basis rows (None if they are dependent)."""
    if not basis:
        return [1]
    X, nullity = fmpz_mat([row for _, row in basis]).nullspace()
    return [int(X[j, 0]) for j in range(t)] if nullity == 1 else None


def _chunks(items: Iterator[tuple[int, ...]], size: int) -> Iterator[list[tuple[int, ...]]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk
