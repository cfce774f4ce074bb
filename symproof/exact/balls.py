"""Ball arithmetic (python-flint ``arb``/``acb``): rigorous enclosures of exact numbers and of eigenvalues.

A *ball* ``[m +/- r]`` contains the true value; every operation on balls returns a ball
containing every possible result (FLINT's Arb). This module embeds elements of SymPy's
exact fields in balls, and encloses the largest eigenvalue of a Hermitian pencil
``M v = lambda Q v`` (``Q`` positive definite) rigorously:

* below, by the Rayleigh quotient ``v^* M v / v^* Q v`` of any vector, evaluated in balls;
* above, by ``t`` once ``t Q - M`` is shown positive definite: an ``L D L^*`` factorisation
  in ball arithmetic whose pivots are all positive balls (Sylvester's law of inertia).

No floating-point result is trusted: floats only *propose* the vector ``v`` and the value
``t``, and the balls decide.

>>> from flint import acb_mat
>>> lo, hi = pencil_max_enclosure(acb_mat([[2, 1], [1, 2]]), None)
>>> bool(lo <= 3 <= hi), float(hi - lo) < 1e-9
(True, True)
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from fractions import Fraction
from typing import Any

import numpy as np
import sympy
from flint import acb, acb_mat, arb, ctx, fmpq

from symproof.errors import InvalidValueError, SymproofInternalError

__all__ = [
    "acb_matrix",
    "arb_to_fraction",
    "field_element_ball",
    "generator_expression",
    "is_positive_definite",
    "pencil_max_enclosure",
    "precision",
    "to_fmpq",
]


@contextlib.contextmanager
def precision(bits: int) -> Iterator[None]:
    """Run a block with FLINT's working precision set to ``bits`` (restored afterwards)."""
    old = ctx.prec
    ctx.prec = int(bits)
    try:
        yield
    finally:
        ctx.prec = old


def to_fmpq(x: Any) -> fmpq:
    """A rational (int, Fraction, SymPy/gmpy/flint rational) as ``flint.fmpq``."""
    if isinstance(x, fmpq):
        return x
    if isinstance(x, sympy.Rational):
        return fmpq(int(x.p), int(x.q))
    return fmpq(int(x.numerator), int(x.denominator))


def arb_to_fraction(x: arb) -> Fraction:
    """The midpoint of a ball as an exact ``Fraction`` (a dyadic rational; use on ``x.lower()``/``x.upper()``)."""
    man, exp = x.mid().man_exp()
    m, e = int(man), int(exp)
    return Fraction(m * 2**e) if e >= 0 else Fraction(m, 2**-e)


def _sympy_ball(expr: sympy.Expr) -> acb:
    """A ball containing a closed-form algebraic number (rationals, ``I``, ``pi``, ``exp``, ``cos``, ``sin``, powers)."""
    if expr.is_Rational:
        return acb(to_fmpq(expr))
    if expr is sympy.I:
        return acb(0, 1)
    if expr is sympy.pi:
        return acb(arb.pi())
    if expr.is_Add:
        return sum((_sympy_ball(a) for a in expr.args), acb(0))
    if expr.is_Mul:
        out = acb(1)
        for a in expr.args:
            out *= _sympy_ball(a)
        return out
    if expr.is_Pow:
        base, e = expr.args
        if e.is_Integer:
            return _sympy_ball(base) ** int(e)
        return _sympy_ball(base) ** _sympy_ball(e)
    functions = {sympy.exp: acb.exp, sympy.cos: acb.cos, sympy.sin: acb.sin}
    for kind, f in functions.items():
        if isinstance(expr, kind):
            return f(_sympy_ball(expr.args[0]))
    raise InvalidValueError(f"cannot enclose {expr} in a ball: not a closed-form algebraic number")


def generator_expression(K: Any) -> sympy.Expr:
    """The primitive element of an algebraic field ``K`` as a closed-form SymPy expression (aliases unwrapped)."""
    a = K.ext
    root = a.root
    while isinstance(root, sympy.AlgebraicNumber):
        root = root.root
    coeffs = [sympy.Rational(int(c.numerator), int(c.denominator)) for c in a.coeffs()]
    return sympy.Add(*(c * root ** k for k, c in enumerate(reversed(coeffs))))


@functools.lru_cache(maxsize=512)
def _generator_ball(K: Any, bits: int) -> acb:
    with precision(bits + 20):
        return _sympy_ball(generator_expression(K)) if K.is_Algebraic else acb(1)


def field_element_ball(K: Any, x: Any) -> acb:
    """A ball containing the element ``x`` of the SymPy field ``K`` (``QQ`` or an algebraic field).

    >>> from sympy import QQ, sqrt
    >>> K = QQ.algebraic_field(sqrt(2))
    >>> field_element_ball(K, K.from_sympy(1 + sqrt(2))).overlaps(1 + arb(2).sqrt())
    True
    """
    if not K.is_Algebraic:
        return acb(to_fmpq(K.to_sympy(x)) if not isinstance(x, fmpq) else x)
    alpha = _generator_ball(K, ctx.prec)
    total = acb(0)
    for c in x.to_list():  # highest degree first (Horner)
        total = total * alpha + to_fmpq(c)
    return total


def acb_matrix(M: Any) -> acb_mat:
    """A SymPy ``DomainMatrix`` over ``QQ`` or an algebraic field as a ball matrix."""
    K = M.domain
    rows, cols = M.shape
    out = acb_mat(rows, cols)
    for i, row in M.to_sdm().items():
        for j, x in row.items():
            out[i, j] = field_element_ball(K, x)
    return out


def is_positive_definite(A: acb_mat) -> bool:
    """``True`` only when the Hermitian ball matrix is proven positive definite (``L D L^*``, positive pivots).

    ``False`` means "not proven" (indefinite, singular, or balls too wide).

    >>> is_positive_definite(acb_mat([[2, 1], [1, 2]])), is_positive_definite(acb_mat([[1, 2], [2, 1]]))
    (True, False)
    """
    n = A.nrows()
    W = [[A[i, j] for j in range(i + 1)] for i in range(n)]  # the lower triangle
    for k in range(n):
        pivot = W[k][k].real
        if not pivot > 0:
            return False
        for i in range(k + 1, n):
            factor = W[i][k] / pivot
            row = W[i]
            for j in range(k + 1, i + 1):
                row[j] -= factor * W[j][k].conjugate()
    return True


def _identity(n: int) -> acb_mat:
    out = acb_mat(n, n)
    for i in range(n):
        out[i, i] = 1
    return out


def _float_matrix(A: acb_mat) -> np.ndarray:
    n, m = A.nrows(), A.ncols()
    return np.array([[complex(A[i, j].mid()) for j in range(m)] for i in range(n)])


def _rayleigh(M: acb_mat, Q: acb_mat | None, v: np.ndarray) -> arb:
    w = acb_mat([[complex(x)] for x in v])
    top = (w.conjugate().transpose() * M * w)[0, 0].real
    bottom = (w.conjugate().transpose() * (Q if Q is not None else _identity(len(v))) * w)[0, 0].real
    return top / bottom


def pencil_max_enclosure(M: acb_mat, Q: acb_mat | None, *, attempts: int = 40) -> tuple[arb, arb]:
    """``(lo, hi)`` (balls) with ``lo.lower() <= lambda_max <= hi.upper()`` for the pencil ``M - lambda Q``.

    ``M`` Hermitian, ``Q`` Hermitian positive definite (``None`` for the identity).
    ``lambda_max`` is the largest ``lambda`` with ``det(M - lambda Q) = 0``. The width is
    about the working precision times the norm of ``M``.
    """
    n = M.nrows()
    Mf = _float_matrix(M)
    Qf = np.eye(n) if Q is None else _float_matrix(Q)
    L = np.linalg.cholesky((Qf + Qf.conj().T) / 2)
    Linv = np.linalg.inv(L)
    values, vectors = np.linalg.eigh(Linv @ ((Mf + Mf.conj().T) / 2) @ Linv.conj().T)
    v = np.linalg.solve(L.conj().T, vectors[:, -1])
    lo = _rayleigh(M, Q, v)
    scale = max(abs(float(values[-1])), float(np.max(np.abs(values))), 1e-300)
    radius = max(float(M[i, j].rad()) for i in range(n) for j in range(n))
    slack = max(scale * 2.0 ** (-ctx.prec + 8), 2 * n * radius, 1e-300)
    eye = _identity(n) if Q is None else Q
    for _ in range(attempts):
        t = arb(lo.upper()) + slack
        if is_positive_definite(_scaled_minus(eye, t, M)):
            return arb(lo.lower()), arb(t.upper())
        slack *= 4
    raise SymproofInternalError(f"could not enclose the largest eigenvalue of a {n} x {n} pencil")


def _scaled_minus(Q: acb_mat, t: arb, M: acb_mat) -> acb_mat:
    return Q * acb(t) - M
