"""Character tables and Molien series as data (``symproof chartable``, ``symproof molien``), and as text.

>>> import symproof as sp
>>> G = sp.group("S3")
>>> character_table_summary(sp.character_table(G))["characters"]
[['1', '1', '1'], ['1', '-1', '1'], ['2', '0', '-1']]
>>> print(format_molien_summary(molien_summary(sp.molien_series(sp.natural_action(G), 0), 7)).splitlines()[1])
M(t) = 1/((1 - t)^3 (1 + t) (1 + t + t^2))
"""

from __future__ import annotations

from typing import Any

import sympy

from symproof.reps.character_table import CharacterTable
from symproof.reps.molien import MolienSeries

__all__ = ["character_table_summary", "format_character_table", "format_molien_summary", "molien_summary",
           "rational_function_text"]


def _classes(T: CharacterTable) -> list[dict[str, Any]]:
    G = T.group
    return [{"position": c.position, "representative": list(G.element(c.representative)), "size": c.size,
             "element_order": c.element_order} for c in G.conjugacy_classes()]


def character_table_summary(T: CharacterTable) -> dict[str, Any]:
    """The character table as a JSON-ready dict: exact values as SymPy writes them.

    Parameters
    ----------
    T : CharacterTable
        What :func:`~symproof.reps.character_table.character_table` returns.

    Returns
    -------
    dict
        ``"group"``, ``"order"``, ``"classes"`` (position, representative as an image list, size,
        element order: the columns), ``"degrees"``, ``"characters"`` (row ``i``: the values of
        ``chi_i`` on the classes, strings such as ``"-1/2 + sqrt(3)*I/2"``), ``"conductor"`` (every
        value lies in ``Q(zeta_conductor)``) and ``"frobenius_schur"`` (1 real, 0 complex, -1
        quaternionic).

    Examples
    --------
    >>> import symproof as sp
    >>> s = character_table_summary(sp.character_table(sp.group("C3")))
    >>> s["characters"][1], s["conductor"]
    (['1', '-1/2 + sqrt(3)*I/2', '-1/2 - sqrt(3)*I/2'], 3)
    """
    return {"group": T.group.name, "order": T.group.order, "classes": _classes(T), "degrees": list(T.degrees),
            "characters": [[str(v) for v in chi.to_sympy()] for chi in T.rows()], "conductor": T.conductor,
            "frobenius_schur": list(T.frobenius_schur_indicators())}


def format_character_table(T: CharacterTable) -> str:
    """A title, the table as ``str(T)`` prints it (exact values) and what its columns are.

    Examples
    --------
    >>> import symproof as sp
    >>> print(format_character_table(sp.character_table(sp.group("C2"))))
    Character table of C2 (|G| = 2): row X.i is the irreducible character chi_i, column j the class j, headed
    element order/class size; values exact (sqrt, I = sqrt(-1)).
         1/1  2/1
    X.0    1    1
    X.1    1   -1
    classes (column, representative, size, element order):
      0  (0, 1, 2, 3)  1  1
      1  (2, 3, 0, 1)  1  2
    """
    title = (f"Character table of {T.group.name} (|G| = {T.group.order}): row X.i is the irreducible character "
             "chi_i, column j the class j, headed\nelement order/class size; values exact (sqrt, I = sqrt(-1)).")
    lines = [title, str(T), "classes (column, representative, size, element order):"]
    lines += [f"  {c['position']}  {tuple(c['representative'])}  {c['size']}  {c['element_order']}"
              for c in _classes(T)]
    return "\n".join(lines)


def _ascending(p: sympy.Poly) -> str:
    """An integer polynomial lowest degree first, powers written ``t^k``: ``1 + t + t^2``."""
    return sympy.sstr(p.as_expr(), order="rev-lex").replace("**", "^")


def rational_function_text(numerator: sympy.Poly, denominator: sympy.Poly) -> str:
    """``N/D`` as plain text with ``D`` factored over ``Z``, each factor with constant term 1 (``D(0) = 1``).

    >>> t = sympy.Symbol("t")
    >>> rational_function_text(sympy.Poly(t, t), sympy.Poly((1 - t) ** 2 * (1 + t), t))
    't/((1 - t)^2 (1 + t))'
    """
    content, factors = denominator.factor_list()
    parts = []
    for f, m in sorted(factors, key=lambda fm: (fm[0].degree(), fm[0].all_coeffs())):
        unit = f.eval(0)  # +-1, since D(0) = 1 over the integers
        content *= unit**m
        parts.append(f"({_ascending(f * unit)})" + (f"^{m}" if m > 1 else ""))
    if content != 1:
        raise ValueError(f"the denominator {denominator} does not have constant term 1")
    top = _ascending(numerator)
    if not parts:
        return top
    top = top if " " not in top else f"({top})"
    return f"{top}/{parts[0]}" if len(parts) == 1 else f"{top}/({' '.join(parts)})"


def _character_name(M: MolienSeries) -> str:
    """``chi_i`` for row ``i`` of the character table, else the series' label."""
    return f"chi_{M.label[4:]}" if M.label.startswith("row ") else M.label


def molien_summary(M: MolienSeries, terms: int) -> dict[str, Any]:
    """The Molien series ``M_chi(t)`` as a JSON-ready dict: the reduced fraction and the first ``terms`` coefficients.

    Parameters
    ----------
    M : MolienSeries
        What :func:`~symproof.reps.molien.molien_series` returns.
    terms : int
        How many coefficients, ``c_0 .. c_{terms-1}``.

    Returns
    -------
    dict
        ``"group"``, ``"dimension"`` (``d`` of the action on ``R^d``), ``"character"`` (``"chi_i"`` for
        row ``i`` of the character table), ``"rational_function"`` (text), ``"numerator"`` and ``"denominator"``
        (integer coefficients, lowest degree first), ``"first_degree"`` and ``"coefficients"``.

    Examples
    --------
    >>> import symproof as sp
    >>> molien_summary(sp.molien_series(sp.natural_action(sp.group("S3")), 1), 5)["coefficients"]
    [0, 0, 0, 1, 1]
    """
    return {"group": M.group.name, "dimension": M.rho.dimension, "character": _character_name(M),
            "rational_function": rational_function_text(M.numerator, M.denominator),
            "numerator": [int(c) for c in reversed(M.numerator.all_coeffs())],
            "denominator": [int(c) for c in reversed(M.denominator.all_coeffs())],
            "first_degree": M.first_degree(), "coefficients": M.coefficients(terms)}


def format_molien_summary(s: dict[str, Any]) -> str:
    """The summary of :func:`molien_summary` as text: what the series counts, the fraction, the coefficients."""
    n = len(s["coefficients"])
    lines = [f"Molien series of {s['group']} on R^{s['dimension']} for the character {s['character']}: the "
             f"coefficient of t^k is the multiplicity of that character in the polynomials of degree k.",
             f"M(t) = {s['rational_function']}"]
    if n:
        lines.append(f"coefficients of t^0..t^{n - 1}: {', '.join(map(str, s['coefficients']))}")
    first = s["first_degree"]
    lines.append("the character never occurs" if first is None else f"first degree in which it occurs: {first}")
    return "\n".join(lines)
