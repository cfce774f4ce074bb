"""The averaging operator ``E_omega = sum_g omega(g) lambda(g)``: on a symbolic function and as a matrix.

Layer: averaging. For a scheme ``omega`` (an :class:`~symproof.averaging.scheme.AveragingScheme`
with rational weights) and a real linear action ``rho`` on ``R^d``,
``(E_omega f)(x) = sum_g omega(g) f(rho(g)^{-1} x)`` (``MATH.md`` section 2). The result
is exact: the images are expanded and their coefficients combined in one exact field
(:mod:`~symproof.functions.expressions`), so ``E_omega f`` comes back in a canonical
expanded form, and whether it is invariant is decided exactly. On a function class ``F``,
:func:`averaging_operator` is the exact matrix of ``E_omega`` in the basis of ``F``.

>>> import sympy, symproof as sp
>>> G = sp.group("S3")
>>> x1, x2, x3 = sp.coordinate_symbols(3)
>>> average_function(x1**2 * x2, sp.AveragingScheme.uniform(G))
x_1**2*x_2/6 + x_1**2*x_3/6 + x_1*x_2**2/6 + x_1*x_3**2/6 + x_2**2*x_3/6 + x_2*x_3**2/6
>>> half = sp.AveragingScheme.from_weights(G, {0: sympy.Rational(1, 2), G.index([1, 0, 2]): sympy.Rational(1, 2)})
>>> f = average_function(x1 - x3, half)
>>> f, is_invariant_function(f, sp.natural_action(G))
(x_1/2 + x_2/2 - x_3, False)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import sympy
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symproof.averaging.scheme import AveragingScheme
from symproof.errors import InvalidArgumentError, InvalidValueError
from symproof.functions.expressions import (
    check_expressions,
    coefficient_matrix,
    coordinate_symbols,
    from_coefficients,
    transform,
)
from symproof.functions.function_class import FunctionClass, as_linear_action, weighted_sum
from symproof.groups.finite_group import FiniteGroup
from symproof.reps.representation import Representation

__all__ = ["average_function", "averaging_operator", "is_averaged_invariant", "is_invariant_function"]


def _rational_scheme(omega: Any) -> AveragingScheme:
    if not isinstance(omega, AveragingScheme):
        raise InvalidArgumentError(f"omega must be an AveragingScheme (for example AveragingScheme.from_weights), "
                                   f"got {omega!r}")
    if not omega.has_rational_weights or omega.field is not None:
        raise InvalidValueError("exact averaging needs rational weights (int, Fraction, sympy.Rational); "
                                f"{omega!r} has float or algebraic weights")
    return omega


def _action_for(omega: AveragingScheme, rho: Representation | FiniteGroup | None) -> Representation:
    rho = as_linear_action(omega.group if rho is None else rho)
    if rho.group != omega.group:
        raise InvalidValueError(f"the scheme is on {omega.group!r} but the action is of {rho.group!r}")
    return rho


def _prepare(f: Any, rho: Any, symbols: Sequence[sympy.Symbol] | None) -> tuple[sympy.Expr, Representation, tuple]:
    rho = as_linear_action(rho)
    x = coordinate_symbols(rho.dimension) if symbols is None else tuple(symbols)
    if len(x) != rho.dimension:
        raise InvalidArgumentError(f"{len(x)} symbols for an action on R^{rho.dimension}")
    (expr,) = check_expressions([f], x, what="f")
    return expr, rho, x


def average_function(f: Any, omega: AveragingScheme, rho: Representation | FiniteGroup | None = None, *,
                     symbols: Sequence[sympy.Symbol] | None = None) -> sympy.Expr:
    """``E_omega f = sum_g omega(g) f(rho(g)^{-1} x)``, exact, expanded.

    Parameters
    ----------
    f : sympy.Expr
        A SymPy expression in ``symbols`` (default ``x_1..x_d``).
    omega : AveragingScheme
        A scheme with rational weights.
    rho : Representation or FiniteGroup, optional
        A real linear action on ``R^d``, or a group (its natural action); default the
        natural action of ``omega.group``.
    symbols : sequence of sympy.Symbol, optional
        The coordinates ``f`` is written in.

    Returns
    -------
    sympy.Expr
        ``E_omega f``, expanded.

    Raises
    ------
    InvalidArgumentError
        If ``omega`` is not a scheme or ``f`` is not an expression in the coordinates.
    InvalidValueError
        If ``omega`` has float weights or lives on another group than ``rho``.

    Examples
    --------
    >>> import symproof as sp
    >>> x1, x2 = sp.coordinate_symbols(2)
    >>> average_function(x1**2, sp.AveragingScheme.uniform(sp.group("C4")))
    x_1**2/2 + x_2**2/2

    Notes
    -----
    One substitution and expansion per element of the support; the coefficients of all
    images are placed in one exact field and summed there.
    """
    omega = _rational_scheme(omega)
    expr, rho, x = _prepare(f, _action_for(omega, rho), symbols)
    support = list(zip(omega.support.tolist(), omega.weights))
    images = [transform(rho, g, expr, x) for g, _ in support]
    term_list, K, C = coefficient_matrix(images, x)
    rows = C.to_list()
    column = [sum((K.convert(QQ(w.numerator, w.denominator)) * row[j] for j, (_, w) in enumerate(support)),
                  K.zero) for row in rows]
    return from_coefficients(column, K, term_list)


def is_invariant_function(f: Any, rho: Representation | FiniteGroup, *,
                          symbols: Sequence[sympy.Symbol] | None = None) -> bool:
    """Whether ``f(rho(g)^{-1} x) = f(x)`` for every ``g`` (decided exactly on the generators).

    Parameters
    ----------
    f : sympy.Expr
        A SymPy expression in ``symbols`` (default ``x_1..x_d``).
    rho : Representation or FiniteGroup
        A real linear action, or a group (its natural action).
    symbols : sequence of sympy.Symbol, optional
        The coordinates.

    Returns
    -------
    bool

    Examples
    --------
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


def is_averaged_invariant(f: Any, omega: AveragingScheme, rho: Representation | FiniteGroup | None = None, *,
                          symbols: Sequence[sympy.Symbol] | None = None) -> bool:
    """Whether ``E_omega f`` is invariant: does averaging with ``omega`` symmetrise this ``f`` exactly?

    Parameters
    ----------
    f : sympy.Expr
        A SymPy expression in the coordinates.
    omega : AveragingScheme
        A scheme with rational weights.
    rho : Representation or FiniteGroup, optional
        The action (default the natural action of ``omega.group``).
    symbols : sequence of sympy.Symbol, optional
        The coordinates.

    Returns
    -------
    bool

    Examples
    --------
    >>> import symproof as sp
    >>> G = sp.group("C4")
    >>> x1, x2 = sp.coordinate_symbols(2)
    >>> half_turns = sp.AveragingScheme.on_elements(G, [0, 2])     # e and the rotation by pi
    >>> is_averaged_invariant(x1, half_turns), is_averaged_invariant(x1**2, half_turns)
    (True, False)
    """
    rho = _action_for(_rational_scheme(omega), rho)
    averaged = average_function(f, omega, rho, symbols=symbols)
    return is_invariant_function(averaged, rho, symbols=symbols)


def averaging_operator(omega: AveragingScheme, F: FunctionClass) -> DomainMatrix:
    """The exact matrix of ``E_omega = sum_g omega(g) lambda(g)`` on ``F`` (in the basis of ``F``).

    Parameters
    ----------
    omega : AveragingScheme
        A scheme with rational weights.
    F : FunctionClass
        A function class on ``omega.group``.

    Returns
    -------
    DomainMatrix
        ``dim F x dim F``, sparse, over the field of ``F``'s representation.

    Raises
    ------
    InvalidValueError
        If ``omega`` has float weights or lives on another group.

    Examples
    --------
    >>> import symproof as sp
    >>> G = sp.group("C3")
    >>> F = sp.regular_functions(G)
    >>> averaging_operator(sp.AveragingScheme.uniform(G), F) == F.reynolds_operator().to_sparse()
    True

    Notes
    -----
    One integer count per (point, basis column) and weight value, then two exact matrix
    products (:func:`~symproof.functions.function_class.weighted_sum`).
    """
    omega = _rational_scheme(omega)
    if not isinstance(F, FunctionClass):
        raise InvalidArgumentError(f"F must be a FunctionClass, got {F!r}")
    if F.group != omega.group:
        raise InvalidValueError(f"the scheme is on {omega.group!r} but F is on {F.group!r}")
    groups: dict[Any, list[int]] = {}
    for g, w in zip(omega.support.tolist(), omega.weights):
        groups.setdefault(w, []).append(g)
    return weighted_sum(F.representation(), [(np.array(els), QQ(w.numerator, w.denominator))
                                              for w, els in groups.items()])
