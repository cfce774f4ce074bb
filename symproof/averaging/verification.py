"""Re-check a claimed averaging complexity interval without the search that produced it.

``verify_complexity(F, kind, eps, lower, upper, witness, certificates)`` checks the two sides of a
claim ``lower <= AC <= upper`` (MATH.md section 3) from what a search leaves behind:

upper
    the witness has size ``upper`` (and is a probability scheme unless ``signed``) and meets the
    requirement: exact (``is_exact``, exact arithmetic), or an error certified (or exact) ``<= eps``;
lower
    either a proven inequality evaluated here (size one, Gram rank, Meshulam's uncertainty principle,
    generation, Plancherel with the class-average factors), or

    * approximate kinds: every canonical support of the sizes between that proven bound and
      ``lower - 1`` lies in an image of the good set of one of the certificates, their profiles
      recomputed here in ball arithmetic (:class:`~symproof.averaging.coverage.CertificateCover`);
    * exact kind: no canonical support of those sizes carries an exact basic solution, by exact linear
      algebra over the representation on ``F`` (the search uses the idempotent of ``Irr(F)`` when it is
      rational: a second route).

Nothing is taken from the search but the witness and the certificates: a tampered number fails.

>>> import symproof as sp
>>> from fractions import Fraction
>>> F = sp.regular_functions(sp.group("S3"))
>>> r = sp.averaging_complexity(F, "weak", Fraction(1, 4))
>>> v = verify_complexity(F, "weak", Fraction(1, 4), int(r.lower), int(r.upper), r.witness, r.certificates)
>>> (int(r.lower), int(r.upper)), v.ok
((4, 4), True)
>>> verify_complexity(F, "weak", Fraction(1, 4), 5, 5, r.witness, r.certificates).ok     # a false claim
False
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from symproof._frozen import frozen_record
from symproof._validation import check_bool, check_choice, check_int, check_type
from symproof.averaging.bounds import irreducible_square_sum, plancherel_lower_bound, strong_factors
from symproof.averaging.coverage import CertificateCover
from symproof.averaging.scheme import AveragingScheme
from symproof.averaging.support_orbits import enumerable, iter_canonical_supports
from symproof.averaging.symmetry_errors import exact_tolerance, is_exact, strong_error, weak_error

if TYPE_CHECKING:  # pragma: no cover
    from symproof.functions.function_class import FunctionClass

__all__ = ["Verification", "proven_lower_bound", "verify_complexity"]


@frozen_record
class Verification:
    """The outcome of :func:`verify_complexity`: whether each side holds, and why (or why not).

    Attributes
    ----------
    lower, upper : bool
        Whether the lower and the upper bound of the claim are proven.
    lower_reason, upper_reason : str
        The argument that proves a side, or the first thing that failed.
    """

    lower: bool
    upper: bool
    lower_reason: str
    upper_reason: str

    @property
    def ok(self) -> bool:
        """Both sides proven."""
        return self.lower and self.upper


def proven_lower_bound(F: FunctionClass, kind: str, eps: Any = None, *, signed: bool = False) -> tuple[int, str]:
    """The best lower bound on the complexity that a proven inequality gives, evaluated here: ``(value, argument)``.

    Exact kind: size one (``delta_e`` is not exact when ``Irr(F)`` is non-empty), Gram rank (``|G|`` when every
    non-trivial irreducible occurs), Meshulam's uncertainty principle ``ceil(|G| / (|G| - D2))``. Approximate
    kinds: size one (the error of ``delta_e``, certified, above ``eps``), generation (``d(G) + 1`` on classes
    with every irreducible, ``eps < 1``) and, for probability schemes, the Plancherel bound.

    >>> import symproof as sp
    >>> proven_lower_bound(sp.regular_functions(sp.group("S4")), "weak", Fraction(1, 4))
    (4, 'Plancherel bound')
    """
    G = F.group
    candidates = [(1, "size >= 1")]
    delta = AveragingScheme.from_weights(G, {0: 1})
    D2 = irreducible_square_sum(F)
    if kind == "exact":
        if D2 == G.order - 1:
            candidates.append((G.order, "Gram rank: every non-trivial irreducible occurs in F"))
        if D2:
            candidates.append((2, "size one: delta_e is not exact"))
            candidates.append((-(-G.order // (G.order - D2)), "uncertainty principle (Meshulam)"))
        return max(candidates, key=lambda c: c[0])
    eps = exact_tolerance(eps)
    error = (weak_error if kind == "weak" else strong_error)(delta, F, exact=False).resolved(eps)
    if error.provenance.is_proof and error.is_at_most(eps) is False:
        candidates.append((2, "size one: the error of delta_e exceeds eps"))
    if eps < 1 and D2 == G.order - 1:
        candidates.append((len(G.minimum_generating_set()) + 1, "generation: a support must generate G"))
    if not signed:
        bound = plancherel_lower_bound(F, eps, kind)
        if bound.is_proof:
            candidates.append((int(bound), "Plancherel bound"))
    return max(candidates, key=lambda c: c[0])


def verify_complexity(F: FunctionClass, kind: str, eps: Any, lower: int, upper: int, witness: AveragingScheme,
                      certificates: Sequence[Any] = (), *, signed: bool = False) -> Verification:
    """Check the claim ``lower <= AC_kind(F, eps) <= upper`` from the witness and the certificates alone.

    Parameters
    ----------
    F : FunctionClass
        The function class.
    kind : {"exact", "weak", "strong"}
        Which complexity.
    eps : exact number or None
        The tolerance (None for ``"exact"``).
    lower, upper : int
        The claimed interval.
    witness : AveragingScheme
        A scheme of size ``upper`` meeting the requirement.
    certificates : sequence of DualCertificate
        The dual certificates behind a lower bound from the certified search (``ComplexityResult.certificates``).
    signed : bool
        Signed schemes (the certificates and the Plancherel bound are for probability schemes).

    Returns
    -------
    Verification
        Whether each side holds, with the argument or the first failure.

    Raises
    ------
    SymproofError
        On arguments of the wrong type, an unknown kind, or a certificate that does not fit ``F``.

    Notes
    -----
    The cost of the lower side is one ball-arithmetic profile per certificate (``|G|`` pairings per block)
    and one bit-mask lookup per canonical support; for the exact kind one exact rank computation per canonical
    support.
    """
    from symproof.functions.function_class import FunctionClass

    check_type(F, FunctionClass, "F", "a FunctionClass")
    check_choice(kind, "kind", ("exact", "weak", "strong"))
    lower = check_int(lower, "lower", min_value=1)
    upper = check_int(upper, "upper", min_value=1)
    check_type(witness, AveragingScheme, "witness", "an AveragingScheme")
    signed = check_bool(signed, "signed")
    eps = None if kind == "exact" else exact_tolerance(eps)
    up, up_reason = _upper(F, kind, eps, upper, witness, signed)
    if lower > upper:
        return Verification(False, up, f"the lower bound {lower} exceeds the upper bound {upper}", up_reason)
    low, low_reason = _lower(F, kind, eps, lower, list(certificates), signed)
    return Verification(low, up, low_reason, up_reason)


def _upper(F: FunctionClass, kind: str, eps: Fraction | None, upper: int, witness: AveragingScheme,
           signed: bool) -> tuple[bool, str]:
    if witness.group != F.group:
        return False, "the witness is on another group"
    if witness.size != upper:
        return False, f"the witness has size {witness.size}, not {upper}"
    if not signed and not witness.is_probability:
        return False, "the witness has negative weights"
    if kind == "exact":
        return (True, "the witness is exact (exact arithmetic)") if is_exact(witness, F) else (
            False, "the witness is not exact")
    assert eps is not None
    error = (weak_error if kind == "weak" else strong_error)(witness, F, exact=False).resolved(eps)
    if error.provenance.is_proof and error.is_at_most(eps):
        return True, f"the witness has {kind} error {error} <= {eps} ({error.provenance.value})"
    return False, f"the witness's {kind} error {error} is not proven <= {eps}"


def _lower(F: FunctionClass, kind: str, eps: Fraction | None, lower: int, certificates: list[Any],
           signed: bool) -> tuple[bool, str]:
    floor, argument = proven_lower_bound(F, kind, eps, signed=signed)
    if lower <= floor:
        return True, f"{argument} gives {floor}"
    sizes = range(max(floor, 1), lower)  # every support of these sizes must be ruled out
    if not all(enumerable(F.group, k) for k in sizes):
        return False, f"the supports of size up to {lower - 1} are too many to enumerate here"
    if kind == "exact":
        return _no_exact_support(F, sizes, signed)
    assert eps is not None
    if signed:
        return False, "signed approximate lower bounds beyond the proven inequalities are not re-checked"
    cover = CertificateCover(F, kind, eps, weak_cut=_weak_cut(F) if kind == "strong" else None)
    usable = sum(cover.add(cert) for cert in certificates)
    for k in sizes:
        for support in iter_canonical_supports(F.group, k, inversion=kind == "weak"):
            if not cover.covers(support):
                return False, (f"the support {list(support)} of size {k} is ruled out by none of the "
                               f"{len(certificates)} certificates")
    return True, (f"{argument} gives {floor}; every canonical support of size {sizes.start}..{lower - 1} lies in "
                  f"an image of the good set of one of {usable} certificates (profiles in ball arithmetic)")


def _weak_cut(F: FunctionClass) -> Fraction:
    return min((Fraction(b.value) for b in strong_factors(F).values() if b.is_proof), default=Fraction(1))


def _no_exact_support(F: FunctionClass, sizes: range, signed: bool) -> tuple[bool, str]:
    from symproof.averaging.complexity import _as_scheme, _linear_system

    system = _linear_system(F, representation=True)
    if system is None:
        return False, "no exact linear system fits (dim F above Limits.max_exact_system_dimension)"
    for k in sizes:
        for support in iter_canonical_supports(F.group, k, inversion=True):
            values = system.basic_solution(list(support))
            scheme = None if values is None else _as_scheme(F.group, list(support), values, system.domain, signed)
            if scheme is not None:
                return False, f"the support {list(support)} carries an exact scheme of size {scheme.size}"
    route = "the representation on F" if type(system).__name__ == "_FieldSystem" else "the idempotent of Irr(F)"
    return True, (f"no canonical support of size {sizes.start}..{sizes.stop - 1} carries an exact "
                  f"{'signed' if signed else 'probability'} basic solution (exact linear algebra over {route}); "
                  f"a sparsest exact scheme is a basic solution")

