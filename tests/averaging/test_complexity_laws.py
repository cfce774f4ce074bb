"""Laws of the averaging complexities (MATH.md section 3) on the raw results of averaging_complexity.

Each cell is computed on its own (no propagation), so the laws test the searches and bounds
themselves: whenever both sides are proofs, no lower bound may exceed an upper bound that a
law relates to it, and a decided result has proofs on both sides.
"""

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

import symproof as sp
from symproof.testing import catalog_groups

EPS = [Fraction(1, 4), Fraction(1, 2), Fraction(1), Fraction(3, 2)]


def _classes(G):
    rho = sp.natural_action(G)
    return [sp.regular_functions(G)] + [sp.polynomials(rho, max_degree=k) for k in (1, 2)]


def _proven_le(a, b):
    """``AC_a <= AC_b`` is a law: the proven lower bound of a may not exceed the proven upper bound of b."""
    if a.lower.is_proof and b.upper.is_proof:
        assert int(a.lower) <= int(b.upper), (a, b)


@settings(max_examples=12, deadline=None)
@given(catalog_groups(max_order=8), st.data())
def test_sandwich_monotonicity_and_decided_results(G, data):
    F = data.draw(st.sampled_from(_classes(G)))
    signed = data.draw(st.booleans())
    ex = sp.averaging_complexity(F, "exact", signed=signed)
    cells = {(kind, eps): sp.averaging_complexity(F, kind, eps, signed=signed)
             for kind in ("weak", "strong") for eps in EPS}
    for r in [ex, *cells.values()]:
        assert int(r.lower) <= int(r.upper) <= G.order
        if r.is_decided:
            assert r.lower.is_proof and r.upper.is_proof and r.witness.size == int(r.upper)
    for eps in EPS:
        wk, st_ = cells["weak", eps], cells["strong", eps]
        _proven_le(wk, st_)  # AC_wk <= AC_st
        _proven_le(st_, ex)  # AC_st <= AC_ex
        _proven_le(wk, ex)
        if ("weak", eps / 2) in cells:
            _proven_le(st_, cells["weak", eps / 2])  # AC_st(eps) <= AC_wk(eps/2)
        for bigger in EPS:
            if bigger > eps:
                for kind in ("weak", "strong"):
                    _proven_le(cells[kind, bigger], cells[kind, eps])  # non-increasing in eps
    assert int(cells["weak", Fraction(1)].upper) == 1  # delta_e: w = 1 <= eps


@settings(max_examples=8, deadline=None)
@given(catalog_groups(max_order=8), st.sampled_from(EPS))
def test_monotone_in_the_function_class(G, eps):
    rho = sp.natural_action(G)
    small, large = sp.polynomials(rho, max_degree=1), sp.regular_functions(G)
    assert set(small.irreducibles()) <= set(large.irreducibles())
    for kind, e in (("exact", None), ("weak", eps), ("strong", eps)):
        _proven_le(sp.averaging_complexity(small, kind, e), sp.averaging_complexity(large, kind, e))
