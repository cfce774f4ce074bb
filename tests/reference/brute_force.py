"""An independent brute-force reference for the averaging complexities (MATH.md sections 2-3).

Nothing here calls the library's algorithms: no irreducibles, character tables, error
functions, Fourier transforms or searches. From the library it takes only

* the group: its element image lists ``G.elements`` (identity first) and the exact
  vectors ``G.natural_points()`` its points stand for;

and it builds everything else itself:

* the multiplication table (``g*h`` = ``h`` applied first, as image lists compose);
* the natural action ``rho(g)`` on ``R^d`` from the points (``rho(g) p_i = p_{g(i)}``);
* the representation on polynomials of degree ``<= k`` in the monomial basis,
  ``(Lambda_g f)(x) = f(rho(g)^{-1} x)``, by expanding products of linear forms;
* ``L^2(G)`` with ``(Lambda_g f)(x) = f(g^{-1} x)`` (``Lambda_g e_x = e_{gx}``).

For a class with matrices ``Lambda_g`` (numeric, dimension ``n``):

* ``Q = mean_g Lambda_g^T Lambda_g`` is a ``G``-invariant inner product; whitening with its
  Cholesky factor makes every ``Lambda_g`` orthogonal; ``P_0 = mean_g Lambda_g``; ``U`` an
  orthonormal basis of ``range(P_perp)`` and ``Y_g = U^T Lambda_g U`` (dimension
  ``r = n - dim F^G``). Then ``w(omega) = ||sum_g omega_g Y_g||^2`` and
  ``s(omega) = max_g ||(Y_g - I) sum_h omega_h Y_h||^2 / 2``.
* The character ``chi_F(g)`` exactly: the eigenvalues of ``Lambda_g`` are ``o``-th roots of
  unity (``o`` the order of ``g``) whose multiplicities ``m_l = (1/o) sum_j tr(Lambda_g^j)
  zeta_o^{-jl}`` are integers (rounded from floating point, with a margin check), so
  ``chi_F(g) = sum_l m_l cos(2 pi l / o)``, an element of ``K = Q(cos(2 pi / N))``,
  ``N`` the exponent of ``G`` (``Chebyshev: cos(j t) = T_j(cos t)``); over ``Q`` when every
  value is rational.
* The Gram matrix ``C[x, y] = <Lambda_x P_perp, Lambda_y P_perp>_Frobenius =
  chi_F(x^{-1} y) - dim F^G`` (whitened coordinates), exact over ``K``. ``sum_x omega_x
  Lambda_x P_perp = 0`` iff ``C omega = 0`` on the support.

Exact complexity. A least-support exact scheme (signed, or probability) has a *unique*
solution on its support (otherwise a null direction with zero sum moves it to a smaller
support, keeping signs for probability schemes), and translates keep exactness. So
``AC_ex = min{|S| : e in S, [C_SS; 1^T] omega = [0; 1] has a unique solution, all entries
non-zero (signed) / positive (probability)}``, each test exact linear algebra over ``K``
(sympy ``DomainMatrix``); signs of elements of ``K`` are read from a 60-digit evaluation
once the element is known to be non-zero exactly.

Weak / strong complexity. ``w`` and ``s`` are invariant under left and right translation
of the scheme, so supports are enumerated up to ``S -> a S b`` (representatives contain
``e``). On a support ``S`` the least error over weights (signed: sum 1; probability: also
``>= 0``) is a convex problem, solved as an SDP with cvxpy (Clarabel, SCS as fallback).
Errors depend only on the set ``Irr(F)``; classes whose Gram matrices ``C`` have the same
range (``range(C)`` is the sum of the isotypic components of ``L^2(G)`` of ``Irr(F)``, so
equal ranges mean equal ``Irr(F)``) share one computation, done on the member of
smallest ``r``. ``AC(eps)`` is the least ``|S|`` whose optimum is ``<= eps``.

Ties (``|optimum - eps| < 1e-6``): the optimal weights are rounded to rationals of small
denominators and ``error <= eps`` is checked exactly in the model ``L^2(G)`` restricted
to ``W = range(C)``: with ``P_W`` the exact orthogonal projection and ``E = sum omega_g
L_g``, ``w <= eps`` iff ``eps I - P_W E^T E P_W`` is PSD and ``s <= eps`` iff
``2 eps I - P_W E^T (L_g - I)^T (L_g - I) E P_W`` is PSD for every ``g`` (exact symmetric
elimination over ``K``). A rational witness decides "achieved"; otherwise the support is
"undecided" and the reference answer becomes an interval.
"""

from __future__ import annotations

import functools
import itertools
import math
import warnings
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

import mpmath
import numpy as np
import sympy
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

TIE_TOLERANCE = 1e-6
DENOMINATORS = (1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 16, 24, 30, 60, 120, 1000, 10**4, 10**6)


# -- the group, from its image lists ------------------------------------------------------------------


@dataclass
class GroupData:
    name: str
    order: int
    mul: np.ndarray  # mul[g, h] = index of g*h (h first)
    inv: np.ndarray
    orders: np.ndarray
    exponent: int
    elements: np.ndarray
    points: np.ndarray  # d x degree, numeric
    points_rational: bool
    memo: dict = field(default_factory=dict)

    def power(self, g: int, j: int) -> int:
        x = 0
        for _ in range(j % int(self.orders[g])):
            x = int(self.mul[g, x])
        return x


def group_data(G: Any) -> GroupData:
    """Multiplication table, inverses, element orders and natural points of a library group."""
    els = np.asarray(G.elements, dtype=np.int64)
    n = els.shape[0]
    index = {tuple(int(v) for v in row): i for i, row in enumerate(els)}
    if tuple(els[0]) != tuple(range(els.shape[1])):
        raise AssertionError("identity must be element 0")
    mul = np.empty((n, n), dtype=np.int64)
    for g in range(n):
        for h in range(n):
            mul[g, h] = index[tuple(int(v) for v in els[g][els[h]])]
    inv = np.array([int(np.flatnonzero(mul[g] == 0)[0]) for g in range(n)])
    orders = np.empty(n, dtype=np.int64)
    for g in range(n):
        x, k = g, 1
        while x != 0:
            x, k = int(mul[g, x]), k + 1
        orders[g] = k
    exponent = math.lcm(*[int(o) for o in orders])
    P = G.natural_points().to_Matrix()
    rational = all(sympy.nsimplify(x).is_Rational for x in P)
    points = np.array([[float(sympy.N(x, 30)) for x in row] for row in P.tolist()], dtype=float)
    return GroupData(str(G.name), n, mul, inv, orders, exponent, els, points, rational)


def natural_matrices(gd: GroupData) -> np.ndarray:
    """``rho(g)`` with ``rho(g) p_i = p_{g(i)}``, solved from the points (checked)."""
    P = gd.points
    pinv = np.linalg.pinv(P)
    mats = np.array([P[:, gd.elements[g]] @ pinv for g in range(gd.order)])
    for g in range(gd.order):
        if not np.allclose(mats[g] @ P, P[:, gd.elements[g]], atol=1e-10):
            raise AssertionError(f"{gd.name}: element {g} does not act linearly on the points")
    return mats


def _monomials(d: int, k: int) -> list[tuple[int, ...]]:
    out = []
    for deg in range(k + 1):
        for combo in itertools.combinations_with_replacement(range(d), deg):
            alpha = [0] * d
            for i in combo:
                alpha[i] += 1
            out.append(tuple(alpha))
    return out


def _poly_mul(p: dict, q: dict) -> dict:
    out: dict = {}
    for a, x in p.items():
        for b, y in q.items():
            c = tuple(i + j for i, j in zip(a, b))
            out[c] = out.get(c, 0.0) + x * y
    return out


def polynomial_matrices(gd: GroupData, k: int) -> np.ndarray:
    """``Lambda_g`` on polynomials of degree ``<= k`` on ``R^d`` (monomial basis), ``f -> f(rho(g)^{-1} x)``."""
    rho = natural_matrices(gd)
    d = rho.shape[1]
    basis = _monomials(d, k)
    pos = {a: i for i, a in enumerate(basis)}
    n = len(basis)
    out = np.zeros((gd.order, n, n))
    zero = (0,) * d
    for g in range(gd.order):
        A = rho[gd.inv[g]]
        forms = []
        for i in range(d):
            form = {}
            for j in range(d):
                if abs(A[i, j]) > 1e-14:
                    e = [0] * d
                    e[j] = 1
                    form[tuple(e)] = A[i, j]
            forms.append(form)
        powers = [[{zero: 1.0}] for _ in range(d)]
        for i in range(d):
            for _ in range(k):
                powers[i].append(_poly_mul(powers[i][-1], forms[i]))
        for col, alpha in enumerate(basis):
            p = {zero: 1.0}
            for i in range(d):
                if alpha[i]:
                    p = _poly_mul(p, powers[i][alpha[i]])
            for beta, c in p.items():
                out[g, pos[beta], col] += c
    return out


def regular_matrices(gd: GroupData) -> np.ndarray:
    """``L^2(G)``: ``Lambda_g e_x = e_{gx}``, i.e. ``(Lambda_g f)(x) = f(g^{-1} x)``."""
    out = np.zeros((gd.order, gd.order, gd.order))
    for g in range(gd.order):
        out[g, gd.mul[g], np.arange(gd.order)] = 1.0
    return out


# -- exact arithmetic in K = Q(cos(2 pi / N)) ---------------------------------------------------------


class Field:
    """``K = Q(c)``, ``c = cos(2 pi / N)``, with exact elements (sympy) and 60-digit signs."""

    def __init__(self, N: int):
        self.N = N
        c = sympy.cos(2 * sympy.pi / N)
        if sympy.nsimplify(c).is_Rational:
            self.K = QQ
            self.c = QQ.convert(sympy.nsimplify(c))
            self.generator_value = None
        else:
            self.K = QQ.algebraic_field(c)
            self.c = self.K.from_sympy(c)
            with mpmath.workdps(70):
                self.generator_value = mpmath.mpf(str(sympy.N(self.K.ext.as_expr(), 70)))
                value = self._value(self.c)
                if abs(value - mpmath.cos(2 * mpmath.pi / N)) > mpmath.mpf(10) ** -50:
                    raise AssertionError("generator of K is not cos(2 pi/N)")
        self.one, self.zero = self.K.one, self.K.zero
        self._cheb = [self.one, self.c]

    def __call__(self, q: Any) -> Any:
        if isinstance(q, Fraction):
            return self.K.convert(sympy.Rational(q.numerator, q.denominator))
        return self.K.convert(q)

    def cos_frac(self, j: int) -> Any:
        """``cos(2 pi j / N) = T_j(c)``."""
        j %= self.N
        two = self.K.convert(2)
        while len(self._cheb) <= j:
            self._cheb.append(two * self.c * self._cheb[-1] - self._cheb[-2])
        return self._cheb[j]

    def _value(self, x: Any) -> Any:
        coeffs = x.to_list()
        v = mpmath.mpf(0)
        for a in coeffs:
            v = v * self.generator_value + mpmath.mpf(int(a.numerator)) / int(a.denominator)
        return v

    @property
    def degree(self) -> int:
        return 1 if self.K == QQ else len(self.K.mod.to_list()) - 1

    def small_elements_near(self, x: float, tol: float, denominator: int = 12) -> list:
        """Elements ``a + b c`` of a degree-2 field (``a, b`` of denominator ``<= denominator``) within ``tol`` of
        ``x``, simplest first: candidates for irrational optimal weights (the exact check decides)."""
        if self.degree != 2:
            return []
        with mpmath.workdps(30):
            c = float(self._value(self.c))
        out = []
        for q in range(1, denominator + 1):
            for pb in range(-2 * q, 2 * q + 1):
                b = Fraction(pb, q)
                if b.denominator != q:  # each b once (b = 0 at q = 1: the rationals)
                    continue
                a = Fraction(x - float(b) * c).limit_denominator(denominator)
                if abs(float(a) + float(b) * c - x) < tol:
                    out.append(((max(a.denominator, q), abs(a.numerator) + abs(pb)), a, b))
        out.sort(key=lambda t: t[0])
        return [self(a) + self(b) * self.c for _, a, b in out]

    def sign(self, x: Any) -> int:
        if x == self.zero:
            return 0
        if self.K == QQ:
            return 1 if x > 0 else -1
        with mpmath.workdps(70):
            v = self._value(x)
            if abs(v) < mpmath.mpf(10) ** -45:
                raise AssertionError(f"cannot read the sign of a tiny non-zero element {x}")
            return 1 if v > 0 else -1

    def to_float(self, x: Any) -> float:
        if self.K == QQ:
            return float(Fraction(int(x.numerator), int(x.denominator)))
        with mpmath.workdps(30):
            return float(self._value(x))


def is_psd(F: Field, M: list[list[Any]]) -> bool:
    """Exact test of positive semi-definiteness of a symmetric matrix over ``K`` (symmetric elimination)."""
    A = [row[:] for row in M]
    n = len(A)
    alive = list(range(n))
    while alive:
        i = alive.pop(0)
        s = F.sign(A[i][i])
        if s < 0:
            return False
        if s == 0:
            if any(A[i][j] != F.zero for j in alive):
                return False
            continue
        piv = A[i][i]
        for j in alive:
            if A[j][i] == F.zero:
                continue
            f = A[j][i] / piv
            for l in alive:
                A[j][l] = A[j][l] - f * A[i][l]
    return True


# -- a function class -------------------------------------------------------------------------------


@dataclass
class RefClass:
    """A class from its own matrices: whitened ``Y_g``, the exact character and Gram matrix over ``K``."""

    name: str
    gd: GroupData
    field: Field
    n: int
    r: int  # dim range(P_perp)
    Y: np.ndarray  # (|G|, r, r)
    chi: list  # exact, in K
    m0: int
    C: DomainMatrix  # exact Gram matrix
    C_numeric: np.ndarray
    memo: dict = field(default_factory=dict)

    # numeric errors on the class's own matrices
    def weak_error(self, omega: dict[int, float]) -> float:
        if self.r == 0:
            return 0.0
        A = sum(float(w) * self.Y[g] for g, w in omega.items())
        return float(np.linalg.norm(A, 2)) ** 2

    def strong_error(self, omega: dict[int, float]) -> float:
        if self.r == 0:
            return 0.0
        A = sum(float(w) * self.Y[g] for g, w in omega.items())
        eye = np.eye(self.r)
        return max(float(np.linalg.norm((self.Y[g] - eye) @ A, 2)) ** 2 for g in range(self.gd.order)) / 2

    # the L^2(G)|_W model
    @property
    def W_projection(self) -> DomainMatrix:
        """Exact orthogonal projection of ``R^G`` onto ``W = range(C)``."""
        return self.W_projection_over(self.field)

    def W_projection_over(self, F: Field) -> DomainMatrix:
        """The projection over the field ``F`` (the class's own, or the group's ``Q(cos(2 pi/N))``)."""
        key = ("W projection", str(F.K))
        if key not in self.memo:
            C = self.C if F is self.field else self.C.convert_to(F.K)
            _, pivots = C.rref()
            B = list(pivots)
            if not B:
                self.memo[key] = DomainMatrix.zeros((self.gd.order, self.gd.order), F.K).to_dense()
            else:
                CB = C.extract(list(range(self.gd.order)), B)  # a basis of range(C), as columns
                CBt = CB.transpose()
                self.memo[key] = (CB * (CBt * CB).inv() * CBt).to_dense()
        return self.memo[key]

    @functools.cached_property
    def W_projection_numeric(self) -> np.ndarray:
        vals, vecs = np.linalg.eigh(self.C_numeric)
        V = vecs[:, vals > 1e-8 * max(1.0, float(np.max(np.abs(vals))))]
        return V @ V.T

    @functools.cached_property
    def model_matrices(self) -> np.ndarray:
        """``V^T L_g V``: ``L^2(G)`` on ``W = range(C)`` in an orthonormal basis ``V`` (dimension ``rank C``)."""
        vals, vecs = np.linalg.eigh(self.C_numeric)
        V = vecs[:, vals > 1e-8 * max(1.0, float(np.max(np.abs(vals))))]
        G = self.gd.order
        out = np.zeros((G, V.shape[1], V.shape[1]))
        for g in range(G):
            out[g] = V[self.gd.mul[g]].T @ V  # (L_g V)[gx] = V[x], so V^T L_g V = V[mul[g]]^T V
        return out

    @property
    def sdp_matrices(self) -> tuple[str, np.ndarray]:
        """The smaller of the two models for the SDPs: the class's own ``Y_g`` (``r``) or the ``W`` model."""
        W = self.model_matrices
        return ("own", self.Y) if self.r <= W.shape[1] else ("W", W)

    def model_errors(self, omega: dict[int, float]) -> tuple[float, float]:
        """Numeric ``(w, s)`` in the model ``L^2(G)|_W`` (an independent path from the class matrices)."""
        G = self.gd.order
        P = self.W_projection_numeric
        E = np.zeros((G, G))
        for g, w in omega.items():
            E[self.gd.mul[g], np.arange(G)] += float(w)
        A = E @ P
        w = float(np.linalg.norm(A, 2)) ** 2
        s = 0.0
        for g in range(G):
            L = np.zeros((G, G))
            L[self.gd.mul[g], np.arange(G)] = 1.0
            s = max(s, float(np.linalg.norm((L - np.eye(G)) @ A, 2)) ** 2 / 2)
        return w, s

    def exact_error_at_most(self, kind: str, omega: dict[int, Any], eps: Fraction) -> bool:
        """Exact: ``w(omega) <= eps`` (kind "weak") or ``s(omega) <= eps`` (kind "strong").

        Weights are Fractions, or elements of the group's field ``Q(cos(2 pi / N))`` (``_field(gd)``).
        """
        key = ("at most", kind, tuple(sorted((g, str(w)) for g, w in omega.items())), Fraction(eps))
        if key not in self.memo:
            self.memo[key] = self._exact_error_at_most(kind, omega, Fraction(eps))
        return self.memo[key]

    def _exact_error_at_most(self, kind: str, omega: dict[int, Any], eps: Fraction) -> bool:
        rational = all(isinstance(w, (Fraction, int)) for w in omega.values())
        K = self.field if rational else _field(self.gd)
        G = self.gd.order
        P = self.W_projection_over(K)
        Erows = [[K.zero] * G for _ in range(G)]
        for g, w in omega.items():
            value = K(Fraction(w)) if isinstance(w, (Fraction, int)) else w
            for x in range(G):
                Erows[int(self.gd.mul[g, x])][x] += value
        E = DomainMatrix(Erows, (G, G), K.K)
        EP = E * P
        if kind == "weak":
            checks = [(K(Fraction(eps)), EP)]
        else:
            checks = []
            for g in range(1, G):
                Lrows = [[K.zero] * G for _ in range(G)]
                for x in range(G):
                    Lrows[int(self.gd.mul[g, x])][x] = K.one
                    Lrows[x][x] -= K.one
                checks.append((K(Fraction(2 * eps)), DomainMatrix(Lrows, (G, G), K.K) * EP))
        for bound, A in checks:
            M = (A.transpose() * A).to_list()
            for i in range(G):
                M[i][i] = bound - M[i][i]
                for j in range(G):
                    if j != i:
                        M[i][j] = -M[i][j]
            if not is_psd(K, M):
                return False
        return True


def _field(gd: GroupData) -> Field:
    if "field" not in gd.memo:
        gd.memo["field"] = Field(gd.exponent)
    return gd.memo["field"]


def make_class(name: str, gd: GroupData, mats: np.ndarray) -> RefClass:
    """Whiten, project, and compute the exact character and Gram matrix of a class given by matrices."""
    G, n = mats.shape[0], mats.shape[1]
    for g in range(G):
        for h in range(G):
            if not np.allclose(mats[g] @ mats[h], mats[gd.mul[g, h]], atol=1e-9):
                raise AssertionError(f"{name}: not a homomorphism at ({g}, {h})")
    Q = np.mean(np.einsum("gji,gjk->gik", mats, mats), axis=0)
    R = np.linalg.cholesky(Q).T  # Q = R^T R
    Rinv = np.linalg.inv(R)
    Lw = np.einsum("ij,gjk,kl->gil", R, mats, Rinv)
    if not np.allclose(np.einsum("gji,gjk->gik", Lw, Lw), np.eye(n), atol=1e-8):
        raise AssertionError(f"{name}: whitening failed")
    P0 = Lw.mean(axis=0)
    vals, vecs = np.linalg.eigh((np.eye(n) - P0 + (np.eye(n) - P0).T) / 2)
    U = vecs[:, vals > 0.5]
    Y = np.einsum("ji,gjk,kl->gil", U, Lw, U)
    K = _field(gd)
    N = gd.exponent
    chi = []
    for g in range(G):
        o = int(gd.orders[g])
        traces = [float(np.trace(mats[gd.power(g, j)])) for j in range(o)]
        value = K.zero
        for l in range(o):
            m = sum(traces[j] * np.exp(-2j * np.pi * j * l / o) for j in range(o)) / o
            mi = round(m.real)
            if abs(m - mi) > 1e-6:
                raise AssertionError(f"{name}: eigenvalue multiplicity {m} of element {g} is not an integer")
            if mi:
                value += K(mi) * K.cos_frac(l * N // o)
        if abs(K.to_float(value) - traces[1 % o]) > 1e-6:
            raise AssertionError(f"{name}: exact character {value} disagrees with the trace {traces[1 % o]}")
        chi.append(value)
    if K.K != QQ and all(len(x.to_list()) <= 1 for x in chi):
        # a rational character: work over Q (much faster exact algebra)
        K, chi = Field(1), [QQ.convert(x.to_list()[0]) if x.to_list() else QQ.zero for x in chi]
    total = sum(chi, K.zero)
    m0q = total / K(G)
    m0 = round(K.to_float(m0q))
    if m0q != K(m0) or m0 != n - U.shape[1]:
        raise AssertionError(f"{name}: dim F^G inconsistent ({m0q}, {n - U.shape[1]})")
    rows = [[chi[int(gd.mul[gd.inv[x], y])] - K(m0) for y in range(G)] for x in range(G)]
    C = DomainMatrix(rows, (G, G), K.K)
    Cn = np.array([[K.to_float(v) for v in row] for row in rows])
    Xflat = np.einsum("gij,jk->gik", Lw, np.eye(n) - P0).reshape(G, -1)
    if not np.allclose(Xflat @ Xflat.T, Cn, atol=1e-7):
        raise AssertionError(f"{name}: Gram matrix is not chi(x^-1 y) - dim F^G")
    return RefClass(name, gd, K, n, U.shape[1], Y, chi, m0, C, Cn)


# -- supports up to two-sided translation -----------------------------------------------------------


def support_orbits(gd: GroupData) -> dict[int, list[tuple[int, ...]]]:
    """Representatives (containing e = 0) of the supports up to ``S -> a S b``, by size."""
    if "orbits" in gd.memo:
        return gd.memo["orbits"]
    G = gd.order
    seen: set[int] = set()
    out: dict[int, list[tuple[int, ...]]] = {}
    for k in range(1, G + 1):
        out[k] = []
        for rest in itertools.combinations(range(1, G), k - 1):
            S = (0, *rest)
            mask = sum(1 << s for s in S)
            if mask in seen:
                continue
            out[k].append(S)
            arr = np.array(S)
            for a in range(G):
                left = gd.mul[a, arr]
                for b in range(G):
                    img = gd.mul[left, b]
                    m = int(np.sum(np.left_shift(1, img.astype(np.int64))))
                    if m & 1:
                        seen.add(m)
    gd.memo["orbits"] = out
    return out


# -- exact complexity -------------------------------------------------------------------------------


def exact_solution(cls: RefClass, S: tuple[int, ...]) -> list | None:
    """The unique exact scheme on ``S`` (exact over ``K``), or None when there is none or it is not unique."""
    K = cls.field
    k = len(S)
    CS = cls.C.extract(list(S), list(S)).to_list()
    rows = [[*CS[i], K.zero] for i in range(k)] + [[K.one] * k + [K.one]]
    R, pivots = DomainMatrix(rows, (k + 1, k + 1), K.K).rref()
    if tuple(pivots) != tuple(range(k)):
        return None
    Rl = R.to_list()
    return [Rl[i][k] for i in range(k)]


def exact_complexity(cls: RefClass, signed: bool) -> tuple[int, dict]:
    """``AC_ex`` and a witness scheme (support -> exact weight) found by exhaustion."""
    key = ("exact", signed)
    if key not in cls.memo:
        K = cls.field
        result = None
        for k, reps in support_orbits(cls.gd).items():
            for S in reps:
                sol = exact_solution(cls, S)
                if sol is None:
                    continue
                signs = [K.sign(x) for x in sol]
                if all(s != 0 for s in signs) and (signed or all(s > 0 for s in signs)):
                    result = (k, dict(zip(S, sol)))
                    break
            if result:
                break
        cls.memo[key] = result
    return cls.memo[key]


# -- weak / strong: per-support optima ----------------------------------------------------------


class SupportOptimiser:
    """``min`` over weights on a support of ``w`` or ``s``, a DPP-parametrised SDP compiled once."""

    def __init__(self, cls: RefClass, kind: str, signed: bool):
        import cvxpy as cp

        self.cp, self.cls, self.kind, self.signed = cp, cls, kind, signed
        G = cls.gd.order
        self.model, Y = cls.sdp_matrices
        r = Y.shape[1]
        self.w = cp.Variable(G)
        self.mask = cp.Parameter(G, nonneg=True)
        t = cp.Variable(nonneg=True)
        Ystack = np.stack([Y[g].reshape(-1, order="F") for g in range(G)], axis=1)
        A = cp.reshape(Ystack @ self.w, (r, r), order="F")
        cons = [cp.sum(self.w) == 1, cp.multiply(self.mask, self.w) == 0]
        if not signed:
            cons.append(self.w >= 0)
        if kind == "weak":
            cons.append(cp.sigma_max(A) <= t)
        else:
            # ||(Y_g - I) A||^2 = lambda_max(A^T M_g A) with M_g = 2I - Y_g - Y_g^T = B_g^T B_g (Y_g orthogonal);
            # M_{g^-1} = M_g, so one constraint serves g and g^-1, and B_g has rank(M_g) rows
            done: set[int] = set()
            for g in range(1, G):
                if g in done:
                    continue
                done.update((g, int(cls.gd.inv[g])))
                vals, vecs = np.linalg.eigh(2 * np.eye(r) - Y[g] - Y[g].T)
                keep = vals > 1e-10
                B = (vecs[:, keep] * np.sqrt(vals[keep])).T
                cons.append(cp.sigma_max(B @ A) <= t)
        self.problem = cp.Problem(cp.Minimize(t), cons)

    def error(self, omega: dict) -> float:
        return self.cls.weak_error(omega) if self.kind == "weak" else self.cls.strong_error(omega)

    def optimum(self, S: tuple[int, ...]) -> tuple[float | None, np.ndarray | None]:
        """(least error on S, optimal weights), or (None, None) when no solver succeeded."""
        G = self.cls.gd.order
        if self.cls.r == 0:
            w = np.zeros(G)
            w[S[0]] = 1.0
            return 0.0, w
        mask = np.ones(G)
        mask[list(S)] = 0.0
        self.mask.value = mask
        for solver, opts in (("CLARABEL", {}), ("SCS", {"eps": 1e-9, "max_iters": 200000})):
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")  # "solution may be inaccurate": the status says so
                    self.problem.solve(solver=solver, **opts)
            except self.cp.error.SolverError:
                continue
            if self.problem.status == "optimal" and self.w.value is not None:
                t = float(self.problem.value)
                w = np.array(self.w.value, dtype=float)
                w[mask > 0] = 0.0
                value = t * t if self.kind == "weak" else t * t / 2
                # the weights must realise the value (a check on the solver)
                achieved = self.error({g: w[g] for g in S})
                if achieved > value + 1e-5 * max(1.0, value):
                    continue
                return value, w
        return None, None


def _rational_candidates(w: np.ndarray, S: tuple[int, ...], signed: bool):
    seen = set()
    cands = [{g: Fraction(1, len(S)) for g in S}]
    for q in DENOMINATORS:
        ws = {g: Fraction(float(w[g])).limit_denominator(q) for g in S}
        last = S[-1]
        ws[last] = 1 - sum((ws[g] for g in S if g != last), Fraction(0))
        cands.append(ws)
    for ws in cands:
        key = tuple(sorted(ws.items()))
        if key in seen:
            continue
        seen.add(key)
        if not signed and any(v < 0 for v in ws.values()):
            continue
        yield {g: v for g, v in ws.items() if v != 0}


def _algebraic_candidates(K: Field, w: np.ndarray, S: tuple[int, ...], signed: bool, limit: int = 64):
    """Weights in ``Q(cos(2 pi/N))`` (degree-2 fields) near ``w``: ``(exact weights, float weights)``."""
    if K.degree != 2 or len(S) < 2:
        return
    options = [K.small_elements_near(float(w[g]), 5e-5)[:3] for g in S[:-1]]
    if any(not o for o in options):
        return
    for n, choice in enumerate(itertools.product(*options)):
        if n >= limit:
            return
        last = K.one - sum(choice, K.zero)
        exact = dict(zip(S, [*choice, last]))
        if not signed and any(K.sign(v) < 0 for v in exact.values()):
            continue
        exact = {g: v for g, v in exact.items() if v != K.zero}
        yield exact, {g: K.to_float(v) for g, v in exact.items()}


@dataclass(frozen=True)
class Reference:
    """The reference answer: ``lo <= AC <= hi``; ``lo == hi`` unless a tie could not be decided exactly."""

    lo: int
    hi: int
    note: str = ""

    @property
    def decided(self) -> bool:
        return self.lo == self.hi

    def __str__(self) -> str:
        return str(self.lo) if self.decided else f"[{self.lo}, {self.hi}] ({self.note})"


class ApproximateSearch:
    """Per ``(class, kind, signed)``: optima per support (cached), and ``AC(eps)`` with exact tie handling."""

    def __init__(self, cls: RefClass, kind: str, signed: bool, lower: tuple = (), relaxation: Any = None):
        """``lower``: searches whose optimum on each support is at most this one's (the weak one for a strong
        search, as ``s >= w`` for every scheme; the signed one for a probability search), used to prune supports
        whose lower optimum is already above eps. ``relaxation``: the signed search of a probability one; when
        its optimal weights are non-negative they are optimal here too."""
        self.cls, self.kind, self.signed = cls, kind, signed
        self.lower, self.relaxation = tuple(lower), relaxation
        self.pruned = 0
        self.opt = SupportOptimiser(cls, kind, signed)
        self.optima: dict[tuple[int, ...], tuple[float | None, np.ndarray | None]] = {}
        self.verdicts: dict[tuple[tuple[int, ...], Fraction], str] = {}
        self.ties: list[str] = []
        self.witnesses: dict[tuple[tuple[int, ...], Fraction], dict] = {}

    def optimum(self, S):
        if S not in self.optima:
            self.optima[S] = self._relaxed(S) or self.opt.optimum(S)
        return self.optima[S]

    def _relaxed(self, S):
        if self.relaxation is None:
            return None
        value, w = self.relaxation.optimum(S)
        if value is None or np.min(w[list(S)]) < -1e-9:
            return None
        wc = np.clip(w, 0.0, None)
        wc /= wc.sum()
        achieved = self.opt.error({g: wc[g] for g in S})
        return (achieved, wc) if achieved <= value + 1e-8 * max(1.0, value) else None

    def verdict(self, S: tuple[int, ...], eps: Fraction) -> str:
        """"yes" (some weights on S reach error <= eps), "no", or "undecided"."""
        key = (S, eps)
        if key in self.verdicts:
            return self.verdicts[key]
        e = float(eps)
        for other in self.lower:
            bound = other.optimum(S)[0]
            if bound is not None and bound > e + TIE_TOLERANCE:
                self.pruned += 1
                self.verdicts[key] = "no"
                return "no"
        value, w = self.optimum(S)
        if value is None:
            out = "undecided"
        elif value < e - TIE_TOLERANCE:
            out = "yes"
            self.witnesses[key] = {g: float(w[g]) for g in S}
        elif value > e + TIE_TOLERANCE:
            out = "no"
        else:
            out = "undecided"
            for cand in _rational_candidates(w, S, self.signed):
                # a numeric screen first: the exact check is expensive over algebraic fields
                if self.opt.error({g: float(v) for g, v in cand.items()}) > e + 1e-9:
                    continue
                if self.cls.exact_error_at_most(self.kind, cand, eps):
                    out = "yes"
                    self.witnesses[key] = cand
                    break
            if out == "undecided":
                for cand in _algebraic_candidates(_field(self.cls.gd), w, S, self.signed):
                    if self.opt.error(cand[1]) > e + 1e-9:
                        continue
                    if self.cls.exact_error_at_most(self.kind, cand[0], eps):
                        out = "yes"
                        self.witnesses[key] = cand[0]
                        break
            self.ties.append(f"support {S}, optimum {value:.9f} at eps {eps}: {out}")
        self.verdicts[key] = out
        return out

    def witness(self, eps: Fraction) -> dict | None:
        """Weights (support -> weight) of a least-size scheme with error <= eps found by :meth:`complexity`."""
        ref = self.complexity(eps)
        for (S, e), w in self.witnesses.items():
            if e == eps and len(S) == ref.hi:
                return w
        return None

    def complexity(self, eps: Fraction) -> Reference:
        lo = None
        for k, reps in support_orbits(self.cls.gd).items():
            undecided = False
            for S in reps:
                v = self.verdict(S, eps)
                if v == "yes":
                    return Reference(k, k) if lo is None else Reference(lo, k, "tie: undecided")
                undecided = undecided or v == "undecided"
            if lo is None and undecided:
                lo = k
        raise AssertionError("the uniform scheme on G is exact: some support must succeed")


# -- the catalog: classes of a group, deduplicated by Irr(F) ---------------------------------------


@dataclass
class GroupReference:
    gd: GroupData
    classes: dict[str, RefClass]
    family: dict[str, str]  # class name -> representative name (same range of the Gram matrix)
    searches: dict = field(default_factory=dict)

    def exact(self, name: str, signed: bool) -> Reference:
        value = exact_complexity(self.classes[name], signed)
        return Reference(value[0], value[0])

    def search(self, name: str, kind: str, signed: bool) -> ApproximateSearch:
        rep = self.family[name]
        key = (rep, kind, signed)
        if key not in self.searches:
            lower, relaxation = [], None
            if kind == "strong":
                lower.append(self.search(name, "weak", signed))
            if not signed:
                relaxation = self.search(name, kind, True)
                lower.append(relaxation)
            self.searches[key] = ApproximateSearch(self.classes[rep], kind, signed, lower, relaxation)
        return self.searches[key]

    def approximate(self, name: str, kind: str, eps: Fraction, signed: bool) -> Reference:
        return self.search(name, kind, signed).complexity(eps)

    def value(self, name: str, kind: str, eps: Fraction | None, signed: bool) -> Reference:
        if kind == "exact":
            return self.exact(name, signed)
        return self.approximate(name, kind, Fraction(eps), signed)


def group_reference(G: Any, degrees: tuple[int, ...] = (1, 2, 3)) -> GroupReference:
    """The reference classes of a group: polynomials of the given degrees of its natural action, and ``L^2(G)``."""
    gd = group_data(G)
    classes = {f"poly{k}": make_class(f"{gd.name} poly{k}", gd, polynomial_matrices(gd, k)) for k in degrees}
    classes["L2"] = make_class(f"{gd.name} L2", gd, regular_matrices(gd))
    return GroupReference(gd, classes, families(classes))


def families(classes: dict[str, RefClass]) -> dict[str, str]:
    """Group classes with the same ``range(C)`` (the same ``Irr(F)``); representative of least ``r``."""
    names = list(classes)
    groups: list[list[str]] = []
    for name in names:
        P = classes[name].W_projection_numeric
        for grp in groups:
            if np.allclose(classes[grp[0]].W_projection_numeric, P, atol=1e-7):
                grp.append(name)
                break
        else:
            groups.append([name])
    out = {}
    for grp in groups:
        rep = min(grp, key=lambda nm: (classes[nm].sdp_matrices[1].shape[1], nm))
        for name in grp:
            out[name] = rep
    return out


_CACHE: dict = {}


def cached_group_reference(G: Any, degrees: tuple[int, ...] = (1, 2, 3)) -> GroupReference:
    """:func:`group_reference`, memoised per (group name, order, degrees) for one test session."""
    key = (str(G.name), G.order, tuple(G.generators.ravel().tolist()), degrees)
    if key not in _CACHE:
        _CACHE[key] = group_reference(G, degrees)
    return _CACHE[key]


def trigonometric_matrices(gd: GroupData, frequencies: tuple[int, ...]) -> np.ndarray:
    """``Z_n`` (cyclic ``gd``): functions ``cos(2 pi j m / n), sin(2 pi j m / n)`` of ``m``, ``j`` in ``frequencies``.

    The generator is an element of order ``n``; ``g = a^m`` acts by rotation blocks of angle
    ``2 pi j m / n`` (a translation of the argument), built from the multiplication table only.
    """
    n = gd.order
    a = next(g for g in range(n) if gd.orders[g] == n)
    exponent = {}
    x = 0
    for m in range(n):
        exponent[x] = m
        x = int(gd.mul[a, x])
    dim = 2 * len(frequencies)
    out = np.zeros((n, dim, dim))
    for g in range(n):
        m = exponent[g]
        for b, j in enumerate(frequencies):
            t = 2 * np.pi * j * m / n
            out[g, 2 * b:2 * b + 2, 2 * b:2 * b + 2] = [[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]]
    return out
