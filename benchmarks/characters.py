"""Seconds for exact character tables (Dixon–Schneider), and the ratio against GAP when installed.

Run: ``python benchmarks/characters.py``. Groups are given as plain permutation groups
(no special case for symmetric groups). GAP is not a dependency: when a ``gap``
executable is on the PATH, its generic ``CharacterTable(G)`` (Dixon–Schneider) on the
same generators is timed too, otherwise only our figures are printed.
"""

from __future__ import annotations

import shutil
import subprocess
import time

import symproof as sp

SPECS = ["S5", "S6", "S7", "S8", "PSL(2,7)", "PSL(2,11)", "PSL(2,13)", "PSL(2,17)", "PSL(2,19)", "B4",
         "C4 x|[3] C16", "GL(2,3) x C3", "D50 x C2", "C7 x| C3 x S3", "C2^4 x S4", "PSL(2,16) x C3", "A8", "S9"]


def gap_seconds(G: sp.FiniteGroup) -> float | None:
    gap = shutil.which("gap")
    if gap is None:
        return None
    gens = ", ".join("PermList([" + ", ".join(str(int(x) + 1) for x in g) + "])" for g in G.generators)
    script = (f"G := Group({gens});; t := Runtime();; T := CharacterTable(G);; Irr(T);; "
              "Print(Runtime() - t, \"\\n\");; QUIT;")
    out = subprocess.run([gap, "-q"], input=script, capture_output=True, text=True, timeout=600)
    return int(out.stdout.strip().splitlines()[-1]) / 1000


def main() -> None:
    print(f"{'group':>14} {'order':>7} {'classes':>8} {'field':>10} {'table s':>8} {'gap s':>7} {'gap/ours':>9}")
    sp.character_table(sp.group("S3"))  # warm up imports
    for spec in SPECS:
        G = sp.group(spec)
        G.conjugacy_classes()
        start = time.perf_counter()
        T = sp.character_table(G)
        seconds = time.perf_counter() - start
        ref = gap_seconds(G)
        ratio = "-" if ref is None else f"{ref / seconds:.2f}"
        print(f"{spec:>14} {G.order:>7} {len(T):>8} {'Q(z_' + str(T.conductor) + ')':>10} {seconds:>8.3f} "
              f"{'-' if ref is None else f'{ref:.3f}':>7} {ratio:>9}", flush=True)


if __name__ == "__main__":
    main()
