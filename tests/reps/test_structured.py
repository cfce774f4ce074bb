"""Character tables from structure (S_n, A_n, direct products) against the generic class-matrix
path on the enumerated group, the hook length formula, partition counts and an independent
Murnaghan–Nakayama."""

import math

import numpy as np
import pytest

import symproof as sp
from symproof.exact import cyclotomic as cyc
from symproof.reps.dixon import class_matrix_characters
from symproof.reps.structured import structured_characters
from symproof.reps.young import murnaghan_nakayama, murnaghan_nakayama_table
from tests.reps import oracles


def enumerated(G):
    """The same group, enumerated and without recorded structure (the generic path's input)."""
    with sp.limits(max_structured_degree=2):
        E = sp.FiniteGroup.from_permutations(G.generators.tolist(), degree=G.degree)
    assert E.natural_structure() is None and E.direct_factors is None
    return E


def rows(f, values):
    """The table as a sorted list of rows of power-basis coordinates (row order does not matter)."""
    return sorted(tuple(tuple(cyc.coordinates(v, f)) for v in row) for row in values)


@pytest.mark.parametrize("spec", [*(f"S{n}" for n in range(3, 8)), *(f"A{n}" for n in range(3, 8)),
                                  "S3 x C4", "A4 x S3", "C2^2 x S4", "A5 x C2", "S4 x A4"])
def test_structured_table_is_the_generic_table(spec):
    G = sp.group(spec)
    E = enumerated(G)
    assert [(c.representative, c.size) for c in G.conjugacy_classes()] == [
        (c.representative, c.size) for c in E.conjugacy_classes()]  # the same columns
    f, values, degrees = structured_characters(G)
    g, generic, generic_degrees = class_matrix_characters(E)
    assert f == g
    assert rows(f, values) == rows(g, generic)
    assert sorted(degrees) == sorted(generic_degrees) == sorted(int(cyc.coordinates(r[0], f)[0]) for r in values)


@pytest.mark.parametrize("n", range(2, 13))
def test_symmetric_degrees_are_hook_lengths(n):
    G = sp.group(f"S{n}")
    f, values, degrees = structured_characters(G) or (None, None, None)
    if n < 3:  # S2 is not a natural group for the structured path (it is enumerated)
        assert f is None
        return
    shapes = oracles.partitions(n)
    assert f == 1 and len(values) == len(G.conjugacy_classes()) == len(shapes)
    assert sorted(degrees) == sorted(oracles.hook_length_dimension(s) for s in shapes)


@pytest.mark.parametrize("n", range(3, 12))
def test_alternating_degrees_from_hook_lengths(n):
    G = sp.group(f"A{n}")
    _, values, degrees = structured_characters(G)
    expected = []
    for shape in oracles.partitions(n):
        d, conj = oracles.hook_length_dimension(shape), oracles.conjugate(shape)
        if shape == conj:
            expected += [d // 2, d // 2]
        elif shape > conj:
            expected.append(d)
    assert sorted(degrees) == sorted(expected)
    assert len(values) == len(G.conjugacy_classes())
    assert sum(d * d for d in degrees) == math.factorial(n) // 2


@pytest.mark.parametrize("spec", ["S10", "A9", "A10", "A5 x PSL(2,7)", "C2^4 x S4"])
def test_structured_tables_pass_the_exact_orthogonality_check(spec):
    G = sp.group(spec)
    T = sp.character_table(G)  # verifies the row orthogonality relations exactly
    assert len(T) == len(G.conjugacy_classes()) and T.degrees[0] == 1
    assert sum(d * d for d in T.degrees) == G.order


def test_symmetric_table_is_an_independent_murnaghan_nakayama():
    for n in range(1, 9):
        shapes, types, table = murnaghan_nakayama_table(n)
        assert list(shapes) == oracles.partitions(n) == list(types)
        expected = [[oracles.murnaghan_nakayama(s, mu) for mu in types] for s in shapes]
        assert [list(row) for row in table] == expected
    assert murnaghan_nakayama((4, 2, 1), (3, 2, 1, 1)) == oracles.murnaghan_nakayama((4, 2, 1), (3, 2, 1, 1))
    with pytest.raises(sp.InvalidArgumentError):
        murnaghan_nakayama((2, 2), (2, 1))


def test_alternating_values_on_split_classes():
    """A5: the split classes of 5-cycles carry (1 +- sqrt 5)/2; A4: the 3-cycles carry cube roots of unity."""
    T = sp.character_table(sp.group("A5"))
    five = [c.position for c in T.group.conjugacy_classes() if c.element_order == 5]
    values = sorted({round(complex(v).real, 9) for row in T.numeric() for v in row[five]})
    assert np.allclose(values, sorted([-1, 0, 1, (1 - 5 ** 0.5) / 2, (1 + 5 ** 0.5) / 2]))
    assert T.conductor == 5
    A4 = sp.character_table(sp.group("A4"))
    assert A4.conductor == 3 and sorted(A4.degrees) == [1, 1, 1, 3]


def test_unstructured_groups_fall_through():
    for spec in ("D4", "PSL(2,7)", "S2", "C5"):
        assert structured_characters(sp.group(spec)) is None
