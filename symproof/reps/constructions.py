"""Constructing representations: trivial, sign, permutation, regular, from generator images, sums, products.

Constructors return :class:`~symproof.reps.representation.Representation` objects:
:func:`trivial`, :func:`sign`, :func:`permutation` (any action on points),
:func:`regular`, :func:`from_generator_images` (exact matrices for the
generators, checked to define a homomorphism), :func:`direct_sum`,
:func:`tensor_product`, :func:`symmetric_power`, :func:`restrict`. Characters are
:func:`symproof.reps.representation.character`.

>>> import symproof as sp
>>> G = sp.group("S3")
>>> sp.decompose(sp.character(sp.natural_action(G)))   # R^3 = trivial + standard
[1, 0, 1]
>>> rho = regular(G)
>>> rho.dimension, sp.decompose(sp.character(rho))
(6, [1, 1, 2])
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from math import comb
from typing import TYPE_CHECKING, Any

import numpy as np
import sympy
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symproof.config import resolve_limit
from symproof.errors import InvalidArgumentError, LimitExceededError, NotAHomomorphismError
from symproof.exact.fields import block_diagonal, common_domain
from symproof.groups.enumeration import group_order
from symproof.groups.matrix_groups import basis_orbit, exact_matrices
from symproof.groups.permutations import as_permutations, compose
from symproof.reps.representation import Representation

if TYPE_CHECKING:  # pragma: no cover
    from symproof.groups.finite_group import FiniteGroup

__all__ = [
    "direct_sum",
    "from_generator_images",
    "invariant_subspace",
    "permutation",
    "regular",
    "restrict",
    "sign",
    "symmetric_power",
    "tensor_product",
    "trivial",
]


def _table_limit(entries: int, what: str) -> None:
    limit = resolve_limit("max_table", None)
    if entries > limit:
        raise LimitExceededError(f"{what} needs a table of {entries} entries, above max_table={limit}; "
                                 "raise it with symproof.set_limits(max_table=...)")


# -- constructors ----------------------------------------------------------------------


def trivial(G: FiniteGroup) -> Representation:
    """Return the trivial representation ``rho(g) = 1`` on ``Q^1``.

    Parameters
    ----------
    G : FiniteGroup
        The group.

    Returns
    -------
    Representation
        Of dimension 1.

    Examples
    --------
    >>> import symproof as sp
    >>> sp.trivial(sp.group("S3")).dimension
    1
    """
    return Representation(G, DomainMatrix([[QQ.one]], (1, 1), QQ), np.zeros((G.order, 1), dtype=np.int64),
                           name="trivial")


def _parities(G: FiniteGroup) -> np.ndarray:
    """0 for even, 1 for odd permutations (of the group's points)."""
    els = G.elements.astype(np.intp)
    n = G.degree
    least = np.broadcast_to(np.arange(n), els.shape).copy()
    current = np.broadcast_to(np.arange(n), els.shape).copy()
    for _ in range(n):
        current = np.take_along_axis(els, current, axis=1)
        least = np.minimum(least, current)
    cycles = np.sum(least == np.arange(n), axis=1)
    return (n - cycles) % 2


def sign(G: FiniteGroup) -> Representation:
    """Return the sign representation ``rho(g) = sgn(g)`` of the permutations on the group's points, on ``Q^1``.

    Realised on the two points ``+1`` and ``-1``, swapped by odd permutations.

    Parameters
    ----------
    G : FiniteGroup
        The group.

    Returns
    -------
    Representation
        Of dimension 1.

    Notes
    -----
    Parities from the cycle counts of all elements at once: ``O(|G| n^2)`` for ``n`` points.

    Examples
    --------
    >>> import symproof as sp
    >>> [sp.sign(sp.group("S3")).trace(g) for g in range(6)]
    [1, -1, -1, 1, 1, -1]
    """
    odd = _parities(G)
    action = np.stack([odd, 1 - odd], axis=1)
    return Representation(G, DomainMatrix([[QQ.one, -QQ.one]], (1, 2), QQ), action, name="sign")


def permutation(G: FiniteGroup, action: np.ndarray | Sequence[Sequence[int]] | None = None) -> Representation:
    """Return the permutation representation of an action of ``G`` on points ``0..n-1``.

    ``rho(g) e_i = e_{g.i}`` (permutation matrices). ``action[g]`` is the image list of
    element ``g`` (all ``|G|`` rows); ``None`` uses the group's own points.

    Parameters
    ----------
    G : FiniteGroup
        The group.
    action : array-like or None
        ``|G|`` image lists, or ``None`` for the group's points.

    Returns
    -------
    Representation
        Of dimension ``n``; its character counts fixed points.

    Raises
    ------
    InvalidArgumentError
        If the rows are not permutations or there are not ``|G|`` of them.
    NotAHomomorphismError
        If the rows do not define an action.

    Examples
    --------
    >>> import symproof as sp
    >>> [sp.permutation(sp.group("S3")).trace(g) for g in range(6)]
    [3, 1, 1, 0, 0, 1]
    """
    if action is None:
        return Representation(G, name="permutation")
    table = as_permutations(np.asarray(action).tolist(), what="action")
    if table.shape[0] != G.order:
        raise InvalidArgumentError(f"an action needs one image list per element: {table.shape[0]} rows for |G|={G.order}")
    for s in G.generator_indices:
        if not np.array_equal(table[G.left_translation(int(s))], compose(table[int(s)][None, :], table)):
            raise NotAHomomorphismError(f"the action rows are not a homomorphism at generator {G.element(int(s))}")
    return Representation(G, None, table.astype(np.int64), name="permutation")


def regular(G: FiniteGroup) -> Representation:
    """Return the left regular representation on ``Q^|G|``: ``rho(g) e_x = e_{gx}``.

    It is the representation on ``L^2(G)``; every irreducible ``pi`` occurs ``d_pi`` times.

    Parameters
    ----------
    G : FiniteGroup
        The group.

    Returns
    -------
    Representation
        Of dimension ``|G|``.

    Raises
    ------
    LimitExceededError
        If ``|G|^2`` exceeds the ``max_table`` limit.

    Examples
    --------
    >>> import symproof as sp
    >>> rho = sp.regular(sp.group("S3"))
    >>> rho.dimension, rho.trace(0), rho.trace(1)
    (6, 6, 0)
    """
    _table_limit(G.order * G.order, f"the regular representation of {G}")
    table = G.mul(np.arange(G.order)[:, None], np.arange(G.order)[None, :])
    return Representation(G, None, np.asarray(table, dtype=np.int64), name="regular")


def from_generator_images(G: FiniteGroup, images: Iterable[Any], *, max_orbit: int | None = None) -> Representation:
    """The representation sending ``G.generators[k]`` to ``images[k]`` (exact, possibly complex, matrices).

    The images must satisfy the relations of ``G``: the group of pairs ``(g, rho(g))`` generated by
    ``(s_k, images[k])`` must have order ``|G|``; otherwise :class:`NotAHomomorphismError`.

    Parameters
    ----------
    G : FiniteGroup
        The group.
    images : iterable of matrices
        One exact square matrix per generator of ``G``.
    max_orbit : int, optional
        Largest orbit enumerated (default: the configured limit).

    Returns
    -------
    Representation
        The representation, exact over the field of the entries.

    Raises
    ------
    InvalidMatrixError
        If an image is not an exact invertible square matrix of the common size.
    NotAHomomorphismError
        If the images do not satisfy the relations of ``G``.
    LimitExceededError
        If the orbit is larger than ``max_orbit``.

    Notes
    -----
    Enumerates the orbit of the pairs ``(s_k, images[k])``: ``O(|G| |gens|)`` products of
    ``d x d`` exact matrices.

    Examples
    --------
    >>> import sympy, symproof as sp
    >>> G = sp.group("C4")
    >>> rho = from_generator_images(G, [sympy.Matrix([[sympy.I]])])
    >>> [rho.trace(g) for g in range(4)]
    [1, I, -1, -I]
    """
    mats = exact_matrices(images, real=False)
    if len(mats) != len(G.generators):
        raise InvalidArgumentError(f"{len(mats)} images for the {len(G.generators)} generators of {G}")
    orbit_perms, points = basis_orbit(mats, max_orbit=max_orbit)
    n = G.degree
    pairs = np.concatenate([G.generators.astype(np.int64), orbit_perms.astype(np.int64) + n], axis=1)
    pair_gens = as_permutations(pairs.tolist(), what="pairs")
    if group_order(pair_gens) != G.order:
        raise NotAHomomorphismError(f"the images do not define a homomorphism of {G}: the relations of the "
                                    "generators do not hold for the matrices")
    from symproof.groups.enumeration import enumerate_elements

    both = enumerate_elements(pair_gens, max_order=G.order).astype(np.int64)
    table = np.empty((G.order, points.shape[1]), dtype=np.int64)
    table[G.index(both[:, :n].astype(G.elements.dtype))] = both[:, n:] - n
    return Representation(G, points, table)


def direct_sum(*reps: Representation) -> Representation:
    """Return the direct sum ``rho_1 (+) ... (+) rho_k`` (block-diagonal matrices).

    Parameters
    ----------
    *reps : Representation
        Representations of the same group.

    Returns
    -------
    Representation
        Of dimension ``sum dim rho_i``; characters add.

    Raises
    ------
    InvalidArgumentError
        If the representations are of different groups or none is given.

    Examples
    --------
    >>> import symproof as sp
    >>> G = sp.group("S3")
    >>> sp.direct_sum(sp.natural_action(G), sp.sign(G)).dimension
    4
    """
    G = _same_group(reps)
    offsets = np.cumsum([0] + [r.points.shape[1] for r in reps])
    table = np.concatenate([r.action + off for r, off in zip(reps, offsets)], axis=1)
    return Representation(G, block_diagonal([r.points for r in reps]), table)


def tensor_product(rho: Representation, sigma: Representation) -> Representation:
    """Return the tensor product ``rho (x) sigma``: ``g`` acts by ``rho(g) (x) sigma(g)`` on Kronecker products.

    Parameters
    ----------
    rho, sigma : Representation
        Representations of the same group.

    Returns
    -------
    Representation
        Of dimension ``dim rho * dim sigma``; characters multiply.

    Raises
    ------
    InvalidArgumentError
        If the groups differ.
    LimitExceededError
        If the action table exceeds the ``max_table`` limit.

    Examples
    --------
    >>> import symproof as sp
    >>> rho = sp.natural_action(sp.group("S3"))
    >>> sp.tensor_product(rho, rho).dimension
    9
    """
    G = _same_group([rho, sigma])
    P, Q = common_domain([rho.points, sigma.points])
    n1, n2 = P.shape[1], Q.shape[1]
    _table_limit(G.order * n1 * n2, "the tensor product")
    K = P.domain
    p, q = P.to_list(), Q.to_list()
    cols = [[p[a][i] * q[b][j] for a in range(len(p)) for b in range(len(q))] for i in range(n1) for j in range(n2)]
    points = DomainMatrix([list(r) for r in zip(*cols)], (len(p) * len(q), n1 * n2), K)
    table = (rho.action[:, :, None] * n2 + sigma.action[:, None, :]).reshape(G.order, n1 * n2)
    return Representation(G, points, table)


def symmetric_power(rho: Representation, k: int) -> Representation:
    """Return ``Sym^k(rho)``, the ``k``-th symmetric power, in the monomial basis of degree-``k`` polynomials.

    ``g`` acts on symmetric products ``v_1 ... v_k`` by ``(rho(g) v_1) ... (rho(g) v_k)``;
    the dimension is ``C(d + k - 1, k)``.

    Parameters
    ----------
    rho : Representation
        A representation of dimension ``d``.
    k : int
        The degree, ``>= 0``.

    Returns
    -------
    Representation
        ``Sym^k(rho)``.

    Raises
    ------
    InvalidArgumentError
        If ``k`` is not an int ``>= 0``.
    LimitExceededError
        If the action table exceeds the ``max_table`` limit.

    Notes
    -----
    One product of ``k`` linear forms per multiset of the representation's points:
    ``O(C(N + k - 1, k) C(d + k - 1, k) k)`` field operations for ``N`` points.

    Examples
    --------
    >>> import symproof as sp
    >>> sp.symmetric_power(sp.natural_action(sp.group("S3")), 2).dimension
    6
    """
    if not isinstance(k, int) or k < 0:
        raise InvalidArgumentError(f"k must be an int >= 0, got {k!r}")
    G, N, d = rho.group, rho.points.shape[1], rho.dimension
    multisets = list(itertools.combinations_with_replacement(range(N), k))
    _table_limit(G.order * len(multisets) * max(k, 1), f"Sym^{k}")
    K = rho.domain
    monomials = list(itertools.combinations_with_replacement(range(d), k))
    where = {m: i for i, m in enumerate(monomials)}
    P = rho.points.to_list()
    columns = [_product_coefficients([[P[r][i] for r in range(d)] for i in ms], where, K) for ms in multisets]
    points = DomainMatrix([list(r) for r in zip(*columns)], (comb(d + k - 1, k), len(multisets)), K)
    idx = np.array(multisets, dtype=np.int64).reshape(len(multisets), k)
    images = np.sort(rho.action[:, idx], axis=2)  # (|G|, M, k)
    codes = _encode(images, N)
    order = np.argsort(_encode(idx[None], N)[0])
    sorted_codes = _encode(idx[None], N)[0][order]
    table = order[np.searchsorted(sorted_codes, codes)]
    return Representation(G, points, table)


def _encode(rows: np.ndarray, base: int) -> np.ndarray:
    out = np.zeros(rows.shape[:-1], dtype=object if base ** rows.shape[-1] >= 1 << 62 else np.int64)
    for j in range(rows.shape[-1]):
        out = out * base + rows[..., j]
    return out


def _product_coefficients(vectors: list[list], where: dict, K) -> list:
    """Coefficients of the product of linear forms ``sum_r v[r] x_r`` in the given monomial basis."""
    poly = {(): K.one}
    for v in vectors:
        nxt: dict = {}
        for mono, c in poly.items():
            for r, a in enumerate(v):
                if a:
                    key = tuple(sorted((*mono, r)))
                    nxt[key] = nxt.get(key, K.zero) + c * a
        poly = nxt
    out = [K.zero] * len(where)
    for mono, c in poly.items():
        out[where[mono]] = c
    return out


def restrict(rho: Representation, H: FiniteGroup) -> Representation:
    """Return the restriction ``Res_H rho``: the same matrices ``rho(h)`` for ``h`` in ``H``.

    Parameters
    ----------
    rho : Representation
        A representation of ``G``.
    H : FiniteGroup
        A subgroup of ``G`` on the same points.

    Returns
    -------
    Representation
        A representation of ``H`` of the same dimension.

    Raises
    ------
    NotInGroupError
        If an element of ``H`` is not in ``G``.

    Examples
    --------
    >>> import symproof as sp
    >>> G = sp.group("S3")
    >>> r = sp.restrict(sp.natural_action(G), sp.subgroup(G, [1]))
    >>> r.dimension, r.group.order
    (3, 2)
    """
    rows = rho.group.index(H.elements)
    return Representation(H, rho.points, rho.action[rows])


def invariant_subspace(rho: Representation) -> sympy.Matrix:
    """A basis (columns, exact) of ``{v : rho(g) v = v for all g}``."""
    d, K = rho.dimension, rho.domain
    eye = DomainMatrix.eye(d, K)
    stacked = [rho.domain_matrix(int(s)) - eye for s in rho.group.generator_indices]
    if not stacked:
        return sympy.eye(d)
    A = stacked[0]
    for B in stacked[1:]:
        A = A.vstack(B)
    basis = A.nullspace().transpose()
    return sympy.Matrix([[K.to_sympy(x) for x in row] for row in basis.to_list()]) if basis.shape[1] else \
        sympy.zeros(d, 0)


def _same_group(reps: Sequence[Representation]) -> FiniteGroup:
    if not reps:
        raise InvalidArgumentError("no representations given")
    G = reps[0].group
    for r in reps[1:]:
        if r.group != G:
            raise InvalidArgumentError(f"representations of different groups: {G} and {r.group}")
    return G
