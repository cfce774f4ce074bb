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

from symproof.errors import InvalidArgumentError, InvalidValueError
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
    "sample_size",
    "strong_existence_bound",
    "weak_existence_bound",
]

EPS, DIM, DELTA, N = sympy.symbols("epsilon D delta n", positive=True)
DEFAULT_DELTA = sympy.Rational(1, 10)  # the failure probability of the sample size in class_bounds


def _exact(x: Any, name: str) -> sympy.Expr:
    if isinstance(x, bool):
        raise InvalidArgumentError(f"{name} must be a positive number or a SymPy expression, got {x!r}")
    try:
        value = sympy.nsimplify(x) if isinstance(x, float) else sympy.sympify(x)
    except (sympy.SympifyError, TypeError, ValueError):
        raise InvalidArgumentError(f"{name} must be a positive number or a SymPy expression, got {x!r}") from None
    if not isinstance(value, sympy.Expr):
        raise InvalidArgumentError(f"{name} must be a positive number or a SymPy expression, got {x!r}")
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
        The exact bound; floats are converted with ``nsimplify``.

    Raises
    ------
    InvalidArgumentError
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
    degrees = character_table(F.group).degrees
    return int(sum(degrees[i] for i in F.irreducibles()))


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
