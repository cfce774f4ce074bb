"""The least weak or strong error on a fixed support: a semidefinite program, with proofs on both sides.

For a support ``S`` and the weights ``omega`` on it (``sum omega = 1``; probability schemes also
``omega >= 0``), write ``X_b(g)`` for the matrices of the constraint blocks ``b``:

* weak: one block per ``pi`` in ``Irr(F)``, ``X_pi(g) = pi(g)``; the error is ``w = u^2``;
* strong: one block per ``pi`` and ``h != e`` (one of ``h``, ``h^{-1}``; ``pi(h) != I``),
  ``X_{h,pi}(g) = (pi(h) - I) pi(g) = pi(hg) - pi(g)``; the error is ``s = u^2 / 2``;

with ``u(omega) = max_b ||sum_{g in S} omega(g) X_b(g)||_op``. The least ``u`` is the SDP
``min u`` subject to ``[[u I, R_b(omega)], [R_b(omega)^T, u I]] >= 0`` for every block (``R_b`` the
real form of the block: the block itself when real, ``[[Re, -Im], [Im, Re]]`` otherwise).

Proofs (``docs/duality.md`` writes them out):

upper bound
    the solver's weights rounded to rationals (summing to exactly 1, and ``>= 0`` for probability
    schemes), an :class:`~symproof.averaging.scheme.AveragingScheme` whose error is certified (or
    exact) by :func:`~symproof.averaging.symmetry_errors.weak_error` /
    :func:`~symproof.averaging.symmetry_errors.strong_error`;
lower bound
    a dual certificate: rank-one factors ``Z_b = sum_k a_k b_k^*`` (floats, i.e. exact dyadic
    rationals) with ``N = sum_b sum_k ||a_k|| ||b_k|| >= sum_b ||Z_b||_*`` and
    ``c(g) = Re sum_b <Z_b, X_b(g)>``. Probability schemes: ``u >= min_{g in S} c(g) / N``.
    Signed schemes: ``u >= (tau - R ||c - tau||_2) / N`` with ``R`` a bound on ``||omega||_2`` of
    every scheme at most as bad as the certified one (from ``M + J >= mu I``, ``M`` the Gram matrix
    of the Fourier map on ``S``). :func:`verify_certificate` checks all of it in ball arithmetic
    (python-flint Arb) from the floating-point irreducibles and their rigorous error bounds
    (:attr:`~symproof.reps.irreducibles.Irreducible.float_error_bound`); it needs nothing from
    the solver.

Solver: Clarabel (an interior-point conic solver with native PSD cones), called directly and
imported lazily (a dependency of symproof; without it the searches fall back to estimates). Not cvxpy: the
problem is one affine family of LMIs whose cone data is built here in a few lines, the solver's
dual (the PSD multipliers) is what the lower bound needs, and cvxpy would add a modelling layer
(canonicalisation costs seconds on the strong problems with hundreds of blocks) and a far larger
dependency for no gain. No solver output is trusted: it only proposes weights and multipliers.

>>> import symproof as sp
>>> G = sp.group("S3")
>>> F = sp.regular_functions(G)
>>> r = support_optimum(F, [0, 1, 3], "weak", exact=True)
>>> r.scheme.weights, r.upper.exact_value, r.lower.provenance.value, r.gap < 1e-9
((Fraction(2, 5), Fraction(1, 5), Fraction(2, 5)), 9/25, 'certified', True)
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import numpy as np
from flint import acb, acb_mat, arb

from symproof._frozen import Memoised, frozen_array, frozen_record, set_attributes
from symproof._validation import check_bool, check_choice, check_type
from symproof.averaging.scheme import AveragingScheme
from symproof.averaging.support_orbits import SupportOrbits, multiplication_table
from symproof.averaging.symmetry_errors import ErrorValue, numeric_matrices, strong_error, weak_error
from symproof.config import get_limits, limit_hint
from symproof.errors import InvalidValueError, LimitExceededError
from symproof.exact.balls import arb_to_fraction, is_positive_definite, precision
from symproof.exact.provenance import Bound, Provenance
from symproof.groups.subgroups import element_indices
from symproof.reps.irreducibles import irreducible_representations

if TYPE_CHECKING:  # pragma: no cover
    from symproof.functions.function_class import FunctionClass
    from symproof.reps.irreducibles import Irreducible

__all__ = ["DualBlock", "DualCertificate", "SupportOptimum", "SupportProblem", "certificate_profile", "support_optimum",
           "verify_certificate"]

KINDS = ("weak", "strong")
BITS = 128  # working precision of the verification (the inputs are doubles: products are exact at this precision)
DENOMINATORS = (1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 24, 30, 60, 120, 10**3, 10**6, 10**9)
SQRT2 = math.sqrt(2.0)
TOLERANCES = (1e-9, 1e-7)  # Clarabel's gap and feasibility tolerances, the second for a solve that stalls


@frozen_record(eq=False)
class DualBlock:
    """One block of a dual certificate: ``Z = left @ right^*`` (columns ``a_k``, ``b_k``), exact dyadic floats.

    ``row`` is the irreducible (its row of the character table); ``shift`` is ``h`` for a strong block
    (the factor ``pi(h) - I``), None for a weak one.

    >>> b = DualBlock(2, None, np.eye(2), np.eye(2))
    >>> b.matrix.tolist()
    [[(1+0j), 0j], [0j, (1+0j)]]
    """

    row: int
    shift: int | None
    left: np.ndarray
    right: np.ndarray

    def __post_init__(self) -> None:
        object.__setattr__(self, "left", frozen_array(np.asarray(self.left, dtype=complex)))
        object.__setattr__(self, "right", frozen_array(np.asarray(self.right, dtype=complex)))

    @property
    def matrix(self) -> np.ndarray:
        """``Z = sum_k a_k b_k^*`` in floating point (for display; the verifier works in balls)."""
        return self.left @ self.right.conj().T

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, DualBlock) and (self.row, self.shift) == (other.row, other.shift)
                and np.array_equal(self.left, other.left) and np.array_equal(self.right, other.right))

    __hash__ = None  # type: ignore[assignment]


@frozen_record
class DualCertificate:
    """A certificate that every scheme on ``support`` has ``kind`` error at least some ``t``: the dual blocks.

    ``level`` (``tau``) and ``gram_floor`` (``mu``, with ``M + J - mu I`` positive definite) are used
    for signed schemes only. :func:`verify_certificate` turns it into the bound ``t``.

    Attributes
    ----------
    kind : str
        ``"weak"`` or ``"strong"``.
    signed : bool
        Whether the bound is for signed schemes (else probability schemes).
    support : tuple of int
        The support ``S``.
    blocks : tuple of DualBlock
        The matrices ``Z_b``.
    level : float or None
        Signed: the reference value ``tau`` of ``c(g)`` on ``S``.
    gram_floor : Fraction or None
        Signed: ``mu``; None when ``M + J`` is (numerically) singular, and the bound is then 0.

    Examples
    --------
    >>> import symproof as sp
    >>> F = sp.regular_functions(sp.group("S3"))
    >>> c = support_optimum(F, [0, 1], "weak").certificate
    >>> c.kind, c.signed, c.support, verify_certificate(c, F) > 0
    ('weak', False, (0, 1), True)
    """

    kind: str
    signed: bool
    support: tuple[int, ...]
    blocks: tuple[DualBlock, ...]
    level: float | None = None
    gram_floor: Fraction | None = None

    def as_data(self) -> dict[str, Any]:
        """A JSON-ready dict (floats round-trip exactly through ``repr``); :meth:`from_data` reads it back.

        A real factor is stored as rows of floats, a complex one as rows of ``[re, im]`` pairs.
        """
        def matrix(A: np.ndarray) -> list:
            if not np.any(A.imag):
                return [[float(z) for z in row] for row in A.real]
            return [[[float(z.real), float(z.imag)] for z in row] for row in A]

        return {"kind": self.kind, "signed": self.signed, "support": list(self.support),
                "level": self.level, "gram_floor": None if self.gram_floor is None else str(self.gram_floor),
                "blocks": [{"row": b.row, "shift": b.shift, "left": matrix(b.left), "right": matrix(b.right)}
                           for b in self.blocks]}

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> DualCertificate:
        """The certificate written by :meth:`as_data`."""
        def matrix(rows: list) -> np.ndarray:
            return np.array([[complex(*z) if isinstance(z, list) else complex(z) for z in row] for row in rows],
                            dtype=complex)

        blocks = tuple(DualBlock(int(b["row"]), None if b["shift"] is None else int(b["shift"]),
                                 matrix(b["left"]), matrix(b["right"])) for b in data["blocks"])
        floor = data["gram_floor"]
        return cls(str(data["kind"]), bool(data["signed"]), tuple(int(g) for g in data["support"]), blocks,
                   data["level"], None if floor is None else Fraction(floor))


@frozen_record
class SupportOptimum:
    """The least ``kind`` error over the weights on ``support``, bracketed by two proofs.

    Attributes
    ----------
    kind : str
        ``"weak"`` or ``"strong"``.
    signed : bool
        Signed schemes (else probability schemes).
    support : tuple of int
        The support ``S``.
    value : float
        The SDP optimum (an estimate: the solver's value).
    scheme : AveragingScheme
        The rounded rational scheme on ``S``; ``upper`` is its error.
    upper : ErrorValue
        The error of ``scheme`` (certified or exact): ``optimum <= upper.upper``.
    lower : Bound
        ``optimum >= lower``, from :attr:`certificate` (:func:`verify_certificate`).
    certificate : DualCertificate
        The dual certificate.
    solver : str
        What the solver reported.

    Examples
    --------
    >>> import symproof as sp
    >>> F = sp.regular_functions(sp.group("C2^2"))
    >>> r = support_optimum(F, [0, 1, 2], "weak", exact=True)
    >>> r.upper.exact_value, float(r.lower) > 1 / 9 - 1e-7
    (1/9, True)
    """

    kind: str
    signed: bool
    support: tuple[int, ...]
    value: float
    scheme: AveragingScheme
    upper: ErrorValue
    lower: Bound
    certificate: DualCertificate
    solver: str

    @property
    def gap(self) -> float:
        """``upper - lower``: how tightly the optimum is bracketed."""
        return self.upper.upper - float(self.lower)


# -- the constraint blocks ------------------------------------------------------------------------


@frozen_record
class _Block:
    pi: Irreducible
    shift: int | None
    X: np.ndarray  # (|S|, d, d): X_b(g) for g in S, floating point


def _irreducibles(F: FunctionClass) -> list[Irreducible]:
    irreps = irreducible_representations(F.group)
    return [irreps[row] for row in F.irreducibles()]


def _shifts(pi: Irreducible) -> list[int]:
    """The ``h != e`` with ``pi(h) != I``, one of each pair ``h, h^{-1}`` (``||(pi(h^{-1}) - I) A|| = ||(pi(h) - I) A||``)."""
    G = pi.group
    P = numeric_matrices(pi)
    inverse = G.inverses
    moved = np.max(np.abs(P - np.eye(pi.dimension)), axis=(1, 2)) > 1e-8
    return [h for h in range(1, G.order) if moved[h] and h <= int(inverse[h])]


def _blocks(F: FunctionClass, kind: str, support: np.ndarray) -> list[_Block]:
    out = []
    for pi in _irreducibles(F):
        P = numeric_matrices(pi)
        if kind == "weak":
            out.append(_Block(pi, None, P[support]))
            continue
        for h in _shifts(pi):
            out.append(_Block(pi, h, P[_products(pi.group, h, support)] - P[support]))
    return out


def _products(G: Any, h: int, elements: np.ndarray) -> np.ndarray:
    """``h g`` for each ``g`` in ``elements``: a row of the multiplication table when the group has one."""
    if G.order <= SupportOrbits.MAX_ORDER:
        return multiplication_table(G)[h, elements]
    return np.asarray(G.mul(h, elements))


def _check_size(F: FunctionClass, kind: str) -> None:
    if kind == "strong" and F.group.order * sum(pi.dimension ** 3 for pi in _irreducibles(F)) > \
            get_limits().max_strong_dense_entries:
        raise LimitExceededError(f"the strong SDP on {F.group} has |G| sum_pi d_pi^3 entries above "
                                 f"{limit_hint('max_strong_dense_entries')}")


# -- the SDP (Clarabel) ---------------------------------------------------------------------------


def _real_form(X: np.ndarray) -> np.ndarray:
    """``X`` when real, else ``[[Re X, -Im X], [Im X, Re X]]`` (same operator norm), stacked over the first axis."""
    if not np.any(X.imag):
        return X.real
    return np.block([[X.real, -X.imag], [X.imag, X.real]])


def _complex_from_real(Z: np.ndarray, d: int) -> np.ndarray:
    """The complex ``Z`` with ``Re tr(Z^* X) = <Z_R, R(X)>`` for the real-form multiplier ``Z_R``."""
    if Z.shape[0] == d:
        return Z.astype(complex)
    P, Q, S, T = Z[:d, :d], Z[:d, d:], Z[d:, :d], Z[d:, d:]
    return (P + T) + 1j * (S - Q)


def _offdiagonal_positions(n: int) -> np.ndarray:
    """svec positions (upper triangle, column-major) of the entries ``(i, n + j)`` of a ``2n x 2n`` matrix."""
    i, j = np.meshgrid(np.arange(n), np.arange(n), indexing="ij")
    col = n + j
    return col * (col + 1) // 2 + i


def _solve(blocks: list[_Block], k: int, signed: bool) -> tuple[float, np.ndarray, list[np.ndarray], str]:
    """``(u, weights, [Z_b], status)``: min u s.t. the LMIs, from Clarabel; ``Z_b`` the complex multipliers."""
    try:
        import clarabel  # type: ignore[import-untyped]
        import scipy.sparse as sps
    except ImportError as exc:  # pragma: no cover - a broken installation
        raise ModuleNotFoundError("support_optimum needs the conic solver Clarabel, a dependency of symproof: "
                                  "pip install clarabel") from exc
    rows: list[np.ndarray] = [np.zeros(k, dtype=np.int64)]
    cols: list[np.ndarray] = [np.arange(k)]
    vals: list[np.ndarray] = [np.ones(k)]
    cones: list[Any] = [clarabel.ZeroConeT(1)]
    offset = 1
    if not signed:
        rows.append(1 + np.arange(k))
        cols.append(np.arange(k))
        vals.append(-np.ones(k))
        cones.append(clarabel.NonnegativeConeT(k))
        offset += k
    layout = []
    for block in blocks:
        R = _real_form(block.X)
        n = R.shape[1]
        m = 2 * n
        pos = _offdiagonal_positions(n)
        rows.append(offset + np.broadcast_to(pos, R.shape).reshape(-1))
        cols.append(np.repeat(np.arange(k), n * n))
        vals.append(-SQRT2 * R.reshape(-1))
        diagonal = np.arange(m)
        rows.append(offset + diagonal * (diagonal + 1) // 2 + diagonal)
        cols.append(np.full(m, k))
        vals.append(-np.ones(m))
        cones.append(clarabel.PSDTriangleConeT(m))
        layout.append((offset, pos))
        offset += m * (m + 1) // 2
    A = sps.csc_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(offset, k + 1))
    b = np.zeros(offset)
    b[0] = 1.0
    q = np.zeros(k + 1)
    q[k] = 1.0
    for tolerance in TOLERANCES:  # a stalled solve is retried looser; nothing it returns is trusted anyway
        settings = clarabel.DefaultSettings()
        settings.verbose = False
        settings.tol_gap_abs = settings.tol_gap_rel = settings.tol_feas = tolerance
        solution = clarabel.DefaultSolver(sps.csc_matrix((k + 1, k + 1)), q, A, b, cones, settings).solve()
        status = str(solution.status)
        x, z = np.asarray(solution.x), np.asarray(solution.z)
        if status in ("Solved", "AlmostSolved") and np.all(np.isfinite(x)) and np.all(np.isfinite(z)):
            Zs = [_complex_from_real(-SQRT2 * z[off + pos], blk.pi.dimension) for blk, (off, pos) in zip(blocks, layout)]
            return float(x[k]), x[:k], Zs, f"Clarabel {clarabel.__version__}: {status}, {solution.iterations} iterations"
    # no usable answer: the support stays open (no scheme, and a zero certificate proves nothing)
    return (math.inf, np.full(k, 1 / k), [np.zeros((blk.pi.dimension,) * 2, dtype=complex) for blk in blocks],
            f"Clarabel {clarabel.__version__}: {status} at tolerances {TOLERANCES} (no usable solution)")


def _block_norms(blocks: list[_Block], weights: np.ndarray) -> np.ndarray:
    """``||sum_g omega(g) X_b(g)||_op`` for every block, in floating point (blocks of one dimension at once)."""
    out = np.zeros(len(blocks))
    for d in {blk.X.shape[1] for blk in blocks}:
        idx = [i for i, blk in enumerate(blocks) if blk.X.shape[1] == d]
        A = np.einsum("k,nkij->nij", weights, np.stack([blocks[i].X for i in idx]))
        out[idx] = np.linalg.norm(A, 2, axis=(1, 2))
    return out


def _solve_generated(blocks: list[_Block], k: int, signed: bool) -> tuple[float, np.ndarray, list[np.ndarray],
                                                                         list[_Block], str]:
    """The SDP by constraint generation: solve on a few blocks, add the blocks the weights violate, repeat.

    Starts from the ``|S| + 4`` blocks largest at the uniform weights; every round adds up to
    ``|S| + 8`` violated blocks. The last round violates none (up to ``1e-9`` relative), so its value
    is the optimum of the whole problem. Returns the multipliers of the blocks kept.
    """
    chosen = set(np.argsort(-_block_norms(blocks, np.full(k, 1 / k)))[:k + 4].tolist())
    while True:
        active = sorted(chosen)
        u, weights, Zs, status = _solve([blocks[i] for i in active], k, signed)
        norms = _block_norms(blocks, weights)
        norms[active] = 0.0
        violated = np.flatnonzero(norms > max(u, 0.0) * (1 + 1e-9) + 1e-12)  # u may be a rounding below 0
        violated = violated[norms[violated] > 0.0]  # the active blocks are never added twice
        if violated.size == 0:
            return u, weights, Zs, [blocks[i] for i in active], status
        chosen.update(violated[np.argsort(-norms[violated])][:k + 8].tolist())


# -- the primal side: a rational scheme and its certified error ------------------------------------


def _error(kind: str, omega: AveragingScheme, F: FunctionClass, exact: bool) -> ErrorValue:
    return (weak_error if kind == "weak" else strong_error)(omega, F, exact=exact)


def _rational_weights(weights: np.ndarray, signed: bool) -> list[list[Fraction]]:
    """Rational weights summing to exactly 1 (``>= 0`` unless signed): the uniform ones, then the solver's weights
    rounded to small denominators, then to their exact binary values."""
    w = weights if signed else np.maximum(weights, 0.0)
    w = w / np.sum(w)
    out: dict[tuple[Fraction, ...], None] = {tuple([Fraction(1, w.size)] * w.size): None}
    for q in (*DENOMINATORS, None):
        rational = [Fraction(float(x)) if q is None else Fraction(float(x)).limit_denominator(q) for x in w]
        total = sum(rational, Fraction(0))
        if total != 0:
            out.setdefault(tuple(r / total for r in rational), None)
    return [list(key) for key in out]


def _primal(F: FunctionClass, kind: str, support: np.ndarray, blocks: list[_Block], weights: np.ndarray,
            signed: bool, exact: bool) -> tuple[AveragingScheme, ErrorValue]:
    """The first candidate (simplest first) whose floating-point error is within ``1e-9`` of the best, certified."""
    candidates = _rational_weights(weights, signed)
    scale = 1 if kind == "weak" else 2
    numeric = [float(np.max(_block_norms(blocks, np.array([float(x) for x in c])))) ** 2 / scale for c in candidates]
    best = min(numeric)
    chosen = next(c for c, v in zip(candidates, numeric) if v <= best + 1e-9 * max(1.0, best))
    omega = AveragingScheme.from_weights(F.group, dict(zip(support.tolist(), chosen)))
    return omega, _error(kind, omega, F, exact)


# -- the dual side: a certificate proposed from the multipliers ------------------------------------


def _inner(Z: np.ndarray, X: np.ndarray) -> np.ndarray:
    """``Re <Z, X(g)> = Re tr(Z^* X(g))`` for a stack ``X``."""
    return np.einsum("ij,gij->g", Z.conj(), X).real


def _polished(Zs: list[np.ndarray], blocks: list[_Block], active: np.ndarray) -> list[np.ndarray]:
    """``Z_b + sum_{h in A} y_h X_b(h)`` with ``c`` made constant on the active set ``A`` (least squares)."""
    c = np.sum([_inner(Z, blk.X) for Z, blk in zip(Zs, blocks)], axis=0)
    M = np.sum([np.einsum("gij,hij->gh", blk.X.conj(), blk.X).real for blk in blocks], axis=0)
    A = np.flatnonzero(active)
    system = np.hstack([M[np.ix_(A, A)], -np.ones((A.size, 1))])
    y = np.linalg.lstsq(system, -c[A], rcond=None)[0][:-1]
    return [Z + np.einsum("h,hij->ij", y, blk.X[A]) for Z, blk in zip(Zs, blocks)]


def _factored(Zs: list[np.ndarray], blocks: list[_Block]) -> list[tuple[DualBlock, _Block]]:
    """Rank-one factors ``a_k = sigma_k u_k``, ``b_k = v_k`` of each ``Z_b``, normalised to nuclear norms summing to 1.

    Singular values below ``1e-12`` of the total are dropped (the verifier checks what is kept).
    """
    svds = [np.linalg.svd(Z) for Z in Zs]
    total = sum(float(np.sum(s)) for _, s, _ in svds)
    out = []
    for (U, s, Vh), blk in zip(svds, blocks):
        keep = s > 1e-12 * total
        if np.any(keep):
            out.append((DualBlock(blk.pi.row, blk.shift, U[:, keep] * (s[keep] / total), Vh[keep].conj().T), blk))
    return out


def _gram_floor(F: FunctionClass, support: np.ndarray) -> Fraction | None:
    """``mu`` (a dyadic rational, half the least eigenvalue) with ``M + J >= mu I`` numerically; None if singular."""
    lam = float(np.linalg.eigvalsh(_gram_float(F, support))[0])
    if lam <= 1e-9 * F.group.order:
        return None
    return Fraction(lam / 2)


def _gram_float(F: FunctionClass, support: np.ndarray) -> np.ndarray:
    """``M + J``: ``M[g, h] = Re sum_{pi in Irr(F)} tr pi(g^{-1} h)`` on ``S``, plus 1 (floating point)."""
    G = F.group
    x = G.mul(G.inverses[support][:, None], support[None, :])
    return 1.0 + sum(np.trace(numeric_matrices(pi), axis1=1, axis2=2).real[x] for pi in _irreducibles(F))


def _certificate(F: FunctionClass, kind: str, support: np.ndarray, signed: bool, Zs: list[np.ndarray],
                 blocks: list[_Block], weights: np.ndarray, polish: bool) -> DualCertificate:
    if polish:
        active = np.ones(len(support), dtype=bool) if signed else weights > 1e-6 * np.max(weights)
        Zs = _polished(Zs, blocks, active)
    factors = _factored(Zs, blocks)
    level = floor = None
    if signed:
        c = sum((_inner(b.matrix, blk.X) for b, blk in factors), np.zeros(len(support)))
        level, floor = float(np.mean(c)), _gram_floor(F, support)
    return DualCertificate(kind, signed, tuple(support.tolist()), tuple(b for b, _ in factors), level, floor)


# -- the verifier: everything in ball arithmetic ----------------------------------------------------


def _acb_matrix(A: np.ndarray) -> acb_mat:
    """A float matrix as an exact ball matrix (radius 0: doubles are dyadic rationals)."""
    rows, cols = A.shape
    out = acb_mat(rows, cols)
    for i in range(rows):
        for j in range(cols):
            z = complex(A[i, j])
            out[i, j] = acb(z.real, z.imag)
    return out


def _norm(v: acb_mat) -> arb:
    total = arb(0)
    for i in range(v.nrows()):
        total += abs(v[i, 0]) ** 2
    return total.sqrt()


def _nuclear_bound(block: DualBlock) -> tuple[arb, acb_mat]:
    """``(sum_k ||a_k|| ||b_k||, Z)`` in balls: an upper bound on ``||Z||_*`` (triangle inequality) and ``Z``."""
    A, B = _acb_matrix(block.left), _acb_matrix(block.right)
    r = A.ncols()
    bound = arb(0)
    for k in range(r):
        bound += _norm(_column(A, k)) * _norm(_column(B, k))
    return bound, A * B.conjugate().transpose()


def _column(A: acb_mat, k: int) -> acb_mat:
    out = acb_mat(A.nrows(), 1)
    for i in range(A.nrows()):
        out[i, 0] = A[i, k]
    return out


def _pairings(Z: acb_mat, X: np.ndarray) -> list[arb]:
    """``Re tr(Z^* X(g))`` for a float stack ``X`` (exact balls), one product of ball matrices."""
    d = Z.nrows()
    flat = acb_mat(d * d, 1)
    for i in range(d):
        for j in range(d):
            flat[i * d + j, 0] = Z[i, j].conjugate()
    values = _acb_matrix(X.reshape(X.shape[0], d * d)) * flat
    return [values[g, 0].real for g in range(X.shape[0])]


def _check_certificate(cert: DualCertificate, F: FunctionClass) -> None:
    check_type(cert, DualCertificate, "cert", "a DualCertificate (from support_optimum)")
    rows = set(F.irreducibles())
    for b in cert.blocks:
        if b.row not in rows:
            raise InvalidValueError(f"certificate block on irreducible {b.row}, which is not in Irr(F) = {sorted(rows)}")
        if (b.shift is None) != (cert.kind == "weak"):
            raise InvalidValueError(f"a {cert.kind} certificate with a block of shift {b.shift}")
        if b.left.shape != b.right.shape or b.left.shape[0] != irreducible_representations(F.group)[b.row].dimension:
            raise InvalidValueError(f"certificate block of irreducible {b.row} has factors of the wrong shape")


def verify_certificate(cert: DualCertificate, F: FunctionClass, *, upper: Any = None) -> Bound:
    """Check a dual certificate in ball arithmetic: every scheme on ``cert.support`` has error at least the bound.

    Parameters
    ----------
    cert : DualCertificate
        The certificate (e.g. ``support_optimum(...).certificate``).
    F : FunctionClass
        The function class.
    upper : number, optional
        Signed certificates: a proven upper bound ``U`` on the optimum (``support_optimum`` passes the
        certified error of its scheme). The bound holds for every scheme with error ``<= U``, hence for the
        optimum; without ``U`` a signed certificate proves nothing (the bound is 0).

    Returns
    -------
    Bound
        A lower bound on the least ``cert.kind`` error over the (probability or signed) weights on the
        support: ``CERTIFIED`` when every irreducible involved has a rigorous float error bound,
        ``ESTIMATE`` for numeric irreducibles.

    Raises
    ------
    InvalidArgumentError
        If ``cert`` is not a :class:`DualCertificate`.
    InvalidValueError
        If a block names an irreducible outside ``Irr(F)``, or has the wrong kind or shape.

    Notes
    -----
    With ``N = sum_b sum_k ||a_k|| ||b_k||`` and ``c(g) = Re sum_b tr(Z_b^* X_b(g))`` (balls, plus the
    perturbation ``||Z_b||_* ||X_b - X~_b||_op`` of the floating-point matrices), ``u >= min_S c / N``
    (probability) or ``u >= (tau - R ||c - tau||_2) / N`` with ``R^2 = (D U + 1) / mu`` (signed;
    ``D = sum_{Irr(F)} d_pi``, ``M + J - mu I`` proven positive definite). Weak: ``w >= u^2``;
    strong: ``s >= u^2 / 2``. See ``docs/duality.md``.

    Examples
    --------
    >>> import symproof as sp
    >>> F = sp.regular_functions(sp.group("C4"))
    >>> r = support_optimum(F, [0, 1], "strong", signed=True)
    >>> verify_certificate(r.certificate, F, upper=r.upper.upper) == r.lower
    True
    """
    _check_certificate(cert, F)
    if not cert.blocks:
        return Bound(0, Provenance.EXACT, "no dual blocks: the error is at least 0")
    irreps = irreducible_representations(F.group)
    support = np.asarray(F.group.check_index(np.asarray(cert.support, dtype=np.int64)))
    proof = all(irreps[b.row].float_error_bound is not None for b in cert.blocks)
    with precision(BITS):
        N, c, slack = _paired(cert, F, support)
        if not cert.signed:
            u = (min(c, key=lambda x: float(x.lower())) - slack) / N
            method = "dual certificate: min over S of Re sum_b <Z_b, X_b(g)> over sum_b ||Z_b||_*"
        else:
            u, proof, method = _signed_level(cert, F, c, slack, N, upper, proof)
        u_low = u.lower()
        if not u_low > 0:
            return Bound(0, Provenance.EXACT, "the certificate proves nothing beyond error >= 0")
        value = u_low * u_low / (1 if cert.kind == "weak" else 2)
        result = _fraction_down(value.lower())
    provenance = Provenance.CERTIFIED if proof else Provenance.ESTIMATE
    return Bound(result, provenance, method + ", in ball arithmetic (python-flint Arb)")


def _paired(cert: DualCertificate, F: FunctionClass, elements: np.ndarray) -> tuple[arb, list[arb], arb]:
    """``(N, [c(g) for g in elements], slack)`` in balls: ``N >= sum_b ||Z_b||_*``, the pairings
    ``c(g) = Re sum_b <Z_b, X~_b(g)>`` of the floating-point blocks, and ``slack >= sum_b ||Z_b||_* ||X_b - X~_b||``."""
    irreps = irreducible_representations(F.group)
    N, c, slack = arb(0), [arb(0) for _ in elements], arb(0)
    for b in cert.blocks:
        pi = irreps[b.row]
        P = numeric_matrices(pi)
        bound, Z = _nuclear_bound(b)
        N += bound
        pairs = _pairings(Z, P[elements])
        if b.shift is not None:
            pairs = [x - y for x, y in zip(_pairings(Z, P[_products(F.group, b.shift, elements)]), pairs)]
        c = [x + y for x, y in zip(c, pairs)]
        slack += bound * arb(_float_radius(pi) * (1 if b.shift is None else 2))
    return N, c, slack


def certificate_profile(cert: DualCertificate, F: FunctionClass) -> tuple[np.ndarray, bool]:
    """``(v, proof)``: for every ``g`` in ``G`` a float ``v(g)``, rounded down, such that every probability scheme
    on any support ``S`` has ``u >= min_{g in S} v(g)`` (weak: ``w >= u^2``; strong: ``s >= u^2 / 2``).

    The dual bound of a probability certificate holds on every support: ``u N >= sum_g omega(g) c(g)
    >= min_{g in S} c(g)``, so ``v(g) = (c(g) - slack) / N`` (lower ends of balls). ``proof`` says whether the
    irreducibles have rigorous float error bounds (else the values are estimates). A translate of the
    certificate (``Z_b -> pi(h) Z_b pi(k)``) has the profile ``g -> v(h^{-1} g k^{-1})``; for the weak kind
    ``Z_b -> Z_b^*`` gives ``g -> v(g^{-1})``.

    Examples
    --------
    >>> import symproof as sp
    >>> F = sp.regular_functions(sp.group("S3"))
    >>> P = SupportProblem(F, [0, 1, 3])
    >>> v, proof = certificate_profile(P.certificate, F)
    >>> bool(float(min(v[[0, 1, 3]])) ** 2 <= float(P.lower) + 1e-12), proof
    (True, True)
    """
    _check_certificate(cert, F)
    if cert.signed:
        raise InvalidValueError("a profile holds for probability certificates only (signed=False)")
    n = F.group.order
    if not cert.blocks:
        return np.zeros(n), True
    irreps = irreducible_representations(F.group)
    proof = all(irreps[b.row].float_error_bound is not None for b in cert.blocks)
    with precision(BITS):
        N, c, slack = _paired(cert, F, np.arange(n))
        values = [((x - slack) / N).lower() for x in c]
        out = np.array([float(_fraction_down(x)) for x in values])
    return out, proof


def _signed_level(cert: DualCertificate, F: FunctionClass, c: list[arb], slack: arb, N: arb, upper: Any,
                  proof: bool) -> tuple[arb, bool, str]:
    """Signed schemes: ``u N >= tau - ||omega||_2 ||c - tau||_2`` for every scheme with error ``<= upper``."""
    if cert.level is None or cert.gram_floor is None or upper is None:
        return arb(0), proof, "signed certificate without a level, a Gram floor or an upper bound"
    tau = arb(cert.level)
    spread = arb(0)
    for x in c:
        spread += (abs(x - tau).upper() + slack) ** 2
    mu = Fraction(cert.gram_floor)
    if mu <= 0 or not _gram_positive(F, np.asarray(cert.support, dtype=np.int64), mu):
        return arb(0), proof, "signed certificate whose Gram floor is not proven"
    D = sum(pi.dimension for pi in _irreducibles(F))
    U = Fraction(upper)
    radius = ((arb(D) * _arb(U) + 1) / _arb(mu)).sqrt()
    proof = proof and all(pi.float_error_bound is not None for pi in _irreducibles(F))
    return ((tau - radius * spread.sqrt()) / N, proof,
            "dual certificate for signed schemes: Re sum_b <Z_b, X_b(g)> = tau on S up to a spread, "
            "||omega||_2 bounded by the Gram matrix of the Fourier map on S")


def _gram_positive(F: FunctionClass, support: np.ndarray, mu: Fraction) -> bool:
    """Whether ``M + J - mu I`` is proven positive definite (``M[g, h] = Re sum_{Irr(F)} chi_pi(g^{-1} h)``)."""
    G = F.group
    x = G.mul(G.inverses[support][:, None], support[None, :])
    k = len(support)
    out = acb_mat(k, k)
    radius = arb(0, sum(pi.dimension * _float_radius(pi) for pi in _irreducibles(F)))
    traces = [np.trace(numeric_matrices(pi), axis1=1, axis2=2).real for pi in _irreducibles(F)]
    for i in range(k):
        for j in range(k):
            entry = sum((arb(float(t[x[i, j]])) for t in traces), arb(1)) + radius
            out[i, j] = acb(entry - (_arb(mu) if i == j else 0))
    return is_positive_definite(out)


def _float_radius(pi: Irreducible) -> float:
    """The bound on ``||pi~(g) - pi(g)||_op`` (0 for numeric irreducibles: their bounds are estimates)."""
    r = pi.float_error_bound
    return 0.0 if r is None else float(r)


def _arb(q: Fraction) -> arb:
    return arb(q.numerator) / q.denominator


def _fraction_down(x: arb) -> Fraction:
    """A short dyadic rational ``<= x`` (a double rounded down)."""
    exact = arb_to_fraction(x)
    f = float(exact)
    return Fraction(f if f <= exact else math.nextafter(f, -math.inf))


# -- the front ---------------------------------------------------------------------------------------


def _support(F: FunctionClass, support: Any) -> np.ndarray:
    if isinstance(support, (str, bytes)) or not isinstance(support, Iterable):
        raise InvalidValueError(f"support must be a collection of elements of {F.group}, got {support!r}")
    idx = element_indices(F.group, list(support))
    if idx.size == 0:
        raise InvalidValueError("the support must contain at least one element")
    if len(set(idx.tolist())) != idx.size:
        raise InvalidValueError(f"the support has repeated elements: {idx.tolist()}")
    return np.sort(idx)


class SupportProblem(Memoised):
    """The semidefinite program of one support, solved; the proofs on both sides computed on first use.

    ``value`` is the solver's optimum (an estimate). :attr:`lower` and :attr:`certificate` verify a
    dual certificate (:func:`verify_certificate`); :attr:`scheme` and :attr:`upper` round the solver's
    weights to a rational scheme and certify its error. Neither depends on the other's having been
    asked for first (signed lower bounds always use the certified upper bound). A search asks for the
    side it needs: a certificate to rule a support out, a scheme to settle it.

    Parameters
    ----------
    F, support, kind, signed
        As for :func:`support_optimum`.

    Examples
    --------
    >>> import symproof as sp
    >>> P = SupportProblem(sp.regular_functions(sp.group("S3")), [0, 1, 3], "weak")
    >>> round(P.value, 6), P.lower.provenance.value, float(P.lower) > 0.36 - 1e-7
    (0.36, 'certified', True)
    """

    F: FunctionClass
    kind: str
    signed: bool
    support: tuple[int, ...]
    value: float
    solver: str
    _idx: np.ndarray
    _blocks: list[_Block]
    _weights: np.ndarray
    _Zs: list[np.ndarray]
    _active: list[_Block]

    def __init__(self, F: FunctionClass, support: Any, kind: str = "weak", *, signed: bool = False) -> None:
        from symproof.functions.function_class import FunctionClass

        check_type(F, FunctionClass, "F", "a FunctionClass (for example sp.regular_functions(G))")
        check_choice(kind, "kind", KINDS)
        signed = check_bool(signed, "signed")
        idx = _support(F, support)
        _check_size(F, kind)
        blocks = _blocks(F, kind, idx)
        if blocks:
            u, weights, Zs, active, status = _solve_generated(blocks, idx.size, signed)
        else:
            u, weights, Zs, active, status = 0.0, np.full(idx.size, 1 / idx.size), [], [], "no SDP: Irr(F) is empty"
        set_attributes(self, F=F, kind=kind, signed=signed, support=tuple(idx.tolist()), _idx=idx, _blocks=blocks,
                       value=u * u / (1 if kind == "weak" else 2), solver=status, _weights=weights, _Zs=Zs,
                       _active=active, _memo={})

    @property
    def weights(self) -> np.ndarray:
        """The solver's weights on :attr:`support` (floating point, an estimate; a copy)."""
        return np.array(self._weights, dtype=float)

    @property
    def scheme(self) -> AveragingScheme:
        """The solver's weights rounded to a rational scheme on the support."""
        return self._primal(False)[0]

    @property
    def upper(self) -> ErrorValue:
        """The certified (or exact) error of :attr:`scheme`: the optimum is at most ``upper.upper``."""
        return self._primal(False)[1]

    def _primal(self, exact: bool) -> tuple[AveragingScheme, ErrorValue]:
        def build(P: SupportProblem) -> tuple[AveragingScheme, ErrorValue]:
            if not P._blocks:
                omega = AveragingScheme.from_weights(P.F.group, {int(P._idx[0]): 1})
                return omega, _error(P.kind, omega, P.F, exact)
            return _primal(P.F, P.kind, P._idx, P._blocks, P._weights, P.signed, exact)

        return self.memo(f"primal:{exact}", build)

    @property
    def lower(self) -> Bound:
        """A verified lower bound on the optimum (from :attr:`certificate`)."""
        return self._dual[0]

    @property
    def certificate(self) -> DualCertificate:
        """The dual certificate behind :attr:`lower`."""
        return self._dual[1]

    @property
    def _dual(self) -> tuple[Bound, DualCertificate]:
        return self.memo("dual", _best_certificate)


def _best_certificate(P: SupportProblem) -> tuple[Bound, DualCertificate]:
    """The multipliers as solved, and the polished certificate when they fall short of the optimum; the better one.

    The choice depends on the problem alone (never on a target), so a memoised bound is the same whoever asks.
    """
    if not P._blocks:
        return (Bound(0, Provenance.EXACT, "Irr(F) is empty: every error is 0"),
                DualCertificate(P.kind, P.signed, P.support, ()))
    upper = P.upper.upper if P.signed else None  # signed certificates hold below a proven upper bound
    best: tuple[Bound, DualCertificate] | None = None
    for polish in (False, True):
        cert = _certificate(P.F, P.kind, P._idx, P.signed, P._Zs, P._active, P._weights, polish)
        lower = verify_certificate(cert, P.F, upper=upper)
        if best is None or lower > best[0]:
            best = (lower, cert)
        if best[0].is_proof and float(best[0].value) >= P.value * (1 - 1e-6) - 1e-12:
            break
    assert best is not None
    return best


def support_optimum(F: FunctionClass, support: Any, kind: str = "weak", *, signed: bool = False,
                    exact: bool = False) -> SupportOptimum:
    """The least weak or strong error of the schemes on ``support``, with a certified upper and lower bound.

    Parameters
    ----------
    F : FunctionClass
        The function class (its ``Irr(F)``).
    support : collection of elements
        The support ``S`` (indices or image lists; distinct).
    kind : {"weak", "strong"}
        ``w = max_pi ||omega_hat(pi)||^2`` or ``s = max_g max_pi ||(pi(g) - I) omega_hat(pi)||^2 / 2``.
    signed : bool
        Signed schemes (``sum omega = 1``); default probability schemes (also ``omega >= 0``).
    exact : bool
        Compute the scheme's error exactly (an algebraic number) when possible; default the certified
        enclosure, which is much faster.

    Returns
    -------
    SupportOptimum
        ``lower <= optimum <= upper.upper``, the scheme, the dual certificate, the SDP value.

    Raises
    ------
    InvalidArgumentError
        If ``F`` is not a function class.
    InvalidValueError
        If ``kind`` is unknown or the support is empty, repeats an element or is not in the group.
    LimitExceededError
        For a strong problem above ``Limits.max_strong_dense_entries``.

    Notes
    -----
    One SDP (Clarabel) with one LMI of size ``2 d_pi`` (``4 d_pi`` for complex blocks) per block:
    ``|Irr(F)|`` blocks (weak), up to ``|G| |Irr(F)| / 2`` (strong). Then the scheme's error
    (:func:`~symproof.averaging.symmetry_errors.weak_error` or ``strong_error``), and two candidate
    certificates (the multipliers as they are, and polished so that ``c`` is constant on the active
    support), each verified by :func:`verify_certificate`; the better bound is kept.

    Examples
    --------
    >>> import symproof as sp
    >>> G = sp.group("S4")
    >>> F = sp.regular_functions(G)
    >>> r = support_optimum(F, [0, 1, 5, 9], "weak")
    >>> float(r.lower) <= r.value <= r.upper.upper, r.gap < 1e-6
    (True, True)
    """
    exact = check_bool(exact, "exact")
    P = SupportProblem(F, support, kind, signed=signed)
    scheme, upper = P._primal(exact)
    return SupportOptimum(P.kind, P.signed, P.support, P.value, scheme, upper, P.lower, P.certificate, P.solver)
