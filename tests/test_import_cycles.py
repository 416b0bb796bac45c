"""No import circles in ``odnotes`` or ``ui``: every arrow between modules points one way.

The graph is read from the source with :mod:`ast`, not by importing it. Every ``import`` and
``from … import`` counts, at module level and inside functions alike: an import deferred into a
function still makes the two modules depend on each other, it only hides the circle from Python.
Imports under ``if TYPE_CHECKING:`` count too, for the same reason (a type annotation is an arrow
in the design even when it costs nothing at run time). ``from package import name`` is an arrow to
``package.name`` when that is a module, else to ``package`` (its ``__init__``).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("odnotes", "ui")


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _targets(node: ast.AST, module: str, is_package: bool, modules: set[str]) -> Iterator[str]:
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names)
    elif isinstance(node, ast.ImportFrom):
        if node.level:
            base = module.split(".") if is_package else module.split(".")[:-1]
            base = base[: len(base) - (node.level - 1)]
            source = ".".join([*base, *([node.module] if node.module else [])])
        else:
            source = node.module or ""
        for alias in node.names:
            submodule = f"{source}.{alias.name}"
            yield submodule if submodule in modules else source


def import_graph(root: Path = ROOT, packages: tuple[str, ...] = PACKAGES) -> dict[str, set[str]]:
    """Each module of ``packages`` under ``root`` mapped to the modules of theirs it imports."""
    paths = {
        _module_name(path, root): path
        for package in packages
        for path in sorted((root / package).rglob("*.py"))
    }
    modules = set(paths)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in paths.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            for target in _targets(node, name, path.name == "__init__.py", modules):
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph[name].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module, each as one circle through them.

    Tarjan's algorithm finds the groups; a breadth-first search inside each group gives one
    shortest circle to name, so the failure says where to cut.
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def visit(start: str) -> None:
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(group)

    for name in sorted(graph):
        if name not in index:
            visit(name)
    return [_one_circle(graph, group) for group in groups]


def _one_circle(graph: dict[str, set[str]], group: set[str]) -> list[str]:
    start = min(group)
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following: list[str] = []
        for node in frontier:
            for child in sorted(graph[node] & group):
                if child == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return [*reversed(path), start]
                if child not in came_from:
                    came_from[child] = node
                    following.append(child)
        frontier = following
    raise AssertionError(f"no circle in a strongly connected group: {sorted(group)}")


def test_no_import_cycles_in_core_or_ui() -> None:
    graph = import_graph()
    assert len(graph) > 100 and "ui.main_window" in graph and "odnotes.vault" in graph
    found = cycles(graph)
    assert not found, "import circles:\n" + "\n".join(" -> ".join(circle) for circle in found)


def test_a_circle_is_found_and_named(tmp_path: Path) -> None:
    package = tmp_path / "odnotes"
    (package / "inner").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from odnotes.inner import b\n")
    (package / "inner" / "__init__.py").write_text("")
    (package / "inner" / "b.py").write_text("def f():\n    from ..c import g\n")
    (package / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import odnotes.a\n"
    )
    (package / "d.py").write_text("import odnotes.a\n")
    found = cycles(import_graph(tmp_path, ("odnotes",)))
    assert found == [["odnotes.a", "odnotes.inner.b", "odnotes.c", "odnotes.a"]]


def test_outside_the_vault_package_only_its_api_is_imported() -> None:
    """Issue 13, item 8: the file, keys, rows and cache are the vault's own business."""
    graph = import_graph()
    reaching_in = sorted(
        f"{module} -> {target}"
        for module, targets in graph.items()
        if not module.startswith("odnotes.vault")
        for target in targets
        if target.startswith("odnotes.vault.")
    )
    assert "odnotes.vault" in graph["odnotes.search.building"]
    assert not reaching_in, "imports past the Vault API:\n" + "\n".join(reaching_in)
