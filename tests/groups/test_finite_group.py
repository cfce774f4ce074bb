"""FiniteGroup: enumeration, products, inverses, orders, SymPy agreement."""

import itertools
from math import factorial, gcd

import numpy as np
import pytest
import sympy
from hypothesis import given
from hypothesis import strategies as st
from sympy.combinatorics import Permutation, PermutationGroup
from sympy.combinatorics.named_groups import AlternatingGroup, DihedralGroup, SymmetricGroup

import symproof as sp
from symproof.testing import catalog_groups, elements


@pytest.mark.parametrize("n", range(1, 9))
def test_symmetric_and_alternating_orders(n):
    assert sp.group(f"S{n}").order == factorial(n)
    assert sp.group(f"A{n}").order == max(1, factorial(n) // 2)


def test_symmetric_9_enumerates_every_permutation_once():
    G = sp.group("S9")
    assert G.order == 362_880
    assert len({row.tobytes() for row in G.elements}) == G.order
    assert G.element(0) == tuple(range(9))


@pytest.mark.parametrize("d", range(1, 6))
def test_hyperoctahedral_order(d):
    assert sp.group(f"B{d}").order == 2**d * factorial(d)


@pytest.mark.parametrize("q", [2, 3, 4, 5, 7, 8, 9, 11, 13, 16, 17, 19, 25, 27])
def test_linear_group_orders(q):
    assert sp.group(f"PSL(2,{q})").order == q * (q * q - 1) // gcd(2, q - 1)
    if q <= 9:
        assert sp.group(f"SL(2,{q})").order == q * (q * q - 1)
        assert sp.group(f"GL(2,{q})").order == (q * q - 1) * (q * q - q)


@pytest.mark.parametrize("n", range(1, 13))
def test_cyclic_dihedral_dicyclic_orders(n):
    assert sp.group(f"C{n}").order == n
    assert sp.group(f"D{n}").order == 2 * n
    if n >= 2:
        assert sp.group(f"Dic{n}").order == 4 * n


def test_elements_sorted_identity_first_independent_of_generators():
    a = sp.FiniteGroup.from_permutations([[1, 0, 2, 3], [1, 2, 3, 0]])
    b = sp.FiniteGroup.from_permutations([[0, 2, 1, 3], [3, 0, 1, 2], [1, 0, 3, 2]])
    assert a == b
    assert np.array_equal(a.elements, b.elements)
    assert [tuple(r) for r in a.elements.tolist()] == sorted(itertools.permutations(range(4)))


@pytest.mark.parametrize("pg", [SymmetricGroup(5), AlternatingGroup(5), DihedralGroup(7),
                                PermutationGroup([Permutation([1, 2, 3, 4, 0, 5, 6]), Permutation([0, 1, 2, 3, 4, 6, 5])])],
                         ids=["S5", "A5", "D7", "C5xC2"])
def test_sympy_built_group_agrees_with_sympy(pg):
    G = sp.FiniteGroup.from_sympy(pg)
    assert G.order == pg.order()
    assert {tuple(p.array_form) for p in pg.generate()} == {tuple(r) for r in G.elements.tolist()}
    rng = np.random.default_rng(1)
    for g, h in rng.integers(0, G.order, size=(30, 2)):
        p, q = Permutation(list(G.element(g))), Permutation(list(G.element(h)))
        # SymPy's p*q applies p first; ours g*h applies h first
        assert G.element(G.mul(g, h)) == tuple((q * p).array_form)
        assert G.element(G.inverse(g)) == tuple((~p).array_form)
        assert G.element_orders[g] == p.order()


def test_sympy_and_permutation_versions_of_the_same_group_agree():
    from_sympy = sp.FiniteGroup.from_sympy(DihedralGroup(6))
    from_perms = sp.FiniteGroup.from_permutations([[1, 2, 3, 4, 5, 0], [0, 5, 4, 3, 2, 1]])
    assert from_sympy == from_perms
    assert [c.size for c in from_sympy.conjugacy_classes()] == [c.size for c in from_perms.conjugacy_classes()]
    assert from_sympy.to_sympy().order() == 12


def test_matrix_group_from_rotation_of_order_five():
    R = sympy.Matrix([[sympy.cos(2 * sympy.pi / 5), -sympy.sin(2 * sympy.pi / 5)],
                      [sympy.sin(2 * sympy.pi / 5), sympy.cos(2 * sympy.pi / 5)]])
    G = sp.FiniteGroup.from_matrices([R, sympy.diag(1, -1)])
    assert G.order == 10
    assert len(G.conjugacy_classes()) == 4
    rho = sp.natural_action(G)
    g = G.generator_indices[0]
    assert sympy.simplify(rho.matrix(g) - R) == sympy.zeros(2, 2)


def test_matrix_group_with_rational_entries_is_the_binary_octahedral_sign_group():
    # the 48 signed permutation matrices of R^3 from three generators
    gens = [sympy.Matrix([[0, 1, 0], [1, 0, 0], [0, 0, 1]]), sympy.Matrix([[0, 0, 1], [1, 0, 0], [0, 1, 0]]),
            sympy.diag(-1, 1, 1)]
    assert sp.FiniteGroup.from_matrices(gens).order == 48


def test_exponent_and_element_orders():
    G = sp.group("C4 x C6")
    assert G.exponent == 12
    assert sorted(set(G.element_orders.tolist())) == [1, 2, 3, 4, 6, 12]
    assert sp.group("S5").exponent == 60


@given(catalog_groups(max_order=48), st.data())
def test_group_axioms(G, data):
    g, h, k = (data.draw(elements(G)) for _ in range(3))
    assert G.mul(G.mul(g, h), k) == G.mul(g, G.mul(h, k))
    assert G.mul(g, 0) == g == G.mul(0, g)
    assert G.mul(g, G.inverse(g)) == 0 == G.mul(G.inverse(g), g)
    assert G.power(g, int(G.element_orders[g])) == 0
    assert G.power(g, -1) == G.inverse(g)


@given(catalog_groups(max_order=48), st.data())
def test_element_index_round_trip(G, data):
    g = data.draw(elements(G))
    assert G.index(G.element(g)) == g
    assert G.element(g) in G


@given(catalog_groups(max_order=48))
def test_vectorised_products_match_scalar_products(G):
    idx = np.arange(G.order)
    row = G.left_translation(G.order - 1)
    assert row.tolist() == [G.mul(G.order - 1, int(x)) for x in idx]
    assert G.right_translation(G.order - 1).tolist() == [G.mul(int(x), G.order - 1) for x in idx]
    assert G.inverses.tolist() == [G.inverse(int(x)) for x in idx]


def test_order_limit_is_explicit():
    # a group that is not recognised as S_n / A_n is enumerated at once, so the limit applies at construction
    with pytest.raises(sp.GroupTooLargeError, match="max_order=100"):
        sp.FiniteGroup.from_permutations(sp.group("PSL(2,7)").generators.tolist(), max_order=100)
    with sp.limits(max_order=100):
        with pytest.raises(sp.GroupTooLargeError):
            sp.group("PSL(2,7)")
        # S5 is recognised and not enumerated: its order, classes and table need no elements ...
        S5 = sp.group("S5")
        assert (S5.order, len(S5.conjugacy_classes())) == (120, 7)
        # ... and the limit applies when the elements are needed
        with pytest.raises(sp.GroupTooLargeError, match="max_order=100"):
            S5.elements
    assert sp.group("S5").order == 120
