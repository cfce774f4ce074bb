"""The progress bar: silent when stderr is not a terminal, never with --json; shared rows agree."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from symproof.report.progress import progress, quiet
from symproof.report.separation import separation_report


def test_progress_is_disabled_without_a_terminal(monkeypatch):
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    with progress(total=3, desc="x") as bar:
        bar.update(3)
        assert bar.disable
    assert sys.stderr.getvalue() == ""


def test_quiet_disables_every_bar_and_restores():
    from symproof.report import progress as module

    with quiet():
        assert progress(total=1).disable and module._silenced[0]
        with quiet():
            pass
        assert module._silenced[0]
    assert not module._silenced[0]


def test_json_output_has_no_progress_and_parses():
    out = subprocess.run([sys.executable, "-m", "symproof", "separation", "S3", "--json"], capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0 and out.stderr == ""
    assert json.loads(out.stdout)["group"] == "S3"


def test_classes_with_the_same_irreducibles_have_the_same_cells():
    report = separation_report("D4", eps_values=("1/2",))
    by_irr = {}
    for row in report["rows"]:
        cells = [(c["kind"], c["lower"], c["upper"], c["lower_provenance"], c["upper_provenance"]) for c in row["cells"]]
        assert by_irr.setdefault(tuple(row["irreducibles"]), cells) == cells
