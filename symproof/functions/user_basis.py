"""Function classes spanned by a user-given basis of SymPy expressions.

Layer: functions. ``user_basis(rho, [f_1, ..., f_m])`` is the span of expressions in
``x_1..x_d`` under a real linear action ``rho`` on ``R^d``, with
``(lambda(g) f)(x) = f(rho(g)^{-1} x)``. The span must be closed under the action:
for each generator ``s`` every ``lambda(s) f_j`` is written exactly in the basis
(:mod:`~symproof.functions.expressions`); the first image that leaves the span is
named in a :class:`~symproof.errors.NotClosedError`, and a dependent basis is refused.
The matrices of the generators define the exact representation, and through it the
character.

Trigonometric polynomials on the circle under rotations are the harmonic polynomials
``Re (x_1 + i x_2)^j``, ``Im (x_1 + i x_2)^j``:

>>> import sympy, symproof as sp
>>> x1, x2 = sp.coordinate_symbols(2)
>>> F = user_basis(sp.group("C6"), [x1, x2, x1**2 - x2**2, 2*x1*x2])   # frequencies 1, 2
>>> F.multiplicities(), F.irreducibles()
([0, 1, 1, 0, 1, 1], (1, 2, 4, 5))
>>> user_basis(sp.group("C6"), [x1**2 - x2**2])
Traceback (most recent call last):
...
symproof.errors.NotClosedError: lambda(g) f is not in the span of the basis for f = basis[0] = x_1**2 - x_2**2 and the generator g = (1, 2, 3, 4, 5, 0): lambda(g) f = -x_1**2/2 + sqrt(3)*x_1*x_2 + x_2**2/2
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

import sympy
from sympy.polys.matrices import DomainMatrix

from symproof._frozen import set_attributes
from symproof.errors import InvalidArgumentError, InvalidValueError, NotClosedError
from symproof.exact.fields import to_sympy_entry
from symproof.functions.expressions import (
    check_expressions,
    coefficient_matrix,
    coordinate_symbols,
    from_coefficients,
    transform,
)
from symproof.functions.function_class import FunctionClass, as_linear_action
from symproof.groups.finite_group import FiniteGroup
from symproof.reps.constructions import from_generator_images
from symproof.reps.representation import Representation

__all__ = ["UserBasisClass", "user_basis"]


class UserBasisClass(FunctionClass):
    """The span of given expressions, checked to be closed under a linear action.

    Build with :func:`user_basis`. ``generator_matrices[k]`` is ``lambda(G.generators[k])``
    in the basis (exact SymPy matrices).
    """

    rho: Representation
    symbols: tuple[sympy.Symbol, ...]
    _given: tuple[sympy.Expr, ...]
    generator_matrices: tuple[sympy.ImmutableMatrix, ...]

    def __init__(self, rho: Representation, basis: Sequence[sympy.Expr], symbols: tuple[sympy.Symbol, ...],
                 generator_matrices: list[sympy.Matrix], *, name: str) -> None:
        super().__init__(rho.group, len(basis), name=name)
        set_attributes(self, rho=rho, symbols=tuple(symbols), _given=tuple(basis),
                       generator_matrices=tuple(sympy.ImmutableMatrix(M) for M in generator_matrices))

    def _basis(self) -> tuple[sympy.Expr, ...]:
        return self._given

    def _representation(self) -> Representation:
        return from_generator_images(self.group, list(self.generator_matrices))

    def _products(self, k: int) -> UserBasisClass:
        products = [sympy.Mul(*c) for j in range(k + 1)
                    for c in itertools.combinations_with_replacement(self._given, j)]
        _, _, C = coefficient_matrix(products, self.symbols)
        _, pivots = C.rref()
        return user_basis(self.rho, [products[p] for p in pivots], symbols=self.symbols,
                          name=f"Sym^<={k}({self.name})")


def _check_symbols(symbols: Any, d: int) -> tuple[sympy.Symbol, ...]:
    if symbols is None:
        return coordinate_symbols(d)
    out = tuple(symbols)
    if len(out) != d or not all(isinstance(s, sympy.Symbol) for s in out) or len(set(out)) != d:
        raise InvalidArgumentError(f"symbols must be {d} distinct SymPy symbols (one per coordinate), got {symbols!r}")
    return out


def _independent(C: DomainMatrix, basis: list[sympy.Expr]) -> None:
    _, pivots = C.rref()
    if len(pivots) < len(basis):
        j = next(j for j in range(len(basis)) if j not in pivots)
        raise InvalidValueError(f"the basis is linearly dependent: basis[{j}] = {basis[j]} is a combination "
                                   "of the functions before it")


def user_basis(rho: Representation | FiniteGroup, basis: Sequence[Any], *,
               symbols: Sequence[sympy.Symbol] | None = None, name: str | None = None) -> UserBasisClass:
    """The span of ``basis`` (SymPy expressions in ``x_1..x_d``) under a real linear action ``rho``.

    Parameters
    ----------
    rho
        A real :class:`Representation` on ``R^d``, or a group (its natural action).
    basis
        Linearly independent exact expressions whose span is closed under the action.
    symbols
        The variables (default ``coordinate_symbols(d)``: ``x_1..x_d``).
    name
        A label.

    Raises
    ------
    NotClosedError
        Naming the first basis function and generator whose image leaves the span.
    InvalidArgumentError
        Dependent basis, floats, unknown symbols, an empty basis.

    Returns
    -------
    UserBasisClass
        The function class spanned by ``basis``, ``(lambda(g) f)(x) = f(rho(g)^{-1} x)``.

    Notes
    -----
    Each generator image ``f(rho(s)^{-1} x)`` is expanded and solved for in the span
    (exact linear algebra on the coefficient vectors): ``O(|gens| n)`` substitutions and one
    ``n``-column rank computation for a basis of ``n`` functions.

    Examples
    --------
    >>> import symproof as sp
    >>> x1, x2 = sp.coordinate_symbols(2)
    >>> F = sp.user_basis(sp.group("C6"), [x1, x2])        # the linear functions, frequency 1
    >>> F.dimension, len(F.irreducibles())         # a complex-conjugate pair of characters
    (2, 2)
    """
    rho = as_linear_action(rho)
    x = _check_symbols(symbols, rho.dimension)
    fs = check_expressions(basis, x)
    if not fs:
        raise InvalidValueError("the basis is empty; give at least one function")
    G, m = rho.group, len(fs)
    gens = [int(s) for s in G.generator_indices]
    images = [transform(rho, s, f, x) for s in gens for f in fs]
    term_list, K, C = coefficient_matrix(fs + images, x)
    _independent(C.extract(list(range(C.shape[0])), list(range(m))), fs)
    R, pivots = C.rref()
    outside = [p for p in pivots if p >= m]
    if outside:
        k, j = divmod(outside[0] - m, m)
        image = from_coefficients([row[outside[0]] for row in C.to_list()], K, term_list)
        raise NotClosedError(f"lambda(g) f is not in the span of the basis for f = basis[{j}] = {fs[j]} and the "
                             f"generator g = {G.element(gens[k])}: lambda(g) f = {image}")
    rows = R.to_list()[:m]
    matrices = [sympy.Matrix([[to_sympy_entry(K, rows[i][m + k * m + j]) for j in range(m)] for i in range(m)])
                for k in range(len(gens))]
    return UserBasisClass(rho, fs, x, matrices, name=name or f"span of {m} functions on R^{rho.dimension}")
