"""Isomorphisms between finite groups by extending a map on generators.

A map ``phi`` on a generating set ``g_1..g_k`` of ``G`` extends to at most one
homomorphism: along a spanning tree of the Cayley graph, ``phi(x g_i) = phi(x) phi(g_i)``;
it is a homomorphism iff every edge agrees, and an isomorphism iff moreover it is injective
and ``|G| = |H|``. Images are searched class by class: ``phi(g_i)`` must have the
class invariants of ``g_i`` (order, class size, classes of its prime powers), and the
first image may be fixed up to conjugacy in ``H`` (an inner automorphism of ``H``).

>>> import symproof as sp
>>> from symproof.groups.isomorphism import are_isomorphic
>>> are_isomorphic(sp.group("D3"), sp.group("S3")), are_isomorphic(sp.group("C4"), sp.group("V4"))
(True, False)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import sympy

from symproof.config import resolve_limit
from symproof.errors import SearchTooLargeError

if TYPE_CHECKING:  # pragma: no cover
    from symproof.groups.finite_group import FiniteGroup

__all__ = ["are_isomorphic", "class_invariants", "isomorphism"]


def class_invariants(G: FiniteGroup) -> list[tuple]:
    """Per class: its size, element order and the (size, order) of its prime-power classes."""
    classes = G.conjugacy_classes()
    maps = [G.power_map(p) for p in sympy.primefactors(G.order)]
    return [(c.size, c.element_order, *((classes[m[c.position]].size, classes[m[c.position]].element_order)
                                        for m in maps)) for c in classes]


def _element_codes(G: FiniteGroup, H: FiniteGroup) -> tuple[np.ndarray, np.ndarray]:
    """Per element of ``G`` and of ``H``: a code of its class invariants (equal codes, equal invariants)."""
    inv_G, inv_H = class_invariants(G), class_invariants(H)
    codes = {inv: k for k, inv in enumerate(sorted(set(inv_G)))}
    return (np.array([codes[inv] for inv in inv_G])[G.class_of],
            np.array([codes.get(inv, -1) for inv in inv_H])[H.class_of])


def _extend(G: FiniteGroup, H: FiniteGroup, right: list[np.ndarray], images: list[int]) -> np.ndarray | None:
    """The injective homomorphism ``<gens> -> H`` sending the generators (given by their right
    translations ``right``) to ``images``, as an index array (``-1`` outside ``<gens>``), or ``None``.

    Every element is reached once by breadth-first search and all its edges are checked then."""
    phi = np.full(G.order, -1, dtype=np.int64)
    phi[0] = 0
    frontier = np.array([0])
    while frontier.size:
        new = []
        for R, h in zip(right, images):
            targets, values = R[frontier], H.mul(phi[frontier], h)
            fresh = phi[targets] < 0
            phi[targets[fresh]] = values[fresh]
            if np.any(phi[targets] != values):
                return None
            new.append(targets[fresh])
        frontier = np.unique(np.concatenate(new))
    reached = phi[phi >= 0]
    return phi if np.unique(reached).size == reached.size else None


def isomorphism(G: FiniteGroup, H: FiniteGroup, *, max_search: int | None = None) -> np.ndarray | None:
    """An isomorphism ``G -> H`` as an index array ``phi`` (``phi[g]`` in ``H``), or ``None`` if there is none.

    Raises :class:`~symproof.errors.SearchTooLargeError` beyond ``max_search`` candidate images
    (default: the configured ``max_search``).

    >>> import symproof as sp
    >>> G, H = sp.group("C2 x C3"), sp.group("C6")
    >>> phi = isomorphism(G, H)
    >>> all(phi[G.mul(a, b)] == H.mul(phi[a], phi[b]) for a in range(6) for b in range(6))
    True
    """
    if G.order != H.order or sorted(class_invariants(G)) != sorted(class_invariants(H)):
        return None
    if G.order == 1:
        return np.zeros(1, dtype=np.int64)
    budget = resolve_limit("max_search", max_search)
    gens = list(G.minimum_generating_set())
    code_G, code_H = _element_codes(G, H)
    candidates = [np.flatnonzero(code_H == code_G[g]) for g in gens]
    # phi may be composed with conjugation in H: the first image can be a class representative
    first = set(H.class_of[candidates[0]].tolist())
    candidates[0] = np.array([c.representative for c in H.conjugacy_classes() if c.position in first])
    right = [G.right_translation(g) for g in gens]
    attempts = 0

    def search(images: list[int]) -> np.ndarray | None:
        nonlocal attempts
        j = len(images)
        for h in candidates[j].tolist():
            attempts += 1
            if attempts > budget:
                raise SearchTooLargeError(f"isomorphism search exceeded max_search={budget} partial maps; "
                                          "raise it with symproof.limits(max_search=...)")
            phi = _extend(G, H, right[:j + 1], [*images, h])
            if phi is not None:
                found = phi if j + 1 == len(gens) else search([*images, h])
                if found is not None:
                    return found
        return None

    return search([])


def are_isomorphic(G: FiniteGroup, H: FiniteGroup, *, max_search: int | None = None) -> bool:
    """Whether ``G`` and ``H`` are isomorphic (see :func:`isomorphism`)."""
    return isomorphism(G, H, max_search=max_search) is not None
