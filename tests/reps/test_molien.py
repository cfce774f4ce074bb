"""Molien series against Chevalley–Shephard–Todd, brute-force decompositions and the laws of K*."""

import itertools
import re
from math import gcd

import numpy as np
import pytest
import sympy
from hypothesis import given
from hypothesis import strategies as st

import symproof as sp
from symproof.reps.molien import (eigenvalue_multiplicities, first_degrees, max_eigenvalue_multiplicities,
                                  symmetric_power_characters)
from symproof.reps.constructions import sign
from symproof.reps.representation import character
from symproof.testing import catalog_groups

t = sympy.Symbol("t")


def _product_series(degrees):
    return sympy.Mul(*(1 / (1 - t**e) for e in degrees))


def _series_coefficients(expr, n):
    """Oracle: SymPy's own series expansion of a rational function."""
    poly = sympy.series(expr, t, 0, n).removeO()
    return [int(poly.coeff(t, k)) for k in range(n)]


def _partitions_with_parts(parts, n):
    """Number of ways to write k = sum of the given parts (with repetition), k < n: a counting oracle."""
    ways = [1] + [0] * (n - 1)
    for p in parts:
        for k in range(p, n):
            ways[k] += ways[k - p]
    return ways


# -- Chevalley–Shephard–Todd ----------------------------------------------------------------


@pytest.mark.parametrize("d", range(1, 7))
def test_invariants_of_symmetric_groups(d):
    M = sp.molien_series(sp.natural_action(sp.group(f"S{d}")), 0)
    assert sympy.cancel(M.rational_function - _product_series(range(1, d + 1))) == 0
    assert M.coefficients(25) == _partitions_with_parts(range(1, d + 1), 25)


@pytest.mark.parametrize("d", range(1, 5))
def test_invariants_of_hyperoctahedral_groups(d):
    M = sp.molien_series(sp.natural_action(sp.group(f"B{d}")), 0)
    assert sympy.cancel(M.rational_function - _product_series(range(2, 2 * d + 1, 2))) == 0
    assert M.coefficients(25) == _partitions_with_parts(range(2, 2 * d + 1, 2), 25)


@pytest.mark.parametrize("n", range(1, 13))
def test_invariants_of_dihedral_groups(n):
    G = sp.group(f"D{n}")
    assert G.order == 2 * n
    M = sp.molien_series(sp.natural_action(G), 0)
    assert sympy.cancel(M.rational_function - _product_series([2, n])) == 0
    assert M.coefficients(30) == _partitions_with_parts([2, n], 30)


@pytest.mark.parametrize("spec", ["S3", "D4", "C6", "Q8", "A4", "B2", "C5"])
def test_rational_functions_expand_to_the_coefficients(spec):
    rho = sp.natural_action(sp.group(spec))
    for i in range(len(sp.character_table(rho.group))):
        M = sp.molien_series(rho, i)
        assert _series_coefficients(M.rational_function, 12) == M.coefficients(12)
        assert M.denominator.eval(0) == 1


# -- the symmetric groups on R^d --------------------------------------------------------------


def _sign_row(G):
    return sp.character_table(G).rows().index(character(sign(G)))


@pytest.mark.parametrize("d", range(3, 7))
def test_threshold_of_symmetric_groups_is_the_vandermonde_degree(d):
    G = sp.group(f"S{d}")
    rho = sp.natural_action(G)
    vandermonde = d * (d - 1) // 2
    assert sp.tensor_power_threshold(rho).k_star == vandermonde
    M = sp.molien_series(rho, _sign_row(G))
    assert M.first_degree() == vandermonde
    assert M.coefficients(vandermonde + 1) == [0] * vandermonde + [1]


@pytest.mark.parametrize("d", range(1, 8))
def test_eigenvalue_multiplicities_of_symmetric_groups(d):
    # M_lambda for lambda of order q is floor(d/q) (a product of q-cycles), so sum = sum_q phi(q) floor(d/q)
    M = max_eigenvalue_multiplicities(sp.natural_action(sp.group(f"S{d}")))
    expected = {sympy.Rational(a, q): d // q for q in range(1, d + 1) for a in range(q) if gcd(a, q) == 1}
    assert M == expected
    assert sum(M.values()) == d * (d + 1) // 2


def test_non_faithful_action_has_no_threshold():
    G = sp.group("S3")
    report = sp.tensor_power_threshold(sign(G))  # kernel A3: the 2-dimensional irreducible never occurs
    assert not report.faithful and report.k_star is None
    assert report.first_degrees == (0, 1, None)


# -- brute force: characters from traces of the actual polynomial matrices --------------------------


def _brute_force_multiplicities(rho, k):
    F = sp.homogeneous_polynomials(rho, degree=k)
    R = F.representation()
    G = rho.group
    classes = G.conjugacy_classes()
    traces = np.array([complex(sympy.N(R.trace(c.representative), 30)) for c in classes])
    sizes = np.array([c.size for c in classes])
    m = sp.character_table(G).numeric().conj() @ (sizes * traces) / G.order
    rounded = np.rint(m.real).astype(int)
    assert np.allclose(m, rounded, atol=1e-9)
    return rounded.tolist()


@pytest.mark.parametrize("spec, max_k", [("S3", 4), ("S4", 3), ("D4", 4), ("C6", 4), ("B2", 4), ("Q8", 3),
                                         ("A4", 3), ("Dic3", 2)])
def test_multiplicities_match_a_brute_force_decomposition(spec, max_k):
    rho = sp.natural_action(sp.group(spec))
    n = len(sp.character_table(rho.group))
    for k in range(max_k + 1):
        assert _brute_force_multiplicities(rho, k) == [sp.molien_series(rho, i).coefficient(k) for i in range(n)]


def test_non_orthogonal_action_matches_brute_force():
    rho = sp.linear_action(sp.group("C3"), [[[0, -1], [1, -1]]])  # order 3, not orthogonal
    for k in range(4):
        assert _brute_force_multiplicities(rho, k) == [sp.molien_series(rho, i).coefficient(k) for i in range(3)]


@given(catalog_groups(max_order=24), st.integers(0, 5))
def test_coefficients_are_newton_symmetric_powers(G, k):
    # independent path: ClassFunction.symmetric_power (Newton on power maps of the character)
    rho = sp.natural_action(G)
    chi_k = character(rho).symmetric_power(k)
    assert symmetric_power_characters(rho, k)[k] == chi_k
    assert [sp.molien_series(rho, i).coefficient(k) for i in range(len(sp.character_table(G)))] == sp.decompose(chi_k)


@given(catalog_groups(max_order=24))
def test_eigenvalues_match_numpy(G):
    rho = sp.natural_action(G)
    for c, m in zip(G.conjugacy_classes(), eigenvalue_multiplicities(rho)):
        o = c.element_order
        angles = np.angle(np.linalg.eigvals(rho.numeric(c.representative))) * o / (2 * np.pi)
        counts = np.bincount(np.rint(angles).astype(int) % o, minlength=o)
        assert tuple(counts.tolist()) == m


# -- laws over the catalog ---------------------------------------------------------------------------


@given(catalog_groups(max_order=24))
def test_threshold_is_at_most_order_minus_one(G):
    rho = sp.natural_action(G)
    assert rho.is_faithful()
    report = sp.tensor_power_threshold(rho)
    assert report.k_star is not None and report.k_star <= report.proven_bound == G.order - 1
    assert report.k_star == max(first_degrees(rho))


@given(catalog_groups(max_order=24), st.integers(0, 4))
def test_rank_of_the_action_on_bounded_degree_polynomials(G, k):
    # rank of {lambda(g)} on Sym^{<=k} = rank of the Gram matrix [chi_F(g^{-1} h)] (an independent character
    # computation) = sum of d_pi^2 over the irreducibles the Molien series finds in degrees <= k
    rho = sp.natural_action(G)
    chi = sum((character(rho).symmetric_power(j) for j in range(1, k + 1)), character(rho).symmetric_power(0))
    values = chi.numeric()
    g = np.arange(G.order)
    gram = values[G.class_of[G.mul(G.inverse(g)[:, None], g[None, :])]]
    rank = np.linalg.matrix_rank(gram, tol=1e-6 * G.order)
    found = [i for i in range(len(sp.character_table(G))) if sp.molien_series(rho, i).first_degree() <= k]
    assert rank == sum(sp.character_table(G).degrees[i] ** 2 for i in found)


def test_rank_of_actual_matrices_on_bounded_degree_polynomials():
    rho = sp.natural_action(sp.group("S3"))
    degrees = sp.character_table(sp.group("S3")).degrees
    for k, expected_rows in [(0, [0]), (1, [0, 2]), (2, [0, 2]), (3, [0, 1, 2])]:
        R = sp.polynomials(rho, max_degree=k).representation()
        stacked = np.array([R.numeric(g).ravel() for g in range(6)])
        assert np.linalg.matrix_rank(stacked) == sum(degrees[i] ** 2 for i in expected_rows)


# -- bad input -------------------------------------------------------------------------------------------


def _rho():
    return sp.natural_action(sp.group("S3"))


CASES = [
    (lambda: sp.molien_series(sp.group("S3"), 0), sp.InvalidArgumentError, "Representation"),
    (lambda: sp.molien_series(_rho(), 3), sp.InvalidValueError, "row 0..2"),
    (lambda: sp.molien_series(_rho(), -1), sp.InvalidValueError, "-1"),
    (lambda: sp.molien_series(_rho(), True), sp.InvalidArgumentError, "True"),
    (lambda: sp.molien_series(_rho(), 1.0), sp.InvalidArgumentError, "1.0"),
    (lambda: sp.molien_series(_rho(), sp.character_table(sp.group("C3"))[1]), sp.InvalidValueError, "C3"),
    (lambda: sp.molien_series(_rho(), sp.ClassFunction.from_integers(sp.group("S3"), [1, 0, 0])),
     sp.InvalidValueError, "not a virtual character"),
    (lambda: sp.molien_series(_rho(), 0).coefficients(-2), sp.InvalidValueError, "-2"),
    (lambda: sp.molien_series(_rho(), 0).coefficient(1.5), sp.InvalidArgumentError, "1.5"),
    (lambda: symmetric_power_characters(_rho(), -1), sp.InvalidValueError, "max_degree"),
]


@pytest.mark.parametrize("call, error, words", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_bad_input_raises_documented_error(call, error, words):
    assert issubclass(error, sp.SymproofError)
    with pytest.raises(error, match=re.escape(words)):
        call()


def test_series_of_a_reducible_character_is_the_sum():
    rho = _rho()
    T = sp.character_table(rho.group)
    total = sp.molien_series(rho, T[1] + T[2] * 2)
    assert total.coefficients(10) == [a + 2 * b for a, b in zip(sp.molien_series(rho, 1).coefficients(10),
                                                                 sp.molien_series(rho, 2).coefficients(10))]
    assert sympy.cancel(total.rational_function - sp.molien_series(rho, 1).rational_function
                        - 2 * sp.molien_series(rho, 2).rational_function) == 0


def test_every_monomial_count_matches_for_permutation_actions():
    # degree-k polynomials on R^d under S_d: invariants are monomial symmetric functions, one per partition
    for d, k in itertools.product(range(2, 5), range(0, 7)):
        parts = sum(1 for p in sympy.utilities.iterables.partitions(k, m=d)) if k else 1
        assert sp.molien_series(sp.natural_action(sp.group(f"S{d}")), 0).coefficient(k) == parts
