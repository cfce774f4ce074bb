"""Conjectures as objects: a statement, what it quantifies over, and a predicate on one case.

A :class:`Conjecture` is checked case by case (:mod:`symproof.checking.cases` builds the
cases, :mod:`symproof.checking.checker` sweeps them). Its predicate returns a
:class:`Verdict`: whether the statement holds on the case (``None`` when the case does not
decide it, e.g. an enclosure straddling a bound) and the values involved. Define your own
with the :func:`conjecture` decorator; a predicate may return a bool, a ``(bool, values)``
pair or a :class:`Verdict`.

>>> @conjecture("order-even", statement="|G| is even", over="groups")
... def order_even(case):
...     return case.group.order % 2 == 0, {"order": case.group.order}
>>> order_even.name, order_even.over
('order-even', 'groups')
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from symproof._frozen import frozen_mapping, frozen_record
from symproof.errors import InvalidArgumentError, InvalidValueError

__all__ = ["KINDS", "Conjecture", "Verdict", "conjecture"]

KINDS = ("groups", "actions", "classes", "tolerances", "schemes")  # what a conjecture quantifies over, one case each


@frozen_record
class Verdict:
    """The outcome of a conjecture on one case: ``holds`` (True, False, or None: undecided) and the values."""

    holds: bool | None
    values: Mapping[str, Any]


@frozen_record
class Conjecture:
    """A named statement quantifying over ``over`` (one of :data:`KINDS`), checked by ``predicate``.

    Attributes
    ----------
    name, statement, latex : str
        The name (``k-bound-sum``), the statement in plain text and in LaTeX.
    over : str
        ``"groups"``, ``"actions"``, ``"classes"``, ``"tolerances"`` or ``"schemes"``
        (:mod:`symproof.checking.cases`).
    predicate : callable
        From one case to a :class:`Verdict` (or a bool, or a ``(bool, values)`` pair).
    status : str
        ``"conjecture"`` or ``"proven"`` (a proven statement is checked as a test of the code).

    Examples
    --------
    >>> import symproof as sp
    >>> c = sp.Conjecture("even", "|G| is even", "2 | |G|", "groups", lambda case: case.group.order % 2 == 0)
    >>> from symproof.checking.cases import cases
    >>> c.evaluate(next(cases("groups", 4, 1))).holds
    True
    """

    name: str
    statement: str
    latex: str
    over: str
    predicate: Callable[[Any], Any]
    status: str = "conjecture"

    def evaluate(self, case: Any) -> Verdict:
        """The :class:`Verdict` of the predicate on ``case``."""
        return _as_verdict(self.predicate(case), self.name)

    def _repr_latex_(self) -> str:
        return f"$\\text{{{self.name}}}: {self.latex}$"

    def __str__(self) -> str:
        return f"{self.name} ({self.status}, over {self.over}): {self.statement}"


def _as_verdict(result: Any, name: str) -> Verdict:
    if isinstance(result, Verdict):
        return result
    if isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], Mapping):
        holds, values = result
    else:
        holds, values = result, {}
    if holds is not None and not isinstance(holds, bool):
        holds = bool(holds)
    return Verdict(holds, frozen_mapping(dict(values)))


def conjecture(name: str, *, statement: str, over: str, latex: str | None = None,
               status: str = "conjecture") -> Callable[[Callable[[Any], Any]], Conjecture]:
    """Decorator: turn a predicate on one case into a :class:`Conjecture` named ``name``.

    Parameters
    ----------
    name : str
        The conjecture's name.
    statement : str
        The statement in plain text.
    over : str
        What it quantifies over: ``"groups"``, ``"actions"``, ``"classes"``, ``"tolerances"``,
        ``"schemes"`` (a case carries ``group``, ``gap_id`` and, by kind, ``action``,
        ``function_class``, ``eps``, ``scheme``).
    latex : str, optional
        The statement in LaTeX (default: ``statement``).
    status : str
        ``"conjecture"`` (default) or ``"proven"``.

    Returns
    -------
    callable
        The decorator, returning a :class:`Conjecture` for :func:`symproof.check`.

    Examples
    --------
    >>> @conjecture("trivial", statement="true", over="groups")
    ... def trivial(case):
    ...     return True
    >>> str(trivial)
    'trivial (conjecture, over groups): true'
    """
    if not isinstance(name, str) or not name:
        raise InvalidArgumentError(f"a conjecture needs a non-empty name, got {name!r}")
    if over not in KINDS:
        raise InvalidValueError(f"over must be one of {', '.join(KINDS)}, got {over!r}")
    if status not in ("conjecture", "proven"):
        raise InvalidValueError(f"status must be 'conjecture' or 'proven', got {status!r}")

    def wrap(predicate: Callable[[Any], Any]) -> Conjecture:
        if not callable(predicate):
            raise InvalidArgumentError(f"@conjecture decorates a function of one case, got {predicate!r}")
        return Conjecture(name, statement, latex or statement, over, predicate, status)

    return wrap
