"""Bad input to the Cayley-spectra, expansion and Alon–Roichman functions raises the project's errors."""

import networkx as nx
import pytest

import symproof as sp
from symproof.cayley import alon_roichman as ar

S3 = sp.group("S3")
C4 = sp.group("C4")

CASES = [
    # (call, arguments, keyword arguments, error, words the message must contain)
    (sp.cayley_spectrum, (S3, []), {}, sp.InvalidValueError, "empty"),
    (sp.cayley_spectrum, (S3, {}), {}, sp.InvalidValueError, "empty"),
    (sp.cayley_spectrum, (S3, {1: 0.5, 2: 0.5}), {}, sp.InvalidArgumentError, "not weights"),
    (sp.cayley_spectrum, (S3, {1: 0}), {}, sp.InvalidValueError, "positive int"),
    (sp.cayley_spectrum, (S3, {1: True}), {}, sp.InvalidArgumentError, "positive int"),
    (sp.cayley_spectrum, (S3, 3), {}, sp.InvalidArgumentError, "iterable"),
    (sp.cayley_spectrum, (S3, "ab"), {}, sp.InvalidArgumentError, "iterable"),
    (sp.cayley_spectrum, (S3, [6]), {}, sp.NotInGroupError, "outside 0..5"),
    (sp.cayley_spectrum, (S3, [-1]), {}, sp.NotInGroupError, "outside"),
    (sp.cayley_spectrum, (C4, [[1, 0, 2, 3]]), {}, sp.NotInGroupError, "[1, 0, 2, 3]"),
    (sp.cayley_spectrum, (S3, [[1, 0]]), {}, sp.InvalidPermutationError, "[1, 0]"),
    (sp.cayley_spectrum, (S3, [1]), {"operator": "laplacian"}, sp.InvalidValueError, "laplacian"),
    (sp.cayley_spectrum, (S3, [1]), {"quantity": "norms"}, sp.InvalidValueError, "norms"),
    (sp.cayley_spectrum, (S3, [1]), {"method": "sparse"}, sp.InvalidValueError, "sparse"),
    (sp.cayley_spectrum, (S3, [1]), {"exact": "yes"}, sp.InvalidArgumentError, "yes"),
    (sp.cayley_spectrum, (S3, [1]), {"method": "dense", "exact": True}, sp.InvalidValueError, "fourier"),
    (sp.lambda_star, (S3, []), {}, sp.InvalidValueError, "empty"),
    (sp.lambda_star, (S3, [1]), {"method": "arpack"}, sp.InvalidValueError, "arpack"),
    (sp.lambda_star, (S3, [1]), {"method": "sparse", "exact": True}, sp.InvalidValueError, "exact=True"),
    (sp.spectral_gap, (S3, [[1, 2, 0]]), {}, sp.InvalidValueError, "symmetric"),
    (sp.cayley_operator, (S3, [1]), {"operator": "walks"}, sp.InvalidValueError, "walks"),
    (sp.cheeger_bounds, (S3, [[1, 2, 0]]), {}, sp.InvalidValueError, "symmetric"),
    (sp.edge_expansion, (nx.DiGraph([(0, 1), (1, 0)]),), {}, sp.InvalidArgumentError, "directed"),
    (sp.edge_expansion, (nx.empty_graph(1),), {}, sp.InvalidValueError, "two vertices"),
    (sp.edge_expansion, (nx.cycle_graph(21),), {}, sp.LimitExceededError, "max_vertices"),
    (sp.edge_expansion, (nx.cycle_graph(4),), {"max_vertices": 1.5}, sp.InvalidArgumentError, "1.5"),
    (ar.family_group, ("A_n", 5), {}, sp.InvalidValueError, "A_n"),
    (ar.family_group, ("S_n", 0), {}, sp.InvalidValueError, "parameter"),
    (sp.random_cayley_multiset, (S3, 0), {}, sp.InvalidValueError, "size"),
    (sp.random_cayley_multiset, (S3, 2), {"seed": -1}, sp.InvalidValueError, "seed"),
    (ar.alon_roichman_size, (S3, -1.0), {}, sp.InvalidValueError, "c must"),
    (ar.lambda_star_trials, (S3, 2), {"trials": 0}, sp.InvalidValueError, "trials"),
    (sp.threshold_size, (S3, 0.5), {"fraction": 1.5}, sp.InvalidValueError, "fraction"),
    (sp.threshold_size, (S3, 0), {}, sp.InvalidValueError, "t must"),
    (sp.threshold_size, (S3, 0.5), {"max_size": 0}, sp.InvalidValueError, "max_size"),
]


@pytest.mark.parametrize("call, args, kwargs, error, words", CASES,
                         ids=[f"{c.__name__}-{i}" for i, (c, *_rest) in enumerate(CASES)])
def test_bad_input_raises_documented_error(call, args, kwargs, error, words):
    with pytest.raises(error) as info:
        call(*args, **kwargs)
    assert isinstance(info.value, sp.SymproofError)
    assert words in str(info.value)


def test_limits_stop_exact_and_dense_routes():
    G = sp.group("S5")
    with sp.limits(max_table=1000):
        with pytest.raises(sp.LimitExceededError, match="max_table"):
            sp.cayley_spectrum(G, [1, 2], exact=True)
        with pytest.raises(sp.LimitExceededError, match="max_table"):
            sp.cayley_spectrum(G, [1, 2], method="dense")
