"""The main job: `symproof separation` through the installed entry point."""

import json
import shutil
import subprocess
import sys


def _run(*args):
    script = shutil.which("symproof")
    cmd = [script, *args] if script else [sys.executable, "-m", "symproof.cli", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600)


def test_default_separation_report_runs_and_json_parses():
    out = _run("separation", "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["group"] == "S4" and report["k_star"] == 6
    rows = {row["class"]: row for row in report["rows"]}
    exact = {name: next(c for c in row["cells"] if c["kind"] == "exact") for name, row in rows.items()}
    assert exact["L^2(G)"]["upper"] == 24 and exact["poly<=6"]["lower"] == 24
    assert exact["poly<=1"]["upper"] < 24


def test_separation_table_for_another_group():
    out = _run("separation", "D4", "--eps", "0.5")
    assert out.returncode == 0, out.stderr
    assert "D4" in out.stdout and "AC_ex" in out.stdout


def test_separation_bad_eps():
    out = _run("separation", "S3", "--eps", "0")
    assert out.returncode == 2 and "positive" in out.stderr


CELL_KEYS = {"kind", "eps", "signed", "lower", "upper", "lower_provenance", "upper_provenance", "lower_method",
             "upper_method", "decided"}
PROVENANCES = {"exact", "certified", "estimate"}


def test_every_cell_follows_the_json_contract():
    from symproof.report.json import to_json
    from symproof.report.separation import separation_report

    report = json.loads(to_json(separation_report("S3", eps_values=(0.5,))))
    assert report["k_star"] == 3 and report["k_star_provenance"] == "exact"
    assert report["k_star_proven_bound"] == {"value": 5, "provenance": "exact", "method": "interpolation on a free orbit"}
    for row in report["rows"]:
        assert {"class", "dim", "irreducibles", "cells"} <= set(row)
        assert [(c["kind"], c["eps"]) for c in row["cells"]] == [("exact", None), ("weak", 0.5), ("strong", 0.5)]
        for cell in row["cells"]:
            assert set(cell) == CELL_KEYS, cell
            assert cell["lower_provenance"] in PROVENANCES and cell["upper_provenance"] in PROVENANCES
            assert type(cell["lower"]) is int and type(cell["upper"]) is int and cell["lower"] <= cell["upper"]
            assert isinstance(cell["signed"], bool) and cell["signed"] is False
            assert isinstance(cell["lower_method"], str) and isinstance(cell["upper_method"], str)
            assert cell["decided"] == (cell["lower"] == cell["upper"] and "estimate" not in
                                       (cell["lower_provenance"], cell["upper_provenance"]))
        assert all(b["provenance"] == "exact" and b["kind"] == "weak" for b in row["bounds"])
    # with the conic solver no lower bound rests on optimised weights: every cell of S3 is decided by proofs
    assert all(c["decided"] and "estimate" not in (c["lower_provenance"], c["upper_provenance"])
               for row in report["rows"] for c in row["cells"])


def test_terminal_table_marks_estimates_and_has_a_legend():
    from symproof.report.separation import separation_report
    from symproof.report.terminal import format_report

    report = separation_report("S3", eps_values=(0.5,))
    text = format_report(report)
    assert "* = estimate" in text and "+ = certified" in text
    lines = {line.split()[0]: line for line in text.splitlines() if line.startswith(("poly", "L^2"))}
    for row in report["rows"]:
        sides = [c[side] for c in row["cells"] for side in ("lower_provenance", "upper_provenance")]
        assert ("*" in lines[row["class"]]) == ("estimate" in sides), lines[row["class"]]
