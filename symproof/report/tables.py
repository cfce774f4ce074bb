"""Tables of averaging complexity over the small groups, with the evidence a verifier re-checks.

:func:`complexity_table` computes ``AC_ex``, ``AC_wk(eps)`` and ``AC_st(eps)`` (probability schemes) for
each group of the SmallGroups data on ``L^2(G)`` and on the polynomials of degree ``<= 1, 2, 3`` of its
permutation action (the faithful action of small degree that the data stores). Every cell is one call of
:func:`~symproof.averaging.complexity.averaging_complexity`, computed on its own (no propagation between
cells, so each cell stands on its own evidence): an interval, the provenance and method of each side, the
witness scheme (exact rational weights) and the dual certificates behind a lower bound from the certified
search. :func:`verify_table` re-checks every cell from that evidence alone
(:func:`~symproof.averaging.verification.verify_complexity`): the JSON file is the proof.

>>> table = complexity_table([(2, 1), (3, 1)], eps_values=("1/2",), max_degree=1)
>>> [(g["group"], [c["lower"] for c in g["classes"][0]["cells"]]) for g in table["groups"]]
[('SmallGroup(2,1)', [2, 2, 2]), ('SmallGroup(3,1)', [3, 2, 2])]
>>> verify_table(table)["failed"]
0
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import Any

from symproof._validation import check_exact_number, check_int
from symproof.averaging.complexity import averaging_complexity
from symproof.averaging.duality import DualCertificate
from symproof.averaging.scheme import AveragingScheme
from symproof.averaging.verification import verify_complexity
from symproof.config import get_limits, limits
from symproof.errors import InvalidArgumentError, InvalidValueError, SymproofError
from symproof.functions.function_class import FunctionClass
from symproof.functions.gsets import regular_functions
from symproof.functions.polynomials import polynomials
from symproof.groups.finite_group import FiniteGroup
from symproof.groups.small_groups import small_group, small_group_record, small_group_records
from symproof.reps.representation import natural_action

__all__ = ["TABLE_EPS", "complexity_table", "format_table", "format_verification", "small_group_ids", "verify_table"]
TABLE_PARTIAL_SUPPORTS = 3000  # Limits.max_partial_supports while a table is computed

TABLE_EPS = (Fraction(1, 2), Fraction(1, 4))
KINDS = ("exact", "weak", "strong")


def small_group_ids(max_order: int) -> list[tuple[int, int]]:
    """Every ``(order, id)`` of the SmallGroups data up to ``max_order``, smallest first.

    >>> len(small_group_ids(8))
    14
    """
    return [(r.order, r.id) for r in small_group_records(max_order=check_int(max_order, "max_order", min_value=1))]


def _classes(G: FiniteGroup, max_degree: int) -> list[tuple[str, FunctionClass]]:
    rho = natural_action(G)
    return [("L^2(G)", regular_functions(G)), *((f"poly<={k}", polynomials(rho, max_degree=k))
                                                 for k in range(1, max_degree + 1))]


def _weights(omega: AveragingScheme) -> list[str] | None:
    """Exact rational weights as strings (None for weights in a larger field, which the table does not store)."""
    try:
        return [str(Fraction(w)) for w in omega.weights]
    except (TypeError, ValueError):
        return None


def _cell(F: FunctionClass, kind: str, eps: Fraction | None, pool: dict[int, tuple[int, DualCertificate]]
          ) -> dict[str, Any]:
    """One cell; its certificates are indices into the group's pool (``pool``: id -> (index, certificate))."""
    start = time.perf_counter()
    r = averaging_complexity(F, kind, eps)
    for c in r.certificates:
        pool.setdefault(id(c), (len(pool), c))
    return {"kind": kind, "eps": None if eps is None else str(eps), "lower": int(r.lower), "upper": int(r.upper),
            "lower_provenance": r.lower.provenance.value, "upper_provenance": r.upper.provenance.value,
            "lower_method": r.lower.method, "upper_method": r.upper.method, "decided": r.is_decided,
            "witness": {"support": [int(g) for g in r.witness.support], "weights": _weights(r.witness)},
            "certificates": [pool[id(c)][0] for c in r.certificates], "seconds": round(time.perf_counter() - start, 3)}


def complexity_table(groups: Sequence[tuple[int, int]], *, eps_values: Sequence[Any] = TABLE_EPS,
                     max_degree: int = 3, progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """``AC_ex``, ``AC_wk`` and ``AC_st`` of small groups on ``L^2(G)`` and low-degree polynomial classes.

    Parameters
    ----------
    groups : sequence of (int, int)
        SmallGroups ids ``(order, id)``, e.g. :func:`small_group_ids` ``(24)``.
    eps_values : sequence of exact numbers
        The tolerances of the approximate kinds (default ``1/2, 1/4``).
    max_degree : int
        The polynomial classes ``poly<=1 .. poly<=max_degree`` of the data's permutation action (default 3).
    progress : callable, optional
        Called with a line of text after each group.

    Returns
    -------
    dict
        JSON-ready: ``"eps"`` (strings), ``"max_degree"``, ``"groups"``: one entry per group with ``"group"``
        (``SmallGroup(n,i)``), ``"id"``, ``"structure"`` (GAP's description), ``"order"``, ``"degree"`` (of the
        action), ``"certificates"`` (the group's dual certificates, ``DualCertificate.as_data``) and
        ``"classes"``, each with ``"class"``, ``"dim"``, ``"irreducibles"`` and ``"cells"``: ``AC_ex``, then per
        ``eps`` ``AC_wk`` and ``AC_st``, each cell ``{"kind", "eps", "lower", "upper", "lower_provenance",
        "upper_provenance", "lower_method", "upper_method", "decided", "witness": {"support", "weights"},
        "certificates" (indices into the group's list), "seconds"}``; ``"seconds"`` in all.

    Raises
    ------
    SymproofError
        On a group id outside the data, an inexact or non-positive ``eps``, or a negative degree.

    Notes
    -----
    Probability schemes only. Each cell is computed on its own, so a cell may show an interval that another
    cell of the same class would narrow (``AC_wk <= AC_st <= AC_ex``); the separation report propagates
    such bounds, the table keeps every cell self-contained for the verifier.
    """
    if isinstance(groups, (str, bytes)) or not isinstance(groups, Sequence):
        raise InvalidArgumentError(f"groups must be a list of SmallGroups ids (order, id), got {groups!r}")
    eps_values = [check_exact_number(e, f"eps_values[{i}]", positive=True) for i, e in enumerate(eps_values)]
    max_degree = check_int(max_degree, "max_degree", min_value=0)
    start = time.perf_counter()
    rows = []
    partial = max(get_limits().max_partial_supports, TABLE_PARTIAL_SUPPORTS)
    for n, i in groups:
        with limits(max_partial_supports=partial):  # a size beyond the budget is walked in part (support_search)
            row = _group_row(int(n), int(i), eps_values, max_degree)
        rows.append(row)
        if progress is not None:
            decided = sum(c["decided"] for cls in row["classes"] for c in cls["cells"])
            total = sum(len(cls["cells"]) for cls in row["classes"])
            progress(f"{row['group']} {row['structure']}: {decided}/{total} decided, {row['seconds']:.1f} s")
    return {"eps": [str(e) for e in eps_values], "max_degree": max_degree, "groups": rows,
            "seconds": round(time.perf_counter() - start, 3)}


def _group_row(n: int, i: int, eps_values: list[Fraction], max_degree: int) -> dict[str, Any]:
    start = time.perf_counter()
    G, record = small_group(n, i), small_group_record(n, i)
    classes = []
    pool: dict[int, tuple[int, DualCertificate]] = {}  # classes with the same Irr(F) share their certificates
    for name, F in _classes(G, max_degree):
        cells = [_cell(F, "exact", None, pool)]
        cells += [_cell(F, kind, eps, pool) for eps in eps_values for kind in ("weak", "strong")]
        classes.append({"class": name, "dim": F.dimension, "irreducibles": list(F.irreducibles()), "cells": cells})
    certificates = [c.as_data() for _, c in sorted(pool.values(), key=lambda ic: ic[0])]
    return {"group": record.spec, "id": [n, i], "structure": record.name, "order": G.order, "degree": G.degree,
            "classes": classes, "certificates": certificates, "seconds": round(time.perf_counter() - start, 3)}


def verify_table(table: dict[str, Any], *, progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Re-check every cell of a :func:`complexity_table` from its witness and certificates alone.

    Returns
    -------
    dict
        ``"cells"``, ``"verified"`` (both sides proven), ``"failed"`` (a claimed proof that does not hold),
        ``"open"`` (cells whose claims are not both proofs: estimates, nothing to check), ``"decided"``,
        ``"failures"`` (one line each) and ``"seconds"``.

    Raises
    ------
    SymproofError
        If the table is not of the shape :func:`complexity_table` writes.
    """
    if not isinstance(table, dict) or "groups" not in table:
        raise InvalidValueError("not a complexity table: expected a JSON object with 'groups' (symproof table --out)")
    start = time.perf_counter()
    counts = {"cells": 0, "verified": 0, "failed": 0, "open": 0, "decided": 0}
    failures: list[str] = []
    for row in table["groups"]:
        if not isinstance(row, dict) or "id" not in row or "classes" not in row:
            raise InvalidValueError(f"not a row of a complexity table: {str(row)[:80]}")
        G = small_group(*row["id"])
        classes = dict(_classes(G, int(table.get("max_degree", 3))))
        pool = row.get("certificates", [])
        for cls in row["classes"]:
            F = classes.get(cls["class"])
            if F is None:
                raise InvalidValueError(f"{row['group']}: unknown class {cls['class']!r}")
            for cell in cls["cells"]:
                _verify_cell(G, F, row["group"], cls["class"], cell, pool, counts, failures)
        if progress is not None:
            progress(f"{row['group']}: checked")
    return {**counts, "failures": failures, "seconds": round(time.perf_counter() - start, 3)}


def _verify_cell(G: FiniteGroup, F: FunctionClass, group: str, name: str, cell: dict[str, Any], pool: list,
                 counts: dict[str, int], failures: list[str]) -> None:
    counts["cells"] += 1
    counts["decided"] += bool(cell["decided"])
    proven = "estimate" not in (cell["lower_provenance"], cell["upper_provenance"])
    if not proven:
        counts["open"] += 1
        return
    label = f"{group} {name} {cell['kind']}{'' if cell['eps'] is None else '(' + cell['eps'] + ')'}"
    weights = cell["witness"]["weights"]
    if weights is None:
        counts["failed"] += 1
        failures.append(f"{label}: the witness has irrational weights, which the table does not store")
        return
    try:
        witness = AveragingScheme.from_weights(G, {int(g): Fraction(w) for g, w in zip(cell["witness"]["support"],
                                                                                        weights)})
        certificates = [DualCertificate.from_data(pool[int(i)]) for i in cell["certificates"]]
        eps = None if cell["eps"] is None else Fraction(cell["eps"])
        v = verify_complexity(F, cell["kind"], eps, int(cell["lower"]), int(cell["upper"]), witness, certificates)
    except (SymproofError, KeyError, TypeError, ValueError, IndexError) as err:  # malformed or foreign evidence
        counts["failed"] += 1
        failures.append(f"{label}: the evidence does not parse or does not fit the class ({err})")
        return
    if v.ok:
        counts["verified"] += 1
    else:
        counts["failed"] += 1
        failures.append(f"{label} [{cell['lower']}, {cell['upper']}]: "
                        + "; ".join(reason for ok, reason in ((v.lower, v.lower_reason), (v.upper, v.upper_reason))
                                    if not ok))


def _interval(cell: dict[str, Any]) -> str:
    mark = "" if "estimate" not in (cell["lower_provenance"], cell["upper_provenance"]) else "*"
    value = str(cell["lower"]) if cell["decided"] else f"[{cell['lower']},{cell['upper']}]"
    return value + mark


def format_table(table: dict[str, Any]) -> str:
    """The table as text: one line per group and class, ``AC_ex`` then ``AC_wk``/``AC_st`` per ``eps``.

    >>> print(format_table(complexity_table([(4, 2)], eps_values=("1/2",), max_degree=1)).splitlines()[0])
    group            structure        class    AC_ex  AC_wk(1/2)  AC_st(1/2)
    """
    head = ["group", "structure", "class", "AC_ex", *(f"AC_{k}({e})" for e in table["eps"] for k in ("wk", "st"))]
    body = [[row["group"], row["structure"], cls["class"], *(_interval(c) for c in cls["cells"])]
            for row in table["groups"] for cls in row["classes"]]
    widths = [max(len(str(r[j])) for r in [head, *body]) for j in range(len(head))]
    lines = ["  ".join(str(x).ljust(w) for x, w in zip(r, widths)).rstrip() for r in [head, *body]]
    cells = [c for row in table["groups"] for cls in row["classes"] for c in cls["cells"]]
    decided = sum(c["decided"] for c in cells)
    lines += ["", f"{decided} of {len(cells)} cells decided ({100 * decided / max(len(cells), 1):.1f}%), "
                  f"{len(table['groups'])} groups, {table['seconds']:.1f} s. a: decided (both sides proofs); [a,b]: "
                  "an interval; *: a side is an estimate. Probability schemes; each cell on its own evidence."]
    return "\n".join(lines)


def format_verification(result: dict[str, Any]) -> str:
    """What :func:`verify_table` found, as text (the failures listed)."""
    lines = [f"{result['verified']} of {result['cells']} cells verified, {result['failed']} failed, "
             f"{result['open']} with an estimate (nothing to prove); {result['decided']} decided; "
             f"{result['seconds']:.1f} s"]
    lines += [f"  FAILED {line}" for line in result["failures"]]
    return "\n".join(lines)
