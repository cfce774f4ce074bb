"""The class-sum route of cayley_spectrum (S a union of conjugacy classes), against closed forms and the dense route."""

import itertools
from fractions import Fraction

import numpy as np
import pytest
import sympy

import symproof as sp


def _transpositions(G, n):
    return [G.index([j if k == i else i if k == j else k for k in range(n)]) for i, j in itertools.combinations(range(n), 2)]


def _content_sums(n):
    """Eigenvalues of the transposition walk on S_n: the content sum of each partition over C(n, 2) (Diaconis)."""
    out = []
    for shape in _partitions(n):
        content = sum(j - i for i, row in enumerate(shape) for j in range(row))
        out.append((shape, Fraction(content, n * (n - 1) // 2)))
    return out


def _partitions(n, largest=None):
    largest = n if largest is None else largest
    if n == 0:
        yield ()
        return
    for k in range(min(n, largest), 0, -1):
        for rest in _partitions(n - k, k):
            yield (k, *rest)


@pytest.mark.parametrize("n", [3, 4, 5, 6, 7])
def test_transposition_walk_eigenvalues_are_content_sums(n):
    G = sp.group(f"S{n}")
    spectrum = sp.cayley_spectrum(G, _transpositions(G, n))
    assert spectrum.method == "class sums" and spectrum.provenance is sp.Provenance.EXACT
    got = sorted({sympy.Rational(v) for b in spectrum.blocks for v in b.values})
    expected = sorted({sympy.Rational(c.numerator, c.denominator) for _, c in _content_sums(n)})
    assert got == expected
    assert sum(b.multiplicity * len(b.values) for b in spectrum.blocks) == G.order


@pytest.mark.parametrize("spec", ["S4", "A4", "D5", "Q8", "C6"])
def test_class_sums_agree_with_the_dense_matrix(spec):
    G = sp.group(spec)
    for cls in G.conjugacy_classes()[1:]:
        S = np.flatnonzero(G.class_of == G.class_of[cls.representative]).tolist()
        for quantity in ("eigenvalues", "singular values"):
            fast = sp.cayley_spectrum(G, S + S, quantity=quantity)  # multiplicities are allowed
            dense = sp.cayley_spectrum(G, S + S, quantity=quantity, method="dense")
            assert fast.method == "class sums"
            a, b = fast.to_numpy(), dense.to_numpy()
            assert np.allclose(np.sort_complex(a.astype(complex)), np.sort_complex(b.astype(complex)), atol=1e-9)
