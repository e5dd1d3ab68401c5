"""The import graph follows the house plan: no import against the layer order of ARCHITECTURE.md, no cycle.

The layer table is read from ARCHITECTURE.md (between the ``<!-- layers -->`` markers), not written here; the
import graph is read from the source with `ast` (every `import` and `from ... import`, at module level, inside
functions and under `TYPE_CHECKING` alike), so a new module or a new import is checked without touching this
file. Importing ``a.b.c`` also runs ``a`` and ``a.b``, so the packages on the way count as imported for the
layer rule (not for the cycle rule: Python initialises a package before its submodules, which is no cycle).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("pvm_backend", "linear_scan", "verifier")


def layer_table() -> list[tuple[str, tuple[str, ...]]]:
    """(layer name, module patterns) from ARCHITECTURE.md, lowest layer first."""
    text = (ROOT / "ARCHITECTURE.md").read_text()
    block = text.split("<!-- layers -->", 1)[1].split("<!-- /layers -->", 1)[0]
    layers = []
    for line in block.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 2 or cells[0] in ("layer", "") or set(cells[0]) <= {"-"}:
            continue
        layers.append((cells[0], tuple(re.findall(r"`([\w.*]+)`", cells[1]))))
    return layers


def modules() -> dict[str, Path]:
    """Dotted name -> file of every module of the three packages."""
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


def imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The project modules `name` imports directly (a `from pkg import sub` of a submodule counts as `pkg.sub`)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[:len(package.split(".")) - (node.level - 1)]
                base = ".".join(anchor + ([node.module] if node.module else []))
            for alias in node.names:
                out.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base)
    return {m for m in out if m in known and m != name}


def layer_of(name: str, layers: list[tuple[str, tuple[str, ...]]]) -> int | None:
    """Index of the layer whose longest matching pattern matches `name` (None when no pattern does)."""
    best: tuple[int, int] | None = None
    for index, (_, patterns) in enumerate(layers):
        for pattern in patterns:
            stem = pattern.removesuffix(".*")
            matches = name == stem or (pattern.endswith(".*") and name.startswith(stem + "."))
            if matches and (best is None or len(stem) > best[0]):
                best = (len(stem), index)
    return None if best is None else best[1]


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports(name, path, set(known)) for name, path in known.items()}


def test_the_layer_table_is_read_from_architecture_md() -> None:
    layers = layer_table()
    names = [name for name, _ in layers]
    assert names[0] == "foundations" and names[-1] == "clients" and len(names) >= 8
    assert all(patterns for _, patterns in layers)


def test_every_module_has_a_layer() -> None:
    layers = layer_table()
    assert [m for m in modules() if layer_of(m, layers) is None] == []


def test_no_import_goes_up_the_layers() -> None:
    layers = layer_table()
    upward = []
    for name, targets in graph().items():
        own = layer_of(name, layers)
        assert own is not None
        for target in sorted(targets):
            parts = target.split(".")
            for depth in range(1, len(parts) + 1):   # a.b.c runs a and a.b first
                reached = ".".join(parts[:depth])
                level = layer_of(reached, layers)
                if level is not None and level > own:
                    upward.append(f"{name} ({layers[own][0]}) imports {reached} ({layers[level][0]})")
    assert upward == []


def test_the_module_graph_has_no_cycle() -> None:
    edges = graph()
    cycles: list[list[str]] = []
    state: dict[str, int] = {}   # 1 on the stack, 2 done
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for succ in sorted(edges[node]):
            if state.get(succ) == 1:
                cycles.append(stack[stack.index(succ):] + [succ])
            elif succ not in state:
                visit(succ)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    assert cycles == []


@pytest.mark.parametrize(("low", "high"), [("pvm_backend.emitter.lowering", "pvm_backend.allocators"),
                                           ("pvm_backend.linker", "verifier.verify"),
                                           ("verifier.contract", "pvm_backend.driver"),
                                           ("pvm_backend.ir_facts", "pvm_backend.emitter.frame")])
def test_the_layers_forbid_the_old_backward_imports(low: str, high: str) -> None:
    """The layer order itself rules out the tangles the architecture issue named (emitter or linker reaching an
    allocator or the verifier, the verifier reaching the driver, facts reaching the emitter)."""
    layers = layer_table()
    low_layer, high_layer = layer_of(low, layers), layer_of(high, layers)
    assert low_layer is not None and high_layer is not None and low_layer < high_layer
