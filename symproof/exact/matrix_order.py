"""The order of an exact matrix, decided from its minimal polynomial over ``Q``.

A matrix ``M`` has finite order dividing ``m`` exactly when its minimal polynomial divides
``x^m - 1 = prod_{k | m} Phi_k`` (cyclotomic polynomials, each once). So ``M`` has finite
order if and only if its minimal polynomial over ``Q`` is a product of *distinct* cyclotomic
polynomials ``Phi_{k_1} ... Phi_{k_r}``, and then its order is ``lcm(k_1, ..., k_r)``: an
eigenvalue that is not a root of unity, or a repeated factor (``M`` not diagonalisable, as
``[[1, 1], [0, 1]]``), means infinite order. Over a number field ``K`` of degree ``n`` the test
is applied to the rational ``dn x dn`` matrix ``R(M)`` of restriction of scalars
(:func:`~symproof.exact.scalars.restriction_of_scalars`), a faithful ring homomorphism, so
``R(M)^m = I`` if and only if ``M^m = I``.

For groups: every finite subgroup of ``GL_n(Q)`` has order dividing Minkowski's bound
:func:`minkowski_bound` ``(n)``, and ``GL_d(K)`` embeds in ``GL_dn(Q)`` through ``R``.

>>> from sympy.polys.domains import QQ
>>> from sympy.polys.matrices import DomainMatrix
>>> matrix_order(DomainMatrix([[QQ(0), QQ(-1)], [QQ(1), QQ(-1)]], (2, 2), QQ))
3
>>> matrix_order(DomainMatrix([[QQ(3, 5), QQ(-4, 5)], [QQ(4, 5), QQ(3, 5)]], (2, 2), QQ), name="A")
Traceback (most recent call last):
...
symproof.errors.InvalidMatrixError: A has infinite order: its minimal polynomial x^2 + (-6/5)*x + 1 is not a product of cyclotomic polynomials (some eigenvalue is not a root of unity)
"""

from __future__ import annotations

from math import lcm
from typing import Any

import sympy
from flint import fmpq_poly
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symproof.errors import InvalidMatrixError, InvalidValueError
from symproof.exact.scalars import restriction_of_scalars

__all__ = ["field_degree", "matrix_order", "minkowski_bound"]

_SHOWN_LENGTH = 160  # longer polynomials are named by their degree in messages


def _over_number_field(M: DomainMatrix) -> DomainMatrix:
    """``M`` over ``QQ`` or an algebraic field (``ZZ`` and the Gaussian domains are converted)."""
    K = M.domain
    if K.is_QQ or K.is_Algebraic:
        return M
    if K.is_ZZ:
        return M.convert_to(QQ)
    if K.is_GaussianField or K.is_GaussianRing:
        return M.convert_to(QQ.algebraic_field(sympy.I))
    raise InvalidValueError(f"the order of a matrix over {K} is not available (only over QQ and number fields)")


def field_degree(K: Any) -> int:
    """``[K : Q]`` for ``QQ``, ``ZZ``, the Gaussian domains and algebraic fields.

    >>> import sympy
    >>> field_degree(QQ), field_degree(QQ.algebraic_field(sympy.cos(2 * sympy.pi / 7)))
    (1, 3)
    """
    L = _over_number_field(DomainMatrix.zeros((1, 1), K)).domain
    return 1 if L.is_QQ else len(L.mod.to_list()) - 1


def _shown(poly: fmpq_poly) -> str:
    text = str(poly)
    return text if len(text) <= _SHOWN_LENGTH else f"(of degree {poly.degree()})"


def _cyclotomic_factors(poly: fmpq_poly) -> list[tuple[int, int]] | None:
    """``[(k, e)]`` with ``poly = prod Phi_k^e``, or None when ``poly`` is not such a product."""
    if poly.denom() != 1:
        return None
    _, factors = poly.numer().factor()
    indices = [(int(f.is_cyclotomic()), e) for f, e in factors]
    return None if any(k == 0 for k, _ in indices) else indices


def matrix_order(M: DomainMatrix, *, name: str = "M") -> int:
    """The order of an invertible exact square matrix: the least ``m > 0`` with ``M^m = I``.

    Parameters
    ----------
    M : DomainMatrix
        A square matrix over ``QQ``, ``ZZ``, a Gaussian domain or an algebraic field.
    name : str
        How messages name ``M``.

    Returns
    -------
    int
        ``lcm(k_1, ..., k_r)`` for the minimal polynomial ``Phi_{k_1} ... Phi_{k_r}`` over ``Q``.

    Raises
    ------
    InvalidMatrixError
        If ``M`` has infinite order: an eigenvalue that is not a root of unity, or ``M`` not
        diagonalisable.
    InvalidValueError
        If the domain of ``M`` is not a number field.

    Examples
    --------
    >>> import sympy
    >>> from sympy.polys.domains import QQ
    >>> from sympy.polys.matrices import DomainMatrix
    >>> from symproof.exact.fields import exact_domain
    >>> K, [c, s] = exact_domain([sympy.cos(2 * sympy.pi / 5), sympy.sin(2 * sympy.pi / 5)])
    >>> matrix_order(DomainMatrix([[c, -s], [s, c]], (2, 2), K))
    5
    >>> matrix_order(DomainMatrix([[QQ(1), QQ(1)], [QQ(0), QQ(1)]], (2, 2), QQ))
    Traceback (most recent call last):
    ...
    symproof.errors.InvalidMatrixError: M has infinite order: it is not diagonalisable (its minimal polynomial x^2 + (-2)*x + 1 has a repeated factor), so no power of it is the identity
    """
    M = _over_number_field(M)
    R = restriction_of_scalars(M)
    mu = R.minpoly()
    what = "minimal polynomial" if M.domain.is_QQ else (
        f"minimal polynomial over Q (of its restriction of scalars, a {R.nrows()} x {R.ncols()} rational matrix)")
    factors = _cyclotomic_factors(mu)
    if factors is None:
        raise InvalidMatrixError(f"{name} has infinite order: its {what} {_shown(mu)} is not a product of "
                                 "cyclotomic polynomials (some eigenvalue is not a root of unity)")
    if any(e > 1 for _, e in factors):
        raise InvalidMatrixError(f"{name} has infinite order: it is not diagonalisable (its {what} {_shown(mu)} "
                                 "has a repeated factor), so no power of it is the identity")
    return lcm(*(k for k, _ in factors))


def minkowski_bound(n: int) -> int:
    """Minkowski's bound: every finite subgroup of ``GL_n(Q)`` has order dividing this number.

    ``M(n) = prod_p p^(sum_{k >= 0} floor(n / (p^k (p - 1))))`` over primes ``p <= n + 1``
    (Minkowski 1887). A finite subgroup of ``GL_d(K)``, ``[K : Q] = m``, lies in ``GL_dm(Q)``.

    >>> [minkowski_bound(n) for n in range(1, 5)]
    [2, 24, 48, 5760]
    """
    bound = 1
    for p in sympy.primerange(2, n + 2):
        exponent, step = 0, p - 1
        while step <= n:
            exponent += n // step
            step *= p
        bound *= p**exponent
    return bound
