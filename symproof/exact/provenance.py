"""What a reported number is: :class:`Provenance` and the :class:`Bound` record.

Every number symproof reports says how it is known:

``EXACT``
    proven by exact computation: exact arithmetic, an exhaustive exact enumeration, a
    proven inequality evaluated exactly, or a witness verified in exact arithmetic;
``CERTIFIED``
    proven by rigorous numerics: an enclosure that contains the true value;
``ESTIMATE``
    anything without a proof: floating point without an error bound, sampling, or a
    search that rests on numerically optimised weights.

(``"numeric"`` describes how something was *constructed*, never what it is known to be.)

A :class:`Bound` is a value with its provenance and the method behind it, e.g. one side of
an averaging complexity ``[lower, upper]``. It behaves like its value in comparisons and
integer contexts, so ``r.lower <= r.upper``, ``r.lower == 3``, ``int(r.lower)`` and
``range(r.upper)`` work as with plain ints.

>>> b = Bound(3, Provenance.EXACT, "exhaustive exact enumeration")
>>> b == 3, b < 4, int(b), str(b), b.provenance.value
(True, True, 3, '3', 'exact')
>>> e = Bound(4, Provenance.ESTIMATE, "Nelder-Mead on every support")
>>> larger_lower_bound(b, e) is e, smaller_upper_bound(b, e) is b
(True, True)
"""

from __future__ import annotations

import dataclasses
import enum
import numbers
import operator
from fractions import Fraction
from typing import Any

from symproof._frozen import frozen_record
from symproof.errors import InvalidArgumentError, InvalidValueError

__all__ = ["Bound", "Provenance", "larger_lower_bound", "smaller_upper_bound", "weakest"]


class Provenance(str, enum.Enum):
    """How a number is known: ``EXACT``, ``CERTIFIED`` or ``ESTIMATE`` (strongest first).

    The members are strings (``Provenance.EXACT == "exact"``), so they serialise to JSON
    as their values. ``strength`` orders them: a proof by exact computation is stronger
    than an enclosure, which is stronger than an estimate.

    Attributes
    ----------
    EXACT
        Proven by exact computation (exact arithmetic, enumeration, a theorem).
    CERTIFIED
        Proven by rigorous numerics: an enclosure computed with a bound on every rounding.
    ESTIMATE
        Anything without a proof: sampled, optimised or floating point.

    Examples
    --------
    >>> Provenance("certified")
    Provenance.CERTIFIED
    >>> Provenance.EXACT == "exact", str(Provenance.ESTIMATE), Provenance.ESTIMATE.is_proof
    (True, 'estimate', False)
    >>> weakest(Provenance.EXACT, Provenance.CERTIFIED)
    Provenance.CERTIFIED
    """

    EXACT = "exact"
    CERTIFIED = "certified"
    ESTIMATE = "estimate"

    @property
    def is_proof(self) -> bool:
        """Whether the number is proven (``EXACT`` or ``CERTIFIED``)."""
        return self is not Provenance.ESTIMATE

    @property
    def strength(self) -> int:
        """``2`` for ``EXACT``, ``1`` for ``CERTIFIED``, ``0`` for ``ESTIMATE``."""
        return {"exact": 2, "certified": 1, "estimate": 0}[self.value]

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)

    def __repr__(self) -> str:
        return f"Provenance.{self.name}"


def weakest(*provenances: Provenance) -> Provenance:
    """The weakest of some provenances: a number derived from several is known only as well as the weakest.

    Parameters
    ----------
    *provenances : Provenance
        At least one.

    Returns
    -------
    Provenance

    Examples
    --------
    >>> weakest(Provenance.EXACT, Provenance.ESTIMATE, Provenance.CERTIFIED)
    Provenance.ESTIMATE
    """
    if not provenances:
        raise InvalidArgumentError("weakest() needs at least one provenance")
    return min((Provenance(p) for p in provenances), key=lambda p: p.strength)


def _is_exact_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, numbers.Rational):
        return True
    is_rational = getattr(value, "is_Rational", None)  # sympy.Rational / sympy.Integer
    return is_rational is True


@frozen_record(eq=False)
class Bound:
    """A value with its provenance and the method behind it (one side of an interval).

    Parameters
    ----------
    value : int or exact rational
        An ``int``, ``fractions.Fraction`` or SymPy rational; floats are refused.
    provenance : Provenance
        How ``value`` is known (``"exact"``, ``"certified"`` or ``"estimate"`` are accepted too).
    method : str
        A sentence naming the argument or computation behind ``value``.

    Raises
    ------
    InvalidArgumentError
        ``value`` is not an exact rational number, or ``method`` is not a string.
    InvalidValueError
        ``provenance`` is not one of the three words.

    Notes
    -----
    A ``Bound`` compares as its value: ``==``, ``<``, ``<=``, ``>``, ``>=`` and ``hash``
    use ``value`` alone, against plain numbers and against other bounds (so
    ``Bound(3, EXACT, a) == Bound(3, ESTIMATE, b)``; compare ``provenance`` explicitly
    when it matters). ``int(b)``, ``float(b)`` and ``operator.index(b)`` (so ``range(b)``)
    work for integral values; ``str`` and ``format`` show the value. ``max`` / ``min`` of
    bounds return one of the records, which keeps its provenance; on ties prefer
    :func:`larger_lower_bound` / :func:`smaller_upper_bound`, which keep the stronger one.

    Examples
    --------
    >>> import operator
    >>> b = Bound(5, Provenance.EXACT, "uniform scheme on G")
    >>> b == 5, 4 < b <= 5, int(b), operator.index(b), f"{b:>3}"
    (True, True, 5, 5, '  5')
    >>> list(range(Bound(2, "certified", "enclosure")))
    [0, 1]
    >>> max(Bound(2, "exact", "size one fails"), Bound(3, "estimate", "optimiser")).provenance
    Provenance.ESTIMATE
    """

    value: Any
    provenance: Provenance
    method: str

    def __post_init__(self) -> None:
        if not _is_exact_number(self.value):
            raise InvalidArgumentError(f"a Bound's value must be an int or an exact rational number, "
                                       f"got {self.value!r}")
        if not isinstance(self.method, str):
            raise InvalidArgumentError(f"a Bound's method must be a string, got {self.method!r}")
        if not isinstance(self.provenance, Provenance):
            try:
                object.__setattr__(self, "provenance", Provenance(self.provenance))
            except ValueError:
                raise InvalidValueError(f"provenance must be 'exact', 'certified' or 'estimate', "
                                        f"got {self.provenance!r}") from None

    @property
    def is_proof(self) -> bool:
        """Whether the value is proven (provenance ``EXACT`` or ``CERTIFIED``)."""
        return self.provenance.is_proof

    def replace(self, **changes: Any) -> Bound:
        """A copy with some fields changed.

        >>> Bound(2, "exact", "a").replace(method="b")
        Bound(value=2, provenance=Provenance.EXACT, method='b')
        """
        return dataclasses.replace(self, **changes)

    def as_dict(self) -> dict[str, Any]:
        """``{"value", "provenance", "method"}`` with plain JSON-ready values.

        >>> Bound(Fraction(1, 2), "exact", "formula").as_dict()
        {'value': '1/2', 'provenance': 'exact', 'method': 'formula'}
        """
        value = self.value
        plain = int(value) if _integral(value) else str(value)
        return {"value": plain, "provenance": self.provenance.value, "method": self.method}

    # -- behaves like its value --------------------------------------------------------

    @staticmethod
    def _other(other: Any) -> Any:
        return other.value if isinstance(other, Bound) else other

    def __eq__(self, other: Any) -> bool:
        return bool(self.value == self._other(other))

    def __ne__(self, other: Any) -> bool:
        return not self == other

    def __lt__(self, other: Any) -> bool:
        return bool(self.value < self._other(other))

    def __le__(self, other: Any) -> bool:
        return bool(self.value <= self._other(other))

    def __gt__(self, other: Any) -> bool:
        return bool(self.value > self._other(other))

    def __ge__(self, other: Any) -> bool:
        return bool(self.value >= self._other(other))

    def __hash__(self) -> int:
        return hash(self.value)

    def __int__(self) -> int:
        if not _integral(self.value):
            raise InvalidArgumentError(f"the bound {self.value} is not an integer")
        return int(self.value)

    def __index__(self) -> int:
        return int(self)

    def __float__(self) -> float:
        return float(self.value)

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(int(self) if _integral(self.value) else str(self.value), spec)


def _integral(value: Any) -> bool:
    if isinstance(value, int):
        return True
    if isinstance(value, Fraction):
        return value.denominator == 1
    return getattr(value, "is_Integer", False) is True or (isinstance(value, numbers.Rational)
                                                           and operator.index(value.denominator) == 1)


def larger_lower_bound(*bounds: Bound) -> Bound:
    """The best of several lower bounds: the largest value, keeping its provenance and method.

    On equal values the stronger provenance wins (an exact ``3`` beats an estimated ``3``),
    then the first given.

    Parameters
    ----------
    *bounds : Bound
        At least one lower bound on the same quantity.

    Returns
    -------
    Bound
        One of ``bounds``.

    Examples
    --------
    >>> a = Bound(2, Provenance.EXACT, "size-one schemes fail")
    >>> b = Bound(3, Provenance.ESTIMATE, "optimiser found nothing of size 2")
    >>> larger_lower_bound(a, b).method
    'optimiser found nothing of size 2'
    >>> larger_lower_bound(Bound(3, "estimate", "x"), Bound(3, "exact", "y")).provenance
    Provenance.EXACT
    """
    if not bounds:
        raise InvalidArgumentError("larger_lower_bound() needs at least one bound")
    return max(bounds, key=lambda b: (b.value, b.provenance.strength))


def smaller_upper_bound(*bounds: Bound) -> Bound:
    """The best of several upper bounds: the smallest value, keeping its provenance and method.

    On equal values the stronger provenance wins, then the first given.

    Parameters
    ----------
    *bounds : Bound
        At least one upper bound on the same quantity.

    Returns
    -------
    Bound
        One of ``bounds``.

    Examples
    --------
    >>> smaller_upper_bound(Bound(6, "exact", "uniform on G"), Bound(4, "certified", "random scheme")).value
    4
    """
    if not bounds:
        raise InvalidArgumentError("smaller_upper_bound() needs at least one bound")
    return min(bounds, key=lambda b: (b.value, -b.provenance.strength))
