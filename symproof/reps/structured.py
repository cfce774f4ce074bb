"""Character tables from the structure of ``G``, before the generic Dixon–Schneider path.

:func:`structured_characters` recognises groups whose tables have closed forms and
returns their characters in the format of :func:`symproof.reps.dixon.dixon_schneider`
(``(f, values, degrees)``, values in ``Q(zeta_f)``, rows unsorted, columns following
``G.conjugacy_classes()``), or ``None`` when no structure applies:

* the natural ``S_n``: ``chi_lambda`` by Murnaghan–Nakayama on the cycle types
  (:func:`symproof.reps.young.murnaghan_nakayama_table`); no element is needed;
* the natural ``A_n``, by restriction and splitting (Frobenius): for ``lambda`` not
  self-conjugate ``chi_lambda`` restricts irreducibly and ``chi_lambda' = chi_lambda`` on
  ``A_n``; a self-conjugate ``lambda`` with diagonal hook lengths ``h_11 > ... > h_rr``
  splits into ``chi_lambda^+-``, equal to ``chi_lambda / 2`` except on the two classes of
  cycle type ``(h_11, ..., h_rr)``, where they are ``(eps +- sqrt(eps prod h_ii)) / 2``,
  ``eps = (-1)^((n - r)/2)``, with the signs exchanged between the two classes;
* a direct product recorded by the catalog (``G.direct_factors``): the tensor products of
  the factors' irreducibles, ``(chi_1 x ... x chi_k)(g_1, ..., g_k) = prod chi_i(g_i)``,
  the class of ``(g_1, ..., g_k)`` read off its representative block by block.

``sqrt(D)`` (``D = eps prod h_ii = 1 mod 4``) is exact in ``Q(zeta_q)``, ``q = |d|``, ``d`` the
square-free part of ``D``: ``sqrt(d)`` is the Gauss sum ``sum_{a mod q} (a/q) zeta_q^a`` of the
Jacobi symbol (the real primitive character mod ``q``, whose Gauss sum squares to
``chi(-1) q = d``).

>>> import symproof as sp
>>> f, values, degrees = structured_characters(sp.group("A5"))
>>> f, sorted(degrees)
(5, [1, 3, 3, 4, 5])
>>> structured_characters(sp.group("D4")) is None
True
"""

from __future__ import annotations

import functools
import itertools
import math
from typing import TYPE_CHECKING, Any

import sympy
from sympy.polys.domains import QQ

from symproof.errors import SymproofInternalError
from symproof.exact import cyclotomic as cyc
from symproof.reps.young import murnaghan_nakayama_table

if TYPE_CHECKING:  # pragma: no cover
    from symproof.groups.finite_group import FiniteGroup
    from symproof.groups.symmetric import CycleClass

__all__ = [
    "alternating_characters",
    "product_characters",
    "structured_characters",
    "symmetric_characters",
]

Characters = tuple[int, list[list], list[int]]


def structured_characters(G: FiniteGroup) -> Characters | None:
    """``(f, values, degrees)`` from a recognised structure of ``G``, or ``None``."""
    if G.direct_factors is not None and len(G.direct_factors) > 1:
        return product_characters(G)
    natural = G.natural_structure()
    if natural is None:
        return None
    return alternating_characters(G) if natural.alternating else symmetric_characters(G)


def _natural_classes(G: FiniteGroup) -> tuple[CycleClass, ...]:
    natural = G.natural_structure()
    if natural is None:  # pragma: no cover - callers check
        raise SymproofInternalError(f"{G} is not a natural symmetric or alternating group")
    return natural.classes


def symmetric_characters(G: FiniteGroup) -> Characters:
    """The characters ``chi_lambda`` of the natural ``S_n``, by Murnaghan–Nakayama on cycle types.

    >>> import symproof as sp
    >>> f, values, degrees = symmetric_characters(sp.group("S4"))
    >>> f, degrees
    (1, [1, 3, 2, 3, 1])
    """
    _, table = _table_on_classes(G)
    return 1, [[QQ(v) for v in row] for row in table], [row[0] for row in table]


def _table_on_classes(G: FiniteGroup) -> tuple[tuple[tuple[int, ...], ...], list[list[int]]]:
    """The shapes of ``S_n`` and ``chi_shape`` on the classes of the natural ``G`` (``S_n`` or ``A_n``)."""
    shapes, types, table = murnaghan_nakayama_table(G.degree)
    column = {mu: j for j, mu in enumerate(types)}
    where = [column[c.cycle_type] for c in _natural_classes(G)]
    return shapes, [[row[j] for j in where] for row in table]


def conjugate_partition(shape: tuple[int, ...]) -> tuple[int, ...]:
    """The transposed shape ``lambda'``.

    >>> conjugate_partition((3, 1))
    (2, 1, 1)
    """
    return tuple(sum(1 for part in shape if part > j) for j in range(shape[0])) if shape else ()


def diagonal_hooks(shape: tuple[int, ...]) -> tuple[int, ...]:
    """The hook lengths ``h_ii = lambda_i + lambda'_i - 2i - 1`` (0-based ``i``) on the diagonal, decreasing.

    >>> diagonal_hooks((3, 2, 1)), diagonal_hooks((2, 2))
    ((5, 1), (3, 1))
    """
    columns = conjugate_partition(shape)
    return tuple(shape[i] + columns[i] - 2 * i - 1 for i in range(len(shape)) if shape[i] > i)


def _split_discriminant(shape: tuple[int, ...]) -> tuple[int, int, int]:
    """``(eps, s, d)`` with ``eps prod h_ii = s^2 d``, ``d`` square-free (``d = 1 mod 4``) for self-conjugate ``shape``."""
    hooks = diagonal_hooks(shape)
    eps = -1 if (sum(shape) - len(hooks)) // 2 % 2 else 1
    D = eps * math.prod(hooks)
    s, d = 1, 1 if D > 0 else -1
    for p, k in sympy.factorint(abs(D)).items():
        s *= int(p) ** (k // 2)
        d *= int(p) ** (k % 2)
    if d % 4 != 1:  # pragma: no cover - a theorem (the values are algebraic integers)
        raise SymproofInternalError(f"eps prod h_ii = {D} for {shape} is not 1 mod 4")
    return eps, s, d


def _sqrt_times(s: int, d: int, f: int) -> Any:
    """``s sqrt(d)`` (``d = 1 mod 4`` square-free, ``q = |d|`` dividing ``f``) in ``Q(zeta_f)``.

    One Gauss sum: ``sqrt(d) = sum_{a mod q} (a/q) zeta_q^a`` with the Jacobi symbol ``(a/q)``, the
    real primitive character mod ``q`` (``chi(-1) q = d``).
    """
    q = abs(d)
    if q == 1:
        return cyc.cyclotomic_field(f).convert(QQ(s))
    return cyc.from_multiplicities([s * int(sympy.jacobi_symbol(a, q)) if math.gcd(a, q) == 1 else 0
                                    for a in range(q)], f)


def alternating_characters(G: FiniteGroup) -> Characters:
    """The characters of the natural ``A_n``: restrictions of ``chi_lambda`` and the split pairs (module notes).

    >>> import symproof as sp
    >>> f, values, degrees = alternating_characters(sp.group("A4"))
    >>> f, sorted(degrees)
    (3, [1, 1, 1, 3])
    """
    classes = _natural_classes(G)
    shapes, table = _table_on_classes(G)
    self_conjugate = [shape for shape in shapes if shape == conjugate_partition(shape)]
    split = {shape: _split_discriminant(shape) for shape in self_conjugate}
    f = math.lcm(1, *(abs(d) for _, _, d in split.values()))
    f = 1 if f <= 2 else f
    K = cyc.cyclotomic_field(f)
    rational = functools.cache(lambda q: K.convert(q))  # the values repeat: convert each rational once
    values, degrees = [], []
    for shape, chi in zip(shapes, table):
        if shape > conjugate_partition(shape):
            values.append([rational(QQ(v)) for v in chi])
            degrees.append(chi[0])
        elif shape in split:
            eps, s, d = split[shape]
            root = _sqrt_times(s, d, f)
            hooks = diagonal_hooks(shape)
            for sign in (1, -1):
                values.append([(rational(QQ(eps)) + (sign if c.half == 0 else -sign) * root) * rational(QQ(1, 2))
                               if c.cycle_type == hooks else rational(QQ(v, 2)) for v, c in zip(chi, classes)])
                degrees.append(chi[0] // 2)
    return f, values, degrees


def product_characters(G: FiniteGroup) -> Characters:
    """The tensor products of the factors' irreducibles for ``G = G_1 x ... x G_k`` (``G.direct_factors``).

    >>> import symproof as sp
    >>> f, values, degrees = product_characters(sp.group("S3 x C3"))
    >>> f, sorted(degrees)
    (3, [1, 1, 1, 1, 1, 1, 2, 2, 2])
    """
    from symproof.reps.character_table import character_table

    factors = G.direct_factors
    if not factors:  # pragma: no cover - callers check
        raise SymproofInternalError(f"{G} records no direct factors")
    tables = [character_table(H) for H in factors]
    f = math.lcm(*(T.conductor for T in tables))
    f = 1 if f <= 2 else f
    K = cyc.cyclotomic_field(f)
    columns = _factor_classes(G, factors)
    factor_rows = [[[cyc.embed(v, T.conductor, f) for v in chi.values] for chi in T.rows()] for T in tables]
    values, degrees = [], []
    for combo in itertools.product(*(range(len(T)) for T in tables)):
        rows = [factor_rows[i][j] for i, j in enumerate(combo)]
        values.append([_product((row[c] for row, c in zip(rows, column)), K) for column in columns])
        degrees.append(math.prod(T.degrees[j] for T, j in zip(tables, combo)))
    return f, values, degrees


def _factor_classes(G: FiniteGroup, factors: tuple[FiniteGroup, ...]) -> list[tuple[int, ...]]:
    """For each class of ``G``: the classes of the blocks of its representative in the factors."""
    offsets = list(itertools.accumulate([H.degree for H in factors], initial=0))
    out = []
    for c in G.conjugacy_classes():
        g = G.element(c.representative)
        out.append(tuple(H.class_index([x - lo for x in g[lo:hi]])
                         for H, lo, hi in zip(factors, offsets, offsets[1:])))
    return out


def _product(values: Any, K: Any) -> Any:
    out = K.one
    for v in values:
        if not v:
            return K.zero
        out = out * v
    return out
