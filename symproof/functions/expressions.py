"""SymPy expressions in ``x_1..x_d`` as exact coefficient vectors, and a linear action on them.

Layer: functions. An expression is expanded (``sympy.expand``) into terms
``c * m(x)``, ``c`` free of the variables and ``m`` a product of powers of the
variables and of functions of them (``x_1**2``, ``cos(x_1)``); the coefficients of
a list of expressions are placed in one exact field
(:func:`symproof.exact.fields.exact_domain`: ``QQ``, ``Q(cos(2 pi/N))`` or an
algebraic field), so linear dependence and equality are decided exactly. For
polynomials this is complete. For other expressions it is as complete as SymPy's
expansion is canonical: an identity such as ``cos(x)^2 + sin(x)^2 = 1`` is not used,
so a basis can look independent, or an image look outside the span, when it is not;
what is reported as closed or equal is always so.

The action is ``(lambda(g) f)(x) = f(rho(g)^{-1} x)``: each ``x_i`` is replaced by
``sum_j rho(g^{-1})_{ij} x_j``.

>>> import sympy
>>> x1, x2 = coordinate_symbols(2)
>>> terms, K, C = coefficient_matrix([x1 + x2, (x1 + x2)**2 - x1**2], (x1, x2))
>>> terms, C.to_Matrix()
([x_1, x_2, x_2**2, x_1*x_2], Matrix([
[1, 0],
[1, 0],
[0, 1],
[0, 2]]))
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import sympy
from sympy.polys.matrices import DomainMatrix

from symproof.errors import InvalidArgumentError
from symproof.exact.fields import exact_domain, to_sympy_entry
from symproof.reps.representation import Representation

__all__ = [
    "check_expressions",
    "coefficient_matrix",
    "coordinate_symbols",
    "exact_coordinates",
    "from_coefficients",
    "terms",
    "transform",
]


def coordinate_symbols(d: int) -> tuple[sympy.Symbol, ...]:
    """Return the coordinate variables ``x_1, ..., x_d``: ``sympy.symbols("x_1:{d+1}")`` (plain symbols).

    Parameters
    ----------
    d : int
        The dimension of ``R^d``.

    Returns
    -------
    tuple of sympy.Symbol
        ``(x_1, ..., x_d)``, the default variables of :func:`user_basis`.

    Raises
    ------
    InvalidArgumentError
        If ``d`` is not a non-negative int.

    Examples
    --------
    >>> coordinate_symbols(3)
    (x_1, x_2, x_3)
    """
    return tuple(sympy.Symbol(f"x_{i}") for i in range(1, d + 1))


def check_expressions(exprs: Iterable[Any], symbols: Sequence[sympy.Symbol], *, what: str = "basis") -> list[sympy.Expr]:
    """Exact SymPy expressions in ``symbols`` only (no floats, no other symbols).

    Raises :class:`InvalidArgumentError` naming the offending entry.
    """
    out = []
    for j, e in enumerate(exprs):
        try:
            expr = sympy.sympify(e, strict=True)
        except (sympy.SympifyError, TypeError) as err:
            raise InvalidArgumentError(f"{what}[{j}] = {e!r} is not a SymPy expression") from err
        if not isinstance(expr, sympy.Expr):
            raise InvalidArgumentError(f"{what}[{j}] = {e!r} is not a SymPy expression")
        if expr.has(sympy.Float):
            raise InvalidArgumentError(f"{what}[{j}] = {expr} has a float; give exact numbers (sympy.Rational)")
        extra = expr.free_symbols - set(symbols)
        if extra:
            raise InvalidArgumentError(f"{what}[{j}] = {expr} uses {sorted(map(str, extra))}; the variables are "
                                       f"{tuple(symbols)} (create them with coordinate_symbols(d))")
        out.append(expr)
    return out


def transform(rho: Representation, g: int, expr: sympy.Expr, symbols: Sequence[sympy.Symbol]) -> sympy.Expr:
    """``(lambda(g) f)(x) = f(rho(g)^{-1} x)``, expanded.

    >>> import symproof as sp
    >>> x = coordinate_symbols(3)
    >>> rho = sp.natural_action(sp.group("S3"))
    >>> g = rho.group.index([1, 2, 0])
    >>> transform(rho, g, x[0] + 2 * x[1], x)     # g sends e_1 to e_2, so g^{-1} x = (x_2, x_3, x_1)
    x_2 + 2*x_3
    """
    A = rho.matrix(rho.group.inverse(g))
    images = {s: sum((A[i, j] * symbols[j] for j in range(len(symbols))), sympy.Integer(0))
              for i, s in enumerate(symbols)}
    return sympy.expand(expr.xreplace(images))


def terms(expr: sympy.Expr, symbols: Sequence[sympy.Symbol]) -> dict[sympy.Expr, sympy.Expr]:
    """``{m(x): c}`` for the expanded expression ``sum c * m(x)`` (``c`` free of ``symbols``)."""
    out: dict[sympy.Expr, sympy.Expr] = {}
    for term in sympy.Add.make_args(sympy.expand(expr)):
        if term == 0:
            continue
        c, m = term.as_independent(*symbols, as_Add=False)
        out[m] = out.get(m, sympy.Integer(0)) + c
    return out


def coefficient_matrix(exprs: Sequence[sympy.Expr], symbols: Sequence[sympy.Symbol]
                       ) -> tuple[list[sympy.Expr], Any, DomainMatrix]:
    """The terms, their exact field ``K`` and the ``(terms x exprs)`` coefficient matrix over ``K``.

    Terms are listed in order of first appearance.
    """
    tables = [terms(e, symbols) for e in exprs]
    order: dict[sympy.Expr, int] = {}
    for table in tables:
        for m in table:
            order.setdefault(m, len(order))
    values = [table[m] for table in tables for m in table]
    K, converted = exact_domain(values) if values else (sympy.QQ, [])
    rows: dict[int, dict[int, Any]] = {}
    position = 0
    for j, table in enumerate(tables):
        for m in table:
            if converted[position]:
                rows.setdefault(order[m], {})[j] = converted[position]
            position += 1
    return list(order), K, DomainMatrix(rows, (len(order), len(exprs)), K).to_dense()


def from_coefficients(column: Iterable[Any], K: Any, term_list: Sequence[sympy.Expr]) -> sympy.Expr:
    """``sum_i c_i m_i`` for exact coefficients ``c_i`` in ``K``."""
    return sympy.Add(*(to_sympy_entry(K, c) * m for c, m in zip(column, term_list) if c))


def exact_coordinates(f: Any, symbols: Sequence[sympy.Symbol]) -> dict[tuple[int, ...], sympy.Expr]:
    """``{exponent vector: coefficient}`` of a polynomial ``f`` in ``symbols`` (exact).

    Raises :class:`InvalidArgumentError` if ``f`` is not a polynomial with exact coefficients.
    """
    (expr,) = check_expressions([f], symbols, what="f")
    out = {}
    for m, c in terms(expr, symbols).items():
        powers = m.as_powers_dict()
        if any(b not in symbols or not (e.is_Integer and e >= 0) for b, e in powers.items() if b != 1):
            raise InvalidArgumentError(f"{expr} is not a polynomial in {tuple(symbols)}: it has the term {m}")
        exponents = tuple(int(powers.get(s, 0)) for s in symbols)
        if c != 0:
            out[exponents] = c
    return out
