"""Subgroups, cosets, centre, derived subgroup and minimum generating sets."""

import itertools
from math import gcd

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import symproof as sp
from symproof.groups.generation import abelianisation_rank
from symproof.groups.subgroups import generated_indices
from symproof.testing import catalog_groups, elements, subsets


@pytest.mark.parametrize("n", range(3, 12))
def test_centre_and_derived_subgroup_of_dihedral_groups(n):
    G = sp.group(f"D{n}")
    assert G.centre().order == (1 if n % 2 else 2)
    assert G.derived_subgroup().order == n // gcd(n, 2)


@pytest.mark.parametrize("n", range(2, 8))
def test_derived_subgroup_of_symmetric_group_is_alternating(n):
    S = sp.group(f"S{n}")
    assert S.derived_subgroup() == sp.group(f"A{n}")


@pytest.mark.parametrize("spec, centre, derived", [("Q8", 2, 2), ("SL(2,3)", 2, 8), ("GL(2,3)", 2, 24),
                                                   ("A5", 1, 60), ("C3 x C4", 12, 1), ("B3", 2, 12)])
def test_textbook_centres_and_derived_subgroups(spec, centre, derived):
    G = sp.group(spec)
    assert G.centre().order == centre
    assert G.derived_subgroup().order == derived


def test_subgroup_from_image_lists_and_cosets():
    G = sp.group("S4")
    H = G.subgroup([[1, 0, 2, 3], [0, 2, 1, 3]])  # S3 fixing point 3
    assert H.order == 6
    left, right = sp.left_cosets(G, H), sp.right_cosets(G, H)
    assert len(left) == len(right) == 4
    for cosets in (left, right):
        assert sorted(np.concatenate(cosets).tolist()) == list(range(24))
    # gH is the set of permutations sending point 3 to g(3)
    for coset in left:
        assert len({G.element(int(x))[3] for x in coset}) == 1


@given(catalog_groups(max_order=48), st.data())
def test_lagrange_and_closure(G, data):
    gens = data.draw(subsets(G, max_size=3))
    H = G.subgroup(gens)
    assert G.order % H.order == 0
    idx = G.index(H.elements)
    assert set(idx.tolist()) == set(generated_indices(G, np.array(gens, dtype=np.int64)).tolist())
    prod = G.mul(idx[:, None], idx[None, :])
    assert set(np.unique(prod).tolist()) == set(idx.tolist())


@given(catalog_groups(max_order=48), st.data())
def test_centre_commutes_with_everything(G, data):
    g = data.draw(elements(G))
    for z in G.index(G.centre().elements):
        assert G.mul(int(z), g) == G.mul(g, int(z))


def _brute_force_d(G):
    """Least k such that some k elements generate G (all k-subsets, itertools)."""
    if G.order == 1:
        return 0
    for k in itertools.count(1):
        for combo in itertools.combinations(range(1, G.order), k):
            if generated_indices(G, np.array(combo)).size == G.order:
                return k


@pytest.mark.parametrize("spec", ["C1", "C6", "V4", "C2^3", "S3", "D4", "Q8", "A4", "C2 x C4", "C2^2 x C3", "B3",
                                  "D4 x C2", "Dic3", "C3^2", "C2^4"])
def test_minimum_generating_set_against_exhaustive_search(spec):
    G = sp.group(spec)
    found = sp.minimum_generating_set(G)
    assert generated_indices(G, np.array(found, dtype=np.int64)).size == G.order
    assert len(found) == _brute_force_d(G)


@pytest.mark.parametrize("spec, d", [("C2^5", 5), ("S6", 2), ("PSL(2,7)", 2), ("C3 x C6 x C6", 3), ("B3", 2)])
def test_known_generator_numbers(spec, d):
    assert len(sp.group(spec).minimum_generating_set()) == d


def test_abelianisation_rank_is_a_lower_bound():
    assert abelianisation_rank(sp.group("C2^3 x S3")) == 4
    assert abelianisation_rank(sp.group("A5")) == 0


def test_generation_search_budget_is_explicit():
    with pytest.raises(sp.SearchTooLargeError, match="max_search"):
        sp.minimum_generating_set(sp.group("C2^3"), max_search=2)  # no pair generates: every draw counts
