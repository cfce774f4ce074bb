"""Alon–Roichman experiments: ``lambda_*`` of random Cayley graphs, as data for tables and plots.

Alon and Roichman (1994): for ``k = O(log |G|)`` independent uniform elements ``s_1..s_k``,
``Cay(G, {s_i} u {s_i^{-1}})`` is an expander with high probability; by MATH.md section 6
the uniform scheme on such a set is then weak ``eps``-approximate on ``L^2(G)`` with
``eps = lambda_*^2``, at size ``O(log |G|)``. This module measures it.

Seed convention: trial ``t`` of base seed ``seed`` draws from
``numpy.random.default_rng(numpy.random.SeedSequence(seed, spawn_key=(t,)))``, which is
``SeedSequence(seed).spawn(t + 1)[t]``. A trial is one stream of independent uniform element
indices; the multiset of size ``k`` is its first ``k`` draws (plus their inverses when
symmetrised), so sizes are coupled within a trial and any trial can be redrawn alone.

Families (``family_group``): ``"S_n"``, ``"B_d"``, ``"Z_2^m"``, ``"C_n"``, ``"PSL(2,q)"``.

>>> rows = alon_roichman_experiment("S_n", [4], c=2.0, trials=3, seed=1)
>>> [(r.group, r.size, r.degree, r.trial) for r in rows]
[('S4', 7, 14, 0), ('S4', 7, 14, 1), ('S4', 7, 14, 2)]
>>> sorted(summarize_trials(rows)[0])[:4]
['degree', 'group', 'max', 'mean']
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import numpy as np

from symproof.averaging.cayley_spectra import lambda_star
from symproof.errors import InvalidArgumentError

if TYPE_CHECKING:  # pragma: no cover
    from symproof.groups.finite_group import FiniteGroup

__all__ = ["FAMILIES", "AlonRoichmanTrial", "ThresholdSize", "family_group", "trial_generator",
           "random_cayley_multiset", "alon_roichman_size", "lambda_star_trials", "alon_roichman_experiment",
           "summarize_trials", "threshold_size"]

FAMILIES = {"S_n": "S{}", "B_d": "B{}", "Z_2^m": "C2^{}", "C_n": "C{}", "PSL(2,q)": "PSL(2,{})"}


@dataclasses.dataclass(frozen=True)
class AlonRoichmanTrial:
    """One random multiset: ``size`` draws, ``degree = |S|`` after symmetrising, and its ``lambda_*``."""

    group: str
    order: int
    size: int
    degree: int
    symmetric: bool
    trial: int
    seed: int
    lambda_star: float
    kind: str
    method: str

    def as_dict(self) -> dict[str, Any]:
        """The record as a plain dict (a table row)."""
        return dataclasses.asdict(self)


@dataclasses.dataclass(frozen=True)
class ThresholdSize:
    """The least ``size`` with ``lambda_* <= t`` in at least ``fraction`` of ``trials`` (``None``: not by ``max_size``).

    ``reached`` lists ``(size, fraction of trials with lambda_* <= t)`` for every size tried.
    """

    group: str
    order: int
    t: float
    fraction: float
    trials: int
    symmetric: bool
    seed: int
    size: int | None
    reached: tuple[tuple[int, float], ...]

    def as_dict(self) -> dict[str, Any]:
        """The record as a plain dict (a table row)."""
        return dataclasses.asdict(self)


# -- validation -------------------------------------------------------------------------------


def _positive_int(name: str, value: Any, least: int = 1) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < least:
        raise InvalidArgumentError(f"{name} must be an int >= {least}, got {value!r}")
    return int(value)


def _positive_real(name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.floating, np.integer)) or not value > 0:
        raise InvalidArgumentError(f"{name} must be a positive number, got {value!r}")
    return float(value)


# -- drawing ----------------------------------------------------------------------------------


def family_group(family: str, parameter: int) -> FiniteGroup:
    """The member of a family: ``family_group("Z_2^m", 4)`` is ``C2^4``, ``family_group("PSL(2,q)", 7)`` ``PSL(2,7)``.

    >>> family_group("B_d", 3).order
    48
    """
    from symproof.groups.spec import group

    if family not in FAMILIES:
        raise InvalidArgumentError(f"unknown family {family!r}; known: {list(FAMILIES)}")
    return group(FAMILIES[family].format(_positive_int("parameter", parameter)))


def trial_generator(seed: int, trial: int) -> np.random.Generator:
    """The generator of trial ``trial`` under base seed ``seed`` (see the module notes).

    >>> int(trial_generator(0, 2).integers(100)) == int(np.random.default_rng(
    ...     np.random.SeedSequence(0).spawn(3)[2]).integers(100))
    True
    """
    return np.random.default_rng(np.random.SeedSequence(_positive_int("seed", seed, 0),
                                                        spawn_key=(_positive_int("trial", trial, 0),)))


def _draws(G: FiniteGroup, length: int, seed: int, trial: int) -> np.ndarray:
    return trial_generator(seed, trial).integers(0, G.order, size=length)


def _symmetrised(G: FiniteGroup, draws: np.ndarray, symmetric: bool) -> list[int]:
    S = np.concatenate([draws, G.inverses[draws]]) if symmetric else draws
    return sorted(int(s) for s in S)


def random_cayley_multiset(G: FiniteGroup, size: int, *, symmetric: bool = False, seed: int = 0,
                           trial: int = 0) -> list[int]:
    """``size`` independent uniform elements of ``G`` (a multiset), with their inverses added if ``symmetric``.

    The first ``size`` draws of trial ``trial`` of base seed ``seed``; ``|S| = 2 size`` when symmetrised.

    >>> import symproof as sp
    >>> G = sp.group("S5")
    >>> S = random_cayley_multiset(G, 3, symmetric=True, seed=7)
    >>> len(S), sorted(G.inverses[S].tolist()) == S
    (6, True)
    """
    draws = _draws(G, _positive_int("size", size), seed, trial)
    return _symmetrised(G, draws, bool(symmetric))


def alon_roichman_size(G: FiniteGroup, c: float) -> int:
    """``ceil(c ln |G|)``, at least 1: the number of draws for the constant ``c``.

    >>> import symproof as sp
    >>> alon_roichman_size(sp.group("S5"), 2.0)     # 2 ln 120 = 9.57...
    10
    """
    return max(1, math.ceil(_positive_real("c", c) * math.log(G.order)))


# -- experiments ------------------------------------------------------------------------------


def lambda_star_trials(G: FiniteGroup, size: int, *, trials: int = 20, symmetric: bool = True, seed: int = 0,
                       method: str = "auto") -> list[AlonRoichmanTrial]:
    """``lambda_*`` (numeric, :func:`~symproof.averaging.cayley_spectra.lambda_star`) of ``trials`` random multisets.

    >>> import symproof as sp
    >>> rows = lambda_star_trials(sp.group("C2^4"), 8, trials=2)
    >>> [(r.degree, r.method, r.lambda_star < 1) for r in rows]
    [(16, 'dense', True), (16, 'dense', True)]
    """
    size = _positive_int("size", size)
    out = []
    for t in range(_positive_int("trials", trials)):
        S = random_cayley_multiset(G, size, symmetric=symmetric, seed=seed, trial=t)
        value = lambda_star(G, S, method=method, exact=False)
        out.append(AlonRoichmanTrial(G.name or repr(G), G.order, size, len(S), bool(symmetric), t, seed,
                                     float(value), value.kind, value.method))
    return out


def alon_roichman_experiment(family: str, parameters: Iterable[int], *, c: float | Iterable[float] = 1.0,
                             trials: int = 20, symmetric: bool = True, seed: int = 0,
                             method: str = "auto") -> list[AlonRoichmanTrial]:
    """The distribution of ``lambda_*`` over ``trials`` random multisets of ``ceil(c ln |G|)`` draws.

    One record per (family member, ``c``, trial), members in the order of ``parameters``.
    ``c`` may be a list of constants.
    """
    constants = [c] if isinstance(c, (int, float)) and not isinstance(c, bool) else list(c)
    out = []
    for parameter in parameters:
        G = family_group(family, parameter)
        for const in constants:
            out.extend(lambda_star_trials(G, alon_roichman_size(G, const), trials=trials, symmetric=symmetric,
                                          seed=seed, method=method))
    return out


def summarize_trials(records: Iterable[AlonRoichmanTrial],
                     quantiles: tuple[float, ...] = (0.1, 0.5, 0.9)) -> list[dict[str, Any]]:
    """Per (group, size, symmetric): number of trials, mean, min, max and quantiles of ``lambda_*``."""
    groups: dict[tuple, list[AlonRoichmanTrial]] = {}
    for r in records:
        groups.setdefault((r.group, r.order, r.size, r.degree, r.symmetric), []).append(r)
    out = []
    for (name, order, size, degree, symmetric), rows in groups.items():
        values = np.array([r.lambda_star for r in rows])
        row = {"group": name, "order": order, "size": size, "degree": degree, "symmetric": symmetric,
               "trials": len(rows), "mean": float(values.mean()), "min": float(values.min()),
               "max": float(values.max())}
        row.update({f"q{q:g}": float(np.quantile(values, q)) for q in quantiles})
        out.append(row)
    return out


def threshold_size(G: FiniteGroup, t: float, *, fraction: float = 0.5, trials: int = 20, symmetric: bool = True,
                   seed: int = 0, max_size: int | None = None, method: str = "auto") -> ThresholdSize:
    """The least number of draws reaching ``lambda_* <= t`` in at least ``fraction`` of the trials.

    Sizes ``1, 2, ..., max_size`` (default ``ceil(10 ln |G|)``) are tried in turn on the
    coupled trial streams (size ``k`` uses the first ``k`` draws of each trial).

    >>> import symproof as sp
    >>> r = threshold_size(sp.group("S4"), 0.8, trials=4, seed=3)
    >>> r.size, r.reached[-1]
    (4, (4, 0.5))

    Notes
    -----
    At most ``trials * max_size`` numeric evaluations of ``lambda_*``. A multiset inside a
    proper subgroup (or a coset of one, unsymmetrised) has ``lambda_* = 1``, so ``t < 1``
    needs at least as many draws as it takes to leave them.
    """
    t, fraction = _positive_real("t", t), _positive_real("fraction", fraction)
    if fraction > 1:
        raise InvalidArgumentError(f"fraction must be in (0, 1], got {fraction!r}")
    trials = _positive_int("trials", trials)
    max_size = _positive_int("max_size", max_size) if max_size is not None else alon_roichman_size(G, 10.0)
    streams = [_draws(G, max_size, seed, trial) for trial in range(trials)]
    reached = []
    for k in range(1, max_size + 1):
        hits = sum(float(lambda_star(G, _symmetrised(G, s[:k], symmetric), method=method, exact=False)) <= t
                   for s in streams)
        reached.append((k, hits / trials))
        if hits >= fraction * trials:
            return ThresholdSize(G.name or repr(G), G.order, t, fraction, trials, bool(symmetric), seed, k,
                                 tuple(reached))
    return ThresholdSize(G.name or repr(G), G.order, t, fraction, trials, bool(symmetric), seed, None, tuple(reached))
