"""Linear algebra over the prime field ``F_p`` with numpy integers.

Used by the Dixon–Schneider character table method. Entries are kept in
``0..p-1``; with ``p < 2^31`` a product fits in ``int64`` and every
operation reduces immediately, so no value ever overflows.

>>> A = np.array([[2, 1], [1, 2]])
>>> sorted(eigenvalues_mod(A, 7))
[1, 3]
>>> nullspace_mod((A - 3 * np.eye(2, dtype=int)) % 7, 7).tolist()
[[1], [1]]
"""

from __future__ import annotations

import flint
import numpy as np
import sympy

from symproof.errors import InvalidValueError

__all__ = [
    "column_echelon_mod",
    "eigenvalues_mod",
    "element_of_order",
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


def rref_mod(A: np.ndarray, p: int) -> tuple[np.ndarray, list[int]]:
    """Reduced row echelon form of ``A`` over ``F_p`` and its pivot columns."""
    A = np.array(A, dtype=np.int64) % p
    rows, cols = A.shape
    pivots = []
    r = 0
    for c in range(cols):
        nz: np.ndarray = np.flatnonzero(A[r:, c]) if r < rows else np.empty(0, dtype=np.intp)
        if len(nz) == 0:
            continue
        k = r + nz[0]
        A[[r, k]] = A[[k, r]]
        A[r] = A[r] * inverse_mod(A[r, c], p) % p
        others = np.flatnonzero(A[:, c])
        others = others[others != r]
        A[others] = (A[others] - np.outer(A[others, c], A[r])) % p
        pivots.append(c)
        r += 1
        if r == rows:
            break
    return A[:r], pivots


def nullspace_mod(A: np.ndarray, p: int) -> np.ndarray:
    """Basis (columns) of ``{x : A x = 0}`` over ``F_p``, normalised to the identity on the free rows."""
    A, pivots = rref_mod(A, p)
    cols = A.shape[1]
    free = [c for c in range(cols) if c not in pivots]
    basis = np.zeros((cols, len(free)), dtype=np.int64)
    for j, c in enumerate(free):
        basis[c, j] = 1
        for i, pc in enumerate(pivots):
            basis[pc, j] = (-A[i, c]) % p
    return basis


def column_echelon_mod(W: np.ndarray, p: int) -> tuple[np.ndarray, list[int]]:
    """A basis of the column space of ``W`` that is the identity on some rows, and those rows."""
    R, pivots = rref_mod(W.T, p)
    return R.T.copy(), pivots


def eigenvalues_mod(A: np.ndarray, p: int) -> list[int]:
    """The distinct roots in ``F_p`` of the characteristic polynomial of ``A``, sorted.

    The characteristic polynomial must split into linear factors over ``F_p`` (true for
    class matrices when ``p = 1 mod exp(G)``). Roots come from FLINT's ``nmod_poly``
    (it factors ``gcd(chi, x^p - x)``), so a polynomial that does not split is detected at
    once, never searched for.

    Parameters
    ----------
    A : numpy.ndarray
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
    chi = flint.nmod_mat([[int(x) % p for x in row] for row in A], p).charpoly()
    roots = chi.roots()
    if sum(multiplicity for _, multiplicity in roots) != chi.degree():
        raise InvalidValueError(f"the characteristic polynomial {chi} does not split into linear factors over F_{p}")
    return sorted(int(root) for root, _ in roots)


def element_of_order(e: int, p: int) -> int:
    """An element of multiplicative order exactly ``e`` in ``F_p`` (``e`` divides ``p - 1``)."""
    primes = sympy.primefactors(p - 1)
    g = next(a for a in range(2, p) if all(pow(a, (p - 1) // q, p) != 1 for q in primes))
    return pow(g, (p - 1) // e, p)
