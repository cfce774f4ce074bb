"""``symproof separation`` as installed: the tables, the formats, the figure, and the JSON Schema."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

from symproof.report.json import report_schema
from tests.cli.running import assert_balanced_latex, assert_png, fails_with_one_line, main_fails_with_one_line, succeeds


def _validate(text: str) -> dict:
    data = json.loads(text)
    jsonschema.validate(data, report_schema(), cls=jsonschema.Draft202012Validator)
    return data


def test_one_group_table_with_its_legend():
    text = succeeds("separation", "C3", "--eps", "1/2", "0.1")
    assert text.startswith("Exact vs approximate symmetry: C3 (|G| = 3) acting on R^2, K* = 1")
    assert "AC_wk(1/2)" in text and "AC_wk(1/10)" in text  # 0.1 read exactly
    assert "Legend:" in text and "+ = certified" in text
    assert "as |G| grows" not in text  # one spec: no family table


def test_family_table_json_validates_against_the_schema():
    data = _validate(succeeds("separation", "--family", "C", "--range", "2..4", "--json"))
    assert [row["group"] for row in data["scaling"]] == ["C2", "C3", "C4"]
    assert [row["ac_exact"]["upper"] for row in data["scaling"]] == [2, 3, 4]  # AC_ex(L^2(C_n)) = n
    assert "rows" not in data and data["scaling_eps"] == "1/4"


def test_one_group_json_validates_against_the_schema():
    data = _validate(succeeds("separation", "S3", "--eps", "1/2", "--json"))
    assert data["group"] == "S3" and data["eps_exact"] == ["1/2"]
    assert [row["cells"][0]["upper"] for row in data["rows"]][-1] == 6  # AC_ex(L^2(S3)) = |S3|


def test_several_specs_give_the_family_table_in_markdown():
    text = succeeds("separation", "C2", "C3", "--markdown")
    assert text.startswith("### Exact vs approximate symmetry as \\|G\\| grows")
    assert "| C2 | 2 |" in text and "| C3 | 3 |" in text


def test_latex_is_balanced_and_the_plot_is_a_png(tmp_path):
    path = tmp_path / "c2.png"
    text = succeeds("separation", "C2", "--eps", "1/2", "--latex", "--plot", str(path))
    assert_balanced_latex(text)
    assert text.count("\\begin{tabular}") == 1 and "$\\mathrm{poly}_{\\le 1}$" in text
    for row in re.findall(r"^(.*?) \\\\$", text, flags=re.M):
        assert row.count("&") == 7  # 8 columns: class, dim F, D, degrees, AC_ex, AC_wk, AC_st, bound
    assert_png(path)


def test_the_default_job_prints_the_family_table_then_s4():
    text = succeeds("separation")
    family, _, one_group = text.partition("\nExact vs approximate symmetry: S4")
    assert family.startswith("Exact vs approximate symmetry as |G| grows")
    assert [line.split()[:2] for line in family.splitlines() if re.match(r"S\d ", line)] == [
        ["S3", "6"], ["S4", "24"], ["S5", "120"], ["S6", "720"], ["S7", "5040"], ["S8", "40320"]]
    assert one_group.startswith(" (|G| = 24) acting on R^4") and "Legend:" in family and "Legend:" in one_group


@pytest.mark.parametrize("args, needle", [
    (("separation", "S-4"), "S-4"),
    (("separation", "C3", "--eps", "1/0"), "--eps takes exact positive numbers"),
    (("separation", "C3", "--eps", "0"), "--eps takes exact positive numbers"),
    (("separation", "C2", "C3", "--eps", "1/2"), "only the family table"),
    (("separation", "C3", "--seed", "1"), "--seed"),
    (("separation", "--family", "X", "--range", "1..3"), "unknown family"),
    (("separation", "--family", "C", "--range", "4..2"), "4..2"),
    (("separation", "--family", "C"), "together"),
    (("separation", "C3", "--plot", "figure.pdf"), ".png"),
    (("separation", "C3", "--plot", "no/such/dir/figure.png"), "does not exist"),
])
def test_a_mistake_is_one_line_on_stderr_and_exit_2(capsys, args, needle):
    assert needle in main_fails_with_one_line(capsys, *args)


def test_the_installed_script_reports_a_bad_tolerance_in_one_line():
    assert "'abc'" in fails_with_one_line("separation", "C3", "--eps", "abc")
