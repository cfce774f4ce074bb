"""Cayley graphs as networkx graphs.

Convention (MATH.md section 6): for a multiset ``S`` the uniform scheme on
``S`` averages ``f(s^{-1} x)``, so the graph has an edge ``x -> s^{-1} x`` for
every node ``x`` and every ``s`` in ``S`` (a *left* Cayley graph; ``x -> x^{-1}``
maps it onto the right Cayley graph ``x -> x s``). Nodes are element indices
with attribute ``element`` (the image list); edges carry ``generator``, the
index of ``s`` in the list ``S`` (its position, so repeated elements stay apart).

When ``S = S^{-1}`` as a multiset the graph is undirected: each ``s`` is paired
with an occurrence of ``s^{-1}`` and the pair gives one undirected edge
``{x, s^{-1} x}`` per node (an involution gives one edge per unordered pair,
the identity a self-loop), with ``generator`` the position of ``s`` in the
pair. Otherwise it is directed. A set with no repeats gives a ``Graph`` or
``DiGraph``; a multiset with repeats a ``MultiGraph`` or ``MultiDiGraph``.

>>> import networkx as nx, symproof as sp
>>> G = sp.group("S4")
>>> C = cayley_graph(G, [[1, 0, 2, 3], [1, 2, 3, 0], [3, 0, 1, 2]])
>>> C.is_directed(), nx.is_connected(C), nx.diameter(C)
(False, True, 6)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import networkx as nx
import numpy as np

from symproof.groups.subgroups import element_indices

if TYPE_CHECKING:  # pragma: no cover
    from symproof.groups.finite_group import FiniteGroup

__all__ = ["cayley_graph", "is_symmetric_multiset"]


def is_symmetric_multiset(G: FiniteGroup, S: np.ndarray) -> bool:
    """Whether ``S = S^{-1}`` counting multiplicities."""
    return Counter(S.tolist()) == Counter(G.inverses[S].tolist())


def cayley_graph(G: FiniteGroup, generators: Iterable[Any]) -> nx.Graph:
    """The Cayley graph ``Cay(G, S)`` with edges ``x -> s^{-1} x`` (see the module notes).

    ``generators`` are element indices or image lists; repeats are allowed. The vertices are
    the element indices ``0..|G|-1``; for the uniform scheme on ``S`` the random walk on
    this graph is ``E_omega`` on ``L^2(G)`` (MATH.md section 6).

    Parameters
    ----------
    G : FiniteGroup
        The group.
    generators : iterable
        The multiset ``S``.

    Returns
    -------
    networkx.Graph
        An undirected multigraph when ``S = S^{-1}``, else a directed one.

    Raises
    ------
    NotInGroupError
        If an element is not in ``G``.

    Notes
    -----
    One left translation per element of ``S``: ``O(|G| |S|)`` edges.

    Examples
    --------
    >>> import symproof as sp
    >>> X = sp.cayley_graph(sp.group("C4"), [1, 3])
    >>> X.number_of_nodes(), X.number_of_edges()
    (4, 4)
    """
    S = element_indices(G, generators)
    symmetric = is_symmetric_multiset(G, S)
    multi = len(set(S.tolist())) < len(S)
    graph = (nx.MultiGraph if multi else nx.Graph) if symmetric else (nx.MultiDiGraph if multi else nx.DiGraph)
    C = graph()
    C.add_nodes_from((x, {"element": tuple(int(v) for v in G.elements[x])}) for x in range(G.order))
    nodes = np.arange(G.order)
    for pos in _edge_positions(G, S, symmetric):
        targets = G.mul(G.inverses[S[pos]], nodes)
        if symmetric and G.inverses[S[pos]] == S[pos] and S[pos] != 0:
            keep = nodes < targets  # an involution's edge {x, s x} once
            C.add_edges_from(zip(nodes[keep].tolist(), targets[keep].tolist()), generator=pos)
        else:
            C.add_edges_from(zip(nodes.tolist(), targets.tolist()), generator=pos)
    return C


def _edge_positions(G: FiniteGroup, S: np.ndarray, symmetric: bool) -> list[int]:
    """Positions of ``S`` that contribute edges: all of them, or one of each inverse pair."""
    if not symmetric:
        return list(range(len(S)))
    unmatched: dict[int, list[int]] = {}
    chosen = []
    for pos, s in enumerate(S.tolist()):
        inv = int(G.inverses[s])
        if inv != s and unmatched.get(inv):
            unmatched[inv].pop()
            continue
        chosen.append(pos)
        if inv != s:
            unmatched.setdefault(s, []).append(pos)
    return chosen
