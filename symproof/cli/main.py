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
import contextlib
import json
import sys
from collections.abc import Sequence
from fractions import Fraction

from symproof.checking.checker import check
from symproof.checking.named import CONJECTURES
from symproof.errors import InvalidValueError, SymproofError
from symproof.groups.census import catalog
from symproof.report.groups import format_group_summary, group_summary
from symproof.report.json import to_json
from symproof.report.progress import quiet
from symproof.report.separation import DEFAULT_SPEC, separation_report
from symproof.report.terminal import format_report

__all__ = ["main"]


def _tolerance(text: str) -> Fraction:
    """An exact tolerance from the command line: ``1/2``, ``0.1`` (read as the decimal 1/10), ``2``."""
    try:
        return Fraction(text)
    except (ValueError, ZeroDivisionError) as err:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number (give e.g. 1/4 or 0.25)") from err


def _separation(args: argparse.Namespace) -> None:
    for eps in args.eps:
        if not eps > 0:
            raise InvalidValueError(f"--eps values must be positive, got {eps}")
    with quiet() if args.json else contextlib.nullcontext():  # a progress bar on a terminal's stderr, never with --json
        report = separation_report(args.spec or DEFAULT_SPEC, eps_values=tuple(args.eps))
    print(to_json(report) if args.json else format_report(report))


def _check(args: argparse.Namespace) -> None:
    if args.list:
        for c in CONJECTURES.values():
            print(f"{c.name:22} {c.status:10} over {c.over:10} {c.statement}")
        return
    if args.name is None:
        raise InvalidValueError("give a conjecture name (symproof check --list shows them)")
    with quiet() if args.json else contextlib.nullcontext():
        report = check(args.name, max_order=args.max_order, seed=args.seed)
    print(json.dumps(report.to_json(), indent=2) if args.json else report)


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
    s.add_argument("--eps", type=_tolerance, nargs="+", default=[Fraction(1, 2), Fraction(1, 4)], help="eps values for the approximate kinds")
    s.add_argument("--json", action="store_true", help="print JSON instead of a table")
    k = sub.add_parser("check", help="check a named conjecture on every small group, smallest first")
    k.add_argument("name", nargs="?", default=None, help="conjecture name (see --list)")
    k.add_argument("--list", action="store_true", help="list the shipped conjectures")
    k.add_argument("--max-order", type=int, default=24, help="sweep groups of order up to this (<= 100)")
    k.add_argument("--seed", type=int, default=0, help="seed of the random-scheme search")
    k.add_argument("--json", action="store_true", help="print JSON instead of text")
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            _check(args)
        elif args.command == "separation":
            _separation(args)
        elif args.command == "group":
            summary = group_summary(args.spec)
            if args.json:
                print(to_json(summary))
            else:
                print(format_group_summary(summary))
        else:
            for G in catalog(args.max_order):
                print(f"{G.order:6d}  {G.name}")
    except SymproofError as err:
        print(f"symproof: error: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
