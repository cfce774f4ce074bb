"""Functions on G-sets: L^2(G), cosets G/H, and a given permutation action."""

import pytest
import sympy
from hypothesis import given
from hypothesis import strategies as st

import symproof as sp
from symproof.testing import catalog_groups, subsets


@given(catalog_groups(max_order=24))
def test_regular_functions_contain_each_irreducible_by_its_degree(G):
    F = sp.regular_functions(G)
    assert F.multiplicities() == list(sp.character_table(G).degrees)
    assert F.irreducibles() == tuple(range(1, len(sp.character_table(G))))
    assert F.is_faithful()


@pytest.mark.parametrize("spec", ["S3", "C4", "Q8"])
def test_regular_character_formula_matches_the_built_representation(spec):
    F = sp.regular_functions(sp.group(spec))
    R = F.representation()
    assert R.dimension == F.dimension and F.character() == R.character()
    x, g = 1, 2  # lambda(g) delta_x = delta_{g x}
    assert F.matrix(g).to_Matrix()[:, x].T.tolist()[0].index(1) == F.group.mul(g, x)


@given(catalog_groups(max_order=24), st.data())
def test_coset_functions_are_induced_from_the_trivial_character(G, data):
    H = G.subgroup(data.draw(subsets(G, max_size=2)))
    F = sp.coset_functions(G, H)
    assert F.dimension == G.order // H.order
    assert F.character() == F.representation().character()  # formula vs fixed points of the built table
    # Frobenius reciprocity: <Ind 1, chi> = <1, Res chi>
    trivial_H = sp.character_table(H)[0]
    assert F.multiplicities() == [chi.restrict(H).inner_rational(trivial_H) for chi in sp.character_table(G).rows()]


def test_kernel_of_functions_on_cosets_of_a_normal_subgroup():
    G = sp.group("S3")
    A3 = G.derived_subgroup()
    F = sp.coset_functions(G, A3)
    assert not F.is_faithful()
    assert F.kernel().tolist() == sorted(G.index(A3.elements).tolist())


def test_products_of_functions_on_three_points_never_reach_the_sign():
    # MATH.md section 4: S_3 on three points is faithful, F is closed under products, the sign never occurs
    G = sp.group("S3")
    F = sp.gset_functions(G, G.elements)
    assert F.is_faithful()
    for k in range(1, 5):
        assert sp.symmetric_products(F, k).irreducibles() == (2,)
    constants = sp.symmetric_products(F, 0)
    assert constants.dimension == 1 and constants.multiplicities() == [1, 0, 0]


def test_given_action_is_validated():
    G = sp.group("S3")
    with pytest.raises(sp.NotAHomomorphismError):
        sp.gset_functions(G, [[0, 1, 2]] * 3 + [[1, 0, 2]] * 3)
    with pytest.raises(sp.InvalidArgumentError, match="one image list per element"):
        sp.gset_functions(G, G.elements[:3])
    with pytest.raises(sp.NotInGroupError):
        sp.coset_functions(sp.group("C4"), sp.group("S4").subgroup([[1, 0, 2, 3]]))


def test_reynolds_operator_on_cosets_averages_over_orbits():
    G = sp.group("D4")
    H = G.subgroup([int(G.generator_indices[1])])
    P = sp.coset_functions(G, H).reynolds_operator().to_Matrix()
    n = G.order // H.order
    assert P == sympy.ones(n, n) / n  # D4 is transitive on its cosets
