"""Small finite fields ``GF(q)`` as addition and multiplication tables.

Elements are the integers ``0..q-1``; for ``q = p^k`` the integer with base-``p``
digits ``c_0 + c_1 p + ...`` stands for ``c_0 + c_1 x + ...`` modulo the
least (in that numbering) monic irreducible polynomial of degree ``k`` over
``F_p``, found with SymPy's ``gf_irreducible_p``. Used to build ``SL(2,q)``,
``GL(2,q)`` and ``PSL(2,q)``.

>>> F = GF(4)
>>> int(F.mul[2, 2]), int(F.add[2, 3]), F.primitive
(3, 1, 2)
"""

from __future__ import annotations

import dataclasses
import itertools

import numpy as np
import sympy
from sympy.polys.domains import ZZ
from sympy.polys.galoistools import gf_irreducible_p, gf_mul, gf_rem, gf_strip

from symproof._frozen import frozen_record
from symproof.errors import GroupSpecError, SymproofInternalError

__all__ = ["GF", "prime_power"]


def prime_power(q: int) -> tuple[int, int]:
    """``(p, k)`` with ``q = p^k``; :class:`GroupSpecError` otherwise."""
    factors = sympy.factorint(q) if q > 1 else {}
    if len(factors) != 1:
        raise GroupSpecError(f"q={q} is not a prime power; finite fields GF(q) need q = p^k")
    (p, k), = factors.items()
    return int(p), int(k)


@frozen_record(eq=False)
class GF:
    """The field with ``q`` elements (tables ``add``, ``mul``, ``neg``, ``inv``; a generator ``primitive``)."""

    q: int
    p: int = dataclasses.field(init=False)
    add: np.ndarray = dataclasses.field(init=False, repr=False)
    mul: np.ndarray = dataclasses.field(init=False, repr=False)
    neg: np.ndarray = dataclasses.field(init=False, repr=False)
    inv: np.ndarray = dataclasses.field(init=False, repr=False)
    primitive: int = dataclasses.field(init=False)

    def __post_init__(self) -> None:
        p, k = prime_power(self.q)
        modulus = _least_irreducible(p, k)
        digits = [_digits(a, p, k) for a in range(self.q)]
        add = np.array([[_number([(x + y) % p for x, y in zip(a, b)], p) for b in digits] for a in digits])
        mul = np.array([[_number(_pad(gf_rem(gf_mul(gf_strip(a[::-1]), gf_strip(b[::-1]), p, ZZ), modulus, p, ZZ)[::-1], k), p)
                         for b in digits] for a in digits])
        neg = np.argmax(add == 0, axis=1)
        inv = np.argmax(mul == 1, axis=1)
        inv[0] = 0
        object.__setattr__(self, "p", p)
        for name, table in (("add", add), ("mul", mul), ("neg", neg), ("inv", inv)):
            table.setflags(write=False)
            object.__setattr__(self, name, table)
        object.__setattr__(self, "primitive", _least_primitive(mul, self.q))


def _digits(a: int, p: int, k: int) -> list[int]:
    return [(a // p**i) % p for i in range(k)]


def _pad(coeffs: list, k: int) -> list[int]:
    return [int(c) for c in coeffs] + [0] * (k - len(coeffs))


def _number(coeffs: list[int], p: int) -> int:
    return sum(int(c) * p**i for i, c in enumerate(coeffs))


def _least_irreducible(p: int, k: int) -> list[int]:
    if k == 1:
        return [1, 0]
    for tail in itertools.product(range(p), repeat=k):
        f = [1, *tail]
        if gf_irreducible_p(f, p, ZZ):
            return f
    raise SymproofInternalError("no irreducible polynomial")  # pragma: no cover


def _least_primitive(mul: np.ndarray, q: int) -> int:
    for a in range(1, q):
        x, order = a, 1
        while x != 1:
            x, order = int(mul[x, a]), order + 1
        if order == q - 1:
            return a
    raise SymproofInternalError("no primitive element")  # pragma: no cover
