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
>>> w.kind, w.exact_value, s.kind, round(s.value, 9), bool(s.lower <= 2 <= s.upper)
('exact', 1, 'certified', 2.0, True)
>>> is_exact(AveragingScheme.uniform(G), F)
True
"""

from __future__ import annotations

import dataclasses
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import numpy as np
import sympy

from symproof.errors import InvalidArgumentError, LimitExceededError
from symproof.averaging.scheme import AveragingScheme

if TYPE_CHECKING:  # pragma: no cover
    from symproof.functions.function_class import FunctionClass

__all__ = ["ErrorValue", "weak_error", "strong_error", "is_exact", "fourier_blocks"]

U = 2.0 ** -53
EXACT_MAX_DIMENSION = 3  # exact eigenvalues of omega_hat^* omega_hat up to this size
STRONG_DENSE_BUDGET = 30_000_000  # |G| * sum d^2 entries for the max over all g


@dataclasses.dataclass(frozen=True)
class ErrorValue:
    """An error with what it is: ``kind`` is ``"exact"``, ``"certified"`` or ``"estimate"``.

    ``value`` is the best floating-point value, ``[lower, upper]`` an enclosure (a point for
    exact values; for estimates only indicative), ``exact_value`` a SymPy number when exact.
    """

    value: float
    lower: float
    upper: float
    kind: str
    method: str
    exact_value: Any = None

    def is_at_most(self, eps: float) -> bool | None:
        """``True``/``False`` when the enclosure decides ``error <= eps``; ``None`` when it does not."""
        if self.kind == "exact" and self.exact_value is not None:
            return bool(sympy.sympify(self.exact_value) <= sympy.nsimplify(eps))
        if self.upper <= eps:
            return True
        if self.lower > eps:
            return False
        return None

    def __float__(self) -> float:
        return self.value

    def __str__(self) -> str:
        if self.kind == "exact":
            return f"{self.exact_value} (exact)"
        return f"{self.value:.6g} in [{self.lower:.6g}, {self.upper:.6g}] ({self.kind})"


def _check(omega: AveragingScheme, F: FunctionClass) -> None:
    if not isinstance(omega, AveragingScheme):
        raise InvalidArgumentError(f"expected an AveragingScheme, got {omega!r}")
    if omega.group != F.group:
        raise InvalidArgumentError(f"the scheme is on {omega.group} but the function class is on {F.group}")


def fourier_blocks(omega: AveragingScheme, F: FunctionClass) -> list[tuple[Any, np.ndarray, float | None]]:
    """``(pi, omega_hat(pi), error bound)`` for each ``pi`` in ``Irr(F)`` (numeric blocks)."""
    _check(omega, F)
    irreps = omega.group.irreducible_representations()
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
        return ErrorValue(0.0, 0.0, 0.0, "exact", "Irr(F) is empty", sympy.Integer(0))
    best = max(sigma * sigma for sigma, _ in values)
    if any(b is None for _, b in values):
        return ErrorValue(best, best, best, "estimate", method + "; numeric irreducibles (errors measured only)")
    lower = max(max(sigma - b, 0.0) ** 2 for sigma, b in values)
    upper = max((sigma + b) ** 2 for sigma, b in values)
    return ErrorValue(best, lower, upper, "certified", method + "; floating-point SVD with Weyl perturbation bound")


def weak_error(omega: AveragingScheme, F: FunctionClass, *, route: str = "irreducibles",
               exact: bool = True) -> ErrorValue:
    """``w(omega; F) = max_{pi in Irr(F)} ||omega_hat(pi)||_op^2`` (see the module notes).

    ``exact=False`` skips the exact eigenvalue computation and returns the certified enclosure.
    """
    if route == "representation":
        return _weak_from_representation(omega, F)
    if route != "irreducibles":
        raise InvalidArgumentError(f"route must be 'irreducibles' or 'representation', got {route!r}")
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
    if not omega.is_exact or omega.field is not None or any(
            not pi.is_exact or pi.dimension > EXACT_MAX_DIMENSION for pi, _, _ in blocks):
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
    return ErrorValue(value, value, value, "exact", "exact eigenvalues of omega_hat^* omega_hat",
                      sympy.nsimplify(sympy.re(best)))


def strong_error(omega: AveragingScheme, F: FunctionClass, *, route: str = "irreducibles") -> ErrorValue:
    """``s(omega; F) = max_g max_{pi in Irr(F)} ||(pi(g) - I) omega_hat(pi)||_op^2 / 2``.

    Takes the maximum over all ``g`` when ``|G| sum_pi d_pi^2`` fits a budget; otherwise returns
    the certified interval ``[|G|/(|G|-1) w, 2 w]`` of MATH.md section 3.
    """
    if route == "representation":
        return _strong_from_representation(omega, F)
    blocks = fourier_blocks(omega, F)
    if not blocks:
        return _enclosure([], "")
    G = omega.group
    if G.order * sum(pi.dimension ** 2 for pi, _, _ in blocks) > STRONG_DENSE_BUDGET:
        w = _enclosure([(float(np.linalg.norm(A, 2)), b) for _, A, b in blocks], "w")
        factor = G.order / (G.order - 1)
        return ErrorValue(min(2 * w.value, max(factor * w.value, w.value)), factor * w.lower, 2 * w.upper,
                          "certified" if w.kind == "certified" else "estimate",
                          "|G|/(|G|-1) w <= s <= 2 w (the maximum over all g is beyond the budget)")
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

    Exact weights are required. Through the representation on ``F`` (``E_omega = P_0``) when
    ``dim F <= 300``, otherwise through exact irreducibles (``omega_hat(pi) = 0``; Young's
    seminormal form is rational).
    """
    _check(omega, F)
    if not omega.is_exact:
        raise InvalidArgumentError("is_exact needs exact weights (Fractions); use weak_error for float weights")
    if F.dimension <= 300:
        return _exact_on_representation(omega, F)
    irreps = omega.group.irreducible_representations()
    for row in F.irreducibles():
        if not _block_vanishes(omega, irreps[row]):
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
    total = None
    for g, w in zip(omega.support.tolist(), _field_weights(omega, K)):
        term = rho.domain_matrix(g) * w
        total = term if total is None else total + term
    return total.to_dense() == F.reynolds_operator().convert_to(K).to_dense()


def _block_vanishes(omega: AveragingScheme, pi: Any) -> bool:
    from symproof.reps import young

    pairs = list(zip(omega.support.tolist(), omega.weights))
    if pi.method == "young-orthogonal":
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
    raise LimitExceededError(f"deciding exactness needs exact irreducibles or dim F <= 300; irreducible {pi.row} "
                             f"of {omega.group} is numeric and dim F = {F.dimension}")


# -- the cross-check route: the representation on F itself ------------------------------


def _invariant_frame(F: FunctionClass) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(Lambda, L, Linv)``: all matrices of F, and ``L`` with ``L^T L`` a G-invariant inner product."""
    if F.dimension > 300:
        raise LimitExceededError(f"the representation route builds |G| matrices of size dim F = {F.dimension} "
                                 "(limit 300); use route='irreducibles'")
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
    return ErrorValue(value, value, value, "estimate", "||E_omega P_perp||^2 on F (floating point)")


def _strong_from_representation(omega: AveragingScheme, F: FunctionClass) -> ErrorValue:
    _check(omega, F)
    mats, L, Linv = _invariant_frame(F)
    E, P0 = _averaged(omega, mats)
    B = E @ (np.eye(len(P0)) - P0)
    whitened = L @ ((mats - np.eye(len(P0))) @ B) @ Linv
    value = float(np.max(np.linalg.norm(whitened, ord=2, axis=(1, 2))) ** 2 / 2)
    return ErrorValue(value, value, value, "estimate", "max_g ||(lambda(g) - I) E_omega P_perp||^2 / 2 on F")
