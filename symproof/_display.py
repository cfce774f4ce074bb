r"""Rich display in notebooks: the LaTeX and HTML helpers behind every ``_repr_latex_`` / ``_repr_html_``.

Jupyter shows an object through its ``_repr_latex_`` and ``_repr_html_`` methods. Character
tables, class functions, Molien series, complexities, errors and check reports build theirs
from the helpers here, so escaping, table layout and the rendering of exact numbers live in
one place.

* LaTeX for a notebook is read by MathJax: math mode only (``$$\begin{array}...\end{array}$$``,
  never ``tabular``), and text through :func:`latex_text`, which reads the same in MathJax and
  in LaTeX. :func:`latex_array` writes the ``tabular`` of a paper from the same cells.
* HTML is a well-formed fragment (it parses as XML): text is escaped unless it is :class:`Raw`,
  markup built by :func:`html_element` and :func:`html_table`.

This module sits below every layer: it imports only the standard library and SymPy.

>>> print(latex_array("l|r", [["", "x"]], [[r"\chi", r"\frac{1}{2}"]], environment="tabular"))
\begin{tabular}{l|r}
 & $x$ \\
\hline
$\chi$ & $\frac{1}{2}$
\end{tabular}
>>> html_table([["", "x"]], [["a < b", 1]])
'<table><thead><tr><th></th><th>x</th></tr></thead><tbody><tr><th>a &lt; b</th><td>1</td></tr></tbody></table>'
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from fractions import Fraction
from typing import Any

import sympy

__all__ = [
    "Raw",
    "class_header",
    "cycle_notation",
    "display_math",
    "format_float",
    "html_element",
    "html_escape",
    "html_table",
    "inline_math",
    "latex_array",
    "latex_float",
    "latex_number",
    "latex_text",
    "polynomial",
    "power_series",
    "rational_function",
]


# -- LaTeX ---------------------------------------------------------------------------

_MATH_SPECIALS = {"\\": r"\backslash{}", "{": r"\{", "}": r"\}", "_": r"\_", "&": r"\&", "%": r"\%", "#": r"\#",
                  "$": r"\$", "^": r"\hat{}", "~": r"\sim{}", "<": "<", ">": ">", "|": "|"}


def latex_text(text: object) -> str:
    r"""``text`` for math mode: runs of ordinary characters in ``\text{...}``, special characters as math.

    MathJax reads ``\text{...}`` literally (``\_`` there shows a backslash) and LaTeX refuses
    ``_`` in it, so ``_ & % # $ { } ^ ~ \ < > |`` are written outside, as math symbols.

    >>> latex_text("K_max <= 3")
    '\\text{K}\\_\\text{max }<\\text{= 3}'
    """
    out: list[str] = []
    run: list[str] = []
    for ch in str(text):
        if ch in _MATH_SPECIALS:
            if run:
                out.append(r"\text{" + "".join(run) + "}")
                run = []
            out.append(_MATH_SPECIALS[ch])
        else:
            run.append(ch)
    if run:
        out.append(r"\text{" + "".join(run) + "}")
    return "".join(out)


def latex_number(x: Any, *, inline: bool = False) -> str:
    r"""An exact number (int, ``Fraction``, SymPy expression) in LaTeX; a float through :func:`latex_float`.

    ``inline`` writes fractions as ``a/b`` (for a subscript or a running formula).

    >>> latex_number(Fraction(-1, 2)), latex_number(Fraction(1, 4), inline=True), latex_number(sympy.sqrt(3))
    ('- \\frac{1}{2}', '1/4', '\\sqrt{3}')
    """
    if isinstance(x, float):
        return latex_float(x)
    if isinstance(x, Fraction):
        x = sympy.Rational(x.numerator, x.denominator)
    x = sympy.sympify(x)
    if inline and x.is_Rational and not x.is_Integer:
        return f"{x.p}/{x.q}"
    return str(sympy.latex(x, fold_short_frac=inline))


def format_float(x: float, rounding: str | None = None, digits: int = 6) -> str:
    """``x`` to ``digits`` significant digits (``g`` format); ``rounding="floor"`` or ``"ceiling"`` rounds outward.

    The ends of an enclosure are rounded outward, so the printed interval still contains the value.

    >>> format_float(1 / 3), format_float(1 / 3, "ceiling"), format_float(-1 / 3, "floor")
    ('0.333333', '0.333334', '-0.333334')
    """
    if rounding is None or not math.isfinite(x) or x == 0:
        return f"{x:.{digits}g}"
    exact = Decimal(x)
    step = Decimal(1).scaleb(exact.adjusted() - digits + 1)
    q = exact.quantize(step, rounding=ROUND_FLOOR if rounding == "floor" else ROUND_CEILING)
    return f"{float(q):.{digits}g}"


def latex_float(x: float, rounding: str | None = None) -> str:
    r"""A float in LaTeX (:func:`format_float`): ``1.5 \times 10^{-7}``, ``\infty``.

    >>> latex_float(0.25), latex_float(1.5e-07), latex_float(float("-inf"))
    ('0.25', '1.5 \\times 10^{-7}', '-\\infty')
    """
    if math.isnan(x):
        return r"\mathrm{NaN}"
    if math.isinf(x):
        return r"\infty" if x > 0 else r"-\infty"
    text = format_float(x, rounding)
    mantissa, _, exponent = text.partition("e")
    return mantissa if not exponent else rf"{mantissa} \times 10^{{{int(exponent)}}}"


def latex_array(spec: str, head: Sequence[Sequence[str]], body: Sequence[Sequence[str]], *,
                environment: str = "array") -> str:
    r"""A LaTeX ``array`` (math mode) or ``tabular`` (text mode: non-empty cells in ``$...$``) of math cells.

    ``head`` rows come first, then ``\hline``, then ``body``; cells are math-mode LaTeX.

    >>> print(latex_array("lr", [], [["a", "1"], ["b", "2"]]))
    \begin{array}{lr}
    a & 1 \\
    b & 2
    \end{array}
    """
    def cell(x: str) -> str:
        return f"${x}$" if environment == "tabular" and x else x

    def rows(block: Sequence[Sequence[str]]) -> list[str]:
        return [" & ".join(cell(x) for x in row) for row in block]

    lines = [" \\\\\n".join(rows(head)) + " \\\\\n\\hline"] if head else []
    if body:
        lines.append(" \\\\\n".join(rows(body)))
    return f"\\begin{{{environment}}}{{{spec}}}\n" + "\n".join(lines) + f"\n\\end{{{environment}}}"


def display_math(body: str) -> str:
    """``$$body$$``: display math, as Jupyter and MathJax read it."""
    return f"$${body}$$"


def inline_math(body: str) -> str:
    """``$body$``: inline math."""
    return f"${body}$"


# -- polynomials and series ------------------------------------------------------------

_POWER = {"latex": "{var}^{{{k}}}", "html": "{var}<sup>{k}</sup>"}


def polynomial(coefficients: Sequence[Any], var: str = "t", *, style: str = "latex") -> str:
    """``c_0 + c_1 t + ...`` from the coefficients, lowest degree first (zero terms left out).

    ``style`` is ``"latex"`` (``t^{2}``) or ``"html"`` (``t<sup>2</sup>``).

    >>> polynomial([1, -1, 0, 2]), polynomial([0, 1, 3], style="html")
    ('1 - t + 2 t^{3}', 't + 3 t<sup>2</sup>')
    """
    terms = []
    for k, c in enumerate(coefficients):
        if c == 0:
            continue
        size = latex_number(abs(c)) if style == "latex" else html_escape(abs(c))
        monomial = "" if k == 0 else var if k == 1 else _POWER[style].format(var=var, k=k)
        body = size if k == 0 else monomial if abs(c) == 1 else f"{size} {monomial}"
        terms.append(("-" if c < 0 else "+", body))
    if not terms:
        return "0"
    first = ("-" if terms[0][0] == "-" else "") + terms[0][1]
    return first + "".join(f" {sign} {body}" for sign, body in terms[1:])


def power_series(coefficients: Sequence[Any], var: str = "t", *, style: str = "latex") -> str:
    """The power series ``c_0 + c_1 t + ... + O(t^n)`` truncated after the ``n`` given coefficients.

    >>> power_series([1, 1, 2, 3])
    '1 + t + 2 t^{2} + 3 t^{3} + O(t^{4})'
    """
    order = "O(" + _POWER[style].format(var=var, k=len(coefficients)) + ")"
    head = polynomial(coefficients, var, style=style)
    return order if head == "0" else f"{head} + {order}"


def rational_function(numerator: Any, denominator: Any, var: str = "t", *, style: str = "latex") -> str:
    r"""``N/D`` for integer polynomials (SymPy ``Poly``), ``D`` factored over ``Z`` with factors ``1 + ...``.

    Needs ``D(0) = 1`` (as for Molien series): each factor is written lowest degree first and
    with constant term 1, so ``1/((1-t)(1-t^2))`` reads ``\frac{1}{(1 - t)^{2} (1 + t)}``.

    >>> t = sympy.Symbol("t")
    >>> rational_function(sympy.Poly(1, t), sympy.Poly((1 - t) ** 2 * (1 + t), t))
    '\\frac{1}{(1 - t)^{2} (1 + t)}'
    >>> rational_function(sympy.Poly(1 + t, t), sympy.Poly(1 - t, t), style="html")
    '(1 + t) / (1 - t)'
    """
    top = polynomial(list(reversed(numerator.all_coeffs())), var, style=style)
    content, factors = denominator.factor_list()
    parts = []
    for f, m in sorted(factors, key=lambda fm: (fm[0].degree(), fm[0].all_coeffs())):
        unit = f.eval(0)
        content *= unit ** m
        text = polynomial(list(reversed((f * unit).all_coeffs())), var, style=style)
        parts.append((text, m))
    if content != 1:
        raise ValueError(f"the denominator {denominator} does not have constant term 1")
    if not parts or top == "0":
        return top
    alone = len(parts) == 1 and parts[0][1] == 1
    power = "^{{{}}}" if style == "latex" else "<sup>{}</sup>"
    bottom = " ".join(text if alone else f"({text})" + (power.format(m) if m > 1 else "") for text, m in parts)
    if style == "latex":
        return rf"\frac{{{top}}}{{{bottom}}}"
    return f"{_parenthesised(top)} / {_parenthesised(bottom)}"


def _parenthesised(text: str) -> str:
    return f"({text})" if " " in text else text


# -- groups ----------------------------------------------------------------------------


def cycle_notation(image: Sequence[int]) -> str:
    """A permutation of ``0..n-1`` (its image list) in cycle notation, fixed points left out.

    >>> cycle_notation([1, 2, 0, 4, 3]), cycle_notation([0, 1])
    ('(0,1,2)(3,4)', '()')
    """
    seen: set[int] = set()
    cycles = []
    for start in range(len(image)):
        if start in seen or int(image[start]) == start:
            continue
        cycle, j = [start], int(image[start])
        seen.add(start)
        while j != start:
            cycle.append(j)
            seen.add(j)
            j = int(image[j])
        cycles.append("(" + ",".join(map(str, cycle)) + ")")
    return "".join(cycles) or "()"


def class_header(classes: Sequence[tuple[Sequence[int], int, int, int]], limit: int = 24) -> list[list[str]]:
    """The header rows of a table over conjugacy classes: representative ``g``, size ``|C|``, order ``o(g)``.

    ``classes`` holds ``(image of the representative, its element index, class size, element
    order)``; a representative longer than ``limit`` characters in cycle notation is written
    ``g<index>``. Every cell reads the same as math-mode LaTeX and as plain text.

    >>> class_header([([0, 1, 2], 0, 1, 1), ([1, 2, 0], 3, 2, 3)])
    [['g', '()', '(0,1,2)'], ['|C|', '1', '2'], ['o(g)', '1', '3']]
    """
    def label(image: Sequence[int], index: int) -> str:
        cycles = cycle_notation(image)
        return cycles if len(cycles) <= limit else f"g{index}"

    return [["g", *(label(image, index) for image, index, _, _ in classes)],
            ["|C|", *(str(size) for _, _, size, _ in classes)],
            ["o(g)", *(str(order) for _, _, _, order in classes)]]


# -- HTML ------------------------------------------------------------------------------


class Raw(str):
    """A string that is already HTML: :func:`html_escape` (so every helper here) inserts it unchanged."""

    __slots__ = ()


def html_escape(text: object) -> str:
    """``text`` as HTML text (``&``, ``<``, ``>`` and quotes escaped), unless it is :class:`Raw`.

    >>> html_escape("a < b & c"), html_escape(Raw("<b>x</b>"))
    ('a &lt; b &amp; c', '<b>x</b>')
    """
    return text if isinstance(text, Raw) else html.escape(str(text))


def html_element(tag: str, *content: object, **attributes: str) -> Raw:
    """``<tag ...>content</tag>``: content escaped (unless :class:`Raw`); ``class_="x"`` gives ``class="x"``.

    >>> html_element("p", "1 < 2", html_element("b", "!"), class_="note")
    '<p class="note">1 &lt; 2<b>!</b></p>'
    """
    attrs = "".join(f' {name.rstrip("_")}="{html.escape(value)}"' for name, value in attributes.items())
    return Raw(f"<{tag}{attrs}>" + "".join(html_escape(c) for c in content) + f"</{tag}>")


def html_table(head: Sequence[Sequence[object]], body: Sequence[Sequence[object]], *, caption: object = None,
               row_headers: bool = True) -> Raw:
    """A ``<table>``: ``head`` rows of ``<th>``, then ``body`` rows (first cell a ``<th>`` if ``row_headers``).

    >>> html_table([], [["a", 1]], caption="T", row_headers=False)
    '<table><caption>T</caption><tbody><tr><td>a</td><td>1</td></tr></tbody></table>'
    """
    def row(cells: Sequence[object], header: bool) -> Raw:
        return html_element("tr", *(html_element("th" if header or (row_headers and j == 0) else "td", c)
                                    for j, c in enumerate(cells)))

    parts = [html_element("caption", caption)] if caption is not None else []
    if head:
        parts.append(html_element("thead", *(row(r, True) for r in head)))
    parts.append(html_element("tbody", *(row(r, False) for r in body)))
    return html_element("table", *parts)
