"""The catalog: spec grammar, coverage of small orders, natural actions."""

import collections
import itertools

import numpy as np
import pytest
import sympy

import symproof as sp
from symproof.groups.census import _invariant

# number of isomorphism types of groups of order n (OEIS A000001)
GROUPS_OF_ORDER = {1: 1, 2: 1, 3: 1, 4: 2, 5: 1, 6: 2, 7: 1, 8: 5, 9: 2, 10: 2, 11: 1, 12: 5, 13: 1, 14: 2, 15: 1}


def test_every_group_of_order_at_most_15_is_in_the_catalog():
    groups = sp.catalog(15)
    counts = collections.Counter(G.order for G in groups)
    assert dict(counts) == GROUPS_OF_ORDER
    invariants = [_invariant(G) for G in groups]
    assert len(set(invariants)) == len(invariants)


def test_catalog_sweep_orders_and_bounds():
    groups = sp.catalog(32, min_order=16)
    assert all(16 <= G.order <= 32 for G in groups)
    assert [G.order for G in groups] == sorted(G.order for G in groups)
    assert len({_invariant(G) for G in groups}) == len(groups)


@pytest.mark.parametrize("spec, order, name", [
    ("S4", 24, "S4"), ("s4", 24, "S4"), ("C12", 12, "C12"), ("Z5", 5, "C5"), ("D4", 8, "D4"),
    ("Dic3", 12, "Dic3"), ("Q8", 8, "Q8"), ("Q16", 16, "Q16"), ("V4", 4, "V4"), ("B3", 48, "B3"),
    ("A5", 60, "A5"), ("C2 x C4", 8, "C2 x C4"), ("C2*C2", 4, "C2 x C2"), ("C2 × C3", 6, "C2 x C3"),
    ("C2^3", 8, "C2 x C2 x C2"), ("(C2 x C3)^2", 36, "C2 x C3 x C2 x C3"), ("C7 x| C3", 21, "C7 x|[2] C3"),
    ("C7 x|[4] C3", 21, "C7 x|[4] C3"), ("C3 x|[2] C4", 12, "C3 x|[2] C4"), ("SL(2,3)", 24, "SL(2,3)"),
    ("GL(2, 3)", 48, "GL(2,3)"), ("PSL(2,7)", 168, "PSL(2,7)"), ("D4 x C3", 24, "D4 x C3"),
])
def test_spec_grammar(spec, order, name):
    G = sp.group(spec)
    assert (G.order, G.name) == (order, name)


def test_dicyclic_is_the_presented_group():
    # Dic3 = C3 x|[2] C4 and Dic2 = Q8: same invariants; Q8 has a unique involution
    assert _invariant(sp.group("Dic3")) == _invariant(sp.group("C3 x|[2] C4"))
    assert _invariant(sp.group("Dic2")) == _invariant(sp.group("Q8"))
    assert int((sp.group("Q16").element_orders == 2).sum()) == 1


def test_semidirect_twist_of_order_two_is_dihedral():
    assert _invariant(sp.group("C5 x|[4] C2")) == _invariant(sp.group("D5"))


def _orthogonal_exactly(M):
    return sympy.simplify(M * M.T - sympy.eye(M.rows)) == sympy.zeros(M.rows, M.rows)


@pytest.mark.parametrize("n", [3, 4, 5, 6, 8, 12])
def test_dihedral_natural_action_is_the_polygon(n):
    G = sp.group(f"D{n}")
    rho = sp.natural_action(G)
    assert rho.dimension == 2 and rho.is_faithful()
    theta = 2 * sympy.pi / n
    rotation = sympy.Matrix([[sympy.cos(theta), -sympy.sin(theta)], [sympy.sin(theta), sympy.cos(theta)]])
    matrices = [rho.matrix(g) for g in range(G.order)]
    assert any(sympy.simplify(M - rotation) == sympy.zeros(2, 2) for M in matrices)
    assert sum(1 for M in matrices if sympy.simplify(M.det()) == -1) == n  # n reflections
    assert all(_orthogonal_exactly(M) for M in matrices)


def test_cyclic_natural_action_traces_are_2cos():
    G = sp.group("C7")
    rho = sp.natural_action(G)
    traces = sorted(float(rho.trace(g)) for g in range(7))
    expected = sorted(2 * np.cos(2 * np.pi * k / 7) for k in range(7))
    assert np.allclose(traces, expected)


@pytest.mark.parametrize("spec, dim", [("S4", 4), ("A5", 5), ("B3", 3), ("PSL(2,7)", 8), ("Q8", 4), ("Dic3", 4),
                                       ("C2 x D4", 4), ("V4", 2), ("C1", 2), ("C2", 2), ("C7 x| C3", 10)])
def test_natural_actions_are_faithful_orthogonal_homomorphisms(spec, dim):
    G = sp.group(spec)
    rho = sp.natural_action(G)
    assert rho.dimension == dim and rho.is_faithful()
    mats = rho.numeric()
    assert np.allclose(mats @ np.swapaxes(mats, 1, 2), np.eye(dim))
    rng = np.random.default_rng(0)
    for g, h in rng.integers(0, G.order, size=(10, 2)):
        assert rho.domain_matrix(G.mul(g, h)) == rho.domain_matrix(g) * rho.domain_matrix(h)


def test_permutation_actions_are_permutation_matrices():
    G = sp.group("S4")
    rho = sp.natural_action(G)
    assert rho.is_permutation_action()
    g = G.index([1, 2, 3, 0])
    M = rho.matrix(g)
    assert all(M[G.element(g)[i], i] == 1 for i in range(4))


def test_hyperoctahedral_acts_by_signed_permutation_matrices():
    G = sp.group("B3")
    rho = sp.natural_action(G)
    for g in range(G.order):
        M = np.array(rho.matrix(g), dtype=int)
        assert (np.abs(M).sum(axis=0) == 1).all() and (np.abs(M).sum(axis=1) == 1).all()
    assert len({tuple(np.array(rho.matrix(g)).ravel()) for g in range(G.order)}) == 48


def test_large_cyclic_group_is_cheap_until_its_action_is_needed():
    G = sp.group("C360")
    assert G.order == 360 and G.degree == 360
    assert len(G.conjugacy_classes()) == 360
