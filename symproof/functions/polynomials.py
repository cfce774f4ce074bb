"""Polynomial function classes of a linear action on ``R^d``.

Layer: functions. For a real linear action ``rho`` of ``G`` on ``R^d``,
``polynomials(rho, max_degree=k)`` is the space of polynomials of degree ``<= k`` in
``x_1..x_d`` and ``homogeneous_polynomials(rho, degree=k)`` those of degree exactly
``k``, with ``(lambda(g) f)(x) = f(rho(g)^{-1} x)``, on the monomial basis (by degree,
then by the sorted index tuple of the variables: ``1, x_1, x_2, x_1^2, x_1 x_2, ...``).

The character is a formula, the space is never built for it: polynomials of degree
``j`` are ``Sym^j(V*)``, whose character is ``conj(h_j)``, and the degrees of a class
form an arithmetic progression (``0..k``, one degree ``k``, ``0, k, 2k, ...`` for
products), over which ``sum_j h_j`` has the closed form of
:func:`~symproof.reps.molien.symmetric_power_sum` (the Molien series summed, never
expanded). So the character, the multiplicities, ``Irr(F)`` and the dimension cost the
same for ``max_degree=10**6`` as for ``max_degree=3``. What needs the space itself (the
basis, coordinates, the representation on it) stops with a
:class:`~symproof.errors.LimitExceededError` (``Limits.max_table``) when it is too large.

The exact representation (built on request) is ``Sym^j(rho*)``, ``rho*(g) =
rho(g^{-1})^T`` (``rho`` itself when orthogonal): ``G`` permutes the ``j``-fold products
of the linear forms that ``rho*``'s vectors stand for, so the representation is a
permutation table plus the coefficient vectors of those products (computed in a sparse
polynomial ring over the field of ``rho``). Only whole orbits of products that raise
the rank are kept, so the stored vectors are a small multiple of the dimension even for
a polygon's ``n`` vertices. Permutation and signed permutation actions give (signed)
monomials with rational entries; rotations give exact algebraic entries.

>>> import symproof as sp
>>> F = homogeneous_polynomials(sp.group("S3"), degree=3)
>>> F.dimension, F.basis[:4]
(10, (x_1**3, x_1**2*x_2, x_1**2*x_3, x_1*x_2**2))
>>> F.multiplicities()                       # the sign occurs once, at the Vandermonde polynomial
[3, 1, 3]
>>> big = polynomials(sp.group("S8"), max_degree=28)   # never built
>>> big.dimension, big.irreducibles() == tuple(range(1, 22))
(30260340, True)
>>> huge = polynomials(sp.group("S3"), max_degree=10**6)
>>> huge.dimension, huge.irreducibles()
(166667666668500001, (1, 2))
"""

from __future__ import annotations

import functools
import itertools
import operator
from collections.abc import Iterable
from math import comb
from typing import Any

import numpy as np
import sympy
from sympy.polys.matrices import DomainMatrix
from sympy.polys.rings import ring

from symproof._frozen import set_attributes
from symproof._validation import check_int
from symproof.config import limit_hint, resolve_limit
from symproof.errors import InvalidArgumentError, LimitExceededError
from symproof.functions.expressions import coordinate_symbols, exact_coordinates
from symproof.functions.function_class import FunctionClass, as_linear_action
from symproof.groups.finite_group import FiniteGroup
from symproof.reps.class_functions import ClassFunction
from symproof.reps.constructions import from_generator_images
from symproof.reps.molien import range_size, spectral_progression_sum, symmetric_power_sum
from symproof.reps.representation import Representation

__all__ = ["PolynomialClass", "dual_action", "homogeneous_polynomials", "polynomials"]


def _check_degree(value: Any, what: str) -> int:
    return check_int(value, what, min_value=0)


def dual_action(rho: Representation) -> Representation:
    """``rho*(g) = rho(g^{-1})^T``: the action on linear forms ``x -> l(g^{-1} x)`` in the basis ``x_i``.

    ``rho`` itself when its generators are orthogonal matrices.

    >>> import symproof as sp
    >>> rho = sp.natural_action(sp.group("S3"))
    >>> dual_action(rho) is rho
    True
    """
    G = rho.group
    gens = [int(s) for s in G.generator_indices]
    mats = [rho.domain_matrix(s) for s in gens]
    eye = DomainMatrix.eye(rho.dimension, rho.domain).to_dense()
    if all((M * M.transpose()).to_dense() == eye for M in mats):
        return rho
    return from_generator_images(G, [rho.matrix(G.inverse(s)).T for s in gens])


def _multiset_action(action: np.ndarray, multisets: np.ndarray) -> np.ndarray:
    """``table[g, c]``: the index of the multiset ``g . multisets[c]`` (sorted images) among ``multisets``."""
    order, (M, j) = action.shape[0], multisets.shape
    if j == 0:
        return np.zeros((order, M), dtype=np.int64)
    images = np.sort(action[:, multisets], axis=2).reshape(order * M, j)
    _, ids = np.unique(np.concatenate([multisets, images]), axis=0, return_inverse=True)
    ids = ids.reshape(-1)
    where = np.empty(M, dtype=np.int64)
    where[ids[:M]] = np.arange(M)
    return where[ids[M:]].reshape(order, M)


def _rank(vectors: list[dict[int, Any]], K: Any) -> int:
    rows: dict[int, dict[int, Any]] = {}
    for c, v in enumerate(vectors):
        for pos, coeff in v.items():
            rows.setdefault(pos, {})[c] = coeff
    size = 1 + max((pos for v in vectors for pos in v), default=0)
    return int(DomainMatrix(rows, (size, len(vectors)), K).rank())


def _spanning_orbits(action: np.ndarray, N0: int, j: int, vector: Any, dimension: int, K: Any
                     ) -> tuple[list[dict[int, Any]], np.ndarray]:
    """A ``G``-stable set of ``j``-multisets of points whose products span the degree-``j`` polynomials.

    Whole orbits of multisets are taken, in a fixed order, while they raise the rank. Returns the product
    vectors (``{coordinate: coefficient}``) and the action table on the chosen multisets.
    """
    count = comb(N0 + j - 1, j)
    if action.shape[0] * count * max(j, 1) > resolve_limit("max_table", None):
        raise LimitExceededError(f"the action on the {count} products of degree {j} needs a table of "
                                 f"{action.shape[0] * count * max(j, 1)} entries, above {limit_hint('max_table')}")
    combos = list(itertools.combinations_with_replacement(range(N0), j))
    multisets = np.array(combos, dtype=np.int64).reshape(len(combos), j)
    table = _multiset_action(action, multisets)
    covered = np.zeros(len(combos), dtype=bool)
    chosen: list[int] = []
    vectors: list[dict[int, Any]] = []
    rank = 0
    for c in range(len(combos)):
        if rank == dimension:
            break
        if covered[c]:
            continue
        orbit = np.unique(table[:, c])
        covered[orbit] = True
        new = [vector(multisets[o]) for o in orbit]
        larger = _rank(vectors + new, K)
        if larger > rank:
            chosen += orbit.tolist()
            vectors += new
            rank = larger
    renumber = np.full(len(combos), -1, dtype=np.int64)
    renumber[chosen] = np.arange(len(chosen))
    return vectors, renumber[table[:, chosen]]


class PolynomialClass(FunctionClass):
    """Polynomials on ``R^d`` with homogeneous parts of the given degrees, under ``rho``.

    Build with :func:`polynomials` or :func:`homogeneous_polynomials`; ``Sym^{<=k}`` of a
    polynomial class is again one (degrees: sums of at most ``k`` of the degrees).
    ``degrees`` may be a ``range`` (kept as one, so ``range(10**6 + 1)`` costs nothing) or
    any iterable of degrees ``>= 0``.
    """

    rho: Representation
    symbols: tuple[sympy.Symbol, ...]
    _runs: tuple[range, ...]

    def __init__(self, rho: Representation, degrees: range | Iterable[int], *, name: str) -> None:
        set_attributes(self, rho=rho, _runs=_as_runs(degrees), symbols=tuple(coordinate_symbols(rho.dimension)))
        super().__init__(rho.group, sum(_dimension(rho.dimension, run) for run in self._runs), name=name)

    @functools.cached_property
    def degrees(self) -> tuple[int, ...]:
        """The degrees of the homogeneous parts, increasing (listed on first use, within ``Limits.max_table``)."""
        self._check_size("the list of degrees", sum(range_size(run) for run in self._runs))
        return tuple(itertools.chain.from_iterable(self._runs))

    def _check_size(self, what: str, entries: int) -> None:
        limit = resolve_limit("max_table", None)
        if entries > limit:
            raise LimitExceededError(f"{what} of {self.name} (dimension {self.dimension}) needs {entries} entries, "
                                     f"above {limit_hint('max_table')}")

    def _monomials(self) -> list[tuple[int, ...]]:
        self._check_size("the monomial basis", self.dimension)
        d = self.rho.dimension
        return [m for j in self.degrees for m in itertools.combinations_with_replacement(range(d), j)]

    def _basis(self) -> tuple[sympy.Expr, ...]:
        x = self.symbols
        return tuple(sympy.Mul(*(x[i] for i in m)) for m in self._monomials())

    @functools.cached_property
    def _position(self) -> dict[tuple[int, ...], int]:
        """Exponent vector of a monomial -> its coordinate."""
        d = self.rho.dimension
        return {tuple(m.count(i) for i in range(d)): pos for pos, m in enumerate(self._monomials())}

    def coordinates(self, f: Any) -> sympy.Matrix:
        """The exact coordinates of a polynomial ``f`` in ``x_1..x_d`` (a column).

        Raises :class:`InvalidArgumentError` if ``f`` is not a polynomial of this class.
        """
        column = sympy.zeros(self.dimension, 1)
        for exponents, c in exact_coordinates(f, self.symbols).items():
            if exponents not in self._position:
                raise InvalidArgumentError(f"{f} has a term of degree {sum(exponents)}; the class has degrees "
                                           f"{self.degrees}")
            column[self._position[exponents]] = c
        return column

    def _representation(self) -> Representation:
        self._check_size("the action table of the representation", self.group.order * self.dimension)
        dual = dual_action(self.rho)
        K, d, N0 = dual.domain, dual.dimension, dual.points.shape[1]
        _, *x = ring([f"x{r}" for r in range(d)], K)
        P0 = dual.points.to_list()
        forms = [sum((P0[r][i] * x[r] for r in range(d) if P0[r][i]), x[0].ring.zero) for i in range(N0)]

        def vector(multiset: np.ndarray) -> dict[int, Any]:
            product = functools.reduce(operator.mul, (forms[i] for i in multiset), x[0].ring.one)
            return {self._position[e]: c for e, c in product.items()}

        entries: dict[int, dict[int, Any]] = {}
        tables, offset = [], 0
        for j in self.degrees:
            vectors, table = _spanning_orbits(dual.action, N0, j, vector, comb(d + j - 1, j), K)
            for c, v in enumerate(vectors):
                for pos, coeff in v.items():
                    entries.setdefault(pos, {})[offset + c] = coeff
            tables.append(offset + table)
            offset += len(vectors)
        points = DomainMatrix(entries, (self.dimension, offset), K)
        return Representation(self.group, points, np.concatenate(tables, axis=1))

    def _character(self) -> ClassFunction:
        parts = [symmetric_power_sum(self.rho, run) for run in self._runs]
        return functools.reduce(operator.add, parts).dual()  # Sym^j(V*)

    def _products(self, k: int) -> PolynomialClass:
        return PolynomialClass(self.rho, _sums(self._runs, k), name=f"Sym^<={k}({self.name})")


def _as_runs(degrees: range | Iterable[int]) -> tuple[range, ...]:
    """Degrees as disjoint increasing arithmetic progressions: a ``range`` as itself, other degrees in runs of steps 1."""
    if isinstance(degrees, range):
        if degrees.step < 1 or not degrees or degrees[0] < 0:
            raise InvalidArgumentError(f"degrees must be a non-empty range of degrees >= 0, got {degrees!r}")
        return (degrees if range_size(degrees) > 1 else range(degrees[0], degrees[0] + 1),)
    values = sorted({check_int(j, "a degree", min_value=0) for j in degrees})
    if not values:
        raise InvalidArgumentError("a polynomial class needs at least one degree")
    runs, start = [], 0
    for i in range(1, len(values) + 1):
        if i == len(values) or values[i] != values[i - 1] + 1:
            runs.append(range(values[start], values[i - 1] + 1))
            start = i
    return tuple(runs)


def _dimension(d: int, run: range) -> int:
    """``sum_{j in run} C(d + j - 1, j)`` (the trace of ``Sym^j`` of the identity on ``K^d``), in closed form."""
    return spectral_progression_sum((d,), run)[0]


def _sums(runs: tuple[range, ...], k: int) -> range | set[int]:
    """The sums of at most ``k`` degrees: a progression in closed form for ``0, a, ..., n a`` and for one degree."""
    if len(runs) == 1 and (runs[0][0] == 0 or range_size(runs[0]) == 1):
        run = runs[0]
        step = run.step if run[0] == 0 else run[0]
        return range(0, k * run[-1] + 1, max(step, 1))
    degrees = set(itertools.chain.from_iterable(runs))
    total = {0}
    for _ in range(k):
        total |= {x + y for x in total for y in degrees}
    return total


def polynomials(rho: Representation | FiniteGroup, *, max_degree: int) -> PolynomialClass:
    """Polynomials of degree ``<= max_degree`` on ``R^d`` under a real linear action.

    Parameters
    ----------
    rho
        A real :class:`Representation` (a linear action on ``R^d``), or a group (its natural action).
    max_degree
        ``k >= 0``.

    Raises
    ------
    InvalidArgumentError
        ``max_degree`` is not an int ``>= 0``, or ``rho`` is not an action.
    InvalidMatrixError
        ``rho`` is not real.

    Returns
    -------
    PolynomialClass
        The function class ``Sym^{<=k}`` of the linear functions, of dimension ``C(d + k, k)``.

    Notes
    -----
    Multiplicities from the Molien series (MATH.md section 5) summed in closed form over the
    degrees ``0..k`` (:func:`~symproof.reps.molien.symmetric_power_sum`): the cost does not
    grow with ``k`` (only the integers do), so ``max_degree=10**6`` answers ``irreducibles()``,
    ``multiplicities()`` and ``dimension`` at once. The basis and the representation on the
    space need ``dim F`` and ``|G| dim F`` entries: above ``Limits.max_table`` they raise
    :class:`~symproof.errors.LimitExceededError`.

    Examples
    --------
    >>> import symproof as sp
    >>> F = polynomials(sp.group("D4"), max_degree=4)
    >>> F.dimension, F.irreducibles()
    (15, (1, 2, 3, 4))
    """
    k = _check_degree(max_degree, "max_degree")
    rho = as_linear_action(rho)
    return PolynomialClass(rho, range(k + 1), name=f"polynomials of degree <= {k} on R^{rho.dimension}")


def homogeneous_polynomials(rho: Representation | FiniteGroup, *, degree: int) -> PolynomialClass:
    """Return the homogeneous polynomials of degree ``degree`` on ``R^d`` under a real linear action.

    ``g`` acts by ``(lambda(g) p)(x) = p(rho(g)^{-1} x)``; multiplicities come from the Molien
    series (MATH.md section 5).

    Parameters
    ----------
    rho : Representation or FiniteGroup
        A real linear action on ``R^d``, or a group (its natural action).
    degree : int
        The degree ``k >= 0``.

    Returns
    -------
    PolynomialClass
        A function class of dimension ``C(d + k - 1, k)``.

    Raises
    ------
    InvalidArgumentError
        If ``degree`` is not an int ``>= 0`` or ``rho`` is not an action.
    InvalidMatrixError
        If ``rho`` is not real.

    Examples
    --------
    >>> import symproof as sp
    >>> homogeneous_polynomials(sp.group("C4"), degree=2).multiplicities()
    [1, 2, 0, 0]
    """
    k = _check_degree(degree, "degree")
    rho = as_linear_action(rho)
    return PolynomialClass(rho, range(k, k + 1), name=f"homogeneous polynomials of degree {k} on R^{rho.dimension}")
