"""Every ``type: ignore`` in the package names the error it silences and says why, so a reader
(and the next mypy upgrade) can tell a stub gap from a hidden bug."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[2] / "advocaat"

IGNORE = re.compile(r"type:\s*ignore")
EXPLAINED = re.compile(r"type: ignore\[[a-z-]+(?:, ?[a-z-]+)*\]  # \S")


def unexplained_ignores(source: str) -> list[str]:
    """The comments of ``source`` that silence mypy without a code in brackets and a reason."""
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return [
        f"line {token.start[0]}: {token.string}"
        for token in tokens
        if token.type == tokenize.COMMENT
        and IGNORE.search(token.string)
        and not EXPLAINED.search(token.string)
    ]


@pytest.mark.parametrize(
    "comment",
    [
        "x = f()  # type: ignore",
        "x = f()  # type: ignore  # stubs lack f",
        "x = f()  # type: ignore[attr-defined]",
        "x = f()  # type: ignore[attr-defined]  #",
        "x = f()  # type:ignore[attr-defined]",
        "x = f()  # type: ignore[]  # empty code",
        "x = f()  # fmt: skip  # type: ignore",
    ],
)
def test_an_ignore_without_code_or_reason_is_found(comment: str) -> None:
    assert unexplained_ignores(comment + "\n")


@pytest.mark.parametrize(
    "comment",
    [
        "x = f()  # type: ignore[attr-defined]  # stubs lack f",
        "x = f()  # type: ignore[attr-defined, no-any-return]  # untyped C extension",
        'text = "# type: ignore"  # a string, not a comment',
    ],
)
def test_an_explained_ignore_passes(comment: str) -> None:
    assert unexplained_ignores(comment + "\n") == []


def test_every_module_explains_its_ignores() -> None:
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 100  # the walk found the package
    found = {
        str(module.relative_to(PACKAGE)): problems
        for module in modules
        if (problems := unexplained_ignores(module.read_text(encoding="utf-8")))
    }
    assert found == {}
