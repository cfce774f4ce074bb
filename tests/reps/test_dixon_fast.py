"""The flint Dixon–Schneider path with per-row fields, against closed forms, textbook tables and definitions."""

from __future__ import annotations

from math import gcd

import numpy as np
import pytest
import sympy
from sympy.polys.domains import QQ

import symproof as sp
from symproof.exact import cyclotomic as cyc
from symproof.reps.character_table import _orthonormal
from symproof.reps.dixon import class_matrix_characters, row_conductor


def plain(spec: str) -> sp.FiniteGroup:
    """The catalog group's generators as a bare permutation group (no structured path applies)."""
    return sp.FiniteGroup.from_permutations(sp.group(spec).generators.tolist())


def psl2_degrees(q: int) -> list[int]:
    """The closed form: 1, q, (q+1) x a, (q-1) x b, and two of degree (q +- 1)/2 for odd q."""
    if q % 2 == 0:
        return sorted([1, q] + [q + 1] * ((q - 2) // 2) + [q - 1] * (q // 2))
    if q % 4 == 1:
        return sorted([1, q] + [q + 1] * ((q - 5) // 4) + [q - 1] * ((q - 1) // 4) + [(q + 1) // 2] * 2)
    return sorted([1, q] + [q + 1] * ((q - 3) // 4) + [q - 1] * ((q - 3) // 4) + [(q - 1) // 2] * 2)


@pytest.mark.parametrize("q", [5, 7, 8, 9, 11, 13, 16, 19])
def test_psl2_degrees_follow_the_closed_form(q):
    G = plain(f"PSL(2,{q})")
    T = sp.character_table(G)
    assert sorted(T.degrees) == psl2_degrees(q)
    assert sum(d * d for d in T.degrees) == G.order


def test_m11_and_m12_degrees_are_the_atlas_ones():
    assert sorted(sp.character_table(plain("M11")).degrees) == [1, 10, 10, 10, 11, 16, 16, 44, 45, 55]
    assert sorted(sp.character_table(plain("M12")).degrees) == [1, 11, 11, 16, 16, 45, 54, 55, 55, 55, 66, 99,
                                                                120, 144, 176]


def _by_class(G: sp.FiniteGroup, T: sp.CharacterTable) -> list[list]:
    """Rows as lists of SymPy values with the columns keyed by (element order, class size)."""
    keys = [(c.element_order, c.size) for c in G.conjugacy_classes()]
    return [sorted(zip(keys, chi.to_sympy()), key=lambda kv: (kv[0], sympy.re(kv[1]).evalf(30), sympy.im(kv[1]).evalf(30)))
            for chi in T.rows()]


def _same_rows(got: list[list], expected: list[list]) -> bool:
    remaining = list(expected)
    for row in got:
        match = next((e for e in remaining if [k for k, _ in e] == [k for k, _ in row]
                      and all(sympy.simplify(a - b) == 0 for (_, a), (_, b) in zip(row, e))), None)
        if match is None:
            return False
        remaining.remove(match)
    return not remaining


def test_a5_is_the_textbook_table():
    # A5 = PSL(2,5) on the 6 points of the projective line (not the natural A5: the generic path)
    G = plain("PSL(2,5)")
    T = sp.character_table(G)
    s5 = sympy.sqrt(5)
    phi, psi = (1 + s5) / 2, (1 - s5) / 2
    table = {(1, 1): [1, 3, 3, 4, 5], (2, 15): [1, -1, -1, 0, 1], (3, 20): [1, 0, 0, 1, -1]}
    fives = [[1, phi, psi, -1, 0], [1, psi, phi, -1, 0]]  # the two classes of 5-cycles, 12 elements each
    expected = []
    for i in range(5):
        row = [(k, sympy.Integer(v[i])) for k, v in table.items()] + [((5, 12), fives[0][i]), ((5, 12), fives[1][i])]
        expected.append(sorted(row, key=lambda kv: (kv[0], sympy.re(kv[1]).evalf(30))))
    assert _same_rows(_by_class(G, T), expected)
    assert [chi.conductor for chi in T.rows()] == [1, 5, 5, 1, 1]


def test_psl27_has_the_values_of_the_textbook_table_and_conductors_7_or_1():
    G = plain("PSL(2,7)")
    T = sp.character_table(G)
    b = (-1 + sympy.sqrt(7) * sympy.I) / 2
    threes = [chi for chi in T.rows() if chi.degree() == 3]
    values = {sympy.nsimplify(sympy.expand(v)) for chi in threes for v in chi.to_sympy()}
    assert {sympy.expand(b), sympy.expand(sympy.conjugate(b))} <= {sympy.expand(v) for v in values}
    assert [(chi.degree(), chi.conductor) for chi in T.rows()] == [(1, 1), (3, 7), (3, 7), (6, 1), (7, 1), (8, 1)]
    assert T.conductor == 7


def _definition_conductor(G: sp.FiniteGroup, chi) -> int:
    """Least f | exp G with chi(g^a) = chi(g) for every unit a = 1 (mod f): the field the values generate."""
    e = G.exponent
    units = [a for a in range(1, e + 1) if gcd(a, e) == 1]
    fixed = {a for a in units if [chi.values[int(k)] for k in G.power_map(a)] == list(chi.values)}
    return next(f for f in sympy.divisors(e) if all(a in fixed for a in units if (a - 1) % f == 0))


@pytest.mark.parametrize("spec", ["C12", "C3 x Q8", "PSL(2,7)", "M11", "PSL(2,11)", "C7 x| C3"])
def test_row_conductors_are_the_fields_of_the_values(spec):
    G = plain(spec)
    T = sp.character_table(G)
    assert [chi.conductor for chi in T.rows()] == [_definition_conductor(G, chi) for chi in T.rows()]
    assert T.conductor == np.lcm.reduce([chi.conductor for chi in T.rows()])


def test_rows_are_sorted_as_their_complex_values():
    # the global-field order, recomputed numerically (no ties closer than 1e-9 on this group)
    T = sp.character_table(plain("PSL(2,13)"))
    keys = [(round(row[0].real), *[x for v in row[1:] for x in (-round(v.real, 9), -round(v.imag, 9))])
            for row in T.numeric()]
    assert keys == sorted(keys)


def test_the_table_field_is_built_only_on_request():
    T = sp.character_table(plain("PSL(2,13)"))
    assert "field" not in T.__dict__ and "_values" not in T.__dict__
    V = T.values
    assert V.domain == cyc.cyclotomic_field(91) == T.field
    numeric = np.array([[cyc.to_complex(x, 91) for x in row] for row in V.to_list()])
    assert np.allclose(numeric, T.numeric())


def test_orthonormality_check_across_fields_catches_errors():
    G = plain("PSL(2,7)")
    f, values, _ = class_matrix_characters(G)
    assert sorted(row_conductor(row) for row in values) == [1, 1, 1, 1, 7, 7]
    sizes = [c.size for c in G.conjugacy_classes()]
    assert _orthonormal(values, f, sizes, G.order)
    seven = next(i for i, row in enumerate(values) if row_conductor(row) == 7)
    one = next(i for i, row in enumerate(values) if row_conductor(row) == 1 and row[0] != 1)
    for i in (seven, one):
        wrong = [list(row) for row in values]
        wrong[i][-1] = wrong[i][-1] + 1
        assert not _orthonormal(wrong, f, sizes, G.order)
    assert not _orthonormal([[v * QQ(1, 2) for v in row] for row in values], f, sizes, G.order)


def test_subfield_elements_are_read_in_their_own_field():
    K3, K12 = cyc.cyclotomic_field(3), cyc.cyclotomic_field(12)
    w = K3.new([1, 0])                                    # zeta_3 = zeta_12^4
    assert cyc.coordinates(w, 12) == cyc.coordinates(K12.new([1, 0]) ** 4, 12)
    assert cyc.conjugate(w, 12) == w ** 2                 # computed in Q(zeta_3)
    assert cyc.restrict(cyc.embed(w, 3, 12), 12, 3) == w
    assert cyc.least_conductor([K12.one, cyc.embed(w, 3, 12)], 12) == (3, [K3.one, w])
    z6 = cyc.cyclotomic_field(6).new([1, 0])              # Q(zeta_6) = Q(zeta_3): zeta_6 = -zeta_3^2
    assert cyc.embed(z6, 6, 3) == -(w ** 2)
