"""The first tables of averaging complexity: every small group of order <= 24, written, then verified.

Run: ``python benchmarks/tables.py [MAX_ORDER] [OUT.json]`` (defaults 24 and ``tables-24.json`` in the
current directory). Computes :func:`symproof.report.tables.complexity_table` for every group of the
SmallGroups data up to the order (``L^2(G)`` and the polynomials of degree <= 1, 2, 3 of the data's
permutation action; ``AC_ex``, ``AC_wk`` and ``AC_st`` at eps 1/2 and 1/4, probability schemes), writes it
with its witnesses and certificates, re-checks it with ``symproof verify`` (the installed entry point, a
fresh process: nothing is shared with the computation), and prints the seconds of each phase, the fraction
of decided cells and what remains open. Target (issue 14): order <= 24 within 30 minutes. Timings are not
asserted anywhere.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from symproof.report.tables import complexity_table, small_group_ids


def main(max_order: int, out: Path) -> None:
    start = time.perf_counter()
    table = complexity_table(small_group_ids(max_order), progress=lambda line: print(f"  {line}", flush=True))
    computed = time.perf_counter() - start
    out.write_text(json.dumps(table))
    cells = [(row["group"], row["structure"], cls["class"], c) for row in table["groups"] for cls in row["classes"]
             for c in cls["cells"]]
    decided = sum(c["decided"] for *_, c in cells)
    print(f"table of order <= {max_order}: {len(table['groups'])} groups, {len(cells)} cells, {decided} decided "
          f"({100 * decided / len(cells):.1f}%), {computed:.1f} s; {out} ({out.stat().st_size / 1e6:.1f} MB)")
    for group, structure, name, c in cells:
        if not c["decided"]:
            print(f"  open: {group} {structure} {name} {c['kind']}({c['eps']}) in [{c['lower']}, {c['upper']}]"
                  f" ({c['lower_provenance']}/{c['upper_provenance']})")
    script = Path(sys.executable).with_name("symproof")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "symproof"]
    start = time.perf_counter()
    result = subprocess.run([*command, "verify", str(out)], capture_output=True, text=True, check=False)
    print(f"symproof verify {out}: exit {result.returncode}, {time.perf_counter() - start:.1f} s")
    print(result.stdout.strip() or result.stderr.strip())


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 24, Path(sys.argv[2] if len(sys.argv) > 2 else "tables-24.json"))
