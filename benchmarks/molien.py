"""Seconds for all Molien series of a linear action: every irreducible, 30 coefficients.

Run: ``python benchmarks/molien.py``. For ``S_n`` permuting the coordinates of ``R^n``
(``n = 4..8``), the hyperoctahedral group ``B_4`` on ``R^4`` and the rotation group
``C_12`` on ``R^2``: seconds for the character table (not part of the Molien figure),
seconds for the first 30 coefficients of the Molien series of every irreducible (exact
power-series arithmetic, from scratch: each group and action is new), then seconds for all
reduced rational functions (the further coefficients up to the degree of the common
denominator and the polynomial reductions), and the threshold ``K*``. No external reference is timed: SymPy has no Molien series, and a symbolic
series expansion of the rational functions is not a like-for-like comparison.
"""

from __future__ import annotations

import time

import symproof as sp

SPECS = ["S4", "S5", "S6", "S7", "S8", "B4", "C12"]
TERMS = 30


def main() -> None:
    print(f"{'group':>6} {'order':>6} {'d':>3} {'#irr':>5} {'table s':>8} {'30 coeffs s':>12} "
          f"{'fractions s':>12} {'K*':>4}")
    sp.character_table(sp.group("S3"))  # warm up imports outside the timings
    for spec in SPECS:
        G = sp.group(spec)
        start = time.perf_counter()
        T = sp.character_table(G)
        t_table = time.perf_counter() - start
        rho = sp.natural_action(G)
        start = time.perf_counter()
        for i in range(len(T)):
            sp.molien_series(rho, i).coefficients(TERMS)
        t_coeffs = time.perf_counter() - start
        start = time.perf_counter()
        for i in range(len(T)):
            _ = sp.molien_series(rho, i).rational_function
        t_fractions = time.perf_counter() - start
        k_star = sp.tensor_power_threshold(rho).k_star
        print(f"{spec:>6} {G.order:>6} {rho.dimension:>3} {len(T):>5} {t_table:>8.3f} {t_coeffs:>12.3f} "
              f"{t_fractions:>12.3f} {k_star:>4}")


if __name__ == "__main__":
    main()
