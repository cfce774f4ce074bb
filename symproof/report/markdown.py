"""The separation report (or main job) as Markdown pipe tables with their legends.

>>> print(to_markdown({"scaling_eps": "1/4", "scaling": []}).splitlines()[2])
| G | \\|G\\| | ln\\|G\\| | AC_ex | AC_wk(1/4) >= | AC_wk(1/4) <= | w | bound(1/4) |
"""

from __future__ import annotations

from typing import Any

from symproof.report.terminal import COLUMNS, FAMILY_COLUMNS, K_STAR, LEGEND, M_LAMBDA, NOTES, family_rows, report_rows

__all__ = ["to_markdown"]


def _escape(text: str) -> str:
    return text.replace("|", "\\|")


def _pipe_table(head: list[str], body: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(map(_escape, head)) + " |", "|" + "|".join([":--", *["--:"] * (len(head) - 1)]) + "|"]
    return lines + ["| " + " | ".join(map(_escape, row)) + " |" for row in body]


def _legend(pairs: list[tuple[str, str]]) -> list[str]:
    return [f"* **{_escape(symbol)}**: {_escape(text)}" for symbol, text in pairs]


def to_markdown(report: dict[str, Any]) -> str:
    """The family table and/or the one-group table as Markdown, each with a title and its legend.

    Parameters
    ----------
    report : dict
        What :func:`~symproof.report.separation.separation_job` or
        :func:`~symproof.report.separation.separation_report` returns.

    Returns
    -------
    str
        Markdown: a heading, a pipe table and a bulleted legend per table.

    Examples
    --------
    >>> import symproof as sp
    >>> text = to_markdown(sp.separation_report("C2", eps_values=("1/2",)))
    >>> text.splitlines()[0]
    '### C2 (\\\\|G\\\\| = 2) acting on R^2, K* = 1'
    """
    parts = []
    if "scaling" in report:
        lines = [f"### Exact vs approximate symmetry as \\|G\\| grows: L^2(G), eps = {report.get('scaling_eps', '1/4')}",
                 "", *_pipe_table(*family_rows(report)), "", *_legend(FAMILY_COLUMNS), "", LEGEND]
        parts.append("\n".join(lines))
    if "rows" in report:
        lines = [f"### {report['group']} (\\|G\\| = {report['order']}) acting on R^{report['action_dimension']}, "
                 f"K* = {report['k_star']}", "", *_pipe_table(*report_rows(report)), "",
                 *_legend([*COLUMNS, K_STAR, M_LAMBDA]), "", LEGEND, " ".join(NOTES)]
        parts.append("\n".join(lines))
    return "\n\n".join(parts)
