"""Cayley graphs against closed forms and networkx's own algorithms."""

import networkx as nx
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import symproof as sp
from symproof.groups.subgroups import generated_indices
from symproof.testing import catalog_groups, multisets, subsets


def _unit_vectors(G, m):
    """Elements of C2^m flipping one factor (the generators of the spec, in order)."""
    return [int(g) for g in G.generator_indices[:m]]


@pytest.mark.parametrize("m", range(1, 7))
def test_cayley_graph_of_elementary_abelian_2_group_is_the_hypercube(m):
    G = sp.group(f"C2^{m}")
    C = sp.cayley_graph(G, _unit_vectors(G, m))
    assert not C.is_directed()
    assert nx.is_isomorphic(C, nx.hypercube_graph(m))


@pytest.mark.parametrize("n", range(3, 7))
def test_adjacent_transpositions_diameter_is_the_maximal_inversion_number(n):
    G = sp.group(f"S{n}")
    adjacent = [[*range(i), i + 1, i, *range(i + 2, n)] for i in range(n - 1)]
    C = sp.cayley_graph(G, adjacent)
    assert nx.diameter(C) == n * (n - 1) // 2


def test_cycle_graph_and_edge_convention():
    G = sp.group("C8")
    s = G.generator_indices[0]
    C = sp.cayley_graph(G, [int(s), G.inverse(int(s))])
    assert nx.is_isomorphic(C, nx.cycle_graph(8))
    D = sp.cayley_graph(G, [int(s)])
    assert D.is_directed()
    for x, y, data in D.edges(data=True):
        assert y == G.mul(G.inverse(int(s)), x) and data["generator"] == 0
    assert D.nodes[0]["element"] == tuple(range(8))


def test_multiset_gives_a_multigraph_with_the_right_degrees():
    G = sp.group("S3")
    t = G.index([1, 0, 2])
    C = sp.cayley_graph(G, [t, t, 0])
    assert isinstance(C, nx.MultiGraph)
    assert C.number_of_edges() == 2 * 3 + 6  # two copies of each transposition edge, a loop per node


@given(catalog_groups(max_order=48), st.data())
def test_connected_iff_generating(G, data):
    S = data.draw(subsets(G, max_size=3))
    C = sp.cayley_graph(G, S)
    generates = generated_indices(G, np.array(S, dtype=np.int64)).size == G.order
    connected = nx.is_weakly_connected(C) if C.is_directed() else nx.is_connected(C)
    assert connected == generates


@given(catalog_groups(max_order=36), st.data())
def test_out_degree_is_the_size_of_the_multiset(G, data):
    S = data.draw(multisets(G, min_size=1, max_size=4))
    C = sp.cayley_graph(G, S)
    if C.is_directed():
        assert all(d == len(S) for _, d in C.out_degree())
    else:
        loops = S.count(0)
        assert all(d == len(S) + loops for _, d in C.degree())
