"""Equivariant maps: functions ``X -> V_out`` with components in a function class ``F``.

Layer: functions. For a function class ``F`` of functions ``X -> R`` and a real
representation ``rho_out`` of ``G`` on ``V_out = R^m``, ``equivariant_maps(F, rho_out)``
is the space of maps ``f : X -> V_out`` whose ``m`` components lie in ``F``, with the action

    ``(g . f)(x) = rho_out(g) f(g^{-1} x)``.

The fixed points of this action are the **equivariant** maps, ``f(g x) = rho_out(g) f(x)``;
for ``rho_out`` trivial they are the invariant functions of ``F`` again. Averaging
``E_omega f = sum_g omega(g) (g . f)`` is what an equivariant model symmetrised over a
scheme ``omega`` computes, so the errors and complexities of ``MATH.md`` section 3 apply
to this class unchanged: it is one more :class:`~symproof.functions.function_class.FunctionClass`.

As a ``G``-module it is the tensor product ``F (x) V_out``: on the basis
``f_j e_k`` (``e_1..e_m`` the unit vectors of ``V_out``, coordinate ``j m + k``)
``g . (f_j e_k) = (lambda(g) f_j) (rho_out(g) e_k)``, so ``g`` acts by the Kronecker product
``lambda(g) (x) rho_out(g)`` and the character is ``chi_F chi_out``; ``Irr`` and the
multiplicities come from that product of characters, never from the space. The basis
functions are written ``f_j * e_k`` with SymPy symbols ``e_1..e_m`` for the unit vectors.

The rotation group of order 6 on ``R^2``, maps ``R^2 -> R^2`` with affine components
(``F = 1 + V``, so ``F (x) V = V + V (x) V``): the equivariant ones are the rotation-scalings
``x -> a x + b J x`` (``J`` the quarter turn; trivial multiplicity 2), and ``V (x) V`` holds the
frequencies ``0, 0, 2, -2`` of ``C6``:

>>> import symproof as sp
>>> G = sp.group("C6")
>>> rho = sp.natural_action(G)
>>> M = equivariant_maps(sp.polynomials(rho, max_degree=1), rho)
>>> M.dimension, M.multiplicities(), M.irreducibles()
(6, [2, 1, 1, 0, 1, 1], (1, 2, 4, 5))
>>> M.basis[:3]
(e_1, e_2, e_1*x_1)
>>> equivariant_maps(sp.regular_functions(sp.group("S3")), sp.regular(sp.group("S3"))).multiplicities()
[6, 6, 12]
"""

from __future__ import annotations

from typing import Any

import sympy

from symproof._frozen import set_attributes
from symproof._validation import check_type
from symproof.errors import InvalidArgumentError, InvalidValueError
from symproof.functions.function_class import FunctionClass, as_linear_action
from symproof.reps.class_functions import ClassFunction
from symproof.reps.constructions import tensor_product
from symproof.reps.representation import Representation, character

__all__ = ["EquivariantMaps", "equivariant_maps"]


class EquivariantMaps(FunctionClass):
    """Maps ``X -> V_out`` with components in ``F``, ``(g . f)(x) = rho_out(g) f(g^{-1} x)``.

    Build with :func:`equivariant_maps`. As a ``G``-module ``F (x) V_out``: coordinate
    ``j m + k`` is the basis map ``f_j e_k``.
    """

    components: FunctionClass
    rho_out: Representation
    vectors: tuple[sympy.Symbol, ...]

    def __init__(self, F: FunctionClass, rho_out: Representation, *, name: str) -> None:
        super().__init__(F.group, F.dimension * rho_out.dimension, name=name)
        m = rho_out.dimension
        set_attributes(self, components=F, rho_out=rho_out,
                       vectors=tuple(sympy.Symbol(f"e_{k + 1}") for k in range(m)))

    def _basis(self) -> tuple[sympy.Expr, ...]:
        return tuple(f * e for f in self.components.basis for e in self.vectors)

    def _representation(self) -> Representation:
        return tensor_product(self.components.representation(), self.rho_out)

    def _character(self) -> ClassFunction:
        return self.components.character() * character(self.rho_out)

    def _products(self, k: int) -> FunctionClass:
        raise InvalidArgumentError(f"{self.name} is a space of vector-valued maps: it has no pointwise products "
                                   "(take products of the component class F instead)")


def equivariant_maps(F: FunctionClass, rho_out: Any, *, name: str | None = None) -> EquivariantMaps:
    """The class of maps ``X -> V_out`` with components in ``F``, acted on by ``rho_out(g) f(g^{-1} x)``.

    Parameters
    ----------
    F : FunctionClass
        The class of each component (functions ``X -> R``).
    rho_out : Representation or FiniteGroup
        A real representation of the same group on ``V_out = R^m`` (a group: its natural action).
    name : str, optional
        A label.

    Returns
    -------
    EquivariantMaps
        A function class of dimension ``dim F * m``, the ``G``-module ``F (x) V_out``; its
        invariants are the equivariant maps. For ``rho_out`` trivial (``m = 1``) it is ``F``.

    Raises
    ------
    InvalidArgumentError
        If ``F`` is not a function class or ``rho_out`` not a representation.
    InvalidMatrixError
        If ``rho_out`` is not real.
    InvalidValueError
        If ``rho_out`` is a representation of another group.

    Notes
    -----
    The character is ``chi_F chi_out`` (no space is built for ``Irr``, errors or
    complexities through irreducibles); the exact representation, when asked for, is
    :func:`~symproof.reps.constructions.tensor_product` of the two.

    Examples
    --------
    >>> import symproof as sp
    >>> G = sp.group("S3")
    >>> F = sp.polynomials(G, max_degree=1)
    >>> equivariant_maps(F, sp.trivial(G)).multiplicities() == F.multiplicities()
    True
    >>> equivariant_maps(F, sp.sign(G)).irreducibles()     # the sign, and the standard twisted by it
    (1, 2)
    """
    check_type(F, FunctionClass, "F", "a FunctionClass")
    rho_out = as_linear_action(rho_out)
    if rho_out.group != F.group:
        raise InvalidValueError(f"rho_out is a representation of {rho_out.group} but F is a class on {F.group}")
    m = rho_out.dimension
    return EquivariantMaps(F, rho_out, name=name or f"maps to R^{m} with components in {F.name}")
