"""Seconds to enumerate elements and conjugacy classes, against SymPy's own classes.

Run: ``python benchmarks/groups.py``. For each group: seconds to enumerate all
elements (Schreier–Sims transversal products), seconds for the conjugacy
classes, and the ratio against SymPy's ``PermutationGroup.conjugacy_classes()``
on the same generators, run in a subprocess and given up after 60 seconds.
"""

from __future__ import annotations

import multiprocessing as mp
import time

import symproof as sp

SPECS = ["S5", "S6", "S7", "S8", "S9", "B4", "PSL(2,13)", "PSL(2,16)"]
SYMPY_TIMEOUT = 60.0


def _sympy_classes(spec: str, queue: mp.Queue) -> None:
    pg = sp.group(spec).to_sympy()
    start = time.perf_counter()
    count = len(pg.conjugacy_classes())
    queue.put((time.perf_counter() - start, count))


def sympy_seconds(spec: str) -> tuple[float, int] | None:
    queue: mp.Queue = mp.Queue()
    proc = mp.Process(target=_sympy_classes, args=(spec, queue))
    proc.start()
    proc.join(SYMPY_TIMEOUT)
    if proc.is_alive():
        proc.terminate()
        proc.join()
        return None
    return queue.get()


def main() -> None:
    print(f"{'group':>10} {'order':>8} {'elements s':>11} {'classes s':>10} {'#classes':>9} "
          f"{'sympy s':>9} {'sympy/ours':>11}")
    sp.group("S3").conjugacy_classes()  # warm up imports (scipy.sparse) outside the timings
    with sp.limits(max_order=1_000_000):
        for spec in SPECS:
            start = time.perf_counter()
            G = sp.group(spec)
            t_elements = time.perf_counter() - start
            start = time.perf_counter()
            classes = G.conjugacy_classes()
            t_classes = time.perf_counter() - start
            ref = sympy_seconds(spec)
            if ref is None:
                ref_s, ratio = f">{SYMPY_TIMEOUT:.0f}", "-"
            else:
                assert ref[1] == len(classes), f"class counts differ for {spec}"
                ref_s, ratio = f"{ref[0]:.3f}", f"{ref[0] / (t_elements + t_classes):.1f}"
            print(f"{spec:>10} {G.order:>8} {t_elements:>11.3f} {t_classes:>10.3f} {len(classes):>9} "
                  f"{ref_s:>9} {ratio:>11}", flush=True)


if __name__ == "__main__":
    main()
