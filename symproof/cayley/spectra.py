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

Routes (``method``):

``"fourier"``, exact
    The characteristic polynomial of each block is computed from the character table
    alone: ``tr(A_hat(pi)^k) = sum_g c_k(g) chi_pi(g)`` with ``c_k(g)`` the number of words
    ``s_1 ... s_k = g`` in ``S`` (integers), then Newton's identities. A block is a Galois
    orbit of irreducibles (a rational irreducible character; a single row for ``S_n``), so
    the polynomial has integer coefficients; it is factored over ``QQ`` and its roots are
    exact SymPy numbers (rationals, quadratic surds, ``CRootOf`` for real roots). Singular
    values come from the words of ``S^{-1} S`` (the blocks ``A_hat(pi)^* A_hat(pi)``). An
    irreducible factor of degree ``>= 3`` with non-real roots (eigenvalues of a non-symmetric
    ``S``) keeps its exact polynomial but gets floating-point roots, and the spectrum is then
    labelled ``"numeric"`` (provenance ``ESTIMATE``).
``"fourier"``, numeric
    Eigenvalues or singular values of the floating-point blocks from
    :func:`symproof.reps.fourier.fourier_transform` (Young's forms for ``S_n``). If ``G`` has
    no explicit irreducibles the dense route is used instead (and named in the result).
``"dense"``, ``"sparse"``
    The operator as a sparse ``|G| x |G|`` matrix (:func:`cayley_operator`): all
    eigenvalues with numpy, or ``lambda_*`` alone with ARPACK (scipy). An independent
    cross-check of the Fourier route.

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
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import numpy as np
import sympy

from symproof._frozen import frozen_record
from symproof._validation import check_bool, check_choice, check_group, check_seed
from symproof.config import get_limits, resolve_limit
from symproof.errors import InvalidArgumentError, InvalidValueError, LimitExceededError, SymproofInternalError
from symproof.exact import cyclotomic as cyc
from symproof.exact.power_sums import from_power_sums
from symproof.exact.provenance import Provenance, weakest
from symproof.groups.cayley import is_symmetric_multiset
from symproof.groups.subgroups import element_indices
from symproof.reps.character_table import character_table
from symproof.reps.fourier import fourier_transform
from symproof.reps.irreducibles import irreducible_representations

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
    "galois_orbits",
    "lambda_star",
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
    row on the numeric Fourier route, a Galois orbit on the exact one, ``()`` for the dense
    route (one block holding all ``|G|`` values). ``values`` are listed with their
    multiplicity inside the block, exact SymPy numbers when ``provenance`` is ``EXACT``
    (floating-point values without an error bound are an ``ESTIMATE``);
    ``charpoly`` is the block's exact characteristic polynomial over ``QQ`` (exact route
    only; of ``B^* B`` for singular values of a block ``B``); ``numeric`` holds the values
    in floating point.
    """

    rows: tuple[int, ...]
    multiplicity: int
    values: tuple
    provenance: Provenance
    charpoly: sympy.Poly | None = None
    numeric: np.ndarray = dataclasses.field(default=None, compare=False, repr=False)  # type: ignore[arg-type]

    kind = route_kind


@frozen_record
class SpectralValue:
    """A number derived from a spectrum: ``value``, its :class:`~symproof.exact.provenance.Provenance` and route.

    ``value`` is a SymPy number when ``provenance`` is ``EXACT``, else a float (an ``ESTIMATE``:
    floating point without an error bound). Returned by :func:`lambda_star`,
    :func:`spectral_gap` and :meth:`CayleySpectrum.lambda_star`.

    Attributes
    ----------
    value : sympy.Expr or float
        The number.
    provenance : Provenance
        ``EXACT`` or ``ESTIMATE``.
    method : str
        The route (``"fourier"``, ``"dense"`` or ``"sparse"``).
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
        The route: ``"class sums"`` when ``S`` is a union of conjugacy classes (one exact value
        ``sum_{s in S} chi_pi(s) / chi_pi(1)`` per irreducible, Schur's lemma), else the Fourier
        blocks or the dense matrix.
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
        return dict(sorted(counts.items(), key=lambda kv: _sort_key(_numeric_value(kv[0]))))

    def lambda_star(self) -> SpectralValue:
        """The largest absolute value once exactly one copy of :attr:`trivial_value` is removed.

        For ``quantity="eigenvalues"`` and non-symmetric ``S`` this is the largest
        non-trivial absolute eigenvalue (at most the singular-value ``lambda_*``).
        """
        rest = _without_one_trivial(self)
        if not rest:
            value: Any = sympy.Integer(0) if self.kind == "exact" else 0.0
        else:
            value = max(rest, key=lambda pair: abs(pair[1]))
            value = _exact_abs(value[0]) if self.kind == "exact" else float(abs(value[1]))
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
        v, x = max(rest, key=lambda pair: complex(pair[1]).real)
        return SpectralValue(v if self.kind == "exact" else float(complex(x).real), self.provenance, self.method)


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
                    method: str = "fourier", exact: bool | None = None) -> CayleySpectrum:
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
        ``"fourier"`` (blocks ``omega_hat(pi)``) or ``"dense"`` (numpy on the ``|G| x |G|`` matrix).
        With ``"fourier"`` and a class-closed ``S`` (a union of conjugacy classes, with
        multiplicities; every ``S`` in an abelian group) the exact class-sum route is taken
        whatever ``|G|`` (unless ``exact=False``): one value per irreducible; the result's
        ``method`` is then ``"class sums"``.
    exact
        Fourier route only: ``True`` for exact values, ``False`` for floating point, ``None``
        for exact when ``|G| <= 120`` or ``S`` is class-closed.

    Returns
    -------
    CayleySpectrum

    Raises
    ------
    InvalidArgumentError
        bad ``S`` or option; ``NotInGroupError`` for an element outside ``G``.
    LimitExceededError
        the exact word counts need more than ``max_table`` steps, or the dense matrix more
        than ``max_table`` entries.

    Examples
    --------
    The hypercube ``Q_3``: eigenvalues ``3 - 2j`` with multiplicity ``C(3, j)``.

    >>> import symproof as sp
    >>> G = sp.group("C2^3")
    >>> spec = cayley_spectrum(G, G.generator_indices, operator="adjacency")
    >>> spec.multiplicities()
    {3: 1, 1: 3, -1: 3, -3: 1}
    >>> cayley_spectrum(G, G.generator_indices, method="dense").to_numpy().round(6).tolist()[:4]
    [1.0, 0.333333, 0.333333, 0.333333]

    Notes
    -----
    Exact route: with ``K`` the largest block size, the word counts cost ``O(K |G| |S|)``
    integer additions, then one factorisation over ``QQ`` per block. Numeric Fourier route:
    one ``d_pi x d_pi`` eigenproblem per irreducible, ``O(sum d_pi^3)``. Dense route:
    ``O(|G|^3)``.
    """
    check_choice(operator, "operator", OPERATORS)
    check_choice(quantity, "quantity", QUANTITIES)
    check_choice(method, "method", ("fourier", "dense"))
    exact = _check_exact(exact)
    if exact and method != "fourier":
        raise InvalidValueError(f"exact=True needs method='fourier', got method={method!r}")
    S = cayley_multiset(G, S)
    if method == "fourier" and exact is not False and is_class_closed(G, S):
        blocks = _class_sum_blocks(G, S, operator, quantity)
        return CayleySpectrum(operator, quantity, weakest(*(b.provenance for b in blocks)), "class sums",
                              int(S.size), G.order, tuple(blocks))
    if method == "fourier" and (exact or (exact is None and G.order <= get_limits().max_exact_spectrum_order)):
        blocks = _exact_blocks(G, S, operator, quantity)
        provenance = weakest(*(b.provenance for b in blocks))
    elif method == "fourier":
        try:
            blocks, provenance = _fourier_blocks(G, S, operator, quantity), Provenance.ESTIMATE
        except LimitExceededError:  # no irreducibles for G within Limits.max_numeric_irreducible_order: the matrix route
            method = "dense"
    if method == "dense":
        blocks, provenance = _dense_blocks(G, S, operator, quantity), Provenance.ESTIMATE
    return CayleySpectrum(operator, quantity, provenance, method, int(S.size), G.order, tuple(blocks))


def is_class_closed(G: FiniteGroup, S: np.ndarray) -> bool:
    """Whether the multiset ``S`` (element indices) is a union of conjugacy classes, with multiplicities.

    >>> import symproof as sp
    >>> G = sp.group("S3")
    >>> transpositions = np.flatnonzero(G.element_orders == 2)
    >>> is_class_closed(G, transpositions), is_class_closed(G, transpositions[:1])
    (True, False)
    """
    counts = np.bincount(np.asarray(S, dtype=np.int64), minlength=G.order)
    classes = G.class_of
    first = np.zeros(int(classes.max()) + 1, dtype=np.int64)
    first[classes[::-1]] = counts[::-1]  # some count of each class
    return bool(np.all(counts == first[classes]))


def _class_sum_blocks(G: FiniteGroup, S: np.ndarray, operator: str, quantity: str) -> list[SpectrumBlock]:
    """A class-closed ``S``: ``omega_hat(pi) = (sum_{s in S} chi_pi(s) / chi_pi(1)) I`` (Schur's lemma), exactly.

    One value per irreducible, ``d_pi`` times in a block of multiplicity ``d_pi``; blocks are
    Galois orbits, with the exact characteristic polynomial from the (rational) power sums.
    """
    T = character_table(G)
    f = T.conductor
    counts = np.bincount(np.asarray(S, dtype=np.int64), minlength=G.order)
    per_class = np.bincount(G.class_of, weights=counts, minlength=len(G.conjugacy_classes())).astype(np.int64)
    scale = (S.size if quantity == "eigenvalues" else S.size ** 2) if operator == "walk" else 1
    blocks = []
    for orbit in galois_orbits(G):
        d = T.degrees[orbit[0]]
        sums = [sum((T[i].values[k] * int(c) for k, c in enumerate(per_class) if c), T[i].values[0] * 0) / d
                for i in orbit]
        if quantity == "singular values":
            sums = [x * cyc.conjugate(x, f) for x in sums]
        power_sums = [_rational(sum((x ** k for x in sums), sums[0] * 0) * d, f) for k in range(1, d * len(orbit) + 1)]
        poly = _scaled(_charpoly_from_power_sums(power_sums), scale)
        values, numeric, exact = _roots(poly)
        if quantity == "singular values":
            values, numeric = [sympy.sqrt(v) if exact else abs(v) ** 0.5 for v in values], np.sqrt(numeric.real)
        order = _descending(numeric)
        blocks.append(SpectrumBlock(tuple(orbit), d, tuple(values[k] for k in order),
                                    Provenance.EXACT if exact else Provenance.ESTIMATE, charpoly=poly,
                                    numeric=numeric[order]))
    return blocks


def _rational(x: Any, f: int) -> Fraction:
    """An element of ``Q(zeta_f)`` known to be rational, as an integer-or-rational (a Galois-orbit power sum)."""
    coords = cyc.coordinates(x, f)
    if any(coords[1:]):  # pragma: no cover - a Galois orbit's power sums are rational
        raise SymproofInternalError("a power sum over a Galois orbit is not rational")
    return Fraction(int(coords[0].numerator), int(coords[0].denominator))


def _fourier_blocks(G: FiniteGroup, S: np.ndarray, operator: str, quantity: str) -> list[SpectrumBlock]:
    elements, counts = np.unique(S, return_counts=True)
    weights = counts / S.size if operator == "walk" else counts.astype(float)
    hermitian = quantity == "eigenvalues" and is_symmetric_multiset(G, S)
    hats = fourier_transform(G, dict(zip(elements.tolist(), weights.tolist())))
    blocks = []
    for i, (pi, hat) in enumerate(zip(irreducible_representations(G), hats)):
        values = _numeric_values(hat, quantity, hermitian)
        blocks.append(SpectrumBlock((i,), pi.dimension, tuple(values.tolist()), Provenance.ESTIMATE,
                                    numeric=values))
    return blocks


def _dense_blocks(G: FiniteGroup, S: np.ndarray, operator: str, quantity: str) -> list[SpectrumBlock]:
    limit = resolve_limit("max_table", None)
    if G.order ** 2 > limit:
        raise LimitExceededError(f"the dense operator of {G} has {G.order ** 2} entries, above max_table={limit}; "
                                 f"use method='fourier', lambda_star(method='sparse') or raise "
                                 f"sp.limits(max_table=...)")
    M = cayley_operator(G, S, operator=operator).toarray()
    hermitian = quantity == "eigenvalues" and is_symmetric_multiset(G, S)
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
    return values[_descending(values)]


# -- the exact route: characteristic polynomials from characters ------------------------------------


def _exact_blocks(G: FiniteGroup, S: np.ndarray, operator: str, quantity: str) -> list[SpectrumBlock]:
    words = S if quantity == "eigenvalues" else G.mul(G.inverses[S][:, None], S[None, :]).ravel()
    T = character_table(G)
    orbits = galois_orbits(G)
    sizes = [T.degrees[o[0]] * len(o) for o in orbits]
    budget, work = resolve_limit("max_table", None), max(sizes) * G.order * np.unique(words).size
    if work > budget:
        raise LimitExceededError(f"exact spectrum of Cay({G}, |S|={S.size}) needs {work} word-count steps, above "
                                 f"max_table={budget}; use exact=False or raise sp.limits(max_table=...)")
    class_sums = _class_word_counts(G, words, max(sizes))
    scale = (S.size if quantity == "eigenvalues" else S.size ** 2) if operator == "walk" else 1
    blocks = []
    for orbit, size in zip(orbits, sizes):
        psi = _rational_orbit_character(T, orbit)
        power_sums = [sum(p * c for p, c in zip(psi, sums)) for sums in class_sums[:size]]
        poly = _scaled(_charpoly_from_power_sums(power_sums), scale)
        values, numeric, exact = _roots(poly)
        if quantity == "singular values":
            values, numeric = [sympy.sqrt(v) if exact else abs(v) ** 0.5 for v in values], np.sqrt(numeric.real)
        order = _descending(numeric)
        blocks.append(SpectrumBlock(tuple(orbit), T.degrees[orbit[0]], tuple(values[k] for k in order),
                                    Provenance.EXACT if exact else Provenance.ESTIMATE, charpoly=poly,
                                    numeric=numeric[order]))
    return blocks


def galois_orbits(G: FiniteGroup) -> list[tuple[int, ...]]:
    """Rows of the character table grouped into orbits of ``Gal(Q(zeta_f)/Q)`` (``chi -> chi^sigma``).

    >>> import symproof as sp
    >>> galois_orbits(sp.group("C5"))
    [(0,), (1, 2, 3, 4)]
    """
    T = character_table(G)
    f = T.conductor
    key_of = {_key(T[i].values, f): i for i in range(len(T))}
    orbits, seen = [], set()
    for i in range(len(T)):
        if i in seen:
            continue
        units = [a for a in range(1, max(f, 2)) if math.gcd(a, f) == 1] if f > 2 else [1]
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
        coords = cyc.coordinates(sum(column[1:], column[0]), f)
        if any(coords[1:]) or coords[0] != int(coords[0]):  # pragma: no cover - Galois theory
            raise SymproofInternalError("the sum over a Galois orbit of characters is not an integer")
        out.append(int(coords[0]))
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


def _charpoly_from_power_sums(p: Sequence[int | Fraction]) -> sympy.Poly:
    """The monic polynomial whose roots have power sums ``p[0], p[1], ...`` (Newton's identities)."""
    e = [x[0] for x in from_power_sums([[Fraction(v)] for v in p], one=Fraction(1), kind="elementary")]
    coeffs = [(-1) ** k * e[k] for k in range(len(e))]
    if any(c.denominator != 1 for c in coeffs):  # pragma: no cover - eigenvalues are algebraic integers
        raise SymproofInternalError("characteristic polynomial of an integer operator with non-integer coefficients")
    return sympy.Poly([int(c) for c in coeffs], _X, domain="ZZ")


def _scaled(poly: sympy.Poly, scale: int) -> sympy.Poly:
    """``poly(scale x) / scale^deg``: the roots divided by ``scale``."""
    n = poly.degree()
    coeffs = [sympy.Rational(c, scale ** k) for k, c in enumerate(poly.all_coeffs())]
    return sympy.Poly(coeffs, _X, domain="QQ") if n else poly


def _roots(poly: sympy.Poly) -> tuple[list, np.ndarray, bool]:
    """All roots with multiplicity, their floating-point values, and whether the roots are exact.

    Irreducible factors over ``QQ`` of degree ``<= 2`` give rationals or quadratic surds; higher
    ones with only real roots (Sturm count) give ``CRootOf``. A higher factor with non-real roots
    is left to floating point (``numpy.roots`` of the factor, whose roots are simple): SymPy's
    complex root isolation takes minutes from degree ~20.
    """
    _, factors = poly.factor_list()
    values: list[Any] = []
    exact = True
    for factor, mult in factors:
        if factor.degree() <= 2:
            found = sympy.roots(factor, multiple=True)
        elif factor.count_roots() == factor.degree():
            found = factor.real_roots()
        else:
            found, exact = list(np.roots([float(c) for c in factor.all_coeffs()])), False
        values.extend(v for v in found for _ in range(mult))
    numeric = np.array([_numeric_value(v) for v in values])
    if np.all(numeric.imag == 0):
        numeric = numeric.real
    return (values, numeric, True) if exact else ([complex(x) for x in numeric], numeric, False)


def _descending(values: np.ndarray) -> np.ndarray:
    """Indices sorting real values descending, complex ones by descending modulus, then real part."""
    if np.iscomplexobj(values):
        return np.lexsort((-values.real, -np.abs(values)))
    return np.argsort(-values, kind="stable")


# -- lambda_*, gap --------------------------------------------------------------------------------


def _rounded(x: complex, decimals: int) -> Any:
    x = complex(x)
    re, im = round(x.real, decimals) + 0.0, round(x.imag, decimals) + 0.0
    return re if im == 0 else complex(re, im)


def _numeric_value(v: Any) -> complex:
    return complex(sympy.N(v, 20)) if isinstance(v, sympy.Basic) else complex(v)


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


def _exact_abs(v: sympy.Expr) -> sympy.Expr:
    if v.is_extended_real:
        return -v if v.is_negative else v
    return sympy.sqrt(sympy.expand(v * sympy.conjugate(v)))


def lambda_star(G: FiniteGroup, S: Any, *, method: str = "auto", exact: bool | None = None) -> SpectralValue:
    """``lambda_*`` of ``Cay(G, S)``: the largest non-trivial singular value of the walk operator.

    The singular values of ``E_omega`` with exactly one copy of ``1`` removed; for symmetric
    ``S`` they are the absolute eigenvalues, so this is the largest absolute eigenvalue of the
    normalised adjacency once the trivial one is removed (``1`` for a disconnected or
    bipartite graph). For every ``S``, ``lambda_*^2 = w(uniform on S; L^2(G))``.

    ``method``: ``"fourier"`` (exact when ``exact`` allows, see :func:`cayley_spectrum`),
    ``"dense"``, ``"sparse"`` (ARPACK on :func:`cayley_operator`; numeric) or ``"auto"``: exact
    Fourier when ``exact`` is ``True`` or ``|G| <= 120``, else numeric Fourier for a full
    symmetric group (Young's forms), dense up to ``|G| = 1500``, sparse above.

    Parameters
    ----------
    G : FiniteGroup
        A finite group.
    S : iterable or mapping
        A multiset of elements (indices or image lists, or ``{element: multiplicity}``).
    method : {"auto", "fourier", "dense", "sparse"}
        The route (see above).
    exact : bool or None
        Exact values (``True``), floating point (``False``) or the default of ``method``.

    Returns
    -------
    SpectralValue
        ``lambda_*`` with its provenance (``EXACT`` or ``ESTIMATE``).

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
    check_choice(method, "method", ("auto", "fourier", "dense", "sparse"))
    exact = _check_exact(exact)
    if exact and method not in ("auto", "fourier"):
        raise InvalidValueError(f"exact=True needs method='fourier' or 'auto', got method={method!r}")
    S = cayley_multiset(G, S)
    if method == "auto":
        method = _auto_method(G, exact)
    if method == "sparse":
        return _sparse_lambda_star(G, S)
    quantity = "eigenvalues" if is_symmetric_multiset(G, S) else "singular values"
    exact = exact if method == "fourier" else False
    return cayley_spectrum(G, S, quantity=quantity, method=method, exact=exact).lambda_star()


def _auto_method(G: FiniteGroup, exact: bool | None) -> str:
    limits = get_limits()
    if exact or (exact is None and G.order <= limits.max_exact_spectrum_order) or G.order == math.factorial(G.degree):
        return "fourier"
    return "dense" if G.order <= limits.max_dense_spectrum_order else "sparse"


def _sparse_lambda_star(G: FiniteGroup, S: np.ndarray) -> SpectralValue:
    M = cayley_operator(G, S)
    if G.order <= 8:  # ARPACK needs k < |G| - 1
        values = _numeric_values(M.toarray(), "singular values", False)
    elif is_symmetric_multiset(G, S):
        from scipy.sparse.linalg import eigsh

        values = np.abs(eigsh(M, k=4, which="LM", return_eigenvectors=False, v0=_start(G), tol=1e-12))
    else:
        from scipy.sparse.linalg import svds

        values = svds(M, k=4, return_singular_vectors=False, v0=_start(G), tol=1e-12)
    values = np.sort(values)[::-1]
    drop = int(np.argmin(np.abs(values - 1)))
    return SpectralValue(float(np.delete(values, drop).max()), Provenance.ESTIMATE, "sparse")


def _start(G: FiniteGroup) -> np.ndarray:
    return check_seed(0).standard_normal(G.order)  # a fixed start vector: the sparse route is reproducible


def spectral_gap(G: FiniteGroup, S: Any, *, method: str = "fourier", exact: bool | None = None) -> SpectralValue:
    """``1 - lambda_2`` for symmetric ``S``: the gap of the walk operator below its trivial eigenvalue ``1``.

    ``lambda_2`` is the largest eigenvalue once one copy of ``1`` is removed; the gap is ``0``
    exactly when ``Cay(G, S)`` is disconnected. (The two-sided gap is ``1 - lambda_*``.)

    Parameters
    ----------
    G : FiniteGroup
        A finite group.
    S : iterable or mapping
        A symmetric multiset (``S = S^{-1}``) of elements.
    method : {"fourier", "dense"}
        The route of :func:`cayley_spectrum`.
    exact : bool or None
        Fourier route: exact values (``True``), floating point (``False``) or exact when
        ``|G| <= 120`` (``None``).

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
    if not is_symmetric_multiset(G, S):
        raise InvalidValueError(f"the spectral gap needs a symmetric multiset S = S^-1, got {S.tolist()}")
    second = cayley_spectrum(G, S, method=method, exact=exact).second_eigenvalue()
    return SpectralValue(1 - second.value, second.provenance, second.method)
