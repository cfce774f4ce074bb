"""Averaging a symbolic function: ``E_omega f`` for a SymPy expression ``f(x)``.

Layer: functions. For weights ``omega`` on the elements of ``G`` (``sum omega(g) = 1``)
and a real linear action ``rho`` on ``R^d``,
``(E_omega f)(x) = sum_g omega(g) f(rho(g)^{-1} x)`` (``MATH.md`` section 2). The result
is exact: the images are expanded and their coefficients combined in one exact field
(:mod:`~symproof.functions.expressions`), so ``E_omega f`` comes back in a canonical
expanded form, and whether it is invariant is decided exactly.

Weights are a plain ``{element index: weight}`` dict of exact rationals; elements left
out weigh 0.

>>> import sympy, symproof as sp
>>> G = sp.group("S3")
>>> x1, x2, x3 = sp.coordinate_symbols(3)
>>> average_function(x1**2 * x2, uniform_weights(G), G.natural_action())
x_1**2*x_2/6 + x_1**2*x_3/6 + x_1*x_2**2/6 + x_1*x_3**2/6 + x_2**2*x_3/6 + x_2*x_3**2/6
>>> half = {0: sympy.Rational(1, 2), G.index([1, 0, 2]): sympy.Rational(1, 2)}   # e and (0 1)
>>> f = average_function(x1 - x3, half, G.natural_action())
>>> f, is_invariant_function(f, G.natural_action())
(x_1/2 + x_2/2 - x_3, False)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import Any

import numpy as np
import sympy

from symproof.errors import InvalidArgumentError
from symproof.functions.expressions import (check_expressions, coefficient_matrix, coordinate_symbols,
                                            from_coefficients, transform)
from symproof.functions.function_class import as_linear_action
from symproof.groups.actions import Representation
from symproof.groups.finite_group import FiniteGroup

__all__ = ["uniform_weights", "check_weights", "average_function", "is_invariant_function", "is_averaged_invariant"]


def uniform_weights(G: FiniteGroup) -> dict[int, sympy.Rational]:
    """``{g: 1/|G|}`` for every element: the weights of the Reynolds operator ``P_0``."""
    return {g: sympy.Rational(1, G.order) for g in range(G.order)}


def _exact_weight(g: int, w: Any) -> sympy.Rational:
    if isinstance(w, bool) or not isinstance(w, (int, np.integer, Fraction, sympy.Rational)):
        raise InvalidArgumentError(f"weight {w!r} of element {g} is not an exact rational "
                                   "(use int, fractions.Fraction or sympy.Rational)")
    return sympy.Rational(w.numerator, w.denominator) if isinstance(w, Fraction) else sympy.Rational(w)


def check_weights(G: FiniteGroup, weights: Mapping[int, Any]) -> dict[int, sympy.Rational]:
    """Validated weights: element indices of ``G``, exact rationals, summing to 1.

    Raises :class:`InvalidArgumentError` naming the bad entry or the sum.

    >>> import symproof as sp
    >>> check_weights(sp.group("C3"), {0: 1, 1: 1})
    Traceback (most recent call last):
    ...
    symproof.errors.InvalidArgumentError: weights sum to 2, not 1: {0: 1, 1: 1}
    """
    if not isinstance(weights, Mapping):
        raise InvalidArgumentError(f"weights must be a dict {{element index: rational}}, got {weights!r}")
    out = {}
    for g, w in weights.items():
        if isinstance(g, bool) or not isinstance(g, (int, np.integer)) or not 0 <= g < G.order:
            raise InvalidArgumentError(f"weight key {g!r} is not an element index 0..{G.order - 1} of {G}")
        out[int(g)] = _exact_weight(int(g), w)
    total = sum(out.values(), sympy.Integer(0))
    if total != 1:
        raise InvalidArgumentError(f"weights sum to {total}, not 1: {dict(weights)}")
    return out


def _prepare(f: Any, rho: Any, symbols: Sequence[sympy.Symbol] | None) -> tuple[sympy.Expr, Representation, tuple]:
    rho = as_linear_action(rho)
    x = coordinate_symbols(rho.dimension) if symbols is None else tuple(symbols)
    if len(x) != rho.dimension:
        raise InvalidArgumentError(f"{len(x)} symbols for an action on R^{rho.dimension}")
    (expr,) = check_expressions([f], x, what="f")
    return expr, rho, x


def average_function(f: Any, weights: Mapping[int, Any], rho: Representation | FiniteGroup, *,
                     symbols: Sequence[sympy.Symbol] | None = None) -> sympy.Expr:
    """``E_omega f = sum_g omega(g) f(rho(g)^{-1} x)``, exact, expanded.

    Parameters
    ----------
    f
        A SymPy expression in ``symbols`` (default ``x_1..x_d``).
    weights
        ``{element index: exact rational}``, summing to 1.
    rho
        A real linear action on ``R^d``, or a group (its natural action).

    Notes
    -----
    One substitution and expansion per element of the support; the coefficients of all
    images are placed in one exact field and summed there.
    """
    expr, rho, x = _prepare(f, rho, symbols)
    omega = check_weights(rho.group, weights)
    support = [(g, w) for g, w in sorted(omega.items()) if w]
    images = [transform(rho, g, expr, x) for g, _ in support]
    term_list, K, C = coefficient_matrix(images, x)
    rows = C.to_list()
    column = [sum((K.convert_from(sympy.QQ.from_sympy(w), sympy.QQ) * row[j] for j, (_, w) in enumerate(support)),
                  K.zero) for row in rows]
    return from_coefficients(column, K, term_list)


def is_invariant_function(f: Any, rho: Representation | FiniteGroup, *,
                          symbols: Sequence[sympy.Symbol] | None = None) -> bool:
    """Whether ``f(rho(g)^{-1} x) = f(x)`` for every ``g`` (decided exactly on the generators).

    >>> import symproof as sp
    >>> x1, x2 = sp.coordinate_symbols(2)
    >>> is_invariant_function(x1**2 + x2**2, sp.group("C7")), is_invariant_function(x1, sp.group("C7"))
    (True, False)
    """
    expr, rho, x = _prepare(f, rho, symbols)
    images = [transform(rho, int(s), expr, x) for s in rho.group.generator_indices]
    _, _, C = coefficient_matrix([expr, *images], x)
    columns = C.transpose().to_list()
    return all(column == columns[0] for column in columns[1:])


def is_averaged_invariant(f: Any, weights: Mapping[int, Any], rho: Representation | FiniteGroup, *,
                          symbols: Sequence[sympy.Symbol] | None = None) -> bool:
    """Whether ``E_omega f`` is invariant: does averaging with ``omega`` symmetrise this ``f`` exactly?

    >>> import symproof as sp
    >>> G = sp.group("C4")
    >>> x1, x2 = sp.coordinate_symbols(2)
    >>> half_turns = {0: sympy.Rational(1, 2), 2: sympy.Rational(1, 2)}     # e and the rotation by pi
    >>> is_averaged_invariant(x1, half_turns, G), is_averaged_invariant(x1**2, half_turns, G)
    (True, False)
    """
    averaged = average_function(f, weights, rho, symbols=symbols)
    return is_invariant_function(averaged, rho, symbols=symbols)
