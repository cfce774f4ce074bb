"""Natural S_n and A_n without enumeration: every method against the enumerated group, plain
permutation arithmetic, closed formulas for class counts, and the enumeration limit."""

import itertools
import math
import random

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sympy.functions.combinatorial.numbers import partition

import symproof as sp
from tests.reps import oracles


def enumerated(G):
    """The same group, enumerated element by element (recognition switched off)."""
    with sp.limits(max_structured_degree=2):
        E = sp.FiniteGroup.from_permutations(G.generators.tolist(), degree=G.degree)
    assert E.natural_structure() is None
    return E


def compose(g, h):
    """``g*h``: ``h`` first."""
    return tuple(g[x] for x in h)


def inversions(p):
    return sum(p[i] > p[j] for i in range(len(p)) for j in range(i + 1, len(p)))


def even_completions(prefix, n):
    """How many even permutations of ``0..n-1`` start with ``prefix`` (half of them once 2 points are free)."""
    free = [x for x in range(n) if x not in prefix]
    if len(free) >= 2:
        return math.factorial(len(free)) // 2
    return sum(inversions((*prefix, *rest)) % 2 == 0 for rest in itertools.permutations(free))


def lex_index(p, alternating):
    """Number of (even) permutations lexicographically before ``p``: the index in the enumerated group."""
    n, count = len(p), 0
    for i in range(n):
        for v in range(p[i]):
            if v not in p[:i]:
                prefix = (*p[:i], v)
                count += even_completions(prefix, n) if alternating else math.factorial(n - 1 - i)
    return count


NATURAL = [f"S{n}" for n in range(3, 7)] + [f"A{n}" for n in range(3, 8)]


@pytest.fixture(scope="module", params=NATURAL)
def pair(request):
    G = sp.group(request.param)
    assert G.natural_structure() is not None
    return G, enumerated(G)


def test_numbering_and_arithmetic_equal_the_enumerated_group(pair):
    G, E = pair
    assert (G.order, G.degree, G.exponent) == (E.order, E.degree, E.exponent)
    idx = np.arange(E.order)
    assert [G.element(int(i)) for i in idx[:: max(1, E.order // 200)]] == [
        E.element(int(i)) for i in idx[:: max(1, E.order // 200)]]
    rng = np.random.default_rng(0)
    a, b = rng.integers(0, E.order, 500), rng.integers(0, E.order, 500)
    assert np.array_equal(G.mul(a, b), E.mul(a, b))
    assert np.array_equal(G.inverse(a), E.inverse(a))
    for k in (-1, 0, 2, 3, 5):
        assert np.array_equal(G.power(a, k), E.power(a, k))
    assert np.array_equal(G.index(E.elements[a]), a)
    assert np.array_equal(G.lookup(E.elements[b]), b)
    assert G.mul(int(a[0]), int(b[0])) == E.mul(int(a[0]), int(b[0]))
    assert np.array_equal(G.generator_indices, E.generator_indices)
    # the full arrays, enumerated on demand
    assert np.array_equal(G.elements, E.elements)
    assert np.array_equal(G.inverses, E.inverses) and np.array_equal(G.element_orders, E.element_orders)
    assert np.array_equal(G.left_translation(int(a[1])), E.left_translation(int(a[1])))
    assert np.array_equal(G.right_translation(int(a[1])), E.right_translation(int(a[1])))
    assert G == E and E == G and hash(G) == hash(E)


def test_classes_equal_the_enumerated_group_in_the_same_order(pair):
    G, E = pair
    ours, theirs = G.conjugacy_classes(), E.conjugacy_classes()
    assert [(c.position, c.representative, c.size, c.element_order) for c in ours] == [
        (c.position, c.representative, c.size, c.element_order) for c in theirs]
    sample = np.random.default_rng(1).integers(0, E.order, 300)
    assert np.array_equal(G.classes_of(sample), E.class_of[sample])
    for k in [*range(-1, 16), G.exponent - 1, G.exponent, G.exponent + 1]:
        assert np.array_equal(G.power_map(k), E.power_map(k)), k
    assert np.array_equal(G.class_of, E.class_of)
    assert all(np.array_equal(c.elements, d.elements) for c, d in zip(ours, theirs))
    assert G.class_index(E.element(int(sample[0]))) == int(E.class_of[sample[0]])


def test_odd_permutations_are_not_in_an_alternating_group():
    A = sp.group("A6")
    with pytest.raises(sp.NotInGroupError):
        A.index([1, 0, 2, 3, 4, 5])
    assert [1, 0, 2, 3, 4, 5] not in A and [1, 2, 0, 3, 4, 5] in A


@st.composite
def natural_elements(draw):
    n = draw(st.integers(3, 12))
    alternating = draw(st.booleans())
    G = sp.group(f"{'A' if alternating else 'S'}{n}")
    idx = draw(st.lists(st.integers(0, G.order - 1), min_size=2, max_size=6))
    return G, alternating, idx


@given(natural_elements())
def test_random_indices_against_plain_permutations(case):
    G, alternating, idx = case
    n = G.degree
    perms = [G.element(i) for i in idx]
    for i, p in zip(idx, perms):
        assert sorted(p) == list(range(n)) and (not alternating or inversions(p) % 2 == 0)
        assert lex_index(p, alternating) == i and G.index(list(p)) == i
        assert G.element(G.inverse(i)) == tuple(int(x) for x in np.argsort(p))
        assert G.element(G.power(i, 3)) == compose(p, compose(p, p))
        assert oracles.cycle_type(G.element(G.conjugacy_classes()[G.classes_of(i)].representative)) == \
            oracles.cycle_type(p)
    for (i, p), (j, q) in itertools.pairwise(zip(idx, perms)):
        assert G.element(G.mul(i, j)) == compose(p, q)
        assert (i < j) == (p < q)


@given(natural_elements(), st.randoms(use_true_random=False))
def test_classes_are_invariant_under_conjugation(case, rnd):
    G, alternating, idx = case
    n = G.degree
    h = list(range(n))
    rnd.shuffle(h)
    if alternating and inversions(h) % 2:
        h[0], h[1] = h[1], h[0]
    h_inv = [int(x) for x in np.argsort(h)]
    for i in idx:
        g = G.element(i)
        assert G.class_index(list(compose(h, compose(g, h_inv)))) == G.classes_of(i)
        if alternating:  # conjugating by a transposition moves g to the other half iff its class splits
            t = list(range(n))
            t[0], t[1] = 1, 0
            other = G.class_index(list(compose(t, compose(g, t))))
            mu = oracles.cycle_type(g)
            splits = len(set(mu)) == len(mu) and all(part % 2 for part in mu)
            assert (other != G.classes_of(i)) == splits


@pytest.mark.parametrize("n", range(3, 15))
def test_class_counts_are_partition_counts(n):
    S, A = sp.group(f"S{n}"), sp.group(f"A{n}")
    assert len(S.conjugacy_classes()) == partition(n)
    parts = oracles.partitions(n)
    even = [mu for mu in parts if (n - len(mu)) % 2 == 0]
    split = [mu for mu in even if len(set(mu)) == len(mu) and all(p % 2 for p in mu)]
    assert len(A.conjugacy_classes()) == len(even) + len(split)
    assert sum(c.size for c in S.conjugacy_classes()) == S.order == math.factorial(n)
    assert sum(c.size for c in A.conjugacy_classes()) == A.order == math.factorial(n) // 2
    assert S.exponent == math.lcm(*range(1, n + 1))
    assert A.exponent == math.lcm(*(math.lcm(*mu) for mu in even))


def test_recognised_from_any_generators():
    rng = random.Random(3)
    for n in (5, 7, 9):
        s = list(range(n))
        rng.shuffle(s)
        s_inv = [s.index(x) for x in range(n)]

        def conj(g, s=s, s_inv=s_inv, n=n):
            return [s[g[s_inv[x]]] for x in range(n)]

        G = sp.FiniteGroup.from_permutations([conj([1, 0, *range(2, n)]), conj([*range(1, n), 0])])
        assert G.natural_structure() is not None and not G.natural_structure().alternating
        A = sp.FiniteGroup.from_permutations([conj([1, 2, 0, *range(3, n)]), conj([0, *range(2, n), 1])
                                              if n % 2 == 0 else conj([*range(1, n), 0])])
        assert A.order == math.factorial(n) // 2 and A.natural_structure().alternating
    for spec in ("D4", "PSL(2,7)", "C7 x| C3", "B3", "C2 x S3"):
        assert sp.group(spec).natural_structure() is None
    assert sp.FiniteGroup.from_permutations([[1, 0, 2, 3], [1, 2, 0, 3]]).natural_structure() is None  # S3 on 4 points


def test_large_natural_groups_are_not_enumerated():
    G = sp.FiniteGroup.from_permutations([[1, 0, *range(2, 12)], [*range(1, 12), 0]], max_order=100)
    assert G.order == math.factorial(12) and len(G.conjugacy_classes()) == 77
    g = G.index([*range(11, -1, -1)])
    assert G.element(G.mul(g, g)) == tuple(range(12)) and G.classes_of(g) == G.class_index([*range(11, -1, -1)])
    for need_all in (lambda: G.elements, lambda: G.class_of, lambda: G.inverses,
                     lambda: G.conjugacy_classes()[1].elements):
        with pytest.raises(sp.GroupTooLargeError, match="max_order=100"):
            need_all()
    H = G.with_name("S12")
    assert H.natural_structure() is G.natural_structure() and H == G and hash(H) == hash(G)
    with sp.limits(max_order=10):
        assert len(sp.group("A8").conjugacy_classes()) == 14
        with pytest.raises(sp.GroupTooLargeError, match="max_order=10"):
            sp.group("A8").elements  # noqa: B018


def test_the_structured_degree_limit():
    with sp.limits(max_structured_degree=5):
        assert sp.group("S5").natural_structure() is not None
        assert sp.group("S6").natural_structure() is None
        with pytest.raises(sp.GroupTooLargeError, match="max_order"):
            sp.group("S10")
    assert sp.group("S20").order == math.factorial(20)
    with pytest.raises(sp.GroupTooLargeError):
        sp.group("S21")  # beyond 64-bit indices: the enumerating path, refused by max_order


def test_direct_factors_are_recorded_and_checked():
    G = sp.group("C2 x S3 x A4")
    assert [H.name for H in G.direct_factors] == ["C2", "S3", "A4"]
    assert G.with_name("P").direct_factors == G.direct_factors
    S3, C3 = sp.group("S3"), sp.group("C3")
    with pytest.raises(sp.InvalidValueError):
        sp.FiniteGroup(G.generators, factors=[S3, C3])
    P = sp.direct_product(S3, C3)
    with pytest.raises(sp.InvalidValueError):
        sp.FiniteGroup(P.generators, factors=[C3, S3])
