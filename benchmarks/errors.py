"""Seconds for exact and certified weak and strong errors, with the certified enclosure widths.

Run: ``python benchmarks/errors.py``. For each case, a seeded random scheme
(``AveragingScheme.random(G, n, seed=0)``) on a function class:

* C7 on R^2, linear functions, n = 3 (the issue's "under 1 s" case for the exact weak error);
* C16 on R^2, polynomials of degree <= 2, n = 3, and on L^2 with a 2-element scheme (which
  took 141 s before the exact engine); D5 and S4 on polynomials of degree <= 2 of their
  natural actions, n = 4; S5 on polynomials of degree <= 1, n = 5;
* L^2(S8) with the Theorem-15 sample size n = 90 (certified only: its irreducibles have
  dimension up to 90, beyond ``Limits.max_exact_eigen_dimension``; the strong error of
  L^2(S8) is the certified sandwich ``[|G|/(|G|-1) w, 2 w]``).

Columns: ``exact w s`` / ``exact s s`` (seconds for the exact algebraic values, after a
one-off ``setup s`` that builds the character table and irreducibles), ``cert w s`` /
``cert s s`` (seconds for the ball-arithmetic enclosures), the values, and the widths
``upper - lower`` of the certified enclosures. The exact column also reports the degree of
the minimal polynomial of the exact weak error.
"""

from __future__ import annotations

import time

import symproof as sp


def timed(call, *args, **kwargs):
    start = time.perf_counter()
    out = call(*args, **kwargs)
    return out, time.perf_counter() - start


CASES = [
    ("C7", "poly<=1", lambda G: sp.polynomials(sp.natural_action(G), max_degree=1), 3, True),
    ("C16", "poly<=2", lambda G: sp.polynomials(sp.natural_action(G), max_degree=2), 3, True),
    ("C16", "L^2", sp.regular_functions, 2, True),
    ("D5", "poly<=2", lambda G: sp.polynomials(sp.natural_action(G), max_degree=2), 4, True),
    ("S4", "poly<=2", lambda G: sp.polynomials(sp.natural_action(G), max_degree=2), 4, True),
    ("S5", "poly<=1", lambda G: sp.polynomials(sp.natural_action(G), max_degree=1), 5, True),
    ("S8", "L^2", sp.regular_functions, 90, False),
]


def main() -> None:
    print(f"{'group':6} {'class':8} {'n':>3} {'setup s':>8} {'exact w s':>9} {'exact s s':>9} {'cert w s':>8} "
          f"{'cert s s':>8} {'w':>10} {'s':>10} {'deg w':>5} {'width w':>9} {'width s':>9}")
    for spec, label, make, n, exact in CASES:
        G = sp.group(spec)
        start = time.perf_counter()
        F = make(G)
        sp.irreducible_representations(G)
        F.irreducibles()
        setup = time.perf_counter() - start
        omega = sp.AveragingScheme.random(G, n, seed=0)
        ew = es = None
        tw = ts = float("nan")
        if exact:
            ew, tw = timed(sp.weak_error, omega, F)
            es, ts = timed(sp.strong_error, omega, F)
        cw, tcw = timed(sp.weak_error, omega, F, exact=False)
        cs, tcs = timed(sp.strong_error, omega, F, exact=False)
        degree = ew.algebraic.degree if ew is not None and ew.algebraic is not None else "-"
        print(f"{spec:6} {label:8} {n:>3} {setup:8.2f} {tw:9.3f} {ts:9.3f} {tcw:8.3f} {tcs:8.3f} "
              f"{cw.value:10.6f} {cs.value:10.6f} {degree!s:>5} {cw.upper - cw.lower:9.1e} {cs.upper - cs.lower:9.1e}")


if __name__ == "__main__":
    main()
