"""The separation report (or main job) as a figure: sizes on log axes, written to a PNG file.

The family panel plots ``|G|`` against ``AC_ex = |G|``, the certified sizes found for ``AC_wk``,
the proven lower bound and the Theorem-15 bound (log-log: the exact side is the diagonal, the
approximate side grows like ``ln|G|``). The one-group panel plots the sizes against the class.
Needs matplotlib (``pip install 'symproof[plot]'``).

>>> import os, tempfile
>>> from symproof.report.family import family_table
>>> path = os.path.join(tempfile.mkdtemp(), "family.png")
>>> plot_report({"scaling_eps": "1/4", "scaling": family_table(["C2", "C3"])}, path) == path
True
"""

from __future__ import annotations

import os
from typing import Any

from symproof.errors import InvalidArgumentError

__all__ = ["plot_report"]


def _pyplot() -> Any:
    try:
        import matplotlib

        matplotlib.use("Agg")  # files only, no display
        import matplotlib.pyplot as plt
    except ImportError as exc:  # pragma: no cover - the optional dependency
        raise ModuleNotFoundError("plots need matplotlib: pip install 'symproof[plot]' (or pip install matplotlib)"
                                  ) from exc
    return plt


def _family_panel(ax: Any, job: dict[str, Any]) -> None:
    rows = job["scaling"]
    order = [r["order"] for r in rows]
    ax.plot(order, [r["ac_exact"]["upper"] for r in rows], "o-", color="C3", label="AC_ex = |G| (proven)")
    ax.plot(order, [r["bound"]["value"] for r in rows], "s--", color="C0", label="Theorem-15 bound on AC_wk")
    ax.plot(order, [r["ac_weak"]["upper"] for r in rows], "^-", color="C2", label="AC_wk <= (certified scheme found)")
    ax.plot(order, [r["ac_weak"]["lower"] for r in rows], "v:", color="C7", label="AC_wk >= (proven)")
    for r in rows:
        ax.annotate(r["group"], (r["order"], r["ac_exact"]["upper"]), textcoords="offset points", xytext=(-4, 6),
                    fontsize=8)
    ax.set(xscale="log", yscale="log", xlabel="|G|", ylabel="number of group elements averaged",
           title=f"L^2(G), eps = {job.get('scaling_eps', '1/4')}")
    ax.legend(fontsize=8)


def _cell(row: dict[str, Any], kind: str, eps: Any = None) -> dict[str, Any]:
    return next(c for c in row["cells"] if c["kind"] == kind and c["eps"] == eps)


def _class_panel(ax: Any, report: dict[str, Any]) -> None:
    rows = report["rows"]
    x = list(range(len(rows)))
    ax.plot(x, [_cell(r, "exact")["upper"] for r in rows], "o-", color="C3", label="AC_ex (upper)")
    ax.plot(x, [_cell(r, "exact")["lower"] for r in rows], "o:", color="C3", alpha=0.5, label="AC_ex (lower)")
    for j, (eps, text) in enumerate(zip(report["eps"], report.get("eps_exact") or report["eps"])):
        ax.plot(x, [_cell(r, "weak", eps)["upper"] for r in rows], "^-", color=f"C{2 + 2 * j}",
                label=f"AC_wk({text}) (upper)")
        ax.plot(x, [next(b for b in r["bounds"] if b["eps"] == eps)["value"] for r in rows], "s--",
                color=f"C{2 + 2 * j}", alpha=0.6, label=f"bound({text})")
    ax.set_xticks(x, [r["class"] for r in rows], rotation=45, ha="right")
    ax.set(yscale="log", ylabel="number of group elements averaged",
           title=f"{report['group']} on R^{report['action_dimension']}, K* = {report['k_star']}")
    ax.legend(fontsize=8)


def plot_report(report: dict[str, Any], path: str | os.PathLike) -> str:
    """Draw the family table and/or the one-group table and save the figure as a PNG.

    Parameters
    ----------
    report : dict
        What :func:`~symproof.report.separation.separation_job` or
        :func:`~symproof.report.separation.separation_report` returns.
    path : str or os.PathLike
        The file to write (PNG).

    Returns
    -------
    str
        ``path``, as a string.

    Raises
    ------
    InvalidArgumentError
        If the report has no table with rows or ``path`` does not end in ``.png``.
    ModuleNotFoundError
        If matplotlib is not installed.

    Examples
    --------
    >>> import os, tempfile, symproof as sp
    >>> path = plot_report(sp.separation_report("C2", eps_values=("1/2",)), os.path.join(tempfile.mkdtemp(), "c2.png"))
    >>> open(path, "rb").read(8) == b"\\x89PNG\\r\\n\\x1a\\n"
    True
    """
    path = os.fspath(path)
    if not isinstance(path, str) or not path.lower().endswith(".png"):
        raise InvalidArgumentError(f"the plot is written as PNG: give a file name ending in .png, got {path!r}")
    panels = [p for p, key in ((_family_panel, "scaling"), (_class_panel, "rows")) if report.get(key)]
    if not panels:
        raise InvalidArgumentError("nothing to plot: the report has neither a family table ('scaling') nor a "
                                   "one-group table ('rows') with rows")
    plt = _pyplot()
    fig, axes = plt.subplots(1, len(panels), figsize=(6.5 * len(panels), 4.8), squeeze=False)
    for panel, ax in zip(panels, axes[0]):
        panel(ax, report)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
