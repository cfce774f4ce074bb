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
from symproof.reps.molien import MolienSeries, molien_series, tensor_power_threshold
from symproof.functions import (FunctionClass, average_function, coordinate_symbols, coset_functions,
                                gset_functions, homogeneous_polynomials, is_averaged_invariant,
                                is_invariant_function, linear_action, polynomials, regular_functions,
                                symmetric_products, uniform_weights, user_basis)
from symproof.averaging.cayley_spectra import (CayleySpectrum, SpectralValue, cayley_operator, cayley_spectrum,
                                           lambda_star, spectral_gap)
from symproof.averaging.expansion import CheegerBounds, EdgeExpansion, cheeger_bounds, edge_expansion
from symproof.averaging.alon_roichman import alon_roichman_experiment, random_cayley_multiset, threshold_size

from symproof.averaging.scheme import AveragingScheme
from symproof.averaging.symmetry_errors import ErrorValue, is_exact, strong_error, weak_error
from symproof.averaging.complexity import ComplexityResult, averaging_complexity
from symproof.averaging.separation import format_report, scaling_table, separation_report

__version__ = "0.1.0"

__all__ = [
    "AveragingScheme",
    "ErrorValue",
    "is_exact",
    "weak_error",
    "strong_error",
    "ComplexityResult",
    "averaging_complexity",
    "separation_report",
    "format_report",
    "scaling_table",
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
    "MolienSeries",
    "molien_series",
    "tensor_power_threshold",
    "FunctionClass",
    "polynomials",
    "homogeneous_polynomials",
    "gset_functions",
    "regular_functions",
    "coset_functions",
    "user_basis",
    "symmetric_products",
    "linear_action",
    "coordinate_symbols",
    "average_function",
    "is_invariant_function",
    "is_averaged_invariant",
    "uniform_weights",
    "CayleySpectrum",
    "SpectralValue",
    "cayley_operator",
    "cayley_spectrum",
    "lambda_star",
    "spectral_gap",
    "CheegerBounds",
    "EdgeExpansion",
    "cheeger_bounds",
    "edge_expansion",
    "alon_roichman_experiment",
    "random_cayley_multiset",
    "threshold_size",
    "Limits",
    "get_limits",
    "set_limits",
    "limits",
    *_error_names,
]
