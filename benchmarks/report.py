"""Seconds for the separation report: the main job, two family tables and ``symproof separation SPEC`` on nine groups.

Run: ``python benchmarks/report.py [SPEC ...]``. Each report runs as a subprocess through the
installed ``symproof`` entry point (the one beside this interpreter, else ``python -m symproof``),
so the figures include start-up and imports and every run starts with empty memos; stdout is
discarded. Prints one line per run (wall seconds, exit code) and a final line with the maximum.
Targets: the main job (the family table S3..S8 on L^2(G) and the S4 table) under 10 s
(issue 12), each spec under 60 s (issue 11). Timings on a shared machine
are noisy; nothing here asserts them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

SPECS = ("S5", "S6", "C12", "D5", "A5", "PSL(2,7)", "B3", "Q8", "C2^4")


def entry_point() -> list[str]:
    """The ``symproof`` console script of this interpreter's environment, else ``python -m symproof``."""
    script = Path(sys.executable).with_name("symproof")
    if script.exists():
        return [str(script)]
    found = shutil.which("symproof")
    return [found] if found else [sys.executable, "-m", "symproof"]


def seconds(args: list[str], timeout: float = 900) -> tuple[float, int]:
    """Wall seconds and exit code of ``symproof separation ARGS`` (stdout discarded, stderr kept for errors)."""
    start = time.perf_counter()
    out = subprocess.run([*entry_point(), "separation", *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         text=True, timeout=timeout, check=False)
    elapsed = time.perf_counter() - start
    if out.returncode:
        print(f"    stderr: {out.stderr.strip()[-300:]}")
    return elapsed, out.returncode


def main(specs: list[str]) -> None:
    print(f"symproof separation through {' '.join(entry_point())} (subprocess, wall seconds)")
    results = []
    families = [("family D 3..12", ["--family", "D", "--range", "3..12"]),
                ("family C2^m 1..7", ["--family", "C2^m", "--range", "1..7"])]
    for label, args in [("main job (S3..S8, S4)", []), *families, *((spec, [spec]) for spec in specs)]:
        t, code = seconds(args)
        results.append(t)
        print(f"  {label:>22}  {t:8.2f} s{'' if code == 0 else f'  (exit code {code})'}", flush=True)
    print(f"maximum: {max(results):.2f} s")


if __name__ == "__main__":
    main(sys.argv[1:] or list(SPECS))
