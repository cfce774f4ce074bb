"""A sparsest exact scheme proposed by mixed-integer programming (HiGHS), in floating point: an estimate.

An exact scheme on ``F`` is ``omega`` with ``sum_g omega(g) = 1`` and ``omega_hat(pi) = 0`` for every
``pi`` in ``Irr(F)`` (MATH.md section 3). Its least support is the mixed-integer program::

    minimise sum_g z_g   subject to   sum_g omega(g) R_pi(g) = 0  (pi in Irr(F)),   sum_g omega(g) = 1,
                                      0 <= omega(g) <= z_g  (probability)   or   |omega(g)| <= M z_g  (signed),
                                      z_g in {0, 1},

with ``R_pi(g)`` the real and imaginary parts of the floating-point ``pi(g)`` (reduced to independent
rows). HiGHS (through :func:`scipy.optimize.milp`) solves it. Nothing here is a proof: the support it
proposes is verified in exact arithmetic by the caller (:func:`~symproof.averaging.complexity.averaging_complexity`),
and its optimum is never used as a lower bound. For signed schemes the bound ``M`` on the weights is a
modelling choice (``SIGNED_WEIGHT_BOUND``): a sparser scheme with larger weights would be missed.

>>> import symproof as sp
>>> rho = sp.natural_action(sp.group("C7"))
>>> len(proposed_exact_support(sp.polynomials(rho, max_degree=2), signed=False))   # 2L + 1 = 5 (MATH.md 3)
5
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

import numpy as np

from symproof.averaging.symmetry_errors import numeric_matrices
from symproof.reps.irreducibles import irreducible_representations

if TYPE_CHECKING:  # pragma: no cover
    from symproof.functions.function_class import FunctionClass

__all__ = ["SIGNED_WEIGHT_BOUND", "exactness_rows", "milp_available", "proposed_exact_support"]

SIGNED_WEIGHT_BOUND = 8.0  # |omega(g)| <= M for signed proposals (big-M); probability weights are <= 1
NODE_LIMIT = 300  # branch-and-bound nodes for HiGHS (a count, not seconds, so proposals do not depend on the machine)
WEIGHT_FLOOR = 1e-7  # weights below this are read as zero in the proposal


@contextlib.contextmanager
def _silent_stdout() -> Iterator[None]:
    """File descriptor 1 sent to the null device for a block (output written by compiled code included)."""
    sys.stdout.flush()
    saved = os.dup(1)
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 1)
            yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def milp_available() -> bool:
    """Whether SciPy has :func:`scipy.optimize.milp` (HiGHS; SciPy 1.9 and later).

    >>> isinstance(milp_available(), bool)
    True
    """
    try:
        from scipy.optimize import milp  # noqa: F401
    except ImportError:  # pragma: no cover - old SciPy
        return False
    return True


def exactness_rows(F: FunctionClass) -> np.ndarray:
    """An orthonormal basis of the rows of the real constraints ``sum_g omega(g) R_pi(g) = 0`` (floating point).

    >>> import symproof as sp
    >>> exactness_rows(sp.regular_functions(sp.group("S3"))).shape    # rank sum_{pi != 1} d_pi^2 = 5
    (5, 6)
    """
    irreps = irreducible_representations(F.group)
    blocks = []
    for row in F.irreducibles():
        P = numeric_matrices(irreps[row]).reshape(F.group.order, -1).T  # (d^2, |G|)
        blocks += [P.real, P.imag]
    if not blocks:
        return np.zeros((0, F.group.order))
    A = np.vstack(blocks)
    _, s, Vt = np.linalg.svd(A, full_matrices=False)
    return Vt[s > 1e-9 * max(1.0, float(s[0]))]


def proposed_exact_support(F: FunctionClass, signed: bool = False, *, node_limit: int = NODE_LIMIT
                           ) -> tuple[int, ...] | None:
    """The support of a sparsest exact scheme as HiGHS finds it (an estimate); None if it finds none.

    Parameters
    ----------
    F : FunctionClass
        The function class (only ``Irr(F)`` matters).
    signed : bool
        Signed schemes (weights bounded by :data:`SIGNED_WEIGHT_BOUND`), else probability schemes.
    node_limit : int
        Branch-and-bound nodes for HiGHS; the best support found by then is proposed.

    Returns
    -------
    tuple of int or None
        Sorted element indices with weight above ``1e-7`` in the solver's solution.

    Notes
    -----
    ``2 |G|`` variables (``|G|`` binary), ``rank + 1`` equalities; branch and bound in HiGHS.
    """
    from scipy.optimize import Bounds, LinearConstraint, milp

    n = F.group.order
    A = exactness_rows(F)
    M = SIGNED_WEIGHT_BOUND if signed else 1.0
    eye = np.eye(n)
    constraints = [
        LinearConstraint(np.hstack([A, np.zeros_like(A)]), 0.0, 0.0),
        LinearConstraint(np.hstack([np.ones((1, n)), np.zeros((1, n))]), 1.0, 1.0),
        LinearConstraint(np.hstack([eye, -M * eye]), -np.inf, 0.0),  # omega <= M z
    ]
    if signed:
        constraints.append(LinearConstraint(np.hstack([eye, M * eye]), 0.0, np.inf))  # omega >= -M z
    lower = np.concatenate([np.full(n, -M if signed else 0.0), np.zeros(n)])
    upper = np.concatenate([np.full(n, M), np.ones(n)])
    cost = np.concatenate([np.zeros(n), np.ones(n)])
    integrality = np.concatenate([np.zeros(n), np.ones(n)])
    with _silent_stdout():  # HiGHS's C++ core can print debugging lines even with disp=False
        res = milp(cost, constraints=constraints, integrality=integrality, bounds=Bounds(lower, upper),
                   options={"node_limit": int(node_limit), "disp": False})
    if res.x is None:
        return None
    omega = res.x[:n]
    return tuple(int(g) for g in np.flatnonzero(np.abs(omega) > WEIGHT_FLOOR))
