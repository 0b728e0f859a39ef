"""The layering of DESIGN.md, checked: rules and data never reach up into the UI."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "rapport"

#: The database's own libraries: only the store speaks to the database (it puts every
#: failure into its own errors, in words), so nothing above it may import these.
DATABASE = ("sqlalchemy", "sqlmodel", "sqlite3", "sqlcipher3")

#: Each layer and the imports it must never make.
FORBIDDEN = {
    "domain": ("rapport.ui", "rapport.store", "rapport.reports", "PySide6", "sqlalchemy"),
    "store": ("rapport.ui", "rapport.reports", "PySide6"),
    "transfer": ("rapport.ui", "PySide6", "sqlalchemy", "sqlmodel"),
    "reports": ("rapport.ui",),
    "ui": DATABASE,
    "cli": DATABASE,
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_imports_nothing_above_it(layer: str) -> None:
    offences = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for name in _imports(path)
        if name.startswith(FORBIDDEN[layer])
    ]
    assert offences == []


@pytest.mark.parametrize("module", ["app.py", "__main__.py"])
def test_the_app_never_speaks_to_the_database_itself(module: str) -> None:
    offences = [name for name in _imports(PACKAGE / module) if name.startswith(DATABASE)]
    assert offences == []
