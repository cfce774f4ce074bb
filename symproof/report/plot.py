"""The separation report (or main job) as a figure: sizes on log axes, written to a PNG file.

:func:`plot_report` draws the separation report. The family panel plots ``|G|`` against
``AC_ex = |G|``, the certified sizes found for ``AC_wk``, the proven lower bound and the Theorem-15
bound (log-log: the exact side is the diagonal, the approximate side grows like ``ln|G|``). The
one-group panel plots the sizes against the class.
:func:`plot_spectrum` draws the eigenvalues of a Cayley graph: a histogram for a real spectrum
(symmetric ``S``), the points in the complex plane otherwise. Needs matplotlib (``pip install
'symproof[plot]'``).

>>> import os, tempfile
>>> from symproof.report.family import family_table
>>> path = os.path.join(tempfile.mkdtemp(), "family.png")
>>> plot_report({"scaling_eps": "1/4", "scaling": family_table(["C2", "C3"])}, path) == path
True
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

import numpy as np

from symproof.errors import InvalidArgumentError

if TYPE_CHECKING:  # pragma: no cover
    from symproof.cayley.spectra import CayleySpectrum

__all__ = ["plot_report", "plot_spectrum"]


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
    path = _png_path(path)
    panels = [p for p, key in ((_family_panel, "scaling"), (_class_panel, "rows")) if report.get(key)]
    if not panels:
        raise InvalidArgumentError("nothing to plot: the report has neither a family table ('scaling') nor a "
                                   "one-group table ('rows') with rows")
    plt = _pyplot()
    fig, axes = plt.subplots(1, len(panels), figsize=(6.5 * len(panels), 4.8), squeeze=False)
    for panel, ax in zip(panels, axes[0]):
        panel(ax, report)
    return _save(plt, fig, path)


def _png_path(path: str | os.PathLike) -> str:
    path = os.fspath(path)
    if not isinstance(path, str) or not path.lower().endswith(".png"):
        raise InvalidArgumentError(f"the plot is written as PNG: give a file name ending in .png, got {path!r}")
    return path


def _save(plt: Any, fig: Any, path: str) -> str:
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def plot_spectrum(spectrum: CayleySpectrum, path: str | os.PathLike, *, title: str = "") -> str:
    """Draw the eigenvalues of a Cayley graph (with multiplicity) and save the figure as a PNG.

    A real spectrum (a symmetric ``S``) is drawn as a histogram over ``[-t, t]`` (one bar per
    distinct value, its height the multiplicity, when there are at most ``BARS`` values), ``t`` the
    trivial value (``1`` for the walk operator, ``|S|`` for the adjacency matrix); a complex one
    as points in the complex plane with the circle of radius ``t``.

    Parameters
    ----------
    spectrum : CayleySpectrum
        What :func:`~symproof.cayley.spectra.cayley_spectrum` returns (eigenvalues).
    path : str or os.PathLike
        The file to write (PNG).
    title : str
        The title of the figure (default: the operator).

    Returns
    -------
    str
        ``path``, as a string.

    Raises
    ------
    InvalidArgumentError
        If ``path`` does not end in ``.png``.
    ModuleNotFoundError
        If matplotlib is not installed.

    Examples
    --------
    >>> import os, tempfile, symproof as sp
    >>> G = sp.group("C2^3")
    >>> spectrum = sp.cayley_spectrum(G, G.generator_indices, operator="adjacency")    # the cube: 3, 1, -1, -3
    >>> path = plot_spectrum(spectrum, os.path.join(tempfile.mkdtemp(), "cube.png"))
    >>> open(path, "rb").read(8) == b"\\x89PNG\\r\\n\\x1a\\n"
    True
    """
    path = _png_path(path)
    plt = _pyplot()
    values, t = spectrum.to_numpy(), spectrum.trivial_value
    fig, ax = plt.subplots(figsize=(6.5, 4.8))
    if np.iscomplexobj(values):
        ax.add_patch(plt.Circle((0, 0), t, fill=False, color="C7", linestyle=":"))
        ax.scatter(values.real, values.imag, s=18, color="C0", alpha=0.6)
        ax.set(xlabel="real part", ylabel="imaginary part", aspect="equal", xlim=(-1.1 * t, 1.1 * t),
               ylim=(-1.1 * t, 1.1 * t))
    else:
        _histogram(ax, values, t)
    ax.set_title(title or f"eigenvalues of the {spectrum.operator} operator ({spectrum.provenance.value})",
                 fontsize=10, wrap=True)
    return _save(plt, fig, path)


BARS = 40  # up to this many distinct eigenvalues: one bar per value, its height the multiplicity


def _histogram(ax: Any, values: np.ndarray, t: float) -> None:
    """One bar per distinct value (few values), else a histogram of ``BARS`` bins over ``[-t, t]``."""
    distinct, counts = np.unique(values.round(9), return_counts=True)
    if distinct.size <= BARS:
        gaps = np.diff(distinct)
        width = 0.8 * min(gaps.min() if gaps.size else t, t / 10)
        ax.bar(distinct, counts, width=width, color="C0")
    else:
        ax.hist(values, bins=BARS, range=(-t, t), color="C0")
    ax.set(xlabel="eigenvalue", ylabel="multiplicity", xlim=(-1.1 * t, 1.1 * t))
