"""The ``symproof`` command line: thin wrappers over library calls, rendered by :mod:`symproof.report`.

Subcommands (``symproof COMMAND --help`` explains each; every one takes ``--json``)::

    separation [SPEC ...] [--family F --range a..b]   exact vs approximate averaging complexity
    group SPEC                                        facts of a catalog group
    catalog [--max-order N]                           the catalog, and which orders it lists completely
    chartable SPEC [--latex]                          the exact character table
    molien SPEC [--irrep I] [--terms N]               Molien series of the natural action for chi_I
    complexity SPEC --class CLASS [--kind K] [--eps E] [--signed]
    errors SPEC --scheme SCHEME --class CLASS         weak and strong errors, exactness
    cayley SPEC --generators ELEMENTS [--plot F.png]  spectrum, lambda_*, spectral gap of Cay(G, S)
    check NAME | --list                               a named conjecture on every small group
    table [--max-order N] [--out FILE.json]           AC_ex, AC_wk, AC_st of every small group, with evidence
    verify FILE.json                                  re-check a table from its witnesses and certificates

``SPEC`` is a catalog spec (``S4``, ``D4``, ``C2^3``, ``C2 x D4``, ``SmallGroup(8,3)``); the
grammars of ``ELEMENTS``, ``CLASS``, ``SCHEME`` and the exact tolerances are in
:mod:`symproof.cli.arguments`. A mistake in the input ends with one line ``symproof: error: ...``
on stderr and exit status 2 (argparse's usage errors exit 2 as well).

>>> main(["molien", "S3", "--terms", "7"])
Molien series of S3 on R^3 for the character chi_0: the coefficient of t^k is the multiplicity of that character in the polynomials of degree k.
M(t) = 1/((1 - t)^3 (1 + t) (1 + t + t^2))
coefficients of t^0..t^6: 1, 1, 2, 3, 4, 5, 7
first degree in which it occurs: 0
0
>>> main(["group", "S-4"])          # the message goes to stderr
2
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.metadata
import json
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple

import numpy as np

from symproof.averaging.complexity import averaging_complexity
from symproof.averaging.symmetry_errors import is_exact, strong_error, weak_error
from symproof.cayley.spectra import cayley_spectrum, lambda_star, spectral_gap
from symproof.checking.checker import check
from symproof.checking.named import CONJECTURES
from symproof.cli.arguments import read_elements, read_function_class, read_png_path, read_scheme, read_tolerance
from symproof.errors import InvalidValueError, SymproofError
from symproof.groups.cayley import is_symmetric_multiset
from symproof.groups.spec import group
from symproof.report.averaging import (
    complexity_summary,
    errors_summary,
    format_complexity_summary,
    format_errors_summary,
)
from symproof.report.groups import catalog_summary, format_catalog_summary, format_group_summary, group_summary
from symproof.report.json import to_json
from symproof.report.latex import to_latex
from symproof.report.markdown import to_markdown
from symproof.report.plot import plot_report, plot_spectrum
from symproof.report.progress import quiet
from symproof.report.representations import (
    character_table_summary,
    format_character_table,
    format_molien_summary,
    molien_summary,
)
from symproof.report.separation import SCALING_EPS, separation_job
from symproof.report.spectra import cayley_summary, format_cayley_summary
from symproof.report.tables import complexity_table, format_table, format_verification, small_group_ids, verify_table
from symproof.report.terminal import format_report
from symproof.reps.character_table import character_table
from symproof.reps.molien import molien_series
from symproof.reps.representation import natural_action

__all__ = ["main"]


class Output(NamedTuple):
    """What a subcommand computed, a renderer to text for each output format it offers, and the exit status."""

    data: Any
    renderers: Mapping[str, Callable[[Any], str]]
    status: int = 0


def _summary(data: Any, text: Callable[[Any], str]) -> Output:
    """A JSON-ready summary: ``text`` renders it for the terminal, ``--json`` prints it as JSON."""
    return Output(data, {"text": text, "json": to_json})


# -- subcommands: parse the arguments, call the library, hand the result to a renderer --------------


def _separation(args: argparse.Namespace) -> Output:
    family_table = args.family is not None or len(args.specs) != 1  # the tables separation_job prints
    group_table = len(args.specs) == 1 or (args.family is None and not args.specs)
    options: dict[str, Any] = {}
    if args.eps is not None:
        if not group_table:
            raise InvalidValueError(f"--eps sets the tolerances of the one-group table; this job prints only the "
                                    f"family table, whose tolerance is eps = {SCALING_EPS}")
        options["eps_values"] = tuple(read_tolerance(text) for text in args.eps)
    if args.seed is not None:
        if not family_table:
            raise InvalidValueError("--seed seeds the random schemes of the family table; a one-group job has none")
        options["seed"] = args.seed
    plot = read_png_path(args.plot) if args.plot else None
    job = separation_job(args.specs, family=args.family, orders=args.range, **options)
    if plot:
        plot_report(job, plot)
    return Output(job, {"text": format_report, "json": to_json, "latex": to_latex, "markdown": to_markdown})


def _group(args: argparse.Namespace) -> Output:
    return _summary(group_summary(args.spec), format_group_summary)


def _catalog(args: argparse.Namespace) -> Output:
    return _summary(catalog_summary(args.max_order), format_catalog_summary)


def _chartable(args: argparse.Namespace) -> Output:
    T = character_table(group(args.spec))
    return Output(T, {"text": format_character_table, "json": lambda T: to_json(character_table_summary(T)),
                      "latex": lambda T: T.to_latex()})


def _molien(args: argparse.Namespace) -> Output:
    G = group(args.spec)
    rows = len(character_table(G))
    if not 0 <= args.irrep < rows:
        raise InvalidValueError(f"--irrep must be a row 0..{rows - 1} of the character table of {G.name} "
                                f"(symproof chartable lists its rows), got {args.irrep}")
    return _summary(molien_summary(molien_series(natural_action(G), args.irrep), args.terms), format_molien_summary)


def _complexity(args: argparse.Namespace) -> Output:
    G = group(args.spec)
    F = read_function_class(G, args.function_class)
    if args.kind == "exact" and args.eps is not None:
        raise InvalidValueError("--kind exact takes no --eps (only the weak and strong complexities have a tolerance)")
    if args.kind != "exact" and args.eps is None:
        raise InvalidValueError(f"--kind {args.kind} needs a tolerance: give --eps, e.g. --eps 1/4")
    eps = None if args.eps is None else read_tolerance(args.eps)
    r = averaging_complexity(F, args.kind, eps, signed=args.signed)
    return _summary(complexity_summary(r, F), format_complexity_summary)


def _errors(args: argparse.Namespace) -> Output:
    G = group(args.spec)
    omega, F = read_scheme(G, args.scheme), read_function_class(G, args.function_class)
    summary = errors_summary(omega, F, weak_error(omega, F), strong_error(omega, F), is_exact(omega, F))
    return _summary(summary, format_errors_summary)


def _cayley(args: argparse.Namespace) -> Output:
    G = group(args.spec)
    S = read_elements(G, args.generators)
    plot = read_png_path(args.plot) if args.plot else None
    spectrum = cayley_spectrum(G, S, operator=args.operator)
    gap = spectral_gap(G, S) if is_symmetric_multiset(G, np.asarray(S)) else None
    summary = cayley_summary(G, S, spectrum, lambda_star(G, S), gap)
    if plot:
        plot_spectrum(spectrum, plot, title=f"Cay({G.name}, S), |S| = {len(S)}: eigenvalues of the {args.operator} "
                                            f"operator ({spectrum.provenance.value})")
    return _summary(summary, format_cayley_summary)


def _format_conjectures(listing: dict[str, dict[str, str]]) -> str:
    return "\n".join(f"{name:22} {c['status']:10} over {c['over']:10} {c['statement']}" for name, c in listing.items())


def _check(args: argparse.Namespace) -> Output:
    if args.list:
        listing = {c.name: {"status": c.status, "over": c.over, "statement": c.statement} for c in CONJECTURES.values()}
        return _summary(listing, _format_conjectures)
    if args.name is None:
        raise InvalidValueError("give a conjecture name (symproof check --list shows them)")
    report = check(args.name, max_order=args.max_order, seed=args.seed)
    return Output(report, {"text": str, "json": lambda report: json.dumps(report.to_json(), indent=2)})


def _table(args: argparse.Namespace) -> Output:
    progress = None if args.format != "text" else (lambda line: print(line, file=sys.stderr, flush=True))
    table = complexity_table(small_group_ids(args.max_order), max_degree=args.max_degree, progress=progress)
    if args.out:
        with open(args.out, "w") as handle:
            json.dump(table, handle)
    return _summary(table, format_table)


def _verify(args: argparse.Namespace) -> Output:
    try:
        with open(args.file) as handle:
            table = json.load(handle)
    except json.JSONDecodeError as err:
        raise InvalidValueError(f"{args.file} is not JSON ({err.msg} at line {err.lineno})") from None
    result = verify_table(table)
    return Output(result, {"text": format_verification, "json": to_json}, 1 if result["failed"] else 0)


COMMANDS: dict[str, Callable[[argparse.Namespace], Output]] = {
    "separation": _separation, "group": _group, "catalog": _catalog, "chartable": _chartable, "molien": _molien,
    "complexity": _complexity, "errors": _errors, "cayley": _cayley, "check": _check, "table": _table,
    "verify": _verify,
}


# -- the parser -------------------------------------------------------------------------------------

FORMATS = {"json": "print JSON instead of text", "latex": "print LaTeX (tabular environments) instead of text",
           "markdown": "print Markdown instead of text"}
ELEMENTS_HELP = ("group elements separated by ';' or spaces: image lists such as 1,0,2 (0-based, p[i] is the image "
                 "of point i) or element indices such as 3 (0 is the identity)")
CLASS_HELP = "the function class: poly:K (polynomials of degree <= K on R^d, the natural action) or regular (L^2(G))"
SPEC_HELP = "a catalog group spec, e.g. S4, D4 (order 8), C2^3, 'C2 x D4', 'SmallGroup(8,3)'"


def _add_formats(parser: argparse.ArgumentParser, *formats: str) -> None:
    """``--json`` and the given other formats, mutually exclusive; the chosen one is ``args.format`` (default text)."""
    choice = parser.add_mutually_exclusive_group()
    for name in ("json", *formats):
        choice.add_argument(f"--{name}", dest="format", action="store_const", const=name, help=FORMATS[name])
    parser.set_defaults(format="text")


def _count(text: str) -> int:
    """A non-negative int option."""
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number >= 0, got {text!r}")
    return int(text)


def _version() -> str:
    try:
        return importlib.metadata.version("symproof")
    except importlib.metadata.PackageNotFoundError:  # not installed (a source checkout on sys.path)
        return str(getattr(sys.modules["symproof"], "__version__", "unknown"))  # the package is loaded above us


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="symproof", description="Exact symmetry computations: groups, "
                                     "characters, Molien series, averaging complexities, Cayley spectra.")
    parser.add_argument("--version", action="version", version=f"symproof {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    s = sub.add_parser("separation", help="exact vs approximate averaging complexity (default: family table S3..S8 "
                       "and the table of S4 on R^4)", description="With no SPEC the default job: the family table "
                       "S3..S8 on L^2(G) and the table of S4 acting on R^4. One SPEC: that group's table. Several "
                       "SPECs, or --family with --range: the family table (eps = 1/4).")
    s.add_argument("specs", nargs="*", metavar="SPEC", help=SPEC_HELP)
    s.add_argument("--family", help="a family for the family table: S, A, B, C, D or C2^m (with --range)")
    s.add_argument("--range", help="the family's parameter range a..b, e.g. 3..8")
    s.add_argument("--eps", nargs="+", metavar="E", help="exact tolerances of the one-group table, e.g. 1/4 0.1 "
                   "(default 1/2 1/4)")
    s.add_argument("--seed", type=int, help="base seed of the family table's random schemes (default 0)")
    s.add_argument("--plot", metavar="FILE.png", help="also draw the tables as a PNG figure")
    _add_formats(s, "latex", "markdown")

    g = sub.add_parser("group", help="summarise a catalog group, e.g. 'S4' or 'C2 x D4'")
    g.add_argument("spec", metavar="SPEC", help=SPEC_HELP)
    _add_formats(g)

    c = sub.add_parser("catalog", help="list catalog groups up to an order, and say which orders are complete")
    c.add_argument("--max-order", type=int, default=24, help="largest order (default 24)")
    _add_formats(c)

    t = sub.add_parser("chartable", help="the exact character table of a catalog group")
    t.add_argument("spec", metavar="SPEC", help=SPEC_HELP)
    _add_formats(t, "latex")

    m = sub.add_parser("molien", help="the Molien series of the natural action for an irreducible character")
    m.add_argument("spec", metavar="SPEC", help=SPEC_HELP)
    m.add_argument("--irrep", type=_count, default=0, metavar="I", help="row I of the character table (default 0, "
                   "the trivial character: invariant polynomials)")
    m.add_argument("--terms", type=_count, default=10, metavar="N", help="how many coefficients (default 10)")
    _add_formats(m)

    k = sub.add_parser("complexity", help="bound an averaging complexity, with provenance, methods and a witness")
    k.add_argument("spec", metavar="SPEC", help=SPEC_HELP)
    k.add_argument("--class", dest="function_class", required=True, metavar="CLASS", help=CLASS_HELP)
    k.add_argument("--kind", choices=("exact", "weak", "strong"), default="exact", help="which complexity")
    k.add_argument("--eps", metavar="E", help="exact tolerance of the weak and strong kinds, e.g. 1/4 or 0.1")
    k.add_argument("--signed", action="store_true", help="allow signed schemes (default: probability schemes)")
    _add_formats(k)

    e = sub.add_parser("errors", help="weak and strong errors of a scheme on a function class, and exactness")
    e.add_argument("spec", metavar="SPEC", help=SPEC_HELP)
    e.add_argument("--scheme", required=True, help="uniform, random:N[:SEED], subgroup:ELEMENTS (uniform on the "
                   "subgroup they generate) or elements:ELEMENTS (uniform on the list, repeats counted); "
                   + ELEMENTS_HELP)
    e.add_argument("--class", dest="function_class", required=True, metavar="CLASS", help=CLASS_HELP)
    _add_formats(e)

    y = sub.add_parser("cayley", help="spectrum, lambda_* and spectral gap of a Cayley graph Cay(G, S)")
    y.add_argument("spec", metavar="SPEC", help=SPEC_HELP)
    y.add_argument("--generators", nargs="+", required=True, metavar="ELEMENTS", help="the multiset S: "
                   + ELEMENTS_HELP + "; e.g. --generators '1,0,2;1,2,0' or --generators 1 2")
    y.add_argument("--operator", choices=("walk", "adjacency"), default="walk", help="the walk operator A/|S| "
                   "(default) or the adjacency matrix A")
    y.add_argument("--plot", metavar="FILE.png", help="also draw a histogram of the eigenvalues as a PNG figure")
    _add_formats(y)

    n = sub.add_parser("check", help="check a named conjecture on every small group, smallest first")
    n.add_argument("name", nargs="?", default=None, help="conjecture name (see --list)")
    n.add_argument("--list", action="store_true", help="list the shipped conjectures")
    n.add_argument("--max-order", type=int, default=24, help="sweep groups of order up to this (<= 100)")
    n.add_argument("--seed", type=int, default=0, help="seed of the random-scheme search")
    _add_formats(n)

    b = sub.add_parser("table", help="AC_ex, AC_wk and AC_st of every small group up to an order, with evidence",
                       description="For every group of the SmallGroups data of order <= N: L^2(G) and the "
                       "polynomials of degree <= 1..K of its permutation action; AC_ex, AC_wk and AC_st at eps 1/2 "
                       "and 1/4 (probability schemes). --out writes the table with its witnesses and certificates "
                       "as JSON, which 'symproof verify' re-checks.")
    b.add_argument("--max-order", type=_count, default=12, help="largest order (default 12; <= 100)")
    b.add_argument("--max-degree", type=_count, default=3, help="polynomial classes up to this degree (default 3)")
    b.add_argument("--out", metavar="FILE.json", help="write the table, witnesses and certificates to this file")
    _add_formats(b)

    v = sub.add_parser("verify", help="re-check a table written by 'symproof table --out' (exit 1 if a claim fails)")
    v.add_argument("file", metavar="FILE.json", help="the table")
    _add_formats(v)
    return parser


def _fail(message: str) -> int:
    """One line on stderr, exit status 2."""
    print(f"symproof: error: {' '.join(message.split())}", file=sys.stderr)
    return 2


def _run(args: argparse.Namespace) -> int:
    """Run the subcommand and print the chosen format; a mistake in the input is one line on stderr and status 2."""
    try:  # progress bars (stderr, terminals only) never accompany machine-readable output
        with quiet() if args.format != "text" else contextlib.nullcontext():
            output = COMMANDS[args.command](args)
            text = output.renderers[args.format](output.data)
    except SymproofError as err:
        return _fail(str(err))
    except OSError as err:  # writing a --plot file: permissions, a full disk
        return _fail(f"{err.strerror or err}: {err.filename}" if err.filename else str(err))
    try:
        print(text)
    except BrokenPipeError:  # the reader stopped early (symproof ... | head): end quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return output.status


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``symproof`` console script; returns the exit code (0; 1 when ``verify`` finds a claim
    that does not hold; 2 for a mistake in the input)."""
    return _run(_parser().parse_args(argv))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
