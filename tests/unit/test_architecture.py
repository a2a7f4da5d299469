"""Rules of the layering that import-linter cannot see: read from the source with ``ast``."""

from __future__ import annotations

import ast
from pathlib import Path

import advocaat

PACKAGE = Path(advocaat.__file__).parent


def test_no_command_opens_a_unit_of_work() -> None:
    """Commands call the application layer, which opens the sessions; none calls `.session()`
    itself (a call of any attribute named `session`, so a renamed receiver is caught too)."""
    modules = sorted((PACKAGE / "cli").rglob("*.py"))
    assert modules, "advocaat/cli holds no modules"
    calls = [
        f"{module.relative_to(PACKAGE.parent)}:{node.lineno}"
        for module in modules
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"), str(module)))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "session"
    ]
    assert calls == []
