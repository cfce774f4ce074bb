"""Character tables by the Dixon–Schneider method.

Notes
-----
For each irreducible ``chi`` the central character
``w_chi(C_k) = |C_k| chi(g_k) / chi(1)`` is a common eigenvector of the class
matrices ``M_j[i, k] = #{x in C_j : x^{-1} z_k in C_i}`` (``z_k`` a fixed element
of ``C_k``), with eigenvalue ``w_chi(C_j)``. Working modulo a prime
``p = 1 (mod exp G)``, ``p > 2 sqrt|G|``, the common eigenspaces are split one
class matrix at a time, smallest classes first (Schneider), until every space
is a line. Each line gives ``w`` mod p; ``chi(1)^2 = |G| / sum_k w_k w_{k*} /
|C_k|`` fixes the degree (``chi(1) <= sqrt|G| < p/2``), and
``chi(g_k) = sum_l m_l zeta_o^l`` is lifted exactly from the eigenvalue
multiplicities ``m_l = (1/o) sum_j chi(g^j) z^{-jl} (mod p)``, integers in
``[0, chi(1)]`` (``z`` of order ``o`` in ``F_p``).

Cost: one class matrix costs ``|C_j| r`` products (``r`` classes), never
``|G|^2``; eigenspaces cost ``O(r^3)`` modular operations per class matrix used.

>>> import symproof as sp
>>> f, values, degrees = dixon_schneider(sp.group("S3"))
>>> f, degrees
(1, [1, 1, 2])
"""

from __future__ import annotations

from math import gcd, isqrt
from typing import TYPE_CHECKING

import numpy as np
import sympy

from symproof.errors import SymproofInternalError
from symproof.exact import modular as mod
from symproof.exact.cyclotomic import from_multiplicities

if TYPE_CHECKING:  # pragma: no cover
    from symproof.groups.finite_group import FiniteGroup

__all__ = [
    "abelian_characters",
    "character_field_conductor",
    "class_matrix",
    "class_matrix_characters",
    "dixon_schneider",
]

_CHUNK = 4_000_000  # element products per vectorised batch


def character_field_conductor(G: FiniteGroup) -> int:
    """Least ``f | exp(G)`` such that power maps ``x -> x^a``, ``a = 1 mod f``, fix every class.

    All character values then lie in ``Q(zeta_f)`` (``chi(g)^sigma_a = chi(g^a)``).

    >>> import symproof as sp
    >>> [character_field_conductor(sp.group(s)) for s in ["S5", "C5", "A4", "Q8"]]
    [1, 5, 3, 1]
    """
    e = G.exponent
    fixing = {a for a in range(1, e + 1) if gcd(a, e) == 1 and _fixes_classes(G, a)}
    for f in sympy.divisors(e):
        if all(a in fixing for a in range(1, e + 1, f) if gcd(a, e) == 1):
            return int(f)
    return e  # pragma: no cover - f = e always qualifies


def _fixes_classes(G: FiniteGroup, a: int) -> bool:
    return bool(np.array_equal(G.power_map(a), np.arange(len(G.conjugacy_classes()))))


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
        prods = G.mul(x_inv[:, None], reps[None, ks])
        cls = G.class_of[prods]
        for col, k in enumerate(ks):
            M[:, k] = np.bincount(cls[:, col], minlength=r)
    return M


def _split(G: FiniteGroup, p: int) -> list[np.ndarray]:
    """Common eigenvectors of the class matrices mod p, each normalised to ``w[0] = 1``."""
    classes = G.conjugacy_classes()
    r = len(classes)
    spaces = [(np.eye(r, dtype=np.int64), list(range(r)))]
    order = sorted(range(1, r), key=lambda j: (classes[j].size, j))
    for j in order:
        if all(W.shape[1] == 1 for W, _ in spaces):
            break
        M = class_matrix(G, j) % p
        refined = []
        for W, pivots in spaces:
            if W.shape[1] == 1:
                refined.append((W, pivots))
                continue
            A = (M @ W % p)[pivots]  # M W = W A because W[pivots] = I
            for lam in mod.eigenvalues_mod(A, p):
                N = mod.nullspace_mod((A - lam * np.eye(A.shape[0], dtype=np.int64)) % p, p)
                refined.append(mod.column_echelon_mod(W @ N % p, p))
        spaces = refined
    if any(W.shape[1] != 1 for W, _ in spaces) or len(spaces) != r:
        raise SymproofInternalError(f"class matrices did not split mod {p}")
    return [(W[:, 0] * mod.inverse_mod(W[0, 0], p)) % p for W, _ in spaces]


def abelian_characters(G: FiniteGroup) -> tuple[int, list[list], list[int]]:
    """The characters of an abelian group, built generator by generator (no class matrices).

    Characters of ``H`` extend to ``<H, s>``: if ``m`` is least with ``s^m`` in ``H``, each
    ``psi`` has exactly ``m`` extensions, ``chi(s) = x`` with ``x^m = psi(s^m)``, and
    ``chi(h s^j) = psi(h) x^j``. Values are kept as exponents of ``zeta_e`` (``e = exp G``);
    cost ``O(|G|^2)`` integer operations. Same output as :func:`dixon_schneider`.

    >>> import symproof as sp
    >>> f, values, degrees = abelian_characters(sp.group("C2 x C4"))
    >>> f, len(values), set(degrees)
    (4, 8, {1})
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
    f = character_field_conductor(G)
    reps = [c.representative for c in G.conjugacy_classes()]
    values = [[from_multiplicities([1 if l == c else 0 for l in range(e)], f) for c in row[order[reps]].tolist()]
              for row in exps]
    return f, values, [1] * len(values)


def dixon_schneider(G: FiniteGroup) -> tuple[int, list[list], list[int]]:
    """``(f, values, degrees)``: exact values in ``Q(zeta_f)``, rows unsorted, columns = classes.

    Abelian groups go through :func:`abelian_characters` (no eigenspaces needed).
    """
    if G.is_abelian() and G.order > 1:
        return abelian_characters(G)
    return class_matrix_characters(G)


def class_matrix_characters(G: FiniteGroup) -> tuple[int, list[list], list[int]]:
    """The Dixon–Schneider computation proper (any group; see the module notes)."""
    classes = G.conjugacy_classes()
    r = len(classes)
    sizes = np.array([c.size for c in classes], dtype=np.int64)
    e = G.exponent
    p = mod.prime_one_mod(e, max(2 * isqrt(G.order) + 2, 2 * r))
    inverse_class = G.class_of[G.inverses[[c.representative for c in classes]]]
    inv_sizes = np.array([mod.inverse_mod(h, p) for h in sizes], dtype=np.int64)
    f = character_field_conductor(G)
    z = mod.element_of_order(e, p)
    chis, degrees = [], []
    for w in _split(G, p):
        s = int(np.sum(w * w[inverse_class] % p * inv_sizes % p) % p)
        d2 = G.order * mod.inverse_mod(s, p) % p
        d = next(d for d in range(1, isqrt(G.order) + 1) if d * d % p == d2)
        chis.append(d * w % p * inv_sizes % p)
        degrees.append(d)
    chi = np.array(chis, dtype=np.int64)
    columns = [_lift(chi, pw, c.element_order, e, z, p, degrees, f)
               for pw, c in zip(_power_classes(G), classes)]
    values = [[columns[k][i] for k in range(r)] for i in range(r)]
    return f, values, degrees


def _power_classes(G: FiniteGroup) -> list[np.ndarray]:
    """For each class ``k`` (order ``o``): the classes of ``g_k^j``, ``j = 0..o-1``."""
    out = []
    for c in G.conjugacy_classes():
        g, cur, seq = c.representative, 0, []
        for _ in range(c.element_order):
            seq.append(int(G.class_of[cur]))
            cur = G.mul(cur, g)
        out.append(np.array(seq))
    return out


def _lift(chi: np.ndarray, pw: np.ndarray, o: int, e: int, z: int, p: int, degrees: list[int], f: int) -> list:
    """Exact values at one class (order ``o``) for every character, from their values mod p on its powers."""
    zo_inv = mod.inverse_mod(pow(z, e // o, p), p)
    roots = [pow(zo_inv, l, p) for l in range(o)]
    dft = np.array([[pow(r, j, p) for j in range(o)] for r in roots], dtype=object if o * p * p >= 1 << 62 else np.int64)
    vals = chi[:, pw].astype(dft.dtype)
    m = (vals @ dft.T) % p * mod.inverse_mod(o, p) % p  # m[i, l]: multiplicity of zeta_o^l for character i
    if np.any(m > np.array(degrees)[:, None]):
        raise SymproofInternalError("eigenvalue multiplicity out of range: wrong prime")
    return [from_multiplicities(row, f) for row in m.tolist()]
