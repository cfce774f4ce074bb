"""Regenerate docs/separation.png, the README's figure: the main job's family table and S4 table.

Run from the repository root: ``.venv/bin/python tools/make_readme_plot.py`` (needs the ``plot``
extra). The figure is what ``symproof separation --plot docs/separation.png`` draws.
"""

from __future__ import annotations

from pathlib import Path

from symproof.report.plot import plot_report
from symproof.report.separation import separation_job

OUT = Path(__file__).resolve().parent.parent / "docs" / "separation.png"

if __name__ == "__main__":
    print(plot_report(separation_job(), OUT))
