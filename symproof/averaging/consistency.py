"""Consistent complexities of one function class: bounds propagated along the proven inequalities.

The averaging complexities of one class ``F`` are tied together (MATH.md section 3)::

    AC_wk(eps) <= AC_st(eps) <= AC_ex,    AC_st(eps) <= AC_wk(eps/2),
    AC(eps') <= AC(eps) for eps' >= eps,  AC_signed <= AC_probability.

Each holds because a scheme meeting the requirement on the right meets the one on the
left: an exact scheme has ``w = s = 0``; ``w <= s`` (indeed ``(|G|/(|G|-1)) w <= s``) and
``s <= 2 w``; a scheme with error ``<= eps`` has error ``<= eps'``; a probability scheme is
a signed one. So upper bounds, with their witnesses, flow from right to left, and lower
bounds from left to right. :func:`propagate` applies these flows to a list of
:class:`~symproof.averaging.complexity.ComplexityResult` s until nothing changes, and
:func:`complexity_profile` computes such a list for a class and propagates it.

>>> from fractions import Fraction
>>> import symproof as sp
>>> F = sp.polynomials(sp.natural_action(sp.group("S3")), max_degree=1)
>>> exact, weak, strong = sp.complexity_profile(F, [Fraction(1, 2)])
>>> int(exact.lower), int(exact.upper), weak.upper <= strong.upper <= exact.upper
(3, 3, True)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Any, NamedTuple

from symproof._validation import check_bool, check_choice, check_exact_number, check_exact_rational, check_type
from symproof.averaging.complexity import ComplexityResult, averaging_complexity
from symproof.errors import InvalidArgumentError, InvalidValueError, SymproofInternalError
from symproof.exact.provenance import Bound, Provenance, larger_lower_bound, smaller_upper_bound

if TYPE_CHECKING:  # pragma: no cover
    from symproof.averaging.scheme import AveragingScheme
    from symproof.averaging.symmetry_errors import ErrorValue
    from symproof.functions.function_class import FunctionClass

__all__ = ["complexity_profile", "propagate", "propagate_classes"]

KINDS = ("exact", "weak", "strong")
_SYMBOL = {"exact": "AC_ex", "weak": "AC_wk", "strong": "AC_st"}


class _Cell(NamedTuple):
    """Which complexity a result bounds: kind, exact tolerance (None for exact) and signedness."""

    kind: str
    eps: Fraction | None
    signed: bool
    label: str
    scope: frozenset = frozenset()  # Irr(F) of the class (across classes: Irr(F1) <= Irr(F2) gives AC(F1) <= AC(F2))


class _Side(NamedTuple):
    """One side of a cell during propagation; ``origin`` is the label of the cell it came from (None: its own)."""

    bound: Bound
    origin: str | None = None
    witness: AveragingScheme | None = None
    witness_error: ErrorValue | None = None


def propagate(results: Sequence[ComplexityResult]) -> list[ComplexityResult]:
    """Propagate bounds and witnesses between the complexities of one function class, to a fixed point.

    For two results ``a`` and ``b`` such that every scheme meeting ``a``'s requirement meets
    ``b``'s (so ``AC_b <= AC_a``), ``a``'s upper bound and witness bound ``AC_b`` and ``b``'s
    lower bound bounds ``AC_a``. The requirements compare as follows (MATH.md section 3):
    an exact scheme meets every requirement (``w = s = 0``); a strong witness at ``eps`` is a
    weak one at every ``eps' >= eps`` (``w <= s``); a weak witness at ``eps`` is a strong one
    at every ``eps' >= 2 eps`` (``s <= 2w``; this is ``AC_st(eps) <= AC_wk(eps/2)``); a
    witness at ``eps`` qualifies at every ``eps' >= eps`` of its kind; a probability witness
    is a signed one, never the reverse. Only the tolerances in ``results`` are used.

    Parameters
    ----------
    results : sequence of ComplexityResult
        Results for one function class (one group): exact, weak and strong, at any exact
        tolerances (``Fraction``, ``int``, SymPy rationals; a float counts as its exact
        binary value), probability or signed, each taken with its own ``signed`` flag.

    Returns
    -------
    list of ComplexityResult
        The results in the same order. A bound is replaced only by a strictly better one,
        or an equal one of stronger provenance (``EXACT`` > ``CERTIFIED`` > ``ESTIMATE``).
        A propagated upper bound brings its witness and keeps its provenance, with the
        method ``"propagated: AC_b <= AC_a: <method of a>"`` (``a`` the cell it was
        proven for); the witness error is kept when the kinds agree, else ``None`` (the
        method says why the witness qualifies). Lower bounds alike with ``>=``. Results
        that gain nothing are returned unchanged (the same objects).

    Raises
    ------
    InvalidArgumentError
        If ``results`` is not a sequence of ``ComplexityResult``.
    InvalidValueError
        If the witnesses are on different groups, or an approximate result has no ``eps``.
    SymproofInternalError
        If after propagation a proven lower bound exceeds a proven upper bound of its cell
        (a bug); the message gives both sides' methods. A lower bound that is an estimate and
        is refuted by the upper bound (the numerical search missed a scheme) is shown at the
        upper bound, still an estimate, with a method that says so.

    Notes
    -----
    Each pass tries every ordered pair of related results, ``O(n^2)`` for ``n`` results, and
    the passes repeat until no side changes. Every change strictly improves a side (value,
    then provenance), so this terminates; the relation "a witness for ``a`` is one for ``b``"
    is transitive, so the second pass already finds nothing new.

    Examples
    --------
    >>> from fractions import Fraction
    >>> import symproof as sp
    >>> G = sp.group("S3")
    >>> F = sp.polynomials(sp.natural_action(G), max_degree=1)
    >>> witness = sp.averaging_complexity(F, "exact").witness          # an exact scheme of size 3
    >>> exact = sp.ComplexityResult("exact", None, False, sp.Bound(3, "exact", "size 2 fails"),
    ...                             sp.Bound(3, "exact", "an exact scheme of size 3"), witness)
    >>> strong = sp.ComplexityResult("strong", Fraction(1, 2), False, sp.Bound(2, "exact", "size 1 fails"),
    ...                              sp.Bound(6, "exact", "uniform scheme on G"), sp.AveragingScheme.uniform(G))
    >>> _, better = sp.propagate([exact, strong])
    >>> int(better.upper), better.upper.method, better.witness.size
    (3, 'propagated: AC_st(1/2) <= AC_ex: an exact scheme of size 3', 3)
    """
    results = _check_results(results)
    return _propagate(results, [_cell_of(r) for r in results])


def propagate_classes(profiles: Sequence[tuple[str, Sequence[int], Sequence[ComplexityResult]]]
                      ) -> list[list[ComplexityResult]]:
    """:func:`propagate` over several function classes of one group, with monotonicity in ``F`` as well.

    ``Irr(F1) ⊆ Irr(F2)`` gives ``AC(F1) <= AC(F2)`` for every kind and tolerance (a scheme's errors
    on ``F1`` are maxima over fewer irreducibles), so witnesses and upper bounds move from the larger
    class to the smaller, lower bounds the other way, together with the rules of :func:`propagate`.

    Parameters
    ----------
    profiles : sequence of (name, Irr(F), results)
        For each class a display name, its irreducibles (row indices, ``F.irreducibles()``) and its
        results (for example from :func:`complexity_profile`).

    Returns
    -------
    list of list of ComplexityResult
        The propagated results, class by class in the same order.

    Examples
    --------
    >>> import symproof as sp
    >>> G = sp.group("S3")
    >>> small, large = sp.polynomials(sp.natural_action(G), max_degree=1), sp.regular_functions(G)
    >>> a, b = (sp.averaging_complexity(F, "exact") for F in (small, large))
    >>> [[r], [s]] = propagate_classes([("poly<=1", small.irreducibles(), [a]), ("L^2", large.irreducibles(), [b])])
    >>> int(r.upper) <= int(s.upper)
    True
    """
    flat, cells = [], []
    for item in profiles:
        name, irr, results = item
        for r in _check_results(results):
            cell = _cell_of(r)
            flat.append(r)
            cells.append(cell._replace(label=f"{cell.label} of {name}", scope=frozenset(int(i) for i in irr)))
    _check_results(flat)
    out = iter(_propagate(flat, cells))
    return [[next(out) for _ in results] for _, _, results in profiles]


def _propagate(results: list[ComplexityResult], cells: list[_Cell]) -> list[ComplexityResult]:
    lower = [_Side(r.lower) for r in results]
    upper = [_Side(r.upper, None, r.witness, r.witness_error) for r in results]
    pairs = [(a, b) for a in range(len(cells)) for b in range(len(cells)) if a != b and _qualifies(cells[a], cells[b])]
    changed = True
    while changed:
        changed = False
        for a, b in pairs:  # AC_b <= AC_a
            if _improves(smaller_upper_bound, upper[a].bound, upper[b].bound):
                same = (cells[a].kind, cells[a].scope) == (cells[b].kind, cells[b].scope)
                upper[b], changed = _moved(upper[a], cells[a], keep_error=same), True
            if _improves(larger_lower_bound, lower[b].bound, lower[a].bound):
                lower[a], changed = _moved(lower[b], cells[b], keep_error=False), True
    out = [_rebuilt(r, cell, lo, up) for r, cell, lo, up in zip(results, cells, lower, upper)]
    return [_consistent(r, cell) for r, cell in zip(out, cells)]


def complexity_profile(F: FunctionClass, eps_values: Sequence[Any], *, signed: bool = False,
                       kinds: Sequence[str] = KINDS, **kwargs: Any) -> list[ComplexityResult]:
    """Compute every complexity of ``F`` at the given tolerances and make them consistent with :func:`propagate`.

    One call of :func:`~symproof.averaging.complexity.averaging_complexity` per cell: ``AC_ex``
    (if ``"exact"`` is in ``kinds``), then for each ``eps`` the approximate kinds in the order
    of ``kinds`` (for probability schemes their lower bounds include the Plancherel bound,
    :func:`~symproof.averaging.bounds.plancherel_lower_bound`). Then the bounds are
    propagated between the cells.

    Parameters
    ----------
    F : FunctionClass
        The function class.
    eps_values : sequence of exact numbers
        The tolerances, each positive and exact (``Fraction``, ``int``, SymPy rational, a
        string such as ``'0.1'``, or a small dyadic float such as ``0.5``; pass
        ``Fraction(1, 10)`` rather than ``0.1``). Include ``eps/2`` to relate ``AC_st(eps)``
        to ``AC_wk(eps/2)``.
    signed : bool
        Signed schemes instead of probability schemes.
    kinds : sequence of {"exact", "weak", "strong"}
        Which complexities, each at most once (default all three).
    **kwargs
        Passed on to ``averaging_complexity`` (``max_search=``, ``seed=``).

    Returns
    -------
    list of ComplexityResult
        The propagated results; each approximate one carries its ``eps`` exactly as given
        (as a ``Fraction``).

    Raises
    ------
    InvalidArgumentError
        If ``F`` is not a function class, ``eps_values`` is not a sequence of exact numbers,
        ``kinds`` is not a sequence of strings or ``signed`` is not a bool.
    InvalidValueError
        If a tolerance is not positive or a kind is unknown or repeated.
    SymproofInternalError
        If the computed bounds contradict each other (see :func:`propagate`).

    Examples
    --------
    >>> from fractions import Fraction
    >>> import symproof as sp
    >>> F = sp.regular_functions(sp.group("C3"))
    >>> [(r.kind, str(r.eps), int(r.lower), int(r.upper))
    ...  for r in sp.complexity_profile(F, [Fraction(1, 5)], kinds=("exact", "weak"))]
    [('exact', 'None', 3, 3), ('weak', '1/5', 3, 3)]
    """
    from symproof.functions.function_class import FunctionClass

    check_type(F, FunctionClass, "F", "a FunctionClass (for example sp.polynomials(rho, max_degree=2))")
    eps_values = _check_eps_values(eps_values)
    kinds = _check_kinds(kinds)
    signed = check_bool(signed, "signed")
    results = [averaging_complexity(F, "exact", signed=signed, **kwargs)] if "exact" in kinds else []
    for eps in eps_values:
        for kind in kinds:
            if kind != "exact":
                results.append(_approximate_cell(F, kind, eps, signed, kwargs))
    return propagate(results)


# -- helpers -----------------------------------------------------------------------------------


def _approximate_cell(F: FunctionClass, kind: str, eps: Fraction, signed: bool,
                      kwargs: dict[str, Any]) -> ComplexityResult:
    """``averaging_complexity`` at ``eps`` (its lower bounds include Plancherel's), recorded with the exact ``eps``."""
    return dataclasses.replace(averaging_complexity(F, kind, eps, signed=signed, **kwargs), eps=eps)


def _check_results(results: Any) -> list[ComplexityResult]:
    if isinstance(results, (str, bytes)) or not isinstance(results, Sequence):
        raise InvalidArgumentError(f"results must be a sequence of ComplexityResult, got {results!r}")
    for i, r in enumerate(results):
        check_type(r, ComplexityResult, f"results[{i}]", "a ComplexityResult (from averaging_complexity)")
    groups = {id(r.witness.group): r.witness.group for r in results}
    first = next(iter(groups.values()), None)
    if any(G != first for G in groups.values()):
        raise InvalidValueError("results must be for one function class, but their witnesses are on different "
                                f"groups: {sorted({str(G) for G in groups.values()})}")
    return list(results)


def _check_eps_values(eps_values: Any) -> list[Fraction]:
    if isinstance(eps_values, (str, bytes)) or not isinstance(eps_values, Sequence):
        raise InvalidArgumentError(f"eps_values must be a sequence of exact positive numbers such as "
                                   f"[Fraction(1, 2), Fraction(1, 4)], got {eps_values!r}")
    return [check_exact_number(eps, f"eps_values[{i}]", positive=True) for i, eps in enumerate(eps_values)]


def _check_kinds(kinds: Any) -> tuple[str, ...]:
    if isinstance(kinds, (str, bytes)) or not isinstance(kinds, Sequence):
        raise InvalidArgumentError(f"kinds must be a sequence such as ('exact', 'weak', 'strong'), got {kinds!r}")
    out = tuple(check_choice(kind, f"kinds[{i}]", KINDS) for i, kind in enumerate(kinds))
    if len(set(out)) != len(out):
        raise InvalidValueError(f"kinds must not repeat a kind, got {kinds!r}")
    return out


def _exact_eps(r: ComplexityResult) -> Fraction | None:
    """The tolerance of a result as an exact ``Fraction`` (a float as its exact binary value), None for exact."""
    if r.kind == "exact":
        return None
    if r.eps is None:
        raise InvalidValueError(f"a {r.kind!r} result needs its eps, got eps=None")
    if isinstance(r.eps, float):
        return Fraction(r.eps)  # exactly the number the float is; comparisons stay exact
    return check_exact_rational(r.eps, "eps")


def _cell_of(r: ComplexityResult) -> _Cell:
    check_choice(r.kind, "kind", KINDS)
    eps = _exact_eps(r)
    shown = "" if eps is None else f"({r.eps!r})" if isinstance(r.eps, float) else f"({eps})"
    return _Cell(r.kind, eps, bool(r.signed), f"{'signed ' if r.signed else ''}{_SYMBOL[r.kind]}{shown}")


def _qualifies(a: _Cell, b: _Cell) -> bool:
    """Whether every scheme meeting ``a``'s requirement meets ``b``'s (so ``AC_b <= AC_a``)."""
    if a.signed and not b.signed:
        return False  # a signed witness need not be a probability scheme
    if not b.scope <= a.scope:
        return False  # a witness for F qualifies for classes with fewer irreducibles
    if a.kind == "exact":
        return True  # w = s = 0
    if b.kind == "exact" or a.eps is None or b.eps is None:
        return False
    factor = 2 if (a.kind, b.kind) == ("weak", "strong") else 1  # s <= 2w; w <= s; same kind
    return b.eps >= factor * a.eps


def _improves(best: Callable[..., Bound], candidate: Bound, current: Bound) -> bool:
    """Whether ``candidate`` is strictly better than ``current``: better value, or equal and stronger provenance."""
    return candidate is not current and best(current, candidate) is candidate


def _moved(side: _Side, source: _Cell, *, keep_error: bool) -> _Side:
    """``side`` as a bound on another cell: it remembers the cell it was proven for."""
    return _Side(side.bound, side.origin or source.label, side.witness, side.witness_error if keep_error else None)


def _relabelled(side: _Side, cell: _Cell, relation: str) -> Bound:
    if side.origin is None:
        return side.bound
    return Bound(side.bound.value, side.bound.provenance,
                 f"propagated: {cell.label} {relation} {side.origin}: {side.bound.method}")


def _rebuilt(r: ComplexityResult, cell: _Cell, lower: _Side, upper: _Side) -> ComplexityResult:
    if lower.origin is None and upper.origin is None:
        return r
    changes: dict[str, Any] = {"lower": _relabelled(lower, cell, ">=")}
    if lower.origin is not None:
        changes["certificates"] = ()  # they prove the other cell's bound, not this one
    if upper.origin is not None:
        changes.update(upper=_relabelled(upper, cell, "<="), witness=upper.witness, witness_error=upper.witness_error)
    return dataclasses.replace(r, **changes)


def _consistent(r: ComplexityResult, cell: _Cell) -> ComplexityResult:
    """``r`` when ``lower <= upper``; an estimate refuted by the other side is demoted; two proofs in conflict raise."""
    if r.lower <= r.upper:
        return r
    if not (r.lower.provenance.is_proof and r.upper.provenance.is_proof):
        refuted = Bound(r.upper.value, Provenance.ESTIMATE,
                        f"{r.lower} ({r.lower.provenance.value}: {r.lower.method}) is refuted by the upper bound "
                        f"{r.upper} ({r.upper.method}); shown at the upper bound, an estimate")
        return dataclasses.replace(r, lower=refuted)
    raise SymproofInternalError(
        f"contradictory bounds on {cell.label} (both sides are proofs: a bug in symproof): lower {r.lower} "
        f"({r.lower.method}) exceeds upper {r.upper} ({r.upper.method})")
