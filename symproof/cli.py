"""The ``symproof`` command line.

Subcommands: ``separation [SPEC]`` (the exact-versus-approximate separation report,
the main job; default ``S4`` acting on R^4), ``group SPEC`` (a summary of a catalog
group) and ``catalog --max-order N`` (the catalog groups up to an order). ``--json``
prints machine-readable output.

>>> main(["group", "S3"])
S3: order 6, degree 3, non-abelian, exponent 6
  natural action: R^3 over QQ, faithful
  centre: order 1; derived subgroup: order 3; d(G) = 2
  conjugacy classes (position, representative, size, element order):
    0  (0, 1, 2)  1  1
    1  (0, 2, 1)  3  2
    2  (1, 2, 0)  2  3
0
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from symproof.errors import InvalidArgumentError, SymproofError

__all__ = ["main", "group_summary"]


def group_summary(spec: str) -> dict:
    """The facts ``symproof group SPEC`` prints, as a JSON-ready dict."""
    from symproof.groups.spec import group

    G = group(spec)
    rho = G.natural_action()
    return {
        "name": G.name,
        "order": G.order,
        "degree": G.degree,
        "abelian": G.is_abelian(),
        "exponent": G.exponent,
        "natural_action": {"dimension": rho.dimension, "field": str(rho.domain), "faithful": rho.is_faithful()},
        "centre_order": G.centre().order,
        "derived_order": G.derived_subgroup().order,
        "d": len(G.minimum_generating_set()),
        "classes": [{"representative": list(G.element(c.representative)), "size": c.size,
                     "element_order": c.element_order} for c in G.conjugacy_classes()],
    }


def _print_summary(s: dict) -> None:
    kind = "abelian" if s["abelian"] else "non-abelian"
    print(f"{s['name']}: order {s['order']}, degree {s['degree']}, {kind}, exponent {s['exponent']}")
    a = s["natural_action"]
    print(f"  natural action: R^{a['dimension']} over {a['field']}, {'faithful' if a['faithful'] else 'not faithful'}")
    print(f"  centre: order {s['centre_order']}; derived subgroup: order {s['derived_order']}; d(G) = {s['d']}")
    print("  conjugacy classes (position, representative, size, element order):")
    for k, c in enumerate(s["classes"]):
        print(f"    {k}  {tuple(c['representative'])}  {c['size']}  {c['element_order']}")


def _separation(args: argparse.Namespace) -> None:
    from symproof.averaging.separation import DEFAULT_SPEC, format_report, separation_report

    for eps in args.eps:
        if not eps > 0:
            raise InvalidArgumentError(f"--eps values must be positive, got {eps}")
    report = separation_report(args.spec or DEFAULT_SPEC, eps_values=tuple(args.eps))
    print(json.dumps(report, indent=2, default=str) if args.json else format_report(report))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``symproof`` console script; returns the exit code."""
    parser = argparse.ArgumentParser(prog="symproof", description="Exact symmetry computations.")
    sub = parser.add_subparsers(dest="command", required=True)
    g = sub.add_parser("group", help="summarise a catalog group, e.g. 'S4' or 'C2 x D4'")
    g.add_argument("spec")
    g.add_argument("--json", action="store_true", help="print JSON instead of a table")
    c = sub.add_parser("catalog", help="list catalog groups up to an order")
    c.add_argument("--max-order", type=int, default=24)
    s = sub.add_parser("separation", help="exact vs approximate averaging complexity report (default: S4 on R^4)")
    s.add_argument("spec", nargs="?", default=None, help="catalog group spec (default S4)")
    s.add_argument("--eps", type=float, nargs="+", default=[0.5, 0.25], help="eps values for the approximate kinds")
    s.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    try:
        if args.command == "separation":
            _separation(args)
        elif args.command == "group":
            summary = group_summary(args.spec)
            if args.json:
                print(json.dumps(summary, indent=2))
            else:
                _print_summary(summary)
        else:
            from symproof.groups.catalog import catalog_groups

            for G in catalog_groups(args.max_order):
                print(f"{G.order:6d}  {G.name}")
    except SymproofError as err:
        print(f"symproof: error: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
