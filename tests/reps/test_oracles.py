"""Tests of the character-table oracles themselves (tests/reps/oracles.py)."""

import collections
import itertools
import math
import random

import numpy as np
import pytest
import sympy as sp

from tests.reps import oracles as O

# number of partitions of n (OEIS A000041)
PARTITION_COUNTS = [1, 1, 2, 3, 5, 7, 11, 15, 22, 30]


def z(mu):
    """Centraliser order of cycle type mu in S_n: prod_i i^{m_i} m_i!."""
    return math.prod(i ** m * math.factorial(m) for i, m in collections.Counter(mu).items())


def permutation_of_type(mu):
    """A 0-based image list with cycle type mu (consecutive cycles)."""
    perm, start = [], 0
    for k in mu:
        perm += [start + (t + 1) % k for t in range(k)]
        start += k
    return perm


def is_zero(expr) -> bool:
    return sp.simplify(sp.expand(sp.expand_complex(expr))) == 0


# ---------------------------------------------------------------------------------------
# Symmetric groups
# ---------------------------------------------------------------------------------------


def test_partitions():
    assert O.partitions(0) == [()]
    assert O.partitions(4) == [(4,), (3, 1), (2, 2), (2, 1, 1), (1, 1, 1, 1)]
    for n, count in enumerate(PARTITION_COUNTS):
        parts = O.partitions(n)
        assert len(parts) == len(set(parts)) == count
        assert parts == sorted(parts, reverse=True)
        assert all(sum(p) == n and list(p) == sorted(p, reverse=True) and min(p, default=1) > 0
                   for p in parts)


def test_hook_length_sum_of_squares():
    for n in range(1, 9):
        assert sum(O.hook_length_dimension(p) ** 2 for p in O.partitions(n)) == math.factorial(n)
    assert [O.hook_length_dimension(p) for p in O.partitions(5)] == [1, 4, 5, 6, 5, 4, 1]
    assert O.hook_length_dimension((4, 2)) == 9


def test_mn_at_identity_is_hook_length_dimension():
    for n in range(1, 9):
        for lam in O.partitions(n):
            assert O.murnaghan_nakayama(lam, (1,) * n) == O.hook_length_dimension(lam)


@pytest.mark.parametrize("n", range(1, 7))
def test_mn_orthogonality(n):
    parts, classes, chi = O.symmetric_group_table(n)
    zs = np.array([z(mu) for mu in classes])
    fact = math.factorial(n)
    assert sum(fact // zm for zm in zs) == fact
    # rows: (1/n!) sum_mu (n!/z_mu) chi_a chi_b = delta_ab (values are real integers)
    assert np.array_equal((chi * (fact // zs)) @ chi.T, fact * np.eye(len(parts), dtype=int))
    # columns: sum_lambda chi(mu) chi(nu) = z_mu delta_mu_nu
    assert np.array_equal(chi.T @ chi, np.diag(zs))


# S4 values (James & Liebeck, 2nd ed., Example 19.17): rows (4), (3,1), (2,2), (2,1,1), (1^4);
# columns 1, (12), (12)(34), (123), (1234)
S4_ROWS = {(4,): [1, 1, 1, 1, 1], (3, 1): [3, 1, -1, 0, -1], (2, 2): [2, 0, 2, -1, 0],
           (2, 1, 1): [3, -1, -1, 0, 1], (1, 1, 1, 1): [1, -1, 1, 1, -1]}
S4_COLUMNS = [(1, 1, 1, 1), (2, 1, 1), (2, 2), (3, 1), (4,)]


def test_mn_known_values():
    assert O.murnaghan_nakayama((3, 1), (2, 1, 1)) == 1
    assert O.murnaghan_nakayama((2, 2), (3, 1)) == -1
    assert O.murnaghan_nakayama((2, 1, 1), (4,)) == 1
    for lam, row in S4_ROWS.items():
        assert [O.murnaghan_nakayama(lam, mu) for mu in S4_COLUMNS] == row
    # order of the cycle type is irrelevant
    assert O.murnaghan_nakayama([2, 2], [1, 3]) == -1
    with pytest.raises(ValueError):
        O.murnaghan_nakayama((2, 1), (2, 2))


@pytest.mark.parametrize("n", range(2, 8))
def test_mn_closed_forms(n):
    for mu in O.partitions(n):
        fixed, sign = mu.count(1), (-1) ** (n - len(mu))
        assert O.murnaghan_nakayama((n,), mu) == 1
        assert O.murnaghan_nakayama((1,) * n, mu) == sign
        assert O.murnaghan_nakayama((n - 1, 1), mu) == fixed - 1  # permutation character - 1
        for lam in O.partitions(n):
            assert O.murnaghan_nakayama(O.conjugate(lam), mu) == sign * O.murnaghan_nakayama(lam, mu)


@pytest.mark.parametrize("n", range(2, 8))
def test_content_sum_is_transposition_central_character(n):
    transposition = (2,) + (1,) * (n - 2)
    for lam in O.partitions(n):
        lhs = math.comb(n, 2) * O.murnaghan_nakayama(lam, transposition)
        assert lhs == O.content_sum(lam) * O.hook_length_dimension(lam)


def test_content_sum_and_cycle_type():
    assert O.content_sum((3, 1)) == 2 and O.content_sum((2, 2)) == 0 and O.content_sum((1, 1, 1)) == -3
    assert O.cycle_type([]) == () and O.cycle_type([0, 1, 2]) == (1, 1, 1)
    assert O.cycle_type([3, 0, 1, 2, 5, 4]) == (4, 2)
    assert O.cycle_type(np.array([1, 2, 0, 4, 3, 5])) == (3, 2, 1)
    for mu in O.partitions(6):
        perm = permutation_of_type(mu)
        assert O.cycle_type(perm) == mu
        shuffled = list(range(6))
        random.Random(sum(mu) * len(mu)).shuffle(shuffled)  # conjugate by a permutation
        inv = np.argsort(shuffled)
        assert O.cycle_type([shuffled[perm[inv[x]]] for x in range(6)]) == mu


# ---------------------------------------------------------------------------------------
# Textbook tables
# ---------------------------------------------------------------------------------------

TABLES = list(O.TEXTBOOK.items())
ORDERS = {"S3": 6, "S4": 24, "A4": 12, "A5": 60, "D4": 8, "D5": 10, "Q8": 8, "SL(2,3)": 24}


def test_omega_and_golden():
    assert is_zero(O.OMEGA - sp.exp(2 * sp.pi * sp.I / 3))
    assert is_zero(O.OMEGA2 - sp.conjugate(O.OMEGA))
    assert is_zero(O.GOLDEN - 1 - 2 * sp.cos(2 * sp.pi / 5))
    assert is_zero(O.GOLDEN_BAR - 1 - 2 * sp.cos(4 * sp.pi / 5))


@pytest.mark.parametrize("name, table", TABLES)
def test_textbook_shape_and_counts(name, table):
    r = len(table.class_sizes)
    assert table.name == name and table.values.shape == (r, r) == (len(table.element_orders), r)
    assert table.order == ORDERS[name]
    assert table.class_sizes[0] == 1 and table.element_orders[0] == 1
    assert all(table.order % c == 0 and table.order % o == 0
               for c, o in zip(table.class_sizes, table.element_orders))
    degrees = list(table.values[:, 0])
    assert all(d.is_Integer and d > 0 and table.order % d == 0 for d in degrees)
    assert sum(d ** 2 for d in degrees) == table.order
    assert all(v == 1 for v in table.values[0, :])  # trivial character first
    assert len(set(zip(*[list(table.values[i, :]) for i in range(r)]))) == r  # distinct columns


@pytest.mark.parametrize("name, table", TABLES)
def test_textbook_orthogonality_exact(name, table):
    X, c, r = table.values, table.class_sizes, len(table.class_sizes)
    for a, b in itertools.product(range(r), repeat=2):
        row = sum(c[k] * X[a, k] * sp.conjugate(X[b, k]) for k in range(r))
        assert is_zero(row - (table.order if a == b else 0)), (name, "rows", a, b)
        col = sum(X[i, a] * sp.conjugate(X[i, b]) for i in range(r))
        assert is_zero(col - (table.order // c[a] if a == b else 0)), (name, "columns", a, b)


@pytest.mark.parametrize("name, table", TABLES)
def test_textbook_orthogonality_numeric(name, table):
    X, c = table.numeric(), np.array(table.class_sizes)
    assert np.allclose((X * c) @ X.conj().T, table.order * np.eye(len(c)), atol=1e-12)
    assert np.allclose(X.conj().T @ X, np.diag(table.order / c), atol=1e-12)


@pytest.mark.parametrize("name, table", TABLES)
def test_textbook_squares_map(name, table):
    """g -> g^2: orders halve when even; chi(g^2) is a generalised character."""
    sq, X, c = table.square_classes, table.numeric(), np.array(table.class_sizes)
    orders = table.element_orders
    assert all(orders[sq[k]] == o // math.gcd(o, 2) for k, o in enumerate(orders))
    psi2 = X[:, sq]  # Adams operation: psi^2 chi (g) = chi(g^2)
    mult = (psi2 * c) @ X.conj().T / table.order
    assert np.allclose(mult, np.round(mult.real), atol=1e-9)
    # Frobenius-Schur indicators are in {-1, 0, 1}
    assert set(np.round(mult[:, 0].real).astype(int)) <= {-1, 0, 1}


def test_frobenius_schur_separates_d4_from_q8():
    def indicator(table):
        X, c = table.numeric(), np.array(table.class_sizes)
        return np.round((X[:, table.square_classes] @ c).real / table.order).astype(int)
    assert list(indicator(O.D4)) == [1, 1, 1, 1, 1]
    assert list(indicator(O.Q8)) == [1, 1, 1, 1, -1]
    assert list(indicator(O.SL_2_3)) == [1, 0, 0, 1, -1, 0, 0]


def test_alternating_tables_are_restrictions():
    """Characters of S_n restricted to A_n, on classes of A_n with one S_n class."""
    a4_types = [(1, 1, 1, 1), (2, 2), (3, 1)]
    assert [O.murnaghan_nakayama((3, 1), mu) for mu in a4_types] == list(O.A4.values[3, :3])
    a5_types = [(1,) * 5, (2, 2, 1), (3, 1, 1), (5,)]
    assert [O.murnaghan_nakayama((4, 1), mu) for mu in a5_types] == list(O.A5.values[3, :4])
    assert [O.murnaghan_nakayama((3, 2), mu) for mu in a5_types] == list(O.A5.values[4, :4])
    split = [sp.simplify(O.A5.values[1, k] + O.A5.values[2, k]) for k in range(4)]
    assert [O.murnaghan_nakayama((3, 1, 1), mu) for mu in a5_types] == split


# ---------------------------------------------------------------------------------------
# tables_match
# ---------------------------------------------------------------------------------------


def shuffled(table, seed):
    """(values, sizes, orders, squares) of the table with rows and columns permuted."""
    rng = np.random.default_rng(seed)
    r = len(table.class_sizes)
    rows, cols = rng.permutation(r), rng.permutation(r)
    where = np.argsort(cols)  # textbook column -> new position
    X = table.numeric()[rows][:, cols]
    return (X, [table.class_sizes[k] for k in cols], [table.element_orders[k] for k in cols],
            [int(where[table.square_classes[k]]) for k in cols])


@pytest.mark.parametrize("name, table", TABLES)
@pytest.mark.parametrize("seed", range(3))
def test_tables_match_shuffled(name, table, seed):
    X, sizes, orders, squares = shuffled(table, seed)
    assert O.tables_match(X, sizes, orders, table)
    assert O.tables_match(X, sizes, orders, table, square_classes=squares)
    assert O.tables_match(X + 1e-12, sizes, orders, table, square_classes=squares)


@pytest.mark.parametrize("name, table", TABLES)
def test_tables_match_rejects_changed_value(name, table):
    X, sizes, orders, squares = shuffled(table, 7)
    for i, j in [(0, 0), (1, 2), (len(X) - 1, len(X) - 1)]:
        Y = X.copy()
        Y[i, j] += 1e-6
        assert not O.tables_match(Y, sizes, orders, table)
        assert not O.tables_match(Y, sizes, orders, table, square_classes=squares)


@pytest.mark.parametrize("name, table", TABLES)
def test_tables_match_swapped_columns(name, table):
    """Swapping two differently labelled columns is rejected, unless the swap is a table
    automorphism (a row permutation, decided exactly), e.g. (12) <-> (1234) in S4."""
    X, sizes, orders = table.numeric(), table.class_sizes, table.element_orders
    exact_rows = sorted(map(tuple, table.values.tolist()), key=str)
    labels = list(zip(sizes, orders))
    rejected = 0
    for a, b in itertools.combinations(range(len(X)), 2):
        if labels[a] == labels[b]:
            continue
        swap = list(range(len(X)))
        swap[a], swap[b] = b, a
        automorphism = sorted(map(tuple, table.values[:, swap].tolist()), key=str) == exact_rows
        assert O.tables_match(X[:, swap], sizes, orders, table) == automorphism, (a, b)
        rejected += not automorphism
    assert rejected >= len(X) - 1  # at least every swap with the identity column


def test_tables_match_rejects_wrong_labels_and_shapes():
    X = O.D4.numeric()
    assert not O.tables_match(X, O.Q8.class_sizes, O.Q8.element_orders, O.D4)
    assert not O.tables_match(X, O.D4.class_sizes, O.D4.element_orders, O.Q8)
    assert not O.tables_match(X[:4, :4], O.D4.class_sizes[:4], O.D4.element_orders[:4], O.D4)


def test_tables_match_ties_and_squares():
    # A5: swapping the two classes of 5-cycles is a table automorphism, consistent with squares
    X = O.A5.numeric()[:, [0, 1, 2, 4, 3]]
    assert O.tables_match(X, O.A5.class_sizes, O.A5.element_orders, O.A5)
    assert O.tables_match(X, O.A5.class_sizes, O.A5.element_orders, O.A5, square_classes=[0, 0, 2, 4, 3])
    # ... but a squares map with 5-cycles squaring into their own class is not
    assert not O.tables_match(X, O.A5.class_sizes, O.A5.element_orders, O.A5, square_classes=[0, 0, 2, 3, 4])
    # D4: claiming that b^2 = a^2 contradicts the squares map only
    X, sizes, orders = O.D4.numeric(), O.D4.class_sizes, O.D4.element_orders
    assert O.tables_match(X, sizes, orders, O.D4, square_classes=[0, 0, 1, 0, 0])
    assert not O.tables_match(X, sizes, orders, O.D4, square_classes=[0, 0, 1, 1, 0])
    # SL(2,3): relabelling the order-3 classes but not the order-6 ones is a valid column
    # order, but then -g (order 6) squares into the class now in column 4, not column 3
    X, sizes, orders = O.SL_2_3.numeric(), O.SL_2_3.class_sizes, O.SL_2_3.element_orders
    Y = X[:, [0, 1, 2, 4, 3, 5, 6]]
    assert O.tables_match(Y, sizes, orders, O.SL_2_3)
    assert O.tables_match(Y, sizes, orders, O.SL_2_3, square_classes=[0, 0, 1, 4, 3, 3, 4])
    assert not O.tables_match(Y, sizes, orders, O.SL_2_3, square_classes=[0, 0, 1, 4, 3, 4, 3])
    both = X[:, [0, 1, 2, 4, 3, 6, 5]]  # complex conjugation: an automorphism
    assert O.tables_match(both, sizes, orders, O.SL_2_3, square_classes=[0, 0, 1, 4, 3, 4, 3])
    assert not O.tables_match(both, sizes, orders, O.SL_2_3, square_classes=[0, 0, 1, 3, 4, 3, 4])


# cycle types of g^2 for g of each cycle type in partitions(n)
SQUARE_TYPES = {3: [(3,), (1, 1, 1), (1, 1, 1)],
                4: [(2, 2), (3, 1), (1, 1, 1, 1), (1, 1, 1, 1), (1, 1, 1, 1)]}


@pytest.mark.parametrize("n, name", [(3, "S3"), (4, "S4")])
def test_symmetric_group_table_matches_textbook(n, name):
    parts, classes, chi = O.symmetric_group_table(n)
    assert parts == classes == O.partitions(n)
    sizes = [math.factorial(n) // z(mu) for mu in classes]
    orders = [math.lcm(*mu) for mu in classes]
    squares = []
    for mu in classes:
        p = permutation_of_type(mu)
        squares.append(classes.index(O.cycle_type([p[p[x]] for x in range(n)])))
    assert squares == [parts.index(mu) for mu in SQUARE_TYPES[n]]
    assert O.tables_match(chi, sizes, orders, O.TEXTBOOK[name])
    assert O.tables_match(chi, sizes, orders, O.TEXTBOOK[name], square_classes=squares)
    chi[-1, 1] += 1
    assert not O.tables_match(chi, sizes, orders, O.TEXTBOOK[name], square_classes=squares)
