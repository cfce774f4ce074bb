"""Hypothesis strategies for groups, elements, subsets, multisets and generating sets.

Arguments are keyword-only with ``min_*``/``max_*`` pairs and are validated
when the strategy is built, by the kernel :mod:`symproof._validation`: a wrong type
raises :class:`~symproof.errors.InvalidArgumentError`, a bad value
:class:`~symproof.errors.InvalidValueError` (as ``symproof.catalog`` does).
Shrinking goes towards small groups (catalog order) and small element indices.

>>> from hypothesis import given
>>> @given(catalog_groups(max_order=12))
... def check_identity_first(G):
...     assert G.element(0) == tuple(range(G.degree))
>>> check_identity_first()
"""

from __future__ import annotations

import functools

import numpy as np
from hypothesis import strategies as st

from symproof._validation import check_group, check_int, check_range
from symproof.errors import InvalidValueError
from symproof.groups.finite_group import FiniteGroup

__all__ = ["catalog_groups", "elements", "generating_sets", "multisets", "subsets"]


@functools.cache
def _catalog(min_order: int, max_order: int) -> tuple[FiniteGroup, ...]:
    from symproof.groups.census import catalog as listing

    return tuple(listing(max_order, min_order=min_order))


def catalog_groups(*, min_order: int = 1, max_order: int = 24) -> st.SearchStrategy[FiniteGroup]:
    """Catalog groups with ``min_order <= |G| <= max_order`` (one per isomorphism type)."""
    min_order = check_int(min_order, "min_order", min_value=1)
    max_order = check_int(max_order, "max_order", min_value=1)
    check_range("min_order", min_order, "max_order", max_order)
    return st.sampled_from(_catalog(min_order, max_order))


def elements(G: FiniteGroup) -> st.SearchStrategy[int]:
    """Element indices of ``G`` (shrinking towards the identity, index 0)."""
    check_group(G)
    return st.integers(min_value=0, max_value=G.order - 1)


def _sizes(G: FiniteGroup, min_size: int, max_size: int | None, cap: int | None) -> tuple[int, int]:
    min_size = check_int(min_size, "min_size", min_value=0)
    hi = (cap if cap is not None else max(min_size, 8)) if max_size is None else check_int(max_size, "max_size",
                                                                                          min_value=0)
    check_range("min_size", min_size, "max_size", hi)
    return min_size, hi


def subsets(G: FiniteGroup, *, min_size: int = 0, max_size: int | None = None) -> st.SearchStrategy[list[int]]:
    """Sets of distinct element indices, as sorted lists."""
    check_group(G)
    lo, hi = _sizes(G, min_size, max_size, min(G.order, 8))
    if lo > G.order:
        raise InvalidValueError(f"min_size={lo} exceeds |G|={G.order}: no subset that large")
    return st.lists(elements(G), min_size=lo, max_size=min(hi, G.order), unique=True).map(sorted)


def multisets(G: FiniteGroup, *, min_size: int = 0, max_size: int | None = None) -> st.SearchStrategy[list[int]]:
    """Multisets of element indices (repeats allowed), as sorted lists."""
    check_group(G)
    lo, hi = _sizes(G, min_size, max_size, None)
    return st.lists(elements(G), min_size=lo, max_size=hi).map(sorted)


def generating_sets(G: FiniteGroup, *, max_extra: int = 2) -> st.SearchStrategy[list[int]]:
    """Sets of element indices that generate ``G``.

    Elements are drawn one at a time, each outside the subgroup generated so far,
    until they generate ``G``; then up to ``max_extra`` further elements are added.
    """
    check_group(G)
    max_extra = check_int(max_extra, "max_extra", min_value=0)

    @st.composite
    def draw(data: st.DrawFn) -> list[int]:
        from symproof.groups.subgroups import generated_indices

        chosen: list[int] = []
        reached = np.array([0])
        while reached.size < G.order:
            outside = np.setdiff1d(np.arange(G.order), reached)
            chosen.append(int(outside[data(st.integers(0, outside.size - 1))]))
            reached = generated_indices(G, np.array(chosen))
        chosen += data(st.lists(elements(G), max_size=max_extra))
        return sorted(set(chosen))

    return draw()
