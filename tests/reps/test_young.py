"""Young's orthogonal and seminormal forms: Coxeter relations, orthogonality, dimensions,
homomorphism, fast sums, characters and the diagonal change of basis."""

import itertools
import math
from functools import reduce

import numpy as np
import pytest
import sympy

import symproof as sp
from symproof.reps.young import (
    adjacent_transposition_matrices,
    adjacent_word,
    axial_distances,
    partitions,
    seminormal_to_orthogonal,
    standard_tableaux,
    young_character,
    young_matrix,
    young_sum,
)

FORMS = ["orthogonal", "seminormal"]
SMALL_SHAPES = [shape for n in range(1, 6) for shape in partitions(n)]


# ---------------------------------------------------------------------------------------
# Independent helpers
# ---------------------------------------------------------------------------------------


def compose(g, h):
    """``g*h`` applies ``h`` first."""
    return [g[x] for x in h]


def transposition(n, i):
    p = list(range(n))
    p[i], p[i + 1] = p[i + 1], p[i]
    return p


def inversions(p):
    return sum(p[a] > p[b] for a in range(len(p)) for b in range(a + 1, len(p)))


def hook_length_dimension(shape):
    """``n! / prod(hook lengths)``."""
    conjugate = [sum(1 for part in shape if part > col) for col in range(shape[0])] if shape else []
    hooks = [(shape[r] - c - 1) + (conjugate[c] - r - 1) + 1 for r in range(len(shape)) for c in range(shape[r])]
    return math.factorial(sum(shape)) // math.prod(hooks)


def cycle_type(p):
    seen, lengths = set(), []
    for start in range(len(p)):
        length, x = 0, start
        while x not in seen:
            seen.add(x)
            x, length = p[x], length + 1
        if length:
            lengths.append(length)
    return tuple(sorted(lengths, reverse=True))


def is_identity(A):
    return (A - sympy.eye(A.rows)).expand().is_zero_matrix


def is_equal(A, B):
    return (A - B).expand().is_zero_matrix


def random_perms(rng, n, m):
    return np.array([rng.permutation(n) for _ in range(m)])


# ---------------------------------------------------------------------------------------
# Partitions, tableaux, axial distances
# ---------------------------------------------------------------------------------------


def test_partitions_in_reverse_lexicographic_order():
    assert partitions(5) == [(5,), (4, 1), (3, 2), (3, 1, 1), (2, 2, 1), (2, 1, 1, 1), (1, 1, 1, 1, 1)]
    assert [len(partitions(n)) for n in range(11)] == [1, 1, 2, 3, 5, 7, 11, 15, 22, 30, 42]
    for n in range(1, 9):
        assert partitions(n) == sorted(partitions(n), reverse=True)


@pytest.mark.parametrize("n", range(1, 9))
def test_number_of_standard_tableaux_is_hook_length_formula(n):
    for shape in partitions(n):
        assert len(standard_tableaux(shape)) == hook_length_dimension(shape)
    assert sum(len(standard_tableaux(shape)) ** 2 for shape in partitions(n)) == math.factorial(n)


@pytest.mark.parametrize("shape", [(3, 2), (2, 2, 1), (4, 2, 1), (3, 3)])
def test_tableaux_are_standard_distinct_and_in_last_letter_order(shape):
    tableaux = standard_tableaux(shape)
    n = sum(shape)
    assert len(set(tableaux)) == len(tableaux)
    for T in tableaux:
        assert tuple(map(len, T)) == shape
        assert sorted(x for row in T for x in row) == list(range(n))
        assert all(list(row) == sorted(row) for row in T)
        assert all(T[r][c] < T[r + 1][c] for r in range(len(T) - 1) for c in range(len(T[r + 1])))

    def row_word(T):
        return [next(r for r, row in enumerate(T) if k in row) for k in range(n)]

    for T, U in zip(tableaux, tableaux[1:]):  # largest entry in different rows is lower in T
        k = max(k for k in range(n) if row_word(T)[k] != row_word(U)[k])
        assert row_word(T)[k] > row_word(U)[k]
    assert tableaux[0] == tuple(tuple(range(sum(shape[:r]), sum(shape[:r + 1]))) for r in range(len(shape)))


def test_axial_distances_are_content_differences():
    T = standard_tableaux((3, 2))
    assert T[0] == ((0, 1, 2), (3, 4))
    # contents of 0..4 in T[0]: 0, 1, 2, -1, 0
    assert [int(axial_distances((3, 2), i)[0]) for i in range(4)] == [1, 1, -3, 1]


# ---------------------------------------------------------------------------------------
# Coxeter relations and orthogonality
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("shape", SMALL_SHAPES, ids=str)
def test_coxeter_relations_hold_exactly(shape, form):
    s = adjacent_transposition_matrices(shape, form)
    assert len(s) == sum(shape) - 1
    for i, a in enumerate(s):
        assert is_identity(a * a)
        if i + 1 < len(s):
            assert is_identity((a * s[i + 1]) ** 3)
        for b in s[i + 2:]:
            assert is_equal(a * b, b * a)


@pytest.mark.parametrize("shape", [(6, 1), (4, 2, 1), (3, 2, 1, 1), (2, 2, 2, 1)], ids=str)
@pytest.mark.parametrize("form", FORMS)
def test_coxeter_relations_hold_numerically(shape, form):
    s = adjacent_transposition_matrices(shape, form, exact=False)
    eye = np.eye(len(s[0]))
    for i, a in enumerate(s):
        assert np.allclose(a @ a, eye)
        if i + 1 < len(s):
            assert np.allclose(np.linalg.matrix_power(a @ s[i + 1], 3), eye)
        for b in s[i + 2:]:
            assert np.allclose(a @ b, b @ a)


@pytest.mark.parametrize("shape", SMALL_SHAPES, ids=str)
def test_orthogonal_form_is_orthogonal_exactly(shape):
    for a in adjacent_transposition_matrices(shape, "orthogonal"):
        assert a == a.T and is_identity(a * a.T)
    n = sum(shape)
    for perm in itertools.islice(itertools.permutations(range(n)), 0, None, 7):
        m = young_matrix(shape, list(perm))
        assert is_identity(m * m.T)


@pytest.mark.parametrize("n", [6, 7])
def test_orthogonal_form_is_orthogonal_numerically(n):
    rng = np.random.default_rng(7)
    for shape in partitions(n):
        for perm in random_perms(rng, n, 3):
            m = young_matrix(shape, perm, exact=False)
            assert np.allclose(m @ m.T, np.eye(len(m)))


def test_seminormal_form_is_not_orthogonal():
    s1 = adjacent_transposition_matrices((2, 1), "seminormal")[1]
    assert s1 != s1.T


def test_trivial_and_sign_shapes():
    rng = np.random.default_rng(3)
    for perm in random_perms(rng, 5, 10).tolist():
        sign = (-1) ** inversions(perm)
        assert young_matrix((5,), perm) == sympy.Matrix([[1]])
        assert young_matrix((1,) * 5, perm, form="seminormal") == sympy.Matrix([[sign]])


# ---------------------------------------------------------------------------------------
# Words and the homomorphism property
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("n", [1, 2, 4, 6])
def test_adjacent_word_is_a_reduced_word(n):
    rng = np.random.default_rng(n)
    for perm in random_perms(rng, n, 20).tolist() + [list(range(n)), list(reversed(range(n)))]:
        word = adjacent_word(perm)
        assert len(word) == inversions(perm)
        assert reduce(compose, [transposition(n, i) for i in word], list(range(n))) == perm


@pytest.mark.parametrize("form", FORMS)
def test_young_matrix_is_a_homomorphism_exactly_on_S5(form):
    rng = np.random.default_rng(5)
    for shape in partitions(5):
        for _ in range(3):
            g, h = rng.permutation(5).tolist(), rng.permutation(5).tolist()
            lhs = young_matrix(shape, compose(g, h), form)
            assert is_equal(lhs, young_matrix(shape, g, form) * young_matrix(shape, h, form))


@pytest.mark.parametrize("form", FORMS)
def test_young_matrix_is_a_homomorphism_numerically_on_S6(form):
    rng = np.random.default_rng(6)
    for shape in partitions(6):
        for _ in range(5):
            g, h = rng.permutation(6), rng.permutation(6)
            lhs = young_matrix(shape, g[h], form, exact=False)
            rhs = young_matrix(shape, g, form, exact=False) @ young_matrix(shape, h, form, exact=False)
            assert np.allclose(lhs, rhs)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("shape", [(3, 1), (2, 2), (3, 2), (2, 2, 1)], ids=str)
def test_young_matrix_is_the_product_of_generators_along_the_word(shape, form):
    s = adjacent_transposition_matrices(shape, form)
    s_float = adjacent_transposition_matrices(shape, form, exact=False)
    rng = np.random.default_rng(11)
    for perm in random_perms(rng, sum(shape), 6).tolist():
        word = adjacent_word(perm)
        product = reduce(lambda a, b: a * b, [s[i] for i in word], sympy.eye(s[0].rows))
        exact = young_matrix(shape, perm, form)
        assert is_equal(exact, product)
        dense = reduce(np.matmul, [s_float[i] for i in word], np.eye(len(s_float[0])))
        assert np.allclose(young_matrix(shape, perm, form, exact=False), dense)
        assert np.allclose(np.array(exact.evalf(), dtype=float), dense)


# ---------------------------------------------------------------------------------------
# Fast sums
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("form", FORMS)
def test_young_sum_equals_naive_sum(form):
    rng = np.random.default_rng(2024)
    perms = random_perms(rng, 6, 40)
    weights = rng.normal(size=40)
    for shape in partitions(6):
        naive = sum(w * young_matrix(shape, p, form, exact=False) for p, w in zip(perms, weights))
        assert np.allclose(young_sum(shape, perms, weights, form), naive)


@pytest.mark.parametrize("shape", [(4, 2, 1), (3, 2, 1, 1)], ids=str)
def test_young_sum_equals_dense_products_of_generators(shape):
    s = adjacent_transposition_matrices(shape, exact=False)
    rng = np.random.default_rng(9)
    perms, weights = random_perms(rng, 7, 10), rng.random(10)
    dense = sum(w * reduce(np.matmul, [s[i] for i in adjacent_word(p.tolist())], np.eye(len(s[0])))
                for p, w in zip(perms, weights))
    assert np.allclose(young_sum(shape, perms, weights), dense)


def test_uniform_sum_vanishes_on_nontrivial_shapes():
    perms = np.array(list(itertools.permutations(range(4))))
    weights = np.full(len(perms), 1 / len(perms))
    for shape in partitions(4):
        total = young_sum(shape, perms, weights, "seminormal")
        assert np.allclose(total, 1.0 if shape == (4,) else 0.0)


def test_empty_sum_is_zero():
    assert young_sum((2, 1), np.zeros((0, 3), dtype=int), np.zeros(0)).tolist() == [[0.0, 0.0], [0.0, 0.0]]


# ---------------------------------------------------------------------------------------
# Characters
# ---------------------------------------------------------------------------------------

S4_CLASSES = [(1, 1, 1, 1), (2, 1, 1), (2, 2), (3, 1), (4,)]
S4_TABLE = {  # textbook character table of S_4, columns S4_CLASSES
    (4,): [1, 1, 1, 1, 1],
    (3, 1): [3, 1, -1, 0, -1],
    (2, 2): [2, 0, 2, -1, 0],
    (2, 1, 1): [3, -1, -1, 0, 1],
    (1, 1, 1, 1): [1, -1, 1, 1, -1],
}


@pytest.mark.parametrize("shape", list(S4_TABLE), ids=str)
def test_characters_of_S4_match_the_textbook_table(shape):
    for perm in itertools.permutations(range(4)):
        expected = S4_TABLE[shape][S4_CLASSES.index(cycle_type(perm))]
        value = young_character(shape, list(perm))
        assert type(value) is int and value == expected
        assert young_matrix(shape, list(perm)).trace().expand() == expected
        assert round(float(np.trace(young_matrix(shape, perm, exact=False))), 9) == expected


def test_character_row_orthogonality_on_S5():
    perms = list(itertools.permutations(range(5)))
    table = np.array([[young_character(shape, list(p)) for p in perms] for shape in partitions(5)])
    assert (table @ table.T == 120 * np.eye(len(table), dtype=int)).all()


# ---------------------------------------------------------------------------------------
# Seminormal versus orthogonal
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("shape", SMALL_SHAPES + [(3, 2, 1)], ids=str)
def test_seminormal_and_orthogonal_forms_are_conjugate_by_D(shape):
    D = seminormal_to_orthogonal(shape)
    D2 = seminormal_to_orthogonal(shape, squared=True)
    assert D.is_diagonal() and all(x.is_Rational and x > 0 for x in D2.diagonal())
    assert is_equal(D * D, D2)
    orthogonal = adjacent_transposition_matrices(shape, "orthogonal")
    seminormal = adjacent_transposition_matrices(shape, "seminormal")
    for o, s in zip(orthogonal, seminormal):
        assert is_equal(D * o, s * D)
    for a in seminormal:  # orthogonal for the rational Gram matrix D^{-2}
        assert a.T * D2.inv() * a == D2.inv()


# ---------------------------------------------------------------------------------------
# Bad input
# ---------------------------------------------------------------------------------------

BAD = [
    # (call, arguments, error, words the message must contain)
    (standard_tableaux, ((1, 2),), sp.InvalidArgumentError, "(1, 2)"),
    (standard_tableaux, ((2, 0),), sp.InvalidArgumentError, "(2, 0)"),
    (standard_tableaux, ((2.0, 1),), sp.InvalidArgumentError, "(2.0, 1)"),
    (standard_tableaux, ("21",), sp.InvalidArgumentError, "'21'"),
    (partitions, (-1,), sp.InvalidArgumentError, "-1"),
    (axial_distances, ((2, 1), 2), sp.InvalidArgumentError, "i = 2"),
    (adjacent_transposition_matrices, ((2, -1),), sp.InvalidArgumentError, "(2, -1)"),
    (adjacent_transposition_matrices, ((2, 1), "normal"), sp.InvalidArgumentError, "'normal'"),
    (adjacent_transposition_matrices, ((2, 1), "orthogonal", 1), sp.InvalidArgumentError, "exact"),
    (young_matrix, ((2, 1), [1, 0]), sp.InvalidArgumentError, "[1, 0]"),
    (young_matrix, ((1, 2), [1, 0, 2]), sp.InvalidArgumentError, "(1, 2)"),
    (young_matrix, ((2, 1), [1, 1, 0]), sp.InvalidPermutationError, "[1, 1, 0]"),
    (young_character, ((3, 1), [0, 1, 2]), sp.InvalidArgumentError, "[0, 1, 2]"),
    (young_sum, ((2, 1), [[0, 1, 2, 3]], [1.0]), sp.InvalidArgumentError, "(1, 4)"),
    (young_sum, ((2, 1), [[0, 1, 2]], [1.0, 2.0]), sp.InvalidArgumentError, "(2,)"),
    (young_sum, ((2, 1), [[0, 1, 2], [2, 2, 0]], [1.0, 2.0]), sp.InvalidPermutationError, "[2, 2, 0]"),
    (young_sum, ((3, 3), [[0, 1, 2]], [1.0]), sp.InvalidArgumentError, "(1, 3)"),
    (young_sum, ((2, 1), [[0, 1, 2], [0, 1]], [1.0, 2.0]), sp.InvalidArgumentError, "[0, 1]"),
    (young_sum, ((2, 1), [[0, 1, 2]], [np.inf]), sp.InvalidArgumentError, "inf"),
    (adjacent_word, ([0, 2],), sp.InvalidPermutationError, "[0, 2]"),
    (seminormal_to_orthogonal, ((1, 1, 2),), sp.InvalidArgumentError, "(1, 1, 2)"),
]


@pytest.mark.parametrize("call, args, error, words", BAD,
                         ids=[f"{c.__name__}-{i}" for i, (c, *_rest) in enumerate(BAD)])
def test_bad_input_raises_documented_error(call, args, error, words):
    with pytest.raises(error) as info:
        call(*args)
    assert isinstance(info.value, sp.SymproofError)
    assert words in str(info.value)
