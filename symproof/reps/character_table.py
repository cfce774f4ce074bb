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
from math import gcd, lcm
from typing import TYPE_CHECKING, Any

import numpy as np
import sympy
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix
from sympy.polys.polyclasses import ANP

from symproof._display import Raw, display_math, html_table, latex_array
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
        ``f``: every value lies in ``Q(zeta_f)``; row ``i`` lies in its own ``Q(zeta_{f_i})``
        (``T[i].conductor``, the field its values generate), and ``f = lcm f_i``.
    field : Domain
        The SymPy field ``Q(zeta_f)`` (built on first use: it may be large).
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
    _rows: tuple[ClassFunction, ...]
    _numeric: np.ndarray

    def __init__(self, G: FiniteGroup) -> None:
        f, values, _ = structured_characters(G) or dixon_schneider(G)
        fields = [cyc.least_conductor(row, f) for row in values]  # each row in its own least Q(zeta_{f_i})
        values = [row for _, row in fields]
        order = sorted(range(len(values)), key=functools.cmp_to_key(_RowComparison(values, f)))
        rows = [values[i] for i in order]
        if not _orthonormal(rows, f, [c.size for c in G.conjugacy_classes()], G.order):  # pragma: no cover
            raise SymproofInternalError("computed characters are not orthonormal")
        set_attributes(self, group=G, conductor=lcm(1, *(g for g, _ in fields)),
                       _rows=tuple(ClassFunction(G, values[i], fields[i][0]) for i in order),
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
        return tuple(int(cyc.coordinates(chi.values[0], chi.conductor)[0]) for chi in self._rows)

    @functools.cached_property
    def field(self) -> Any:
        """``Q(zeta_f)``, the field of the whole table."""
        return cyc.cyclotomic_field(self.conductor)

    @property
    def values(self) -> DomainMatrix:
        """The table as an exact ``DomainMatrix`` over ``Q(zeta_f)`` (a copy: changing it does not change ``T``).

        Built on first request: every row is embedded from its own field into ``Q(zeta_f)``.
        """
        return self._values.copy()

    @functools.cached_property
    def _values(self) -> DomainMatrix:
        r, f = len(self._rows), self.conductor
        return DomainMatrix([[cyc.embed(v, chi.conductor, f) for v in chi.values] for chi in self._rows], (r, r),
                            self.field)

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

    def _latex_cells(self) -> tuple[str, list[list[str]], list[list[str]]]:
        """Column spec, header rows (classes) and body rows (irreducibles) of the LaTeX displays."""
        body = [[f"\\chi_{{{i}}}", *chi._latex_values()] for i, chi in enumerate(self._rows)]
        return "l|" + "r" * len(self._rows), self._rows[0]._class_header(), body

    def to_latex(self) -> str:
        r"""The table as a LaTeX ``tabular`` (text mode, entries in ``$...$``), ready to paste in a paper.

        Header rows: a representative ``g`` of each class in cycle notation (points ``0..n-1``),
        the class size ``|C|`` and the element order ``o(g)``; then ``\hline`` and one row
        ``\chi_i`` per irreducible, in table order (the first column holds the degrees). Exact
        values as SymPy writes them (radicals for cyclotomic values). Needs no LaTeX package.

        Returns
        -------
        str
            ``\begin{tabular}...\end{tabular}``.

        Examples
        --------
        >>> import symproof as sp
        >>> print(sp.character_table(sp.group("S3")).to_latex())
        \begin{tabular}{l|rrr}
        $g$ & $()$ & $(1,2)$ & $(0,1,2)$ \\
        $|C|$ & $1$ & $3$ & $2$ \\
        $o(g)$ & $1$ & $2$ & $3$ \\
        \hline
        $\chi_{0}$ & $1$ & $1$ & $1$ \\
        $\chi_{1}$ & $1$ & $-1$ & $1$ \\
        $\chi_{2}$ & $2$ & $0$ & $-1$
        \end{tabular}
        """
        return latex_array(*self._latex_cells(), environment="tabular")

    def _repr_latex_(self) -> str:
        r"""The table as a MathJax ``array`` in display math (Jupyter's rich display).

        >>> import symproof as sp
        >>> sp.character_table(sp.group("S3"))._repr_latex_().startswith("$$\\begin{array}")
        True
        """
        return display_math(latex_array(*self._latex_cells()))

    def _repr_html_(self) -> str:
        """The table as an HTML table (Jupyter's rich display)."""
        body = [[Raw(f"χ<sub>{i}</sub>"), *(str(v) for v in chi.to_sympy())] for i, chi in enumerate(self._rows)]
        field = f", values in Q(zeta_{self.conductor})" if self.conductor > 1 else ""
        return html_table(self._rows[0]._class_header(), body,
                          caption=f"Character table of {self.group.name or repr(self.group)}{field}")


class _RowComparison:
    """``cmp(i, j)`` for rows of exact values (row ``i`` in its own ``Q(zeta_{f_i})``, ``f_i | f``).

    Degree first, then class by class ``(-Re, -Im)``. Equal values and equal real parts are
    recognised exactly (rationals directly, otherwise in ``Q(zeta_lcm(f_i, f_j))``, never in
    ``Q(zeta_f)``); the sign of a non-zero real (imaginary) part of a difference is read from balls.
    """

    def __init__(self, values: list[list], f: int) -> None:
        self.values, self.f = values, f
        self.conductors = [lcm(1, *(cyc.own_conductor(v, f) for v in row)) for row in values]

    def __call__(self, i: int, j: int) -> int:
        a, b = self.values[i], self.values[j]
        fa, fb = self.conductors[i], self.conductors[j]
        degrees = _rational(a[0]), _rational(b[0])
        if degrees[0] != degrees[1]:
            return -1 if degrees[0] < degrees[1] else 1
        for x, y in zip(a, b):
            qx, qy = _rational(x), _rational(y)
            if qx is not None and qy is not None:
                if qx != qy:
                    return -1 if qx > qy else 1
                continue
            F = lcm(fa, fb)
            z = x - y if fa == fb else cyc.embed(x, fa, F) - cyc.embed(y, fb, F)
            if z:
                return -_sign(z, F)  # the larger value first
        return 0


def _rational(x: Any) -> Any:
    """``x`` as a rational if it is one (a field element of degree 0 in the power basis), else None."""
    if not isinstance(x, ANP):
        return QQ.convert(x)
    rep = x.to_list()
    return rep[0] if len(rep) == 1 else QQ.zero if not rep else None


def _sign(z: Any, f: int) -> int:
    """Sign of ``Re z``, or of ``Im z`` when ``Re z = 0`` (``z != 0`` in ``Q(zeta_f)``)."""
    K = cyc.cyclotomic_field(f)
    if not K.is_Algebraic:
        return 1 if z > 0 else -1
    with precision(BALL_PRECISIONS[0]):  # usually decides Re z != 0 without the exact conjugate
        quick = _ball_sign(field_element_ball(K, z).real)
    if quick is not None:
        return quick
    bar = cyc.conjugate(z, f)
    part, twice = ("real", z + bar) if z + bar else ("imag", z - bar)
    return decide_by_balls(lambda: _ball_sign(getattr(field_element_ball(K, twice), part)),
                           f"the order of two character values (Q(zeta_{f}))")


def _ball_sign(x: Any) -> int | None:
    """``1`` or ``-1`` if the real ball ``x`` excludes 0, else None."""
    return 1 if x > 0 else -1 if x < 0 else None


def _orthonormal(rows: list[list], f: int, sizes: list[int], order: int) -> bool:
    """Whether ``E_ij = sum_k |C_k| chi_i(g_k) conj(chi_j(g_k)) - |G| delta_ij`` vanishes exactly for all ``i, j``.

    Row ``i`` lies in its own ``Q(zeta_{f_i})`` (``f_i | f``); the values must be algebraic
    integers (integer coordinates in the power basis of ``Z[zeta_{f_i}]``), so ``E_ij`` is one in
    ``Z[zeta_F]``, ``F = lcm(f_i, f_j)``. Rows are checked in blocks of equal conductor, never
    in ``Q(zeta_f)``. Modulo a prime ``p = 1 (mod F)``, ``Z[zeta_F]/p`` is ``F_p^phi(F)``
    through ``zeta_F -> w^a`` (``w`` of order ``F``, ``a`` a unit mod ``F``): each such image
    is one integer matrix product mod ``p``. If ``E_ij`` vanishes mod primes with product
    ``P``, then ``E_ij = P x`` with ``x`` in ``Z[zeta_F]``; every embedding has ``|E_ij| <= B =
    |G| (A_i A_j + 1)`` (``A_i`` the largest sum of absolute coordinates of a value of row
    ``i``), so ``|N(E_ij)| <= B^phi < P^phi`` once ``P > B``, and ``x = 0``.
    """
    blocks: dict[int, list[int]] = {}
    for i, row in enumerate(rows):
        blocks.setdefault(lcm(1, *(cyc.own_conductor(v, f) for v in row)), []).append(i)
    coordinates: dict[int, np.ndarray] = {}
    for g, members in blocks.items():
        X = _integer_coordinates([rows[i] for i in members], g)
        if X is None:
            return False
        coordinates[g] = X
    keys = sorted(blocks)
    return all(_orthonormal_block(coordinates[g], g, coordinates[h], h, g == h, sizes, order)
               for a, g in enumerate(keys) for h in keys[a:])


def _orthonormal_block(X: np.ndarray, g: int, Y: np.ndarray, h: int, same: bool, sizes: list[int], order: int) -> bool:
    """The check of :func:`_orthonormal` between the rows ``X`` (over ``Z[zeta_g]``) and ``Y`` (over ``Z[zeta_h]``)."""
    bound = order * (_largest_size(X) * _largest_size(Y) + 1)
    F = lcm(g, h)
    F = F if F > 2 else 1
    product, p = 1, 1 << 20
    while product <= bound:
        p = mod.prime_one_mod(F, p)
        if not _orthonormal_mod(X, g, Y, h, F, same, sizes, order, p):
            return False
        product *= p
    return True


def _largest_size(X: np.ndarray) -> int:
    return int(np.max(np.sum(np.abs(X), axis=2)))


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


def _embeddings(X: np.ndarray, g: int, F: int, units: list[int], w: int, p: int, dtype: Any) -> np.ndarray:
    """``I[i, k, u]``: the image of ``X[i, k]`` (in ``Z[zeta_g]``, ``g | F``) under ``zeta_F -> w^units[u]`` mod ``p``."""
    r, classes, n = X.shape
    step = F // g if g > 2 else 0
    powers = np.array([pow(w, k, p) for k in range(F)], dtype=dtype)  # w^k, k mod F
    V = powers[np.outer(np.arange(n), np.array(units) * step) % F]
    return ((X % p).astype(dtype).reshape(r * classes, n) @ V % p).reshape(r, classes, len(units))


def _orthonormal_mod(X: np.ndarray, g: int, Y: np.ndarray, h: int, F: int, same: bool, sizes: list[int], order: int,
                     p: int) -> bool:
    """The check of :func:`_orthonormal` at every embedding ``zeta_F -> w^a`` modulo ``p`` (``int64`` when it cannot overflow)."""
    classes = X.shape[1]
    dtype = np.int64 if p * p * max(classes, X.shape[2], Y.shape[2]) < 1 << 62 else object
    units = [a for a in range(F) if gcd(a, F) == 1] if F > 1 else [0]
    w = mod.element_of_order(F, p)
    left = _embeddings(X, g, F, units, w, p, dtype) * (np.array(sizes, dtype=dtype) % p)[None, :, None] % p
    right = _embeddings(Y, h, F, units, w, p, dtype)[:, :, [units.index(-a % F) for a in units]]  # conj at a = image at -a
    expected = (order % p) * np.eye(X.shape[0], dtype=dtype) if same else np.zeros((X.shape[0], Y.shape[0]), dtype=dtype)
    for t in range(len(units)):
        if not np.array_equal(left[:, :, t] @ right[:, :, t].T % p, expected):
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
