"""The separation report rendered as a terminal table.

>>> from symproof.report.separation import separation_report
>>> print(format_report(separation_report("C2", eps_values=(0.5,))).splitlines()[0])
Exact vs approximate symmetry: C2 (|G| = 2) acting on R^2, K* = 1
"""

from __future__ import annotations

from typing import Any

__all__ = ["format_report"]


MARKS = {"exact": "", "certified": "+", "estimate": "*"}  # provenance of a side, printed after its value
LEGEND = "Marks: unmarked = exact; + = certified (a rigorous enclosure); * = estimate (no proof, e.g. optimised weights)."


def _side(value: Any, provenance: str) -> str:
    return f"{value}{MARKS[provenance]}"


def _cell(x: dict[str, Any]) -> str:
    """``a`` for a decided cell, else ``[a,b]``; each side marked with its provenance."""
    lower, upper = _side(x["lower"], x["lower_provenance"]), _side(x["upper"], x["upper_provenance"])
    if x["decided"]:  # both sides are proofs; the weaker one marks the value
        certified = "certified" in (x["lower_provenance"], x["upper_provenance"])
        return _side(x["lower"], "certified" if certified else "exact")
    return f"[{lower},{upper}]"


def _find(row: dict[str, Any], kind: str, eps: Any = None) -> dict[str, Any]:
    return next(c for c in row["cells"] if c["kind"] == kind and c["eps"] == eps)


def _bound(row: dict[str, Any], eps: Any) -> str:
    b = next(b for b in row["bounds"] if b["eps"] == eps)
    return _side(b["value"], b["provenance"])


def format_report(report: dict[str, Any]) -> str:
    """The separation report as a readable table.

    Parameters
    ----------
    report : dict
        What :func:`~symproof.report.separation.separation_report` returns.

    Returns
    -------
    str
        One line per function class, then a legend.

    Examples
    --------
    >>> import symproof as sp
    >>> text = sp.format_report(sp.separation_report("C2", eps_values=(0.5,)))
    >>> "AC_ex" in text
    True
    """
    eps_values = report["eps"]
    head = ["class", "dim F", "D", "Irr(F) dims", "AC_ex"]
    for eps in eps_values:
        head += [f"AC_wk({eps})", f"AC_st({eps})", f"bound({eps})"]
    body = []
    for row in report["rows"]:
        cells = [row["class"], str(row["dim"]), str(row["D"]), ",".join(map(str, row["degrees"])) or "-",
                 _cell(_find(row, "exact"))]
        for eps in eps_values:
            cells += [_cell(_find(row, "weak", eps)), _cell(_find(row, "strong", eps)), _bound(row, eps)]
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
    lines.append("D: sum of d_pi over Irr(F); Irr(F) dims: the degrees d_pi of the non-trivial irreducibles in F.")
    lines.append(LEGEND)
    lines.append("Methods (for each cell) are in the --json output. " + report["k_star_report"].replace("\n", "; "))
    return "\n".join(lines)
