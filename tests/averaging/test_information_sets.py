"""The information-set search for sparsest exact schemes against brute force and the support enumeration.

* every subset of a group of order <= 12 solved over Q from the rational representation on F (polynomials,
  functions on cosets) (python-flint, no
  symproof search): the same least size, signed and probability;
* groups of order <= 16: the same least size as the enumeration of canonical supports;
* the averaging lemma (a translate of S meets I in at most |S||I|/|G| elements) by brute force;
* B3 on the polynomials of degree <= 2 and <= 3 (the decided-complexities issue): 10/9 and 16/16.
"""

from __future__ import annotations

import itertools
from fractions import Fraction

import pytest
from flint import fmpq, fmpq_mat
from hypothesis import given, settings
from hypothesis import strategies as st

import symproof as sp
from symproof.averaging import complexity as cx
from symproof.averaging.information_sets import InformationSetSearch, fewest_in_a_translate
from symproof.testing import catalog_groups


def _classes(G):
    rho = sp.natural_action(G)
    return [sp.polynomials(rho, max_degree=k) for k in (1, 2, 3)]


def _brute_force_least_exact(F, signed):
    """The least support of an exact scheme: every subset, solved over Q (python-flint) from ``lambda(g) - P_0``."""
    G = F.group
    R = F.reynolds_operator().to_Matrix()
    columns = [[fmpq(int(x.p), int(x.q)) for x in (F.matrix(g).to_Matrix() - R)] + [fmpq(1)] for g in range(G.order)]
    r = len(columns[0])
    for k in range(1, G.order + 1):
        for S in itertools.combinations(range(G.order), k):
            augmented = fmpq_mat([[columns[g][i] for g in S] + [fmpq(int(i == r - 1))] for i in range(r)])
            R, rank = augmented.rref()
            pivots = [next(j for j in range(k + 1) if R[i, j] != 0) for i in range(rank)]
            if pivots != list(range(k)):
                continue  # no solution (pivot in the last column), or not the only one on S (a smaller support has one)
            omega = [R[i, k] for i in range(k)]
            if all(w != 0 for w in omega) and (signed or all(w > 0 for w in omega)):
                return k
    raise AssertionError("the uniform scheme is exact")  # pragma: no cover


def _least(F, signed, below=None):
    """The least size found by the information-set search below ``below`` (default ``|G| + 1``)."""
    found = InformationSetSearch.of(F).sparsest(below or F.group.order + 1, signed)
    if found is None:
        return None
    support, weights = found
    assert sum(weights) == 1 and all(w != 0 for w in weights) and (signed or min(weights) > 0)
    scheme = sp.AveragingScheme.from_weights(F.group, dict(zip(support, weights)))
    assert sp.is_exact(scheme, F)
    return len(support)


def _rational_classes(G):
    """Polynomial classes of the natural action when it is rational, functions on cosets of small subgroups."""
    from sympy.polys.domains import QQ

    from symproof.groups.subgroups import small_subgroups

    cosets = [sp.coset_functions(G, H) for H in itertools.islice(small_subgroups(G, lambda o: o < G.order), 4)]
    return [F for F in _classes(G) if F.matrix(0).domain == QQ] + cosets


@pytest.mark.parametrize("spec", ["S3", "D4", "Q8", "C4", "C2 x C2 x C2", "A4", "D6", "Dic3", "C2 x C6"])
@pytest.mark.parametrize("signed", [False, True])
def test_least_exact_support_matches_brute_force(spec, signed):
    G = sp.group(spec)
    values = set()
    for F in _rational_classes(G):
        if F.irreducibles() and cx._idempotent_values(F) is not None:
            least = _brute_force_least_exact(F, signed)
            # below |G| + 1, and just above the least size: the search's bounds are at their tightest there
            assert _least(F, signed) == _least(F, signed, least + 1) == least, (spec, F, signed)
            assert _least(F, signed, least) is None
            values.add(least)
    assert len(values) > 1  # the classes do not all have the same answer


@settings(max_examples=10, deadline=None)
@given(catalog_groups(max_order=16), st.integers(1, 3), st.booleans())
def test_least_exact_support_matches_the_canonical_support_enumeration(G, k, signed):
    F = sp.polynomials(sp.natural_action(G), max_degree=k)
    if not F.irreducibles() or cx._idempotent_values(F) is None:
        return
    enumerated = cx._search_supports(cx._linear_system(F), G, G.order, signed)
    assert enumerated is not None and _least(F, signed) == enumerated.size


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["S3", "D4", "A4", "C2 x C6"]), st.data())
def test_a_translate_meets_a_set_in_at_most_the_average(spec, data):
    G = sp.group(spec)
    S = data.draw(st.sets(st.integers(0, G.order - 1), min_size=1))
    I = data.draw(st.sets(st.integers(0, G.order - 1), min_size=1))
    least = min(len({G.mul(h, s) for s in S} & I) for h in range(G.order))
    assert least <= fewest_in_a_translate(G.order, len(S), len(I))
    # and no less: every translate meets I = G in |S| elements
    assert fewest_in_a_translate(G.order, len(S), G.order) == len(S)


def test_symmetries_of_the_information_set_keep_it():
    F = sp.polynomials(sp.natural_action(sp.group("S4")), max_degree=2)
    search = InformationSetSearch.of(F)
    assert search.symmetries > 1 and len(search.info) == search.dimension == 11
    for perm in search.permutations:
        assert sorted(perm.tolist()) == list(range(11))


def test_too_small_a_bound_finds_nothing():
    F = sp.polynomials(sp.natural_action(sp.group("S4")), max_degree=2)
    assert InformationSetSearch.of(F).sparsest(10, signed=False) is None
    assert InformationSetSearch.of(F).sparsest(2, signed=True) is None


@pytest.mark.parametrize("k, signed, value", [(2, False, 10), (2, True, 9), (3, False, 16), (3, True, 16)])
def test_b3_exact_complexities_are_decided(k, signed, value):
    """AC_ex of the hyperoctahedral group B3 on polynomials of degree <= k, default limits."""
    F = sp.polynomials(sp.natural_action(sp.group("B3")), max_degree=k)
    r = sp.averaging_complexity(F, "exact", signed=signed)
    assert int(r.lower) == int(r.upper) == value and r.is_decided
    assert r.witness.size == value and sp.is_exact(r.witness, F)
    assert signed or min(r.witness.weights) > 0
    assert r.lower.provenance is sp.Provenance.EXACT and sum(r.witness.weights) == Fraction(1)


def _fewest_outside(search, T, signed):
    """The fewest non-zeros outside I of a basic scheme with ``supp ∩ I = T``: every choice of ``|T| - 1`` zeros."""
    best = None
    ell = [[search.values[x][j] for j in T] for x in search.outside]
    sigma = [search.sigma[j] for j in T]
    for Z in itertools.combinations(range(len(ell)), len(T) - 1):
        system = fmpq_mat([*(ell[z] for z in Z), sigma])
        if system.rank() < len(T):
            continue
        c = system.solve(fmpq_mat([[0]] * (len(T) - 1) + [[1]]))
        c = [c[j, 0] for j in range(len(T))]
        values = [sum(a * b for a, b in zip(row, c)) for row in ell]
        if 0 in c or (not signed and (min(c) < 0 or min(values) < 0)):
            continue
        nonzero = sum(1 for v in values if v)
        best = nonzero if best is None else min(best, nonzero)
    return best


@pytest.mark.parametrize("signed", [False, True])
def test_the_depth_first_search_finds_the_fewest_non_zeros_of_every_zero_set_choice(signed):
    F = sp.polynomials(sp.natural_action(sp.group("S4")), max_degree=2)
    search = InformationSetSearch.of(F)
    compared = 0
    for t in (1, 2, 3, 4):
        for T in itertools.combinations(range(search.dimension), t):
            expected = _fewest_outside(search, T, signed)
            found = search._search(T, len(search.outside), signed)
            assert (None if found is None else found[0]) == expected, T
            compared += expected is not None
    assert compared > 20


@pytest.mark.parametrize("anchored", [False, True])
def test_canonical_subsets_meet_every_orbit_of_the_symmetries_once(anchored):
    search = InformationSetSearch.of(sp.polynomials(sp.natural_action(sp.group("S4")), max_degree=2))
    anchor, fixing = search._anchor()
    permutations = fixing if anchored else search.permutations
    for t in (2, 3, 4):
        listed = list(search._canonical_subsets(t, anchored))
        orbits = {frozenset(frozenset(int(p[j]) for j in T) for p in permutations) for T in listed}
        everything = {frozenset(T) for T in itertools.combinations(range(search.dimension), t)
                      if not anchored or anchor in T}
        reached = {T for orbit in orbits for T in orbit}
        assert len(orbits) == len(listed) and reached == everything


def test_a_class_without_a_rational_idempotent_is_refused():
    F = sp.polynomials(sp.natural_action(sp.group("C5")), max_degree=1)  # 2 cos(2 pi k/5): not Galois-stable
    with pytest.raises(sp.InvalidValueError, match="rational idempotent"):
        InformationSetSearch.of(F)
