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
``special_linear(n, q)``, ``general_linear(n, q)``    permutation matrices on F_q^n minus 0
``projective_special_linear(n, q)``  ``|SL(n,q)|/gcd(n,q-1)``  permutation matrices on P^(n-1)(F_q)
``mathieu(n)`` ``M_11``, ``M_12``  ``7920``, ``95040``    permutation matrices on 11, 12 points
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
from symproof.config import resolve_limit
from symproof.errors import GroupSpecError, GroupTooLargeError, InvalidValueError
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
    "mathieu",
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
    """``S_n`` permuting ``0..n-1`` (generators: a transposition and an n-cycle).

    For ``3 <= n <= Limits.max_structured_degree`` the group is not enumerated (see
    :mod:`symproof.groups.symmetric`): ``symmetric(12).conjugacy_classes()`` is immediate.

    >>> len(symmetric(12).conjugacy_classes())
    77
    """
    n = check_int(n, "the degree of a symmetric group", min_value=1)
    gens = [[1, 0, *range(2, n)], [*range(1, n), 0]] if n > 1 else []
    return FiniteGroup.from_permutations(gens, degree=n, name=f"S{n}")


def alternating(n: int) -> FiniteGroup:
    """``A_n``: even permutations of ``0..n-1`` (generators: the 3-cycles ``(0 1 i)``), not enumerated like ``S_n``.

    >>> [c.size for c in alternating(5).conjugacy_classes()]
    [1, 15, 20, 12, 12]
    """
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


def _vectors(F: GF, n: int) -> np.ndarray:
    """The non-zero vectors of ``F_q^n`` (rows), in ``itertools.product`` order."""
    return np.array([v for v in itertools.product(range(F.q), repeat=n) if any(v)], dtype=np.int64).reshape(-1, n)


def _projective_points(F: GF, n: int) -> np.ndarray:
    """One vector per line of ``F_q^n``: the non-zero vectors whose first non-zero coordinate is 1."""
    V = _vectors(F, n)
    return V[V[np.arange(len(V)), np.argmax(V != 0, axis=1)] == 1]


def _apply(F: GF, M: np.ndarray, V: np.ndarray) -> np.ndarray:
    """``M v`` over ``F_q`` for each row ``v`` of ``V`` (the field's tables)."""
    out = np.zeros_like(V)
    for j in range(V.shape[1]):
        out = F.add[out, F.mul[M[:, j][None, :], V[:, [j]]]]
    return out


def _normalise(F: GF, V: np.ndarray) -> np.ndarray:
    """Each non-zero row scaled so that its first non-zero coordinate is 1."""
    lead = V[np.arange(len(V)), np.argmax(V != 0, axis=1)]
    return F.mul[F.inv[lead][:, None], V]


def _permutations_of(F: GF, matrices: list[np.ndarray], points: np.ndarray, projective: bool) -> list[list[int]]:
    """The generators as permutations of ``points`` (vectors, or lines when ``projective``)."""
    code = F.q ** np.arange(points.shape[1])
    where = np.full(F.q ** points.shape[1], -1, dtype=np.int64)
    where[points @ code] = np.arange(len(points))
    images = [_apply(F, M, points) for M in matrices]
    return [where[(_normalise(F, W) if projective else W) @ code].tolist() for W in images]


def _sl_generators(F: GF, n: int) -> list[np.ndarray]:
    """Generators of ``SL(n, q)``: ``x_12(1)``, ``diag(g, g^-1, 1, ...)`` and a signed n-cycle of the basis.

    ``x_12(1)`` and the cycle ``e_1 -> e_2 -> ... -> e_n -> (-1)^(n-1) e_1`` generate ``SL(n, p)``
    over the prime field; conjugating ``x_12(1)`` by the diagonal gives ``x_12(g^2 t)``,
    hence the whole root group over ``F_p[g^2] = F_q``. For ``n = 2`` these are the
    catalog's former ``SL(2, q)`` generators.
    """
    g, one = F.primitive, 1
    transvection = np.eye(n, dtype=np.int64)
    transvection[0, 1] = one
    diagonal = np.eye(n, dtype=np.int64)
    diagonal[0, 0], diagonal[1, 1] = g, int(F.inv[g])
    cycle = np.zeros((n, n), dtype=np.int64)
    for i in range(n - 1):
        cycle[i + 1, i] = one
    cycle[0, n - 1] = one if n % 2 else int(F.neg[one])
    return [transvection, diagonal, cycle]


def _check_linear(n: int, q: int) -> GF:
    n = check_int(n, "the dimension n of a linear group", min_value=2)
    q = check_int(q, "the field size q of a linear group", min_value=2)
    F = GF(q) if q ** n <= resolve_limit("max_orbit", None) else None
    if F is None:
        raise GroupTooLargeError(f"linear groups of dimension {n} over F_{q} act on {q ** n - 1} vectors, more than "
                                 f"max_orbit={resolve_limit('max_orbit', None)} (raise it with symproof.set_limits)")
    return F


def _linear_group(n: int, q: int, extra: bool, name: str) -> FiniteGroup:
    F = _check_linear(n, q)
    matrices = _sl_generators(F, n)
    if extra:
        scale = np.eye(n, dtype=np.int64)
        scale[0, 0] = F.primitive
        matrices.append(scale)
    return FiniteGroup.from_permutations(_permutations_of(F, matrices, _vectors(F, n), projective=False), name=name)


def special_linear(n: int, q: int) -> FiniteGroup:
    """``SL(n, q)`` acting on the non-zero vectors of ``F_q^n``, order ``q^(n(n-1)/2) prod_{i=2}^n (q^i - 1)``.

    >>> special_linear(3, 2).order, special_linear(2, 3).degree
    (168, 8)
    """
    return _linear_group(n, q, extra=False, name=f"SL({n},{q})")


def general_linear(n: int, q: int) -> FiniteGroup:
    """``GL(n, q)`` acting on the non-zero vectors of ``F_q^n``, order ``prod_{i=0}^{n-1} (q^n - q^i)``.

    >>> general_linear(2, 3).order, general_linear(3, 2).order
    (48, 168)
    """
    return _linear_group(n, q, extra=True, name=f"GL({n},{q})")


def projective_special_linear(n: int, q: int) -> FiniteGroup:
    """``PSL(n, q) = SL(n, q)/Z`` acting on the projective space ``P^(n-1)(F_q)``, ``(q^n - 1)/(q - 1)`` points.

    For ``n = 2`` the points are ``F_q + {oo}`` (point ``q`` is ``oo``) and the generators
    ``x -> x + 1``, ``x -> g^2 x``, ``x -> -1/x``; for ``n >= 3`` the points are the vectors
    whose first non-zero coordinate is 1, and the generators those of ``SL(n, q)``.

    >>> projective_special_linear(3, 4).order, projective_special_linear(3, 4).degree
    (20160, 21)
    """
    F = _check_linear(n, q)
    if n > 2:
        points = _projective_points(F, n)
        gens = _permutations_of(F, _sl_generators(F, n), points, projective=True)
        return FiniteGroup.from_permutations(gens, name=f"PSL({n},{q})")
    inf = q
    square = int(F.mul[F.primitive, F.primitive])
    translate = [int(F.add[x, 1]) for x in range(q)] + [inf]
    scale = [int(F.mul[square, x]) for x in range(q)] + [inf]
    invert = [inf] + [int(F.neg[F.inv[x]]) for x in range(1, q)] + [0]
    return FiniteGroup.from_permutations([translate, scale, invert], name=f"PSL(2,{q})")


_MATHIEU: dict[int, list[str]] = {
    11: ["(0,1,2,3,4,5,6,7,8,9,10)", "(2,6,10,7)(3,9,4,5)"],
    12: ["(0,1,2,3,4,5,6,7,8,9,10)", "(2,6,10,7)(3,9,4,5)", "(0,11)(1,10)(2,5)(3,7)(4,8)(6,9)"],
}


def mathieu(n: int) -> FiniteGroup:
    """The Mathieu group ``M_n`` (``n = 11, 12``) as a permutation group of degree ``n``.

    ``M_11 = <(0 1 ... 10), (2 6 10 7)(3 9 4 5)>`` (order 7920) and ``M_12``, adding
    ``(0 11)(1 10)(2 5)(3 7)(4 8)(6 9)`` (order 95040): the ATLAS generators shifted to 0-based points.

    >>> mathieu(11).order, mathieu(12).order
    (7920, 95040)
    """
    n = check_int(n, "the degree of a Mathieu group", min_value=1)
    if n not in _MATHIEU:
        raise GroupSpecError(f"M{n} is not in the catalog: the Mathieu groups here are M11 and M12")
    gens = [_cycles(g, n) for g in _MATHIEU[n]]
    return FiniteGroup.from_permutations(gens, degree=n, name=f"M{n}")


def _cycles(text: str, n: int) -> list[int]:
    """The permutation of ``0..n-1`` written in cycle notation such as ``"(0,1,2)(3,4)"``."""
    image = list(range(n))
    for cycle in text.strip("()").split(")("):
        points = [int(x) for x in cycle.split(",")]
        for a, b in zip(points, points[1:] + points[:1]):
            image[a] = b
    return image


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
    action is the direct sum of the factors' natural actions. The product records its
    factors (``G.direct_factors``), so that its character table is the tensor product of theirs.

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
    return FiniteGroup(as_permutations(gens, degree=total), name=label, points=points, factors=factors)


# -- sweeps ---------------------------------------------------------------------------
