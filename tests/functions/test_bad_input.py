"""Bad input to function classes and averaging raises the documented error, naming the input."""

import re

import pytest
import sympy

import symproof as sp
from symproof.reps.constructions import from_generator_images

x1, x2 = sp.coordinate_symbols(2)
S3, C4 = sp.group("S3"), sp.group("C4")

CASES = [
    # (call, error, words the message must contain)
    # degrees out of range
    (lambda: sp.polynomials(S3, max_degree=-1), sp.InvalidValueError, "max_degree must be an int >= 0, got -1"),
    (lambda: sp.polynomials(S3, max_degree=2.0), sp.InvalidArgumentError, "2.0"),
    (lambda: sp.polynomials(S3, max_degree=True), sp.InvalidArgumentError, "True"),
    (lambda: sp.homogeneous_polynomials(S3, degree="3"), sp.InvalidArgumentError, "'3'"),
    (lambda: sp.symmetric_products(sp.polynomials(S3, max_degree=1), -2), sp.InvalidValueError, "-2"),
    (lambda: sp.symmetric_products("F", 2), sp.InvalidArgumentError, "FunctionClass"),
    # actions that are not real linear actions
    (lambda: sp.polynomials("S3", max_degree=1), sp.InvalidArgumentError, "'S3'"),
    (lambda: sp.polynomials(from_generator_images(C4, [sympy.Matrix([[sympy.I]])]), max_degree=1),
     sp.InvalidMatrixError, "not real"),
    (lambda: sp.linear_action(C4, [[[1, 2]]]), sp.InvalidMatrixError, "square"),
    (lambda: sp.linear_action(C4, [[[1, 0], [0, 0]]]), sp.InvalidMatrixError, "not invertible"),
    (lambda: sp.linear_action(C4, [[[0, 1], [1, 0]], [[1, 0], [0, 1]]]), sp.InvalidArgumentError, "2 images"),
    (lambda: sp.linear_action(C4, [[[0.0, -1], [1, 0]]]), sp.InvalidMatrixError, "float"),
    (lambda: sp.linear_action(C4, [[[sympy.I, 0], [0, 1]]]), sp.InvalidMatrixError, "not real"),
    (lambda: sp.linear_action(S3, [[[0, 1], [1, 0]], [[0, -1], [1, 0]]]), sp.NotAHomomorphismError, "homomorphism"),
    (lambda: sp.linear_action("C4", [[[0, 1], [1, 0]]]), sp.InvalidArgumentError, "FiniteGroup"),
    # bases that are not closed, not independent, not exact
    (lambda: sp.user_basis(C4, [x1]), sp.NotClosedError, "basis[0] = x_1"),
    (lambda: sp.user_basis(C4, [x1, x2, x1**2]), sp.NotClosedError, "basis[2] = x_1**2"),
    (lambda: sp.user_basis(C4, [x1, x2, x1 + x2]), sp.InvalidValueError, "linearly dependent"),
    (lambda: sp.user_basis(C4, [x1, 0]), sp.InvalidValueError, "basis[1] = 0"),
    (lambda: sp.user_basis(C4, [sympy.Float(0.5) * x1]), sp.InvalidArgumentError, "float"),
    (lambda: sp.user_basis(C4, ["x_1 +"]), sp.InvalidArgumentError, "not a SymPy expression"),
    (lambda: sp.user_basis(C4, [sympy.Symbol("x_3")]), sp.InvalidArgumentError, "x_3"),
    # weights of a scheme
    (lambda: sp.AveragingScheme.from_weights(C4, {0: sympy.Rational(1, 2)}), sp.SymproofError, "sum to exactly 1, got 1/2"),
    (lambda: sp.average_function(x1, sp.AveragingScheme.from_weights(C4, {0: 0.5, 1: 0.5}), C4), sp.InvalidValueError,
     "rational weights"),
    (lambda: sp.AveragingScheme.from_weights(C4, {7: 1}), sp.SymproofError, "7"),
    (lambda: sp.average_function(x1, [1, 0, 0, 0], C4), sp.InvalidArgumentError, "AveragingScheme"),
    (lambda: sp.average_function(x1 + sympy.Symbol("y"), sp.AveragingScheme.from_weights(C4, {0: 1}), C4),
     sp.InvalidArgumentError, "'y'"),
    (lambda: sp.is_invariant_function(x1, C4, symbols=(x1,)), sp.InvalidArgumentError, "1 symbols"),
    # sets, cosets and classes
    (lambda: sp.regular_functions("S3"), sp.InvalidArgumentError, "'S3'"),
    (lambda: sp.gset_functions(S3, [[1, 0]] * 6), sp.NotAHomomorphismError, "homomorphism"),
    (lambda: sp.polynomials(S3, max_degree=1).expression([1, 2]), sp.InvalidArgumentError, "2 coordinates"),
]


@pytest.mark.parametrize("call, error, words", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_bad_input_raises_documented_error(call, error, words):
    assert issubclass(error, sp.SymproofError)
    with pytest.raises(error, match=re.escape(words)):
        call()


def test_large_spaces_stop_at_the_table_limit():
    F = sp.polynomials(sp.group("S8"), max_degree=6)
    with sp.limits(max_table=10_000):
        with pytest.raises(sp.LimitExceededError, match="max_table=10000"):
            F.representation()
    assert len(F.irreducibles()) > 0  # the character never needs the table
