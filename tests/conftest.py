"""Shared test set-up: offscreen Qt, a fresh data folder per test, Dutch to start with."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: no screen is needed, in CI or on a developer's machine.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy.orm import Session

from advocaat.core.workspace import Workspace
from advocaat.i18n import DEFAULT_LANGUAGE, set_language
from advocaat.paths import DATA_DIR_ENV, AppPaths

TESTS = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything under tests/gui needs Qt; `pytest -m "not gui"` runs the rest alone."""
    gui = TESTS / "gui"
    for item in items:
        if gui in Path(item.fspath).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test reads the developer's real data folder or leaks its language into the next."""
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    set_language(DEFAULT_LANGUAGE)
    yield
    set_language(DEFAULT_LANGUAGE)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "data")


@pytest.fixture
def demo_paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "data", demo=True)


@pytest.fixture
def english() -> None:
    """For tests that read the English source sentences of messages."""
    set_language("en")


@pytest.fixture
def session(paths: AppPaths) -> Iterator[Session]:
    """One unit of work on a fresh, migrated profile."""
    with Workspace.open(paths) as workspace, workspace.session() as session:
        yield session
