"""Exact character tables.

:class:`CharacterTable` holds the irreducible characters of ``G`` exactly, in
``Q(zeta_f)`` (see :mod:`symproof.exact.cyclotomic`), computed by Dixon–Schneider
(:mod:`symproof.reps.dixon`) and verified by the row orthogonality relations.

Columns follow ``G.conjugacy_classes()``. Row order (stable, independent of the
computation): by degree, then by the values read as complex numbers, class by
class, largest real part first, then largest imaginary part; so the trivial
character is row 0. The order is decided exactly: equal parts are recognised in
``Q(zeta_f)``, and the sign of a non-zero difference is read from a ball
(:mod:`symproof.exact.balls`). The orthogonality relations are checked exactly: the
values are algebraic integers, checked modulo primes whose product exceeds a bound.

>>> import symproof as sp
>>> T = sp.character_table(sp.group("S4"))
>>> T.degrees
(1, 1, 2, 3, 3)
>>> T.to_sympy().row(1)
Matrix([[1, 1, -1, 1, -1]])
"""

from __future__ import annotations

import functools
from math import gcd
from typing import TYPE_CHECKING, Any

import numpy as np
import sympy
from sympy.polys.matrices import DomainMatrix

from symproof._frozen import Frozen, readonly, set_attributes
from symproof._validation import check_group
from symproof.errors import InvalidValueError, SymproofInternalError
from symproof.exact import cyclotomic as cyc
from symproof.exact import modular as mod
from symproof.exact.balls import field_element_ball, precision
from symproof.reps.class_functions import BALL_PRECISIONS, ClassFunction, decide_by_balls
from symproof.reps.dixon import dixon_schneider
from symproof.reps.structured import structured_characters

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
        f, values, _ = structured_characters(G) or dixon_schneider(G)
        set_attributes(self, group=G, conductor=f, field=cyc.cyclotomic_field(f))
        order = sorted(range(len(values)), key=functools.cmp_to_key(_RowComparison(values, f)))
        rows = [values[i] for i in order]
        if not _orthonormal(rows, f, [c.size for c in G.conjugacy_classes()], G.order):  # pragma: no cover
            raise SymproofInternalError("computed characters are not orthonormal")
        set_attributes(self, _rows=tuple(ClassFunction(G, row, f) for row in rows),
                       _numeric=readonly(np.array([[cyc.to_complex(v, f) for v in row] for row in rows])))

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


class _RowComparison:
    """``cmp(i, j)`` for rows of exact values in ``Q(zeta_f)``: degree first, then class by class ``(-Re, -Im)``.

    Equal values and equal real parts are recognised exactly; the sign of a non-zero
    real (imaginary) part of a difference is read from a ball.
    """

    def __init__(self, values: list[list], f: int) -> None:
        self.values, self.f, self.field = values, f, cyc.cyclotomic_field(f)

    def __call__(self, i: int, j: int) -> int:
        a, b = self.values[i], self.values[j]
        degrees = cyc.coordinates(a[0], self.f)[0], cyc.coordinates(b[0], self.f)[0]
        if degrees[0] != degrees[1]:
            return -1 if degrees[0] < degrees[1] else 1
        for x, y in zip(a, b):
            if x != y:
                return -self._sign(x - y)  # the larger value first
        return 0

    def _sign(self, z: Any) -> int:
        """Sign of ``Re z``, or of ``Im z`` when ``Re z = 0`` (``z != 0``)."""
        if not self.field.is_Algebraic:
            return 1 if z > 0 else -1
        with precision(BALL_PRECISIONS[0]):  # usually decides Re z != 0 without the exact conjugate
            quick = _ball_sign(field_element_ball(self.field, z).real)
        if quick is not None:
            return quick
        bar = cyc.conjugate(z, self.f)
        part, twice = ("real", z + bar) if z + bar else ("imag", z - bar)
        return decide_by_balls(lambda: _ball_sign(getattr(field_element_ball(self.field, twice), part)),
                               f"the order of two character values (Q(zeta_{self.f}))")


def _ball_sign(x: Any) -> int | None:
    """``1`` or ``-1`` if the real ball ``x`` excludes 0, else None."""
    return 1 if x > 0 else -1 if x < 0 else None


def _orthonormal(rows: list[list], f: int, sizes: list[int], order: int) -> bool:
    """Whether ``E_ij = sum_k |C_k| chi_i(g_k) conj(chi_j(g_k)) - |G| delta_ij`` vanishes exactly for all ``i, j``.

    The values must be algebraic integers (integer coordinates in the power basis of
    ``Z[zeta_f]``), so every ``E_ij`` is one. Modulo a prime ``p = 1 (mod f)``, ``Z[zeta_f]/p``
    is ``F_p^phi(f)`` through ``zeta -> w^a`` (``w`` of order ``f``, ``a`` a unit mod ``f``): each
    such image is one integer matrix product mod ``p``. If ``E_ij`` vanishes mod primes with
    product ``P``, then ``E_ij = P x`` with ``x`` in ``Z[zeta_f]``; every embedding has
    ``|E_ij| <= B = |G| (A^2 + 1)`` (``A`` the largest sum of absolute coordinates of a value),
    so ``|N(E_ij)| <= B^phi < P^phi`` once ``P > B``, and ``x = 0``.
    """
    X = _integer_coordinates(rows, f)
    if X is None:
        return False
    bound = order * (int(np.max(np.sum(np.abs(X), axis=2))) ** 2 + 1)
    F = f if f > 2 else 1
    product, p = 1, 1 << 20
    while product <= bound:
        p = mod.prime_one_mod(F, p)
        if not _orthonormal_mod(X, F, sizes, order, p):
            return False
        product *= p
    return True


def _integer_coordinates(rows: list[list], f: int) -> np.ndarray | None:
    """``X[i, k, :]``: the coordinates of ``rows[i][k]`` in ``Q(zeta_f)`` as Python integers; None if one is not an integer."""
    out = []
    for row in rows:
        for v in row:
            for c in cyc.coordinates(v, f):
                if c.denominator != 1:
                    return None
                out.append(int(c.numerator))
    return np.array(out, dtype=object).reshape(len(rows), len(rows[0]), -1)


def _orthonormal_mod(X: np.ndarray, F: int, sizes: list[int], order: int, p: int) -> bool:
    """The check of :func:`_orthonormal` at every embedding ``zeta -> w^a`` modulo ``p`` (``int64`` when it cannot overflow)."""
    r, classes, n = X.shape
    dtype = np.int64 if p * p * max(classes, n) < 1 << 62 else object
    units = [a for a in range(F) if gcd(a, F) == 1]
    w = mod.element_of_order(F, p)
    V = np.array([[pow(w, a * k, p) for a in units] for k in range(n)], dtype=dtype)
    images = ((X % p).astype(dtype).reshape(r * classes, n) @ V % p).reshape(r, classes, len(units))
    weights = np.array(sizes, dtype=dtype) % p
    identity = (order % p) * np.eye(r, dtype=dtype)
    for t, a in enumerate(units):
        conjugate = images[:, :, units.index(-a % F)]  # the image of conj(x) at a is the image of x at -a
        if not np.array_equal((images[:, :, t] * weights % p) @ conjugate.T % p, identity):
            return False
    return True


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
