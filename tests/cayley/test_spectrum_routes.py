"""The routes of cayley_spectrum and lambda_star (class sums, Fourier blocks, dense, Lanczos) against independent oracles.

Oracles: content sums with hook-length multiplicities (Frobenius, Diaconis-Shahshahani),
numpy on the dense adjacency matrix built from the multiplication table, scipy's eigsh on
the sparse adjacency. ``SYMPROOF_HYPOTHESIS_PROFILE=thorough`` extends the symmetric groups to
``n = 8``.
"""

import itertools
import os
from collections import Counter

import numpy as np
import pytest
import scipy.sparse
import sympy
from scipy.sparse.linalg import eigsh

import symproof as sp
from symproof.cayley.alon_roichman import random_cayley_multiset
from symproof.cayley.spectra import is_class_closed, lanczos_extremes
from symproof.exact.algebraic import RealAlgebraic
from tests.reps import oracles

THOROUGH = os.environ.get("SYMPROOF_HYPOTHESIS_PROFILE") == "thorough"
TRANSPOSITION_N = range(2, 9 if THOROUGH else 7)


def _transpositions(G, n):
    return [G.index([j if k == i else i if k == j else k for k in range(n)]) for i, j in itertools.combinations(range(n), 2)]


def _adjacency(G, S):
    """``A[x, s^{-1} x] += 1`` from the multiplication table (no symproof spectral code)."""
    A = np.zeros((G.order, G.order))
    for s in S:
        A[np.arange(G.order), G.mul(G.inverse(int(s)), np.arange(G.order))] += 1
    return A


def _random_symmetric(G, k, seed):
    rng = np.random.default_rng(seed)
    S = rng.integers(1, G.order, k).tolist()
    return sorted(S + [G.inverse(s) for s in S])


# -- class sums: the transposition graph -------------------------------------------------------------


@pytest.mark.parametrize("n", TRANSPOSITION_N)
def test_transposition_graph_spectrum_is_the_content_sums_with_multiplicity_dimension_squared(n):
    G = sp.group(f"S{n}")
    spec = sp.cayley_spectrum(G, _transpositions(G, n), operator="adjacency")
    expected = Counter()
    for shape in oracles.partitions(n):
        expected[sympy.Integer(oracles.content_sum(shape))] += oracles.hook_length_dimension(shape) ** 2
    assert spec.method == "class sums" and spec.provenance is sp.Provenance.EXACT
    assert spec.multiplicities() == dict(expected)
    assert sum(b.multiplicity * len(b.values) for b in spec.blocks) == G.order


def test_class_sums_never_need_the_elements_beyond_s(monkeypatch):
    """The class-sum route reads only the classes of the elements of S, their sizes and the table."""
    G = sp.group("S5")
    S = _transpositions(G, 5)
    sp.character_table(G)
    for name in ("left_translation", "right_translation"):
        monkeypatch.setattr(type(G), name, lambda *a, **k: pytest.fail("the class-sum route enumerated G"))
    spec = sp.cayley_spectrum(G, S)
    assert spec.method == "class sums"


# -- Fourier blocks against the dense matrix ---------------------------------------------------------


@pytest.mark.parametrize("spec, seed", [("S4", 0), ("S4", 1), ("D6", 2), ("Q8", 3), ("A4", 4), ("S5", 5)])
@pytest.mark.parametrize("quantity", ["eigenvalues", "singular values"])
def test_fourier_block_spectrum_equals_the_dense_numpy_spectrum(spec, seed, quantity):
    G = sp.group(spec)
    S = _random_symmetric(G, 2, seed) if quantity == "eigenvalues" else np.random.default_rng(seed).integers(
        0, G.order, 3).tolist()
    A = _adjacency(G, S)
    expected = (np.sort(np.linalg.eigvalsh(A)) if quantity == "eigenvalues"
                else np.sort(np.linalg.svd(A, compute_uv=False)))
    fast = sp.cayley_spectrum(G, S, operator="adjacency", quantity=quantity)
    route = "class sums" if is_class_closed(G, np.array(S)) else "fourier"
    assert fast.method == route and fast.provenance is sp.Provenance.EXACT
    assert np.allclose(np.sort(fast.to_numpy()), expected, atol=1e-9)


def test_young_blocks_are_exact_one_row_each_with_an_integer_characteristic_polynomial():
    G = sp.group("S6")
    S = random_cayley_multiset(G, 3, symmetric=True, seed=1)
    spec = sp.cayley_spectrum(G, S, operator="adjacency")
    assert spec.method == "fourier" and spec.provenance is sp.Provenance.EXACT
    T = sp.character_table(G)
    assert sorted(b.rows for b in spec.blocks) == [(i,) for i in range(len(T))]
    numeric = sp.cayley_spectrum(G, S, operator="adjacency", exact=False)
    assert np.allclose(spec.to_numpy(), numeric.to_numpy(), atol=1e-9)
    for b in spec.blocks:
        assert b.charpoly.degree() == len(b.values) == T.degrees[b.rows[0]]
        assert all(c.is_integer for c in b.charpoly.all_coeffs())  # algebraic-integer eigenvalues
        assert all(isinstance(v, (sympy.Basic, RealAlgebraic)) for v in b.values)


def test_non_symmetric_s_gets_certified_or_exact_eigenvalues_on_young_blocks():
    G = sp.group("S4")
    S = [G.index([1, 2, 3, 0]), G.index([1, 0, 2, 3])]  # a 4-cycle and a transposition: not symmetric
    spec = sp.cayley_spectrum(G, S, operator="adjacency")
    assert spec.method == "fourier" and spec.provenance.is_proof
    expected = np.linalg.eigvals(_adjacency(G, S))
    got = spec.to_numpy().astype(complex)
    assert all(np.min(np.abs(got - x)) < 1e-6 for x in expected)


# -- lambda_* on S8: Fourier blocks against eigsh ----------------------------------------------------------


def test_lambda_star_on_s8_by_fourier_blocks_equals_scipy_eigsh():
    G = sp.group("S8")
    S = random_cayley_multiset(G, 5, symmetric=True, seed=0)
    assert len(S) == 10
    lam = sp.lambda_star(G, S)
    assert lam.method == "fourier" and lam.provenance is sp.Provenance.EXACT
    rows = np.repeat(np.arange(G.order), len(S))                 # x -> s^{-1} x for each s
    cols = np.stack([G.mul(G.inverse(int(s)), np.arange(G.order)) for s in S], 1).ravel()
    M = scipy.sparse.csr_array((np.ones(G.order * len(S)) / len(S), (rows, cols)), shape=(G.order, G.order))
    top = eigsh(M, k=4, which="LM", return_eigenvectors=False, v0=np.ones(G.order) + np.arange(G.order) / G.order,
                tol=1e-10)
    top = np.sort(np.abs(top))[::-1]
    assert top[0] == pytest.approx(1.0, abs=1e-10)
    assert float(lam.value) == pytest.approx(top[1], abs=1e-8)


# -- the route recorded -------------------------------------------------------------------------------------


@pytest.mark.parametrize("spec, S, options, route", [
    ("S5", "transpositions", {}, "class sums"),
    ("C7", [1, 2], {}, "class sums"),                         # abelian: every S is class-closed
    ("S5", [1, 2], {}, "fourier"),
    ("S5", "transpositions", {"exact": False}, "fourier"),
    ("C7", [1, 2], {"exact": False}, "dense"),                # tiny and numeric: the dense matrix
    ("S5", [1, 2], {"method": "dense"}, "dense"),
])
def test_cayley_spectrum_records_the_route_it_took(spec, S, options, route):
    G = sp.group(spec)
    S = _transpositions(G, G.degree) if S == "transpositions" else S
    assert sp.cayley_spectrum(G, S, **options).method == route


def test_lambda_star_and_gap_record_their_route():
    G = sp.group("S5")
    T = _transpositions(G, 5)
    assert sp.lambda_star(G, T).method == "class sums"
    assert sp.spectral_gap(G, T).method == "class sums"
    assert sp.spectral_gap(G, T).value == sympy.Rational(1, 2)       # 1 - (content sum of (4, 1)) / 10 = 1 - 5/10
    S = _random_symmetric(G, 2, 0)
    assert sp.lambda_star(G, S).method == "fourier"
    assert sp.lambda_star(G, S, method="sparse").method == "sparse"
    with pytest.raises(sp.InvalidValueError, match="union of conjugacy classes"):
        sp.cayley_spectrum(G, S, method="class sums")


def test_lanczos_extremes_agree_with_the_exact_spectrum():
    G = sp.group("S5")
    S = _random_symmetric(G, 2, 7)
    spec = sp.cayley_spectrum(G, S)
    lanczos = lanczos_extremes(G, S)
    assert float(lanczos["lambda_star"]) == pytest.approx(float(spec.lambda_star()), abs=1e-8)
    assert float(lanczos["lambda_2"]) == pytest.approx(float(spec.second_eigenvalue()), abs=1e-8)
    assert float(lanczos["smallest"]) == pytest.approx(spec.to_numpy().min(), abs=1e-8)
    assert all(v.provenance is sp.Provenance.ESTIMATE and v.method == "sparse" for v in lanczos.values())
