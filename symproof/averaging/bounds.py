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
from symproof.exact import cyclotomic as cyc
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
    "strong_factors",
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


def strong_factors(F: FunctionClass) -> dict[int, Bound]:
    """For each ``pi`` in ``Irr(F)``, a proven ``a_pi`` with ``s(omega) >= a_pi ||omega_hat(pi)||^2`` for every scheme.

    Averaging ``||(pi(g) - I) y||^2 / 2 = ||y||^2 - Re <pi(g) y, y>`` over a conjugacy class ``C``
    gives ``(1 - Re chi_pi(C) / d_pi) ||y||^2`` (Schur: ``sum_{g in C} pi(g) = |C| chi_pi(C) / d_pi I``),
    and the maximum over ``g`` is at least the average; with ``y = omega_hat(pi) x``::

        s(omega) >= (1 - Re chi_pi(C) / d_pi) ||omega_hat(pi)||^2     for every class C.

    ``a_pi`` takes the class with the least ``Re chi_pi``; it is at least ``|G| / (|G| - 1)`` (the
    average over ``g != e``, the bound ``s >= |G| w / (|G| - 1)`` of MATH.md 3), and that bound is
    used when it is larger. The uniform scheme on a point stabiliser ``S_3`` in ``S_4`` attains it
    (``w = 1``, ``s = 4/3 = a`` of the standard representation).

    Parameters
    ----------
    F : FunctionClass
        The function class.

    Returns
    -------
    dict of int to Bound
        Row of the character table -> ``a_pi`` (a ``Fraction``): ``EXACT`` when the character value is
        rational, else ``CERTIFIED`` (an upper end of a ball around ``Re chi_pi(C)``).

    Examples
    --------
    >>> import symproof as sp
    >>> a = strong_factors(sp.regular_functions(sp.group("S4")))
    >>> {row: str(b.value) for row, b in a.items()}     # sign: 2; degree 2: 3/2; degree 3: 4/3
    {1: '2', 2: '3/2', 3: '4/3', 4: '4/3'}
    """
    return dict(F.group.memo(f"averaging.strong_factors:{tuple(F.irreducibles())}", lambda G: _strong_factors(F)))


def _strong_factors(F: FunctionClass) -> dict[int, Bound]:
    from symproof.exact.balls import arb_to_fraction, field_element_ball

    G = F.group
    if not F.irreducibles():  # Irr(F) empty (always so for |G| = 1): nothing to bound
        return {}
    T = character_table(G)
    numeric = T.numeric()
    baseline = Fraction(G.order, G.order - 1)
    out = {}
    for i in F.irreducibles():
        c = int(np.argmin(numeric[i].real))
        chi, d = T[i], int(T.degrees[i])
        value = chi.values[c]
        real = (value + cyc.conjugate(value, chi.conductor)) / 2  # Re chi(C), in the field of chi
        x = chi.field.to_sympy(real)
        if x.is_Rational:
            re, provenance = Fraction(int(x.p), int(x.q)), Provenance.EXACT
        else:
            re = arb_to_fraction(field_element_ball(chi.field, real).real.upper())
            provenance = Provenance.CERTIFIED
        a = 1 - re / d
        rep = G.conjugacy_classes()[c].representative
        if a > baseline:
            out[i] = Bound(a, provenance, f"s >= (1 - Re chi(C)/d) ||omega_hat(pi)||^2, the average of "
                                          f"||(pi(g) - I) y||^2 / 2 over the class C of element {rep}")
        else:
            out[i] = Bound(baseline, Provenance.EXACT, "s >= |G| ||omega_hat(pi)||^2 / (|G| - 1), the average "
                                                      "over g != e")
    return out


def plancherel_lower_bound(F: FunctionClass, eps: Any, kind: str = "weak") -> Bound:
    """Return the Plancherel lower bound on ``AC_wk(F, eps)`` or ``AC_st(F, eps)`` for probability schemes.

    With ``D2 = sum_{pi in Irr(F)} d_pi^2`` (:func:`irreducible_square_sum`), a probability
    scheme of size ``k`` has ``|G| / k <= |G| sum_g omega(g)^2 <= |G| - D2 + w D2``
    (Cauchy-Schwarz, then Plancherel: the irreducibles in ``Irr(F)`` contribute at most
    ``w d_pi^2``, every other one at most ``d_pi^2``), so for ``eps < 1``::

        AC_wk(F, eps) >= ceil(|G| / (|G| - D2 (1 - eps)))

    For the strong error, ``||omega_hat(pi)||^2 <= min(1, s / a_pi)`` with the class-average factors
    ``a_pi`` of :func:`strong_factors`, so
    ``AC_st(F, eps) >= ceil(|G| / (|G| - sum_pi d_pi^2 (1 - min(1, eps / a_pi))))``.
    When no term is left the bound is 1. Signed schemes can have ``||omega_hat(pi)|| > 1``: the
    bound is not for them.

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
        An integer lower bound with the inequality and its numbers as the method: provenance ``EXACT``
        (a proven inequality evaluated in exact rational arithmetic), or ``CERTIFIED`` when a factor
        ``a_pi`` comes from a ball around an irrational character value.

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
    (5, 1)
    """
    from symproof.functions.function_class import FunctionClass

    check_type(F, FunctionClass, "F", "a FunctionClass (for example sp.regular_functions(G))")
    eps = check_exact_number(eps, "eps", positive=True)
    check_choice(kind, "kind", ("weak", "strong"))
    n = F.group.order
    degrees = character_table(F.group).degrees
    if kind == "weak":
        terms = [(int(degrees[i]) ** 2, eps, Provenance.EXACT) for i in F.irreducibles()]
    else:
        terms = [(int(degrees[i]) ** 2, eps / a.value, a.provenance) for i, a in strong_factors(F).items()]
    terms = [(d2, t, p) for d2, t, p in terms if t < 1]
    if not terms:
        return Bound(1, Provenance.EXACT, "size >= 1 (the Plancherel bound gives nothing: every "
                                          f"{'eps' if kind == 'weak' else 'eps / a_pi'} is >= 1)")
    value = math.ceil(Fraction(n) / (n - sum(d2 * (1 - t) for d2, t, _ in terms)))
    provenance = min((p for _, _, p in terms), key=lambda p: p.strength)
    if kind == "weak":
        D2 = sum(d2 for d2, _, _ in terms)
        return Bound(value, provenance, f"Plancherel bound (probability schemes): AC_wk(F, eps) >= ceil(|G| / (|G| - "
                                        f"D2 (1 - eps))) = ceil({n} / ({n} - {D2} (1 - {eps}))), D2 = sum of d_pi^2 "
                                        f"over Irr(F)")
    return Bound(value, provenance, "Plancherel bound (probability schemes) with the class-average factors a_pi "
                                    "(s >= a_pi ||omega_hat(pi)||^2): AC_st(F, eps) >= ceil(|G| / (|G| - sum_pi "
                                    f"d_pi^2 (1 - eps / a_pi))) = {value}")


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
