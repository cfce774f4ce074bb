"""Exact, weak and strong errors of an averaging scheme on a function class (MATH.md section 3).

For ``pi`` in ``Irr(F)`` (the non-trivial irreducibles occurring in ``F``):

* weak error ``w(omega; F) = max_pi ||omega_hat(pi)||_op^2``;
* strong error ``s(omega; F) = max_g max_pi ||(pi(g) - I) omega_hat(pi)||_op^2 / 2``;
* ``omega`` is exact on ``F`` iff ``omega_hat(pi) = 0`` for all ``pi`` in ``Irr(F)``.

Every value is an :class:`ErrorValue` that says what it is:

``exact``
    an exact algebraic number (:class:`~symproof.exact.algebraic.RealAlgebraic`): the largest
    root of the pencil ``det(M - lambda Q) = 0``, ``M = A^* Q A`` for the exact block ``A``
    (``Q`` the invariant Hermitian form of the exact irreducible), singled out among the real
    roots of the characteristic polynomial over ``Q`` of a restriction of scalars by a rigorous
    ball enclosure (:mod:`symproof.exact.balls`);
``certified``
    a rigorous enclosure ``[lower, upper]`` computed in ball arithmetic (a Rayleigh quotient
    below, a positive definite ``L D L^*`` factorisation of ``t I - A^* A`` above), starting
    from floating-point blocks whose distance to the exact ones is bounded entrywise by the
    irreducible's :attr:`~symproof.reps.irreducibles.Irreducible.float_error_bound` and the
    classical summation bound ``gamma_m = m u / (1 - m u)``;
``estimate``
    a numeric irreducible whose error is only measured.

The exact value needs exact weights and exact irreducibles of dimension at most
``Limits.max_exact_eigen_dimension``; otherwise the certified enclosure is returned.

>>> import symproof as sp
>>> G = sp.group("S4")
>>> F = sp.regular_functions(G)
>>> delta = AveragingScheme.from_weights(G, {0: 1})
>>> w, s = weak_error(delta, F), strong_error(delta, F)
>>> w.provenance, w.exact_value, s.provenance, s.exact_value
(Provenance.EXACT, 1, Provenance.EXACT, 2)
>>> is_exact(AveragingScheme.uniform(G), F)
True
"""

from __future__ import annotations

import dataclasses
import functools
import math
from collections.abc import Callable
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import numpy as np
import sympy
from flint import acb, acb_mat, arb
from sympy.polys.matrices import DomainMatrix

from symproof._display import format_float, html_table, inline_math, latex_float, latex_number, latex_text
from symproof._frozen import frozen_record
from symproof._validation import check_bool, check_choice, check_type
from symproof.averaging.scheme import AveragingScheme
from symproof.config import get_limits, limit_hint
from symproof.errors import InvalidArgumentError, InvalidValueError, LimitExceededError
from symproof.exact.algebraic import RealAlgebraic, largest_eigenvalue
from symproof.exact.balls import arb_to_fraction, pencil_max_enclosure
from symproof.exact.provenance import Provenance
from symproof.exact.scalars import conjugate_transpose, has_conjugation
from symproof.reps.irreducibles import Construction, irreducible_representations

if TYPE_CHECKING:  # pragma: no cover
    from symproof.functions.function_class import FunctionClass
    from symproof.reps.irreducibles import Irreducible

__all__ = ["ErrorValue", "exact_tolerance", "fourier_blocks", "is_exact", "largest_squared_singular_values", "numeric_error",
           "numeric_matrices", "numeric_stacks", "strong_error", "weak_error"]

U = 2.0 ** -53


def _gamma(m: int) -> float:
    """``gamma_m = m u / (1 - m u)``: floating-point sums and products of ``m`` terms err by at most this, relatively."""
    return m * U / (1 - m * U)


def _down(x: Fraction | float) -> float:
    f = float(x)
    return f if f <= x else math.nextafter(f, -math.inf)


def _up(x: Fraction | float) -> float:
    f = float(x)
    return f if f >= x else math.nextafter(f, math.inf)


@frozen_record
class ErrorValue:
    """An error with what it is: ``provenance`` is :class:`~symproof.exact.provenance.Provenance`
    ``EXACT``, ``CERTIFIED`` or ``ESTIMATE``.

    ``value`` is the best floating-point value, ``[lower, upper]`` an enclosure (outward-rounded
    floats; for estimates only indicative), ``algebraic`` the exact value when exact (a
    :class:`~symproof.exact.algebraic.RealAlgebraic`; ``exact_value`` shows it in SymPy).
    Returned by :func:`weak_error` and :func:`strong_error` for the weak error
    ``w = max_{pi in Irr(F)} ||omega_hat(pi)||_op^2`` and the strong error
    ``s = max_g max_pi ||(pi(g) - I) omega_hat(pi)||_op^2 / 2`` (MATH.md section 3).

    Attributes
    ----------
    value : float
        The best floating-point value.
    lower, upper : float
        An enclosure of the true value (rigorous unless the provenance is an estimate).
    provenance : Provenance
        ``EXACT``, ``CERTIFIED`` or ``ESTIMATE``.
    method : str
        How the value was obtained.
    algebraic : RealAlgebraic or None
        The exact value when the provenance is exact.
    exact : callable or None
        For a certified enclosure whose exact value is computable: a function returning the exact
        :class:`ErrorValue`; :meth:`is_at_most` calls it when the enclosure straddles ``eps``.

    Examples
    --------
    >>> import symproof as sp
    >>> G = sp.group("S3")
    >>> e = sp.weak_error(sp.AveragingScheme.from_weights(G, {0: 1}), sp.regular_functions(G))
    >>> e.kind, float(e), e.is_at_most(1), e.is_at_most(Fraction(1, 2))
    ('exact', 1.0, True, False)
    """

    value: float
    lower: float
    upper: float
    provenance: Provenance
    method: str
    algebraic: RealAlgebraic | None = None
    exact: Callable[[], ErrorValue] | None = dataclasses.field(default=None, repr=False, compare=False)

    @property
    def kind(self) -> str:
        """``self.provenance.value``: ``"exact"``, ``"certified"`` or ``"estimate"`` (compatibility)."""
        return self.provenance.value

    @property
    def exact_value(self) -> sympy.Expr | None:
        """The exact value as a SymPy number (``Rational`` or an algebraic root), None unless exact."""
        return None if self.algebraic is None else self.algebraic.to_sympy()

    def is_at_most(self, eps: Any) -> bool | None:
        """Whether ``error <= eps``: decided exactly for exact values, by the enclosure otherwise.

        An enclosure that straddles ``eps`` falls back to the exact value when it is computable
        (:attr:`exact`); None only when it is not (numeric irreducibles, float weights, blocks
        above ``Limits.max_exact_eigen_dimension``). ``eps`` is exact: an int, ``Fraction``,
        SymPy ``Rational``, or a float taken at its exact binary value.
        """
        bound = exact_tolerance(eps)
        value = self.resolved(bound)
        if value.algebraic is not None:
            return value.algebraic <= bound
        if value.upper <= bound:
            return True
        if value.lower > bound:
            return False
        return None

    def resolved(self, eps: Any) -> ErrorValue:
        """This value, or its exact value when this enclosure straddles ``eps`` and the exact value is computable."""
        bound = exact_tolerance(eps)
        if self.algebraic is not None or self.exact is None or self.upper <= bound or self.lower > bound:
            return self
        return self.exact()

    def __float__(self) -> float:
        return self.value

    def __str__(self) -> str:
        if self.algebraic is not None:
            return f"{self.algebraic} (exact)"
        return f"{self.value:.6g} in [{self.lower:.6g}, {self.upper:.6g}] ({self.provenance.value})"

    def _summary(self, style: str) -> str:
        """The exact value, else the float in its enclosure (rounded outward), in ``"latex"`` or ``"text"``."""
        if self.algebraic is not None:
            return latex_number(self.exact_value) if style == "latex" else str(self.exact_value)
        if style == "latex":
            return (f"{latex_float(self.value)} \\in [{latex_float(self.lower, 'floor')}, "
                    f"{latex_float(self.upper, 'ceiling')}]")
        return f"{format_float(self.value)} ∈ [{format_float(self.lower, 'floor')}, {format_float(self.upper, 'ceiling')}]"

    def _repr_latex_(self) -> str:
        r"""The value (or its enclosure) and its provenance in inline math (Jupyter's rich display).

        >>> import symproof as sp
        >>> G = sp.group("S3")
        >>> print(sp.weak_error(sp.AveragingScheme.from_weights(G, {0: 1}), sp.regular_functions(G))._repr_latex_())
        $1\quad\text{(exact)}$
        """
        return inline_math(f"{self._summary('latex')}\\quad{latex_text(f'({self.provenance.value})')}")

    def _repr_html_(self) -> str:
        """Value, enclosure, exact value, provenance and method as an HTML table (Jupyter's rich display)."""
        rows = [["value", format_float(self.value) if self.algebraic is None else self._summary("text")],
                ["enclosure", f"[{format_float(self.lower, 'floor')}, {format_float(self.upper, 'ceiling')}]"],
                ["provenance", self.provenance.value], ["method", self.method]]
        return html_table([], rows, caption="Error value")


def exact_tolerance(eps: Any) -> Fraction:
    """A tolerance as an exact ``Fraction``: ints, Fractions, SymPy Rationals, and floats at their exact binary value.

    >>> exact_tolerance(0.5), exact_tolerance(sympy.Rational(1, 3))
    (Fraction(1, 2), Fraction(1, 3))
    """
    if isinstance(eps, bool) or not isinstance(eps, (int, float, Fraction, sympy.Rational)):
        raise InvalidArgumentError(f"eps must be a number (int, Fraction, sympy.Rational), got {eps!r}")
    if isinstance(eps, sympy.Rational):
        return Fraction(int(eps.p), int(eps.q))
    if isinstance(eps, float) and not math.isfinite(eps):
        raise InvalidValueError(f"eps must be finite, got {eps!r}")
    return Fraction(eps)


def _exact(value: RealAlgebraic, method: str) -> ErrorValue:
    lo, hi = value.enclosure()
    return ErrorValue(float(value), _down(lo), _up(hi), Provenance.EXACT, method, value)


ZERO = RealAlgebraic.rational(0)
ROUTES = ("irreducibles", "representation")


def _check(omega: AveragingScheme, F: FunctionClass) -> None:
    from symproof.functions.function_class import FunctionClass

    check_type(omega, AveragingScheme, "omega", "an AveragingScheme (for example AveragingScheme.uniform(G))")
    check_type(F, FunctionClass, "F", "a FunctionClass (for example sp.regular_functions(G))")
    if omega.group != F.group:
        raise InvalidValueError(f"the scheme is on {omega.group} but the function class is on {F.group}")


# -- Fourier blocks: floating point with a rigorous entrywise radius, and exact ---------------


def _irreducibles_of(F: FunctionClass) -> list[Irreducible]:
    irreps = irreducible_representations(F.group)
    return [irreps[row] for row in F.irreducibles()]


def numeric_matrices(pi: Irreducible) -> np.ndarray:
    """``pi(g)`` in floating point for every ``g`` (shape ``(|G|, d, d)``), memoised on the group (read-only)."""
    def build(G: Any) -> np.ndarray:
        out = np.array(pi.numeric(), dtype=complex)
        out.setflags(write=False)
        return out

    return pi.group.memo(f"averaging.numeric_matrices:{pi.row}", build)


def numeric_stacks(F: FunctionClass) -> tuple[np.ndarray, ...]:
    """The matrices of ``Irr(F)`` grouped by dimension: one read-only stack ``(n_d, |G|, d, d)`` per dimension ``d``.

    >>> import symproof as sp
    >>> [S.shape for S in numeric_stacks(sp.regular_functions(sp.group("S3")))]
    [(1, 6, 1, 1), (1, 6, 2, 2)]
    """
    irreps = _irreducibles_of(F)

    def build(G: Any) -> tuple[np.ndarray, ...]:
        dims = sorted({pi.dimension for pi in irreps})
        stacks = [np.stack([numeric_matrices(pi) for pi in irreps if pi.dimension == d]) for d in dims]
        for S in stacks:
            S.setflags(write=False)
        return tuple(stacks)

    return F.group.memo(f"averaging.numeric_stacks:{tuple(F.irreducibles())}", build)


def largest_squared_singular_values(B: np.ndarray) -> np.ndarray:
    """``||B||_op^2`` for a stack ``(..., d, d)`` of matrices, in floating point (closed forms for ``d <= 2``).

    >>> largest_squared_singular_values(np.array([[[3.0, 0.0], [0.0, 1.0]]]))
    array([9.])
    """
    d = B.shape[-1]
    if d == 1:
        return np.abs(B[..., 0, 0]) ** 2
    if d == 2:  # sigma_max^2 = (|B|_F^2 + sqrt(|B|_F^4 - 4 |det B|^2)) / 2
        frob = np.sum(np.abs(B) ** 2, axis=(-2, -1))
        det = np.abs(B[..., 0, 0] * B[..., 1, 1] - B[..., 0, 1] * B[..., 1, 0]) ** 2
        return (frob + np.sqrt(np.maximum(frob * frob - 4 * det, 0.0))) / 2
    return np.linalg.norm(B, 2, axis=(-2, -1)) ** 2


def numeric_error(kind: str, F: FunctionClass, support: Any) -> Callable[[np.ndarray], float]:
    """The weak or strong error of the weights on ``support`` as a floating-point function (no enclosure).

    For searches and screening: one vectorised evaluation per call, the irreducibles of one dimension at once.

    >>> import symproof as sp
    >>> G = sp.group("S3")
    >>> round(numeric_error("weak", sp.regular_functions(G), [0])(np.array([1.0])), 12)
    1.0
    """
    idx = np.asarray(support, dtype=np.int64)
    stacks = [S[:, idx] for S in numeric_stacks(F)]
    if kind == "weak":
        def weak(w: np.ndarray) -> float:
            return max((float(np.max(largest_squared_singular_values(np.einsum("k,nkij->nij", w, S))))
                        for S in stacks), default=0.0)

        return weak
    shifted = [S - np.eye(S.shape[-1]) for S in numeric_stacks(F)]

    def strong(w: np.ndarray) -> float:
        blocks = [np.einsum("k,nkij->nij", w, S) for S in stacks]
        return max((float(np.max(largest_squared_singular_values(P @ A[:, None]))) / 2
                    for P, A in zip(shifted, blocks)), default=0.0)

    return strong


def fourier_blocks(omega: AveragingScheme, F: FunctionClass) -> list[tuple[Irreducible, np.ndarray, float | None]]:
    """``(pi, omega_hat(pi), r)`` for each ``pi`` in ``Irr(F)``: a float block and a bound ``r`` on each entry's error.

    ``r`` is None for numeric irreducibles (their error is only measured).
    """
    _check(omega, F)
    irreps = irreducible_representations(omega.group)
    weights = np.array([float(w) for w in omega.weights])
    total = float(np.sum(np.abs(weights))) * (1 + U)
    out = []
    for row in F.irreducibles():
        pi = irreps[row]
        A = pi.weighted_sum(omega.support, weights)
        delta = pi.float_error_bound
        # weights rounded (u each), entries of pi~ within delta of pi (|entries| <= 1 + delta), sums of |S| terms
        radius = None if delta is None else total * (delta + (_gamma(omega.size + 2) + U) * (1 + delta))
        out.append((pi, A, radius))
    return out


def _ball_matrix(A: np.ndarray, radius: float) -> acb_mat:
    n, m = A.shape
    out = acb_mat(n, m)
    for i in range(n):
        for j in range(m):
            z = complex(A[i, j])
            out[i, j] = acb(arb(z.real, radius), arb(z.imag, radius))
    return out


def _gram_ball(B: acb_mat) -> acb_mat:
    return B.conjugate().transpose() * B


def _enclose(M: acb_mat, Q: acb_mat | None = None, scale: int = 1) -> tuple[float, float, float]:
    """``(value, lower, upper)`` of ``lambda_max(M, Q) / scale``, rigorous outward-rounded floats."""
    lo, hi = pencil_max_enclosure(M, Q)
    lower, upper = _down(arb_to_fraction(lo.lower()) / scale), _up(arb_to_fraction(hi.upper()) / scale)
    return (max(lower, 0.0) + upper) / 2, max(lower, 0.0), upper


def _exact_available(omega: AveragingScheme, pis: list) -> bool:
    limit = get_limits().max_exact_eigen_dimension
    return omega.has_rational_weights and omega.field is None and all(
        pi.has_exact_matrices and pi.dimension <= limit and _has_conjugation(pi) for pi in pis)


def _has_conjugation(pi: Irreducible) -> bool:
    return pi.representation is None or has_conjugation(pi.representation.domain)


def _exact_block(omega: AveragingScheme, pi: Irreducible) -> tuple[DomainMatrix, DomainMatrix | None, Any]:
    """``(A, Q, matrix)``: ``A = omega_hat(pi)`` exactly, ``Q`` the invariant form (None: identity), ``g -> pi(g)``."""
    matrix, Q = pi.unitary_form()
    A = None
    for g, w in zip(omega.support.tolist(), omega.weights):
        term = matrix(g)
        term = term * term.domain.convert(sympy.QQ(w.numerator, w.denominator))
        A = term if A is None else A + term
    return A, Q, matrix


def _pencil(B: DomainMatrix, Q: DomainMatrix | None) -> DomainMatrix | None:
    """``H = Q^{-1} B^* Q B`` exactly (its largest eigenvalue is ``||B||^2`` for the form ``Q``); None when ``B = 0``."""
    K = B.domain
    Qk = None if Q is None else Q.convert_to(K)
    M = conjugate_transpose(B) * (B if Qk is None else Qk * B)
    if not any(x for row in M.to_list() for x in row):
        return None
    return M if Qk is None else Qk.inv() * M


def _exact_largest(pencils: list[DomainMatrix | None]) -> RealAlgebraic:
    """The largest of the largest eigenvalues of the pencils, exactly (no floating point)."""
    values = [largest_eigenvalue(H) for H in pencils if H is not None]
    return _exact_max(values) if values else ZERO


def _exact_max(values: list[RealAlgebraic]) -> RealAlgebraic:
    best = values[0]
    for v in values[1:]:
        if v > best:
            best = v
    return best


def _combine(enclosures: list[tuple[float, float, float]], estimate: bool, method: str) -> ErrorValue:
    if not enclosures:
        return _exact(ZERO, "Irr(F) is empty")
    value = max(v for v, _, _ in enclosures)
    lower, upper = max(lo for _, lo, _ in enclosures), max(hi for _, _, hi in enclosures)
    if estimate:
        return ErrorValue(value, value, value, Provenance.ESTIMATE, method + "; numeric irreducibles (errors measured only)")
    return ErrorValue(value, lower, upper, Provenance.CERTIFIED, method + "; ball arithmetic (python-flint Arb)")


# -- the weak error -----------------------------------------------------------------------------


def weak_error(omega: AveragingScheme, F: FunctionClass, *, route: str = "irreducibles",
               exact: bool = True) -> ErrorValue:
    """Compute the weak error ``w(omega; F) = max_{pi in Irr(F)} ||omega_hat(pi)||_op^2`` with its provenance.

    ``omega`` is weak eps-approximate on ``F`` iff ``w <= eps``: for all ``f`` in ``F``,
    ``E_g ||E_omega f - lambda(g) E_omega f||^2 <= eps E_g ||f - lambda(g) f||^2`` (MATH.md
    section 3).

    Parameters
    ----------
    omega : AveragingScheme
        The scheme, on the group of ``F``.
    F : FunctionClass
        The function class.
    route : {"irreducibles", "representation"}
        Through the irreducibles of ``F`` (default, fast) or directly from the
        representation on ``F`` (a floating-point cross-check for small ``F``).
    exact : bool
        Compute the exact algebraic value when the weights are exact and the irreducibles
        exact and at most ``Limits.max_exact_eigen_dimension``-dimensional; ``False``
        returns the certified enclosure.

    Returns
    -------
    ErrorValue
        The error with its provenance: exact, certified (a rigorous enclosure) or
        estimate; 0 when ``Irr(F)`` is empty.

    Raises
    ------
    InvalidArgumentError
        If ``omega`` is not a scheme or ``F`` not a function class.
    InvalidValueError
        If ``route`` is unknown or ``omega`` and ``F`` live on different groups.

    Notes
    -----
    Float blocks ``omega_hat(pi)``, ``O(|supp omega| sum_pi d_pi^2)``; a certified enclosure
    per block in ball arithmetic, ``O(sum_pi d_pi^3)`` ball operations. Exact: for the blocks
    whose enclosure can hold the maximum, the exact block over the irreducible's field, the
    characteristic polynomial over ``Q`` of its restriction of scalars (FLINT), and the root
    singled out by the enclosure.

    Examples
    --------
    >>> import symproof as sp
    >>> G = sp.group("S4")
    >>> F = sp.regular_functions(G)
    >>> sp.weak_error(sp.AveragingScheme.from_weights(G, {0: 1}), F).exact_value
    1
    >>> float(sp.weak_error(sp.AveragingScheme.uniform(G), F))
    0.0
    """
    check_choice(route, "route", ROUTES)
    exact = check_bool(exact, "exact")
    _check(omega, F)
    if route == "representation":
        return _weak_from_representation(omega, F)
    irreps = _irreducibles_of(F)
    if not irreps:
        return _exact(ZERO, "Irr(F) is empty")
    method = "max over Irr(F) of ||omega_hat(pi)||^2"
    if exact and _exact_available(omega, irreps):
        pencils = [_pencil(*_exact_block(omega, pi)[:2]) for pi in irreps]
        return _exact(_exact_largest(pencils), method + ", exact (an algebraic number)")
    blocks = fourier_blocks(omega, F)
    estimate = any(r is None for _, _, r in blocks)
    enclosures = [_float_enclosure(_ball_matrix(A, r)) if r is not None else _float_value(A) for _, A, r in blocks]
    return _with_fallback(_combine(enclosures, estimate, method), weak_error, omega, F, irreps)


def _float_enclosure(B: acb_mat, scale: int = 1) -> tuple[float, float, float]:
    return _enclose(_gram_ball(B), None, scale)


def _float_value(A: np.ndarray, scale: int = 1) -> tuple[float, float, float]:
    v = float(np.linalg.norm(A, 2)) ** 2 / scale
    return v, v, v


# -- the strong error ---------------------------------------------------------------------------


def strong_error(omega: AveragingScheme, F: FunctionClass, *, route: str = "irreducibles",
                 exact: bool = True) -> ErrorValue:
    """Compute the strong error ``s(omega; F) = max_g max_{pi in Irr(F)} ||(pi(g) - I) omega_hat(pi)||_op^2 / 2``.

    ``omega`` is strong eps-approximate on ``F`` iff ``s <= eps``: for all ``f`` in ``F`` and
    every ``g``, ``||E_omega f - lambda(g) E_omega f||^2 <= eps E_h ||f - lambda(h) f||^2``
    (MATH.md section 3); ``|G|/(|G|-1) w <= s <= 2 w``.

    Parameters
    ----------
    omega : AveragingScheme
        The scheme, on the group of ``F``.
    F : FunctionClass
        The function class.
    route : {"irreducibles", "representation"}
        Through the irreducibles of ``F`` (default) or from the representation on ``F``.
    exact : bool
        Compute the exact algebraic value when possible (as for :func:`weak_error`).

    Returns
    -------
    ErrorValue
        The error with its provenance (exact, certified or estimate).

    Raises
    ------
    InvalidArgumentError
        If ``omega`` is not a scheme or ``F`` not a function class.
    InvalidValueError
        If ``route`` is unknown or ``omega`` and ``F`` live on different groups.

    Notes
    -----
    A certified enclosure of every pair ``(g, pi)`` in ball arithmetic when
    ``|G| sum_pi d_pi^3`` fits ``Limits.max_strong_dense_entries``, ``O(|G| sum_pi d_pi^3)``;
    otherwise the certified interval ``[|G|/(|G|-1) w, 2 w]``. Exact: the pairs whose
    enclosure can hold the maximum, as in :func:`weak_error`.

    Examples
    --------
    >>> import symproof as sp
    >>> G = sp.group("S3")
    >>> rho = sp.natural_action(G)
    >>> F = sp.polynomials(rho, max_degree=1)
    >>> c = int(np.flatnonzero(G.element_orders == 3)[0])     # a 3-cycle
    >>> omega = sp.AveragingScheme.from_weights(G, {0: Fraction(1, 2), c: Fraction(1, 2)})
    >>> sp.strong_error(omega, F).exact_value, sp.weak_error(omega, F).exact_value
    (1/2, 1/4)
    """
    check_choice(route, "route", ROUTES)
    exact = check_bool(exact, "exact")
    _check(omega, F)
    if route == "representation":
        return _strong_from_representation(omega, F)
    irreps = _irreducibles_of(F)
    if not irreps:
        return _exact(ZERO, "Irr(F) is empty")
    G = omega.group
    if G.order * sum(pi.dimension ** 3 for pi in irreps) > get_limits().max_strong_dense_entries:
        return _strong_sandwich(omega, F)
    method = "max over g and Irr(F) of ||(pi(g) - I) omega_hat(pi)||^2 / 2"
    if exact and _exact_available(omega, irreps):
        pencils = []
        for pi in irreps:
            A, Q, matrix = _exact_block(omega, pi)
            eye = DomainMatrix.eye(pi.dimension, A.domain)
            pencils += [_pencil((matrix(g).convert_to(A.domain) - eye) * A, Q) for g in range(G.order)]
        return _exact(_exact_largest(pencils).scaled(Fraction(1, 2)), method + ", exact (an algebraic number)")
    blocks = fourier_blocks(omega, F)
    estimate = any(r is None for _, _, r in blocks)
    enclosures = []
    for pi, A, r in blocks:
        mats = numeric_matrices(pi) - np.eye(pi.dimension)
        bound = pi.float_error_bound
        if r is None or bound is None:
            norms = np.linalg.norm(mats @ A, ord=2, axis=(1, 2)) ** 2 / 2
            enclosures += [(float(v), float(v), float(v)) for v in norms]
            continue
        A_ball = _ball_matrix(A, r)
        radius = bound * (1 + U) + 2 * U  # pi~(g) - I: the irreducible's error and one rounding
        enclosures += [_float_enclosure(_ball_matrix(mats[g], radius) * A_ball, scale=2) for g in range(G.order)]
    return _with_fallback(_combine(enclosures, estimate, method), strong_error, omega, F, irreps)


def _with_fallback(value: ErrorValue, compute: Callable[..., ErrorValue], omega: AveragingScheme,
                   F: FunctionClass, irreps: list) -> ErrorValue:
    """``value`` with its exact fallback attached, when the exact value is computable."""
    if value.provenance is not Provenance.CERTIFIED or not _exact_available(omega, irreps):
        return value
    return dataclasses.replace(value, exact=functools.cache(lambda: compute(omega, F, exact=True)))


def _strong_sandwich(omega: AveragingScheme, F: FunctionClass) -> ErrorValue:
    G = omega.group
    w = weak_error(omega, F, exact=False)
    factor = Fraction(G.order, G.order - 1)
    lower, upper = _down(factor * Fraction(w.lower)), _up(2 * Fraction(w.upper))
    value = min(2 * w.value, max(float(factor) * w.value, w.value))
    return ErrorValue(value, lower, upper, w.provenance,
                      "|G|/(|G|-1) w <= s <= 2 w (the maximum over all g is beyond "
                      f"{limit_hint('max_strong_dense_entries')})")


def is_exact(omega: AveragingScheme, F: FunctionClass) -> bool:
    """Whether ``E_omega f`` is ``G``-invariant for every ``f`` in ``F``, decided in exact arithmetic.

    ``omega`` is exact on ``F`` iff ``E_omega = P_0`` on ``F`` iff ``omega_hat(pi) = 0`` for
    every ``pi`` in ``Irr(F)`` iff ``w = 0`` (MATH.md section 3).

    Parameters
    ----------
    omega : AveragingScheme
        The scheme, with exact weights.
    F : FunctionClass
        The function class.

    Returns
    -------
    bool
        Whether ``omega`` is exact on ``F``.

    Raises
    ------
    InvalidArgumentError
        If ``omega`` is not a scheme or ``F`` not a function class.
    InvalidValueError
        If the weights are floats, or ``omega`` and ``F`` live on different groups.

    Notes
    -----
    Through the representation on ``F`` (``sum_g omega(g) lambda(g) = P_0``, exact matrices
    over the field of ``F``, ``O(|supp omega| (dim F)^2)`` field operations) when
    ``dim F <= Limits.max_exactness_dimension`` (300), otherwise through exact irreducibles (``omega_hat(pi) = 0``; Young's
    seminormal form is rational).

    Examples
    --------
    >>> import symproof as sp
    >>> G = sp.group("S4")
    >>> F = sp.regular_functions(G)
    >>> sp.is_exact(sp.AveragingScheme.uniform(G), F), sp.is_exact(sp.AveragingScheme.from_weights(G, {0: 1}), F)
    (True, False)
    """
    _check(omega, F)
    if not omega.has_rational_weights:
        raise InvalidValueError("is_exact needs exact weights (Fractions); use weak_error for float weights")
    if F.dimension <= get_limits().max_exactness_dimension:
        return _exact_on_representation(omega, F)
    irreps = irreducible_representations(omega.group)
    for row in F.irreducibles():
        if not _block_vanishes(omega, irreps[row], F):
            return False
    return True


def _field_weights(omega: AveragingScheme, K: Any) -> list:
    """The exact weights as elements of ``K``."""
    if omega.field is not None:
        L, values = omega.field
        if L == K:
            return list(values)
        return [K.from_sympy(L.to_sympy(v)) for v in values]
    return [K.convert(sympy.QQ(w.numerator, w.denominator)) if isinstance(w, Fraction) else K.from_sympy(w)
            for w in omega.weights]


def _exact_on_representation(omega: AveragingScheme, F: FunctionClass) -> bool:
    rho = F.representation()
    K = rho.domain
    total = DomainMatrix.zeros((rho.dimension, rho.dimension), K)
    for g, w in zip(omega.support.tolist(), _field_weights(omega, K)):
        total = total + rho.domain_matrix(g).convert_to(K) * w
    return total.to_dense() == F.reynolds_operator().convert_to(K).to_dense()


def _block_vanishes(omega: AveragingScheme, pi: Any, F: FunctionClass) -> bool:
    from symproof.reps import young

    pairs = list(zip(omega.support.tolist(), omega.weights))
    if pi.construction is Construction.YOUNG_ORTHOGONAL:
        total = sympy.zeros(pi.dimension, pi.dimension)
        for g, w in pairs:
            total += sympy.Rational(w.numerator, w.denominator) * young.young_matrix(
                pi.label, list(omega.group.element(g)), form="seminormal", exact=True)
        return total == sympy.zeros(pi.dimension, pi.dimension)
    if pi.representation is not None:
        rho = pi.representation
        K = rho.domain
        total = sum((rho.domain_matrix(g) * K.convert(sympy.QQ(w.numerator, w.denominator)) for g, w in pairs[1:]),
                    rho.domain_matrix(pairs[0][0]) * K.convert(sympy.QQ(pairs[0][1].numerator, pairs[0][1].denominator)))
        return not any(x for row in total.to_list() for x in row)
    raise LimitExceededError(f"deciding exactness needs exact irreducibles or dim F <= max_exactness_dimension; "
                             f"irreducible {pi.row} of {omega.group} is numeric and dim F = {F.dimension} above "
                             f"{limit_hint('max_exactness_dimension')}")


# -- the cross-check route: the representation on F itself ------------------------------


def _invariant_frame(F: FunctionClass) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(Lambda, L, Linv)``: all matrices of F, and ``L`` with ``L^T L`` a G-invariant inner product."""
    if F.dimension > get_limits().max_exactness_dimension:
        raise LimitExceededError(f"the representation route builds |G| matrices of size dim F = {F.dimension} "
                                 f"(above {limit_hint('max_exactness_dimension')}); or use route='irreducibles'")
    mats = F.representation().numeric().real
    M = np.einsum("gki,gkj->ij", mats, mats) / len(mats)
    L = np.linalg.cholesky(M).T  # M = L^T L
    return mats, L, np.linalg.inv(L)


def _averaged(omega: AveragingScheme, mats: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    E = np.einsum("g,gij->ij", np.array([float(w) for w in omega.weights]), mats[omega.support])
    P0 = mats.mean(axis=0)
    return E, P0


def _weak_from_representation(omega: AveragingScheme, F: FunctionClass) -> ErrorValue:
    _check(omega, F)
    mats, L, Linv = _invariant_frame(F)
    E, P0 = _averaged(omega, mats)
    value = float(np.linalg.norm(L @ (E @ (np.eye(len(P0)) - P0)) @ Linv, 2) ** 2)
    return ErrorValue(value, value, value, Provenance.ESTIMATE, "||E_omega P_perp||^2 on F (floating point)")


def _strong_from_representation(omega: AveragingScheme, F: FunctionClass) -> ErrorValue:
    _check(omega, F)
    mats, L, Linv = _invariant_frame(F)
    E, P0 = _averaged(omega, mats)
    B = E @ (np.eye(len(P0)) - P0)
    whitened = L @ ((mats - np.eye(len(P0))) @ B) @ Linv
    value = float(np.max(np.linalg.norm(whitened, ord=2, axis=(1, 2))) ** 2 / 2)
    return ErrorValue(value, value, value, Provenance.ESTIMATE, "max_g ||(lambda(g) - I) E_omega P_perp||^2 / 2 on F")
