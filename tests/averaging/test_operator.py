"""Averaging a symbolic function: E_omega f exactly, and whether it becomes invariant."""

import sympy
from hypothesis import given
from hypothesis import strategies as st

import symproof as sp
from symproof.testing import subsets

GROUPS = [G for G in sp.catalog(12) if sp.natural_action(G).domain == sympy.QQ
          or sp.natural_action(G).domain.ext.as_expr() == sympy.sqrt(3) / 2]


@st.composite
def polynomials_of(draw, F):
    """A random polynomial of the class F (integer coefficients on up to 6 monomials)."""
    picks = draw(st.lists(st.sampled_from(F.basis), min_size=1, max_size=6))
    coeffs = draw(st.lists(st.integers(-5, 5), min_size=len(picks), max_size=len(picks)))
    return sympy.Add(*(c * m for c, m in zip(coeffs, picks)))


@given(st.sampled_from(GROUPS), st.data())
def test_uniform_average_is_invariant(G, data):
    rho = sp.natural_action(G)
    F = sp.polynomials(rho, max_degree=3 if rho.dimension <= 4 else 2)
    f = data.draw(polynomials_of(F))
    averaged = sp.average_function(f, sp.AveragingScheme.uniform(G), rho)
    assert sp.is_invariant_function(averaged, rho)
    # the same operator as the exact Reynolds matrix on coordinates
    P = F.reynolds_operator().to_Matrix()
    assert sympy.expand(F.expression(P * F.coordinates(f)) - averaged) == 0


@given(st.sampled_from(GROUPS), st.data())
def test_subgroup_average_is_subgroup_invariant(G, data):
    H = G.subgroup(data.draw(subsets(G, max_size=2)))
    rho = sp.natural_action(G)
    f = data.draw(polynomials_of(sp.polynomials(rho, max_degree=2)))
    weights = sp.AveragingScheme.from_weights(G, {int(h): sympy.Rational(1, H.order) for h in G.index(H.elements)})
    averaged = sp.average_function(f, weights, rho)
    rho_H = sp.Representation(H, rho.points, rho.action[G.index(H.elements)])
    assert sp.is_invariant_function(averaged, rho_H)
    assert sp.is_averaged_invariant(f, weights, rho) == sp.is_invariant_function(averaged, rho)


def test_identity_scheme_changes_nothing():
    G = sp.group("D6")
    x1, x2 = sp.coordinate_symbols(2)
    f = x1**3 - 2 * x1 * x2 + sympy.cos(x2)
    assert sp.average_function(f, sp.AveragingScheme.from_weights(G, {0: 1}), G) == sympy.expand(f)


def test_a_signed_scheme_can_be_exact_on_a_small_class():
    # on linear functions of C_4 (R^2), e and the rotation by pi (weights 1/2) already give 0
    G = sp.group("C4")
    x1, x2 = sp.coordinate_symbols(2)
    half = sp.AveragingScheme.from_weights(G, {0: sympy.Rational(1, 2), 2: sympy.Rational(1, 2)})
    assert sp.average_function(3 * x1 - x2, half, G) == 0
    assert not sp.is_averaged_invariant(x1 * x2, half, G)
    signed = sp.AveragingScheme.from_weights(G, {0: sympy.Rational(3, 2), 1: sympy.Rational(-1, 2)})
    # rotation by pi/2 sends x_1 to x_2 under lambda: (lambda(g) x_1)(x) = (g^{-1} x)_1 = x_2
    assert sp.average_function(x1, signed, G) == sympy.Rational(3, 2) * x1 - x2 / 2


def test_weights_accept_fractions_and_ints():
    from fractions import Fraction

    G = sp.group("C3")
    assert sp.AveragingScheme.from_weights(G, {0: Fraction(1, 3), 1: Fraction(1, 3), 2: Fraction(1, 3)}) \
        == sp.AveragingScheme.uniform(G)
    assert sp.AveragingScheme.from_weights(G, {1: 1}).as_dict() == {1: 1}
