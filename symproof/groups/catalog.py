"""The group catalog: families of finite groups with their natural actions.

Every constructor returns a :class:`FiniteGroup` whose natural action
(:meth:`FiniteGroup.natural_action`) is the geometric one:

============================  ======================  ========================================
family                        order                   natural action
============================  ======================  ========================================
``cyclic(n)``   ``C_n``       ``n``                   rotations of the regular n-gon on R^2
``dihedral(n)`` ``D_n``       ``2n`` (n-gon)          rotations and reflections of the n-gon, R^2
``dicyclic(n)`` ``Dic_n``     ``4n``                  left multiplication on the quaternions R^4
``symmetric(n)``, ``alternating(n)``  ``n!``, ``n!/2``  permuting the coordinates of R^n
``hyperoctahedral(d)`` ``B_d``  ``2^d d!``            signed permutation matrices on R^d
``special_linear(2, q)``, ``general_linear(2, q)``    permutation matrices on F_q^2 minus 0
``projective_special_linear(2, q)``  ``q(q^2-1)/gcd(2,q-1)``  permutation matrices on P^1(F_q)
``semidirect(n, m, r)``       ``nm``                  permutation matrices on Z_n + Z_m
``direct_product(G, H, ...)`` ``|G||H|``              direct sum of the factors' actions
============================  ======================  ========================================

Groups built from permutations act by permutation matrices.

>>> dihedral(4).order, dihedral(4).degree
(8, 4)
>>> projective_special_linear(2, 7).order
168
"""

from __future__ import annotations

import itertools
from math import gcd

import numpy as np
import sympy
from sympy.polys.matrices import DomainMatrix

from symproof._validation import check_group, check_int, check_type
from symproof.errors import GroupSpecError, InvalidValueError
from symproof.exact.fields import block_diagonal, polygon_vertices
from symproof.exact.finite_fields import GF
from symproof.groups.finite_group import FiniteGroup
from symproof.groups.permutations import as_permutations

__all__ = [
    "alternating",
    "cyclic",
    "dicyclic",
    "dihedral",
    "direct_product",
    "general_linear",
    "hyperoctahedral",
    "klein_four",
    "projective_special_linear",
    "quaternion",
    "semidirect",
    "semidirect_twists",
    "special_linear",
    "symmetric",
]


def _rotation(n: int) -> sympy.Matrix:
    c, s = sympy.cos(2 * sympy.pi / n), sympy.sin(2 * sympy.pi / n)
    return sympy.Matrix([[c, -s], [s, c]])


def cyclic(n: int) -> FiniteGroup:
    """``C_n``: the rotations of the regular n-gon, order ``n`` (on its ``n`` vertices, ``n >= 3``)."""
    n = check_int(n, "the order of a cyclic group", min_value=1)
    if n < 3:
        return FiniteGroup.from_matrices([_rotation(n)], name=f"C{n}")
    shift = [*range(1, n), 0]
    return FiniteGroup(as_permutations([shift]), name=f"C{n}", points=lambda: polygon_vertices(n))


def dihedral(n: int) -> FiniteGroup:
    """``D_n``: the symmetries of the regular n-gon, order ``2n`` (``n`` is the polygon, not the order)."""
    n = check_int(n, "the polygon of a dihedral group", min_value=1)
    if n < 3:
        return FiniteGroup.from_matrices([_rotation(n), sympy.diag(1, -1)], name=f"D{n}")
    shift, mirror = [*range(1, n), 0], [(-k) % n for k in range(n)]
    return FiniteGroup(as_permutations([shift, mirror]), name=f"D{n}", points=lambda: polygon_vertices(n))


def dicyclic(n: int) -> FiniteGroup:
    """``Dic_n = <a, x | a^{2n} = 1, x^2 = a^n, x a x^{-1} = a^{-1}>``, order ``4n`` (``Dic_2 = Q_8``).

    Realised as the unit quaternions ``a^k x^e`` with ``a = exp(i pi/n)``, ``x = j``, acting on
    themselves and on ``H = R^4`` by left multiplication.
    """
    n = check_int(n, "the parameter of a dicyclic group", min_value=2)
    # point k < 2n is a^k, point 2n + k is a^k j; a^k j = cos(k pi/n) j + sin(k pi/n) k
    a = [*range(1, 2 * n), 0]
    left_a = a + [2 * n + x for x in a]
    left_j = [2 * n + (-k) % (2 * n) for k in range(2 * n)] + [(n - k) % (2 * n) for k in range(2 * n)]
    return FiniteGroup(as_permutations([left_a, left_j]), name=f"Dic{n}", points=lambda: _quaternion_points(n))


def _quaternion_points(n: int) -> DomainMatrix:
    V = polygon_vertices(2 * n)  # angles k pi/n, k < 2n
    c, s = V.to_list()
    K, zero = V.domain, V.domain.zero
    # coordinates (1, i, j, k): a^k = (c, s, 0, 0); a^k j = (0, 0, c, s)
    rows = [c + [zero] * (2 * n), s + [zero] * (2 * n), [zero] * (2 * n) + c, [zero] * (2 * n) + s]
    return DomainMatrix(rows, (4, 4 * n), K)


def quaternion(order: int) -> FiniteGroup:
    """The (generalised) quaternion group of ``order = 2^k >= 8``: ``Dic_{order/4}``."""
    order = check_int(order, "the order of a quaternion group", min_value=8)
    if order & (order - 1):
        raise GroupSpecError(f"quaternion groups have order 2^k >= 8, got {order}; use Dic{order // 4} for others")
    return dicyclic(order // 4).with_name(f"Q{order}")


def symmetric(n: int) -> FiniteGroup:
    """``S_n`` permuting ``0..n-1`` (generators: a transposition and an n-cycle)."""
    n = check_int(n, "the degree of a symmetric group", min_value=1)
    gens = [[1, 0, *range(2, n)], [*range(1, n), 0]] if n > 1 else []
    return FiniteGroup.from_permutations(gens, degree=n, name=f"S{n}")


def alternating(n: int) -> FiniteGroup:
    """``A_n``: even permutations of ``0..n-1`` (generators: the 3-cycles ``(0 1 i)``)."""
    n = check_int(n, "the degree of an alternating group", min_value=1)
    gens = [[1, i, *range(2, i), 0, *range(i + 1, n)] for i in range(2, n)]
    return FiniteGroup.from_permutations(gens, degree=n, name=f"A{n}")


def hyperoctahedral(d: int) -> FiniteGroup:
    """``B_d``: signed permutations of ``d`` coordinates, order ``2^d d!``.

    Point ``i`` stands for ``e_i`` and point ``i + d`` for ``-e_i``.
    """
    d = check_int(d, "the rank of a hyperoctahedral group", min_value=1)
    signed = [[*p, *(x + d for x in p)] for p in ([[1, 0, *range(2, d)], [*range(1, d), 0]] if d > 1 else [])]
    flip = [d, *range(1, d), 0, *range(d + 1, 2 * d)]
    eye = DomainMatrix.eye(d, sympy.QQ)
    points = eye.hstack(-eye)
    return FiniteGroup(as_permutations([*signed, flip]), name=f"B{d}", points=points)


def klein_four() -> FiniteGroup:
    """``V_4 = C_2 x C_2``: the symmetries of a rectangle, ``D_2``."""
    return dihedral(2).with_name("V4")


def _vectors(F: GF) -> list[tuple[int, ...]]:
    return [v for v in itertools.product(range(F.q), repeat=2) if v != (0, 0)]


def _linear_group(F: GF, matrices: list[tuple[int, int, int, int]], name: str) -> FiniteGroup:
    vecs = _vectors(F)
    where = {v: i for i, v in enumerate(vecs)}
    add, mul = F.add, F.mul
    gens = [[where[(int(add[mul[a, x], mul[b, y]]), int(add[mul[c, x], mul[d, y]]))] for x, y in vecs]
            for a, b, c, d in matrices]
    return FiniteGroup.from_permutations(gens, name=name)


def _sl2_generators(F: GF) -> list[tuple[int, int, int, int]]:
    g = F.primitive
    return [(1, 1, 0, 1), (g, 0, 0, int(F.inv[g])), (0, int(F.neg[1]), 1, 0)]


def special_linear(n: int, q: int) -> FiniteGroup:
    """``SL(2, q)`` acting on the non-zero vectors of ``F_q^2``."""
    _only_n2(n)
    F = GF(q)
    return _linear_group(F, _sl2_generators(F), f"SL(2,{q})")


def general_linear(n: int, q: int) -> FiniteGroup:
    """``GL(2, q)`` acting on the non-zero vectors of ``F_q^2``."""
    _only_n2(n)
    F = GF(q)
    return _linear_group(F, [*_sl2_generators(F), (F.primitive, 0, 0, 1)], f"GL(2,{q})")


def projective_special_linear(n: int, q: int) -> FiniteGroup:
    """``PSL(2, q)`` acting on the projective line ``F_q + {oo}`` (point ``q`` is ``oo``)."""
    _only_n2(n)
    F = GF(q)
    inf = q
    square = int(F.mul[F.primitive, F.primitive])
    translate = [int(F.add[x, 1]) for x in range(q)] + [inf]
    scale = [int(F.mul[square, x]) for x in range(q)] + [inf]
    invert = [inf] + [int(F.neg[F.inv[x]]) for x in range(1, q)] + [0]
    return FiniteGroup.from_permutations([translate, scale, invert], name=f"PSL(2,{q})")


def _only_n2(n: int) -> None:
    if n != 2:
        raise GroupSpecError(f"only 2x2 linear groups are in the catalog, got n={n}")


def semidirect_twists(n: int, m: int) -> list[int]:
    """The ``r`` in ``1..n-1`` with ``r^m = 1 mod n`` and ``gcd(r, n) = 1``, ``r != 1`` (non-trivial twists)."""
    return [r for r in range(2, n) if gcd(r, n) == 1 and pow(r, m, n) == 1]


def semidirect(n: int, m: int, r: int | None = None) -> FiniteGroup:
    """``C_n x|_r C_m``: ``(a, b)(a', b') = (a + r^b a', b + b')``, order ``nm``.

    The generator of ``C_m`` acts on ``C_n`` by ``x -> r x``; ``r`` must be a unit mod ``n``
    with ``r^m = 1 (mod n)``. Without ``r``, the least non-trivial such twist. The group acts
    faithfully on the points ``Z_n + Z_m`` (``a`` translates ``Z_n``, ``b`` multiplies it by ``r``
    and translates ``Z_m``).
    """
    n = check_int(n, "n in C_n x| C_m", min_value=1)
    m = check_int(m, "m in C_n x| C_m", min_value=1)
    twists = semidirect_twists(n, m)
    if r is None:
        if not twists:
            raise GroupSpecError(f"C{n} x| C{m} has no non-trivial twist (no r != 1 with r^{m} = 1 mod {n})")
        r = twists[0]
    r = int(r) % n if n > 1 else 0
    if n > 1 and (gcd(r, n) != 1 or pow(r, m, n) != 1):
        raise GroupSpecError(f"twist r={r} is not valid for C{n} x| C{m}: need gcd(r, {n}) = 1 and "
                             f"r^{m} = 1 mod {n}; valid non-trivial twists: {twists}")
    shift = [*((x + 1) % n for x in range(n)), *range(n, n + m)]
    twist = [*((r * x) % n for x in range(n)), *(n + (y + 1) % m for y in range(m))]
    return FiniteGroup.from_permutations([shift, twist], name=f"C{n} x|[{r}] C{m}")


def direct_product(*factors: FiniteGroup, name: str | None = None) -> FiniteGroup:
    """Return the direct product ``G_1 x ... x G_k`` on the disjoint union of the factors' points.

    Its elements are tuples ``(g_1, ..., g_k)`` with componentwise product; the natural
    action is the direct sum of the factors' natural actions.

    Parameters
    ----------
    *factors : FiniteGroup
        At least one group.
    name : str, optional
        The name of the product (default ``"G_1 x ... x G_k"``).

    Returns
    -------
    FiniteGroup
        The product, of order ``prod |G_i|``.

    Raises
    ------
    InvalidValueError
        If no factor is given.

    Examples
    --------
    >>> import symproof as sp
    >>> sp.direct_product(sp.group("C2"), sp.group("C3")).order
    6
    """
    if not factors:
        raise InvalidValueError("direct_product needs at least one factor")
    for i, G in enumerate(factors):
        check_group(G, f"factor {i} of direct_product")
    if name is not None:
        check_type(name, str, "name", "a str")
    offsets = np.cumsum([0] + [G.degree for G in factors])
    total = int(offsets[-1])
    gens = []
    for G, off in zip(factors, offsets):
        for s in G.generators:
            row = np.arange(total)
            row[off:off + G.degree] = s.astype(np.int64) + off
            gens.append(row.tolist())
    label = name or " x ".join(G.name or "?" for G in factors)
    points = None
    if any(G.has_vector_points() for G in factors):
        def points() -> DomainMatrix:
            return block_diagonal([G.natural_points() for G in factors])
    return FiniteGroup(as_permutations(gens, degree=total), name=label, points=points)


# -- sweeps ---------------------------------------------------------------------------
