"""Linear actions of a group on ``R^d`` by exact matrices (natural actions).

A :class:`LinearAction` is a homomorphism ``rho: G -> GL_d(K)`` for an exact
real field ``K``, stored without forming all ``|G|`` matrices: the group's
points stand for vectors ``p_0..p_{N-1}`` spanning ``R^d`` (the columns of an
exact ``d x N`` matrix ``P``) that every element permutes,
``rho(g) p_i = p_{g(i)}``. With ``d`` independent columns ``B = P[:, b]``,
``rho(g) = P[:, g(b)] B^{-1}``. Permutation matrices are the case ``P = I``.

This is the minimal shape natural actions need; representations in general
live in :mod:`symproof.reps`.

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

__all__ = ["LinearAction"]


class LinearAction:
    """An exact linear action of ``G`` on ``R^d`` given by permuted vectors.

    Parameters
    ----------
    G
        The group.
    points
        Exact ``d x G.degree`` :class:`DomainMatrix` over a field; column ``i``
        is the vector for point ``i``. ``None`` means permutation matrices.

    Raises :class:`InvalidMatrixError` if the columns do not span ``R^d`` or a
    generator does not act linearly on them.
    """

    def __init__(self, G: FiniteGroup, points: DomainMatrix | None = None) -> None:
        if points is None:
            points = DomainMatrix.eye(G.degree, sympy.QQ)
        if not points.domain.is_Field:
            points = points.convert_to(points.domain.get_field())
        if points.shape[1] != G.degree:
            raise InvalidMatrixError(f"{points.shape[1]} point vectors given for a group on {G.degree} points")
        self.group = G
        self._points = points
        _, pivots = points.rref()
        if len(pivots) != points.shape[0]:
            raise InvalidMatrixError(f"the point vectors span a space of dimension {len(pivots)}, "
                                     f"not R^{points.shape[0]}")
        self._basis = np.array(pivots, dtype=np.intp)
        self._basis_inverse = points.extract(list(range(points.shape[0])), list(pivots)).inv()
        for k, s in enumerate(G.generators):
            if self._domain_matrix_of(s) * points != self._columns(s):
                raise InvalidMatrixError(f"generator {k} ({s.tolist()}) does not act linearly on the point vectors")

    @property
    def dimension(self) -> int:
        """``d``: the action is on ``R^d``."""
        return int(self._points.shape[0])

    @property
    def domain(self) -> Any:
        """The exact field of the matrix entries (a SymPy domain)."""
        return self._points.domain

    def is_permutation_action(self) -> bool:
        """Whether every ``rho(g)`` is the permutation matrix of ``g``."""
        return self._points == DomainMatrix.eye(self.group.degree, self.domain)

    def _columns(self, perm_row: np.ndarray) -> DomainMatrix:
        return self._points.extract(list(range(self.dimension)), [int(i) for i in perm_row])

    def _domain_matrix_of(self, perm_row: np.ndarray) -> DomainMatrix:
        return self._columns(perm_row[self._basis]) * self._basis_inverse

    def domain_matrix(self, g: int) -> DomainMatrix:
        """``rho(g)`` as an exact :class:`DomainMatrix` (element index ``g``)."""
        return self._domain_matrix_of(self.group.elements[self.group._check_index(g)])

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
        return np.array([[float(sympy.N(K.to_sympy(x), 20)) for x in row] for row in self._points.to_list()])

    def numeric(self, g: Any = None) -> np.ndarray:
        """Floating-point ``rho(g)`` (numeric path): one ``d x d`` array, or a stack for an index array.

        ``g=None`` gives all ``|G|`` matrices, shape ``(|G|, d, d)``.
        """
        idx = np.arange(self.group.order) if g is None else self.group._check_index(g)
        P = self._numeric_points
        binv = np.linalg.inv(P[:, self._basis])
        cols = P[:, self.group.elements[idx][..., self._basis].astype(np.intp)]  # (d, ..., d)
        return np.moveaxis(cols, 0, -2) @ binv

    def kernel(self) -> np.ndarray:
        """Indices of the elements acting as the identity.

        ``rho(g) = 1`` iff ``p_{g(b)} = p_b`` for the basis points ``b``.
        """
        rows = self._points.to_list()
        vector_id: dict[tuple, int] = {}
        ids = np.array([vector_id.setdefault(tuple(r[i] for r in rows), len(vector_id))
                        for i in range(self.group.degree)])
        images = ids[self.group.elements[:, self._basis].astype(np.intp)]
        return np.flatnonzero(np.all(images == ids[self._basis], axis=1))

    def is_faithful(self) -> bool:
        """Whether only the identity acts trivially."""
        return self.kernel().size == 1

    def __repr__(self) -> str:
        return f"LinearAction({self.group!r} on R^{self.dimension} over {self.domain})"
