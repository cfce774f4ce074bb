"""Regenerate symproof/data/small_groups.jsonl.xz from GAP's SmallGroups library.

A development-time tool: GAP is not a dependency of symproof. Install it once in a
virtual environment of its own and run this script with any Python::

    python3 -m venv ~/gapenv && ~/gapenv/bin/pip install passagemath-gap
    SYMPROOF_GAP=~/gapenv/lib/python3.11/site-packages/sage_wheels/bin/gap \\
        PATH=~/gapenv/bin:$PATH python tools/make_small_groups.py [--max-order 100]

(or let it find the launcher the way the benchmarks do: benchmarks/_gap.py). It runs
tools/small_groups.g (about 7 minutes for order <= 100) and writes one JSON object per
group after a header line with the GAP and SmallGroups versions.
"""

from __future__ import annotations

import argparse
import lzma
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from _gap import run_gap  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-order", type=int, default=100)
    parser.add_argument("--output", type=Path, default=ROOT / "symproof" / "data" / "small_groups.jsonl.xz")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "small_groups.jsonl"
        script = (f'MAXORDER := {args.max_order};; OUTFILE := "{out}";;\n'
                  f'Read("{ROOT / "tools" / "small_groups.g"}");\n')
        run_gap(script, timeout=6 * 3600)
        text = out.read_text()
    args.output.write_bytes(lzma.compress(text.encode(), preset=9))
    print(f"{len(text.splitlines()) - 1} groups written to {args.output}")


if __name__ == "__main__":
    main()
