"""Alon–Roichman experiments: seeds, coupling of sizes, records and thresholds."""

from collections import Counter

import numpy as np
import pytest

import symproof as sp
from symproof.cayley import alon_roichman as ar


def test_trial_generator_is_the_spawned_child_of_the_base_seed():
    for seed, trial in [(0, 0), (3, 5), (12345, 1)]:
        child = np.random.SeedSequence(seed).spawn(trial + 1)[trial]
        assert ar.trial_generator(seed, trial).integers(0, 10**9, 5).tolist() == \
            np.random.default_rng(child).integers(0, 10**9, 5).tolist()


def test_sizes_are_coupled_within_a_trial_and_trials_differ():
    G = sp.group("S5")
    small = Counter(ar.random_cayley_multiset(G, 4, seed=2, trial=1))
    large = Counter(ar.random_cayley_multiset(G, 9, seed=2, trial=1))
    assert not small - large  # the first 4 draws are among the first 9
    assert ar.random_cayley_multiset(G, 9, seed=2, trial=1) != ar.random_cayley_multiset(G, 9, seed=2, trial=2)
    assert ar.random_cayley_multiset(G, 9, seed=2, trial=1) == ar.random_cayley_multiset(G, 9, seed=2, trial=1)


def test_symmetrised_multiset_is_closed_under_inverses():
    G = sp.group("PSL(2,7)")
    S = ar.random_cayley_multiset(G, 6, symmetric=True, seed=4)
    assert len(S) == 12 and Counter(S) == Counter(G.inverses[S].tolist())


@pytest.mark.parametrize("family, parameter", [("S_n", 4), ("B_d", 3), ("Z_2^m", 4), ("C_n", 11), ("PSL(2,q)", 5)])
def test_experiment_records_one_row_per_trial_for_every_family(family, parameter):
    rows = sp.alon_roichman_experiment(family, [parameter], c=[1.0, 2.0], trials=3, seed=1)
    G = ar.family_group(family, parameter)
    assert len(rows) == 6 and {r.group for r in rows} == {G.name}
    assert [r.size for r in rows] == [ar.alon_roichman_size(G, 1.0)] * 3 + [ar.alon_roichman_size(G, 2.0)] * 3
    assert all(r.degree == 2 * r.size and 0 <= r.lambda_star <= 1 + 1e-9 and r.kind == "numeric" for r in rows)
    assert rows[0].as_dict()["trial"] == 0 and rows == sp.alon_roichman_experiment(
        family, [parameter], c=[1.0, 2.0], trials=3, seed=1)


def test_abelian_groups_need_more_than_log_size():
    """Z_2^m: fewer than m draws cannot generate, so lambda_* = 1 (Alon–Roichman's bound is tight there)."""
    rows = ar.lambda_star_trials(sp.group("C2^6"), 5, trials=4, seed=0)
    assert all(r.lambda_star == pytest.approx(1.0) for r in rows)


def test_more_draws_give_smaller_lambda_star_on_average():
    G = sp.group("S5")
    summary = ar.summarize_trials(ar.lambda_star_trials(G, 3, trials=10, seed=0)
                                  + ar.lambda_star_trials(G, 30, trials=10, seed=0))
    few, many = summary
    assert few["size"] == 3 and many["size"] == 30 and many["mean"] < few["mean"]
    for row in summary:
        assert row["min"] <= row["q0.1"] <= row["q0.5"] <= row["q0.9"] <= row["max"] and row["trials"] == 10


def test_threshold_size_is_the_first_size_reaching_the_fraction():
    G = sp.group("S4")
    r = sp.threshold_size(G, 0.6, fraction=0.75, trials=8, seed=5)
    assert r.size == r.reached[-1][0] and r.reached[-1][1] >= 0.75
    assert all(f < 0.75 for _, f in r.reached[:-1]) and [k for k, _ in r.reached] == list(range(1, r.size + 1))
    direct = [float(sp.lambda_star(G, ar.random_cayley_multiset(G, r.size, symmetric=True, seed=5, trial=t),
                                   exact=False)) for t in range(8)]
    assert np.mean(np.array(direct) <= 0.6) == r.reached[-1][1]


def test_threshold_size_edges():
    G = sp.group("C7")
    assert sp.threshold_size(G, 1.0, trials=3).size == 1  # lambda_* <= 1 always
    unreachable = sp.threshold_size(G, 1e-6, trials=3, max_size=4)
    assert unreachable.size is None and len(unreachable.reached) == 4
