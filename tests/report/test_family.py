"""The family table and the main job, against independent oracles.

Oracles: ``|G|`` and the irreducible degrees of ``S_n`` from the hook length formula (not from the
library), the Theorem-15 and Plancherel formulas written out here, and a brute-force weak error: the
operator norm of the convolution by ``omega`` on the mean-zero functions on ``G``, built from the
multiplication of permutations in this file.
"""

from __future__ import annotations

import itertools
import math
from fractions import Fraction

import numpy as np
import pytest

import symproof as sp
from symproof.report.family import family_specs, family_table
from symproof.report.separation import separation_job


def _partitions(n, largest=None):
    largest = n if largest is None else largest
    if n == 0:
        yield ()
        return
    for first in range(min(n, largest), 0, -1):
        for rest in _partitions(n - first, first):
            yield (first, *rest)


def _hook_degree(shape):
    n = sum(shape)
    conjugate = [sum(1 for r in shape if r > j) for j in range(shape[0])]
    hooks = math.prod(shape[i] - j + conjugate[j] - i - 1 for i in range(len(shape)) for j in range(shape[i]))
    return math.factorial(n) // hooks


def _theorem_15(eps, D):
    return math.floor(2 * (1 + math.sqrt(eps) / 3) * math.log(2 * D) / eps) + 1


def _brute_weak_error(G, support):
    """``||P_0^perp lambda(omega)||^2`` for the uniform scheme on ``support``: convolution on L^2(G)."""
    elements = [tuple(g) for g in G.elements]
    index = {g: i for i, g in enumerate(elements)}
    n = len(elements)
    L = np.zeros((n, n))
    for s in support:
        g = elements[s]
        for i, x in enumerate(elements):
            L[index[tuple(g[x[k]] for k in range(len(x)))], i] += 1 / len(support)  # delta_x -> delta_{g x}
    P = np.eye(n) - np.full((n, n), 1 / n)
    return float(np.linalg.norm(P @ L @ P, 2)) ** 2


@pytest.fixture(scope="module")
def symmetric_rows():
    return family_table(family_specs("S", "3..6"))


def test_exact_side_is_the_order(symmetric_rows):
    for n, row in zip(range(3, 7), symmetric_rows):
        assert row["order"] == math.factorial(n)
        assert row["ac_exact"]["lower"] == row["ac_exact"]["upper"] == math.factorial(n) and row["ac_exact"]["decided"]


def test_bounds_from_the_hook_length_formula(symmetric_rows):
    for n, row in zip(range(3, 7), symmetric_rows):
        degrees = [_hook_degree(shape) for shape in _partitions(n)]
        assert sum(d * d for d in degrees) == math.factorial(n)
        D = sum(degrees) - 1  # every non-trivial irreducible, each once
        assert row["D"] == D
        assert row["bound"]["value"] == _theorem_15(0.25, D)
        plancherel = math.ceil(Fraction(math.factorial(n), 1 + (math.factorial(n) - 1) * Fraction(1, 4)))
        assert row["ac_weak"]["lower"] == max(plancherel, 3)  # d(S_n) = 2


def test_certified_sizes_sit_between_the_bounds(symmetric_rows):
    for row in symmetric_rows:
        weak = row["ac_weak"]
        assert weak["lower"] <= weak["upper"] <= row["bound"]["value"]
        assert row["bound"]["value"] < row["order"] or row["order"] <= 24  # the separation shows from S5 on
        assert weak["upper_provenance"] in {"exact", "certified"}
        assert weak["weak_error"]["upper"] <= 0.25 and len(weak["support"]) == weak["upper"]


@pytest.mark.parametrize("spec", ["S3", "S4", "D5", "C2^3", "C6"])
def test_scheme_found_passes_a_brute_force_check(spec):
    row = family_table([spec])[0]
    G = sp.group(spec)
    support = row["ac_weak"].get("support") or list(range(G.order))
    brute = _brute_weak_error(G, support)
    assert brute <= 0.25 + 1e-12
    if row["ac_weak"]["weak_error"] is not None:
        error = row["ac_weak"]["weak_error"]
        assert error["lower"] - 1e-9 <= brute <= error["upper"] + 1e-9


@pytest.mark.parametrize("spec", ["S3", "C4", "D4"])
def test_found_size_is_not_below_the_best_uniform_subset(spec):
    """The size found is a uniform subset's: never below the least passing one over all subsets (brute force)."""
    G = sp.group(spec)
    best = min(k for k in range(1, G.order + 1) for S in itertools.combinations(range(G.order), k)
               if _brute_weak_error(G, S) <= 0.25 + 1e-12)
    row = family_table([spec])[0]
    assert best <= row["ac_weak"]["upper"] <= G.order and row["ac_weak"]["lower"] <= best


def test_family_specs():
    assert family_specs("S", "3..5") == ["S3", "S4", "S5"]
    assert family_specs("C2^m", "2..3") == ["C2^2", "C2^3"]
    assert [sp.group(s).order for s in family_specs("B", "1..3")] == [2, 8, 48]
    for family, orders in [("X", "1..3"), ("S", "5..3"), ("S", "3-5"), ("A", "1..4"), ("S", "")]:
        with pytest.raises(sp.InvalidValueError):
            family_specs(family, orders)


def test_family_table_rejects_bad_arguments():
    with pytest.raises(sp.InvalidArgumentError):
        family_table("S3")
    with pytest.raises(sp.InvalidArgumentError):
        family_table([])
    with pytest.raises(sp.InvalidValueError):
        family_table(["S3"], eps=1)
    with pytest.raises(sp.GroupSpecError):
        family_table(["S3", "Foo7"])


def test_job_shapes():
    assert set(separation_job(["C3", "C4"])) == {"scaling", "scaling_eps"}
    one = separation_job(["C3"], eps_values=("1/2",))
    assert "scaling" not in one and one["group"] == "C3"
    family = separation_job(family="D", orders="3..4")
    assert [r["order"] for r in family["scaling"]] == [6, 8] and "rows" not in family
    for bad in [dict(family="S"), dict(orders="3..4"), dict(specs=["S3"], family="S", orders="3..4")]:
        with pytest.raises(sp.InvalidArgumentError):
            separation_job(**bad)


def test_seed_changes_draws_not_guarantees():
    a, b = family_table(["S4"], seed=0)[0], family_table(["S4"], seed=7)[0]
    for row in (a, b):
        assert _brute_weak_error(sp.group("S4"), row["ac_weak"]["support"]) <= 0.25 + 1e-12
