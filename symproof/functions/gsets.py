"""Functions on a finite ``G``-set: ``L^2(X)`` for a permutation action, ``L^2(G)``, ``G/H``.

Layer: functions. For ``G`` acting on points ``0..n-1`` the class of all functions
``X -> R`` has the basis of indicators ``delta_x`` (SymPy symbols ``delta_0, ...``)
and ``lambda(g) delta_x = delta_{g x}``: the permutation representation. Characters
are formulas: fixed points of class representatives for a given action, ``|G|`` at
the identity for ``L^2(G)`` (each irreducible ``pi`` occurs ``d_pi`` times), the
induced character ``Ind_H^G 1`` for the cosets ``G/H``; the action table is built only
when the representation is asked for (``L^2(S_8)`` would need ``|G|^2`` entries).

Such a class is closed under pointwise products and holds the constants, so
``Sym^{<=k}(F) = F`` for ``k >= 1`` (``MATH.md`` section 4: ``S_3`` on three points is
faithful and the sign never occurs).

>>> import symproof as sp
>>> G = sp.group("S3")
>>> F = gset_functions(G, G.elements)        # S_3 on its three points
>>> F.multiplicities(), F.is_faithful(), F.symmetric_products(5).irreducibles()
([1, 0, 1], True, (2,))
>>> regular_functions(G).multiplicities()   # each irreducible d_pi times
[1, 1, 2]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import sympy
from sympy.polys.domains import QQ

from symproof._frozen import set_attributes
from symproof._validation import check_group
from symproof.errors import InvalidValueError
from symproof.functions.function_class import FunctionClass
from symproof.groups.finite_group import FiniteGroup
from symproof.groups.subgroups import left_cosets
from symproof.reps.class_functions import ClassFunction
from symproof.reps.constructions import permutation, regular
from symproof.reps.representation import Representation, character

__all__ = ["GSetFunctions", "coset_functions", "gset_functions", "regular_functions"]


class GSetFunctions(FunctionClass):
    """All real functions on a finite ``G``-set of ``n`` points (basis ``delta_0..delta_{n-1}``).

    Build with :func:`gset_functions`, :func:`regular_functions` or :func:`coset_functions`.
    ``points[x]`` says what point ``x`` stands for.
    """

    points: tuple[Any, ...]
    _build: Callable[[], Representation]
    _formula: Callable[[], ClassFunction]

    def __init__(self, G: FiniteGroup, points: Sequence[Any], *, build: Callable[[], Representation],
                 character: Callable[[], ClassFunction], name: str) -> None:
        super().__init__(G, len(points), name=name)
        set_attributes(self, points=tuple(points), _build=build, _formula=character)

    def _basis(self) -> tuple[sympy.Expr, ...]:
        return tuple(sympy.Symbol(f"delta_{x}") for x in range(self.dimension))

    def _representation(self) -> Representation:
        return self._build()

    def _character(self) -> ClassFunction:
        return self._formula()

    def _products(self, k: int) -> GSetFunctions:
        if k >= 1:
            return self
        G = self.group
        one_point = np.zeros((G.order, 1), dtype=np.int64)
        return gset_functions(G, one_point, name="constants")


def _check_group(G: Any, name: str = "G") -> FiniteGroup:
    return check_group(G, name)


def gset_functions(G: FiniteGroup, action: Any, *, name: str | None = None) -> GSetFunctions:
    """Functions on the points of a permutation action of ``G``.

    Parameters
    ----------
    G
        The group.
    action
        ``|G|`` image lists, ``action[g]`` the permutation of ``0..n-1`` by element ``g``
        (``G.elements`` for the group's own points). Checked to be an action.
    name
        A label.

    Returns
    -------
    GSetFunctions
        The function class of dimension ``n``; ``(lambda(g) f)(x) = f(g^{-1} x)``.

    Raises
    ------
    InvalidArgumentError
        If the rows are not permutations or there are not ``|G|`` of them.
    NotAHomomorphismError
        If the rows do not define an action.

    Examples
    --------
    >>> import numpy as np
    >>> import symproof as sp
    >>> G = sp.group("C4")
    >>> gset_functions(G, G.mul(np.arange(4)[:, None], np.arange(4)[None, :])).multiplicities()
    [1, 1, 1, 1]
    """
    rho = permutation(_check_group(G), action)
    chi = character(rho)
    return GSetFunctions(G, range(rho.dimension), build=lambda: rho, character=lambda: chi,
                         name=name or f"functions on {rho.dimension} points")


def regular_functions(G: FiniteGroup) -> GSetFunctions:
    """Return ``L^2(G)``: functions on ``G`` with ``(lambda(g) f)(x) = f(g^{-1} x)`` (point ``x`` = element ``x``).

    The regular representation: every irreducible of ``G`` occurs, ``Irr(L^2(G))`` is every
    non-trivial irreducible and ``AC_ex = |G|`` (MATH.md section 3).

    Parameters
    ----------
    G : FiniteGroup
        The group.

    Returns
    -------
    GSetFunctions
        A function class of dimension ``|G|``; its character is known by formula.

    Examples
    --------
    >>> import symproof as sp
    >>> F = regular_functions(sp.group("S8"))         # character by formula; nothing of size |G|^2
    >>> F.dimension, len(F.irreducibles())
    (40320, 21)
    """
    G = _check_group(G)
    values = [QQ(G.order)] + [QQ(0)] * (len(G.conjugacy_classes()) - 1)
    return GSetFunctions(G, range(G.order), build=lambda: regular(G),
                         character=lambda: ClassFunction(G, values, 1), name="L^2(G)")


def coset_functions(G: FiniteGroup, H: FiniteGroup) -> GSetFunctions:
    """Functions on the left cosets ``G/H`` (``points[c]`` is the coset ``c`` as element indices).

    The character is ``Ind_H^G 1``; ``g`` acts by ``(lambda(g) f)(xH) = f(g^{-1} x H)``.

    Parameters
    ----------
    G : FiniteGroup
        The group.
    H : FiniteGroup
        A subgroup of ``G`` on the same points.

    Returns
    -------
    GSetFunctions
        A function class of dimension ``|G|/|H|``.

    Raises
    ------
    NotInGroupError
        If an element of ``H`` is not in ``G``.

    Examples
    --------
    >>> import symproof as sp
    >>> G = sp.group("S4")
    >>> F = coset_functions(G, G.subgroup([[1, 0, 2, 3], [1, 2, 0, 3]]))   # S_4/S_3: four points
    >>> F.dimension, F.multiplicities()
    (4, [1, 0, 0, 1, 0])
    """
    G, H = _check_group(G), _check_group(H, "H")
    cosets = left_cosets(G, H)  # raises NotInGroupError if H is not inside G
    if H.order * len(cosets) != G.order:
        raise InvalidValueError(f"{H} is not a subgroup of {G}")
    chi = ClassFunction(H, [QQ.one] * len(H.conjugacy_classes()), 1).induce(G)

    def build() -> Representation:
        where = np.empty(G.order, dtype=np.int64)
        for c, members in enumerate(cosets):
            where[members] = c
        reps = np.array([members[0] for members in cosets])
        table = where[G.mul(np.arange(G.order)[:, None], reps[None, :])]
        return Representation(G, None, table, name="G/H")

    return GSetFunctions(G, [tuple(int(x) for x in members) for members in cosets], build=build,
                         character=lambda: chi, name=f"functions on G/H, |G/H| = {len(cosets)}")
