"""The cases a conjecture is checked on, group by group of the SmallGroups data.

For each group (in order of ``|G|``, then GAP id) a conjecture over

* ``groups`` sees the group;
* ``actions`` sees its faithful linear actions: the permutation action the data ships
  (small degree), the regular representation, and the natural actions of the catalog group
  isomorphic to it (one per isomorphism type) (``S_n`` on ``R^n``, ``D_n`` on ``R^2``, ``B_d`` on ``R^d``, ...);
* ``classes`` sees function classes: ``L^2(G)`` and the polynomials of degree ``<= 2`` of
  the shipped permutation action; ``tolerances`` sees each of them at ``eps`` in ``{1/2, 1/4}``;
* ``schemes`` sees schemes on those classes: ``delta_e``, the uniform scheme on the identity
  and a minimal generating set, and seeded random probability schemes of sizes 2, 3, 5.

Every :class:`Case` carries a ``reproducer``: code that rebuilds it.

>>> [c.label for c in cases("actions", 6, 1)]
['SmallGroup(6,1) on R^3 (permutation action of the data)', 'SmallGroup(6,1) on R^6 (regular representation)', 'D3 on R^2 (natural action of the catalog group)']
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from fractions import Fraction
from typing import Any

from symproof._frozen import frozen_record
from symproof.averaging.scheme import AveragingScheme
from symproof.errors import InvalidValueError
from symproof.functions.function_class import FunctionClass
from symproof.functions.gsets import regular_functions
from symproof.functions.polynomials import polynomials
from symproof.groups.census import catalog
from symproof.groups.finite_group import FiniteGroup
from symproof.groups.small_groups import identify, small_group
from symproof.reps.constructions import regular
from symproof.reps.representation import Representation, natural_action

__all__ = ["EPS_VALUES", "SCHEME_SIZES", "Case", "cases"]

EPS_VALUES = (Fraction(1, 2), Fraction(1, 4))
SCHEME_SIZES = (2, 3, 5)
_CATALOG_ORDER = 48  # catalog groups up to this order contribute their natural actions


@frozen_record
class Case:
    """One case: the group with its GAP id, and what the conjecture quantifies over (others ``None``)."""

    gap_id: tuple[int, int]
    group: FiniteGroup
    label: str
    reproducer: str
    action: Representation | None = None
    function_class: FunctionClass | None = None
    eps: Fraction | None = None
    scheme: AveragingScheme | None = None


def cases(over: str, n: int, i: int) -> Iterator[Case]:
    """The cases of kind ``over`` for ``SmallGroup(n, i)``, in a fixed order (smallest first)."""
    G = small_group(n, i)
    base = f"G = sp.small_group({n}, {i})"
    if over == "groups":
        yield Case((n, i), G, G.name or "", base)
    elif over == "actions":
        yield from _actions(G, (n, i), base)
    elif over == "classes":
        for F, label, code in _classes(G, base):
            yield Case((n, i), G, label, code, function_class=F)
    elif over == "tolerances":
        for F, label, code in _classes(G, base):
            for eps in EPS_VALUES:
                yield Case((n, i), G, f"{label}, eps = {eps}", f"{code}; eps = Fraction({eps.numerator}, "
                           f"{eps.denominator})", function_class=F, eps=eps)
    elif over == "schemes":
        for F, label, code in _classes(G, base):
            for omega, scheme_label, scheme_code in _schemes(G):
                yield Case((n, i), G, f"{label}, {scheme_label}", f"{code}; omega = {scheme_code}",
                           function_class=F, scheme=omega)
    else:
        raise InvalidValueError(f"unknown kind of case {over!r}")


def _actions(G: FiniteGroup, gap_id: tuple[int, int], base: str) -> Iterator[Case]:
    yield Case(gap_id, G, f"{G.name} on R^{G.degree} (permutation action of the data)",
               f"{base}; rho = sp.natural_action(G)", action=natural_action(G))
    if G.order > 1:
        yield Case(gap_id, G, f"{G.name} on R^{G.order} (regular representation)",
                   f"{base}; rho = sp.regular(G)", action=regular(G))
    for H in _catalog_by_id(min(_CATALOG_ORDER, gap_id[0])).get(gap_id, ()):
        rho = natural_action(H)
        yield Case(gap_id, H, f"{H.name} on R^{rho.dimension} (natural action of the catalog group)",
                   f"G = sp.group({H.name!r}); rho = sp.natural_action(G)", action=rho)


@functools.cache
def _catalog_by_id(max_order: int) -> dict[tuple[int, int], tuple[FiniteGroup, ...]]:
    out: dict[tuple[int, int], list[FiniteGroup]] = {}
    for H in catalog(max_order):
        if H.order > 1:
            out.setdefault(identify(H), []).append(H)
    return {k: tuple(v) for k, v in out.items()}


def _classes(G: FiniteGroup, base: str) -> Iterator[tuple[FunctionClass, str, str]]:
    yield regular_functions(G), f"L^2({G.name})", f"{base}; F = sp.regular_functions(G)"
    if G.order > 1:
        yield (polynomials(natural_action(G), max_degree=2), f"poly<=2 of {G.name} on R^{G.degree}",
               f"{base}; F = sp.polynomials(sp.natural_action(G), max_degree=2)")


def _schemes(G: FiniteGroup) -> Iterator[tuple[AveragingScheme, str, str]]:
    yield AveragingScheme.from_weights(G, {0: 1}), "delta_e", "sp.AveragingScheme.from_weights(G, {0: 1})"
    gens = [0, *G.minimum_generating_set()]
    yield (AveragingScheme.on_elements(G, gens), "uniform on e and a minimal generating set",
           f"sp.AveragingScheme.on_elements(G, {gens})")
    for size in SCHEME_SIZES:
        yield (AveragingScheme.random(G, size, seed=size), f"random scheme of {size} draws (seed {size})",
               f"sp.AveragingScheme.random(G, {size}, seed={size})")


def case_values(case: Case) -> dict[str, Any]:
    """What identifies a case in a report: its group id and label."""
    return {"group": f"SmallGroup({case.gap_id[0]},{case.gap_id[1]})", "order": case.gap_id[0], "case": case.label}
