"""Exact, weak and strong errors of an averaging scheme on a function class (MATH.md section 3).

For ``pi`` in ``Irr(F)`` (the non-trivial irreducibles occurring in ``F``):

* weak error ``w(omega; F) = max_pi ||omega_hat(pi)||_op^2``;
* strong error ``s(omega; F) = max_g max_pi ||(pi(g) - I) omega_hat(pi)||_op^2 / 2``;
* ``omega`` is exact on ``F`` iff ``omega_hat(pi) = 0`` for all ``pi`` in ``Irr(F)``.

Every value is an :class:`ErrorValue` that says what it is: ``exact`` (an exact
algebraic number), ``certified`` (a rigorous enclosure ``[lower, upper]``: a
floating-point SVD with the explicit perturbation bound of Weyl's inequality,
``|sigma_max(A~) - sigma_max(A)| <= ||A~ - A||_2 <= sum_g |omega(g)| eps_pi + 4 d u ||A~||``,
``eps_pi`` the irreducible's :attr:`~symproof.reps.irreducibles.Irreducible.float_error_bound`),
or ``estimate`` (a numeric irreducible whose error is only measured).

Two routes: through the irreducibles of ``F`` (fast; the default) and directly from
the representation on ``F`` (``route="representation"``: ``E_omega P_perp`` in an
orthonormal basis of a ``G``-invariant inner product; a cross-check for small ``F``).

>>> import symproof as sp
>>> G = sp.group("S4")
>>> F = sp.regular_functions(G)
>>> delta = AveragingScheme.from_weights(G, {0: 1})
>>> w, s = weak_error(delta, F), strong_error(delta, F)
>>> w.provenance, w.exact_value, s.provenance, round(s.value, 9), bool(s.lower <= 2 <= s.upper)
(Provenance.EXACT, 1, Provenance.CERTIFIED, 2.0, True)
>>> is_exact(AveragingScheme.uniform(G), F)
True
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Any

import numpy as np
import sympy
from sympy.polys.matrices import DomainMatrix

from symproof._frozen import frozen_record
from symproof._validation import check_bool, check_choice, check_type
from symproof.averaging.scheme import AveragingScheme
from symproof.config import get_limits, limit_hint
from symproof.errors import InvalidValueError, LimitExceededError
from symproof.exact.provenance import Provenance
from symproof.reps.irreducibles import Construction, irreducible_representations

if TYPE_CHECKING:  # pragma: no cover
    from symproof.functions.function_class import FunctionClass

__all__ = ["ErrorValue", "fourier_blocks", "is_exact", "strong_error", "weak_error"]

U = 2.0 ** -53


@frozen_record
class ErrorValue:
    """An error with what it is: ``provenance`` is :class:`~symproof.exact.provenance.Provenance`
    ``EXACT``, ``CERTIFIED`` or ``ESTIMATE``.

    ``value`` is the best floating-point value, ``[lower, upper]`` an enclosure (a point for
    exact values; for estimates only indicative), ``exact_value`` a SymPy number when exact.
    ``kind`` (the provenance as a plain string) is kept for compatibility. Returned by
    :func:`weak_error` and :func:`strong_error` for the weak error
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
    exact_value : sympy.Expr or None
        The exact value when the provenance is exact.
    kind : str
        The provenance as a plain string.

    Examples
    --------
    >>> import symproof as sp
    >>> G = sp.group("S3")
    >>> e = sp.weak_error(sp.AveragingScheme.from_weights(G, {0: 1}), sp.regular_functions(G))
    >>> e.kind, float(e), e.is_at_most(1), e.is_at_most(0.5)
    ('exact', 1.0, True, False)
    """

    value: float
    lower: float
    upper: float
    provenance: Provenance
    method: str
    exact_value: Any = None

    @property
    def kind(self) -> str:
        """``self.provenance.value``: ``"exact"``, ``"certified"`` or ``"estimate"`` (compatibility)."""
        return self.provenance.value

    def is_at_most(self, eps: float) -> bool | None:
        """``True``/``False`` when the enclosure decides ``error <= eps``; ``None`` when it does not."""
        if self.provenance is Provenance.EXACT and self.exact_value is not None:
            return bool(sympy.sympify(self.exact_value) <= sympy.nsimplify(eps))
        if self.upper <= eps:
            return True
        if self.lower > eps:
            return False
        return None

    def __float__(self) -> float:
        return self.value

    def __str__(self) -> str:
        if self.provenance is Provenance.EXACT:
            return f"{self.exact_value} (exact)"
        return f"{self.value:.6g} in [{self.lower:.6g}, {self.upper:.6g}] ({self.provenance.value})"


ROUTES = ("irreducibles", "representation")


def _check(omega: AveragingScheme, F: FunctionClass) -> None:
    from symproof.functions.function_class import FunctionClass

    check_type(omega, AveragingScheme, "omega", "an AveragingScheme (for example AveragingScheme.uniform(G))")
    check_type(F, FunctionClass, "F", "a FunctionClass (for example sp.regular_functions(G))")
    if omega.group != F.group:
        raise InvalidValueError(f"the scheme is on {omega.group} but the function class is on {F.group}")


def fourier_blocks(omega: AveragingScheme, F: FunctionClass) -> list[tuple[Any, np.ndarray, float | None]]:
    """``(pi, omega_hat(pi), error bound)`` for each ``pi`` in ``Irr(F)`` (numeric blocks)."""
    _check(omega, F)
    irreps = irreducible_representations(omega.group)
    weights = np.array([float(w) for w in omega.weights])
    total = float(np.sum(np.abs(weights)))
    out = []
    for row in F.irreducibles():
        pi = irreps[row]
        A = pi.weighted_sum(omega.support, weights)
        eps = pi.float_error_bound
        bound = None if eps is None else total * eps + 4 * pi.dimension * U * float(np.linalg.norm(A, 2)) + 1e-300
        out.append((pi, A, bound))
    return out


def _enclosure(values: list[tuple[float, float | None]], method: str) -> ErrorValue:
    """``max sigma^2`` over blocks with per-block absolute bounds on ``sigma``."""
    if not values:
        return ErrorValue(0.0, 0.0, 0.0, Provenance.EXACT, "Irr(F) is empty", sympy.Integer(0))
    best = max(sigma * sigma for sigma, _ in values)
    if any(b is None for _, b in values):
        return ErrorValue(best, best, best, Provenance.ESTIMATE, method + "; numeric irreducibles (errors measured only)")
    bounded = [(sigma, b) for sigma, b in values if b is not None]
    lower = max(max(sigma - b, 0.0) ** 2 for sigma, b in bounded)
    upper = max((sigma + b) ** 2 for sigma, b in bounded)
    return ErrorValue(best, lower, upper, Provenance.CERTIFIED, method + "; floating-point SVD with Weyl perturbation bound")


def weak_error(omega: AveragingScheme, F: FunctionClass, *, route: str = "irreducibles",
               exact: bool = True) -> ErrorValue:
    """Compute the weak error ``w(omega; F) = max_{pi in Irr(F)} ||omega_hat(pi)||_op^2`` with its provenance.

    ``omega`` is weak eps-approximate on ``F`` iff ``w <= eps``: for all ``f`` in ``F``,
    ``E_g ||E_omega f - lambda(g) E_omega f||^2 <= eps E_g ||f - lambda(g) f||^2`` (MATH.md
    section 3). ``exact=False`` skips the exact eigenvalue computation and returns the
    certified enclosure.

    Parameters
    ----------
    omega : AveragingScheme
        The scheme, on the group of ``F``.
    F : FunctionClass
        The function class.
    route : {"irreducibles", "representation"}
        Through the irreducibles of ``F`` (default, fast) or directly from the
        representation on ``F`` (a cross-check for small ``F``).
    exact : bool
        Try the exact value first (rational weights, small exact irreducibles).

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
    Fourier blocks ``omega_hat(pi) = sum_g omega(g) pi(g)`` for ``pi`` in ``Irr(F)``:
    ``O(|supp omega| sum_pi d_pi^2)``. Certified route: floating-point SVD per block,
    ``O(sum_pi d_pi^3)``, with Weyl's perturbation bound from the irreducibles' float error.
    Exact route: exact eigenvalues of ``omega_hat^* omega_hat`` in SymPy, only for
    irreducibles of small dimension.

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
    blocks = fourier_blocks(omega, F)
    exact_value = _exact_weak(omega, blocks) if exact else None
    if exact_value is not None:
        return exact_value
    values = [(float(np.linalg.norm(A, 2)), b) for _, A, b in blocks]
    return _enclosure(values, "max over Irr(F) of ||omega_hat(pi)||^2")


def _exact_weak(omega: AveragingScheme, blocks: list) -> ErrorValue | None:
    """Exact ``w`` when the weights are exact and every block is small and exact."""
    if not blocks:
        return _enclosure([], "")
    if not omega.has_rational_weights or omega.field is not None or any(
            not pi.has_exact_matrices or pi.dimension > get_limits().max_exact_eigen_dimension for pi, _, _ in blocks):
        return None
    if omega.size > 200:
        return None
    candidates = []
    for pi, _, _ in blocks:
        A = sympy.zeros(pi.dimension, pi.dimension)
        for g, w in zip(omega.support.tolist(), omega.weights):
            A += sympy.Rational(w.numerator, w.denominator) * pi.matrix(g)
        H = (A.H * A).applyfunc(sympy.nsimplify)
        eigen = [sympy.nsimplify(sympy.simplify(e)) for e in H.eigenvals()]
        candidates += eigen
    best = max(candidates, key=lambda e: complex(sympy.N(e, 30)).real)
    approx = complex(sympy.N(best, 30))
    if abs(approx.imag) > 1e-20:
        return None
    value = approx.real
    return ErrorValue(value, value, value, Provenance.EXACT, "exact eigenvalues of omega_hat^* omega_hat",
                      sympy.nsimplify(sympy.re(best)))


def strong_error(omega: AveragingScheme, F: FunctionClass, *, route: str = "irreducibles") -> ErrorValue:
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

    Returns
    -------
    ErrorValue
        The error with its provenance (certified or estimate).

    Raises
    ------
    InvalidArgumentError
        If ``omega`` is not a scheme or ``F`` not a function class.
    InvalidValueError
        If ``route`` is unknown or ``omega`` and ``F`` live on different groups.

    Notes
    -----
    Takes the maximum over all ``g`` when ``|G| sum_pi d_pi^2`` fits a budget, at cost
    ``O(|G| sum_pi d_pi^3)`` (a batched SVD per irreducible) with a certified perturbation
    bound; otherwise returns the certified interval ``[|G|/(|G|-1) w, 2 w]``.

    Examples
    --------
    >>> import symproof as sp
    >>> G = sp.group("S4")
    >>> s = sp.strong_error(sp.AveragingScheme.from_weights(G, {0: 1}), sp.regular_functions(G))
    >>> round(float(s), 9), bool(s.lower <= 2 <= s.upper)
    (2.0, True)
    """
    check_choice(route, "route", ROUTES)
    _check(omega, F)
    if route == "representation":
        return _strong_from_representation(omega, F)
    blocks = fourier_blocks(omega, F)
    if not blocks:
        return _enclosure([], "")
    G = omega.group
    if G.order * sum(pi.dimension ** 2 for pi, _, _ in blocks) > get_limits().max_strong_dense_entries:
        w = _enclosure([(float(np.linalg.norm(A, 2)), b) for _, A, b in blocks], "w")
        factor = G.order / (G.order - 1)
        return ErrorValue(min(2 * w.value, max(factor * w.value, w.value)), factor * w.lower, 2 * w.upper,
                          Provenance.CERTIFIED if w.provenance is Provenance.CERTIFIED else Provenance.ESTIMATE,
                          "|G|/(|G|-1) w <= s <= 2 w (the maximum over all g is beyond "
                          f"{limit_hint('max_strong_dense_entries')})")
    values = []
    for pi, A, bound in blocks:
        mats = pi.numeric()
        norms = np.linalg.norm((mats - np.eye(pi.dimension)) @ A, ord=2, axis=(1, 2)) / np.sqrt(2)
        k = int(np.argmax(norms))
        # ||(P~ - I)A~ - (P - I)A|| <= ||P~ - P|| ||A~|| + ||P - I|| ||A~ - A|| (+ rounding)
        b = None if bound is None else (pi.float_error_bound * float(np.linalg.norm(A, 2)) + 2 * bound
                                        + 8 * pi.dimension * U * float(norms[k])) / np.sqrt(2)
        values.append((float(norms[k]), b))
    return _enclosure(values, "max over g and Irr(F) of ||(pi(g) - I) omega_hat(pi)||^2 / 2")


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
