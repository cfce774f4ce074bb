"""The separation report (or main job) as LaTeX ``tabular`` environments, ready for a paper.

Provenance marks become footnote symbols: an exact value is unmarked, a certified one (a rigorous
enclosure) carries a dagger, an estimate an asterisk; a note under each table says so. Needs only
core LaTeX (no packages).

>>> job = {"scaling_eps": "1/4", "scaling": []}
>>> print(to_latex(job).splitlines()[0])
\\begin{tabular}{lrrrrrrr}
"""

from __future__ import annotations

import re
from typing import Any

from symproof.report.terminal import family_rows, report_rows

__all__ = ["LATEX_MARKS", "to_latex"]

LATEX_MARKS = {"exact": "", "certified": "^{\\dagger}", "estimate": "^{*}"}  # in math mode
NOTE = ("Unmarked: exact; $^{\\dagger}$: certified (a rigorous enclosure); $^{*}$: estimate (no proof). "
        "$[a,b]$: proven or estimated lower bound $a$, upper bound $b$.")
_SYMBOLS = [  # (plain-text pattern, LaTeX), applied in order to header and class cells
    (r"^poly<=(\d+)$", r"$\\mathrm{poly}_{\\le \1}$"),
    (r"^L\^2\(G\)$", r"$L^2(G)$"),
    (r"^AC_(ex|wk|st)\((.+?)\) (>=|<=)$", None),
    (r"^AC_(ex|wk|st)(?:\((.+?)\))?$", None),
    (r"^bound\((.+)\)$", r"bound($\1$)"),
    (r"^\|G\|$", r"$|G|$"),
    (r"^ln\|G\|$", r"$\\ln|G|$"),
    (r"^G$", r"$G$"),
    (r"^w$", r"$w$"),
    (r"^D$", r"$D$"),
    (r"^dim F$", r"$\\dim F$"),
    (r"^Irr\(F\) dims$", r"$d_\\pi$, $\\pi\\in\\mathrm{Irr}(F)$"),
]


def _complexity(match: re.Match) -> str:
    kind, eps = match.group(1), match.group(2)
    sign = {">=": " \\ge", "<=": " \\le"}.get(match.group(3) if match.re.groups >= 3 else "", "")
    return f"$\\mathrm{{AC}}_{{\\mathrm{{{kind}}}}}{'' if eps is None else f'({eps})'}{sign}$"


def _symbol(text: str) -> str:
    """A header or class cell in LaTeX; anything else has its special characters escaped."""
    for pattern, latex in _SYMBOLS:
        match = re.match(pattern, text)
        if match:
            return _complexity(match) if latex is None else match.expand(latex)
    return _escape(text)


def _escape(text: str) -> str:
    return re.sub(r"([&%#_{}])", r"\\\1", text).replace("^", "\\^{}")


def _value(text: str) -> str:
    """A value cell (a number, an interval ``[a,b]``, marks already LaTeX) in math mode."""
    return f"${text.replace(',', ', ')}$"


def _tabular(head: list[str], body: list[list[str]], caption: str) -> str:
    columns = "l" + "r" * (len(head) - 1)
    lines = [f"\\begin{{tabular}}{{{columns}}}", "\\hline", " & ".join(_symbol(h) for h in head) + " \\\\", "\\hline"]
    lines += [" & ".join([_symbol(r[0]), *map(_value, r[1:])]) + " \\\\" for r in body]
    lines += ["\\hline", "\\end{tabular}", f"\\par\\smallskip{{\\footnotesize {caption}}}"]
    return "\n".join(lines)


def to_latex(report: dict[str, Any]) -> str:
    """The family table and/or the one-group table as LaTeX ``tabular`` environments.

    Parameters
    ----------
    report : dict
        What :func:`~symproof.report.separation.separation_job` or
        :func:`~symproof.report.separation.separation_report` returns.

    Returns
    -------
    str
        One ``tabular`` per table (family first), separated by a blank line; each ends with a
        note (``\\footnotesize``) explaining the marks.

    Examples
    --------
    >>> import symproof as sp
    >>> text = to_latex(sp.separation_report("C2", eps_values=("1/2",)))
    >>> text.count("\\\\begin{tabular}"), "$\\\\mathrm{poly}_{\\\\le 1}$" in text
    (1, True)
    """
    parts = []
    if "scaling" in report:
        parts.append(_tabular(*family_rows(report, LATEX_MARKS), f"$L^2(G)$, $\\varepsilon = {report.get('scaling_eps', '1/4')}$. {NOTE}"))
    if "rows" in report:
        title = f"{_escape(report['group'])} ($|G| = {report['order']}$) on $\\mathbf{{R}}^{{{report['action_dimension']}}}$"
        parts.append(_tabular(*report_rows(report, LATEX_MARKS), f"{title}, $K^* = {report['k_star']}$. {NOTE}"))
    return "\n\n".join(parts)
