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

import math
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import numpy as np
import sympy

from symproof._validation import check_choice, check_exact_number, check_type
from symproof.errors import InvalidArgumentError, InvalidValueError
from symproof.exact.provenance import Bound, Provenance
from symproof.reps.character_table import character_table

if TYPE_CHECKING:  # pragma: no cover
    from symproof.functions.function_class import FunctionClass

__all__ = [
    "DELTA",
    "DIM",
    "EPS",
    "N",
    "bernstein_tail",
    "class_bounds",
    "irreducible_dimension",
    "irreducible_square_sum",
    "plancherel_lower_bound",
    "sample_size",
    "strong_existence_bound",
    "weak_existence_bound",
]

EPS, DIM, DELTA, N = sympy.symbols("epsilon D delta n", positive=True)
DEFAULT_DELTA = sympy.Rational(1, 10)  # the failure probability of the sample size in class_bounds


def _exact(x: Any, name: str) -> sympy.Expr:
    """``x`` as an exact SymPy expression: a number exactly (floats as :func:`check_exact_number` allows) or symbolic."""
    if isinstance(x, (bool, float, np.floating)):
        return sympy.Rational(check_exact_number(x, name, positive=True))
    try:
        value = sympy.sympify(x, rational=isinstance(x, str))  # a decimal string is read exactly
    except (sympy.SympifyError, TypeError, ValueError):
        raise InvalidArgumentError(f"{name} must be a positive exact number or a SymPy expression, got {x!r}") from None
    if not isinstance(value, sympy.Expr):
        raise InvalidArgumentError(f"{name} must be a positive exact number or a SymPy expression, got {x!r}")
    if value.atoms(sympy.Float):
        raise InvalidArgumentError(f"{name} must be exact, got {x!r} with a floating-point number in it; pass "
                                   f"rationals such as Fraction(1, 3) or sympy.Rational(1, 3)")
    if value.is_number and not value.is_positive:
        raise InvalidValueError(f"{name} must be positive, got {x!r}")
    return value


def bernstein_tail(n: Any = N, eps: Any = EPS, D: Any = DIM) -> sympy.Expr:
    """Return the matrix-Bernstein bound ``2 D exp(-n eps / (2 (1 + sqrt(eps)/3)))`` on ``P(w > eps)``.

    For the empirical measure ``omega`` of ``n`` independent uniform elements of ``G`` and
    ``D = sum_{pi in Irr(F)} d_pi``, the weak error ``w(omega; F)`` exceeds ``eps`` with at
    most this probability (Tropp 2012, rectangular form; MATH.md section 4).

    Parameters
    ----------
    n : number or sympy.Expr
        Number of draws (default the symbol ``n``).
    eps : number or sympy.Expr
        Tolerance, positive (default the symbol ``epsilon``).
    D : number or sympy.Expr
        ``sum_{pi in Irr(F)} d_pi``, positive (default the symbol ``D``).

    Returns
    -------
    sympy.Expr
        The exact bound.

    Raises
    ------
    InvalidArgumentError
        If an argument is not an exact number or expression (floats other than small
        dyadic ones such as ``0.5`` are refused: pass ``Fraction(1, 3)`` or
        ``sympy.Rational(1, 3)``).
    InvalidValueError
        If a numeric argument is not positive.

    Examples
    --------
    >>> import sympy
    >>> import symproof as sp
    >>> sp.bernstein_tail(100, sympy.Rational(1, 4), 3)
    6*exp(-75/7)
    """
    t = sympy.sqrt(_exact(eps, "eps"))
    return 2 * _exact(D, "D") * sympy.exp(-_exact(n, "n") * t**2 / (2 * (1 + t / 3)))


def sample_size(eps: Any = EPS, D: Any = DIM, delta: Any = DELTA) -> sympy.Expr:
    """Return the Theorem-15 sample size ``2 (1 + sqrt(eps)/3) ln(2D/delta) / eps``.

    That many independent uniform draws give a scheme with weak error ``w <= eps`` with
    probability ``>= 1 - delta``, where ``D = sum_{pi in Irr(F)} d_pi`` (MATH.md section 4);
    for ``eps <= 1`` it is at most ``(8/3) ln(2D/delta) / eps``.

    Parameters
    ----------
    eps : number or sympy.Expr
        Tolerance, positive (default the symbol ``epsilon``).
    D : number or sympy.Expr
        ``sum_{pi in Irr(F)} d_pi``, positive (default the symbol ``D``).
    delta : number or sympy.Expr
        Failure probability, positive (default the symbol ``delta``).

    Returns
    -------
    sympy.Expr
        The exact (simplified) sample size; round it up with ``sympy.ceiling``.

    Raises
    ------
    InvalidArgumentError
        If an argument is not an exact number or expression (floats other than small
        dyadic ones such as ``0.5`` are refused: pass ``Fraction(1, 10)`` or
        ``sympy.Rational(1, 10)``).
    InvalidValueError
        If a numeric argument is not positive.

    Examples
    --------
    >>> import sympy
    >>> import symproof as sp
    >>> sympy.ceiling(sp.sample_size(sympy.Rational(1, 4), 763, sympy.Rational(1, 10)))  # S_8 on L^2
    90
    """
    eps, D, delta = _exact(eps, "eps"), _exact(D, "D"), _exact(delta, "delta")
    return sympy.simplify(2 * (1 + sympy.sqrt(eps) / 3) * sympy.log(2 * D / delta) / eps)


def weak_existence_bound(eps: Any, D: Any) -> sympy.Expr:
    """Return the existence bound ``floor(2 (1 + sqrt(eps)/3) ln(2D) / eps) + 1 >= AC_wk(F, eps)``.

    Theorem 15 with ``delta -> 1``: some scheme of at most this size has weak error
    ``w <= eps`` on every class ``F`` with ``D = sum_{pi in Irr(F)} d_pi >= 1`` (MATH.md
    section 4).

    Parameters
    ----------
    eps : number or sympy.Expr
        Tolerance, positive.
    D : number or sympy.Expr
        ``sum_{pi in Irr(F)} d_pi``, at least 1.

    Returns
    -------
    sympy.Expr
        The bound, an integer when ``eps`` and ``D`` are numbers.

    Raises
    ------
    InvalidArgumentError
        If ``eps`` or ``D`` is not an exact number or expression (a float such as ``0.1``:
        pass ``Fraction(1, 10)`` or ``sympy.Rational(1, 10)``).
    InvalidValueError
        If ``eps`` or ``D`` is not positive.

    Examples
    --------
    >>> import sympy
    >>> import symproof as sp
    >>> int(sp.weak_existence_bound(sympy.Rational(1, 4), 763))
    69
    """
    eps, D = _exact(eps, "eps"), _exact(D, "D")
    return sympy.floor(2 * (1 + sympy.sqrt(eps) / 3) * sympy.log(2 * D) / eps) + 1


def strong_existence_bound(eps: Any, D: Any) -> sympy.Expr:
    """Return the existence bound on ``AC_st(F, eps)``: :func:`weak_existence_bound` at ``eps/2``.

    Since the strong error satisfies ``s <= 2w``, ``AC_st(F, eps) <= AC_wk(F, eps/2)``
    (MATH.md sections 3 and 4; constant ``16/3`` for ``eps <= 2``).

    Parameters
    ----------
    eps : number or sympy.Expr
        Tolerance, positive.
    D : number or sympy.Expr
        ``sum_{pi in Irr(F)} d_pi``, at least 1.

    Returns
    -------
    sympy.Expr
        The bound, an integer when ``eps`` and ``D`` are numbers.

    Raises
    ------
    InvalidArgumentError
        If ``eps`` or ``D`` is not an exact number or expression (a float such as ``0.1``:
        pass ``Fraction(1, 10)`` or ``sympy.Rational(1, 10)``).
    InvalidValueError
        If ``eps`` or ``D`` is not positive.

    Examples
    --------
    >>> import sympy
    >>> import symproof as sp
    >>> int(sp.strong_existence_bound(sympy.Rational(1, 2), 3)), int(sp.weak_existence_bound(sympy.Rational(1, 4), 3))
    (17, 17)
    """
    return weak_existence_bound(_exact(eps, "eps") / 2, D)


def irreducible_dimension(F: FunctionClass) -> int:
    """Return ``D = sum_{pi in Irr(F)} d_pi``, each non-trivial irreducible of ``F`` counted once.

    ``D`` is the dimension of ``sigma = (+)_{pi in Irr(F)} pi``, the quantity in Theorem 15
    (MATH.md section 4); multiplicities in ``F`` do not count.

    Parameters
    ----------
    F : FunctionClass
        The function class.

    Returns
    -------
    int
        ``D``; 0 when ``F`` has only invariant functions.

    Examples
    --------
    >>> import symproof as sp
    >>> sp.irreducible_dimension(sp.regular_functions(sp.group("S3")))  # sign (1) + standard (2)
    3
    """
    return sum(_irreducible_degrees(F))


def irreducible_square_sum(F: FunctionClass) -> int:
    """Return ``D2 = sum_{pi in Irr(F)} d_pi^2``, each non-trivial irreducible of ``F`` counted once.

    ``D2`` is the rank of ``{lambda(g) - P_0}`` on ``F`` (MATH.md section 3) and the
    quantity of the Plancherel lower bound (section 4); ``D2 = |G| - 1`` exactly when
    every non-trivial irreducible occurs in ``F``.

    Parameters
    ----------
    F : FunctionClass
        The function class.

    Returns
    -------
    int
        ``D2``; 0 when ``F`` has only invariant functions.

    Examples
    --------
    >>> import symproof as sp
    >>> from symproof.averaging.bounds import irreducible_square_sum
    >>> irreducible_square_sum(sp.regular_functions(sp.group("S3")))  # 1 + 4 = |G| - 1
    5
    """
    return sum(d * d for d in _irreducible_degrees(F))


def _irreducible_degrees(F: FunctionClass) -> list[int]:
    degrees = character_table(F.group).degrees
    return [int(degrees[i]) for i in F.irreducibles()]


def plancherel_lower_bound(F: FunctionClass, eps: Any, kind: str = "weak") -> Bound:
    """Return the Plancherel lower bound on ``AC_wk(F, eps)`` or ``AC_st(F, eps)`` for probability schemes.

    With ``D2 = sum_{pi in Irr(F)} d_pi^2`` (:func:`irreducible_square_sum`), a probability
    scheme of size ``k`` has ``|G| / k <= |G| sum_g omega(g)^2 <= |G| - D2 + w D2``
    (Cauchy-Schwarz, then Plancherel: the irreducibles in ``Irr(F)`` contribute at most
    ``w d_pi^2``, every other one at most ``d_pi^2``), so for ``eps < 1``::

        AC_wk(F, eps) >= ceil(|G| / (|G| - D2 (1 - eps)))

    and, since ``s >= |G|/(|G|-1) w``, ``AC_st(F, eps)`` is at least the weak bound at
    ``eps (|G| - 1) / |G|`` (MATH.md section 4). When that tolerance is ``>= 1`` the bound
    is 1. Signed schemes can have ``||omega_hat(pi)|| > 1``: the bound is not for them.

    Parameters
    ----------
    F : FunctionClass
        The function class.
    eps : int, Fraction, sympy.Rational or str
        The tolerance, a positive exact number (a float only if it is a small dyadic
        rational such as ``0.5``; pass ``Fraction(1, 3)`` for one third).
    kind : {"weak", "strong"}
        Which complexity is bounded.

    Returns
    -------
    Bound
        An integer lower bound, provenance ``EXACT`` (a proven inequality evaluated in exact
        rational arithmetic), with the inequality and its numbers as the method.

    Raises
    ------
    InvalidArgumentError
        If ``F`` is not a function class or ``eps`` is not an exact number.
    InvalidValueError
        If ``eps`` is not positive or ``kind`` is not ``"weak"`` or ``"strong"``.

    Examples
    --------
    >>> from fractions import Fraction
    >>> import symproof as sp
    >>> F = sp.regular_functions(sp.group("S4"))                  # D2 = |G| - 1 = 23
    >>> b = sp.plancherel_lower_bound(F, Fraction(1, 4))           # ceil(24 / (1 + 23/4))
    >>> int(b), b.provenance
    (4, Provenance.EXACT)
    >>> int(sp.plancherel_lower_bound(F, Fraction(1, 4), kind="strong")), int(sp.plancherel_lower_bound(F, 1))
    (4, 1)
    """
    from symproof.functions.function_class import FunctionClass

    check_type(F, FunctionClass, "F", "a FunctionClass (for example sp.regular_functions(G))")
    eps = check_exact_number(eps, "eps", positive=True)
    check_choice(kind, "kind", ("weak", "strong"))
    n, D2 = F.group.order, irreducible_square_sum(F)
    tolerance = eps if kind == "weak" else eps * (n - 1) / n
    if tolerance >= 1:
        void = "eps >= 1" if kind == "weak" else "eps >= |G|/(|G|-1)"
        return Bound(1, Provenance.EXACT, f"size >= 1 (the Plancherel bound gives nothing for {void})")
    value = math.ceil(Fraction(n) / (n - D2 * (1 - tolerance)))
    return Bound(value, Provenance.EXACT,
                 f"Plancherel bound (probability schemes{', with s >= |G| w / (|G|-1)' if kind == 'strong' else ''}): "
                 f"{_plancherel_formula(kind)} = ceil({n} / ({n} - {D2} (1 - {tolerance}))), "
                 f"D2 = sum of d_pi^2 over Irr(F)")


def _plancherel_formula(kind: str) -> str:
    if kind == "weak":
        return "AC_wk(F, eps) >= ceil(|G| / (|G| - D2 (1 - eps)))"
    return "AC_st(F, eps) >= ceil(|G| / (|G| - D2 (1 - eps (|G|-1)/|G|)))"


def class_bounds(F: FunctionClass, eps: Any, delta: Any = DEFAULT_DELTA) -> dict[str, Any]:
    """Return the Theorem-15 bounds for a class: ``D``, the sample size for ``delta`` and both existence bounds.

    With ``D = sum_{pi in Irr(F)} d_pi`` (:func:`irreducible_dimension`): the sample size of
    :func:`sample_size` and the bounds of :func:`weak_existence_bound` and
    :func:`strong_existence_bound` (MATH.md section 4), all exact.

    Parameters
    ----------
    F : FunctionClass
        The function class.
    eps : number or sympy.Expr
        Tolerance, positive.
    delta : number or sympy.Expr
        Failure probability, positive (default ``1/10``).

    Returns
    -------
    dict
        Keys ``"D"`` (int), ``"sample_size"``, ``"weak"`` and ``"strong"`` (SymPy
        expressions); all 1 when ``D = 0`` (``delta_e`` is exact).

    Raises
    ------
    InvalidArgumentError
        If ``eps`` or ``delta`` is not an exact number or expression (a float such as
        ``0.1``: pass ``Fraction(1, 10)`` or ``sympy.Rational(1, 10)``).
    InvalidValueError
        If ``eps`` or ``delta`` is not positive.

    Examples
    --------
    >>> import sympy
    >>> import symproof as sp
    >>> b = sp.class_bounds(sp.regular_functions(sp.group("S3")), sympy.Rational(1, 2))
    >>> b["D"], int(b["weak"]), int(b["strong"])
    (3, 9, 17)
    """
    D = irreducible_dimension(F)
    if D == 0:
        return {"D": 0, "sample_size": sympy.Integer(1), "weak": sympy.Integer(1), "strong": sympy.Integer(1)}
    return {"D": D, "sample_size": sample_size(eps, D, delta), "weak": weak_existence_bound(eps, D),
            "strong": strong_existence_bound(eps, D)}
