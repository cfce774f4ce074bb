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
>>> rho = sp.natural_action(sp.group("S3"))
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
matrices and for signed permutation (monomial ``+-1``) matrices; otherwise from the
exact traces of ``rho(g^j)`` by the discrete Fourier transform in ball arithmetic, each
multiplicity certified as the unique integer in a ball of radius below ``1/2``
(:func:`~symproof.reps.representation.multiplicities_from_traces`, the routine the
character of a representation uses too). In every case ``sum_l m_l zeta^l`` is compared
exactly with the character.

Sums ``sum_{j in S} h_j`` over an arithmetic progression ``S`` of degrees (the
character of polynomials of degree ``<= k``) have a closed form that does not expand
the series (:func:`symmetric_power_sum`): at ``g`` of order ``o``,
``1/det(I - t rho(g)) = W(t)/(1 - t^o)^d`` with a polynomial ``W`` read off the
eigenvalue multiplicities (integers, in the group ring of ``C_o``), and the
coefficients of ``1/(1 - t^o)^d`` are binomials whose sums are binomials again
(:func:`spectral_progression_sum`).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from fractions import Fraction
from math import comb, gcd
from typing import TYPE_CHECKING, Any

import numpy as np
import sympy

from symproof._frozen import Frozen, frozen_record, set_attributes
from symproof._validation import check_int
from symproof.errors import InvalidArgumentError, InvalidValueError, SymproofInternalError
from symproof.exact import cyclotomic as cyc
from symproof.exact.power_sums import from_power_sums
from symproof.exact.provenance import Bound, Provenance
from symproof.reps.character_table import character_table, decompose
from symproof.reps.class_functions import ClassFunction
from symproof.reps.representation import Representation, character, eigenvalue_multiplicities_at

if TYPE_CHECKING:  # pragma: no cover
    from symproof.groups.conjugacy import ConjugacyClass
    from symproof.groups.finite_group import FiniteGroup

__all__ = [
    "MolienSeries",
    "TensorPowerThreshold",
    "eigenvalue_multiplicities",
    "first_degrees",
    "max_eigenvalue_multiplicities",
    "molien_series",
    "range_size",
    "spectral_progression_sum",
    "symmetric_power_characters",
    "symmetric_power_sum",
    "tensor_power_threshold",
]

t = sympy.Symbol("t")


# -- eigenvalues ---------------------------------------------------------------------


def _check_representation(rho: Any) -> Representation:
    if not isinstance(rho, Representation):
        raise InvalidArgumentError(f"expected a Representation (for example natural_action(G)), got {rho!r}")
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
            raise SymproofInternalError(f"a signed {c}-cycle in an element of order {o}")
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


def _class_spectrum(rho: Representation, c: ConjugacyClass) -> tuple[int, ...]:
    cycles = _monomial_cycles(rho, c.representative)
    if cycles is None:
        return eigenvalue_multiplicities_at(rho, c.representative)
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
                raise SymproofInternalError(f"eigenvalues of rho({G.element(c.representative)}) do not match its trace")
        self.elementary = self._elementary(K)
        self._h: list[list] = [[K.one] * len(self.classes)]
        self._functions: dict[int, ClassFunction] = {}

    def _elementary(self, K) -> list[list]:
        """``e_j`` per class, ``j = 0..d``, by Newton: ``j e_j = sum_i (-1)^(i-1) e_{j-i} p_i``."""
        d = self.rho.dimension
        p = [self.character.power_map(m).values for m in range(1, d + 1)]
        return from_power_sums(p, one=K.one, kind="elementary") if p else [[K.one] * len(self.classes)]

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

    def progression_values(self, degrees: range) -> list:
        """``sum_{j in degrees} h_j`` at the class representatives, in closed form (:func:`spectral_progression_sum`)."""
        f = self.character.conductor
        return [cyc.from_multiplicities(spectral_progression_sum(m, degrees), f) for m in self.spectra]

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
                raise SymproofInternalError(f"eigenvalue multiplicities are not Galois-stable at order {n}")  # pragma: no cover
            phi = sympy.Poly(sympy.cyclotomic_poly(n, t), t, domain=sympy.ZZ)
            D *= sympy.Poly(list(reversed(phi.all_coeffs())), t, domain=sympy.ZZ) ** counts.pop()
        return D


def _powers(rho: Representation) -> _SymmetricPowers:
    return _check_representation(rho).memo("symmetric_powers", _SymmetricPowers)


def eigenvalue_multiplicities(rho: Representation) -> tuple[tuple[int, ...], ...]:
    """Exact eigenvalue multiplicities of ``rho`` at each conjugacy class.

    Entry ``k`` belongs to ``G.conjugacy_classes()[k]``; for its elements, of order ``o``,
    ``m[l]`` is the multiplicity of ``exp(2 pi i l/o)`` as an eigenvalue of ``rho(g)``.

    >>> import symproof as sp
    >>> eigenvalue_multiplicities(sp.natural_action(sp.group("S3")))
    ((3,), (2, 1), (1, 1, 1))
    """
    return _powers(rho).spectra


def max_eigenvalue_multiplicities(rho: Representation) -> dict[sympy.Rational, int]:
    """``M_lambda``: the largest multiplicity of each eigenvalue ``lambda`` in any ``rho(g)``.

    Keys are turns ``q`` (``0 <= q < 1``, exact rationals) standing for ``lambda = exp(2 pi i q)``,
    in increasing order. ``sum_lambda M_lambda`` is the degree of the common denominator of the
    Molien series.

    >>> import symproof as sp
    >>> M = max_eigenvalue_multiplicities(sp.natural_action(sp.group("S3")))
    >>> M, sum(M.values())
    ({0: 3, 1/3: 1, 1/2: 1, 2/3: 1}, 6)
    """
    return {sympy.Rational(q.numerator, q.denominator): m for q, m in _powers(rho).maxima.items()}


def symmetric_power_characters(rho: Representation, max_degree: int) -> list[ClassFunction]:
    """The characters ``h_0, ..., h_k`` of ``Sym^j(rho)``, ``k = max_degree`` (exact power series).

    >>> import symproof as sp
    >>> [h.degree() for h in symmetric_power_characters(sp.natural_action(sp.group("S3")), 3)]
    [1, 3, 6, 10]
    """
    k = _check_degree(max_degree, "max_degree")
    powers = _powers(rho)
    return [powers.function(j) for j in range(k + 1)]


def _check_degree(value: Any, what: str) -> int:
    return check_int(value, what, min_value=0)


def symmetric_power_sum(rho: Representation, degrees: range) -> ClassFunction:
    """The character ``sum_{j in degrees} h_j`` of the sum of ``Sym^j(rho)`` over a progression of degrees.

    Closed form (see the module notes): the cost does not grow with the number of degrees or
    with the largest one, only the sizes of the integers do.

    Parameters
    ----------
    rho : Representation
        The representation.
    degrees : range
        Degrees ``j >= 0`` in arithmetic progression, for example ``range(k + 1)``.

    Returns
    -------
    ClassFunction
        Exact, over the field of the character of ``rho``.

    Raises
    ------
    InvalidArgumentError
        If ``degrees`` is not a ``range`` of non-negative degrees (step ``>= 1``).

    Examples
    --------
    >>> import symproof as sp
    >>> rho = sp.natural_action(sp.group("S3"))
    >>> symmetric_power_sum(rho, range(4)) == sum(symmetric_power_characters(rho, 3)[1:], symmetric_power_characters(rho, 0)[0])
    True
    >>> symmetric_power_sum(rho, range(10**6 + 1)).degree()    # C(10^6 + 3, 3)
    166667666668500001
    """
    if not isinstance(degrees, range) or degrees.step < 1 or (degrees and degrees[0] < 0):
        raise InvalidArgumentError(f"degrees must be a range of degrees >= 0 with step >= 1, got {degrees!r}")
    powers = _powers(rho)
    return ClassFunction(rho.group, powers.progression_values(degrees), powers.character.conductor)


def spectral_progression_sum(multiplicities: tuple[int, ...], degrees: range) -> list[int]:
    """``c`` with ``sum_{n in degrees} tr Sym^n(A) = sum_l c_l zeta_o^l``, in closed form, integers only.

    ``A`` is a matrix of order dividing ``o = len(multiplicities)`` with eigenvalue ``zeta_o^l``
    of multiplicity ``m_l``, ``d = sum m_l``. In the group ring ``Z[C_o]`` (``x`` for ``zeta_o``),
    ``1 - t^o = (1 - x^l t) sum_{i<o} x^(l i) t^i``, so ``1/det(1 - tA) = W(t)/(1 - t^o)^d`` with
    ``W = prod_l (sum_{i<o} x^(l i) t^i)^(m_l)`` (:func:`_spectral_numerator`), and
    ``[t^n] = sum_e W_e C(q + d - 1, d - 1)`` over ``n = e + o q``. For each ``e`` the ``q`` with
    ``e + o q`` in ``degrees`` form an arithmetic progression (a congruence mod the step), over
    which the binomials sum in closed form (:func:`_binomial_progression_sum`). The cost
    depends on ``o`` and ``d`` only, not on the degrees.

    >>> spectral_progression_sum((2,), range(0, 7, 3))     # the identity on K^2: 1 + 4 + 7
    [12]
    >>> c = spectral_progression_sum((0, 1, 0, 1), range(10**6 + 1))   # a rotation by pi/2: 1 + 0 - 1 + 0 + ... = 1
    >>> c[0] - c[2], c[1] - c[3]                                          # sum_l c_l i^l
    (1, 0)
    """
    W = _spectral_numerator(tuple(int(m) for m in multiplicities))
    o, d = len(multiplicities), int(sum(multiplicities))
    if not degrees:
        return [0] * o
    first, last, step = degrees[0], degrees[-1], degrees.step
    g = gcd(o, step)
    period = step // g
    inverse = pow(o // g, -1, period)
    weights = np.zeros(W.shape[0], dtype=object)
    for e in range(min(W.shape[0], last + 1)):
        if (first - e) % g:
            continue
        q_min, q_max = max(0, -((e - first) // o)), (last - e) // o
        q_first = q_min + ((first - e) // g * inverse - q_min) % period  # the least q >= q_min with e + o q in degrees
        if q_first <= q_max:
            weights[e] = _binomial_progression_sum(d, q_first, period, (q_max - q_first) // period + 1)
    return [int(c) for c in weights @ W.astype(object)]


@functools.lru_cache(maxsize=4096)
def _spectral_numerator(multiplicities: tuple[int, ...]) -> np.ndarray:
    """``W[e, l]``: the coefficient of ``t^e x^l`` of ``prod_l (sum_{i<o} x^(l i) t^i)^(m_l)`` in ``Z[C_o][t]``.

    Each factor is ``(1 - t^o)/(1 - x^l t)``: a multiplication by ``1 - t^o`` and the recurrence
    ``V_n = U_n + x^l V_(n-1)``. The entries count tuples, so they are at most ``o^d``.
    """
    o, d = len(multiplicities), sum(multiplicities)
    W = np.zeros((1, o), dtype=np.int64 if o ** d < 1 << 62 else object)
    W[0, 0] = 1
    for l, count in enumerate(multiplicities):
        for _ in range(count):
            U = np.zeros((W.shape[0] + o - 1, o), dtype=W.dtype)
            U[:W.shape[0]] += W
            U[o:] -= W[:U.shape[0] - o]
            for n in range(1, U.shape[0]):
                U[n] += np.roll(U[n - 1], l)
            W = U
    return W


def _binomial_progression_sum(M: int, first: int, step: int, count: int) -> int:
    """``S(count) = sum_{i < count} C(first + step i + M - 1, M - 1)``, exactly.

    Step 1: ``C(first + count + M - 1, M) - C(first + M - 1, M)`` (hockey stick). Otherwise ``S``
    is a polynomial of degree ``M`` in ``count`` with ``S(0) = 0``: summed directly at ``0..M``
    and evaluated at ``count`` by Lagrange interpolation (exact rationals).

    >>> _binomial_progression_sum(2, 0, 3, 10**6) == sum(range(1, 3 * 10**6, 3))
    True
    """
    if step == 1:
        return comb(first + count + M - 1, M) - comb(first + M - 1, M)
    terms = [comb(first + step * i + M - 1, M - 1) for i in range(min(count, M))]
    if count <= M:
        return sum(terms)
    values = [sum(terms[:j]) for j in range(M + 1)]  # S(0..M)
    total = Fraction(0)
    for j, value in enumerate(values):
        weight = Fraction(value)
        for m in range(M + 1):
            if m != j:
                weight *= Fraction(count - m, j - m)
        total += weight
    if total.denominator != 1:  # pragma: no cover - S is an integer polynomial
        raise SymproofInternalError("binomial sums are not integers")
    return int(total)


def range_size(degrees: range) -> int:
    """The number of elements of a ``range``, also beyond ``sys.maxsize`` (where ``len`` fails).

    >>> range_size(range(0, 10**30 + 1, 2))
    500000000000000000000000000001
    """
    return (degrees[-1] - degrees[0]) // degrees.step + 1 if degrees else 0


# -- Molien series -------------------------------------------------------------------


class MolienSeries(Frozen):
    """The Molien series ``M_chi(t)`` of a representation ``rho`` and a virtual character ``chi``.

    Build one with :func:`molien_series`. ``coefficients(n)`` are exact integers (power-series
    arithmetic); :attr:`rational_function` is the reduced exact fraction in ``t``.
    ``M_chi(t) = (1/|G|) sum_g conj(chi(g)) / det(I - t rho(g))`` (MATH.md section 5).

    Parameters
    ----------
    rho : Representation
        A linear action on ``R^d``.
    chi : ClassFunction
        A (virtual) character of ``rho.group``.
    label : str
        A label for display.

    Attributes
    ----------
    rho : Representation
        The action.
    group : FiniteGroup
        ``rho.group``.
    character : ClassFunction
        ``chi``.
    label : str
        The label.

    Examples
    --------
    >>> import symproof as sp
    >>> M = sp.molien_series(sp.natural_action(sp.group("S3")), 1)      # the sign character
    >>> M.first_degree(), M.coefficient(3)
    (3, 1)
    """

    rho: Representation
    group: FiniteGroup
    character: ClassFunction
    label: str
    _powers: _SymmetricPowers

    def __init__(self, rho: Representation, chi: ClassFunction, label: str) -> None:
        set_attributes(self, rho=rho, group=rho.group, character=chi, label=label, _powers=_powers(rho))

    def coefficient(self, k: int) -> int:
        """The coefficient of ``t^k``: the multiplicity of ``chi`` in ``Sym^k(rho)``."""
        value = self._powers.function(_check_degree(k, "k")).inner_rational(self.character)
        if not value.is_integer:  # pragma: no cover - chi was checked to be a virtual character
            raise SymproofInternalError(f"coefficient {value} of t^{k} is not an integer")
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
            raise SymproofInternalError("the Molien series does not have the expected denominator")
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
    """The Molien series of ``rho`` for ``chi``: a row of ``character_table(G)`` or a virtual character.

    Parameters
    ----------
    rho
        A representation of ``G`` (for example ``natural_action(G)``).
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
        ``rho`` is not a representation, or ``chi`` is neither an int nor a class function.
    InvalidValueError
        The row is out of range, or ``chi`` is not a virtual character of ``G``.

    Returns
    -------
    MolienSeries
        ``M_chi(t) = (1/|G|) sum_g conj(chi(g)) / det(I - t rho(g))``; the coefficient of
        ``t^k`` is the multiplicity of ``chi`` in degree-``k`` polynomials (MATH.md section 5).

    Notes
    -----
    Summed over conjugacy classes: one characteristic polynomial per class, ``O(|classes| d^3)``;
    coefficients by exact power-series arithmetic, ``O(n |classes| d)`` for ``n`` terms.

    Examples
    --------
    >>> import symproof as sp
    >>> sp.molien_series(sp.natural_action(sp.group("S3"))).coefficients(5)   # invariants of S3
    [1, 1, 2, 3, 4]
    >>> molien_series(sp.natural_action(sp.group("D4"))).rational_function.factor()
    1/((t - 1)**2*(t + 1)**2*(t**2 + 1))
    """
    G = _check_representation(rho).group
    T = character_table(G)
    if isinstance(chi, ClassFunction):
        if chi.group != G:
            raise InvalidValueError(f"chi is a class function of {chi.group}, not of {G}")
        decompose(chi)  # raises for a non-virtual character
        return MolienSeries(rho, chi, "chi")
    if isinstance(chi, (bool, np.bool_)) or not isinstance(chi, (int, np.integer)):
        raise InvalidArgumentError(f"chi must be a row 0..{len(T) - 1} of the character table of {G} "
                                   f"or a ClassFunction, got {chi!r}")
    if not 0 <= chi < len(T):
        raise InvalidValueError(f"chi must be a row 0..{len(T) - 1} of the character table of {G} "
                                f"or a ClassFunction, got {chi!r}")
    return MolienSeries(rho, T[int(chi)], f"row {int(chi)}")


def first_degrees(rho: Representation) -> tuple[int | None, ...]:
    """For each row of the character table, the first degree of polynomials in which it occurs.

    None for an irreducible that occurs in no degree (one not trivial on the kernel of ``rho``).

    >>> import symproof as sp
    >>> first_degrees(sp.natural_action(sp.group("S4")))
    (0, 6, 2, 1, 3)
    """
    T = character_table(_check_representation(rho).group)
    return tuple(molien_series(rho, i).first_degree() for i in range(len(T)))


# -- the threshold K* ------------------------------------------------------------------


@frozen_record
class TensorPowerThreshold:
    """``K*`` of a linear action and the bounds reported beside it.

    Attributes
    ----------
    k_star
        Least ``k`` with every irreducible in ``Sym^{<=k}`` (an int, ``EXACT``: read from the
        Molien series); None when some irreducible never occurs (a non-faithful action).
        :attr:`k_star_bound` is the same number as a :class:`~symproof.exact.provenance.Bound`.
    first_degrees
        First degree of each row of the character table (exact; None if it never occurs).
    faithful
        Whether ``rho`` is faithful.
    proven_bound
        ``|G| - 1`` as a :class:`~symproof.exact.provenance.Bound` (``EXACT``, method
        ``"interpolation on a free orbit"``): a theorem for faithful actions. It compares like an int.
    max_multiplicities
        ``M_lambda`` (see :func:`max_eigenvalue_multiplicities`).

    Conjectured bounds on ``K*`` are evaluated by :mod:`symproof.checking.conjectures`.

    Examples
    --------
    >>> import symproof as sp
    >>> t = sp.tensor_power_threshold(sp.natural_action(sp.group("S3")))
    >>> t.k_star, t.faithful, int(t.proven_bound)
    (3, True, 5)
    """

    k_star: int | None
    first_degrees: tuple[int | None, ...]
    faithful: bool
    proven_bound: Bound
    max_multiplicities: Mapping[sympy.Rational, int]  # stored read-only

    @property
    def k_star_bound(self) -> Bound | None:
        """``K*`` with its provenance (``EXACT``, from the Molien series); None when undefined."""
        if self.k_star is None:
            return None
        return Bound(self.k_star, Provenance.EXACT, "least degree k with every irreducible in Sym^{<=k} "
                                                    "(first degrees of the Molien series)")

    def __str__(self) -> str:
        return "\n".join([f"K* = {self.k_star} (exact)",
                          f"|G| - 1 = {self.proven_bound} (proven bound, {self.proven_bound.provenance}: "
                          f"{self.proven_bound.method}{'' if self.faithful else '; rho is not faithful'})"])


def tensor_power_threshold(rho: Representation) -> TensorPowerThreshold:
    """Compute ``K*`` of ``rho`` from its Molien series, beside the proven and the conjectured bounds.

    ``K*`` is the least ``k`` such that every irreducible of ``G`` occurs in ``Sym^{<=k}``,
    the polynomials of degree ``<= k`` (MATH.md section 4); then
    ``AC_ex(Sym^{<=k} F) = |G|`` for all ``k >= K*``. Proven: ``K* <= |G| - 1``.

    Parameters
    ----------
    rho : Representation
        A linear action on ``R^d``.

    Returns
    -------
    TensorPowerThreshold
        ``k_star`` (``None`` if some irreducible never occurs), the first degree of each
        irreducible, faithfulness, the proven bound and the eigenvalue multiplicities.

    Raises
    ------
    InvalidArgumentError
        If ``rho`` is not a representation.

    Notes
    -----
    One Molien series per irreducible, expanded until its first non-zero coefficient
    (at most ``|G| - 1`` terms for a faithful action): ``O(|Irr(G)| |classes| d K*)``.

    Examples
    --------
    >>> import symproof as sp
    >>> print(tensor_power_threshold(sp.natural_action(sp.group("S4"))))
    K* = 6 (exact)
    |G| - 1 = 23 (proven bound, exact: interpolation on a free orbit)
    """
    degrees = first_degrees(rho)
    known = [k for k in degrees if k is not None]
    k_star = max(known) if len(known) == len(degrees) else None
    M = max_eigenvalue_multiplicities(rho)
    proven = Bound(rho.group.order - 1, Provenance.EXACT, "interpolation on a free orbit")
    return TensorPowerThreshold(k_star, degrees, rho.is_faithful(), proven, M)
