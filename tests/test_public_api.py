"""The public front: an exact ``__all__`` and a documented, runnable example for every exported name."""

from __future__ import annotations

import doctest
import inspect
import re
from pathlib import Path

import pytest
import tomllib

import symproof
import symproof.errors

ROOT = Path(__file__).resolve().parent.parent

EXPECTED_ALL = sorted([
    "CheckReport", "Conjecture", "check", "conjecture", "identify", "small_group", "small_groups",
    "equivariant_maps", "family_table", "plot_report", "report_schema", "separation_job", "to_latex", "to_markdown",
    "AveragingScheme", "Bound", "Construction", "Provenance", "CayleySpectrum", "CharacterTable", "CheegerBounds", "ClassFunction", "ComplexityResult",
    "ConjugacyClass", "EdgeExpansion", "ErrorValue", "FiniteGroup", "FunctionClass", "GroupSpecError",
    "GroupTooLargeError", "ImmutableError", "InvalidArgumentError", "InvalidMatrixError", "InvalidPermutationError",
    "InvalidValueError", "Irreducible", "IsotypicComponent", "LimitExceededError", "Limits", "MolienSeries",
    "NotAHomomorphismError", "NotClosedError", "NotInGroupError", "Representation", "SearchTooLargeError",
    "SpectralValue", "SymproofError", "SymproofInternalError", "TensorPowerThreshold", "alon_roichman_experiment",
    "average_function", "averaging_complexity", "averaging_operator", "bernstein_tail", "catalog", "cayley_graph",
    "cayley_operator", "cayley_spectrum", "centre", "character", "character_table", "cheeger_bounds",
    "class_bounds", "complexity_profile", "coordinate_symbols", "coset_functions", "decompose", "derived_subgroup",
    "direct_product",
    "direct_sum", "edge_expansion", "format_report", "fourier_transform", "fourier_transform_exact",
    "from_generator_images", "get_limits", "group", "gset_functions", "homogeneous_polynomials",
    "inverse_fourier_transform", "irreducible_dimension", "irreducible_representations", "is_averaged_invariant",
    "is_character", "is_exact", "is_invariant_function", "isotypic_components", "lambda_star", "left_cosets",
    "limits", "linear_action", "minimum_generating_set", "molien_series", "natural_action", "normal_closure",
    "permutation", "plancherel_lower_bound", "polynomials", "propagate", "random_cayley_multiset", "regular",
    "regular_functions", "restrict",
    "reynolds_operator", "right_cosets", "sample_size", "scaling_table", "separation_report", "set_limits", "sign",
    "spectral_gap", "strong_error", "strong_existence_bound", "subgroup", "symmetric_power", "symmetric_products",
    "tensor_power_threshold", "tensor_product", "threshold_size", "trivial", "user_basis", "weak_error",
    "weak_existence_bound",
])

EXCEPTIONS = frozenset(symproof.errors.__all__)
DOCUMENTED = sorted(name for name in EXPECTED_ALL if name not in EXCEPTIONS)


def _sections(doc: str) -> dict[str, str]:
    """numpydoc sections of a (dedented) docstring: heading -> body."""
    parts = re.split(r"^(\w[\w ]*)\n-{3,}\s*$", doc, flags=re.MULTILINE)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def _parameters(obj: object) -> list[str]:
    target = obj.__init__ if inspect.isclass(obj) else obj  # type: ignore[misc]
    try:
        signature = inspect.signature(target)
    except (TypeError, ValueError):  # pragma: no cover - builtins
        return []
    return [p for p in signature.parameters if p not in ("self", "cls")]


def test_all_is_exact() -> None:
    assert sorted(symproof.__all__) == EXPECTED_ALL
    assert len(set(symproof.__all__)) == len(symproof.__all__)


def test_every_exported_name_exists() -> None:
    for name in EXPECTED_ALL:
        assert hasattr(symproof, name), name


@pytest.mark.parametrize("name", sorted(EXCEPTIONS))
def test_exception_has_a_summary(name: str) -> None:
    doc = inspect.getdoc(getattr(symproof, name))
    assert doc and doc.splitlines()[0].strip(), f"{name} has no one-line docstring"


@pytest.mark.parametrize("name", DOCUMENTED)
def test_docstring_sections(name: str) -> None:
    obj = getattr(symproof, name)
    doc = inspect.getdoc(obj) or ""
    assert doc.splitlines() and doc.splitlines()[0].strip(), f"{name}: no one-line summary"
    sections = _sections(doc)
    if inspect.isclass(obj):
        assert "Attributes" in sections or "Parameters" in sections, f"{name}: no Attributes/Parameters section"
    else:
        if _parameters(obj):
            assert "Parameters" in sections, f"{name}: no Parameters section"
        assert "Returns" in sections or "Yields" in sections, f"{name}: no Returns section"
    assert ">>>" in sections.get("Examples", ""), f"{name}: no Examples section with a doctest"


def _collected_roots() -> list[Path]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]
    assert "--doctest-modules" in config["addopts"].split()
    return [(ROOT / p).resolve() for p in config["testpaths"]]


@pytest.mark.parametrize("name", DOCUMENTED)
def test_examples_are_collected_as_doctests(name: str) -> None:
    """The example is found by doctest in a module under a pytest testpath, so ``--doctest-modules`` runs it."""
    obj = getattr(symproof, name)
    module = inspect.getmodule(inspect.unwrap(obj))
    assert module is not None and module.__name__.startswith("symproof."), name
    path = Path(module.__file__).resolve()
    assert any(root in path.parents for root in _collected_roots()), f"{name}: {path} is not under a testpath"
    qualname = f"{module.__name__}.{inspect.unwrap(obj).__qualname__}"
    tests = {t.name: t for t in doctest.DocTestFinder().find(module, module.__name__)}
    assert qualname in tests and tests[qualname].examples, f"{name}: doctest does not collect {qualname}"
