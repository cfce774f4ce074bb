"""Exact character tables.

:class:`CharacterTable` holds the irreducible characters of ``G`` exactly, in
``Q(zeta_f)`` (see :mod:`symproof.reps.cyclotomic`), computed by Dixon–Schneider
(:mod:`symproof.reps.dixon`) and verified by the row orthogonality relations.

Columns follow ``G.conjugacy_classes()``. Row order (stable, independent of the
computation): by degree, then by the values read as complex numbers, class by
class, largest real part first, then largest imaginary part; so the trivial
character is row 0.

>>> import symproof as sp
>>> T = sp.group("S4").character_table()
>>> T.degrees
(1, 1, 2, 3, 3)
>>> T.to_sympy().row(1)
Matrix([[1, 1, -1, 1, -1]])
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import numpy as np
import sympy
from sympy.polys.matrices import DomainMatrix

from symproof.reps import cyclotomic as cyc
from symproof.reps.class_functions import ClassFunction
from symproof.reps.dixon import dixon_schneider

if TYPE_CHECKING:  # pragma: no cover
    from symproof.groups.finite_group import FiniteGroup

__all__ = ["CharacterTable", "character_table"]


class CharacterTable:
    """The irreducible characters of ``G`` (rows) on its conjugacy classes (columns)."""

    def __init__(self, G: FiniteGroup) -> None:
        f, values, _ = dixon_schneider(G)
        self.group = G
        self.conductor = f
        self.field = cyc.cyclotomic_field(f)
        numeric = np.array([[cyc.to_complex(v, f) for v in row] for row in values])
        order = sorted(range(len(values)), key=lambda i: _row_key(numeric[i]))
        self._rows = tuple(ClassFunction(G, values[i], f) for i in order)
        self._numeric = numeric[order]
        self._numeric.setflags(write=False)
        self._verify()

    def _verify(self) -> None:
        sizes = np.array([c.size for c in self.group.conjugacy_classes()])
        gram = (self._numeric * sizes) @ self._numeric.conj().T / self.group.order
        if not np.allclose(gram, np.eye(len(self._rows)), atol=1e-8):  # pragma: no cover - internal invariant
            raise ArithmeticError("computed characters are not orthonormal")

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, i: int) -> ClassFunction:
        return self._rows[i]

    def rows(self) -> tuple[ClassFunction, ...]:
        """The irreducible characters in table order."""
        return self._rows

    @property
    def degrees(self) -> tuple[int, ...]:
        """``chi(1)`` for each row."""
        return tuple(int(cyc.coordinates(chi.values[0], self.conductor)[0]) for chi in self._rows)

    @functools.cached_property
    def values(self) -> DomainMatrix:
        """The table as an exact ``DomainMatrix`` over ``Q(zeta_f)``."""
        r = len(self._rows)
        return DomainMatrix([list(chi.values) for chi in self._rows], (r, r), self.field)

    def to_sympy(self) -> sympy.Matrix:
        """The table as a SymPy matrix of exact expressions."""
        return sympy.Matrix([chi.to_sympy() for chi in self._rows])

    def numeric(self) -> np.ndarray:
        """The complex table (numeric path), same layout."""
        return self._numeric

    def frobenius_schur_indicators(self) -> tuple[int, ...]:
        """Indicator of each row: 1 real, 0 complex, -1 quaternionic type."""
        return tuple(chi.frobenius_schur_indicator() for chi in self._rows)

    def __repr__(self) -> str:
        return f"CharacterTable({self.group.name or self.group!r}, degrees={self.degrees}, field=Q(zeta_{self.conductor}))"

    def __str__(self) -> str:
        cls = self.group.conjugacy_classes()
        head = ["", *(f"{c.element_order}/{c.size}" for c in cls)]
        body = [[f"X.{i}", *(str(v) for v in chi.to_sympy())] for i, chi in enumerate(self._rows)]
        widths = [max(len(row[j]) for row in [head, *body]) for j in range(len(head))]
        return "\n".join("  ".join(x.rjust(w) for x, w in zip(row, widths)) for row in [head, *body])


def _row_key(row: np.ndarray) -> tuple:
    parts = []
    for v in row:
        parts += [-round(v.real, 9), -round(v.imag, 9)]
    return (round(row[0].real), *parts)


def character_table(G: FiniteGroup) -> CharacterTable:
    """The character table of ``G`` (cached on ``G``)."""
    return G.character_table()
