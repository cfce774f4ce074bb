"""The family table: the exponential separation as ``|G|`` grows.

For each group of a family (``S_3 .. S_8`` by default) acting on ``L^2(G)``: ``AC_ex = |G|``
(proven: every non-trivial irreducible occurs, MATH.md section 3), the smallest certified weak
``eps``-approximate scheme found among seeded random subsets (an upper bound on ``AC_wk``), the
proven lower bound on ``AC_wk`` (Plancherel, generation) and the Theorem-15 existence bound. The
exact side grows like ``|G|``, the approximate side like ``ln|G| / eps``.

>>> rows = family_table(["S3", "S4"])
>>> [(r["group"], r["order"], r["ac_exact"]["upper"]) for r in rows]
[('S3', 6, 6), ('S4', 24, 24)]
>>> all(r["ac_weak"]["lower"] <= r["ac_weak"]["upper"] <= r["bound"]["value"] for r in rows)
True
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Sequence
from fractions import Fraction
from typing import Any

import numpy as np

from symproof._validation import SeedLike, check_exact_number, check_int, resolve_seed
from symproof.averaging.bounds import irreducible_dimension, plancherel_lower_bound, weak_existence_bound
from symproof.averaging.complexity import averaging_complexity
from symproof.averaging.scheme import AveragingScheme
from symproof.averaging.symmetry_errors import ErrorValue, fourier_blocks, weak_error
from symproof.errors import InvalidArgumentError, InvalidValueError
from symproof.exact.provenance import Bound, Provenance, larger_lower_bound
from symproof.functions.function_class import FunctionClass
from symproof.functions.gsets import regular_functions
from symproof.groups.finite_group import FiniteGroup
from symproof.groups.spec import group

__all__ = ["DEFAULT_FAMILY", "family_specs", "family_table"]

DEFAULT_FAMILY = ("S", "3..8")
FAMILIES = {  # family letter -> (spec of the member with parameter m, least m)
    "S": ("S{}", 1), "A": ("A{}", 3), "B": ("B{}", 1), "C": ("C{}", 1), "D": ("D{}", 3), "C2^m": ("C2^{}", 1),
}
_RANGE = re.compile(r"^\s*(\d+)\s*\.\.\s*(\d+)\s*$")
TRIES = 3  # seeded random subsets drawn per size


def family_specs(family: str, orders: str) -> list[str]:
    """The group specs of a family over a parameter range, e.g. ``("S", "3..8")`` gives ``S3 .. S8``.

    Parameters
    ----------
    family : str
        ``"S"`` (symmetric), ``"A"`` (alternating, from 3), ``"B"`` (hyperoctahedral), ``"C"``
        (cyclic), ``"D"`` (dihedral, from 3) or ``"C2^m"`` (elementary abelian 2-groups).
    orders : str
        The parameter range ``"a..b"`` (inclusive), ``a <= b``.

    Returns
    -------
    list of str
        Specs for :func:`symproof.group`.

    Raises
    ------
    InvalidValueError
        If the family is unknown or the range is malformed, empty or below the family's least parameter.

    Examples
    --------
    >>> family_specs("C2^m", "1..3")
    ['C2^1', 'C2^2', 'C2^3']
    """
    if family not in FAMILIES:
        raise InvalidValueError(f"unknown family {family!r}; families are {', '.join(FAMILIES)}")
    match = _RANGE.match(orders) if isinstance(orders, str) else None
    if match is None:
        raise InvalidValueError(f"a range is written a..b (for example 3..8), got {orders!r}")
    a, b = int(match.group(1)), int(match.group(2))
    pattern, least = FAMILIES[family]
    if a > b or a < least:
        raise InvalidValueError(f"the range {orders} of family {family} must have {least} <= a <= b")
    return [pattern.format(m) for m in range(a, b + 1)]


def _cell(lower: Bound, upper: Bound, **extra: Any) -> dict[str, Any]:
    return {"lower": int(lower), "upper": int(upper), "lower_provenance": lower.provenance.value,
            "upper_provenance": upper.provenance.value, "lower_method": lower.method, "upper_method": upper.method,
            "decided": int(lower) == int(upper) and lower.is_proof and upper.is_proof, **extra}


def _estimate(omega: AveragingScheme, F: FunctionClass) -> float:
    """The weak error in floating point (no certificate): the search's guide, never reported."""
    return max((float(np.linalg.norm(A, 2)) ** 2 for _, A, _ in fourier_blocks(omega, F)), default=0.0)


def _subset(G: FiniteGroup, n: int, seed: int) -> AveragingScheme:
    """The uniform scheme on ``n`` distinct elements drawn with ``numpy.random.default_rng(seed)``."""
    elements = np.random.default_rng(seed).choice(G.order, size=n, replace=False)
    return AveragingScheme.on_elements(G, sorted(elements.tolist()))


def _passing(G: FiniteGroup, F: FunctionClass, n: int, eps: float, seed: int) -> AveragingScheme | None:
    """The first of :data:`TRIES` seeded subsets of size ``n`` whose estimated weak error is below ``eps``."""
    for t in range(TRIES):
        omega = _subset(G, n, seed + 1000 * n + t)
        if _estimate(omega, F) < eps:
            return omega
    return None


def _smallest_found(G: FiniteGroup, F: FunctionClass, eps: Fraction, start: int, seed: int
                    ) -> tuple[AveragingScheme, ErrorValue] | None:
    """A certified weak ``eps``-approximate random subset, as small as a doubling-then-bisection search finds.

    The search runs on floating-point estimates; the scheme returned has a certified (or exact) weak
    error ``<= eps``. None when no size below ``|G|`` passes.
    """
    top = G.order - 1  # the uniform scheme on G is exact: only smaller sizes are worth a search
    lo, hi = start - 1, min(start, top)  # sizes <= lo failed (or are below the proven lower bound)
    while (found := _passing(G, F, hi, float(eps), seed)) is None:
        if hi >= top:
            return None
        lo, hi = hi, min(2 * hi, top)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        candidate = _passing(G, F, mid, float(eps), seed)
        lo, hi, found = (lo, mid, candidate) if candidate is not None else (mid, hi, found)
    for n in range(found.size, top + 1):  # certify; a borderline estimate moves up a size
        omega = found if n == found.size else _passing(G, F, n, float(eps), seed)
        if omega is not None:
            error = weak_error(omega, F, exact=False).resolved(eps)  # exact when the enclosure straddles eps
            if error.is_at_most(eps):
                return omega, error
    return None


def _weak_cell(G: FiniteGroup, F: FunctionClass, eps: Fraction, seed: int) -> dict[str, Any]:
    d = len(G.minimum_generating_set())
    lower = larger_lower_bound(plancherel_lower_bound(F, eps),
                               Bound(d + 1, Provenance.EXACT, f"generation: supports must generate G (d(G) = {d})"))
    found = _smallest_found(G, F, eps, int(lower), seed)
    if found is None:
        upper = Bound(G.order, Provenance.EXACT, "uniform scheme on G (exact)")
        return _cell(lower, upper, eps=float(eps), eps_exact=str(eps), weak_error=None)
    omega, error = found
    upper = Bound(omega.size, error.provenance,
                  f"uniform scheme on {omega.size} seeded random elements, weak error {error} <= {eps}")
    return _cell(lower, upper, eps=float(eps), eps_exact=str(eps),
                 weak_error={"value": float(error.value), "lower": float(error.lower), "upper": float(error.upper),
                             "provenance": error.provenance.value},
                 support=omega.support.tolist())


def _row(spec: str, eps: Fraction, seed: int) -> dict[str, Any]:
    start = time.perf_counter()
    G = group(spec)
    F = regular_functions(G)
    exact = averaging_complexity(F, "exact")
    D = irreducible_dimension(F)
    bound = Bound(int(weak_existence_bound(eps, D)), Provenance.EXACT,
                  "Theorem 15 (matrix Bernstein): floor(2 (1 + sqrt(eps)/3) ln(2D) / eps) + 1")
    return {"group": G.name or spec, "order": G.order, "log_order": math.log(G.order), "D": D,
            "ac_exact": _cell(exact.lower, exact.upper), "ac_weak": _weak_cell(G, F, eps, seed),
            "bound": {**bound.as_dict(), "eps": float(eps), "eps_exact": str(eps)},
            "seconds": round(time.perf_counter() - start, 3)}


def family_table(specs: Sequence[str], *, eps: Any = Fraction(1, 4), seed: SeedLike = 0) -> list[dict[str, Any]]:
    """Exact against approximate averaging complexity on ``L^2(G)`` for each group: the family table.

    Parameters
    ----------
    specs : sequence of str
        Group specs for :func:`symproof.group`, e.g. :func:`family_specs` ``("S", "3..8")``.
    eps : exact number
        The weak tolerance (default ``1/4``), positive and exact.
    seed : int, None or numpy.random.Generator
        Base seed of the random subsets (one int base seed, see :mod:`symproof._validation`).

    Returns
    -------
    list of dict
        One row per group: ``"group"``, ``"order"``, ``"log_order"`` (``ln|G|``), ``"D"``,
        ``"ac_exact"`` and ``"ac_weak"`` (cells ``{"lower", "upper", "lower_provenance",
        "upper_provenance", "lower_method", "upper_method", "decided"}``; ``ac_weak`` also has
        ``"eps"``, ``"eps_exact"``, ``"weak_error"`` (the certified error of the scheme found:
        ``value``, enclosure ``lower``/``upper``, ``provenance``) and ``"support"``), ``"bound"``
        (the Theorem-15 existence bound: ``value``, ``provenance``, ``method``, ``eps``) and
        ``"seconds"``.

    Raises
    ------
    SymproofError
        If a spec is not a group, ``eps`` is not exact and positive, or a group exceeds the limits.

    Notes
    -----
    ``AC_wk``'s upper end is the smallest size at which one of three seeded random subsets passes,
    searched by doubling then bisection on floating-point estimates, then certified in ball
    arithmetic: an upper bound on ``AC_wk`` (certified), not ``AC_wk`` itself. The lower end is
    the larger of the Plancherel bound ``ceil(|G| / (1 + (|G| - 1) eps))`` and ``d(G) + 1``.

    Examples
    --------
    >>> row = family_table(["C2^3"])[0]
    >>> row["ac_exact"]["upper"], row["ac_weak"]["lower"], row["bound"]["value"]
    (8, 4, 25)
    """
    if isinstance(specs, (str, bytes)) or not isinstance(specs, Sequence) or not specs:
        raise InvalidArgumentError(f"specs must be a non-empty list of group specs such as ['S3', 'S4'], got {specs!r}")
    eps = check_exact_number(eps, "eps", positive=True)
    if eps >= 1:
        raise InvalidValueError(f"eps must be below 1 for the family table (size one passes at eps >= 1), got {eps}")
    seed = check_int(resolve_seed(seed), "seed")
    return [_row(spec, Fraction(eps), seed) for spec in specs]
