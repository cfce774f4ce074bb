"""The exception hierarchy of symproof.

Every error raised for bad input derives from :class:`SymproofError`; each
subclass is also a builtin (``ValueError`` or ``TypeError``) so callers that
catch the builtin keep working.

>>> import symproof as sp
>>> try:
...     sp.group("S-4")
... except sp.SymproofError as err:
...     print(type(err).__name__)
GroupSpecError
"""

from __future__ import annotations

__all__ = [
    "GroupSpecError",
    "GroupTooLargeError",
    "ImmutableError",
    "InvalidArgumentError",
    "InvalidMatrixError",
    "InvalidPermutationError",
    "InvalidValueError",
    "LimitExceededError",
    "NotAHomomorphismError",
    "NotClosedError",
    "NotInGroupError",
    "SearchTooLargeError",
    "SymproofError",
    "SymproofInternalError",
]


class SymproofError(Exception):
    """Root of every error symproof raises on purpose."""


class InvalidArgumentError(SymproofError, TypeError):
    """An argument has the wrong type or shape (echoes the bad value)."""


class InvalidValueError(SymproofError, ValueError):
    """An argument of the right type with a value outside its range (echoes the bad value)."""


class SymproofInternalError(SymproofError, RuntimeError):
    """An internal invariant failed: a bug in symproof, never the caller's mistake. Please report it."""


class InvalidPermutationError(SymproofError, ValueError):
    """A list is not a permutation of ``0..n-1`` (ragged, repeated, out of range)."""


class InvalidMatrixError(SymproofError, ValueError):
    """Matrices that are not square, not of one size, not exact or not invertible."""


class GroupSpecError(SymproofError, ValueError):
    """A catalog spec string that the grammar does not accept."""


class NotInGroupError(SymproofError, ValueError):
    """An element (image list) that is not in the group it was looked up in."""


class LimitExceededError(SymproofError, ValueError):
    """A computation would exceed a configured size limit (see ``symproof.limits``)."""


class GroupTooLargeError(LimitExceededError):
    """A group (or an orbit that bounds it) is larger than the configured limit."""


class SearchTooLargeError(LimitExceededError):
    """An exhaustive search would need more steps than the configured budget."""


class NotAHomomorphismError(SymproofError, ValueError):
    """Generator images that do not extend to a homomorphism of the group."""


class NotClosedError(SymproofError, ValueError):
    """A function basis whose span is not closed under the action (names the function that leaves it)."""


class ImmutableError(SymproofError, AttributeError):
    """An attempt to set or delete an attribute of an immutable object (build a new one instead)."""
