"""Representations of a group by exact matrices, stored through an action on vectors.

A :class:`Representation` is a homomorphism ``rho: G -> GL_d(K)`` for an exact
field ``K`` (``QQ``, a real or complex cyclotomic field, an algebraic field),
stored without forming all ``|G|`` matrices: ``G`` permutes finitely many
vectors ``p_0..p_{N-1}`` spanning ``K^d`` (the columns of an exact ``d x N``
matrix ``P``), ``rho(g) p_i = p_{a(g, i)}``, where ``a`` is an ``|G| x N``
integer table. With ``d`` independent columns ``B = P[:, b]``,
``rho(g) = P[:, a(g, b)] B^{-1}``. A natural action is the case where the
vectors stand for the group's own points (``a(g, i) = g(i)``); permutation
matrices are ``P = I``. Every finite-group representation has this form (the
orbit of a basis is finite), which makes exact products and the homomorphism
check cheap. Constructors and algorithms (characters, decompositions, sums,
tensor products, symmetric powers) live in :mod:`symproof.reps.representation`.

>>> import symproof as sp
>>> rho = sp.group("D4").natural_action()
>>> rho.dimension, rho.matrix(rho.group.generator_indices[0]).tolist()
(2, [[0, -1], [1, 0]])
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import numpy as np
import sympy
from sympy.polys.matrices import DomainMatrix

from symproof.errors import InvalidMatrixError
from symproof.groups.exact import to_sympy_entry

if TYPE_CHECKING:  # pragma: no cover
    from symproof.groups.finite_group import FiniteGroup
    from symproof.reps.class_functions import ClassFunction

__all__ = ["Representation"]


class Representation:
    """An exact representation of ``G`` given by vectors that ``G`` permutes.

    Parameters
    ----------
    G
        The group.
    points
        Exact ``d x N`` :class:`DomainMatrix` over a field whose columns span ``K^d``;
        ``None`` means the identity on ``G.degree`` points (permutation matrices).
    action
        ``|G| x N`` integer array, ``action[g, i]`` the column that ``g`` sends column ``i`` to;
        ``None`` means ``G.elements`` (the vectors stand for the group's points).
    name
        Optional label.

    Raises :class:`InvalidMatrixError` if the columns do not span ``K^d`` or a generator
    does not act linearly on them (so the data never defines a non-homomorphism).
    """

    def __init__(self, G: FiniteGroup, points: DomainMatrix | None = None, action: np.ndarray | None = None,
                 *, name: str | None = None) -> None:
        if points is None:
            points = DomainMatrix.eye(G.degree if action is None else action.shape[1], sympy.QQ)
        if not points.domain.is_Field:
            points = points.convert_to(points.domain.get_field())
        points = points.to_dense()  # one storage format, so exact comparisons compare values
        self.group = G
        self.name = name
        self._action = G.elements if action is None else action
        if self._action.shape != (G.order, points.shape[1]):
            raise InvalidMatrixError(f"{points.shape[1]} vectors but an action table of shape {self._action.shape} "
                                     f"for a group of order {G.order}")
        self._points = points
        _, pivots = points.rref()
        if len(pivots) != points.shape[0]:
            raise InvalidMatrixError(f"the vectors span a space of dimension {len(pivots)}, not {points.shape[0]}")
        self._basis = np.array(pivots, dtype=np.intp)
        self._basis_inverse = points.extract(list(range(points.shape[0])), list(pivots)).inv().to_dense()
        for s in G.generator_indices:
            row = self._action[int(s)]
            if (self._domain_matrix_of(row) * points).to_dense() != self._columns(row).to_dense():
                raise InvalidMatrixError(f"generator {G.element(int(s))} does not act linearly on the vectors")

    @property
    def dimension(self) -> int:
        """``d``: the representation is on ``K^d``."""
        return int(self._points.shape[0])

    @property
    def domain(self) -> Any:
        """The exact field of the matrix entries (a SymPy domain)."""
        return self._points.domain

    @property
    def points(self) -> DomainMatrix:
        """The vectors ``G`` permutes, as columns."""
        return self._points

    @property
    def action(self) -> np.ndarray:
        """``action[g, i]``: the column ``g`` sends column ``i`` to."""
        return self._action

    def is_permutation_action(self) -> bool:
        """Whether every ``rho(g)`` is a permutation matrix given by the action table."""
        return self._points == DomainMatrix.eye(self._points.shape[1], self.domain).to_dense()

    def _columns(self, row: np.ndarray) -> DomainMatrix:
        return self._points.extract(list(range(self.dimension)), [int(i) for i in row])

    def _domain_matrix_of(self, row: np.ndarray) -> DomainMatrix:
        return self._columns(row[self._basis]) * self._basis_inverse

    def domain_matrix(self, g: int) -> DomainMatrix:
        """``rho(g)`` as an exact dense :class:`DomainMatrix` (element index ``g``)."""
        return self._domain_matrix_of(self._action[int(self.group._check_index(g))]).to_dense()

    def matrix(self, g: int) -> sympy.Matrix:
        """``rho(g)`` as a SymPy matrix (exact)."""
        K = self.domain
        return sympy.Matrix([[to_sympy_entry(K, x) for x in row] for row in self.domain_matrix(g).to_list()])

    def trace(self, g: int) -> sympy.Expr:
        """``tr rho(g)``, exact."""
        M = self.domain_matrix(g).to_list()
        return to_sympy_entry(self.domain, sum((M[i][i] for i in range(self.dimension)), self.domain.zero))

    @functools.cached_property
    def _numeric_points(self) -> np.ndarray:
        K = self.domain
        return np.array([[complex(sympy.N(K.to_sympy(x), 20)) for x in row] for row in self._points.to_list()])

    def numeric(self, g: Any = None) -> np.ndarray:
        """Floating-point ``rho(g)`` (numeric path): one ``d x d`` array, or a stack for an index array.

        ``g=None`` gives all ``|G|`` matrices, shape ``(|G|, d, d)``. Real when the field is real.
        """
        idx = np.arange(self.group.order) if g is None else self.group._check_index(g)
        P = self._numeric_points
        if not np.iscomplexobj(P) or not np.any(P.imag):
            P = P.real
        binv = np.linalg.inv(P[:, self._basis])
        cols = P[:, self._action[idx][..., self._basis].astype(np.intp)]  # (d, ..., d)
        return np.moveaxis(cols, 0, -2) @ binv

    def kernel(self) -> np.ndarray:
        """Indices of the elements acting as the identity.

        ``rho(g) = 1`` iff ``p_{a(g, b)} = p_b`` for the basis columns ``b``.
        """
        rows = self._points.to_list()
        vector_id: dict[tuple, int] = {}
        ids = np.array([vector_id.setdefault(tuple(r[i] for r in rows), len(vector_id))
                        for i in range(self._points.shape[1])])
        images = ids[self._action[:, self._basis].astype(np.intp)]
        return np.flatnonzero(np.all(images == ids[self._basis], axis=1))

    def is_faithful(self) -> bool:
        """Whether only the identity acts trivially."""
        return self.kernel().size == 1

    def character(self) -> ClassFunction:
        """The character, exact; see :func:`symproof.reps.representation.character`."""
        from symproof.reps.representation import character

        return character(self)

    def __repr__(self) -> str:
        label = f"{self.name!r}, " if self.name else ""
        return f"Representation({label}{self.group!r} on K^{self.dimension}, K = {self.domain})"
