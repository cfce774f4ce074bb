"""The report's formats: LaTeX (snapshot and a structural parse), Markdown, PNG plots, JSON Schema."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

import symproof as sp
from symproof.report.json import report_schema, to_json
from symproof.report.latex import to_latex
from symproof.report.markdown import to_markdown
from symproof.report.plot import plot_report
from symproof.report.separation import separation_job

C2_LATEX = (
    '\\begin{tabular}{lrrrrrrr}\n'
    '\\hline\n'
    'class & $\\dim F$ & $D$ & $d_\\pi$, $\\pi\\in\\mathrm{Irr}(F)$ & $\\mathrm{AC}_{\\mathrm{ex}}$ & $\\mathrm{AC}_{\\mathrm{wk}}(1/2)$ & $\\mathrm{AC}_{\\mathrm{st}}(1/2)$ & bound($1/2$) \\\\\n'
    '\\hline\n'
    '$\\mathrm{poly}_{\\le 0}$ & $1$ & $0$ & $-$ & $1$ & $1$ & $1$ & $1$ \\\\\n'
    '$\\mathrm{poly}_{\\le 1}$ & $3$ & $1$ & $1$ & $2$ & $2$ & $2$ & $4$ \\\\\n'
    '$\\mathrm{poly}_{\\le 2}$ & $6$ & $1$ & $1$ & $2$ & $2$ & $2$ & $4$ \\\\\n'
    '$L^2(G)$ & $2$ & $1$ & $1$ & $2$ & $2$ & $2$ & $4$ \\\\\n'
    '\\hline\n'
    '\\end{tabular}\n'
    '\\par\\smallskip{\\footnotesize C2 ($|G| = 2$) on $\\mathbf{R}^{2}$, $K^* = 1$. Unmarked: exact; $^{\\dagger}$: certified (a rigorous enclosure); $^{*}$: estimate (no proof). $[a,b]$: proven or estimated lower bound $a$, upper bound $b$.}'
)

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def small_job():
    return {**separation_job(["C2", "S3"]), **separation_report_c2()}


def separation_report_c2():
    return sp.separation_report("C2", eps_values=("1/2",))


def _parse_tabulars(text):
    """Each ``tabular``: its column spec and rows split at ``&``; checks braces, math shifts and environments."""
    assert text.count("{") == text.count("}")
    assert len(re.findall(r"(?<!\\)\$", text)) % 2 == 0
    assert text.count("\\begin{") == text.count("\\end{")
    tables = []
    for spec, body in re.findall(r"\\begin\{tabular\}\{([lrc]+)\}(.*?)\\end\{tabular\}", text, re.S):
        rows = [r.strip() for r in body.replace("\\hline", "").split("\\\\") if r.strip()]
        for row in rows:
            assert row.count("&") == len(spec) - 1, row
            for cell in row.split("&"):
                assert len(re.findall(r"(?<!\\)\$", cell)) % 2 == 0, cell  # math closed within the cell
        tables.append((spec, rows))
    return tables


def test_latex_snapshot():
    assert to_latex(separation_report_c2()) == C2_LATEX


def test_latex_parses_and_marks_provenance(small_job):
    tables = _parse_tabulars(to_latex(small_job))
    assert len(tables) == 2  # the family table, then the one-group table
    family = tables[0][1]
    assert len(family) == 3 and family[2].startswith("S3 & $6$")
    text = to_latex(sp.separation_report("S3", eps_values=("1/2",)))
    _parse_tabulars(text)
    assert "^{\\dagger}" in text and "^{*}" in text  # S3 has certified and estimated sides
    assert "[" not in text.replace("$[", "").replace("[a,b]", "")  # intervals are typeset in math mode


def test_markdown_tables_are_rectangular(small_job):
    text = to_markdown(small_job)
    tables = [block for block in text.split("\n\n") if block.startswith("|")]
    assert len(tables) == 2
    for block in tables:
        widths = {len(re.findall(r"(?<!\\)\|", line)) for line in block.splitlines()}
        assert len(widths) == 1
    assert "| S3 | 6 |" in text and "AC_ex" in text


def test_plot_writes_png(tmp_path, small_job):
    for name, job in [("both.png", small_job), ("family.png", {"scaling": small_job["scaling"]}),
                      ("one.png", separation_report_c2())]:
        path = plot_report(job, tmp_path / name)
        data = open(path, "rb").read()
        assert data[:8] == PNG and len(data) > 5000


def test_plot_rejects_bad_arguments(tmp_path):
    with pytest.raises(sp.InvalidArgumentError):
        plot_report(separation_report_c2(), tmp_path / "x.pdf")
    with pytest.raises(sp.InvalidArgumentError):
        plot_report({}, tmp_path / "x.png")
    with pytest.raises(sp.InvalidArgumentError):
        plot_report({"scaling": []}, tmp_path / "x.png")


def _validate(data):
    jsonschema.validate(json.loads(to_json(data)), report_schema(), cls=jsonschema.Draft202012Validator)


def test_schema_is_a_valid_schema():
    jsonschema.Draft202012Validator.check_schema(report_schema())


def test_reports_validate(small_job):
    _validate(small_job)
    _validate(separation_job(["S3", "C2^2"]))
    _validate(sp.separation_report("D4", eps_values=("1/2", "1/4")))


def test_schema_rejects_broken_reports(small_job):
    data = json.loads(to_json(small_job))
    broken = [("rows", 0, "cells", 0, "lower_provenance", "proved"), ("scaling", 0, "ac_weak", "lower", -1),
              ("scaling", 0, "ac_exact", "decided", "yes")]
    for *path, value in broken:
        bad = json.loads(json.dumps(data))
        target = bad
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, report_schema(), cls=jsonschema.Draft202012Validator)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"group": "S3"}, report_schema(), cls=jsonschema.Draft202012Validator)


def test_reports_show_themselves_in_notebooks(small_job):
    from xml.etree import ElementTree

    report = sp.separation_report("C2", eps_values=("1/2",))
    assert isinstance(report, dict) and json.loads(json.dumps(report))["order"] == 2
    html = report._repr_html_()
    root = ElementTree.fromstring(html)  # well-formed
    cells = [td.text for td in root.iter("td")]
    assert cells[:5] == ["poly<=0", "1", "0", "-", "1"]
    assert "| poly<=1 |" in report._repr_markdown_()
    job = separation_job(["C2", "C3"])
    assert [td.text for td in ElementTree.fromstring(job._repr_html_()).iter("td")][:2] == ["C2", "2"]
