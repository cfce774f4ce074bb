"""The provenance vocabulary: ``Provenance`` and ``Bound`` behave like the numbers they carry."""

import operator
from fractions import Fraction

import pytest
import sympy

import symproof as sp
from symproof.exact.provenance import Bound, Provenance, larger_lower_bound, smaller_upper_bound, weakest


def test_provenance_words_and_order():
    assert [p.value for p in Provenance] == ["exact", "certified", "estimate"]
    assert Provenance("certified") is Provenance.CERTIFIED and Provenance.EXACT == "exact"
    assert str(Provenance.ESTIMATE) == "estimate" and f"{Provenance.EXACT}" == "exact"
    assert Provenance.EXACT.is_proof and Provenance.CERTIFIED.is_proof and not Provenance.ESTIMATE.is_proof
    assert weakest(Provenance.EXACT, Provenance.CERTIFIED) is Provenance.CERTIFIED
    assert weakest(Provenance.CERTIFIED, Provenance.ESTIMATE, Provenance.EXACT) is Provenance.ESTIMATE
    assert "numeric" not in {p.value for p in Provenance}


def test_bound_compares_and_converts_like_its_value():
    b = Bound(3, Provenance.EXACT, "exhaustive exact enumeration")
    assert b == 3 and 3 == b and b != 4 and not b == 4
    assert b < 4 and b <= 3 and b > 2 and b >= 3 and 2 < b and 4 > b
    assert int(b) == 3 and operator.index(b) == 3 and float(b) == 3.0 and list(range(b)) == [0, 1, 2]
    assert str(b) == "3" and f"{b:>3}" == "  3" and [10, 20, 30, 40][b] == 40
    e = Bound(3, Provenance.ESTIMATE, "Nelder-Mead")
    assert b == e and hash(b) == hash(e) == hash(3)  # equality is on the value alone
    assert Bound(2, "exact", "a") <= Bound(5, "certified", "b")
    assert max(Bound(2, "exact", "a"), Bound(5, "estimate", "b")).provenance is Provenance.ESTIMATE
    assert sorted([Bound(5, "exact", "x"), 1, Bound(3, "exact", "y")]) == [1, 3, 5]
    assert Bound(Fraction(1, 2), "exact", "half") < 1 and Bound(sympy.Rational(1, 2), "exact", "half") <= sympy.Rational(1, 2)
    with pytest.raises(TypeError):
        int(Bound(Fraction(1, 2), "exact", "half"))


def test_bound_is_a_record_of_exact_values():
    b = Bound(4, "certified", "enclosure")
    assert b.provenance is Provenance.CERTIFIED and b.method == "enclosure" and b.is_proof
    assert b.as_dict() == {"value": 4, "provenance": "certified", "method": "enclosure"}
    with pytest.raises(sp.SymproofError):
        Bound(0.5, "exact", "a float is not exact")
    with pytest.raises(sp.SymproofError):
        Bound(True, "exact", "a bool is not a number here")
    with pytest.raises(sp.SymproofError):
        Bound(1, "numeric", "numeric is a construction, not a provenance")
    with pytest.raises(AttributeError):  # frozen (dataclasses.FrozenInstanceError is an AttributeError)
        b.value = 5


def test_combining_bounds_keeps_the_winner_record():
    a = Bound(2, Provenance.EXACT, "size-one schemes fail")
    e = Bound(3, Provenance.ESTIMATE, "optimiser")
    assert larger_lower_bound(a, e) is e and smaller_upper_bound(a, e) is a
    tie = Bound(3, Provenance.EXACT, "theorem")
    assert larger_lower_bound(e, tie) is tie and smaller_upper_bound(e, tie) is tie
