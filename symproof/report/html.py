"""The separation report (or main job) as HTML, and :class:`Report`, the dict that shows itself in a notebook.

>>> r = Report({"scaling_eps": "1/4", "scaling": []})
>>> r._repr_html_().startswith("<div")
True
"""

from __future__ import annotations

from html import escape
from typing import Any

from symproof.report.markdown import to_markdown
from symproof.report.terminal import FAMILY_COLUMNS, LEGEND, family_rows, report_rows

__all__ = ["Report", "to_html"]


def _table(head: list[str], body: list[list[str]]) -> str:
    header = "".join(f"<th>{escape(h)}</th>" for h in head)
    rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in body)
    return f"<table><thead><tr>{header}</tr></thead><tbody>{rows}</tbody></table>"


def to_html(report: dict[str, Any]) -> str:
    """The family table and/or the one-group table as an HTML fragment (a ``div``), with the marks explained.

    Parameters
    ----------
    report : dict
        What :func:`~symproof.report.separation.separation_job` or
        :func:`~symproof.report.separation.separation_report` returns.

    Returns
    -------
    str
        ``<div>`` holding a heading and a ``<table>`` per table, then the legend of the marks.

    Examples
    --------
    >>> import symproof as sp
    >>> "<table>" in to_html(sp.separation_report("C2", eps_values=("1/2",)))
    True
    """
    parts = []
    if "scaling" in report:
        parts.append(f"<h4>Exact vs approximate symmetry as |G| grows: L^2(G), eps = "
                     f"{escape(str(report.get('scaling_eps', '1/4')))}</h4>" + _table(*family_rows(report)))
        parts.append("<ul>" + "".join(f"<li><b>{escape(s)}</b>: {escape(t)}</li>" for s, t in FAMILY_COLUMNS) + "</ul>")
    if "rows" in report:
        parts.append(f"<h4>{escape(report['group'])} (|G| = {report['order']}) acting on "
                     f"R^{report['action_dimension']}, K* = {report['k_star']}</h4>" + _table(*report_rows(report)))
    return "<div>" + "".join(parts) + f"<p>{escape(LEGEND)}</p></div>"


class Report(dict):
    """A report: a plain ``dict`` (JSON-ready, as documented by its producer) that renders itself in Jupyter.

    Examples
    --------
    >>> import json
    >>> json.dumps(Report({"order": 6}))
    '{"order": 6}'
    """

    def _repr_html_(self) -> str:
        """The tables as HTML (Jupyter's rich display)."""
        return to_html(self)

    def _repr_markdown_(self) -> str:
        """The tables as Markdown."""
        return to_markdown(self)
