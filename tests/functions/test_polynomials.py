"""Polynomial function classes: the monomial basis, the exact action, characters by formula."""

from math import comb

import pytest
import sympy

import symproof as sp
from symproof.functions.expressions import transform


def _brute_force_matrix(F, rho, g):
    """Column j: coordinates of f_j(rho(g)^{-1} x), by SymPy substitution."""
    return sympy.Matrix.hstack(*(F.coordinates(transform(rho, g, f, F.symbols)) for f in F.basis))


@pytest.mark.parametrize("spec, k", [("S3", 3), ("B2", 3), ("C6", 2), ("Q8", 2), ("D4", 3)])
def test_matrices_are_the_substitution_action(spec, k):
    rho = sp.natural_action(sp.group(spec))
    F = sp.polynomials(rho, max_degree=k)
    for g in range(rho.group.order):
        assert F.matrix(g).to_Matrix() == _brute_force_matrix(F, rho, g)


def test_non_orthogonal_action_acts_through_the_inverse_transpose():
    G = sp.group("C3")
    rho = sp.linear_action(G, [[[0, -1], [1, -1]]])
    F = sp.polynomials(rho, max_degree=2)
    x1, x2 = F.symbols
    g = int(G.generator_indices[0])
    # rho(g)^{-1} = [[-1, 1], [-1, 0]], so x_1 -> -x_1 + x_2 and x_2 -> -x_1
    assert transform(rho, g, x1, F.symbols) == -x1 + x2
    for h in range(3):
        assert F.matrix(h).to_Matrix() == _brute_force_matrix(F, rho, h)


@pytest.mark.parametrize("d, k", [(1, 4), (3, 3), (4, 2)])
def test_dimensions_and_basis_order(d, k):
    G = sp.group(f"S{d}") if d > 1 else sp.group("C2")
    rho = sp.natural_action(G) if d > 1 else sp.linear_action(G, [[[-1]]])
    F = sp.polynomials(rho, max_degree=k)
    H = sp.homogeneous_polynomials(rho, degree=k)
    assert F.dimension == comb(d + k, k) == len(F.basis) and H.dimension == comb(d + k - 1, k)
    assert F.basis[0] == 1 and F.basis[1:d + 1] == sp.coordinate_symbols(d)
    assert H.basis == F.basis[-H.dimension:]


@pytest.mark.parametrize("spec, k", [("S4", 3), ("D5", 2), ("Dic3", 2), ("C12", 3)])
def test_character_formula_matches_the_built_representation(spec, k):
    F = sp.polynomials(sp.group(spec), max_degree=k)
    assert F.character() == F.representation().character()


def test_products_of_polynomial_classes():
    rho = sp.natural_action(sp.group("D4"))
    F = sp.polynomials(rho, max_degree=2)
    assert F.symmetric_products(3).degrees == tuple(range(7))
    H = sp.homogeneous_polynomials(rho, degree=2)
    P = sp.symmetric_products(H, 3)
    assert P.degrees == (0, 2, 4, 6)
    expected = sum((sp.homogeneous_polynomials(rho, degree=j).character() for j in (2, 4, 6)),
                   sp.homogeneous_polynomials(rho, degree=0).character())
    assert P.character() == expected
    assert sp.symmetric_products(F, 0).degrees == (0,)


def test_coordinates_round_trip():
    F = sp.polynomials(sp.group("S3"), max_degree=3)
    x1, x2, x3 = F.symbols
    f = 3 * x1**2 * x2 - sympy.Rational(1, 2) * x3 + 7
    assert sympy.expand(F.expression(F.coordinates(f)) - f) == 0
    with pytest.raises(sp.InvalidArgumentError, match="degree 4"):
        F.coordinates(x1**4)
    with pytest.raises(sp.InvalidArgumentError, match="not a polynomial"):
        F.coordinates(sympy.cos(x1))


def test_large_classes_never_build_the_space():
    # S_8 on R^8 needs degree 28 (the Vandermonde polynomial) for the sign
    G = sp.group("S8")
    assert len(sp.homogeneous_polynomials(G, degree=27).irreducibles()) == 20
    assert len(sp.polynomials(G, max_degree=28).irreducibles()) == 21


def test_invariant_functions_of_the_symmetric_group():
    F = sp.polynomials(sp.group("S3"), max_degree=2)
    invariants = F.invariant_functions()
    assert len(invariants) == F.invariant_dimension() == 4  # 1, e1, e1^2, p2
    rho = F.rho
    assert all(sp.is_invariant_function(f, rho) for f in invariants)


def test_faithfulness_follows_the_degrees():
    rho = sp.natural_action(sp.group("C4"))
    assert sp.polynomials(rho, max_degree=1).is_faithful()
    even = sp.homogeneous_polynomials(rho, degree=2)  # rotation by pi acts trivially on even degrees
    assert not even.is_faithful() and even.kernel().tolist() == [0, 2]
