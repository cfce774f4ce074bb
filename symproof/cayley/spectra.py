"""Spectra of Cayley graphs through the irreducibles of ``G`` (MATH.md section 6).

For a multiset ``S`` the uniform scheme ``omega = (1/|S|) sum_{s in S} delta_s`` gives
the random-walk operator of ``Cay(G, S)`` (edges ``x -> s^{-1} x``, as in
:func:`symproof.cayley_graph`)::

    E_omega f (x) = (1/|S|) sum_{s in S} f(s^{-1} x),      E_omega = A / |S|,

``A`` the adjacency matrix (``A[x, y]`` = number of ``s`` with ``y = s^{-1} x``). The graph is
``|S|``-regular, so ``A / |S|`` is also its normalised adjacency ``D^{-1/2} A D^{-1/2}``: the
operator ``"walk"``. Since ``lambda`` is the direct sum of ``d_pi`` copies of every
irreducible ``pi``, the eigenvalues (and singular values) of ``E_omega`` are those of the
blocks ``omega_hat(pi) = sum_s omega(s) pi(s)``, each repeated ``d_pi`` times.

Routes (the result's ``method``; ``method="auto"`` picks the first that applies):

``"class sums"``, exact
    ``S`` a union of conjugacy classes (with multiplicities; every ``S`` of an abelian
    group): ``A_hat(pi) = (sum_{s in S} chi_pi(s) / chi_pi(1)) I`` by Schur's lemma, one
    number per irreducible with multiplicity ``d_pi^2``. Needs the character table, the class
    of each distinct ``s`` (``G.class_index``) and the class sizes; ``G`` is never enumerated.
``"fourier"``: the Fourier blocks ``A_hat(pi) = sum_{s in S} pi(s)``, each with its provenance
    * linear characters: the value ``sum_s chi(s)`` from the table (exact);
    * irreducibles with rational matrices (Young's seminormal form for ``S_n``, or a
      representation over ``QQ``): the rational block, its characteristic polynomial in
      ``Z[x]`` (python-flint) and its exact roots (:mod:`symproof.cayley.fourier_blocks`):
      rationals and surds, ``CRootOf`` up to degree 12, ``RealAlgebraic`` above; non-real
      roots of degree ``>= 3`` (a non-symmetric ``S``) are certified enclosures;
    * other irreducibles, exactly (``exact=True`` or ``|G| <= max_exact_spectrum_order``):
      the characteristic polynomial of a Galois orbit of blocks from the character table,
      ``tr(A_hat(pi)^k) = sum_g c_k(g) chi_pi(g)`` with ``c_k(g)`` the number of words
      ``s_1 ... s_k = g`` in ``S`` (enumerates ``G``), then Newton's identities;
    * otherwise (and for every block with ``exact=False``) floating-point blocks
      ``pi.weighted_sum`` (Young's orthogonal form for ``S_n``): estimates. If ``G`` has no
      explicit irreducibles the dense route is used instead (and named in the result).
    Singular values are the square roots of the eigenvalues of ``A_hat(pi)^* A_hat(pi)``.
``"dense"``, ``"sparse"``
    The operator as a sparse ``|G| x |G|`` matrix (:func:`cayley_operator`): all
    eigenvalues with numpy, or ``lambda_*``, ``lambda_2`` and the smallest eigenvalue by
    Lanczos (ARPACK, :func:`lanczos_extremes`). Independent cross-checks of the block routes.

``lambda_*`` is the largest absolute value once exactly one copy of the trivial value
(``1`` for the walk, ``|S|`` for ``A``) is removed, so a disconnected or bipartite graph
has ``lambda_* = 1``. :func:`lambda_star` uses singular values, so that for every ``S``
``w(omega; L^2(G)) = max_{pi != 1} ||omega_hat(pi)||_op^2 = lambda_*^2`` (MATH.md section 3);
for symmetric ``S`` they are the absolute eigenvalues.

>>> import symproof as sp
>>> G = sp.group("S3")
>>> spec = cayley_spectrum(G, [[1, 0, 2], [0, 2, 1], [2, 1, 0]], operator="adjacency")
>>> spec.provenance, spec.multiplicities()
(Provenance.EXACT, {3: 1, 0: 4, -3: 1})
>>> lambda_star(G, [[1, 0, 2], [0, 2, 1], [2, 1, 0]]).value      # bipartite
1
>>> lambda_star(G, [[1, 2, 0], [1, 0, 2]])  # not symmetric: a singular value 1 though S generates
SpectralValue(value=1, provenance=Provenance.EXACT, method='fourier')
>>> lambda_star(G, [[1, 2, 0], [2, 0, 1], [1, 0, 2], [0, 2, 1]])
SpectralValue(value=1/2, provenance=Provenance.EXACT, method='fourier')
"""

from __future__ import annotations

import dataclasses
import functools
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import numpy as np
import sympy
from flint import fmpz_poly

from symproof._frozen import frozen_record
from symproof._validation import check_bool, check_choice, check_group, check_seed
from symproof.cayley import fourier_blocks as fb
from symproof.config import get_limits, resolve_limit
from symproof.errors import InvalidArgumentError, InvalidValueError, LimitExceededError, SymproofInternalError
from symproof.exact import cyclotomic as cyc
from symproof.exact.algebraic import RealAlgebraic, real_roots
from symproof.exact.power_sums import from_power_sums
from symproof.exact.provenance import Provenance, weakest
from symproof.groups.subgroups import element_indices
from symproof.reps.character_table import character_table
from symproof.reps.irreducibles import Construction, irreducible_representations

if TYPE_CHECKING:  # pragma: no cover
    import scipy.sparse

    from symproof.groups.finite_group import FiniteGroup

__all__ = [
    "CayleySpectrum",
    "SpectralValue",
    "SpectrumBlock",
    "cayley_multiset",
    "cayley_operator",
    "cayley_spectrum",
    "class_census",
    "galois_orbits",
    "is_class_closed",
    "lambda_star",
    "lanczos_extremes",
    "spectral_gap",
]

OPERATORS = ("walk", "adjacency")
QUANTITIES = ("eigenvalues", "singular values")
_X = sympy.Symbol("x")


def _route(record: Any) -> str:
    """The route, kept for compatibility: ``"exact"`` when ``provenance`` is ``EXACT``, else ``"numeric"``.

    ``"numeric"`` names a floating-point construction; what the numbers are known to be is
    ``provenance``.
    """
    return "exact" if record.provenance is Provenance.EXACT else "numeric"


route_kind = property(_route)


@frozen_record
class SpectrumBlock:
    """The values of one block of the operator; each occurs ``multiplicity`` times on ``L^2(G)``.

    ``rows`` are the irreducibles (rows of the character table) the block belongs to: one
    row for a Fourier block ``A_hat(pi)``, a Galois orbit for blocks computed from
    characters, ``()`` for the dense route (one block holding all ``|G|`` values). ``values``
    are listed with their multiplicity inside the block: exact numbers when ``provenance`` is
    ``EXACT`` (SymPy rationals, surds and ``CRootOf``, or
    :class:`~symproof.exact.algebraic.RealAlgebraic` for real roots of degree above
    ``fourier_blocks.SYMPY_ROOT_DEGREE``), floats within ``radius`` of the true values when
    ``CERTIFIED``, floats without an error bound when ``ESTIMATE``. ``factors`` are
    ``(polynomial over QQ, exponent)`` pairs whose product is the block's exact
    characteristic polynomial :attr:`charpoly` (of ``B^* B`` for singular values of a block
    ``B``; empty for floating-point blocks); ``numeric`` holds the values in floating point.
    """

    rows: tuple[int, ...]
    multiplicity: int
    values: tuple
    provenance: Provenance
    factors: tuple = ()
    numeric: np.ndarray = dataclasses.field(default=None, compare=False, repr=False)  # type: ignore[arg-type]
    radius: float = 0.0

    kind = route_kind

    @functools.cached_property
    def charpoly(self) -> sympy.Poly | None:
        """The block's exact characteristic polynomial over ``QQ`` (``None`` for floating-point blocks)."""
        if not self.factors:
            return None
        return functools.reduce(lambda a, b: a * b, (f ** e for f, e in self.factors))


@frozen_record
class SpectralValue:
    """A number derived from a spectrum: ``value``, its :class:`~symproof.exact.provenance.Provenance` and route.

    ``value`` is an exact number when ``provenance`` is ``EXACT`` (SymPy, or a
    :class:`~symproof.exact.algebraic.RealAlgebraic` of high degree), else a float. Returned by :func:`lambda_star`,
    :func:`spectral_gap` and :meth:`CayleySpectrum.lambda_star`.

    Attributes
    ----------
    value : sympy.Expr, RealAlgebraic or float
        The number.
    provenance : Provenance
        ``EXACT``, ``CERTIFIED`` or ``ESTIMATE``.
    method : str
        The route: ``"class sums"``, ``"fourier"`` (Fourier blocks), ``"dense"`` or ``"sparse"`` (Lanczos).
    kind : str
        ``"exact"`` or ``"numeric"`` (compatibility).

    Examples
    --------
    >>> import symproof as sp
    >>> v = sp.spectral_gap(sp.group("C4"), [1, 3])
    >>> float(v), v.kind
    (1.0, 'exact')
    """

    value: Any
    provenance: Provenance
    method: str

    kind = route_kind

    def __float__(self) -> float:
        return float(self.value)


@frozen_record
class CayleySpectrum:
    """The eigenvalues or singular values of the walk operator or adjacency matrix of ``Cay(G, S)``.

    Attributes: ``operator`` (``"walk"`` = ``A/|S|`` or ``"adjacency"`` = ``A``), ``quantity``
    (``"eigenvalues"`` or ``"singular values"``), ``provenance`` (``EXACT``, or ``ESTIMATE`` for
    floating-point values; ``kind`` is ``"exact"`` or ``"numeric"``, the route, for compatibility),
    ``method`` (``"class sums"``, ``"fourier"`` or ``"dense"``), ``degree`` ``|S|``, ``group_order`` ``|G|``,
    ``blocks`` (:class:`SpectrumBlock`, the multiplicities summing to ``|G|``). Returned by
    :func:`cayley_spectrum`. For the uniform scheme ``omega`` on ``S`` the walk operator is
    ``E_omega`` on ``L^2(G)``; its eigenvalues are those of ``omega_hat(pi)``, each
    repeated ``d_pi`` times (MATH.md section 6).

    Attributes
    ----------
    operator : {"walk", "adjacency"}
        ``A/|S|`` or ``A``.
    quantity : {"eigenvalues", "singular values"}
        What the blocks hold.
    provenance : Provenance
        ``EXACT``, or ``ESTIMATE`` for floating-point values.
    method : {"class sums", "fourier", "dense"}
        The route taken: ``"class sums"`` when ``S`` is a union of conjugacy classes (one exact
        value ``sum_{s in S} chi_pi(s) / chi_pi(1)`` per irreducible, Schur's lemma), else the
        Fourier blocks (each with its own provenance) or the dense matrix.
    degree : int
        ``|S|`` (with repeats).
    group_order : int
        ``|G|``.
    blocks : tuple of SpectrumBlock
        The values with multiplicities summing to ``|G|``.

    Examples
    --------
    >>> import symproof as sp
    >>> spec = sp.cayley_spectrum(sp.group("C4"), [1, 3])       # the 4-cycle
    >>> spec.multiplicities(), spec.degree, spec.group_order
    ({1: 1, 0: 2, -1: 1}, 2, 4)
    """

    operator: str
    quantity: str
    provenance: Provenance
    method: str
    degree: int
    group_order: int
    blocks: tuple[SpectrumBlock, ...]

    kind = route_kind

    @property
    def trivial_value(self) -> int:
        """The value of the constants: ``1`` for the walk, ``|S|`` for the adjacency matrix."""
        return 1 if self.operator == "walk" else self.degree

    def to_numpy(self) -> np.ndarray:
        """All ``|G|`` values with multiplicity, in floating point, largest first.

        Real values are sorted descending; complex ones by descending absolute value, then real part.
        """
        values = np.concatenate([np.repeat(b.numeric, b.multiplicity) for b in self.blocks])
        if np.all(np.abs(values.imag) <= 1e-12 * max(1, self.trivial_value)):
            return np.sort(values.real)[::-1]
        return values[np.lexsort((-values.real, -np.abs(values)))]

    def multiplicities(self, decimals: int = 9) -> dict:
        """``{value: multiplicity}`` over ``L^2(G)``, largest value first.

        Exact values are merged when equal as SymPy numbers (different blocks can share a
        value); numeric ones when they agree after rounding to ``decimals`` places.
        """
        counts: Counter = Counter()
        for b in self.blocks:
            for v, x in zip(b.values, b.numeric):
                key = v if self.kind == "exact" else _rounded(x, decimals)
                counts[key] += b.multiplicity
        return dict(sorted(counts.items(), key=lambda kv: _sort_key(fb.numeric_value(kv[0]))))

    def lambda_star(self) -> SpectralValue:
        """The largest absolute value once exactly one copy of :attr:`trivial_value` is removed.

        For ``quantity="eigenvalues"`` and non-symmetric ``S`` this is the largest
        non-trivial absolute eigenvalue (at most the singular-value ``lambda_*``).
        """
        rest = _without_one_trivial(self)
        if not rest:
            value: Any = sympy.Integer(0) if self.kind == "exact" else 0.0
        else:
            if self.kind == "exact":
                value = fb.exact_abs(_exact_largest([(v, abs(x)) for v, x in rest], key=fb.exact_abs))
            else:
                value = float(max(abs(x) for _, x in rest))
        return SpectralValue(value, self.provenance, self.method)

    def second_eigenvalue(self) -> SpectralValue:
        """``lambda_2``: the largest eigenvalue once one copy of the trivial value is removed (real spectra)."""
        if self.quantity != "eigenvalues":
            raise InvalidValueError(f"lambda_2 is read from eigenvalues, not {self.quantity}")
        rest = _without_one_trivial(self)
        if any(abs(complex(x).imag) > 1e-9 * max(1, self.trivial_value) for _, x in rest):
            raise InvalidValueError("lambda_2 needs a real spectrum (a symmetric multiset S)")
        if not rest:
            raise InvalidValueError("a group of order 1 has no second eigenvalue")
        if self.kind == "exact":
            return SpectralValue(_exact_largest([(v, x.real) for v, x in rest]), self.provenance, self.method)
        return SpectralValue(float(max(x.real for _, x in rest)), self.provenance, self.method)


# -- input -------------------------------------------------------------------------------


def cayley_multiset(G: FiniteGroup, S: Any) -> np.ndarray:
    """The multiset ``S`` as a sorted array of element indices (validated).

    ``S`` is an iterable of element indices or image lists (repeats allowed), or a mapping
    ``{element: multiplicity}`` with positive integer multiplicities.

    >>> import symproof as sp
    >>> cayley_multiset(sp.group("C4"), {1: 2, 3: 1}).tolist()
    [1, 1, 3]
    """
    check_group(G)
    if isinstance(S, (str, bytes)) or not isinstance(S, Iterable):
        raise InvalidArgumentError(f"S must be an iterable of elements or a mapping to multiplicities, got {S!r}")
    if isinstance(S, Mapping):
        for x, m in S.items():
            if isinstance(m, bool) or not isinstance(m, (int, np.integer)):
                raise InvalidArgumentError(f"multiplicity of {x!r} in S must be a positive int, got {m!r}; "
                                           f"S is a multiset of elements, not weights")
            if m < 1:
                raise InvalidValueError(f"multiplicity of {x!r} in S must be a positive int, got {m!r}")
        items = [x for x, m in S.items() for _ in range(int(m))]
    else:
        items = list(S)
    if not items:
        raise InvalidValueError(f"S is empty ({S!r}): Cay(G, S) needs at least one element")
    return np.sort(element_indices(G, items))


def _check_exact(exact: Any) -> bool | None:
    return None if exact is None else check_bool(exact, "exact")


# -- the operator as a sparse matrix ------------------------------------------------------------


def cayley_operator(G: FiniteGroup, S: Any, *, operator: str = "walk") -> scipy.sparse.csr_array:
    """The walk operator ``A/|S|`` (or ``A``) of ``Cay(G, S)`` as a sparse ``|G| x |G|`` matrix.

    Row ``x`` has ``1/|S|`` (or ``1``) at column ``s^{-1} x`` for every ``s`` in ``S``, so
    ``(M f)(x) = E_omega f(x)`` for the uniform scheme ``omega`` on ``S`` (the left Cayley
    graph with edges ``x -> s^{-1} x``, MATH.md section 6).

    Parameters
    ----------
    G : FiniteGroup
        A finite group.
    S : iterable or mapping
        A multiset of elements (indices or image lists, or ``{element: multiplicity}``).
    operator : {"walk", "adjacency"}
        ``A/|S|`` (default) or ``A``.

    Returns
    -------
    scipy.sparse.csr_array
        The ``|G| x |G|`` float matrix.

    Raises
    ------
    InvalidArgumentError
        If ``S`` or ``operator`` is malformed (:class:`NotInGroupError` for an element
        outside ``G``).
    InvalidValueError
        If ``S`` is empty or a multiplicity is not positive.

    Notes
    -----
    One left translation per distinct element of ``S``: ``O(|G| |S|)`` time and memory.

    Examples
    --------
    >>> import symproof as sp
    >>> cayley_operator(sp.group("C3"), [1], operator="adjacency").toarray().astype(int).tolist()
    [[0, 0, 1], [1, 0, 0], [0, 1, 0]]
    """
    import scipy.sparse

    check_choice(operator, "operator", OPERATORS)
    S = cayley_multiset(G, S)
    elements, counts = np.unique(S, return_counts=True)
    scale = 1.0 / S.size if operator == "walk" else 1.0
    nodes = np.arange(G.order)
    cols = np.concatenate([G.left_translation(int(G.inverses[s])) for s in elements])
    rows = np.tile(nodes, elements.size)
    data = np.repeat(counts * scale, G.order)
    return scipy.sparse.csr_array((data, (rows, cols)), shape=(G.order, G.order))


# -- spectra --------------------------------------------------------------------------------


def cayley_spectrum(G: FiniteGroup, S: Any, *, operator: str = "walk", quantity: str = "eigenvalues",
                    method: str = "auto", exact: bool | None = None) -> CayleySpectrum:
    """The eigenvalues (or singular values) of the walk operator or the adjacency matrix of ``Cay(G, S)``.

    Parameters
    ----------
    G
        A finite group.
    S
        A multiset of elements (indices or image lists, or ``{element: multiplicity}``).
    operator
        ``"walk"`` (``E_omega = A/|S|``, the normalised adjacency) or ``"adjacency"`` (``A``).
    quantity
        ``"eigenvalues"`` or ``"singular values"``.
    method
        The route (recorded as the result's ``method``): ``"class sums"`` (``S`` a union of
        conjugacy classes, with multiplicities; every ``S`` in an abelian group: one exact
        value per irreducible, without enumerating ``G``), ``"fourier"`` (the blocks
        ``A_hat(pi)``, see the module notes), ``"dense"`` (numpy on the ``|G| x |G|``
        matrix) or ``"auto"``: class sums when ``S`` is class-closed (unless ``exact=False``),
        else Fourier blocks, else dense for a floating-point spectrum (``exact=False``) of a
        group of order at most ``TINY_DENSE_ORDER``.
    exact
        ``True`` for exact values on every block, ``False`` for floating point, ``None``: exact
        where cheap (class sums, linear characters, rational irreducibles such as Young's
        seminormal form for ``S_n``; the other blocks when ``|G| <= 120``), else floating point.

    Returns
    -------
    CayleySpectrum

    Raises
    ------
    InvalidArgumentError
        bad ``S`` or option; ``NotInGroupError`` for an element outside ``G``.
    InvalidValueError
        ``method="class sums"`` for an ``S`` that is not a union of conjugacy classes.
    LimitExceededError
        the exact word counts need more than ``max_table`` steps, or the dense matrix more
        than ``max_table`` entries.

    Examples
    --------
    The hypercube ``Q_3``: eigenvalues ``3 - 2j`` with multiplicity ``C(3, j)``.

    >>> import symproof as sp
    >>> G = sp.group("C2^3")
    >>> spec = cayley_spectrum(G, G.generator_indices, operator="adjacency")
    >>> spec.multiplicities(), spec.method
    ({3: 1, 1: 3, -1: 3, -3: 1}, 'class sums')
    >>> cayley_spectrum(G, G.generator_indices, method="dense").to_numpy().round(6).tolist()[:4]
    [1.0, 0.333333, 0.333333, 0.333333]

    Notes
    -----
    Class sums: one character value per class of ``S`` and irreducible (``G.class_index`` of
    each distinct element of ``S``, the class sizes and the character table). Rational
    Fourier blocks: ``|S|`` products of seminormal matrices and one characteristic
    polynomial per irreducible, ``O(|S| n^2 sum_pi d_pi^3)``, then exact real roots. Other
    exact blocks: word counts ``O(K |G| |S|)`` (``K`` the largest block size) and one
    factorisation per Galois orbit. Numeric Fourier blocks: ``O(sum d_pi^3)``. Dense:
    ``O(|G|^3)``.
    """
    check_choice(operator, "operator", OPERATORS)
    check_choice(quantity, "quantity", QUANTITIES)
    check_choice(method, "method", SPECTRUM_METHODS)
    exact = _check_exact(exact)
    if exact and method == "dense":
        raise InvalidValueError("exact=True needs method='auto', 'class sums' or 'fourier', got method='dense'")
    S = cayley_multiset(G, S)
    if method in ("auto", "class sums") and exact is not False:
        census = class_census(G, S)
        if census.closed:
            blocks = _character_blocks(G, S, census, galois_orbits(G), operator, quantity)
            return _spectrum(G, S, operator, quantity, "class sums", blocks)
    if method == "class sums":
        raise InvalidValueError(f"S is not a union of conjugacy classes of {G}; use method='fourier' or 'auto'")
    if method == "auto":
        method = "dense" if exact is False and G.order <= TINY_DENSE_ORDER else "fourier"
    if method == "fourier":
        try:
            return _spectrum(G, S, operator, quantity, "fourier", _fourier_blocks(G, S, operator, quantity, exact))
        except LimitExceededError:  # no irreducibles within Limits.max_numeric_irreducible_order: the matrix route
            if exact:
                raise
    return _spectrum(G, S, operator, quantity, "dense", _dense_blocks(G, S, operator, quantity))


SPECTRUM_METHODS = ("auto", "class sums", "fourier", "dense")
TINY_DENSE_ORDER = 32
"""``cayley_spectrum(method="auto", exact=False)`` diagonalises the dense matrix up to this order."""


def _spectrum(G: FiniteGroup, S: np.ndarray, operator: str, quantity: str, method: str,
              blocks: list[SpectrumBlock]) -> CayleySpectrum:
    blocks = sorted(blocks, key=lambda b: b.rows)
    return CayleySpectrum(operator, quantity, weakest(*(b.provenance for b in blocks)), method, int(S.size), G.order,
                          tuple(blocks))


def _scale(S: np.ndarray, operator: str, quantity: str) -> int:
    """What the adjacency values are divided by: ``|S|`` (``|S|^2`` for ``B^* B``) for the walk, ``1`` for ``A``."""
    if operator == "adjacency":
        return 1
    return int(S.size) if quantity == "eigenvalues" else int(S.size) ** 2


def _is_symmetric(G: FiniteGroup, S: np.ndarray) -> bool:
    """``S = S^{-1}`` with multiplicities (inverting only the elements of ``S``)."""
    return Counter(S.tolist()) == Counter(np.atleast_1d(G.inverse(S)).tolist())


# -- classes of S -------------------------------------------------------------------------------


@frozen_record
class ClassCensus:
    """How a multiset ``S`` meets the conjugacy classes: ``counts[k]`` elements (with repeats) in class ``k``.

    ``closed`` says whether ``S`` is a union of classes with multiplicities (every element of
    a class hit occurs equally often). Built from ``G.class_index`` of each distinct element
    and the class sizes: ``G`` is not enumerated.
    """

    counts: dict
    closed: bool


def class_census(G: FiniteGroup, S: np.ndarray) -> ClassCensus:
    """The :class:`ClassCensus` of ``S`` (element indices).

    >>> import symproof as sp
    >>> G = sp.group("S3")
    >>> transpositions = np.flatnonzero(G.element_orders == 2)
    >>> class_census(G, transpositions).closed, class_census(G, transpositions[:1]).closed
    (True, False)
    """
    elements, counts = np.unique(np.asarray(S, dtype=np.int64), return_counts=True)
    members: dict[int, list[int]] = {}
    for g, m in zip(elements.tolist(), counts.tolist()):
        members.setdefault(G.class_index(G.element(g)), []).append(m)
    sizes = {k: G.conjugacy_classes()[k].size for k in members}
    closed = all(len(ms) == sizes[k] and len(set(ms)) == 1 for k, ms in members.items())
    return ClassCensus({k: sum(ms) for k, ms in sorted(members.items())}, closed)


def is_class_closed(G: FiniteGroup, S: np.ndarray) -> bool:
    """Whether the multiset ``S`` (element indices) is a union of conjugacy classes, with multiplicities.

    >>> import symproof as sp
    >>> G = sp.group("S3")
    >>> transpositions = np.flatnonzero(G.element_orders == 2)
    >>> is_class_closed(G, transpositions), is_class_closed(G, transpositions[:1])
    (True, False)
    """
    return class_census(G, S).closed


# -- blocks from characters: class sums and linear characters ------------------------------------------


def _character_blocks(G: FiniteGroup, S: np.ndarray, census: ClassCensus, orbits: list[tuple[int, ...]],
                      operator: str, quantity: str) -> list[SpectrumBlock]:
    """Blocks with ``A_hat(pi) = (sum_{s in S} chi_pi(s) / chi_pi(1)) I`` (class-closed ``S``, or ``d_pi = 1``), exactly.

    One value per irreducible, ``d_pi`` times in a block of multiplicity ``d_pi``; a block is a
    Galois orbit, whose values are the roots of a rational polynomial of the orbit's length.
    """
    T = character_table(G)
    f = T.conductor
    blocks = []
    for orbit in orbits:
        d = T.degrees[orbit[0]]
        values = [sum((T[i].values[k] * c for k, c in census.counts.items()), T[i].values[0] * 0) / d for i in orbit]
        if quantity == "singular values":
            values = [x * cyc.conjugate(x, f) for x in values]
        power_sums = [_rational(sum((x ** k for x in values), values[0] * 0), f) for k in range(1, len(orbit) + 1)]
        N = _charpoly_from_power_sums(power_sums)
        blocks.append(_polynomial_block(orbit, d, N, _scale(S, operator, quantity), quantity, repeat=d))
    return blocks


def _integer_poly(p: sympy.Poly) -> fmpz_poly:
    return fmpz_poly([int(c) for c in reversed(p.all_coeffs())])


def _polynomial_block(rows: tuple[int, ...], multiplicity: int, N: fmpz_poly, scale: int, quantity: str,
                      approximate: np.ndarray | None = None, repeat: int = 1) -> SpectrumBlock:
    """The block whose values are the roots of ``N`` over ``scale`` (their square roots for singular values), each ``repeat`` times.

    ``N`` is the integer characteristic polynomial of the adjacency block (of ``B^* B`` for
    singular values); exact roots where possible (:func:`~symproof.cayley.fourier_blocks.polynomial_roots`),
    guided by ``approximate`` (the values in floating point) when given.
    """
    N = fb.scaled_roots(N, scale)
    if quantity == "eigenvalues":
        roots = fb.polynomial_roots(N, approximate)
    else:  # the square roots: the non-negative roots of N(x^2); 0 is a double root there
        guide = None if approximate is None else np.concatenate([approximate, -approximate])
        roots = [r if r.numeric.real > 0 else dataclasses.replace(r, multiplicity=r.multiplicity // 2)
                 for r in fb.polynomial_roots(fb.squared_argument(N), guide) if r.numeric.real >= 0]
    values = [r.value for r in roots for _ in range(r.multiplicity * repeat)]
    numeric = np.array([r.numeric for r in roots for _ in range(r.multiplicity * repeat)])
    if np.all(numeric.imag == 0):
        numeric = numeric.real
    order = fb.descending(numeric)
    provenance = weakest(*(r.provenance for r in roots)) if roots else Provenance.EXACT
    lead = int(N.leading_coefficient())
    factor = sympy.Poly([sympy.Rational(int(c), lead) for c in reversed(N.coeffs())], _X, domain="QQ")
    return SpectrumBlock(tuple(rows), multiplicity, tuple(values[k] for k in order), provenance,
                         factors=((factor, repeat),), numeric=numeric[order],
                         radius=max((r.radius for r in roots), default=0.0))


def _rational(x: Any, f: int) -> Fraction:
    """An element of ``Q(zeta_f)`` known to be rational, as an integer-or-rational (a Galois-orbit power sum)."""
    if f == 1:
        return fb.as_fraction(x)
    coords = cyc.coordinates(x, f)
    if any(coords[1:]):  # pragma: no cover - a Galois orbit's power sums are rational
        raise SymproofInternalError("a power sum over a Galois orbit is not rational")
    return Fraction(int(coords[0].numerator), int(coords[0].denominator))


# -- Fourier blocks -------------------------------------------------------------------------------------


def _fourier_blocks(G: FiniteGroup, S: np.ndarray, operator: str, quantity: str,
                    exact: bool | None) -> list[SpectrumBlock]:
    """One block per Galois orbit (exact) or irreducible (numeric), each by the cheapest route allowed by ``exact``.

    Exact, always: orbits of linear characters (from the table) and irreducibles with
    rational matrices (the rational block ``A_hat(pi)``, its integer characteristic
    polynomial, its exact roots). The other orbits: exact from word counts when ``exact``
    or ``|G| <= max_exact_spectrum_order``, else floating-point blocks.
    """
    if exact is False:
        return _numeric_blocks(G, S, operator, quantity, range(len(character_table(G))))
    T = character_table(G)
    irreducibles = _available_irreducibles(G, required=False)
    census = class_census(G, S)
    rational = _rational_rows(G, S, irreducibles, exact)
    blocks, pending = [], []
    for orbit in galois_orbits(G):
        if T.degrees[orbit[0]] == 1:
            blocks.extend(_character_blocks(G, S, census, [orbit], operator, quantity))
        elif len(orbit) == 1 and orbit[0] in rational:
            assert irreducibles is not None
            blocks.append(_rational_fourier_block(irreducibles[orbit[0]], S, operator, quantity))
        else:
            pending.append(orbit)
    if pending and (exact or G.order <= get_limits().max_exact_spectrum_order):
        blocks.extend(_word_count_blocks(G, S, pending, operator, quantity))
    elif pending:
        blocks.extend(_numeric_blocks(G, S, operator, quantity, [i for o in pending for i in o]))
    return blocks


def _rational_rows(G: FiniteGroup, S: np.ndarray, irreducibles: tuple | None, exact: bool | None) -> set[int]:
    """Rows whose block is computed over ``QQ``: rational matrices, within the ``max_table`` budget.

    The work is ``sum_pi d_pi^2`` times the distinct elements of ``S`` times ``n(n-1)/2`` (the
    longest word in adjacent transpositions). Over budget: an error with ``exact=True``,
    else those rows take the other routes.
    """
    if not irreducibles:
        return set()
    rows = {pi.row for pi in irreducibles if pi.dimension > 1 and fb.has_rational_matrices(pi)}
    words = max(G.degree * (G.degree - 1) // 2, 1)
    work = sum(irreducibles[i].dimension ** 2 for i in rows) * np.unique(S).size * words
    budget = resolve_limit("max_table", None)
    if work <= budget:
        return rows
    if exact:
        raise LimitExceededError(f"the rational Fourier blocks of Cay({G}, |S|={S.size}) need about {work} steps, "
                                 f"above max_table={budget}; use exact=None or False, or raise sp.limits(max_table=...)")
    return set()


def _available_irreducibles(G: FiniteGroup, *, required: bool) -> tuple | None:
    """``irreducible_representations(G)``, or ``None`` when some irreducible is out of reach and none is required."""
    try:
        return irreducible_representations(G)
    except LimitExceededError:
        if required:
            raise
        return None


def _rational_fourier_block(pi: Any, S: np.ndarray, operator: str, quantity: str) -> SpectrumBlock:
    """``A_hat(pi) = sum_{s in S} pi(s)`` over ``QQ``: the exact roots of its characteristic polynomial.

    Young's blocks: the multimodular characteristic polynomial, its roots isolated between the
    eigenvalues of the floating-point block (Young's orthogonal form).
    """
    elements, counts = np.unique(S, return_counts=True)
    gram = quantity == "singular values"
    scale = _scale(S, operator, quantity)
    if pi.construction is Construction.YOUNG_ORTHOGONAL:
        N = fb.young_block_charpoly(pi, elements.tolist(), counts.tolist(), gram=gram)
        hermitian = not gram and _is_symmetric(pi.group, S)
        weights = counts / (S.size if operator == "walk" else 1)
        approximate = _numeric_values(pi.weighted_sum(elements, weights), quantity, True) if hermitian or gram else None
    else:
        A = fb.rational_block(pi, elements.tolist(), counts.tolist())
        N, approximate = fb.integer_charpoly(fb.adjoint(pi, A) * A if gram else A), None
    return _polynomial_block((pi.row,), pi.dimension, N, scale, quantity, approximate)


def _numeric_blocks(G: FiniteGroup, S: np.ndarray, operator: str, quantity: str,
                    rows: Iterable[int]) -> list[SpectrumBlock]:
    """Floating-point blocks ``omega_hat(pi)`` of the irreducibles ``rows`` (estimates)."""
    irreducibles = _available_irreducibles(G, required=True)
    assert irreducibles is not None
    elements, counts = np.unique(S, return_counts=True)
    weights = counts / S.size if operator == "walk" else counts.astype(float)
    hermitian = quantity == "eigenvalues" and _is_symmetric(G, S)
    blocks = []
    for i in rows:
        pi = irreducibles[i]
        values = _numeric_values(pi.weighted_sum(elements, weights), quantity, hermitian)
        blocks.append(SpectrumBlock((i,), pi.dimension, tuple(values.tolist()), Provenance.ESTIMATE, numeric=values))
    return blocks


def _dense_blocks(G: FiniteGroup, S: np.ndarray, operator: str, quantity: str) -> list[SpectrumBlock]:
    limit = resolve_limit("max_table", None)
    if G.order ** 2 > limit:
        raise LimitExceededError(f"the dense operator of {G} has {G.order ** 2} entries, above max_table={limit}; "
                                 f"use method='fourier', lambda_star(method='sparse') or raise "
                                 f"sp.limits(max_table=...)")
    M = cayley_operator(G, S, operator=operator).toarray()
    hermitian = quantity == "eigenvalues" and _is_symmetric(G, S)
    values = _numeric_values(M, quantity, hermitian)
    return [SpectrumBlock((), 1, tuple(values.tolist()), Provenance.ESTIMATE, numeric=values)]


def _numeric_values(M: np.ndarray, quantity: str, hermitian: bool) -> np.ndarray:
    if quantity == "singular values":
        values = np.linalg.svd(M, compute_uv=False)
    elif hermitian:
        values = np.linalg.eigvalsh(M)
    else:
        values = np.linalg.eigvals(M)
    if np.iscomplexobj(values) and np.all(np.abs(values.imag) < 1e-12):
        values = values.real
    return values[fb.descending(values)]


# -- exact blocks from word counts: characteristic polynomials from characters ------------------------


def _word_count_blocks(G: FiniteGroup, S: np.ndarray, orbits: list[tuple[int, ...]], operator: str,
                       quantity: str) -> list[SpectrumBlock]:
    """Exact blocks of Galois orbits: ``tr(A_hat(pi)^k) = sum_g c_k(g) chi_pi(g)`` and Newton's identities (enumerates ``G``)."""
    words = S if quantity == "eigenvalues" else G.mul(G.inverses[S][:, None], S[None, :]).ravel()
    T = character_table(G)
    sizes = [T.degrees[o[0]] * len(o) for o in orbits]
    budget, work = resolve_limit("max_table", None), max(sizes) * G.order * np.unique(words).size
    if work > budget:
        raise LimitExceededError(f"exact spectrum of Cay({G}, |S|={S.size}) needs {work} word-count steps, above "
                                 f"max_table={budget}; use exact=False or raise sp.limits(max_table=...)")
    class_sums = _class_word_counts(G, words, max(sizes))
    blocks = []
    for orbit, size in zip(orbits, sizes):
        psi = _rational_orbit_character(T, orbit)
        power_sums = [sum(p * c for p, c in zip(psi, sums)) for sums in class_sums[:size]]
        N = _charpoly_from_power_sums(power_sums)
        blocks.append(_polynomial_block(orbit, T.degrees[orbit[0]], N, _scale(S, operator, quantity), quantity))
    return blocks


def galois_orbits(G: FiniteGroup) -> list[tuple[int, ...]]:
    """Rows of the character table grouped into orbits of ``Gal(Q(zeta_f)/Q)`` (``chi -> chi^sigma``).

    >>> import symproof as sp
    >>> galois_orbits(sp.group("C5"))
    [(0,), (1, 2, 3, 4)]
    """
    T = character_table(G)
    f = T.conductor
    if f <= 2:  # rational characters
        return [(i,) for i in range(len(T))]
    key_of = {_key(T[i].values, f): i for i in range(len(T))}
    units = [a for a in range(1, f) if math.gcd(a, f) == 1]
    orbits, seen = [], set()
    for i in range(len(T)):
        if i in seen:
            continue
        orbit = sorted({key_of[_key([cyc.galois(v, f, a) for v in T[i].values], f)] for a in units})
        seen.update(orbit)
        orbits.append(tuple(orbit))
    return orbits


def _key(values: Sequence[Any], f: int) -> tuple:
    return tuple(tuple(cyc.coordinates(v, f)) for v in values)


def _rational_orbit_character(T: Any, orbit: tuple[int, ...]) -> list[int]:
    """``sum_{i in orbit} chi_i`` on each class: a rational, hence integer, class function."""
    f = T.conductor
    out = []
    for column in zip(*(T[i].values for i in orbit)):
        total = _rational(sum(column[1:], column[0]), f)
        if total.denominator != 1:  # pragma: no cover - Galois theory
            raise SymproofInternalError("the sum over a Galois orbit of characters is not an integer")
        out.append(int(total))
    return out


def _class_word_counts(G: FiniteGroup, words: np.ndarray, K: int) -> list[list[int]]:
    """``[[sum_{g in C} c_k(g) for C in classes] for k in 1..K]``, ``c_k(g)`` = number of words of length ``k``."""
    elements, counts = np.unique(words, return_counts=True)
    shifts = [G.left_translation(int(G.inverses[s])) for s in elements]  # g -> s^{-1} g
    c = np.zeros(G.order, dtype=object)
    c[:] = 0
    c[elements] = [int(m) for m in counts]
    members = [np.flatnonzero(G.class_of == j) for j in range(len(G.conjugacy_classes()))]
    out = []
    for k in range(1, K + 1):
        out.append([int(c[m].sum()) for m in members])
        if k < K:  # c_{k+1}(g) = sum_s c_k(s^{-1} g)
            c = sum((int(m) * c[L] for m, L in zip(counts, shifts)), np.zeros(G.order, dtype=object))
    return out


def _charpoly_from_power_sums(p: Sequence[int | Fraction]) -> fmpz_poly:
    """The monic integer polynomial whose roots (algebraic integers) have power sums ``p[0], p[1], ...`` (Newton)."""
    e = [x[0] for x in from_power_sums([[Fraction(v)] for v in p], one=Fraction(1), kind="elementary")]
    coeffs = [(-1) ** k * e[k] for k in range(len(e))]
    if any(c.denominator != 1 for c in coeffs):  # pragma: no cover - eigenvalues are algebraic integers
        raise SymproofInternalError("characteristic polynomial of an integer operator with non-integer coefficients")
    return fmpz_poly([int(c) for c in reversed(coeffs)])


# -- lambda_*, gap --------------------------------------------------------------------------------


def _rounded(x: complex, decimals: int) -> Any:
    x = complex(x)
    re, im = round(x.real, decimals) + 0.0, round(x.imag, decimals) + 0.0
    return re if im == 0 else complex(re, im)


def _sort_key(x: complex) -> tuple:
    return (-x.real, -x.imag)


def _without_one_trivial(spec: CayleySpectrum) -> list[tuple[Any, complex]]:
    """``(value, numeric value)`` for each value still present once one copy of the trivial value is removed.

    A value of a block occurs ``multiplicity`` times, so only a value of a block with
    multiplicity 1 can disappear; values are listed once per block entry, not per copy.
    """
    entries = [[v, complex(x), b.multiplicity] for b in spec.blocks for v, x in zip(b.values, b.numeric)]
    if spec.kind == "exact":
        drop = next(k for k, (v, _, _) in enumerate(entries) if v == spec.trivial_value)
    else:
        drop = int(np.argmin([abs(x - spec.trivial_value) for _, x, _ in entries]))
    entries[drop][2] -= 1
    return [(v, x) for v, x, copies in entries if copies > 0]


def _exact_largest(candidates: list[tuple[Any, float]], key: Any = None) -> Any:
    """The exact value with the largest ``key`` (identity by default), given the floating-point keys.

    Only the values within ``1e-9`` of the top floating-point key are compared exactly.
    """
    key = key or (lambda v: v)
    top = max(x for _, x in candidates)
    near = [v for v, x in candidates if x >= top - 1e-9 * max(1.0, abs(top))]
    best = near[0]
    for v in near[1:]:
        if v is not best and _exact_compare(key(v), key(best)) > 0:
            best = v
    return best


def _exact_compare(a: Any, b: Any) -> int:
    """``-1, 0, 1`` as ``a <, ==, > b`` for exact real values (SymPy numbers or ``RealAlgebraic``)."""
    if isinstance(a, RealAlgebraic) or isinstance(b, RealAlgebraic):
        return _as_real_algebraic(a).compare(_as_real_algebraic(b))
    difference = a - b
    return 0 if difference.equals(0) else (1 if difference.is_positive else -1)


def _as_real_algebraic(v: Any) -> RealAlgebraic:
    """An exact real value as a ``RealAlgebraic`` (SymPy values through their minimal polynomial)."""
    if isinstance(v, RealAlgebraic):
        return v
    if v.is_Rational:
        return RealAlgebraic.rational(Fraction(int(v.p), int(v.q)))
    target = float(v)
    roots = real_roots(_integer_poly(sympy.Poly(sympy.minimal_polynomial(v, _X), _X)))
    return min(roots, key=lambda r: abs(float(r) - target))


def lambda_star(G: FiniteGroup, S: Any, *, method: str = "auto", exact: bool | None = None) -> SpectralValue:
    """``lambda_*`` of ``Cay(G, S)``: the largest non-trivial singular value of the walk operator.

    The singular values of ``E_omega`` with exactly one copy of ``1`` removed; for symmetric
    ``S`` they are the absolute eigenvalues, so this is the largest absolute eigenvalue of the
    normalised adjacency once the trivial one is removed (``1`` for a disconnected or
    bipartite graph). For every ``S``, ``lambda_*^2 = w(uniform on S; L^2(G))``.

    ``method`` (recorded in the result): ``"class sums"`` or ``"fourier"`` (see
    :func:`cayley_spectrum`), ``"dense"``, ``"sparse"`` (Lanczos/ARPACK on
    :func:`cayley_operator`; numeric) or ``"auto"``: class sums for a class-closed ``S``, exact
    Fourier blocks when ``exact`` is ``True``, ``|G| <= 120`` or ``G`` is a full symmetric
    group (rational blocks), numeric Fourier for a full symmetric group with
    ``exact=False``, else dense up to ``|G| = 1500`` and sparse above.

    Parameters
    ----------
    G : FiniteGroup
        A finite group.
    S : iterable or mapping
        A multiset of elements (indices or image lists, or ``{element: multiplicity}``).
    method : {"auto", "class sums", "fourier", "dense", "sparse"}
        The route (see above).
    exact : bool or None
        Exact values (``True``), floating point (``False``) or the default of ``method``.

    Returns
    -------
    SpectralValue
        ``lambda_*`` with its provenance (``EXACT`` or ``ESTIMATE``) and route.

    Raises
    ------
    InvalidValueError
        If ``exact=True`` with a numeric method, or ``S`` is empty.
    InvalidArgumentError
        If ``S`` or an option is malformed.
    LimitExceededError
        If the chosen route exceeds the ``max_table`` limit.

    Examples
    --------
    >>> import symproof as sp
    >>> G = sp.group("C6")
    >>> lambda_star(G, [[1, 2, 3, 4, 5, 0], [5, 0, 1, 2, 3, 4]])      # the 6-cycle is bipartite
    SpectralValue(value=1, provenance=Provenance.EXACT, method='class sums')
    >>> C7 = sp.group("C7")
    >>> S = [[1, 2, 3, 4, 5, 6, 0], [6, 0, 1, 2, 3, 4, 5]]
    >>> round(float(lambda_star(C7, S, method="sparse")), 6)        # -cos(6 pi / 7)
    0.900969

    Notes
    -----
    ARPACK (``eigsh`` for symmetric ``S``, ``svds`` otherwise) finds the few largest values of
    the ``|G| x |G|`` sparse operator from a seeded start vector; it costs ``O(|G| |S|)`` per
    iteration and never forms a dense matrix.
    """
    check_choice(method, "method", ("auto", "class sums", "fourier", "dense", "sparse"))
    exact = _check_exact(exact)
    if exact and method in ("dense", "sparse"):
        raise InvalidValueError(f"exact=True needs method='auto', 'class sums' or 'fourier', got method={method!r}")
    S = cayley_multiset(G, S)
    if method == "auto":
        method = _auto_method(G, S, exact)
    if method == "sparse":
        return lanczos_extremes(G, S, only_lambda_star=True)["lambda_star"]
    quantity = "eigenvalues" if _is_symmetric(G, S) else "singular values"
    exact = exact if method in ("auto", "class sums", "fourier") else False
    return cayley_spectrum(G, S, quantity=quantity, method=method, exact=exact).lambda_star()


def _auto_method(G: FiniteGroup, S: np.ndarray, exact: bool | None) -> str:
    limits = get_limits()
    if exact is not False and class_census(G, S).closed:
        return "class sums"
    if exact or G.order == math.factorial(G.degree) or (exact is None and G.order <= limits.max_exact_spectrum_order):
        return "fourier"  # a full symmetric group: rational (exact) or Young's orthogonal (numeric) blocks
    return "dense" if G.order <= limits.max_dense_spectrum_order else "sparse"


def lanczos_extremes(G: FiniteGroup, S: Any, *, operator: str = "walk",
                     only_lambda_star: bool = False) -> dict[str, SpectralValue]:
    """``lambda_*``, ``lambda_2`` and the smallest eigenvalue of ``Cay(G, S)`` by Lanczos (ARPACK), a cross-check.

    ``scipy.sparse.linalg.eigsh`` on the sparse operator (:func:`cayley_operator`) for
    symmetric ``S`` (the two largest and the smallest eigenvalue, and the largest in absolute
    value); ``svds`` (singular values, ``lambda_*`` only) otherwise, or with
    ``only_lambda_star`` (one Lanczos run instead of three). Floating point from a
    seeded start vector: estimates, method ``"sparse"``. ``|G| <= 8`` uses the dense matrix.

    >>> import symproof as sp
    >>> G = sp.group("C8")
    >>> out = lanczos_extremes(G, [[1, 2, 3, 4, 5, 6, 7, 0], [7, 0, 1, 2, 3, 4, 5, 6]])
    >>> {k: round(float(v), 6) for k, v in out.items()}
    {'lambda_star': 1.0, 'lambda_2': 0.707107, 'smallest': -1.0}
    """
    check_choice(operator, "operator", OPERATORS)
    S = cayley_multiset(G, S)
    M = cayley_operator(G, S, operator=operator)
    trivial = 1.0 if operator == "walk" else float(S.size)
    symmetric = _is_symmetric(G, S)
    check_bool(only_lambda_star, "only_lambda_star")
    out = {}
    if G.order <= 8:  # ARPACK needs k < |G| - 1
        M = M.toarray()
        singular = np.linalg.svd(M, compute_uv=False)
        eig = np.linalg.eigvalsh(M) if symmetric and not only_lambda_star else None
    else:
        from scipy.sparse.linalg import eigsh, svds

        v0 = _start(G)
        if symmetric and only_lambda_star:
            eig, singular = None, np.abs(eigsh(M, k=4, which="LM", return_eigenvectors=False, v0=v0, tol=1e-12))
        elif symmetric:
            eig = np.concatenate([eigsh(M, k=k, which=which, return_eigenvectors=False, v0=v0, tol=1e-12)
                                  for k, which in ((3, "LA"), (1, "SA"))])
            singular = np.abs(eigsh(M, k=4, which="LM", return_eigenvectors=False, v0=v0, tol=1e-12))
        else:
            eig, singular = None, svds(M, k=4, return_singular_vectors=False, v0=v0, tol=1e-12)
    singular = np.sort(singular)[::-1]
    out["lambda_star"] = float(np.delete(singular, int(np.argmin(np.abs(singular - trivial)))).max())
    if eig is not None:
        eig = np.sort(eig)[::-1]
        out["lambda_2"] = float(np.delete(eig, int(np.argmin(np.abs(eig - trivial)))).max())
        out["smallest"] = float(eig.min())
    return {k: SpectralValue(v, Provenance.ESTIMATE, "sparse") for k, v in out.items()}


def _start(G: FiniteGroup) -> np.ndarray:
    return check_seed(0).standard_normal(G.order)  # a fixed start vector: the sparse route is reproducible


def spectral_gap(G: FiniteGroup, S: Any, *, method: str = "auto", exact: bool | None = None) -> SpectralValue:
    """``1 - lambda_2`` for symmetric ``S``: the gap of the walk operator below its trivial eigenvalue ``1``.

    ``lambda_2`` is the largest eigenvalue once one copy of ``1`` is removed; the gap is ``0``
    exactly when ``Cay(G, S)`` is disconnected. (The two-sided gap is ``1 - lambda_*``.)

    Parameters
    ----------
    G : FiniteGroup
        A finite group.
    S : iterable or mapping
        A symmetric multiset (``S = S^{-1}``) of elements.
    method : {"auto", "class sums", "fourier", "dense"}
        The route of :func:`cayley_spectrum` (recorded in the result).
    exact : bool or None
        As in :func:`cayley_spectrum`.

    Returns
    -------
    SpectralValue
        The gap with its provenance.

    Raises
    ------
    InvalidValueError
        If ``S`` is not symmetric or empty, or ``|G| = 1``.
    InvalidArgumentError
        If ``S`` or an option is malformed.
    LimitExceededError
        If the spectrum exceeds the ``max_table`` limit.

    Notes
    -----
    One call of :func:`cayley_spectrum` (see its cost), then the second eigenvalue.

    Examples
    --------
    >>> import symproof as sp
    >>> spectral_gap(sp.group("C4"), [1, 3]).value
    1
    """
    S = cayley_multiset(G, S)
    if not _is_symmetric(G, S):
        raise InvalidValueError(f"the spectral gap needs a symmetric multiset S = S^-1, got {S.tolist()}")
    second = cayley_spectrum(G, S, method=method, exact=exact).second_eigenvalue()
    return SpectralValue(1 - second.value, second.provenance, second.method)
