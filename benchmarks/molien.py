"""Seconds for the Molien series of every irreducible on a permutation module, side by side with GAP.

Run: ``python benchmarks/molien.py`` (``--linear`` adds the natural linear actions below).

**Against GAP** (when a launcher is found, see ``benchmarks/_gap.py``): ``S_9``, ``B_4`` on its
8 points, ``PSL(2,13)`` on its 14 points and ``M_11`` on its 11 points. For each, the Molien
series of every irreducible on the natural permutation module and its first 31
coefficients. Both sides start from the same generators and time everything: building
the group, its classes and character table, the permutation character, the series and
the coefficients (GAP: ``Group(gens)``, ``CharacterTable``, ``Irr``, ``NaturalCharacter``,
``MolienSeries``, ``ValueMolienSeries``; CPU seconds from ``Runtime()``, so GAP's start-up is
not counted; ours: wall-clock seconds, imports warmed up). Printed: our seconds split into
group + classes, table, series; GAP's seconds; the ratio ours/GAP and the median ratio;
and whether the coefficient lists agree with GAP's (as a multiset of rows: the two tables
order their rows differently).

**Linear actions** (``--linear``): ``S_n`` permuting the coordinates of ``R^n``, ``B_4`` on
``R^4`` (signed permutations) and ``C_12`` rotating ``R^2`` (irrational class denominators:
the generic path over ``Q(zeta_12)``): seconds for 30 coefficients of every irreducible, for
all reduced rational functions, and ``K*``. No reference is timed there.
"""

from __future__ import annotations

import ast
import statistics
import sys
import time

from _gap import gap_launcher, gap_permutation_group, run_gap

import symproof as sp

TERMS = 31
M11_CYCLES = [[(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)], [(3, 7, 11, 8), (4, 10, 5, 6)]]  # 1-based
LINEAR_SPECS = ["S4", "S5", "S6", "S7", "S8", "B4", "C12"]


def _from_cycles(cycles: list[tuple[int, ...]], degree: int) -> list[int]:
    """0-based image list of a product of disjoint 1-based cycles."""
    image = list(range(degree))
    for cycle in cycles:
        for a, b in zip(cycle, cycle[1:] + cycle[:1]):
            image[a - 1] = b - 1
    return image


def generators(name: str) -> list[list[int]]:
    """The generators both sides start from (catalog groups; ``M11`` from explicit cycles if not in the catalog)."""
    try:
        return [list(map(int, g)) for g in sp.group(name).generators]
    except sp.GroupSpecError:
        if name != "M11":
            raise
        return [_from_cycles(c, 11) for c in M11_CYCLES]


def ours(gens: list[list[int]]) -> tuple[list[float], list[list[int]]]:
    """Seconds (group + classes, table, series) and the coefficient rows."""
    start = time.perf_counter()
    G = sp.FiniteGroup.from_permutations(gens)
    G.conjugacy_classes()
    built = time.perf_counter()
    T = sp.character_table(G)
    tabled = time.perf_counter()
    rho = sp.permutation(G)
    rows = [sp.molien_series(rho, i).coefficients(TERMS) for i in range(len(T))]
    done = time.perf_counter()
    return [built - start, tabled - built, done - tabled], rows


def gap(gens: list[list[int]]) -> tuple[float, list[list[int]]]:
    """GAP's CPU seconds and coefficient rows for the same computation."""
    script = (f"SizeScreen([4096, 24]);; G := {gap_permutation_group(gens)};; t := Runtime();; "
              "T := CharacterTable(G);; pi := NaturalCharacter(G);; "
              "series := List(Irr(T), chi -> MolienSeries(pi, chi));; "
              f"rows := List(series, m -> List([0..{TERMS - 1}], i -> ValueMolienSeries(m, i)));; "
              'Print(Runtime() - t, "\\n", rows, "\\n");; QUIT;')
    milliseconds, rows = run_gap(script).replace("\\\n", "").split(None, 1)
    return int(milliseconds) / 1000, ast.literal_eval("".join(rows.split()))


def against_gap() -> None:
    have_gap = gap_launcher() is not None
    print(f"{'group':>10} {'order':>7} {'pts':>4} {'#irr':>5} {'classes s':>10} {'table s':>8} {'series s':>9} "
          f"{'ours s':>7} {'gap s':>7} {'ours/gap':>9} {'agree':>6}")
    ratios = []
    for name in ["S9", "B4", "PSL(2,13)", "M11"]:
        gens = generators(name)
        seconds, rows = ours(gens)
        total = sum(seconds)
        cells = ["-", "-", "-"]
        if have_gap:
            reference, gap_rows = gap(gens)
            ratios.append(total / reference)
            cells = [f"{reference:.3f}", f"{ratios[-1]:.2f}", str(sorted(rows) == sorted(gap_rows))]
        G = sp.FiniteGroup.from_permutations(gens)
        print(f"{name:>10} {G.order:>7} {G.degree:>4} {len(rows):>5} {seconds[0]:>10.3f} {seconds[1]:>8.3f} "
              f"{seconds[2]:>9.3f} {total:>7.3f} {cells[0]:>7} {cells[1]:>9} {cells[2]:>6}", flush=True)
    if ratios:
        print(f"median ours/gap: {statistics.median(ratios):.2f}")
    else:
        print("GAP not found (set SYMPROOF_GAP or pip install passagemath-gap): our timings only")


def linear_actions() -> None:
    print(f"\n{'group':>6} {'order':>6} {'d':>3} {'#irr':>5} {'table s':>8} {'30 coeffs s':>12} "
          f"{'fractions s':>12} {'K*':>4}")
    for spec in LINEAR_SPECS:
        G = sp.group(spec)
        start = time.perf_counter()
        T = sp.character_table(G)
        t_table = time.perf_counter() - start
        rho = sp.natural_action(G)
        start = time.perf_counter()
        for i in range(len(T)):
            sp.molien_series(rho, i).coefficients(30)
        t_coeffs = time.perf_counter() - start
        start = time.perf_counter()
        for i in range(len(T)):
            _ = sp.molien_series(rho, i).rational_function
        t_fractions = time.perf_counter() - start
        k_star = sp.tensor_power_threshold(rho).k_star
        print(f"{spec:>6} {G.order:>6} {rho.dimension:>3} {len(T):>5} {t_table:>8.3f} {t_coeffs:>12.3f} "
              f"{t_fractions:>12.3f} {k_star:>4}", flush=True)


def main() -> None:
    sp.molien_series(sp.permutation(sp.group("S3")), 1).coefficients(3)  # warm up imports outside the timings
    against_gap()
    if "--linear" in sys.argv[1:]:
        linear_actions()


if __name__ == "__main__":
    main()
