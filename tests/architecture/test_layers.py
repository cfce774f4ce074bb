"""The one-way layer rule of ``docs/architecture.md``, read from the source (AST).

``exact < groups < reps < {cayley, functions} < averaging < checking < report < cli``;
``errors`` and ``config`` (and the private ``_validation`` kernel) sit below everything,
``__init__`` and ``testing`` are the public fronts. Every import counts: module level,
inside functions (lazy) and under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import ast
import pathlib

import networkx as nx
import pytest

PACKAGE = pathlib.Path(__file__).resolve().parents[2] / "symproof"
LAYERS = ["exact", "groups", "reps", "cayley|functions", "averaging", "checking", "report", "cli"]
RANK = {name: i for i, group in enumerate(LAYERS) for name in group.split("|")}
BOTTOM_ORDER = ["_display", "errors", "_frozen", "config", "_validation"]  # _display: stdlib and sympy only
BOTTOM = set(BOTTOM_ORDER)
FRONTS = {"__init__", "testing", "__main__"}


def module_name(path: pathlib.Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: pathlib.Path) -> list[tuple[str, bool]]:
    """``(imported module, at module level)`` for every symproof import in the file."""
    tree = ast.parse(path.read_text())
    top = {id(node) for node in tree.body}
    here = module_name(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            targets = [name] + [f"{name}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        else:
            continue
        for t in targets:
            if t.startswith("symproof"):
                out.append((t, id(node) in top))
    return out


def resolve(target: str, modules: set[str]) -> str | None:
    while target and target not in modules:
        target = target.rpartition(".")[0]
    return target or None


def layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def edges() -> list[tuple[str, str, bool]]:
    out = []
    for mod, path in MODULES.items():
        for target, top in imports_of(path):
            dep = resolve(target, set(MODULES))
            if dep is not None and dep != mod:
                out.append((mod, dep, top))
    return out


def allowed(src: str, dst: str) -> bool:
    a, b = layer(src), layer(dst)
    if a in FRONTS:
        return True
    if b in FRONTS:
        return False
    if b in BOTTOM:
        return a not in BOTTOM or BOTTOM_ORDER.index(b) < BOTTOM_ORDER.index(a)
    if a in BOTTOM:
        return False
    return a == b or RANK[b] < RANK[a]


def test_every_layer_is_known():
    unknown = {layer(m) for m in MODULES} - set(RANK) - BOTTOM - FRONTS
    assert not unknown, f"modules outside the layer picture: {unknown}"


@pytest.mark.parametrize("src,dst", [(s, d) for s, d, _ in edges()])
def test_imports_follow_the_layer_order(src, dst):
    assert allowed(src, dst), f"{src} imports {dst}: {layer(src)} may not import {layer(dst)}"


def test_no_module_imports_a_higher_layer_from_groups():
    bad = [(s, d) for s, d, _ in edges() if layer(s) == "groups" and layer(d) not in {"groups", "exact", *BOTTOM}]
    assert bad == []


def test_no_module_level_import_cycles():
    """Imports executed at import time form no cycle (lazy imports inside a package may close one)."""
    graph = nx.DiGraph()
    graph.add_edges_from((s, d) for s, d, top in edges() if top)
    cycles = list(nx.simple_cycles(graph))
    assert cycles == [], f"import cycles: {cycles}"


def test_lazy_imports_only_close_cycles_inside_one_package():
    graph = nx.DiGraph()
    graph.add_edges_from((s, d) for s, d, _ in edges() if layer(s) not in FRONTS)
    crossing = [c for c in nx.simple_cycles(graph) if len({layer(m) for m in c}) > 1]
    assert crossing == []


def test_the_checker_sees_a_planted_violation(tmp_path):
    """The rule check itself can fail: an import of reps from groups is caught."""
    assert not allowed("symproof.groups.finite_group", "symproof.reps.character_table")
    assert not allowed("symproof.cayley.spectra", "symproof.functions.function_class")
    assert not allowed("symproof.errors", "symproof.config")
    assert not allowed("symproof.config", "symproof.groups.finite_group")
    assert allowed("symproof.reps.molien", "symproof.groups.finite_group")
