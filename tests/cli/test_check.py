"""``symproof check`` through the installed entry point."""

from __future__ import annotations

import json

import pytest

from tests.cli.running import fails_with_one_line
from tests.cli.running import symproof as run


def test_check_finds_the_smallest_counterexample():
    out = run("check", "k-bound-min", "--max-order", "12")
    assert out.returncode == 0, out.stderr
    assert "smallest counterexample: SmallGroup(5,1) (order 5)" in out.stdout and "K* = 2" in out.stdout


def test_check_json_contract():
    out = run("check", "k-bound-sum", "--max-order", "8", "--json")
    data = json.loads(out.stdout)
    assert data["conjecture"] == "k-bound-sum" and data["counterexample"] is None and data["checked"] > 0
    assert isinstance(data["seconds"], float)


def test_check_list_names_every_conjecture():
    out = run("check", "--list")
    for name in ("k-bound-min", "k-bound-sum", "k-bound-dim", "k-star-order", "weak-strong-sandwich",
                 "strong-from-weak", "bernstein-size", "exact-criterion"):
        assert name in out.stdout


@pytest.mark.parametrize("args", [("check", "no-such"), ("check",), ("check", "k-bound-min", "--max-order", "101")])
def test_bad_input_is_one_line_and_exit_2(args):
    fails_with_one_line(*args)
