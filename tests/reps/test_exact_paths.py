"""Exact means exact: characters, irreducibles, table order and class functions decided without floating point.

Each test here failed on the former floating-point code (a rounded DFT of float traces, rows
matched by rounded traces and ``np.angle``, a table order on values rounded to 9 decimals,
``nsimplify`` of floats).
"""

import functools
import pathlib
from fractions import Fraction

import numpy as np
import pytest
import sympy
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

import symproof as sp
from symproof.exact import cyclotomic as cyc
from symproof.reps import irreducibles, molien, representation, young
from symproof.reps.character_table import _orthonormal, _RowComparison
from symproof.reps.class_functions import ClassFunction, decide_by_balls
from symproof.reps.dixon import dixon_schneider
from symproof.reps.irreducibles import Construction, _cycle_type, _root_exponents, _symmetric_character
from symproof.reps.representation import Representation, eigenvalue_multiplicities_at, multiplicities_from_traces


def _no_floats(*args, **kwargs):
    raise AssertionError("a floating-point path was taken")


def _sheared(spec, big=10**20):
    """The natural action of ``spec`` conjugated by ``[[1, big], [0, 1]]``: exact, but hopeless in floating point."""
    rho = sp.natural_action(sp.group(spec))
    K = rho.domain
    A = DomainMatrix([[K.one, K.convert(big)], [K.zero, K.one]], (2, 2), K)
    return rho, Representation(rho.group, A * rho.points)


# -- 1. characters of non-permutation representations -----------------------------------------


@pytest.mark.parametrize("spec", ["C4", "D5", "C12", "D8"])
def test_ill_conditioned_representations_have_exact_characters(spec):
    # the float DFT of the former code was off by far more than 1/2 here (or refused)
    rho, sheared = _sheared(spec)
    assert sheared.character() == rho.character()
    for c in rho.group.conjugacy_classes():
        assert eigenvalue_multiplicities_at(sheared, c.representative) == eigenvalue_multiplicities_at(
            rho, c.representative)


@pytest.mark.parametrize("spec", ["D5", "C12", "B3", "C7 x| C3"])
def test_characters_never_use_floating_point_matrices(spec, monkeypatch):
    rho = sp.natural_action(sp.group(spec))
    expected = [rho.trace(c.representative) for c in rho.group.conjugacy_classes()]
    monkeypatch.setattr(Representation, "numeric", _no_floats)
    chi = representation.character(rho)
    assert [sympy.simplify(a - b) for a, b in zip(chi.to_sympy(), expected)] == [0] * len(expected)
    assert molien.eigenvalue_multiplicities(rho) == tuple(
        eigenvalue_multiplicities_at(rho, c.representative) for c in rho.group.conjugacy_classes())


def test_molien_spectra_share_the_representation_routine():
    assert molien.eigenvalue_multiplicities_at is representation.eigenvalue_multiplicities_at  # one routine
    rho, sheared = _sheared("D5")  # no rho(g) of the sheared action is monomial
    assert molien.eigenvalue_multiplicities(sheared) == molien.eigenvalue_multiplicities(rho)
    assert molien.molien_series(sheared, 0).rational_function == molien.molien_series(rho, 0).rational_function


def test_multiplicities_from_traces_over_an_algebraic_field():
    K = QQ.algebraic_field(sympy.sqrt(5))
    c = K.from_sympy((sympy.sqrt(5) - 1) / 2)  # 2 cos(2 pi/5): a rotation by 2 pi/5 has traces 2, c, -1 - c, -1 - c, c
    traces = [K.convert(2), c, -K.one - c, -K.one - c, c]
    assert multiplicities_from_traces(K, traces, 2) == (0, 1, 0, 0, 1)
    with pytest.raises(sp.SymproofInternalError, match="not those of a 3 x 3"):
        multiplicities_from_traces(K, traces, 3)
    with pytest.raises(sp.SymproofInternalError, match="ball"):
        multiplicities_from_traces(QQ, [QQ(1), QQ(1, 2)], 1)  # not the traces of any matrix of order 2


def test_trace_element_is_the_exact_trace():
    rho, sheared = _sheared("D5", big=7)
    for g in range(rho.group.order):
        M = sheared.domain_matrix(g).to_list()
        assert sheared.trace_element(g) == M[0][0] + M[1][1] == rho.trace_element(g)


def test_decide_by_balls_raises_when_nothing_decides():
    with pytest.raises(sp.SymproofInternalError, match="the impossible"):
        decide_by_balls(lambda: None, "the impossible")


# -- 2. irreducibles matched to rows exactly ------------------------------------------------------


@pytest.mark.parametrize("spec", ["C6", "D5", "Q8", "C7 x| C3", "S4", "S5", "C3 x|[2] C8", "Dic6"])
def test_irreducibles_are_matched_without_floating_point(spec, monkeypatch):
    monkeypatch.setattr(ClassFunction, "numeric", _no_floats)  # the former _linear and _monomial read np.angle of it
    exact_young = young.young_matrix
    monkeypatch.setattr(young, "young_matrix", lambda shape, g, *a, exact=True, **k: (
        exact_young(shape, g, *a, exact=True, **k) if exact else _no_floats()))
    G = sp.group(spec)
    irreps = sp.irreducible_representations(G)
    T = sp.character_table(G)
    assert [pi.row for pi in irreps] == list(range(len(T)))
    assert all(pi.construction is not Construction.NUMERIC for pi in irreps)
    for pi in irreps:
        if pi.representation is not None:
            assert pi.representation.character() == T[pi.row]


@pytest.mark.parametrize("n", range(1, 7))
def test_symmetric_characters_are_the_traces_of_young_forms(n):
    G = sp.group(f"S{n}") if n > 1 else None
    perms = [G.element(c.representative) for c in G.conjugacy_classes()] if G else [(0,)]
    for shape in young.partitions(n):
        assert [_symmetric_character(shape, _cycle_type(g)) for g in perms] == [
            young.young_character(shape, list(g)) for g in perms]


def test_murnaghan_nakayama_known_values():
    assert _symmetric_character((5,), (2, 2, 1)) == 1
    assert _symmetric_character((1, 1, 1, 1, 1), (2, 1, 1, 1)) == -1
    assert _symmetric_character((3, 2), (1,) * 5) == 5
    assert _symmetric_character((3, 1, 1), (5,)) == 1 and _symmetric_character((3, 1, 1), (3, 1, 1)) == 0
    assert _symmetric_character((4, 4), (8,)) == 0 and _symmetric_character((2, 2), (2, 2)) == 2


@pytest.mark.parametrize("spec", ["C12", "C2 x C6", "Q8", "C7 x| C3", "Dic3", "A4", "C15"])
def test_linear_characters_are_exact_roots_of_unity(spec):
    T = sp.character_table(sp.group(spec))
    for chi in (T[i] for i in range(len(T)) if T.degrees[i] == 1):
        n, steps, roots = _root_exponents(chi)
        assert [roots[k] for k in steps] == list(chi.values)
        zeta = roots[1 % n]  # a primitive n-th root of unity, and roots[a] = zeta^a
        assert [zeta ** a for a in range(n)] == roots and zeta ** n == chi.field.one
        assert all(zeta ** a != chi.field.one for a in range(1, n))
        assert abs(cyc.to_complex(zeta, chi.conductor) - np.exp(2j * np.pi / n)) < 1e-12


# -- 3. the row order of character tables -----------------------------------------------------


def _float_key(row):
    """The former order: degree, then (-Re, -Im) class by class, rounded to 9 decimals."""
    parts = []
    for v in row:
        parts += [-round(v.real, 9), -round(v.imag, 9)]
    return (round(row[0].real), *parts)


def _groups():
    return [*sp.catalog(24), sp.group("S5"), sp.group("A5"), sp.group("PSL(2,7)")]


@pytest.mark.parametrize("G", _groups(), ids=lambda G: G.name)
def test_row_order_is_the_former_order(G):
    # the rounded key had no false ties on these groups: the exact order must be the same
    f, values, _ = dixon_schneider(G)
    numeric = np.array([[cyc.to_complex(v, f) for v in row] for row in values])
    order = sorted(range(len(values)), key=lambda i: _float_key(numeric[i]))
    assert [chi.values for chi in sp.character_table(G).rows()] == [tuple(values[i]) for i in order]


def test_row_order_separates_values_closer_than_the_rounding():
    # 75025/121393 = 0.61803398878... exceeds (sqrt 5 - 1)/2 = 0.61803398874... by 3e-11: rounded to
    # 9 decimals they tie, and the former key let the next class decide (row 0 first, for its 7)
    f = 5
    K = cyc.cyclotomic_field(f)
    golden = cyc.from_multiplicities([0, 1, 0, 0, 1], f)  # zeta + zeta^4 = (sqrt 5 - 1)/2
    close = K.convert(QQ(75025, 121393))
    assert round(cyc.to_complex(golden, f).real, 9) == round(cyc.to_complex(close, f).real, 9)
    rows = [[K.one, golden, K.convert(QQ(7))], [K.one, close, K.zero]]
    numeric = [[cyc.to_complex(v, f) for v in row] for row in rows]
    assert sorted(range(2), key=lambda i: _float_key(numeric[i])) == [0, 1]
    assert sorted(range(2), key=functools.cmp_to_key(_RowComparison(rows, f))) == [1, 0]


def test_imaginary_parts_decide_when_real_parts_are_equal():
    f = 4
    i = cyc.from_multiplicities([0, 1, 0, 0], f)
    K = cyc.cyclotomic_field(f)
    rows = [[K.one, -i], [K.one, i], [K.one, K.one + i]]
    order = sorted(range(3), key=functools.cmp_to_key(_RowComparison(rows, f)))
    assert order == [2, 1, 0]


@pytest.mark.parametrize("spec", ["S4", "C7 x| C3", "C12", "PSL(2,7)", "C5 x C5"])
def test_orthonormality_is_checked_exactly(spec):
    G = sp.group(spec)
    f, values, _ = dixon_schneider(G)
    sizes = [c.size for c in G.conjugacy_classes()]
    assert _orthonormal(values, f, sizes, G.order)
    for i, k in [(1, 1), (0, 0), (len(values) - 1, len(values) - 1)]:
        wrong = [list(row) for row in values]
        wrong[i][k] += values[0][0]
        assert not _orthonormal(wrong, f, sizes, G.order)
    halves = [[v * QQ(1, 2) for v in row] for row in values]
    assert not _orthonormal(halves, f, sizes, G.order)  # not algebraic integers


# -- 5. class functions from exact numbers only ---------------------------------------------------


def test_from_integers_accepts_exact_rationals():
    G = sp.group("S3")
    chi = ClassFunction.from_integers(G, [Fraction(1, 3), sympy.Rational(-2, 5), np.int64(4)])
    assert chi.to_sympy() == [sympy.Rational(1, 3), sympy.Rational(-2, 5), 4]


@pytest.mark.parametrize("value", [1 / 3, 0.5, np.float64(0.25), sympy.Float(1) / 3])
def test_from_integers_refuses_floats_and_names_the_exact_alternative(value):
    with pytest.raises(sp.InvalidArgumentError, match=r"float.*Fraction\(\d+, \d+\).*sympy\.Rational\(\d+, \d+\)"):
        ClassFunction.from_integers(sp.group("S3"), [1, value, 0])


def test_from_integers_names_one_third():
    with pytest.raises(sp.InvalidArgumentError, match=r"values\[0\].*Fraction\(1, 3\) or sympy\.Rational\(1, 3\)"):
        ClassFunction.from_integers(sp.group("S3"), [1 / 3, 0, 0])


@pytest.mark.parametrize("value", ["1/3", sympy.sqrt(2), 1j, None, True])
def test_from_integers_refuses_what_is_not_a_rational(value):
    with pytest.raises(sp.InvalidArgumentError, match="exact rational"):
        ClassFunction.from_integers(sp.group("S3"), [1, value, 0])


def test_no_nsimplify_in_reps():
    reps = pathlib.Path(irreducibles.__file__).parent
    assert not [p.name for p in reps.glob("*.py") if "nsimplify" in p.read_text()]
