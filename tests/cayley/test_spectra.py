"""Cayley spectra against closed forms (MATH.md section 6), networkx matrices and the weak error."""

import itertools
import math
from collections import Counter

import networkx as nx
import numpy as np
import pytest
import sympy
from hypothesis import given
from hypothesis import strategies as st
from scipy.optimize import linear_sum_assignment

import symproof as sp
from symproof.cayley.spectra import cayley_multiset, galois_orbits
from symproof.groups.subgroups import generated_indices
from symproof.reps.fourier import fourier_transform, fourier_transform_exact
from symproof.testing import catalog_groups, multisets
from tests.reps import oracles


def _transpositions(G, n):
    return [G.index([j if k == i else i if k == j else k for k in range(n)])
            for i, j in itertools.combinations(range(n), 2)]


def _rotation(n, step=1):
    return [(k + step) % n for k in range(n)]


def _symmetrised(G, S):
    return sorted(S + G.inverses[np.array(S, dtype=np.int64)].tolist())


def _matching_distance(x, y):
    """Largest distance in the best one-to-one matching of two multisets of complex numbers."""
    x, y = np.asarray(x, dtype=complex), np.asarray(y, dtype=complex)
    assert x.shape == y.shape
    cost = np.abs(x[:, None] - y[None, :])
    rows, cols = linear_sum_assignment(cost)
    return float(cost[rows, cols].max())


def _networkx_walk_matrix(G, S):
    return nx.to_numpy_array(sp.cayley_graph(G, S), nodelist=range(G.order)) / len(S)


def _weak_error(G, S):
    """``max_{pi != 1} ||omega_hat(pi)||_op^2`` for the uniform scheme on ``S`` (MATH.md section 3)."""
    omega = Counter(S)
    hats = fourier_transform(G, {g: m / len(S) for g, m in omega.items()})
    return max((np.linalg.norm(h, 2) ** 2 for h in hats[1:]), default=0.0)


# -- closed forms ---------------------------------------------------------------------------


@pytest.mark.parametrize("n", range(2, 8))
def test_all_transpositions_have_content_sums_with_multiplicity_dim_squared(n):
    G = sp.group(f"S{n}")
    spec = sp.cayley_spectrum(G, _transpositions(G, n), operator="adjacency", exact=True)
    expected = Counter()
    for shape in oracles.partitions(n):
        expected[oracles.content_sum(shape)] += oracles.hook_length_dimension(shape) ** 2
    assert spec.kind == "exact"
    assert spec.multiplicities() == dict(expected)
    assert all(isinstance(v, sympy.Integer) for v in spec.multiplicities())


@pytest.mark.parametrize("m", range(1, 11))
def test_hypercube_eigenvalues_are_m_minus_2j_with_multiplicity_binomial(m):
    G = sp.group(f"C2^{m}")
    units = [int(g) for g in G.generator_indices[:m]]
    expected = {float(m - 2 * j): math.comb(m, j) for j in range(m + 1)}
    assert sp.cayley_spectrum(G, units, operator="adjacency", method="dense").multiplicities() == expected
    if m <= 5:
        exact = sp.cayley_spectrum(G, units, operator="adjacency", exact=True).multiplicities()
        assert exact == {sympy.Integer(m - 2 * j): math.comb(m, j) for j in range(m + 1)}
    assert float(sp.lambda_star(G, units, method="sparse")) == pytest.approx(1.0)  # bipartite


@pytest.mark.parametrize("n", range(2, 13))
def test_cycle_eigenvalues_are_2cos_and_their_product_is_chebyshev(n):
    G = sp.group(f"C{n}")
    g = int(np.flatnonzero(G.element_orders == n)[0])  # any generator: the same spectrum
    S = [g, G.inverse(g)]
    spec = sp.cayley_spectrum(G, S, operator="adjacency", exact=True)
    expected = [2 * math.cos(2 * math.pi * j / n) for j in range(n)]
    assert _matching_distance(spec.to_numpy(), expected) < 1e-12
    x = sympy.Symbol("x")
    product = sympy.prod(b.charpoly.as_expr() ** b.multiplicity for b in spec.blocks)
    chebyshev = 2 * sympy.chebyshevt(n, x / 2) - 2  # monic, roots 2 cos(2 pi j/n), j = 0..n-1
    assert sympy.expand(product - chebyshev) == 0


def test_s6_partitions_sharing_a_content_sum_merge_their_multiplicities():
    G = sp.group("S6")
    assert sp.cayley_spectrum(G, _transpositions(G, 6), operator="adjacency").multiplicities()[3] == 125


# -- the Fourier route against matrices -------------------------------------------------------


@given(catalog_groups(max_order=60), st.data())
def test_fourier_block_spectrum_equals_networkx_dense_spectrum(G, data):
    S = data.draw(multisets(G, min_size=1, max_size=4))
    A = _networkx_walk_matrix(G, S)
    singular = sp.cayley_spectrum(G, S, quantity="singular values", method="fourier", exact=False)
    assert singular.kind == "numeric" and singular.method == "fourier"
    assert _matching_distance(singular.to_numpy(), np.linalg.svd(A, compute_uv=False)) < 1e-9
    eig = sp.cayley_spectrum(G, S, method="fourier", exact=False).to_numpy()
    assert _matching_distance(eig, np.linalg.eigvals(A)) < 1e-4  # non-normal: defective eigenvalues move
    T = _symmetrised(G, S)
    sym = sp.cayley_spectrum(G, T, method="fourier", exact=False).to_numpy()
    assert sym.dtype == float
    assert np.allclose(sym, np.sort(np.linalg.eigvalsh(_networkx_walk_matrix(G, T)))[::-1], atol=1e-9)


@given(catalog_groups(max_order=24), st.data())
def test_exact_spectrum_agrees_with_numeric_and_dense(G, data):
    S = data.draw(multisets(G, min_size=1, max_size=3))
    quantity = data.draw(st.sampled_from(["eigenvalues", "singular values"]))
    exact = sp.cayley_spectrum(G, S, quantity=quantity, exact=True)
    dense = sp.cayley_spectrum(G, S, quantity=quantity, method="dense")
    assert sum(b.multiplicity * len(b.values) for b in exact.blocks) == G.order
    assert _matching_distance(exact.to_numpy(), dense.to_numpy()) < 1e-6
    for b in exact.blocks:  # characteristic polynomials always exact; roots too unless non-real of degree >= 3
        assert b.charpoly.degree() == len(b.values) and b.charpoly.domain.is_QQ
        assert b.kind == "exact" or not np.all(np.isreal(b.numeric))
    assert exact.kind == ("exact" if all(b.kind == "exact" for b in exact.blocks) else "numeric")
    if quantity == "singular values" or Counter(S) == Counter(G.inverses[S].tolist()):
        assert exact.kind == "exact"


@pytest.mark.parametrize("spec", ["S3", "D4", "Q8", "C5", "D5", "A4"])
def test_exact_block_charpoly_is_the_product_over_its_galois_orbit_of_the_exact_fourier_blocks(spec):
    G = sp.group(spec)
    S = [1, 2, 2, G.order - 1]
    x = sympy.Symbol("x")
    hats = fourier_transform_exact(G, {g: sympy.Rational(m, len(S)) for g, m in Counter(S).items()})
    spectrum = sp.cayley_spectrum(G, S, exact=True)
    assert [b.rows for b in spectrum.blocks] == galois_orbits(G)
    for block in spectrum.blocks:
        product = sympy.Poly(sympy.prod(hats[i].charpoly(x).as_expr() for i in block.rows), x)
        ours = block.charpoly.all_coeffs()
        theirs = product.all_coeffs()
        assert len(ours) == len(theirs)
        assert all(abs(complex(sympy.N(a - b, 30))) < 1e-25 for a, b in zip(ours, theirs))


def test_cayley_operator_averages_over_s_inverse_x():
    G = sp.group("S4")
    S = [3, 3, 7, 11]
    f = np.random.default_rng(0).standard_normal(G.order)
    M = sp.cayley_operator(G, S)
    expected = [np.mean([f[G.mul(G.inverse(s), x)] for s in S]) for x in range(G.order)]
    assert np.allclose(M @ f, expected)
    assert np.array_equal(sp.cayley_operator(G, S, operator="adjacency").toarray(),
                          nx.to_numpy_array(sp.cayley_graph(G, S), nodelist=range(G.order)))


@pytest.mark.parametrize("spec", ["S5", "PSL(2,7)", "C2^7"])
def test_sparse_lambda_star_equals_dense_and_fourier(spec):
    G = sp.group(spec)
    rng = np.random.default_rng(5)
    for S in (rng.integers(0, G.order, 3).tolist(), _symmetrised(G, rng.integers(0, G.order, 3).tolist())):
        dense = float(sp.lambda_star(G, S, method="dense"))
        assert float(sp.lambda_star(G, S, method="sparse")) == pytest.approx(dense, abs=1e-8)
        if spec != "C2^7":
            assert float(sp.lambda_star(G, S, method="fourier", exact=False)) == pytest.approx(dense, abs=1e-9)


# -- lambda_* and the weak error ------------------------------------------------------------------


@given(catalog_groups(max_order=40), st.data())
def test_weak_error_of_uniform_scheme_on_symmetric_s_is_lambda_star_squared(G, data):
    S = _symmetrised(G, data.draw(multisets(G, min_size=1, max_size=3)))
    lam = sp.lambda_star(G, S, method="dense")
    eig = np.linalg.eigvalsh(_networkx_walk_matrix(G, S))
    rest = np.delete(eig, np.argmin(np.abs(eig - 1)))  # exactly one copy of 1 removed
    assert float(lam) == pytest.approx(np.abs(rest).max(initial=0.0), abs=1e-9)
    assert _weak_error(G, S) == pytest.approx(float(lam) ** 2, abs=1e-9)


@given(catalog_groups(max_order=24), st.data())
def test_weak_error_is_the_square_of_the_singular_value_lambda_star_for_any_s(G, data):
    S = data.draw(multisets(G, min_size=1, max_size=3))
    lam = sp.lambda_star(G, S, exact=True)
    assert lam.kind == "exact"
    assert _weak_error(G, S) == pytest.approx(float(lam) ** 2, abs=1e-9)


def test_exact_lambda_star_is_an_exact_algebraic_number():
    G = sp.group("C5")
    lam = sp.lambda_star(G, [_rotation(5), _rotation(5, -1)])
    assert lam.kind == "exact"
    assert sympy.minimal_polynomial(lam.value, sympy.Symbol("x")) == sympy.minimal_polynomial(
        -sympy.cos(4 * sympy.pi / 5), sympy.Symbol("x"))
    gap = sp.spectral_gap(G, [_rotation(5), _rotation(5, -1)])
    assert float(gap.value) == pytest.approx(1 - math.cos(2 * math.pi / 5))


METHODS = [dict(exact=True), dict(method="fourier", exact=False), dict(method="dense"), dict(method="sparse")]


@pytest.mark.parametrize("options", METHODS, ids=["exact", "fourier", "dense", "sparse"])
@pytest.mark.parametrize("spec, S, why", [
    ("C12", [_rotation(12), _rotation(12, -1)], "even cycle: bipartite"),
    ("C12", [_rotation(12, 3), _rotation(12, -3)], "disconnected"),
    ("S4", [[1, 0, 2, 3], [0, 2, 1, 3], [0, 1, 3, 2]], "odd permutations: bipartite"),
    ("S4", [[1, 0, 2, 3], [1, 2, 0, 3], [2, 0, 1, 3]], "inside a point stabiliser: disconnected"),
    ("D6", [0, 0], "identity only"),
])
def test_disconnected_or_bipartite_cayley_graph_has_lambda_star_one(spec, S, why, options):
    G = sp.group(spec)
    lam = sp.lambda_star(G, S, **options)
    assert float(lam) == pytest.approx(1.0, abs=1e-9), why
    if lam.kind == "exact":
        assert lam.value == 1


@given(catalog_groups(min_order=2, max_order=36), st.data())
def test_lambda_star_is_one_exactly_when_s_inside_a_proper_subgroup_or_bipartite(G, data):
    S = data.draw(multisets(G, min_size=1, max_size=3))
    T = _symmetrised(G, S)
    lam = sp.lambda_star(G, T, exact=True).value
    C = sp.cayley_graph(G, T)
    generates = generated_indices(G, np.array(T)).size == G.order
    assert (lam == 1) == (not generates or (nx.is_bipartite(nx.Graph(C)) and not any(s == 0 for s in T)))


def test_lambda_star_of_the_trivial_group_is_zero():
    assert sp.lambda_star(sp.group("C1"), [0]).value == 0


def test_dense_fallback_when_there_are_no_irreducibles(monkeypatch):
    G = sp.group("C6")

    def unavailable(H):
        raise sp.GroupTooLargeError("no irreducibles within Limits.max_numeric_irreducible_order")

    monkeypatch.setattr("symproof.cayley.spectra.irreducible_representations", unavailable)
    spec = sp.cayley_spectrum(G, [1], method="fourier", exact=False)
    assert spec.method == "dense" and spec.kind == "numeric"


def test_multiset_from_mapping_repeats_elements():
    G = sp.group("S3")
    assert cayley_multiset(G, {2: 2, 1: 1}).tolist() == [1, 2, 2]
