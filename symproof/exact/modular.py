"""Linear algebra over the prime field ``F_p`` (python-flint ``nmod_mat``).

Used by the Dixon–Schneider character table method. Matrices come in as numpy integer
arrays or ``nmod_mat``; row reduction, nullspaces and characteristic polynomials run in
FLINT, and numpy arrays (entries ``0..p-1``) come back where the caller wants them.

>>> A = np.array([[2, 1], [1, 2]])
>>> sorted(eigenvalues_mod(A, 7))
[1, 3]
>>> nullspace_mod((A - 3 * np.eye(2, dtype=int)) % 7, 7).tolist()
[[1], [1]]
>>> [(lam, W.ncols()) for lam, W in eigenspaces_mod(as_nmod_mat(A, 7))]
[(1, 1), (3, 1)]
"""

from __future__ import annotations

from typing import Any

import flint
import numpy as np
import sympy

from symproof.errors import InvalidValueError

__all__ = [
    "as_nmod_mat",
    "column_echelon_mod",
    "eigenspaces_mod",
    "eigenvalues_mod",
    "element_of_order",
    "from_nmod_mat",
    "inverse_mod",
    "nullspace_mod",
    "prime_one_mod",
    "rref_mod",
]

MAX_PRIME = 1 << 31


def prime_one_mod(e: int, least: int) -> int:
    """The least prime ``p = 1 (mod e)`` with ``p > least``."""
    k = max(1, least // e + 1)
    while not sympy.isprime(k * e + 1):
        k += 1
    p = k * e + 1
    if p >= MAX_PRIME:
        raise OverflowError(f"prime {p} is too large for int64 arithmetic mod p")
    return p


def inverse_mod(a: int, p: int) -> int:
    """``a^{-1} mod p``."""
    return pow(int(a) % p, -1, p)


def as_nmod_mat(A: Any, p: int) -> flint.nmod_mat:
    """``A`` (a numpy integer array or nested lists) as a FLINT matrix over ``F_p``."""
    return flint.nmod_mat((np.asarray(A, dtype=np.int64) % p).tolist(), p)


def from_nmod_mat(M: flint.nmod_mat) -> np.ndarray:
    """The entries ``0..p-1`` of ``M`` as a numpy ``int64`` array."""
    return np.array([int(x) for x in M.entries()], dtype=np.int64).reshape(M.nrows(), M.ncols())


def _rref(M: flint.nmod_mat) -> tuple[np.ndarray, list[int]]:
    reduced, rank = M.rref()
    R = from_nmod_mat(reduced)[:rank]
    return R, [int(np.flatnonzero(row)[0]) for row in R]


def rref_mod(A: np.ndarray, p: int) -> tuple[np.ndarray, list[int]]:
    """Reduced row echelon form of ``A`` over ``F_p`` (non-zero rows) and its pivot columns."""
    return _rref(as_nmod_mat(A, p))


def _nullspace(M: flint.nmod_mat) -> np.ndarray:
    """Basis (columns) of ``{x : M x = 0}``, the identity on the free rows."""
    R, pivots = _rref(M)
    p, cols = M.modulus(), M.ncols()
    free = [c for c in range(cols) if c not in set(pivots)]
    basis = np.zeros((cols, len(free)), dtype=np.int64)
    basis[free, np.arange(len(free))] = 1
    if pivots:
        basis[pivots] = (-R[:, free]) % p
    return basis


def nullspace_mod(A: np.ndarray, p: int) -> np.ndarray:
    """Basis (columns) of ``{x : A x = 0}`` over ``F_p``, normalised to the identity on the free rows."""
    return _nullspace(as_nmod_mat(A, p))


def column_echelon_mod(W: np.ndarray, p: int) -> tuple[np.ndarray, list[int]]:
    """A basis of the column space of ``W`` that is the identity on some rows, and those rows."""
    R, pivots = rref_mod(np.asarray(W).T, p)
    return R.T.copy(), pivots


def eigenvalues_mod(A: np.ndarray | flint.nmod_mat, p: int) -> list[int]:
    """The distinct roots in ``F_p`` of the characteristic polynomial of ``A``, sorted.

    The characteristic polynomial must split into linear factors over ``F_p`` (true for
    class matrices when ``p = 1 mod exp(G)``). Roots come from FLINT's ``nmod_poly``
    (it factors ``gcd(chi, x^p - x)``), so a polynomial that does not split is detected at
    once, never searched for.

    Parameters
    ----------
    A : numpy.ndarray or flint.nmod_mat
        A square integer matrix, read modulo ``p``.
    p : int
        A prime below ``2^31``.

    Returns
    -------
    list of int
        The distinct eigenvalues of ``A`` over ``F_p`` in ``0..p-1``, increasing.

    Raises
    ------
    InvalidValueError
        If the characteristic polynomial does not split into linear factors over ``F_p``.

    Examples
    --------
    >>> eigenvalues_mod(np.array([[0, 1], [1, 0]]), 5)
    [1, 4]
    >>> eigenvalues_mod(np.array([[0, 6], [1, 0]]), 7)
    Traceback (most recent call last):
    ...
    symproof.errors.InvalidValueError: the characteristic polynomial x^2 + 1 does not split into linear factors over F_7
    """
    M = A if isinstance(A, flint.nmod_mat) else as_nmod_mat(A, p)
    chi = M.charpoly()
    roots = chi.roots()
    if sum(multiplicity for _, multiplicity in roots) != chi.degree():
        raise InvalidValueError(f"the characteristic polynomial {chi} does not split into linear factors over F_{p}")
    return sorted(int(root) for root, _ in roots)


def eigenspaces_mod(A: flint.nmod_mat) -> list[tuple[int, flint.nmod_mat]]:
    """``(lambda, basis of ker(A - lambda))`` for each eigenvalue of the square ``A`` over ``F_p``, increasing.

    The characteristic polynomial must split (:func:`eigenvalues_mod`); bases are columns.
    """
    p, n = A.modulus(), A.nrows()
    eye = flint.nmod_mat([[int(i == j) for j in range(n)] for i in range(n)], p)
    return [(lam, flint.nmod_mat(_nullspace(A - lam * eye).tolist(), p)) for lam in eigenvalues_mod(A, p)]


def element_of_order(e: int, p: int) -> int:
    """An element of multiplicative order exactly ``e`` in ``F_p`` (``e`` divides ``p - 1``)."""
    primes = sympy.primefactors(p - 1)
    g = next(a for a in range(2, p) if all(pow(a, (p - 1) // q, p) != 1 for q in primes))
    return pow(g, (p - 1) // e, p)
