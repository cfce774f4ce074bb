"""Seconds for the Fourier transform of a seeded 100-element scheme on S_7, S_8, S_9.

Run: ``python benchmarks/fourier.py``. The scheme is uniform on 100 distinct elements drawn
with ``numpy.random.default_rng(0)``; every irreducible is transformed (Young's orthogonal
form, elements applied as words in adjacent transpositions). Prints the seconds to build
the irreducibles and to transform, and the operator norms of the non-trivial blocks
(largest three and the weak error ``w = max ||omega_hat(pi)||^2``, an estimate: floating point).
"""

from __future__ import annotations

import time

import numpy as np

import symproof as sp
from symproof.reps.fourier import fourier_transform


def main() -> None:
    print(f"{'group':>6} {'irreps':>7} {'build s':>8} {'transform s':>12} {'largest block norms':>32} {'w':>8}")
    for n in (7, 8, 9):
        G = sp.group(f"S{n}")
        support = np.random.default_rng(0).choice(G.order, size=100, replace=False)
        omega = {int(g): 1 / 100 for g in support}
        start = time.perf_counter()
        irreps = sp.irreducible_representations(G)
        built = time.perf_counter() - start
        start = time.perf_counter()
        hats = fourier_transform(G, omega)
        seconds = time.perf_counter() - start
        norms = sorted((float(np.linalg.norm(h, 2)) for h in hats[1:]), reverse=True)
        print(f"S{n:>5} {len(irreps):>7} {built:>8.2f} {seconds:>12.2f} {str([round(x, 4) for x in norms[:3]]):>32} "
              f"{norms[0] ** 2:>8.4f}", flush=True)


if __name__ == "__main__":
    main()
