"""The package's modules import one another without a cycle, counting imports deferred into functions too.

A deferred import keeps start-up fast, but a cycle through one still ties two
layers together: the edit algebra below the normalizers, the normalizers below
the pipeline, the pipeline below the front ends.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def _modules() -> dict[str, Path]:
    out = {}
    for path in SRC.rglob("*.py"):
        name = ".".join(path.relative_to(SRC).with_suffix("").parts)
        out[name.removesuffix(".__init__")] = path
    return out


def _imported(name: str, path: Path, node: ast.Import | ast.ImportFrom, known: set[str]) -> set[str]:
    if isinstance(node, ast.Import):
        targets = [a.name for a in node.names]
    else:
        base = name.split(".")
        if node.level:
            keep = len(base) - node.level + (1 if path.name == "__init__.py" else 0)
            module = ".".join(base[:keep] + ([node.module] if node.module else []))
        else:
            module = node.module or ""
        targets = [module, *(f"{module}.{a.name}" for a in node.names)]
    return {t for t in targets if t in known and t != name}


def import_graph() -> dict[str, set[str]]:
    """Module -> the package modules it imports anywhere in its code."""
    modules = _modules()
    known = set(modules)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                edges |= _imported(name, path, node, known)
        graph[name] = edges
    return graph


def cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle of ``graph`` as a path that ends where it starts, or [] if there is none."""
    done: set[str] = set()
    for root in sorted(graph):
        stack: list[tuple[str, list[str]]] = [(root, sorted(graph[root]))]
        on_path = {root}
        while stack:
            node, pending = stack[-1]
            if not pending:
                stack.pop()
                on_path.discard(node)
                done.add(node)
                continue
            nxt = pending.pop()
            if nxt in on_path:
                path = [n for n, _ in stack]
                return [*path[path.index(nxt) :], nxt]
            if nxt not in done:
                stack.append((nxt, sorted(graph[nxt])))
                on_path.add(nxt)
    return []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert cycle({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle() -> None:
    graph = import_graph()
    assert "textrepair.pipeline" in graph and "textrepair.edits" in graph["textrepair.pipeline"]
    assert cycle(graph) == []
