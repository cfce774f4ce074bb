"""Seconds for Cayley-graph spectra of S_n, by route (issue 11, item 3).

Run: ``python benchmarks/cayley.py [N]`` (``N`` = 10 by default). Prints:

* ``Cay(S_N, all transpositions)``: the full exact spectrum by class sums, seconds including
  building ``S_N`` and its character table (``sp.limits`` raised above the default
  ``max_order`` when ``S_N`` is enumerated), checked against the content sums with
  hook-length multiplicities;
* ``lambda_*`` of the seeded random symmetric 10-element set
  ``random_cayley_multiset(S8, 5, symmetric=True, seed=0)``: exact Fourier blocks (Young's
  seminormal form, python-flint), numeric Fourier blocks, and scipy's ``eigsh`` (Lanczos) on
  the sparse 40320-vertex walk operator; values and seconds.
"""

from __future__ import annotations

import itertools
import sys
import time
from collections import Counter
from math import factorial, prod

import symproof as sp
from symproof.cayley.alon_roichman import random_cayley_multiset
from symproof.reps.young import partitions


def timed(call, *args, **kwargs):
    start = time.perf_counter()
    out = call(*args, **kwargs)
    return out, time.perf_counter() - start


def content_sums(n: int) -> dict[int, int]:
    """``{sum of contents j - i over the boxes of lambda: sum of d_lambda^2}`` (hook length formula)."""
    out: Counter = Counter()
    for shape in partitions(n):
        boxes = [(i, j) for i, row in enumerate(shape) for j in range(row)]
        columns = [sum(1 for row in shape if row > j) for j in range(shape[0])]
        hooks = prod(shape[i] - j + columns[j] - i - 1 for i, j in boxes)
        out[sum(j - i for i, j in boxes)] += (factorial(n) // hooks) ** 2
    return dict(out)


def transposition_spectrum(n: int) -> None:
    def run():
        G = sp.group(f"S{n}")
        S = [G.index([j if k == a else a if k == j else k for k in range(n)]) for a, j in itertools.combinations(range(n), 2)]
        return sp.cayley_spectrum(G, S, operator="adjacency")

    with sp.limits(max_order=max(factorial(n), sp.get_limits().max_order)):
        spec, seconds = timed(run)
    ok = {int(v): m for v, m in spec.multiplicities().items()} == content_sums(n)
    print(f"Cay(S{n}, transpositions): full exact spectrum, {len(spec.blocks)} blocks, route {spec.method!r}, "
          f"{spec.provenance}: {seconds:.2f} s including building S{n} (content sums: {'equal' if ok else 'DIFFER'})")


def random_lambda_star() -> None:
    G = sp.group("S8")
    S = random_cayley_multiset(G, 5, symmetric=True, seed=0)
    _, setup = timed(lambda: (sp.character_table(G), sp.irreducible_representations(G)))
    print(f"S8, random symmetric |S| = {len(S)} (seed 0); setup (table, irreducibles) {setup:.2f} s")
    for label, options in [("Fourier blocks, exact", {}), ("Fourier blocks, numeric", {"exact": False}),
                           ("Lanczos (scipy eigsh, sparse)", {"method": "sparse"})]:
        lam, seconds = timed(sp.lambda_star, G, S, **options)
        print(f"  {label:<30} lambda_* = {float(lam):.15f}  {lam.provenance!s:<9} route {lam.method!r:<10} "
              f"{seconds:6.2f} s")


def main() -> None:
    transposition_spectrum(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
    random_lambda_star()


if __name__ == "__main__":
    main()
