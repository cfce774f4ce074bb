"""The public hypothesis strategies: what they draw, and validation of their arguments."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import symproof as sp
import symproof.testing as spt
from symproof.groups.subgroups import generated_indices


def test_public_names_are_exactly_the_strategies():
    assert sorted(spt.__all__) == sorted(["catalog_groups", "elements", "subsets", "multisets", "generating_sets"])


@given(spt.catalog_groups(min_order=6, max_order=20))
def test_catalog_groups_respect_bounds(G):
    assert 6 <= G.order <= 20


@given(spt.catalog_groups(max_order=30), st.data())
def test_generating_sets_generate(G, data):
    S = data.draw(spt.generating_sets(G))
    assert generated_indices(G, np.array(S, dtype=np.int64)).size == G.order


@given(spt.catalog_groups(max_order=30), st.data())
def test_subsets_are_distinct_and_multisets_may_repeat(G, data):
    S = data.draw(spt.subsets(G, min_size=1, max_size=4))
    assert len(set(S)) == len(S) and 1 <= len(S) <= 4 and S == sorted(S)
    M = data.draw(spt.multisets(G, max_size=5))
    assert all(0 <= x < G.order for x in M) and len(M) <= 5


G4 = sp.group("C4")


@pytest.mark.parametrize("factory, kwargs, error", [
    (spt.catalog_groups, {"max_order": 0}, sp.InvalidValueError),
    (spt.catalog_groups, {"min_order": 5, "max_order": 4}, sp.InvalidValueError),
    (spt.catalog_groups, {"max_order": 2.5}, sp.InvalidArgumentError),
    (spt.subsets, {"G": G4, "min_size": 3, "max_size": 2}, sp.InvalidValueError),
    (spt.subsets, {"G": G4, "min_size": 5}, sp.InvalidValueError),
    (spt.multisets, {"G": G4, "min_size": -1}, sp.InvalidValueError),
    (spt.elements, {"G": "C4"}, sp.InvalidArgumentError),
    (spt.generating_sets, {"G": G4, "max_extra": -1}, sp.InvalidValueError),
])
def test_invalid_arguments(factory, kwargs, error):
    G = kwargs.pop("G", None)
    with pytest.raises(error):
        factory(G, **kwargs) if G is not None else factory(**kwargs)


def test_strategy_and_listing_refuse_max_order_zero_alike():
    with pytest.raises(sp.InvalidValueError) as strategy:
        spt.catalog_groups(max_order=0)
    with pytest.raises(sp.InvalidValueError) as listing:
        sp.catalog(0)
    assert type(strategy.value) is type(listing.value)
    assert isinstance(strategy.value, ValueError)
