"""One validation kernel for every public argument (hypothesis style).

Each ``check_*`` returns the validated (and normalised) value or raises a
:class:`~symproof.errors.SymproofError` that echoes the bad value: a wrong *type* is an
:class:`~symproof.errors.InvalidArgumentError` (a ``TypeError``), a value of the right
type outside its range an :class:`~symproof.errors.InvalidValueError` (a ``ValueError``).
The same mistake gets the same class everywhere.

This module sits below every layer: it imports only :mod:`symproof.errors`. Groups are
recognised through the abstract :class:`GroupBase`, from which ``FiniteGroup`` derives.

>>> check_int(3, "k", min_value=0)
3
>>> check_int(-1, "k", min_value=0)
Traceback (most recent call last):
...
symproof.errors.InvalidValueError: k must be an int >= 0, got -1
>>> check_choice("weak", "kind", ("exact", "weak", "strong"))
'weak'
"""

from __future__ import annotations

import abc
import numbers
from collections.abc import Collection
from fractions import Fraction
from typing import Any

import numpy as np

from symproof.errors import InvalidArgumentError, InvalidValueError

__all__ = [
    "GroupBase",
    "SeedLike",
    "check_bool",
    "check_choice",
    "check_exact_number",
    "check_exact_rational",
    "check_group",
    "check_int",
    "check_optional_int",
    "check_positive",
    "check_range",
    "check_seed",
    "check_type",
    "check_unit_interval",
    "resolve_seed",
    "spawn_generators",
]


SeedLike = int | np.random.Generator | None
"""What every ``seed`` parameter accepts: an ``int >= 0``, ``None`` (fresh entropy) or a ``numpy.random.Generator``."""


class GroupBase(abc.ABC):  # noqa: B024 - a marker base, no abstract methods needed
    """The abstract type of a group that :func:`check_group` accepts (``FiniteGroup`` derives from it)."""


def check_bool(value: Any, name: str) -> bool:
    """``value`` if it is a ``bool`` (not merely truthy: ``signed='yes'`` is refused)."""
    if not isinstance(value, (bool, np.bool_)):
        raise InvalidArgumentError(f"{name} must be True or False, got {value!r}")
    return bool(value)


def _int_range(min_value: int | None, max_value: int | None) -> str:
    if min_value is not None and max_value is not None:
        return f" in {min_value}..{max_value}"
    if min_value is not None:
        return f" >= {min_value}" + (" (a positive int)" if min_value == 1 else "")
    if max_value is not None:
        return f" <= {max_value}"
    return ""


def check_int(value: Any, name: str, *, min_value: int | None = None, max_value: int | None = None) -> int:
    """``value`` as a Python ``int`` (numpy integers accepted, ``bool`` and floats refused)."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)):
        raise InvalidArgumentError(f"{name} must be an int{_int_range(min_value, max_value)}, got {value!r}")
    value = int(value)
    if (min_value is not None and value < min_value) or (max_value is not None and value > max_value):
        raise InvalidValueError(f"{name} must be an int{_int_range(min_value, max_value)}, got {value}")
    return value


def check_optional_int(value: Any, name: str, *, min_value: int | None = None,
                       max_value: int | None = None) -> int | None:
    """``None``, or ``value`` checked by :func:`check_int`."""
    return None if value is None else check_int(value, name, min_value=min_value, max_value=max_value)


def check_range(lo_name: str, lo: Any, hi_name: str, hi: Any) -> None:
    """Raise :class:`InvalidValueError` if ``lo > hi`` (a ``min_*``/``max_*`` pair out of order)."""
    if lo > hi:
        raise InvalidValueError(f"{lo_name}={lo!r} exceeds {hi_name}={hi!r}")


def check_type(value: Any, types: type | tuple[type, ...], name: str, what: str) -> Any:
    """``value`` if it is an instance of ``types``; else :class:`InvalidArgumentError` ("``name`` must be ``what``")."""
    if not isinstance(value, types):
        raise InvalidArgumentError(f"{name} must be {what}, got {value!r}")
    return value


def check_unit_interval(value: Any, name: str, *, closed_left: bool = False) -> float:
    """A real number in ``(0, 1]`` (``[0, 1]`` with ``closed_left=True``), as a ``float``."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise InvalidArgumentError(f"{name} must be a number in {'[' if closed_left else '('}0, 1], got {value!r}")
    x = float(value)
    if not ((0 <= x if closed_left else 0 < x) and x <= 1):
        raise InvalidValueError(f"{name} must be in {'[' if closed_left else '('}0, 1], got {value!r}")
    return x


def check_choice(value: Any, name: str, choices: Collection[str]) -> str:
    """``value`` if it is one of ``choices`` (strings)."""
    if not isinstance(value, str):
        raise InvalidArgumentError(f"{name} must be one of {sorted(choices)}, got {value!r}")
    if value not in choices:
        raise InvalidValueError(f"{name} must be one of {sorted(choices)}, got {value!r}")
    return value


def check_exact_rational(value: Any, name: str) -> Fraction:
    """``value`` as a ``Fraction``: ints, ``Fraction`` and SymPy rationals; floats are refused.

    >>> check_exact_rational(0.5, "eps")
    Traceback (most recent call last):
    ...
    symproof.errors.InvalidArgumentError: eps must be an exact rational (int, fractions.Fraction, sympy.Rational or a string such as '1/3'), got 0.5
    >>> check_exact_rational("1/3", "eps")
    Fraction(1, 3)
    """
    if isinstance(value, (bool, np.bool_)):
        raise InvalidArgumentError(f"{name} must be an exact rational, got {value!r}")
    if isinstance(value, (int, np.integer)):
        return Fraction(int(value))
    if isinstance(value, numbers.Rational):
        return Fraction(int(value.numerator), int(value.denominator))
    if isinstance(value, str):
        try:
            return Fraction(value.strip())
        except (ValueError, ZeroDivisionError):
            pass
    p, q = getattr(value, "p", None), getattr(value, "q", None)  # sympy.Rational without importing sympy
    if getattr(value, "is_Rational", False) and isinstance(p, int) and isinstance(q, int):
        return Fraction(p, q)
    raise InvalidArgumentError(f"{name} must be an exact rational (int, fractions.Fraction, sympy.Rational "
                               f"or a string such as '1/3'), got {value!r}")


MAX_FLOAT_DENOMINATOR = 1024
"""A float is taken as an exact number only when it is a dyadic rational with at most this denominator."""


def check_exact_number(value: Any, name: str, *, positive: bool = False) -> Fraction:
    """``value`` as an exact ``Fraction``; a float only when it is a small dyadic rational (0.5, 0.25, 1.5).

    Exact rationals are accepted as in :func:`check_exact_rational` (ints, ``Fraction``,
    SymPy rationals, strings such as ``'1/3'`` or ``'0.1'``, read exactly). A float is
    accepted as its exact binary value only when that value has denominator at most
    ``MAX_FLOAT_DENOMINATOR`` (1024), so ``0.5``, ``0.75`` and ``1.5`` mean what they say;
    any other float (``0.1``, ``1/3``) is refused with the exact value to pass instead,
    never rounded to a guess. With ``positive=True`` the value must be ``> 0``.

    >>> check_exact_number(0.25, "eps"), check_exact_number("0.1", "eps")
    (Fraction(1, 4), Fraction(1, 10))
    >>> check_exact_number(0.1, "eps")
    Traceback (most recent call last):
    ...
    symproof.errors.InvalidArgumentError: eps must be an exact number; the float 0.1 is not exactly 1/10 ...: pass Fraction(1, 10) or sympy.Rational(1, 10) (or the string '1/10')
    >>> check_exact_number(0, "eps", positive=True)
    Traceback (most recent call last):
    ...
    symproof.errors.InvalidValueError: eps must be positive, got 0
    """
    if isinstance(value, (float, np.floating)):
        out = _exact_float(float(value), name)
    else:
        out = check_exact_rational(value, name)
    if positive and out <= 0:
        raise InvalidValueError(f"{name} must be positive, got {value!r}")
    return out


def _exact_float(x: float, name: str) -> Fraction:
    """The exact value of ``x`` if it is a dyadic rational with a small denominator; else a helpful refusal."""
    if not np.isfinite(x):
        raise InvalidArgumentError(f"{name} must be an exact (finite) number such as Fraction(1, 3), got {x!r}")
    exact = Fraction(x)
    if exact.denominator <= MAX_FLOAT_DENOMINATOR:
        return exact
    meant = exact.limit_denominator(10**6)  # only a suggestion in the message, never used as the value
    if meant == 0 or abs(meant - exact) > abs(exact) * Fraction(1, 10**12):
        meant_text, instead = repr(x), f"Fraction('{x!r}') or sympy.Rational('{x!r}')"
    else:
        meant_text = str(meant)
        instead = (f"Fraction({meant.numerator}, {meant.denominator}) or sympy.Rational({meant.numerator}, "
                   f"{meant.denominator}) (or the string '{meant}')")
    raise InvalidArgumentError(
        f"{name} must be an exact number; the float {x!r} is not exactly {meant_text} (only floats that are "
        f"dyadic rationals with denominator <= {MAX_FLOAT_DENOMINATOR}, such as 0.5 or 0.25, are taken as exact): "
        f"pass {instead}")


def check_positive(value: Any, name: str, *, exact: bool = False) -> Any:
    """A positive finite number; with ``exact=True`` a positive exact rational (a ``Fraction``)."""
    if exact:
        out = check_exact_rational(value, name)
        if out <= 0:
            raise InvalidValueError(f"{name} must be positive, got {value!r}")
        return out
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        if not getattr(value, "is_Rational", False):
            raise InvalidArgumentError(f"{name} must be a positive number, got {value!r}")
    if not (float(value) > 0 and np.isfinite(float(value))):
        raise InvalidValueError(f"{name} must be a positive finite number, got {value!r}")
    return value


def check_group(G: Any, name: str = "G") -> Any:
    """``G`` if it is a group (a :class:`GroupBase`, e.g. a ``FiniteGroup``)."""
    if not isinstance(G, GroupBase):
        raise InvalidArgumentError(f"{name} must be a FiniteGroup (for example symproof.group('S4')), got {G!r}")
    return G


def check_seed(seed: Any) -> np.random.Generator:
    """The one seed convention: ``int`` (>= 0), ``None`` (fresh entropy) or a ``numpy.random.Generator``.

    >>> bool(check_seed(0).integers(10) == check_seed(0).integers(10))
    True
    """
    if isinstance(seed, np.random.Generator):
        return seed
    if seed is None:
        return np.random.default_rng()
    _check_seed_type(seed)
    seed = check_int(seed, "seed", min_value=0)
    return np.random.default_rng(np.random.SeedSequence(seed))


def resolve_seed(seed: Any) -> int:
    """The ``int`` base seed behind ``seed`` (same convention as :func:`check_seed`), for records that keep it.

    An ``int`` is itself; ``None`` draws fresh entropy; a ``Generator`` gives one draw (it advances),
    so a result built from ``SeedSequence(resolve_seed(seed))`` can be reproduced from the recorded int.

    >>> resolve_seed(7)
    7
    >>> resolve_seed(np.random.default_rng(0)) == resolve_seed(np.random.default_rng(0))
    True
    """
    if isinstance(seed, np.random.Generator):
        return int(seed.integers(2**63))
    if seed is None:
        entropy = np.random.SeedSequence().entropy
        return int(entropy) if isinstance(entropy, int) else int(np.random.SeedSequence().generate_state(2, np.uint64)[0])
    _check_seed_type(seed)
    return check_int(seed, "seed", min_value=0)


def _check_seed_type(seed: Any) -> None:
    if not isinstance(seed, (int, np.integer)) or isinstance(seed, (bool, np.bool_)):
        raise InvalidArgumentError(f"seed must be an int >= 0, None or a numpy.random.Generator, got {seed!r}")


def spawn_generators(seed: Any, n: int) -> list[np.random.Generator]:
    """``n`` independent generators spawned from ``seed`` through ``SeedSequence`` (reproducible per ``seed``)."""
    return check_seed(seed).spawn(check_int(n, "n", min_value=0))
