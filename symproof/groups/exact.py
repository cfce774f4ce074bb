"""Exact scalars for matrix groups: one SymPy domain for a set of entries.

Entries are placed in a single exact domain: ``QQ`` when rational, the real
cyclotomic field ``Q(cos(2 pi/N))`` when every irrational entry is a
polynomial in cosines and sines of rational multiples of ``pi`` (rotation
matrices; cosines come from Chebyshev polynomials, so even ``N`` in the
hundreds is quick), and otherwise the algebraic field SymPy's
``construct_domain(..., extension=True)`` builds (radicals such as
``sqrt(3)/2``). Floats and symbols are refused: exact code never rounds.

>>> import sympy
>>> K, [c] = exact_domain([sympy.cos(2 * sympy.pi / 7)])
>>> to_sympy_entry(K, c * c + c * c)   # 2 cos(2 pi/7)^2 = 1 + cos(4 pi/7)
1 - cos(3*pi/7)
"""

from __future__ import annotations

import functools

from collections.abc import Sequence
from functools import reduce
from math import lcm
from typing import Any

import sympy
from sympy.polys.constructor import construct_domain
from sympy.polys.domains import QQ

from symproof.errors import InvalidMatrixError

__all__ = [
    "exact_domain",
    "real_cyclotomic_field",
    "chebyshev_cosines",
    "cos_2pi",
    "sin_2pi",
    "polygon_vertices",
    "common_domain",
    "block_diagonal",
    "to_sympy_entry",
]

_RATIONAL_COS = {1: sympy.Integer(1), 2: sympy.Integer(-1), 3: sympy.Rational(-1, 2), 4: sympy.Integer(0),
                 6: sympy.Rational(1, 2)}
_CONDUCTORS: dict = {}  # field -> N such that its generator is exactly cos(2 pi/N)


def real_cyclotomic_field(N: int):
    """``Q(cos(2 pi/N))`` as a SymPy domain (``QQ`` when that cosine is rational)."""
    if N in _RATIONAL_COS:
        return QQ
    K = QQ.algebraic_field(sympy.cos(2 * sympy.pi / N))
    _CONDUCTORS.setdefault(K, N)
    return K


@functools.lru_cache(maxsize=None)
def _generator(K, N: int):
    if N in _RATIONAL_COS:
        return K.convert(QQ.from_sympy(_RATIONAL_COS[N]))
    return K.from_sympy(sympy.cos(2 * sympy.pi / N))


def chebyshev_cosines(K, N: int, count: int) -> list:
    """``[cos(2 pi j/N) for j < count]`` in ``K``, by ``T_{j+1} = 2 c T_j - T_{j-1}``."""
    return list(_chebyshev(K, N, count))


@functools.lru_cache(maxsize=256)
def _chebyshev(K, N: int, count: int) -> tuple:
    c = _generator(K, N)
    out = [K.one, c]
    while len(out) < count:
        out.append(2 * c * out[-1] - out[-2])
    return tuple(out[:count])


def cos_2pi(K, N: int, m: int):
    """``cos(2 pi m/N)`` in ``K = real_cyclotomic_field(N)`` (Chebyshev recurrence)."""
    m = abs(m) % N
    m = min(m, N - m)
    return chebyshev_cosines(K, N, m + 1)[m]


def sin_2pi(K, N: int, m: int):
    """``sin(2 pi m/N)`` in ``K = real_cyclotomic_field(N)``; needs ``4 | N``."""
    if N % 4:
        raise ValueError(f"sin(2 pi m/N) lies in Q(cos(2 pi/N)) only for 4 | N, got N={N}")
    return cos_2pi(K, N, m - N // 4)


def polygon_vertices(n: int):
    """The vertices ``(cos 2 pi k/n, sin 2 pi k/n)``, ``k < n``, as columns of an exact ``2 x n`` matrix.

    The field is ``Q(cos(2 pi/N))`` with ``N = lcm(4, n)``.

    >>> polygon_vertices(4).to_Matrix()
    Matrix([
    [1, 0, -1,  0],
    [0, 1,  0, -1]])
    """
    from sympy.polys.matrices import DomainMatrix

    N = lcm(4, n)
    K = real_cyclotomic_field(N)
    cosines = chebyshev_cosines(K, N, N // 2 + 1)

    def cos_at(m: int):
        m %= N
        return cosines[min(m, N - m)]

    step = N // n
    xs = [cos_at(k * step) for k in range(n)]
    ys = [cos_at(k * step - N // 4) for k in range(n)]
    return DomainMatrix([xs, ys], (2, n), K)


def _conductor(K) -> int | None:
    """``N`` when ``K`` is ``QQ`` (``N = 1``) or ``Q(cos(2 pi/N))``; else None."""
    if K == QQ:
        return 1
    return _real_cyclotomic_conductor(K)


def common_domain(matrices: list) -> list:
    """The matrices over one field: real cyclotomic fields embed in ``Q(cos(2 pi/lcm))``, others
    go through :func:`exact_domain`."""
    from sympy.polys.matrices import DomainMatrix

    domains = {M.domain for M in matrices}
    if len(domains) == 1:
        return matrices
    conductors = [_conductor(K) for K in domains]
    if None in conductors:
        entries = [M.domain.to_sympy(x) for M in matrices for row in M.to_list() for x in row]
        K, flat = exact_domain(entries)
    else:
        N = reduce(lcm, conductors, 1)
        K = real_cyclotomic_field(N)
        flat = [_embed(M.domain, x, K, N) for M in matrices for row in M.to_list() for x in row]
    out, k = [], 0
    for M in matrices:
        r, c = M.shape
        out.append(DomainMatrix([flat[k + i * c:k + (i + 1) * c] for i in range(r)], (r, c), K))
        k += r * c
    return out


def block_diagonal(matrices: list):
    """The block-diagonal matrix of exact matrices (placed in one field first, see :func:`common_domain`).

    >>> from sympy.polys.matrices import DomainMatrix
    >>> block_diagonal([DomainMatrix.eye(1, QQ), DomainMatrix.eye(2, QQ)]).to_Matrix().tolist()
    [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
    """
    from sympy.polys.matrices import DomainMatrix

    blocks = common_domain(matrices)
    K = blocks[0].domain
    rows = sum(B.shape[0] for B in blocks)
    cols = sum(B.shape[1] for B in blocks)
    out = [[K.zero] * cols for _ in range(rows)]
    r0 = c0 = 0
    for B in blocks:
        for i, row in enumerate(B.to_list()):
            out[r0 + i][c0:c0 + len(row)] = row
        r0, c0 = r0 + B.shape[0], c0 + B.shape[1]
    return DomainMatrix(out, (rows, cols), K)


def _embed(K1, x, K, N: int):
    """``x`` in ``K1 = Q(cos(2 pi/N1))`` as an element of ``K = Q(cos(2 pi/N))``, ``N1 | N``."""
    if K1 == QQ:
        return K.convert(x)
    N1 = _conductor(K1)
    image = cos_2pi(K, N, N // N1)
    total = K.zero
    for coeff in x.to_list():  # highest degree first: Horner
        total = total * image + K.convert(coeff)
    return total


def _trig_denominator(atom: sympy.Expr) -> int | None:
    """``N`` with ``atom = cos/sin(2 pi k/N)``, or None when ``atom`` is not of that kind."""
    if not isinstance(atom, (sympy.cos, sympy.sin)):
        return None
    ratio = sympy.nsimplify(atom.args[0] / (2 * sympy.pi))
    return int(sympy.fraction(ratio)[1]) if ratio.is_Rational else None


def _check_exact(entry: Any, real: bool = True) -> sympy.Expr:
    try:
        value = sympy.sympify(entry, strict=True)
    except (sympy.SympifyError, TypeError) as err:
        raise InvalidMatrixError(f"matrix entry {entry!r} is not an exact number") from err
    if value.has(sympy.Float):
        raise InvalidMatrixError(
            f"matrix entry {entry!r} is a float; give exact numbers (sympy.Rational, sympy.sqrt, sympy.cos(2*sympy.pi/n))")
    if value.free_symbols or not value.is_number:
        raise InvalidMatrixError(f"matrix entry {entry!r} is not a number")
    if real and value.is_real is False:
        raise InvalidMatrixError(f"matrix entry {entry!r} is not real")
    return value


def exact_domain(entries: Sequence[Any], *, real: bool = True) -> tuple[Any, list[Any]]:
    """A field ``K`` holding every entry, and the entries converted to ``K`` (complex entries need ``real=False``)."""
    values = [_check_exact(e, real) for e in entries]
    if all(v.is_Rational for v in values):
        return QQ, [QQ.from_sympy(v) for v in values]
    trig = {a for v in values for a in v.atoms(sympy.cos, sympy.sin)}
    dens = [_trig_denominator(a) for a in trig]
    if trig and None not in dens and all(_is_poly_in(v, trig) for v in values):
        N = reduce(lcm, dens, 4 if any(isinstance(a, sympy.sin) for a in trig) else 1)
        return _in_real_cyclotomic(values, trig, N)
    K, converted = construct_domain(values, extension=True)
    if not K.is_Field:
        K = K.get_field()
        converted = [K.convert(c) for c in converted]
    if K.is_EX or K.is_EXRAW:
        raise InvalidMatrixError(f"cannot place the entries {values} in an exact algebraic number field")
    return K, converted


def _is_poly_in(value: sympy.Expr, atoms: set) -> bool:
    try:
        poly = sympy.Poly(value, *atoms)
    except sympy.PolynomialError:
        return False
    return all(c.is_Rational for c in poly.coeffs())


def _in_real_cyclotomic(values: list, atoms: set, N: int) -> tuple[Any, list[Any]]:
    K = real_cyclotomic_field(N)
    images = {}
    for a in atoms:
        turns = sympy.nsimplify(a.args[0] / (2 * sympy.pi)) * N
        images[a] = (cos_2pi if isinstance(a, sympy.cos) else sin_2pi)(K, N, int(turns))
    gens = list(atoms)
    out = []
    for v in values:
        poly = sympy.Poly(v, *gens)
        total = K.zero
        for monom, coeff in poly.terms():
            term = K.convert(QQ.from_sympy(coeff))
            for g, k in zip(gens, monom):
                term = term * images[g] ** k
            total = total + term
        out.append(total)
    return K, out


def to_sympy_entry(K, x) -> sympy.Expr:
    """An element of ``K`` as a SymPy expression (for display).

    Elements of ``Q(cos(2 pi/N))`` are written as rational combinations of
    ``cos(2 pi j/N)`` (the basis ``T_j(c)``), which SymPy shows in radicals where
    it knows them.
    """
    N = _real_cyclotomic_conductor(K)
    if N is None:
        return K.to_sympy(x)
    degree = len(K.mod.to_list()) - 1
    coeffs = [QQ.zero] * degree
    rest = x
    for j in reversed(range(degree)):
        Tj = cos_2pi(K, N, j)
        lead = rest.to_list()
        lead = lead[-1 - j] if len(lead) > j else QQ.zero
        top = Tj.to_list()[-1 - j]
        coeffs[j] = lead / top
        rest = rest - K.convert(coeffs[j]) * Tj
    return sympy.Add(*(sympy.Rational(int(c.numerator), int(c.denominator)) * sympy.cos(2 * sympy.pi * j / N)
                       for j, c in enumerate(coeffs) if c))


def _real_cyclotomic_conductor(K) -> int | None:
    if K in _CONDUCTORS:
        return _CONDUCTORS[K]
    ext = getattr(K, "ext", None)
    expr = ext.as_expr() if ext is not None else None
    if isinstance(expr, sympy.cos):
        ratio = sympy.nsimplify(expr.args[0] / (2 * sympy.pi))
        if ratio.is_Rational and ratio.p == 1:
            return int(ratio.q)
    return None
