"""Immutable objects (issue 9, object model): no ``setattr``, read-only arrays, no shared mutable state.

Every documented-immutable object refuses ``setattr``/``delattr`` with an
:class:`~symproof.ImmutableError` (also an ``AttributeError``), every array it exposes
refuses item assignment (numpy raises ``ValueError``), and mutating what a method returns
never changes a later ``sp.character_table(G)`` or the object itself.
"""

from __future__ import annotations

import dataclasses
import time
import types

import networkx as nx
import numpy as np
import pytest

import symproof as sp
from symproof.checking.conjectures import k_candidate_bounds
from symproof.exact.finite_fields import GF
from symproof.exact.provenance import Bound, Provenance
from symproof.reps.irreducibles import Construction


def _objects() -> dict[str, object]:
    """One instance of every immutable class, built on small groups (the call is cheap)."""
    S3, C4 = sp.group("S3"), sp.group("C4")
    rho = sp.natural_action(S3)
    T = sp.character_table(S3)
    x1, x2 = sp.coordinate_symbols(2)
    spectrum = sp.cayley_spectrum(C4, [1, 3])
    F = sp.regular_functions(sp.group("C3"))
    return {
        "FiniteGroup": S3,
        "ConjugacyClass": S3.conjugacy_classes()[1],
        "Representation": rho,
        "ClassFunction": T[2],
        "CharacterTable": T,
        "Irreducible": sp.irreducible_representations(S3)[2],
        "Irreducible (numeric)": next(pi for pi in sp.irreducible_representations(sp.group("SL(2,3)"))
                                      if pi.construction is Construction.NUMERIC),
        "AveragingScheme": sp.AveragingScheme.uniform(S3),
        "PolynomialClass": sp.polynomials(S3, max_degree=2),
        "GSetFunctions": sp.regular_functions(S3),
        "GSetFunctions (cosets)": sp.coset_functions(S3, S3.subgroup([1])),
        "UserBasisClass": sp.user_basis(sp.group("C6"), [x1, x2]),
        "IsotypicComponent": sp.isotypic_components(sp.polynomials(S3, max_degree=1))[1],
        "MolienSeries": sp.molien_series(rho, 1),
        "TensorPowerThreshold": sp.tensor_power_threshold(rho),
        "ErrorValue": sp.weak_error(sp.AveragingScheme.from_weights(S3, {0: 1}), sp.regular_functions(S3)),
        "ComplexityResult": sp.averaging_complexity(F, "exact"),
        "CayleySpectrum": spectrum,
        "SpectrumBlock": spectrum.blocks[0],
        "SpectralValue": sp.spectral_gap(C4, [1, 3]),
        "CheegerBounds": sp.cheeger_bounds(C4, [1, 3]),
        "EdgeExpansion": sp.edge_expansion(nx.cycle_graph(6)),
        "CandidateBound": k_candidate_bounds(rho)[0],
        "Limits": sp.get_limits(),
        "Bound": Bound(3, Provenance.EXACT, "test"),
        "GF": GF(4),
    }


OBJECTS = _objects()


def _attributes(obj: object) -> list[str]:
    if dataclasses.is_dataclass(obj):
        return [f.name for f in dataclasses.fields(obj)]
    return [name for name in vars(obj) if not name.startswith("_")]


@pytest.mark.parametrize("name", sorted(OBJECTS))
def test_setattr_and_delattr_raise_immutable_error(name):
    obj = OBJECTS[name]
    attributes = _attributes(obj)
    assert attributes, f"{name} exposes no attributes to test"
    for attr in attributes:
        before = getattr(obj, attr)
        with pytest.raises(sp.ImmutableError):
            setattr(obj, attr, None)
        with pytest.raises(AttributeError):  # ImmutableError is an AttributeError too
            setattr(obj, attr, None)
        with pytest.raises(sp.ImmutableError):
            delattr(obj, attr)
        assert getattr(obj, attr) is before
    with pytest.raises(sp.ImmutableError):
        obj.brand_new_attribute = 1  # type: ignore[attr-defined]
    assert not hasattr(obj, "brand_new_attribute")


def test_immutable_error_is_a_symproof_error_and_an_attribute_error():
    assert issubclass(sp.ImmutableError, sp.SymproofError)
    assert issubclass(sp.ImmutableError, AttributeError)


@pytest.mark.parametrize("name", sorted(OBJECTS))
def test_stored_collections_are_immutable(name):
    """No exposed attribute is a list, dict, set or writeable array."""
    obj = OBJECTS[name]
    for attr in _attributes(obj):
        value = getattr(obj, attr)
        assert not isinstance(value, (list, dict, set)), f"{name}.{attr} is a mutable {type(value).__name__}"
        if isinstance(value, np.ndarray):
            assert not value.flags.writeable, f"{name}.{attr} is a writeable array"


def _exposed_arrays() -> list[tuple[str, np.ndarray]]:
    G = OBJECTS["FiniteGroup"]
    rho = OBJECTS["Representation"]
    T = OBJECTS["CharacterTable"]
    cls = OBJECTS["ConjugacyClass"]
    omega = OBJECTS["AveragingScheme"]
    return [
        ("G.elements", G.elements), ("G.generators", G.generators), ("G.generator_indices", G.generator_indices),
        ("G.inverses", G.inverses), ("G.element_orders", G.element_orders), ("G.class_of", G.class_of),
        ("ConjugacyClass.elements", cls.elements), ("rho.action", rho.action),
        ("rho.basis_columns", rho.basis_columns), ("rho.numeric_points", rho.numeric_points),
        ("T.numeric()", T.numeric()), ("omega.support", omega.support),
        ("SpectrumBlock.numeric", OBJECTS["SpectrumBlock"].numeric),
        ("GF.mul", OBJECTS["GF"].mul),
    ]


@pytest.mark.parametrize("label, array", _exposed_arrays(), ids=[label for label, _ in _exposed_arrays()])
def test_item_assignment_on_exposed_arrays_raises(label, array):
    assert isinstance(array, np.ndarray)
    before = array.copy()
    with pytest.raises(ValueError, match="read-only"):
        array[(0,) * array.ndim] = array[(0,) * array.ndim] + 1
    with pytest.raises(ValueError, match="read-only"):
        array[...] = 0
    assert np.array_equal(array, before)


def _fresh_s4() -> sp.FiniteGroup:
    return sp.FiniteGroup.from_permutations([[1, 0, 2, 3], [1, 2, 3, 0]], name="S4")


def _table_snapshot(G: sp.FiniteGroup) -> tuple:
    T = sp.character_table(G)
    return (T.degrees, tuple(tuple(chi.values) for chi in T.rows()), T.numeric().copy(), T.to_sympy())


def _same(a: tuple, b: tuple) -> bool:
    return a[0] == b[0] and a[1] == b[1] and np.array_equal(a[2], b[2]) and a[3] == b[3]


def test_mutating_returned_values_cannot_change_a_later_character_table():
    G = _fresh_s4()
    before = _table_snapshot(G)
    T = sp.character_table(G)
    attempts = 0
    # every mutation below either raises or acts on a private copy; count those that raised
    for mutate in (
        lambda: T.numeric().__setitem__((0, 0), 99),
        lambda: T.numeric().setflags(write=True),
        lambda: G.elements.__setitem__((1, 0), 0),
        lambda: G.class_of.__setitem__(1, 0),
        lambda: G.element_orders.__setitem__(0, 7),
        lambda: G.conjugacy_classes()[1].elements.__setitem__(0, 0),
        lambda: T.rows()[1].values.__setitem__(0, 5),        # a tuple
        lambda: T.rows().__setitem__(0, T.rows()[1]),        # a tuple
        lambda: G.conjugacy_classes().__setitem__(0, None),  # a tuple
        lambda: setattr(T.rows()[1], "values", (5,) * len(T)),
        lambda: setattr(T, "_rows", ()),
        lambda: setattr(G, "_elements", G.elements[::-1]),
        lambda: setattr(G.conjugacy_classes()[1], "size", 1),
    ):
        with pytest.raises((ValueError, TypeError, AttributeError)):
            mutate()
        attempts += 1
    # mutations of returned copies succeed but change nothing
    degrees = list(T.degrees)
    degrees[0] = 99
    values = T.values
    values[0, 0] = values.domain.convert(7)
    s = T.to_sympy()
    s[0, 0] = 42
    chi = T[1].to_sympy()
    chi[0] = 42
    points = G.natural_points()
    points[0, 0] = points.domain.convert(7)
    numeric_row = T[1].numeric()
    numeric_row[:] = 0
    assert attempts == 13
    assert sp.character_table(G) is T
    assert _same(_table_snapshot(G), before)
    # a fresh group rebuilt from scratch gives the same table
    assert _same(_table_snapshot(_fresh_s4()), before)


def test_mutating_returned_lists_of_a_function_class_changes_nothing():
    F = sp.polynomials(sp.group("S3"), max_degree=2)
    m = F.multiplicities()
    m[0] = 100
    P = F.reynolds_operator()
    P[0, 0] = P.domain.convert(12345)
    assert F.multiplicities() != m
    assert F.reynolds_operator() != P


def test_mutating_the_points_of_a_representation_changes_nothing():
    rho = sp.natural_action(sp.group("D4"))
    before = [rho.matrix(g) for g in range(rho.group.order)]
    P = rho.points
    P[0, 0] = P.domain.convert(7)
    assert [rho.matrix(g) for g in range(rho.group.order)] == before


def test_irreducible_errors_are_a_read_only_mapping():
    pi = OBJECTS["Irreducible"]
    assert isinstance(pi.errors, types.MappingProxyType)
    with pytest.raises(TypeError):
        pi.errors["unitarity"] = 1.0  # type: ignore[index]


def test_user_basis_generator_matrices_are_immutable():
    F = OBJECTS["UserBasisClass"]
    with pytest.raises(TypeError):
        F.generator_matrices[0][0, 0] = 5
    assert isinstance(F.generator_matrices, tuple)


# -- renaming ---------------------------------------------------------------------------


def test_with_name_returns_a_new_group_sharing_the_elements():
    G = sp.group("S5")
    H = G.with_name("Sym(5)")
    assert H is not G and H.name == "Sym(5)" and G.name != "Sym(5)"
    assert H.elements is G.elements
    assert H == G and hash(H) == hash(G)
    assert np.array_equal(H.generators, G.generators)
    assert H.natural_points() == G.natural_points()
    assert [c.size for c in H.conjugacy_classes()] == [c.size for c in G.conjugacy_classes()]


def test_with_name_does_not_enumerate_the_group(monkeypatch):
    import symproof.groups.finite_group as fg

    G = sp.group("S6")
    calls = []
    monkeypatch.setattr(fg, "enumerate_elements", lambda *a, **k: calls.append(a) or pytest.fail("re-enumerated"))
    start = time.perf_counter()
    H = G.with_name("S6 again")
    elapsed = time.perf_counter() - start
    assert calls == [] and H.order == 720
    assert elapsed < 0.5, elapsed  # sharing, not enumerating (enumeration of S6 is far slower on a shared core)


def test_renamed_is_gone():
    assert not hasattr(sp.FiniteGroup, "renamed")


# -- equality -----------------------------------------------------------------------------


def test_group_equality_is_the_set_of_permutations():
    a = sp.FiniteGroup.from_permutations([[1, 0, 2], [1, 2, 0]])
    b = sp.FiniteGroup.from_permutations([[1, 0, 2], [0, 2, 1]], name="S3")
    c = sp.FiniteGroup.from_permutations([[1, 2, 0]])
    d = sp.FiniteGroup.from_permutations([[1, 0, 2, 3], [1, 2, 0, 3]])  # S3 on 4 points
    assert a == b and a != c and a != d
    assert (a == "S3") is False


def test_equality_across_groups_is_false_not_an_error():
    S3, C3 = sp.group("S3"), sp.group("C3")
    chi, psi = sp.character_table(S3)[0], sp.character_table(C3)[0]
    assert (chi == psi) is False and (chi != psi) is True
    assert (sp.AveragingScheme.uniform(S3) == sp.AveragingScheme.uniform(C3)) is False
    assert chi == sp.character_table(S3.with_name("another name"))[0]  # same group, same values


# -- constructions --------------------------------------------------------------------


def test_irreducibles_expose_the_representation_interface():
    G = sp.group("D5")
    T = sp.character_table(G)
    for pi in sp.irreducible_representations(G):
        assert isinstance(pi.construction, Construction)
        assert pi.group is G and pi.character() == T[pi.row]
        assert pi.dimension == T.degrees[pi.row]
        assert np.allclose(np.array(pi.matrix(1).evalf(), dtype=complex), pi.numeric(1))
    assert [pi.construction for pi in sp.irreducible_representations(G)] == [
        Construction.LINEAR, Construction.LINEAR, Construction.DIHEDRAL, Construction.DIHEDRAL]


def test_construction_is_not_a_string():
    assert Construction.LINEAR != "linear"
    assert Construction("young-orthogonal") is Construction.YOUNG_ORTHOGONAL
