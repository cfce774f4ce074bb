"""Certified weak errors on L^2(S_8), L^2(S_9), and seconds for exact averaging complexities.

Run: ``python benchmarks/complexity.py``. Prints (1) the certified weak error and seconds
for a seeded 90-element random scheme (``AveragingScheme.random(G, 90, seed=0)``) on
``L^2(S_8)`` and ``L^2(S_9)`` (irreducibles built first, timed separately), and (2) for every
catalog group of order <= 24, the seconds for ``AC_ex`` of the regular representation and of
``Sym^{<=2}`` of the natural action, with the interval found.
"""

from __future__ import annotations

import time

import symproof as sp


def main() -> None:
    print("certified weak error of a seeded 90-element scheme")
    for n in (8, 9):
        G = sp.group(f"S{n}")
        F = sp.regular_functions(G)
        start = time.perf_counter()
        sp.irreducible_representations(G)
        built = time.perf_counter() - start
        start = time.perf_counter()
        w = sp.weak_error(sp.AveragingScheme.random(G, 90, seed=0), F)
        print(f"  L^2(S{n}): w = {w.value:.6f} in [{w.lower:.6f}, {w.upper:.6f}] ({w.kind}); "
              f"irreducibles {built:.2f} s, error {time.perf_counter() - start:.2f} s", flush=True)
    print(f"\n{'group':>14} {'order':>6} {'AC_ex(L^2)':>11} {'s':>6} {'AC_ex(Sym<=2)':>14} {'s':>6}")
    for G in sp.catalog(24):
        start = time.perf_counter()
        reg = sp.averaging_complexity(sp.regular_functions(G), "exact")
        t_reg = time.perf_counter() - start
        start = time.perf_counter()
        sym = sp.averaging_complexity(sp.polynomials(sp.natural_action(G), max_degree=2), "exact")
        t_sym = time.perf_counter() - start
        cell = str(sym.lower) if sym.is_decided else f"[{sym.lower},{sym.upper}]"
        print(f"{G.name:>14} {G.order:>6} {reg.upper:>11} {t_reg:>6.2f} {cell:>14} {t_sym:>6.2f}", flush=True)


if __name__ == "__main__":
    main()
