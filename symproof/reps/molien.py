"""Molien series of a linear action, and the tensor-power threshold ``K*``.

Layer: reps (class functions over ``Q(zeta_f)``, integer polynomials in ``t``).

For a representation ``rho`` of ``G`` on ``V = K^d`` and a character ``chi``, the
multiplicity of ``chi`` in the homogeneous polynomials of degree ``k`` is the
coefficient of ``t^k`` in the **Molien series** (``MATH.md`` section 5)::

    M_chi(t) = (1/|G|) sum_g conj(chi(g)) / det(I - t rho(g)) = sum_k <h_k, chi> t^k,

where ``h_k`` is the character of ``Sym^k(rho)``. (Polynomials on ``V`` are
``Sym(V*)``; a real ``rho`` has a real character, so ``V*`` and ``V`` give the same
series.) From the series: the first degree at which each irreducible occurs, the
threshold ``K*`` (the least ``k`` with every irreducible in ``Sym^{<=k}``), the proven
bound ``K* <= |G| - 1`` for a faithful action, the eigenvalue multiplicities
``M_lambda`` and the two candidate bounds of ``MATH.md`` section 4 (conjectures).

>>> import symproof as sp
>>> rho = sp.group("S3").natural_action()
>>> M = molien_series(rho, 0)                 # the invariants: 1/((1-t)(1-t^2)(1-t^3))
>>> M.coefficients(8)
[1, 1, 2, 3, 4, 5, 7, 8]
>>> M.denominator.as_expr().factor()
-(t - 1)**3*(t + 1)*(t**2 + t + 1)
>>> molien_series(rho, 1).first_degree()     # the sign: the Vandermonde x1..x3 has degree 3
3
>>> tensor_power_threshold(rho).k_star
3

Notes
-----
Coefficients come from exact power-series arithmetic, never from a symbolic series
expansion. At a class representative ``g`` the power sums ``p_m = chi_rho(g^m)`` (power
maps of the exact character) give the elementary symmetric functions ``e_j`` of the
eigenvalues by Newton's identities, ``det(I - t rho(g)) = sum_j (-1)^j e_j t^j``, and
``h_k = sum_{j=1..d} (-1)^(j-1) e_j h_{k-j}``: ``O(d)`` field operations per class
and degree, in ``Q(zeta_f)`` (``QQ`` for ``S_n`` and ``B_n``). The coefficient is the
exact inner product ``<h_k, chi>``.

The rational function has the common denominator ``D(t) = prod_lambda (1 - lambda
t)^(M_lambda)`` (``M_lambda`` the largest multiplicity of the eigenvalue ``lambda`` in
any ``rho(g)``; ``M`` is constant on Galois orbits, so ``D`` is a product of cyclotomic
polynomials with integer coefficients). Each term ``conj(chi(g))/det(I - t rho(g))``
is ``A_g(t)/D(t)`` with ``deg A_g = deg D - d``, so the numerator is ``D(t) M_chi(t)``
truncated at degree ``deg D - d``; the coefficients of ``D M_chi`` of degrees ``deg D -
d + 1 .. deg D`` are checked to vanish, and the fraction is reduced. The lowest degree
of the numerator is the first degree at which ``chi`` occurs (``D(0) = 1``).

Eigenvalue multiplicities are exact integers: from cycle types for permutation
matrices and for signed permutation (monomial ``+-1``) matrices; otherwise, as in
:mod:`symproof.reps.representation`, from the discrete Fourier transform of the
floating-point traces of ``rho(g^j)``, rounded, which is exact because the error is
proven far below ``1/2`` and checked (integers within ``1e-6``, non-negative, summing to
``d``). In every case ``sum_l m_l zeta^l`` is compared exactly with the character.
"""

from __future__ import annotations

import dataclasses
import functools
import weakref
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import numpy as np
import sympy

from symproof.errors import InvalidArgumentError
from symproof.groups.actions import Representation
from symproof.reps import cyclotomic as cyc
from symproof.reps.class_functions import ClassFunction
from symproof.reps.representation import character

if TYPE_CHECKING:  # pragma: no cover
    from symproof.groups.conjugacy import ConjugacyClass

__all__ = [
    "MolienSeries",
    "molien_series",
    "eigenvalue_multiplicities",
    "max_eigenvalue_multiplicities",
    "symmetric_power_characters",
    "first_degrees",
    "CandidateBound",
    "TensorPowerThreshold",
    "tensor_power_threshold",
]

t = sympy.Symbol("t")


# -- eigenvalues ---------------------------------------------------------------------


def _check_representation(rho: Any) -> Representation:
    if not isinstance(rho, Representation):
        raise InvalidArgumentError(f"expected a Representation (for example G.natural_action()), got {rho!r}")
    return rho


def _cycles_of(permutation: list[int], signs: list[int]) -> list[tuple[int, int]]:
    """``(length, product of signs)`` of each cycle of ``j -> permutation[j]``."""
    seen, out = [False] * len(permutation), []
    for start in range(len(permutation)):
        length, sign, j = 0, 1, start
        while not seen[j]:
            seen[j] = True
            length, sign, j = length + 1, sign * signs[j], permutation[j]
        if length:
            out.append((length, sign))
    return out


def _cycle_spectrum(cycles: list[tuple[int, int]], o: int) -> tuple[int, ...]:
    """Multiplicities of ``zeta_o^l`` for a signed permutation matrix with the given cycles.

    A cycle of length ``c`` and sign product ``s`` has the ``c`` roots of ``x^c = s``.
    """
    m = [0] * o
    for c, s in cycles:
        step = o // c if s == 1 else o // (2 * c)
        if (o % c if s == 1 else o % (2 * c)):  # pragma: no cover - the order is wrong
            raise ArithmeticError(f"a signed {c}-cycle in an element of order {o}")
        for q in range(c):
            m[(q * step if s == 1 else (2 * q + 1) * step) % o] += 1
    return tuple(m)


def _monomial_cycles(rho: Representation, g: int) -> list[tuple[int, int]] | None:
    """Cycles of ``rho(g)`` if it is a signed permutation matrix, else None."""
    if rho.is_permutation_action():
        row = [int(x) for x in rho.action[g]]
        return _cycles_of(row, [1] * len(row))
    K = rho.domain
    columns: dict[int, dict] = {}
    for i, row in rho.domain_matrix(g).to_sdm().items():
        for j, x in row.items():
            columns.setdefault(j, {})[i] = x
    target, signs = [], []
    for j in range(rho.dimension):
        entries = columns.get(j, {})
        if len(entries) != 1:
            return None
        (i, x), = entries.items()
        if x not in (K.one, -K.one):
            return None
        target.append(i)
        signs.append(1 if x == K.one else -1)
    return _cycles_of(target, signs)


def _numeric_spectrum(rho: Representation, g: int, o: int) -> tuple[int, ...]:
    G, d = rho.group, rho.dimension
    powers = np.zeros(o, dtype=np.int64)
    for j in range(1, o):
        powers[j] = G.mul(int(powers[j - 1]), g)
    traces = np.trace(rho.numeric(powers), axis1=1, axis2=2)
    m = np.exp(-2j * np.pi * np.outer(np.arange(o), np.arange(o)) / o) @ traces / o
    rounded = np.rint(m.real).astype(np.int64)
    if np.max(np.abs(m - rounded)) > 1e-6 or rounded.min() < 0 or rounded.sum() != d:
        raise ArithmeticError(f"eigenvalue multiplicities of rho({G.element(g)}) are not integers: {m}")
    return tuple(int(x) for x in rounded)


def _class_spectrum(rho: Representation, c: ConjugacyClass) -> tuple[int, ...]:
    cycles = _monomial_cycles(rho, c.representative)
    if cycles is None:
        return _numeric_spectrum(rho, c.representative, c.element_order)
    return _cycle_spectrum(cycles, c.element_order)


# -- the per-representation data: spectra and symmetric powers -----------------------


class _SymmetricPowers:
    """Eigenvalue multiplicities of ``rho`` per class and the characters ``h_k`` of ``Sym^k(rho)``.

    ``h_k`` is extended on demand; its values never depend on the order of requests.
    """

    def __init__(self, rho: Representation) -> None:
        self.rho = rho
        G = rho.group
        self.classes = G.conjugacy_classes()
        self.spectra = tuple(_class_spectrum(rho, c) for c in self.classes)
        self.character = character(rho)
        f, K = self.character.conductor, self.character.field
        for c, m, value in zip(self.classes, self.spectra, self.character.values):
            if cyc.from_multiplicities(m, f) != value:  # pragma: no cover - two computations disagree
                raise ArithmeticError(f"eigenvalues of rho({G.element(c.representative)}) do not match its trace")
        self.elementary = self._elementary(K)
        self._h: list[list] = [[K.one] * len(self.classes)]
        self._functions: dict[int, ClassFunction] = {}

    def _elementary(self, K) -> list[list]:
        """``e_j`` per class, ``j = 0..d``, by Newton: ``j e_j = sum_i (-1)^(i-1) e_{j-i} p_i``."""
        d = self.rho.dimension
        p = [None] + [self.character.power_map(m).values for m in range(1, d + 1)]
        e = [[K.one] * len(self.classes)]
        for j in range(1, d + 1):
            total = [K.zero] * len(self.classes)
            for i in range(1, j + 1):
                sign = 1 if i % 2 else -1
                total = [s + sign * a * b for s, a, b in zip(total, e[j - i], p[i])]
            e.append([s / K.convert(j) for s in total])
        return e

    def values(self, k: int) -> list:
        """``h_k`` at the class representatives."""
        e, h, K = self.elementary, self._h, self.character.field
        while len(h) <= k:
            n = len(h)
            total = [K.zero] * len(self.classes)
            for j in range(1, min(n, len(e) - 1) + 1):
                sign = 1 if j % 2 else -1
                total = [s + sign * a * b for s, a, b in zip(total, e[j], h[n - j])]
            h.append(total)
        return h[k]

    def function(self, k: int) -> ClassFunction:
        """``h_k`` as a :class:`ClassFunction`."""
        if k not in self._functions:
            self._functions[k] = ClassFunction(self.rho.group, self.values(k), self.character.conductor)
        return self._functions[k]

    @functools.cached_property
    def maxima(self) -> dict[Fraction, int]:
        """``M_lambda`` keyed by the turn ``q`` of ``lambda = exp(2 pi i q)``, ``0 <= q < 1``."""
        out: dict[Fraction, int] = {}
        for m in self.spectra:
            for l, count in enumerate(m):
                if count:
                    q = Fraction(l, len(m))
                    out[q] = max(out.get(q, 0), count)
        return dict(sorted(out.items()))

    @functools.cached_property
    def denominator(self) -> sympy.Poly:
        """``D(t) = prod_lambda (1 - lambda t)^(M_lambda)`` as an integer polynomial."""
        by_order: dict[int, set[int]] = {}
        for q, count in self.maxima.items():
            by_order.setdefault(q.denominator, set()).add(count)
        D = sympy.Poly(1, t, domain=sympy.ZZ)
        for n, counts in sorted(by_order.items()):
            if len(counts) != 1 or len([q for q in self.maxima if q.denominator == n]) != int(sympy.totient(n)):
                raise ArithmeticError(f"eigenvalue multiplicities are not Galois-stable at order {n}")  # pragma: no cover
            phi = sympy.Poly(sympy.cyclotomic_poly(n, t), t, domain=sympy.ZZ)
            D *= sympy.Poly(list(reversed(phi.all_coeffs())), t, domain=sympy.ZZ) ** counts.pop()
        return D


_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _powers(rho: Representation) -> _SymmetricPowers:
    _check_representation(rho)
    if rho not in _CACHE:
        _CACHE[rho] = _SymmetricPowers(rho)
    return _CACHE[rho]


def eigenvalue_multiplicities(rho: Representation) -> tuple[tuple[int, ...], ...]:
    """Exact eigenvalue multiplicities of ``rho`` at each conjugacy class.

    Entry ``k`` belongs to ``G.conjugacy_classes()[k]``; for its elements, of order ``o``,
    ``m[l]`` is the multiplicity of ``exp(2 pi i l/o)`` as an eigenvalue of ``rho(g)``.

    >>> import symproof as sp
    >>> eigenvalue_multiplicities(sp.group("S3").natural_action())
    ((3,), (2, 1), (1, 1, 1))
    """
    return _powers(rho).spectra


def max_eigenvalue_multiplicities(rho: Representation) -> dict[sympy.Rational, int]:
    """``M_lambda``: the largest multiplicity of each eigenvalue ``lambda`` in any ``rho(g)``.

    Keys are turns ``q`` (``0 <= q < 1``, exact rationals) standing for ``lambda = exp(2 pi i q)``,
    in increasing order. ``sum_lambda M_lambda`` is the degree of the common denominator of the
    Molien series.

    >>> import symproof as sp
    >>> M = max_eigenvalue_multiplicities(sp.group("S3").natural_action())
    >>> M, sum(M.values())
    ({0: 3, 1/3: 1, 1/2: 1, 2/3: 1}, 6)
    """
    return {sympy.Rational(q.numerator, q.denominator): m for q, m in _powers(rho).maxima.items()}


def symmetric_power_characters(rho: Representation, max_degree: int) -> list[ClassFunction]:
    """The characters ``h_0, ..., h_k`` of ``Sym^j(rho)``, ``k = max_degree`` (exact power series).

    >>> import symproof as sp
    >>> [h.degree() for h in symmetric_power_characters(sp.group("S3").natural_action(), 3)]
    [1, 3, 6, 10]
    """
    k = _check_degree(max_degree, "max_degree")
    powers = _powers(rho)
    return [powers.function(j) for j in range(k + 1)]


def _check_degree(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 0:
        raise InvalidArgumentError(f"{what} must be an int >= 0, got {value!r}")
    return int(value)


# -- Molien series -------------------------------------------------------------------


class MolienSeries:
    """The Molien series ``M_chi(t)`` of a representation ``rho`` and a virtual character ``chi``.

    Build one with :func:`molien_series`. ``coefficients(n)`` are exact integers (power-series
    arithmetic); :attr:`rational_function` is the reduced exact fraction in ``t``.
    """

    def __init__(self, rho: Representation, chi: ClassFunction, label: str) -> None:
        self.rho = rho
        self.group = rho.group
        self.character = chi
        self.label = label
        self._powers = _powers(rho)

    def coefficient(self, k: int) -> int:
        """The coefficient of ``t^k``: the multiplicity of ``chi`` in ``Sym^k(rho)``."""
        value = self._powers.function(_check_degree(k, "k")).inner_rational(self.character)
        if not value.is_integer:  # pragma: no cover - chi was checked to be a virtual character
            raise ArithmeticError(f"coefficient {value} of t^{k} is not an integer")
        return int(value)

    def coefficients(self, n: int) -> list[int]:
        """The first ``n`` coefficients ``[c_0, ..., c_{n-1}]``."""
        return [self.coefficient(k) for k in range(_check_degree(n, "n"))]

    @functools.cached_property
    def _fraction(self) -> tuple[sympy.Poly, sympy.Poly]:
        D = self._powers.denominator
        top = D.degree() - self.rho.dimension
        series = sympy.Poly(list(reversed(self.coefficients(D.degree() + 1))), t, domain=sympy.ZZ)
        product = (D * series).all_coeffs()[::-1]  # lowest degree first
        if any(product[top + 1:D.degree() + 1]):  # pragma: no cover - D is not a common denominator
            raise ArithmeticError("the Molien series does not have the expected denominator")
        N = sympy.Poly(list(reversed(product[:top + 1])) or [0], t, domain=sympy.ZZ)
        common = sympy.gcd(N, D) if not N.is_zero else D
        N, D = N.exquo(common), D.exquo(common)
        unit = D.eval(0)
        return N.quo_ground(unit), D.quo_ground(unit)

    @property
    def numerator(self) -> sympy.Poly:
        """Numerator of the reduced fraction (integer coefficients)."""
        return self._fraction[0]

    @property
    def denominator(self) -> sympy.Poly:
        """Denominator of the reduced fraction, with constant term 1."""
        return self._fraction[1]

    @property
    def rational_function(self) -> sympy.Expr:
        """``M_chi(t)`` as an exact SymPy rational function in ``t`` (reduced)."""
        return self.numerator.as_expr() / self.denominator.as_expr()

    def first_degree(self) -> int | None:
        """The least ``k`` with a non-zero coefficient of ``t^k`` (None if the series is 0).

        For an irreducible ``chi`` this is the first degree in which it occurs.
        """
        N = self.numerator
        if N.is_zero:
            return None
        return min(m[0] for m in N.monoms())

    def __repr__(self) -> str:
        return f"MolienSeries({self.label}, {self.rational_function})"


def molien_series(rho: Representation, chi: int | ClassFunction = 0) -> MolienSeries:
    """The Molien series of ``rho`` for ``chi``: a row of ``G.character_table()`` or a virtual character.

    Parameters
    ----------
    rho
        A representation of ``G`` (for example ``G.natural_action()``).
    chi
        Row index ``i`` of the character table (default 0, the invariants), or a
        :class:`ClassFunction` of ``G`` with integer multiplicities.

    Returns
    -------
    MolienSeries
        ``.coefficients(n)``, ``.rational_function``, ``.first_degree()``.

    Raises
    ------
    InvalidArgumentError
        ``rho`` is not a representation, the row is out of range, or ``chi`` is not a
        virtual character of ``G``.

    >>> import symproof as sp
    >>> molien_series(sp.group("D4").natural_action()).rational_function.factor()
    1/((t - 1)**2*(t + 1)**2*(t**2 + 1))
    """
    G = _check_representation(rho).group
    T = G.character_table()
    if isinstance(chi, ClassFunction):
        if chi.group != G:
            raise InvalidArgumentError(f"chi is a class function of {chi.group}, not of {G}")
        chi.decompose()  # raises for a non-virtual character
        return MolienSeries(rho, chi, "chi")
    if isinstance(chi, bool) or not isinstance(chi, (int, np.integer)) or not 0 <= chi < len(T):
        raise InvalidArgumentError(f"chi must be a row 0..{len(T) - 1} of the character table of {G} "
                                   f"or a ClassFunction, got {chi!r}")
    return MolienSeries(rho, T[int(chi)], f"row {int(chi)}")


def first_degrees(rho: Representation) -> tuple[int | None, ...]:
    """For each row of the character table, the first degree of polynomials in which it occurs.

    None for an irreducible that occurs in no degree (one not trivial on the kernel of ``rho``).

    >>> import symproof as sp
    >>> first_degrees(sp.group("S4").natural_action())
    (0, 6, 2, 1, 3)
    """
    T = _check_representation(rho).group.character_table()
    return tuple(molien_series(rho, i).first_degree() for i in range(len(T)))


# -- the threshold K* ------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class CandidateBound:
    """A conjectured upper bound on ``K*`` (``MATH.md`` section 4), evaluated on one action.

    ``holds`` is ``K* <= value`` (None when ``K*`` is undefined); ``status`` is always
    ``"conjecture"``: a value that holds on one action proves nothing in general.
    """

    formula: str
    value: int
    holds: bool | None
    status: str = "conjecture"


@dataclasses.dataclass(frozen=True)
class TensorPowerThreshold:
    """``K*`` of a linear action and the bounds reported beside it.

    Attributes
    ----------
    k_star
        Least ``k`` with every irreducible in ``Sym^{<=k}`` (exact); None when some irreducible
        never occurs (a non-faithful action).
    first_degrees
        First degree of each row of the character table (exact; None if it never occurs).
    faithful
        Whether ``rho`` is faithful.
    proven_bound
        ``|G| - 1``: a theorem for faithful actions (interpolation on a free orbit).
    max_multiplicities
        ``M_lambda`` (see :func:`max_eigenvalue_multiplicities`).
    candidates
        The two candidate formulas, each with its value and whether ``K* <= value`` here.
    """

    k_star: int | None
    first_degrees: tuple[int | None, ...]
    faithful: bool
    proven_bound: int
    max_multiplicities: dict
    candidates: tuple[CandidateBound, ...]

    def __str__(self) -> str:
        lines = [f"K* = {self.k_star} (exact)",
                 f"|G| - 1 = {self.proven_bound} (proven bound{'' if self.faithful else '; rho is not faithful'})"]
        lines += [f"{c.formula} = {c.value} ({c.status}; "
                  f"{'holds' if c.holds else 'fails' if c.holds is not None else 'undecided'} here)"
                  for c in self.candidates]
        return "\n".join(lines)


def tensor_power_threshold(rho: Representation) -> TensorPowerThreshold:
    """``K*`` of ``rho`` from its Molien series, beside the proven and the conjectured bounds.

    >>> import symproof as sp
    >>> print(tensor_power_threshold(sp.group("S4").natural_action()))
    K* = 6 (exact)
    |G| - 1 = 23 (proven bound)
    min(|G|, sum_lambda (M_lambda - 1)) = 4 (conjecture; fails here)
    sum_lambda M_lambda - 1 = 9 (conjecture; holds here)
    """
    degrees = first_degrees(rho)
    k_star = None if None in degrees else max(degrees)
    M = max_eigenvalue_multiplicities(rho)
    values = [("min(|G|, sum_lambda (M_lambda - 1))", min(rho.group.order, sum(m - 1 for m in M.values()))),
              ("sum_lambda M_lambda - 1", sum(M.values()) - 1)]
    candidates = tuple(CandidateBound(name, v, None if k_star is None else k_star <= v) for name, v in values)
    return TensorPowerThreshold(k_star, degrees, rho.is_faithful(), rho.group.order - 1, M, candidates)
