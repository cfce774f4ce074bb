"""Explicit, configurable size limits.

Every computation whose cost grows with a group stops with a
:class:`~symproof.errors.LimitExceededError` before it passes one of these
limits, instead of hanging or silently truncating.

>>> import symproof as sp
>>> sp.get_limits().max_order
1000000
>>> with sp.limits(max_order=100):
...     sp.get_limits().max_order
100
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator

from symproof._frozen import frozen_record
from symproof.errors import InvalidArgumentError, InvalidValueError

__all__ = ["Limits", "get_limits", "limit_hint", "limits", "resolve_limit", "set_limits"]


@frozen_record
class Limits:
    """The size limits in force.

    Attributes
    ----------
    max_order
        Largest group order that is enumerated element by element
        (``S_9`` has 362,880 elements and fits the default).
    max_structured_degree
        Largest degree ``n`` at which a natural ``S_n`` or ``A_n`` (recognised from its
        generators by degree and order) is handled by ranks and cycle types without
        enumerating it: products, classes, power maps and the character table. Only what
        needs every element (``G.elements``, ``G.class_of``, subgroups, ...) enumerates, and
        then ``max_order`` applies. Element indices are 64-bit, so values above 20 act as 20.
    max_orbit
        Largest orbit of vectors followed when a group is given by matrices.
    max_search
        Largest number of candidates an exhaustive search of
        :func:`~symproof.averaging_complexity` may test (canonical supports, zero sets, or
        leaves of the information-set search, counted before it starts); a search above it is
        skipped and the interval names this limit.
    max_table
        Largest number of entries of a dense ``|G| x N`` action table or matrix a
        representation may build (the regular representation of ``G`` needs ``|G|^2``).
    max_report_search
        Default candidate budget of each exhaustive search in
        :func:`~symproof.separation_report` (its ``max_search=None``); a search over the
        budget is skipped and the reported interval names this limit.
    max_exact_system_dimension
        Largest ``dim F`` for which ``averaging_complexity(F, "exact")`` solves the exact
        linear system of the representation on ``F`` (above it: the route through
        irreducibles, or an interval).
    max_weighted_supports
        Largest number of supports tried with optimised weights in the approximate
        (weak/strong) complexity search; beyond it the upper bound is what was reached.
    max_certified_supports
        Largest number of canonical supports visited (each settled by a semidefinite program and
        its verified dual certificate, or by one already verified) in one certified search for an
        approximate complexity (:mod:`symproof.averaging.support_search`); beyond it the interval
        says so.
    max_partial_supports
        Largest number of canonical supports of a size that does not fit in what is left of
        ``max_certified_supports`` that the certified search still walks, looking for a scheme
        (every smaller size is settled, so one found there decides the complexity); the default
        1 all but skips such a size (a report stays fast). The complexity tables use 3000.
    max_enumerated_supports
        Largest number of supports containing ``e`` of one size that a search up to symmetry may
        walk through to find the canonical ones (:mod:`symproof.averaging.support_orbits`); a
        size with more is not searched, and the interval says so.
    max_exact_eigen_dimension
        Largest irreducible dimension for which the weak and strong errors are computed
        exactly (an algebraic number); larger blocks give a certified enclosure.
    max_strong_dense_entries
        Largest ``|G| * sum_pi d_pi^3`` (the ball-arithmetic work of a certified maximum over
        all ``g``) for which the strong error takes the maximum over all ``g``; above it the
        strong error is bracketed by the weak one.
    max_exactness_dimension
        Largest ``dim F`` for which :func:`~symproof.is_exact` decides on the
        representation on ``F`` (above it: through exact irreducibles).
    max_numeric_irreducible_order
        Largest group order for which an irreducible without an exact construction is
        built numerically in the regular representation (an estimate).
    max_induction_candidates
        Largest number of subgroups tried when irreducibles are induced from linear
        characters of subgroups (the rest is built numerically).
    max_full_check_order
        Largest group order at which a numeric irreducible is checked at every element;
        larger groups are checked on a seeded sample of ``check_sample_size`` elements.
    check_sample_size
        Number of sampled elements that check a numeric irreducible of a large group.
    max_exact_spectrum_order
        Largest group order whose Cayley spectrum ``exact=None`` computes exactly.
    max_dense_spectrum_order
        Largest group order for which ``lambda_star(method="auto")`` takes dense
        eigenvalues (above it: the sparse ARPACK route).
    max_expansion_vertices
        Default largest graph for the brute-force :func:`~symproof.edge_expansion`
        (``2^|V|`` vertex sets).

    Raise any of them with ``sp.set_limits(name=value)`` or, for one block,
    ``with sp.limits(name=value): ...``.

    Examples
    --------
    >>> import symproof as sp
    >>> with sp.limits(max_order=100):
    ...     sp.get_limits().max_order
    100
    """

    max_order: int = 1_000_000
    max_structured_degree: int = 20
    max_orbit: int = 200_000
    max_search: int = 500_000
    max_table: int = 25_000_000
    max_report_search: int = 20_000
    max_exact_system_dimension: int = 150
    max_weighted_supports: int = 400
    max_certified_supports: int = 3000
    max_partial_supports: int = 1
    max_enumerated_supports: int = 4_000_000
    max_exact_eigen_dimension: int = 24
    max_strong_dense_entries: int = 3_000_000
    max_exactness_dimension: int = 300
    max_numeric_irreducible_order: int = 6000
    max_induction_candidates: int = 400
    max_full_check_order: int = 2000
    check_sample_size: int = 300
    max_exact_spectrum_order: int = 120
    max_dense_spectrum_order: int = 1500
    max_expansion_vertices: int = 20


_current = Limits()


def get_limits() -> Limits:
    """Return the limits in force (a :class:`Limits` record of work and size budgets).

    Returns
    -------
    Limits
        The current limits; immutable, change them with :func:`set_limits` or :func:`limits`.

    Examples
    --------
    >>> import symproof as sp
    >>> isinstance(sp.get_limits().max_search, int)
    True
    """
    return _current


def set_limits(**changes: int) -> Limits:
    """Change limits for the rest of the session; return the previous ones.

    Parameters
    ----------
    **changes : int
        New values for fields of :class:`Limits`, each a positive int.

    Returns
    -------
    Limits
        The limits in force before the change.

    Raises
    ------
    InvalidArgumentError
        If a name is not a field of :class:`Limits` or a value is not a positive int.

    Examples
    --------
    >>> import dataclasses
    >>> import symproof as sp
    >>> old = sp.set_limits(max_search=10)
    >>> _ = sp.set_limits(**dataclasses.asdict(old))
    """
    global _current
    for name, value in changes.items():
        if name not in {f.name for f in dataclasses.fields(Limits)}:
            raise InvalidArgumentError(f"unknown limit {name!r}; known: {[f.name for f in dataclasses.fields(Limits)]}")
        _check_positive_int(f"limit {name}", value)
    previous = _current
    _current = dataclasses.replace(_current, **changes)
    return previous


@contextlib.contextmanager
def limits(**changes: int) -> Iterator[Limits]:
    """Context manager: the given limits hold inside the ``with`` block only.

    Parameters
    ----------
    **changes : int
        New values for fields of :class:`Limits`, each a positive int.

    Yields
    ------
    Limits
        The limits in force inside the block; the previous ones are restored on exit.

    Raises
    ------
    InvalidArgumentError
        If a name is not a field of :class:`Limits` or a value is not a positive int.

    Examples
    --------
    >>> import symproof as sp
    >>> with sp.limits(max_search=10) as inside:
    ...     inside.max_search, sp.get_limits().max_search
    (10, 10)
    >>> sp.get_limits().max_search == 10
    False
    """
    previous = set_limits(**changes)
    try:
        yield _current
    finally:
        set_limits(**dataclasses.asdict(previous))


def resolve_limit(name: str, value: int | None) -> int:
    """``value`` if given (validated), else the limit ``name`` in force."""
    if value is None:
        return getattr(_current, name)
    return _check_positive_int(name, value)


def _check_positive_int(name: str, value: object) -> int:
    # config sits below symproof._validation, so it keeps this one check of its own (same classes as check_int)
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidArgumentError(f"{name} must be a positive int, got {value!r}")
    if value < 1:
        raise InvalidValueError(f"{name} must be a positive int, got {value!r}")
    return value


def limit_hint(name: str) -> str:
    """The sentence a result cut by the limit ``name`` ends with: which limit, its value, how to raise it."""
    return f"Limits.{name}={getattr(_current, name)}; raise it with sp.limits({name}=...) or sp.set_limits({name}=...)"
