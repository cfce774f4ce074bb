"""Independent oracles for character tables (no imports from ``symproof.reps``).

* Symmetric groups: partitions, the hook length formula and the Murnaghan–Nakayama rule.
* Textbook tables of eight small groups, with exact (SymPy) values, after James &
  Liebeck, *Representations and Characters of Groups* (2nd ed.): S3, S4, A4, A5, D4, D5,
  Q8 and SL(2,3).
* :func:`tables_match`: is a computed (numeric) table the textbook one, up to reordering
  rows and reordering columns among classes with the same labels?

>>> partitions(4)
[(4,), (3, 1), (2, 2), (2, 1, 1), (1, 1, 1, 1)]
>>> hook_length_dimension((3, 2)), murnaghan_nakayama((2, 2), (3, 1))
(5, -1)
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np
import sympy as sp

# ---------------------------------------------------------------------------------------
# Symmetric groups
# ---------------------------------------------------------------------------------------


def partitions(n: int, largest: int | None = None) -> list[tuple[int, ...]]:
    """All partitions of ``n`` (parts at most ``largest``), in reverse lexicographic order.

    >>> partitions(3)
    [(3,), (2, 1), (1, 1, 1)]
    """
    if n == 0:
        return [()]
    top = n if largest is None else min(n, largest)
    return [(k,) + rest for k in range(top, 0, -1) for rest in partitions(n - k, k)]


def _normalise(shape) -> tuple[int, ...]:
    """A partition as a descending tuple of positive ints."""
    return tuple(sorted((int(p) for p in shape if p), reverse=True))


def conjugate(shape) -> tuple[int, ...]:
    """The conjugate (transposed) partition."""
    shape = _normalise(shape)
    return tuple(sum(1 for p in shape if p > j) for j in range(shape[0] if shape else 0))


def hook_length_dimension(shape) -> int:
    """``f^shape = n! / prod(hook lengths)``: the degree of the Specht module ``S^shape``."""
    shape = _normalise(shape)
    cols = conjugate(shape)
    hooks = math.prod(shape[i] - j + cols[j] - i - 1
                      for i in range(len(shape)) for j in range(shape[i]))
    return math.factorial(sum(shape)) // hooks


@functools.lru_cache(maxsize=None)
def _mn(shape: tuple[int, ...], cycle_type: tuple[int, ...]) -> int:
    if not cycle_type:
        return 1
    k, rest = cycle_type[0], cycle_type[1:]
    # Beta-set (first-column hook lengths) of the shape: removing a rim hook of length k
    # is moving one bead b to the empty position b - k >= 0; the leg length of that hook
    # (rows spanned - 1) is the number of beads strictly between b - k and b.
    length = len(shape)
    beta = [shape[i] + length - 1 - i for i in range(length)]
    beads = set(beta)
    total = 0
    for i, b in enumerate(beta):
        if b - k < 0 or b - k in beads:
            continue
        leg = sum(1 for c in beta if b - k < c < b)
        new_beta = sorted((c if c != b else b - k for c in beta), reverse=True)
        smaller = _normalise(c - (length - 1 - r) for r, c in enumerate(new_beta))
        total += (-1) ** leg * _mn(smaller, rest)
    return total


def murnaghan_nakayama(shape, cycle_type) -> int:
    """``chi^shape`` at a permutation of the given cycle type, by rim hook removal.

    Removes a rim hook of length ``cycle_type[0]`` in every possible way, with sign
    ``(-1)^(leg length)``, and recurses on the remaining cycles (memoised).

    >>> murnaghan_nakayama((3, 1), (2, 1, 1)), murnaghan_nakayama((2, 1, 1), (4,))
    (1, 1)
    """
    shape, cycle_type = _normalise(shape), _normalise(cycle_type)
    if sum(shape) != sum(cycle_type):
        raise ValueError(f"{shape} and {cycle_type} are partitions of different integers")
    return _mn(shape, cycle_type)


def cycle_type(perm) -> tuple[int, ...]:
    """Cycle type (descending) of a permutation given as a 0-based image list.

    >>> cycle_type([1, 2, 0, 4, 3, 5])
    (3, 2, 1)
    """
    seen, lengths = [False] * len(perm), []
    for start in range(len(perm)):
        length, x = 0, start
        while not seen[x]:
            seen[x], x, length = True, int(perm[x]), length + 1
        if length:
            lengths.append(length)
    return tuple(sorted(lengths, reverse=True))


def content_sum(shape) -> int:
    """Sum of the contents ``j - i`` over the boxes ``(i, j)`` of the diagram (0-based)."""
    return sum(j - i for i, row in enumerate(_normalise(shape)) for j in range(row))


def symmetric_group_table(n: int):
    """Character table of ``S_n`` by Murnaghan–Nakayama.

    Returns ``(shapes, cycle_types, values)`` with ``shapes == cycle_types ==
    partitions(n)`` and the integer array ``values[a, b] = chi^shapes[a](cycle_types[b])``.
    """
    parts = partitions(n)
    values = np.array([[murnaghan_nakayama(lam, mu) for mu in parts] for lam in parts],
                      dtype=np.int64)
    return parts, list(parts), values


# ---------------------------------------------------------------------------------------
# Textbook tables
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TextbookTable:
    """An exact character table: rows are irreducible characters, columns are classes.

    ``square_classes[k]`` is the column of the class containing ``g^2`` for ``g`` in
    class ``k`` (the 2nd power map). Classes with equal (size, element order) can be told
    apart only up to automorphisms of the table; the power map pins down how such ties
    pair up (e.g. in SL(2,3) the class of ``-g`` for ``g`` of order 3).
    """

    name: str
    class_sizes: list[int]
    element_orders: list[int]
    values: sp.ImmutableMatrix
    square_classes: list[int] | None = None

    @property
    def order(self) -> int:
        """The group order, the sum of the class sizes."""
        return sum(self.class_sizes)

    def numeric(self) -> np.ndarray:
        """The values as a complex array, evaluated at 30 digits."""
        return np.array([[complex(sp.N(v, 30)) for v in row] for row in self.values.tolist()])


OMEGA = sp.Rational(-1, 2) + sp.sqrt(3) * sp.I / 2   # exp(2 pi i / 3)
OMEGA2 = sp.Rational(-1, 2) - sp.sqrt(3) * sp.I / 2  # exp(4 pi i / 3) = conj(OMEGA)
GOLDEN = (1 + sp.sqrt(5)) / 2                        # 1 + 2 cos(2 pi / 5)
GOLDEN_BAR = (1 - sp.sqrt(5)) / 2                    # 1 + 2 cos(4 pi / 5)


def _table(name, sizes, orders, squares, rows) -> TextbookTable:
    return TextbookTable(name, sizes, orders, sp.ImmutableMatrix(rows), squares)


# classes: 1, (12), (123)
S3 = _table("S3", [1, 3, 2], [1, 2, 3], [0, 0, 2], [
    [1, 1, 1],
    [1, -1, 1],
    [2, 0, -1],
])

# classes: 1, (12), (12)(34), (123), (1234)
S4 = _table("S4", [1, 6, 3, 8, 6], [1, 2, 2, 3, 4], [0, 0, 0, 3, 2], [
    [1, 1, 1, 1, 1],
    [1, -1, 1, 1, -1],
    [2, 0, 2, -1, 0],
    [3, 1, -1, 0, -1],
    [3, -1, -1, 0, 1],
])

# classes: 1, (12)(34), (123), (132) = (123)^2
A4 = _table("A4", [1, 3, 4, 4], [1, 2, 3, 3], [0, 0, 3, 2], [
    [1, 1, 1, 1],
    [1, 1, OMEGA, OMEGA2],
    [1, 1, OMEGA2, OMEGA],
    [3, -1, 0, 0],
])

# classes: 1, (12)(34), (123), (12345), (13524) = (12345)^2
A5 = _table("A5", [1, 15, 20, 12, 12], [1, 2, 3, 5, 5], [0, 0, 2, 4, 3], [
    [1, 1, 1, 1, 1],
    [3, -1, 0, GOLDEN, GOLDEN_BAR],
    [3, -1, 0, GOLDEN_BAR, GOLDEN],
    [4, 0, 1, -1, -1],
    [5, 1, -1, 0, 0],
])

# D4 = <a, b | a^4 = b^2 = 1, b a b = a^-1>; classes: 1, a^2, {a, a^3}, {b, a^2 b}, {ab, a^3 b}
D4 = _table("D4", [1, 1, 2, 2, 2], [1, 2, 4, 2, 2], [0, 0, 1, 0, 0], [
    [1, 1, 1, 1, 1],
    [1, 1, 1, -1, -1],
    [1, 1, -1, 1, -1],
    [1, 1, -1, -1, 1],
    [2, -2, 0, 0, 0],
])

# D5 = <a, b | a^5 = b^2 = 1, b a b = a^-1>; classes: 1, {a, a^4}, {a^2, a^3}, {b a^j}
D5 = _table("D5", [1, 2, 2, 5], [1, 5, 5, 2], [0, 2, 1, 0], [
    [1, 1, 1, 1],
    [1, 1, 1, -1],
    [2, GOLDEN - 1, GOLDEN_BAR - 1, 0],
    [2, GOLDEN_BAR - 1, GOLDEN - 1, 0],
])

# classes: 1, -1, {i, -i}, {j, -j}, {k, -k}
Q8 = _table("Q8", [1, 1, 2, 2, 2], [1, 2, 4, 4, 4], [0, 0, 1, 1, 1], [
    [1, 1, 1, 1, 1],
    [1, 1, 1, -1, -1],
    [1, 1, -1, 1, -1],
    [1, 1, -1, -1, 1],
    [2, -2, 0, 0, 0],
])

# classes: 1, -1, order 4 (six elements), g and g^2 of order 3, -g and -g^2 of order 6,
# where chi_2(g) = omega. Squares: (-g)^2 = g^2, (-g^2)^2 = g^4 = g.
SL_2_3 = _table("SL(2,3)", [1, 1, 6, 4, 4, 4, 4], [1, 2, 4, 3, 3, 6, 6], [0, 0, 1, 4, 3, 4, 3], [
    [1, 1, 1, 1, 1, 1, 1],
    [1, 1, 1, OMEGA, OMEGA2, OMEGA, OMEGA2],
    [1, 1, 1, OMEGA2, OMEGA, OMEGA2, OMEGA],
    [3, 3, -1, 0, 0, 0, 0],
    [2, -2, 0, -1, -1, 1, 1],
    [2, -2, 0, -OMEGA, -OMEGA2, OMEGA, OMEGA2],
    [2, -2, 0, -OMEGA2, -OMEGA, OMEGA2, OMEGA],
])

TEXTBOOK = {"S3": S3, "S4": S4, "A4": A4, "A5": A5, "D4": D4, "D5": D5, "Q8": Q8,
            "SL(2,3)": SL_2_3}


# ---------------------------------------------------------------------------------------
# Matching a computed table against a textbook one
# ---------------------------------------------------------------------------------------


def _rows_match(a: np.ndarray, b: np.ndarray, tol: float) -> bool:
    """Are the rows of ``a`` and ``b`` equal as multisets (entrywise within ``tol``)?"""
    unused = list(range(len(b)))
    for row in a:
        hit = next((i for i in unused if np.max(np.abs(b[i] - row), initial=0.0) <= tol), None)
        if hit is None:
            return False
        unused.remove(hit)
    return True


def tables_match(values, class_sizes, element_orders, textbook: TextbookTable,
                 square_classes=None, tol: float = 1e-9) -> bool:
    """Is the computed table ``values`` the ``textbook`` table up to reordering?

    Rows may be in any order. Computed column ``j`` may be sent to any textbook column
    with the same (class size, element order); when both tables carry a squares map, the
    assignment ``sigma`` must also commute with it: ``sigma(sq[j]) == textbook_sq[sigma(j)]``.
    Column assignments are searched by backtracking, pruned after each step by the
    squares map and by a multiset comparison of the rows restricted to the assigned
    columns; meant for small groups.
    """
    computed = np.asarray(values, dtype=complex)
    expected = textbook.numeric()
    r = len(textbook.class_sizes)
    if computed.shape != (r, r) or len(class_sizes) != r or len(element_orders) != r:
        return False
    labels = [(int(c), int(o)) for c, o in zip(class_sizes, element_orders)]
    text_labels = list(zip(textbook.class_sizes, textbook.element_orders))
    if sorted(labels) != sorted(text_labels):
        return False
    use_squares = square_classes is not None and textbook.square_classes is not None
    sq = [int(s) for s in square_classes] if use_squares else None
    sigma: dict[int, int] = {}

    def consistent() -> bool:
        if use_squares and any(sq[j] in sigma and sigma[sq[j]] != textbook.square_classes[k]
                               for j, k in sigma.items()):
            return False
        cols = list(sigma)
        return _rows_match(computed[:, cols], expected[:, [sigma[j] for j in cols]], tol)

    def extend(j: int) -> bool:
        if j == r:
            return True
        for k in range(r):
            if text_labels[k] == labels[j] and k not in sigma.values():
                sigma[j] = k
                if consistent() and extend(j + 1):
                    return True
                del sigma[j]
        return False

    return extend(0)
