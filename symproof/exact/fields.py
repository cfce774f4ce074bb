"""Exact scalars for matrix groups: one SymPy domain for a set of entries.

Entries are placed in a single exact domain: ``QQ`` when rational, the real
cyclotomic field ``Q(cos(2 pi/N))`` when every irrational entry is a
polynomial in cosines and sines of rational multiples of ``pi`` (rotation
matrices; cosines come from Chebyshev polynomials, so even ``N`` in the
hundreds is quick), and otherwise the algebraic field SymPy's
``construct_domain(..., extension=True)`` builds (radicals such as
``sqrt(3)/2``). Floats and symbols are refused: exact code never rounds. So are numbers
that are transcendental or of no recognised algebraic kind (``pi``, ``cos(1)``, ``log(2)``):
an entry must be built from rationals, ``I``, rational powers, ``cos``/``sin``/``tan`` of
rational multiples of ``pi`` and a few algebraic constants (see :func:`_unplaceable_part`).

>>> import sympy
>>> K, [c] = exact_domain([sympy.cos(2 * sympy.pi / 7)])
>>> to_sympy_entry(K, c * c + c * c)   # 2 cos(2 pi/7)^2 = 1 + cos(4 pi/7)
1 - cos(3*pi/7)
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from functools import reduce
from math import lcm
from typing import Any

import sympy
from sympy.polys.constructor import construct_domain
from sympy.polys.domains import QQ
from sympy.polys.polyerrors import NotAlgebraic

from symproof.errors import InvalidMatrixError, InvalidValueError, SymproofInternalError

__all__ = [
    "block_diagonal",
    "chebyshev_cosines",
    "common_domain",
    "cos_2pi",
    "exact_domain",
    "polygon_vertices",
    "real_cyclotomic_field",
    "sin_2pi",
    "to_sympy_entry",
]

_RATIONAL_COS = {1: sympy.Integer(1), 2: sympy.Integer(-1), 3: sympy.Rational(-1, 2), 4: sympy.Integer(0),
                 6: sympy.Rational(1, 2)}


@functools.cache
def real_cyclotomic_field(N: int):
    """``Q(cos(2 pi/N))`` as a SymPy domain (``QQ`` when that cosine is rational)."""
    if N in _RATIONAL_COS:
        return QQ
    return QQ.algebraic_field(sympy.cos(2 * sympy.pi / N))


@functools.cache
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
        raise InvalidValueError(f"sin(2 pi m/N) lies in Q(cos(2 pi/N)) only for 4 | N, got N={N}")
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


def _primitive(K):
    """The primitive element of an algebraic field ``K`` as an element of ``K``."""
    return K.new([K.dom.one, K.dom.zero])


def _common_field(fields: list) -> tuple[Any, dict]:
    """A field ``L`` containing every field in ``fields`` (none of them ``QQ``), and the image in ``L``
    of each field's primitive element.

    Real cyclotomic fields embed in ``Q(cos(2 pi/lcm))`` (the generator ``cos(2 pi/N1)`` is
    ``cos(2 pi (N/N1)/N)``); other fields go through :func:`exact_domain` on the primitive elements.
    """
    conductors = [_conductor(K) for K in fields]
    known = [N1 for N1 in conductors if N1 is not None]
    if len(known) == len(fields):
        N = reduce(lcm, known, 1)
        L = real_cyclotomic_field(N)
        return L, {K: cos_2pi(L, N, N // N1) for K, N1 in zip(fields, known)}
    L, images = exact_domain([K.to_sympy(_primitive(K)) for K in fields])
    return L, dict(zip(fields, images))


def _embedding(K, L, image) -> Callable[[Any], Any]:
    """``x -> x`` from ``K`` into ``L``, given the image in ``L`` of ``K``'s primitive element (Horner)."""
    if K == QQ or K == L:
        return L.convert

    def embed(x):
        total = L.zero
        for c in x.to_list():  # highest degree first
            total = total * image + L.convert(c)
        return total

    return embed


def common_domain(matrices: list) -> list:
    """The matrices over one field containing all of theirs (the one field-unification routine).

    Rationals convert directly; one irrational field is taken as it is; otherwise a common
    field of the primitive elements is built (:func:`_common_field`) and entries are mapped by
    Horner's rule, one field operation per coordinate. Sparse matrices stay sparse.

    >>> from sympy.polys.matrices import DomainMatrix
    >>> K5, K12 = real_cyclotomic_field(5), real_cyclotomic_field(12)
    >>> A, B = common_domain([DomainMatrix([[cos_2pi(K5, 5, 1)]], (1, 1), K5), DomainMatrix.eye(1, K12)])
    >>> A.domain == B.domain == real_cyclotomic_field(60)
    True
    """
    from sympy.polys.matrices import DomainMatrix

    fields = list(dict.fromkeys(M.domain for M in matrices))
    if len(fields) == 1:
        return matrices
    irrational = [K for K in fields if K != QQ]
    if len(irrational) == 1:
        return [M.convert_to(irrational[0]) for M in matrices]
    L, images = _common_field(irrational)
    maps = {K: _embedding(K, L, images[K]) for K in irrational}
    maps[QQ] = L.convert
    return [DomainMatrix({i: {j: maps[M.domain](v) for j, v in row.items()} for i, row in M.to_sdm().items()},
                         M.shape, L).convert_to(L) if M.rep.fmt == "sparse" else
            DomainMatrix([[maps[M.domain](v) for v in row] for row in M.to_list()], M.shape, L)
            for M in matrices]


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


def _turns(atom: sympy.Expr) -> sympy.Rational | None:
    """``k/N`` with ``atom = cos/sin(2 pi k/N)`` (exact algebra on the argument), or None."""
    if not isinstance(atom, (sympy.cos, sympy.sin)):
        return None
    ratio = sympy.expand(atom.args[0] / (2 * sympy.pi))
    return ratio if ratio.is_Rational else None


def _trig_denominator(atom: sympy.Expr) -> int | None:
    """``N`` with ``atom = cos/sin(2 pi k/N)``, or None when ``atom`` is not of that kind."""
    ratio = _turns(atom)
    return None if ratio is None else int(ratio.q)


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
    part = _unplaceable_part(value)
    if part is not None:
        where = "" if part == value else f" contains {part}, which"
        raise InvalidMatrixError(f"matrix entry {entry!r}{where} is not an algebraic number symproof can place "
                                 f"exactly; accepted entries are built by + - * / from {_ACCEPTED}")
    if real and value.is_real is False:
        raise InvalidMatrixError(f"matrix entry {entry!r} is not real")
    return value


_ACCEPTED = ("rationals, I, rational powers (sympy.sqrt(3)/2, 2**(1/3)), cos, sin and tan of rational multiples of "
             "pi (sympy.cos(2*sympy.pi/7)), exp(2*pi*I*k/n), sympy.GoldenRatio, sympy.TribonacciConstant, "
             "sympy.CRootOf and sympy.AlgebraicNumber")
_ALGEBRAIC_ATOMS = (sympy.core.numbers.ImaginaryUnit, type(sympy.GoldenRatio), type(sympy.TribonacciConstant),
                    sympy.AlgebraicNumber, sympy.CRootOf)


def _is_rational_multiple_of_pi(x: sympy.Expr) -> bool:
    return bool(sympy.expand(x / sympy.pi).is_Rational)


def _unplaceable_part(value: sympy.Expr) -> sympy.Expr | None:
    """The first part of ``value`` that is not an algebraic number of an accepted kind, or None.

    Accepted: rationals, ``I``, rational powers of accepted numbers, ``cos``/``sin``/``tan`` of
    rational multiples of ``pi``, roots of unity ``exp(pi i q)``, the golden and tribonacci
    ratios, ``CRootOf`` and ``AlgebraicNumber``, combined by sums and products. Anything else
    (``pi``, ``E``, ``cos(1)``, ``log(2)``, ``2**sqrt(2)``) is transcendental or is not placed
    by SymPy's ``construct_domain``, which can then run for minutes.

    >>> _unplaceable_part(sympy.cos(2 * sympy.pi / 7) + sympy.sqrt(3) / 2) is None
    True
    >>> _unplaceable_part(1 + sympy.sqrt(2) * sympy.cos(1))
    cos(1)
    """
    if value.is_Rational or isinstance(value, _ALGEBRAIC_ATOMS):
        return None
    if isinstance(value, (sympy.cos, sympy.sin, sympy.tan)):
        return None if _is_rational_multiple_of_pi(value.args[0]) else value
    if isinstance(value, sympy.exp):
        return None if _is_rational_multiple_of_pi(value.args[0] / sympy.I) else value
    if value.is_Pow:
        return _unplaceable_part(value.base) if value.exp.is_Rational else value
    if value.is_Add or value.is_Mul:
        return next((part for part in map(_unplaceable_part, value.args) if part is not None), None)
    return value


def exact_domain(entries: Sequence[Any], *, real: bool = True) -> tuple[Any, list[Any]]:
    """A field ``K`` holding every entry, and the entries converted to ``K`` (complex entries need ``real=False``)."""
    values = [_check_exact(e, real) for e in entries]
    if all(v.is_Rational for v in values):
        return QQ, [QQ.from_sympy(v) for v in values]
    trig = {a for v in values for a in v.atoms(sympy.cos, sympy.sin)}
    dens = [d for d in map(_trig_denominator, trig) if d is not None]
    if trig and len(dens) == len(trig) and all(_is_poly_in(v, trig) for v in values):
        N = reduce(lcm, dens, 4 if any(isinstance(a, sympy.sin) for a in trig) else 1)
        return _in_real_cyclotomic(values, trig, N)
    try:
        K, converted = construct_domain(values, extension=True)
    except NotAlgebraic as err:
        raise InvalidMatrixError(f"cannot place the entries {values} in an exact algebraic number field ({err}); "
                                 f"accepted entries are built by + - * / from {_ACCEPTED}") from err
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
        ratio = _turns(a)
        if ratio is None:  # pragma: no cover - the caller checked every atom
            raise SymproofInternalError(f"{a} is not a cosine or sine of a rational multiple of 2 pi")
        turns = ratio * N
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


@functools.lru_cache(maxsize=1024)
def _real_cyclotomic_conductor(K) -> int | None:
    """``N`` when ``K`` is the field :func:`real_cyclotomic_field` ``(N)`` builds, else None.

    Decided from ``K`` alone (never from what was built before): its generator read as
    ``cos(2 pi/N)`` when SymPy kept the cosine, else the candidates ``N`` with
    ``phi(N) = 2 [K : Q]`` compared with ``real_cyclotomic_field(N)``.
    """
    ext = getattr(K, "ext", None)
    if ext is None or not getattr(K, "is_Algebraic", False):
        return None
    ratio = _turns(ext.as_expr()) if isinstance(ext.as_expr(), sympy.cos) else None
    if ratio is not None:
        return int(ratio.q) if ratio.p == 1 else None
    degree = len(K.mod.to_list()) - 1
    bound = 8 * degree * degree + 8  # phi(N) >= sqrt(N / 2)
    for N in range(5, bound + 1):
        if int(sympy.totient(N)) == 2 * degree and real_cyclotomic_field(N) == K:
            return N
    return None
