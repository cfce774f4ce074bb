"""Exact real algebraic numbers: an irreducible integer polynomial and an isolating interval.

``RealAlgebraic(poly, lo, hi)`` is the unique root of the irreducible ``poly`` (python-flint
``fmpz_poly``) in ``[lo, hi]`` (rational endpoints); a rational number is the root of a
linear polynomial, with ``lo = hi``. Comparisons are exact: intervals are bisected with
exact rational signs until they separate (two different irreducible polynomials have no
common root; one polynomial's isolating intervals either share its root or separate).

The largest eigenvalue of an exact matrix is found here from two ingredients: a rational
polynomial ``N`` having it as a root (the characteristic polynomial of a restriction of
scalars) and a rigorous enclosure (:mod:`symproof.exact.balls`). The enclosure is tightened
until it meets exactly one real root of ``N``.

>>> from flint import fmpz_poly
>>> r = RealAlgebraic.from_polynomial_root(fmpz_poly([-2, 0, 1]), 1, 2)   # sqrt(2)
>>> r, r > Fraction(141, 100), r < Fraction(142, 100), r.to_sympy()
(RealAlgebraic(x^2 + (-2), [1, 2]), True, True, sqrt(2))
"""

from __future__ import annotations

import functools
import itertools
import math
from fractions import Fraction
from typing import Any

import sympy
from flint import fmpq, fmpz_poly

from symproof._frozen import Frozen, set_attributes
from symproof.errors import SymproofInternalError
from symproof.exact.balls import arb_to_fraction

__all__ = ["RealAlgebraic", "largest_eigenvalue", "real_roots"]

Number = Any  # int, Fraction, RealAlgebraic


def _fraction(x: Any) -> Fraction:
    return Fraction(int(x.numerator), int(x.denominator)) if not isinstance(x, (int, Fraction)) else Fraction(x)


def _sign_at(poly: fmpz_poly, x: Fraction) -> int:
    value = poly(fmpq(x.numerator, x.denominator))
    return (value > 0) - (value < 0)


@functools.total_ordering
class RealAlgebraic(Frozen):
    """A real algebraic number, exactly: the root of the irreducible ``poly`` in ``[lo, hi]``.

    Attributes
    ----------
    poly : flint.fmpz_poly
        Irreducible, primitive, positive leading coefficient (the minimal polynomial, scaled).
    lo, hi : Fraction
        An isolating interval (``lo == hi`` exactly for a rational number).

    Examples
    --------
    >>> RealAlgebraic.rational(Fraction(1, 2)) == Fraction(1, 2)
    True
    """

    poly: fmpz_poly
    lo: Fraction
    hi: Fraction

    def __init__(self, poly: fmpz_poly, lo: Fraction, hi: Fraction) -> None:
        set_attributes(self, poly=poly, lo=Fraction(lo), hi=Fraction(hi))

    @classmethod
    def rational(cls, q: Any) -> RealAlgebraic:
        """The rational number ``q``."""
        q = _fraction(q)
        return cls(fmpz_poly([-q.numerator, q.denominator]), q, q)

    @classmethod
    def from_polynomial_root(cls, poly: fmpz_poly, lo: Any, hi: Any) -> RealAlgebraic:
        """The root of an irreducible ``poly`` in ``[lo, hi]``; the interval must isolate one root."""
        lo, hi = _fraction(lo), _fraction(hi)
        if poly.degree() == 1:
            return cls.rational(Fraction(-int(poly[0]), int(poly[1])))
        if _sign_at(poly, lo) * _sign_at(poly, hi) >= 0:
            raise SymproofInternalError(f"[{lo}, {hi}] does not isolate a root of {poly}")
        if poly.leading_coefficient() < 0:
            poly = -poly
        return cls(poly, lo, hi)

    @property
    def degree(self) -> int:
        """The degree of the minimal polynomial (1 for a rational)."""
        return int(self.poly.degree())

    @property
    def is_rational(self) -> bool:
        """Whether the number is rational."""
        return self.degree == 1

    def refined(self, width: Fraction) -> RealAlgebraic:
        """The same number with an isolating interval of width at most ``width`` (bisection)."""
        lo, hi = self.lo, self.hi
        s_lo = _sign_at(self.poly, lo) if not self.is_rational else 0
        while hi - lo > width:
            mid = (lo + hi) / 2
            s = _sign_at(self.poly, mid)
            if s == 0:
                return RealAlgebraic.rational(mid)
            if s == s_lo:
                lo = mid
            else:
                hi = mid
        return RealAlgebraic(self.poly, lo, hi)

    def scaled(self, q: Any) -> RealAlgebraic:
        """``q * self`` for a non-zero rational ``q`` (the root of ``p(x / q)``)."""
        q = _fraction(q)
        if q == 0:
            return RealAlgebraic.rational(0)
        if self.is_rational:
            return RealAlgebraic.rational(q * self.lo)
        coeffs = [Fraction(int(c)) / q**k for k, c in enumerate(self.poly.coeffs())]
        scale = 1
        for c in coeffs:
            scale = scale * c.denominator // math.gcd(scale, c.denominator)
        poly = fmpz_poly([int(c * scale) for c in coeffs])
        lo, hi = sorted((q * self.lo, q * self.hi))
        return RealAlgebraic.from_polynomial_root(poly // poly.content(), lo, hi)

    def compare(self, other: Number) -> int:
        """``-1, 0, 1`` as ``self <, ==, > other`` (exact)."""
        b = other if isinstance(other, RealAlgebraic) else RealAlgebraic.rational(_fraction(other))
        a = self
        if a.poly == b.poly and a._same_root(b):
            return 0
        if a.is_rational and b.is_rational:
            return (a.lo > b.lo) - (a.lo < b.lo)
        width = max(a.hi - a.lo, b.hi - b.lo, Fraction(1))
        for _ in range(100_000):
            if a.hi < b.lo:
                return -1
            if b.hi < a.lo:
                return 1
            width /= 4
            a, b = a.refined(width), b.refined(width)
        raise SymproofInternalError(f"could not separate {self} from {other}")  # pragma: no cover

    def _same_root(self, other: RealAlgebraic) -> bool:
        lo, hi = max(self.lo, other.lo), min(self.hi, other.hi)
        if lo > hi:
            return False
        if self.is_rational:
            return True
        return _sign_at(self.poly, lo) * _sign_at(self.poly, hi) < 0

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, (RealAlgebraic, int, Fraction, sympy.Rational)):
            return NotImplemented
        return self.compare(other) == 0

    def __lt__(self, other: Number) -> bool:
        return self.compare(other) < 0

    def __hash__(self) -> int:
        return hash(self.lo) if self.is_rational else hash((str(self.poly), "algebraic"))

    def __float__(self) -> float:
        r = self.refined(Fraction(1, 2**60) * max(abs(self.lo), Fraction(1)))
        return float((r.lo + r.hi) / 2)

    def enclosure(self, bits: int = 60) -> tuple[Fraction, Fraction]:
        """A rational interval of relative width about ``2^-bits`` containing the number."""
        r = self.refined(Fraction(1, 2**bits) * max(abs(self.lo), abs(self.hi), Fraction(1, 2**bits)))
        return r.lo, r.hi

    def _sympy_(self) -> sympy.Expr:
        """SymPy's hook: ``sympy.Integer(3) - x`` works on a :class:`RealAlgebraic` ``x``."""
        return self.to_sympy()

    def to_sympy(self) -> sympy.Expr:
        """The number as a SymPy ``Rational`` or ``CRootOf`` (exact)."""
        if self.is_rational:
            return sympy.Rational(self.lo.numerator, self.lo.denominator)
        x = sympy.Symbol("x")
        p = sympy.Poly([int(c) for c in reversed(self.poly.coeffs())], x)
        lo, hi = (sympy.Rational(q.numerator, q.denominator) for q in (self.lo, self.hi))
        return next(r for r in p.real_roots() if bool(lo <= r) and bool(r <= hi))

    def __repr__(self) -> str:
        if self.is_rational:
            return f"RealAlgebraic({self.lo})"
        return f"RealAlgebraic({self.poly}, [{self.lo}, {self.hi}])"

    def __str__(self) -> str:
        if self.is_rational:
            return str(self.lo)
        return f"root of {self.poly} near {float(self):.12g}"


def real_roots(N: fmpz_poly) -> list[RealAlgebraic]:
    """The distinct real roots of ``N``, in decreasing order.

    >>> [str(r) for r in real_roots(fmpz_poly([0, -2, 1]) * fmpz_poly([-2, 0, 1]))]
    ['2', 'root of x^2 + (-2) near 1.41421356237', '0', 'root of x^2 + (-2) near -1.41421356237']
    """
    return [r for r, _ in _separated_roots(N)]


def _separated_roots(N: fmpz_poly) -> list[tuple[RealAlgebraic, Fraction]]:
    """``(root, below)`` in decreasing order, ``below`` a rational strictly between the root and the next smaller one."""
    if N.degree() < 1:
        return []
    factors = [f for f, _ in N.factor()[1]]
    squarefree = functools.reduce(lambda a, b: a * b, factors)
    balls = []
    roots: list[Any] = squarefree.complex_roots()
    for root, _ in roots:
        if root.imag == 0:
            balls.append((arb_to_fraction(root.real.lower()), arb_to_fraction(root.real.upper())))
    balls.sort(reverse=True)
    out = []
    for k, (lo, hi) in enumerate(balls):
        below = (lo + balls[k + 1][1]) / 2 if k + 1 < len(balls) else lo - 1
        out.append((_root_of_factor(factors, lo, hi), below))
    return out


def _root_of_factor(factors: list, lo: Fraction, hi: Fraction) -> RealAlgebraic:
    """The root in ``[lo, hi]`` (an isolating interval of the product of the distinct irreducible ``factors``)."""
    for f in factors:
        if f.degree() == 1:
            q = Fraction(-int(f[0]), int(f[1]))
            if lo <= q <= hi:
                return RealAlgebraic.rational(q)
        elif _sign_at(f, lo) * _sign_at(f, hi) < 0:
            return RealAlgebraic.from_polynomial_root(f, lo, hi)
    raise SymproofInternalError(f"no factor has its root in [{lo}, {hi}]")  # pragma: no cover


def largest_eigenvalue(H: Any) -> RealAlgebraic:
    """The largest eigenvalue of a square ``DomainMatrix`` ``H`` with real spectrum (similar to a Hermitian matrix).

    Exact, without floating point: the real roots of the characteristic polynomial ``N`` over
    ``Q`` of its restriction of scalars (every eigenvalue of ``H`` is among them) are tried in
    decreasing order; the first one above whose separating point ``H`` has an eigenvalue is it.
    That count is Descartes' rule of signs on ``det(x + a - H)``, exact for a real-rooted
    polynomial; signs of field elements come from an exact zero test and a ball.

    >>> from sympy.polys.domains import QQ
    >>> from sympy.polys.matrices import DomainMatrix
    >>> largest_eigenvalue(DomainMatrix([[QQ(2), QQ(1)], [QQ(1), QQ(2)]], (2, 2), QQ))
    RealAlgebraic(3)
    """
    from symproof.exact.scalars import rational_charpoly

    roots = _separated_roots(rational_charpoly(H))
    if not H.domain.is_Algebraic:
        return roots[0][0]
    p = H.charpoly()  # over K, highest degree first
    for r, below in roots:
        if _roots_above(H.domain, p, below) >= 1:
            return r
    raise SymproofInternalError("no eigenvalue among the roots of the rational characteristic polynomial")


def _roots_above(K: Any, p: list, a: Fraction) -> int:
    """The number of roots above ``a`` of the real-rooted ``p`` over ``K``: sign variations of ``p(x + a)``."""
    shifted = _taylor_shift(K, p, K.convert(sympy.QQ(a.numerator, a.denominator)))
    signs = [_sign(K, c) for c in shifted]
    signs = [x for x in signs if x]
    return sum(1 for u, v in itertools.pairwise(signs) if u != v)


def _taylor_shift(K: Any, p: list, a: Any) -> list:
    """Coefficients of ``p(x + a)`` (highest degree first)."""
    out = list(p)
    n = len(out)
    for i in range(n - 1):
        for j in range(1, n - i):
            out[j] = out[j] + a * out[j - 1]
    return out


def _sign(K: Any, x: Any) -> int:
    """The sign of a real element of ``K`` (exact zero test, then a ball at growing precision)."""
    from symproof.exact.balls import field_element_ball, precision

    if not x:
        return 0
    for bits in (64, 128, 256, 512, 1024, 2048, 4096, 8192):
        with precision(bits):
            value = field_element_ball(K, x).real
            if value > 0:
                return 1
            if value < 0:
                return -1
    raise SymproofInternalError(f"could not decide the sign of {x} in {K}")  # pragma: no cover
