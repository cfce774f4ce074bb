"""Self-tests of the brute-force reference (tests/reference/brute_force.py) on closed forms of MATH.md.

These validate the reference itself, independently of the library's algorithms: errors of
hand-checkable schemes, exact complexities with known values, the agreement of its two
models of a class (the class's own whitened matrices and ``L^2(G)`` restricted to the
range of the Gram matrix), and the laws between the complexities it computes.
"""

from __future__ import annotations

import importlib.util
import itertools
import os
from fractions import Fraction

import numpy as np
import pytest

import symproof as sp
from tests.reference import brute_force as bf

THOROUGH = (os.environ.get("SYMPROOF_THOROUGH", "") not in ("", "0")
            or os.environ.get("SYMPROOF_HYPOTHESIS_PROFILE") == "thorough")
EPSILONS = (Fraction(1, 4), Fraction(1, 2), Fraction(1), Fraction(3, 2))
needs_cvxpy = pytest.mark.skipif(importlib.util.find_spec("cvxpy") is None,
                                 reason="the weak/strong reference solves SDPs with cvxpy (pip install cvxpy)")


def s4_regular():
    gd = bf.group_data(sp.group("S4"))
    return gd, bf.make_class("S4 L2", gd, bf.regular_matrices(gd))


def test_delta_e_on_s4_regular_functions_has_w_1_and_s_2():
    _, F = s4_regular()
    delta = {0: Fraction(1)}
    assert F.weak_error(delta) == pytest.approx(1, abs=1e-9)
    assert F.strong_error(delta) == pytest.approx(2, abs=1e-9)
    assert F.model_errors(delta) == pytest.approx((1, 2), abs=1e-9)
    assert F.exact_error_at_most("weak", delta, Fraction(1))
    assert not F.exact_error_at_most("weak", delta, Fraction(999, 1000))
    assert F.exact_error_at_most("strong", delta, Fraction(2))
    assert not F.exact_error_at_most("strong", delta, Fraction(1999, 1000))


@pytest.mark.parametrize("which", ["L2", "poly1"])
def test_uniform_on_a_point_stabiliser_in_s4_has_w_1_and_s_4_3(which):
    G = sp.group("S4")
    gd = bf.group_data(G)
    mats = bf.regular_matrices(gd) if which == "L2" else bf.polynomial_matrices(gd, 1)
    F = bf.make_class(f"S4 {which}", gd, mats)
    H = [g for g in range(gd.order) if gd.elements[g][3] == 3]
    assert len(H) == 6
    omega = {g: Fraction(1, 6) for g in H}
    assert F.weak_error(omega) == pytest.approx(1, abs=1e-9)
    assert F.strong_error(omega) == pytest.approx(Fraction(4, 3), abs=1e-9)
    assert F.exact_error_at_most("weak", omega, Fraction(1))
    assert not F.exact_error_at_most("weak", omega, Fraction(999, 1000))
    assert F.exact_error_at_most("strong", omega, Fraction(4, 3))
    assert not F.exact_error_at_most("strong", omega, Fraction(4, 3) - Fraction(1, 1000))


@needs_cvxpy
def test_half_identity_half_reflection_on_d3_linear_functions():
    """{e: 1/2, t: 1/2} projects onto the t-fixed line of the 2-dim irreducible: w = 1, s = 3/2 exactly.

    (The images of that line under the rotations make 120 degrees: ||g v - v||^2 = 3.)
    """
    ref = bf.cached_group_reference(sp.group("D3"))
    F, gd = ref.classes["poly1"], ref.gd
    t = next(g for g in range(gd.order) if gd.orders[g] == 2)
    omega = {0: Fraction(1, 2), t: Fraction(1, 2)}
    assert F.weak_error(omega) == pytest.approx(1, abs=1e-9)
    assert F.strong_error(omega) == pytest.approx(1.5, abs=1e-9)
    assert F.exact_error_at_most("strong", omega, Fraction(3, 2))
    assert not F.exact_error_at_most("strong", omega, Fraction(3, 2) - Fraction(1, 10**6))
    # with a rotation r of order 3 instead: (I + r)/2 = (1/2) (rotation by 60 degrees), w = 1/4, s = 1/2
    r = next(g for g in range(gd.order) if gd.orders[g] == 3)
    omega = {0: Fraction(1, 2), r: Fraction(1, 2)}
    assert (F.weak_error(omega), F.strong_error(omega)) == pytest.approx((0.25, 0.5), abs=1e-9)
    assert F.exact_error_at_most("weak", omega, Fraction(1, 4))
    assert F.exact_error_at_most("strong", omega, Fraction(1, 2))
    assert not F.exact_error_at_most("strong", omega, Fraction(1, 2) - Fraction(1, 10**6))
    # so the strong complexity is 2 at eps = 1/2 and 3/2 (both through a tie), 3 (exact) at 1/4
    assert ref.value("poly1", "strong", Fraction(1, 2), False) == bf.Reference(2, 2)
    for signed in (False, True):
        assert ref.value("poly1", "strong", Fraction(3, 2), signed) == bf.Reference(2, 2)
        assert ref.value("poly1", "strong", Fraction(1, 4), signed) == bf.Reference(3, 3)


GROUPS = sp.catalog(12 if THOROUGH else 8, min_order=2)


@pytest.mark.parametrize("G", GROUPS, ids=lambda G: G.name.replace(" ", ""))
def test_exact_complexity_of_regular_functions_is_the_order(G):
    ref = bf.cached_group_reference(G)
    for signed in (False, True):
        k, witness = bf.exact_complexity(ref.classes["L2"], signed)
        assert k == G.order
        assert len(witness) == G.order


@pytest.mark.parametrize("n, frequencies", [(7, (1,)), (7, (1, 2)), (7, (1, 2, 3)), (11, (1,)), (11, (1, 2))]
                         + ([(11, (1, 2, 3)), (11, (1, 2, 3, 4))] if THOROUGH else []))
def test_trigonometric_polynomials_on_prime_cyclic_groups_need_2L_plus_1(n, frequencies):
    gd = bf.group_data(sp.group(f"C{n}"))
    F = bf.make_class(f"C{n} trig {frequencies}", gd, bf.trigonometric_matrices(gd, frequencies))
    for signed in (False, True):
        k, witness = bf.exact_complexity(F, signed)
        assert k == 2 * len(frequencies) + 1
        assert F.weak_error({g: F.field.to_float(w) for g, w in witness.items()}) < 1e-12


def test_polynomials_on_c12_need_2_3_4_6_6():
    """MATH.md section 3: Z_12, frequencies 1..L (polynomials of degree <= L on the 12-gon), L = 1..5."""
    ref = bf.cached_group_reference(sp.group("C12"), (1, 2, 3, 4, 5))
    for signed in (False, True):
        assert [ref.exact(f"poly{L}", signed).lo for L in range(1, 6)] == [2, 3, 4, 6, 6]


@pytest.mark.parametrize("spec", ["D3", "D4", "C6", "C2 x C4"])
def test_the_two_models_of_a_class_agree(spec):
    """Random schemes: errors from the class's own matrices equal those of L^2(G) on range(C)."""
    ref = bf.cached_group_reference(sp.group(spec))
    rng = np.random.default_rng(1)
    for F in ref.classes.values():
        for size in (1, 2, 3, ref.gd.order):
            support = rng.choice(ref.gd.order, size=size, replace=False)
            w = rng.normal(size=size)
            w /= w.sum()
            omega = dict(zip(support.tolist(), w.tolist()))
            assert (F.weak_error(omega), F.strong_error(omega)) == pytest.approx(F.model_errors(omega), rel=1e-8,
                                                                                  abs=1e-9)


@needs_cvxpy
@pytest.mark.parametrize("spec", ["D3", "D4", "C6"])
def test_classes_in_one_family_have_the_same_optima(spec):
    """The dedupe by range(C): every member of a family gives the representative's per-support optima."""
    ref = bf.cached_group_reference(sp.group(spec))
    supports = [S for reps in bf.support_orbits(ref.gd).values() for S in reps][:12]
    checked = 0
    for name, rep in ref.family.items():
        if name == rep:
            continue
        for kind in ("weak", "strong"):
            for signed in (False, True):
                mine = bf.SupportOptimiser(ref.classes[name], kind, signed)
                theirs = ref.search(name, kind, signed)
                for S in supports:
                    assert mine.optimum(S)[0] == pytest.approx(theirs.optimum(S)[0], abs=1e-6)
        checked += 1
    assert checked


@needs_cvxpy
@pytest.mark.parametrize("G", sp.catalog(8, min_order=2), ids=lambda G: G.name.replace(" ", ""))
def test_laws_between_the_reference_complexities(G):
    """MATH.md 3: AC_wk <= AC_st <= AC_ex; AC_st(eps) <= AC_wk(eps/2); monotone in eps; AC_wk(eps >= 1) = 1."""
    ref = bf.cached_group_reference(G)
    for name in ref.classes:
        for signed in (False, True):
            ex = ref.value(name, "exact", None, signed).hi
            wk = {e: ref.value(name, "weak", e, signed) for e in EPSILONS}
            st = {e: ref.value(name, "strong", e, signed) for e in EPSILONS}
            for e in EPSILONS:
                assert wk[e].lo <= st[e].hi and st[e].lo <= ex
                if e / 2 in wk:
                    assert st[e].lo <= wk[e / 2].hi
                if e >= 1:
                    assert wk[e] == bf.Reference(1, 1)
            for a, b in itertools.pairwise(EPSILONS):
                assert wk[b].lo <= wk[a].hi and st[b].lo <= st[a].hi
        # signed schemes include probability schemes
        assert ref.value(name, "exact", None, True).lo <= ref.value(name, "exact", None, False).hi
        for kind in ("weak", "strong"):
            for e in EPSILONS:
                assert ref.value(name, kind, e, True).lo <= ref.value(name, kind, e, False).hi


@needs_cvxpy
def test_an_irrational_tie_on_c12_is_decided_exactly():
    """L^2(Z_12), eps = 1/2: weights (1/2 - sqrt(3)/6, 1/2, sqrt(3)/6) on {0, 1, 4} give w = 1/2 exactly.

    (Fourier: |sum_m omega(m) e^{2 pi i k m / 12}|^2 <= 1/2 for k = 1..11, with equality.) The optimal
    weights are irrational, so only the algebraic candidates in Q(sqrt(3)) decide the tie: AC_wk = 3.
    """
    ref = bf.cached_group_reference(sp.group("C12"))
    gd, F = ref.gd, ref.classes["L2"]
    a = next(g for g in range(gd.order) if gd.orders[g] == 12)
    K = bf._field(gd)
    c = K.c  # cos(pi/6) = sqrt(3)/2
    third = K(Fraction(1, 3))
    weights = {0: K(Fraction(1, 2)) - third * c, a: K(Fraction(1, 2)), gd.power(a, 4): third * c}
    assert F.exact_error_at_most("weak", weights, Fraction(1, 2))
    assert not F.exact_error_at_most("weak", weights, Fraction(1, 2) - Fraction(1, 10**6))
    assert F.weak_error({g: K.to_float(v) for g, v in weights.items()}) == pytest.approx(0.5, abs=1e-12)
    for signed in (False, True):
        assert ref.value("L2", "weak", Fraction(1, 2), signed) == bf.Reference(3, 3)
