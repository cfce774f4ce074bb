"""Character tables by the Dixon–Schneider method.

Notes
-----
For each irreducible ``chi`` the central character
``w_chi(C_k) = |C_k| chi(g_k) / chi(1)`` is a common eigenvector of the class
matrices ``M_j[i, k] = #{x in C_j : x^{-1} z_k in C_i}`` (``z_k`` a fixed element
of ``C_k``), with eigenvalue ``w_chi(C_j)``. Working modulo a prime
``p = 1 (mod exp G)``, ``p > 2 sqrt|G|``, the common eigenspaces are split one
class matrix at a time, cheapest first (Schneider; here the least ``|C_j| / o_j``: a
class of elements of large order ``o_j`` has many distinct eigenvalues), until every space
is a line (FLINT ``nmod_mat``: characteristic polynomials, roots, nullspaces). Each
line gives ``w`` mod p; ``chi(1)^2 = |G| / sum_k w_k w_{k*} / |C_k|`` fixes the degree
(``chi(1) <= sqrt|G| < p/2``), and ``chi(g_k) = sum_l m_l zeta_o^l`` is lifted exactly
from the eigenvalue multiplicities ``m_l = (1/o) sum_j chi(g^j) z^{-jl} (mod p)``,
integers in ``[0, chi(1)]`` (``z`` of order ``o`` in ``F_p``).

Each row lives in its own field ``Q(zeta_{f_i})``: ``f_i`` is the least divisor of
``exp G`` such that every ``sigma_a`` with ``a = 1 (mod f_i)`` fixes the row, decided
modulo ``p`` from the power maps (``chi^sigma_a(g) = chi(g^a)``; distinct irreducibles
are distinct modulo ``p``, since their central characters are). The table's conductor
is the lcm of the ``f_i``, a field that is never built here.

Cost: one class matrix costs ``|C_j| r`` products (``r`` classes), never
``|G|^2``; eigenspaces cost ``O(r^3)`` modular operations per class matrix used.

>>> import symproof as sp
>>> f, values, degrees = dixon_schneider(sp.group("S3"))
>>> f, degrees
(1, [1, 1, 2])
>>> f, values, degrees = dixon_schneider(sp.group("PSL(2,7)"))
>>> f, sorted(row_conductor(row) for row in values)
(7, [1, 1, 1, 1, 7, 7])
"""

from __future__ import annotations

from math import gcd, isqrt, lcm
from typing import TYPE_CHECKING, Any

import flint
import numpy as np
import sympy
from sympy.polys.domains import QQ

from symproof.errors import SymproofInternalError
from symproof.exact import modular as mod
from symproof.exact.cyclotomic import from_multiplicities, own_conductor

if TYPE_CHECKING:  # pragma: no cover
    from symproof.groups.finite_group import FiniteGroup

__all__ = [
    "abelian_characters",
    "character_field_conductor",
    "class_matrix",
    "class_matrix_characters",
    "dixon_schneider",
    "row_conductor",
]

Characters = tuple[int, list[list], list[int]]
"""``(f, values, degrees)``: row ``i`` in one field ``Q(zeta_{f_i})``, ``f_i | f``; columns = classes."""

_CHUNK = 4_000_000  # element products per vectorised batch


def row_conductor(row: list) -> int:
    """The ``f_i`` of a row of :data:`Characters` (the field its values are elements of)."""
    return lcm(1, *(own_conductor(v) for v in row))


# -- power maps and Galois action ------------------------------------------------------------


def _power_classes(G: FiniteGroup) -> list[np.ndarray]:
    """For each class ``k`` (order ``o``): the classes of ``g_k^j``, ``j = 0..o-1``."""
    classes = G.conjugacy_classes()
    reps = np.array([c.representative for c in classes])
    orders = [c.element_order for c in classes]
    cur, seq = np.zeros_like(reps), []
    for _ in range(max(orders)):  # all representatives at once: g_k^j for j = 0, 1, ...
        seq.append(G.class_of[cur])
        cur = G.mul(cur, reps)
    table = np.array(seq)
    return [table[:o, k].astype(np.int64) for k, o in enumerate(orders)]


def _unit_power_maps(powers: list[np.ndarray], e: int) -> tuple[np.ndarray, np.ndarray]:
    """The units ``a`` mod ``e`` and ``PM[u, k]``: the class of ``g_k^a`` for ``a = units[u]``."""
    units = np.array([a for a in range(1, e + 1) if gcd(a, e) == 1], dtype=np.int64)
    return units, np.stack([pw[units % pw.size] for pw in powers], axis=1)


def _least_fixed_conductor(fixed: np.ndarray, units: np.ndarray, e: int) -> int:
    """Least ``f | e`` with ``fixed[u]`` for every unit ``units[u] = 1 (mod f)``."""
    for f in sympy.divisors(e):
        if fixed[(units - 1) % f == 0].all():
            return int(f)
    return e  # pragma: no cover - f = e always qualifies


def character_field_conductor(G: FiniteGroup) -> int:
    """Least ``f | exp(G)`` such that power maps ``x -> x^a``, ``a = 1 mod f``, fix every class.

    All character values then lie in ``Q(zeta_f)`` (``chi(g)^sigma_a = chi(g^a)``).

    >>> import symproof as sp
    >>> [character_field_conductor(sp.group(s)) for s in ["S5", "C5", "A4", "Q8"]]
    [1, 5, 3, 1]
    """
    units, PM = _unit_power_maps(_power_classes(G), G.exponent)
    return _least_fixed_conductor((PM == np.arange(PM.shape[1])).all(axis=1), units, G.exponent)


def _row_conductors(chi: np.ndarray, powers: list[np.ndarray], e: int) -> list[int]:
    """``f_i`` for each row of ``chi`` (values mod p): ``sigma_a`` fixes row ``i`` iff ``chi[i, PM[a]] = chi[i]``."""
    units, PM = _unit_power_maps(powers, e)
    fixed = (chi[:, PM] == chi[:, None, :]).all(axis=2)  # fixed[i, u]
    return [_least_fixed_conductor(row, units, e) for row in fixed]


# -- class matrices and their common eigenvectors ----------------------------------------------


def class_matrix(G: FiniteGroup, j: int) -> np.ndarray:
    """``M_j[i, k]``: the number of ``x`` in class ``j`` with ``x^{-1} z_k`` in class ``i``."""
    classes = G.conjugacy_classes()
    r = len(classes)
    reps = np.array([c.representative for c in classes])
    x_inv = G.inverses[classes[j].elements]
    M = np.zeros((r, r), dtype=np.int64)
    step = max(1, _CHUNK // max(1, x_inv.size))
    for start in range(0, r, step):
        ks = np.arange(start, min(r, start + step))
        cls = G.class_of[G.mul(x_inv[:, None], reps[None, ks])]
        for col, k in enumerate(ks):
            M[:, k] = np.bincount(cls[:, col], minlength=r)
    return M


def _echelon(W: flint.nmod_mat) -> tuple[flint.nmod_mat, list[int]]:
    """The column echelon basis of ``W`` (the identity on its pivot rows) and those rows."""
    R, pivots = mod.column_echelon_mod(mod.from_nmod_mat(W), W.modulus())
    return mod.as_nmod_mat(R, W.modulus()), pivots


def _split(G: FiniteGroup, p: int) -> list[np.ndarray]:
    """Common eigenvectors of the class matrices mod p, each normalised to ``w[0] = 1``."""
    classes = G.conjugacy_classes()
    r = len(classes)
    spaces = [(mod.as_nmod_mat(np.eye(r, dtype=np.int64), p), list(range(r)))]
    for j in sorted(range(1, r), key=lambda j: (classes[j].size / classes[j].element_order, j)):
        if all(W.ncols() == 1 for W, _ in spaces):
            break
        M = mod.as_nmod_mat(class_matrix(G, j), p)
        refined = []
        for W, pivots in spaces:
            if W.ncols() == 1:
                refined.append((W, pivots))
                continue
            MW = mod.from_nmod_mat(M * W)
            A = mod.as_nmod_mat(MW[pivots], p)  # M W = W A because W[pivots] = I
            refined.extend(_echelon(W * N) for _, N in mod.eigenspaces_mod(A))
        spaces = refined
    if any(W.ncols() != 1 for W, _ in spaces) or len(spaces) != r:
        raise SymproofInternalError(f"class matrices did not split mod {p}")
    vectors = [mod.from_nmod_mat(W)[:, 0] for W, _ in spaces]
    return [(w * mod.inverse_mod(w[0], p)) % p for w in vectors]


# -- the characters --------------------------------------------------------------------------------


def dixon_schneider(G: FiniteGroup) -> Characters:
    """``(f, values, degrees)``: exact values, row ``i`` in its own ``Q(zeta_{f_i})``, rows unsorted, columns = classes.

    ``f = lcm f_i`` is the conductor of the whole table. Abelian groups go through
    :func:`abelian_characters` (no eigenspaces needed).
    """
    if G.is_abelian() and G.order > 1:
        return abelian_characters(G)
    return class_matrix_characters(G)


def abelian_characters(G: FiniteGroup) -> Characters:
    """The characters of an abelian group, built generator by generator (no class matrices).

    Characters of ``H`` extend to ``<H, s>``: if ``m`` is least with ``s^m`` in ``H``, each
    ``psi`` has exactly ``m`` extensions, ``chi(s) = x`` with ``x^m = psi(s^m)``, and
    ``chi(h s^j) = psi(h) x^j``. Values are kept as exponents of ``zeta_e`` (``e = exp G``);
    cost ``O(|G|^2)`` integer operations. A character of order ``o`` has its values in
    ``Q(zeta_o)``. Same output as :func:`dixon_schneider`.

    >>> import symproof as sp
    >>> f, values, degrees = abelian_characters(sp.group("C2 x C4"))
    >>> f, len(values), set(degrees), sorted(row_conductor(row) for row in values)
    (4, 8, {1}, [1, 1, 1, 1, 4, 4, 4, 4])
    """
    e = G.exponent
    elements = np.array([0])
    exps = np.zeros((1, 1), dtype=np.int64)  # exps[i, k]: chi_i(elements[k]) = zeta_e^exps[i, k]
    for s in G.generator_indices:
        s = int(s)
        position = np.full(G.order, -1)
        position[elements] = np.arange(elements.size)
        powers = [0]
        while position[G.mul(powers[-1], s)] < 0:
            powers.append(G.mul(powers[-1], s))
        m = len(powers)
        if m == 1:
            continue
        t = exps[:, position[G.mul(powers[-1], s)]]  # psi(s^m)
        x0 = np.array([next(x for x in range(e) if (m * x - int(ti)) % e == 0) for ti in t])
        roots = (x0[:, None] + (e // m) * np.arange(m)[None, :]) % e  # the m choices of chi(s)
        new_exps = (exps[:, None, None, :] + roots[:, :, None, None] * np.arange(m)[None, None, :, None]) % e
        exps = new_exps.reshape(exps.shape[0] * m, m * elements.size)
        elements = np.concatenate([G.mul(p, elements) for p in powers])
    order = np.empty(G.order, dtype=np.int64)
    order[elements] = np.arange(G.order)
    reps = [c.representative for c in G.conjugacy_classes()]
    values = [_root_row(row[order[reps]].tolist(), e) for row in exps]
    return lcm(1, *(row_conductor(row) for row in values)), values, [1] * len(values)


def _root_row(exponents: list[int], e: int) -> list:
    """``[zeta_e^c for c in exponents]`` in ``Q(zeta_o)``, ``o`` the order of the character (``Q`` for ``o <= 2``)."""
    o = e // gcd(e, *exponents)
    if o <= 2:
        return [QQ(1 if c == 0 else -1) for c in exponents]
    f = o // 2 if o % 4 == 2 else o
    return [from_multiplicities([int(l == c * o // e) for l in range(o)], f) for c in exponents]


def class_matrix_characters(G: FiniteGroup) -> Characters:
    """The Dixon–Schneider computation proper (any group; see the module notes)."""
    classes = G.conjugacy_classes()
    r = len(classes)
    sizes = np.array([c.size for c in classes], dtype=np.int64)
    e = G.exponent
    p = mod.prime_one_mod(e, max(2 * isqrt(G.order) + 2, 2 * r))
    inverse_class = G.class_of[G.inverses[[c.representative for c in classes]]]
    inv_sizes = np.array([mod.inverse_mod(h, p) for h in sizes], dtype=np.int64)
    chis, degrees = [], []
    for w in _split(G, p):
        s = int(np.sum(w * w[inverse_class] % p * inv_sizes % p) % p)
        d2 = G.order * mod.inverse_mod(s, p) % p
        d = next((d for d in range(1, isqrt(G.order) + 1) if d * d % p == d2), None)
        if d is None:
            raise SymproofInternalError(f"no degree d <= sqrt|G| with d^2 = {d2} mod {p}")
        chis.append(d * w % p * inv_sizes % p)
        degrees.append(d)
    chi = np.array(chis, dtype=np.int64)
    powers = _power_classes(G)
    conductors = _row_conductors(chi, powers, e)
    columns = [_lift(chi, pw, c.element_order, e, z=mod.element_of_order(e, p), p=p, degrees=degrees,
                     conductors=conductors) for pw, c in zip(powers, classes)]
    values = [[columns[k][i] for k in range(r)] for i in range(r)]
    return lcm(1, *conductors), values, degrees


def _lift(chi: np.ndarray, pw: np.ndarray, o: int, e: int, *, z: int, p: int, degrees: list[int],
          conductors: list[int]) -> list[Any]:
    """Exact values at one class (order ``o``) for every character, from their values mod p on its powers."""
    zo_inv = mod.inverse_mod(pow(z, e // o, p), p)
    roots = [pow(zo_inv, l, p) for l in range(o)]
    dft = np.array([[pow(r, j, p) for j in range(o)] for r in roots], dtype=object if o * p * p >= 1 << 62 else np.int64)
    vals = chi[:, pw].astype(dft.dtype)
    m = (vals @ dft.T) % p * mod.inverse_mod(o, p) % p  # m[i, l]: multiplicity of zeta_o^l for character i
    if np.any(m > np.array(degrees)[:, None]):
        raise SymproofInternalError("eigenvalue multiplicity out of range: wrong prime")
    return [from_multiplicities(row, f) for row, f in zip(m.tolist(), conductors)]
