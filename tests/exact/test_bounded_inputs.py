"""Bad exact input is refused at once, never followed without a bound (matrix orders, entries, F_p roots)."""

import itertools

import numpy as np
import pytest
import sympy
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

import symproof as sp
from symproof.exact.fields import exact_domain
from symproof.exact.matrix_order import field_degree, matrix_order, minkowski_bound
from symproof.exact.modular import eigenvalues_mod

R = sympy.Rational


def _exact(rows, real=True):
    """``rows`` as a DomainMatrix over the field :func:`exact_domain` chooses."""
    d = len(rows)
    K, flat = exact_domain([x for row in rows for x in row], real=real)
    return DomainMatrix([flat[i * d:(i + 1) * d] for i in range(d)], (d, d), K)


def _brute_order(M: DomainMatrix, bound: int = 200) -> int:
    P, eye = M, DomainMatrix.eye(M.shape[0], M.domain).to_Matrix()
    for m in range(1, bound + 1):
        if P.to_Matrix() == eye:
            return m
        P = P * M
    raise AssertionError("no power up to the bound is the identity")


# -- matrix_order ----------------------------------------------------------------------------

@pytest.mark.parametrize("rows, words", [
    ([[R(3, 5), R(-4, 5)], [R(4, 5), R(3, 5)]], "not a product of cyclotomic polynomials"),  # rational rotation
    ([[1, 1], [0, 1]], "not diagonalisable"),                                                # unipotent
    ([[2, 0], [0, R(1, 2)]], "not a product of cyclotomic polynomials"),
    ([[sympy.GoldenRatio, 0], [0, 1 / sympy.GoldenRatio]], "restriction of scalars"),
    ([[sympy.sqrt(2), 1], [0, -sympy.sqrt(2)]], "not a product of cyclotomic"),
    ([[-1, 1, 0], [0, -1, 0], [0, 0, 1]], "not diagonalisable"),                             # -1 Jordan block
])
def test_infinite_order_is_refused(rows, words):
    with pytest.raises(sp.InvalidMatrixError) as info:
        matrix_order(_exact(rows), name="A")
    assert "A has infinite order" in str(info.value) and words in str(info.value)


@pytest.mark.parametrize("rows, order", [
    ([[0, -1], [1, -1]], 3),
    ([[-1, 0], [0, -1]], 2),
    ([[1]], 1),
    ([[sympy.cos(2 * sympy.pi / 7), -sympy.sin(2 * sympy.pi / 7)],
      [sympy.sin(2 * sympy.pi / 7), sympy.cos(2 * sympy.pi / 7)]], 7),
    ([[sympy.sqrt(3) / 2, R(-1, 2)], [R(1, 2), sympy.sqrt(3) / 2]], 12),
    ([[sympy.cos(2 * sympy.pi / 60), -sympy.sin(2 * sympy.pi / 60)],
      [sympy.sin(2 * sympy.pi / 60), sympy.cos(2 * sympy.pi / 60)]], 60),
])
def test_finite_order_is_exact(rows, order):
    assert matrix_order(_exact(rows)) == order


def test_order_over_the_gaussian_rationals():
    M = _exact([[sympy.I, 0], [0, -1]], real=False)
    assert M.domain.is_GaussianField
    assert matrix_order(M) == 4 and field_degree(M.domain) == 2


@pytest.mark.parametrize("seed", range(6))
def test_order_of_signed_permutation_matrices_agrees_with_powers(seed):
    rng = np.random.default_rng(seed)
    d = int(rng.integers(1, 6))
    perm, signs = rng.permutation(d), rng.choice([-1, 1], size=d)
    M = DomainMatrix([[QQ(int(signs[i])) if perm[i] == j else QQ(0) for j in range(d)] for i in range(d)], (d, d), QQ)
    assert matrix_order(M) == _brute_order(M)


def test_minkowski_bound_is_divided_by_the_largest_finite_subgroups():
    assert [minkowski_bound(n) for n in range(1, 5)] == [2, 24, 48, 5760]
    # W(B1), W(G2), W(B3), W(F4): the largest finite subgroups of GL_n(Q) for n = 1..4
    for n, order in [(1, 2), (2, 12), (3, 48), (4, 1152)]:
        assert minkowski_bound(n) % order == 0


# -- exact_domain: transcendental and unplaceable entries ------------------------------------

@pytest.mark.parametrize("entry, shown", [
    (sympy.cos(1), "cos(1)"), (sympy.pi, "pi"), (sympy.E, "E"), (sympy.log(2), "log(2)"),
    (2 ** sympy.sqrt(2), "2**(sqrt(2))"), (sympy.cos(sympy.pi * sympy.sqrt(2)), "cos(sqrt(2)*pi)"),
    (sympy.cot(sympy.pi / 7), "cot(pi/7)"), (sympy.sec(sympy.pi / 7), "sec(pi/7)"), (sympy.exp(1), "E"),
    (1 + sympy.sqrt(2) * sympy.sin(1), "sin(1)"), (sympy.sqrt(sympy.pi), "pi"), (sympy.EulerGamma, "EulerGamma"),
])
def test_non_algebraic_entries_are_refused_at_once(entry, shown):
    with pytest.raises(sp.InvalidMatrixError) as info:
        exact_domain([R(1, 2), entry], real=False)
    message = str(info.value)
    assert shown in message and "accepted entries" in message and "cos(2*sympy.pi/7)" in message


@pytest.mark.parametrize("entry", [
    sympy.cos(2 * sympy.pi / 7), sympy.sqrt(3) / 2, sympy.sin(3 * sympy.pi / 7), sympy.tan(sympy.pi / 8),
    sympy.GoldenRatio, sympy.cbrt(2), 1 / sympy.cos(sympy.pi / 7), sympy.cos(sympy.pi / 5) ** 2 + sympy.sqrt(2),
    sympy.CRootOf(sympy.Symbol("x") ** 3 - sympy.Symbol("x") - 1, 0), sympy.AlgebraicNumber(sympy.sqrt(5)),
])
def test_algebraic_entries_are_still_placed(entry):
    K, [x] = exact_domain([entry])
    assert abs(sympy.N(K.to_sympy(x) - entry, 30)) < 1e-25


def test_roots_of_unity_are_placed_when_complex():
    K, [z] = exact_domain([sympy.exp(2 * sympy.pi * sympy.I / 3)], real=False)
    assert z**3 == K.one
    with pytest.raises(sp.InvalidMatrixError, match="not real"):
        exact_domain([sympy.exp(2 * sympy.pi * sympy.I / 3)])


# -- eigenvalues_mod: characteristic polynomials that do not split ---------------------------

@pytest.mark.parametrize("A, p, shown", [
    ([[0, 6], [1, 0]], 7, "x^2 + 1"),
    ([[1, 0, 0], [0, 0, 6], [0, 1, 0]], 7, "over F_7"),   # one root, then an irreducible quadratic
    ([[0, 0, 1], [1, 0, 0], [0, 1, 1]], 2, "over F_2"),  # x^3 + x^2 + 1 is irreducible over F_2
])
def test_non_split_characteristic_polynomial_is_refused(A, p, shown):
    with pytest.raises(sp.InvalidValueError) as info:
        eigenvalues_mod(np.array(A), p)
    assert "does not split into linear factors" in str(info.value) and shown in str(info.value)


@pytest.mark.parametrize("seed", range(5))
def test_eigenvalues_of_triangular_matrices_are_their_diagonal(seed):
    rng = np.random.default_rng(seed)
    p = int(rng.choice([5, 7, 13, 31, 2**31 - 1]))
    d = int(rng.integers(1, 7))
    A = np.triu(rng.integers(0, min(p, 1000), size=(d, d)))
    assert eigenvalues_mod(A, p) == sorted(set(int(x) % p for x in np.diag(A)))


def test_eigenvalues_mod_keeps_its_contract():
    assert eigenvalues_mod(np.array([[2, 1], [1, 2]]), 7) == [1, 3]
    assert eigenvalues_mod(np.array([[1, 1], [0, 1]]), 5) == [1]          # repeated root, once
    assert eigenvalues_mod(np.array([[9, 0], [0, -5]]), 7) == [2]          # entries read mod p
    for A in itertools.product(range(3), repeat=4):                        # every 2 x 2 matrix over F_3
        M = np.array(A).reshape(2, 2)
        roots = [x for x in range(3) if round(np.linalg.det(M - x * np.eye(2))) % 3 == 0]
        try:
            assert eigenvalues_mod(M, 3) == roots
        except sp.InvalidValueError:
            assert not roots
