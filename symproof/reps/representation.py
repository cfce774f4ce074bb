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
tensor products, symmetric powers) live in :mod:`symproof.reps.constructions`.

>>> import symproof as sp
>>> rho = sp.natural_action(sp.group("D4"))
>>> rho.dimension, rho.matrix(rho.group.generator_indices[0]).tolist()
(2, [[0, -1], [1, 0]])
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import numpy as np
import sympy
from flint import acb, fmpq
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symproof._frozen import Memoised, frozen_array, readonly, set_attributes
from symproof._validation import check_group
from symproof.errors import InvalidMatrixError, SymproofInternalError
from symproof.exact import cyclotomic as cyc
from symproof.exact.balls import field_element_ball
from symproof.exact.fields import to_sympy_entry
from symproof.reps.class_functions import ClassFunction, decide_by_balls
from symproof.reps.dixon import character_field_conductor

if TYPE_CHECKING:  # pragma: no cover
    from symproof.groups.finite_group import FiniteGroup

__all__ = ["Representation", "character", "eigenvalue_multiplicities_at", "multiplicities_from_traces",
           "natural_action"]


class Representation(Memoised):
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

    Instances are immutable (:class:`~symproof.errors.ImmutableError` on ``setattr``); the
    action table and every returned array are read-only, and :attr:`points` is a copy.

    Examples
    --------
    >>> import symproof as sp
    >>> rho = sp.natural_action(sp.group("S3"))
    >>> rho.dimension, rho.trace(1)
    (3, 1)
    """

    group: FiniteGroup
    name: str | None
    _action: np.ndarray
    _points: DomainMatrix
    _basis: np.ndarray
    _basis_inverse: DomainMatrix

    def __init__(self, G: FiniteGroup, points: DomainMatrix | None = None, action: np.ndarray | None = None,
                 *, name: str | None = None) -> None:
        if points is None:
            points = DomainMatrix.eye(G.degree if action is None else action.shape[1], sympy.QQ)
        if not points.domain.is_Field:
            points = points.convert_to(points.domain.get_field())
        points = points.to_dense()  # one storage format, so exact comparisons compare values
        set_attributes(self, group=G, name=name, _action=G.elements if action is None else frozen_array(action),
                       _memo={})
        if self._action.shape != (G.order, points.shape[1]):
            raise InvalidMatrixError(f"{points.shape[1]} vectors but an action table of shape {self._action.shape} "
                                     f"for a group of order {G.order}")
        set_attributes(self, _points=points.copy())
        _, pivots = points.rref()
        if len(pivots) != points.shape[0]:
            raise InvalidMatrixError(f"the vectors span a space of dimension {len(pivots)}, not {points.shape[0]}")
        set_attributes(self, _basis=readonly(np.array(pivots, dtype=np.intp)),
                       _basis_inverse=points.extract(list(range(points.shape[0])), list(pivots)).inv().to_dense())
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
        """The vectors ``G`` permutes, as columns (a copy: changing it does not change ``rho``)."""
        return self._points.copy()

    @property
    def action(self) -> np.ndarray:
        """``action[g, i]``: the column ``g`` sends column ``i`` to (read-only)."""
        return self._action

    @property
    def basis_columns(self) -> np.ndarray:
        """Positions ``b`` of ``d`` independent columns of :attr:`points` (read-only); ``rho(g) = P[:, a(g, b)] B^{-1}``."""
        return self._basis

    @property
    def numeric_points(self) -> np.ndarray:
        """:attr:`points` in complex floating point (numeric path, read-only), each entry rounded once."""
        return self._numeric_points

    def is_permutation_action(self) -> bool:
        """Whether every ``rho(g)`` is a permutation matrix given by the action table."""
        return self._points == DomainMatrix.eye(self._points.shape[1], self.domain).to_dense()

    def _columns(self, row: np.ndarray) -> DomainMatrix:
        return self._points.extract(list(range(self.dimension)), [int(i) for i in row])

    def _domain_matrix_of(self, row: np.ndarray) -> DomainMatrix:
        return self._columns(row[self._basis]) * self._basis_inverse

    def domain_matrix(self, g: int) -> DomainMatrix:
        """``rho(g)`` as an exact dense :class:`DomainMatrix` (element index ``g``)."""
        return self._domain_matrix_of(self._action[int(self.group.check_index(g))]).to_dense()

    def matrix(self, g: int) -> sympy.Matrix:
        """``rho(g)`` as a SymPy matrix (exact)."""
        K = self.domain
        return sympy.Matrix([[to_sympy_entry(K, x) for x in row] for row in self.domain_matrix(g).to_list()])

    def trace(self, g: int) -> sympy.Expr:
        """``tr rho(g)``, exact."""
        return to_sympy_entry(self.domain, self.trace_element(int(self.group.check_index(g))))

    def trace_element(self, g: int) -> Any:
        """``tr rho(g)`` as an element of :attr:`domain` (exact; ``O(d)`` field additions, no matrix product).

        ``tr rho(g) = tr(B^{-1} P[:, a(g, b)]) = sum_j C[j, a(g, b_j)]`` with ``C = B^{-1} P``.

        >>> import symproof as sp
        >>> rho = sp.natural_action(sp.group("C4"))
        >>> [rho.trace_element(g) for g in range(4)] == [2, 0, -2, 0]
        True
        """
        C, images = self._trace_table, self._action[int(g)][self._basis]
        return sum((C[j][int(i)] for j, i in enumerate(images)), self.domain.zero)

    @functools.cached_property
    def _trace_table(self) -> list[list]:
        """``C = B^{-1} P`` as rows: ``C[j][i]`` is coordinate ``j`` of the vector ``p_i`` in the basis ``B``."""
        return (self._basis_inverse * self._points).to_dense().to_list()

    @functools.cached_property
    def _numeric_points(self) -> np.ndarray:
        K = self.domain
        return readonly(np.array([[complex(sympy.N(K.to_sympy(x), 20)) for x in row] for row in self._points.to_list()]))

    def numeric(self, g: Any = None) -> np.ndarray:
        """Floating-point ``rho(g)`` (numeric path): one ``d x d`` array, or a stack for an index array.

        ``g=None`` gives all ``|G|`` matrices, shape ``(|G|, d, d)``. Real when the field is real.
        """
        idx = np.arange(self.group.order) if g is None else self.group.check_index(g)
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
        """The character, exact; see :func:`character`."""
        return character(self)

    def __repr__(self) -> str:
        label = f"{self.name!r}, " if self.name else ""
        return f"Representation({label}{self.group!r} on K^{self.dimension}, K = {self.domain})"


def natural_action(G: FiniteGroup) -> Representation:
    """The natural linear action of ``G`` on ``R^d``, exact, memoised per group.

    Catalog groups carry the vectors their points stand for (the vertices of a regular
    polygon for ``C_n`` and ``D_n``, signed unit vectors for ``B_d``, ...); other groups
    act by permutation matrices.

    Parameters
    ----------
    G : FiniteGroup
        The group.

    Returns
    -------
    Representation
        ``rho`` with ``rho(g) p_i = p_{g(i)}`` for the points ``p_i = G.natural_points()[:, i]``.

    Raises
    ------
    InvalidArgumentError
        If ``G`` is not a :class:`~symproof.FiniteGroup`.

    Examples
    --------
    >>> import symproof as sp
    >>> rho = sp.natural_action(sp.group("D4"))
    >>> rho.dimension, rho.matrix(rho.group.generator_indices[0]).tolist()
    (2, [[0, -1], [1, 0]])
    """
    return check_group(G).memo("natural_action", lambda H: Representation(H, H.natural_points()))


def eigenvalue_multiplicities_at(rho: Representation, g: int) -> tuple[int, ...]:
    """Multiplicities ``m_l`` of the eigenvalue ``zeta_o^l`` of ``rho(g)``, ``o`` the order of ``g``; certified.

    The exact traces ``tr rho(g^k)``, ``k = 0..o-1`` (elements of ``rho``'s field, from the
    exact action) go through :func:`multiplicities_from_traces`.

    >>> import symproof as sp
    >>> rho = sp.natural_action(sp.group("C4"))
    >>> eigenvalue_multiplicities_at(rho, rho.group.generator_indices[0])   # i and -i
    (0, 1, 0, 1)
    """
    G, g = rho.group, int(g)
    traces, power = [], 0
    for _ in range(int(G.element_orders[g])):
        traces.append(rho.trace_element(power))
        power = G.mul(power, g)
    return multiplicities_from_traces(rho.domain, traces, rho.dimension, what=f"rho({G.element(g)})")


def multiplicities_from_traces(K: Any, traces: list, dimension: int, *, what: str = "a matrix") -> tuple[int, ...]:
    """Eigenvalue multiplicities of a matrix ``A`` of finite order ``o`` from the exact traces of its powers.

    ``m_l = (1/o) sum_k tr(A^k) zeta_o^{-lk}`` is an integer: it is evaluated in ball arithmetic
    from the exact traces (elements of the field ``K``), and accepted when every ball has
    radius below ``1/2`` and contains exactly one integer; the precision rises until it does
    (:func:`~symproof.reps.class_functions.decide_by_balls`). No floating point.

    Parameters
    ----------
    K
        The SymPy field of the traces (``QQ`` or an algebraic field).
    traces
        ``tr(A^k)`` for ``k = 0..o-1``, elements of ``K``.
    dimension
        The size of ``A``: the multiplicities must be non-negative and sum to it.
    what
        A name for ``A`` in error messages.

    Returns
    -------
    tuple of int
        ``m_0..m_{o-1}``, ``m_l`` the multiplicity of ``exp(2 pi i l/o)``.

    Raises
    ------
    SymproofInternalError
        If no precision up to the largest of
        :data:`~symproof.reps.class_functions.BALL_PRECISIONS` isolates integers, or they are
        not the multiplicities of a ``dimension x dimension`` matrix (the traces are inconsistent).

    Examples
    --------
    >>> from sympy.polys.domains import QQ
    >>> multiplicities_from_traces(QQ, [QQ(3), QQ(0), QQ(0)], 3)      # a 3-cycle
    (1, 1, 1)
    """
    o = len(traces)
    m = decide_by_balls(lambda: _dft_integers(K, traces), f"the eigenvalue multiplicities of {what}")
    if min(m) < 0 or sum(m) != dimension:
        raise SymproofInternalError(f"eigenvalue multiplicities {m} of {what} (order {o}) are not those of a "
                                    f"{dimension} x {dimension} matrix")
    return m


def _dft_integers(K: Any, traces: list) -> tuple[int, ...] | None:
    """``(1/o) sum_k traces[k] zeta_o^{-lk}`` for each ``l`` as integers, or None if a ball does not isolate one."""
    o = len(traces)
    balls = [(k, field_element_ball(K, x)) for k, x in enumerate(traces) if x]
    roots = [acb(fmpq(-2 * j, o)).exp_pi_i() for j in range(o)]  # zeta_o^{-j}
    out = []
    for l in range(o):
        m = sum((t * roots[l * k % o] for k, t in balls), acb(0)) / o
        n = m.real.unique_fmpz() if m.real.rad() < 0.5 and m.imag.contains(0) else None
        if n is None:
            return None
        out.append(int(n))
    return tuple(out)


def character(rho: Representation) -> ClassFunction:
    """The character ``chi(g) = tr rho(g)`` of a representation, exact.

    For a permutation action it counts fixed points. Otherwise, at a class representative
    ``g``, the eigenvalue multiplicities of :func:`eigenvalue_multiplicities_at` (certified
    integers from the exact traces of the powers of ``rho(g)``, no floating point) give the
    value ``sum_l m_l zeta_o^l`` in the table's field ``Q(zeta_f)``.

    Parameters
    ----------
    rho : Representation
        The representation.

    Returns
    -------
    ClassFunction
        Fixed-point counts for a permutation action; otherwise ``sum_l m_l zeta_o^l`` from
        :func:`eigenvalue_multiplicities_at` at each class representative.

    Examples
    --------
    >>> import symproof as sp
    >>> sp.decompose(character(sp.natural_action(sp.group("S3"))))    # R^3 = trivial + standard
    [1, 0, 1]
    """
    G = rho.group
    reps = np.array([c.representative for c in G.conjugacy_classes()])
    if rho.is_permutation_action():
        fixed = np.sum(rho.action[reps] == np.arange(rho.action.shape[1]), axis=1)
        return ClassFunction(G, [QQ(int(x)) for x in fixed], 1)
    f = character_field_conductor(G)
    return ClassFunction(G, [cyc.from_multiplicities(list(eigenvalue_multiplicities_at(rho, int(g))), f)
                             for g in reps], f)
