"""A catalog group (``symproof group SPEC``) and the catalog (``symproof catalog``) summarised as data, and as text."""

from __future__ import annotations

from collections import Counter
from typing import Any

from symproof.groups.census import catalog
from symproof.groups.generation import minimum_generating_set
from symproof.groups.small_groups import MAX_SMALL_ORDER, number_of_small_groups
from symproof.groups.spec import group
from symproof.reps.representation import natural_action

__all__ = ["catalog_summary", "format_catalog_summary", "format_group_summary", "group_summary"]


def group_summary(spec: str) -> dict:
    """The facts ``symproof group SPEC`` prints, as a JSON-ready dict.

    Parameters
    ----------
    spec : str
        A catalog spec.

    Returns
    -------
    dict
        Name, order, degree, natural action, centre, derived subgroup, ``d(G)`` and classes.

    Raises
    ------
    GroupSpecError
        For a spec the grammar does not accept.

    Examples
    --------
    >>> group_summary("S3")["d"]
    2
    """
    G = group(spec)
    rho = natural_action(G)
    return {
        "name": G.name,
        "order": G.order,
        "degree": G.degree,
        "abelian": G.is_abelian(),
        "exponent": G.exponent,
        "natural_action": {"dimension": rho.dimension, "field": str(rho.domain), "faithful": rho.is_faithful()},
        "centre_order": G.centre().order,
        "derived_order": G.derived_subgroup().order,
        "d": len(minimum_generating_set(G)),
        "classes": [{"representative": list(G.element(c.representative)), "size": c.size,
                     "element_order": c.element_order} for c in G.conjugacy_classes()],
    }


def format_group_summary(s: dict) -> str:
    """The summary of :func:`group_summary` as text.

    >>> print(format_group_summary(group_summary("C2")).splitlines()[0])
    C2: order 2, degree 4, abelian, exponent 2
    """
    kind = "abelian" if s["abelian"] else "non-abelian"
    a = s["natural_action"]
    lines = [f"{s['name']}: order {s['order']}, degree {s['degree']}, {kind}, exponent {s['exponent']}",
             f"  natural action: R^{a['dimension']} over {a['field']}, {'faithful' if a['faithful'] else 'not faithful'}",
             f"  centre: order {s['centre_order']}; derived subgroup: order {s['derived_order']}; d(G) = {s['d']}",
             "  conjugacy classes (position, representative, size, element order):"]
    lines += [f"    {k}  {tuple(c['representative'])}  {c['size']}  {c['element_order']}" for k, c in enumerate(s["classes"])]
    return "\n".join(lines)


def catalog_summary(max_order: int) -> dict[str, Any]:
    """The catalog up to an order, and for which orders it lists every group, as a JSON-ready dict.

    The catalog keeps at most one group per isomorphism type (:func:`~symproof.groups.census.catalog`);
    an order is complete when it lists as many groups as there are (GAP's SmallGroups data, shipped
    for orders up to 100). Above order 100 completeness is not known.

    Parameters
    ----------
    max_order : int
        Largest order, at least 1.

    Returns
    -------
    dict
        ``"max_order"``, ``"groups"`` (``{"order", "name"}`` by order), ``"known_up_to"`` (the
        largest order whose number of groups is known: ``min(max_order, 100)``) and
        ``"incomplete"`` (``{"order", "listed", "groups"}`` for each order up to ``known_up_to``
        with groups missing).

    Examples
    --------
    >>> s = catalog_summary(16)
    >>> len(s["groups"]), s["incomplete"]
    (39, [{'order': 16, 'listed': 11, 'groups': 14}])
    """
    groups = catalog(max_order)
    listed = Counter(G.order for G in groups)
    known = min(max_order, MAX_SMALL_ORDER)
    incomplete = [{"order": n, "listed": listed[n], "groups": number_of_small_groups(n)}
                  for n in range(1, known + 1) if listed[n] < number_of_small_groups(n)]
    return {"max_order": max_order, "groups": [{"order": G.order, "name": G.name} for G in groups],
            "known_up_to": known, "incomplete": incomplete}


def _completeness(s: dict[str, Any]) -> str:
    known, missing = s["known_up_to"], s["incomplete"]
    if missing:
        orders = ", ".join(f"{m['order']} ({m['listed']} of {m['groups']})" for m in missing)
        text = f"Complete for every order <= {known} except {orders}"
    else:
        text = f"Complete for every order <= {known}"
    text += f" (groups listed of groups that exist, by GAP's SmallGroups data for orders <= {MAX_SMALL_ORDER})"
    if s["max_order"] > known:
        text += f"; for orders {known + 1}..{s['max_order']} not known"
    return text + "."


def format_catalog_summary(s: dict[str, Any]) -> str:
    """The summary of :func:`catalog_summary` as text: a header, which orders are complete, then one line per group.

    >>> print(format_catalog_summary(catalog_summary(4)))
    Catalog groups of order <= 4: 5 groups, at most one per isomorphism type (columns: order, name).
    Complete for every order <= 4 (groups listed of groups that exist, by GAP's SmallGroups data for orders <= 100).
         1  C1
         2  C2
         3  C3
         4  C4
         4  C2 x C2
    """
    head = (f"Catalog groups of order <= {s['max_order']}: {len(s['groups'])} groups, at most one per isomorphism "
            "type (columns: order, name).")
    return "\n".join([head, _completeness(s), *(f"{g['order']:6d}  {g['name']}" for g in s["groups"])])
