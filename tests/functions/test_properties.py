"""Laws of function classes over random catalog groups: Reynolds operator, isotypic parts, faithfulness."""

from math import comb

import numpy as np
import sympy
from hypothesis import given
from hypothesis import strategies as st
from sympy.polys.matrices import DomainMatrix

import symproof as sp
from symproof.testing import catalog_groups, subsets


@st.composite
def small_function_classes(draw):
    """A polynomial class of dimension <= 40 or functions on cosets, for a catalog group of order <= 12."""
    G = draw(catalog_groups(max_order=12))
    if draw(st.booleans()):
        d = sp.natural_action(G).dimension
        k = draw(st.integers(0, 3).filter(lambda k: comb(d + k, k) <= 40))
        return draw(st.sampled_from([sp.polynomials(G, max_degree=k), sp.homogeneous_polynomials(G, degree=k)]))
    return sp.coset_functions(G, G.subgroup(draw(subsets(G, max_size=1))))


def _same(A, B):
    return A.to_sparse() == B.to_sparse()


@given(small_function_classes())
def test_reynolds_operator_is_an_idempotent_commuting_with_the_action(F):
    P = F.reynolds_operator()
    assert _same(P * P, P)
    for s in F.group.generator_indices:
        L = F.matrix(int(s)).convert_to(P.domain)
        assert _same(P * L, L * P) and _same(P * L, P)
    assert P.rank() == F.invariant_dimension() == F.invariant_subspace().cols


@given(small_function_classes())
def test_isotypic_projections_decompose_the_class(F):
    parts = F.isotypic_components()
    T = sp.character_table(F.group)
    assert sum(c.dimension for c in parts) == F.dimension
    for c in parts:
        assert _same(c.projection * c.projection, c.projection)
        assert c.dimension == c.multiplicity * sum(T.degrees[i] for i in c.rows)
    total = parts[0].projection
    for c in parts[1:]:
        total = total + c.projection  # DomainMatrix addition unifies the rows' fields
    assert _same(total, DomainMatrix.eye(F.dimension, total.domain))
    assert {i for c in parts for i in c.rows} - {0} == set(F.irreducibles())


@given(small_function_classes())
def test_kernel_is_where_the_matrices_are_the_identity(F):
    eye = sympy.eye(F.dimension)
    kernel = [g for g in range(F.group.order) if F.matrix(g).to_Matrix() == eye]
    assert F.kernel().tolist() == kernel
    assert F.is_faithful() == (kernel == [0])


@given(catalog_groups(max_order=12), st.integers(0, 3))
def test_character_formula_is_the_trace(G, k):
    F = sp.homogeneous_polynomials(G, degree=k)
    if F.dimension > 20:
        return
    traces = np.array([complex(sympy.N(F.representation().trace(c.representative), 30))
                       for c in G.conjugacy_classes()])
    assert np.allclose(F.character().numeric(), traces, atol=1e-9)
