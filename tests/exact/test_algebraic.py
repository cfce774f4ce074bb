"""Exact real algebraic numbers and exact largest eigenvalues, against SymPy's independent algebra."""

from fractions import Fraction

import sympy
from flint import fmpz_poly
from hypothesis import given, settings
from hypothesis import strategies as st
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symproof.exact.algebraic import RealAlgebraic, largest_eigenvalue, real_roots
from symproof.exact.fields import real_cyclotomic_field


def _poly(coeffs):
    return fmpz_poly(list(coeffs))


@given(st.lists(st.integers(-6, 6), min_size=2, max_size=6).filter(lambda c: c[-1] != 0))
def test_real_roots_agree_with_sympy(coeffs):
    x = sympy.Symbol("x")
    expected = sorted(set(sympy.Poly(list(reversed(coeffs)), x).real_roots()), reverse=True)
    got = real_roots(_poly(coeffs))
    assert len(got) == len(expected)
    for r, e in zip(got, expected):
        assert abs(float(r) - float(e)) < 1e-12
        assert r.to_sympy() == e or sympy.simplify(r.to_sympy() - e) == 0


@given(st.fractions(min_value=-5, max_value=5, max_denominator=50))
def test_comparisons_with_rationals_are_exact(q):
    s2 = RealAlgebraic.from_polynomial_root(fmpz_poly([-2, 0, 1]), 1, 2)
    assert (s2 < q) == (sympy.sqrt(2) < sympy.Rational(q.numerator, q.denominator))
    assert RealAlgebraic.rational(q) == q and not (RealAlgebraic.rational(q) < q)
    assert s2.scaled(Fraction(1, 2)) == RealAlgebraic.from_polynomial_root(fmpz_poly([-1, 0, 2]), 0, 1)


def test_equal_numbers_from_different_intervals_compare_equal():
    a = RealAlgebraic.from_polynomial_root(fmpz_poly([-2, 0, 1]), 1, 2)
    b = RealAlgebraic.from_polynomial_root(fmpz_poly([-2, 0, 1]), Fraction(14, 10), Fraction(15, 10))
    c = RealAlgebraic.from_polynomial_root(fmpz_poly([-3, 0, 1]), 1, 2)
    assert a == b and hash(a) == hash(b) and a < c and c > b


symmetric = st.integers(1, 4).flatmap(lambda n: st.lists(st.integers(-3, 3), min_size=n * n, max_size=n * n).map(
    lambda v: [[v[i * n + j] + v[j * n + i] for j in range(n)] for i in range(n)]))


@settings(max_examples=40)
@given(symmetric)
def test_largest_eigenvalue_of_rational_symmetric_matrices_matches_sympy(rows):
    n = len(rows)
    M = DomainMatrix([[QQ(v) for v in row] for row in rows], (n, n), QQ)
    expected = max(complex(sympy.N(e, 50)).real for e in sympy.Matrix(rows).eigenvals())
    got = largest_eigenvalue(M)
    assert abs(float(got) - expected) < 1e-9


def test_largest_eigenvalue_over_a_real_cyclotomic_field_picks_the_right_conjugate():
    # diag(c, c') with c = cos(2 pi/7) and c' = cos(4 pi/7): both are roots of the same rational
    # polynomial as cos(6 pi/7); the largest eigenvalue is c = 0.623..., not another conjugate
    K = real_cyclotomic_field(7)
    c = K.from_sympy(sympy.cos(2 * sympy.pi / 7))
    c2 = 2 * c * c - K.one
    for entries, value in (([c, c2], sympy.cos(2 * sympy.pi / 7)), ([c2, -c], sympy.cos(4 * sympy.pi / 7)),
                           ([-c, -c - K.one], -sympy.cos(2 * sympy.pi / 7))):
        M = DomainMatrix.diag(entries, K)
        assert abs(float(largest_eigenvalue(M)) - float(value)) < 1e-14
