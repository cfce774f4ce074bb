"""Young's orthogonal and seminormal forms of the irreducible representations of ``S_n``.

Layer: exact (SymPy ``Rational``, ``sqrt`` of rationals, ``QQ`` inside) and an explicit
numeric path (numpy ``float64``).

The irreducible representation of ``S_n`` labelled by a partition ``lambda`` of ``n``
acts on the span of the standard Young tableaux ``T`` of shape ``lambda`` (entries
``0..n-1``), listed in last-letter order (:func:`standard_tableaux`). The *content* of
the box in row ``a`` and column ``b`` is ``b - a``; ``c_T(k)`` is the content of the box
holding ``k``. For the adjacent transposition ``s_i = (i, i+1)`` the *axial distance* is

    ``r = r_T(i) = c_T(i+1) - c_T(i)``.

``|r| = 1`` exactly when ``i`` and ``i+1`` sit side by side in a row (``r = 1``) or in a
column (``r = -1``); otherwise ``T' = s_i T`` (``i`` and ``i+1`` swapped) is standard,
``r_{T'}(i) = -r`` and ``|r| >= 2``. The matrix ``M = rho(s_i)`` has ``M[T, T] = 1/r``
and, when ``T'`` is standard, one off-diagonal entry per row:

* orthogonal form: ``M[T, T'] = sqrt(1 - 1/r^2)`` (symmetric, so ``M`` is orthogonal);
* seminormal form: ``M[T, T'] = 1`` if ``r > 0`` and ``1 - 1/r^2`` if ``r < 0``.

With this sign convention ``(n)`` is the trivial and ``(1^n)`` the sign representation,
and the restriction to ``S_{n-1}`` is block diagonal (tableaux are grouped by the box of
``n-1``). The two forms are conjugate by a positive diagonal matrix ``D``:
``rho_orth(g) = D^{-1} rho_semi(g) D`` with

    ``D[T, T]^2 = prod (1 - 1/(c_T(b) - c_T(a))^2)`` over ``a < b`` with the box of ``b``
    strictly below and strictly left of the box of ``a`` (then ``c_T(b) - c_T(a) <= -2``),

see :func:`seminormal_to_orthogonal`. A permutation is a product of ``inv(g)`` adjacent
transpositions (:func:`adjacent_word`), and ``rho(g)`` is the product along that word.

Costs, with ``d`` the number of standard tableaux: building the ``n-1`` generators takes
``O(n^2 d)``. Left multiplication by ``rho(s_i)`` touches two entries per row, so
``rho(g)`` costs ``O(inv(g) d^2) <= O(n^2 d^2)`` operations (rational ones on the exact
path) instead of ``O(inv(g) d^3)`` for dense products. :func:`young_sum` does this in
place for each element of a sample and adds up: ``O(sum_k inv(g_k) d^2)`` flops and
``O(d^2)`` memory.

>>> import numpy as np
>>> [len(standard_tableaux(shape)) for shape in partitions(4)]
[1, 3, 2, 3, 1]
>>> young_matrix((2, 1), [1, 2, 0])
Matrix([
[      -1/2, sqrt(3)/2],
[-sqrt(3)/2,      -1/2]])
>>> young_character((2, 2), [1, 2, 3, 0])
0
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
from collections.abc import Sequence
from typing import Literal

import numpy as np
import sympy
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symproof.errors import InvalidArgumentError, InvalidPermutationError

__all__ = [
    "adjacent_transposition_matrices",
    "adjacent_word",
    "axial_distances",
    "murnaghan_nakayama",
    "murnaghan_nakayama_table",
    "partitions",
    "seminormal_domain_matrix",
    "seminormal_gram",
    "seminormal_to_orthogonal",
    "standard_tableaux",
    "young_character",
    "young_matrix",
    "young_sum",
]

Shape = tuple[int, ...]
Tableau = tuple[tuple[int, ...], ...]
Form = Literal["orthogonal", "seminormal"]

_FORMS = ("orthogonal", "seminormal")


# ---------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------


def _is_int(x) -> bool:
    return isinstance(x, (int, np.integer)) and not isinstance(x, (bool, np.bool_))


def _as_shape(shape) -> Shape:
    """``shape`` as a tuple of ints, or :class:`InvalidArgumentError` naming it."""
    if isinstance(shape, (str, bytes)) or not isinstance(shape, (Sequence, np.ndarray)):
        raise InvalidArgumentError(f"shape {shape!r} is not a partition: expected a sequence of positive ints")
    parts = list(shape)
    if not all(_is_int(p) for p in parts):
        raise InvalidArgumentError(f"shape {shape!r} is not a partition: parts must be ints")
    if any(p <= 0 for p in parts):
        raise InvalidArgumentError(f"shape {shape!r} is not a partition: parts must be positive")
    if any(a < b for a, b in itertools.pairwise(parts)):
        raise InvalidArgumentError(f"shape {shape!r} is not a partition: parts must be non-increasing")
    return tuple(int(p) for p in parts)


def _as_perm(perm, n: int) -> list[int]:
    """``perm`` as a list of images of ``0..n-1``."""
    if isinstance(perm, (str, bytes)) or not isinstance(perm, (Sequence, np.ndarray)):
        raise InvalidArgumentError(f"perm {perm!r} is not a sequence of images")
    row = perm.tolist() if isinstance(perm, np.ndarray) else list(perm)
    if len(row) != n:
        raise InvalidArgumentError(f"perm {row} has length {len(row)}, expected {n} (the size of the shape)")
    if not all(_is_int(x) for x in row) or sorted(row) != list(range(n)):
        raise InvalidPermutationError(f"perm {row} is not a permutation of 0..{n - 1}")
    return [int(x) for x in row]


def _as_perm_array(perms, n: int) -> np.ndarray:
    try:
        arr = np.asarray(perms)
    except ValueError as err:  # ragged rows
        raise InvalidArgumentError(f"perms {perms!r} is not an (m, {n}) integer array: {err}") from None
    if arr.ndim != 2 or arr.shape[1] != n or (arr.size and arr.dtype.kind not in "iu"):
        raise InvalidArgumentError(
            f"perms of shape {arr.shape} and dtype {arr.dtype}: expected an (m, {n}) integer array")
    arr = arr.astype(np.int64)
    bad = np.flatnonzero((np.sort(arr, axis=1) != np.arange(n)).any(axis=1))
    if bad.size:
        k = int(bad[0])
        raise InvalidPermutationError(f"perms[{k}] = {arr[k].tolist()} is not a permutation of 0..{n - 1}")
    return arr


def _as_weights(weights, m: int) -> np.ndarray:
    w = np.asarray(weights)
    if w.shape != (m,) or w.dtype.kind not in "iuf":
        raise InvalidArgumentError(f"weights of shape {w.shape} and dtype {w.dtype}: expected {m} real numbers")
    w = w.astype(np.float64)
    if not np.isfinite(w).all():
        raise InvalidArgumentError(f"weights {w.tolist()} are not all finite")
    return w


def _check_form(form) -> None:
    if form not in _FORMS:
        raise InvalidArgumentError(f"form {form!r} is not one of {_FORMS}")


def _check_bool(value, name: str) -> None:
    if not isinstance(value, bool):
        raise InvalidArgumentError(f"{name} must be True or False, got {value!r}")


# ---------------------------------------------------------------------------------------
# Partitions and tableaux
# ---------------------------------------------------------------------------------------


def partitions(n: int) -> list[Shape]:
    """All partitions of ``n`` in reverse lexicographic order.

    Parameters
    ----------
    n : int
        A non-negative integer.

    Returns
    -------
    list of tuple of int
        ``(n), (n-1, 1), ..., (1, ..., 1)``; ``[()]`` for ``n = 0``.

    Raises
    ------
    InvalidArgumentError
        If ``n`` is not a non-negative int.

    Examples
    --------
    >>> partitions(4)
    [(4,), (3, 1), (2, 2), (2, 1, 1), (1, 1, 1, 1)]
    """
    if not _is_int(n) or n < 0:
        raise InvalidArgumentError(f"n must be a non-negative int, got {n!r}")
    return list(_partitions(int(n), int(n)))


@functools.cache
def _partitions(n: int, largest: int) -> tuple[Shape, ...]:
    if n == 0:
        return ((),)
    return tuple((k, *rest) for k in range(min(n, largest), 0, -1) for rest in _partitions(n - k, k))


def standard_tableaux(shape: Sequence[int]) -> list[Tableau]:
    """The standard Young tableaux of a shape, in last-letter order.

    A standard tableau fills the boxes with ``0..n-1``, increasing along rows and down
    columns. ``T`` precedes ``U`` when the largest entry lying in different rows of ``T``
    and ``U`` is in a lower row of ``T``; so the row-reading tableau comes first, and
    tableaux with ``n-1`` in the same box are consecutive.

    Parameters
    ----------
    shape : sequence of int
        A partition (positive, non-increasing parts).

    Returns
    -------
    list of tuple of tuple of int
        Each tableau as its tuple of rows.

    Raises
    ------
    InvalidArgumentError
        If ``shape`` is not a partition.

    Examples
    --------
    >>> standard_tableaux((2, 1))
    [((0, 1), (2,)), ((0, 2), (1,))]
    """
    return list(_tableaux(_as_shape(shape)))


@functools.cache
def _tableaux(shape: Shape) -> tuple[Tableau, ...]:
    if not shape:
        return ((),)
    n = sum(shape)
    out = []
    for j in reversed(range(len(shape))):  # corners from the bottom row up
        if j + 1 < len(shape) and shape[j + 1] == shape[j]:
            continue
        smaller = tuple(p for p in (*shape[:j], shape[j] - 1, *shape[j + 1:]) if p)
        for T in _tableaux(smaller):
            rows = list(T) + [()] * (len(shape) - len(T))
            rows[j] = rows[j] + (n - 1,)
            out.append(tuple(rows))
    return tuple(out)


@functools.cache
def _layout(shape: Shape) -> tuple[np.ndarray, np.ndarray, dict[bytes, int]]:
    """Row and column of each entry ``k`` in each tableau ``t`` (arrays ``(d, n)``), and
    the index of each tableau by its row word (the row of ``0, 1, ..., n-1``)."""
    tableaux = _tableaux(shape)
    n = sum(shape)
    rows = np.zeros((len(tableaux), n), dtype=np.int64)
    cols = np.zeros_like(rows)
    for t, T in enumerate(tableaux):
        for a, row in enumerate(T):
            for b, k in enumerate(row):
                rows[t, k], cols[t, k] = a, b
    index = {rows[t].tobytes(): t for t in range(len(tableaux))}
    rows.setflags(write=False)
    cols.setflags(write=False)
    return rows, cols, index


@functools.cache
def _partners(shape: Shape) -> np.ndarray:
    """``partners[i, t]`` is the index of ``s_i T_t`` if it is standard, else ``t``."""
    rows, _, index = _layout(shape)
    d, n = rows.shape
    out = np.empty((max(n - 1, 0), d), dtype=np.intp)
    for i in range(n - 1):
        swapped = rows.copy()
        swapped[:, [i, i + 1]] = rows[:, [i + 1, i]]
        out[i] = [index.get(word.tobytes(), t) for t, word in enumerate(swapped)]
    out.setflags(write=False)
    return out


def _axial(shape: Shape, i: int) -> np.ndarray:
    rows, cols, _ = _layout(shape)
    contents = cols - rows
    return contents[:, i + 1] - contents[:, i]


def axial_distances(shape: Sequence[int], i: int) -> np.ndarray:
    """Axial distances ``r_T(i) = c_T(i+1) - c_T(i)`` for every standard tableau ``T``.

    ``c_T(k)`` is the content (column minus row) of the box holding ``k``; ``r = 1``
    when ``i+1`` is right of ``i`` in a row, ``r = -1`` when it is below it in a column.

    Parameters
    ----------
    shape : sequence of int
        A partition of ``n``.
    i : int
        The adjacent transposition ``s_i``, ``0 <= i <= n-2``.

    Returns
    -------
    numpy.ndarray
        Integers, one per tableau in the order of :func:`standard_tableaux`.

    Raises
    ------
    InvalidArgumentError
        If ``shape`` is not a partition or ``i`` is out of range.

    Examples
    --------
    >>> axial_distances((2, 1), 1).tolist()
    [-2, 2]
    """
    shape = _as_shape(shape)
    if not _is_int(i) or not 0 <= i <= sum(shape) - 2:
        raise InvalidArgumentError(f"i = {i!r} is not an adjacent transposition of S_{sum(shape)} (0..{sum(shape) - 2})")
    return _axial(shape, int(i)).copy()


# ---------------------------------------------------------------------------------------
# Generators
# ---------------------------------------------------------------------------------------


def _exact_off(r: int, form: str):
    """``M[T, T']`` for a tableau with axial distance ``r`` (``|r| >= 2``), exactly."""
    q = sympy.Rational(r * r - 1, r * r)
    if form == "orthogonal":
        return sympy.sqrt(q)
    return sympy.Integer(1) if r > 0 else q


def _exact_generator(shape: Shape, i: int, form: str) -> sympy.Matrix:
    r = _axial(shape, i)
    partner = _partners(shape)[i]
    M = sympy.zeros(len(r), len(r))
    for t, (rt, p) in enumerate(zip(r.tolist(), partner.tolist())):
        M[t, t] = sympy.Rational(1, rt)
        if p != t:
            M[t, p] = _exact_off(rt, form)
    return M


@functools.cache
def _float_table(shape: Shape, i: int, form: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(diagonal, partner, off)`` with ``(rho(s_i) X)[t] = diagonal[t] X[t] + off[t] X[partner[t]]``."""
    r = _axial(shape, i).astype(np.float64)
    partner = _partners(shape)[i]
    paired = partner != np.arange(len(r))
    if form == "orthogonal":
        off = np.sqrt(1.0 - 1.0 / r**2)
    else:
        off = np.where(r > 0, 1.0, 1.0 - 1.0 / r**2)
    off = np.where(paired, off, 0.0)
    diagonal = 1.0 / r
    for a in (diagonal, off):
        a.setflags(write=False)
    return diagonal, partner, off


@functools.cache
def _seminormal_table(shape: Shape, i: int) -> tuple[tuple, tuple[int, ...], tuple]:
    """The seminormal ``_float_table`` in ``QQ``."""
    r = _axial(shape, i).tolist()
    partner = tuple(_partners(shape)[i].tolist())
    diagonal = tuple(QQ(1, rt) for rt in r)
    off = tuple(QQ(0) if p == t else (QQ(1) if rt > 0 else QQ(rt * rt - 1, rt * rt))
                for t, (rt, p) in enumerate(zip(r, partner)))
    return diagonal, partner, off


def adjacent_transposition_matrices(shape: Sequence[int], form: Form = "orthogonal",
                                    exact: bool = True) -> list:
    """The matrices ``rho(s_0), ..., rho(s_{n-2})`` of Young's orthogonal or seminormal form.

    ``rho(s_i)[T, T] = 1/r`` with ``r`` the axial distance; if ``T' = s_i T`` is standard,
    ``rho(s_i)[T, T']`` is ``sqrt(1 - 1/r^2)`` (orthogonal) or ``1`` for ``r > 0`` and
    ``1 - 1/r^2`` for ``r < 0`` (seminormal).

    Parameters
    ----------
    shape : sequence of int
        A partition of ``n``.
    form : {"orthogonal", "seminormal"}
    exact : bool
        SymPy matrices (rationals and square roots of rationals) if true, else ``float64``
        numpy arrays.

    Returns
    -------
    list
        ``n - 1`` square matrices of size ``len(standard_tableaux(shape))``.

    Raises
    ------
    InvalidArgumentError
        If ``shape`` is not a partition or ``form`` or ``exact`` is invalid.

    Examples
    --------
    >>> adjacent_transposition_matrices((2, 1))[1]
    Matrix([
    [     -1/2, sqrt(3)/2],
    [sqrt(3)/2,       1/2]])
    >>> adjacent_transposition_matrices((2, 1), "seminormal")[1]
    Matrix([
    [-1/2, 3/4],
    [   1, 1/2]])
    """
    shape = _as_shape(shape)
    _check_form(form)
    _check_bool(exact, "exact")
    n = sum(shape)
    if exact:
        return [_exact_generator(shape, i, form) for i in range(n - 1)]
    return [_dense(*_float_table(shape, i, form)) for i in range(n - 1)]


def _dense(diagonal: np.ndarray, partner: np.ndarray, off: np.ndarray) -> np.ndarray:
    M = np.diag(diagonal)
    M[np.arange(len(diagonal)), partner] += off
    return M


# ---------------------------------------------------------------------------------------
# Words and products
# ---------------------------------------------------------------------------------------


def _bubble_steps(perms: np.ndarray) -> list[tuple[int, np.ndarray]]:
    """Bubble sort all rows at once: the steps ``(i, mask)`` in order, ``mask`` marking the
    rows in which positions ``i, i+1`` were swapped (``p <- p * s_i``)."""
    p = perms.copy()
    n = p.shape[1]
    steps = []
    for sweep in range(n - 1):
        for i in range(n - 1 - sweep):
            mask = p[:, i] > p[:, i + 1]
            if mask.any():
                columns, swapped = np.array([i, i + 1]), np.array([i + 1, i])
                p[np.ix_(mask, columns)] = p[np.ix_(mask, swapped)]
                steps.append((i, mask))
    return steps


def _words(perms: np.ndarray) -> list[list[int]]:
    """:func:`adjacent_word` of every row of an ``(m, n)`` array."""
    steps = _bubble_steps(perms)
    if not steps:
        return [[] for _ in range(len(perms))]
    indices = np.array([i for i, _ in steps])
    masks = np.array([mask for _, mask in steps])  # (number of steps, m)
    return [indices[masks[:, k]][::-1].tolist() for k in range(len(perms))]


def adjacent_word(perm: Sequence[int]) -> list[int]:
    """A reduced word of a permutation: ``perm = s_{i_1} * s_{i_2} * ... * s_{i_k}``.

    The product applies the right factor first; ``k`` is the number of inversions of
    ``perm``, the least possible.

    Parameters
    ----------
    perm : sequence of int
        Images of ``0..n-1``.

    Returns
    -------
    list of int
        The indices ``i_1, ..., i_k``.

    Raises
    ------
    InvalidArgumentError
        If ``perm`` is not a sequence.
    InvalidPermutationError
        If ``perm`` is not a permutation of ``0..n-1``.

    Notes
    -----
    Bubble sort of the image list: a swap at a descent ``i`` is ``p <- p * s_i`` and
    removes one inversion, so the swaps read backwards form the word; ``O(n^2)``.

    Examples
    --------
    >>> adjacent_word([1, 2, 0])
    [0, 1]
    """
    row = _as_perm(perm, len(perm) if isinstance(perm, (Sequence, np.ndarray)) else -1)
    return _words(np.array([row], dtype=np.int64).reshape(1, len(row)))[0]


@functools.cache
def _pair_table(shape: Shape, i: int, form: str) -> tuple[np.ndarray, ...]:
    """``_float_table`` split into the pairs ``(P, Q = s_i P)`` with their coefficients,
    and the unpaired rows with ``r = -1`` (unpaired rows with ``r = 1`` are fixed)."""
    diagonal, partner, off = _float_table(shape, i, form)
    t = np.arange(len(partner))
    P = t[partner > t]
    Q = partner[P]
    negated = t[(partner == t) & (diagonal < 0)]
    return P, Q, diagonal[P, None], off[P, None], diagonal[Q, None], off[Q, None], negated


def _act(X: np.ndarray, table: tuple[np.ndarray, ...]) -> np.ndarray:
    """``X <- rho(s_i) @ X`` in place, by operations on pairs of rows; ``O(d^2)``."""
    P, Q, aP, bP, aQ, bQ, negated = table
    XP, XQ = X[P], X[Q]
    X[P] = aP * XP + bP * XQ
    X[Q] = aQ * XQ + bQ * XP
    X[negated] *= -1
    return X


def _product(word: list[int], tables: list, X: np.ndarray) -> np.ndarray:
    """``X <- rho(s_{i_1}) ... rho(s_{i_k}) @ X`` in place, rightmost factor first."""
    for i in reversed(word):
        _act(X, tables[i])
    return X


def _act_exact(X: list, diagonal: tuple, partner: tuple, off: tuple) -> list:
    """``rho(s_i) @ X`` for a list of rows in ``QQ``."""
    return [[a * x + b * y for x, y in zip(X[t], X[p])] if b else [a * x for x in X[t]]
            for t, (a, p, b) in enumerate(zip(diagonal, partner, off))]


def _seminormal_exact(shape: Shape, word: list[int]) -> list:
    d = len(_tableaux(shape))
    X = [[QQ(int(t == u)) for u in range(d)] for t in range(d)]
    for i in reversed(word):
        X = _act_exact(X, *_seminormal_table(shape, i))
    return X


def young_matrix(shape: Sequence[int], perm: Sequence[int], form: Form = "orthogonal",
                 exact: bool = True):
    """``rho(perm)`` in Young's orthogonal or seminormal form.

    ``rho(perm) = rho(s_{i_1}) ... rho(s_{i_k})`` along :func:`adjacent_word`; ``rho`` is a
    homomorphism, ``rho(g*h) = rho(g) @ rho(h)``.

    Parameters
    ----------
    shape : sequence of int
        A partition of ``n``.
    perm : sequence of int
        Images of ``0..n-1``.
    form : {"orthogonal", "seminormal"}
    exact : bool
        A SymPy matrix if true, else a ``float64`` numpy array.

    Returns
    -------
    sympy.Matrix or numpy.ndarray

    Raises
    ------
    InvalidArgumentError
        If ``shape`` is not a partition, ``perm`` has the wrong length, or ``form`` or
        ``exact`` is invalid.
    InvalidPermutationError
        If ``perm`` is not a permutation.

    Notes
    -----
    Row operations, ``O(inv(perm) d^2)``. The exact path multiplies in the seminormal
    form over ``QQ`` and conjugates by ``D`` (:func:`seminormal_to_orthogonal`), so every
    orthogonal entry is a rational times the square root of a rational.

    Examples
    --------
    >>> young_matrix((2, 1), [0, 2, 1], form="seminormal")
    Matrix([
    [-1/2, 3/4],
    [   1, 1/2]])
    >>> float(young_matrix((3, 1), [1, 2, 3, 0], exact=False).trace())
    -1.0
    """
    shape = _as_shape(shape)
    row = _as_perm(perm, sum(shape))
    _check_form(form)
    _check_bool(exact, "exact")
    word = adjacent_word(row)
    if not exact:
        tables = [_pair_table(shape, i, form) for i in range(sum(shape) - 1)]
        return _product(word, tables, np.eye(len(_tableaux(shape))))
    S = _seminormal_exact(shape, word)
    if form == "seminormal":
        return sympy.Matrix([[QQ.to_sympy(x) for x in r] for r in S])
    d2 = _norms_squared(shape)
    return sympy.Matrix([[QQ.to_sympy(x) * sympy.sqrt(QQ.to_sympy(d2[u] / d2[t])) if x else sympy.Integer(0)
                          for u, x in enumerate(r)] for t, r in enumerate(S)])


def seminormal_domain_matrix(shape: Sequence[int], perm: Sequence[int]) -> DomainMatrix:
    """``rho(perm)`` in Young's seminormal form as a ``DomainMatrix`` over ``QQ`` (exact, rational).

    >>> seminormal_domain_matrix((2, 1), [1, 0, 2]).to_Matrix()
    Matrix([
    [1,  0],
    [0, -1]])
    """
    shape = _as_shape(shape)
    S = _seminormal_exact(shape, adjacent_word(_as_perm(perm, sum(shape))))
    return DomainMatrix(S, (len(S), len(S)), QQ)


def seminormal_gram(shape: Sequence[int]) -> DomainMatrix:
    """The Gram matrix ``D^{-2}`` (diagonal, rational) of an inner product for which the seminormal form is orthogonal.

    >>> seminormal_gram((2, 1)).to_Matrix()
    Matrix([
    [4/3, 0],
    [  0, 1]])
    """
    d2 = _norms_squared(_as_shape(shape))
    return DomainMatrix.diag([1 / x for x in d2], QQ)


def young_character(shape: Sequence[int], perm: Sequence[int]) -> int:
    """The irreducible character ``chi_shape(perm) = tr rho(perm)``, exactly.

    Parameters
    ----------
    shape : sequence of int
        A partition of ``n``.
    perm : sequence of int
        Images of ``0..n-1``.

    Returns
    -------
    int

    Raises
    ------
    InvalidArgumentError
        If ``shape`` is not a partition or ``perm`` has the wrong length.
    InvalidPermutationError
        If ``perm`` is not a permutation.

    Notes
    -----
    The trace of the seminormal form over ``QQ``: ``O(inv(perm) d^2)`` rational operations.

    Examples
    --------
    >>> young_character((3, 1), [1, 0, 2, 3]), young_character((2, 1, 1), [1, 0, 2, 3])
    (1, -1)
    """
    shape = _as_shape(shape)
    S = _seminormal_exact(shape, adjacent_word(_as_perm(perm, sum(shape))))
    trace = sum((S[t][t] for t in range(len(S))), QQ(0))
    return int(QQ.to_sympy(trace))


def murnaghan_nakayama(shape: Sequence[int], cycle_type: Sequence[int]) -> int:
    """``chi_shape`` (the character of Young's form for ``shape``) at a permutation of the given cycle type.

    Parameters
    ----------
    shape : sequence of int
        A partition of ``n``.
    cycle_type : sequence of int
        The cycle lengths of the permutation (any order), summing to ``n``.

    Returns
    -------
    int

    Raises
    ------
    InvalidArgumentError
        If ``shape`` is not a partition or ``cycle_type`` not one of the same ``n``.

    Notes
    -----
    The Murnaghan-Nakayama rule on beta-numbers ``b_i = shape_i + (l - i)``: removing a rim
    hook of length ``r`` moves one ``b`` to ``b - r`` (a free place), with the sign
    ``(-1)^(number of b' strictly between)``. Integer arithmetic only, memoised on
    (beta-set, remaining cycle lengths), so a whole table of ``S_n`` shares its subproblems.

    Examples
    --------
    >>> murnaghan_nakayama((3, 1, 1), (5,)), murnaghan_nakayama((2, 2), (2, 2)), murnaghan_nakayama((3, 2), (1,) * 5)
    (1, 2, 5)
    """
    shape = _as_shape(shape)
    if isinstance(cycle_type, (str, bytes)) or not isinstance(cycle_type, (Sequence, np.ndarray)):
        raise InvalidArgumentError(f"cycle type {cycle_type!r} is not a sequence of positive ints")
    parts = _as_shape(sorted(cycle_type, key=lambda p: -p if _is_int(p) else 0))
    if sum(parts) != sum(shape):
        raise InvalidArgumentError(f"cycle type {tuple(cycle_type)!r} is not a partition of {sum(shape)} "
                                   f"(the size of shape {shape!r})")
    return _mn(_beta(shape), parts)


def _beta(shape: Shape) -> tuple[int, ...]:
    """The beta-set ``{shape_i + l - 1 - i}``, increasing, without its initial run ``0, 1, ..., k-1`` (canonical)."""
    return _strip(tuple(sorted(part + len(shape) - 1 - k for k, part in enumerate(shape))))


def _strip(beta: tuple[int, ...]) -> tuple[int, ...]:
    k = 0
    while k < len(beta) and beta[k] == k:
        k += 1
    return tuple(b - k for b in beta[k:]) if k else beta


@functools.cache
def _mn(beta: tuple[int, ...], parts: tuple[int, ...]) -> int:
    if not parts or parts[0] == 1:  # only fixed points left: the number of standard tableaux
        return _tableaux_count(beta)
    r, rest = parts[0], parts[1:]
    present = set(beta)
    total = 0
    for i, b in enumerate(beta):
        t = b - r
        if t >= 0 and t not in present:
            j = bisect.bisect_left(beta, t)  # beta[j:i] lie strictly between t and b
            moved = (*beta[:j], t, *beta[j:i], *beta[i + 1:])
            total += (-1 if (i - j) % 2 else 1) * _mn(_strip(moved), rest)
    return total


def _tableaux_count(beta: tuple[int, ...]) -> int:
    """``f^lambda = m! prod_{i<j} (b_j - b_i) / prod_i b_i!`` from a beta-set of ``lambda``, ``|lambda| = m``."""
    m = sum(beta) - len(beta) * (len(beta) - 1) // 2
    numerator = math.factorial(m) * math.prod(bj - bi for bi, bj in itertools.combinations(beta, 2))
    return numerator // math.prod(math.factorial(b) for b in beta)


@functools.cache
def murnaghan_nakayama_table(n: int) -> tuple[tuple[Shape, ...], tuple[Shape, ...], tuple[tuple[int, ...], ...]]:
    """``(shapes, cycle_types, table)``: ``table[i][j] = chi_{shapes[i]}`` at cycle type ``cycle_types[j]``.

    Both lists are :func:`partitions` ``(n)``; the whole table shares the memo of
    :func:`murnaghan_nakayama` (no argument checks per entry).

    >>> shapes, types, table = murnaghan_nakayama_table(3)
    >>> shapes, table
    (((3,), (2, 1), (1, 1, 1)), ((1, 1, 1), (-1, 0, 2), (1, -1, 1)))
    """
    shapes = tuple(partitions(n))
    betas = [_beta(shape) for shape in shapes]
    return shapes, shapes, tuple(tuple(_mn(beta, mu) for mu in shapes) for beta in betas)


def young_sum(shape: Sequence[int], perms, weights, form: Form = "orthogonal") -> np.ndarray:
    """The float matrix ``sum_k weights[k] rho(perms[k])`` (numeric path).

    Parameters
    ----------
    shape : sequence of int
        A partition of ``n``.
    perms : array_like of int, shape (m, n)
        One permutation (images of ``0..n-1``) per row.
    weights : array_like of float, shape (m,)
    form : {"orthogonal", "seminormal"}

    Returns
    -------
    numpy.ndarray
        ``float64``, ``d x d``.

    Raises
    ------
    InvalidArgumentError
        If ``shape`` is not a partition, ``perms`` is not an ``(m, n)`` integer array,
        ``weights`` are not ``m`` finite reals, or ``form`` is invalid.
    InvalidPermutationError
        If a row of ``perms`` is not a permutation.

    Notes
    -----
    The words of all rows come from one vectorised bubble sort. Each element starts as
    ``weights[k] I`` and is multiplied on the left by ``rho(s_i)`` along its word, in
    place: row ``T`` and its partner ``s_i T`` are recombined, rows with ``r = -1`` negated,
    rows with ``r = 1`` left alone. Cost ``O(sum_k inv(perms[k]) d^2)`` flops and
    ``O(d^2)`` memory; one ``d x d`` matrix is live at a time, so it stays in cache.

    Examples
    --------
    >>> perms = [[0, 1, 2], [1, 2, 0], [2, 0, 1], [1, 0, 2], [2, 1, 0], [0, 2, 1]]
    >>> bool(np.allclose(young_sum((2, 1), perms, np.ones(6) / 6), 0))
    True
    >>> young_sum((1, 1, 1), perms, np.arange(6)).tolist()
    [[-9.0]]
    """
    shape = _as_shape(shape)
    n = sum(shape)
    perms = _as_perm_array(perms, n)
    w = _as_weights(weights, len(perms))
    _check_form(form)
    d = len(_tableaux(shape))
    tables = [_pair_table(shape, i, form) for i in range(n - 1)]
    total = np.zeros((d, d))
    for word, weight in zip(_words(perms), w.tolist()):
        total += _product(word, tables, weight * np.eye(d))
    return total


# ---------------------------------------------------------------------------------------
# Change of basis
# ---------------------------------------------------------------------------------------


@functools.cache
def _norms_squared(shape: Shape) -> tuple:
    """``D[T, T]^2`` in ``QQ`` for every tableau (see the module docstring)."""
    rows, cols, _ = _layout(shape)
    contents = cols - rows
    out = []
    for t in range(len(rows)):
        below_left = (rows[t][None, :] > rows[t][:, None]) & (cols[t][None, :] < cols[t][:, None])
        a, b = np.nonzero(np.triu(below_left, 1))  # a < b, box of b below-left of box of a
        value = QQ(1)
        for diff in (contents[t, b] - contents[t, a]).tolist():
            value *= QQ(diff * diff - 1, diff * diff)
        out.append(value)
    return tuple(out)


def seminormal_to_orthogonal(shape: Sequence[int], *, squared: bool = False) -> sympy.Matrix:
    """The positive diagonal ``D`` with ``rho_orth(g) = D^{-1} rho_semi(g) D`` for all ``g``.

    ``D[T, T]^2 = prod (1 - 1/(c_T(b) - c_T(a))^2)`` over ``a < b`` with ``b`` strictly below
    and strictly left of ``a`` in ``T``. Equivalently the seminormal form is orthogonal for
    the inner product with Gram matrix ``D^{-2}``, which has rational entries.

    Parameters
    ----------
    shape : sequence of int
        A partition.
    squared : bool
        Return ``D^2`` (rational entries) instead of ``D`` (square roots of rationals).

    Returns
    -------
    sympy.Matrix
        Diagonal, in the order of :func:`standard_tableaux`.

    Raises
    ------
    InvalidArgumentError
        If ``shape`` is not a partition.

    Notes
    -----
    ``O(d n^2)``: one pass over the pairs of entries of every tableau. The formula holds
    because swapping ``i, i+1`` changes the set of such pairs only by ``{i, i+1}``.

    Examples
    --------
    >>> seminormal_to_orthogonal((2, 1))
    Matrix([
    [sqrt(3)/2, 0],
    [        0, 1]])
    >>> seminormal_to_orthogonal((2, 1), squared=True).diagonal()
    Matrix([[3/4, 1]])
    """
    shape = _as_shape(shape)
    _check_bool(squared, "squared")
    d2 = [QQ.to_sympy(x) for x in _norms_squared(shape)]
    return sympy.diag(*(d2 if squared else [sympy.sqrt(x) for x in d2]))
