"""The conjectures shipped with symproof (MATH.md section 4), by name.

Each is a :class:`~symproof.checking.conjecture.Conjecture`; :data:`CONJECTURES` maps names to
them. ``K*`` is the least ``k`` such that every irreducible occurs in the polynomials of degree
``<= k`` of a faithful action; ``M_lambda`` the largest multiplicity of the eigenvalue
``lambda`` in any ``rho(g)``. A verdict is ``False`` only when proven values contradict the
statement; estimates and straddling enclosures give ``None`` (undecided).

>>> sorted(CONJECTURES)[:3]
['bernstein-size', 'exact-criterion', 'k-bound-dim']
>>> from symproof.checking.cases import cases
>>> verdict = CONJECTURES["k-bound-min"].evaluate(next(cases("actions", 6, 1)))  # S3 on R^3
>>> verdict.holds, verdict.values["K*"], verdict.values["bound"]
(False, 3, 2)
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from symproof.averaging.bounds import irreducible_dimension, plancherel_lower_bound, weak_existence_bound
from symproof.averaging.complexity import averaging_complexity
from symproof.averaging.scheme import AveragingScheme
from symproof.averaging.symmetry_errors import ErrorValue, strong_error, weak_error
from symproof.checking.conjecture import Conjecture, Verdict, conjecture
from symproof.exact.provenance import Provenance
from symproof.reps.character_table import character_table
from symproof.reps.molien import max_eigenvalue_multiplicities, tensor_power_threshold

__all__ = ["CONJECTURES"]


def _k_values(case: Any) -> dict[str, Any]:
    rho = case.action
    M = max_eigenvalue_multiplicities(rho)
    return {"K*": tensor_power_threshold(rho).k_star, "|G|": case.group.order, "dim V": rho.dimension,
            "sum_lambda M_lambda": sum(M.values()), "M_lambda": {str(k): v for k, v in M.items()}}


def _k_bound(name: str, statement: str, latex: str, bound: Any, status: str = "conjecture") -> Conjecture:
    def predicate(case: Any) -> Verdict:
        values = _k_values(case)
        values["bound"] = bound(values)
        return Verdict(None if values["K*"] is None else values["K*"] <= values["bound"], values)

    return conjecture(name, statement=statement, latex=latex, over="actions", status=status)(predicate)


K_BOUND_MIN = _k_bound("k-bound-min", "K* <= min(|G|, sum_lambda (M_lambda - 1))",
                       r"K^* \le \min\{|G|, \sum_\lambda (M_\lambda - 1)\}",
                       lambda v: min(v["|G|"], v["sum_lambda M_lambda"] - len(v["M_lambda"])))
K_BOUND_SUM = _k_bound("k-bound-sum", "K* <= sum_lambda M_lambda - 1", r"K^* \le \sum_\lambda M_\lambda - 1",
                       lambda v: v["sum_lambda M_lambda"] - 1)
K_BOUND_DIM = _k_bound("k-bound-dim", "K* <= sum_lambda M_lambda - dim V",
                       r"K^* \le \sum_\lambda M_\lambda - \dim V", lambda v: v["sum_lambda M_lambda"] - v["dim V"])
K_STAR_ORDER = _k_bound("k-star-order", "K* <= |G| - 1", r"K^* \le |G| - 1", lambda v: v["|G|"] - 1,
                        status="proven")


def _compare(a: ErrorValue, b: ErrorValue, factor: Fraction) -> int | None:
    """The sign of ``a - factor * b``: exactly, or from rigorous enclosures; None when undecided or estimated."""
    if a.algebraic is not None and b.algebraic is not None:
        return a.algebraic.compare(b.algebraic.scaled(factor))
    if Provenance.ESTIMATE in (a.provenance, b.provenance):
        return None  # an estimate refutes nothing
    if a.lower > float(factor) * b.upper:
        return 1
    if a.upper < float(factor) * b.lower:
        return -1
    return None


@conjecture("weak-strong-sandwich", statement="|G|/(|G|-1) w <= s <= 2 w",
            latex=r"\tfrac{|G|}{|G|-1}\, w(\omega) \le s(\omega) \le 2\, w(\omega)", over="schemes", status="proven")
def weak_strong_sandwich(case: Any) -> Verdict:
    """The sandwich between the strong and the weak error of one scheme (MATH.md section 3)."""
    n = case.group.order
    if n == 1:
        return Verdict(True, {"w": 0, "s": 0})
    w, s = weak_error(case.scheme, case.function_class), strong_error(case.scheme, case.function_class)
    low, high = _compare(s, w, Fraction(n, n - 1)), _compare(s, w, Fraction(2))
    holds = None if low is None or high is None else low >= 0 and high <= 0
    if (low is not None and low < 0) or (high is not None and high > 0):
        holds = False
    return Verdict(holds, {"w": str(w), "s": str(s), "|G|": n})


def _interval(r: Any) -> dict[str, Any]:
    return {"lower": int(r.lower), "upper": int(r.upper), "lower_provenance": r.lower.provenance.value,
            "upper_provenance": r.upper.provenance.value}


def _proven(bound: Any) -> bool:
    return bound.provenance is not Provenance.ESTIMATE


@conjecture("strong-from-weak", statement="AC_st(F, eps) <= AC_wk(F, eps/2)",
            latex=r"AC_{st}(F, \varepsilon) \le AC_{wk}(F, \varepsilon/2)", over="tolerances", status="proven")
def strong_from_weak(case: Any) -> Verdict:
    """Compare the computed intervals: fails only if a proven lower bound exceeds a proven upper bound."""
    strong = averaging_complexity(case.function_class, "strong", eps=case.eps)
    weak = averaging_complexity(case.function_class, "weak", eps=case.eps / 2)
    values = {"AC_st(eps)": _interval(strong), "AC_wk(eps/2)": _interval(weak), "eps": str(case.eps)}
    if _proven(strong.upper) and _proven(weak.lower) and int(strong.upper) <= int(weak.lower):
        return Verdict(True, values)
    if _proven(strong.lower) and _proven(weak.upper) and int(strong.lower) > int(weak.upper):
        return Verdict(False, values)
    return Verdict(None, values)


@conjecture("bernstein-size", statement="AC_wk(F, eps) <= floor(2 (1 + sqrt(eps)/3) ln(2D) / eps) + 1",
            latex=r"AC_{wk}(F, \varepsilon) \le \lfloor 2 (1 + \sqrt{\varepsilon}/3) \ln(2D)/\varepsilon \rfloor + 1",
            over="tolerances", status="proven")
def bernstein_size(case: Any) -> Verdict:
    """The Theorem-15 existence bound against a proven lower bound and a certified scheme of that size."""
    F, G, eps = case.function_class, case.group, case.eps
    D = irreducible_dimension(F)
    bound = 1 if D == 0 else int(weak_existence_bound(eps, D))
    lower = plancherel_lower_bound(F, eps)
    values: dict[str, Any] = {"D": D, "bound": bound, "lower": int(lower), "eps": str(eps)}
    if int(lower) > bound and _proven(lower):
        return Verdict(False, values)
    if bound >= G.order or D == 0:
        return Verdict(True, values)
    for seed in range(3):
        omega = AveragingScheme.random(G, bound, seed=seed)
        if weak_error(omega, F).is_at_most(eps):
            values["witness"] = f"sp.AveragingScheme.random(G, {bound}, seed={seed})"
            return Verdict(True, values)
    return Verdict(None, values)


@conjecture("exact-criterion", statement="AC_ex(F) = |G| iff every non-trivial irreducible occurs in F",
            latex=r"AC_{ex}(F) = |G| \iff \mathrm{Irr}(G) \setminus \{1\} \subseteq \mathrm{Irr}(F)",
            over="classes", status="proven")
def exact_criterion(case: Any) -> Verdict:
    """The exact complexity (decided by the library) against the occurrence of every irreducible."""
    F, n = case.function_class, case.group.order
    every = set(F.irreducibles()) == set(range(1, len(character_table(case.group))))
    r = averaging_complexity(F, "exact")
    values = {"every irreducible occurs": every, "AC_ex": _interval(r), "|G|": n}
    if int(r.lower) == n:
        return Verdict(every, values)
    if int(r.upper) < n and _proven(r.upper):
        return Verdict(not every, values)
    return Verdict(None, values)


CONJECTURES: dict[str, Conjecture] = {c.name: c for c in (
    K_BOUND_MIN, K_BOUND_SUM, K_BOUND_DIM, K_STAR_ORDER, weak_strong_sandwich, strong_from_weak, bernstein_size,
    exact_criterion)}
