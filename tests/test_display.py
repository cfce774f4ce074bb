"""Notebook display: ``_repr_latex_`` / ``_repr_html_`` (and ``CharacterTable.to_latex``) show the mathematics.

Every LaTeX output is balanced (braces, environments, math delimiters), every HTML output parses
as XML, and each shows values known independently of the code that renders them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from fractions import Fraction

import pytest
import sympy

import symproof as sp
from symproof._display import html_table, latex_array, latex_text, power_series, rational_function
from symproof.averaging.complexity import ComplexityResult
from symproof.averaging.symmetry_errors import ErrorValue
from symproof.checking.checker import CheckReport
from symproof.exact.provenance import Bound, Provenance
from tests.latex_checks import S3_TO_LATEX, assert_balanced_latex


def assert_mathjax(text: str) -> None:
    """Notebook LaTeX: balanced, in math delimiters, and no text-mode environment MathJax does not know."""
    assert_balanced_latex(text)
    assert text.startswith("$") and text.endswith("$")
    assert "tabular" not in text


def parse_html(text: str) -> ET.Element:
    assert isinstance(text, str) and text
    return ET.fromstring(f"<div>{text}</div>")


def cells(root: ET.Element, tag: str = "td") -> list[str]:
    return ["".join(c.itertext()) for c in root.iter(tag)]


def body_rows(root: ET.Element) -> list[list[str]]:
    return [["".join(c.itertext()) for c in tr] for body in root.iter("tbody") for tr in body]


# -- character tables and class functions ---------------------------------------------------


@pytest.fixture(scope="module")
def s3_table():
    return sp.character_table(sp.group("S3"))


def test_s3_to_latex_snapshot(s3_table):
    assert s3_table.to_latex() == S3_TO_LATEX


def test_s3_table_latex_shows_degrees_and_values(s3_table):
    for text in (s3_table.to_latex(), s3_table._repr_latex_()):
        assert_balanced_latex(text)
        assert r"\hline" in text
    latex = s3_table._repr_latex_()
    assert_mathjax(latex)
    assert latex.startswith(r"$$\begin{array}{l|rrr}")
    rows = [line.rstrip(" \\").split(" & ") for line in latex.splitlines() if line.startswith(r"\chi_")]
    assert [r[1] for r in rows] == ["1", "1", "2"]  # the degrees of S3
    assert "-1" in {x for r in rows for x in r[1:]}


def test_s3_table_html(s3_table):
    root = parse_html(s3_table._repr_html_())
    rows = body_rows(root)
    assert [r[0] for r in rows] == ["χ0", "χ1", "χ2"]
    assert [r[1] for r in rows] == ["1", "1", "2"]
    assert "-1" in cells(root)
    assert "S3" in "".join(root.find("table/caption").itertext())
    sizes = next(r for r in cells_rows(root, "thead") if r[0] == "|C|")
    assert sorted(int(x) for x in sizes[1:]) == [1, 2, 3]


def cells_rows(root: ET.Element, section: str) -> list[list[str]]:
    return [["".join(c.itertext()) for c in tr] for part in root.iter(section) for tr in part]


def test_c3_table_shows_a_primitive_cube_root_of_unity():
    T = sp.character_table(sp.group("C3"))
    latex = T._repr_latex_()
    assert_mathjax(latex)
    assert r"\sqrt{3}" in latex and " i" in latex
    assert_balanced_latex(T.to_latex())
    values = [sympy.sympify(x) for x in cells(parse_html(T._repr_html_()))]
    assert any(sympy.simplify(z**3 - 1) == 0 and sympy.simplify(z - 1) != 0 for z in values)


def test_class_function_display():
    G = sp.group("S3")
    chi = sp.ClassFunction.from_integers(G, [3, 1, 0])  # the permutation character of S3 on 3 points
    latex = chi._repr_latex_()
    assert_mathjax(latex)
    assert r"\chi & 3 & 1 & 0" in latex
    root = parse_html(chi._repr_html_())
    assert body_rows(root) == [["χ", "3", "1", "0"]]
    half = sp.ClassFunction.from_integers(G, [Fraction(1, 3), 0, -1])
    assert r"\frac{1}{3}" in half._repr_latex_() and "1/3" in half._repr_html_()


def test_large_representatives_are_named_by_index():
    T = sp.character_table(sp.group("C12"))
    head = T[0]._class_header()
    assert head[0][1] == "()" and len(head[0]) == 13
    assert all(len(x) <= 24 for x in head[0])
    assert_balanced_latex(T.to_latex())


# -- Molien series ------------------------------------------------------------------------


def normalised(text: str) -> str:
    return re.sub(r"[\s{}]", "", text)


def test_molien_series_of_s3_on_r3():
    M = sp.molien_series(sp.natural_action(sp.group("S3")))
    latex = M._repr_latex_()
    assert_mathjax(latex)
    assert r"\frac{1}{" in latex
    series = normalised(latex).split("=")[-1]
    assert series.startswith("1+t+2t^2+3t^3+4t^4")  # partitions into parts of size <= 3
    root = parse_html(M._repr_html_())
    text = "".join(root.itertext())
    assert "= 1 + t + 2 t2 + 3 t3" in text
    assert "S3" in text


def test_molien_series_of_a_virtual_character_and_the_sign():
    G = sp.group("S3")
    T = sp.character_table(G)
    M = sp.molien_series(sp.natural_action(G), 1)  # the sign: the Vandermonde has degree 3
    assert normalised(M._repr_latex_()).split("=")[-1].startswith("t^3+t^4+2t^5")
    V = sp.molien_series(sp.natural_action(G), T[1] - T[0])
    assert "-1 - t - 2 t^{2}" in V._repr_latex_()
    assert_mathjax(V._repr_latex_())
    parse_html(V._repr_html_())


def test_rational_function_and_series_helpers():
    t = sympy.Symbol("t")
    assert rational_function(sympy.Poly(t**2, t), sympy.Poly(1, t)) == "t^{2}"
    assert rational_function(sympy.Poly(0, t), sympy.Poly(1 - t, t)) == "0"
    assert rational_function(sympy.Poly(1, t), sympy.Poly(1 - t, t)) == r"\frac{1}{1 - t}"
    assert power_series([0, 0]) == "O(t^{2})"
    with pytest.raises(ValueError):
        rational_function(sympy.Poly(1, t), sympy.Poly(2 - t, t))


# -- complexities and errors ------------------------------------------------------------


def test_decided_complexity():
    r = sp.averaging_complexity(sp.regular_functions(sp.group("C3")), "exact")
    latex = r._repr_latex_()
    assert_mathjax(latex)
    assert r"\mathrm{AC}_{\mathrm{ex}}(F) = 3" in latex and r"\in" not in latex
    root = parse_html(r._repr_html_())
    assert "AC" in "".join(root.find("div/p").itertext()) and "= 3" in "".join(root.find("div/p").itertext())
    rows = {row[0]: row for row in body_rows(root)}
    assert rows["lower"][1:3] == ["3", "exact"] and rows["upper"][1:3] == ["3", "exact"]
    assert rows["lower"][3] == r.lower.method and rows["upper"][3] == r.upper.method


def test_interval_complexity_shows_both_ends_and_provenance():
    G = sp.group("S3")
    witness = sp.AveragingScheme.from_weights(G, {0: Fraction(1, 2), 1: Fraction(1, 2)})
    error = ErrorValue(0.2, 0.19999, 0.20001, Provenance.CERTIFIED, "ball arithmetic")
    r = ComplexityResult("weak", Fraction(1, 4), True, Bound(3, "estimate", "optimised weights"),
                         Bound(6, "certified", "random schemes"), witness, error)
    assert not r.is_decided
    latex = r._repr_latex_()
    assert_mathjax(latex)
    assert r"\mathrm{AC}^{\pm}_{\mathrm{wk}}(F, 1/4) \in [3, 6]" in latex
    assert "estimate" in latex and "certified" in latex
    html = r._repr_html_()
    root = parse_html(html)
    assert "∈ [3, 6]" in "".join(root.itertext())
    rows = {row[0]: row for row in body_rows(root)}
    assert rows["lower"] == ["lower", "3", "estimate", "optimised weights"]
    assert rows["upper"] == ["upper", "6", "certified", "random schemes"]
    assert rows["witness error"][2:] == ["certified", "ball arithmetic"]


def test_complexity_with_an_approximate_kind():
    F = sp.polynomials(sp.natural_action(sp.group("S3")), max_degree=1)
    r = sp.averaging_complexity(F, "weak", Fraction(1, 2))
    assert_mathjax(r._repr_latex_())
    assert r"(F, 1/2)" in r._repr_latex_()
    parse_html(r._repr_html_())


def test_error_value_display():
    e = ErrorValue(1 / 3, 1 / 3 - 1e-9, 1 / 3 + 1e-9, Provenance.CERTIFIED, "pencil enclosure")
    latex = e._repr_latex_()
    assert_mathjax(latex)
    assert r"0.333333 \in [0.333333, 0.333334]" in latex and "certified" in latex  # rounded outward
    rows = dict(body_rows(parse_html(e._repr_html_())))
    assert rows["enclosure"] == "[0.333333, 0.333334]"
    assert rows["provenance"] == "certified" and rows["method"] == "pencil enclosure"
    tiny = ErrorValue(1.5e-12, 1e-12, 2e-12, Provenance.ESTIMATE, "floating point")
    assert r"1.5 \times 10^{-12}" in tiny._repr_latex_()
    G = sp.group("S3")
    exact = sp.weak_error(sp.AveragingScheme.from_weights(G, {0: Fraction(1, 2), 1: Fraction(1, 2)}),
                          sp.polynomials(sp.natural_action(G), max_degree=1))
    assert exact.provenance is Provenance.EXACT
    assert sympy.latex(exact.exact_value) in exact._repr_latex_() and "exact" in exact._repr_latex_()
    assert dict(body_rows(parse_html(exact._repr_html_())))["value"] == str(exact.exact_value)


# -- check reports --------------------------------------------------------------------------


def test_check_report_with_a_counterexample():
    report = sp.check("k-bound-min", max_order=6)
    latex = report._repr_latex_()
    assert_mathjax(latex)
    assert r"K^* \le \min" in latex  # the conjecture's own LaTeX
    assert r"\text{SmallGroup(5,1) (order 5), C5 on R}" in latex
    assert r"\quad \text{K*} & 2" in latex
    root = parse_html(report._repr_html_())
    rows = dict(body_rows(root))
    assert rows["group"] == "SmallGroup(5,1)" and rows["K*"] == "2" and rows["bound"] == "1"
    assert root.find(".//code").text.startswith("import symproof as sp")
    assert "k-bound-min" in "".join(root.itertext())


def test_check_report_without_a_counterexample_and_awkward_text():
    report = CheckReport("my_rule", "a_1 < {b} & 50% #x $y ^z ~w \\q", 5, 12, 1, 7, None, 0.25, 0)
    latex = report._repr_latex_()
    assert_mathjax(latex)
    assert r"\text{none}" in latex and r"\le 5" in latex
    assert r"\text{my}\_\text{rule}" in latex
    root = parse_html(report._repr_html_())
    text = "".join(root.itertext())
    assert "a_1 < {b} & 50% #x $y ^z ~w \\q" in text and "No counterexample" in text


# -- helpers ----------------------------------------------------------------------------------


def test_latex_text_is_balanced_and_escapes():
    text = latex_text("x_{1} & 100% #$^~\\ <|>")
    assert_balanced_latex(text)
    assert "_" not in text.replace(r"\_", "")
    assert "&" not in text.replace(r"\&", "")


def test_html_table_escapes_and_parses():
    html = html_table([["a<b", "c&d"]], [["x", "<script>"]], caption="1 > 0")
    root = parse_html(html)
    assert cells(root, "th") == ["a<b", "c&d", "x"] and cells(root) == ["<script>"]


def test_latex_array_without_head():
    assert latex_array("l", [], [["x"]]) == "\\begin{array}{l}\nx\n\\end{array}"


@pytest.mark.skipif(shutil.which("pdflatex") is None, reason="no LaTeX engine")
def test_to_latex_compiles(tmp_path, s3_table):
    tables = [s3_table.to_latex(), sp.character_table(sp.group("C3")).to_latex()]
    source = "\\documentclass{article}\n\\begin{document}\n" + "\n\n".join(tables) + "\n\\end{document}\n"
    (tmp_path / "t.tex").write_text(source)
    done = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "t.tex"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout[-2000:]
