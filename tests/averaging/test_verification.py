"""The verifier re-checks complexities from their witnesses and certificates alone, and refuses tampered claims."""

from __future__ import annotations

from fractions import Fraction

import pytest

import symproof as sp
from symproof.averaging.verification import proven_lower_bound, verify_complexity

CELLS = [("exact", None), ("weak", Fraction(1, 2)), ("strong", Fraction(1, 2)), ("weak", Fraction(1, 4)),
         ("strong", Fraction(1, 4))]


def _classes(spec):
    G = sp.group(spec)
    return [sp.regular_functions(G), sp.polynomials(sp.natural_action(G), max_degree=2)]


@pytest.mark.parametrize("spec", ["S3", "D4", "Q8", "C6", "A4", "S4"])
def test_every_decided_cell_verifies_and_a_raised_lower_bound_does_not(spec):
    for F in _classes(spec):
        for kind, eps in CELLS:
            r = sp.averaging_complexity(F, kind, eps)
            lower, upper = int(r.lower), int(r.upper)
            v = verify_complexity(F, kind, eps, lower, upper, r.witness, r.certificates)
            assert v.ok == (r.lower.is_proof and r.upper.is_proof), (spec, kind, eps, v)
            if r.is_decided:  # one more than the truth: some support of size `upper` carries a scheme
                raised = verify_complexity(F, kind, eps, upper + 1, upper + 1, r.witness, r.certificates)
                assert not raised.ok


def test_a_claim_without_its_certificates_fails():
    F = sp.regular_functions(sp.group("S4"))
    r = sp.averaging_complexity(F, "strong", Fraction(1, 4))
    assert int(r.lower) == 8 and r.certificates
    assert verify_complexity(F, "strong", Fraction(1, 4), 8, 8, r.witness, r.certificates).ok
    v = verify_complexity(F, "strong", Fraction(1, 4), 8, 8, r.witness, r.certificates[: len(r.certificates) // 3])
    assert not v.lower and "ruled out by none" in v.lower_reason
    assert verify_complexity(F, "strong", Fraction(1, 4), 8, 8, r.witness, ()).lower is False


def test_a_witness_that_misses_eps_or_the_size_fails():
    G = sp.group("S4")
    F = sp.regular_functions(G)
    r = sp.averaging_complexity(F, "weak", Fraction(1, 4))
    worse = sp.AveragingScheme.on_elements(G, list(range(int(r.upper))))  # elements 0..5 fix the point 0: w = 1
    v = verify_complexity(F, "weak", Fraction(1, 4), int(r.lower), int(r.upper), worse, r.certificates)
    assert not v.upper and "not proven <=" in v.upper_reason
    v = verify_complexity(F, "weak", Fraction(1, 4), int(r.lower), int(r.upper) + 1, r.witness, r.certificates)
    assert not v.upper and "size" in v.upper_reason


def test_the_exact_lower_bound_is_rechecked_by_enumeration():
    """S4 on polynomials of degree <= 2: 10 (probability) and 9 (signed), re-checked over the representation."""
    F = sp.polynomials(sp.natural_action(sp.group("S4")), max_degree=2)
    for signed, value in ((False, 10), (True, 9)):
        r = sp.averaging_complexity(F, "exact", signed=signed)
        assert int(r.lower) == int(r.upper) == value and r.is_decided
        v = verify_complexity(F, "exact", None, value, value, r.witness, signed=signed)
        assert v.ok and "representation on F" in v.lower_reason
        assert not verify_complexity(F, "exact", None, value + 1, value + 1, r.witness, signed=signed).lower


def test_proven_lower_bounds_are_the_textbook_inequalities():
    F = sp.regular_functions(sp.group("S4"))
    assert proven_lower_bound(F, "exact") == (24, "Gram rank: every non-trivial irreducible occurs in F")
    assert proven_lower_bound(F, "weak", Fraction(1, 4)) == (4, "Plancherel bound")
    assert proven_lower_bound(F, "weak", Fraction(1, 2))[0] == 3  # generation: d(S4) + 1 = 3
