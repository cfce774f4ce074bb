"""The per-support optimum with certificates on both sides (symproof.averaging.duality).

Oracles: closed forms (Z_2^m with the unit vectors, MATH.md section 4; subgroup schemes, MATH.md section 3),
a brute-force minimisation of the errors computed on L^2(G) from the multiplication table (no irreducibles),
and the reference SDP of tests/reference (cvxpy, a different model of F).
"""

from __future__ import annotations

import importlib.util
import json
from fractions import Fraction

import numpy as np
import pytest
import sympy
from scipy.optimize import minimize_scalar

import symproof as sp
from symproof.averaging.duality import DualCertificate, support_optimum, verify_certificate
from symproof.errors import InvalidArgumentError, InvalidValueError, NotInGroupError
from symproof.exact.provenance import Provenance

pytest.importorskip("clarabel")

TIGHT = 1e-6


# -- the independent oracle: errors on L^2(G) from the multiplication table, minimised by nested 1-d searches


def regular_matrices(G):
    n = G.order
    L = np.zeros((n, n, n))
    for g in range(n):
        L[g, G.mul(g, np.arange(n)), np.arange(n)] = 1.0
    for g in range(n):  # a representation for the library's group law
        for h in range(n):
            assert np.array_equal(L[g] @ L[h], L[int(G.mul(g, h))])
    return L


def brute_error(L, kind, S, w):
    n = L.shape[0]
    E = np.einsum("k,kij->ij", w, L[list(S)]) @ (np.eye(n) - 1.0 / n)
    if kind == "weak":
        return float(np.linalg.norm(E, 2)) ** 2
    return max(float(np.linalg.norm((L[g] - np.eye(n)) @ E, 2)) ** 2 for g in range(n)) / 2


def _line_min(f, lo, hi):
    res = minimize_scalar(f, bounds=(lo, hi), method="bounded", options={"xatol": 1e-11})
    return float(min(res.fun, f(lo), f(hi)))


def brute_optimum(L, kind, S, signed):
    """The least error on S: convex in the weights, so nested bounded Brent searches find it (|S| <= 3)."""
    lo, box = (-4.0, 5.0) if signed else (0.0, 1.0)

    def err(*free):
        return brute_error(L, kind, S, np.array([*free, 1 - sum(free)]))

    if len(S) == 2:
        return _line_min(lambda a: err(a), lo, box)
    return _line_min(lambda a: _line_min(lambda b: err(a, b), lo, box if signed else 1 - a), lo, box)


def _bracketed(r, exact_value, tol=TIGHT):
    assert r.lower.provenance is Provenance.CERTIFIED
    assert float(r.lower) <= exact_value + 1e-12
    assert r.upper.upper >= exact_value - 1e-12
    assert r.gap < tol


# -- the planted optimum: Z_2^m with the identity and the unit vectors


@pytest.mark.parametrize("m", [2, 3, 4])
@pytest.mark.parametrize("signed", [False, True])
def test_unit_vectors_of_z2m(m, signed):
    """w = ((m-1)/(m+1))^2 (MATH.md 4; the symmetric weights are optimal by convexity, signed or not); s = 2w."""
    G = sp.group(f"C2^{m}")
    F = sp.regular_functions(G)
    S = [0, *(int(g) for g in G.generator_indices)]
    assert len(S) == m + 1
    w = Fraction(m - 1, m + 1) ** 2
    r = support_optimum(F, S, "weak", signed=signed, exact=True)
    assert r.value == pytest.approx(float(w), abs=1e-7)
    assert r.upper.exact_value == sympy.Rational(w.numerator, w.denominator)
    _bracketed(r, float(w))
    s = support_optimum(F, S, "strong", signed=signed)
    assert s.value == pytest.approx(2 * float(w), abs=1e-7)
    _bracketed(s, 2 * float(w))


def _subgroup(G, generators):
    H = {0}
    while True:
        bigger = H | {int(G.mul(h, g)) for h in H for g in generators}
        if bigger == H:
            return sorted(H)
        H = bigger


@pytest.mark.parametrize("spec", ["S4", "C2^3", "Q8"])
@pytest.mark.parametrize("signed", [False, True])
def test_subgroup_supports_have_optimum_one(spec, signed):
    """A non-trivial pi in Ind_H^G 1 has an H-fixed unit vector v and omega_hat(pi) v = v: w >= 1 (MATH.md 4)."""
    G = sp.group(spec)
    F = sp.regular_functions(G)
    g = [int(x) for x in G.generator_indices]
    H = _subgroup(G, g[:1] if spec == "Q8" else g[:-1])
    assert 1 < len(H) < G.order
    r = support_optimum(F, H, "weak", signed=signed, exact=not signed)
    assert float(r.lower) >= 1 - 1e-9
    assert r.lower.provenance is Provenance.CERTIFIED
    if not signed:
        assert r.upper.exact_value == 1
    assert r.upper.upper <= 1 + 1e-7


@pytest.mark.parametrize("signed", [False, True])
@pytest.mark.parametrize("kind", ["weak", "strong"])
def test_exact_support_has_optimum_zero(signed, kind):
    """The uniform scheme on C3 in C6 is exact on poly<=2 of the hexagon (the frequencies 2 and 4 are
    killed, and so are 1 and 5): the optimum is 0, reached by the solver up to rounding below 0."""
    G = sp.group("C6")
    F = sp.polynomials(sp.natural_action(G), max_degree=2)
    C3 = [g for g in range(G.order) if G.mul(g, G.mul(g, g)) == 0]  # x^3 = e
    assert len(C3) == 3
    assert sp.is_exact(sp.AveragingScheme.on_elements(G, C3), F)
    r = support_optimum(F, C3, kind, signed=signed)
    assert abs(r.value) < 1e-9 and r.upper.upper < 1e-9 and r.lower.value <= r.upper.upper


def test_a_solver_that_stalls_leaves_the_support_open(monkeypatch):
    """A status other than Solved (e.g. InsufficientProgress) with no usable point: no scheme, no proof, no crash."""
    import clarabel

    class Stalled:
        status, iterations = "InsufficientProgress", 50

        def __init__(self, *args):
            self.x, self.z = np.full(args[1].size, np.nan), np.full(args[3].size, np.nan)

    class Solver:
        def __init__(self, P, q, A, b, cones, settings):
            self.result = Stalled(P, q, A, b)

        def solve(self):
            return self.result

    monkeypatch.setattr(clarabel, "DefaultSolver", Solver)
    from symproof.averaging.duality import SupportProblem

    P = SupportProblem(sp.regular_functions(sp.group("S3")), [0, 1, 3])
    assert P.value == float("inf") and "no usable solution" in P.solver
    assert P.lower.value == 0


# -- against brute force on small supports


CASES = [("S3", (0, 1)), ("S3", (0, 1, 3)), ("C4", (0, 1)), ("C4", (0, 1, 2)), ("Q8", (0, 3)), ("Q8", (0, 1, 5))]


@pytest.mark.parametrize("spec,S", CASES)
@pytest.mark.parametrize("kind", ["weak", "strong"])
@pytest.mark.parametrize("signed", [False, True])
def test_against_brute_force(spec, S, kind, signed):
    G = sp.group(spec)
    F = sp.regular_functions(G)
    best = brute_optimum(regular_matrices(G), kind, S, signed)
    r = support_optimum(F, S, kind, signed=signed)
    assert r.value == pytest.approx(best, abs=TIGHT)
    assert float(r.lower) <= best + 1e-9  # the brute force is the error of some scheme: at least the optimum
    assert r.upper.upper >= best - TIGHT
    assert r.gap < TIGHT
    assert r.scheme.is_probability or signed
    assert set(r.scheme.support.tolist()) <= set(S)


@pytest.fixture(scope="module")
def reference_poly2():
    from tests.reference import brute_force as bf

    gd = bf.group_data(sp.group("S4"))
    return bf, bf.make_class("poly2", gd, bf.polynomial_matrices(gd, 2))


@pytest.mark.skipif(importlib.util.find_spec("cvxpy") is None, reason="the reference SDP needs cvxpy")
@pytest.mark.parametrize("kind,signed", [("weak", False), ("strong", True)])
def test_against_the_reference_sdp_on_a_polynomial_class(reference_poly2, kind, signed):
    """S4 on polynomials of degree <= 2: the reference SDP of tests/reference in its own model of F."""
    bf, cls = reference_poly2
    G = sp.group("S4")
    F = sp.polynomials(sp.natural_action(G), max_degree=2)
    ref = bf.SupportOptimiser(cls, kind, signed)
    for S in [(0, 3, 10, 17)]:
        value, _ = ref.optimum(S)
        r = support_optimum(F, S, kind, signed=signed)
        assert r.value == pytest.approx(value, abs=1e-6)
        assert float(r.lower) <= value + 1e-6 and r.upper.upper >= value - 1e-6
        assert r.gap < TIGHT


# -- the certificate: independent re-check, serialisation, misuse


def test_certificate_round_trip_and_recheck():
    G = sp.group("S4")
    F = sp.regular_functions(G)
    for signed in (False, True):
        r = support_optimum(F, [0, 1, 5, 9], "strong", signed=signed)
        data = json.loads(json.dumps(r.certificate.as_data()))
        cert = DualCertificate.from_data(data)
        assert cert == r.certificate
        assert verify_certificate(cert, F, upper=r.upper.upper) == r.lower
    # a signed certificate proves nothing without a proven upper bound on the optimum
    assert verify_certificate(r.certificate, F) == 0


def test_rescaled_certificate_is_still_valid_and_wrong_class_is_refused():
    G = sp.group("S4")
    F = sp.regular_functions(G)
    r = support_optimum(F, [0, 1, 5], "weak")
    cert = r.certificate
    doubled = DualCertificate(cert.kind, cert.signed, cert.support,
                              tuple(type(b)(b.row, b.shift, 2 * b.left, b.right) for b in cert.blocks))
    assert float(verify_certificate(doubled, F)) == pytest.approx(float(r.lower), rel=1e-12)
    small = sp.polynomials(sp.natural_action(G), max_degree=1)  # Irr(F) is the standard representation alone
    with pytest.raises(InvalidValueError, match="not in Irr"):
        verify_certificate(cert, small)


def test_smaller_class_has_smaller_optimum():
    """Irr(F1) inside Irr(F2) gives a smaller optimum (MATH.md 3): the certified brackets agree."""
    G = sp.group("S4")
    S = [0, 1, 5, 9]
    big = support_optimum(sp.regular_functions(G), S, "weak")
    small = support_optimum(sp.polynomials(sp.natural_action(G), max_degree=1), S, "weak")
    assert float(small.lower) <= big.upper.upper


def test_bad_input():
    G = sp.group("S3")
    F = sp.regular_functions(G)
    with pytest.raises(InvalidValueError):
        support_optimum(F, [0, 1], "medium")
    with pytest.raises(InvalidValueError):
        support_optimum(F, [], "weak")
    with pytest.raises(InvalidValueError):
        support_optimum(F, [0, 1, 1], "weak")
    with pytest.raises(NotInGroupError):
        support_optimum(F, [0, 6], "weak")
    with pytest.raises(InvalidArgumentError):
        support_optimum(G, [0, 1], "weak")
    with pytest.raises(InvalidArgumentError):
        verify_certificate("certificate", F)
