"""Decided approximate complexities: supports searched up to symmetry, each settled by a proof.

For a class ``F``, a kind (weak or strong) and ``eps``, the least size of an ``eps``-approximate
scheme is found size by size over the canonical supports containing ``e`` (one per orbit of the
maps that preserve the error, :mod:`~symproof.averaging.support_orbits`). Each support is settled
by its semidefinite program (:class:`~symproof.averaging.duality.SupportProblem`):

* *found* — the solver's weights, rounded to rationals, give a scheme whose error is certified (or
  exact) ``<= eps``: an upper bound;
* *ruled out* — a dual certificate, verified in ball arithmetic, proves that every scheme on the
  support has error ``> eps``. For the strong error the weak program is tried first: every scheme has
  ``s >= a w`` with ``a = min_pi a_pi`` the class-average factor of
  :func:`~symproof.averaging.bounds.strong_factors` (at least ``|G| / (|G| - 1)``), so a weak lower
  bound above ``eps / a`` suffices;
* *open* — neither (the optimum is within rounding of ``eps``).

When every canonical support of a size is ruled out, no scheme of that size exists: a proven
(certified) lower bound. The search stops at the first size with a found scheme, or when its budget
of supports is spent; after a size with an open support the lower bound stops there, and the larger
sizes are searched for a scheme only (an upper bound).

The solved problems are memoised on the group per ``(kind, signed, Irr(F), support)``: the errors
depend on ``F`` only through ``Irr(F)``, so the cells of a report (several tolerances, both kinds,
classes with the same irreducibles) share them. What a problem proves does not depend on who asked
first.

>>> import symproof as sp
>>> from symproof.averaging.complexity import averaging_complexity
>>> r = averaging_complexity(sp.regular_functions(sp.group("C2^2")), "weak", "1/4")
>>> int(r.lower), int(r.upper), r.lower.provenance.value
(3, 3, 'exact')
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

import numpy as np

from symproof._frozen import frozen_record
from symproof.averaging.bounds import strong_factors
from symproof.averaging.coverage import CertificateCover
from symproof.averaging.scheme import AveragingScheme
from symproof.averaging.support_orbits import SupportOrbits, canonical_count, enumerable, iter_canonical_supports
from symproof.averaging.symmetry_errors import ErrorValue, numeric_error, strong_error
from symproof.config import get_limits

if TYPE_CHECKING:  # pragma: no cover
    from symproof.averaging.duality import DualCertificate, SupportProblem
    from symproof.functions.function_class import FunctionClass

__all__ = ["SearchOutcome", "certified_search", "sdp_available", "support_problem"]

SOLVER_SLACK = 1e-6  # relative: an SDP value this close above eps may still have a rational scheme at eps


def sdp_available() -> bool:
    """Whether the conic solver (Clarabel) is installed.

    Examples
    --------
    >>> isinstance(sdp_available(), bool)
    True
    """
    try:
        import clarabel  # type: ignore[import-untyped]  # noqa: F401
    except ImportError:  # pragma: no cover - the optional dependency
        return False
    return True


@frozen_record
class SearchOutcome:
    """What the search settled.

    Attributes
    ----------
    scheme, error : AveragingScheme, ErrorValue or None
        The first scheme found (certified error ``<= eps``) and its error; None if none was found.
    ruled_out : int
        Every support of size ``<= ruled_out`` is ruled out by a verified certificate (so
        ``AC >= ruled_out + 1``); the lower bound the search started from, minus one, if none was.
    open_size : int or None
        The least size with an open support (the lower bound stops there; larger sizes were searched for
        a scheme only), else None.
    solved : int
        Supports settled (each by one semidefinite program, or two for the strong kind; memoised
        problems count too).
    exhausted : bool
        Whether the budget stopped the search.
    certificates : tuple of DualCertificate
        Every certificate that ruled a support out (weak ones rule strong supports out through the
        class-average factor); each support ruled out lies in an image of the good set of one of them.
    """

    scheme: AveragingScheme | None
    error: ErrorValue | None
    ruled_out: int
    open_size: int | None
    solved: int
    exhausted: bool
    certificates: tuple = ()


def support_problem(F: FunctionClass, support: tuple[int, ...], kind: str, signed: bool) -> SupportProblem:
    """The :class:`~symproof.averaging.duality.SupportProblem` of ``support``, memoised on the group.

    The key is ``(kind, signed, Irr(F), support)``: every error depends on ``F`` only through ``Irr(F)``.

    >>> import symproof as sp
    >>> G = sp.group("S3")
    >>> support_problem(sp.regular_functions(G), (0, 1), "weak", False) is support_problem(
    ...     sp.regular_functions(G), (0, 1), "weak", False)
    True
    """
    from symproof.averaging.duality import SupportProblem

    problems = F.group.memo(f"averaging.support_problems:{kind}:{signed}:{tuple(F.irreducibles())}",
                            lambda G: {})
    key = tuple(int(g) for g in support)
    if key not in problems:
        problems[key] = SupportProblem(F, key, kind, signed=signed)
    return problems[key]


def _strong_cut(F: FunctionClass) -> Fraction:
    """``a = min_pi a_pi`` (a proven lower bound): ``s >= a w`` for every scheme."""
    factors = strong_factors(F)
    return min((Fraction(b.value) for b in factors.values()), default=Fraction(1))


def _verdict(F: FunctionClass, kind: str, support: tuple[int, ...], signed: bool, eps: Fraction,
             weak_orbits: SupportOrbits | None, cover: CertificateCover, used: list[DualCertificate]
             ) -> tuple[AveragingScheme | None, ErrorValue | None, bool]:
    """``(scheme, error, ruled_out)`` for one support: a found scheme, or whether a certificate rules it out.

    Every certificate that rules a support out is appended to ``used`` (once); the weak ones also go into
    ``cover``, which rules out the supports inside the images of their good sets.
    """
    if cover.covers(support):
        return None, None, True
    if kind == "strong" and weak_orbits is not None:  # s >= a w: the cheaper weak SDP may settle it
        cut = eps / _strong_cut(F)
        weak = support_problem(F, weak_orbits.canonical_form(support), "weak", signed)
        if weak.value > float(cut) and weak.lower.is_proof and weak.lower.value > cut:
            _use(weak.certificate, cover, used)
            return None, None, True
        found = _weak_scheme_for_strong(F, weak, support, eps)
        if found is not None:  # the weak optimum of an image of S is already strong eps-approximate: no strong SDP
            return found[0], found[1], False
    P = support_problem(F, support, kind, signed)
    if P.value > float(eps) * (1 + SOLVER_SLACK) + 1e-12:
        excluded = P.lower.is_proof and P.lower.value > eps  # above eps by the solver; else open
        if excluded:
            _use(P.certificate, cover, used)
        return None, None, excluded
    upper = P.upper.resolved(eps)  # exact when the enclosure straddles eps
    if upper.is_at_most(eps):
        return P.scheme, upper, False
    if P.lower.is_proof and P.lower.value > eps:
        _use(P.certificate, cover, used)
        return None, None, True
    return None, None, False


def _use(cert: DualCertificate, cover: CertificateCover, used: list[DualCertificate]) -> None:
    if not any(c is cert for c in used):
        used.append(cert)
        if cert.kind == "weak":  # strong certificates are costly to profile over G and rarely cover another support
            cover.add(cert)


def _weak_scheme_for_strong(F: FunctionClass, weak: SupportProblem, support: tuple[int, ...], eps: Fraction
                            ) -> tuple[AveragingScheme, ErrorValue] | None:
    """The weak problem's rounded scheme, moved onto ``support``, when its strong error is certified ``<= eps``.

    ``weak`` is the problem of the weak canonical form ``T = h S k`` (or ``(h S k)^{-1}``) of ``S``; its scheme
    has the support ``T``, an image of ``S`` under a map that need not preserve the strong error. A scheme
    on ``T`` itself is as good a witness of the size, so it is used as it is (its strong error certified).
    """
    weights = np.maximum(weak.weights, 0.0) if not weak.signed else weak.weights
    if numeric_error("strong", F, weak.support)(weights / weights.sum()) > float(eps) * (1 + SOLVER_SLACK):
        return None  # the solver's weights already fail: no rounded scheme is worth certifying
    scheme = weak.scheme
    error = strong_error(scheme, F, exact=False).resolved(eps)
    return (scheme, error) if error.is_at_most(eps) else None


PARTIAL_SIZE = 4  # a size that does not fit is walked in part only when at most this many times the budget left


def _partial_stop(count: int, solved: int, budget: int) -> int:
    """Where a walk through a size of ``count`` canonical supports, more than fit in the budget, stops: after at
    most ``Limits.max_partial_supports`` of them (and within the budget), and only when they number at most
    ``PARTIAL_SIZE`` times what is left (``solved``, no walk, otherwise)."""
    if count > PARTIAL_SIZE * (budget - solved):
        return solved
    return min(budget, solved + get_limits().max_partial_supports)


def certified_search(F: FunctionClass, kind: str, eps: Fraction, signed: bool, lower: int, upper: int,
                     budget: int) -> SearchOutcome:
    """Search sizes ``lower .. upper - 1`` for a scheme, settling every canonical support by a proof.

    ``budget`` bounds the number of canonical supports visited (:data:`~symproof.config.Limits.max_certified_supports`),
    memoised or not, so the outcome does not depend on earlier calls. A size is begun when its canonical supports
    (counted, or estimated when there are too many to list) fit in what is left of the budget; one that does not
    fit is walked in part (:func:`_partial_stop`, ``Limits.max_partial_supports``, 1 by default): every smaller
    size is settled, so a scheme found in the part walked decides the complexity, and a size cut short leaves
    the lower bound where it was.

    Examples
    --------
    >>> import symproof as sp
    >>> from fractions import Fraction
    >>> F = sp.regular_functions(sp.group("C3"))
    >>> out = certified_search(F, "weak", Fraction(1, 4), False, 2, 3, 10)   # w(1/2, 1/2) = 1/4: a tie, decided exactly
    >>> out.scheme.weights, out.error.exact_value, out.ruled_out, out.solved
    ((Fraction(1, 2), Fraction(1, 2)), 1/4, 1, 1)
    """
    G = F.group
    weak_orbits = SupportOrbits(G, inversion=True) if kind == "strong" else None
    cover = CertificateCover(F, kind, eps, weak_cut=_strong_cut(F) if kind == "strong" else None)
    used: list[DualCertificate] = []
    solved = 0
    ruled_out = lower - 1
    open_size: int | None = None
    for k in range(lower, upper):
        stop = budget if enumerable(G, k) else solved  # where the walk through this size must stop
        if stop > solved and (count := canonical_count(G, k, inversion=kind == "weak")) > budget - solved:
            stop = _partial_stop(count, solved, budget)
        if stop == solved:
            return SearchOutcome(None, None, ruled_out, open_size, solved, True, tuple(used))  # a size it can't reach
        open_here = False
        for support in iter_canonical_supports(G, k, inversion=kind == "weak"):
            if solved >= stop:
                return SearchOutcome(None, None, ruled_out, open_size, solved, True, tuple(used))
            solved += 1
            scheme, error, excluded = _verdict(F, kind, support, signed, eps, weak_orbits, cover, used)
            if scheme is not None:  # AC <= k; AC = k when every smaller size is ruled out (no open size before)
                return SearchOutcome(scheme, error, ruled_out, open_size, solved, False, tuple(used))
            open_here = open_here or not excluded
        if open_here and open_size is None:
            open_size = k  # the lower bound stops here; larger sizes are still searched for a scheme
        if open_size is None:
            ruled_out = k
    return SearchOutcome(None, None, ruled_out, open_size, solved, False, tuple(used))
