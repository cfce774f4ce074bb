"""Conjectured bounds on K* evaluated on single actions (MATH.md section 4)."""

import symproof as sp
from symproof.checking.conjectures import k_candidate_bounds
from symproof.reps.constructions import sign


def test_threshold_report_matches_math_md_counterexamples():
    # MATH.md section 4: sum (M - 1) vs K*: S3 2 vs 3, S4 4 vs 6, D4 on R^2 2 vs 4, Z2 on R 0 vs 1
    cases = {"S3": (2, 3), "S4": (4, 6), "D4": (2, 4)}
    for spec, (value, k_star) in cases.items():
        rho = sp.natural_action(sp.group(spec))
        report, candidates = sp.tensor_power_threshold(rho), k_candidate_bounds(rho)
        assert (candidates[0].value, report.k_star) == (value, k_star)
        assert candidates[0].holds is False and candidates[1].holds is True
        assert {c.status for c in candidates} == {"conjecture"}
    z2 = sp.linear_action(sp.group("C2"), [[[-1]]])
    report, candidates = sp.tensor_power_threshold(z2), k_candidate_bounds(z2)
    assert (candidates[0].value, report.k_star, report.proven_bound) == (0, 1, 1)


def test_candidates_are_undecided_without_a_threshold():
    G = sp.group("S3")
    candidates = k_candidate_bounds(sign(G))  # kernel A3: the 2-dimensional irreducible never occurs
    assert all(c.holds is None for c in candidates)
