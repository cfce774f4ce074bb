"""The exact-versus-approximate separation report (the main job).

For a group ``G`` with a linear action ``rho`` and the tower of classes
``F_k = polynomials of degree <= k`` (``k = 0..K*+1``) and ``L^2(G)``, the report gives
``dim F``, the irreducibles in ``F``, ``AC_ex`` with its certificate, ``AC_wk`` and
``AC_st`` at a few ``eps`` (intervals with methods) and the Theorem-15 existence bounds.
:func:`scaling_table` gives, for a family of groups, ``|G|`` against certified sizes of
seeded random schemes and the bound: the data behind the exponential-separation plot.

>>> report = separation_report("S3", eps_values=(0.5,))
>>> [row["class"] for row in report["rows"]]
['poly<=0', 'poly<=1', 'poly<=2', 'poly<=3', 'poly<=4', 'L^2(G)']
>>> [row["exact"]["upper"] for row in report["rows"]]
[1, 3, 3, 6, 6, 6]
"""

from __future__ import annotations

import math
import time
from typing import Any

import numpy as np
import sympy

from symproof.averaging.bounds import irreducible_dimension, sample_size, weak_existence_bound
from symproof.averaging.complexity import ComplexityResult, averaging_complexity
from symproof.averaging.scheme import AveragingScheme
from symproof.averaging.symmetry_errors import weak_error

__all__ = ["separation_report", "format_report", "scaling_table", "DEFAULT_SPEC"]

DEFAULT_SPEC = "S4"


def _interval(r: ComplexityResult) -> dict[str, Any]:
    return {"lower": r.lower, "upper": r.upper, "decided": r.is_decided, "lower_method": r.lower_method,
            "upper_method": r.upper_method}


def _row(name: str, F: Any, eps_values: tuple, max_search: int | None) -> dict[str, Any]:
    T = F.group.character_table()
    irr = list(F.irreducibles())
    D = irreducible_dimension(F)
    row = {"class": name, "dim": F.dimension, "irreducibles": irr, "degrees": [T.degrees[i] for i in irr], "D": D,
           "exact": _interval(averaging_complexity(F, "exact", max_search=max_search))}
    for eps in eps_values:
        row[f"weak eps={eps}"] = _interval(averaging_complexity(F, "weak", eps, max_search=max_search))
        row[f"strong eps={eps}"] = _interval(averaging_complexity(F, "strong", eps, max_search=max_search))
        row[f"bound eps={eps}"] = int(weak_existence_bound(sympy.nsimplify(eps), D)) if D else 1
    return row


def separation_report(spec: Any = DEFAULT_SPEC, *, eps_values: tuple = (0.5, 0.25),
                      max_search: int | None = 20_000) -> dict[str, Any]:
    """The separation report for a group (spec or ``FiniteGroup``) acting by its natural action."""
    from symproof.functions import polynomials, regular_functions
    from symproof.groups.spec import group
    from symproof.reps.molien import tensor_power_threshold

    G = group(spec) if isinstance(spec, str) else spec
    rho = G.natural_action()
    threshold = tensor_power_threshold(rho)
    k_star = threshold.k_star
    top = (k_star if k_star is not None else 2) + 1
    rows = [_row(f"poly<={k}", polynomials(rho, max_degree=k), eps_values, max_search) for k in range(top + 1)]
    rows.append(_row("L^2(G)", regular_functions(G), eps_values, max_search))
    return {"group": G.name or repr(G), "order": G.order, "action_dimension": rho.dimension,
            "k_star": k_star, "k_star_report": str(threshold), "eps": list(eps_values), "rows": rows}


def _cell(x: dict[str, Any]) -> str:
    return str(x["lower"]) if x["decided"] else f"[{x['lower']},{x['upper']}]"


def format_report(report: dict[str, Any]) -> str:
    """The report as a readable table."""
    eps_values = report["eps"]
    head = ["class", "dim F", "D", "Irr(F) dims", "AC_ex"]
    for eps in eps_values:
        head += [f"AC_wk({eps})", f"AC_st({eps})", f"bound({eps})"]
    body = []
    for row in report["rows"]:
        cells = [row["class"], str(row["dim"]), str(row["D"]), ",".join(map(str, row["degrees"])) or "-",
                 _cell(row["exact"])]
        for eps in eps_values:
            cells += [_cell(row[f"weak eps={eps}"]), _cell(row[f"strong eps={eps}"]), str(row[f"bound eps={eps}"])]
        body.append(cells)
    widths = [max(len(r[j]) for r in [head, *body]) for j in range(len(head))]
    lines = [f"Exact vs approximate symmetry: {report['group']} (|G| = {report['order']}) acting on "
             f"R^{report['action_dimension']}, K* = {report['k_star']}",
             "  ".join(h.ljust(w) for h, w in zip(head, widths)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in body]
    lines.append("")
    lines.append("AC_ex: least size of an exact scheme (probability schemes); AC_wk/AC_st: weak/strong eps-approximate;")
    lines.append("[a,b]: interval when not decided; bound: Theorem-15 existence bound floor(2(1+sqrt(eps)/3)ln(2D)/eps)+1.")
    lines.append("Methods (for each cell) are in the --json output. " + report["k_star_report"].replace("\n", "; "))
    return "\n".join(lines)


def scaling_table(specs: list[str], *, eps: float = 0.25, delta: float = 0.1, seed: int = 0,
                  trials: int = 5) -> list[dict[str, Any]]:
    """``|G|`` against certified sizes of random schemes on ``L^2(G)`` and the Theorem-15 sample size.

    For each group: ``n = ceil(sample_size(eps, D, delta))`` seeded random draws, the certified
    weak error of each of ``trials`` schemes, and how many met ``w <= eps``.
    """
    from symproof.functions import regular_functions
    from symproof.groups.spec import group

    out = []
    for spec in specs:
        G = group(spec)
        F = regular_functions(G)
        D = irreducible_dimension(F)
        n = int(sympy.ceiling(sample_size(sympy.nsimplify(eps), D, sympy.nsimplify(delta))))
        start = time.perf_counter()
        errors = [weak_error(AveragingScheme.random(G, n, seed=seed + t), F) for t in range(trials)]
        out.append({"group": spec, "order": G.order, "log_order": math.log(G.order), "D": D, "n": n,
                    "sizes": [AveragingScheme.random(G, n, seed=seed + t).size for t in range(trials)],
                    "weak_errors": [e.value for e in errors], "kinds": sorted({e.kind for e in errors}),
                    "successes": sum(bool(e.is_at_most(eps)) for e in errors), "trials": trials,
                    "seconds": time.perf_counter() - start,
                    "bound": int(weak_existence_bound(sympy.nsimplify(eps), D))})
    return out


def _json_default(x: Any) -> Any:
    if isinstance(x, (np.integer,)):
        return int(x)
    if isinstance(x, (np.floating,)):
        return float(x)
    return str(x)
