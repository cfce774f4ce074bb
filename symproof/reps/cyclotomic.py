"""Exact cyclotomic numbers for character values.

Character values of ``G`` lie in ``Q(zeta_f)`` for the least ``f`` dividing the
exponent such that every power map ``x -> x^a`` with ``a = 1 (mod f)`` fixes all
classes; this is SymPy's ``QQ.cyclotomic_field(f)`` (``QQ`` when ``f <= 2``),
with elements written in the power basis ``1, zeta, ..., zeta^(phi(f)-1)``.

A character value arrives as eigenvalue multiplicities ``m_l`` (``chi(g) =
sum_l m_l zeta_o^l`` for ``g`` of order ``o``). Its coordinates in ``Q(zeta_f)``
come from traces: with ``L = lcm(o, f)``, ``Tr(zeta_L^t) = c_L(t)`` is
Ramanujan's sum ``mu(L/g) phi(L)/phi(L/g)``, ``g = gcd(t, L)``, so the
coordinates solve the (rational, non-degenerate) trace-form system
``sum_i c_i Tr(zeta_f^(i-j)) = Tr(chi(g) zeta_f^(-j))``. Integer arithmetic
only; no floating point.

>>> K = cyclotomic_field(3)
>>> display(from_multiplicities([0, 1, 1], 3), 3)   # zeta_3 + zeta_3^2
-1
>>> display(from_multiplicities([0, 1, 0], 3), 3)
-1/2 + sqrt(3)*I/2
"""

from __future__ import annotations

import functools
from math import gcd, lcm

import numpy as np
import sympy
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

__all__ = [
    "cyclotomic_field",
    "ramanujan_sum",
    "from_multiplicities",
    "coordinates",
    "galois",
    "conjugate",
    "embed",
    "display",
    "to_complex",
]


@functools.lru_cache(maxsize=None)
def cyclotomic_field(f: int):
    """``Q(zeta_f)`` as a SymPy domain (``QQ`` for ``f <= 2``)."""
    return QQ if f <= 2 else QQ.cyclotomic_field(f)


def _degree(f: int) -> int:
    return 1 if f <= 2 else int(sympy.totient(f))


def ramanujan_sum(L: int, t: int) -> int:
    """``c_L(t) = sum over a in (Z/L)^* of zeta_L^(a t)`` (the trace of ``zeta_L^t`` from ``Q(zeta_L)``)."""
    g = gcd(t, L)
    q = L // g
    return int(sympy.mobius(q)) * int(sympy.totient(L)) // int(sympy.totient(q))


@functools.lru_cache(maxsize=None)
def _gram_inverse(f: int, L: int) -> DomainMatrix:
    n = _degree(f)
    gram = [[QQ(ramanujan_sum(L, (i - j) * (L // f))) for i in range(n)] for j in range(n)]
    return DomainMatrix(gram, (n, n), QQ).inv()


def from_multiplicities(m, f: int):
    """``sum_l m[l] zeta_o^l`` (``o = len(m)``) as an element of ``Q(zeta_f)``; it must lie there."""
    o = len(m)
    L = lcm(o, f)
    n = _degree(f)
    support = [(l, int(c)) for l, c in enumerate(m) if c]
    traces = [QQ(sum(c * ramanujan_sum(L, l * (L // o) - j * (L // f)) for l, c in support)) for j in range(n)]
    coords = (_gram_inverse(f, L) * DomainMatrix([[t] for t in traces], (n, 1), QQ)).to_list()
    K = cyclotomic_field(f)
    if K == QQ:
        return coords[0][0]
    return K.new([row[0] for row in reversed(coords)])


def coordinates(x, f: int) -> list:
    """Power-basis coordinates ``[c_0, c_1, ...]`` of ``x`` in ``Q(zeta_f)``."""
    if f <= 2:
        return [QQ.convert(x)]
    rep = x.to_list()
    return list(reversed(rep)) + [QQ.zero] * (_degree(f) - len(rep))


@functools.lru_cache(maxsize=None)
def _zeta_power(f: int, a: int):
    K = cyclotomic_field(f)
    return K.new([QQ.one] + [QQ.zero] * (a % f)) if f > 2 else QQ((-1) ** (a % 2) if f == 2 else 1)


def galois(x, f: int, a: int):
    """The automorphism ``zeta_f -> zeta_f^a`` (``gcd(a, f) = 1``) applied to ``x``."""
    if f <= 2:
        return x
    K = cyclotomic_field(f)
    image = _zeta_power(f, a)
    total = K.zero
    for c in x.to_list():  # highest power first (Horner)
        total = total * image + K.convert(c)
    return total


def conjugate(x, f: int):
    """Complex conjugate (``zeta -> zeta^-1``)."""
    return galois(x, f, -1)


def embed(x, f: int, F: int):
    """``x`` in ``Q(zeta_f)`` as an element of ``Q(zeta_F)`` (``f`` divides ``F``)."""
    K = cyclotomic_field(F)
    if f <= 2:
        return K.convert(QQ.convert(x))
    image = _zeta_power(F, F // f)
    total = K.zero
    for c in x.to_list():
        total = total * image + K.convert(c)
    return total


def display(x, f: int) -> sympy.Expr:
    """A SymPy expression for ``x`` (``sum c_k exp(2 pi i k/f)``, written with cosines, sines and radicals)."""
    terms = [sympy.Rational(int(c.numerator), int(c.denominator)) * sympy.exp(2 * sympy.pi * sympy.I * k / f)
             for k, c in enumerate(coordinates(x, f)) if c]
    return sympy.expand_complex(sympy.Add(*terms))


def to_complex(x, f: int) -> complex:
    """Floating-point value of ``x`` (numeric path)."""
    coeffs = np.array([float(c) for c in coordinates(x, f)])
    return complex(np.sum(coeffs * np.exp(2j * np.pi * np.arange(coeffs.size) / max(f, 1))))
