"""Averaging schemes and their exact, weak and strong errors against closed forms (MATH.md 2-3)."""

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import symproof as sp
from symproof.averaging.scheme import AveragingScheme
from symproof.averaging.symmetry_errors import is_exact, strong_error, weak_error
from symproof.testing import catalog_groups, elements, multisets


@pytest.mark.parametrize("m", [2, 3, 4, 5])
def test_identity_and_unit_vectors_of_the_hypercube(m):
    G = sp.group(f"C2^{m}")
    omega = AveragingScheme.on_elements(G, [0, *map(int, G.generator_indices)])
    w = weak_error(omega, sp.regular_functions(G))
    assert w.kind == "exact" and w.exact_value == Fraction(m - 1, m + 1) ** 2


def test_delta_and_point_stabiliser_on_s4():
    G = sp.group("S4")
    F = sp.regular_functions(G)
    delta = AveragingScheme.from_weights(G, {0: 1})
    assert weak_error(delta, F).exact_value == 1
    s = strong_error(delta, F)
    assert s.kind == "exact" and s.exact_value == 2 and s.lower <= 2 <= s.upper
    c = strong_error(delta, F, exact=False)
    assert c.kind == "certified" and c.lower <= 2 <= c.upper and c.upper - c.lower < 1e-9
    H = G.subgroup([[1, 0, 2, 3], [0, 2, 1, 3]])
    stab = AveragingScheme.on_subgroup(G, H)
    assert weak_error(stab, F).exact_value == 1
    s = strong_error(stab, F)
    assert s.exact_value == Fraction(4, 3) and s.lower <= 4 / 3 <= s.upper
    assert not is_exact(stab, F) and is_exact(AveragingScheme.uniform(G), F)


def _random_scheme(G, data, signed=False):
    S = data.draw(multisets(G, min_size=1, max_size=5))
    if not signed:
        return AveragingScheme.on_elements(G, S)
    weights = {g: Fraction(data.draw(st.integers(-3, 3))) for g in S}
    weights[0] = weights.get(0, Fraction(0)) + 1 - sum(weights.values(), Fraction(0))
    return AveragingScheme.from_weights(G, weights)


@given(catalog_groups(max_order=24), st.data())
def test_weak_at_most_strong_at_most_twice_weak(G, data):
    F = sp.regular_functions(G)
    omega = _random_scheme(G, data)
    w, s = weak_error(omega, F, exact=False), strong_error(omega, F)
    assert G.order / (G.order - 1) * w.lower <= s.upper + 1e-12 if G.order > 1 else True
    assert s.lower <= 2 * w.upper + 1e-12


@given(catalog_groups(max_order=24), st.data())
def test_translates_keep_weak_and_strong_errors(G, data):
    F = sp.regular_functions(G)
    omega = _random_scheme(G, data)
    g = data.draw(elements(G))
    for moved in (omega.left_translate(g), omega.right_translate(g)):
        assert abs(weak_error(moved, F, exact=False).value - weak_error(omega, F, exact=False).value) < 1e-9
        assert abs(strong_error(moved, F).value - strong_error(omega, F).value) < 1e-9
    # g -> g^{-1} keeps w (same norms) but in general not s
    assert abs(weak_error(omega.inverse(), F, exact=False).value - weak_error(omega, F, exact=False).value) < 1e-9


@given(catalog_groups(max_order=16), st.data())
def test_errors_through_irreducibles_equal_errors_on_the_representation(G, data):
    rho = sp.natural_action(G)
    F = data.draw(st.sampled_from([sp.regular_functions(G), sp.polynomials(rho, max_degree=1)]))
    omega = _random_scheme(G, data, signed=data.draw(st.booleans()))
    assert abs(weak_error(omega, F, exact=False).value - weak_error(omega, F, route="representation").value) < 1e-8
    assert abs(strong_error(omega, F).value - strong_error(omega, F, route="representation").value) < 1e-8


@given(catalog_groups(max_order=24), st.data())
def test_is_exact_iff_zero_weak_error(G, data):
    F = sp.regular_functions(G)
    omega = _random_scheme(G, data, signed=True)
    assert is_exact(omega, F) == (weak_error(omega, F, exact=False).upper < 1e-12)


def test_certified_weak_error_of_a_random_scheme_on_s8():
    G = sp.group("S8")
    w = weak_error(AveragingScheme.random(G, 90, seed=0), sp.regular_functions(G))
    assert w.kind == "certified" and w.upper - w.lower < 1e-9 and w.upper < 0.25


BAD = [
    (lambda G: AveragingScheme.from_weights(G, {0: 1, 1: 1}), sp.InvalidValueError, "sum to exactly 1"),
    (lambda G: AveragingScheme.from_weights(G, {0: 0.5, 1: 0.4}), sp.InvalidValueError, "sum to 1"),
    (lambda G: AveragingScheme.from_weights(G, [1, 0]), sp.InvalidArgumentError, "2 weights"),
    (lambda G: AveragingScheme.from_weights(G, {0: "half", 1: 0.5}), sp.InvalidArgumentError, "not a number"),
    (lambda G: AveragingScheme.random(G, 0), sp.InvalidValueError, "positive int"),
    (lambda G: AveragingScheme.on_elements(G, []), sp.InvalidValueError, "at least one"),
    (lambda G: weak_error(AveragingScheme.uniform(sp.group("C3")), sp.regular_functions(G)), sp.InvalidValueError,
     "C3"),
    (lambda G: is_exact(AveragingScheme.from_weights(G, [1 / 6] * 6), sp.regular_functions(G)), sp.InvalidValueError,
     "exact weights"),
]


@pytest.mark.parametrize("call, error, words", BAD)
def test_bad_schemes(call, error, words):
    with pytest.raises(error, match=words):
        call(sp.group("S3"))
