"""Fourier transform on G: inversion, Plancherel, exactness and the S_n fast path."""

import numpy as np
import pytest
import sympy
from hypothesis import given
from hypothesis import strategies as st

import symproof as sp
from symproof.reps.fourier import (fourier_transform, fourier_transform_exact, inverse_fourier_transform,
                                   plancherel_defect)
from symproof.testing import catalog_groups, multisets


@given(catalog_groups(max_order=48), st.data())
def test_fourier_inversion_and_plancherel(G, data):
    rng = np.random.default_rng(data.draw(st.integers(0, 2**16)))
    omega = rng.standard_normal(G.order)
    hats = fourier_transform(G, omega)
    assert np.allclose(inverse_fourier_transform(G, hats), omega)
    assert abs(plancherel_defect(G, omega, hats)) < 1e-9 * max(1.0, float(np.sum(omega**2)))


@given(catalog_groups(max_order=48), st.data())
def test_uniform_scheme_on_a_multiset_is_the_sum_of_its_matrices(G, data):
    S = data.draw(multisets(G, min_size=1, max_size=5))
    omega = np.bincount(S, minlength=G.order) / len(S)
    for pi, hat in zip(sp.irreducible_representations(G), fourier_transform(G, omega)):
        assert np.allclose(hat, sum(pi.numeric(g) for g in S) / len(S))


def test_uniform_scheme_kills_every_non_trivial_irreducible():
    G = sp.group("D4")
    hats = fourier_transform_exact(G, [sympy.Rational(1, 8)] * 8)
    assert hats[0] == sympy.Matrix([[1]])
    assert all(h == sympy.zeros(*h.shape) for h in hats[1:])


def test_exact_transform_of_a_subgroup_scheme_is_a_projection():
    # uniform on a reflection subgroup {e, s}: omega_hat = projection onto the s-fixed vectors
    G = sp.group("D4")
    s = int(G.generator_indices[1])
    hats = fourier_transform_exact(G, {0: sympy.Rational(1, 2), s: sympy.Rational(1, 2)})
    for h in hats:
        assert h * h == h


@pytest.mark.parametrize("n", [5, 6])
def test_symmetric_group_fast_path_equals_the_naive_sum(n):
    G = sp.group(f"S{n}")
    rng = np.random.default_rng(n)
    support = rng.choice(G.order, size=30, replace=False)
    weights = rng.random(30)
    omega = dict(zip(support.tolist(), weights.tolist()))
    for pi, hat in zip(sp.irreducible_representations(G), fourier_transform(G, omega)):
        naive = sum(w * pi.numeric(int(g)) for g, w in zip(support, weights))
        assert np.allclose(hat, naive)


def test_bad_weights():
    with pytest.raises(sp.InvalidArgumentError, match="3 weights"):
        fourier_transform(sp.group("S3"), [1, 0, 0])
