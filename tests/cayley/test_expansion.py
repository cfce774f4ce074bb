"""Edge expansion by brute force against closed forms and networkx; the Cheeger inequalities."""

import itertools
from fractions import Fraction

import networkx as nx
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import symproof as sp
from symproof.testing import catalog_groups, multisets


def _networkx_expansion(X):
    """``min e(A, V-A)/|A|`` over ``0 < |A| <= |V|/2`` with networkx's ``cut_size`` (slow, small graphs)."""
    nodes = list(X.nodes)
    return min(Fraction(nx.cut_size(X, A), len(A))
               for k in range(1, len(nodes) // 2 + 1) for A in itertools.combinations(nodes, k))


@pytest.mark.parametrize("X, h", [
    (nx.cycle_graph(9), Fraction(2, 4)),
    (nx.cycle_graph(10), Fraction(2, 5)),
    (nx.complete_graph(7), Fraction(4)),
    (nx.complete_graph(8), Fraction(4)),
    (nx.hypercube_graph(4), Fraction(1)),
    (nx.petersen_graph(), Fraction(1)),
    (nx.path_graph(6), Fraction(1, 3)),
    (nx.disjoint_union(nx.cycle_graph(3), nx.cycle_graph(4)), Fraction(0)),
])
def test_edge_expansion_of_known_graphs(X, h):
    result = sp.edge_expansion(X)
    assert result.value == h and result.kind == "exact"
    assert 0 < len(result.witness) <= X.number_of_nodes() // 2
    assert Fraction(nx.cut_size(X, result.witness), len(result.witness)) == h


@given(st.integers(2, 8), st.integers(0, 2**32 - 1))
def test_edge_expansion_equals_networkx_minimum_over_all_sets(n, seed):
    X = nx.gnp_random_graph(n, 0.5, seed=seed)
    assert sp.edge_expansion(X).value == _networkx_expansion(X)


def test_multigraph_counts_parallel_edges_and_ignores_loops():
    G = sp.group("S3")
    t = G.index([1, 0, 2])
    X = sp.cayley_graph(G, [t, t, 0])  # two copies of each transposition edge and a loop per node
    assert sp.edge_expansion(X).value == 2 * sp.edge_expansion(sp.cayley_graph(G, [t])).value == 0


@given(catalog_groups(min_order=2, max_order=16), st.data())
def test_cheeger_inequalities_hold_on_small_cayley_graphs(G, data):
    S = data.draw(multisets(G, min_size=1, max_size=3))
    S = sorted(S + G.inverses[np.array(S)].tolist())
    h = sp.edge_expansion(sp.cayley_graph(G, S)).value
    bounds = sp.cheeger_bounds(G, S, exact=True)
    assert bounds.kind == "exact" and bounds.degree == len(S)
    assert bounds.holds_for(h)
    numeric = sp.cheeger_bounds(G, S, exact=False)
    assert numeric.kind == "numeric" and numeric.holds_for(float(h))
    assert float(numeric.lower) == pytest.approx(float(bounds.lower), abs=1e-9)


def test_cheeger_lower_bound_is_attained_by_the_hypercube():
    G = sp.group("C2^4")
    units = [int(g) for g in G.generator_indices[:4]]
    bounds = sp.cheeger_bounds(G, units)
    assert bounds.second_eigenvalue == 2 and bounds.lower == 1 == sp.edge_expansion(sp.cayley_graph(G, units)).value


def test_disconnected_cayley_graph_has_zero_expansion_and_zero_bounds():
    G = sp.group("C6")
    S = [[3, 4, 5, 0, 1, 2]]  # rotation by 3: three components {x, x + 3}
    bounds = sp.cheeger_bounds(G, S)
    assert bounds.lower == bounds.upper == 0 == sp.edge_expansion(sp.cayley_graph(G, S)).value
