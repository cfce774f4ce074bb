"""Averaging schemes: weights on group elements summing to 1 (MATH.md section 2).

An :class:`AveragingScheme` ``omega`` on ``G`` has exact (rational) or
floating-point weights; it is a *probability* scheme when they are
non-negative and *signed* otherwise. Its size is the number of elements with
non-zero weight: the number of action queries ``x -> f(g^{-1} x)`` it needs.

>>> import symproof as sp
>>> G = sp.group("S3")
>>> omega = AveragingScheme.uniform(G)
>>> omega.size, omega.has_rational_weights, omega.is_probability
(6, True, True)
>>> AveragingScheme.random(G, 4, seed=1).size <= 4
True
>>> AveragingScheme.from_weights(G, {0: 1, 1: 1})
Traceback (most recent call last):
...
symproof.errors.InvalidValueError: exact weights must sum to exactly 1, got 2 (weights {0: 1, 1: 1})
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from fractions import Fraction
from numbers import Rational
from typing import TYPE_CHECKING, Any

import numpy as np

from symproof._frozen import Frozen, frozen_array, set_attributes
from symproof._validation import SeedLike, check_group, check_int, check_seed
from symproof.errors import InvalidArgumentError, InvalidValueError
from symproof.groups.subgroups import element_indices

if TYPE_CHECKING:  # pragma: no cover
    from symproof.groups.finite_group import FiniteGroup

__all__ = ["AveragingScheme"]

FLOAT_SUM_TOLERANCE = 1e-9


def _as_exact(w: Any) -> Fraction | None:
    if isinstance(w, bool):
        return None
    if isinstance(w, (int, Rational, np.integer)):
        return Fraction(int(w.numerator), int(w.denominator)) if isinstance(w, Rational) else Fraction(int(w))
    try:
        import sympy

        if isinstance(w, sympy.Rational):
            return Fraction(int(w.p), int(w.q))
    except ImportError:  # pragma: no cover
        pass
    return None


class AveragingScheme(Frozen):
    """An averaging scheme: weights ``omega(g)`` on elements of ``G`` with ``sum_g omega(g) = 1``.

    An averaging scheme is ``omega: G -> R`` with ``sum_g omega(g) = 1``; its size is the
    number of ``g`` with ``omega(g) != 0`` (the action queries it needs), and it is a
    probability scheme when ``omega >= 0``, else signed (MATH.md section 2). It acts on a
    function class by ``E_omega f(x) = sum_g omega(g) f(g^{-1} x)``.

    Build with :meth:`uniform`, :meth:`on_elements`, :meth:`on_subgroup`, :meth:`on_coset`,
    :meth:`from_weights`, :meth:`from_field_weights` or :meth:`random`; the constructor
    itself is internal. Immutable.

    Parameters
    ----------
    G : FiniteGroup
        The group.
    support : numpy.ndarray
        Sorted indices of the elements with non-zero weight.
    weights : tuple
        Their weights, in the order of ``support``.
    exact : bool
        Whether the weights are exact (rational or algebraic).
    field : tuple, optional
        ``(K, weights as elements of the SymPy field K)`` for algebraic weights.

    Attributes
    ----------
    group : FiniteGroup
        The group.
    support : numpy.ndarray
        Element indices with non-zero weight, sorted, read-only.
    weights : tuple
        Their weights: ``Fraction`` when rational, SymPy expressions when algebraic,
        ``float`` otherwise.
    has_rational_weights : bool
        Whether the weights are exact.
    field : tuple or None
        The field elements of algebraic weights.
    size : int
        ``|supp omega|``.
    is_probability : bool
        Whether every weight is non-negative.

    Raises
    ------
    InvalidValueError
        From the constructors: weights that do not sum to 1, an empty support or a
        non-positive number of draws.
    InvalidArgumentError
        From the constructors: arguments of the wrong type, or an element not in ``G``
        (:class:`NotInGroupError`).

    Examples
    --------
    >>> from fractions import Fraction
    >>> import symproof as sp
    >>> G = sp.group("S3")
    >>> omega = sp.AveragingScheme.uniform(G)
    >>> omega.size, omega.is_probability, sum(omega.weights)
    (6, True, Fraction(1, 1))
    >>> half = sp.AveragingScheme.from_weights(G, {0: Fraction(1, 2), 1: Fraction(1, 2)})
    >>> half.size, half.as_dict()[1]
    (2, Fraction(1, 2))
    """

    group: FiniteGroup
    support: np.ndarray
    weights: tuple[Any, ...]
    has_rational_weights: bool
    field: tuple[Any, tuple[Any, ...]] | None

    def __init__(self, G: FiniteGroup, support: np.ndarray, weights: tuple, *, exact: bool,
                 field: tuple[Any, tuple] | None = None) -> None:
        # field: (K, weights as elements of the SymPy field K) for algebraic weights
        set_attributes(self, group=G, support=frozen_array(support), weights=tuple(weights), has_rational_weights=exact,
                       field=None if field is None else (field[0], tuple(field[1])))

    @classmethod
    def from_field_weights(cls, G: FiniteGroup, elements: list[int], values: list, K: Any) -> AveragingScheme:
        """Exact algebraic weights given as elements of a SymPy field ``K`` (they must sum to 1 in ``K``).

        ``weights`` then holds SymPy expressions (for display and floats) and ``field`` the elements.
        """
        from symproof.exact.fields import to_sympy_entry

        if sum(values, K.zero) != K.one:
            raise InvalidValueError("exact weights must sum to exactly 1")
        items = sorted((int(g), v) for g, v in zip(elements, values) if v != K.zero)
        support = np.array([g for g, _ in items], dtype=np.int64)
        shown = tuple(to_sympy_entry(K, v) for _, v in items)
        return cls(G, support, shown, exact=True, field=(K, tuple(v for _, v in items)))

    # -- constructors -------------------------------------------------------------

    @classmethod
    def from_weights(cls, G: FiniteGroup, weights: Mapping[Any, Any] | Iterable[Any]) -> AveragingScheme:
        """From ``{element: weight}`` (indices or image lists) or a length-``|G|`` sequence.

        Exact weights (ints, ``Fraction``, SymPy rationals) must sum to exactly 1; floats to 1
        within ``1e-9``. Raises :class:`InvalidValueError` otherwise (and
        :class:`InvalidArgumentError` for a weight that is not a number).
        """
        check_group(G)
        if isinstance(weights, (str, bytes)) or not isinstance(weights, (Mapping, Iterable)):
            raise InvalidArgumentError(f"weights must be a mapping {{element: weight}} or a sequence of |G| weights, "
                                       f"got {weights!r}")
        if isinstance(weights, Mapping):
            keys = list(weights.keys())
            idx = element_indices(G, keys)
            values = [weights[k] for k in keys]
        else:
            values = list(weights)
            if len(values) != G.order:
                raise InvalidArgumentError(f"{len(values)} weights for a group of order {G.order}; "
                                           "give a mapping {element: weight} for a sparse scheme")
            idx = np.arange(G.order)
        return cls._build(G, idx, values, shown=weights)

    @classmethod
    def _build(cls, G: FiniteGroup, idx: np.ndarray, values: list, shown: Any = None) -> AveragingScheme:
        exact = [_as_exact(w) for w in values]
        total: dict[int, Any] = {}
        if all(x is not None for x in exact):
            for g, w in zip(idx.tolist(), exact):
                total[g] = total.get(g, Fraction(0)) + w
            if sum(total.values(), Fraction(0)) != 1:
                raise InvalidValueError(f"exact weights must sum to exactly 1, got {sum(total.values(), Fraction(0))} "
                                           f"(weights {shown if shown is not None else values})")
            is_exact = True
        else:
            for g, w in zip(idx.tolist(), values):
                if isinstance(w, bool) or not isinstance(w, (int, float, np.floating, np.integer, Fraction)):
                    raise InvalidArgumentError(f"weight {w!r} of element {g} is not a number")
                total[g] = total.get(g, 0.0) + float(w)
            if not np.isfinite(list(total.values())).all() or abs(sum(total.values()) - 1) > FLOAT_SUM_TOLERANCE:
                raise InvalidValueError(f"weights must sum to 1, got {sum(total.values())!r}")
            is_exact = False
        items = sorted((g, w) for g, w in total.items() if w != 0)
        support = np.array([g for g, _ in items], dtype=np.int64)
        return cls(G, support, tuple(w for _, w in items), exact=is_exact)

    @classmethod
    def uniform(cls, G: FiniteGroup) -> AveragingScheme:
        """``1/|G|`` on every element: the Reynolds operator ``P_0``."""
        return cls.on_elements(G, range(G.order))

    @classmethod
    def on_elements(cls, G: FiniteGroup, elements: Iterable[Any]) -> AveragingScheme:
        """The empirical measure of a list of elements (repeats add weight)."""
        idx = element_indices(check_group(G), list(elements))
        if idx.size == 0:
            raise InvalidValueError("a scheme needs at least one element")
        return cls._build(G, idx, [Fraction(1, idx.size)] * idx.size)

    @classmethod
    def on_subgroup(cls, G: FiniteGroup, H: FiniteGroup) -> AveragingScheme:
        """Uniform on a subgroup ``H`` (on the same points)."""
        return cls.on_elements(G, G.index(H.elements).tolist())

    @classmethod
    def on_coset(cls, G: FiniteGroup, H: FiniteGroup, g: int) -> AveragingScheme:
        """Uniform on the left coset ``g H``."""
        return cls.on_elements(G, G.mul(int(g), G.index(H.elements)).tolist())

    @classmethod
    def random(cls, G: FiniteGroup, n: int, *, seed: SeedLike = 0) -> AveragingScheme:
        """The empirical measure of ``n`` independent uniform elements.

        ``seed`` is an ``int``, ``None`` or a ``numpy.random.Generator`` (the one seed convention;
        an int ``s`` draws from ``numpy.random.default_rng(s)`` as before).
        """
        n = check_int(n, "n", min_value=1)
        draws = check_seed(seed).integers(0, check_group(G).order, size=n)
        return cls.on_elements(G, draws.tolist())

    # -- facts and transformations ----------------------------------------------------

    @property
    def size(self) -> int:
        """The number of elements with non-zero weight."""
        return int(self.support.size)

    @property
    def is_probability(self) -> bool:
        """Whether all weights are non-negative (exactly, for algebraic weights)."""
        return all(bool(w >= 0) for w in self.weights)

    def dense(self) -> np.ndarray:
        """The weights as a float array of length ``|G|`` (numeric path)."""
        out = np.zeros(self.group.order)
        out[self.support] = [float(w) for w in self.weights]
        return out

    def as_dict(self) -> dict[int, Any]:
        """``{element index: weight}`` over the support."""
        return dict(zip(self.support.tolist(), self.weights))

    def left_translate(self, g: int) -> AveragingScheme:
        """``h -> omega(g^{-1} h)``: the support moves to ``g * support``."""
        return self._moved(self.group.mul(int(g), self.support))

    def right_translate(self, g: int) -> AveragingScheme:
        """``h -> omega(h g^{-1})``: the support moves to ``support * g``."""
        return self._moved(self.group.mul(self.support, int(g)))

    def inverse(self) -> AveragingScheme:
        """``omega_check(g) = omega(g^{-1})`` (same weak error, different strong error)."""
        return self._moved(self.group.inverses[self.support])

    def _moved(self, new_support: np.ndarray) -> AveragingScheme:
        order = np.argsort(new_support)
        field = None if self.field is None else (self.field[0], tuple(self.field[1][i] for i in order))
        return AveragingScheme(self.group, np.asarray(new_support)[order],
                               tuple(self.weights[i] for i in order), exact=self.has_rational_weights, field=field)

    def __eq__(self, other: object) -> bool:
        """Equal iff on the same group with the same weights; ``False`` across groups."""
        if not isinstance(other, AveragingScheme):
            return NotImplemented
        return self.group == other.group and self.as_dict() == other.as_dict()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        kind = ("rational" if self.has_rational_weights else "float") + (" probability" if self.is_probability else " signed")
        return f"AveragingScheme({self.group.name or self.group!r}, size={self.size}, {kind})"
