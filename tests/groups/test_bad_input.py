"""Every documented kind of bad input raises its documented error, naming the input."""

import pytest
import sympy

import symproof as sp

CASES = [
    # (call, arguments, error, words the message must contain)
    (sp.FiniteGroup.from_permutations, ([[1, 0, 2], [1, 0]],), sp.InvalidPermutationError, "length 2"),
    (sp.FiniteGroup.from_permutations, ([[0, 0, 1]],), sp.InvalidPermutationError, "repeats"),
    (sp.FiniteGroup.from_permutations, ([[1, 2, 3]],), sp.InvalidPermutationError, "outside 0..2"),
    (sp.FiniteGroup.from_permutations, ([[1, 0.5, 2]],), sp.InvalidPermutationError, "non-integer"),
    (sp.FiniteGroup.from_permutations, (5,), sp.InvalidArgumentError, "image lists"),
    (sp.group, ("S-4",), sp.GroupSpecError, "S-4"),
    (sp.group, ("",), sp.GroupSpecError, "empty"),
    (sp.group, ("Foo3",), sp.GroupSpecError, "Foo3"),
    (sp.group, ("C2 x",), sp.GroupSpecError, "expected a group name"),
    (sp.group, ("(C2 x C3",), sp.GroupSpecError, "missing ')'"),
    (sp.group, ("S4 x| C2",), sp.GroupSpecError, "cyclic"),
    (sp.group, ("C7 x|[3] C3",), sp.GroupSpecError, "twist r=3"),
    (sp.group, ("C5 x| C3",), sp.GroupSpecError, "no non-trivial twist"),
    (sp.group, ("Q12",), sp.GroupSpecError, "2^k"),
    (sp.group, ("V5",), sp.GroupSpecError, "V5"),
    (sp.group, ("PSL(2,6)",), sp.GroupSpecError, "prime power"),
    (sp.group, ("PSL(3,6)",), sp.GroupSpecError, "prime power"),
    (sp.group, ("C0",), sp.GroupSpecError, "got 0"),
    (sp.group, ("Dic1",), sp.GroupSpecError, ">= 2"),
    (sp.group, (24,), sp.InvalidArgumentError, "24"),
    (sp.FiniteGroup.from_matrices, ([sympy.Matrix([[1, 1], [0, 1]])],), sp.InvalidMatrixError, "infinite order"),
    (sp.FiniteGroup.from_matrices, ([sympy.Matrix([[1, 2], [2, 4]])],), sp.InvalidMatrixError, "not invertible"),
    (sp.FiniteGroup.from_matrices, ([sympy.Matrix([[1, 2, 3], [2, 4, 5]])],), sp.InvalidMatrixError, "square"),
    (sp.FiniteGroup.from_matrices, ([sympy.eye(2), sympy.eye(3)],), sp.InvalidMatrixError, "one size"),
    (sp.FiniteGroup.from_matrices, ([[[0.5, 0], [0, 2]]],), sp.InvalidMatrixError, "float"),
    (sp.FiniteGroup.from_matrices, ([sympy.Matrix([[sympy.Symbol("a"), 0], [0, 1]])],), sp.InvalidMatrixError,
     "not a number"),
    (sp.FiniteGroup.from_matrices, ([sympy.Matrix([[sympy.I, 0], [0, 1]])],), sp.InvalidMatrixError, "not real"),
    (sp.FiniteGroup.from_matrices, ([],), sp.InvalidMatrixError, "no matrices"),
    (sp.FiniteGroup.from_sympy, ([[1, 0]],), sp.InvalidArgumentError, "PermutationGroup"),
    (sp.set_limits, (), sp.InvalidArgumentError, None),
]


@pytest.mark.parametrize("call, args, error, words", CASES[:-1],
                         ids=[f"{c.__name__}-{i}" for i, (c, *_rest) in enumerate(CASES[:-1])])
def test_bad_input_raises_documented_error(call, args, error, words):
    with pytest.raises(error) as info:
        call(*args)
    assert isinstance(info.value, sp.SymproofError)
    assert words in str(info.value)


@pytest.mark.parametrize("element", [[1, 0, 3, 2], [0, 1, 2, 3, 4], [0, 0, 1, 2]])
def test_element_outside_the_group(element):
    G = sp.group("C4")  # rotations of the square on its 4 vertices
    with pytest.raises((sp.NotInGroupError, sp.InvalidPermutationError)) as info:
        G.index(element)
    assert str(element) in str(info.value)
    assert element not in G


def test_element_index_out_of_range():
    with pytest.raises(sp.NotInGroupError, match="outside 0..3"):
        sp.group("C4").element(4)


@pytest.mark.parametrize("changes, error", [({"max_order": 0}, sp.InvalidValueError),
                                            ({"max_order": "big"}, sp.InvalidArgumentError),
                                            ({"no_such_limit": 3}, sp.InvalidArgumentError)])
def test_limits_are_validated(changes, error):
    with pytest.raises(error):
        sp.set_limits(**changes)


def test_no_permutations_is_the_trivial_group():
    G = sp.FiniteGroup.from_permutations([])
    assert (G.order, G.degree) == (1, 1)
    H = sp.FiniteGroup.from_permutations([], degree=3)
    assert (H.order, H.degree) == (1, 3)
    with pytest.raises(sp.InvalidValueError, match="degree"):
        sp.FiniteGroup.from_permutations([], degree=0)


@pytest.mark.parametrize("spec, reference", [("S 4", "S4"), (" S4 ", "S4"), ("Dic 3", "Dic3"), ("C2 ^ 3", "C2^3"),
                                             ("C7 x | [ 2 ] C3", "C7 x|[2] C3"), ("PSL( 2 , 7 )", "PSL(2,7)"),
                                             ("D 4 x C 3", "D4 x C3")])
def test_spec_whitespace_is_ignored(spec, reference):
    G, H = sp.group(spec), sp.group(reference)
    assert (G.order, G.name) == (H.order, H.name)


def test_matrix_orbit_limit_is_configurable():
    c, s = sympy.sqrt(3) / 2, sympy.Rational(1, 2)  # rotation by pi/6: an orbit of 12 vectors
    with pytest.raises(sp.GroupTooLargeError, match="max_orbit=10"):
        sp.FiniteGroup.from_matrices([sympy.Matrix([[c, -s], [s, c]])], max_orbit=10)
    assert sp.FiniteGroup.from_matrices([sympy.Matrix([[c, -s], [s, c]])], max_orbit=12).order == 12


def test_errors_are_builtin_subclasses():
    assert issubclass(sp.GroupSpecError, ValueError)
    assert issubclass(sp.InvalidArgumentError, TypeError)
    assert issubclass(sp.GroupTooLargeError, sp.LimitExceededError)
