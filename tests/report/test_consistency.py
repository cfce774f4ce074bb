"""The separation table never contradicts itself (MATH.md section 3), follows the JSON contract and defines its symbols.

One short report per group (polynomials of degree <= 2 and L^2(G), two tolerances), shared by the tests.
"""

from __future__ import annotations

import json
from fractions import Fraction

import pytest

import symproof as sp
from symproof.report.json import to_json
from symproof.report.separation import separation_report
from symproof.report.terminal import format_report

EPS = (Fraction(1, 2), Fraction(1, 4))
CELL_KEYS = {"kind", "eps", "signed", "lower", "upper", "lower_provenance", "upper_provenance", "lower_method",
             "upper_method", "decided"}
PROVENANCES = {"exact", "certified", "estimate"}


@pytest.fixture(scope="module", params=["S4", "B3"])
def report(request):
    return json.loads(to_json(separation_report(sp.group(request.param), eps_values=EPS, max_degree=2)))


def _cells(row):
    return {(c["kind"], None if c["eps"] is None else Fraction(c["eps"])): c for c in row["cells"]}


def _at_most(cells):
    """Pairs (x, y) of cells with AC_x <= AC_y proven (MATH.md section 3), for the tolerances of the report."""
    exact = cells[("exact", None)]
    for e in EPS:
        yield cells[("weak", e)], cells[("strong", e)]
        yield cells[("strong", e)], exact
        if e / 2 in EPS:
            yield cells[("strong", e)], cells[("weak", e / 2)]
        for larger in EPS:
            if larger > e:
                for kind in ("weak", "strong"):
                    yield cells[(kind, larger)], cells[(kind, e)]


def test_no_cell_contradicts_another(report):
    for row in report["rows"]:
        cells = _cells(row)
        for c in row["cells"]:
            assert c["lower"] <= c["upper"], (row["class"], c)
        for x, y in _at_most(cells):
            # after propagation AC_x <= AC_y holds side by side, not only as intervals that meet
            assert x["upper"] <= y["upper"] and x["lower"] <= y["lower"], (row["class"], x, y)
            assert x["lower"] <= y["upper"]


def test_the_reported_contradictions_are_gone(report):
    rows = {row["class"]: _cells(row) for row in report["rows"]}
    linear = rows["poly<=1"]
    exact = linear[("exact", None)]
    assert exact["decided"]
    for e in EPS:
        assert linear[("strong", e)]["upper"] <= exact["upper"]  # S4: 4 (was [2,10]); B3: 2 (was [2,11])
    if report["group"] == "B3":
        assert all(c["upper"] == 2 and c["decided"] for key, c in linear.items() if key[0] != "exact")


def test_propagated_and_plancherel_bounds_say_where_they_come_from(report):
    methods = [c[side] for row in report["rows"] for c in row["cells"] for side in ("lower_method", "upper_method")]
    assert any(m.startswith("propagated: ") for m in methods) or all(c["decided"] for row in report["rows"]
                                                                     for c in row["cells"])
    regular = _cells(report["rows"][-1])
    assert report["rows"][-1]["class"] == "L^2(G)"
    weak = regular[("weak", Fraction(1, 4))]  # ceil(|G| / (1 + (|G| - 1)/4)) = 4 for |G| = 24 and 48
    assert weak["lower"] >= 4
    if report["group"] == "B3":  # supports too many for the certified search: the Plancherel bound stands
        assert any("Plancherel" in c["lower_method"] for row in report["rows"] for c in row["cells"])
    else:  # S4: every cell decided, both sides proofs (the certified search and the exact enumeration)
        assert all(c["decided"] for row in report["rows"] for c in row["cells"])


def test_json_contract(report):
    assert report["eps"] == [0.5, 0.25] and report["eps_exact"] == ["1/2", "1/4"]
    for row in report["rows"]:
        assert {"class", "dim", "irreducibles", "cells"} <= set(row)
        assert [(c["kind"], c["eps"]) for c in row["cells"]] == [("exact", None), ("weak", 0.5), ("strong", 0.5),
                                                                 ("weak", 0.25), ("strong", 0.25)]
        for c in row["cells"]:
            assert set(c) == CELL_KEYS, c
            assert c["kind"] in ("exact", "weak", "strong") and c["signed"] is False
            assert type(c["lower"]) is int and type(c["upper"]) is int
            assert c["lower_provenance"] in PROVENANCES and c["upper_provenance"] in PROVENANCES
            assert isinstance(c["lower_method"], str) and isinstance(c["upper_method"], str)
            assert c["decided"] == (c["lower"] == c["upper"] and "estimate" not in
                                    (c["lower_provenance"], c["upper_provenance"]))
    for candidate in report["k_star_candidates"]:
        assert set(candidate) == {"formula", "value", "holds", "status", "source"}
        assert candidate["status"] == "conjecture" and candidate["source"]


def test_terminal_legend_defines_every_symbol(report):
    text = format_report(report)
    table, legend = text.split("\nLegend:\n")
    defined = {line.split("  ")[1] for line in legend.splitlines() if line.startswith("  ") and line[2] != " "}
    for symbol in ("class", "dim F", "D", "Irr(F) dims", "AC_ex", "AC_wk(e)", "AC_st(e)", "bound(e)", "K*",
                   "M_lambda", "|G|", "rho", "[a,b]"):
        assert any(symbol in d for d in defined), (symbol, defined)
    assert "+ = certified" in legend and "* = estimate" in legend and "D2 = sum of d_pi^2" in legend
    assert "the paper's bound on K as a summary of the paper reports it" in " ".join(legend.split())
    assert "AC_wk(1/2)" in table and "AC_st(1/4)" in table
    conjectures = [line for line in legend.splitlines() if line.startswith("K* <= ")]
    assert len(conjectures) == 2 and all("conjecture" in line for line in conjectures)


def test_eps_given_as_strings_or_dyadic_floats_are_exact_and_others_refused():
    report = separation_report("C2", eps_values=("1/3", 0.5), max_degree=1)
    assert report["eps_exact"] == ["1/3", "1/2"] and report["eps"] == [1 / 3, 0.5]
    with pytest.raises(sp.InvalidArgumentError, match=r"Fraction\(1, 10\)"):
        separation_report("C2", eps_values=(0.1,))
    with pytest.raises(sp.InvalidValueError, match="max_degree"):
        separation_report("C2", max_degree=-1)
