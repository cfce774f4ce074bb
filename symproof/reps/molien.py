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
expansion. Two routes, chosen per representation:

**Class denominators** (when every ``P_C(t) = det(I - t rho(g_C))`` is rational: permutation
and signed permutation modules, and every action with a rational character). ``P_C`` is the
product of ``1 - s t^c`` over the (signed) cycles of ``g_C``, no matrices; otherwise the exact
characteristic polynomial of the representative's matrix (its eigenvalues are roots of unity,
so ``P_C`` has integer coefficients). The classes (the columns of the character table) are
grouped by ``P``, so ``M_chi(t) = sum_P w_P / P(t)`` with
``w_P = (1/|G|) sum_{C : P_C = P} |C| chi(C)``: a few terms (one per cycle type for a
permutation module). Each ``w_P`` is rational: a rational ``P`` has a Galois-stable set of
eigenvalues, so ``{C : P_C = P}`` is stable under ``C -> C^a`` (``chi(g^a) = sigma_a(chi(g))``)
and under inversion (which is also why the ``conj`` may be dropped); this is checked exactly.
``[t^k]`` needs the inverse series ``1/P mod t^(k+1)`` only (Newton's iteration in
``fmpz_poly``, shared by all characters), and the reduced fraction is ``N/L`` over the lcm
``L`` of the ``P`` with ``w_P != 0``, divided by ``gcd(N, L)``: integer polynomial arithmetic.

**Generic** (some ``P_C`` irrational, for example rotations by ``2 pi/5``). At a class
representative ``g`` the power sums ``p_m = chi_rho(g^m)`` (power maps of the exact
character) give the elementary symmetric functions ``e_j`` of the eigenvalues by Newton's
identities, ``det(I - t rho(g)) = sum_j (-1)^j e_j t^j``, and
``h_k = sum_{j=1..d} (-1)^(j-1) e_j h_{k-j}``: ``O(d)`` field operations per class and
degree in ``Q(zeta_f)``. The coefficient is the exact inner product ``<h_k, chi>``. The
rational function has the common denominator ``D(t) = prod_lambda (1 - lambda
t)^(M_lambda)`` (``M_lambda`` the largest multiplicity of the eigenvalue ``lambda`` in
any ``rho(g)``; ``M`` is constant on Galois orbits, so ``D`` is a product of cyclotomic
polynomials with integer coefficients). Each term ``conj(chi(g))/det(I - t rho(g))``
is ``A_g(t)/D(t)`` with ``deg A_g = deg D - d``, so the numerator is ``D(t) M_chi(t)``
truncated at degree ``deg D - d``; the coefficients of ``D M_chi`` of degrees ``deg D -
d + 1 .. deg D`` are checked to vanish, and the fraction is reduced. The lowest degree
of the numerator is the first degree at which ``chi`` occurs (``D(0) = 1``). The
characters ``h_k`` of :func:`symmetric_power_characters` always come from this route.

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
from math import comb, gcd, lcm
from typing import TYPE_CHECKING, Any

import numpy as np
import sympy
from flint import fmpz_poly

from symproof._display import Raw, display_math, html_element, power_series, rational_function
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


# -- class denominators: det(I - t rho(g)) per class, grouped ------------------------


def _cycle_denominator(cycles: list[tuple[int, int]]) -> fmpz_poly:
    """``prod (1 - s t^c)`` over the cycles ``(c, s)`` of a signed permutation matrix: ``det(I - t rho(g))``."""
    P = fmpz_poly([1])
    for length, sign in cycles:
        P *= fmpz_poly([1] + [0] * (length - 1) + [-sign])
    return P


def _class_denominator(rho: Representation, g: int) -> fmpz_poly | None:
    """``det(I - t rho(g))`` as an integer polynomial, or None when it is not rational.

    From the cycles for a (signed) permutation matrix; otherwise from the exact characteristic
    polynomial ``det(x I - A) = x^d + c_1 x^(d-1) + ... + c_d`` of the matrix, since
    ``det(I - t A) = 1 + c_1 t + ... + c_d t^d``. The eigenvalues are roots of unity, so a
    rational ``det(I - t A)`` has integer coefficients.
    """
    cycles = _monomial_cycles(rho, g)
    if cycles is not None:
        return _cycle_denominator(cycles)
    K = rho.domain
    coefficients = [K.to_sympy(c) for c in rho.domain_matrix(g).charpoly()]
    if not all(c.is_Integer for c in coefficients):
        return None
    return fmpz_poly([int(c) for c in coefficients])


def _rational_value(x: Any, f: int) -> Fraction | None:
    """``x`` in ``Q(zeta_f)`` as a ``Fraction`` when it is rational, else None."""
    first, *rest = cyc.coordinates(x, f)
    if any(rest):
        return None
    return Fraction(int(first.numerator), int(first.denominator))


class _ClassDenominators:
    """The classes of ``G`` grouped by ``P = det(I - t rho(g))`` (integer polynomials), and the series ``1/P``.

    Built only when every ``P`` is rational (see :func:`_class_denominators`). ``1/P`` is kept
    to the largest precision asked for so far; its coefficients never depend on the order of
    requests.
    """

    def __init__(self, rho: Representation, polynomials: list[fmpz_poly]) -> None:
        G = rho.group
        groups: dict[tuple[int, ...], list[int]] = {}
        for position, P in enumerate(polynomials):
            groups.setdefault(tuple(int(x) for x in P.coeffs()), []).append(position)
        self.order = G.order
        self.sizes = tuple(c.size for c in G.conjugacy_classes())
        self.polynomials = tuple(fmpz_poly(list(key)) for key in groups)
        self.members = tuple(tuple(positions) for positions in groups.values())
        self._inverses: list[fmpz_poly] = []
        self._precision = 0

    def weights(self, chi: ClassFunction) -> list[Fraction]:
        """``w_P = (1/|G|) sum_{C : P_C = P} |C| chi(C)``, so that ``M_chi(t) = sum_P w_P / P(t)``.

        ``P`` is rational, so ``{C : P_C = P}`` is stable under ``C -> C^a`` (``gcd(a, |G|) = 1``,
        ``chi(g^a) = sigma_a(chi(g))``) and under inversion: the sum is rational and the
        ``conj`` of the Molien formula may be dropped. Both facts are checked exactly.
        """
        K, f, out = chi.field, chi.conductor, []
        for positions in self.members:
            total = sum((chi.values[c] * self.sizes[c] for c in positions), K.zero)
            w = _rational_value(total, f)
            if w is None:  # pragma: no cover - chi is a virtual character and P_C is rational
                raise SymproofInternalError(f"the classes with one denominator have an irrational weight {total}")
            out.append(w / self.order)
        return out

    def inverses(self, n: int) -> list[fmpz_poly]:
        """``1/P mod t^n`` for each ``P``: one power-series inversion each, to at least ``n`` terms."""
        if n > self._precision:
            self._inverses = [_inverse_series(P, n) for P in self.polynomials]
            self._precision = n
        return self._inverses

    def coefficients(self, weights: list[Fraction], n: int) -> list[int]:
        """``[t^0..t^(n-1)] sum_P w_P / P``: the truncated series, exact integers."""
        scale, numerators = _common_denominator(weights)
        series = fmpz_poly(0)
        for a, inverse in zip(numerators, self.inverses(n)):
            if a:
                series += inverse.truncate(n) * a
        values = [int(x) for x in series.coeffs()] + [0] * n
        return [_exact_quotient(v, scale) for v in values[:n]]

    def coefficient(self, weights: list[Fraction], k: int) -> int:
        """``[t^k] sum_P w_P / P``, from the ``k``-th coefficient of each ``1/P`` only."""
        scale, numerators = _common_denominator(weights)
        inverses = self.inverses(k + 1)
        return _exact_quotient(sum(a * int(inverse[k]) for a, inverse in zip(numerators, inverses) if a), scale)

    def fraction(self, weights: list[Fraction]) -> tuple[fmpz_poly, fmpz_poly]:
        """``sum_P w_P / P = N/D`` reduced, ``D(0) = 1``: ``D`` divides the lcm of the ``P`` with ``w_P != 0``."""
        scale, numerators = _common_denominator(weights)
        support = [(a, P) for a, P in zip(numerators, self.polynomials) if a]
        if not support:
            return fmpz_poly(0), fmpz_poly(1)
        L = functools.reduce(lambda A, B: A * B // A.gcd(B), (P for _, P in support))
        N = sum((L // P * a for a, P in support), fmpz_poly(0))
        N = fmpz_poly([_exact_quotient(int(x), scale) for x in N.coeffs()])  # L M_chi has integer coefficients
        common = N.gcd(L)
        N, D = N // common, L // common
        unit = int(D[0])  # +-1: D divides a product of polynomials with constant term 1
        return N * unit, D * unit


def _inverse_series(P: fmpz_poly, n: int) -> fmpz_poly:
    """``1/P mod t^n`` for ``P(0) = 1``, by Newton's iteration ``g -> g (2 - P g)`` (the precision doubles).

    >>> _inverse_series(fmpz_poly([1, -1, -1]), 8)          # Fibonacci numbers
    21*x^7 + 13*x^6 + 8*x^5 + 5*x^4 + 3*x^3 + 2*x^2 + x + 1
    """
    g, m = fmpz_poly([1]), 1
    while m < n:
        m = min(2 * m, n)
        g = g.mul_low(2 - P.mul_low(g, m), m)
    return g.truncate(n)


def _common_denominator(weights: list[Fraction]) -> tuple[int, list[int]]:
    """``(b, [b w])`` with ``b`` the least common denominator of the weights."""
    b = functools.reduce(lcm, (w.denominator for w in weights), 1)
    return b, [int(w * b) for w in weights]


def _exact_quotient(value: int, scale: int) -> int:
    quotient, remainder = divmod(value, scale)
    if remainder:  # pragma: no cover - the Molien coefficients are integers
        raise SymproofInternalError(f"a Molien coefficient {Fraction(value, scale)} is not an integer")
    return quotient


def _class_denominators(rho: Representation) -> _ClassDenominators | None:
    """The grouped class denominators of ``rho`` (memoised), or None when some ``det(I - t rho(g))`` is irrational."""
    def build(rho: Representation) -> _ClassDenominators | None:
        polynomials = []
        for c in rho.group.conjugacy_classes():
            P = _class_denominator(rho, c.representative)
            if P is None:
                return None
            polynomials.append(P)
        return _ClassDenominators(rho, polynomials)

    return _check_representation(rho).memo("class_denominators", build)


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
    >>> sp.molien_series(sp.permutation(sp.group("S3")), 0).coefficient(1000)   # partitions into parts <= 3
    83834
    """

    rho: Representation
    group: FiniteGroup
    character: ClassFunction
    label: str
    _classes: _ClassDenominators | None

    def __init__(self, rho: Representation, chi: ClassFunction, label: str) -> None:
        set_attributes(self, rho=rho, group=rho.group, character=chi, label=label, _classes=_class_denominators(rho))

    @functools.cached_property
    def _weights(self) -> list[Fraction]:
        """``w_P`` per class denominator (the class route only)."""
        if self._classes is None:  # pragma: no cover - only the class route asks
            raise SymproofInternalError("the generic path has no class weights")
        return self._classes.weights(self.character)

    @property
    def _powers(self) -> _SymmetricPowers:
        """The generic path (symmetric powers over ``Q(zeta_f)``), for irrational class denominators."""
        return _powers(self.rho)

    def coefficient(self, k: int) -> int:
        """The coefficient of ``t^k``: the multiplicity of ``chi`` in ``Sym^k(rho)``.

        Needs the series ``1/det(I - t rho(g))`` to ``k + 1`` terms only (no rational function).
        """
        k = _check_degree(k, "k")
        if self._classes is not None:
            return self._classes.coefficient(self._weights, k)
        value = self._powers.function(k).inner_rational(self.character)
        if not value.is_integer:  # pragma: no cover - chi was checked to be a virtual character
            raise SymproofInternalError(f"coefficient {value} of t^{k} is not an integer")
        return int(value)

    def coefficients(self, n: int) -> list[int]:
        """The first ``n`` coefficients ``[c_0, ..., c_{n-1}]`` (power series truncated at ``t^n``)."""
        n = _check_degree(n, "n")
        if self._classes is not None:
            return self._classes.coefficients(self._weights, n)
        return [self.coefficient(k) for k in range(n)]

    @functools.cached_property
    def _fraction(self) -> tuple[sympy.Poly, sympy.Poly]:
        if self._classes is not None:
            N, D = self._classes.fraction(self._weights)
            return _to_sympy_poly(N), _to_sympy_poly(D)
        return self._generic_fraction()

    def _generic_fraction(self) -> tuple[sympy.Poly, sympy.Poly]:
        """The fraction from the coefficients up to the degree of the common denominator ``D`` of the generic path."""
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

    def _formula(self, style: str) -> str:
        """``M_chi(t) = N(t)/D(t) = c_0 + c_1 t + ... + O(t^8)`` in ``"latex"`` or ``"html"``, ``D`` factored."""
        row = self.label[4:] if self.label.startswith("row ") else None
        if style == "latex":
            name = f"M_{{\\chi_{{{row}}}}}(t)" if row else "M_{\\chi}(t)"
        else:
            name = f"M<sub>χ<sub>{row}</sub></sub>(t)" if row else "M<sub>χ</sub>(t)"
        fraction = rational_function(self.numerator, self.denominator, style=style)
        return f"{name} = {fraction} = {power_series(self.coefficients(8), style=style)}"

    def _repr_latex_(self) -> str:
        r"""The rational function and the first coefficients in display math (Jupyter's rich display).

        >>> import symproof as sp
        >>> print(sp.molien_series(sp.natural_action(sp.group("S3")))._repr_latex_())
        $$M_{\chi_{0}}(t) = \frac{1}{(1 - t)^{3} (1 + t) (1 + t + t^{2})} = 1 + t + 2 t^{2} + 3 t^{3} + ... + O(t^{8})$$
        """
        return display_math(self._formula("latex"))

    def _repr_html_(self) -> str:
        """The rational function and the first coefficients as HTML (Jupyter's rich display)."""
        what = f"Molien series of {self.group.name or repr(self.group)} on R^{self.rho.dimension}, {self.label}"
        return html_element("div", html_element("p", what), html_element("p", Raw(self._formula("html"))))


def _to_sympy_poly(P: fmpz_poly) -> sympy.Poly:
    return sympy.Poly([int(x) for x in reversed(P.coeffs())] or [0], t, domain=sympy.ZZ)


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
    Summed over conjugacy classes grouped by ``det(I - t rho(g))`` (cycle types for a permutation
    module; see the module notes): ``n`` coefficients cost one truncated inversion ``1/P mod t^n``
    per distinct denominator ``P`` (shared by all ``chi``) and ``O(n)`` integer operations per
    ``P``. With irrational denominators, ``O(n |classes| d)`` operations in ``Q(zeta_f)``.

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
