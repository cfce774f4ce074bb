"""Groups given by exact matrices, as permutation groups on an orbit of vectors.

A matrix group acts faithfully on the orbit of the standard basis vectors
(a matrix is determined by the images of the basis). The orbit is followed
breadth-first in exact arithmetic; the generators become permutations of the
orbit points, and the orbit vectors are kept as the group's points, so its
natural action is the defining one.

Nothing is followed without a bound. First each generator must have finite order
(:func:`~symproof.exact.matrix_order.matrix_order`: its minimal polynomial over ``Q`` is a
product of distinct cyclotomic polynomials), else :class:`InvalidMatrixError`. Then a finite
group of ``d x d`` matrices over a field of degree ``n`` lies in ``GL_dn(Q)``, so its order
divides Minkowski's bound ``M(dn)`` and the orbit has at most ``d M(dn)`` vectors: a longer
orbit proves the group infinite (:class:`InvalidMatrixError`). Last, an orbit larger than
``max_orbit`` stops the construction with a :class:`GroupTooLargeError` (an infinite or too
large group).

>>> import sympy
>>> gens, points = permutation_form([sympy.Matrix([[0, -1], [1, 0]])])
>>> gens.tolist(), points.shape
([[1, 2, 3, 0]], (2, 4))
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
import sympy
from sympy.polys.matrices import DomainMatrix

from symproof.config import resolve_limit
from symproof.errors import GroupTooLargeError, InvalidMatrixError
from symproof.exact.fields import exact_domain
from symproof.exact.matrix_order import field_degree, matrix_order, minkowski_bound
from symproof.groups.permutations import permutation_dtype

__all__ = ["basis_orbit", "exact_matrices", "permutation_form"]


def exact_matrices(matrices: Iterable[Any], *, real: bool = True) -> list[DomainMatrix]:
    """Validate square exact matrices of one size and place them in one domain (complex with ``real=False``)."""
    mats: list[Any] = []
    for k, m in enumerate(matrices):
        try:
            M = sympy.Matrix(m)
        except (TypeError, ValueError) as err:
            raise InvalidMatrixError(f"matrices[{k}] = {m!r} is not a matrix") from err
        if not M.is_square or M.rows == 0:
            raise InvalidMatrixError(f"matrices[{k}] has shape {M.shape}; matrices must be square and non-empty")
        if mats and M.shape != mats[0].shape:
            raise InvalidMatrixError(
                f"matrices[{k}] has shape {M.shape} but matrices[0] has {mats[0].shape}; all must have one size")
        mats.append(M)
    if not mats:
        raise InvalidMatrixError("no matrices given: a matrix group needs at least one generator")
    d = mats[0].rows
    K, flat = exact_domain([x for M in mats for x in M], real=real)
    out = []
    for k in range(len(mats)):
        entries = flat[k * d * d:(k + 1) * d * d]
        D = DomainMatrix([entries[i * d:(i + 1) * d] for i in range(d)], (d, d), K)
        if D.det() == K.zero:
            raise InvalidMatrixError(f"matrices[{k}] = {mats[k].tolist()} is not invertible")
        out.append(D)
    return out


def permutation_form(matrices: Iterable[Any], *, max_orbit: int | None = None) -> tuple[np.ndarray, DomainMatrix]:
    """Generators as permutations of the orbit of the standard basis, and that orbit.

    Returns ``(generators, points)``: a ``(k, N)`` array of image lists and the
    exact ``d x N`` matrix whose columns are the orbit vectors (the first ``d``
    columns are the standard basis).
    """
    return basis_orbit(exact_matrices(matrices), max_orbit=max_orbit)


def basis_orbit(mats: list[DomainMatrix], *, max_orbit: int | None = None) -> tuple[np.ndarray, DomainMatrix]:
    """:func:`permutation_form` for validated matrices over one field.

    Raises :class:`InvalidMatrixError` for a generator of infinite order or an orbit longer
    than Minkowski's bound allows (an infinite group), :class:`GroupTooLargeError` for an
    orbit longer than ``max_orbit``.
    """
    limit = resolve_limit("max_orbit", max_orbit)
    for k, M in enumerate(mats):
        matrix_order(M, name=f"matrices[{k}]")
    K, d = mats[0].domain, mats[0].shape[0]
    n = field_degree(K)
    finite_bound = d * minkowski_bound(d * n)
    rows = [M.to_list() for M in mats]
    points: list[tuple] = [tuple(K.one if i == j else K.zero for i in range(d)) for j in range(d)]
    where = {p: i for i, p in enumerate(points)}
    images: list[list[int]] = [[] for _ in mats]
    i = 0
    while i < len(points):
        v = points[i]
        for k, M in enumerate(rows):
            w = tuple(sum((a * b for a, b in zip(row, v)), K.zero) for row in M)
            if w not in where:
                if len(points) >= min(limit, finite_bound):
                    raise _orbit_error(len(rows), d, n, limit, finite_bound)
                where[w] = len(points)
                points.append(w)
            images[k].append(where[w])
        i += 1
    gens = np.array(images, dtype=np.int64).astype(permutation_dtype(len(points)))
    P = DomainMatrix([[p[r] for p in points] for r in range(d)], (d, len(points)), K)
    return gens, P


def _orbit_error(count: int, d: int, n: int, limit: int, finite_bound: int) -> Exception:
    """Why an orbit stopped: longer than any finite group allows (proven infinite), or than ``max_orbit``."""
    if finite_bound <= limit:
        return InvalidMatrixError(
            f"the {count} given matrices generate an infinite group: the orbit of the standard basis has more "
            f"than {finite_bound} vectors, while a finite group G of {d} x {d} matrices over a field of degree {n} "
            f"has at most {d} |G| of them and |G| divides {minkowski_bound(d * n)}, Minkowski's bound for "
            f"finite subgroups of GL_{d * n}(Q)")
    return GroupTooLargeError(
        f"the orbit of the standard basis under the {count} given matrices exceeds "
        f"max_orbit={limit} vectors: the group is infinite or too large "
        "(raise the limit with symproof.set_limits(max_orbit=...))")
