"""``sp.averaging_complexity`` against the independent brute-force reference (tests/reference/brute_force.py).

For every catalog group of order <= 7 and D4 (every group of order <= 12 in thorough mode:
``SYMPROOF_THOROUGH=1`` or ``SYMPROOF_HYPOTHESIS_PROFILE=thorough``; the other four groups of
order 8 cost about a minute each, too much for the CI budget), every class among the polynomials of degree
<= 1, 2, 3 of its natural action and ``L^2(G)``, the kinds exact / weak / strong with
``eps`` in {1/4, 1/2, 1, 3/2}, signed and probability schemes: the library's interval must
contain the reference value ``v`` (``int(r.lower) <= v <= int(r.upper)``), and a decided
result must equal it. Where the reference met a tie at ``eps`` it could not decide exactly,
it gives an interval and any library value in it is accepted.

One test per group; its assertion lists every disagreement of that group (not just the first).
"""

from __future__ import annotations

import os
from fractions import Fraction

import pytest

pytest.importorskip("cvxpy")

import symproof as sp
from tests.reference.brute_force import cached_group_reference

THOROUGH = (os.environ.get("SYMPROOF_THOROUGH", "") not in ("", "0")
            or os.environ.get("SYMPROOF_HYPOTHESIS_PROFILE") == "thorough")
MAX_ORDER = 12
EPSILONS = (Fraction(1, 4), Fraction(1, 2), Fraction(1), Fraction(3, 2))
DEGREES = (1, 2, 3)
CASES = [("exact", None)] + [(kind, eps) for kind in ("weak", "strong") for eps in EPSILONS]


def library_classes(G):
    rho = sp.natural_action(G)
    classes = {f"poly{k}": sp.polynomials(rho, max_degree=k) for k in DEGREES}
    classes["L2"] = sp.regular_functions(G)
    return classes


def compare(G):
    """``(disagreements, rows)``: every case of the group, with the library's and the reference's answers."""
    ref = cached_group_reference(G, DEGREES)
    problems, rows = [], []
    for name, F in library_classes(G).items():
        assert F.dimension == ref.classes[name].n, f"{G.name} {name}: dimension {F.dimension} vs reference"
        for signed in (False, True):
            for kind, eps in CASES:
                r = sp.averaging_complexity(F, kind, eps, signed=signed)
                v = ref.value(name, kind, eps, signed)
                lo, hi = int(r.lower), int(r.upper)
                ok = lo <= v.hi and v.lo <= hi  # the intervals meet (v.lo == v.hi unless a tie is undecided)
                if v.decided:
                    ok = lo <= v.lo <= hi
                if r.is_decided:
                    ok = ok and v.lo <= lo <= v.hi
                line = (f"{G.name} {name} {kind} eps={eps} {'signed' if signed else 'probability'}: "
                        f"library [{lo}, {hi}]{' decided' if r.is_decided else ''} "
                        f"(lower {r.lower.provenance.value}, upper {r.upper.provenance.value}), reference {v}")
                rows.append((ok, line))
                if not ok:
                    problems.append(f"{line}\n    lower: {r.lower_method}\n    upper: {r.upper_method}")
    return problems, rows


GROUPS = sp.catalog(MAX_ORDER) if THOROUGH else [*sp.catalog(7), sp.group("D4")]


@pytest.mark.parametrize("G", GROUPS, ids=lambda G: G.name.replace(" ", ""))
def test_averaging_complexity_agrees_with_brute_force(G):
    problems, _ = compare(G)
    assert not problems, f"{len(problems)} disagreement(s) with the brute-force reference:\n" + "\n".join(problems)
