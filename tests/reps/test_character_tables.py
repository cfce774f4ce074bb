"""Character tables against textbook tables, Murnaghan–Nakayama and closed identities."""

import collections

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import symproof as sp
from symproof.testing import catalog_groups, subsets
from tests.reps import oracles


def _labels(G):
    classes = G.conjugacy_classes()
    return [c.size for c in classes], [c.element_order for c in classes], G.power_map(2).tolist()


@pytest.mark.parametrize("spec", sorted(oracles.TEXTBOOK))
def test_textbook_tables(spec):
    G = sp.group(spec)
    sizes, orders, squares = _labels(G)
    T = sp.character_table(G)
    assert oracles.tables_match(T.numeric(), sizes, orders, oracles.TEXTBOOK[spec], square_classes=squares)


def test_a_wrong_table_does_not_match():
    G = sp.group("A5")
    sizes, orders, squares = _labels(G)
    wrong = sp.character_table(G).numeric().copy()
    wrong[3, 3] = 0
    assert not oracles.tables_match(wrong, sizes, orders, oracles.A5, square_classes=squares)


@pytest.mark.parametrize("n", range(2, 8))
def test_symmetric_group_tables_are_murnaghan_nakayama(n):
    G = sp.group(f"S{n}")
    T = sp.character_table(G)
    shapes, _types, mn = oracles.symmetric_group_table(n)
    types = [oracles.cycle_type(G.element(c.representative)) for c in G.conjugacy_classes()]
    column = {t: j for j, t in enumerate(_types)}
    expected = sorted(tuple(int(mn[i, column[t]]) for t in types) for i in range(len(shapes)))
    ours = [tuple(int(round(v.real)) for v in row) for row in T.numeric()]
    assert sorted(ours) == expected
    assert all(chi.to_sympy()[0].is_Integer for chi in T.rows())  # exact integers, not rounded floats
    assert sorted(T.degrees) == sorted(oracles.hook_length_dimension(s) for s in shapes)


@pytest.mark.parametrize("spec", ["PSL(2,7)", "PSL(2,8)", "PSL(2,11)", "SL(2,3)", "GL(2,3)", "C7 x| C3", "Dic3",
                                  "B3", "C12", "D4 x C3"])
def test_exact_orthogonality_relations(spec):
    G = sp.group(spec)
    T = sp.character_table(G)
    rows = T.rows()
    for i, a in enumerate(rows):
        for j, b in enumerate(rows):
            assert a.inner_rational(b) == (1 if i == j else 0)
    # column orthogonality, numerically: sum_chi chi(g) conj chi(h) = |C_G(g)| delta
    X = T.numeric()
    sizes = np.array([c.size for c in G.conjugacy_classes()])
    assert np.allclose(X.conj().T @ X, np.diag(G.order / sizes))


@given(catalog_groups(max_order=60))
def test_degrees_and_class_counts(G):
    T = sp.character_table(G)
    assert len(T) == len(G.conjugacy_classes())
    assert sum(d * d for d in T.degrees) == G.order
    assert all(G.order % d == 0 for d in T.degrees)
    assert T.degrees[0] == 1 and all(v == 1 for v in T[0].to_sympy())


@given(catalog_groups(max_order=60))
def test_frobenius_schur_count_of_square_roots_of_identity(G):
    T = sp.character_table(G)
    involutions_and_identity = int(np.sum(G.element_orders <= 2))
    assert sum(i * d for i, d in zip(T.frobenius_schur_indicators(), T.degrees)) == involutions_and_identity


@given(catalog_groups(max_order=48), st.data())
def test_frobenius_reciprocity(G, data):
    H = G.subgroup(data.draw(subsets(G, max_size=2)))
    TG, TH = sp.character_table(G), sp.character_table(H)
    i, j = data.draw(st.integers(0, len(TG) - 1)), data.draw(st.integers(0, len(TH) - 1))
    assert TH[j].induce(G).inner_rational(TG[i]) == TH[j].inner_rational(TG[i].restrict(H))


@given(catalog_groups(max_order=48), st.data())
def test_tensor_symmetric_exterior_squares(G, data):
    T = sp.character_table(G)
    chi = T[data.draw(st.integers(0, len(T) - 1))]
    sym, ext = chi.symmetric_power(2), chi.exterior_power(2)
    assert sym + ext == chi * chi
    d = T.degrees[T.rows().index(chi)]
    assert sym.to_sympy()[0] == d * (d + 1) // 2 and ext.to_sympy()[0] == d * (d - 1) // 2
    assert sp.is_character(sym) and sp.is_character(ext)
    # the trivial character occurs in Sym^2 chi iff chi is real (indicator 1), in Lambda^2 iff quaternionic
    ind = chi.frobenius_schur_indicator()
    assert (sp.decompose(sym)[0], sp.decompose(ext)[0]) == ({1: (1, 0), 0: (0, 0), -1: (0, 1)}[ind])


def test_rows_are_in_documented_order():
    T = sp.character_table(sp.group("S4"))
    assert T.degrees == (1, 1, 2, 3, 3)
    assert [int(v) for v in T[1].to_sympy()] == [1, 1, -1, 1, -1]


def test_symmetric_power_by_brute_force_on_the_natural_action():
    # Sym^3 of the permutation character of S4: count monomials of degree 3 fixed by g
    import itertools

    G = sp.group("S4")
    perm_char = sp.ClassFunction.from_integers(G, [sum(1 for i in range(4) if G.element(c.representative)[i] == i)
                                                   for c in G.conjugacy_classes()])
    expected = []
    for c in G.conjugacy_classes():
        g = G.element(c.representative)
        monomials = list(itertools.combinations_with_replacement(range(4), 3))
        expected.append(sum(1 for m in monomials if tuple(sorted(g[i] for i in m)) == m))
    assert [int(v) for v in perm_char.symmetric_power(3).to_sympy()] == expected


@pytest.mark.parametrize("spec", ["C12", "C2 x C6", "C2^4", "C3 x C3", "C4 x C4", "C2 x C4 x C4", "C30"])
def test_abelian_construction_agrees_with_class_matrices(spec):
    from symproof.reps.dixon import abelian_characters, class_matrix_characters

    G = sp.group(spec)
    f1, rows1, _ = abelian_characters(G)
    f2, rows2, _ = class_matrix_characters(G)
    assert f1 == f2
    key = lambda row: tuple(tuple(str(x) for x in row))  # exact field elements, compared by representation
    assert sorted(map(key, rows1)) == sorted(map(key, rows2))
