"""Class functions: exact values on conjugacy classes, in a cyclotomic field.

A :class:`ClassFunction` of ``G`` stores one value per class (the order of
``G.conjugacy_classes()``) in ``Q(zeta_f)``. Operations combine functions over
different fields in ``Q(zeta_lcm)``. The inner product is
``<a, b> = (1/|G|) sum_k |C_k| a(C_k) conj(b(C_k))``.

>>> import symproof as sp
>>> T = sp.character_table(sp.group("S3"))
>>> chi = T[2]                                 # the 2-dimensional irreducible
>>> sp.decompose(chi * chi)                   # chi^2 = 1 + sign + chi
[1, 1, 1]
>>> chi.frobenius_schur_indicator(), sp.decompose(chi.symmetric_power(2))
(1, [1, 0, 1])
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from fractions import Fraction
from math import lcm
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np
import sympy
from sympy.polys.domains import QQ

from symproof._display import class_header, display_math, html_table, latex_array, latex_number
from symproof._frozen import Frozen, set_attributes
from symproof._validation import check_exact_rational
from symproof.errors import InvalidArgumentError, SymproofInternalError
from symproof.exact import cyclotomic as cyc
from symproof.exact.balls import precision
from symproof.exact.power_sums import from_power_sums

if TYPE_CHECKING:  # pragma: no cover
    from symproof.groups.finite_group import FiniteGroup

__all__ = ["BALL_PRECISIONS", "ClassFunction", "decide_by_balls"]

T = TypeVar("T")

BALL_PRECISIONS = (64, 128, 256, 512, 1024, 2048, 4096)
"""Working precisions (bits) tried in turn by :func:`decide_by_balls`."""


def decide_by_balls(decide: Callable[[], T | None], what: str) -> T:
    """The first answer ``decide()`` gives (not None), run at each precision of :data:`BALL_PRECISIONS` in turn.

    ``decide`` computes in ball arithmetic (:mod:`symproof.exact.balls`) and returns None when
    its balls are too wide to decide; an answer it returns must be a proof (for example a
    ball of radius below 1/2 containing exactly one integer, known to be an integer).

    Raises
    ------
    SymproofInternalError
        If no precision decides (``what`` names the question).

    Examples
    --------
    >>> from flint import arb
    >>> decide_by_balls(lambda: (arb(2).sqrt() ** 2).unique_fmpz(), "sqrt(2)^2")
    2
    """
    for bits in BALL_PRECISIONS:
        with precision(bits):
            answer = decide()
        if answer is not None:
            return answer
    raise SymproofInternalError(f"could not decide {what} in ball arithmetic at {BALL_PRECISIONS[-1]} bits")


def _exact_rational(value: Any, where: str) -> Fraction:
    """``value`` (an int, ``Fraction`` or SymPy rational) as a ``Fraction``; floats and anything else are refused."""
    if isinstance(value, (float, np.floating, sympy.Float)):
        meant = Fraction(float(value)).limit_denominator(10**6)  # only a suggestion in the message
        p, q = meant.numerator, meant.denominator
        raise InvalidArgumentError(f"{where} = {value!r} is a float, which is not exact: pass the exact rational, "
                                   f"for example Fraction({p}, {q}) or sympy.Rational({p}, {q}) if you mean {meant}")
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer, Fraction, sympy.Rational)):
        raise InvalidArgumentError(f"{where} must be an exact rational (an int, fractions.Fraction or "
                                   f"sympy.Rational such as Fraction(1, 3)), got {value!r}")
    return check_exact_rational(value, where)


class ClassFunction(Frozen):
    """A function on the conjugacy classes of ``G`` with exact values in ``Q(zeta_f)``.

    A class function is constant on conjugacy classes; characters ``chi(g) = tr rho(g)`` are
    class functions, and the irreducible characters are an orthonormal basis for
    ``<a, b> = (1/|G|) sum_g a(g) conj(b(g))``.

    Parameters
    ----------
    G : FiniteGroup
        The group.
    values : list
        One value per conjugacy class, in the order of ``G.conjugacy_classes()``.
    f : int
        The conductor: the values lie in ``Q(zeta_f)``.

    Attributes
    ----------
    group : FiniteGroup
        The group.
    conductor : int
        ``f``.
    field : Domain
        ``Q(zeta_f)``.
    values : tuple
        The exact values, elements of ``field`` (immutable, like the whole object).

    Raises
    ------
    InvalidArgumentError
        If the number of values is not the number of classes.

    Examples
    --------
    >>> import symproof as sp
    >>> chi = sp.ClassFunction.from_integers(sp.group("S3"), [3, 1, 0])   # the permutation character
    >>> chi.degree(), sp.decompose(chi)
    (3, [1, 0, 1])
    """

    group: FiniteGroup
    conductor: int
    field: Any
    values: tuple[Any, ...]

    def __init__(self, G: FiniteGroup, values: list, f: int) -> None:
        if len(values) != len(G.conjugacy_classes()):
            raise InvalidArgumentError(f"{len(values)} values for {len(G.conjugacy_classes())} classes of {G}")
        field = cyc.cyclotomic_field(f)
        set_attributes(self, group=G, conductor=int(f), field=field, values=tuple(field.convert(v) for v in values))

    @classmethod
    def from_integers(cls, G: FiniteGroup, values: Any) -> ClassFunction:
        """A rational-valued class function from exact integers or rationals.

        Parameters
        ----------
        G : FiniteGroup
            The group.
        values : sequence
            One value per conjugacy class: ``int``, :class:`fractions.Fraction` or ``sympy.Rational``.

        Returns
        -------
        ClassFunction
            Over ``QQ`` (conductor 1).

        Raises
        ------
        InvalidArgumentError
            If a value is a float (``1/3`` is not exactly one third: pass ``Fraction(1, 3)`` or
            ``sympy.Rational(1, 3)``) or not a rational number, or the number of values is wrong.

        Examples
        --------
        >>> import symproof as sp
        >>> from fractions import Fraction
        >>> ClassFunction.from_integers(sp.group("S3"), [Fraction(1, 3), 0, -1]).to_sympy()
        [1/3, 0, -1]
        >>> ClassFunction.from_integers(sp.group("S3"), [1 / 3, 0, -1])
        Traceback (most recent call last):
        ...
        symproof.errors.InvalidArgumentError: values[0] = 0.3333333333333333 is a float, which is not exact: pass the exact rational, for example Fraction(1, 3) or sympy.Rational(1, 3) if you mean 1/3
        """
        exact = [_exact_rational(v, f"values[{k}]") for k, v in enumerate(values)]
        return cls(G, [QQ(x.numerator, x.denominator) for x in exact], 1)

    # -- arithmetic --------------------------------------------------------------

    def _in(self, F: int) -> tuple:
        return self.values if F == self.conductor else tuple(cyc.embed(v, self.conductor, F) for v in self.values)

    def _common(self, other: ClassFunction) -> tuple[int, tuple, tuple]:
        if not isinstance(other, ClassFunction) or (other.group is not self.group and other.group != self.group):
            raise InvalidArgumentError(f"class functions of different groups: {self.group} and {other!r}")
        F = lcm(self.conductor, other.conductor)
        return F, self._in(F), other._in(F)

    def __add__(self, other: ClassFunction) -> ClassFunction:
        F, a, b = self._common(other)
        return ClassFunction(self.group, [x + y for x, y in zip(a, b)], F)

    def __sub__(self, other: ClassFunction) -> ClassFunction:
        F, a, b = self._common(other)
        return ClassFunction(self.group, [x - y for x, y in zip(a, b)], F)

    def __mul__(self, other: ClassFunction | int) -> ClassFunction:
        """Pointwise product (the character of the tensor product), or an integer multiple."""
        if isinstance(other, int):
            return ClassFunction(self.group, [v * other for v in self.values], self.conductor)
        F, a, b = self._common(other)
        return ClassFunction(self.group, [x * y for x, y in zip(a, b)], F)

    __rmul__ = __mul__

    def __eq__(self, other: object) -> bool:
        """Equal iff on the same group with the same values; ``False`` (not an error) across groups."""
        if not isinstance(other, ClassFunction):
            return NotImplemented
        if other.group is not self.group and other.group != self.group:
            return False
        _, a, b = self._common(other)
        return a == b

    __hash__ = None  # type: ignore[assignment]

    def dual(self) -> ClassFunction:
        """The complex conjugate (the character of the dual representation)."""
        return ClassFunction(self.group, [cyc.conjugate(v, self.conductor) for v in self.values], self.conductor)

    def power_map(self, m: int) -> ClassFunction:
        """``g -> self(g^m)`` (the Adams operation ``psi^m``)."""
        pm = self.group.power_map(m)
        return ClassFunction(self.group, [self.values[int(c)] for c in pm], self.conductor)

    def symmetric_power(self, k: int) -> ClassFunction:
        """The character of ``Sym^k`` (Newton: ``k S_k = sum_m psi^m S_{k-m}``)."""
        return self._newton(k, sign=1)

    def exterior_power(self, k: int) -> ClassFunction:
        """The character of ``Lambda^k`` (``k E_k = sum_m (-1)^{m-1} psi^m E_{k-m}``)."""
        return self._newton(k, sign=-1)

    def _newton(self, k: int, sign: int) -> ClassFunction:
        if not isinstance(k, int) or k < 0:
            raise InvalidArgumentError(f"power k must be an int >= 0, got {k!r}")
        psi = [self.power_map(m).values for m in range(1, k + 1)]
        if not psi:
            return ClassFunction(self.group, [self.field.one] * len(self.values), self.conductor)
        S = from_power_sums(psi, one=self.field.one, kind="complete" if sign == 1 else "elementary")
        return ClassFunction(self.group, S[k], self.conductor)

    # -- inner products and decomposition ---------------------------------------

    @functools.cached_property
    def _weighted_conjugate(self) -> list:
        """``|C_k| conj(self(C_k)) / |G|`` for each class (the right factor of inner products)."""
        K, f = self.field, self.conductor
        return [cyc.conjugate(v, f) * K.convert(QQ(c.size, self.group.order))
                for v, c in zip(self.values, self.group.conjugacy_classes())]

    def inner(self, other: ClassFunction) -> Any:
        """``<self, other>``, exact (an element of the common field)."""
        F, a, _ = self._common(other)
        b = [cyc.embed(y, other.conductor, F) for y in other._weighted_conjugate]
        K = cyc.cyclotomic_field(F)
        return sum((x * y for x, y in zip(a, b) if x and y), K.zero)

    def inner_rational(self, other: ClassFunction) -> sympy.Rational:
        """``<self, other>`` when it is rational (always for characters); an error otherwise."""
        F, _, _ = self._common(other)
        coords = cyc.coordinates(self.inner(other), F)
        if any(coords[1:]):
            raise InvalidArgumentError("the inner product is not rational")
        return sympy.Rational(int(coords[0].numerator), int(coords[0].denominator))

    def frobenius_schur_indicator(self) -> int:
        """``(1/|G|) sum_g chi(g^2)``: 1 real, 0 complex, -1 quaternionic (for irreducibles)."""
        one = ClassFunction(self.group, [QQ.one] * len(self.values), 1)
        value = self.power_map(2).inner(one)
        coords = cyc.coordinates(value, self.conductor)
        return int(coords[0])

    # -- subgroups ---------------------------------------------------------------

    def restrict(self, H: FiniteGroup) -> ClassFunction:
        """Restriction to a subgroup ``H`` (given on the same points)."""
        reps = np.array([c.representative for c in H.conjugacy_classes()])
        fused = self.group.class_of[self.group.index(H.elements[reps])]
        return ClassFunction(H, [self.values[int(k)] for k in fused], self.conductor)

    def induce(self, G: FiniteGroup) -> ClassFunction:
        """Induction from this function's group ``H`` up to ``G`` (``H`` a subgroup on the same points).

        ``Ind(psi)(C_k) = |G| / (|H| |C_k|) sum over H-classes c inside C_k of |c| psi(c)``.
        """
        H = self.group
        if G.order % H.order:
            raise InvalidArgumentError(f"{H} is not a subgroup of {G}")
        K = self.field
        reps = np.array([c.representative for c in H.conjugacy_classes()])
        fused = G.class_of[G.index(H.elements[reps])]
        totals = [K.zero] * len(G.conjugacy_classes())
        for c, k, v in zip(H.conjugacy_classes(), fused, self.values):
            totals[int(k)] += K.convert(c.size) * v
        scale = [K.convert(QQ(G.order, H.order * c.size)) for c in G.conjugacy_classes()]
        return ClassFunction(G, [s * t for s, t in zip(scale, totals)], self.conductor)

    # -- display -----------------------------------------------------------------

    def degree(self) -> Any:
        """The value at the identity (the degree, for a character)."""
        return cyc.display(self.values[0], self.conductor)

    def to_sympy(self) -> list[sympy.Expr]:
        """Exact values as SymPy expressions."""
        return [cyc.display(v, self.conductor) for v in self.values]

    def numeric(self) -> np.ndarray:
        """Complex values (numeric path)."""
        return np.array([cyc.to_complex(v, self.conductor) for v in self.values])

    def __repr__(self) -> str:
        return f"ClassFunction({self.group.name or self.group!r}: {self.to_sympy()})"

    def _class_header(self) -> list[list[str]]:
        """Header rows of a display: representative, size and element order of each class."""
        G = self.group
        return class_header([(G.element(c.representative), c.representative, c.size, c.element_order)
                             for c in G.conjugacy_classes()])

    def _latex_values(self) -> list[str]:
        """The exact values in LaTeX, class by class."""
        return [latex_number(v) for v in self.to_sympy()]

    def _repr_latex_(self) -> str:
        """The values per class as a MathJax ``array`` (Jupyter's rich display).

        >>> import symproof as sp
        >>> sp.ClassFunction.from_integers(sp.group("S3"), [3, 1, 0])._repr_latex_().startswith("$$")
        True
        """
        spec = "l|" + "r" * len(self.values)
        return display_math(latex_array(spec, self._class_header(), [[r"\chi", *self._latex_values()]]))

    def _repr_html_(self) -> str:
        """The values per class as an HTML table (Jupyter's rich display)."""
        return html_table(self._class_header(), [["χ", *(str(v) for v in self.to_sympy())]],
                          caption=f"Class function of {self.group.name or repr(self.group)}")
