"""The catalog spec grammar: ``symproof.group("S4")``, ``group("C2 x C4")``, ...

Grammar (whitespace is ignored, names are case-insensitive)::

    spec     := factor (TIMES factor)*          direct product, TIMES is x, * or ×
    factor   := primary ('^' INT)?              direct power: C2^3 = C2 x C2 x C2
    primary  := atom ('x|' ('[' INT ']')? atom)?   semidirect C_n x|[r] C_m (cyclic atoms only)
    atom     := NAME INT | LINEAR '(' n ',' q ')' | 'V4' | '(' spec ')'

    NAME INT   group                                   order
    C n, Z n   cyclic group                            n
    D n        dihedral group of the regular n-gon     2n   (D4 has order 8)
    Dic n      dicyclic group                          4n   (Dic2 = Q8)
    Q n        quaternion group, n = 2^k >= 8          n    (Q8, Q16, ...)
    S n, A n   symmetric, alternating group of degree n   n!, n!/2
    B d        hyperoctahedral (signed permutations)   2^d d!
    V4         Klein four group                        4
    M n        Mathieu group M11 or M12 (degree n)     7920, 95040
    SL(n,q), GL(n,q), PSL(n,q)  for n >= 2 and a prime power q (PSL on the
               projective space: PSL(3,4) has order 20160 on 21 points)
    SmallGroup(n,i)  GAP's SmallGroups library, n <= 100 (symproof.small_group)

``C7 x|[2] C3`` is ``C_7 x| C_3`` with the generator of ``C_3`` acting by ``x -> 2x``;
without ``[r]`` the least valid ``r != 1`` is used (``C7 x| C3`` is the same group).

>>> group("D4").order, group("C2^3").order, group("C7 x| C3").order, group("PSL(2, 7)").order
(8, 8, 21, 168)
>>> group("M11").order, group("PSL(3,4)").degree
(7920, 21)
>>> group("D4 x C3").name
'D4 x C3'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from symproof.errors import GroupSpecError, InvalidArgumentError, InvalidValueError
from symproof.groups import catalog
from symproof.groups.finite_group import FiniteGroup

__all__ = ["GRAMMAR", "group"]

GRAMMAR = __doc__.split("Grammar")[1].split(">>>")[0]

_NAMES_HINT = ("group names are C n, D n, Dic n, Q n, S n, A n, B d, V4, M11, M12, SL(n,q), GL(n,q), PSL(n,q), SmallGroup(n,i), "
               "combined with x (direct product), ^k (power) and x| (semidirect C_n x| C_m); "
               "for example 'S4', 'C2 x D4', 'C2^3', 'C7 x| C3', 'PSL(2,7)'")

def _small_group(n: int, i: int) -> FiniteGroup:
    from symproof.groups.small_groups import small_group

    return small_group(n, i)


_TOKEN = re.compile(r"""\s*(?:
    (?P<linear>PSL|SL|GL|SmallGroup)\s*\(\s*(?P<n>\d+)\s*,\s*(?P<q>\d+)\s*\)
  | (?P<name>D\s*i\s*c|C|Z|D|Q|S|A|B|V|M)\s*(?P<num>\d+)
  | (?P<semi>x\s*\|)(?:\s*\[\s*(?P<twist>-\s*\d+|\d+)\s*\])?
  | (?P<times>[x*×])
  | \^\s*(?P<exp>\d+)
  | (?P<paren>[()])
)""", re.VERBOSE | re.IGNORECASE)

_NAMED: dict[str, Callable[[int], FiniteGroup]] = {
    "C": catalog.cyclic, "Z": catalog.cyclic, "D": catalog.dihedral, "DIC": catalog.dicyclic,
    "Q": catalog.quaternion, "S": catalog.symmetric, "A": catalog.alternating, "B": catalog.hyperoctahedral,
    "M": catalog.mathieu,
}
_LINEAR = {"SL": catalog.special_linear, "GL": catalog.general_linear, "PSL": catalog.projective_special_linear,
           "SMALLGROUP": _small_group}


def _tokens(spec: str) -> list[re.Match]:
    out, pos = [], 0
    stripped = spec.rstrip()
    while pos < len(stripped):
        m = _TOKEN.match(stripped, pos)
        if m is None or m.end() == pos:
            raise GroupSpecError(f"cannot read group spec {spec!r} at position {pos} ({stripped[pos:]!r}); "
                                 f"{_NAMES_HINT}")
        out.append(m)
        pos = m.end()
    return out


class _Parser:
    def __init__(self, spec: str) -> None:
        self.spec = spec
        self.toks = _tokens(spec)
        self.i = 0

    def fail(self, why: str) -> GroupSpecError:
        return GroupSpecError(f"group spec {self.spec!r}: {why}; {_NAMES_HINT}")

    def build(self, constructor: Callable[..., FiniteGroup], *args: int) -> FiniteGroup:
        try:
            return constructor(*args)
        except InvalidValueError as err:  # a parameter out of range is a spec the grammar does not accept
            raise self.fail(str(err)) from None

    def peek(self, kind: str) -> re.Match | None:
        if self.i < len(self.toks) and self.toks[self.i].group(kind) is not None:
            return self.toks[self.i]
        return None

    def take(self, kind: str) -> re.Match | None:
        tok = self.peek(kind)
        if tok is not None:
            self.i += 1
        return tok

    def spec_(self) -> list[FiniteGroup]:
        factors = self.factor()
        while self.take("times"):
            factors += self.factor()
        return factors

    def factor(self) -> list[FiniteGroup]:
        G = self.primary()
        exp = self.take("exp")
        k = int(exp.group("exp")) if exp else 1
        if k < 1:
            raise self.fail("a direct power needs an exponent >= 1")
        return G * k

    def primary(self) -> list[FiniteGroup]:
        left = self.atom()
        semi = self.take("semi")
        if semi is None:
            return left
        right = self.atom()
        n, m = (self._cyclic_order(x) for x in (left, right))
        twist = semi.group("twist")
        return [self.build(catalog.semidirect, n, m, *(() if twist is None else (int("".join(twist.split())),)))]

    def _cyclic_order(self, factors: list[FiniteGroup]) -> int:
        name = factors[0].name or "" if len(factors) == 1 else ""
        if not name.startswith(("C", "Z")) or " " in name:
            raise self.fail("semidirect products x| are between cyclic groups C_n x| C_m")
        return factors[0].order

    def atom(self) -> list[FiniteGroup]:
        if self.take("paren"):
            if self.toks[self.i - 1].group("paren") != "(":
                raise self.fail("unexpected ')'")
            inner = self.spec_()
            close = self.take("paren")
            if close is None or close.group("paren") != ")":
                raise self.fail("missing ')'")
            return inner
        tok = self.take("linear")
        if tok:
            return [self.build(_LINEAR[tok.group("linear").upper()], int(tok.group("n")), int(tok.group("q")))]
        tok = self.take("name")
        if tok:
            name, num = "".join(tok.group("name").split()).upper(), int(tok.group("num"))
            if name == "V":
                if num != 4:
                    raise self.fail(f"V{num} is not a catalog name (only V4, the Klein four group)")
                return [catalog.klein_four()]
            return [self.build(_NAMED[name], num)]
        where = self.toks[self.i].group(0).strip() if self.i < len(self.toks) else "the end"
        raise self.fail(f"expected a group name at {where!r}")


def group(spec: str) -> FiniteGroup:
    """Return the catalog group named by ``spec`` (see the grammar above).

    Parameters
    ----------
    spec : str
        A spec such as ``"S4"``, ``"D6"``, ``"C2^3"`` or ``"C2 x C4"``.

    Returns
    -------
    FiniteGroup
        The group with its natural action.

    Raises
    ------
    InvalidArgumentError
        If ``spec`` is not a string.
    GroupSpecError
        Naming the part of the spec that is not understood.

    Notes
    -----
    A small recursive-descent parser; the cost is that of building the group.

    Examples
    --------
    >>> import symproof as sp
    >>> sp.group("S4").order, sp.group("C2 x C3").order
    (24, 6)
    """
    if not isinstance(spec, str):
        raise InvalidArgumentError(f"a group spec is a string such as 'S4' or 'C2 x C4', got {spec!r}")
    parser = _Parser(spec)
    if not parser.toks:
        raise parser.fail("empty spec")
    factors = parser.spec_()
    if parser.i != len(parser.toks):
        raise parser.fail(f"unexpected {parser.toks[parser.i].group(0).strip()!r}")
    if len(factors) == 1:
        return factors[0]
    return catalog.direct_product(*factors)
