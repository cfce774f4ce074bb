"""The catalog as a list: one group per isomorphism type, by order.

:func:`catalog` tries the catalog's families in a fixed order and keeps a group when its
isomorphism invariant is new. Every group of order <= 15 is listed; above that the list is
incomplete (the SmallGroups data of the checker issue will say by how much).

>>> [G.name for G in catalog(6)]
['C1', 'C2', 'C3', 'C4', 'C2 x C2', 'C5', 'C6', 'D3']
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from math import factorial, gcd

import sympy

from symproof._validation import check_int
from symproof.groups.catalog import semidirect_twists
from symproof.groups.finite_group import FiniteGroup
from symproof.groups.spec import group

__all__ = ["catalog"]


def _invariant(G: FiniteGroup) -> tuple:
    """An isomorphism invariant: per class, its size, element order and the sizes/orders of its prime powers."""
    primes = sympy.primefactors(G.order)
    classes = G.conjugacy_classes()
    maps = [G.power_map(p) for p in primes]
    rows = sorted((c.size, c.element_order, *((classes[m[c.position]].size, classes[m[c.position]].element_order)
                                             for m in maps)) for c in classes)
    return (G.order, tuple(rows))


def _abelian_specs(max_order: int) -> Iterator[str]:
    """Non-cyclic abelian groups by invariant factors ``a_1 | a_2 | ...``."""
    def chains(limit: int, least: int) -> Iterator[list[int]]:
        for a in range(least, limit + 1):
            yield [a]
            for rest in chains(limit // a, a):
                if rest[0] % a == 0:
                    yield [a, *rest]
    for chain in chains(max_order, 2):
        if len(chain) > 1:
            yield " x ".join(f"C{a}" for a in chain)


def _candidate_specs(max_order: int) -> Iterator[str]:
    N = max_order
    yield from (f"C{n}" for n in range(1, N + 1))
    yield from _abelian_specs(N)
    yield from (f"D{n}" for n in range(3, N // 2 + 1))
    yield from (f"Dic{n}" for n in range(2, N // 4 + 1))
    n = 4
    while factorial(n) // 2 <= N:
        if factorial(n) <= N:
            yield f"S{n}"
        yield f"A{n}"
        n += 1
    d = 3
    while 2**d * factorial(d) <= N:
        yield f"B{d}"
        d += 1
    yield from (s for s, o in (("SL(2,3)", 24), ("GL(2,3)", 48)) if o <= N)
    q = 4
    while q * (q * q - 1) // gcd(2, q - 1) <= N:
        if len(sympy.factorint(q)) == 1:
            yield f"PSL(2,{q})"
        q += 1
    yield from _higher_linear_specs(N)
    yield from (f"M{n}" for n, o in ((11, 7920), (12, 95040)) if o <= N)
    for n, m in itertools.product(range(3, N // 2 + 1), range(2, N // 3 + 1)):
        if n * m <= N:
            yield from (f"C{n} x|[{r}] C{m}" for r in _canonical_twists(n, m))
    small_nonabelian = ["S3", "D4", "Q8", "D5", "A4", "Dic3", "D6"]
    for spec, k in itertools.product(small_nonabelian, range(2, N // 6 + 1)):
        yield f"{spec} x C{k}"


def _linear_order(n: int, q: int) -> int:
    """``|GL(n, q)| = prod_{i<n} (q^n - q^i)``."""
    out = 1
    for i in range(n):
        out *= q**n - q**i
    return out


def _higher_linear_specs(max_order: int) -> Iterator[str]:
    """``PSL(n,q)``, ``SL(n,q)``, ``GL(n,q)`` for ``n >= 3`` of order at most ``max_order``."""
    n = 3
    while _linear_order(n, 2) <= max_order:
        q = 2
        while _linear_order(n, q) // (q - 1) // gcd(n, q - 1) <= max_order:
            if len(sympy.factorint(q)) == 1:
                sl = _linear_order(n, q) // (q - 1)
                orders: dict[int, str] = {}
                for name, o in (("PSL", sl // gcd(n, q - 1)), ("SL", sl), ("GL", sl * (q - 1))):
                    orders.setdefault(o, name)  # equal orders: one group, named by the smallest construction
                yield from (f"{name}({n},{q})" for o, name in orders.items() if o <= max_order)
            q += 1
        n += 1


def _canonical_twists(n: int, m: int) -> list[int]:
    """One twist per cyclic subgroup ``<r>`` of the units mod ``n`` (same subgroup, isomorphic group)."""
    seen, out = set(), []
    for r in semidirect_twists(n, m):
        powers = frozenset(pow(r, k, n) for k in range(m))
        if powers not in seen:
            seen.add(powers)
            out.append(r)
    return out


def catalog(max_order: int, *, min_order: int = 1) -> list[FiniteGroup]:
    """Catalog groups of order in ``[min_order, max_order]``, at most one per isomorphism type.

    The families are tried in a fixed order (cyclic, abelian, dihedral, dicyclic, symmetric,
    alternating, hyperoctahedral, linear (``n = 2``, then ``n >= 3``), Mathieu, semidirect ``C_n x| C_m``, products of a small
    non-abelian group with a cyclic one); a group is kept when its isomorphism invariant
    (class sizes and element orders, with their power maps) differs from every group kept
    before, so two kept groups are never isomorphic. Every group of order <= 15 is listed.
    Sorted by order, then by family order.

    Parameters
    ----------
    max_order : int
        Largest order, at least 1.
    min_order : int
        Smallest order.

    Returns
    -------
    list of FiniteGroup
        Pairwise non-isomorphic groups.

    Raises
    ------
    InvalidArgumentError
        If an order is not an int (:class:`InvalidValueError` if it is below 1).

    Notes
    -----
    Each candidate costs its conjugacy classes and power maps, ``O(|G|^2)``; the invariants
    are compared by hashing.

    Examples
    --------
    >>> import symproof as sp
    >>> [G.order for G in sp.catalog(4)]
    [1, 2, 3, 4, 4]
    >>> [G.name for G in catalog(8, min_order=8)]
    ['C8', 'C2 x C2 x C2', 'C2 x C4', 'D4', 'Dic2']
    """
    max_order = check_int(max_order, "max_order", min_value=1)
    min_order = check_int(min_order, "min_order", min_value=1)
    kept: dict[tuple, FiniteGroup] = {}
    for spec in _candidate_specs(max_order):
        G = group(spec)
        if min_order <= G.order <= max_order:
            kept.setdefault(_invariant(G), G)
    return sorted(kept.values(), key=lambda G: G.order)
