"""Explicit irreducibles: unitary homomorphisms realising their rows, exactly where exact."""

import numpy as np
import pytest
import sympy
from hypothesis import given
from hypothesis import strategies as st

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

import symproof as sp
from symproof.exact import cyclotomic as cyc
from symproof.reps.irreducibles import Construction
from symproof.testing import catalog_groups, elements

TOL = 1e-9


@given(catalog_groups(max_order=48))
def test_irreducibles_are_unitary_homomorphisms_with_the_right_characters(G):
    irreps = sp.irreducible_representations(G)
    T = sp.character_table(G)
    assert [pi.row for pi in irreps] == list(range(len(T)))
    assert [pi.dimension for pi in irreps] == list(T.degrees)
    for pi in irreps:
        assert max(pi.errors.values()) < TOL, (pi, pi.errors)


@given(catalog_groups(max_order=24), st.data())
def test_exact_irreducibles_are_exact_homomorphisms(G, data):
    g, h = data.draw(elements(G)), data.draw(elements(G))
    for pi in sp.irreducible_representations(G):
        rho = pi.representation
        if rho is None:
            continue
        assert rho.domain_matrix(G.mul(g, h)) == (rho.domain_matrix(g) * rho.domain_matrix(h)).to_dense()
        M = rho.domain_matrix(g)
        assert (M * _conjugate_transpose(M, G)).to_dense() == DomainMatrix.eye(pi.dimension, M.domain).to_dense()


def _conjugate_transpose(M, G):
    K = M.domain
    if K == QQ or K.ext.as_expr().is_real:
        return M.transpose()
    f = next(f for f in sympy.divisors(2 * G.exponent) if cyc.cyclotomic_field(f) == K)
    rows = [[cyc.conjugate(x, f) for x in row] for row in M.transpose().to_list()]
    return DomainMatrix(rows, M.shape[::-1], K)


@pytest.mark.parametrize("spec, methods", [
    ("C6", {"linear"}), ("D5", {"linear", "dihedral"}), ("D6", {"linear", "dihedral"}),
    ("S5", {"young-orthogonal"}), ("Q8", {"linear", "induced"}), ("C7 x| C3", {"linear", "induced"}),
    ("SL(2,3)", {"linear", "induced", "numeric"}),
    # the 3-dimensional irreducibles are induced from subgroups that need three generators (C2^3, C2 x D4)
    ("C2 x A4", {"linear", "induced"}), ("B3", {"linear", "induced"}),
])
def test_construction_methods(spec, methods):
    assert {pi.construction.value for pi in sp.irreducible_representations(sp.group(spec))} == methods
    assert all(isinstance(pi.construction, Construction) for pi in sp.irreducible_representations(sp.group(spec)))


def test_young_orthogonal_irreducibles_of_s4_are_exactly_orthogonal():
    G = sp.group("S4")
    for pi in sp.irreducible_representations(G):
        for g in range(G.order):
            M = pi.matrix(g)
            assert sympy.simplify(M * M.T - sympy.eye(pi.dimension)) == sympy.zeros(pi.dimension)


def test_dihedral_irreducibles_are_rotation_and_reflection_blocks():
    G = sp.group("D5")
    pi = sp.irreducible_representations(G)[2]
    r = int(G.generator_indices[0])
    theta = 2 * sympy.pi * pi.label / 5
    rotation = sympy.Matrix([[sympy.cos(theta), -sympy.sin(theta)], [sympy.sin(theta), sympy.cos(theta)]])
    assert sympy.simplify(pi.matrix(r) - rotation) == sympy.zeros(2)


def test_numeric_matrix_of_an_exact_irreducible_matches():
    G = sp.group("Q8")
    pi = sp.irreducible_representations(G)[4]
    for g in range(G.order):
        assert np.allclose(np.array(pi.matrix(g).evalf(), dtype=complex), pi.numeric(g))


def test_numeric_irreducible_refuses_exact_matrices():
    pi = next(p for p in sp.irreducible_representations(sp.group("A5")) if p.construction is Construction.NUMERIC)
    with pytest.raises(ValueError, match="numeric"):
        pi.matrix(0)


@pytest.mark.parametrize("spec", ["C2 x A4", "B3"])
def test_irreducibles_induced_from_three_generated_subgroups_are_exact_homomorphisms(spec):
    """Every product, every element pair: exact matrices, their product law, and the character table's values."""
    G = sp.group(spec)
    T = sp.character_table(G)
    for pi in sp.irreducible_representations(G):
        if pi.dimension < 3:
            continue
        rho = pi.representation
        mats = [rho.domain_matrix(g) for g in range(G.order)]
        for g in range(G.order):
            for h in range(0, G.order, 5):
                assert mats[G.mul(g, h)] == (mats[g] * mats[h]).to_dense()
        traces = [complex(sympy.N(mats[G.conjugacy_classes()[c].representative].to_Matrix().trace()))
                  for c in range(len(T[pi.row].values))]
        assert np.allclose(traces, T.numeric()[pi.row])
