"""Exact character tables.

:class:`CharacterTable` holds the irreducible characters of ``G`` exactly, in
``Q(zeta_f)`` (see :mod:`symproof.exact.cyclotomic`), computed by Dixon–Schneider
(:mod:`symproof.reps.dixon`) and verified by the row orthogonality relations.

Columns follow ``G.conjugacy_classes()``. Row order (stable, independent of the
computation): by degree, then by the values read as complex numbers, class by
class, largest real part first, then largest imaginary part; so the trivial
character is row 0.

>>> import symproof as sp
>>> T = sp.character_table(sp.group("S4"))
>>> T.degrees
(1, 1, 2, 3, 3)
>>> T.to_sympy().row(1)
Matrix([[1, 1, -1, 1, -1]])
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import numpy as np
import sympy
from sympy.polys.matrices import DomainMatrix

from symproof._frozen import Frozen, readonly, set_attributes
from symproof._validation import check_group
from symproof.errors import InvalidValueError, SymproofInternalError
from symproof.exact import cyclotomic as cyc
from symproof.reps.class_functions import ClassFunction
from symproof.reps.dixon import dixon_schneider

if TYPE_CHECKING:  # pragma: no cover
    from symproof.groups.finite_group import FiniteGroup

__all__ = ["CharacterTable", "character_table", "decompose", "is_character"]


class CharacterTable(Frozen):
    """The irreducible characters of ``G`` (rows) on its conjugacy classes (columns).

    Row ``i`` is the character ``chi_i(g) = tr pi_i(g)`` of the ``i``-th complex irreducible,
    exact in ``Q(zeta_f)``; build one with :func:`character_table` (cached per group).

    Parameters
    ----------
    G : FiniteGroup
        The group.

    Attributes
    ----------
    group : FiniteGroup
        The group.
    conductor : int
        ``f``: every value lies in ``Q(zeta_f)``.
    field : Domain
        The SymPy field ``Q(zeta_f)``.
    degrees : tuple of int
        ``d_i = chi_i(e)``, trivial row first.

    Examples
    --------
    >>> import symproof as sp
    >>> T = sp.character_table(sp.group("S3"))
    >>> T.degrees, len(T)
    ((1, 1, 2), 3)
    """

    group: FiniteGroup
    conductor: int
    field: Any
    _rows: tuple[ClassFunction, ...]
    _numeric: np.ndarray

    def __init__(self, G: FiniteGroup) -> None:
        f, values, _ = dixon_schneider(G)
        set_attributes(self, group=G, conductor=f, field=cyc.cyclotomic_field(f))
        numeric = np.array([[cyc.to_complex(v, f) for v in row] for row in values])
        order = sorted(range(len(values)), key=lambda i: _row_key(numeric[i]))
        set_attributes(self, _rows=tuple(ClassFunction(G, values[i], f) for i in order),
                       _numeric=readonly(numeric[order]))
        self._verify()

    def _verify(self) -> None:
        sizes = np.array([c.size for c in self.group.conjugacy_classes()])
        gram = (self._numeric * sizes) @ self._numeric.conj().T / self.group.order
        if not np.allclose(gram, np.eye(len(self._rows)), atol=1e-8):  # pragma: no cover - internal invariant
            raise SymproofInternalError("computed characters are not orthonormal")

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

    @property
    def values(self) -> DomainMatrix:
        """The table as an exact ``DomainMatrix`` over ``Q(zeta_f)`` (a copy: changing it does not change ``T``)."""
        return self._values.copy()

    @functools.cached_property
    def _values(self) -> DomainMatrix:
        r = len(self._rows)
        return DomainMatrix([list(chi.values) for chi in self._rows], (r, r), self.field)

    def to_sympy(self) -> sympy.Matrix:
        """The table as a SymPy matrix of exact expressions."""
        return sympy.Matrix([chi.to_sympy() for chi in self._rows])

    def numeric(self) -> np.ndarray:
        """The complex table (numeric path), same layout; read-only."""
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
    """The exact character table of ``G``, memoised per group.

    Rows are the irreducible characters (trivial first), columns follow
    ``G.conjugacy_classes()``.

    Parameters
    ----------
    G : FiniteGroup
        The group.

    Returns
    -------
    CharacterTable
        The same object for every call on the same group.

    Raises
    ------
    InvalidArgumentError
        If ``G`` is not a :class:`~symproof.FiniteGroup`.

    Examples
    --------
    >>> import symproof as sp
    >>> sp.character_table(sp.group("S3")).degrees
    (1, 1, 2)

    Notes
    -----
    Dixon-Schneider: eigenvectors of the class matrices modulo a prime, lifted to
    ``Q(zeta_f)`` (:mod:`symproof.reps.dixon`).
    """
    return check_group(G).memo("character_table", CharacterTable)


def decompose(chi: ClassFunction) -> list[int]:
    """Multiplicities ``<chi, chi_i>`` of a virtual character over the rows of ``character_table(G)``.

    Parameters
    ----------
    chi : ClassFunction
        A class function on ``G``.

    Returns
    -------
    list of int
        One multiplicity per row of the character table.

    Raises
    ------
    InvalidValueError
        If a multiplicity is not an integer (``chi`` is not a virtual character).

    Examples
    --------
    >>> import symproof as sp
    >>> G = sp.group("S3")
    >>> sp.decompose(sp.natural_action(G).character())     # R^3 = trivial + standard
    [1, 0, 1]
    """
    out = []
    for row in character_table(chi.group).rows():
        m = chi.inner_rational(row)
        if not m.is_integer:
            raise InvalidValueError(f"not a virtual character: multiplicity {m} is not an integer")
        out.append(int(m))
    return out


def is_character(chi: ClassFunction) -> bool:
    """Whether ``chi`` is the character of a representation (non-negative integer multiplicities).

    Parameters
    ----------
    chi : ClassFunction
        A class function on ``G``.

    Returns
    -------
    bool

    Examples
    --------
    >>> import symproof as sp
    >>> T = sp.character_table(sp.group("S3"))
    >>> sp.is_character(T[2] * T[2]), sp.is_character(T[1] - T[0])
    (True, False)
    """
    try:
        return all(m >= 0 for m in decompose(chi))
    except InvalidValueError:
        return False
