"""Seconds for the separation report: the main job and ``symproof separation SPEC`` on nine groups.

Run: ``python benchmarks/report.py [SPEC ...]``. Each report runs as a subprocess through the
installed ``symproof`` entry point (the one beside this interpreter, else ``python -m symproof``),
so the figures include start-up and imports and every run starts with empty memos; stdout is
discarded. Prints one line per run (wall seconds, exit code) and a final line with the maximum.
Targets (issue 11): the main job under 10 s, each spec under 60 s. Timings on a shared machine
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
    for label, args in [("main job (S4)", []), *((spec, [spec]) for spec in specs)]:
        t, code = seconds(args)
        results.append(t)
        print(f"  {label:>14}  {t:8.2f} s{'' if code == 0 else f'  (exit code {code})'}", flush=True)
    print(f"maximum: {max(results):.2f} s")


if __name__ == "__main__":
    main(sys.argv[1:] or list(SPECS))
