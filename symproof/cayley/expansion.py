"""Edge expansion of small graphs and the Cheeger inequalities for Cayley graphs.

The edge expansion (Cheeger constant) of a finite undirected graph ``X = (V, E)`` is

    h(X) = min { e(A, V - A) / |A| : A a subset of V, 0 < |A| <= |V|/2 },

``e(A, V - A)`` the number of edges with one end in ``A`` (parallel edges counted,
loops never). For a ``d``-regular graph (a loop adds ``1`` to ``d``, as in ``A``) with
second largest adjacency eigenvalue ``lambda_2`` (one copy of ``d`` removed), the
discrete Cheeger inequalities (Dodziuk; Alon–Milman; Hoory–Linial–Wigderson 2006,
Theorem 2.4) read

    (d - lambda_2) / 2  <=  h(X)  <=  sqrt(2 d (d - lambda_2)).

Both sides follow from ``x^T (dI - A) x = sum_{edges uv} (x_u - x_v)^2``, in which loops
cancel. :func:`cheeger_bounds` computes them for ``Cay(G, S)``, ``S = S^{-1}``, from
its exact (or numeric) spectrum; :func:`edge_expansion` computes ``h`` by brute force.

>>> import symproof as sp
>>> G = sp.group("C2^3")
>>> C = sp.cayley_graph(G, G.generator_indices)                 # the cube Q_3
>>> edge_expansion(C).value, cheeger_bounds(G, G.generator_indices)
(Fraction(1, 1), CheegerBounds(degree=3, second_eigenvalue=1, lower=1, upper=2*sqrt(3), provenance=Provenance.EXACT))
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Any

import networkx as nx
import numpy as np
import sympy

from symproof._frozen import frozen_record
from symproof._validation import check_int, check_type
from symproof.cayley.spectra import cayley_multiset, cayley_spectrum, route_kind
from symproof.config import get_limits, limit_hint
from symproof.errors import InvalidArgumentError, InvalidValueError, LimitExceededError
from symproof.exact.provenance import Provenance
from symproof.groups.cayley import is_symmetric_multiset

if TYPE_CHECKING:  # pragma: no cover
    from symproof.groups.finite_group import FiniteGroup

__all__ = ["CheegerBounds", "EdgeExpansion", "cheeger_bounds", "edge_expansion"]

@frozen_record
class EdgeExpansion:
    """``h(X)`` exactly, with a set ``witness`` (``|witness| <= |V|/2``) attaining it.

    ``provenance`` is ``EXACT`` (an exhaustive search in exact arithmetic); ``kind`` is its
    string, kept for compatibility. The edge expansion is
    ``h(X) = min {e(A, V - A) / |A| : 0 < |A| <= |V|/2}``. Returned by :func:`edge_expansion`.

    Attributes
    ----------
    value : Fraction
        ``h(X)``.
    witness : frozenset
        A vertex set ``A`` attaining it.
    provenance : Provenance
        ``EXACT``.
    kind : str
        ``"exact"`` (compatibility).

    Examples
    --------
    >>> import networkx as nx
    >>> import symproof as sp
    >>> h = sp.edge_expansion(nx.cycle_graph(6))
    >>> h.value, len(h.witness)
    (Fraction(2, 3), 3)
    """

    value: Fraction
    witness: frozenset
    provenance: Provenance = Provenance.EXACT

    @property
    def kind(self) -> str:
        """``self.provenance.value`` (compatibility)."""
        return self.provenance.value


@frozen_record
class CheegerBounds:
    """``lower = (d - lambda_2)/2 <= h <= upper = sqrt(2 d (d - lambda_2))`` for a ``d``-regular graph.

    ``provenance`` is that of the spectrum: ``EXACT`` (SymPy numbers, a theorem applied to an
    exact ``lambda_2``) or ``ESTIMATE`` (floats from a floating-point spectrum). ``kind``
    (``"exact"`` or ``"numeric"``, the route) is kept for compatibility. Returned by
    :func:`cheeger_bounds`.

    Attributes
    ----------
    degree : int
        ``d = |S|``.
    second_eigenvalue : sympy.Expr or float
        ``lambda_2`` of the adjacency matrix.
    lower, upper : sympy.Expr or float
        ``(d - lambda_2)/2`` and ``sqrt(2 d (d - lambda_2))``.
    provenance : Provenance
        ``EXACT`` or ``ESTIMATE``.
    kind : str
        ``"exact"`` or ``"numeric"`` (compatibility).

    Examples
    --------
    >>> import symproof as sp
    >>> b = sp.cheeger_bounds(sp.group("C4"), [1, 3])        # the 4-cycle, lambda_2 = 0
    >>> b.degree, b.second_eigenvalue, b.lower, b.holds_for(1)
    (2, 0, 1, True)
    """

    degree: int
    second_eigenvalue: Any
    lower: Any
    upper: Any
    provenance: Provenance

    kind = route_kind

    def holds_for(self, h: Any) -> bool:
        """Whether ``lower <= h <= upper`` (exactly for exact bounds and a rational ``h``; else to ``1e-9``)."""
        if self.provenance is Provenance.EXACT:
            h = sympy.Rational(h.numerator, h.denominator) if isinstance(h, Fraction) else sympy.sympify(h)
            return bool(self.lower <= h) and bool(h <= self.upper)
        return self.lower - 1e-9 <= float(h) <= self.upper + 1e-9


def edge_expansion(X: nx.Graph, *, max_vertices: int | None = None) -> EdgeExpansion:
    """The edge expansion ``h(X)`` of an undirected (multi)graph, by brute force over vertex sets.

    Parameters
    ----------
    X
        An undirected ``networkx`` graph or multigraph with at least two vertices.
    max_vertices
        Refuse graphs with more vertices (the search visits ``2^|V|`` sets); default
        ``Limits.max_expansion_vertices`` (20).

    Returns
    -------
    EdgeExpansion
        ``h(X)`` as a ``Fraction`` with a witness set.

    Raises
    ------
    InvalidArgumentError
        not a graph, a directed graph, or a ``max_vertices`` that is not an int.
    InvalidValueError
        fewer than two vertices, or ``max_vertices < 2``.
    LimitExceededError
        more than ``max_vertices`` vertices.

    Examples
    --------
    >>> import networkx as nx
    >>> edge_expansion(nx.cycle_graph(8)).value
    Fraction(1, 2)
    >>> edge_expansion(nx.complete_graph(6)).value
    Fraction(3, 1)

    Notes
    -----
    Every vertex set is a bit mask; the cut sizes of all ``2^|V|`` masks are accumulated
    edge by edge with numpy, ``O(2^|V| |E|)`` time and ``O(2^|V|)`` memory. Cut ratios have denominators at most
    ``|V|/2``, so two different ratios differ by more than ``4/|V|^2`` and the floating-point
    minimum is the exact one; it is returned as a ``Fraction``.
    """
    check_type(X, nx.Graph, "X", "an undirected networkx graph")
    if X.is_directed():
        raise InvalidArgumentError("edge expansion is defined here for undirected graphs; got a directed graph "
                                   "(a non-symmetric S gives a directed Cayley graph)")
    if max_vertices is None:
        hint = limit_hint("max_expansion_vertices")
        max_vertices = check_int(get_limits().max_expansion_vertices, "Limits.max_expansion_vertices", min_value=2)
    else:
        max_vertices = check_int(max_vertices, "max_vertices", min_value=2)
        hint = "pass a larger max_vertices="
    n = X.number_of_nodes()
    if n < 2:
        raise InvalidValueError(f"edge expansion needs at least two vertices, got {n}")
    if n > max_vertices:
        raise LimitExceededError(f"brute-force edge expansion over 2^{n} vertex sets exceeds max_vertices="
                                 f"{max_vertices}; {hint} (memory grows as 2^|V|)")
    nodes = list(X.nodes)
    position = {v: k for k, v in enumerate(nodes)}
    masks = np.arange(1, 2 ** n, dtype=np.int64)
    sizes = np.bitwise_count(masks).astype(np.int64)
    keep = sizes <= n // 2
    masks, sizes = masks[keep], sizes[keep]
    cut = np.zeros(masks.size, dtype=np.int64)
    for u, v in X.edges():
        if u != v:
            cut += (masks >> position[u] ^ masks >> position[v]) & 1
    best = int(np.argmin(cut / sizes))
    witness = frozenset(nodes[k] for k in range(n) if masks[best] >> k & 1)
    return EdgeExpansion(Fraction(int(cut[best]), int(sizes[best])), witness)


def cheeger_bounds(G: FiniteGroup, S: Any, *, exact: bool | None = None) -> CheegerBounds:
    """The Cheeger bounds on the edge expansion of ``Cay(G, S)`` for a symmetric multiset ``S``.

    With ``d = |S|`` and ``lambda_2`` the second largest adjacency eigenvalue:
    ``(d - lambda_2)/2 <= h <= sqrt(2 d (d - lambda_2))`` (see the module notes).
    Exact when the spectrum is (``exact`` as in :func:`~symproof.cayley.spectra.cayley_spectrum`).

    Parameters
    ----------
    G : FiniteGroup
        A finite group.
    S : iterable or mapping
        A symmetric multiset (``S = S^{-1}``) of elements.
    exact : bool or None
        Exact spectrum (``True``), floating point (``False``) or exact when ``|G| <= 120``.

    Returns
    -------
    CheegerBounds
        The bounds with their provenance.

    Raises
    ------
    InvalidValueError
        If ``S`` is not symmetric or is empty.
    InvalidArgumentError
        If ``S`` is malformed (:class:`NotInGroupError` for an element outside ``G``).
    LimitExceededError
        If the exact spectrum exceeds the ``max_table`` limit.

    Notes
    -----
    One adjacency spectrum by :func:`cayley_spectrum` (Fourier route, see its cost), then
    two closed-form expressions in ``lambda_2``.

    Examples
    --------
    >>> import symproof as sp
    >>> G = sp.group("C8")
    >>> b = cheeger_bounds(G, [[1, 2, 3, 4, 5, 6, 7, 0], [7, 0, 1, 2, 3, 4, 5, 6]])
    >>> b.lower, b.upper, b.holds_for(Fraction(1, 2))
    (1 - sqrt(2)/2, sqrt(8 - 4*sqrt(2)), True)
    """
    S = cayley_multiset(G, S)
    if not is_symmetric_multiset(G, S):
        raise InvalidValueError(f"the Cheeger bounds need a symmetric multiset S = S^-1, got {S.tolist()}")
    spec = cayley_spectrum(G, S, operator="adjacency", exact=exact)
    lam = spec.second_eigenvalue().value
    d = int(S.size)
    if spec.provenance is Provenance.EXACT:
        gap = sympy.Integer(d) - lam
        return CheegerBounds(d, lam, gap / 2, sympy.sqrt(2 * d * gap), Provenance.EXACT)
    gap = max(d - lam, 0.0)
    return CheegerBounds(d, lam, gap / 2, float(np.sqrt(2 * d * gap)), spec.provenance)
