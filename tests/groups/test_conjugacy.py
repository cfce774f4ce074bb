"""Conjugacy classes and power maps against closed formulas and SymPy's own algorithm."""

import pytest
import sympy
from sympy.functions.combinatorial.numbers import partition
from hypothesis import given
from sympy.combinatorics import Permutation

import symproof as sp
from symproof.testing import catalog_groups


@pytest.mark.parametrize("n", range(1, 10))
def test_classes_of_symmetric_groups_are_partitions(n):
    G = sp.group(f"S{n}")
    assert len(G.conjugacy_classes()) == partition(n)


@pytest.mark.parametrize("n", range(3, 16))
def test_dihedral_class_counts(n):
    expected = (n + 3) // 2 if n % 2 else (n + 6) // 2
    assert len(sp.group(f"D{n}").conjugacy_classes()) == expected


@pytest.mark.parametrize("spec, count", [("Q8", 5), ("A4", 4), ("A5", 5), ("SL(2,3)", 7), ("GL(2,3)", 8),
                                         ("Dic3", 6), ("B3", 10), ("C7 x| C3", 5)])
def test_textbook_class_counts(spec, count):
    assert len(sp.group(spec).conjugacy_classes()) == count


@pytest.mark.parametrize("q", [4, 5, 7, 8, 9, 11, 13, 16])
def test_psl2_class_counts(q):
    expected = q + 1 if q % 2 == 0 else (q + 5) // 2
    assert len(sp.group(f"PSL(2,{q})").conjugacy_classes()) == expected


@pytest.mark.parametrize("spec", ["S4", "D6", "Q8", "A5", "SL(2,3)", "C7 x| C3", "B3", "Dic3 x C2"])
def test_classes_agree_with_sympy(spec):
    G = sp.group(spec)
    theirs = sorted(sorted(tuple(p.array_form) for p in cls) for cls in G.to_sympy().conjugacy_classes())
    ours = sorted(sorted(G.element(int(x)) for x in c.elements) for c in G.conjugacy_classes())
    assert ours == theirs


def test_class_order_is_stable_and_documented():
    classes = sp.group("S4").conjugacy_classes()
    assert [(c.element_order, c.size) for c in classes] == [(1, 1), (2, 3), (2, 6), (3, 8), (4, 6)]
    assert [c.position for c in classes] == list(range(5))
    assert all(c.representative == min(c.elements) for c in classes)


def test_class_index_of_an_image_list():
    G = sp.group("S4")
    assert G.class_index([1, 0, 3, 2]) == 1
    assert G.class_index([1, 2, 3, 0]) == 4


@given(catalog_groups(max_order=60))
def test_class_sizes_sum_to_order_and_divide_it(G):
    sizes = [c.size for c in G.conjugacy_classes()]
    assert sum(sizes) == G.order
    assert all(G.order % s == 0 for s in sizes)
    assert sizes[0] == 1 and G.conjugacy_classes()[0].representative == 0


@given(catalog_groups(max_order=60))
def test_classes_are_closed_under_conjugation_by_every_element(G):
    for c in G.conjugacy_classes():
        x = c.representative
        conj = {G.conjugate(x, g) for g in range(G.order)}
        assert conj == set(c.elements.tolist())


@given(catalog_groups(max_order=60))
def test_power_maps_by_brute_force(G):
    for k in (2, 3, -1):
        pm = G.power_map(k)
        for c in G.conjugacy_classes():
            for x in c.elements[:3]:
                p = Permutation(list(G.element(int(x)))) ** k
                assert G.class_index(p.array_form) == pm[c.position]
