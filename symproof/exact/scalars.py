"""Exact matrices over number fields seen over ``Q``: conjugation and restriction of scalars.

For a field ``K = Q(alpha)`` of degree ``n``, multiplication by ``x`` in ``K`` is a rational
``n x n`` matrix in the basis ``1, alpha, ..., alpha^(n-1)``; replacing every entry of a
``d x d`` matrix ``M`` over ``K`` by that block gives a rational ``dn x dn`` matrix ``R(M)``
(restriction of scalars). ``R`` is a ring homomorphism, and the characteristic polynomial
of ``R(M)`` is the product of the characteristic polynomials of the Galois conjugates
``sigma(M)`` (the norm of ``det(x - M)``): a polynomial over ``Q`` with every eigenvalue
of ``M`` among its roots.

Complex conjugation is available for ``QQ``, real fields (a real generator) and cyclotomic
fields ``Q(zeta_f)`` (``zeta -> zeta^(f-1)``).

>>> import sympy
>>> from sympy.polys.domains import QQ
>>> from sympy.polys.matrices import DomainMatrix
>>> K = QQ.algebraic_field(sympy.sqrt(2))
>>> M = DomainMatrix([[K.from_sympy(sympy.sqrt(2))]], (1, 1), K)
>>> rational_charpoly(M)   # sqrt(2) and -sqrt(2)
x^2 + (-2)
"""

from __future__ import annotations

import functools
from typing import Any

from flint import fmpq, fmpq_mat, fmpq_poly, fmpz_poly
from sympy.polys.matrices import DomainMatrix

from symproof.errors import InvalidValueError
from symproof.exact.balls import generator_expression

__all__ = ["conjugate_transpose", "has_conjugation", "rational_charpoly", "restriction_of_scalars"]


def _fq(c: Any) -> fmpq:
    return c if isinstance(c, fmpq) else fmpq(int(c.numerator), int(c.denominator))


@functools.lru_cache(maxsize=256)
def _modulus(K: Any) -> fmpq_poly:
    return fmpq_poly([_fq(c) for c in reversed(K.mod.to_list())])


def _element_poly(x: Any) -> fmpq_poly:
    return fmpq_poly([_fq(c) for c in reversed(x.to_list())])


def _multiplication_matrix(K: Any, x: Any) -> list[list[fmpq]]:
    """Rows ``i``, columns ``j``: coordinate ``i`` of ``x alpha^j`` (reduced modulo the minimal polynomial)."""
    m = _modulus(K)
    n = m.degree()
    out = [[fmpq(0)] * n for _ in range(n)]
    p = _element_poly(x) % m
    alpha = fmpq_poly([0, 1])
    for j in range(n):
        for i in range(n):
            out[i][j] = p[i]
        p = (p * alpha) % m
    return out


def restriction_of_scalars(M: DomainMatrix) -> fmpq_mat:
    """``R(M)``: the rational ``dn x dn`` matrix of ``M`` over ``K`` (``n = [K : Q]``); ``M`` itself over ``QQ``."""
    K = M.domain
    rows, cols = M.shape
    if not K.is_Algebraic:
        out = fmpq_mat(rows, cols)
        for i, row in M.to_sdm().items():
            for j, x in row.items():
                out[i, j] = _fq(x)
        return out
    n = _modulus(K).degree()
    out = fmpq_mat(rows * n, cols * n)
    for i, row in M.to_sdm().items():
        for j, x in row.items():
            block = _multiplication_matrix(K, x)
            for a in range(n):
                for b in range(n):
                    if block[a][b]:
                        out[i * n + a, j * n + b] = block[a][b]
    return out


def rational_charpoly(M: DomainMatrix) -> fmpz_poly:
    """The characteristic polynomial of ``R(M)`` over ``Z`` (primitive): every eigenvalue of ``M`` is a root."""
    return restriction_of_scalars(M).charpoly().numer()


def _cyclotomic_order(K: Any) -> int:
    """``f`` when the minimal polynomial of the generator of ``K`` is ``Phi_f`` (the generator a primitive
    ``f``-th root of unity, whose conjugate is its inverse), else 0."""
    m = _modulus(K)
    if any(m[i].q != 1 for i in range(m.degree() + 1)):
        return 0
    return int(fmpz_poly([int(m[i]) for i in range(m.degree() + 1)]).is_cyclotomic())


def has_conjugation(K: Any) -> bool:
    """Whether complex conjugation of ``K`` is available: ``QQ``, real fields and cyclotomic fields."""
    return not K.is_Algebraic or bool(generator_expression(K).is_real) or _cyclotomic_order(K) > 0


@functools.lru_cache(maxsize=256)
def _conjugation(K: Any):
    """``x -> conj(x)`` on ``K``, or None when it is the identity (``K`` real)."""
    if not K.is_Algebraic or generator_expression(K).is_real:
        return None
    f = _cyclotomic_order(K)
    if not f:
        raise InvalidValueError(f"complex conjugation on {K} is not available (only real and cyclotomic fields)")
    m = _modulus(K)
    zeta_bar = fmpq_poly([0] * (f - 1) + [1]) % m  # zeta^(f-1)

    def conj(x: Any) -> Any:
        p = _element_poly(x)
        total = fmpq_poly(0)
        for c in reversed(p.coeffs()):
            total = (total * zeta_bar + c) % m
        return K.new([K.dom.convert(total[i]) for i in reversed(range(m.degree()))])

    return conj


def conjugate_transpose(M: DomainMatrix) -> DomainMatrix:
    """``M^*`` over the same field (``M^T`` over a real field).

    >>> from sympy.polys.domains import QQ
    >>> conjugate_transpose(DomainMatrix([[QQ(1), QQ(2)]], (1, 2), QQ)).to_Matrix()
    Matrix([
    [1],
    [2]])
    """
    conj = _conjugation(M.domain)
    T = M.transpose()
    if conj is None:
        return T
    return DomainMatrix([[conj(x) for x in row] for row in T.to_list()], T.shape, M.domain)
