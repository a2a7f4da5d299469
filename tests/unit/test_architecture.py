"""Rules of the layering that import-linter cannot see: read from the source with ``ast``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import advocaat

PACKAGE = Path(advocaat.__file__).parent


def _session_calls(source: str, name: str) -> list[str]:
    """Calls of any attribute named ``session`` (so a renamed receiver is caught too)."""
    return [
        f"{name}:{node.lineno}"
        for node in ast.walk(ast.parse(source, name))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "session"
    ]


def test_the_reader_finds_a_unit_of_work_under_any_name() -> None:
    source = "with book._workspace.session() as s:\n    pass\nw.session()\nsession()\n"
    assert sorted(_session_calls(source, "x.py")) == ["x.py:1", "x.py:3"]


@pytest.mark.parametrize("layer", ["cli", "ui"])
def test_no_command_and_no_view_opens_a_unit_of_work(layer: str) -> None:
    """Commands and views call the application layer, which opens the sessions."""
    modules = sorted((PACKAGE / layer).rglob("*.py"))
    assert modules, f"advocaat/{layer} holds no modules"
    calls = [
        call
        for module in modules
        for call in _session_calls(
            module.read_text(encoding="utf-8"), str(module.relative_to(PACKAGE.parent))
        )
    ]
    assert calls == []
