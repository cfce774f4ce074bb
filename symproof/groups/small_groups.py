"""The SmallGroups library as data: every group of order <= 100 with its GAP id.

Each group ``SmallGroup(n, i)`` is shipped as permutation generators of small degree
(GAP's ``SmallerDegreePermutationRepresentation``) with GAP-computed invariants for
cross-checking (:class:`SmallGroupRecord`), in ``symproof/data/small_groups.jsonl.xz``,
written once by ``tools/make_small_groups.py`` (GAP is a development-time tool, not a
dependency; the file records the GAP and SmallGroups versions: :func:`data_versions`).

>>> import symproof as sp
>>> G = small_group(8, 4)
>>> G.order, G.name, small_group_record(8, 4).name
(8, 'SmallGroup(8,4)', 'Q8')
>>> [r.id for r in small_group_records(orders=[12])]
[1, 2, 3, 4, 5]
>>> identify(sp.group("D6"))
(12, 4)
"""

from __future__ import annotations

import dataclasses
import functools
import json
import lzma
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from typing import Any

from symproof._validation import check_group, check_int
from symproof.errors import InvalidArgumentError, InvalidValueError, SymproofInternalError
from symproof.groups.finite_group import FiniteGroup
from symproof.groups.isomorphism import are_isomorphic, class_invariants

__all__ = [
    "MAX_SMALL_ORDER",
    "SmallGroupRecord",
    "data_versions",
    "identify",
    "number_of_small_groups",
    "small_group",
    "small_group_record",
    "small_group_records",
    "small_groups",
]

MAX_SMALL_ORDER = 100


@dataclasses.dataclass(frozen=True)
class SmallGroupRecord:
    """GAP's data for ``SmallGroup(order, id)``: generators (1-based images) and invariants."""

    order: int
    id: int
    name: str  # GAP's StructureDescription
    degree: int
    generators: tuple[tuple[int, ...], ...]
    classes: int
    class_sizes: tuple[int, ...]
    degrees: tuple[int, ...]  # degrees of the irreducible characters, sorted
    abelian_invariants: tuple[int, ...]
    exponent: int
    abelian: bool
    nilpotent: bool
    solvable: bool
    centre: int
    derived: int

    @property
    def spec(self) -> str:
        """``SmallGroup(n,i)``."""
        return f"SmallGroup({self.order},{self.id})"


@functools.cache
def _data() -> tuple[dict, dict[int, tuple[SmallGroupRecord, ...]]]:
    raw = resources.files("symproof").joinpath("data", "small_groups.jsonl.xz").read_bytes()
    lines = lzma.decompress(raw).decode().splitlines()
    header, by_order = json.loads(lines[0]), {}  # type: dict, dict[int, list[SmallGroupRecord]]
    fields = {f.name: f.type for f in dataclasses.fields(SmallGroupRecord)}
    for line in lines[1:]:
        row = json.loads(line)
        values: dict[str, Any] = {k: tuple(map(tuple, v)) if k == "generators" else tuple(v) if isinstance(v, list) else v
                  for k, v in row.items() if k in fields}
        by_order.setdefault(row["order"], []).append(SmallGroupRecord(**values))
    return header, {n: tuple(rows) for n, rows in by_order.items()}


def data_versions() -> dict:
    """The GAP and SmallGroups versions the data was generated with, and its maximal order.

    >>> sorted(data_versions())
    ['gap', 'max_order', 'smallgrp']
    """
    return dict(_data()[0])


def number_of_small_groups(n: int) -> int:
    """How many groups of order ``n`` there are (``n <= 100``).

    >>> [number_of_small_groups(n) for n in (8, 16, 32, 64)]
    [5, 14, 51, 267]
    """
    return len(_records_of_order(n))


def _records_of_order(n: int) -> tuple[SmallGroupRecord, ...]:
    n = check_int(n, "order", min_value=1)
    if n > MAX_SMALL_ORDER:
        raise InvalidValueError(f"the SmallGroups data shipped with symproof goes up to order {MAX_SMALL_ORDER}, "
                                f"got order {n}")
    return _data()[1][n]


def small_group_record(n: int, i: int) -> SmallGroupRecord:
    """GAP's record of ``SmallGroup(n, i)``."""
    rows = _records_of_order(n)
    i = check_int(i, "id", min_value=1)
    if i > len(rows):
        raise InvalidValueError(f"there are {len(rows)} groups of order {n}, so SmallGroup({n},{i}) does not exist")
    return rows[i - 1]


def small_group(n: int, i: int) -> FiniteGroup:
    """``SmallGroup(n, i)`` of GAP's SmallGroups library, as a permutation group of small degree.

    Parameters
    ----------
    n : int
        The order, ``1 <= n <= 100``.
    i : int
        The GAP id, ``1 <= i <=`` the number of groups of order ``n``.

    Returns
    -------
    FiniteGroup
        The group, named ``SmallGroup(n,i)``, on the points of GAP's smaller-degree
        permutation representation.

    Raises
    ------
    InvalidValueError
        For an order above 100 or an id that does not exist.

    Examples
    --------
    >>> import symproof as sp
    >>> G = sp.small_group(24, 12)
    >>> G.order, len(G.conjugacy_classes()), small_group_record(24, 12).name
    (24, 5, 'S4')
    """
    record = small_group_record(n, i)
    gens = [[x - 1 for x in g] for g in record.generators]
    return FiniteGroup.from_permutations(gens, degree=record.degree, name=record.spec)


def small_group_records(*, max_order: int = MAX_SMALL_ORDER, orders: Iterable[int] | None = None,
                        where: Callable[[SmallGroupRecord], bool] | None = None) -> Iterator[SmallGroupRecord]:
    """Records in order of ``|G|``, then id; ``orders`` restricts the orders, ``where`` filters records."""
    max_order = check_int(max_order, "max_order", min_value=1)
    chosen = sorted(set(orders)) if orders is not None else range(1, min(max_order, MAX_SMALL_ORDER) + 1)
    if where is not None and not callable(where):
        raise InvalidArgumentError(f"where must be a function of a SmallGroupRecord, got {where!r}")
    for n in chosen:
        if n <= max_order:
            yield from (r for r in _records_of_order(n) if where is None or where(r))


def small_groups(*, max_order: int = MAX_SMALL_ORDER, orders: Iterable[int] | None = None,
                 where: Callable[[SmallGroupRecord], bool] | None = None) -> Iterator[FiniteGroup]:
    """The groups of the SmallGroups data in order of ``|G|``, then GAP id, built lazily one at a time.

    Parameters
    ----------
    max_order : int
        Largest order (at most 100, the extent of the data).
    orders : iterable of int, optional
        Only these orders.
    where : callable, optional
        A filter on :class:`SmallGroupRecord` (GAP's invariants: ``abelian``, ``nilpotent``,
        ``solvable``, ``classes``, ``degrees``, ``name``, ...).

    Yields
    ------
    FiniteGroup
        Each ``SmallGroup(n,i)`` (see :func:`small_group`).

    Examples
    --------
    >>> [G.order for G in small_groups(max_order=4)]
    [1, 2, 3, 4, 4]
    >>> sum(1 for _ in small_groups(orders=[16], where=lambda r: not r.abelian))
    9
    """
    for r in small_group_records(max_order=max_order, orders=orders, where=where):
        yield small_group(r.order, r.id)


def identify(G: FiniteGroup) -> tuple[int, int]:
    """The SmallGroups id ``(n, i)`` of ``G``: candidates by invariants, then an isomorphism test.

    The candidates of order ``|G|`` are those with the same class sizes, exponent and class
    invariants (element orders and prime powers, :func:`~symproof.groups.isomorphism.class_invariants`);
    where several remain, an explicit isomorphism decides
    (:func:`~symproof.groups.isomorphism.isomorphism`).

    Parameters
    ----------
    G : FiniteGroup
        A group of order at most 100.

    Returns
    -------
    tuple of int
        ``(|G|, i)`` with ``G`` isomorphic to ``SmallGroup(|G|, i)``.

    Raises
    ------
    InvalidValueError
        Above order 100.

    Examples
    --------
    >>> import symproof as sp
    >>> sp.identify(sp.group("Q8")), sp.identify(sp.group("S4"))
    ((8, 4), (24, 12))
    """
    G = check_group(G)
    sizes = tuple(sorted(c.size for c in G.conjugacy_classes()))
    exponent = G.exponent
    candidates = [r for r in _records_of_order(G.order) if r.class_sizes == sizes and r.exponent == exponent]
    if len(candidates) > 1:
        mine = sorted(class_invariants(G))
        candidates = [r for r in candidates if sorted(class_invariants(small_group(r.order, r.id))) == mine]
    # the library is complete, so G is one of the candidates: the last needs no test
    for r in candidates[:-1]:
        if are_isomorphic(G, small_group(r.order, r.id)):
            return r.order, r.id
    if not candidates:  # pragma: no cover - the invariants of a group always match its own record
        raise SymproofInternalError(f"no group of order {G.order} in the SmallGroups data matches {G!r}")
    return candidates[-1].order, candidates[-1].id
