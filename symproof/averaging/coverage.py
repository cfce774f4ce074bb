"""Which supports a set of dual certificates rules out: the images of their good sets, as bit masks.

A probability certificate bounds every support at once (``docs/duality.md``, section 5): every scheme
on any ``S`` has ``u >= min_{g in S} v(g)`` with the certificate's profile ``v``
(:func:`~symproof.averaging.duality.certificate_profile`), so ``S`` is ruled out at ``eps`` when it
lies inside ``Good = {g : v(g)^2 > eps}`` (weak) or ``{g : v(g)^2 > 2 eps}`` (strong). The translate
``Z_b -> pi(h) Z_b pi(k)`` of a certificate has the profile ``g -> v(h^{-1} g k^{-1})`` and, for the
weak kind, the adjoint ``Z_b -> Z_b^*`` has ``g -> v(g^{-1})``: so ``S`` is ruled out when it lies in
an image ``h Good k`` (or ``(h Good k)^{-1}``). A weak certificate also rules out strong supports
through the class-average factor ``a`` (``s >= a w``, :func:`~symproof.averaging.bounds.strong_factors`):
its good set at ``eps / a``.

>>> import symproof as sp
>>> from fractions import Fraction
>>> from symproof.averaging.duality import SupportProblem
>>> F = sp.regular_functions(sp.group("S3"))
>>> cover = CertificateCover(F, "weak", Fraction(1, 4))
>>> cover.add(SupportProblem(F, [0, 1]).certificate)     # {e, (1 2)}: w >= 1
True
>>> cover.covers((0, 2)), cover.covers((0, 3))          # another transposition with e: an image; a 3-cycle: no
(True, False)
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

import numpy as np

from symproof.averaging.support_orbits import SupportOrbits, multiplication_table

if TYPE_CHECKING:  # pragma: no cover
    from symproof.averaging.duality import DualCertificate
    from symproof.functions.function_class import FunctionClass

__all__ = ["CertificateCover"]


class CertificateCover:
    """The supports ruled out at ``eps`` (for ``kind``) by the certificates added so far.

    Parameters
    ----------
    F : FunctionClass
        The function class of the certificates.
    kind : {"weak", "strong"}
        The error whose complexity is bounded.
    eps : Fraction
        The tolerance: a support is ruled out when every scheme on it has error ``> eps``.
    weak_cut : Fraction, optional
        For ``kind="strong"``: a proven ``a`` with ``s >= a w``; weak certificates then rule out at
        ``eps / a``. Without it only strong certificates count.
    """

    MAX_IMAGES = 20_000  # above |G|^2 images per certificate only the left translates are kept

    def __init__(self, F: FunctionClass, kind: str, eps: Fraction, *, weak_cut: Fraction | None = None) -> None:
        G = F.group
        self.F, self.kind, self.n = F, kind, G.order
        self.thresholds = {kind: Fraction(eps) * (1 if kind == "weak" else 2)}  # u^2 must exceed these
        if kind == "strong" and weak_cut is not None:
            self.thresholds["weak"] = Fraction(eps) / Fraction(weak_cut)
        self.words = (G.order + 63) // 64
        self.mul = multiplication_table(G) if G.order <= SupportOrbits.MAX_ORDER else None
        self.inv = np.asarray(G.inverses)
        self.masks = np.zeros((0, self.words), dtype=np.uint64)

    def add(self, cert: DualCertificate) -> bool:
        """Add the images of ``cert``'s good set; whether it rules anything out (a proven probability certificate)."""
        from symproof.averaging.duality import certificate_profile

        threshold = self.thresholds.get(cert.kind)
        if threshold is None or cert.signed or self.mul is None:
            return False
        v, proof = certificate_profile(cert, self.F)
        good = np.array([x > 0 and Fraction(float(x)) ** 2 > threshold for x in v])
        if not proof or not good.any():
            return False
        idx = np.flatnonzero(good)
        left = self.mul[:, idx]  # h Good, every h
        if self.n * self.n <= self.MAX_IMAGES:
            images = self.mul[left[:, :, None], np.arange(self.n)[None, None, :]].transpose(0, 2, 1)
            images = images.reshape(-1, idx.size)  # h Good k
        else:
            images = left
        if cert.kind == "weak":
            images = np.concatenate([images, self.inv[images]])
        self.masks = np.concatenate([self.masks, np.unique(self._masks(images), axis=0)])
        return True

    def _masks(self, rows: np.ndarray) -> np.ndarray:
        member = np.zeros((rows.shape[0], self.words * 64), dtype=bool)
        member[np.arange(rows.shape[0])[:, None], rows] = True
        return np.packbits(member, axis=1, bitorder="little").view(np.uint64)

    def covers(self, support: tuple[int, ...]) -> bool:
        """Whether an added certificate rules ``support`` out."""
        if not self.masks.size:
            return False
        mask = self._masks(np.asarray(support)[None, :])[0]
        return bool(np.any(np.all((self.masks & mask) == mask, axis=1)))
