"""Function classes as G-modules: polynomials, functions on G-sets, user bases.

The public front of the layer; each module's ``__all__`` decides what it exports.
"""

from symproof.functions.expressions import coordinate_symbols
from symproof.functions.function_class import (
                                               FunctionClass,
                                               IsotypicComponent,
                                               isotypic_components,
                                               linear_action,
                                               reynolds_operator,
                                               symmetric_products,
                                               weighted_sum,
)
from symproof.functions.gsets import GSetFunctions, coset_functions, gset_functions, regular_functions
from symproof.functions.polynomials import PolynomialClass, dual_action, homogeneous_polynomials, polynomials
from symproof.functions.user_basis import UserBasisClass, user_basis

__all__ = [
                                               "FunctionClass",
                                               "GSetFunctions",
                                               "IsotypicComponent",
                                               "PolynomialClass",
                                               "UserBasisClass",
                                               "coordinate_symbols",
                                               "coset_functions",
                                               "dual_action",
                                               "gset_functions",
                                               "homogeneous_polynomials",
                                               "isotypic_components",
                                               "linear_action",
                                               "polynomials",
                                               "regular_functions",
                                               "reynolds_operator",
                                               "symmetric_products",
                                               "user_basis",
                                               "weighted_sum",
]
