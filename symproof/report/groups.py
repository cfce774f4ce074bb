"""A catalog group summarised as data (``symproof group SPEC``), and as text."""

from __future__ import annotations

from symproof.groups.generation import minimum_generating_set
from symproof.groups.spec import group
from symproof.reps.representation import natural_action

__all__ = ["format_group_summary", "group_summary"]


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
