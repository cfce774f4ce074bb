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

An element knows its field: :func:`own_conductor` reads ``g`` off its minimal polynomial
``Phi_g``. The functions below take a claimed ``f``; an element of a subfield
``Q(zeta_g) < Q(zeta_f)`` is accepted (a character table keeps each row in its own,
smaller field): :func:`coordinates` embeds it, the others compute in ``Q(zeta_g)``.

>>> K = cyclotomic_field(3)
>>> display(from_multiplicities([0, 1, 1], 3), 3)   # zeta_3 + zeta_3^2
-1
>>> display(from_multiplicities([0, 1, 0], 3), 3)
-1/2 + sqrt(3)*I/2
"""

from __future__ import annotations

import functools
from math import gcd, lcm
from typing import Any

import flint
import numpy as np
import sympy
from sympy.polys.densearith import dup_rem
from sympy.polys.densebasic import dup_strip
from sympy.polys.domains import QQ
from sympy.polys.domains.algebraicfield import AlgebraicField
from sympy.polys.matrices import DomainMatrix
from sympy.polys.polyclasses import ANP

from symproof.errors import SymproofInternalError

__all__ = [
    "conjugate",
    "coordinates",
    "cyclotomic_field",
    "display",
    "embed",
    "from_multiplicities",
    "galois",
    "least_conductor",
    "own_conductor",
    "ramanujan_sum",
    "restrict",
    "to_complex",
]

_MODULI: dict[int, list[tuple[Any, int]]] = {}
"""``phi(f) -> [(Phi_f, f), ...]``: the fields built so far, by degree (:func:`own_conductor` reads them)."""


@functools.cache
def cyclotomic_field(f: int):
    """``Q(zeta_f)`` as a SymPy domain (``QQ`` for ``f <= 2``).

    Built from the known minimal polynomial ``Phi_f`` (SymPy's own
    ``QQ.cyclotomic_field`` factors it again, which takes minutes for ``f`` in the hundreds).
    """
    if f <= 2:
        return QQ
    x = sympy.Dummy("x")
    phi = sympy.Poly([int(c) for c in reversed(flint.fmpz_poly.cyclotomic(f).coeffs())], x, domain="QQ")
    # the (minimal polynomial, root) tuple: SymPy takes it as given (an AlgebraicNumber would be re-derived)
    K = AlgebraicField(QQ, (phi, sympy.exp(2 * sympy.pi * sympy.I / f)), alias="zeta")
    _MODULI.setdefault(_degree(f), []).append((K.mod, f))
    return K


def own_conductor(x, f: int | None = None) -> int:
    """The ``g`` with ``x`` an element of ``cyclotomic_field(g)`` (1 for a rational); ``f`` if ``x`` is in no such field.

    >>> own_conductor(cyclotomic_field(5).one), own_conductor(QQ(3))
    (5, 1)
    """
    if not isinstance(x, ANP):
        return 1
    modulus = x.mod_to_DMP()
    found = next((g for m, g in _MODULI.get(modulus.degree(), []) if m == modulus), None)
    return found if found is not None else (f if f is not None else 1)


def _inside(g: int, f: int) -> bool:
    """Whether ``Q(zeta_g)`` lies in ``Q(zeta_f)`` (``g | f``, or ``g = 2m``, ``m`` odd, ``m | f``)."""
    return f % g == 0 or (g % 4 == 2 and f % (g // 2) == 0)


def _own(x, f: int) -> int:
    g = own_conductor(x, f)
    if not _inside(g, f):
        raise SymproofInternalError(f"an element of Q(zeta_{g}) is not in Q(zeta_{f})")
    return g


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
    """Power-basis coordinates ``[c_0, c_1, ...]`` of ``x`` in ``Q(zeta_f)`` (``x`` may lie in a subfield)."""
    g = _own(x, f)
    if g != f:
        return coordinates(embed(x, g, f), f) if f > 2 else [QQ.convert(x)]
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
    """The automorphism ``zeta_f -> zeta_f^a`` (``gcd(a, f) = 1``) applied to ``x`` (in the field of ``x``)."""
    g = _own(x, f)
    if g <= 2:
        return x
    return _from_powers({a * k: c for k, c in enumerate(coordinates(x, g)) if c}, g)


def conjugate(x, f: int):
    """Complex conjugate (``zeta -> zeta^-1``)."""
    return galois(x, f, -1)


def embed(x, f: int, F: int):
    """``x`` in ``Q(zeta_f)`` (or a subfield) as an element of ``Q(zeta_F)`` (``Q(zeta_f) < Q(zeta_F)``)."""
    g = _own(x, f)
    if g == F:
        return x
    if not _inside(g, F):
        raise SymproofInternalError(f"Q(zeta_{g}) is not a subfield of Q(zeta_{F})")
    if F % g:  # g = 2m, m odd: zeta_g = -zeta_m^((m + 1)/2)
        m = g // 2
        return _from_powers({k * (m + 1) // 2 * (F // m): -c if k % 2 else c
                             for k, c in enumerate(coordinates(x, g)) if c}, F)
    step = F // g
    return _from_powers({k * step: c for k, c in enumerate(coordinates(x, g)) if c}, F)


@functools.cache
def _restriction(F: int, g: int) -> tuple[list[int], DomainMatrix]:
    """Rows ``R`` of the basis ``zeta_g^j`` of ``Q(zeta_g)`` written in ``Q(zeta_F)`` that form an invertible block, and its inverse."""
    n = _degree(g)
    K = cyclotomic_field(g)
    basis = [coordinates(embed(K.new([QQ.one] + [QQ.zero] * j) if g > 2 else QQ.one, g, F), F) for j in range(n)]
    B = DomainMatrix([[basis[j][i] for j in range(n)] for i in range(len(basis[0]))], (len(basis[0]), n), QQ)
    _, pivots = B.transpose().rref()
    rows = list(pivots)
    return rows, B.extract(rows, list(range(n))).inv()


def restrict(x, F: int, g: int):
    """``x`` in ``Q(zeta_F)`` as an element of the subfield ``Q(zeta_g)``, or None if it does not lie there.

    >>> K = cyclotomic_field(12)
    >>> i = K.new([1, 0]) ** 3                  # zeta_12^3 = i
    >>> restrict(i, 12, 4) == cyclotomic_field(4).new([1, 0]), restrict(i, 12, 3)
    (True, None)
    """
    if _own(x, F) == g:
        return x
    c = coordinates(x, F)
    rows, inverse = _restriction(F, g)
    y = (inverse * DomainMatrix([[c[i]] for i in rows], (len(rows), 1), QQ)).to_list()
    value = y[0][0] if g <= 2 else cyclotomic_field(g).new([row[0] for row in reversed(y)])
    return value if coordinates(embed(value, g, F), F) == c else None


def least_conductor(values, f: int) -> tuple[int, list]:
    """The least ``g`` with every value in ``Q(zeta_g)``, and the values as elements of ``Q(zeta_g)``.

    >>> K = cyclotomic_field(12)
    >>> least_conductor([K.one, K.new([1, 0]) ** 4], 12)[0]     # zeta_12^4 = zeta_3
    3
    """
    f = lcm(1, *(_own(v, f) for v in values))
    for g in sympy.divisors(f)[:-1]:
        if g % 4 == 2:
            continue
        down = []
        for v in values:
            down.append(restrict(v, f, g))
            if down[-1] is None:
                break
        else:
            return int(g), down
    return f, [embed(v, _own(v, f), f) for v in values]


def display(x, f: int) -> sympy.Expr:
    """A SymPy expression for ``x`` (``sum c_k exp(2 pi i k/f)``, written with cosines, sines and radicals)."""
    f = _own(x, f)
    real = f <= 2 or conjugate(x, f) == x
    unit = (lambda k: sympy.cos(2 * sympy.pi * k / f)) if real else (lambda k: sympy.exp(2 * sympy.pi * sympy.I * k / f))
    terms = [sympy.Rational(int(c.numerator), int(c.denominator)) * unit(k)
             for k, c in enumerate(coordinates(x, f)) if c]
    return sympy.expand_complex(sympy.Add(*terms))


def to_complex(x, f: int) -> complex:
    """Floating-point value of ``x`` (numeric path)."""
    f = _own(x, f)
    coeffs = np.array([float(c) for c in coordinates(x, f)])
    return complex(np.sum(coeffs * np.exp(2j * np.pi * np.arange(coeffs.size) / max(f, 1))))
