"""Fourier blocks ``A_pi = sum_{s in S} pi(s)`` of a Cayley graph over ``QQ``, and exact roots of their polynomials.

For an irreducible ``pi`` with rational matrices (Young's seminormal form for ``S_n``, or
a representation over ``QQ``) the block ``A_pi`` is a rational ``d_pi x d_pi`` matrix whose
eigenvalues each occur ``d_pi`` times in the adjacency spectrum of ``Cay(G, S)`` (MATH.md
section 6). They are eigenvalues of an integer matrix, hence algebraic integers, so the
characteristic polynomial of ``A_pi`` lies in ``Z[x]``; its roots are found exactly
(:func:`polynomial_roots`): rationals and quadratic surds as SymPy numbers, real roots of
higher degree as :class:`~symproof.exact.algebraic.RealAlgebraic` (SymPy ``CRootOf`` up to
degree :data:`SYMPY_ROOT_DEGREE`, where it is cheap), non-real roots of degree ``>= 3`` as
certified enclosures (python-flint ``complex_roots``: midpoint and radius).

>>> import symproof as sp
>>> G = sp.group("S3")
>>> pi = sp.irreducible_representations(G)[2]                # the 2-dimensional irreducible
>>> transpositions = [G.index(p) for p in ([1, 0, 2], [0, 2, 1], [2, 1, 0])]
>>> A = rational_block(pi, transpositions, [1, 1, 1])      # the content sum of (2, 1) is 0
>>> [(r.value, r.multiplicity) for r in polynomial_roots(integer_charpoly(A))]
[(0, 2)]
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import numpy as np
import sympy
from flint import fmpq, fmpq_mat, fmpz_poly, nmod_mat

from symproof._frozen import frozen_record
from symproof.errors import SymproofInternalError
from symproof.exact.algebraic import RealAlgebraic, real_roots
from symproof.exact.provenance import Provenance
from symproof.exact.scalars import restriction_of_scalars
from symproof.reps import young
from symproof.reps.irreducibles import Construction

if TYPE_CHECKING:  # pragma: no cover
    from symproof.reps.irreducibles import Irreducible

__all__ = [
    "SYMPY_ROOT_DEGREE",
    "Root",
    "has_rational_matrices",
    "integer_charpoly",
    "polynomial_roots",
    "rational_block",
    "scaled_roots",
    "squared_argument",
    "young_block_charpoly",
]

SYMPY_ROOT_DEGREE = 12
"""Largest degree of an irreducible factor whose real roots are SymPy ``CRootOf`` (above: ``RealAlgebraic``)."""

_X = sympy.Symbol("x")


@frozen_record
class Root:
    """A root of an integer polynomial: ``value`` (exact unless certified), ``numeric``, ``multiplicity``.

    ``provenance`` is ``EXACT`` (``value`` a SymPy number or a ``RealAlgebraic``) or
    ``CERTIFIED`` (``value`` a complex float within ``radius`` of the root).
    """

    value: Any
    numeric: complex
    multiplicity: int
    provenance: Provenance
    radius: float = 0.0


# -- the blocks ---------------------------------------------------------------------------------------


def has_rational_matrices(pi: Irreducible) -> bool:
    """Whether ``pi`` has exact matrices over ``QQ``: Young's seminormal form, or a representation over ``QQ``.

    >>> import symproof as sp
    >>> [has_rational_matrices(pi) for pi in sp.irreducible_representations(sp.group("S3"))]
    [True, True, True]
    """
    if pi.construction is Construction.YOUNG_ORTHOGONAL:
        return True
    return pi.representation is not None and bool(pi.representation.domain.is_QQ)


def rational_block(pi: Irreducible, elements: Sequence[int], counts: Sequence[int]) -> fmpq_mat:
    """``sum_k counts[k] pi(elements[k])`` exactly over ``QQ`` (``pi`` with :func:`has_rational_matrices`).

    Young's irreducibles multiply their seminormal generators along the word of each
    element in adjacent transpositions; the others sum their exact matrices.
    """
    d = pi.dimension
    total = fmpq_mat(d, d)
    for g, m in zip(elements, counts):
        total += _rational_matrix(pi, int(g)) * int(m)
    return total


def _rational_matrix(pi: Irreducible, g: int) -> fmpq_mat:
    if pi.construction is Construction.YOUNG_ORTHOGONAL:
        gens = _seminormal_generators(pi.label)
        X = _identity(pi.dimension)
        for i in young.adjacent_word(list(pi.group.element(g))):
            X = X * gens[i]
        return X
    if pi.representation is None:  # pragma: no cover - guarded by has_rational_matrices
        raise SymproofInternalError(f"{pi!r} has no rational matrices")
    return restriction_of_scalars(pi.representation.domain_matrix(g))


def adjoint(pi: Irreducible, A: fmpq_mat) -> fmpq_mat:
    """``A^*`` for the inner product in which ``pi`` is unitary: ``Q^{-1} A^T Q`` (``Q`` the seminormal Gram matrix)."""
    if pi.construction is not Construction.YOUNG_ORTHOGONAL:
        return A.transpose()
    Q = _gram(pi.label)
    return Q.inv() * A.transpose() * Q


@functools.cache
def _seminormal_generators(shape: tuple[int, ...]) -> tuple[fmpq_mat, ...]:
    """Young's seminormal matrices of the adjacent transpositions ``s_0 .. s_{n-2}`` as ``fmpq_mat``."""
    d = len(young.standard_tableaux(shape))
    out = []
    for i in range(sum(shape) - 1):
        diagonal, partner, off = young._seminormal_table(shape, i)
        M = fmpq_mat(d, d)
        for t, (a, p, b) in enumerate(zip(diagonal, partner, off)):
            M[t, t] = fmpq(int(a.numerator), int(a.denominator))
            if b:
                M[t, p] = fmpq(int(b.numerator), int(b.denominator))
        out.append(M)
    return tuple(out)


@functools.cache
def _gram(shape: tuple[int, ...]) -> fmpq_mat:
    return restriction_of_scalars(young.seminormal_gram(shape))


def _identity(d: int) -> fmpq_mat:
    X = fmpq_mat(d, d)
    for k in range(d):
        X[k, k] = 1
    return X


def young_block_charpoly(pi: Irreducible, elements: Sequence[int], counts: Sequence[int], *,
                         gram: bool = False) -> fmpz_poly:
    """The integer characteristic polynomial of the seminormal block ``A = sum_k counts[k] pi(elements[k])`` (of ``A^* A`` if ``gram``).

    Multimodular: ``A`` modulo word-sized primes by row operations (numpy, all primes at
    once), ``nmod_mat`` characteristic polynomials, then the Chinese remainder theorem. The
    coefficients are integers (algebraic-integer eigenvalues) bounded by
    ``sum_k C(d, k) rho^k = (1 + rho)^d``, ``rho = sum counts`` (``rho^2`` for ``A^* A``) the
    largest possible absolute eigenvalue, and the primes are taken until their product
    exceeds twice the bound. The seminormal denominators divide products of axial distances
    ``< n``, below every prime used.

    >>> import symproof as sp
    >>> G = sp.group("S4")
    >>> pi = sp.irreducible_representations(G)[2]
    >>> young_block_charpoly(pi, [1, 5], [1, 1]) == integer_charpoly(rational_block(pi, [1, 5], [1, 1]))
    True
    """
    d, shape = pi.dimension, pi.label
    rho = sum(int(m) for m in counts) ** (2 if gram else 1)
    primes = _primes_above(2 * (1 + rho) ** d)
    P = np.array(primes, dtype=np.int64)[:, None, None]
    tables = [_modular_table(shape, i, tuple(primes)) for i in range(sum(shape) - 1)]
    total = np.zeros((len(primes), d, d), dtype=np.int64)
    for g, m in zip(elements, counts):
        X: np.ndarray = np.broadcast_to(np.eye(d, dtype=np.int64), total.shape).copy()
        for i in reversed(young.adjacent_word(list(pi.group.element(int(g))))):
            diagonal, partner, off = tables[i]
            X = (diagonal * X + off * X[:, partner, :]) % P
        total = (total + int(m) * X) % P
    polys = []
    for k, p in enumerate(primes):
        A = nmod_mat(d, d, total[k].ravel().tolist(), p)
        if gram:
            q = np.array([int(x) for x in _gram_residues(shape, p)], dtype=object)
            adjoint_mod = nmod_mat(d, d, (total[k].T.astype(object) * q[None, :] * _inverse_residues(q, p)[:, None]
                                          % p).ravel().tolist(), p)
            A = adjoint_mod * A
        polys.append([int(c) for c in A.charpoly().coeffs()])
    return fmpz_poly(_crt(polys, primes))


def _primes_above(bound: int) -> list[int]:
    """Primes below ``2^31``, largest first, whose product exceeds ``bound``."""
    out, product, p = [], 1, 2 ** 31
    while product <= bound:
        p = sympy.prevprime(p)
        out.append(p)
        product *= p
    return out


@functools.cache
def _modular_table(shape: tuple[int, ...], i: int, primes: tuple[int, ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(diagonal, partner, off)`` of the seminormal ``s_i`` modulo each prime: shapes ``(P, d, 1)``, ``(d,)``, ``(P, d, 1)``."""
    diagonal, partner, off = young._seminormal_table(shape, i)

    def residues(values: tuple) -> np.ndarray:
        return np.array([[int(x.numerator) * pow(int(x.denominator), -1, p) % p for x in values] for p in primes],
                        dtype=np.int64)[:, :, None]

    return residues(diagonal), np.array(partner, dtype=np.int64), residues(off)


def _gram_residues(shape: tuple[int, ...], p: int) -> list[int]:
    Q = young.seminormal_gram(shape).to_Matrix()
    return [int(Q[k, k].p) * pow(int(Q[k, k].q), -1, p) % p for k in range(Q.shape[0])]


def _inverse_residues(q: np.ndarray, p: int) -> np.ndarray:
    return np.array([pow(int(x), -1, p) for x in q], dtype=object)


def _crt(residues: list[list[int]], primes: list[int]) -> list[int]:
    """Coefficients from their residues (lowest degree first), in the symmetric range."""
    out = []
    for column in zip(*residues):
        x, M = 0, 1
        for r, p in zip(column, primes):
            x += M * ((r - x) * pow(M, -1, p) % p)
            M *= p
        out.append(x - M if x > M // 2 else x)
    return out


def integer_charpoly(A: fmpq_mat) -> fmpz_poly:
    """``det(x - A)`` in ``Z[x]`` for a rational matrix with algebraic-integer eigenvalues (a Fourier block)."""
    p = A.charpoly()
    if p.denom() != 1:  # pragma: no cover - eigenvalues of an integer operator are algebraic integers
        raise SymproofInternalError("characteristic polynomial of a Fourier block with non-integer coefficients")
    return p.numer()


# -- exact roots --------------------------------------------------------------------------------------


def scaled_roots(N: fmpz_poly, scale: int) -> fmpz_poly:
    """A primitive integer polynomial whose roots are those of ``N`` divided by ``scale``: ``N(scale x)``.

    >>> scaled_roots(fmpz_poly([-6, 1]), 3)          # x - 6  ->  3x - 6 -> x - 2
    x + (-2)
    """
    scaled = fmpz_poly([int(c) * scale ** k for k, c in enumerate(N.coeffs())])
    return scaled // scaled.content() if N.degree() > 0 else N


def squared_argument(N: fmpz_poly) -> fmpz_poly:
    """``N(x^2)``: its roots are the square roots (both signs) of the roots of ``N``.

    >>> squared_argument(fmpz_poly([-2, 1]))
    x^2 + (-2)
    """
    coeffs = [0] * (2 * N.degree() + 1)
    for k, c in enumerate(N.coeffs()):
        coeffs[2 * k] = int(c)
    return fmpz_poly(coeffs)


def polynomial_roots(N: fmpz_poly, approximations: np.ndarray | None = None) -> list[Root]:
    """The roots of ``N`` with multiplicity, one :class:`Root` per distinct root, exact where possible.

    Each irreducible factor (python-flint): degree ``<= 2`` gives SymPy rationals and surds;
    higher degree with only real roots gives ``CRootOf`` (degree ``<= SYMPY_ROOT_DEGREE``) or
    ``RealAlgebraic``; non-real roots of a factor of degree ``>= 3`` are certified balls.
    ``approximations`` (floating-point roots, e.g. eigenvalues of a floating-point block)
    let a real-rooted factor be isolated by signs at points between them
    (:func:`_isolate`); otherwise, or if that fails, python-flint's ``complex_roots``.

    >>> [(str(r.value), r.multiplicity) for r in polynomial_roots(fmpz_poly([0, -2, 1]) ** 2)]
    [('0', 2), ('2', 2)]
    """
    if N.degree() < 1:
        return []
    separators = None if approximations is None else _separators(np.asarray(approximations))
    out = []
    for f, e in N.factor()[1]:
        out.extend(_factor_roots(f, int(e), separators))
    return out


def _separators(approximations: np.ndarray) -> tuple[list[Fraction], list[float]]:
    """Rationals between the clusters of approximate real roots and beyond them (decreasing), and one value per cluster."""
    x = np.sort(approximations.real)[::-1]
    scale = max(1.0, float(np.abs(x).max(initial=0.0)))
    clusters = [float(x[0])] if x.size else []
    cuts = [Fraction(float(scale + 1))]
    for a, b in itertools.pairwise(x):
        if a - b > 1e-9 * scale:
            cuts.append(Fraction(float((a + b) / 2)))
            clusters.append(float(b))
    return [*cuts, Fraction(float(-scale - 1))], clusters


def _isolate(f: fmpz_poly, separators: tuple[list[Fraction], list[float]]) -> list[tuple[RealAlgebraic, float]] | None:
    """The real roots of the squarefree ``f`` with approximations, when each lies alone in a cluster's interval, else ``None``.

    ``f`` changes sign on an interval holding an odd number of its roots; ``deg f`` sign
    changes account for all its roots, one in each such interval.
    """
    cuts, clusters = separators
    signs = [_sign(f, c) for c in cuts]
    if 0 in signs:
        return None
    found = [k for k in range(len(clusters)) if signs[k] != signs[k + 1]]
    if len(found) != f.degree():
        return None
    return [(RealAlgebraic.from_polynomial_root(f, cuts[k + 1], cuts[k]), clusters[k]) for k in found]


def _sign(f: fmpz_poly, x: Fraction) -> int:
    value = f(fmpq(x.numerator, x.denominator))
    return (value > 0) - (value < 0)


def _factor_roots(f: fmpz_poly, e: int, separators: tuple | None = None) -> list[Root]:
    if f.degree() <= 2:
        return [Root(v, complex(sympy.N(v, 20)), e, Provenance.EXACT) for v in sympy.roots(_sympy(f), multiple=True)]
    isolated = _isolate(f, separators) if separators and f.degree() > SYMPY_ROOT_DEGREE else None
    if isolated:
        return [Root(r, x, e, Provenance.EXACT) for r, x in isolated]
    real = real_roots(f)
    if len(real) < f.degree():
        balls: list[Any] = f.complex_roots()
        return [Root(complex(r.mid()), complex(r.mid()), e, Provenance.CERTIFIED, float(r.rad())) for r, _ in balls]
    if f.degree() <= SYMPY_ROOT_DEGREE:
        return [Root(v, float(v), e, Provenance.EXACT) for v in _sympy(f).real_roots()]
    return [Root(r, _float(r), e, Provenance.EXACT) for r in real]


def _float(r: RealAlgebraic) -> float:
    """``float(r)``, from the isolating interval when it is already narrow."""
    return float((r.lo + r.hi) / 2) if r.hi - r.lo <= abs(r.lo) * Fraction(1, 2**50) else float(r)


def _sympy(f: fmpz_poly) -> sympy.Poly:
    return sympy.Poly([int(c) for c in reversed(f.coeffs())], _X, domain="ZZ")


def exact_abs(v: Any) -> Any:
    """``|v|`` for an exact spectrum value (SymPy number or ``RealAlgebraic``)."""
    if isinstance(v, RealAlgebraic):
        return v.scaled(-1) if v < 0 else v
    if v.is_extended_real:
        return -v if v.is_negative else v
    return sympy.sqrt(sympy.expand(v * sympy.conjugate(v)))


def numeric_value(v: Any) -> complex:
    """The floating-point value of an exact spectrum value (or of a float)."""
    if isinstance(v, RealAlgebraic):
        return complex(float(v))
    return complex(sympy.N(v, 20)) if isinstance(v, sympy.Basic) else complex(v)


def as_fraction(x: Any) -> Fraction:
    """A rational (``fmpq``, ``Fraction``, int) as a ``Fraction``."""
    return Fraction(int(x.numerator), int(x.denominator)) if hasattr(x, "numerator") else Fraction(x)


def descending(values: np.ndarray) -> np.ndarray:
    """Indices sorting real values descending, complex ones by descending modulus, then real part."""
    if np.iscomplexobj(values):
        return np.lexsort((-values.real, -np.abs(values)))
    return np.argsort(-values, kind="stable")
