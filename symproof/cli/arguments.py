"""The command line's small grammars, each read into a library object or refused with a :class:`SymproofError`.

::

    ELEMENTS  group elements separated by ';' (or given as separate words), each an image list
              such as 1,0,2 (0-based: p[i] is the image of point i) or an element index such as 3
              (element 0 is the identity; elements are numbered in lexicographic order of images)
    CLASS     poly:K (polynomials of degree <= K on R^d, the natural action) or regular (L^2(G))
    SCHEME    uniform | random:N[:SEED] (N seeded uniform draws, SEED default 0)
              | subgroup:ELEMENTS (uniform on the subgroup they generate)
              | elements:ELEMENTS (the empirical measure of the listed elements, repeats counted)
    EPS       an exact positive number: 1/4, 0.1 (the decimal 1/10), 2

>>> import symproof as sp
>>> G = sp.group("S3")
>>> read_elements(G, ["1,2,0; 2"])
[3, 2]
>>> read_scheme(G, "subgroup:0,1,2").size, read_tolerance("0.1")
(1, Fraction(1, 10))
>>> read_function_class(G, "poly:2").name
'polynomials of degree <= 2 on R^3'
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from fractions import Fraction

from symproof.averaging.scheme import AveragingScheme
from symproof.errors import InvalidValueError
from symproof.functions.function_class import FunctionClass
from symproof.functions.gsets import regular_functions
from symproof.functions.polynomials import polynomials
from symproof.groups.finite_group import FiniteGroup
from symproof.groups.subgroups import element_indices
from symproof.reps.representation import natural_action

__all__ = ["read_elements", "read_function_class", "read_png_path", "read_scheme", "read_tolerance"]

_INT = re.compile(r"^\s*-?\d+\s*$")
_IMAGES = re.compile(r"^\s*\d+(\s*,\s*\d+)+\s*$")
_POLY = re.compile(r"^poly:(\d+)$")
_RANDOM = re.compile(r"^random:(\d+)(?::(\d+))?$")


def _element(text: str) -> int | list[int]:
    if _INT.match(text):
        return int(text)
    if _IMAGES.match(text):
        return [int(x) for x in text.split(",")]
    raise InvalidValueError(f"{text.strip()!r} is not a group element: give an image list such as 1,0,2 "
                            f"(0-based) or an element index such as 3")


def read_elements(G: FiniteGroup, words: Sequence[str]) -> list[int]:
    """The element indices of ``ELEMENTS`` (words, each holding elements separated by ``;``), validated in ``G``."""
    texts = [text for word in words for text in word.split(";") if text.strip()]
    if not texts:
        raise InvalidValueError("no group elements given: give image lists such as 1,0,2 or element indices, "
                                "separated by ';'")
    return element_indices(G, [_element(text) for text in texts]).tolist()


def read_function_class(G: FiniteGroup, text: str) -> FunctionClass:
    """The function class ``CLASS``: ``poly:K`` or ``regular``."""
    match = _POLY.match(text.strip())
    if match:
        return polynomials(natural_action(G), max_degree=int(match.group(1)))
    if text.strip() == "regular":
        return regular_functions(G)
    raise InvalidValueError(f"--class must be poly:K (polynomials of degree <= K on R^d) or regular (L^2(G)), "
                            f"got {text!r}")


def read_scheme(G: FiniteGroup, text: str) -> AveragingScheme:
    """The averaging scheme ``SCHEME``: ``uniform``, ``random:N[:SEED]``, ``subgroup:ELEMENTS``, ``elements:ELEMENTS``."""
    kind, _, rest = text.strip().partition(":")
    if text.strip() == "uniform":
        return AveragingScheme.uniform(G)
    if kind == "subgroup" and rest:
        return AveragingScheme.on_subgroup(G, G.subgroup(read_elements(G, [rest])))
    if kind == "elements" and rest:
        return AveragingScheme.on_elements(G, read_elements(G, [rest]))
    match = _RANDOM.match(text.strip())
    if match and int(match.group(1)) > 0:
        return AveragingScheme.random(G, int(match.group(1)), seed=int(match.group(2) or 0))
    raise InvalidValueError(f"--scheme must be uniform, random:N[:SEED] (N >= 1), subgroup:ELEMENTS or "
                            f"elements:ELEMENTS (elements such as 1,0,2;0,2,1), got {text!r}")


def read_tolerance(text: str, option: str = "--eps") -> Fraction:
    """An exact positive tolerance: ``1/4``, ``0.1`` (the decimal 1/10), ``2``."""
    try:
        value = Fraction(text.strip())
    except (ValueError, ZeroDivisionError):
        value = None
    if value is None or value <= 0:
        raise InvalidValueError(f"{option} takes exact positive numbers such as 1/4 or 0.1, got {text!r}")
    return value


def read_png_path(text: str) -> str:
    """A PNG file to write: the name ends in ``.png`` and its directory exists (checked before any computation)."""
    if not text.lower().endswith(".png"):
        raise InvalidValueError(f"--plot writes a PNG file: give a name ending in .png, got {text!r}")
    directory = os.path.dirname(text) or "."
    if not os.path.isdir(directory):
        raise InvalidValueError(f"--plot {text}: the directory {directory!r} does not exist")
    return text
