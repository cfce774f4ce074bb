"""symproof: exact and checkable mathematics of symmetry in machine learning.

>>> import symproof as sp
>>> sp.group("S4").order
24
"""

from symproof.config import Limits, get_limits, limits, set_limits
from symproof.errors import *  # noqa: F401,F403
from symproof.errors import __all__ as _error_names
from symproof.groups.actions import Representation
from symproof.groups.catalog import catalog_groups, direct_product
from symproof.groups.spec import group
from symproof.groups.cayley import cayley_graph
from symproof.groups.conjugacy import ConjugacyClass
from symproof.groups.finite_group import FiniteGroup
from symproof.groups.generation import minimum_generating_set
from symproof.reps.character_table import CharacterTable
from symproof.reps.class_functions import ClassFunction
from symproof.groups.subgroups import centre, derived_subgroup, left_cosets, normal_closure, right_cosets, subgroup

__version__ = "0.1.0"

__all__ = [
    "FiniteGroup",
    "ConjugacyClass",
    "Representation",
    "CharacterTable",
    "ClassFunction",
    "group",
    "catalog_groups",
    "direct_product",
    "cayley_graph",
    "subgroup",
    "normal_closure",
    "left_cosets",
    "right_cosets",
    "centre",
    "derived_subgroup",
    "minimum_generating_set",
    "Limits",
    "get_limits",
    "set_limits",
    "limits",
    *_error_names,
]
