"""Averaging complexities and symmetry errors as data (``symproof complexity``, ``symproof errors``), and as text.

Every number says what it is: each side of a complexity and each error carries its provenance
(``exact``, ``certified`` or ``estimate``) and the method behind it.

>>> import symproof as sp
>>> G = sp.group("C5")
>>> r = sp.averaging_complexity(sp.regular_functions(G), "exact")
>>> print(format_complexity_summary(complexity_summary(r, sp.regular_functions(G))).splitlines()[0])
AC_ex(L^2(G)) = 5 for C5: decided (lower = upper, both proven)
"""

from __future__ import annotations

from typing import Any

from symproof.averaging.complexity import ComplexityResult
from symproof.averaging.scheme import AveragingScheme
from symproof.averaging.symmetry_errors import ErrorValue
from symproof.functions.function_class import FunctionClass

__all__ = ["complexity_summary", "error_value_summary", "errors_summary", "format_complexity_summary",
           "format_errors_summary", "scheme_summary"]

SHORT = {"exact": "ex", "weak": "wk", "strong": "st"}


def scheme_summary(omega: AveragingScheme) -> dict[str, Any]:
    """A scheme as data: ``"size"``, ``"support"`` (element indices), ``"weights"`` (exact, as text), ``"probability"``.

    >>> import symproof as sp
    >>> scheme_summary(sp.AveragingScheme.uniform(sp.group("C2")))
    {'size': 2, 'support': [0, 1], 'weights': ['1/2', '1/2'], 'probability': True}
    """
    weights = omega.as_dict()
    return {"size": omega.size, "support": list(weights), "weights": [str(w) for w in weights.values()],
            "probability": omega.is_probability}


def error_value_summary(e: ErrorValue) -> dict[str, Any]:
    """An error as data: ``"value"`` (float), ``"lower"``/``"upper"`` (its enclosure), ``"exact"`` (text or None),
    ``"provenance"`` and ``"method"``.
    """
    exact = e.exact_value
    return {"value": e.value, "lower": e.lower, "upper": e.upper, "exact": None if exact is None else str(exact),
            "provenance": e.provenance.value, "method": e.method}


def complexity_summary(r: ComplexityResult, F: FunctionClass) -> dict[str, Any]:
    """A complexity interval as data: each side with its value, provenance and method, and the witness.

    Parameters
    ----------
    r : ComplexityResult
        What :func:`~symproof.averaging.complexity.averaging_complexity` returns.
    F : FunctionClass
        The class it bounds (for its name and group).

    Returns
    -------
    dict
        ``"group"``, ``"class"``, ``"kind"``, ``"eps"`` (exact, as text, or None), ``"signed"``,
        ``"lower"`` and ``"upper"`` (``{"value", "provenance", "method"}``), ``"decided"``,
        ``"witness"`` (:func:`scheme_summary`) and ``"witness_error"`` (:func:`error_value_summary`
        or None for the exact kind).
    """
    return {"group": F.group.name, "class": F.name, "kind": r.kind, "eps": None if r.eps is None else str(r.eps),
            "signed": r.signed, "lower": r.lower.as_dict(), "upper": r.upper.as_dict(), "decided": r.is_decided,
            "witness": scheme_summary(r.witness),
            "witness_error": None if r.witness_error is None else error_value_summary(r.witness_error)}


def _error_text(e: dict[str, Any]) -> str:
    if e["exact"] is not None:
        return f"{e['exact']} ({e['provenance']}; {e['method']})"
    return f"{e['value']:.6g} in [{e['lower']:.6g}, {e['upper']:.6g}] ({e['provenance']}; {e['method']})"


def _scheme_text(s: dict[str, Any], group: str) -> str:
    kind = "probability scheme" if s["probability"] else "signed scheme"
    pairs = ", ".join(f"{g}: {w}" for g, w in zip(s["support"], s["weights"]))
    return f"{kind} on {group} of size {s['size']}, weights (element: weight) {pairs}"


def format_complexity_summary(s: dict[str, Any]) -> str:
    """The summary of :func:`complexity_summary` as text: the claim, then each side, then the witness."""
    eps = "" if s["eps"] is None else f", {s['eps']}"
    name = f"AC{'^+-' if s['signed'] else ''}_{SHORT[s['kind']]}({s['class']}{eps})"
    lower, upper = s["lower"], s["upper"]
    if s["decided"]:
        claim = f"{name} = {lower['value']} for {s['group']}: decided (lower = upper, both proven)"
    else:
        claim = f"{name} in [{lower['value']}, {upper['value']}] for {s['group']}: not decided"
    lines = [claim, f"  lower {lower['value']} ({lower['provenance']}): {lower['method']}",
             f"  upper {upper['value']} ({upper['provenance']}): {upper['method']}",
             f"  witness: {_scheme_text(s['witness'], s['group'])}"]
    if s["witness_error"] is not None:
        lines.append(f"  witness error: {_error_text(s['witness_error'])}")
    return "\n".join(lines)


def errors_summary(omega: AveragingScheme, F: FunctionClass, weak: ErrorValue, strong: ErrorValue,
                   exact: bool) -> dict[str, Any]:
    """A scheme's weak and strong errors on ``F`` and whether it is exact, as data.

    Parameters
    ----------
    omega : AveragingScheme
        The scheme.
    F : FunctionClass
        The function class.
    weak, strong : ErrorValue
        :func:`~symproof.averaging.symmetry_errors.weak_error` and
        :func:`~symproof.averaging.symmetry_errors.strong_error` of ``omega`` on ``F``.
    exact : bool
        :func:`~symproof.averaging.symmetry_errors.is_exact` of ``omega`` on ``F``.

    Returns
    -------
    dict
        ``"group"``, ``"class"``, ``"scheme"`` (:func:`scheme_summary`), ``"weak"``, ``"strong"``
        (:func:`error_value_summary`) and ``"exact"``.

    Examples
    --------
    >>> import symproof as sp
    >>> G = sp.group("S3")
    >>> omega, F = sp.AveragingScheme.from_weights(G, {0: 1}), sp.regular_functions(G)
    >>> s = errors_summary(omega, F, sp.weak_error(omega, F), sp.strong_error(omega, F), sp.is_exact(omega, F))
    >>> s["weak"]["exact"], s["strong"]["exact"], s["exact"]
    ('1', '2', False)
    """
    return {"group": F.group.name, "class": F.name, "scheme": scheme_summary(omega),
            "weak": error_value_summary(weak), "strong": error_value_summary(strong), "exact": exact}


def format_errors_summary(s: dict[str, Any]) -> str:
    """The summary of :func:`errors_summary` as text: the scheme, its two errors and whether it is exact.

    The weak error is ``w = max_{pi in Irr(F)} ||omega_hat(pi)||^2``, the strong error
    ``s = max_g max_{pi in Irr(F)} ||(pi(g) - I) omega_hat(pi)||^2 / 2`` (MATH.md section 3).
    """
    verdict = "exact" if s["exact"] else "not exact"
    meaning = "E_omega f is invariant for every f in F" if s["exact"] else "some E_omega f is not invariant"
    return "\n".join([
        f"F = {s['class']}; omega = the {_scheme_text(s['scheme'], s['group'])}",
        f"  weak error w: {_error_text(s['weak'])}",
        f"  strong error s: {_error_text(s['strong'])}",
        f"  {verdict} on F ({meaning}; decided in exact arithmetic)"])
