"""Matrix groups and generating sets answer quickly: infinite input is refused, large groups stay fast."""

import numpy as np
import pytest
import sympy

import symproof as sp
from symproof.groups.enumeration import group_order

R = sympy.Rational
C7, S7 = sympy.cos(2 * sympy.pi / 7), sympy.sin(2 * sympy.pi / 7)


# -- matrix groups ---------------------------------------------------------------------------

@pytest.mark.parametrize("matrices, words", [
    ([[[R(3, 5), R(-4, 5)], [R(4, 5), R(3, 5)]]], "matrices[0] has infinite order"),
    ([[[0, -1], [1, 0]], [[1, 1], [0, 1]]], "matrices[1] has infinite order"),
    ([[[1, 0], [0, -1]], [[R(3, 5), R(4, 5)], [R(4, 5), R(-3, 5)]]], "infinite group"),  # two reflections
    ([[[1, 0, 0], [0, -1, 0], [0, 0, 1]], [[R(3, 5), R(4, 5), 0], [R(4, 5), R(-3, 5), 0], [0, 0, 1]]], "Minkowski"),
    ([[[sympy.cos(1), -sympy.sin(1)], [sympy.sin(1), sympy.cos(1)]]], "cos(1)"),
])
def test_infinite_matrix_groups_are_refused_at_once(matrices, words):
    with pytest.raises(sp.InvalidMatrixError, match=r"infinite|algebraic") as info:
        sp.FiniteGroup.from_matrices(matrices)
    assert words in str(info.value)


@pytest.mark.parametrize("matrices, order", [
    ([[[C7, -S7], [S7, C7]]], 7),
    ([[[1, 0], [0, -1]], [[C7, S7], [S7, -C7]]], 14),
    ([[[sympy.sqrt(3) / 2, R(-1, 2)], [R(1, 2), sympy.sqrt(3) / 2]]], 12),
    ([[[0, 1, 0], [0, 0, 1], [1, 0, 0]], [[-1, 0, 0], [0, 1, 0], [0, 0, 1]], [[0, 1, 0], [1, 0, 0], [0, 0, 1]]], 48),
])
def test_finite_matrix_groups_still_build(matrices, order):
    assert sp.FiniteGroup.from_matrices(matrices).order == order


def test_infinite_order_images_are_refused_before_any_orbit():
    with pytest.raises(sp.InvalidMatrixError, match="infinite order"):
        sp.from_generator_images(sp.group("C4"), [sympy.Matrix([[R(3, 5), R(-4, 5)], [R(4, 5), R(3, 5)]])])


# -- minimum generating sets -----------------------------------------------------------------

@pytest.mark.parametrize("spec, d", [("S9", 2), ("A8", 2), ("PSL(2,7)", 2), ("C2^3", 3), ("C2 x C4", 2), ("Q8", 2),
                                     ("C12", 1), ("D4 x C2", 3), ("C2^3 x S3", 4), ("C1", 0)])
def test_generator_number_is_quick_and_generates(spec, d):
    G = sp.group(spec)
    found = sp.minimum_generating_set(G)
    assert len(found) == d
    if found:
        assert group_order(G.elements[list(found)]) == G.order


def test_generating_sets_are_reproducible_per_seed():
    G = sp.group("S6")
    assert sp.minimum_generating_set(G, seed=3) == sp.minimum_generating_set(G, seed=3)
    assert all(len(sp.minimum_generating_set(G, seed=s)) == 2 for s in range(4))


def test_random_pairs_count_against_the_budget():
    with pytest.raises(sp.SearchTooLargeError, match="max_search"):
        sp.minimum_generating_set(sp.group("C2^3 x S3"), max_search=5)  # d = 4: no pair can generate
    assert np.array(sp.minimum_generating_set(sp.group("C2^3 x S3"), max_search=2000)).size == 4
