"""Finite groups as permutation groups, their elements numbered in lexicographic order.

A :class:`FiniteGroup` holds every element once, as a row of 0-based images,
sorted lexicographically (so element ``0`` is the identity and the numbering
does not depend on the generators chosen). Products, inverses and lookups are
vectorised over arrays of element indices.

The natural ``S_n`` and ``A_n`` (degree ``n``, order ``n!`` or ``n!/2``, recognised by
Schreier–Sims, ``3 <= n <= Limits.max_structured_degree``) are not enumerated: the same
numbering is the lexicographic rank, and products, lookups, classes and power maps come
from ranks and cycle types (:mod:`symproof.groups.symmetric`). What needs every element
(``G.elements``, ``G.class_of``, translations, subgroups, ...) enumerates on first use, and
only then does ``max_order`` apply.

>>> import symproof as sp
>>> G = sp.FiniteGroup.from_permutations([[1, 0, 2, 3], [1, 2, 3, 0]])
>>> G.order, G.degree, G.element(0)
(24, 4, (0, 1, 2, 3))
>>> g = G.index([1, 2, 3, 0])
>>> G.element(G.mul(g, g)), int(G.element_orders[g])
((2, 3, 0, 1), 4)
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from symproof._frozen import Memoised, readonly, set_attributes
from symproof._validation import GroupBase, check_optional_int
from symproof.config import resolve_limit
from symproof.errors import (
    InvalidArgumentError,
    InvalidPermutationError,
    InvalidValueError,
    NotInGroupError,
    SymproofInternalError,
)
from symproof.groups import permutations as perm
from symproof.groups.enumeration import check_enumerable, enumerate_elements, schreier_sims
from symproof.groups.symmetric import MAX_RANKED_DEGREE, NaturalGroup, recognise

if TYPE_CHECKING:  # pragma: no cover
    from sympy.combinatorics import PermutationGroup
    from sympy.polys.matrices import DomainMatrix

    from symproof.groups.conjugacy import ConjugacyClass

__all__ = ["FiniteGroup"]

IndexLike = Any  # an int or an integer array of element indices


class FiniteGroup(GroupBase, Memoised):
    """A finite permutation group, its elements numbered in lexicographic order.

    Build one with :meth:`from_permutations`, :meth:`from_sympy`,
    :meth:`from_matrices` or :func:`symproof.group`. Instances are immutable;
    costly facts (classes, orders) are cached and never depend on call order.

    Parameters
    ----------
    generators
        Validated ``(k, n)`` array of image lists.
    name
        Display name (catalog spec), optional.
    points
        Optional exact ``d x n`` matrix whose column ``i`` is the vector the
        group's point ``i`` stands for, or a function computing it when first
        needed; the group then acts linearly on ``R^d`` by permuting these
        vectors (its natural action). Without it the natural action is by
        permutation matrices.
    max_order
        Refuse to enumerate groups above this order (default: the configured
        limit, see :func:`symproof.limits`). A natural ``S_n`` or ``A_n`` is built
        without enumerating; the limit applies when all its elements are needed.
    factors
        The groups ``G_1, ..., G_k`` when this group is their direct product, ``G_i``
        acting on the ``i``-th consecutive block of points (as built by
        :func:`symproof.direct_product`); checked on the generators and the order.

    Raises
    ------
    InvalidPermutationError
        If a generator is not a permutation of ``0..n-1``.
    GroupTooLargeError
        If the group has more than ``max_order`` elements (and is not a natural ``S_n``, ``A_n``).
    InvalidValueError
        If ``factors`` is not a direct product decomposition of the group.

    Examples
    --------
    >>> import symproof as sp
    >>> G = sp.FiniteGroup.from_permutations([[1, 2, 0]])
    >>> G.order, G.degree
    (3, 3)
    """

    name: str | None
    _generators: np.ndarray
    _points_source: DomainMatrix | Callable[[], DomainMatrix] | None
    _natural: NaturalGroup | None
    _max_order: int | None
    _factors: tuple[FiniteGroup, ...] | None

    def __init__(self, generators: np.ndarray, *, name: str | None = None,
                 points: DomainMatrix | Callable[[], DomainMatrix] | None = None,
                 max_order: int | None = None, factors: Sequence[FiniteGroup] | None = None) -> None:
        resolve_limit("max_order", max_order)  # validated now, applied when elements are enumerated
        schreier = schreier_sims(generators) if generators.shape[1] > 1 else None
        natural = _natural_group(generators, schreier)
        self._store(readonly(generators), name, points, natural=natural, max_order=max_order)
        if natural is None:
            elements = readonly(enumerate_elements(generators, max_order=max_order, label=self._label,
                                                   group=schreier))
            set_attributes(self, _elements=elements, _keys=readonly(perm.sort_keys(elements)))
        if factors is not None:
            set_attributes(self, _factors=_checked_factors(self, tuple(factors)))

    def _store(self, generators: np.ndarray, name: str | None,
               points: DomainMatrix | Callable[[], DomainMatrix] | None, *, natural: NaturalGroup | None = None,
               max_order: int | None = None, factors: tuple[FiniteGroup, ...] | None = None) -> None:
        set_attributes(self, _generators=generators, name=name, _points_source=points, _natural=natural,
                       _max_order=max_order, _factors=factors)
        # the memo of derived facts (see :meth:`memo`): filled on first use, never changes a value
        set_attributes(self, _memo={})

    @property
    def _label(self) -> str:
        return self.name or f"the group generated by {self._generators.tolist()}"

    @functools.cached_property
    def _elements(self) -> np.ndarray:
        """All elements of a natural ``S_n`` / ``A_n``, enumerated on first use within ``max_order``.

        (Other groups store their elements at construction, which shadows this property.)
        """
        natural = self._natural
        if natural is None:  # pragma: no cover - stored at construction
            raise SymproofInternalError("a non-natural group without its elements")
        check_enumerable(natural.order, self._max_order, self._label)
        return natural.elements

    @functools.cached_property
    def _keys(self) -> np.ndarray:
        return readonly(perm.sort_keys(self._elements))

    def _rows(self, g: np.ndarray) -> np.ndarray:
        """Image lists of (validated) element indices, without enumerating a natural group."""
        if self._natural is not None and "_elements" not in self.__dict__:
            return self._natural.unrank(g)
        return self._elements[g]

    @property
    def direct_factors(self) -> tuple[FiniteGroup, ...] | None:
        """The factors ``G_1, ..., G_k`` if the group was built as their direct product, else ``None``.

        ``G_i`` acts on the ``i``-th consecutive block of ``G_i.degree`` points; the element
        ``(g_1, ..., g_k)`` is the permutation acting as ``g_i`` on block ``i``.

        >>> import symproof as sp
        >>> [H.name for H in sp.group("C2 x S3").direct_factors]
        ['C2', 'S3']
        >>> sp.group("S3").direct_factors is None
        True
        """
        return self._factors

    def natural_structure(self) -> NaturalGroup | None:
        """The recognised natural ``S_n`` or ``A_n`` (ranks, cycle-type classes), or ``None``.

        >>> import symproof as sp
        >>> sp.group("A5").natural_structure(), sp.group("D4").natural_structure()
        (NaturalGroup(A5), None)
        """
        return self._natural

    # -- constructors ---------------------------------------------------------------

    @classmethod
    def from_permutations(cls, generators: Iterable[Sequence[int]], *, degree: int | None = None,
                          name: str | None = None, max_order: int | None = None) -> FiniteGroup:
        """The group generated by 0-based image lists.

        >>> FiniteGroup.from_permutations([[1, 2, 0]]).order
        3
        >>> FiniteGroup.from_permutations([], degree=3).order
        1
        >>> FiniteGroup.from_permutations([]).degree  # the trivial group, on one point unless degree= is given
        1
        """
        degree = check_optional_int(degree, "degree", min_value=1)
        if isinstance(generators, (str, bytes)) or not isinstance(generators, Iterable):
            raise InvalidArgumentError(f"generators must be a list of image lists (such as [[1, 0, 2]]), "
                                       f"got {generators!r}")
        generators = list(generators)
        if degree is None and not generators:
            degree = 1  # no generators: the trivial group, on one point
        gens = perm.as_permutations(generators, degree=degree)
        return cls(gens, name=name, max_order=max_order)

    @classmethod
    def from_sympy(cls, group: PermutationGroup, *, name: str | None = None,
                   max_order: int | None = None) -> FiniteGroup:
        """The same group as a SymPy ``PermutationGroup``.

        SymPy's ``p*q`` applies ``p`` first; here ``g*h`` applies ``h`` first, so
        ``G.mul(G.index(q), G.index(p))`` is SymPy's ``p*q``. Elements (image
        lists) are the same.

        >>> from sympy.combinatorics.named_groups import SymmetricGroup
        >>> FiniteGroup.from_sympy(SymmetricGroup(4)).order
        24
        """
        from sympy.combinatorics import PermutationGroup

        if not isinstance(group, PermutationGroup):
            raise InvalidArgumentError(f"expected a sympy PermutationGroup, got {type(group).__name__}: {group!r}")
        return cls.from_permutations([g.array_form for g in group.generators], degree=group.degree,
                                     name=name, max_order=max_order)

    @classmethod
    def from_matrices(cls, matrices: Iterable[Any], *, name: str | None = None,
                      max_order: int | None = None, max_orbit: int | None = None) -> FiniteGroup:
        """The group generated by exact invertible matrices; see :mod:`symproof.groups.matrix_groups`.

        >>> import sympy
        >>> FiniteGroup.from_matrices([sympy.Matrix([[0, -1], [1, 0]])]).order
        4
        """
        from symproof.groups.matrix_groups import permutation_form

        gens, points = permutation_form(matrices, max_orbit=max_orbit)
        return cls(gens, name=name, points=points, max_order=max_order)

    # -- elements -------------------------------------------------------------------

    @property
    def order(self) -> int:
        """``|G|``."""
        if self._natural is not None:
            return self._natural.order
        return int(self._elements.shape[0])

    @property
    def degree(self) -> int:
        """Number of points the permutations act on."""
        return int(self._generators.shape[1])

    @property
    def elements(self) -> np.ndarray:
        """Read-only ``(|G|, degree)`` array of image lists, identity first.

        A natural ``S_n`` / ``A_n`` enumerates here (first use), within ``max_order``.
        """
        return self._elements

    @property
    def generators(self) -> np.ndarray:
        """The generators the group was built from, as image lists."""
        return self._generators

    @functools.cached_property
    def generator_indices(self) -> np.ndarray:
        """Element indices of :attr:`generators` (read-only)."""
        return readonly(self.lookup(self._generators))

    def __len__(self) -> int:
        return self.order

    def element(self, g: int) -> tuple[int, ...]:
        """The image list of element ``g``."""
        return tuple(int(x) for x in self._rows(self.check_index(g)))

    def index(self, element: Sequence[int] | np.ndarray) -> Any:
        """Index of an element (image list), or an array of indices for a 2-d array.

        Raises :class:`NotInGroupError` for a permutation outside the group.
        """
        arr = np.asarray(element)
        single = arr.ndim == 1
        rows = arr.reshape(1, -1) if single else arr
        if rows.ndim != 2 or (rows.size and rows.shape[1] != self.degree):
            raise InvalidPermutationError(
                f"{np.asarray(element).tolist()} is not an image list on {self.degree} points")
        rows = perm.as_permutations(rows.tolist(), degree=self.degree, what="element") if rows.size else rows
        idx, found = self._search(rows)
        if not found.all():
            bad = rows[int(np.argmin(found))].tolist()
            raise NotInGroupError(f"{bad} is not an element of {self}")
        return int(idx[0]) if single else idx

    def __contains__(self, element: object) -> bool:
        try:
            self.index(element)  # type: ignore[arg-type]
        except (NotInGroupError, InvalidPermutationError):
            return False
        return True

    def _search(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        if self._natural is not None:
            return self._natural.locate(rows)
        keys = perm.sort_keys(np.ascontiguousarray(rows, dtype=self._elements.dtype))
        pos = np.minimum(np.searchsorted(self._keys, keys), self.order - 1)
        return pos, self._keys[pos] == keys

    def lookup(self, rows: np.ndarray) -> np.ndarray:
        """Indices of image lists known to be elements, for internal products (no input validation).

        ``rows`` has shape ``(..., degree)``; the result has shape ``(...)``. A row outside
        the group is a bug of the caller and raises :class:`SymproofInternalError`; use
        :meth:`index` for input that may be wrong.
        """
        shape = rows.shape[:-1]
        pos, found = self._search(rows.reshape(-1, self.degree))
        if not found.all():  # pragma: no cover - internal invariant
            raise SymproofInternalError("internal product left the group")
        return pos.reshape(shape)

    def check_index(self, g: IndexLike) -> Any:
        """``g`` (an element index or an array of them) as a numpy array, validated.

        Raises :class:`InvalidArgumentError` for non-integers and :class:`NotInGroupError`
        for an index outside ``0..|G|-1``.

        >>> FiniteGroup.from_permutations([[1, 2, 0]]).check_index([0, 2]).tolist()
        [0, 2]
        """
        arr = np.asarray(g)
        if not np.issubdtype(arr.dtype, np.integer):
            raise InvalidArgumentError(f"element indices must be integers, got {g!r}")
        if arr.size and (arr.min() < 0 or arr.max() >= self.order):
            raise NotInGroupError(f"element index {g!r} is outside 0..{self.order - 1} for {self}")
        return arr

    # -- arithmetic (vectorised over index arrays) ----------------------------------

    def mul(self, g: IndexLike, h: IndexLike) -> Any:
        """Index of ``g*h`` (``h`` applied first); broadcasts over index arrays."""
        g, h = np.broadcast_arrays(self.check_index(g), self.check_index(h))
        out = self.lookup(perm.compose(self._rows(g), self._rows(h)))
        return int(out) if out.ndim == 0 else out

    def inverse(self, g: IndexLike) -> Any:
        """Index of ``g^{-1}``."""
        out = self.lookup(perm.invert(self._rows(self.check_index(g))))
        return int(out) if out.ndim == 0 else out

    def power(self, g: IndexLike, k: int) -> Any:
        """Index of ``g^k`` (any integer ``k``)."""
        out = self.lookup(perm.power(self._rows(self.check_index(g)), k))
        return int(out) if out.ndim == 0 else out

    def conjugate(self, g: IndexLike, h: IndexLike) -> Any:
        """Index of ``h g h^{-1}``."""
        return self.mul(self.mul(h, g), self.inverse(h))

    @functools.cached_property
    def inverses(self) -> np.ndarray:
        """``inverses[g]`` is the index of ``g^{-1}``."""
        return readonly(self.lookup(perm.invert(self._elements)))

    def left_translation(self, s: int) -> np.ndarray:
        """Array ``L`` with ``L[x]`` the index of ``s*x`` for every element ``x``."""
        return self.lookup(perm.compose(self._rows(self.check_index(s))[None, :], self._elements))

    def right_translation(self, s: int) -> np.ndarray:
        """Array ``R`` with ``R[x]`` the index of ``x*s`` for every element ``x``."""
        return self.lookup(perm.compose(self._elements, self._rows(self.check_index(s))[None, :]))

    @functools.cached_property
    def element_orders(self) -> np.ndarray:
        """``element_orders[g]`` is the order of ``g``."""
        return readonly(perm.element_orders(self._elements))

    @property
    def exponent(self) -> int:
        """Least ``e > 0`` with ``g^e = 1`` for all ``g``."""
        if self._natural is not None:
            return self._natural.exponent
        return int(np.lcm.reduce(self.element_orders))

    def is_abelian(self) -> bool:
        """Whether all generators commute (hence all elements do)."""
        gens = self._generators
        return bool(np.array_equal(perm.compose(gens[:, None, :], gens[None, :, :]),
                                   perm.compose(gens[None, :, :], gens[:, None, :])))

    # -- structure (delegating to the modules of each concept) ----------------------

    def conjugacy_classes(self) -> tuple[ConjugacyClass, ...]:
        """The conjugacy classes in their stable order; see :mod:`symproof.groups.conjugacy`."""
        return self._class_list

    @functools.cached_property
    def _class_list(self) -> tuple[ConjugacyClass, ...]:
        from symproof.groups.conjugacy import natural_classes

        return self._generic_classes[0] if self._natural is None else natural_classes(self)

    @functools.cached_property
    def _generic_classes(self) -> tuple[tuple[ConjugacyClass, ...], np.ndarray]:
        from symproof.groups.conjugacy import compute_classes

        return compute_classes(self)

    @functools.cached_property
    def class_of(self) -> np.ndarray:
        """``class_of[g]`` is the position of ``g``'s class in :meth:`conjugacy_classes` (read-only)."""
        if self._natural is None:
            return self._generic_classes[1]
        return readonly(self._natural.class_positions(self._elements))

    def classes_of(self, g: IndexLike) -> Any:
        """``class_of[g]`` for an element index or an array of them (a natural ``S_n`` / ``A_n`` is not enumerated).

        >>> import symproof as sp
        >>> G = sp.group("S4")
        >>> G.classes_of([0, 1, 23]).tolist(), G.classes_of(23)
        ([0, 2, 1], 1)
        """
        idx = self.check_index(g)
        if self._natural is not None and "class_of" not in self.__dict__:
            out = self._natural.class_positions(self._rows(idx))
        else:
            out = self.class_of[idx]
        return int(out) if out.ndim == 0 else out

    def class_index(self, element: Sequence[int] | np.ndarray) -> int:
        """Position (in :meth:`conjugacy_classes`) of the class of an element given as image list."""
        return int(self.classes_of(self.index(element)))

    def power_map(self, k: int) -> np.ndarray:
        """``power_map(k)[c]`` is the class of ``x^k`` for ``x`` in class ``c``."""
        from symproof.groups.conjugacy import power_map

        return power_map(self, k)

    def subgroup(self, generators: Iterable[Any]) -> FiniteGroup:
        """The subgroup generated by elements (indices or image lists)."""
        from symproof.groups.subgroups import subgroup

        return subgroup(self, generators)

    def centre(self) -> FiniteGroup:
        """The centre ``Z(G)``."""
        from symproof.groups.subgroups import centre

        return centre(self)

    def derived_subgroup(self) -> FiniteGroup:
        """The commutator subgroup ``[G, G]``."""
        from symproof.groups.subgroups import derived_subgroup

        return derived_subgroup(self)

    def minimum_generating_set(self) -> tuple[int, ...]:
        """A smallest generating set (element indices); its size is ``d(G)``."""
        from symproof.groups.generation import minimum_generating_set

        return minimum_generating_set(self)


    def has_vector_points(self) -> bool:
        """Whether the natural action permutes given vectors (not the standard basis)."""
        return self._points_source is not None

    def natural_points(self) -> DomainMatrix:
        """The exact ``d x degree`` matrix of the vectors the points stand for (a copy)."""
        return self._natural_points.copy()

    @functools.cached_property
    def _natural_points(self) -> DomainMatrix:
        from sympy import QQ
        from sympy.polys.matrices import DomainMatrix

        source = self._points_source
        if source is None:
            return DomainMatrix.eye(self.degree, QQ)
        return source() if callable(source) else source

    def with_name(self, name: str | None) -> FiniteGroup:
        """The same group (elements, generators, natural action) under another name, as a new object.

        Nothing is re-enumerated: the new group shares the read-only element array; its
        memo of derived facts starts empty.

        >>> G = FiniteGroup.from_permutations([[1, 2, 0]])
        >>> H = G.with_name("C3")
        >>> H.name, H == G, H.elements is G.elements
        ('C3', True, True)
        """
        if name is not None and not isinstance(name, str):
            raise InvalidArgumentError(f"name must be a str or None, got {name!r}")
        out = object.__new__(FiniteGroup)
        out._store(self._generators, name, self._points_source, natural=self._natural, max_order=self._max_order,
                   factors=self._factors)
        if self._natural is None:  # a natural group shares its NaturalGroup, and with it the enumeration
            set_attributes(out, _elements=self._elements, _keys=self._keys)
        return out

    def to_sympy(self) -> PermutationGroup:
        """The same group as a SymPy ``PermutationGroup`` (mind its product order)."""
        from sympy.combinatorics import Permutation, PermutationGroup

        gens = self._generators if len(self._generators) else self._elements[:1]
        return PermutationGroup([Permutation(list(map(int, g)), size=self.degree) for g in gens])

    # -- comparison and display -----------------------------------------------------

    def __eq__(self, other: object) -> bool:
        """Equal iff the same degree and the same set of permutations.

        Names, generators and natural points do not count: ``S3`` generated by a
        transposition and a 3-cycle equals ``S3`` generated by two transpositions. Elements
        are stored sorted, so the sets are compared as arrays.

        >>> a = FiniteGroup.from_permutations([[1, 0, 2], [1, 2, 0]])
        >>> b = FiniteGroup.from_permutations([[1, 0, 2], [0, 2, 1]], name="S3")
        >>> a == b, a == FiniteGroup.from_permutations([[1, 2, 0]])
        (True, False)
        """
        if not isinstance(other, FiniteGroup):
            return NotImplemented
        if self.degree != other.degree or self.order != other.order:
            return False
        if self._natural is not None or other._natural is not None:
            return True  # the only subgroup of S_n of order n! (n!/2) is S_n (A_n)
        return np.array_equal(self._elements, other._elements)

    def __hash__(self) -> int:
        return hash((self.degree, self.order, self._rows(np.array(self.order - 1)).tobytes()))

    def __repr__(self) -> str:
        label = f"{self.name!r}, " if self.name else ""
        return f"FiniteGroup({label}order={self.order}, degree={self.degree})"


def _natural_group(generators: np.ndarray, schreier: Any) -> NaturalGroup | None:
    """The natural ``S_n`` / ``A_n`` the generators generate, when ``3 <= n <= max_structured_degree``."""
    n = generators.shape[1]
    if schreier is None or n > min(resolve_limit("max_structured_degree", None), MAX_RANKED_DEGREE):
        return None
    return recognise(generators, int(schreier.order()))


def _checked_factors(G: FiniteGroup, factors: tuple[FiniteGroup, ...]) -> tuple[FiniteGroup, ...]:
    """``factors`` if ``G`` is their direct product on consecutive blocks of points; else raise."""
    if not factors or not all(isinstance(H, FiniteGroup) for H in factors):
        raise InvalidArgumentError(f"factors must be a non-empty sequence of FiniteGroup, got {factors!r}")
    offsets = np.cumsum([0] + [H.degree for H in factors])
    if offsets[-1] != G.degree or G.order != int(np.prod([H.order for H in factors], dtype=object)):
        raise InvalidValueError(f"{G} is not the direct product of {list(factors)} (degrees or orders differ)")
    for s in G.generators.astype(np.int64):
        for H, lo, hi in zip(factors, offsets[:-1], offsets[1:]):
            block = s[lo:hi] - lo
            if block.min() < 0 or block.max() >= H.degree or block.tolist() not in H:
                raise InvalidValueError(f"generator {s.tolist()} of {G} does not act on block {lo}..{hi - 1} "
                                        f"as an element of {H}")
    return factors
