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
``seed`` may also be ``None`` or a ``numpy.random.Generator`` (the one convention of
:mod:`symproof._validation`): one draw of it gives the int base seed, which the records keep.

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

from symproof._frozen import frozen_record
from symproof._validation import (
    SeedLike,
    check_bool,
    check_choice,
    check_group,
    check_int,
    check_positive,
    check_unit_interval,
    resolve_seed,
)
from symproof.cayley.spectra import lambda_star, route_kind
from symproof.errors import InvalidArgumentError
from symproof.exact.provenance import Provenance

if TYPE_CHECKING:  # pragma: no cover
    from symproof.groups.finite_group import FiniteGroup

__all__ = [
    "FAMILIES",
    "AlonRoichmanTrial",
    "ThresholdSize",
    "alon_roichman_experiment",
    "alon_roichman_size",
    "family_group",
    "lambda_star_trials",
    "random_cayley_multiset",
    "summarize_trials",
    "threshold_size",
    "trial_generator",
]

FAMILIES = {"S_n": "S{}", "B_d": "B{}", "Z_2^m": "C2^{}", "C_n": "C{}", "PSL(2,q)": "PSL(2,{})"}


@frozen_record
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
    provenance: Provenance
    method: str

    kind = route_kind

    def as_dict(self) -> dict[str, Any]:
        """The record as a plain dict (a table row)."""
        return dataclasses.asdict(self)


@frozen_record
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


def _positive_real(name: str, value: Any) -> float:
    return float(check_positive(value, name))


# -- drawing ----------------------------------------------------------------------------------


def family_group(family: str, parameter: int) -> FiniteGroup:
    """The member of a family: ``family_group("Z_2^m", 4)`` is ``C2^4``, ``family_group("PSL(2,q)", 7)`` ``PSL(2,7)``.

    >>> family_group("B_d", 3).order
    48
    """
    from symproof.groups.spec import group

    check_choice(family, "family", FAMILIES)
    return group(FAMILIES[family].format(check_int(parameter, "parameter", min_value=1)))


def trial_generator(seed: int, trial: int) -> np.random.Generator:
    """The generator of trial ``trial`` under the int base seed ``seed`` (see the module notes).

    >>> int(trial_generator(0, 2).integers(100)) == int(np.random.default_rng(
    ...     np.random.SeedSequence(0).spawn(3)[2]).integers(100))
    True
    """
    return np.random.default_rng(np.random.SeedSequence(check_int(seed, "seed", min_value=0),
                                                        spawn_key=(check_int(trial, "trial", min_value=0),)))


def _draws(G: FiniteGroup, length: int, seed: int, trial: int) -> np.ndarray:
    return trial_generator(seed, trial).integers(0, G.order, size=length)


def _symmetrised(G: FiniteGroup, draws: np.ndarray, symmetric: bool) -> list[int]:
    S = np.concatenate([draws, G.inverses[draws]]) if symmetric else draws
    return sorted(int(s) for s in S)


def random_cayley_multiset(G: FiniteGroup, size: int, *, symmetric: bool = False, seed: SeedLike = 0,
                           trial: int = 0) -> list[int]:
    """``size`` independent uniform elements of ``G`` (a multiset), with their inverses added if ``symmetric``.

    The first ``size`` draws of trial ``trial`` of base seed ``seed``; ``|S| = 2 size`` when symmetrised.
    ``seed`` is an ``int``, ``None`` or a ``numpy.random.Generator`` (one draw of it gives the base seed).
    The uniform scheme on ``S`` is the random-walk operator of ``Cay(G, S)`` (MATH.md section 6).

    Parameters
    ----------
    G : FiniteGroup
        A finite group.
    size : int
        Number of independent uniform draws, at least 1.
    symmetric : bool
        Add the inverse of every draw (``S = S^{-1}``).
    seed : int, None or numpy.random.Generator
        Base seed (see the module notes).
    trial : int
        Trial index; trials are independent streams of the same base seed.

    Returns
    -------
    list of int
        The sorted element indices of ``S`` (with repeats).

    Raises
    ------
    InvalidArgumentError
        If an argument has the wrong type.
    InvalidValueError
        If ``size < 1`` or ``trial < 0``.

    Examples
    --------
    >>> import symproof as sp
    >>> G = sp.group("S5")
    >>> S = random_cayley_multiset(G, 3, symmetric=True, seed=7)
    >>> len(S), sorted(G.inverses[S].tolist()) == S
    (6, True)
    """
    check_group(G)
    draws = _draws(G, check_int(size, "size", min_value=1), resolve_seed(seed), trial)
    return _symmetrised(G, draws, check_bool(symmetric, "symmetric"))


def alon_roichman_size(G: FiniteGroup, c: float) -> int:
    """``ceil(c ln |G|)``, at least 1: the number of draws for the constant ``c``.

    >>> import symproof as sp
    >>> alon_roichman_size(sp.group("S5"), 2.0)     # 2 ln 120 = 9.57...
    10
    """
    return max(1, math.ceil(_positive_real("c", c) * math.log(check_group(G).order)))


# -- experiments ------------------------------------------------------------------------------


def lambda_star_trials(G: FiniteGroup, size: int, *, trials: int = 20, symmetric: bool = True, seed: SeedLike = 0,
                       method: str = "auto") -> list[AlonRoichmanTrial]:
    """``lambda_*`` (numeric, :func:`~symproof.cayley.spectra.lambda_star`) of ``trials`` random multisets.

    >>> import symproof as sp
    >>> rows = lambda_star_trials(sp.group("C2^4"), 8, trials=2)
    >>> [(r.degree, r.method, r.lambda_star < 1) for r in rows]
    [(16, 'dense', True), (16, 'dense', True)]
    """
    size = check_int(size, "size", min_value=1)
    seed = resolve_seed(seed)  # records keep the int base seed, so any trial can be redrawn
    out = []
    for t in range(check_int(trials, "trials", min_value=1)):
        S = random_cayley_multiset(G, size, symmetric=symmetric, seed=seed, trial=t)
        value = lambda_star(G, S, method=method, exact=False)
        out.append(AlonRoichmanTrial(G.name or repr(G), G.order, size, len(S), bool(symmetric), t, seed,
                                     float(value), value.provenance, value.method))
    return out


def alon_roichman_experiment(family: str, parameters: Iterable[int], *, c: float | Iterable[float] = 1.0,
                             trials: int = 20, symmetric: bool = True, seed: SeedLike = 0,
                             method: str = "auto") -> list[AlonRoichmanTrial]:
    """The distribution of ``lambda_*`` over ``trials`` random multisets of ``ceil(c ln |G|)`` draws.

    One record per (family member, ``c``, trial), members in the order of ``parameters``.
    ``c`` may be a list of constants. Alon–Roichman: ``O(log |G|)`` random elements give an
    expander with high probability, so the uniform scheme on them has weak error
    ``w = lambda_*^2 < 1`` on ``L^2(G)`` (MATH.md section 6).

    Parameters
    ----------
    family : {"S_n", "B_d", "Z_2^m", "C_n", "PSL(2,q)"}
        The group family.
    parameters : iterable of int
        The family members (``n``, ``d``, ``m`` or ``q``).
    c : float or iterable of float
        Constants ``c``; each member is tried with ``ceil(c ln |G|)`` draws.
    trials : int
        Random multisets per member and constant.
    symmetric : bool
        Symmetrise the multisets (``S = S^{-1}``).
    seed : int, None or numpy.random.Generator
        Base seed (see the module notes).
    method : str
        The route of :func:`lambda_star` (numeric).

    Returns
    -------
    list of AlonRoichmanTrial
        One record per trial: group, order, size, degree, seed, ``lambda_*`` and its
        provenance; summarise with :func:`summarize_trials`.

    Raises
    ------
    InvalidArgumentError
        If the family is unknown or an argument has the wrong type.
    InvalidValueError
        If ``c`` is not positive or ``trials < 1``.

    Notes
    -----
    ``len(parameters) * len(c) * trials`` numeric evaluations of ``lambda_*``, each
    ``O(sum_pi d_pi^3)`` (Fourier), ``O(|G|^3)`` (dense) or ARPACK iterations of cost
    ``O(|G| |S|)`` (sparse).

    Examples
    --------
    >>> import symproof as sp
    >>> rows = sp.alon_roichman_experiment("C_n", [8], c=2.0, trials=2, seed=0)
    >>> [(r.group, r.size, r.degree) for r in rows]
    [('C8', 5, 10), ('C8', 5, 10)]
    """
    if isinstance(c, (int, float)) and not isinstance(c, bool):
        constants = [float(c)]
    elif isinstance(c, Iterable):
        constants = list(c)
    else:
        raise InvalidArgumentError(f"c must be a number or an iterable of numbers, got {c!r}")
    seed = resolve_seed(seed)
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
                   seed: SeedLike = 0, max_size: int | None = None, method: str = "auto") -> ThresholdSize:
    """The least number of draws reaching ``lambda_* <= t`` in at least ``fraction`` of the trials.

    Sizes ``1, 2, ..., max_size`` (default ``ceil(10 ln |G|)``) are tried in turn on the
    coupled trial streams (size ``k`` uses the first ``k`` draws of each trial).

    Parameters
    ----------
    G : FiniteGroup
        A finite group.
    t : float
        Target for ``lambda_*`` (so weak error ``t^2`` on ``L^2(G)``).
    fraction : float
        Required fraction of trials, in ``(0, 1]``.
    trials : int
        Number of trial streams.
    symmetric : bool
        Symmetrise the multisets.
    seed : int, None or numpy.random.Generator
        Base seed.
    max_size : int, optional
        Largest size tried (default ``ceil(10 ln |G|)``).
    method : str
        The route of :func:`lambda_star` (numeric).

    Returns
    -------
    ThresholdSize
        ``size`` (``None`` if not reached by ``max_size``) and ``reached``, the fraction of
        successful trials at every size tried.

    Raises
    ------
    InvalidArgumentError
        If an argument has the wrong type.
    InvalidValueError
        If ``t``, ``fraction``, ``trials`` or ``max_size`` is out of range.

    Examples
    --------
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
    check_group(G)
    t, fraction = _positive_real("t", t), check_unit_interval(fraction, "fraction")
    symmetric = check_bool(symmetric, "symmetric")
    trials = check_int(trials, "trials", min_value=1)
    max_size = check_int(max_size, "max_size", min_value=1) if max_size is not None else alon_roichman_size(G, 10.0)
    seed = resolve_seed(seed)
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
