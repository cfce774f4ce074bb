"""Helpers of the command-line tests: the installed console script in a subprocess, and output checks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from symproof.cli.main import main
from tests.latex_checks import assert_balanced_latex  # noqa: F401  (the command-line tests import it from here)

SYMPROOF = str(Path(sys.executable).parent / "symproof")  # the console script of this environment
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def symproof(*args: str) -> subprocess.CompletedProcess:
    """``symproof ARGS...`` as a user runs it: exit code, stdout and stderr as text."""
    return subprocess.run([SYMPROOF, *args], capture_output=True, text=True, timeout=600)


def succeeds(*args: str) -> str:
    """Run ``symproof ARGS...``, require exit code 0 without a traceback, and return stdout."""
    out = symproof(*args)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr, out.stderr
    return out.stdout


def _one_error_line(code: int, stdout: str, stderr: str) -> str:
    assert code == 2, (code, stdout, stderr)
    assert stdout == ""
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("symproof: error: ") and "Traceback" not in lines[0]
    return lines[0]


def fails_with_one_line(*args: str) -> str:
    """Run ``symproof ARGS...``, require exit code 2, nothing on stdout and one line on stderr; return that line."""
    out = symproof(*args)
    return _one_error_line(out.returncode, out.stdout, out.stderr)


def main_fails_with_one_line(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """As :func:`fails_with_one_line`, in this process (the entry point's ``main``): fast, for tables of mistakes."""
    code = main(list(args))
    out = capsys.readouterr()
    return _one_error_line(code, out.out, out.err)


def assert_png(path: Path, min_size: int = 5000) -> None:
    """A PNG file (its 8-byte signature) with a non-trivial picture in it."""
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE
    assert len(data) > min_size
