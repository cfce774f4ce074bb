"""``symproof table`` writes the first tables of averaging complexity; ``symproof verify`` re-checks them."""

from __future__ import annotations

import json

from tests.cli.running import fails_with_one_line, succeeds, symproof


def test_table_then_verify_then_a_tampered_table_fails(tmp_path):
    path = tmp_path / "table.json"
    text = succeeds("table", "--max-order", "6", "--max-degree", "2", "--out", str(path))
    assert "SmallGroup(6,1)" in text and "cells decided" in text
    table = json.loads(path.read_text())
    assert [row["group"] for row in table["groups"]][:3] == ["SmallGroup(1,1)", "SmallGroup(2,1)", "SmallGroup(3,1)"]
    cells = {(row["structure"], cls["class"], c["kind"], c["eps"]): c
             for row in table["groups"] for cls in row["classes"] for c in cls["cells"]}
    # independent values: AC_ex(L^2(G)) = |G| (Gram rank); Z_5 permuting 5 points is its regular representation, so
    # its linear functions need all 5 elements; S3 on 3 points: the standard representation, killed by A3 (size 3)
    assert cells[("S3", "L^2(G)", "exact", None)]["lower"] == 6 and cells[("C5", "poly<=1", "exact", None)]["upper"] == 5
    assert cells[("S3", "poly<=1", "exact", None)]["lower"] == cells[("S3", "poly<=1", "exact", None)]["upper"] == 3
    assert "verified, 0 failed" in succeeds("verify", str(path))
    cell = cells[("S3", "L^2(G)", "strong", "1/4")]
    assert cell["decided"] and cell["certificates"]
    cell["lower"] += 1
    cell["upper"] += 1
    path.write_text(json.dumps(table))
    out = symproof("verify", str(path))
    assert out.returncode == 1 and "1 failed" in out.stdout and "FAILED SmallGroup(6,1) L^2(G) strong(1/4)" in out.stdout


def test_verify_refuses_what_is_not_a_table(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{\"rows\": []}")
    assert "not a complexity table" in fails_with_one_line("verify", str(bad))
    bad.write_text("not json")
    assert "is not JSON" in fails_with_one_line("verify", str(bad))
    assert "No such file" in fails_with_one_line("verify", str(tmp_path / "missing.json"))
