"""The main job: `symproof separation` through the installed entry point."""

import json
import shutil
import subprocess
import sys


def _run(*args):
    script = shutil.which("symproof")
    cmd = [script, *args] if script else [sys.executable, "-m", "symproof.cli", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600)


def test_default_separation_report_runs_and_json_parses():
    out = _run("separation", "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["group"] == "S4" and report["k_star"] == 6
    rows = {row["class"]: row for row in report["rows"]}
    assert rows["L^2(G)"]["exact"]["upper"] == 24 and rows["poly<=6"]["exact"]["lower"] == 24
    assert rows["poly<=1"]["exact"]["upper"] < 24


def test_separation_table_for_another_group():
    out = _run("separation", "D4", "--eps", "0.5")
    assert out.returncode == 0, out.stderr
    assert "D4" in out.stdout and "AC_ex" in out.stdout


def test_separation_bad_eps():
    out = _run("separation", "S3", "--eps", "0")
    assert out.returncode == 2 and "positive" in out.stderr
