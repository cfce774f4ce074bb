"""The conjecture checker: planted counterexamples, true statements, the shipped conjectures, resumption."""

from __future__ import annotations

import json
import os

import pytest

from symproof.checking.cases import cases
from symproof.checking.checker import check, conjecture_named
from symproof.checking.conjecture import conjecture
from symproof.checking.named import CONJECTURES
from symproof.errors import InvalidArgumentError, InvalidValueError
from symproof.groups.small_groups import small_group_records

THOROUGH = bool(os.environ.get("SYMPROOF_THOROUGH"))


@conjecture("few-classes", statement="a non-abelian group has at most 4 classes", over="groups")
def few_classes(case):
    classes = len(case.group.conjugacy_classes())
    return case.group.is_abelian() or classes <= 4, {"classes": classes}


@conjecture("classes-are-characters", statement="#classes = #irreducible characters", over="groups")
def classes_are_characters(case):
    from symproof.reps.character_table import character_table

    return len(case.group.conjugacy_classes()) == len(character_table(case.group))


def test_planted_counterexample_is_the_smallest():
    # the oracle: GAP's records, not symproof's groups
    expected = next(r for r in small_group_records(max_order=20) if not r.abelian and r.classes > 4)
    report = check(few_classes, max_order=20)
    c = report.counterexample
    assert (c["order"], c["id"]) == (expected.order, expected.id) == (8, 3)
    assert c["values"] == {"classes": 5}
    assert report.groups == sum(1 for r in small_group_records(max_order=20) if (r.order, r.id) <= (8, 3))


def test_true_statement_has_no_counterexample_and_counts_every_group():
    report = check(classes_are_characters, max_order=16)
    assert report.counterexample is None
    assert report.checked == report.groups == sum(1 for _ in small_group_records(max_order=16))


def test_k_bound_min_fails_on_a_group_of_order_at_most_6():
    report = check("k-bound-min", max_order=12)
    c = report.counterexample
    assert c["order"] <= 6 and c["values"]["K*"] > c["values"]["bound"]
    # C5 rotating the plane: the linear functions carry zeta^{+-1}, zeta^{+-2} needs degree 2
    assert (c["group"], c["values"]["K*"], c["values"]["bound"]) == ("SmallGroup(5,1)", 2, 1)
    # and S3 permuting R^3, the paper's example (K* = 3 from the Vandermonde polynomial; bound 2)
    s3 = next(cases("actions", 6, 1))
    verdict = CONJECTURES["k-bound-min"].evaluate(s3)
    assert (verdict.holds, verdict.values["K*"], verdict.values["bound"]) == (False, 3, 2)


@pytest.mark.parametrize(("name", "max_order"), [
    ("k-bound-sum", 24 if THOROUGH else 12), ("k-star-order", 12), ("k-bound-dim", 24 if THOROUGH else 12),
    ("weak-strong-sandwich", 24 if THOROUGH else 8), ("exact-criterion", 12), ("bernstein-size", 12),
])
def test_shipped_conjectures_hold_on_small_groups(name, max_order):
    report = check(name, max_order=max_order, examples=10)
    assert report.counterexample is None, str(report)
    assert report.checked > 0


def test_k_bound_dim_is_an_equality_on_symmetric_groups():
    # MATH.md: K* = d(d-1)/2 and sum_lambda M_lambda = d(d+1)/2 for S_d on R^d, so the bound is tight
    for n, i, d in [(6, 1, 3), (24, 12, 4)]:
        verdict = CONJECTURES["k-bound-dim"].evaluate(next(cases("actions", n, i)))
        assert verdict.values["K*"] == verdict.values["bound"] == d * (d - 1) // 2


def test_hypothesis_phase_finds_and_shrinks_a_planted_scheme_counterexample():
    @conjecture("no-random-schemes", statement="planted: fails on every hypothesis scheme", over="schemes")
    def planted(case):
        return "scheme {" not in case.label

    report = check(planted, max_order=6, seed=1, examples=20)
    c = report.counterexample
    assert c is not None and c["order"] == 2 and "from_weights" in c["reproducer"]


def test_resume_from_a_checkpoint(tmp_path):
    path = tmp_path / "sweep.json"
    first = check("k-bound-sum", max_order=8, checkpoint=path)
    saved = json.loads(path.read_text())
    assert saved["done"][-1] == [8, 5] and saved["checked"] == first.checked
    again = check("k-bound-sum", max_order=8, checkpoint=path)
    assert (again.checked, again.groups, again.counterexample) == (first.checked, first.groups, None)
    with pytest.raises(InvalidValueError, match="checkpoint"):
        check("k-bound-dim", max_order=8, checkpoint=path)


def test_json_contract():
    out = check("k-bound-min", max_order=6).to_json()
    assert set(out) >= {"conjecture", "checked", "counterexample", "seconds"}
    assert set(out["counterexample"]) >= {"group", "order", "action", "values"}
    json.dumps(out)


def test_bad_input():
    with pytest.raises(InvalidValueError, match="unknown conjecture"):
        conjecture_named("no-such-thing")
    with pytest.raises(InvalidArgumentError):
        conjecture_named(3)
    with pytest.raises(InvalidValueError, match="over must be"):
        conjecture("x", statement="s", over="planets")
    with pytest.raises(InvalidValueError):
        check("k-bound-min", max_order=101)
