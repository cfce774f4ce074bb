"""Symbolic bounds on averaging complexity (MATH.md section 4), in SymPy.

Matrix Bernstein (Tropp 2012, rectangular form) for the empirical measure of ``n``
independent uniform elements, with ``sigma = (+) Irr(F)`` of dimension
``D = sum_{pi in Irr(F)} d_pi``, ``E sigma(g) = 0``, ``||sigma(g)/n|| <= 1/n`` and
variance ``1/n``::

    P(w > t^2) <= 2 D exp(-n t^2 / (2 (1 + t/3)))

so with ``t = sqrt(eps)``, ``n >= 2 (1 + sqrt(eps)/3) ln(2D/delta) / eps`` samples give
``w <= eps`` with probability ``>= 1 - delta``; ``delta -> 1`` gives the existence bound
``AC_wk(F, eps) <= floor(2 (1 + sqrt(eps)/3) ln(2D) / eps) + 1``; and
``AC_st(F, eps) <= AC_wk(F, eps/2)`` because ``s <= 2 w``.

>>> n = sample_size(sympy.Rational(1, 4), 763, sympy.Rational(1, 10))   # S_8, L^2: D = 763
>>> n, sympy.ceiling(n)
(28*log(15260)/3, 90)
>>> weak_existence_bound(sympy.Rational(1, 4), 763)
69
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sympy

from symproof.errors import InvalidArgumentError

if TYPE_CHECKING:  # pragma: no cover
    from symproof.functions.function_class import FunctionClass

__all__ = ["EPS", "DIM", "DELTA", "N", "bernstein_tail", "sample_size", "weak_existence_bound",
           "strong_existence_bound", "irreducible_dimension", "class_bounds", "relations"]

EPS, DIM, DELTA, N = sympy.symbols("epsilon D delta n", positive=True)


def _exact(x: Any, name: str) -> sympy.Expr:
    value = sympy.nsimplify(x) if isinstance(x, float) else sympy.sympify(x)
    if value.is_number and not value.is_positive:
        raise InvalidArgumentError(f"{name} must be positive, got {x!r}")
    return value


def bernstein_tail(n: Any = N, eps: Any = EPS, D: Any = DIM) -> sympy.Expr:
    """``2 D exp(-n eps / (2 (1 + sqrt(eps)/3)))``: the bound on ``P(w > eps)``."""
    t = sympy.sqrt(_exact(eps, "eps"))
    return 2 * _exact(D, "D") * sympy.exp(-_exact(n, "n") * t**2 / (2 * (1 + t / 3)))


def sample_size(eps: Any = EPS, D: Any = DIM, delta: Any = DELTA) -> sympy.Expr:
    """``2 (1 + sqrt(eps)/3) ln(2D/delta) / eps``: enough samples for ``w <= eps`` w.p. ``1 - delta``."""
    eps, D, delta = _exact(eps, "eps"), _exact(D, "D"), _exact(delta, "delta")
    return sympy.simplify(2 * (1 + sympy.sqrt(eps) / 3) * sympy.log(2 * D / delta) / eps)


def weak_existence_bound(eps: Any, D: Any) -> sympy.Expr:
    """``floor(2 (1 + sqrt(eps)/3) ln(2D) / eps) + 1 >= AC_wk(F, eps)`` (``D >= 1``)."""
    eps, D = _exact(eps, "eps"), _exact(D, "D")
    return sympy.floor(2 * (1 + sympy.sqrt(eps) / 3) * sympy.log(2 * D) / eps) + 1


def strong_existence_bound(eps: Any, D: Any) -> sympy.Expr:
    """``AC_st(F, eps) <= AC_wk(F, eps/2) <=`` :func:`weak_existence_bound` ``(eps/2, D)``."""
    return weak_existence_bound(_exact(eps, "eps") / 2, D)


def irreducible_dimension(F: FunctionClass) -> int:
    """``D = sum_{pi in Irr(F)} d_pi`` (each irreducible once)."""
    degrees = F.group.character_table().degrees
    return int(sum(degrees[i] for i in F.irreducibles()))


def class_bounds(F: FunctionClass, eps: Any, delta: Any = sympy.Rational(1, 10)) -> dict[str, Any]:
    """The bounds for a class: ``D``, the sample size for ``delta``, and both existence bounds (exact)."""
    D = irreducible_dimension(F)
    if D == 0:
        return {"D": 0, "sample_size": sympy.Integer(1), "weak": sympy.Integer(1), "strong": sympy.Integer(1)}
    return {"D": D, "sample_size": sample_size(eps, D, delta), "weak": weak_existence_bound(eps, D),
            "strong": strong_existence_bound(eps, D)}


def relations(results: dict[str, Any], order: int) -> list[tuple[str, bool]]:
    """Check ``AC_wk(eps) <= AC_st(eps) <= AC_wk(eps/2) <= AC_ex <= |G|`` on computed intervals.

    ``results`` maps ``"weak"``, ``"strong"``, ``"weak_half"``, ``"exact"`` to objects with
    ``lower``/``upper``; a statement holds when the intervals do not contradict it.
    """
    chain = [("AC_wk(eps)", results["weak"]), ("AC_st(eps)", results["strong"]),
             ("AC_wk(eps/2)", results["weak_half"]), ("AC_ex", results["exact"])]
    out = [(f"{a} <= {b}", x.lower <= y.upper) for (a, x), (b, y) in zip(chain, chain[1:])]
    out.append((f"AC_ex <= |G| = {order}", results["exact"].lower <= order))
    return out
