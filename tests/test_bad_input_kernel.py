"""One validation kernel: the same mistake raises the same class at every public entry point.

A wrong type is an ``InvalidArgumentError`` (a ``TypeError``), a value of the right type out of
range an ``InvalidValueError`` (a ``ValueError``); no builtin exception escapes a public call.
Table of (call, expected error class, message fragment), hypothesis style.
"""

import numpy as np
import pytest
import sympy

import symproof as sp
from symproof import _validation as v
from symproof.checking import strategies as spt

S3 = sp.group("S3")
C4 = sp.group("C4")
RHO = sp.natural_action(S3)
F1 = sp.polynomials(RHO, max_degree=1)
L2 = sp.regular_functions(S3)
UNIFORM = sp.AveragingScheme.uniform(S3)
T = sp.character_table(S3)

CASES = [
    # -- groups
    (lambda: sp.group(24), sp.InvalidArgumentError, "24"),
    (lambda: sp.group("C0"), sp.GroupSpecError, "got 0"),
    (lambda: sp.catalog(0), sp.InvalidValueError, "max_order"),
    (lambda: sp.catalog(2.5), sp.InvalidArgumentError, "max_order"),
    (lambda: sp.FiniteGroup.from_permutations(5), sp.InvalidArgumentError, "image lists"),
    (lambda: sp.FiniteGroup.from_permutations([], degree=0), sp.InvalidValueError, "degree"),
    (lambda: sp.FiniteGroup.from_permutations([], degree=1.5), sp.InvalidArgumentError, "degree"),
    (lambda: sp.direct_product(), sp.InvalidValueError, "at least one factor"),
    (lambda: sp.direct_product(S3, "C2"), sp.InvalidArgumentError, "FiniteGroup"),
    (lambda: sp.set_limits(max_order=0), sp.InvalidValueError, "max_order"),
    (lambda: sp.set_limits(max_order="big"), sp.InvalidArgumentError, "max_order"),
    (lambda: sp.set_limits(no_such_limit=3), sp.InvalidArgumentError, "no_such_limit"),
    # -- reps
    (lambda: sp.character_table("S3"), sp.InvalidArgumentError, "FiniteGroup"),
    (lambda: sp.irreducible_representations("S3"), sp.InvalidArgumentError, "FiniteGroup"),
    (lambda: sp.natural_action(3), sp.InvalidArgumentError, "FiniteGroup"),
    (lambda: sp.molien_series(RHO, 7), sp.InvalidValueError, "row 0.."),
    (lambda: sp.molien_series(RHO, 1.0), sp.InvalidArgumentError, "1.0"),
    # -- functions
    (lambda: sp.polynomials(RHO, max_degree=-1), sp.InvalidValueError, "max_degree"),
    (lambda: sp.polynomials(RHO, max_degree=1.0), sp.InvalidArgumentError, "max_degree"),
    (lambda: sp.symmetric_products(F1, -1), sp.InvalidValueError, "-1"),
    (lambda: sp.regular_functions("S3"), sp.InvalidArgumentError, "'S3'"),
    (lambda: sp.linear_action("C4", [[[0, 1], [1, 0]]]), sp.InvalidArgumentError, "FiniteGroup"),
    # -- cayley
    (lambda: sp.cayley_spectrum(S3, []), sp.InvalidValueError, "empty"),
    (lambda: sp.cayley_spectrum(S3, 3), sp.InvalidArgumentError, "iterable"),
    (lambda: sp.cayley_spectrum(S3, [1], operator="laplacian"), sp.InvalidValueError, "laplacian"),
    (lambda: sp.cayley_spectrum(S3, [1], operator=3), sp.InvalidArgumentError, "operator"),
    (lambda: sp.cayley_spectrum(S3, [1], exact="yes"), sp.InvalidArgumentError, "yes"),
    (lambda: sp.cayley_spectrum("S3", [1]), sp.InvalidArgumentError, "FiniteGroup"),
    (lambda: sp.cayley_operator(S3, [1], operator="walks"), sp.InvalidValueError, "walks"),
    (lambda: sp.lambda_star(S3, [1], method="arpack"), sp.InvalidValueError, "arpack"),
    (lambda: sp.spectral_gap(S3, [[1, 2, 0]]), sp.InvalidValueError, "symmetric"),
    (lambda: sp.cheeger_bounds(S3, [[1, 2, 0]]), sp.InvalidValueError, "symmetric"),
    (lambda: sp.edge_expansion("graph"), sp.InvalidArgumentError, "networkx"),
    (lambda: sp.random_cayley_multiset(S3, 0), sp.InvalidValueError, "size"),
    (lambda: sp.random_cayley_multiset(S3, 2, seed=1.5), sp.InvalidArgumentError, "seed"),
    (lambda: sp.random_cayley_multiset(S3, 2, seed="0"), sp.InvalidArgumentError, "seed"),
    (lambda: sp.random_cayley_multiset(S3, 2, symmetric="yes"), sp.InvalidArgumentError, "symmetric"),
    (lambda: sp.threshold_size(S3, 0.5, fraction=1.5), sp.InvalidValueError, "fraction"),
    (lambda: sp.threshold_size(S3, "0.5"), sp.InvalidArgumentError, "t must"),
    (lambda: sp.alon_roichman_experiment("A_n", [5]), sp.InvalidValueError, "A_n"),
    # -- averaging
    (lambda: sp.AveragingScheme.random(S3, 0), sp.InvalidValueError, "positive int"),
    (lambda: sp.AveragingScheme.random(S3, 2.0), sp.InvalidArgumentError, "n must"),
    (lambda: sp.AveragingScheme.random(S3, 2, seed=0.5), sp.InvalidArgumentError, "seed"),
    (lambda: sp.AveragingScheme.random(S3, 2, seed=-1), sp.InvalidValueError, "seed"),
    (lambda: sp.AveragingScheme.from_weights(S3, {0: 0.5}), sp.InvalidValueError, "sum to 1"),
    (lambda: sp.AveragingScheme.from_weights(S3, 7), sp.InvalidArgumentError, "weights"),
    (lambda: sp.AveragingScheme.on_elements(S3, []), sp.InvalidValueError, "at least one"),
    (lambda: sp.weak_error("omega", L2), sp.InvalidArgumentError, "AveragingScheme"),
    (lambda: sp.weak_error(UNIFORM, "F"), sp.InvalidArgumentError, "FunctionClass"),
    (lambda: sp.weak_error(UNIFORM, L2, route="fast"), sp.InvalidValueError, "route"),
    (lambda: sp.strong_error(UNIFORM, L2, route="fast"), sp.InvalidValueError, "route"),
    (lambda: sp.is_exact(sp.AveragingScheme.from_weights(S3, [1 / 6] * 6), L2), sp.InvalidValueError,
     "exact weights"),
    (lambda: sp.averaging_complexity("F", "exact"), sp.InvalidArgumentError, "FunctionClass"),
    (lambda: sp.averaging_complexity(F1, "fuzzy"), sp.InvalidValueError, "kind"),
    (lambda: sp.averaging_complexity(F1, 3), sp.InvalidArgumentError, "kind"),
    (lambda: sp.averaging_complexity(F1, "exact", 0.5), sp.InvalidValueError, "no eps"),
    (lambda: sp.averaging_complexity(F1, "weak"), sp.InvalidValueError, "eps"),
    (lambda: sp.averaging_complexity(F1, "weak", 0), sp.InvalidValueError, "eps"),
    (lambda: sp.averaging_complexity(F1, "weak", "half"), sp.InvalidArgumentError, "eps"),
    (lambda: sp.averaging_complexity(F1, "weak", 0.5, signed="yes"), sp.InvalidArgumentError, "signed"),
    (lambda: sp.averaging_complexity(F1, "weak", 0.5, seed=0.5), sp.InvalidArgumentError, "seed"),
    (lambda: sp.weak_existence_bound(0, 3), sp.InvalidValueError, "eps"),
    (lambda: sp.sample_size(sympy.Rational(1, 4), -2, sympy.Rational(1, 10)), sp.InvalidValueError, "D"),
    # -- report
    (lambda: sp.separation_report("S3", eps_values=0.5), sp.InvalidArgumentError, "eps_values"),
    (lambda: sp.separation_report("S3", eps_values=(0,)), sp.InvalidValueError, "eps_values[0]"),
    (lambda: sp.separation_report("S3", max_search=0), sp.InvalidValueError, "max_search"),
    (lambda: sp.separation_report(3), sp.InvalidArgumentError, "FiniteGroup"),
    (lambda: sp.separation_report("S-3"), sp.GroupSpecError, "S-3"),
    (lambda: sp.scaling_table("C4"), sp.InvalidArgumentError, "specs"),
    (lambda: sp.scaling_table(["C4"], delta=1.5), sp.InvalidValueError, "delta"),
    (lambda: sp.scaling_table(["C4"], trials=0), sp.InvalidValueError, "trials"),
    (lambda: sp.scaling_table(["C4"], seed="x"), sp.InvalidArgumentError, "seed"),
    # -- checking
    (lambda: spt.catalog_groups(max_order=0), sp.InvalidValueError, "max_order"),
    (lambda: spt.elements("C4"), sp.InvalidArgumentError, "FiniteGroup"),
]


@pytest.mark.parametrize("call, error, words", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_bad_input_raises_the_kernel_class(call, error, words):
    with pytest.raises(sp.SymproofError) as info:
        call()
    assert isinstance(info.value, error), f"{type(info.value).__name__}: {info.value}"
    assert words in str(info.value)


def test_value_and_type_errors_are_builtin_subclasses():
    assert issubclass(sp.InvalidValueError, ValueError) and not issubclass(sp.InvalidValueError, TypeError)
    assert issubclass(sp.InvalidArgumentError, TypeError)
    assert issubclass(sp.SymproofInternalError, sp.SymproofError)


def test_same_mistake_same_class_for_listing_and_strategy():
    errors = []
    for call in (lambda: sp.catalog(0), lambda: spt.catalog_groups(max_order=0)):
        with pytest.raises(sp.SymproofError) as info:
            call()
        errors.append(type(info.value))
    assert errors[0] is errors[1] is sp.InvalidValueError


# -- one seed convention ------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [0, 7, np.int64(3)])
def test_int_seed_is_numpy_default_rng(seed):
    assert v.check_seed(seed).integers(1000, size=5).tolist() == \
        np.random.default_rng(int(seed)).integers(1000, size=5).tolist()


def test_generator_and_int_seeds_are_accepted_everywhere():
    rng = np.random.default_rng(5)
    assert sp.AveragingScheme.random(S3, 4, seed=rng).group == S3
    assert sp.AveragingScheme.random(S3, 4, seed=None).size <= 4
    assert sp.AveragingScheme.random(S3, 4, seed=3) == sp.AveragingScheme.random(S3, 4, seed=3)
    # an int seed gives what numpy.random.default_rng(seed) gives (results kept across the change)
    draws = np.random.default_rng(3).integers(0, S3.order, size=4).tolist()
    assert sp.AveragingScheme.random(S3, 4, seed=3) == sp.AveragingScheme.on_elements(S3, draws)
    a = sp.random_cayley_multiset(S3, 3, seed=np.random.default_rng(1))
    b = sp.random_cayley_multiset(S3, 3, seed=np.random.default_rng(1))
    assert a == b
    rows = sp.scaling_table(["C4"], trials=1, seed=np.random.default_rng(2))
    assert rows[0]["trials"] == 1


@pytest.mark.parametrize("seed", [0.5, "1", True, [1]])
def test_float_or_str_seed_is_refused(seed):
    with pytest.raises(sp.InvalidArgumentError, match="seed"):
        v.check_seed(seed)
    with pytest.raises(sp.InvalidArgumentError, match="seed"):
        sp.AveragingScheme.random(S3, 2, seed=seed)


def test_spawned_generators_follow_seed_sequence():
    children = v.spawn_generators(4, 3)
    expected = [np.random.default_rng(s).integers(100) for s in np.random.SeedSequence(4).spawn(3)]
    assert [g.integers(100) for g in children] == expected


# -- limits in one place ------------------------------------------------------------------------


def test_every_limit_is_documented():
    import dataclasses

    doc = sp.Limits.__doc__
    for field in dataclasses.fields(sp.Limits):
        assert field.name in doc, field.name


def test_numeric_irreducible_limit_names_itself():
    from symproof.reps.irreducibles import _numeric

    G = sp.group("C4")
    with sp.limits(max_numeric_irreducible_order=2):
        with pytest.raises(sp.LimitExceededError, match="max_numeric_irreducible_order"):
            _numeric(G, 1)


def test_report_search_default_is_a_limit():
    assert sp.get_limits().max_report_search == 20_000
    Q8 = sp.group("Q8")  # its 2-dimensional irreducible is not rational, so the limit decides the route
    with sp.limits(max_exact_spectrum_order=2):
        assert sp.cayley_spectrum(Q8, [1, 2]).provenance is not sp.cayley_spectrum(Q8, [1, 2], exact=True).provenance


def test_strong_error_cut_by_its_limit_says_which():
    G = sp.group("S3")
    omega = sp.AveragingScheme.from_weights(G, {0: 1})
    with sp.limits(max_strong_dense_entries=1):
        s = sp.strong_error(omega, sp.regular_functions(G))
    assert "max_strong_dense_entries" in s.method
