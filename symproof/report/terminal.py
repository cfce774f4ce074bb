"""The separation report rendered as a terminal table, with a legend that defines every symbol it prints.

>>> from symproof.report.separation import separation_report
>>> print(format_report(separation_report("C2", eps_values=(0.5,))).splitlines()[0])
Exact vs approximate symmetry: C2 (|G| = 2) acting on R^2, K* = 1
"""

from __future__ import annotations

import textwrap
from typing import Any

__all__ = ["family_rows", "format_report", "report_rows"]


MARKS = {"exact": "", "certified": "+", "estimate": "*"}  # provenance of a side, printed after its value
LEGEND = "Marks: unmarked = exact; + = certified (a rigorous enclosure); * = estimate (no proof, e.g. optimised weights)."

COLUMNS = [  # (symbol, definition) for every column and notation of the table, in the order printed
    ("G, |G|, rho", "the group of the title, its order, and its natural linear action on R^d."),
    ("class", "poly<=k: the polynomials of degree <= k on R^d (constants included); L^2(G): all functions on G."),
    ("dim F", "the dimension of the function class F."),
    ("D", "sum of d_pi over Irr(F), the non-trivial irreducibles pi of G that occur in F, each counted once."),
    ("Irr(F) dims", "the degrees d_pi of those irreducibles ('-': F holds only invariant functions)."),
    ("AC_ex", "least size (number of elements with non-zero weight) of an exact averaging scheme omega on F."),
    ("AC_wk(e)", "least size of a weak e-approximate scheme (e: the tolerance eps): weak error "
                 "w = max_{pi in Irr(F)} ||omega_hat(pi)||^2 <= e, where omega_hat(pi) = sum_g omega(g) pi(g)."),
    ("AC_st(e)", "least size of a strong e-approximate scheme: strong error "
                 "s = max_g max_{pi in Irr(F)} ||(pi(g) - I) omega_hat(pi)||^2 / 2 <= e."),
    ("bound(e)", "Theorem-15 existence bound on AC_wk(e): floor(2 (1 + sqrt(e)/3) ln(2D) / e) + 1 (proven, exact)."),
    ("a / [a,b]", "a: decided (lower = upper, both proven); [a,b]: a proven or estimated lower bound a and upper "
                  "bound b."),
]
NOTES = [
    "All complexities are over probability schemes. The cells of a row are consistent: bounds and witnesses are",
    "propagated along AC_wk(e) <= AC_st(e) <= AC_ex, AC_st(e) <= AC_wk(e/2) and monotonicity in e; lower bounds",
    "include the Plancherel bound AC_wk(e) >= ceil(|G| / (|G| - D2 (1 - e))), D2 = sum of d_pi^2 over Irr(F).",
]
K_STAR = ("K*", "the least k from which every irreducible of G occurs in poly<=k (from the Molien series); "
                "for k >= K*, AC_ex = |G|.")
M_LAMBDA = ("M_lambda", "for each eigenvalue lambda of the matrices rho(g), its largest multiplicity in any one "
                        "rho(g); sum_lambda runs over all these eigenvalues.")
WIDTH = 116  # the legend is wrapped to this many columns


def _side(value: Any, provenance: str, marks: dict[str, str] = MARKS) -> str:
    return f"{value}{marks[provenance]}"


def _cell(x: dict[str, Any], marks: dict[str, str] = MARKS) -> str:
    """``a`` for a decided cell, else ``[a,b]``; each side marked with its provenance."""
    lower, upper = _side(x["lower"], x["lower_provenance"], marks), _side(x["upper"], x["upper_provenance"], marks)
    if x["decided"]:  # both sides are proofs; the weaker one marks the value
        certified = "certified" in (x["lower_provenance"], x["upper_provenance"])
        return _side(x["lower"], "certified" if certified else "exact", marks)
    return f"[{lower},{upper}]"


def _find(row: dict[str, Any], kind: str, eps: Any = None) -> dict[str, Any]:
    return next(c for c in row["cells"] if c["kind"] == kind and c["eps"] == eps)


def _bound(row: dict[str, Any], eps: Any, marks: dict[str, str]) -> str:
    b = next(b for b in row["bounds"] if b["eps"] == eps)
    return _side(b["value"], b["provenance"], marks)


def report_rows(report: dict[str, Any], marks: dict[str, str] = MARKS) -> tuple[list[str], list[list[str]]]:
    """The one-group table's header and cells as text, each side marked by ``marks`` (shared by every format).

    Parameters
    ----------
    report : dict
        What :func:`~symproof.report.separation.separation_report` returns.
    marks : dict
        The mark printed after a value of each provenance (``"exact"``, ``"certified"``, ``"estimate"``).

    Returns
    -------
    tuple of (list of str, list of list of str)
        The header and one list of cells per function class.

    Examples
    --------
    >>> import symproof as sp
    >>> head, body = report_rows(sp.separation_report("C2", eps_values=(0.5,)))
    >>> head[:5], body[0][:5]
    (['class', 'dim F', 'D', 'Irr(F) dims', 'AC_ex'], ['poly<=0', '1', '0', '-', '1'])
    """
    eps_values = report["eps"]
    shown = report.get("eps_exact") or [str(eps) for eps in eps_values]
    head = ["class", "dim F", "D", "Irr(F) dims", "AC_ex"]
    for text in shown:
        head += [f"AC_wk({text})", f"AC_st({text})", f"bound({text})"]
    body = []
    for row in report["rows"]:
        cells = [row["class"], str(row["dim"]), str(row["D"]), ",".join(map(str, row["degrees"])) or "-",
                 _cell(_find(row, "exact"), marks)]
        for eps in eps_values:
            cells += [_cell(_find(row, "weak", eps), marks), _cell(_find(row, "strong", eps), marks),
                      _bound(row, eps, marks)]
        body.append(cells)
    return head, body


def _definitions(pairs: list[tuple[str, str]]) -> list[str]:
    """``symbol  definition`` lines, the definitions wrapped with a hanging indent."""
    width = max(len(symbol) for symbol, _ in pairs)
    lines = []
    for symbol, text in pairs:
        lines += textwrap.wrap(text, WIDTH, initial_indent=f"  {symbol.ljust(width)}  ",
                               subsequent_indent=" " * (width + 4))
    return lines


def _k_star_lines(report: dict[str, Any]) -> list[str]:
    """``K*``, its proven bound and the conjectured bounds, each saying what it is and whose it is."""
    candidates = report.get("k_star_candidates")
    if candidates is None:  # a report without the structured data: its text
        return report["k_star_report"].splitlines()
    proven = report["k_star_proven_bound"]
    k_star = "undefined (rho is not faithful)" if report["k_star"] is None else f"{report['k_star']} (exact)"
    lines = [f"K* = {k_star}; proven bound K* <= |G| - 1 = {proven['value']} ({proven['provenance']}: "
             f"{proven['method']})."]
    for c in candidates:
        verdict = "holds" if c["holds"] else "fails" if c["holds"] is not None else "undecided"
        text = f"K* <= {c['formula']} = {c['value']}: {c['status']}, {verdict} here; {c['source']}."
        lines += textwrap.wrap(text, WIDTH, subsequent_indent="    ")
    return lines


FAMILY_COLUMNS = [  # (symbol, definition) for the family table
    ("G, |G|, ln|G|", "the group (acting on L^2(G), all functions on G), its order and natural logarithm."),
    ("AC_ex", "least size of an exact averaging scheme on L^2(G): |G|, proven (every non-trivial irreducible "
              "occurs in L^2(G), so the Gram rank forces the uniform scheme; MATH.md 3)."),
    ("AC_wk >=", "proven lower bound on AC_wk(e): the larger of Plancherel, ceil(|G| / (1 + (|G| - 1) e)), and "
                 "generation, d(G) + 1 (a support must generate G)."),
    ("AC_wk <=", "the smallest weak e-approximate scheme found: the uniform scheme on that many seeded random "
                 "elements (doubling, then bisection), its weak error certified; an upper bound on AC_wk(e), not "
                 "AC_wk(e) itself."),
    ("w", "the weak error max_{pi != 1} ||omega_hat(pi)||^2 of that scheme (upper end of its certified "
          "enclosure; '-': the uniform scheme on G, w = 0)."),
    ("bound", "Theorem-15 existence bound on AC_wk(e): floor(2 (1 + sqrt(e)/3) ln(2D) / e) + 1, D = sum of the "
              "degrees d_pi of the non-trivial irreducibles (proven, exact)."),
]


def _weak_error_text(cell: dict[str, Any], marks: dict[str, str]) -> str:
    error = cell.get("weak_error")
    return "-" if error is None else f"{error['upper']:.4f}{marks[error['provenance']]}"


def _aligned(head: list[str], body: list[list[str]]) -> list[str]:
    widths = [max(len(r[j]) for r in [head, *body]) for j in range(len(head))]
    lines = ["  ".join(h.ljust(w) for h, w in zip(head, widths)), "  ".join("-" * w for w in widths)]
    return lines + ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in body]


def family_rows(job: dict[str, Any], marks: dict[str, str] = MARKS) -> tuple[list[str], list[list[str]]]:
    """The family table's header and cells as text, provenance marks included (shared by every format).

    Parameters
    ----------
    job : dict
        What :func:`~symproof.report.separation.separation_job` returns, with ``"scaling"``.
    marks : dict
        The mark printed after a value of each provenance (``"exact"``, ``"certified"``, ``"estimate"``).

    Returns
    -------
    tuple of (list of str, list of list of str)
        The header and one list of cells per group.

    Examples
    --------
    >>> head, body = family_rows({"scaling_eps": "1/4", "scaling": []})
    >>> head[:4]
    ['G', '|G|', 'ln|G|', 'AC_ex']
    """
    eps = job.get("scaling_eps", "1/4")
    head = ["G", "|G|", "ln|G|", "AC_ex", f"AC_wk({eps}) >=", f"AC_wk({eps}) <=", "w", f"bound({eps})"]
    body = []
    for row in job["scaling"]:
        weak = row["ac_weak"]
        body.append([row["group"], str(row["order"]), f"{row['log_order']:.2f}", _cell(row["ac_exact"], marks),
                     _side(weak["lower"], weak["lower_provenance"], marks),
                     _side(weak["upper"], weak["upper_provenance"], marks), _weak_error_text(weak, marks),
                     _side(row["bound"]["value"], row["bound"]["provenance"], marks)])
    return head, body


def _family(job: dict[str, Any]) -> list[str]:
    title = (f"Exact vs approximate symmetry as |G| grows: L^2(G), eps = {job.get('scaling_eps', '1/4')} "
             "(AC_ex grows like |G|, AC_wk like ln|G| / eps)")
    lines = [title, *_aligned(*family_rows(job)), "", "Legend:", *_definitions(FAMILY_COLUMNS), LEGEND]
    return lines


def _one_group(report: dict[str, Any]) -> list[str]:
    title = (f"Exact vs approximate symmetry: {report['group']} (|G| = {report['order']}) acting on "
             f"R^{report['action_dimension']}, K* = {report['k_star']}")
    lines = [title, *_aligned(*report_rows(report)), "", "Legend:"]
    lines += _definitions([*COLUMNS, K_STAR, M_LAMBDA])
    lines.append(LEGEND)
    lines += NOTES
    lines += ["", *_k_star_lines(report)]
    lines.append("Methods (for each cell: which argument or computation gives each bound) are in the --json output.")
    return lines


def format_report(report: dict[str, Any]) -> str:
    """The separation report (or the main job: family table, then one-group table) as readable text.

    The legend below each table defines every column and symbol it prints (``D``, ``Irr(F) dims``,
    ``AC_ex``, ``AC_wk``, ``AC_st``, ``bound``, the marks ``+`` and ``*``; for the one-group table
    also ``K*``, its proven bound and the conjectured bounds on it with ``M_lambda`` defined and
    whose conjecture each is). The methods behind each cell are in the JSON output.

    Parameters
    ----------
    report : dict
        What :func:`~symproof.report.separation.separation_report` or
        :func:`~symproof.report.separation.separation_job` returns.

    Returns
    -------
    str
        For each table present: a title, the table, then its legend.

    Examples
    --------
    >>> import symproof as sp
    >>> text = sp.format_report(sp.separation_report("C2", eps_values=(0.5,)))
    >>> "AC_ex" in text, "M_lambda" in text, "* = estimate" in text
    (True, True, True)
    """
    parts = []
    if "scaling" in report:
        parts.append("\n".join(_family(report)))
    if "rows" in report:
        parts.append("\n".join(_one_group(report)))
    return "\n\n".join(parts)
