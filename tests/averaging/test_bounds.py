"""The Plancherel lower bound against a closed form and a brute force; exact arguments of the bound functions."""

from __future__ import annotations

import itertools
import math
from fractions import Fraction

import numpy as np
import pytest
import sympy

import symproof as sp
from symproof._validation import check_exact_number
from symproof.averaging.bounds import irreducible_square_sum, plancherel_lower_bound, strong_factors
from tests.reps.oracles import TEXTBOOK

EPS_VALUES = [Fraction(1, 100), Fraction(1, 10), Fraction(1, 4), Fraction(1, 3), Fraction(1, 2), Fraction(9, 10)]


@pytest.mark.parametrize("spec", ["C2", "C5", "S3", "D4", "S4"])
@pytest.mark.parametrize("eps", EPS_VALUES)
def test_plancherel_on_the_regular_representation_is_the_closed_form(spec, eps):
    G = sp.group(spec)
    F = sp.regular_functions(G)
    n = G.order
    assert irreducible_square_sum(F) == n - 1
    b = plancherel_lower_bound(F, eps)
    assert int(b) == math.ceil(Fraction(n) / (1 + eps * (n - 1))) and b.provenance is sp.Provenance.EXACT
    assert "Plancherel" in b.method
    # the strong bound is at least the weak one at eps (|G| - 1) / |G| (s >= |G| w / (|G| - 1))
    assert int(plancherel_lower_bound(F, eps, kind="strong")) >= int(plancherel_lower_bound(F, eps * (n - 1) / n))


def _factors_from_textbook(name, n):
    """``max(1 - min_C Re chi(C) / d, n / (n - 1))`` and ``d`` per non-trivial row of a textbook table (exact)."""
    table = TEXTBOOK[name]
    rows = [list(table.values.row(i)) for i in range(1, table.values.rows)]
    return sorted((sympy.Max(1 - min((sympy.re(x) for x in row), key=float) / row[0], sympy.Rational(n, n - 1)),
                   int(row[0])) for row in rows)


@pytest.mark.parametrize("name", ["S3", "S4", "D4", "Q8", "A4", "A5", "D5"])
def test_strong_factors_match_the_textbook_tables(name):
    G = sp.group(name)
    F = sp.regular_functions(G)
    degrees = sp.character_table(G).degrees
    computed = sorted((a.value, int(degrees[i]), a.provenance) for i, a in strong_factors(F).items())
    expected = _factors_from_textbook(name, G.order)
    for (value, d, provenance), (a, d_book) in zip(computed, expected):
        assert d == d_book
        if a.is_Rational:  # exact, and found exactly
            assert value == Fraction(int(a.p), int(a.q)) and provenance is sp.Provenance.EXACT
        else:  # a proven lower end of an irrational factor
            assert provenance is sp.Provenance.CERTIFIED and a - 1e-12 < value <= a


@pytest.mark.parametrize("spec", ["S4", "D5", "A4", "C6"])
def test_strong_error_is_at_least_the_class_average_factor_times_each_block(spec):
    """Brute force over random schemes: s >= a_pi ||omega_hat(pi)||^2 for every pi in Irr(F)."""
    G = sp.group(spec)
    F = sp.regular_functions(G)
    irreps = sp.irreducible_representations(G)
    factors = strong_factors(F)
    for seed in range(6):
        omega = sp.AveragingScheme.random(G, 3 + seed, seed=seed)
        s = sp.strong_error(omega, F, exact=False)
        for i, a in factors.items():
            block = sum(float(x) * irreps[i].numeric(g) for g, x in zip(omega.support, omega.weights))
            assert float(a.value) * np.linalg.norm(block, 2) ** 2 <= s.upper + 1e-9


def test_strong_factor_is_attained_by_the_point_stabiliser():
    """MATH.md 3: the uniform scheme on S3 inside S4 has w = 1 and s = 4/3, the factor of the standard irreducible."""
    G = sp.group("S4")
    F = sp.polynomials(sp.natural_action(G), max_degree=1)
    H = G.subgroup([[1, 0, 2, 3], [0, 2, 1, 3]])
    omega = sp.AveragingScheme.on_subgroup(G, H)
    assert sp.weak_error(omega, F).exact_value == 1 and sp.strong_error(omega, F).exact_value == sympy.Rational(4, 3)
    assert [a.value for a in strong_factors(F).values()] == [Fraction(4, 3)]


def test_plancherel_is_one_from_eps_one_and_on_invariant_classes():
    F = sp.regular_functions(sp.group("S4"))
    assert [int(plancherel_lower_bound(F, eps)) for eps in (1, Fraction(3, 2), 7)] == [1, 1, 1]
    assert int(plancherel_lower_bound(F, 1, kind="strong")) == 2  # s(delta_e) = 2 > 1 indeed
    assert int(plancherel_lower_bound(F, Fraction(24, 23), kind="strong")) == 2  # s(delta_e) = 2 > 24/23 too
    assert int(plancherel_lower_bound(F, 2, kind="strong")) == 1  # every eps / a_pi >= 1
    trivial = sp.polynomials(sp.natural_action(sp.group("S4")), max_degree=0)
    assert int(plancherel_lower_bound(trivial, Fraction(1, 100))) == 1


def test_plancherel_on_linear_functions_of_s4():
    F = sp.polynomials(sp.natural_action(sp.group("S4")), max_degree=1)  # the standard representation: D2 = 9
    assert irreducible_square_sum(F) == 9
    assert int(plancherel_lower_bound(F, Fraction(1, 100))) == math.ceil(Fraction(24) / (24 - 9 * Fraction(99, 100)))


def _brute_force_weak_complexity(n: int, eps: Fraction, steps: int = 24) -> int:
    """Least size of a probability scheme on Z_n with max_{j != 0} |omega_hat(j)|^2 <= eps, weights on a grid.

    Independent of symproof: characters exp(2 pi i j g / n); supports containing 0 (translations keep the
    error). A scheme found on the grid is a real scheme, so the result is an upper bound on AC_wk(L^2(Z_n), eps).
    """
    chars = np.exp(2j * np.pi * np.outer(np.arange(1, n), np.arange(n)) / n)  # rows j = 1..n-1
    for k in range(1, n + 1):
        for rest in itertools.combinations(range(1, n), k - 1):
            support = [0, *rest]
            for parts in itertools.product(range(1, steps + 1), repeat=k - 1):
                if sum(parts) >= steps:
                    continue
                w = np.array([steps - sum(parts), *parts], dtype=float) / steps
                if float(np.max(np.abs(chars[:, support] @ w) ** 2)) <= float(eps) + 1e-12:
                    return k
    return n + 1  # pragma: no cover - the uniform scheme is exact


@pytest.mark.parametrize("n", [3, 4, 5])
@pytest.mark.parametrize("eps", [Fraction(1, 10), Fraction(1, 5), Fraction(1, 4), Fraction(1, 2), Fraction(3, 4)])
def test_plancherel_is_below_a_brute_force_on_cyclic_groups(n, eps):
    F = sp.regular_functions(sp.group(f"C{n}"))
    assert int(plancherel_lower_bound(F, eps)) <= _brute_force_weak_complexity(n, eps)


def test_plancherel_is_attained_on_c3():
    """On Z_3, weights p, 1 - p on two points give |omega_hat|^2 = 1 - 3 p (1 - p) >= 1/4: size 3, then 2 at 1/4."""
    F = sp.regular_functions(sp.group("C3"))
    for eps in (Fraction(1, 5), Fraction(1, 4), Fraction(1, 2)):
        assert int(plancherel_lower_bound(F, eps)) == _brute_force_weak_complexity(3, eps)
    assert [int(plancherel_lower_bound(F, e)) for e in (Fraction(1, 5), Fraction(1, 4))] == [3, 2]


def test_plancherel_never_exceeds_a_computed_upper_bound():
    G = sp.group("S3")
    for F in (sp.regular_functions(G), sp.polynomials(sp.natural_action(G), max_degree=1)):
        for eps in (Fraction(1, 4), Fraction(1, 2)):
            for kind in ("weak", "strong"):
                assert plancherel_lower_bound(F, eps, kind) <= sp.averaging_complexity(F, kind, eps).upper


@pytest.mark.parametrize("call, error", [
    (lambda F: plancherel_lower_bound(F, 0.1), sp.InvalidArgumentError),
    (lambda F: plancherel_lower_bound(F, 0), sp.InvalidValueError),
    (lambda F: plancherel_lower_bound(F, Fraction(1, 2), kind="exact"), sp.InvalidValueError),
    (lambda F: plancherel_lower_bound("F", Fraction(1, 2)), sp.InvalidArgumentError),
])
def test_plancherel_bad_arguments(call, error):
    with pytest.raises(error):
        call(sp.regular_functions(sp.group("C3")))


# -- exact arguments: floats are refused unless they are small dyadic rationals ------------------------------


@pytest.mark.parametrize("call, alternative", [
    (lambda: sp.sample_size(1 / 3, 10, Fraction(1, 10)), "Fraction(1, 3)"),
    (lambda: sp.weak_existence_bound(0.1, 10), "Fraction(1, 10)"),
    (lambda: sp.strong_existence_bound(0.1, 10), "Fraction(1, 10)"),
    (lambda: sp.sample_size(Fraction(1, 4), 10, 0.1), "sympy.Rational(1, 10)"),
    (lambda: sp.bernstein_tail(10, 0.3, 3), "Fraction(3, 10)"),
    (lambda: sp.class_bounds(sp.regular_functions(sp.group("S3")), 0.1), "Fraction(1, 10)"),
])
def test_floats_that_are_not_exact_are_refused_with_the_exact_alternative(call, alternative):
    with pytest.raises(sp.InvalidArgumentError) as info:
        call()
    assert alternative in str(info.value)


def test_small_dyadic_floats_are_their_exact_values():
    assert sp.weak_existence_bound(0.5, 3) == sp.weak_existence_bound(sympy.Rational(1, 2), 3)
    exact = sp.sample_size(sympy.Rational(1, 4), 763, sympy.Rational(1, 10))
    assert sp.sample_size(0.25, 763, Fraction(1, 10)) == exact
    assert sp.bernstein_tail(100, 0.25, 3) == 6 * sympy.exp(-sympy.Rational(75, 7))
    assert sp.weak_existence_bound(1.5, 3) == sp.weak_existence_bound(Fraction(3, 2), 3)


def test_exact_strings_and_symbols_are_kept():
    assert sp.weak_existence_bound("0.1", 10) == sp.weak_existence_bound(Fraction(1, 10), 10)
    assert sp.sample_size().free_symbols == {sp.averaging.bounds.EPS, sp.averaging.bounds.DIM,
                                             sp.averaging.bounds.DELTA}
    with pytest.raises(sp.InvalidArgumentError, match="exact"):
        sp.weak_existence_bound(sympy.Float(0.5), 3)


@pytest.mark.parametrize("value, expected", [
    (0.5, Fraction(1, 2)), (0.75, Fraction(3, 4)), (1.5, Fraction(3, 2)), (2.0, Fraction(2)),
    (1 / 1024, Fraction(1, 1024)), (np.float64(0.25), Fraction(1, 4)), ("1/3", Fraction(1, 3)),
    ("0.1", Fraction(1, 10)), (sympy.Rational(2, 7), Fraction(2, 7)), (3, Fraction(3)),
])
def test_check_exact_number_accepts(value, expected):
    assert check_exact_number(value, "x") == expected


@pytest.mark.parametrize("value", [0.1, 1 / 3, 1 / 2048, float("nan"), float("inf"), True, "x", sympy.Float(0.5)])
def test_check_exact_number_refuses(value):
    with pytest.raises(sp.InvalidArgumentError):
        check_exact_number(value, "x")


def test_check_exact_number_says_what_to_pass():
    with pytest.raises(sp.InvalidArgumentError) as info:
        check_exact_number(0.1, "eps")
    message = str(info.value)
    assert "eps" in message and "Fraction(1, 10)" in message and "sympy.Rational(1, 10)" in message
    with pytest.raises(sp.InvalidValueError, match="positive"):
        check_exact_number(-0.5, "eps", positive=True)
