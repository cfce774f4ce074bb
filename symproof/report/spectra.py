"""A Cayley graph's spectrum, ``lambda_*`` and spectral gap as data (``symproof cayley``), and as text.

>>> import symproof as sp
>>> G, S = sp.group("C4"), [1, 3]                                   # the 4-cycle
>>> s = cayley_summary(G, S, sp.cayley_spectrum(G, S), sp.lambda_star(G, S), sp.spectral_gap(G, S))
>>> [(e["value"], e["multiplicity"]) for e in s["eigenvalues"]], s["spectral_gap"]["value"]
([('1', 1), ('0', 2), ('-1', 1)], '1')
"""

from __future__ import annotations

from typing import Any

from symproof.cayley.fourier_blocks import numeric_value
from symproof.cayley.spectra import CayleySpectrum, SpectralValue, cayley_multiset
from symproof.groups.cayley import is_symmetric_multiset
from symproof.groups.finite_group import FiniteGroup

__all__ = ["cayley_summary", "format_cayley_summary"]

OPERATOR_NAMES = {"walk": "the walk operator A/|S| (E_omega of the uniform scheme on S)",
                  "adjacency": "the adjacency matrix A"}


def _spectral_value(v: SpectralValue) -> dict[str, Any]:
    return {"value": str(v.value), "numeric": float(v), "provenance": v.provenance.value, "method": v.method}


def cayley_summary(G: FiniteGroup, S: Any, spectrum: CayleySpectrum, lambda_star: SpectralValue,
                   spectral_gap: SpectralValue | None) -> dict[str, Any]:
    """The spectrum of ``Cay(G, S)`` with multiplicities, ``lambda_*`` and the spectral gap, as a JSON-ready dict.

    Parameters
    ----------
    G : FiniteGroup
        The group.
    S : iterable
        The multiset of elements (indices or image lists).
    spectrum : CayleySpectrum
        :func:`~symproof.cayley.spectra.cayley_spectrum` of ``(G, S)``.
    lambda_star : SpectralValue
        :func:`~symproof.cayley.spectra.lambda_star` of ``(G, S)``.
    spectral_gap : SpectralValue or None
        :func:`~symproof.cayley.spectra.spectral_gap` of ``(G, S)``; None when ``S`` is not symmetric.

    Returns
    -------
    dict
        ``"group"``, ``"generators"`` (element indices, with repeats), ``"images"`` (their image
        lists), ``"symmetric"`` (``S = S^{-1}``), ``"operator"``, ``"provenance"``, ``"method"``,
        ``"eigenvalues"`` (``{"value": exact text or float, "re", "im", "multiplicity"}``, largest
        first, multiplicities summing to ``|G|``), ``"lambda_star"`` and ``"spectral_gap"``
        (``{"value", "numeric", "provenance", "method"}``, the gap None for non-symmetric ``S``).
    """
    indices = cayley_multiset(G, S)
    eigenvalues = []
    for value, multiplicity in spectrum.multiplicities().items():
        z = numeric_value(value)
        eigenvalues.append({"value": str(value), "re": z.real, "im": z.imag, "multiplicity": multiplicity})
    return {"group": G.name, "generators": indices.tolist(), "images": [list(G.element(int(s))) for s in indices],
            "symmetric": is_symmetric_multiset(G, indices), "operator": spectrum.operator,
            "provenance": spectrum.provenance.value, "method": spectrum.method, "eigenvalues": eigenvalues,
            "lambda_star": _spectral_value(lambda_star),
            "spectral_gap": None if spectral_gap is None else _spectral_value(spectral_gap)}


def _aligned(rows: list[tuple[str, str]]) -> list[str]:
    width = max(len(a) for a, _ in rows)
    return [f"  {a.ljust(width)}  {b}" for a, b in rows]


def format_cayley_summary(s: dict[str, Any]) -> str:
    """The summary of :func:`cayley_summary` as text: the spectrum as a table, then ``lambda_*`` and the gap.

    >>> import symproof as sp
    >>> G, S = sp.group("C4"), [1, 3]
    >>> s = cayley_summary(G, S, sp.cayley_spectrum(G, S), sp.lambda_star(G, S), sp.spectral_gap(G, S))
    >>> print(format_cayley_summary(s).splitlines()[0])
    Cay(C4, S) with S = elements 1, 3 (|S| = 2, symmetric): eigenvalues of the walk operator A/|S| (E_omega of the uniform scheme on S), exact (route: class sums)
    """
    symmetric = "symmetric" if s["symmetric"] else "not symmetric"
    lines = [f"Cay({s['group']}, S) with S = elements {', '.join(map(str, s['generators']))} "
             f"(|S| = {len(s['generators'])}, {symmetric}): eigenvalues of {OPERATOR_NAMES[s['operator']]}, "
             f"{s['provenance']} (route: {s['method']})"]
    lines += _aligned([("eigenvalue", "multiplicity")] + [(e["value"], str(e["multiplicity"])) for e in s["eigenvalues"]])
    star = s["lambda_star"]
    lines.append(f"lambda_* = {star['value']} ({star['provenance']}; {star['method']}): the largest singular value of "
                 "A/|S| once one trivial value 1 is removed; w(uniform on S; L^2(G)) = lambda_*^2")
    gap = s["spectral_gap"]
    if gap is None:
        lines.append("spectral gap: not defined, S is not symmetric (S != S^-1)")
    else:
        lines.append(f"spectral gap 1 - lambda_2 = {gap['value']} ({gap['provenance']}; {gap['method']}): lambda_2 the "
                     "largest eigenvalue of A/|S| once one 1 is removed (0 exactly when Cay(G, S) is disconnected)")
    return "\n".join(lines)

