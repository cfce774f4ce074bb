"""Conjectured statements, evaluated on one case at a time.

The paper's and the project's own conjectures live here, not in the layers that compute
the quantities they relate: a :class:`CandidateBound` is a conjectured upper bound on
``K*`` (``MATH.md`` section 4) evaluated on one action, and :func:`relations` checks the
inequalities between averaging complexities on computed intervals. A statement that holds
on one case proves nothing in general: each says ``status="conjecture"`` or ``"proven"``.

>>> import symproof as sp
>>> [(c.formula, c.value, c.holds) for c in k_candidate_bounds(sp.natural_action(sp.group("S3")))]
[('min(|G|, sum_lambda (M_lambda - 1))', 2, False), ('sum_lambda M_lambda - 1', 5, True)]
"""

from __future__ import annotations

import itertools
from typing import Any

from symproof._frozen import frozen_record
from symproof.exact.provenance import Provenance
from symproof.reps.molien import max_eigenvalue_multiplicities, tensor_power_threshold
from symproof.reps.representation import Representation

__all__ = ["CandidateBound", "k_candidate_bounds", "relations"]


@frozen_record
class CandidateBound:
    """A conjectured upper bound on ``K*`` evaluated on one action.

    ``holds`` is ``K* <= value`` (None when ``K*`` is undefined); ``status`` is
    ``"conjecture"``: a value that holds on one action proves nothing in general.
    """

    formula: str
    value: int
    holds: bool | None
    status: str = "conjecture"

    @property
    def provenance(self) -> Provenance:
        """``EXACT``: the value of the formula is computed exactly (that it bounds ``K*`` is only :attr:`status`)."""
        return Provenance.EXACT

    def __str__(self) -> str:
        verdict = "holds" if self.holds else "fails" if self.holds is not None else "undecided"
        return f"{self.formula} = {self.value} ({self.status}; {verdict} here)"


def k_candidate_bounds(rho: Representation) -> tuple[CandidateBound, ...]:
    """The two readings of the paper's bound on ``K*``, evaluated on ``rho``.

    ``min(|G|, sum_lambda (M_lambda - 1))`` (as a summary of the paper prints it) and
    ``sum_lambda M_lambda - 1`` (the reading its ``S_d`` example uses), with ``M_lambda``
    the largest multiplicity of the eigenvalue ``lambda`` in any ``rho(g)``.

    Parameters
    ----------
    rho : Representation
        A linear action.

    Returns
    -------
    tuple of CandidateBound

    Examples
    --------
    >>> import symproof as sp
    >>> print(k_candidate_bounds(sp.natural_action(sp.group("S4")))[0])
    min(|G|, sum_lambda (M_lambda - 1)) = 4 (conjecture; fails here)
    """
    k_star = tensor_power_threshold(rho).k_star
    M = max_eigenvalue_multiplicities(rho)
    values = [("min(|G|, sum_lambda (M_lambda - 1))", min(rho.group.order, sum(m - 1 for m in M.values()))),
              ("sum_lambda M_lambda - 1", sum(M.values()) - 1)]
    return tuple(CandidateBound(name, v, None if k_star is None else k_star <= v) for name, v in values)


def relations(results: dict[str, Any], order: int) -> list[tuple[str, bool]]:
    """Check ``AC_wk(eps) <= AC_st(eps) <= AC_wk(eps/2) <= AC_ex <= |G|`` on computed intervals.

    Parameters
    ----------
    results : dict
        Maps ``"weak"``, ``"strong"``, ``"weak_half"``, ``"exact"`` to objects with
        ``lower``/``upper``.
    order : int
        ``|G|``.

    Returns
    -------
    list of (str, bool)
        Each statement with whether the intervals are consistent with it.

    Examples
    --------
    >>> from types import SimpleNamespace as I
    >>> relations({"weak": I(lower=1, upper=2), "strong": I(lower=2, upper=3),
    ...            "weak_half": I(lower=2, upper=4), "exact": I(lower=4, upper=4)}, 6)[0]
    ('AC_wk(eps) <= AC_st(eps)', True)
    """
    chain = [("AC_wk(eps)", results["weak"]), ("AC_st(eps)", results["strong"]),
             ("AC_wk(eps/2)", results["weak_half"]), ("AC_ex", results["exact"])]
    out = [(f"{a} <= {b}", int(x.lower) <= int(y.upper)) for (a, x), (b, y) in itertools.pairwise(chain)]
    out.append((f"AC_ex <= |G| = {order}", int(results["exact"].lower) <= order))
    return out
