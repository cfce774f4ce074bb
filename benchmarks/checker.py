"""Seconds for the conjecture sweeps of the checker issue, and what each found.

Run: ``python benchmarks/checker.py [NAME:MAX_ORDER ...]``. Without arguments: ``k-bound-min`` to
order 12, ``k-bound-sum``, ``weak-strong-sandwich`` and ``strong-from-weak`` to 24, ``k-bound-dim`` to 48.
Each sweep visits every group of the SmallGroups data up to that order (smallest first).
"""

from __future__ import annotations

import sys

import symproof as sp

DEFAULT = ["k-bound-min:12", "k-bound-sum:24", "weak-strong-sandwich:24", "strong-from-weak:24", "k-bound-dim:48"]


def main(argv: list[str]) -> None:
    for item in argv or DEFAULT:
        name, order = item.split(":")
        report = sp.check(name, max_order=int(order))
        print(report, flush=True)
        print(f"  -> {name} to order {order}: {report.seconds:.1f} s", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
