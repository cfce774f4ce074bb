"""Averaging complexities against closed forms, and the laws between them (MATH.md 3-4)."""

import math

import pytest
import sympy
from hypothesis import given, settings
from hypothesis import strategies as st

import symproof as sp
from symproof.averaging.bounds import irreducible_dimension, sample_size, weak_existence_bound
from symproof.averaging.complexity import averaging_complexity
from symproof.averaging.scheme import AveragingScheme
from symproof.averaging.symmetry_errors import is_exact, weak_error
from symproof.testing import catalog_groups


@pytest.mark.parametrize("p, L", [(7, 1), (7, 2), (7, 3), (11, 1), (13, 1)])
def test_rotations_of_prime_order_need_2L_plus_1(p, L):
    F = sp.polynomials(sp.natural_action(sp.group(f"C{p}")), max_degree=L)
    for signed in (False, True):
        r = averaging_complexity(F, "exact", signed=signed)
        assert (r.lower, r.upper) == (2 * L + 1, 2 * L + 1)
        assert is_exact(r.witness, F) and r.witness.size == 2 * L + 1
        assert signed or r.witness.is_probability


def test_rotations_of_order_12():
    rho = sp.natural_action(sp.group("C12"))
    got = [averaging_complexity(sp.polynomials(rho, max_degree=L), "exact").upper for L in range(1, 6)]
    lows = [averaging_complexity(sp.polynomials(rho, max_degree=L), "exact").lower for L in range(1, 6)]
    assert got == lows == [2, 3, 4, 6, 6]


@pytest.mark.parametrize("G", sp.catalog(24), ids=lambda G: G.name)
def test_regular_representation_needs_every_element(G):
    r = averaging_complexity(sp.regular_functions(G), "exact")
    assert (r.lower, r.upper) == (G.order, G.order)


@pytest.mark.parametrize("spec", ["S3", "S4", "D4", "A4"])
def test_polynomials_reach_the_whole_group_exactly_from_k_star(spec):
    G = sp.group(spec)
    rho = sp.natural_action(G)
    k_star = sp.tensor_power_threshold(rho).k_star
    below = [averaging_complexity(sp.polynomials(rho, max_degree=k), "exact").upper for k in range(k_star)]
    assert min(below) < G.order
    for k in (k_star, k_star + 1):
        r = averaging_complexity(sp.polynomials(rho, max_degree=k), "exact")
        assert (r.lower, r.upper) == (G.order, G.order)


@given(catalog_groups(max_order=12), st.sampled_from([1, 1.5, 3]))
def test_weak_complexity_is_one_from_eps_one(G, eps):
    assert averaging_complexity(sp.regular_functions(G), "weak", eps).upper == 1


@settings(max_examples=6)
@given(catalog_groups(min_order=2, max_order=8), st.sampled_from([0.3, 0.6, 0.9]))
def test_weak_at_most_strong_at_most_exact(G, eps):
    F = sp.regular_functions(G)
    def ac(kind, e):
        return averaging_complexity(F, kind, e, max_search=60)

    wk, st_, ex = ac("weak", eps), ac("strong", eps), ac("exact", None)
    assert wk.lower <= st_.upper and st_.lower <= ex.upper <= G.order
    assert weak_error(wk.witness, F, exact=False).is_at_most(eps) is not False
    half = ac("weak", eps / 2)
    assert st_.lower <= half.upper  # AC_st(eps) <= AC_wk(eps/2)
    looser = ac("weak", min(1.0, 2 * eps))
    assert looser.lower <= wk.upper  # non-increasing in eps


def test_generation_lower_bound_on_the_hypercube():
    G = sp.group("C2^3")
    r = averaging_complexity(sp.regular_functions(G), "weak", 0.9)
    assert r.lower >= 4  # d(G) + 1
    assert "generation" in r.lower_method or r.lower == r.upper


def test_theorem_15_sample_size_succeeds_with_probability_at_least_1_minus_delta():
    G = sp.group("S5")
    F = sp.regular_functions(G)
    eps, delta = sympy.Rational(1, 2), sympy.Rational(1, 10)
    n = int(sympy.ceiling(sample_size(eps, irreducible_dimension(F), delta)))
    trials = 20
    successes = sum(bool(weak_error(AveragingScheme.random(G, n, seed=s), F, exact=False).is_at_most(0.5))
                    for s in range(trials))
    print(f"S5, eps=1/2, delta=1/10: n = {n}, success frequency {successes}/{trials}")
    assert successes / trials >= 1 - float(delta)


def test_bounds_match_math_md():
    assert sympy.ceiling(sample_size(sympy.Rational(1, 4), 763, sympy.Rational(1, 10))) == 90
    values = [int(weak_existence_bound(sympy.Rational(1, k), 100)) for k in (1, 2, 4, 8)]
    assert values == sorted(values)
    assert math.isclose(float(sample_size(sympy.Rational(1, 4), 763, sympy.Rational(1, 10))),
                        2 * (1 + 0.5 / 3) * math.log(2 * 763 / 0.1) / 0.25)
    assert "log" in sympy.latex(sample_size())


@pytest.mark.parametrize("kind, eps, words", [("weak", 0, "positive"), ("strong", -1, "positive"),
                                              ("weak", None, "positive"), ("exact", 0.5, "no eps"),
                                              ("fuzzy", 0.5, "kind")])
def test_bad_complexity_requests(kind, eps, words):
    with pytest.raises(sp.InvalidValueError, match=words):
        averaging_complexity(sp.regular_functions(sp.group("S3")), kind, eps)


def test_too_large_exact_search_returns_an_interval():
    F = sp.polynomials(sp.natural_action(sp.group("S4")), max_degree=2)
    r = averaging_complexity(F, "exact", max_search=10)
    assert r.lower < r.upper and "max_search=10" in r.lower_method


def test_complexity_is_monotone_in_the_class():
    rho = sp.natural_action(sp.group("C12"))
    small, large = sp.polynomials(rho, max_degree=1), sp.polynomials(rho, max_degree=3)
    assert set(small.irreducibles()) <= set(large.irreducibles())
    for kind, eps in (("exact", None), ("weak", 0.3)):
        a, b = averaging_complexity(small, kind, eps), averaging_complexity(large, kind, eps)
        assert a.lower <= b.upper


def test_relations_between_complexities_are_checked_statements():
    from symproof.checking.conjectures import relations

    F = sp.regular_functions(sp.group("S3"))
    results = {"weak": averaging_complexity(F, "weak", 0.4), "strong": averaging_complexity(F, "strong", 0.4),
               "weak_half": averaging_complexity(F, "weak", 0.2), "exact": averaging_complexity(F, "exact")}
    statements = relations(results, 6)
    assert len(statements) == 4 and all(holds for _, holds in statements)


def test_scaling_table_rows():
    from symproof.report.separation import scaling_table

    rows = scaling_table(["S4", "S5"], eps=0.5, trials=3)
    assert [r["order"] for r in rows] == [24, 120]
    for r in rows:
        assert r["n"] >= 1 and len(r["weak_errors"]) == 3 and set(r["kinds"]) <= {"exact", "certified"}
        assert r["successes"] == sum(e <= 0.5 for e in r["weak_errors"])


@pytest.mark.parametrize("spec, k", [("S4", 2), ("B3", 3)])
def test_signed_exact_complexity_is_at_most_the_probability_one(spec, k):
    """Every probability scheme is a signed scheme: the signed upper bound never exceeds the probability one."""
    F = sp.polynomials(sp.natural_action(sp.group(spec)), max_degree=k)
    signed = sp.averaging_complexity(F, "exact", signed=True)
    probability = sp.averaging_complexity(F, "exact")
    assert int(signed.upper) <= int(probability.upper) and sp.is_exact(signed.witness, F)
    assert int(signed.lower) <= int(probability.lower) or not probability.is_decided
