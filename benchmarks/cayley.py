"""Seconds for Cayley-graph spectra of S_n: Fourier blocks against dense and sparse matrices.

Run: ``python benchmarks/cayley.py``. For ``n = 6..10`` and two multisets, all
transpositions and a seeded random symmetric set of 10 elements (5 draws and their
inverses, ``random_cayley_multiset(G, 5, symmetric=True, seed=0)``):

* ``fourier s``: the full spectrum through the blocks ``omega_hat(pi)`` (Young's orthogonal
  form, numeric), after a one-off ``setup s`` for the character table and irreducibles;
* ``dense s``: the full spectrum of the ``|G| x |G|`` matrix with numpy (``n <= 7``);
* ``sparse s``: ``lambda_*`` alone with ARPACK on the sparse matrix (``n = 8, 9``);
* the ratios ``dense/fourier`` and ``sparse/fourier``, and the largest disagreement between
  the routes (spectra for dense, ``lambda_*`` for sparse).
"""

from __future__ import annotations

import itertools
import time

import numpy as np

import symproof as sp
from symproof.cayley.alon_roichman import random_cayley_multiset

DENSE_MAX_N = 7
SPARSE_N = (8, 9)


def timed(call, *args, **kwargs):
    start = time.perf_counter()
    out = call(*args, **kwargs)
    return out, time.perf_counter() - start


def transpositions(G: sp.FiniteGroup, n: int) -> list[int]:
    return [G.index([j if k == i else i if k == j else k for k in range(n)])
            for i, j in itertools.combinations(range(n), 2)]


def row(n: int, G: sp.FiniteGroup, name: str, S: list[int], setup: float) -> str:
    fourier, t_fourier = timed(sp.cayley_spectrum, G, S, method="fourier", exact=False)
    dense_s = sparse_s = ratio = check = "-"
    if n <= DENSE_MAX_N:
        dense, t_dense = timed(sp.cayley_spectrum, G, S, method="dense")
        dense_s, ratio = f"{t_dense:.3f}", f"dense/fourier {t_dense / t_fourier:.0f}"
        check = f"{np.max(np.abs(dense.to_numpy() - fourier.to_numpy())):.1e}"
    elif n in SPARSE_N:
        lam, t_sparse = timed(sp.lambda_star, G, S, method="sparse")
        sparse_s, ratio = f"{t_sparse:.3f}", f"sparse/fourier {t_sparse / t_fourier:.1f}"
        check = f"{abs(float(lam) - float(fourier.lambda_star())):.1e}"
    return (f"{n:>3} {G.order:>9} {name:>15} {len(S):>4} {setup:>8.2f} {t_fourier:>10.3f} {dense_s:>8} "
            f"{sparse_s:>9} {ratio:>20} {check:>9} {float(fourier.lambda_star()):>9.6f}")


def main() -> None:
    print(f"{'n':>3} {'|G|':>9} {'S':>15} {'|S|':>4} {'setup s':>8} {'fourier s':>10} {'dense s':>8} "
          f"{'sparse s':>9} {'ratio':>20} {'max diff':>9} {'lambda_*':>9}")
    with sp.limits(max_order=4_000_000, max_table=26_000_000):  # S_10; the dense S_7 matrix has 5040^2 entries
        for n in range(6, 11):
            G = sp.group(f"S{n}")
            _, setup = timed(lambda: (sp.character_table(G), sp.irreducible_representations(G)))
            for name, S in [("transpositions", transpositions(G, n)),
                            ("random 10", random_cayley_multiset(G, 5, symmetric=True, seed=0))]:
                print(row(n, G, name, S, setup), flush=True)
                setup = 0.0


if __name__ == "__main__":
    main()
