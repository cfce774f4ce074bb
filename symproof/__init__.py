"""symproof: exact and checkable mathematics of symmetry in machine learning.

>>> import symproof as sp
>>> sp.group("S4").order
24
"""

from symproof.averaging.bounds import (
                                       bernstein_tail,
                                       class_bounds,
                                       irreducible_dimension,
                                       plancherel_lower_bound,
                                       sample_size,
                                       strong_existence_bound,
                                       weak_existence_bound,
)
from symproof.averaging.complexity import ComplexityResult, averaging_complexity
from symproof.averaging.consistency import complexity_profile, propagate
from symproof.averaging.operator import (
                                       average_function,
                                       averaging_operator,
                                       is_averaged_invariant,
                                       is_invariant_function,
)
from symproof.averaging.scheme import AveragingScheme
from symproof.averaging.symmetry_errors import ErrorValue, is_exact, strong_error, weak_error
from symproof.cayley.alon_roichman import alon_roichman_experiment, random_cayley_multiset, threshold_size
from symproof.cayley.expansion import CheegerBounds, EdgeExpansion, cheeger_bounds, edge_expansion
from symproof.cayley.spectra import (
                                       CayleySpectrum,
                                       SpectralValue,
                                       cayley_operator,
                                       cayley_spectrum,
                                       lambda_star,
                                       spectral_gap,
)
from symproof.checking.checker import CheckReport, check
from symproof.checking.conjecture import Conjecture, conjecture
from symproof.config import Limits, get_limits, limits, set_limits
from symproof.errors import (
    GroupSpecError,
    GroupTooLargeError,
    ImmutableError,
    InvalidArgumentError,
    InvalidMatrixError,
    InvalidPermutationError,
    InvalidValueError,
    LimitExceededError,
    NotAHomomorphismError,
    NotClosedError,
    NotInGroupError,
    SearchTooLargeError,
    SymproofError,
    SymproofInternalError,
)
from symproof.exact.provenance import Bound, Provenance
from symproof.functions.equivariant import equivariant_maps
from symproof.functions.expressions import coordinate_symbols
from symproof.functions.function_class import (
                                       FunctionClass,
                                       IsotypicComponent,
                                       isotypic_components,
                                       linear_action,
                                       reynolds_operator,
                                       symmetric_products,
)
from symproof.functions.gsets import coset_functions, gset_functions, regular_functions
from symproof.functions.polynomials import homogeneous_polynomials, polynomials
from symproof.functions.user_basis import user_basis
from symproof.groups.catalog import direct_product
from symproof.groups.cayley import cayley_graph
from symproof.groups.census import catalog
from symproof.groups.conjugacy import ConjugacyClass
from symproof.groups.finite_group import FiniteGroup
from symproof.groups.generation import minimum_generating_set
from symproof.groups.small_groups import identify, small_group, small_groups
from symproof.groups.spec import group
from symproof.groups.subgroups import centre, derived_subgroup, left_cosets, normal_closure, right_cosets, subgroup
from symproof.report.family import family_table
from symproof.report.json import report_schema
from symproof.report.latex import to_latex
from symproof.report.markdown import to_markdown
from symproof.report.plot import plot_report
from symproof.report.separation import scaling_table, separation_job, separation_report
from symproof.report.terminal import format_report
from symproof.reps.character_table import CharacterTable, character_table, decompose, is_character
from symproof.reps.class_functions import ClassFunction
from symproof.reps.constructions import (
                                       direct_sum,
                                       from_generator_images,
                                       permutation,
                                       regular,
                                       restrict,
                                       sign,
                                       symmetric_power,
                                       tensor_product,
                                       trivial,
)
from symproof.reps.fourier import fourier_transform, fourier_transform_exact, inverse_fourier_transform
from symproof.reps.irreducibles import Construction, Irreducible, irreducible_representations
from symproof.reps.molien import MolienSeries, TensorPowerThreshold, molien_series, tensor_power_threshold
from symproof.reps.representation import Representation, character, natural_action

__version__ = "0.1.0"

__all__ = [
    "AveragingScheme",
    "Bound",
    "CayleySpectrum",
    "CharacterTable",
    "CheckReport",
    "CheegerBounds",
    "ClassFunction",
    "ComplexityResult",
    "Conjecture",
    "ConjugacyClass",
    "Construction",
    "EdgeExpansion",
    "ErrorValue",
    "FiniteGroup",
    "FunctionClass",
    "GroupSpecError",
    "GroupTooLargeError",
    "ImmutableError",
    "InvalidArgumentError",
    "InvalidMatrixError",
    "InvalidPermutationError",
    "InvalidValueError",
    "Irreducible",
    "IsotypicComponent",
    "LimitExceededError",
    "Limits",
    "MolienSeries",
    "NotAHomomorphismError",
    "NotClosedError",
    "NotInGroupError",
    "Provenance",
    "Representation",
    "SearchTooLargeError",
    "SpectralValue",
    "SymproofError",
    "SymproofInternalError",
    "TensorPowerThreshold",
    "alon_roichman_experiment",
    "average_function",
    "averaging_complexity",
    "averaging_operator",
    "bernstein_tail",
    "catalog",
    "cayley_graph",
    "cayley_operator",
    "cayley_spectrum",
    "centre",
    "character",
    "character_table",
    "check",
    "cheeger_bounds",
    "class_bounds",
    "complexity_profile",
    "conjecture",
    "coordinate_symbols",
    "coset_functions",
    "decompose",
    "derived_subgroup",
    "direct_product",
    "direct_sum",
    "edge_expansion",
    "equivariant_maps",
    "family_table",
    "format_report",
    "fourier_transform",
    "fourier_transform_exact",
    "from_generator_images",
    "get_limits",
    "group",
    "gset_functions",
    "homogeneous_polynomials",
    "identify",
    "inverse_fourier_transform",
    "irreducible_dimension",
    "irreducible_representations",
    "is_averaged_invariant",
    "is_character",
    "is_exact",
    "is_invariant_function",
    "isotypic_components",
    "lambda_star",
    "left_cosets",
    "limits",
    "linear_action",
    "minimum_generating_set",
    "molien_series",
    "natural_action",
    "normal_closure",
    "permutation",
    "plancherel_lower_bound",
    "plot_report",
    "polynomials",
    "propagate",
    "random_cayley_multiset",
    "regular",
    "regular_functions",
    "report_schema",
    "restrict",
    "reynolds_operator",
    "right_cosets",
    "sample_size",
    "scaling_table",
    "separation_job",
    "separation_report",
    "set_limits",
    "sign",
    "small_group",
    "small_groups",
    "spectral_gap",
    "strong_error",
    "strong_existence_bound",
    "subgroup",
    "symmetric_power",
    "symmetric_products",
    "tensor_power_threshold",
    "tensor_product",
    "threshold_size",
    "to_latex",
    "to_markdown",
    "trivial",
    "user_basis",
    "weak_error",
    "weak_existence_bound",
]
