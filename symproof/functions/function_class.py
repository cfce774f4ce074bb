"""Function classes: finite-dimensional G-modules of real functions with a named basis.

Layer: functions. A **function class** ``F`` (``MATH.md`` section 1) is a space of
functions ``X -> R`` closed under ``(lambda(g) f)(x) = f(g^{-1} x)``. A
:class:`FunctionClass` has a basis (SymPy expressions: the functions themselves, or
symbols ``delta_i`` standing for indicator functions), the exact representation
``lambda`` on that basis (a :class:`~symproof.reps.representation.Representation`, built only
when asked: ``lambda(g)`` is ``F.matrix(g)``, column ``j`` the coordinates of
``lambda(g) f_j``), and its character, by a formula where one exists, so that
multiplicities and ``Irr(F)`` never need the space itself. Concrete classes live in
:mod:`~symproof.functions.polynomials`, :mod:`~symproof.functions.gsets` and
:mod:`~symproof.functions.user_basis`.

Algorithms on a class are free functions here (:func:`reynolds_operator`,
:func:`isotypic_components`, :func:`weighted_sum`, ...); methods delegate to them.

>>> import symproof as sp
>>> F = sp.polynomials(sp.natural_action(sp.group("S3")), max_degree=2)
>>> F.dimension, F.multiplicities(), F.irreducibles()
(10, [4, 0, 3], (2,))
>>> P = F.reynolds_operator()
>>> P * P == P, P.rank() == F.invariant_dimension()
(True, True)
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import sympy
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symproof._frozen import Frozen, frozen_record, set_attributes
from symproof._validation import check_group, check_int, check_type
from symproof.errors import InvalidArgumentError, InvalidMatrixError
from symproof.exact import cyclotomic as cyc
from symproof.exact.fields import chebyshev_cosines, common_domain, real_cyclotomic_field
from symproof.groups.finite_group import FiniteGroup
from symproof.groups.matrix_groups import exact_matrices
from symproof.reps.character_table import character_table, decompose
from symproof.reps.class_functions import ClassFunction
from symproof.reps.constructions import from_generator_images, invariant_subspace
from symproof.reps.representation import Representation, natural_action

__all__ = [
    "FunctionClass",
    "IsotypicComponent",
    "as_linear_action",
    "isotypic_components",
    "linear_action",
    "reynolds_operator",
    "symmetric_products",
    "weighted_sum",
]


class FunctionClass(Frozen):
    """A ``G``-module of real functions with a named basis.

    Subclasses (one per kind of class) provide the basis, the representation on it, the
    character by formula, and ``Sym^{<=k}``; this base class holds what follows from them.
    Instances are immutable; costly facts are cached and do not depend on call order.

    Parameters
    ----------
    G
        The group.
    dimension
        ``dim F``.
    name
        A label for display.

    Examples
    --------
    >>> import symproof as sp
    >>> F = sp.polynomials(sp.group("S3"), max_degree=1)
    >>> F.dimension, F.irreducibles()
    (4, (2,))
    """

    group: FiniteGroup
    dimension: int
    name: str

    def __init__(self, G: FiniteGroup, dimension: int, *, name: str) -> None:
        set_attributes(self, group=G, dimension=int(dimension), name=name)

    # -- what a kind of class provides ---------------------------------------------

    def _basis(self) -> tuple[sympy.Expr, ...]:  # pragma: no cover - abstract
        raise NotImplementedError

    def _representation(self) -> Representation:  # pragma: no cover - abstract
        raise NotImplementedError

    def _character(self) -> ClassFunction:
        return self.representation().character()

    def _products(self, k: int) -> FunctionClass:  # pragma: no cover - abstract
        raise NotImplementedError

    # -- basis and action ------------------------------------------------------------

    @functools.cached_property
    def basis(self) -> tuple[sympy.Expr, ...]:
        """The basis functions (or symbols naming them), in coordinate order."""
        return self._basis()

    def expression(self, coordinates: Iterable[Any]) -> sympy.Expr:
        """``sum_j c_j f_j`` for coordinates ``c`` (SymPy numbers or a 1-column matrix)."""
        c = list(sympy.Matrix(list(coordinates) if not isinstance(coordinates, sympy.MatrixBase) else coordinates))
        if len(c) != self.dimension:
            raise InvalidArgumentError(f"{len(c)} coordinates for a class of dimension {self.dimension}")
        return sympy.Add(*(a * f for a, f in zip(c, self.basis)))

    def representation(self) -> Representation:
        """``lambda`` on the basis, exact (built on first use; may hit ``max_table``)."""
        return self._cached_representation

    @functools.cached_property
    def _cached_representation(self) -> Representation:
        return self._representation()

    def matrix(self, g: int) -> DomainMatrix:
        """``lambda(g)`` in the basis, exact: column ``j`` holds the coordinates of ``lambda(g) f_j``."""
        return self.representation().domain_matrix(g)

    # -- characters and multiplicities -------------------------------------------------

    def character(self) -> ClassFunction:
        """The character of ``lambda`` (exact; by formula where the class has one)."""
        return self._cached_character

    @functools.cached_property
    def _cached_character(self) -> ClassFunction:
        return self._character()

    def multiplicities(self) -> list[int]:
        """Multiplicity in ``F`` (complexified) of each row of ``character_table(G)`` (a new list each call)."""
        return list(self._multiplicities)

    @functools.cached_property
    def _multiplicities(self) -> tuple[int, ...]:
        return tuple(decompose(self.character()))

    def irreducibles(self) -> tuple[int, ...]:
        """``Irr(F)``: the non-trivial rows of the character table that occur in ``F``."""
        return tuple(i for i, m in enumerate(self.multiplicities()) if i and m)

    def invariant_dimension(self) -> int:
        """``dim F^G``: the multiplicity of the trivial character."""
        return self.multiplicities()[0]

    def kernel(self) -> np.ndarray:
        """Indices of the elements acting trivially on ``F`` (``chi_F(g) = chi_F(1)``)."""
        chi = self.character()
        classes = [c for c, v in zip(self.group.conjugacy_classes(), chi.values) if v == chi.values[0]]
        return np.sort(np.concatenate([c.elements for c in classes]))

    def is_faithful(self) -> bool:
        """Whether only the identity acts trivially on ``F``."""
        return self.kernel().size == 1

    # -- operators (delegating) --------------------------------------------------------

    def reynolds_operator(self) -> DomainMatrix:
        """``P_0 = (1/|G|) sum_g lambda(g)``; see :func:`reynolds_operator` (a copy of the cached matrix)."""
        return self._reynolds.copy()

    @functools.cached_property
    def _reynolds(self) -> DomainMatrix:
        return reynolds_operator(self)

    def invariant_subspace(self) -> sympy.Matrix:
        """An exact basis (columns of coordinates) of ``F^G``."""
        return invariant_subspace(self.representation())

    def invariant_functions(self) -> list[sympy.Expr]:
        """A basis of ``F^G`` as expressions in the basis functions."""
        B = self.invariant_subspace()
        return [self.expression(B.col(j)) for j in range(B.cols)]

    def isotypic_components(self) -> tuple[IsotypicComponent, ...]:
        """The real isotypic decomposition; see :func:`isotypic_components`."""
        return isotypic_components(self)

    def symmetric_products(self, k: int) -> FunctionClass:
        """``Sym^{<=k}(F)``; see :func:`symmetric_products`."""
        return symmetric_products(self, k)

    def __repr__(self) -> str:
        return f"FunctionClass({self.name!r}, {self.group.name or self.group!r}, dimension={self.dimension})"


# -- linear actions at the boundary ----------------------------------------------------


def _is_real_field(K: Any) -> bool:
    if K == QQ:
        return True
    ext = getattr(K, "ext", None)
    return ext is not None and bool(ext.as_expr().is_real)


def as_linear_action(rho: Representation | FiniteGroup) -> Representation:
    """A real linear action: ``rho`` itself (checked to be real), or a group's natural action."""
    if isinstance(rho, FiniteGroup):
        rho = natural_action(rho)
    if not isinstance(rho, Representation):
        raise InvalidArgumentError(f"expected a Representation (a linear action on R^d) or a FiniteGroup, got {rho!r}")
    if not _is_real_field(rho.domain):
        raise InvalidMatrixError(f"{rho!r} is not real (entries in {rho.domain}); function classes need a real "
                                 "linear action")
    return rho


def linear_action(G: FiniteGroup, matrices: Sequence[Any]) -> Representation:
    """The linear action of ``G`` on ``R^d`` sending ``G.generators[k]`` to ``matrices[k]``.

    Matrices must be square, of one size, real, exact and invertible
    (:class:`InvalidMatrixError` otherwise) and satisfy the relations of ``G``
    (:class:`~symproof.errors.NotAHomomorphismError`).

    Parameters
    ----------
    G : FiniteGroup
        The group.
    matrices : sequence of matrices
        One exact real ``d x d`` matrix per generator of ``G``.

    Returns
    -------
    Representation
        The linear action on ``R^d``.

    Raises
    ------
    InvalidMatrixError
        If a matrix is not square, of the common size, real, exact and invertible.
    NotAHomomorphismError
        If the matrices do not satisfy the relations of ``G``.

    Examples
    --------
    >>> import symproof as sp
    >>> rho = linear_action(sp.group("C2"), [[[-1]]])
    >>> rho.dimension, rho.matrix(1).tolist()
    (1, [[-1]])
    """
    check_group(G)
    mats = list(matrices)
    exact_matrices(mats, real=True)
    return from_generator_images(G, mats)


# -- weighted sums of lambda(g) ---------------------------------------------------------


def _frame(rho: Representation) -> tuple[list[int], DomainMatrix]:
    """Columns ``b`` of ``rho.points`` forming a basis, and ``B^{-1}`` for ``B = points[:, b]``."""
    P, d = rho.points, rho.dimension
    if rho.is_permutation_action():
        return list(range(d)), DomainMatrix.eye(d, P.domain)
    _, pivots = P.rref()
    return list(pivots), P.extract(list(range(d)), list(pivots)).inv()


def weighted_sum(rho: Representation, weights: Iterable[tuple[np.ndarray, Any]], domain: Any = QQ) -> DomainMatrix:
    """``sum_g w(g) rho(g)``, exact, for weights given as groups ``(element indices, value)``.

    ``value`` lies in ``domain`` (a real field). The result is over the common field, in sparse format
    (compare ``DomainMatrix`` objects in one format: ``A.to_sparse() == B.to_sparse()``).

    Notes
    -----
    With ``rho(g) = P[:, a(g, b)] B^{-1}``, the sum is ``P C B^{-1}`` where
    ``C[i, j] = sum_{g : a(g, b_j) = i} w(g)``: one integer count per (point, basis column)
    and weight value, then two exact matrix products; no ``|G|`` matrix products.

    >>> import symproof as sp
    >>> rho = sp.natural_action(sp.group("C4"))
    >>> weighted_sum(rho, [(np.arange(4), QQ(1, 4))]).to_Matrix()
    Matrix([
    [0, 0],
    [0, 0]])
    """
    P, N = rho.points, rho.points.shape[1]
    pivots, B_inv = _frame(rho)
    images = rho.action[:, pivots]
    entries: dict[int, dict[int, Any]] = {}
    for idx, value in weights:
        idx = np.asarray(idx, dtype=np.int64)
        if not value or idx.size == 0:
            continue
        for j in range(len(pivots)):
            counts = np.bincount(images[idx, j].astype(np.int64), minlength=N)
            for i in np.flatnonzero(counts):
                row = entries.setdefault(int(i), {})
                row[j] = row.get(j, domain.zero) + domain.convert(int(counts[i])) * value
    C = DomainMatrix({i: {j: v for j, v in row.items() if v} for i, row in entries.items()},
                     (N, len(pivots)), domain)
    P, C, B_inv = common_domain([P.to_sparse(), C, B_inv.to_sparse()])
    return (P * C * B_inv).to_sparse()


def reynolds_operator(F: FunctionClass) -> DomainMatrix:
    """``P_0 = (1/|G|) sum_g lambda(g)``: the projection of ``F`` onto ``F^G``, exact.

    An idempotent commuting with every ``lambda(g)``; its rank is ``dim F^G``.

    Parameters
    ----------
    F : FunctionClass
        The function class.

    Returns
    -------
    DomainMatrix
        ``P_0`` in the basis of ``F``, over the field of ``F``.

    Notes
    -----
    ``sum_g lambda(g)`` over the exact matrices of ``F``: ``O(|G| (dim F)^2)`` field
    additions.

    Examples
    --------
    >>> import symproof as sp
    >>> reynolds_operator(sp.regular_functions(sp.group("C3"))).to_Matrix()
    Matrix([
    [1/3, 1/3, 1/3],
    [1/3, 1/3, 1/3],
    [1/3, 1/3, 1/3]])
    """
    G = F.group
    return weighted_sum(F.representation(), [(np.arange(G.order), QQ(1, G.order))])


# -- isotypic components --------------------------------------------------------------


@frozen_record
class IsotypicComponent:
    """A real isotypic component of ``F``.

    Attributes
    ----------
    rows
        The rows of the character table it belongs to: ``(i,)`` for a real-valued character,
        ``(i, j)`` for a pair of complex conjugate characters (one real component).
    multiplicity
        Multiplicity of ``chi_i`` in ``F`` (complexified; the same for ``chi_j``).
    projection
        The exact projection of ``F`` onto the component (``sum`` of the central idempotents
        ``(d/|G|) sum_g conj(chi(g)) lambda(g)`` over ``rows``).

    Examples
    --------
    >>> import symproof as sp
    >>> c = sp.isotypic_components(sp.polynomials(sp.group("S3"), max_degree=1))[1]
    >>> c.rows, c.multiplicity, c.dimension
    ((2,), 1, 2)
    """

    rows: tuple[int, ...]
    multiplicity: int
    projection: DomainMatrix

    @property
    def dimension(self) -> int:
        """Dimension of the component: the rank of its projection."""
        return int(self.projection.rank())

    def basis(self) -> DomainMatrix:
        """An exact basis of the component (columns of coordinates)."""
        return self.projection.columnspace()


@functools.cache
def _cosines(f: int) -> tuple[Any, tuple]:
    """``K = Q(cos(2 pi/f))`` and ``cos(2 pi k/f)`` in ``K`` for ``k <= f/2``."""
    K = real_cyclotomic_field(f)
    return K, tuple(chebyshev_cosines(K, f, f // 2 + 1))


def _real_value(x: Any, f: int) -> Any:
    """A real element ``sum_k c_k zeta_f^k`` of ``Q(zeta_f)`` as ``sum_k c_k cos(2 pi k/f)`` in ``Q(cos(2 pi/f))``."""
    K, cosines = _cosines(f)
    return sum((K.convert(c) * cosines[min(k % f, -k % f)] for k, c in enumerate(cyc.coordinates(x, f)) if c),
               K.zero)


def _conjugate_row(T: Any, i: int) -> int:
    dual = T[i].dual()
    return next(j for j, chi in enumerate(T.rows()) if chi == dual)


def isotypic_components(F: FunctionClass) -> tuple[IsotypicComponent, ...]:
    """The decomposition of ``F`` into real isotypic components, with multiplicities.

    One component per real-valued irreducible occurring in ``F`` and one per pair of complex
    conjugate irreducibles (``F`` is real, so both occur, equally often). Projections are
    exact, over the real field generated by the action and the character values. The
    isotypic component of ``pi`` is the image of the projection
    ``(d_pi/|G|) sum_g conj(chi_pi(g)) lambda(g)``.

    Parameters
    ----------
    F : FunctionClass
        The function class.

    Returns
    -------
    tuple of IsotypicComponent
        Components with their rows, multiplicity and projection; their dimensions sum to
        ``dim F``.

    Notes
    -----
    One class-sum projection per component: ``O(|G| (dim F)^2)`` field operations each.

    Examples
    --------
    >>> import symproof as sp
    >>> parts = isotypic_components(sp.polynomials(sp.group("S3"), max_degree=2))
    >>> [(c.rows, c.multiplicity, c.dimension) for c in parts]
    [((0,), 4, 4), ((2,), 3, 6)]
    """
    G, T = F.group, character_table(F.group)
    out: list[IsotypicComponent] = []
    done: set[int] = set()
    for i, m in enumerate(F.multiplicities()):
        if not m or i in done:
            continue
        j = _conjugate_row(T, i)
        rows = (i,) if j == i else (i, j)
        done.update(rows)
        total = sum((T[r].dual() for r in rows[1:]), T[i].dual())  # real: conj chi_i + conj chi_j
        K, _ = _cosines(total.conductor)
        scale = QQ(T.degrees[i], G.order)
        weights = [(c.elements, K.convert(scale) * _real_value(v, total.conductor))
                   for c, v in zip(G.conjugacy_classes(), total.values)]
        out.append(IsotypicComponent(rows, m, weighted_sum(F.representation(), weights, K)))
    return tuple(out)


# -- Sym^{<=k}(F) -------------------------------------------------------------------------


def symmetric_products(F: FunctionClass, k: int) -> FunctionClass:
    """``Sym^{<=k}(F)``: the span of pointwise products of at most ``k`` functions of ``F``.

    The empty product (the constants) is included (``MATH.md`` section 4). For polynomials of
    degree ``<= m`` this is the polynomials of degree ``<= km``; a class closed under products
    (functions on a ``G``-set) gives itself.

    Parameters
    ----------
    F : FunctionClass
        The function class.
    k : int
        The largest number of factors, ``>= 0``.

    Returns
    -------
    FunctionClass
        ``Sym^{<=k}(F)``.

    Raises
    ------
    InvalidArgumentError
        If ``k`` is not an int ``>= 0``, or the class does not support products.

    Examples
    --------
    >>> import symproof as sp
    >>> F = sp.polynomials(sp.group("S3"), max_degree=1)
    >>> symmetric_products(F, 3).irreducibles()     # the sign appears at the Vandermonde, degree 3
    (1, 2)
    """
    k = check_int(k, "the number of factors k", min_value=0)
    check_type(F, FunctionClass, "F", "a FunctionClass")
    return F._products(int(k))
