"""Equivariant maps X -> V_out: F (x) V_out checked against characters, explicit matrices and brute force."""

import numpy as np
import pytest
import sympy

import symproof as sp
from symproof.functions.equivariant import EquivariantMaps, equivariant_maps

S3, D4 = sp.group("S3"), sp.group("D4")


def _schemes(G):
    return [sp.AveragingScheme.from_weights(G, {0: 1}), sp.AveragingScheme.random(G, 2, seed=1),
            sp.AveragingScheme.random(G, 3, seed=7), sp.AveragingScheme.from_weights(G, {0: 2, 1: -1})]


def _cases():
    """(F, rho_out) on S3 and D4: polynomials and G-set functions, into trivial, sign, natural and regular."""
    out = []
    for G in (S3, D4):
        for F in (sp.polynomials(G, max_degree=1), sp.polynomials(G, max_degree=2)):
            for rho in (sp.trivial(G), sp.sign(G), sp.natural_action(G), sp.regular(G)):
                out.append((F, rho))
    out.append((sp.regular_functions(S3), sp.natural_action(S3)))
    return out


CASES = _cases()
IDS = [f"{F.group.name}-{F.name}-to-R{rho.dimension}-{i}" for i, (F, rho) in enumerate(CASES)]


def _explicit(F, rho):
    """``lambda_F(g) (x) rho_out(g)`` for every g, from the two explicit matrix families (numpy Kronecker)."""
    G = F.group
    return np.array([np.kron(np.array(F.matrix(g).to_Matrix(), dtype=float), rho.numeric(g)) for g in range(G.order)])


def _characters(mats):
    return np.trace(mats, axis1=1, axis2=2)


# -- rho_out trivial: the class is F --------------------------------------------------------------


@pytest.mark.parametrize("G", [S3, D4], ids=["S3", "D4"])
@pytest.mark.parametrize("k", [1, 2, 3])
def test_trivial_output_is_F(G, k):
    F = sp.polynomials(G, max_degree=k)
    M = equivariant_maps(F, sp.trivial(G))
    assert M.dimension == F.dimension
    assert M.multiplicities() == F.multiplicities()
    assert M.irreducibles() == F.irreducibles()
    for omega in _schemes(G):
        for error in (sp.weak_error, sp.strong_error):
            a, b = error(omega, M), error(omega, F)
            assert a.provenance == b.provenance and a.value == pytest.approx(b.value, abs=1e-12)
            if a.algebraic is not None:
                assert sympy.simplify(a.exact_value - b.exact_value) == 0


# -- rho_out regular: every irreducible occurs, AC_ex = |G| ------------------------------------------


@pytest.mark.parametrize("G", [S3, D4, sp.group("C5"), sp.group("A4")], ids=["S3", "D4", "C5", "A4"])
def test_regular_output_contains_every_irreducible(G):
    M = equivariant_maps(sp.polynomials(G, max_degree=1), sp.regular(G))
    T = sp.character_table(G)
    assert M.irreducibles() == tuple(range(1, len(T.degrees)))
    # F (x) regular = dim F copies of the regular representation: pi occurs dim F * d_pi times
    assert M.multiplicities() == [M.components.dimension * d for d in T.degrees]


@pytest.mark.parametrize("G", [S3, D4], ids=["S3", "D4"])
def test_regular_output_has_exact_complexity_the_order(G):
    M = equivariant_maps(sp.polynomials(G, max_degree=1), sp.regular(G))
    r = sp.averaging_complexity(M, "exact")
    assert r.is_decided and r.upper.value == G.order
    assert sp.is_exact(sp.AveragingScheme.uniform(G), M)
    # a proper subgroup is never exact on it (MATH.md section 3: only the uniform scheme is)
    assert not sp.is_exact(sp.AveragingScheme.on_elements(G, [0, 1]), M)


# -- multiplicities from characters, the representation from explicit matrices ---------------------


@pytest.mark.parametrize("F, rho", CASES, ids=IDS)
def test_multiplicities_are_inner_products_of_characters(F, rho):
    # <chi_F chi_out, chi_pi>, every character a trace of explicit matrices (F.matrix, rho.numeric, pi.numeric)
    G = F.group
    chi_F = np.array([float(F.matrix(g).to_Matrix().trace()) for g in range(G.order)])
    chi_out = _characters(rho.numeric())
    expected = []
    for pi in sp.irreducible_representations(G):
        chi_pi = np.array([np.trace(pi.numeric(g)) for g in range(G.order)])
        expected.append(np.sum(chi_F * chi_out * np.conj(chi_pi)) / G.order)
    assert np.allclose(np.imag(expected), 0, atol=1e-9)
    assert equivariant_maps(F, rho).multiplicities() == [round(x.real) for x in expected]


@pytest.mark.parametrize("F, rho", CASES[:6], ids=IDS[:6])
def test_the_representation_is_the_kronecker_product(F, rho):
    M = equivariant_maps(F, rho)
    assert M.dimension == F.dimension * rho.dimension
    mats = _explicit(F, rho)
    for g in range(F.group.order):
        assert np.allclose(np.array(M.matrix(g).to_Matrix(), dtype=float), mats[g])
    assert M.representation().character() == M.character()


# -- errors against brute force on the explicit matrices -----------------------------------------


def _brute_errors(omega, mats):
    """``w = ||E P_perp||^2``, ``s = max_g ||(A(g) - I) E P_perp||^2 / 2`` in an invariant inner product."""
    n, N = mats.shape[0], mats.shape[1]
    gram = sum(A.T @ A for A in mats)  # G-invariant: A(g)^T gram A(g) = gram
    vals, vecs = np.linalg.eigh(gram)
    half, half_inv = vecs @ np.diag(np.sqrt(vals)) @ vecs.T, vecs @ np.diag(1 / np.sqrt(vals)) @ vecs.T
    dense = omega.dense().astype(float)
    E = np.einsum("g,gij->ij", dense, mats)
    perp = np.eye(N) - mats.mean(axis=0)
    norm = lambda X: np.linalg.norm(half @ X @ half_inv, 2) ** 2  # noqa: E731
    weak = norm(E @ perp)
    strong = max(norm((mats[g] - np.eye(N)) @ E @ perp) for g in range(n)) / 2
    return weak, strong


@pytest.mark.parametrize("F, rho", CASES, ids=IDS)
def test_errors_match_brute_force(F, rho):
    M = equivariant_maps(F, rho)
    mats = _explicit(F, rho)
    for omega in _schemes(F.group):
        weak, strong = _brute_errors(omega, mats)
        assert sp.weak_error(omega, M).value == pytest.approx(weak, abs=1e-9)
        assert sp.strong_error(omega, M).value == pytest.approx(strong, abs=1e-9)


# -- the invariants are the equivariant maps -------------------------------------------------------


def test_invariants_are_the_equivariant_maps():
    # affine maps R^3 -> R^3 commuting with S3: x -> a x + b (sum x) 1 + c 1, a space of dimension 3
    rho = sp.natural_action(S3)
    M = equivariant_maps(sp.polynomials(rho, max_degree=1), rho)
    x = sp.coordinate_symbols(3)
    maps = [sympy.Matrix([f.coeff(e) for e in M.vectors]) for f in M.invariant_functions()]
    assert len(maps) == M.invariant_dimension() == 3
    for f in maps:
        for g in range(S3.order):
            R = rho.matrix(g)
            moved = f.subs(dict(zip(x, R * sympy.Matrix(x))), simultaneous=True)
            assert sympy.expand(moved - R * f) == sympy.zeros(3, 1)


# -- bad input --------------------------------------------------------------------------------------


def test_bad_input():
    F = sp.polynomials(S3, max_degree=1)
    with pytest.raises(sp.InvalidArgumentError):
        equivariant_maps("F", sp.trivial(S3))
    with pytest.raises(sp.InvalidArgumentError):
        equivariant_maps(F, [[1]])
    with pytest.raises(sp.InvalidValueError, match="representation of"):
        equivariant_maps(F, sp.trivial(D4))
    C3 = sp.group("C3")
    complex_irrep = next(pi.representation for pi in sp.irreducible_representations(C3) if pi.row)
    with pytest.raises(sp.InvalidMatrixError):
        equivariant_maps(sp.polynomials(C3, max_degree=1), complex_irrep)
    with pytest.raises(sp.InvalidArgumentError, match="products"):
        equivariant_maps(F, sp.sign(S3)).symmetric_products(2)


def test_a_group_means_its_natural_action():
    M = equivariant_maps(sp.polynomials(D4, max_degree=1), D4)
    assert isinstance(M, EquivariantMaps) and M.rho_out.dimension == 2 and M.dimension == 6
