"""Exact cyclotomic numbers for character values.

Character values of ``G`` lie in ``Q(zeta_f)`` for the least ``f`` dividing the
exponent such that every power map ``x -> x^a`` with ``a = 1 (mod f)`` fixes all
classes; this is SymPy's ``QQ.cyclotomic_field(f)`` (``QQ`` when ``f <= 2``),
with elements written in the power basis ``1, zeta, ..., zeta^(phi(f)-1)``.

A character value arrives as eigenvalue multiplicities ``m_l`` (``chi(g) =
sum_l m_l zeta_o^l`` for ``g`` of order ``o``). Its coordinates in ``Q(zeta_f)``
are immediate when ``o`` divides ``f``; otherwise the value lies in
``Q(zeta_g)``, ``g = gcd(o, f)``, and its coordinates there come from traces
over ``Q(zeta_o)``: ``Tr(zeta_o^t) = c_o(t)`` is Ramanujan's sum
``mu(o/d) phi(o)/phi(o/d)``, ``d = gcd(t, o)``, so they solve the (rational,
non-degenerate) trace-form system ``sum_i c_i Tr(zeta_g^(i-j)) =
Tr(chi(g) zeta_g^(-j))``. Rational arithmetic only; no floating point.

>>> K = cyclotomic_field(3)
>>> display(from_multiplicities([0, 1, 1], 3), 3)   # zeta_3 + zeta_3^2
-1
>>> display(from_multiplicities([0, 1, 0], 3), 3)
-1/2 + sqrt(3)*I/2
"""

from __future__ import annotations

import functools
from math import gcd

import numpy as np
import sympy
from sympy.polys.densearith import dup_rem
from sympy.polys.densebasic import dup_strip
from sympy.polys.domains import QQ
from sympy.polys.domains.algebraicfield import AlgebraicField
from sympy.polys.matrices import DomainMatrix

__all__ = [
    "conjugate",
    "coordinates",
    "cyclotomic_field",
    "display",
    "embed",
    "from_multiplicities",
    "galois",
    "ramanujan_sum",
    "to_complex",
]


@functools.cache
def cyclotomic_field(f: int):
    """``Q(zeta_f)`` as a SymPy domain (``QQ`` for ``f <= 2``).

    Built from the known minimal polynomial ``Phi_f`` (SymPy's own
    ``QQ.cyclotomic_field`` factors it again, which takes minutes for ``f`` in the hundreds).
    """
    if f <= 2:
        return QQ
    x = sympy.Dummy("x")
    # the (minimal polynomial, root) form: with ``minpoly=`` SymPy recomputes the minimal polynomial
    zeta = sympy.AlgebraicNumber((sympy.Poly(sympy.cyclotomic_poly(f, x), x), sympy.exp(2 * sympy.pi * sympy.I / f)),
                                 alias="zeta")
    return AlgebraicField(QQ, zeta)


def _degree(f: int) -> int:
    return 1 if f <= 2 else int(sympy.totient(f))


def ramanujan_sum(L: int, t: int) -> int:
    """``c_L(t) = sum over a in (Z/L)^* of zeta_L^(a t)`` (the trace of ``zeta_L^t`` from ``Q(zeta_L)``)."""
    g = gcd(t, L)
    q = L // g
    return int(sympy.mobius(q)) * int(sympy.totient(L)) // int(sympy.totient(q))


@functools.cache
def _gram_inverse(f: int, L: int) -> DomainMatrix:
    n = _degree(f)
    gram = [[QQ(ramanujan_sum(L, (i - j) * (L // f))) for i in range(n)] for j in range(n)]
    return DomainMatrix(gram, (n, n), QQ).inv()


def from_multiplicities(m, f: int):
    """``sum_l m[l] zeta_o^l`` (``o = len(m)``) as an element of ``Q(zeta_f)``; it must lie there."""
    return _from_multiplicities(tuple(int(c) for c in m), f)


@functools.lru_cache(maxsize=100_000)
def _from_multiplicities(m: tuple, f: int):
    o = len(m)
    if f % o == 0 and f > 2:  # zeta_o = zeta_f^(f/o): no traces needed
        return _from_powers({l * (f // o): QQ(c) for l, c in enumerate(m) if c}, f)
    # the value lies in Q(zeta_o) and Q(zeta_f), hence in Q(zeta_g), g = gcd(o, f): solve there
    g = gcd(o, f)
    n = _degree(g)
    support = [(l, c) for l, c in enumerate(m) if c]
    traces = [QQ(sum(c * ramanujan_sum(o, l - j * (o // g)) for l, c in support)) for j in range(n)]
    coords = (_gram_inverse(g, o) * DomainMatrix([[t] for t in traces], (n, 1), QQ)).to_list()
    value = coords[0][0] if g <= 2 else cyclotomic_field(g).new([row[0] for row in reversed(coords)])
    return embed(value, g, f)


def coordinates(x, f: int) -> list:
    """Power-basis coordinates ``[c_0, c_1, ...]`` of ``x`` in ``Q(zeta_f)``."""
    if f <= 2:
        return [QQ.convert(x)]
    rep = x.to_list()
    return list(reversed(rep)) + [QQ.zero] * (_degree(f) - len(rep))


def _from_powers(coeffs: dict[int, object], F: int):
    """``sum_k coeffs[k] zeta_F^k`` reduced into ``Q(zeta_F)`` (one polynomial remainder by ``Phi_F``)."""
    K = cyclotomic_field(F)
    if F <= 2:
        sign = -1 if F == 2 else 1
        return sum((c * sign ** k for k, c in coeffs.items()), QQ.zero)
    dense = [QQ.zero] * F
    for k, c in coeffs.items():
        dense[k % F] += c
    rep = dup_rem(dup_strip(dense[::-1]), K.mod.to_list(), QQ)
    return K.new(rep)


def galois(x, f: int, a: int):
    """The automorphism ``zeta_f -> zeta_f^a`` (``gcd(a, f) = 1``) applied to ``x``."""
    if f <= 2:
        return x
    return _from_powers({a * k: c for k, c in enumerate(coordinates(x, f)) if c}, f)


def conjugate(x, f: int):
    """Complex conjugate (``zeta -> zeta^-1``)."""
    return galois(x, f, -1)


def embed(x, f: int, F: int):
    """``x`` in ``Q(zeta_f)`` as an element of ``Q(zeta_F)`` (``f`` divides ``F``)."""
    if f == F:
        return x
    step = F // f
    return _from_powers({k * step: c for k, c in enumerate(coordinates(x, f)) if c}, F)


def display(x, f: int) -> sympy.Expr:
    """A SymPy expression for ``x`` (``sum c_k exp(2 pi i k/f)``, written with cosines, sines and radicals)."""
    real = f <= 2 or conjugate(x, f) == x
    unit = (lambda k: sympy.cos(2 * sympy.pi * k / f)) if real else (lambda k: sympy.exp(2 * sympy.pi * sympy.I * k / f))
    terms = [sympy.Rational(int(c.numerator), int(c.denominator)) * unit(k)
             for k, c in enumerate(coordinates(x, f)) if c]
    return sympy.expand_complex(sympy.Add(*terms))


def to_complex(x, f: int) -> complex:
    """Floating-point value of ``x`` (numeric path)."""
    coeffs = np.array([float(c) for c in coordinates(x, f)])
    return complex(np.sum(coeffs * np.exp(2j * np.pi * np.arange(coeffs.size) / max(f, 1))))
