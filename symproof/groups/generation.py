"""Smallest generating sets and ``d(G)``, the minimum number of generators.

``d(G)`` gives the generation lower bound ``AC_wk(L^2(G), eps) >= d(G) + 1``
for ``eps < 1`` (MATH.md section 4).

Algorithm, each step a proof:

1. The rank of the abelianisation, ``d(G/G') = max_p log_p |G / G' G^p|``, is a lower bound
   (a quotient never needs more generators), and equals ``d(G)`` when ``G`` is abelian
   (then ``d(G) = 1`` exactly when ``G`` is cyclic).
2. A non-abelian ``G`` is not cyclic, so ``d(G) >= 2``; a seeded random pair that generates
   ``G`` proves ``d(G) = 2``. At most ``RANDOM_PAIRS`` pairs are drawn; for ``S_n``, ``A_n``
   and the simple groups a random pair generates with probability about 1/2 or more.
3. Otherwise, for ``k`` from the lower bound (at least 2 when ``G`` is not abelian) up, a
   depth-first search for a generating ``k``-tuple whose first entry is a conjugacy class
   representative (generating sets can be conjugated simultaneously), later entries in
   increasing index order, each outside the subgroup generated so far.

Subgroup orders come from Schreier–Sims on the permutations. Candidates are tried in a fixed
seeded order, so the result is reproducible. Every subgroup built (random pairs included)
counts against ``max_search``; past it the search stops with :class:`SearchTooLargeError`.

>>> import symproof as sp
>>> [len(sp.group(s).minimum_generating_set()) for s in ["C12", "C2^3", "S4", "Q8", "C2 x C4"]]
[1, 3, 2, 2, 2]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import sympy

from symproof.config import resolve_limit
from symproof.errors import SearchTooLargeError
from symproof.groups.enumeration import group_order
from symproof.groups.subgroups import derived_subgroup, element_indices, generated_indices

if TYPE_CHECKING:  # pragma: no cover
    from symproof.groups.finite_group import FiniteGroup

__all__ = ["RANDOM_PAIRS", "abelianisation_rank", "minimum_generating_set"]

RANDOM_PAIRS = 64
"""How many seeded random pairs may prove ``d(G) = 2`` before the exhaustive search starts."""


def abelianisation_rank(G: FiniteGroup) -> int:
    """``d(G/G')``: the largest ``log_p |G/(G' G^p)|`` over primes ``p``.

    >>> import symproof as sp
    >>> abelianisation_rank(sp.group("C2 x C6")), abelianisation_rank(sp.group("A5"))
    (2, 0)
    """
    Gp = derived_subgroup(G)
    quotient = G.order // Gp.order
    commutator = G.index(Gp.generators)
    rank = 0
    for p in sympy.primefactors(quotient):
        gens = np.concatenate([commutator, G.power(G.generator_indices, p)])
        index = G.order // generated_indices(G, gens).size
        rank = max(rank, sympy.multiplicity(p, index))
    return rank


def minimum_generating_set(G: FiniteGroup, *, max_search: int | None = None, seed: int = 0) -> tuple[int, ...]:
    """Return a generating set of least size ``d(G)``, as element indices.

    ``d(G)`` is the minimum number of generators of ``G``; for ``eps < 1`` it gives the lower
    bound ``AC_wk(L^2(G), eps) >= d(G) + 1`` (MATH.md section 4).

    Parameters
    ----------
    G : FiniteGroup
        The group.
    max_search : int, optional
        Largest number of subgroups the search may build (default: the configured limit).
    seed : int
        Seed of the randomised first attempts.

    Returns
    -------
    tuple of int
        ``d(G)`` element indices generating ``G`` (empty for the trivial group).

    Raises
    ------
    SearchTooLargeError
        When the search would build more than ``max_search`` subgroups.

    Notes
    -----
    ``d(G) >= d(G/G')``, with equality for abelian ``G`` (``d(G) = 1`` iff ``G`` is cyclic). A
    non-abelian ``G`` needs two generators at least, and a seeded random pair that generates
    ``G`` proves ``d(G) = 2``; otherwise sizes ``k = max(2, d(G/G')), ...`` are tried by
    extending partial generating sets up to conjugacy, pruning by the order of the subgroup
    generated so far.

    Examples
    --------
    >>> import symproof as sp
    >>> len(sp.minimum_generating_set(sp.group("C2^3"))), len(sp.minimum_generating_set(sp.group("S4")))
    (3, 2)
    """
    if G.order == 1:
        return ()
    budget = [resolve_limit("max_search", max_search)]
    rng = np.random.default_rng(seed)
    if G.is_abelian():  # G = G/G': d(G) is the abelianisation rank (1 exactly when G is cyclic)
        return _search(G, abelianisation_rank(G), rng.permutation(np.arange(1, G.order)), budget)
    pair = _random_generating_pair(G, rng, budget)  # G is not cyclic: d(G) >= 2
    if pair is not None:
        return pair
    return _search(G, max(2, abelianisation_rank(G)), rng.permutation(np.arange(1, G.order)), budget)


def _random_generating_pair(G: FiniteGroup, rng: np.random.Generator, budget: list[int]) -> tuple[int, ...] | None:
    """A pair of elements generating ``G`` among ``RANDOM_PAIRS`` seeded draws, or None."""
    for _ in range(RANDOM_PAIRS):
        a, b = (int(x) for x in rng.integers(1, G.order, size=2))
        if a != b and _order(G, [a, b], budget) == G.order:
            return tuple(sorted((a, b)))
    return None


def _search(G: FiniteGroup, k: int, candidates: np.ndarray, budget: list[int]) -> tuple[int, ...]:
    """The first generating set of least size ``>= k`` in the search order (the lower bound ``k`` proven)."""
    reps = sorted((c.representative for c in G.conjugacy_classes()[1:]),
                  key=lambda r: (-G.element_orders[r], r))
    while True:
        for first in reps:
            found = _extend(G, [first], _order(G, [first], budget), k, candidates, budget)
            if found is not None:
                return tuple(sorted(found))
        k += 1


def _order(G: FiniteGroup, chosen: list[int], budget: list[int]) -> int:
    if budget[0] <= 0:
        raise SearchTooLargeError(
            f"the minimum generating set search for {G} needs more than the max_search budget; "
            "raise it with symproof.set_limits(max_search=...)")
    budget[0] -= 1
    return group_order(G.elements[element_indices(G, chosen)])


def _extend(G: FiniteGroup, chosen: list[int], current: int, k: int, candidates: np.ndarray,
            budget: list[int]) -> list[int] | None:
    """Extend ``chosen`` (generating a subgroup of order ``current``) to a generating ``k``-set."""
    if current == G.order:
        return chosen
    if len(chosen) == k:
        return None
    for x in candidates:
        if len(chosen) > 1 and x <= chosen[-1]:
            continue
        larger = _order(G, [*chosen, int(x)], budget)
        if larger == current:
            continue
        found = _extend(G, [*chosen, int(x)], larger, k, candidates, budget)
        if found is not None:
            return found
    return None
