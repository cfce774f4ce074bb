"""Spectra, lambda_*, gaps and Cheeger bounds say what their numbers are (issue 9)."""

import symproof as sp
from symproof.cayley.alon_roichman import lambda_star_trials
from symproof.cayley.expansion import cheeger_bounds, edge_expansion
from symproof.cayley.spectra import cayley_spectrum, lambda_star, spectral_gap
from symproof.exact.provenance import Provenance

C8 = [[1, 2, 3, 4, 5, 6, 7, 0], [7, 0, 1, 2, 3, 4, 5, 6]]


def test_exact_route_is_exact_and_floating_point_routes_are_estimates():
    G = sp.group("C8")
    exact = cayley_spectrum(G, C8)
    assert exact.provenance is Provenance.EXACT and exact.kind == "exact"
    assert all(b.provenance is Provenance.EXACT for b in exact.blocks)
    for method in ("dense",):
        numeric = cayley_spectrum(G, C8, method=method)
        assert numeric.provenance is Provenance.ESTIMATE and numeric.kind == "numeric"
        assert all(b.provenance is Provenance.ESTIMATE for b in numeric.blocks)
    numeric = cayley_spectrum(G, C8, exact=False)
    assert numeric.provenance is Provenance.ESTIMATE
    assert lambda_star(G, C8).provenance is Provenance.EXACT
    assert lambda_star(G, C8, method="sparse").provenance is Provenance.ESTIMATE
    assert spectral_gap(G, C8).provenance is Provenance.EXACT
    assert spectral_gap(G, C8, method="dense").provenance is Provenance.ESTIMATE
    assert "numeric" not in {p.value for p in Provenance}


def test_cheeger_bounds_and_expansion_carry_provenance():
    G = sp.group("C8")
    assert cheeger_bounds(G, C8).provenance is Provenance.EXACT
    numeric = cheeger_bounds(G, C8, exact=False)
    assert numeric.provenance is Provenance.ESTIMATE and numeric.kind == "numeric"
    h = edge_expansion(sp.cayley_graph(G, C8))
    assert h.provenance is Provenance.EXACT and numeric.holds_for(float(h.value))


def test_alon_roichman_trials_are_estimates():
    rows = lambda_star_trials(sp.group("C2^4"), 8, trials=2)
    assert all(r.provenance is Provenance.ESTIMATE and r.kind == "numeric" for r in rows)
