"""Newton's identities: elementary and complete symmetric functions from power sums.

For roots ``x_1..x_d`` with power sums ``p_m = sum_i x_i^m``, the elementary symmetric
functions satisfy ``j e_j = sum_{i=1..j} (-1)^(i-1) e_{j-i} p_i`` and the complete
homogeneous ones ``j h_j = sum_{i=1..j} h_{j-i} p_i``. :func:`from_power_sums` runs either
recurrence componentwise on vectors (one entry per conjugacy class, say) over any exact
field, so characters of symmetric and exterior powers, characteristic polynomials and
Molien denominators all come from this one routine.

>>> from fractions import Fraction
>>> [v[0] for v in from_power_sums([[3], [5], [9]], one=Fraction(1), kind="elementary")]   # roots 0, 1, 2
[Fraction(1, 1), Fraction(3, 1), Fraction(2, 1), Fraction(0, 1)]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from symproof._validation import check_choice

__all__ = ["from_power_sums"]


def from_power_sums(p: Sequence[Sequence[Any]], *, one: Any, kind: str) -> list[list[Any]]:
    """``[x_0, x_1, ..., x_n]`` (each a vector) from the power sums ``p = [p_1, ..., p_n]`` (vectors).

    Parameters
    ----------
    p : sequence of sequences
        ``p[m - 1]`` holds the ``m``-th power sums, one entry per component.
    one : field element
        The unit of the field the entries live in (``K.one``, ``Fraction(1)``); division by
        ``j`` is ``x / (j * one)``.
    kind : {"elementary", "complete"}
        ``e_j`` (signs ``(-1)^(i-1)``) or ``h_j`` (all signs ``+1``).

    Returns
    -------
    list of lists
        ``x_0 = [one, ...]`` and ``x_j`` for ``j = 1..n``.

    Raises
    ------
    InvalidValueError
        For another ``kind``.

    Examples
    --------
    >>> from fractions import Fraction
    >>> # roots 1 and 2: p = 3, 5; h_2 = 1 + 2 + 4 = 7
    >>> from_power_sums([[3], [5]], one=Fraction(1), kind="complete")[2]
    [Fraction(7, 1)]

    Notes
    -----
    ``O(n^2)`` field operations per component.
    """
    sign = -1 if check_choice(kind, "kind", ("elementary", "complete")) == "elementary" else 1
    width = len(p[0]) if p else 0
    x = [[one] * width]
    for j in range(1, len(p) + 1):
        total = [one * 0] * width
        for i in range(1, j + 1):
            coeff = sign ** (i - 1)
            total = [t + coeff * a * b for t, a, b in zip(total, x[j - i], p[i - 1])]
        x.append([t / (one * j) for t in total])
    return x
