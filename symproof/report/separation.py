"""The exact-versus-approximate separation report (the main job).

For a group ``G`` with a linear action ``rho`` and the tower of classes
``F_k = polynomials of degree <= k`` (``k = 0..K*+1``) and ``L^2(G)``, the report gives
``dim F``, the irreducibles in ``F``, ``AC_ex`` with its certificate, ``AC_wk`` and
``AC_st`` at a few ``eps`` (intervals with methods) and the Theorem-15 existence bounds.
:func:`separation_job` is what ``symproof separation`` prints: with no spec the family table
for ``S_3 .. S_8`` (:mod:`symproof.report.family`) and the table for ``S4``; with one spec that
group's table; with several, or a family and a range, the family table.
:func:`scaling_table` gives, for a family of groups, ``|G|`` against certified sizes of
seeded random schemes and the bound: the data behind the exponential-separation plot.

>>> report = separation_report("S3", eps_values=(0.5,))
>>> [row["class"] for row in report["rows"]]
['poly<=0', 'poly<=1', 'poly<=2', 'poly<=3', 'poly<=4', 'L^2(G)']
>>> [row["cells"][0]["upper"] for row in report["rows"]]          # AC_ex
[1, 3, 3, 6, 6, 6]
>>> sorted(report["rows"][1]["cells"][0])
['decided', 'eps', 'kind', 'lower', 'lower_method', 'lower_provenance', 'signed', 'upper', 'upper_method', 'upper_provenance']
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from fractions import Fraction
from typing import Any

import sympy

from symproof._validation import (
    SeedLike,
    check_exact_number,
    check_group,
    check_int,
    check_optional_int,
    resolve_seed,
)
from symproof.averaging.bounds import irreducible_dimension, sample_size, weak_existence_bound
from symproof.averaging.complexity import ComplexityResult
from symproof.averaging.consistency import complexity_profile, propagate_classes
from symproof.averaging.scheme import AveragingScheme
from symproof.averaging.symmetry_errors import weak_error
from symproof.checking.conjectures import k_candidate_bounds
from symproof.config import get_limits
from symproof.errors import InvalidArgumentError, InvalidValueError
from symproof.exact.provenance import Bound, Provenance
from symproof.functions.gsets import regular_functions
from symproof.functions.polynomials import polynomials
from symproof.groups.spec import group
from symproof.report.background import in_background
from symproof.report.family import DEFAULT_FAMILY, family_specs, family_table
from symproof.report.html import Report
from symproof.report.progress import progress
from symproof.reps.character_table import character_table
from symproof.reps.molien import tensor_power_threshold
from symproof.reps.representation import natural_action

__all__ = ["DEFAULT_SPEC", "SCALING_EPS", "scaling_table", "separation_job", "separation_report"]

DEFAULT_SPEC = "S4"
SCALING_EPS = Fraction(1, 4)  # the family table's tolerance


def _json_number(x: Any) -> Any:
    """``eps`` as a JSON number (an int when integral, else the nearest float) or None (exact: ``eps_exact``)."""
    if x is None or (isinstance(x, (int, float)) and not isinstance(x, bool)):
        return x
    x = Fraction(x)
    return int(x) if x.denominator == 1 else float(x)


def _cell(r: ComplexityResult) -> dict[str, Any]:
    """One cell of the report's JSON contract: an interval with the provenance and method of each side."""
    return {"kind": r.kind, "eps": _json_number(r.eps), "signed": bool(r.signed),
            "lower": int(r.lower), "upper": int(r.upper),
            "lower_provenance": r.lower.provenance.value, "upper_provenance": r.upper.provenance.value,
            "lower_method": r.lower.method, "upper_method": r.upper.method, "decided": r.is_decided}


def _existence_bound(eps: Any, D: int) -> dict[str, Any]:
    """The Theorem-15 existence bound on ``AC_wk(F, eps)``: an exact formula, so an ``EXACT`` upper bound."""
    if not D:
        bound = Bound(1, Provenance.EXACT, "Irr(F) is empty: delta_e is exact")
    else:
        bound = Bound(int(weak_existence_bound(eps, D)), Provenance.EXACT,
                      "Theorem 15 (matrix Bernstein): AC_wk(F, eps) <= floor(2 (1 + sqrt(eps)/3) ln(2D) / eps) + 1")
    return {"kind": "weak", "eps": _json_number(eps), **bound.as_dict()}


# Whose each candidate bound on K* is (MATH.md section 4); a formula not listed is shown as a conjecture only.
CONJECTURE_SOURCES = {
    "min(|G|, sum_lambda (M_lambda - 1))": "the paper's bound on K as a summary of the paper reports it "
                                           "(unverified; MATH.md 4 lists counterexamples: S3 on R^3, S4 on R^4, "
                                           "D4 on R^2, Z2 on R)",
    "sum_lambda M_lambda - 1": "the reading of the paper's bound that its S_d example uses "
                               "(held on every action tried in MATH.md 4)",
}


def _candidate(c: Any) -> dict[str, Any]:
    """A conjectured bound on ``K*`` as JSON data, with whose conjecture it is."""
    return {"formula": c.formula, "value": c.value, "holds": c.holds, "status": c.status,
            "source": CONJECTURE_SOURCES.get(c.formula, "a conjecture checked on this action")}


def _row(name: str, F: Any, eps_values: tuple, results: list) -> dict[str, Any]:
    """One class: ``AC_ex``, then ``AC_wk`` and ``AC_st`` per ``eps`` (already propagated)."""
    T = character_table(F.group)
    irr = list(F.irreducibles())
    D = irreducible_dimension(F)
    cells = [_cell(r) for r in results]
    return {"class": name, "dim": F.dimension, "irreducibles": irr, "cells": cells,
            "degrees": [T.degrees[i] for i in irr], "D": D, "bounds": [_existence_bound(eps, D) for eps in eps_values]}


def _shared_profiles(classes: list[tuple[str, Any]], eps_values: tuple, max_search: int) -> list[tuple]:
    """``(name, Irr(F), results)`` per class; classes with the same ``Irr(F)`` share one profile.

    Every complexity depends on ``F`` only through ``Irr(F)`` (MATH.md 3: the errors are maxima over
    ``Irr(F)``, exactness is ``omega_hat(pi) = 0`` there), so each distinct ``Irr(F)`` is computed once, on
    its class of least dimension (the cheapest exact system). Shows a progress bar on a terminal's stderr.
    """
    smallest: dict[tuple[int, ...], Any] = {}
    for _name, F in classes:
        irr = tuple(F.irreducibles())
        if irr not in smallest or F.dimension < smallest[irr].dimension:
            smallest[irr] = F
    computed: dict[tuple[int, ...], list] = {}
    with progress(total=len(smallest), desc="separation report", unit="class") as bar:
        for irr, F in smallest.items():
            bar.set_postfix_str(f"|Irr(F)| = {len(irr)}, dim F = {F.dimension}")
            computed[irr] = complexity_profile(F, eps_values, max_search=max_search)
            bar.update()
    return [(name, F.irreducibles(), computed[tuple(F.irreducibles())]) for name, F in classes]


def separation_report(spec: Any = DEFAULT_SPEC, *, eps_values: tuple = (Fraction(1, 2), Fraction(1, 4)),
                      max_search: int | None = None, max_degree: int | None = None) -> dict[str, Any]:
    """Compute the exact-versus-approximate separation report for a group and its natural action.

    For ``G`` acting on ``R^d`` by its natural action ``rho``, the report tabulates the
    tower ``F_k`` = polynomials of degree ``<= k`` (``k = 0..K*+1``, ``K*`` the least degree
    from which every irreducible occurs, MATH.md section 4) and ``L^2(G)``: for each
    class ``dim F``, ``Irr(F)`` with degrees, ``D = sum_{pi in Irr(F)} d_pi``, the interval
    for ``AC_ex(F)``, the intervals for ``AC_wk(F, eps)`` and ``AC_st(F, eps)`` for each
    ``eps``, and the Theorem-15 existence bound ``floor(2 (1 + sqrt(eps)/3) ln(2D)/eps) + 1``.
    The cells of a class never contradict each other: they are computed and propagated
    by :func:`~symproof.averaging.consistency.complexity_profile` (``AC_wk(eps) <= AC_st(eps)
    <= AC_ex``, ``AC_st(eps) <= AC_wk(eps/2)``, monotone in ``eps``), with the Plancherel
    lower bound on the approximate cells, and the rows are made consistent with each other by
    monotonicity in ``F`` (:func:`~symproof.averaging.consistency.propagate_classes`).

    Parameters
    ----------
    spec : str or FiniteGroup
        A group spec for :func:`group` (e.g. ``"S4"``) or a group with a natural action.
    eps_values : tuple of exact numbers
        The tolerances of the approximate columns, each positive and exact: ``Fraction``,
        ``int``, SymPy rationals, strings such as ``"0.1"`` (read exactly), or floats that
        are small dyadic rationals (``0.5``, ``0.25``); ``0.1`` as a float is refused (pass
        ``Fraction(1, 10)`` or ``"0.1"``).
    max_search : int or None
        Candidate budget of each exhaustive search; ``None`` (the default) takes
        ``Limits.max_report_search`` (20,000; ``sp.limits(max_report_search=...)``). A cell
        whose search was cut says so, naming ``max_search=``, in its ``lower_method``.
    max_degree : int or None
        Stop the tower of polynomial classes at this degree (``None``, the default: at
        ``K* + 1``); the ``L^2(G)`` row is always given.

    Returns
    -------
    dict
        JSON-ready: ``"group"``, ``"order"``, ``"action_dimension"``, ``"k_star"``,
        ``"k_star_provenance"`` (``"exact"``), ``"k_star_proven_bound"`` (``|G| - 1`` with
        provenance and method), ``"k_star_report"`` (the Molien computation and the
        candidate bounds for ``K*``), ``"k_star_candidates"`` (each conjectured bound on ``K*``:
        ``"formula"``, ``"value"``, ``"holds"``, ``"status"`` and ``"source"``, whose conjecture it
        is), ``"eps"`` (JSON numbers), ``"eps_exact"`` (the same
        tolerances as exact strings such as ``"1/3"``) and ``"rows"``, one dict per class with keys
        ``"class"``, ``"dim"``, ``"irreducibles"``, ``"cells"``, ``"degrees"``, ``"D"`` and
        ``"bounds"``. ``"cells"`` lists ``AC_ex`` then, for each ``eps``, ``AC_wk`` and
        ``AC_st``; each cell is ``{"kind": "exact"|"weak"|"strong", "eps": number|None,
        "signed": bool, "lower": int, "upper": int, "lower_provenance", "upper_provenance"
        ("exact"|"certified"|"estimate"), "lower_method": str, "upper_method": str,
        "decided": bool}``. ``"bounds"`` holds the Theorem-15 existence bound for each
        ``eps`` (``{"kind": "weak", "eps", "value", "provenance": "exact", "method"}``).
        Render it with :func:`format_report`; a :class:`~symproof.report.html.Report` (a ``dict``
        that shows itself as HTML in a notebook).

    Raises
    ------
    SymproofError
        If the spec is not a known group (:class:`GroupSpecError`), an argument has the
        wrong type or value, or the group exceeds the configured limits.

    See Also
    --------
    averaging_complexity, complexity_profile, tensor_power_threshold, format_report, scaling_table

    Notes
    -----
    ``K*`` comes from the Molien series of ``rho`` (:func:`tensor_power_threshold`);
    every cell is one call of :func:`averaging_complexity`, so the cost is
    ``(K* + 3) (1 + 2 len(eps_values))`` such calls, dominated by the exact searches on
    the larger classes (each bounded by ``max_search`` candidates); classes with the same
    ``Irr(F)`` share one computation (on the class of least dimension), and the propagation
    between the cells is negligible. Catalog groups up to order 24 finish in seconds; a progress
    bar shows on stderr when it is a terminal.

    Examples
    --------
    >>> import symproof as sp
    >>> report = sp.separation_report("S3", eps_values=(0.5,))
    >>> report["order"], report["k_star"]
    (6, 3)
    >>> [row["class"] for row in report["rows"]]
    ['poly<=0', 'poly<=1', 'poly<=2', 'poly<=3', 'poly<=4', 'L^2(G)']
    """
    G = group(spec) if isinstance(spec, str) else check_group(spec, "spec")
    eps_values = _check_eps_values(eps_values)
    max_search = check_int(get_limits().max_report_search if max_search is None else max_search, "max_search",
                           min_value=1)
    max_degree = check_optional_int(max_degree, "max_degree", min_value=0)
    rho = natural_action(G)
    threshold = tensor_power_threshold(rho)
    k_star = threshold.k_star
    top = (k_star if k_star is not None else 2) + 1
    top = top if max_degree is None else min(top, max_degree)
    classes: list[tuple[str, Any]] = [(f"poly<={k}", polynomials(rho, max_degree=k)) for k in range(top + 1)]
    classes.append(("L^2(G)", regular_functions(G)))
    profiles = _shared_profiles(classes, eps_values, max_search)
    rows = [_row(name, F, eps_values, results) for (name, F), results in zip(classes, propagate_classes(profiles))]
    candidates = k_candidate_bounds(rho)
    return Report({"group": G.name or repr(G), "order": G.order, "action_dimension": rho.dimension,
            "k_star": k_star, "k_star_provenance": None if k_star is None else Provenance.EXACT.value,
            "k_star_proven_bound": threshold.proven_bound.as_dict(),
            "k_star_report": "\n".join([str(threshold), *map(str, candidates)]),
            "k_star_candidates": [_candidate(c) for c in candidates],
            "eps": [_json_number(eps) for eps in eps_values], "eps_exact": [str(eps) for eps in eps_values],
            "rows": rows})


def _check_eps_values(eps_values: Any) -> tuple[Fraction, ...]:
    if isinstance(eps_values, (str, bytes)) or not isinstance(eps_values, (tuple, list)):
        raise InvalidArgumentError(f"eps_values must be a tuple of exact positive numbers such as "
                                   f"(Fraction(1, 2), Fraction(1, 4)) or ('1/2', '0.25'), got {eps_values!r}")
    return tuple(check_exact_number(eps, f"eps_values[{i}]", positive=True) for i, eps in enumerate(eps_values))


def scaling_table(specs: list[str], *, eps: Any = Fraction(1, 4), delta: Any = Fraction(1, 10),
                  seed: SeedLike = 0, trials: int = 5) -> list[dict[str, Any]]:
    """``|G|`` against certified sizes of random schemes on ``L^2(G)`` and the Theorem-15 sample size.

    For each group: ``n = ceil(sample_size(eps, D, delta))`` seeded random draws, the certified
    weak error of each of ``trials`` schemes, and how many met ``w <= eps``. The sample size is
    Theorem 15's ``n >= 2 (1 + sqrt(eps)/3) ln(2D/delta) / eps`` with
    ``D = sum_{pi in Irr(L^2(G))} d_pi`` (MATH.md section 4): the data behind the
    exponential-separation plot.

    Parameters
    ----------
    specs : list of str
        Group specs for :func:`group`.
    eps : exact number
        The weak-error tolerance, positive and exact (``Fraction``, ``int``, a string such as
        ``"0.1"``, or a small dyadic float such as ``0.25``).
    delta : exact number
        The failure probability of Theorem 15, in ``(0, 1)``, exact like ``eps`` (default
        ``Fraction(1, 10)``).
    seed : int, None or numpy.random.Generator
        Seed of the first scheme; trial ``t`` uses the int seed ``seed + t`` (a ``Generator`` or
        ``None`` first gives one int base seed, see :mod:`symproof._validation`).
    trials : int
        Number of random schemes per group.

    Returns
    -------
    list of dict
        One row per group with keys ``"group"``, ``"order"``, ``"log_order"``, ``"D"``,
        ``"n"`` (draws), ``"sizes"`` (support sizes), ``"weak_errors"``, ``"provenances"``
        (the provenance words of the errors: ``"exact"``, ``"certified"``, ``"estimate"``;
        ``"kinds"`` is the same list, kept for compatibility), ``"successes"`` (schemes with
        ``w <= eps``), ``"trials"``, ``"seconds"``, ``"bound"`` (the existence bound
        :func:`weak_existence_bound`) and ``"bound_provenance"`` (``"exact"``: a formula).

    Raises
    ------
    SymproofError
        If a spec is not a known group or an argument has the wrong type or value.

    Notes
    -----
    Each trial costs one certified weak error on ``L^2(G)``: a Fourier transform over
    ``Irr(G)`` of a scheme of size ``<= n``, ``O(n sum_pi d_pi^2)`` entries, plus the
    norms of ``|Irr(G)|`` matrices.

    Examples
    --------
    >>> import symproof as sp
    >>> [(row["order"], row["D"], row["n"], row["bound"]) for row in sp.scaling_table(["C4"], trials=2)]
    [(4, 3, 39, 17)]
    """
    if isinstance(specs, (str, bytes)) or not isinstance(specs, (list, tuple)):
        raise InvalidArgumentError(f"specs must be a list of group specs such as ['C4', 'S3'], got {specs!r}")
    eps = check_exact_number(eps, "eps", positive=True)
    delta = check_exact_number(delta, "delta", positive=True)
    if delta >= 1:
        raise InvalidValueError(f"delta must be in (0, 1), got {delta}")
    trials = check_int(trials, "trials", min_value=1)
    seed = resolve_seed(seed)
    out = []
    for spec in specs:
        G = group(spec)
        F = regular_functions(G)
        D = irreducible_dimension(F)
        n = int(sympy.ceiling(sample_size(eps, D, delta)))
        start = time.perf_counter()
        errors = [weak_error(AveragingScheme.random(G, n, seed=seed + t), F) for t in range(trials)]
        out.append({"group": spec, "order": G.order, "log_order": math.log(G.order), "D": D, "n": n,
                    "sizes": [AveragingScheme.random(G, n, seed=seed + t).size for t in range(trials)],
                    "weak_errors": [e.value for e in errors], "kinds": sorted({e.provenance.value for e in errors}),
                    "provenances": sorted({e.provenance.value for e in errors}),
                    "successes": sum(bool(e.is_at_most(eps)) for e in errors), "trials": trials,
                    "seconds": time.perf_counter() - start,
                    "bound": int(weak_existence_bound(eps, D)),
                    "bound_provenance": Provenance.EXACT.value})
    return out

def separation_job(specs: Sequence[str] = (), *, family: str | None = None, orders: str | None = None,
                   eps_values: tuple = (Fraction(1, 2), Fraction(1, 4)), seed: int = 0) -> dict[str, Any]:
    """Compute what ``symproof separation`` prints: the family table, the one-group table, or both.

    Parameters
    ----------
    specs : sequence of str
        Group specs; empty (the default) for the default job.
    family, orders : str or None
        A family (``"S"``, ``"A"``, ``"B"``, ``"C"``, ``"D"``, ``"C2^m"``) and a range ``"a..b"``
        (:func:`~symproof.report.family.family_specs`); given together, and not with ``specs``.
    eps_values : tuple of exact numbers
        The tolerances of the one-group table (the family table uses ``eps = 1/4``).
    seed : int
        Base seed of the family table's random schemes.

    Returns
    -------
    dict
        ``"scaling"`` (the rows of :func:`~symproof.report.family.family_table`) and
        ``"scaling_eps"`` when there is a family table; the keys of :func:`separation_report`
        (``"group"``, ``"rows"``, ...) when there is a one-group table. A
        :class:`~symproof.report.html.Report` (a ``dict`` that shows itself as HTML in a notebook).

    Raises
    ------
    SymproofError
        If the arguments do not fit together, a spec is not a group, or a range is malformed.

    Notes
    -----
    When both tables are asked for (the default job), the family table is computed in a second
    process (:func:`~symproof.report.background.in_background`) while this one computes the group's
    table: the two are independent, and on two cores the job takes the time of the longer one.

    Examples
    --------
    >>> job = separation_job(["S3"], eps_values=("1/2",))
    >>> job["group"], "scaling" in job
    ('S3', False)
    """
    if isinstance(specs, (str, bytes)) or not isinstance(specs, Sequence):
        raise InvalidArgumentError(f"specs must be a list of group specs such as ['S4'], got {specs!r}")
    if (family is None) != (orders is None):
        raise InvalidArgumentError("give a family and a range together, e.g. --family S --range 3..8")
    if family is not None and specs:
        raise InvalidArgumentError("give either group specs or a family with a range, not both")
    job = Report()
    members = None
    if family is not None or len(specs) != 1:
        members = family_specs(family, orders) if family is not None and orders is not None else (
            list(specs) or family_specs(*DEFAULT_FAMILY))
    one = specs[0] if len(specs) == 1 else DEFAULT_SPEC if family is None and not specs else None
    if members is not None and one is not None:  # the default job: the family table in a second process
        pending = in_background(family_table, members, eps=SCALING_EPS, seed=seed)
        job.update(separation_report(one, eps_values=eps_values))
        job["scaling"], job["scaling_eps"] = pending.result(), str(SCALING_EPS)
    elif members is not None:
        job["scaling"], job["scaling_eps"] = family_table(members, eps=SCALING_EPS, seed=seed), str(SCALING_EPS)
    else:
        job.update(separation_report(one, eps_values=eps_values))
    return job
