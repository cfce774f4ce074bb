"""Conjugacy classes and power maps.

Classes are the connected components of the graph on elements with an edge
``x -- s x s^{-1}`` for each generator ``s`` (conjugation by generators reaches
the whole class). Cost: one vectorised conjugation of all elements per
generator and a sparse connected-components pass, ``O(k |G| (n + log|G|))``;
the 22 classes of ``S_8`` take a fraction of a second.

Stable order: the identity class first, then by element order, then by class
size, then by representative, where the representative of a class is its
element of least index (least image list).

A natural ``S_n`` or ``A_n`` (:mod:`symproof.groups.symmetric`) gets the same classes,
in the same order, from cycle types (:func:`natural_classes`); their element arrays are
built only when asked for.

>>> import symproof as sp
>>> [(c.representative, c.size, c.element_order) for c in sp.group("S3").conjugacy_classes()]
[(0, 1, 1), (1, 3, 2), (3, 2, 3)]
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from symproof._frozen import frozen_record, readonly
from symproof.errors import SymproofInternalError
from symproof.groups import permutations as perm

if TYPE_CHECKING:  # pragma: no cover
    from symproof.groups.finite_group import FiniteGroup

__all__ = ["ConjugacyClass", "compute_classes", "natural_classes", "power_map"]


@frozen_record(eq=False)
class ConjugacyClass:
    """One conjugacy class: its position, representative (element index), size and elements.

    The conjugacy class of ``x`` is ``{g x g^{-1} : g in G}``. Listed by
    ``G.conjugacy_classes()``, identity first.

    Attributes
    ----------
    position : int
        Index among the classes (the column of the character table).
    representative : int
        An element index in the class.
    size : int
        Number of elements.
    element_order : int
        The order of every element of the class.
    elements : numpy.ndarray
        The element indices, sorted (for a natural ``S_n`` / ``A_n``: built when first read,
        which enumerates the group).

    Examples
    --------
    >>> import symproof as sp
    >>> [(c.size, c.element_order) for c in sp.group("S3").conjugacy_classes()]
    [(1, 1), (3, 2), (2, 3)]
    """

    position: int
    representative: int
    size: int
    element_order: int
    _members: np.ndarray | Callable[[], np.ndarray]

    @property
    def elements(self) -> np.ndarray:
        """The element indices of the class, sorted (read-only)."""
        members = self._members
        return members if isinstance(members, np.ndarray) else members()

    def __repr__(self) -> str:
        return (f"ConjugacyClass(position={self.position}, representative={self.representative}, "
                f"size={self.size}, element_order={self.element_order})")


def _conjugation_maps(G: FiniteGroup) -> list[np.ndarray]:
    els = G.elements
    maps = []
    for s in G.generators:
        s_inv = perm.invert(s[None, :])
        maps.append(G.lookup(perm.compose(perm.compose(s[None, :], els), s_inv)))
    return maps


def compute_classes(G: FiniteGroup) -> tuple[tuple[ConjugacyClass, ...], np.ndarray]:
    """The classes of ``G`` in stable order and the array ``class_of``."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    n = G.order
    maps = _conjugation_maps(G)
    rows = np.concatenate([np.arange(n)] + [np.arange(n) for _ in maps])
    cols = np.concatenate([np.arange(n), *maps])
    graph = coo_matrix((np.ones(rows.size, dtype=np.int8), (rows, cols)), shape=(n, n))
    _, labels = connected_components(graph, directed=True, connection="weak")
    # representative = least element index in each component
    reps = np.full(labels.max() + 1, n, dtype=np.int64)
    np.minimum.at(reps, labels, np.arange(n))
    sizes = np.bincount(labels)
    orders = G.element_orders[reps]
    stable = np.lexsort((reps, sizes, orders))
    position_of_label = np.empty_like(stable)
    position_of_label[stable] = np.arange(stable.size)
    class_of = readonly(position_of_label[labels])
    members = readonly(np.argsort(class_of, kind="stable"))  # the classes' element arrays are views of it
    bounds = np.concatenate([[0], np.cumsum(sizes[stable])])
    classes = []
    for pos, label in enumerate(stable):
        elements = members[bounds[pos]:bounds[pos + 1]]
        classes.append(ConjugacyClass(pos, int(reps[label]), int(sizes[label]), int(orders[label]), elements))
    return tuple(classes), class_of


def power_map(G: FiniteGroup, k: int) -> np.ndarray:
    """``power_map(G, k)[c]``: the class containing ``x^k`` for ``x`` in class ``c``.

    >>> import symproof as sp
    >>> sp.group("C4").power_map(2).tolist()
    [0, 0, 1, 1]
    """
    reps = np.array([c.representative for c in G.conjugacy_classes()])
    return G.classes_of(G.power(reps, k))


def natural_classes(G: FiniteGroup) -> tuple[ConjugacyClass, ...]:
    """The classes of a natural ``S_n`` / ``A_n`` from cycle types, in the stable order, without enumerating.

    >>> import symproof as sp
    >>> [(c.representative, c.size) for c in natural_classes(sp.group("A4"))]
    [(0, 1), (3, 3), (1, 4), (2, 4)]
    """
    natural = G.natural_structure()
    if natural is None:  # pragma: no cover - callers check
        raise SymproofInternalError(f"{G} is not a natural symmetric or alternating group")
    members = functools.cache(lambda: _members_by_class(G))
    return tuple(ConjugacyClass(pos, c.representative, c.size, c.element_order,
                                functools.partial(_class_members, members, pos))
                 for pos, c in enumerate(natural.classes))


def _members_by_class(G: FiniteGroup) -> tuple[np.ndarray, np.ndarray]:
    """All element indices sorted by class (a read-only array) and the class boundaries in it."""
    class_of = G.class_of
    members = readonly(np.argsort(class_of, kind="stable"))
    bounds = np.concatenate([[0], np.cumsum(np.bincount(class_of, minlength=len(G.conjugacy_classes())))])
    return members, bounds


def _class_members(members: Callable[[], tuple[np.ndarray, np.ndarray]], pos: int) -> np.ndarray:
    array, bounds = members()
    return array[bounds[pos]:bounds[pos + 1]]
