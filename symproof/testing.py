"""Public hypothesis strategies for property tests over groups.

The front of :mod:`symproof.checking.strategies`::

    from hypothesis import given
    from symproof.testing import catalog_groups

    @given(catalog_groups(max_order=24))
    def test_class_sizes_sum_to_order(G):
        assert sum(c.size for c in G.conjugacy_classes()) == G.order
"""

from symproof.checking.strategies import catalog_groups, elements, generating_sets, multisets, subsets

__all__ = ["catalog_groups", "elements", "generating_sets", "multisets", "subsets"]
