"""Mathieu groups and linear groups of any dimension in the catalog, against known orders, classes and actions."""

from __future__ import annotations

from math import gcd, prod

import pytest

import symproof as sp
from symproof.groups.census import _higher_linear_specs


def gl_order(n: int, q: int) -> int:
    return prod(q**n - q**i for i in range(n))


@pytest.mark.parametrize("n, q", [(2, 2), (2, 3), (2, 4), (2, 5), (3, 2), (3, 3), (4, 2)])
def test_linear_orders_follow_the_formulas(n, q):
    sl = gl_order(n, q) // (q - 1)
    assert sp.group(f"GL({n},{q})").order == gl_order(n, q)
    assert sp.group(f"SL({n},{q})").order == sl
    assert sp.group(f"PSL({n},{q})").order == sl // gcd(n, q - 1)
    assert sp.group(f"GL({n},{q})").degree == q**n - 1
    assert sp.group(f"PSL({n},{q})").degree == (q**n - 1) // (q - 1)


@pytest.mark.parametrize("spec, order, degree, classes", [
    ("M11", 7920, 11, 10), ("M12", 95040, 12, 15), ("PSL(3,4)", 20160, 21, 10), ("PSL(3,3)", 5616, 13, 12),
])
def test_orders_degrees_and_class_counts_are_the_atlas_ones(spec, order, degree, classes):
    G = sp.group(spec)
    assert (G.name, G.order, G.degree, len(G.conjugacy_classes())) == (spec, order, degree, classes)


@pytest.mark.parametrize("spec", ["M11", "PSL(3,4)"])
def test_the_natural_actions_are_doubly_transitive(spec):
    # permutation character = 1 + an irreducible of degree n - 1 (2-transitive)
    G = sp.group(spec)
    multiplicities = sp.decompose(sp.natural_action(G).character())
    T = sp.character_table(G)
    assert sorted(T.degrees[i] for i, m in enumerate(multiplicities) for _ in range(m)) == [1, G.degree - 1]


def test_psl32_is_psl27():
    G, H = sp.group("PSL(3,2)"), sp.group("PSL(2,7)")
    key = lambda X: sorted((c.element_order, c.size) for c in X.conjugacy_classes())  # noqa: E731
    assert key(G) == key(H) and G.order == 168


def test_spec_grammar_reads_the_new_names():
    assert sp.group("m 11").order == 7920
    assert sp.group("PSL( 3 , 4 )").name == "PSL(3,4)"
    assert sp.group("M11 x C2").order == 15840


@pytest.mark.parametrize("spec, error, words", [
    ("M13", sp.GroupSpecError, "M11 and M12"),
    ("PSL(3,6)", sp.GroupSpecError, "prime power"),
    ("PSL(1,4)", sp.GroupSpecError, ">= 2"),
    ("GL(6,9)", sp.GroupTooLargeError, "max_orbit"),
])
def test_bad_specs_say_why(spec, error, words):
    with pytest.raises(error, match=words):
        sp.group(spec)


def test_spec_errors_are_short_plain_text():
    with pytest.raises(sp.GroupSpecError) as info:
        sp.group("Foo(3)")
    message = str(info.value)
    assert "::" not in message and "\n" not in message and len(message) < 400
    assert "'Foo(3)'" in message and "PSL(n,q)" in message


def test_census_lists_each_higher_linear_group_once():
    assert list(_higher_linear_specs(20160)) == ["PSL(3,2)", "PSL(3,3)", "GL(3,3)", "PSL(3,4)", "PSL(4,2)"]
