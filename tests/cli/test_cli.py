"""The command line, run as the installed console script would run it."""

import json
import shutil
import subprocess
import sys

import pytest


def _run(*args):
    script = shutil.which("symproof")
    cmd = [script, *args] if script else [sys.executable, "-m", "symproof.cli", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300)


def test_group_summary_json_parses():
    out = _run("group", "D4", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["order"] == 8 and data["d"] == 2 and len(data["classes"]) == 5
    assert data["natural_action"]["dimension"] == 2


def test_bad_spec_is_a_clear_error_and_exit_code_2():
    out = _run("group", "S-4")
    assert out.returncode == 2
    assert "S-4" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.parametrize("args", [("catalog", "--max-order", "8")])
def test_catalog_listing(args):
    out = _run(*args)
    assert out.returncode == 0
    assert "Dic2" in out.stdout and "D4" in out.stdout
