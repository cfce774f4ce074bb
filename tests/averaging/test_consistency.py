"""Propagation between the complexities of one class (MATH.md section 3), on hand-built results and one real case."""

from __future__ import annotations

from fractions import Fraction

import pytest

import symproof as sp
from symproof.averaging.complexity import ComplexityResult
from symproof.averaging.consistency import complexity_profile, propagate
from symproof.exact.provenance import Bound, Provenance

G = sp.group("S4")
HALF, QUARTER, THIRD = Fraction(1, 2), Fraction(1, 4), Fraction(1, 3)


def scheme(size: int) -> sp.AveragingScheme:
    """A scheme of the given size (the tests only move witnesses around, they never evaluate them)."""
    return sp.AveragingScheme.on_elements(G, list(range(size)))


def cell(kind: str, eps, lower: int, upper: int, *, signed: bool = False, lower_provenance: str = "exact",
         upper_provenance: str = "exact", name: str = "") -> ComplexityResult:
    name = name or f"{kind}({eps})"
    return ComplexityResult(kind, eps, signed, Bound(lower, lower_provenance, f"{name} lower"),
                            Bound(upper, upper_provenance, f"{name} upper"), scheme(upper))


def test_exact_upper_bound_and_witness_flow_to_every_approximate_cell():
    exact, weak, strong = propagate([cell("exact", None, 4, 4), cell("weak", HALF, 2, 10), cell("strong", HALF, 2, 11)])
    for r in (weak, strong):
        assert r.upper == 4 and r.upper.provenance is Provenance.EXACT
        assert r.witness is exact.witness and r.witness_error is None
    assert weak.upper.method == "propagated: AC_wk(1/2) <= AC_ex: exact(None) upper"
    assert strong.upper.method == "propagated: AC_st(1/2) <= AC_ex: exact(None) upper"
    assert (weak.lower.method, strong.lower.method) == ("weak(1/2) lower", "strong(1/2) lower")


def test_lower_bounds_flow_up_to_the_exact_cell():
    exact, weak, strong = propagate([cell("exact", None, 2, 9), cell("weak", HALF, 3, 5), cell("strong", HALF, 4, 6)])
    assert exact.lower == 4 and exact.lower.method == "propagated: AC_ex >= AC_st(1/2): strong(1/2) lower"
    assert strong.lower == 4 and weak.lower == 3  # the weak cell gains nothing from the strong one
    assert weak.upper == 5 and strong.upper == 6 and exact.upper == 9


def test_a_strong_witness_is_a_weak_witness_and_weak_lower_bounds_bound_the_strong_cell():
    weak, strong = propagate([cell("weak", HALF, 3, 9), cell("strong", HALF, 2, 5)])
    assert weak.upper == 5 and weak.witness.size == 5
    assert weak.upper.method.startswith("propagated: AC_wk(1/2) <= AC_st(1/2)")
    assert strong.lower == 3 and strong.lower.method == "propagated: AC_st(1/2) >= AC_wk(1/2): weak(1/2) lower"


def test_a_weak_witness_at_half_the_tolerance_is_a_strong_witness():
    weak_quarter, strong_half = propagate([cell("weak", QUARTER, 2, 3), cell("strong", HALF, 2, 8)])
    assert strong_half.upper == 3 and strong_half.witness is weak_quarter.witness
    assert strong_half.upper.method == "propagated: AC_st(1/2) <= AC_wk(1/4): weak(1/4) upper"
    weak_quarter, strong_half = propagate([cell("weak", QUARTER, 2, 9), cell("strong", HALF, 5, 8)])
    assert weak_quarter.lower == 5 and weak_quarter.lower.method.startswith("propagated: AC_wk(1/4) >= AC_st(1/2)")


def test_no_relation_between_weak_and_strong_without_the_factor_two():
    inputs = [cell("weak", THIRD, 2, 3), cell("strong", HALF, 5, 8)]  # 2 * 1/3 > 1/2: nothing follows
    out = propagate(inputs)
    assert all(a is b for a, b in zip(out, inputs))


def test_monotone_in_eps():
    small, large = propagate([cell("weak", QUARTER, 2, 4), cell("weak", HALF, 3, 6)])
    assert large.upper == 4 and large.upper.method == "propagated: AC_wk(1/2) <= AC_wk(1/4): weak(1/4) upper"
    assert small.lower == 3 and small.lower.method == "propagated: AC_wk(1/4) >= AC_wk(1/2): weak(1/2) lower"


def test_probability_witnesses_are_signed_witnesses_but_not_conversely():
    probability, signed = propagate([cell("weak", HALF, 2, 4), cell("weak", HALF, 3, 6, signed=True)])
    assert signed.upper == 4 and signed.upper.method == "propagated: signed AC_wk(1/2) <= AC_wk(1/2): weak(1/2) upper"
    assert probability.lower == 3 and probability.lower.method.startswith("propagated: AC_wk(1/2) >= signed AC_wk(1/2)")
    probability, signed = propagate([cell("weak", HALF, 2, 6), cell("weak", HALF, 2, 3, signed=True)])
    assert probability.upper == 6 and signed.upper == 3  # a signed witness need not be a probability scheme


def test_equal_bounds_replace_only_with_stronger_provenance():
    _, weak = propagate([cell("exact", None, 4, 4), cell("weak", HALF, 2, 4, upper_provenance="estimate")])
    assert weak.upper == 4 and weak.upper.provenance is Provenance.EXACT and weak.upper.method.startswith("propagated")
    inputs = [cell("exact", None, 4, 4, upper_provenance="certified"), cell("weak", HALF, 2, 4)]
    out = propagate(inputs)
    assert out[1] is inputs[1] and out[1].upper.provenance is Provenance.EXACT
    # a strictly better value wins whatever its provenance, and keeps it
    _, weak = propagate([cell("exact", None, 2, 3, upper_provenance="certified"), cell("weak", HALF, 2, 5)])
    assert weak.upper == 3 and weak.upper.provenance is Provenance.CERTIFIED


def test_propagation_reaches_a_fixed_point_and_names_the_origin():
    inputs = [cell("weak", Fraction(1), 1, 9, signed=True), cell("strong", Fraction(1), 1, 9, signed=True),
              cell("weak", QUARTER, 2, 9), cell("strong", HALF, 2, 9), cell("exact", None, 2, 3)]
    out = propagate(inputs)
    assert [int(r.upper) for r in out] == [3] * 5
    assert out[0].upper.method == "propagated: signed AC_wk(1) <= AC_ex: exact(None) upper"  # no nested "propagated"
    again = propagate(out)
    assert all(a is b for a, b in zip(again, out))


def test_a_contradiction_is_an_internal_error_with_both_methods():
    with pytest.raises(sp.SymproofInternalError) as info:
        propagate([cell("exact", None, 2, 3, name="search"), cell("weak", HALF, 5, 6, name="optimiser")])
    message = str(info.value)
    assert "AC_ex" in message and "optimiser lower" in message and "search upper" in message


def test_float_tolerances_compare_as_their_exact_values():
    _, strong = propagate([cell("weak", 0.25, 2, 3), cell("strong", HALF, 2, 8)])
    assert strong.upper == 3 and "AC_wk(0.25)" in strong.upper.method


@pytest.mark.parametrize("bad, error", [
    ("results", sp.InvalidArgumentError),
    ([1], sp.InvalidArgumentError),
    ([ComplexityResult("weak", None, False, Bound(1, "exact", "x"), Bound(1, "exact", "x"), scheme(1))],
     sp.InvalidValueError),
])
def test_bad_results(bad, error):
    with pytest.raises(error):
        propagate(bad)


def test_results_on_different_groups_are_refused():
    other = ComplexityResult("exact", None, False, Bound(1, "exact", "x"), Bound(1, "exact", "x"),
                             sp.AveragingScheme.uniform(sp.group("S3")))
    with pytest.raises(sp.InvalidValueError, match="different groups"):
        propagate([cell("exact", None, 1, 1), other])


def test_s4_linear_functions_exact_four_forces_the_strong_cell():
    """The report's case: AC_ex = 4 (decided) on the linear functions of S4, beside AC_st(1/2) once shown as [2, 10]."""
    F = sp.polynomials(sp.natural_action(G), max_degree=1)
    exact, weak, strong = complexity_profile(F, [HALF])
    assert exact.is_decided and exact.upper == 4
    assert weak.upper <= strong.upper <= 4 and strong.witness.size == int(strong.upper)
    assert sp.strong_error(strong.witness, F).is_at_most(HALF) and sp.weak_error(weak.witness, F).is_at_most(HALF)


def test_profile_adds_the_plancherel_bound_for_probability_schemes_only():
    F = sp.regular_functions(sp.group("C3"))  # Plancherel: ceil(3 / (1 + 2 eps)) = 3 for eps = 1/5
    (weak,) = complexity_profile(F, [Fraction(1, 5)], kinds=("weak",))
    assert weak.lower == 3 and weak.lower.provenance is Provenance.EXACT and weak.eps == Fraction(1, 5)
    (signed,) = complexity_profile(F, [Fraction(1, 5)], kinds=("weak",), signed=True)
    assert "Plancherel" not in signed.lower.method


@pytest.mark.parametrize("kwargs, error", [
    ({"eps_values": [0.1]}, sp.InvalidArgumentError),
    ({"eps_values": "0.5"}, sp.InvalidArgumentError),
    ({"eps_values": [0]}, sp.InvalidValueError),
    ({"eps_values": [HALF], "kinds": ("weak", "weak")}, sp.InvalidValueError),
    ({"eps_values": [HALF], "kinds": ("fuzzy",)}, sp.InvalidValueError),
    ({"eps_values": [HALF], "signed": "yes"}, sp.InvalidArgumentError),
])
def test_bad_profile_arguments(kwargs, error):
    with pytest.raises(error):
        complexity_profile(sp.regular_functions(sp.group("C3")), **kwargs)


def test_propagate_classes_moves_witnesses_to_smaller_classes_and_lower_bounds_to_larger_ones():
    from fractions import Fraction

    from symproof.averaging.consistency import propagate_classes

    G = sp.group("S3")
    small, large = sp.polynomials(sp.natural_action(G), max_degree=1), sp.regular_functions(G)
    half = Fraction(1, 2)
    big = sp.averaging_complexity(large, "weak", half)  # 3, decided
    weak_small = sp.ComplexityResult("weak", half, False, sp.Bound(1, "exact", "size >= 1"),
                                     sp.Bound(6, "exact", "uniform scheme on G"), sp.AveragingScheme.uniform(G))
    lifted = sp.ComplexityResult("weak", half, False, sp.Bound(3, "exact", "a hand-made lower bound"),
                                 sp.Bound(6, "exact", "uniform scheme on G"), sp.AveragingScheme.uniform(G))
    [[s], [b]] = propagate_classes([("poly<=1", small.irreducibles(), [weak_small]),
                                    ("L^2", large.irreducibles(), [big])])
    assert int(s.upper) == int(big.upper) == 3 and "of L^2" in s.upper.method
    assert sp.weak_error(s.witness, small).is_at_most(half)  # the moved witness really qualifies
    [[_], [b]] = propagate_classes([("poly<=1", small.irreducibles(), [lifted]),
                                    ("L^2", large.irreducibles(), [dataclasses_replace_lower(big, 1)])])
    assert int(b.lower) == 3 and "of poly<=1" in b.lower.method
    # no relation the other way: the small class's witness says nothing about the large class
    [[a2], [_]] = propagate_classes([("L^2", large.irreducibles(), [weak_small]),
                                     ("poly<=1", small.irreducibles(), [big])])
    assert int(a2.upper) == 6


def dataclasses_replace_lower(r, value):
    import dataclasses

    return dataclasses.replace(r, lower=sp.Bound(value, "exact", "size >= 1"))
