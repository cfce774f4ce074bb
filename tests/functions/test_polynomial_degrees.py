"""Polynomial classes of any degree: the character in closed form, the space only within the limits.

``sp.polynomials(rho, max_degree=10**6).irreducibles()`` used to expand the Molien series up
to degree ``10**6`` (more than 90 s); the sums of the Molien series over the degrees have a
closed form, so the cheap questions now cost the same for every ``max_degree``.
"""

import time
from math import comb

import pytest

import symproof as sp
from symproof.functions.polynomials import PolynomialClass
from symproof.reps.molien import (
    first_degrees,
    spectral_progression_sum,
    symmetric_power_characters,
    symmetric_power_sum,
)

HUGE = 10**6


def _rotation_c4():
    rho = sp.natural_action(sp.group("C4"))  # the rotation by pi/2 of the square, on R^2
    assert rho.dimension == 2 and not rho.is_permutation_action()
    return rho


@pytest.fixture(params=["S3 on 3 points", "C4 by rotation"])
def action(request):
    return sp.natural_action(sp.group("S3")) if request.param.startswith("S3") else _rotation_c4()


def test_huge_max_degree_answers_irreducibles_at_once(action):
    start = time.perf_counter()
    F = sp.polynomials(action, max_degree=HUGE)
    irreducibles, multiplicities, dimension = F.irreducibles(), F.multiplicities(), F.dimension
    assert time.perf_counter() - start < 10  # was more than 90 s
    first = first_degrees(action)  # the order of vanishing of each Molien numerator at t = 0
    assert irreducibles == tuple(i for i, k in enumerate(first) if i and k is not None and k <= HUGE)
    assert dimension == comb(action.dimension + HUGE, HUGE)
    degrees = sp.character_table(action.group).degrees
    assert sum(m * d for m, d in zip(multiplicities, degrees)) == dimension


def test_expected_irreducibles_of_the_two_examples():
    assert sp.polynomials(sp.natural_action(sp.group("S3")), max_degree=HUGE).irreducibles() == (1, 2)
    assert sp.polynomials(_rotation_c4(), max_degree=HUGE).irreducibles() == (1, 2, 3)
    assert sp.polynomials(_rotation_c4(), max_degree=10**40).irreducibles() == (1, 2, 3)


def test_huge_homogeneous_degree_and_products(action):
    d = action.dimension
    H = sp.homogeneous_polynomials(action, degree=HUGE)
    assert H.dimension == comb(d + HUGE - 1, HUGE)
    start = time.perf_counter()
    P = H.symmetric_products(HUGE)  # degrees 0, 10^6, 2 10^6, ..., 10^12
    multiplicities, dimension = P.multiplicities(), P.dimension
    assert time.perf_counter() - start < 10
    assert dimension == sum(comb(d - 1 + j * HUGE, d - 1) for j in range(HUGE + 1))
    degrees = sp.character_table(action.group).degrees
    assert sum(m * k for m, k in zip(multiplicities, degrees)) == dimension


def _rotation_counts(n):
    """Polynomials of degree n under the rotation g by pi/2: z^a zbar^(n-a) has eigenvalue i^(+-(2a - n)).

    ``counts[r]`` is the number of ``a`` in ``0..n`` with ``2a - n = r (mod 4)`` (the same for ``r`` and ``-r``).
    """
    return [len(range(next((a for a in (0, 1) if (2 * a - n - r) % 4 == 0), n + 1), n + 1, 2)) for r in range(4)]


def test_homogeneous_multiplicities_of_the_rotation():
    rho = _rotation_c4()
    T = sp.character_table(rho.group)
    column = rho.group.class_of[int(rho.group.generator_indices[0])]
    turns = [{1: 0, 1j: 1, -1: 2, -1j: 3}[complex(round(v.real), round(v.imag))] for v in T.numeric()[:, column]]
    for n in [*range(9), HUGE, HUGE + 1, HUGE + 2, HUGE + 3]:
        counts = _rotation_counts(n)
        assert sp.homogeneous_polynomials(rho, degree=n).multiplicities() == [counts[r] for r in turns], n


@pytest.mark.parametrize("spec", ["S3", "S4", "D5", "C12", "Q8", "B3", "C7 x| C3", "A4"])
def test_closed_form_sums_are_the_power_series_sums(spec):
    rho = sp.natural_action(sp.group(spec))
    h = symmetric_power_characters(rho, 40)
    for degrees in [range(1), range(9), range(4, 21), range(0, 40, 5), range(3, 41, 7), range(17, 18), range(2, 41, 19)]:
        expected = h[degrees[0]]
        for j in degrees[1:]:
            expected = expected + h[j]
        assert symmetric_power_sum(rho, degrees) == expected, degrees


def test_spectral_progression_sum_counts_monomials():
    assert spectral_progression_sum((3,), range(HUGE + 1)) == [comb(HUGE + 3, 3)]
    assert spectral_progression_sum((2,), range(5, 5)) == [0]
    c = spectral_progression_sum((1, 1), range(HUGE + 1))  # diag(1, -1): sum_n sum_{a+b=n} (-1)^b
    assert c[0] - c[1] == HUGE // 2 + 1


def test_dimension_needs_no_listing():
    rho = sp.natural_action(sp.group("S4"))
    assert sp.polynomials(rho, max_degree=10**30).dimension == comb(4 + 10**30, 4)
    H = sp.homogeneous_polynomials(rho, degree=3)
    assert H.symmetric_products(5).dimension == sum(comb(3 + 3 * j, 3) for j in range(6))


def test_what_needs_the_space_stops_at_max_table(action):
    F = sp.polynomials(action, max_degree=HUGE)
    for use in (lambda: F.basis, F.representation, lambda: F.matrix(0), F.reynolds_operator,
                lambda: F.coordinates(F.symbols[0]), lambda: sp.polynomials(action, max_degree=10**30).degrees):
        start = time.perf_counter()
        with pytest.raises(sp.LimitExceededError, match="max_table"):
            use()
        assert time.perf_counter() - start < 5
    assert len(F.degrees) == HUGE + 1  # within the limit


def test_the_action_table_is_checked_before_listing_products():
    rho = sp.natural_action(sp.group("S3"))
    F = sp.homogeneous_polynomials(rho, degree=40)  # 861 monomials, but C(42, 40) products of the 3 vectors
    with sp.limits(max_table=2000), pytest.raises(sp.LimitExceededError, match="max_table"):
        F.representation()
    assert len(F.basis) == F.dimension == 861


def test_degree_sets_as_ranges_and_lists():
    rho = sp.natural_action(sp.group("D4"))
    F = PolynomialClass(rho, [0, 2, 3, 4, 7], name="some degrees")
    assert F.degrees == (0, 2, 3, 4, 7) and F.dimension == sum(comb(1 + j, j) for j in F.degrees)
    assert F.symmetric_products(2).degrees == tuple(sorted({a + b for a in (0, *F.degrees) for b in (0, *F.degrees)}))
    assert F.character() == sum((sp.homogeneous_polynomials(rho, degree=j).character() for j in F.degrees[1:]),
                                sp.homogeneous_polynomials(rho, degree=0).character())
    assert sp.polynomials(rho, max_degree=HUGE).symmetric_products(3).degrees[-1] == 3 * HUGE
    with pytest.raises(sp.InvalidArgumentError):
        PolynomialClass(rho, range(3, 0), name="empty")
    with pytest.raises(sp.InvalidArgumentError):
        PolynomialClass(rho, [], name="empty")
