"""The class-denominator route of the Molien series against independent oracles.

``M_chi(t) = sum_P w_P / P(t)`` over the distinct ``P = det(I - t rho(g))`` (integer polynomials)
is checked against closed forms (Chevalley-Shephard-Todd, the Vandermonde, necklaces, partitions
into parts <= 3), brute force over all group elements (orbits of monomials for permutation modules;
the trace of the explicit action on monomials for linear modules), and the generic path over
``Q(zeta_f)`` (symmetric powers of the character, and its rational function).
"""

import itertools
from math import comb, gcd

import numpy as np
import pytest
import sympy
from sympy.polys.rings import ring

import symproof as sp
from symproof.reps.constructions import sign
from symproof.reps.molien import _class_denominators, symmetric_power_characters
from symproof.reps.representation import character

t = sympy.Symbol("t")


def _product_series(degrees):
    return sympy.Mul(*(1 / (1 - t**e) for e in degrees))


def _partitions_with_parts(parts, n):
    ways = [1] + [0] * (n - 1)
    for p in parts:
        for k in range(p, n):
            ways[k] += ways[k - p]
    return ways


def _rows(rho, n):
    return [sp.molien_series(rho, i).coefficients(n) for i in range(len(sp.character_table(rho.group)))]


# -- closed forms --------------------------------------------------------------------------------


@pytest.mark.parametrize("n", range(1, 8))
def test_symmetric_group_invariants_and_the_vandermonde(n):
    G = sp.group(f"S{n}")
    rho = sp.permutation(G)
    assert _class_denominators(rho) is not None  # the class route, not the generic one
    invariants = sp.molien_series(rho, 0)
    assert sympy.cancel(invariants.rational_function - _product_series(range(1, n + 1))) == 0
    assert invariants.coefficients(40) == _partitions_with_parts(range(1, n + 1), 40)
    vandermonde = n * (n - 1) // 2
    alternating = sp.molien_series(rho, sp.character_table(G).rows().index(character(sign(G))))
    assert sympy.cancel(alternating.rational_function - t**vandermonde * _product_series(range(1, n + 1))) == 0
    assert alternating.coefficients(40) == [0] * vandermonde + _partitions_with_parts(range(1, n + 1), 40 - vandermonde)
    assert alternating.first_degree() == vandermonde


def _necklaces(n, k):
    """Monomials of degree k in n variables up to cyclic shift (Burnside over the rotations)."""
    total = sum(sympy.totient(d) * comb(n // d + k // d - 1, k // d) for d in sympy.divisors(gcd(n, k)))
    return int(total) // n


@pytest.mark.parametrize("n", [1, 2, 3, 5, 6, 8, 12])
def test_cyclic_group_on_its_regular_permutation_module_counts_necklaces(n):
    G = sp.FiniteGroup.from_permutations([[(i + 1) % n for i in range(n)]])
    rho = sp.permutation(G)
    rows = _rows(rho, 20)
    assert rows[0] == [_necklaces(n, k) if k else 1 for k in range(20)]
    # every irreducible is linear: the multiplicities add up to dim Sym^k = C(k + n - 1, n - 1)
    assert [sum(column) for column in zip(*rows)] == [comb(k + n - 1, n - 1) for k in range(20)]


def test_a_single_far_coefficient_matches_the_closed_form():
    # partitions into parts <= 3: round((k + 3)^2 / 12); no rational function is built
    M = sp.molien_series(sp.permutation(sp.group("S3")), 0)
    assert M.coefficient(1000) == round(1003**2 / 12)
    assert "_fraction" not in vars(M)
    assert M.coefficients(6) == [1, 1, 2, 3, 4, 5]  # order of requests does not matter
    assert M.coefficient(5) == 5 and M.coefficient(2000) == round(2003**2 / 12)


def test_a_sharply_four_transitive_group_has_the_invariants_of_the_full_symmetric_group():
    # M11 on 11 points: degree <= 4 monomials involve <= 4 points, so their orbits are those of S11
    M11 = sp.FiniteGroup.from_permutations([[(i + 1) % 11 for i in range(11)],
                                            [0, 1, 6, 9, 5, 3, 10, 2, 8, 4, 7]])
    assert M11.order == 7920
    rho = sp.permutation(M11)
    rows = _rows(rho, 5)
    assert rows[0] == [1, 1, 2, 3, 5]
    degrees = sp.character_table(M11).degrees
    assert sorted(degrees[i] for i, row in enumerate(rows) if row[1]) == [1, 10]  # C^11 = 1 + 10
    assert [sum(d * row[k] for d, row in zip(degrees, rows)) for k in range(5)] == [comb(k + 10, 10) for k in range(5)]


# -- brute force: orbits of monomials (permutation modules) -------------------------------------------


def _orbit_multiplicities(G, k):
    """Multiplicity of each irreducible in Sym^k(C^n): Sym^k = sum over monomial orbits of Ind_Stab^G 1.

    Frobenius reciprocity: Ind_H^G 1 contains chi (1/|H|) sum_{h in H} chi(h) times. All |G| elements
    act on the exponent vectors; no classes, no Molien formula.
    """
    n, elements = G.degree, np.asarray(G.elements)
    values = sp.character_table(G).numeric()
    seen, totals = set(), np.zeros(values.shape[0], dtype=complex)
    for combo in itertools.combinations_with_replacement(range(n), k):
        e = np.bincount(np.array(combo, dtype=int), minlength=n)
        if tuple(e) in seen:
            continue
        images = np.zeros_like(elements)
        np.put_along_axis(images, elements, np.broadcast_to(e, elements.shape), axis=1)  # e'[g(i)] = e[i]
        seen.update(map(tuple, images))
        stabiliser = np.flatnonzero(np.all(images == e, axis=1))
        totals += values[:, G.class_of[stabiliser]].sum(axis=1) / stabiliser.size
    rounded = np.rint(totals.real).astype(int)
    assert np.allclose(totals, rounded, atol=1e-9)
    return rounded.tolist()


@pytest.mark.parametrize("spec, max_k", [("S4", 5), ("D4", 5), ("A4", 5), ("Q8", 3), ("B3", 3), ("A5", 4),
                                         ("PSL(2,7)", 3), ("C2^3", 4)])
def test_permutation_modules_match_orbits_of_monomials(spec, max_k):
    G = sp.group(spec)
    rows = _rows(sp.permutation(G), max_k + 1)
    for k in range(max_k + 1):
        assert _orbit_multiplicities(G, k) == [row[k] for row in rows]


# -- brute force: averaging the action on monomials over all elements (linear modules) ---------------


def _standard_module(G):
    """The sum-zero submodule of the permutation module, basis e_i - e_(n-1): integer matrices."""
    n = G.degree

    def matrix(p):
        A = sympy.zeros(n - 1, n - 1)
        for i in range(n - 1):
            for j, s in ((p[i], 1), (p[n - 1], -1)):
                if j != n - 1:
                    A[j, i] += s
        return A

    return sp.linear_action(G, [matrix([int(x) for x in g]) for g in G.generators])


def _quaternion_module():
    """Q8 on C^2 over Q(i) (the quaternionic irreducible; rational character, complex matrices)."""
    G = sp.group("Q8")
    i = sympy.I
    for a, b in itertools.permutations([sympy.Matrix([[i, 0], [0, -i]]), sympy.Matrix([[0, 1], [-1, 0]]),
                                        sympy.Matrix([[0, i], [i, 0]])], 2):
        try:
            return sp.from_generator_images(G, [a, b])
        except sp.NotAHomomorphismError:
            continue
    raise AssertionError("no images of the generators of Q8 in SU(2) found")


def _symmetric_power_trace(A, K, k):
    """tr of f(x) -> f(A^T x) on degree-k polynomials: the trace of Sym^k(A), from the monomials themselves."""
    d = len(A)
    R, *x = ring(",".join(f"x{j}" for j in range(d)), K)
    forms = [sum((A[j][i] * x[j] for j in range(d)), R.zero) for i in range(d)]
    total = K.zero
    for combo in itertools.combinations_with_replacement(range(d), k):
        exponents = tuple(combo.count(j) for j in range(d))
        image = R.one
        for j in combo:
            image *= forms[j]
        total += image.coeff(R.from_dict({exponents: K.one}))
    return total


def _averaged_multiplicities(rho, k):
    G, K = rho.group, rho.domain
    traces = [_symmetric_power_trace(rho.domain_matrix(g).to_list(), K, k) for g in range(G.order)]
    invariants = K.to_sympy(sum(traces, K.zero)) / G.order  # the Reynolds operator's trace, exact
    numeric = np.array([complex(sympy.N(K.to_sympy(x), 30)) for x in traces])
    values = sp.character_table(G).numeric()[:, G.class_of]
    m = values.conj() @ numeric / G.order
    rounded = np.rint(m.real).astype(int)
    assert np.allclose(m, rounded, atol=1e-9)
    assert invariants == rounded[0]
    return rounded.tolist()


LINEAR = {
    "S3 on Q^2": lambda: _standard_module(sp.group("S3")),
    "A4 on Q^3": lambda: _standard_module(sp.group("A4")),
    "S4 on Q^3": lambda: _standard_module(sp.group("S4")),
    "D4 on R^2": lambda: sp.natural_action(sp.group("D4")),
    "D3 on R^2": lambda: sp.natural_action(sp.group("D3")),      # entries in Q(sqrt 3), rational charpolys
    "Q8 on R^4": lambda: sp.natural_action(sp.group("Q8")),
    "Q8 on C^2": _quaternion_module,                                 # entries in Q(i), rational charpolys
    "B2 on R^2": lambda: sp.natural_action(sp.group("B2")),
}


@pytest.mark.parametrize("name", LINEAR)
def test_linear_modules_match_averaging_over_all_elements(name):
    rho = LINEAR[name]()
    assert _class_denominators(rho) is not None
    rows = _rows(rho, 5)
    for k in range(5 if rho.dimension <= 3 else 4):
        assert _averaged_multiplicities(rho, k) == [row[k] for row in rows]


def test_irrational_denominators_take_the_generic_path_and_agree_with_averaging():
    rho = sp.natural_action(sp.group("D5"))  # rotations by 2 pi/5: det(I - t A) = 1 - 2 cos(2 pi/5) t + t^2
    assert _class_denominators(rho) is None
    rows = _rows(rho, 6)
    for k in range(6):
        assert _averaged_multiplicities(rho, k) == [row[k] for row in rows]
    assert sympy.cancel(sp.molien_series(rho, 0).rational_function - _product_series([2, 5])) == 0


# -- the generic path (symmetric powers of the character over Q(zeta_f)) -------------------------------


GENERIC = {
    "S5 on C^5": lambda: sp.permutation(sp.group("S5")),
    "PSL(2,7) on C^7": lambda: sp.permutation(sp.group("PSL(2,7)")),
    "B3 on R^3": lambda: sp.natural_action(sp.group("B3")),
    "Dic3 on R^4": lambda: sp.natural_action(sp.group("Dic3")),
    "C7 on C^7": lambda: sp.permutation(sp.group("C7")),
    "Q8 on C^2": _quaternion_module,
    "A4 on Q^3": lambda: _standard_module(sp.group("A4")),
}


@pytest.mark.parametrize("name", GENERIC)
def test_class_route_equals_the_generic_path(name):
    rho = GENERIC[name]()
    assert _class_denominators(rho) is not None
    n = len(sp.character_table(rho.group))
    rows = _rows(rho, 10)
    for k, h_k in enumerate(symmetric_power_characters(rho, 9)):
        assert sp.decompose(h_k) == [row[k] for row in rows]
    for i in range(n):
        M = sp.molien_series(rho, i)
        assert M._fraction == M._generic_fraction()  # the same reduced fraction, D(0) = 1


def test_a_virtual_character_is_linear_in_the_series():
    rho = sp.permutation(sp.group("S4"))
    T = sp.character_table(rho.group)
    virtual = sp.molien_series(rho, T[1] * 3 - T[3])
    assert virtual.coefficients(12) == [3 * a - b for a, b in zip(_rows(rho, 12)[1], _rows(rho, 12)[3])]
    assert sympy.cancel(virtual.rational_function - 3 * sp.molien_series(rho, 1).rational_function
                        + sp.molien_series(rho, 3).rational_function) == 0


def test_the_regular_module_has_the_degrees_in_degree_one():
    # C[G] = sum d_chi chi, so the degree-1 coefficients of the regular module are the degrees
    G = sp.group("S4")
    rho = sp.regular(G)
    rows = _rows(rho, 2)
    assert [row[1] for row in rows] == list(sp.character_table(G).degrees)
    assert [row[0] for row in rows] == [1] + [0] * (len(rows) - 1)
