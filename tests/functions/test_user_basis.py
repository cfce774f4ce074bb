"""User-given bases: closure checked exactly, the error names the function that leaves the span."""

import pytest
import sympy

import symproof as sp

x1, x2 = sp.coordinate_symbols(2)


def _harmonics(L):
    """Re and Im of (x_1 + i x_2)^j, j = 1..L, by the binomial theorem."""
    out = []
    for j in range(1, L + 1):
        re = sum(sympy.binomial(j, m) * (-1) ** (m // 2) * x1**(j - m) * x2**m for m in range(0, j + 1, 2))
        im = sum(sympy.binomial(j, m) * (-1) ** (m // 2) * x1**(j - m) * x2**m for m in range(1, j + 1, 2))
        out += [re, im]
    return out


@pytest.mark.parametrize("n, L", [(4, 1), (6, 2), (8, 3), (12, 2)])
def test_trigonometric_polynomials_under_rotations(n, L):
    # frequencies 1..L under C_n: the characters exp(+-2 pi i j k/n), each once (two coinciding at j = n/2)
    G = sp.group(f"C{n}")
    F = sp.user_basis(G, _harmonics(L))
    T = sp.character_table(G)
    g = int(G.generator_indices[0])
    expected = {}
    for j in range(1, L + 1):
        for s in (1, -1):
            value = sympy.exp(2 * sympy.pi * sympy.I * s * j / n)
            row = next(i for i, chi in enumerate(T.rows())
                       if abs(complex(chi.to_sympy()[G.class_of[g]]) - complex(value)) < 1e-9)
            expected[row] = expected.get(row, 0) + 1
    assert {i: m for i, m in enumerate(F.multiplicities()) if m} == expected


def test_user_basis_matches_the_polynomial_class():
    rho = sp.natural_action(sp.group("S3"))
    P = sp.polynomials(rho, max_degree=2)
    reordered = list(reversed(P.basis))
    F = sp.user_basis(rho, reordered)
    assert F.character() == P.character()
    assert F.generator_matrices[0] == sympy.Matrix(P.matrix(int(rho.group.generator_indices[0])).to_Matrix()[::-1, ::-1])


def test_trigonometric_functions_under_a_reflection():
    rho = sp.linear_action(sp.group("C2"), [[[-1]]])
    (x,) = sp.coordinate_symbols(1)
    F = sp.user_basis(rho, [sympy.cos(x), sympy.sin(x), sympy.cos(2 * x)])
    assert F.multiplicities() == [2, 1]
    with pytest.raises(sp.NotClosedError, match=r"basis\[1\] = sin\(x_1\) \+ 1"):
        sp.user_basis(rho, [sympy.cos(x), sympy.sin(x) + 1])


def test_closure_error_names_the_function_and_generator():
    G = sp.group("S3")
    y1, y2, y3 = sp.coordinate_symbols(3)
    with pytest.raises(sp.NotClosedError) as info:
        sp.user_basis(G, [y1 + y2 + y3, y1])
    message = str(info.value)
    assert "basis[1] = x_1" in message and "generator g = " in message
    assert isinstance(info.value, ValueError)


def test_dependent_and_malformed_bases_are_refused():
    G = sp.group("C4")
    with pytest.raises(sp.InvalidValueError, match=r"basis\[2\] = 2\*x_1 - x_2"):
        sp.user_basis(G, [x1, x2, 2 * x1 - x2])
    with pytest.raises(sp.InvalidArgumentError, match="float"):
        sp.user_basis(G, [0.5 * x1, x2])
    with pytest.raises(sp.InvalidArgumentError, match="uses"):
        sp.user_basis(G, [sympy.Symbol("y")])
    with pytest.raises(sp.InvalidValueError, match="empty"):
        sp.user_basis(G, [])
    with pytest.raises(sp.InvalidArgumentError, match="distinct SymPy symbols"):
        sp.user_basis(G, [x1], symbols=[x1])


def test_custom_symbols():
    a, b = sympy.symbols("a b")
    F = sp.user_basis(sp.group("D4"), [a**2 + b**2, a * b], symbols=(a, b))
    assert F.multiplicities()[0] == 1 and F.dimension == 2


def test_products_of_a_user_basis_are_the_polynomials():
    rho = sp.natural_action(sp.group("D4"))
    F = sp.user_basis(rho, [x1, x2])
    for k in range(4):
        assert F.symmetric_products(k).character() == sp.polynomials(rho, max_degree=k).character()
