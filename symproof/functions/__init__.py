"""Function classes as G-modules: polynomials, functions on G-sets, user bases; averaging functions.

The public front of the layer; each module's ``__all__`` decides what it exports.
"""

from symproof.functions.averaging import (average_function, check_weights, is_averaged_invariant,
                                          is_invariant_function, uniform_weights)
from symproof.functions.expressions import coordinate_symbols
from symproof.functions.function_class import (FunctionClass, IsotypicComponent, isotypic_components,
                                               linear_action, reynolds_operator, symmetric_products,
                                               weighted_sum)
from symproof.functions.gsets import GSetFunctions, coset_functions, gset_functions, regular_functions
from symproof.functions.polynomials import PolynomialClass, dual_action, homogeneous_polynomials, polynomials
from symproof.functions.user_basis import UserBasisClass, user_basis

__all__ = [
    "FunctionClass",
    "PolynomialClass",
    "GSetFunctions",
    "UserBasisClass",
    "IsotypicComponent",
    "polynomials",
    "homogeneous_polynomials",
    "gset_functions",
    "regular_functions",
    "coset_functions",
    "user_basis",
    "symmetric_products",
    "linear_action",
    "dual_action",
    "coordinate_symbols",
    "reynolds_operator",
    "weighted_sum",
    "isotypic_components",
    "uniform_weights",
    "check_weights",
    "average_function",
    "is_invariant_function",
    "is_averaged_invariant",
]
