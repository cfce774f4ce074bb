"""The fast paths of the complexity searches against the generic ones and brute force.

* the exact constraints over Q (the idempotent of Irr(F), python-flint) against the constraints from the
  representation on F (SymPy DomainMatrix): the same basic solution on every small support;
* the canonical supports (translations, conjugation, inversion) against orbits computed by brute force;
* the vectorised floating-point errors against a per-irreducible numpy computation and the certified errors;
* the subgroup test F^H = F^G by class counts against the restriction of characters.
"""

from __future__ import annotations

import itertools
from fractions import Fraction

import numpy as np
import pytest

import symproof as sp
from symproof.averaging import complexity as cx
from symproof.averaging.support_orbits import SupportOrbits, canonical_supports, orderly_supports
from symproof.averaging.symmetry_errors import largest_squared_singular_values, numeric_error

SMALL = ["S3", "D4", "Q8", "C6", "C2 x C2"]


def _classes(G):
    rho = sp.natural_action(G)
    return [sp.polynomials(rho, max_degree=k) for k in (1, 2)] + [sp.regular_functions(G)]


def _field_system(F):
    """The generic constraints sum_g omega(g) (lambda(g) - P_0) = 0 from the representation on F."""
    with sp.limits(max_exact_system_dimension=10**6):
        values = cx._idempotent_values
        try:
            cx._idempotent_values = lambda F: None
            return cx._linear_system(F)
        finally:
            cx._idempotent_values = values


@pytest.mark.parametrize("spec", SMALL)
def test_rational_system_has_the_basic_solutions_of_the_generic_one(spec):
    G = sp.group(spec)
    for F in _classes(G):
        if cx._idempotent_values(F) is None or not F.irreducibles():
            continue
        fast, slow = cx._linear_system(F), _field_system(F)
        assert fast.rank == slow.rank == cx.irreducible_square_sum(F) + 1
        for k in (1, 2, 3):
            for rest in itertools.combinations(range(1, G.order), k - 1):
                cols = [0, *rest]
                a, b = fast.basic_solution(cols), slow.basic_solution(cols)
                b = None if b is None else [Fraction(str(slow.domain.to_sympy(x))) for x in b]
                assert a == b, (spec, F, cols)


def _orbit(G, S, inversion):
    """Every image h S k (and its inverse) containing e, by brute force over pairs of elements."""
    out = set()
    for h in range(G.order):
        for k in range(G.order):
            image = frozenset(G.mul(G.mul(h, s), k) for s in S)
            for T in (image, frozenset(G.inverse(t) for t in image)) if inversion else (image,):
                if 0 in T:
                    out.add(tuple(sorted(T)))
    return out


@pytest.mark.parametrize("spec", ["S3", "D4", "Q8", "C5"])
@pytest.mark.parametrize("inversion", [False, True])
def test_canonical_supports_meet_every_orbit_once(spec, inversion):
    G = sp.group(spec)
    orbits = SupportOrbits(G, inversion=inversion)
    for k in (2, 3):
        listed = canonical_supports(G, k, inversion=inversion)
        assert list(listed) == sorted(listed)
        assert all(orbits.is_canonical(S) and orbits.canonical_form(S) == S for S in listed)
        canonical = set(listed)
        all_supports = {(0, *rest) for rest in itertools.combinations(range(1, G.order), k - 1)}
        seen = set()
        for S in sorted(all_supports):
            orbit = _orbit(G, S, inversion)
            assert len(orbit & canonical) == 1, (S, orbit & canonical)
            assert min(orbit) in canonical and orbits.canonical_form(S) == min(orbit)
            seen |= orbit
        assert seen == all_supports


@pytest.mark.parametrize("spec,k", [("C2^6", 3), ("D4 x C3", 4), ("C7 x C3", 3)])
@pytest.mark.parametrize("inversion", [False, True])
def test_orbit_marking_lists_the_supports_that_test_canonical(spec, k, inversion):
    """Two algorithms: marking the orbits of the listed supports (bit masks up to order 62, tuples above) against
    testing every support on its own (the streaming path)."""
    G = sp.group(spec)
    orbits = SupportOrbits(G, inversion=inversion)
    tested = [(0, *rest) for rest in itertools.combinations(range(1, G.order), k - 1)
              if orbits.is_canonical((0, *rest))]
    assert list(canonical_supports(G, k, inversion=inversion)) == tested


@pytest.mark.parametrize("spec,k", [("D4 x C3", 4), ("C2^4", 5), ("Q8 x C3", 3)])
@pytest.mark.parametrize("inversion", [False, True])
def test_orderly_generation_meets_the_listed_canonical_supports(spec, k, inversion):
    """A third algorithm: canonical prefixes extended depth first (for groups too large to list) against the
    orbit marking of every support containing e."""
    G = sp.group(spec)
    assert list(orderly_supports(G, k, inversion=inversion)) == list(canonical_supports(G, k, inversion=inversion))


def test_largest_squared_singular_values_match_numpy():
    rng = np.random.default_rng(0)
    for d in (1, 2, 3, 5):
        B = rng.normal(size=(7, d, d)) + 1j * rng.normal(size=(7, d, d))
        assert np.allclose(largest_squared_singular_values(B), np.linalg.norm(B, 2, axis=(1, 2)) ** 2)


@pytest.mark.parametrize("spec", ["S4", "D4", "C6"])
def test_numeric_errors_match_the_certified_errors(spec):
    G = sp.group(spec)
    irreps = sp.irreducible_representations(G)
    for F in _classes(G):
        for seed in range(3):
            omega = sp.AveragingScheme.random(G, 4, seed=seed)
            w = np.array([float(x) for x in omega.weights])
            weak = numeric_error("weak", F, omega.support)(w)
            strong = numeric_error("strong", F, omega.support)(w)
            blocks = [(irreps[i], sum(x * irreps[i].numeric(g) for g, x in zip(omega.support, w)))
                      for i in F.irreducibles()]
            assert weak == pytest.approx(max((np.linalg.norm(A, 2) ** 2 for _, A in blocks), default=0), abs=1e-12)
            by_hand = max((np.linalg.norm((pi.numeric(g) - np.eye(pi.dimension)) @ A, 2) ** 2 / 2
                           for pi, A in blocks for g in range(G.order)), default=0)
            assert strong == pytest.approx(by_hand, abs=1e-12)
            for kind, value in (("weak", weak), ("strong", strong)):
                err = (sp.weak_error if kind == "weak" else sp.strong_error)(omega, F, exact=False)
                assert err.lower - 1e-9 <= value <= err.upper + 1e-9


@pytest.mark.parametrize("spec", ["S4", "D4"])
def test_fixed_vector_test_by_class_counts_matches_restriction(spec):
    G = sp.group(spec)
    T = sp.character_table(G)
    for H, counts in cx._subgroups_by_order(G, G.order):
        for i in range(len(T.degrees)):
            by_counts = sum((T[i].values[c] * n for c, n in counts), T.field.zero) == T.field.zero
            by_restriction = T[i].restrict(H).inner_rational(sp.character_table(H)[0]) == 0
            assert by_counts == by_restriction
